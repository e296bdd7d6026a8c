"""English rules of the p25e round (fresh set en-au, 2026-11-29): model sizes after a version ("Quillon
4-180B"), a variant that is a version of the nearest stem only, investors after "whose backers include",
"X's investors, among them" and "both of which backed", a company's initials ("SCBT"), a region word ending
a name ("Velmora Nordic"), "the bank" and "the start-up" as references, a camel-case stem of a model, heads
who "run the company as managing director", founders "and her former doctoral student", users named as
examples after a long description, and the precision fix of `en.dev.svo` (no verb inside a hyphenated
compound: "circuit-design model"). Every name is invented; "Acme", "Zorblax", "Jane Roe", "Rocket",
"Rocket 2" and "Kestro Edge" are in the test catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text

CASES = [
    # a size after a version's hyphen belongs to the model's name; a variant is a version of the nearest stem
    ("Acme released Quillon 4, its new language model. The larger model, Quillon 4-180B, beats Rocket on most "
     "reasoning tests.", {("Quillon 4-180B", "versionOf", "Quillon 4"), ("Quillon 4-180B", "comparedTo", "Rocket")},
     {("Quillon 4", "comparedTo", "Rocket")}),
    ("Acme released Quillon 4, the latest of its Quillon language models. A smaller variant, Quillon 4-Mini, runs "
     "on phones.", {("Quillon 4-Mini", "versionOf", "Quillon 4"), ("Quillon 4", "versionOf", "Quillon")},
     {("Quillon 4-Mini", "versionOf", "Quillon")}),
    # investors of a named company, not of the passage's
    ("Zorblax bought a small stake in Acme, whose backers include Corvane Capital, Brightwater Ventures and "
     "Halden Partners.", {("Corvane Capital", "investsIn", "Acme"), ("Halden Partners", "investsIn", "Acme")},
     {("Corvane Capital", "investsIn", "Zorblax"), ("Halden Partners", "investsIn", "Zorblax")}),
    ("Zorblax has agreed to buy Acme. Acme's investors, among them Corvane Capital and Brightwater Ventures, will "
     "receive four times their money.", {("Corvane Capital", "investsIn", "Acme"),
                                         ("Brightwater Ventures", "investsIn", "Acme")},
     {("Corvane Capital", "investsIn", "Zorblax")}),
    ("Acme and Zorblax agreed to merge. Earlier backers include Corvane Capital, the venture arm of Halden "
     "Group, and Brightwater Ventures, both of which backed Zorblax, and Norvia Fund, which put money "
     "into Acme in 2023.", {("Corvane Capital", "investsIn", "Zorblax"), ("Brightwater Ventures", "investsIn", "Zorblax"),
                              ("Norvia Fund", "investsIn", "Acme")},
     {("Corvane Capital", "investsIn", "Acme"), ("Brightwater Ventures", "investsIn", "Acme")}),
    # a company's initials name it (code: linking.py, _initials)
    ("Southern Cross Bank of Tasmania is expanding its data team. SCBT has chosen Zorblax as its cloud "
     "partner.", {("Southern Cross Bank of Tasmania", "partnerOf", "Zorblax")}, set()),
    # a region word ends a company's name (cue kind org_region_tail)
    ("Velmora Nordic, a battery start-up, has raised 12 million euros from Zorblax.",
     {("Zorblax", "investsIn", "Velmora Nordic")}, {("Zorblax", "investsIn", "Velmora")}),
    # "the bank" refers to a bank, not to the software firm of the sentence before
    ("Westray Bank is investing in AI. The bank's own chatbot for staff, called Quillbot, is "
     "built on Rocket.", {("Westray Bank", "develops", "Quillbot")}, set()),
    ("Acme sells billing software. The bank's own chatbot for staff, called Quillbot, is built on Rocket.",
     set(), {("Acme", "develops", "Quillbot")}),
    # no verb inside a hyphenated compound ("circuit-design model")
    ("Acme has begun training its circuit-design model on Kestro Edge chips.",
     {("Acme", "usesHardware", "Kestro Edge")}, {("Acme", "develops", "Kestro Edge")}),
    # a camel-case stem of a model is the model family, not a company
    ("The new model, QuillGen 2, is fast. It follows QuillGen, which Acme released as open source last year.",
     {("QuillGen 2", "versionOf", "QuillGen")}, {("QuillGen", "develops", "QuillGen 2")}),
    ("ZorbTek released ZorbTek 2 on Monday. ZorbTek said it was popular.",
     {("ZorbTek", "develops", "ZorbTek 2")}, {("ZorbTek 2", "versionOf", "ZorbTek")}),
    # a pair that agreed to merge after a long apposition; rivals of "the new group" the merger formed
    ("Acme Silicon and Zorblax Semiconductor, two Nordic makers of sensor chips for drones and farm machines, "
     "have agreed to merge. The combined firm will be based in Oslo. The deal pits the new group directly "
     "against Corvane Labs and Halden Systems.",
     {("Acme Silicon", "mergedWith", "Zorblax Semiconductor"), ("Acme Silicon", "competesWith", "Corvane Labs"),
      ("Acme Silicon", "competesWith", "Halden Systems")}, {("Zorblax Semiconductor", "competesWith", "Corvane Labs")}),
    # a reporting clause after a chip is no apposition ("…, the bank said"); a particle after a first
    # family name ("Marta Ruiz de la Vega")
    ("Westray Bank will rent servers in Hobart built around Zorblax's Kestro Edge GPUs, the bank said.",
     {("Zorblax", "develops", "Kestro Edge")}, set()),
    ('"Costs are falling," said Acme chief Marta Ruiz de la Vega.',
     {("Marta Ruiz de la Vega", "ceoOf", "Acme")}, {("Marta Ruiz", "ceoOf", "Acme")}),
    # heads and founders
    ("Acme was founded by Jane Roe and Tom Lake. Roe teaches at a university, while Lake runs the company as "
     "managing director.", {("Tom Lake", "ceoOf", "Acme")}, {("Jane Roe", "ceoOf", "Acme")}),
    ('"We want scale," said Jane Roe, who co-founded Acme with former Zorblax researcher Tom Lake and runs the '
     "company as CEO.", set(), {("Tom Lake", "ceoOf", "Acme")}),
    ("Acme, a Leipzig start-up, builds models. The start-up, which employs 40 people in Leipzig and Bonn, was "
     "founded in 2021 by TUL professor Jane Roe and her former doctoral student Tom Lake.",
     {("Jane Roe", "founderOf", "Acme"), ("Tom Lake", "founderOf", "Acme")}, set()),
    ("The Velmora Safety Institute confirmed that it had run tests. Jane Roe, who heads the institute, called the "
     "results encouraging.", {("Jane Roe", "ceoOf", "Velmora Safety Institute")}, set()),
    # hardware a company has begun training on after its apposition; a grant received
    ("Velmora, a materials start-up spun out of the University of Brightwater, has begun training the next "
     "version of its circuit-design model on Kestro Edge chips, the company said.",
     {("Velmora", "usesHardware", "Kestro Edge")}, {("University of Brightwater", "usesHardware", "Kestro Edge")}),
    ("Acme said the cost of the project was partly covered by a five-million-euro grant from Zorblax, the "
     "agency that runs the scheme.", {("Zorblax", "investsIn", "Acme")}, set()),
    # partners after a relative clause of the company's own, and "the procurement team of B"
    ("Acme builds tools. The company, which was set up in 2020 by former Zorblax engineer Tom Lake and is run by "
     "chief executive Jane Roe, already works with Corvane Labs and the procurement team of Velmora Group.",
     {("Acme", "partnerOf", "Corvane Labs"), ("Acme", "partnerOf", "Velmora Group")}, {("Zorblax", "partnerOf", "Corvane Labs")}),
    # a customer of another company's models
    ("Acme sells insurance. Acme has used Zorblax's Rocket models in its call centres "
     "since 2024.", {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Acme said researchers at Velmora University used Zorblax's Rocket models.", set(),
     {("Acme", "partnerOf", "Zorblax")}),
    # users named as examples after a long description (the maker's partners)
    ("Acme released Rocket in May. Rocket, which got an update in March, is tuned on tax rulings and is used by "
     "about 120 firms in Europe, including Zorblax and Corvane Labs.",
     {("Acme", "partnerOf", "Zorblax"), ("Acme", "partnerOf", "Corvane Labs")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", CASES)
def test_p25e_english_rules(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")


def test_p25e_rivals_is_no_part_of_a_name(extractor) -> None:
    from kg.model import Document

    ex = extractor.extract(Document("t", "Rivals Harbour Pacific Bank and Westray Bank are testing Rocket.", language="en"))
    assert {e.label for e in ex.entities if e.type == "Organization"} >= {"Harbour Pacific Bank", "Westray Bank"}
