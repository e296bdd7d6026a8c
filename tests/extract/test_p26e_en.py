"""English rules of the p26e round (fresh set en-ax, 2026-11-29): investors named after a company's backers
or a lab's sponsors, customers of a thing or of the passage's company, rivals in apposition and in
competition phrases, heads appointed after a long apposition and heads of institutes, employees named by a
role, "the centre", "the university" and "the lab" as references, names that open with their head noun
("Laboratory for X"), a chip made for a company, models compared with possessives, chips rented from a
cloud, and the precision fixes of `en.ceo.appos-head` ("head of Y's unit"), `en.comp.verb` ("a Leeds-based
rival of Y") and `en.found.verb` ("co-founded the university's lab"). Every name is invented; "Acme",
"Zorblax", "Jane Roe", "Rocket", "Rocket 2" and "Kestro Edge" are in the test catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text, ents, resolved

CASES = [
    # investors named after a company's backers or a lab's sponsors
    ("Zorblax agreed to buy Acme, a speech start-up. The start-up's existing backers, among them Brennick Capital and the pension "
     "fund Halden Partners, had supported the sale.",
     {("Brennick Capital", "investsIn", "Acme"), ("Halden Partners", "investsIn", "Acme")},
     {("Brennick Capital", "investsIn", "Zorblax")}),
    ("Acme's backers, which include Zorblax's venture arm Zorblax Ventures and Brennick Capital, want a sale.",
     {("Zorblax Ventures", "investsIn", "Acme"), ("Brennick Capital", "investsIn", "Acme")},
     {("Zorblax", "investsIn", "Acme")}),
    ("Acme hired a new chief. The change was pushed by the start-up's two largest shareholders, the venture "
     "firm Brennick Capital and Halden Partners.",
     {("Brennick Capital", "investsIn", "Acme"), ("Halden Partners", "investsIn", "Acme")}, set()),
    ("The Velmora Laboratory for Robotics lost a sponsor. It has found two new sponsors for the lab, the chip "
     "designer Acme and the carmaker Zorblax.",
     {("Acme", "investsIn", "Velmora Laboratory for Robotics"), ("Zorblax", "investsIn", "Velmora Laboratory for Robotics")},
     set()),
    ("Zorblax's funding of Acme drew criticism.", {("Zorblax", "investsIn", "Acme")}, set()),
    ("Critics pointed to Zorblax's funding of Velmora University's robotics centre.", set(),
     {("Zorblax", "investsIn", "Velmora University")}),
    ("The University of Velmora has opened a research centre for safe language models, the Velmora Centre for "
     "Reliable Learning, with 45 million dollars in backing over five years from the software company Acme "
     "and Zorblax.",
     {("Velmora Centre for Reliable Learning", "subOrganizationOf", "University of Velmora"),
      ("Acme", "investsIn", "Velmora Centre for Reliable Learning"),
      ("Zorblax", "investsIn", "Velmora Centre for Reliable Learning")},
     {("Acme", "investsIn", "University of Velmora")}),
    ("Zorblax said it continued to fund research at more than 20 universities, including Velmora University.",
     {("Zorblax", "investsIn", "Velmora University")}, set()),
    # customers of a thing, and of the passage's company
    ("Acme released Rocket in May. The ride-hailing group Brennick and the lender Halden Bank are among the "
     "first paying customers for Rocket, the company said.",
     {("Acme", "partnerOf", "Brennick"), ("Acme", "partnerOf", "Halden Bank")}, set()),
    ("Acme sells chat software. On a call, chief executive Jane Roe named Zorblax, the Dutch telecoms group "
     "Halden Telecom and the online retailer Velmora as new customers.",
     {("Acme", "partnerOf", "Zorblax"), ("Acme", "partnerOf", "Halden Telecom"), ("Acme", "partnerOf", "Velmora")},
     {("Jane Roe", "partnerOf", "Velmora")}),
    ("Acme sells chips. On the call, chief executive Jane Roe said Zorblax and Brennick Cloud had been the "
     "largest customers in the quarter.",
     {("Acme", "partnerOf", "Zorblax"), ("Acme", "partnerOf", "Brennick Cloud")}, set()),
    ("Acme sells racks. Shipments to Zorblax, which had been Acme's biggest buyer a year ago, declined.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Acme sells chat software. Zorblax, a customer since 2019, will extend its agreement.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Acme counts the brewer Brennick and Norway's Halden Health Agency among its roughly 900 customers.",
     {("Acme", "partnerOf", "Brennick"), ("Acme", "partnerOf", "Halden Health Agency")}, set()),
    ("Acme makes invoicing software. The models will run on Zorblax Cloud, which the company named as its "
     "cloud supplier.", {("Acme", "partnerOf", "Zorblax Cloud")}, set()),
    ("Larger rivals such as Acme, whose Quillbot assistant relies partly on models from Zorblax, sell to "
     "banks.", {("Acme", "partnerOf", "Zorblax")}, set()),
    # rivals
    ("Acme held early talks with Brennick Labs, a Leeds-based rival of Zorblax.",
     {("Brennick Labs", "competesWith", "Zorblax")}, {("Acme", "competesWith", "Zorblax")}),
    ("Jane Roe's move is a blow to Brennick Labs, the maker of the Quill code editor and Acme's closest "
     "rival.", {("Brennick Labs", "competesWith", "Acme")}, set()),
    ("Acme released a model. Zorblax, the best-funded Spanish rival, released one of its own last month.",
     {("Zorblax", "competesWith", "Acme")}, set()),
    ("Analysts asked whether Acme could hold its market share against Zorblax.",
     {("Acme", "competesWith", "Zorblax")}, set()),
    ("Jane Roe said Acme was increasingly winning deals against Zorblax.",
     {("Acme", "competesWith", "Zorblax")}, set()),
    # heads
    ("Velmora AI has appointed Jane Roe, until recently head of Zorblax's business software unit, as its new "
     "chief executive, the company said.",
     {("Jane Roe", "ceoOf", "Velmora AI"), ("Jane Roe", "worksFor", "Zorblax")},
     {("Jane Roe", "ceoOf", "Zorblax")}),
    ("The University of Velmora opened a new centre. The centre, which sits inside the university's physics "
     "department, is led by professor Tom Lake, who joined the university in 2019 from the Zorblax Institute.",
     {("Tom Lake", "worksFor", "University of Velmora"), ("Tom Lake", "worksFor", "Zorblax Institute")}, set()),
    ("The Velmora Centre for Safe Learning opened in May. The centre, which sits inside a university "
     "department, is led by professor Tom Lake.", {("Tom Lake", "ceoOf", "Velmora Centre for Safe Learning")}, set()),
    ("The Velmora Laboratory for Robotics lost a sponsor. The lab's director, professor Tom Lake, said so.",
     {("Tom Lake", "ceoOf", "Velmora Laboratory for Robotics")}, set()),
    # employees named by a role
    ("Jane Roe, Acme's co-founder and chief executive and a former engineer at Zorblax, spoke to us.",
     {("Jane Roe", "worksFor", "Zorblax")}, set()),
    ("The Velmora Laboratory for Robotics lost a sponsor. Tom Lake, a doctoral researcher in the lab, said "
     "he was told.", {("Tom Lake", "worksFor", "Velmora Laboratory for Robotics")}, set()),
    # things made for a company, used by others; a model of its own; an app's developer
    ("Acme designs chips. Its Quill-100 accelerator, which is produced for the company by Zorblax, is used in "
     "inference clusters run by the cloud provider Brennick.",
     {("Zorblax", "manufactures", "Quill-100"), ("Brennick", "usesHardware", "Quill-100")}, set()),
    ("The launch comes a week after Zorblax, Acme's closest rival, released a small model of its own, "
     "Trevik Mini.", {("Zorblax", "develops", "Trevik Mini")}, {("Acme", "develops", "Trevik Mini")}),
    ("Rocket is also being built into the note-taking app Notewise, whose developer, the Porto start-up Zorblax, "
     "signed on as a licensee.", {("Zorblax", "develops", "Notewise")}, set()),
    # models compared with possessives
    ("Brennick Labs also published results comparing Trevik 3 with Acme's Rocket and Zorblax's Velmo 4.",
     {("Trevik 3", "comparedTo", "Rocket"), ("Trevik 3", "comparedTo", "Velmo 4")}, set()),
    # chips a model was trained on and the cloud they were rented from
    ("Acme released Rocket. The large model has 90 billion parameters and was trained over three months on "
     "4,000 of Zorblax's Kestro Edge chips rented from the Dutch cloud provider Brennick.",
     {("Acme", "usesHardware", "Kestro Edge"), ("Acme", "partnerOf", "Brennick")}, set()),
    ("Acme trained Rocket on 128 of Zorblax's Kestro Edge cards rented from the Bremen-based hosting "
     "provider Brennick.", {("Acme", "partnerOf", "Brennick")}, set()),
    # a takeover agreed after a "whose" clause
    ("Acme, whose data platform is used by banks and insurers, agreed in May to buy Zorblax for $2 billion.",
     {("Acme", "acquired", "Zorblax")}, set()),
    # a variant word alone names the model of the text that ends in it ("Flash" for "Trevik 2 Flash")
    ("Acme released Trevik 2 Flash and Trevik 2 Ultra on Monday. According to Acme, Flash matches Trevik 2 "
     "Ultra on most tests. The lender Halden Bank is among the first customers for Flash, the company said.",
     {("Acme", "develops", "Trevik 2 Flash"), ("Trevik 2 Flash", "comparedTo", "Trevik 2 Ultra"),
      ("Acme", "partnerOf", "Halden Bank")}, {("Flash", "develops", "Trevik 2 Flash")}),
    # precision: a founder of a university's lab founded no university
    ("Jane Roe was a professor at Velmora University, where she co-founded the university's robotics lab.",
     {("Jane Roe", "worksFor", "Velmora University")}, {("Jane Roe", "founderOf", "Velmora University")}),
]


@pytest.mark.parametrize("text, expected, wrong", CASES)
def test_p26e_english_rules(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")


def test_p26e_names_opened_by_their_head_noun(nlp_en) -> None:
    found = ents(nlp_en, "The University of Velmora renewed its deal for its Laboratory for Field Robotics, "
                         "the brewer Brauwerk said.")
    assert ("Laboratory for Field Robotics", "Organization") in found
    assert ("Brauwerk", "Organization") in found


def test_p26e_the_lab_is_the_laboratory_the_text_names(nlp_en) -> None:
    text = ("Velmora University said Zorblax had funded its Laboratory for Field Robotics since 2019. It has "
            "found a new sponsor for the lab, the chip designer Acme. The lab plans to train robots.")
    assert [label for word, label in resolved(nlp_en, text) if word == "lab"] == \
        ["Laboratory for Field Robotics", "Laboratory for Field Robotics"]


def test_p26e_the_lab_is_any_organisation_where_no_laboratory_is_named(nlp_en) -> None:
    text = "Acme released Rocket, a new model. The lab trained it on Kestro Edge chips."
    assert ("lab", "Acme") in resolved(nlp_en, text)
