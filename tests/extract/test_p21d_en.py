"""English relations and names found missing on the fresh training set en-ah (p21d round, 2026-11-29:
AI coding tools, chips and clouds). Every name in the relation cases is invented; "Acme", "Zorblax",
"Jane Roe", "Rocket", "Rocket 2" and "Kestro Edge" are in the test catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text, ents

CASES = [
    # a thing a company is behind, after a descriptor noun; not a deal it is behind
    ("Zorblax, the Oslo start-up behind the AI debugging tool Rocket, has denied the reports.",
     {("Zorblax", "develops", "Rocket")}, set()),
    ("Zorblax, the Oslo start-up behind the licensing deal with Acme, grew.", set(),
     {("Zorblax", "develops", "Acme")}),
    # a model in apposition with "the X model" and a service "Y, X's cloud platform"
    ("The assistant relies on Rocket 2, the Acme model, and on open systems.", {("Acme", "develops", "Rocket 2")}, set()),
    ("The assistant relies on Rocket 2, the model Acme licensed, and on open systems.", set(),
     {("Acme", "develops", "Rocket 2")}),
    # a person in an apposition of two roles; two people who met at a company
    ("Tomas Brandl, the Quillbank co-founder and a partner at Acme, will join the board.",
     {("Tomas Brandl", "worksFor", "Acme")}, set()),
    ("Zorblax was founded by Jane Roe and Tomas Brandl, who met as engineers at Acme.",
     {("Jane Roe", "worksFor", "Acme"), ("Tomas Brandl", "worksFor", "Acme")}, set()),
    ("Zorblax was founded by Jane Roe and Tomas Brandl, who met at a party hosted by Acme.", set(),
     {("Jane Roe", "worksFor", "Acme")}),
    # co-investors "also taking a stake"; a lead investor before the name
    ("Zorblax had raised $38 million from backers led by Acme, with Quill Capital also taking a stake.",
     {("Acme", "investsIn", "Zorblax"), ("Quill Capital", "investsIn", "Zorblax")}, set()),
    ("Acme, Nordwind's largest shareholder, and Zorblax's lead investor Quill Capital will each hold a seat.",
     {("Quill Capital", "investsIn", "Zorblax")}, {("Quill Capital", "investsIn", "Nordwind")}),
    # a fraction owned; a company backed in the next clause is another's
    ("Acme, a state investor, owns roughly a fifth of Zorblax, while Quill Grid is backed by Nordwind Ventures.",
     {("Acme", "investsIn", "Zorblax"), ("Nordwind Ventures", "investsIn", "Quill Grid")},
     {("Nordwind Ventures", "investsIn", "Zorblax")}),
    # partners: capacity rented through a cloud (not access paid for), a client counted, a signed partnership
    ("Zorblax still rents Nvidia GPUs through Acme, and it wants to stay multi-cloud.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Quill Labs will pay Zorblax for access to its models through Acme.", set(),
     {("Quill Labs", "partnerOf", "Acme")}),
    ("Zorblax, which was co-founded by Jane Roe and now counts Acme as its biggest client, is growing.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("The tool is built on Rocket 2 from Acme, with which Zorblax signed a partnership in January.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    # a unit inside another after a first relative clause
    ("Quill Labs, the chip team that Acme bought in 2015 and that now sits inside Zorblax, designs it.",
     {("Quill Labs", "subOrganizationOf", "Zorblax"), ("Acme", "acquired", "Quill Labs")}, set()),
    # models benchmarked against another (active)
    ("Engineers also benchmark Rocket 2 against Zorblax-7 on the suite.", {("Rocket 2", "comparedTo", "Zorblax-7")}, set()),
    # rivals that pitch alternatives; a person leading the company of the apposition only
    ("Quill Labs, Nordwind and Zorblax, the Toronto chip company led by Jane Roe, all pitch alternatives to Acme.",
     {("Zorblax", "competesWith", "Acme"), ("Quill Labs", "competesWith", "Acme"), ("Jane Roe", "ceoOf", "Zorblax")},
     {("Jane Roe", "ceoOf", "Quill Labs"), ("Jane Roe", "ceoOf", "Nordwind")}),
    ("Zorblax sells alternatives to Acme's chips.", {("Zorblax", "competesWith", "Acme")}, set()),
    # a pair that said it agreed to merge, with a place and a day between
    ("Oslo-based Acme and Zorblax of Bergen said on Tuesday that they had agreed to merge.",
     {("Acme", "mergedWith", "Zorblax")}, set()),
    # a co-founder after a possessive pronoun; a former employer "before that"
    ("Her co-founder at Zorblax, Tomas Brandl, previously led inference engineering at Acme.",
     {("Tomas Brandl", "founderOf", "Zorblax"), ("Tomas Brandl", "worksFor", "Acme")}, set()),
    ("Jane Roe, Zorblax's chief executive, had spent five years on a search team, and before that worked at "
     "Quill Research in Basel.", {("Jane Roe", "worksFor", "Quill Research")}, set()),
    # "the company" after a verb of backing is the company named before, not the backer
    ("Zorblax builds review tools. Acme led the company's $120 million Series B in June.",
     {("Acme", "investsIn", "Zorblax")}, set()),
    ("Zorblax builds review tools. Acme first backed the company in its seed round.",
     {("Acme", "investsIn", "Zorblax")}, set()),
    ("Zorblax's backers include Quill Capital and Nordwind, which led its 2022 Series A.",
     {("Quill Capital", "investsIn", "Zorblax")}, {("Quill Capital", "investsIn", "Nordwind")}),
    # a person's age before "serves as chief executive"; "will now work at X" after a relative clause
    ("Zorblax was founded by Jane Roe and Tom Pike. Roe, 31, serves as chief executive; Pike runs research.",
     {("Jane Roe", "ceoOf", "Zorblax")}, {("Tom Pike", "ceoOf", "Zorblax")}),
    ("Jane Roe, who co-founded Zorblax in 2021 with Tom Pike, will now work at Acme on agents.",
     {("Jane Roe", "worksFor", "Acme"), ("Jane Roe", "founderOf", "Zorblax")}, {("Tom Pike", "worksFor", "Acme")}),
    # models: a described model that beat another (the one named before); "within N points of"; no
    # subject that is the object of "beat" before "came within"
    ("Zorblax released Rocket 2 this week. The 14-billion-parameter model beat Quill-7 on the suite.",
     {("Rocket 2", "comparedTo", "Quill-7")}, set()),
    ("That puts Rocket 2 within two points of Quill-7, the rival's mid-sized model.",
     {("Rocket 2", "comparedTo", "Quill-7")}, set()),
    ("Zorblax said Rocket 2 beat Quill-7 and came within a point of Zorblax-9.", set(),
     {("Quill-7", "comparedTo", "Zorblax-9")}),
    # no unit of a company that signed a deal ("part of a capacity deal X signed")
    ("The chips are hosted by Quill Cloud, part of a capacity deal Zorblax signed with Acme.", set(),
     {("Quill Cloud", "subOrganizationOf", "Zorblax")}),
    # a company whose product competes with another (not with the other's product); a company that is also
    # the startup's first paying customer
    ("Zorblax's product competes directly with Acme and with Quill Labs.",
     {("Zorblax", "competesWith", "Acme"), ("Zorblax", "competesWith", "Quill Labs")}, set()),
    ("Zorblax's product competes with Acme's chatbot.", set(), {("Zorblax", "competesWith", "Acme")}),
    ("Zorblax sells review bots. Its backers include the insurer Quill Re, which is also the startup's first "
     "paying customer.", {("Quill Re", "partnerOf", "Zorblax"), ("Quill Re", "investsIn", "Zorblax")}, set()),
    # hardware before "boards"
    ("Zorblax's first customer is Acme, which will deploy Quill-9 boards in its data centre.",
     {("Acme", "usesHardware", "Quill-9")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", CASES)
def test_relations_p21d_en(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")


def test_a_company_name_opening_a_sentence_is_no_concept(nlp_en) -> None:
    # "Pelagic" looks like an adjective by its suffix, but the text never writes it in lower case
    found = ents(nlp_en, "Quellic AI on Wednesday released Rocket 2. Quellic AI said more.")
    assert ("Quellic AI", "Organization") in found and not any(t == "Concept" for _, t in found)


def test_a_company_board_is_no_hardware(nlp_en) -> None:
    assert not any(t == "Hardware" for _, t in ents(nlp_en, "Jane Roe sits on the Zorblax board."))


@pytest.mark.parametrize("text, expected", [
    # the catalogue's Cognition AI under its short name (it was no name at all)
    ("Fathom's rivals are Cognition and Acme.", "Cognition"),
    # a trading firm, no person "Jane Street"
    ("Tom Pike met Jane Roe as an engineer at Jane Street.", "Jane Street"),
])
def test_catalogue_names(extractor_real, text, expected) -> None:
    from kg.model import Document

    found = {(e.label, e.type) for e in extractor_real.extract(Document("t", text, language="en")).entities}
    assert (expected, "Organization") in found and (expected, "Person") not in found
