"""English names and relations found missing on fresh training articles of 2026-11-28, third round
(en-k, en-l, en-m, en-n, en-o, en-p, en-q). Every name is invented; "Acme", "Zorblax", "Jane Roe", "Rocket", "Rocket 2" and
"Kestro Edge" are in the test catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text, ents, rels


@pytest.mark.parametrize("text, expected", [
    # every part of a hyphenated name the English tokenizer splits
    ("Acme released its Quorix-R reasoning model on Monday.", {("Quorix-R", "AIModel")}),
    ("Acme moved its Ferra-Code models to Kestro Edge.", {("Ferra-Code", "AIModel")}),
    ("Its latest policy model, Tarnik-VLA 2, belongs to the in-house Tarnik-VLA family.",
     {("Tarnik-VLA 2", "AIModel"), ("Tarnik-VLA", "AIModel")}),
    ("Acme chief technology officer Ji-Won Kangar will oversee the move.", {("Ji-Won Kangar", "Person")}),
    # a letter code after a hyphen in an apposition of a model noun
    ("Acme's flagship model, Velora-L, will power an assistant.", {("Velora-L", "AIModel")}),
    # "its own X model"; a single first name right before the model noun
    ("Zorblax, which builds its own Gaussa model, said it had no plans.", {("Gaussa", "AIModel")}),
    ("Stride runs on Hale-2, the newest release in Acme's Hale model family.", {("Hale", "AIModel")}),
    # a closed list after a known company: every item is a company
    ("At home, Acme is up against Zorblax, Kakoro and Upstagio.",
     {("Kakoro", "Organization"), ("Upstagio", "Organization")}),
    # a company based in a place
    ("Berlin-based Brieftaube, set up by two engineers, sells an assistant called Taube.",
     {("Brieftaube", "Organization")}),
    # "Investment" ends a company's name
    ("Acme raised 700 million yuan from Hillpeak Investment and Zorblax.", {("Hillpeak Investment", "Organization")}),
])
def test_english_names(nlp_en, text, expected) -> None:
    assert expected <= ents(nlp_en, text)


def test_english_names_that_are_none(nlp_en, nlp_de) -> None:
    # a number after a list's item opens an apposition of the items, no further item
    assert {label for label, _ in ents(nlp_en, "Zorblax and Vexor Labs, two San Francisco start-ups, merged.")} \
        == {"Zorblax", "Vexor Labs"}
    # a person after "Berlin-based" stays a person
    assert ("Jane Roe", "Person") in ents(nlp_en, "The Berlin-based Jane Roe said so.")
    # a comma after a company opens no list where no "and" closes one, or where places follow
    assert {label for label, _ in ents(nlp_en, "Acme, Paris and Berlin are big.")} == {"Acme"}
    assert ("Kakoro", "Organization") not in ents(nlp_en, "Acme, Kakoro said, will grow.")
    # German capitalises every noun: no list of companies there
    assert {label for label, _ in ents(nlp_de, "Acme, Banken und Versicherer setzen auf KI.")} == {"Acme"}
    # a known company glued before a hyphen stays a name of its own
    found = ents(nlp_en, "The Acme-Zorblax deal closed.")
    assert ("Acme", "Organization") in found and ("Zorblax", "Organization") in found


def test_a_short_form_of_a_company_named_like_a_person_is_the_company(nlp_en) -> None:
    text = "Jade Harbor AI, a Hangzhou start-up, has released Rocket. Jade Harbor was founded in 2023 by Jane Roe."
    found = ents(nlp_en, text)
    assert ("Jade Harbor", "Person") not in found and ("Jade Harbor AI", "Organization") in found
    # a foundation named after a person does not swallow the person
    found = ents(nlp_en, "The Maria Keller Foundation backs Acme. Maria Keller said so.")
    assert ("Maria Keller", "Person") in found


ENGLISH = [
    ("Zorblax is best known for Rocket, an open-weight model family.", {("Zorblax", "develops", "Rocket")}, set()),
    ("Jane Roe has long championed AGI in research.", {("Jane Roe", "pursues", "AGI")}, set()),
    ("Zorblax, a San Francisco lab devoted to AGI, has bought Acme.", {("Zorblax", "pursues", "AGI")}, set()),
    ("Zorblax's backers include the French public bank Acme.", {("Acme", "investsIn", "Zorblax")}, set()),
    ("Jane Roe spent years at Vexor Labs, a research group within Acme.",
     {("Vexor Labs", "subOrganizationOf", "Acme")}, set()),
    ("Jane Roe quit Zorblax to lead Acme.", {("Jane Roe", "ceoOf", "Acme")}, {("Jane Roe", "ceoOf", "Zorblax")}),
    ("Jane Roe, who oversaw post-training for the Rocket models at Acme, is leaving.",
     {("Acme", "develops", "Rocket")}, set()),
    ("Zorblax will operate as a unit of Acme, the fund's arm, and will be led by Jane Roe, a former Acme executive "
     "who also ran cloud operations for Vexor Labs.",
     {("Jane Roe", "ceoOf", "Zorblax"), ("Jane Roe", "worksFor", "Vexor Labs")}, {("Jane Roe", "ceoOf", "Acme")}),
    # the relative clause of the second person of a pair is that person's only
    ("The startup Acme was founded by Tobias Wendt and Dovid Brask, who previously ran research at Zorblax Labs.",
     {("Dovid Brask", "worksFor", "Zorblax Labs")}, {("Tobias Wendt", "worksFor", "Zorblax Labs")}),
    ("Today Zorblax sits inside Acme, and designs the Kestro chips.",
     {("Zorblax", "subOrganizationOf", "Acme"), ("Zorblax", "develops", "Kestro")}, set()),
    ("Zorblax's annual budget comes mainly from the Acme Foundation and from Vexor Labs.",
     {("Acme Foundation", "investsIn", "Zorblax"), ("Vexor Labs", "investsIn", "Zorblax")}, set()),
    ("Zorblax's budget comes from Vexor Sciences, the philanthropy set up by former Acme chief executive Jane Roe.",
     {("Jane Roe", "founderOf", "Vexor Sciences")}, {("Jane Roe", "founderOf", "Acme")}),
    ("Zorblax trained Rocket on Kestro chips under a compute agreement signed with Acme in the spring.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Zorblax said it had cut costs after moving its Rocket models to Kestro Edge.",
     {("Zorblax", "usesHardware", "Kestro Edge")}, set()),
    ("The deal follows the combination of Acme and Zorblax last year.", {("Acme", "mergedWith", "Zorblax")}, set()),
    ("Zorblax's most direct rival is Vexor Labs, the Acme subsidiary whose Rocket assistant has many users.",
     {("Vexor Labs", "develops", "Rocket")}, {("Acme", "develops", "Rocket")}),
    ("In a separate interview with Vexor Times on Friday, Acme co-founder and chief scientist Jane Roe pushed back.",
     {("Jane Roe", "interviewedBy", "Vexor Times")}, set()),
    # an interview named after the speaker is no interview of a person named later
    ("The chief executive of Acme said so in an interview with Vexor Times, the first of several Jane Roe gave.",
     set(), {("Jane Roe", "interviewedBy", "Vexor Times")}),
    ("When Acme wrote its first cheque to Zorblax in 2022, the startup had four employees.",
     {("Acme", "investsIn", "Zorblax")}, set()),
    ('"Yes," said Jane Roe, the Acme general partner who led both investments.', {("Jane Roe", "worksFor", "Acme")}, set()),
    ("Zorblax, the European startup publication majority-owned by Acme, said so.",
     {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    ("Acme chief executive Jane Roe said on Vexor Times's weekly AI podcast.",
     {("Jane Roe", "interviewedBy", "Vexor Times")}, set()),
    ("Vexor Labs, which manufactures the Kestro line in Texas, has similar deals.",
     {("Vexor Labs", "manufactures", "Kestro")}, set()),
    ("Zorblax will operate as a separate unit inside Acme, and its chief executive will report to Jane Roe.",
     {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    ("Jane Roe framed the purchase as a bet on AGI.", {("Jane Roe", "pursues", "AGI")}, set()),
    ("Zorblax had raised money from Acme and Vexor Capital, the fund run by former Acme partner Jane Roe.",
     {("Jane Roe", "ceoOf", "Vexor Capital")}, {("Jane Roe", "ceoOf", "Acme")}),
    ("Acme chief executive Jane Roe will run Zorblax, while Vexor's founder becomes president.",
     {("Jane Roe", "ceoOf", "Zorblax")}, set()),
    ("Existing shareholders, among them the state investor Acme and Vexor Capital, will own 30 percent of Zorblax.",
     {("Acme", "investsIn", "Zorblax"), ("Vexor Capital", "investsIn", "Zorblax")}, set()),
    ("Acme, the Stockholm venture firm that backed Zorblax's seed round, also holds a stake in Vexor Labs.",
     {("Acme", "investsIn", "Zorblax"), ("Acme", "investsIn", "Vexor Labs")}, set()),
    ("Zorblax, a Leipzig start-up of 14 engineers that built a claims-triage model called Rocket, was sold.",
     {("Zorblax", "develops", "Rocket")}, set()),
    ("Vexor Ventures, the group's venture arm, has also put 12 million euros into Zorblax.",
     {("Vexor Ventures", "investsIn", "Zorblax")}, set()),
    ("Quenta Labs has put money into Zorblax and Vexor Labs, two of Acme's fiercest competitors.",
     {("Zorblax", "competesWith", "Acme"), ("Vexor Labs", "competesWith", "Acme")}, set()),
    ("The lab is backed by Vexor Capital and Zorblax, the venture capital arm of Quenta Labs' parent Acme.",
     {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    ("Zorblax has signed a five-year agreement to train its next models on Kestro chips from Acme.",
     {("Zorblax", "usesHardware", "Kestro")}, set()),
    # comparisons: a second model after "and", "but" or "while", and "scored below"
    ("Rocket scored 78 percent, close to Acme's Vexo 2 and well ahead of Rocket 2.",
     {("Rocket", "comparedTo", "Vexo 2"), ("Rocket", "comparedTo", "Rocket 2")}, set()),
    ("In tests, Rocket rivalled Acme's Vexo 2 on reading while trailing Zorblax's Rocket 2 on code.",
     {("Rocket", "comparedTo", "Vexo 2"), ("Rocket", "comparedTo", "Rocket 2")}, set()),
    ("Rocket scored slightly below Acme's Vexo 2 on the exam but above Rocket 2 from Zorblax.",
     {("Rocket", "comparedTo", "Vexo 2"), ("Rocket", "comparedTo", "Rocket 2")}, set()),
    ("Zorblax designs the Kestro chips that Acme rents.", {("Zorblax", "develops", "Kestro")}, set()),
    # (fresh set en-m) a new clause after ", and": its subject is no second object of the first verb
    ("Last year Acme snapped up Vexor Labs, and Zorblax took over the Israeli start-up Quenta Labs.",
     {("Acme", "acquired", "Vexor Labs"), ("Zorblax", "acquired", "Quenta Labs")}, {("Acme", "acquired", "Zorblax")}),
    # every item of "A, B, and C", and an apposition between two items still read over
    ("Acme bought Zorblax, Vexor Labs, and Quenta Labs last year.",
     {("Acme", "acquired", "Zorblax"), ("Acme", "acquired", "Vexor Labs"), ("Acme", "acquired", "Quenta Labs")}, set()),
    ("Acme bought Zorblax, a Paris startup, and Quenta Labs last year.",
     {("Acme", "acquired", "Zorblax"), ("Acme", "acquired", "Quenta Labs")}, set()),
    ("Jane Roe took over as chief executive of Acme.", set(), {("Jane Roe", "acquired", "Acme")}),
    ("Zorblax is backed by Kaszeko and by Allvipo, which invested 15 million dollars.",
     {("Kaszeko", "investsIn", "Zorblax"), ("Allvipo", "investsIn", "Zorblax")}, set()),
    ("Zorblax launched Rocket 2, an assistant that it says can hold its own against Vexo 3.",
     {("Rocket 2", "comparedTo", "Vexo 3")}, {("Zorblax", "develops", "Vexo 3")}),
    ("On a test run by researchers at Acme, Rocket beat Vexo 2 by four points but trailed Rocket 2.",
     {("Rocket", "comparedTo", "Vexo 2"), ("Rocket", "comparedTo", "Rocket 2")}, set()),
    ("Zorblax will go head to head with Acme and Vexor Labs.",
     {("Zorblax", "competesWith", "Acme"), ("Zorblax", "competesWith", "Vexor Labs")}, set()),
    ("Zorblax Labs, the lender's in-house unit, which is headed by former Acme executive Jane Roe, employs 300 people.",
     {("Jane Roe", "ceoOf", "Zorblax Labs")}, {("Jane Roe", "ceoOf", "Acme")}),
    ("Last month Zorblax combined with Vexor Labs to create a large firm.", {("Zorblax", "mergedWith", "Vexor Labs")}, set()),
    ("Zorblax has gone the other way, building its own models on Kestro Edge chips after buying the start-up Vexor Labs.",
     {("Zorblax", "usesHardware", "Kestro Edge"), ("Zorblax", "acquired", "Vexor Labs")}, set()),
    ("Acme said Jane Roe, who runs Vexor Labs, the American group's local subsidiary, would stay.",
     {("Vexor Labs", "subOrganizationOf", "Acme")}, set()),
    ("Acme, whose chips Zorblax licenses, has also become a partner of the Hyderabad company Vexor Labs.",
     {("Acme", "partnerOf", "Vexor Labs")}, {("Zorblax", "partnerOf", "Vexor Labs")}),
    ("Vexor Labs, which operates one large cluster, has ordered 5,000 Kestro chips.",
     {("Vexor Labs", "usesHardware", "Kestro")}, set()),
    ("Speaking on the podcast Vexor Times, Jane Roe said the new Zorblax would commit to AGI.",
     {("Jane Roe", "interviewedBy", "Vexor Times"), ("Zorblax", "pursues", "AGI")}, set()),
    ("Zorblax will be folded into Acme, the consulting arm.", {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    ("The bank will spin out its team as an independent company called Vexor Labs, in which Acme will keep a stake.",
     {("Acme", "investsIn", "Vexor Labs")}, set()),
    ("Jane Roe founded the company in 2020 after leaving Acme's research office in Zurich.",
     {("Jane Roe", "worksFor", "Acme")}, set()),
    ("Zorblax bought Acme. Jane Roe will lead the combined group, while Tom Baker becomes its president.",
     {("Tom Baker", "worksFor", "Zorblax")}, set()),
    ("Zorblax, a data-centre operator that this month completed its merger with the cloud provider Vexor Labs, grew.",
     {("Zorblax", "mergedWith", "Vexor Labs")}, set()),
    ("Jane Roe, who founded Zorblax in 2016 after a decade at Acme and remains its chief executive, said so.",
     {("Jane Roe", "ceoOf", "Zorblax")}, {("Jane Roe", "ceoOf", "Acme")}),
    # (fresh set en-n)
    ("Two researchers have teamed up to found Zorblax, a start-up that says it will pursue AGI through new models.",
     {("Zorblax", "pursues", "AGI")}, set()),
    ("Jane Roe, who led a team at Acme for six years, will be Zorblax's chief executive.",
     {("Jane Roe", "ceoOf", "Zorblax")}, {("Jane Roe", "ceoOf", "Acme")}),
    ("Zorblax bought Acme. The company has raised 200 million dollars in a seed round led by Vexor Capital, "
     "with Kaszeko Capital and Tom Baker also putting in money.", {("Kaszeko Capital", "investsIn", "Zorblax")}, set()),
    ("Jane Roe, who was chief technology officer at Acme until last year, left to build her own company, Vexor Labs.",
     {("Jane Roe", "founderOf", "Vexor Labs")}, {("Jane Roe", "founderOf", "Acme")}),
    ("And Jane Roe, an Acme co-founder, now runs Zorblax, a consumer-focused division that Acme created last year.",
     {("Jane Roe", "ceoOf", "Zorblax"), ("Zorblax", "subOrganizationOf", "Acme")}, set()),
    # "came within ... of" after a first comparison: the first model is the subject of both
    ("Rocket outperformed Acme's Vexo 2 on benchmarks and came within two points of Zorblax's Rocket 2 on the test.",
     {("Rocket", "comparedTo", "Vexo 2"), ("Rocket", "comparedTo", "Rocket 2")}, {("Vexo 2", "comparedTo", "Rocket 2")}),
    # a company before "backer" describes the next name: no second object of "holds ... of"
    ("Acme Capital, which holds about 18 percent of Zorblax, and Vexor Labs backer Kaszeko Capital will own a third.",
     {("Acme Capital", "investsIn", "Zorblax"), ("Kaszeko Capital", "investsIn", "Vexor Labs")},
     {("Acme Capital", "investsIn", "Vexor Labs")}),
    ("The deal leaves Vexor Labs backer Kaszeko Capital with a third.", {("Kaszeko Capital", "investsIn", "Vexor Labs")}, set()),
    ("Vexor Capital, the investment arm of Acme and an investor in Zorblax since 2022, said it would stay.",
     {("Vexor Capital", "investsIn", "Zorblax"), ("Vexor Capital", "subOrganizationOf", "Acme")}, set()),
    ("Zorblax has positioned itself against Acme and Vexor Labs by focusing on banks.",
     {("Zorblax", "competesWith", "Acme"), ("Zorblax", "competesWith", "Vexor Labs")}, set()),
    ("Zorblax rents its computing power from Acme, where it uses a cluster of Kestro Edge accelerators.",
     {("Zorblax", "usesHardware", "Kestro Edge")}, {("Acme", "usesHardware", "Kestro Edge")}),
    ("Zorblax raised a 75 million dollar Series B in May led by Acme, with participation from Vexor Capital.",
     {("Vexor Capital", "investsIn", "Zorblax")}, set()),
    ("Zorblax, which is led by chief executive Jane Roe, will now work directly with Acme on the next chip.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("The announcement puts pressure on Acme, whose partnership with Zorblax has given it a head start.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Acme itself is a Zorblax customer under a partnership announced in March.", {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Acme, the chip designer behind Kestro Edge, grew.", {("Acme", "develops", "Kestro Edge")}, set()),
    ("Berlin-based Brieftaube, set up by the former engineers Nils Becker and Aylin Demir, sells an assistant called "
     "Taube to tax advisers.", {("Nils Becker", "founderOf", "Brieftaube"), ("Brieftaube", "develops", "Taube")}, set()),
    # (fresh set en-o)
    ("Zorblax and Vexor Labs, two San Francisco start-ups, are combining in an all-stock merger.",
     {("Zorblax", "mergedWith", "Vexor Labs")}, set()),
    ("Zorblax and Vexor Labs have joined forces in a merger that creates a big firm.",
     {("Zorblax", "mergedWith", "Vexor Labs")}, set()),
    ("Zorblax, which Jane Roe co-founded in 2022 with former Acme researcher Tom Baker, releases its models openly.",
     {("Jane Roe", "founderOf", "Zorblax"), ("Tom Baker", "founderOf", "Zorblax")}, {("Tom Baker", "founderOf", "Acme")}),
    ("Zorblax's mission, she said, is to reach AGI in the open.", {("Zorblax", "pursues", "AGI")}, set()),
    ("Acme anchored the round in Zorblax alongside the Vexor Fund, while Kaszeko Capital and Quenta Labs joined as new "
     "shareholders.", {("Vexor Fund", "investsIn", "Zorblax"), ("Kaszeko Capital", "investsIn", "Zorblax"),
                       ("Quenta Labs", "investsIn", "Zorblax")}, set()),
    ("Zorblax has installed Kestro Edge cards in its data centre.", {("Zorblax", "usesHardware", "Kestro Edge")}, set()),
    ("Zorblax's other co-founder, chief technology officer Tom Baker, will run research.",
     {("Tom Baker", "founderOf", "Zorblax")}, set()),
    ("Acme backed both Zorblax and Vexor Labs at the seed stage.",
     {("Acme", "investsIn", "Zorblax"), ("Acme", "investsIn", "Vexor Labs")}, set()),
    ("Zorblax later drew money from Acme and the angel investor Tom Baker.", {("Acme", "investsIn", "Zorblax")}, set()),
    ("Acme, a Zorblax customer since 2023, declined to comment.", {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Zorblax has ordered tens of thousands of Acme's Kestro Edge accelerators, deepening a relationship that has made "
     "it one of Acme's largest cloud customers.",
     {("Zorblax", "usesHardware", "Kestro Edge"), ("Zorblax", "partnerOf", "Acme")}, set()),
    ("Zorblax, the Amsterdam-based cloud, runs one of Europe's largest clusters of Kestro Edge GPUs in Finland.",
     {("Zorblax", "usesHardware", "Kestro Edge")}, set()),
    ("Tom Baker, who co-authored the framework, will lead safety work at Zorblax.",
     {("Tom Baker", "worksFor", "Zorblax")}, set()),
    ("Former chief technology officer Jane Roe went on to launch Zorblax.", {("Jane Roe", "founderOf", "Zorblax")}, set()),
    ("The move comes weeks after Zorblax's arch-rival Acme widened its alliance.",
     {("Acme", "competesWith", "Zorblax")}, set()),
    ("Kaszeko Capital has struck a similar arrangement with Acme.", {("Kaszeko Capital", "partnerOf", "Acme")}, set()),
    ("Zorblax will become the largest reseller of Acme's Rocket outside the United States.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    # (chips in the English training texts)
    ("Zorblax trained Rocket 2 on 2,048 of Acme's Kestro Edge chips.", {("Zorblax", "usesHardware", "Kestro Edge")},
     {("Acme", "usesHardware", "Kestro Edge")}),
    ("Zorblax trains its models on a cluster of 6,000 of Acme's Kestro Edge GPUs.",
     {("Zorblax", "usesHardware", "Kestro Edge")}, set()),
    ("Zorblax will move most of its training work to Acme's Kestro Edge accelerators.",
     {("Zorblax", "usesHardware", "Kestro Edge")}, set()),
    ("Zorblax said it had placed a smaller order for Acme's Kestro Edge accelerators.",
     {("Zorblax", "usesHardware", "Kestro Edge")}, set()),
    ("Acme's Kestro Edge chip already powers the servers of Zorblax, the IT arm of Vexor Labs.",
     {("Zorblax", "usesHardware", "Kestro Edge")}, {("Vexor Labs", "usesHardware", "Kestro Edge")}),
    ("Zorblax has been allocated time on Kestro Edge GPUs.", {("Zorblax", "usesHardware", "Kestro Edge")}, set()),
    ("Zorblax moved its headquarters to Berlin, where Acme sells Kestro Edge chips.", set(),
     {("Zorblax", "usesHardware", "Kestro Edge")}),
    # (rivals and partners in the English training texts)
    ("The launch sharpens Zorblax's rivalry with Acme, the better-funded Paris neighbour.",
     {("Zorblax", "competesWith", "Acme")}, set()),
    ("Asked about competition, Jane Roe named Acme as Zorblax's closest rival.", {("Zorblax", "competesWith", "Acme")}, set()),
    ("Jane Roe positions Zorblax against Paris-based Acme and against Vexor Labs, the Canadian specialist.",
     {("Zorblax", "competesWith", "Acme"), ("Zorblax", "competesWith", "Vexor Labs")}, set()),
    ("Jane Roe pitches Zorblax as a specialist alternative to Acme and to Vexor Labs.",
     {("Zorblax", "competesWith", "Acme"), ("Zorblax", "competesWith", "Vexor Labs")}, set()),
    ("Zorblax's rivals at home include Acme in South Africa.", {("Acme", "competesWith", "Zorblax")}, set()),
    ("Zorblax is competing with Acme in the United States and with Vexor Labs, which Quenta Labs agreed to acquire.",
     {("Zorblax", "competesWith", "Acme"), ("Zorblax", "competesWith", "Vexor Labs")},
     {("Zorblax", "competesWith", "Quenta Labs")}),
    ("Chipmaker Zorblax unveils inference accelerator, signs Acme as customer", {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Zorblax has entered a three-year research partnership with Acme.", {("Zorblax", "partnerOf", "Acme")}, set()),
    # (fresh set en-p)
    ("The new company, called Vexor Labs, will focus on reasoning models and has already raised 80 million dollars "
     "in seed funding from Acme and Zorblax.",
     {("Acme", "investsIn", "Vexor Labs"), ("Zorblax", "investsIn", "Vexor Labs")}, set()),
    ("Acme, which led Zorblax's Series B, and Vexor Capital, the Toronto growth fund that backs Quenta Labs, will each "
     "appoint a board member.", {("Acme", "investsIn", "Zorblax"), ("Vexor Capital", "investsIn", "Quenta Labs")},
     {("Vexor Capital", "investsIn", "Zorblax")}),
    ("Zorblax grew. Acme, another Zorblax shareholder, has agreed to put money into it.",
     {("Acme", "investsIn", "Zorblax")}, set()),
    ("Zorblax said Tom Baker, who until recently was chief financial officer of Acme, would join its board.",
     {("Tom Baker", "worksFor", "Acme")}, set()),
    ("Acme provided 1.2 billion dollars in debt financing to Zorblax.", {("Acme", "investsIn", "Zorblax")}, set()),
    ("Acme will become Zorblax's preferred cloud provider under a multiyear agreement.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Her chief of staff at Zorblax, former Acme consultant Tom Baker, later clarified the plans.",
     {("Tom Baker", "worksFor", "Zorblax")}, set()),
    # a seat on a board is no job there (tests/extract/test_relations_en_nominal.py)
    ("General Catalyst managing director Jane Roe joins Zorblax's board as part of the deal.",
     set(), {("Jane Roe", "worksFor", "Zorblax")}),
    ("Zorblax now operates as Acme's Iberian research lab.", {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    ("Zorblax and Acme have long been framed as the main rivals in the race.", {("Zorblax", "competesWith", "Acme")}, set()),
    ("Zorblax sells a data engine to banks including Acme and Vexor Labs.",
     {("Zorblax", "partnerOf", "Acme"), ("Zorblax", "partnerOf", "Vexor Labs")}, set()),
    ("Zorblax openly describes Acme as its most direct rival.", {("Zorblax", "competesWith", "Acme")}, set()),
    ("The award is a coup for Zorblax, whose founders, Jane Roe and Tom Baker, both worked in the government's AI unit.",
     {("Jane Roe", "founderOf", "Zorblax"), ("Tom Baker", "founderOf", "Zorblax")}, set()),
    # (fresh set en-q)
    ("Zorblax, a Toronto start-up founded by the former Acme researchers Jane Roe and Tom Baker, is trying to grow.",
     {("Jane Roe", "founderOf", "Zorblax"), ("Tom Baker", "founderOf", "Zorblax")}, {("Jane Roe", "founderOf", "Acme")}),
    ("Zorblax is pitching the model at programmers, a market in which it competes head-on with Acme.",
     {("Zorblax", "competesWith", "Acme")}, set()),
    ("Zorblax, the Chinese lab whose Rocket reasoning model rattled markets in January, was not mentioned.",
     {("Zorblax", "develops", "Rocket")}, set()),
    ("Tom Baker, Acme's chief executive, said on Vexor Times that Rocket would reach a billion users.",
     {("Tom Baker", "interviewedBy", "Vexor Times")}, set()),
    ("Acme, which is also a Zorblax customer, confirmed that it had designed the test.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Jane Roe, who founded the database company Zorblax and sold it to Acme in 2016, said so.",
     {("Jane Roe", "founderOf", "Zorblax"), ("Acme", "acquired", "Zorblax")}, set()),
    ("Separately, Vexor Ventures, Acme's corporate venture arm, has led a 22 million pound investment in Zorblax.",
     {("Vexor Ventures", "investsIn", "Zorblax")}, {("Acme", "investsIn", "Zorblax")}),
    ("Zorblax was started in 2020 by Jane Roe and Tom Baker, two former engineers at the payments processor Acme.",
     {("Jane Roe", "worksFor", "Acme"), ("Tom Baker", "worksFor", "Acme")}, set()),
    ("The third panellist, Tom Baker of the Berlin start-up Zorblax, said so.", {("Tom Baker", "worksFor", "Zorblax")}, set()),
    ("Zorblax trains its own model on infrastructure provided by Acme.", {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Zorblax had previously been backed by the health investor Acme, which keeps its stake.",
     {("Acme", "investsIn", "Zorblax")}, set()),
    # a new name after a known one before an apposition "a ... division within X" is a company
    ("Jane Roe will lead Acme Trust, a new safety division within Acme, reporting to Tom Baker.",
     {("Acme Trust", "subOrganizationOf", "Acme"), ("Jane Roe", "ceoOf", "Acme Trust")}, {("Jane Roe", "ceoOf", "Acme")}),
    ("Last month Acme moved its robotics group into a separate company, Vexor Labs, which remains a subsidiary.",
     {("Vexor Labs", "subOrganizationOf", "Acme")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", ENGLISH)
def test_relations_p16_en(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    check_text(extractor, text, expected, wrong, "en")


def test_we_in_a_quote_is_the_company_of_its_speaker(extractor) -> None:
    """"we" in a quote is the company the text names right before its speaker ("Quenta co-founder
    Jana Hoffmann"), not the company named most often before it."""
    text = ("Quenta Labs and Vexor Labs said on Friday that they would combine. The new group will be run by Quenta Labs "
            "co-founder Jana Hoffmann. Vexor Labs builds software. Vexor Labs counts banks as customers. "
            '"Together we have the talent to compete with Acme," Hoffmann told Kestrel Times.')
    found = rels(extractor, text, "en")
    assert ("Quenta Labs", "competesWith", "Acme") in found and ("Vexor Labs", "competesWith", "Acme") not in found
    # with no company beside the speaker, the most mentioned one
    text = 'Vexor Labs builds software. Vexor Labs grew. "We compete with Acme," Hoffmann said.'
    assert ("Vexor Labs", "competesWith", "Acme") in rels(extractor, text, "en")
