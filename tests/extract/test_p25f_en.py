"""English rules of the p25f round (fresh set en-av, 2026-11-29): "X makes Y" (a model or product);
money put "into a new vehicle, X"; "the group whose subsidiary Y"; a customer that "has signed up as X's
first customer" after its apposition; "At X, P … has been named to lead"; "P, now the chief executive,";
"the centre behind the Y family"; "the rivalry between A's X and Y"; "X said early customers include A and
B"; clusters "built with" chips; a second backer "and by"; chips a company "operates" and "plans to add";
"is buying a stake in"; "both startups"; a backer list whose last item is described; customers counted
"among" after a list; a product a customer "plans to offer"; building "together with"; things "supplied
by"; customers won from a rival; "and a unit of"; chips bought by the company before a "backed by"
apposition; "worked at the … agency X"; a family's member; a goal at "the core of X's strategy"; a chip
that "will run" in a company's laptops; "whose backers include"; a second verb phrase after a whose
clause; "set up its own company, X"; a rival "X-owned Y"; "a startup that develops Y"; a rival sued after
an apposition; a founder of a described group; models released "under an open source licence"; a pilot
agreement. Reading: "the two companies" after a sentence whose subject is "it"; "At X," sets the company a
later "the company's" names; a possessive's maker read over a list yields to a maker another rule states.
Names and precision: a list ends where a phrase follows its item; "X, the company said" after a place is a
report; a company's head word after "a new vehicle,"; "its X-10H chip"; "X phones"; courts; a report's
source is no subject "the company" continues; "buying chips from A and B" is no takeover. Every name is
invented; "Acme", "Zorblax", "Jane Roe", "Rocket", "Rocket 2" and "Kestro Edge" are in the test
catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text, ents

CASES = [
    # makes a model or product
    ("Acme makes Jambo, a chatbot app with about four million users.", {("Acme", "develops", "Jambo")}, set()),
    # money put into a vehicle named in apposition
    ("Acme said on Wednesday it would put $3 billion into a new vehicle, Vantor AI Partners, that will invest in chips.",
     {("Acme", "investsIn", "Vantor AI Partners")}, set()),
    # a subsidiary after "the … group whose subsidiary"
    ("The company competes with Zorblax, the Abu Dhabi group whose subsidiary Quellix Data Centers is building a campus.",
     {("Quellix Data Centers", "subOrganizationOf", "Zorblax")}, set()),
    # a customer after its own apposition
    ("Vantor Compute builds data centres. Zorblax, the state-backed AI company that trains the Arabic language model "
     "Rocket, has signed up as Vantor's first customer and will take a third of the capacity.",
     {("Zorblax", "partnerOf", "Vantor Compute")}, set()),
    # "At X, P, previously …, has been named to lead"
    ("At Acme, Jane Roe, previously a senior director at Zorblax, has been named to lead the team behind Rocket.",
     {("Jane Roe", "worksFor", "Acme"), ("Jane Roe", "worksFor", "Zorblax")}, set()),
    # "P, now the chief executive," of the passage's company
    ("Zorblax was founded in 2022 by Jane Roe. Roe, now the chief executive, said the startup had trained Rocket on "
     "Kestro Edge chips.", {("Jane Roe", "ceoOf", "Zorblax")}, set()),
    # the company behind a model family
    ("In Oslo, the Vantor Institute (VI), the government research centre behind the Rocket family of models, hired "
     "Jane Roe.", {("Vantor Institute", "develops", "Rocket")}, set()),
    # the rivalry between two models
    ("The hire sharpens the rivalry between Acme's Rocket and Quill-7, which are both pitched to governments.",
     {("Rocket", "competesWith", "Quill-7"), ("Acme", "develops", "Rocket")}, set()),
    # early customers a company names
    ("Zorblax said early customers for the site include Acme and Vantor Telecom.",
     {("Zorblax", "partnerOf", "Acme"), ("Zorblax", "partnerOf", "Vantor Telecom")}, set()),
    # clusters built with chips
    ("The deal is a break for Zorblax, which has so far built its clusters almost entirely with Acme's Kestro Edge GPUs.",
     {("Zorblax", "usesHardware", "Kestro Edge")}, set()),
    # a second backer after "and by"; chips operated and planned
    ("Zorblax, which is backed by Vantor Fund and by Kuwait-based investor Acme, operates about 12,000 Kestro Edge "
     "GPUs in Cairo and plans to add Vantor X3 accelerators next year.",
     {("Vantor Fund", "investsIn", "Zorblax"), ("Acme", "investsIn", "Zorblax"),
      ("Zorblax", "usesHardware", "Kestro Edge"), ("Zorblax", "usesHardware", "Vantor X3")}, set()),
    # a stake being bought
    ("The sovereign fund Zorblax Capital is buying a 15 percent stake in Acme Cloud Systems as part of the deal.",
     {("Zorblax Capital", "investsIn", "Acme Cloud Systems")}, set()),
    # both startups
    ("Acme and Zorblax have agreed to merge. Both startups release their models as open source.",
     {("Acme", "pursues", "Open Source"), ("Zorblax", "pursues", "Open Source")}, set()),
    # buying chips from two companies is no takeover; the list ends before "for sites in A and B"
    ("Zorblax is buying chips from Acme and Quellix Systems for facilities in Riyadh and Dammam.",
     {("Zorblax", "partnerOf", "Acme"), ("Zorblax", "partnerOf", "Quellix Systems")},
     {("Zorblax", "acquired", "Acme"), ("Zorblax", "acquired", "Quellix Systems"), ("Zorblax", "partnerOf", "Dammam")}),
    # a backer list whose last item has a modifier of its own
    ("Zorblax raised money. Quellix Capital, Mekko Partners and the state-backed Vantor Compute Fund also took part.",
     {("Quellix Capital", "investsIn", "Zorblax"), ("Mekko Partners", "investsIn", "Zorblax"),
      ("Vantor Compute Fund", "investsIn", "Zorblax")}, set()),
    # customers counted "among" after a list; a product a customer "plans to offer"
    ("The project puts Acme in competition with Zorblax, which counts Vantor Labs and Quellix Systems among its "
     "largest customers.", {("Zorblax", "partnerOf", "Vantor Labs"), ("Zorblax", "partnerOf", "Quellix Systems")},
     {("Acme", "partnerOf", "Quellix Systems")}),
    ("Acme said early customers include Zorblax and Vantor Telecom, which plans to offer Jambo, a chatbot, to its "
     "subscribers.", {("Vantor Telecom", "develops", "Jambo")}, {("Acme", "develops", "Jambo")}),
    # building together with a partner; things supplied by a company
    ("Zorblax, the Amsterdam-based AI cloud provider, will build a data centre in Morocco together with local "
     "developer Acme Cloud Systems.", {("Zorblax", "partnerOf", "Acme Cloud Systems")}, set()),
    ("Zorblax will build a site in Morocco. The accelerators will be supplied directly by Acme.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    # customers won from a rival
    ("Zorblax won two of Acme's largest customers, the Egyptian lender Vantor Bank and the telecom operator Quellix "
     "Telecom.", {("Zorblax", "partnerOf", "Vantor Bank"), ("Zorblax", "partnerOf", "Quellix Telecom"),
                  ("Acme", "partnerOf", "Vantor Bank")}, set()),
    # a unit named second in an apposition
    ("Zorblax, an Oslo builder of data centres and a unit of the conglomerate Vantor Holding Company, sued Acme.",
     {("Zorblax", "subOrganizationOf", "Vantor Holding Company")}, set()),
    # chips bought by the company before the apposition, not its backer
    ("Zorblax, a data-centre developer backed by Oslo's Acme Fund, has agreed to buy 20,000 Kestro Edge processors.",
     {("Zorblax", "usesHardware", "Kestro Edge"), ("Acme Fund", "investsIn", "Zorblax")}, set()),
    # a described employer
    ("Before joining Acme, Jane Roe worked at the Nigerian agency Vantor.", {("Jane Roe", "worksFor", "Vantor")}, set()),
    # a family's member; a goal at the core of a strategy
    ("Acme's assistant runs a compressed version of Zorblax's Rocket 2, the smallest member of the Rocket family.",
     {("Zorblax", "develops", "Rocket")}, set()),
    ("He described sovereign compute as the core of Zorblax's strategy.",
     {("Zorblax", "pursues", "sovereign compute")}, set()),
    # a chip that will run in a company's devices
    ("Acme said that its Kestro Edge chip will run the assistant in a new line of Zorblax laptops.",
     {("Acme", "partnerOf", "Zorblax"), ("Zorblax", "usesHardware", "Kestro Edge")}, set()),
    # "whose backers include": the owner of "whose", not the passage's company
    ("Zorblax said so. Abu Dhabi's Acme, whose backers include Vantor Fund and Quellix Capital, was among the investors "
     "in Zorblax's latest round and has teamed up with Mekko Systems and Vantor Cloud on a project.",
     {("Vantor Fund", "investsIn", "Acme"), ("Quellix Capital", "investsIn", "Acme"), ("Acme", "investsIn", "Zorblax"),
      ("Acme", "partnerOf", "Mekko Systems"), ("Acme", "partnerOf", "Vantor Cloud")},
     {("Vantor Fund", "investsIn", "Zorblax"), ("Quellix Capital", "investsIn", "Zorblax")}),
    # a company set up as one's own
    ("Rather than buying stakes, Acme set up its own AI company, Zorblax, which is buying chips.",
     {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    # a rival with a compound modifier
    ("Zorblax builds agents. The company competes with Acme-owned Vantor Labs, whose assistant leads the market, and "
     "with Quellix Systems.", {("Zorblax", "competesWith", "Vantor Labs"), ("Zorblax", "competesWith", "Quellix Systems"),
                               ("Vantor Labs", "subOrganizationOf", "Acme")}, set()),
    # an apposition "that develops" a product
    ("Zorblax, a Dubai startup that develops the Arabic voice assistant Rawi, has sued Acme.",
     {("Zorblax", "develops", "Rawi")}, set()),
    # "the two companies" after a sentence whose subject is "it"
    ("Zorblax, a Dubai startup that develops the assistant Rawi, has sued the smartphone maker Vantor Mobile, accusing "
     "it of copying the assistant. The complaint seeks damages and an order to halt sales. According to the filing, "
     "Vantor Mobile licensed Rawi for a pilot in 2023 but ended the agreement after six months. It later launched its "
     "own assistant, Echo, which Zorblax says copies its code. The two companies have been rivals ever since.",
     {("Zorblax", "competesWith", "Vantor Mobile"), ("Zorblax", "partnerOf", "Vantor Mobile")}, set()),
    # "At X, P … the company's phones": X's
    ("Jane Roe left Zorblax in May. At Acme, John Doe, previously a director at Vantor Labs, leads the team behind the "
     "assistant on the company's Quill phones.", {("Acme", "develops", "Quill")}, {("Zorblax", "develops", "Quill")}),
    # a possessive's maker read over a list yields to a maker another rule states
    ("The Vantor Institute, the research centre behind the Quill family of models, hired Jane Roe. The hire sharpens "
     "the rivalry between Acme's Rocket and Quill.", {("Vantor Institute", "develops", "Quill"), ("Acme", "develops", "Rocket")},
     {("Acme", "develops", "Quill")}),
    # a rival sued after the subject's apposition (the apposition's parent sues nobody)
    ("Zorblax, an Oslo builder of data centres and a unit of the conglomerate Vantor Holding Company, has sued rival "
     "Acme.", {("Zorblax", "competesWith", "Acme")}, set()),
    # a founder of a described group
    ("Acme, the pan-African digital infrastructure group founded by Zimbabwean businessman Tinashe Moyo, will deploy "
     "chips.", {("Tinashe Moyo", "founderOf", "Acme")}, set()),
    # models released under an open source licence
    ("Zorblax plans to release a smaller version of the model under an open source licence later this year.",
     {("Zorblax", "pursues", "Open Source")}, set()),
    # a pilot agreement signed by another company (the passage's company is its partner)
    ("Zorblax sells a coding plug-in. Acme has so far only signed a pilot agreement to test the plug-in.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    # a report's source is not the subject "the company" continues
    ("Zorblax competes with Acme. Acme's Kestro Edge chips power most AI laptops sold in Europe, according to market "
     "researcher Vantor Data, which expects their share to shrink. The company has raised more than $340 million "
     "from investors including Quellix Equity and Mekko Ventures.",
     {("Quellix Equity", "investsIn", "Zorblax"), ("Mekko Ventures", "investsIn", "Zorblax")},
     {("Quellix Equity", "investsIn", "Vantor Data")}),
]


@pytest.mark.parametrize("text, expected, wrong", CASES)
def test_p25f_english_rules(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")


NAMES = [
    # "X, the company said" after a place: a report, no apposition naming a company
    ("Acme will deploy chips at its data centres in South Africa and Kenya, the company said on Thursday.",
     set(), {("Kenya", "Organization")}),
    # a list ends where a phrase follows its item
    ("Zorblax is buying chips from Acme and Quellix Systems for facilities in Riyadh and Dammam.",
     {("Quellix Systems", "Organization")}, {("Dammam", "Organization")}),
    # a company's head word after "a new vehicle,"
    ("Acme said it would put $3 billion into a new vehicle, Vantor AI Partners, that will invest.",
     {("Vantor AI Partners", "Organization")}, {("Vantor AI Partners", "Product")}),
    # a hyphenated number code before a chip noun
    ("Zorblax said that its Zorblax-10H chip will run the assistant.", {("Zorblax-10H", "Hardware")}, set()),
    # a phone
    ("Acme copied the assistant into its new Quill X9 phone.", {("Quill X9", "Product")}, set()),
    # a court's name
    ("The complaint, filed at the Dubai International Financial Centre Courts, seeks damages.",
     {("Dubai International Financial Centre Courts", "Organization")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", NAMES)
def test_p25f_english_names(nlp_en, text, expected, wrong) -> None:
    found = ents(nlp_en, text)
    assert expected <= found, expected - found
    assert not (wrong & found), wrong & found
