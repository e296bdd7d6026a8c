"""English rules of the p24f round (fresh set en-as, 2026-11-29): owners of a list ("the Oslo-based owner
of A and B"), a parent in apposition, a division that "houses" others, a company's papers or studios
"including" A and B, a unit that publishes another; rivals one is "taking aim at", an "attempt to compete
with" rivals such as A, "pitched as the alternative to"; models that "compare favourably with" or "sit
just below A and ahead of B"; stakes sold to, kept, received; people hired away from a company, a
division a hire is to lead, a company once run; things built by a team at a company, a family a company
first released, a product a company is "best known for"; a founder with an apposition of their own; a
goal a company was set up "with the stated aim of"; the name shapes "the studio X", "the game X", "the
engine X", "X Pictures", "X Interactive", "X Kapital"; and the precision fixes (the apposition or
relative clause after the last name of a list is that name's alone; a place after "a stake in" is no
company; a licence to "the alternative to" is no partnership; examples after "including" are not "the
two companies"; a short name "X" of "X News Group" before "X's division, X Labs"). Every name is invented;
"Acme", "Zorblax", "Jane Roe", "Rocket", "Rocket 2" and "Kestro Edge" are in the test catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text

CASES = [
    # the apposition or relative clause after the last name of a list is that name's alone
    ("Jane Roe and John Doe, the head of Acme, spoke at a summit in Geneva.",
     {("John Doe", "ceoOf", "Acme")}, {("Jane Roe", "ceoOf", "Acme")}),
    ("Jane Roe and John Doe, the co-founders of Acme, spoke at a summit in Geneva.",
     {("John Doe", "founderOf", "Acme"), ("Jane Roe", "founderOf", "Acme")}, set()),
    ("Jane Roe and John Doe, who founded Acme in 2019, spoke at a summit.",
     {("John Doe", "founderOf", "Acme"), ("Jane Roe", "founderOf", "Acme")}, set()),
    ("Brokers compare Kestrel with bigger buyers such as Zorblax and Acme, which absorbed Vantor Labs in 2021.",
     {("Acme", "acquired", "Vantor Labs")}, {("Zorblax", "acquired", "Vantor Labs")}),
    # owners and units
    ("Acme, the Oslo-based owner of Quellix Daily and Morrow Herald, runs eleven newsrooms.",
     {("Quellix Daily", "subOrganizationOf", "Acme"), ("Morrow Herald", "subOrganizationOf", "Acme")}, set()),
    ("Zorblax's parent, the Danish media group Acme, will buy the chips.",
     {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    ("Vantor Gaming, the division run by Jane Roe that now houses Quellix Studios and Morrow Games, trains models.",
     {("Quellix Studios", "subOrganizationOf", "Vantor Gaming"), ("Morrow Games", "subOrganizationOf", "Vantor Gaming")},
     set()),
    ("Acme's newspapers, including Dagsavisen and Morgenbladet, summarise articles with Rocket.",
     {("Dagsavisen", "subOrganizationOf", "Acme"), ("Morgenbladet", "subOrganizationOf", "Acme")}, set()),
    ("Zorblax, whose Acme unit publishes the Morrow Journal, sued a search start-up.",
     {("Morrow Journal", "subOrganizationOf", "Acme")}, set()),
    # examples after "including" are not "the two companies"
    ("Zorblax builds language models in Oslo. Zorblax sells them to publishers. Acme's newspapers, including Dagsavisen and Morgenbladet, use its models, a partnership "
     "the two companies extended in May.",
     {("Acme", "partnerOf", "Zorblax")}, {("Dagsavisen", "partnerOf", "Morgenbladet")}),
    # rivals
    ("Zorblax is taking aim squarely at Acme, whose chips fill data centres, and at specialists such as "
     "Vantor Labs and Quellix Systems.",
     {("Zorblax", "competesWith", "Acme"), ("Zorblax", "competesWith", "Vantor Labs"),
      ("Zorblax", "competesWith", "Quellix Systems")}, set()),
    ("Critics see the purchase as Zorblax's attempt to compete with larger groups such as Acme and Vantor Group.",
     {("Zorblax", "competesWith", "Acme"), ("Zorblax", "competesWith", "Vantor Group")}, set()),
    ("Jane Roe pitched Zorblax as the licensed alternative to Acme and Vantor Labs.",
     {("Zorblax", "competesWith", "Acme"), ("Zorblax", "competesWith", "Vantor Labs")},
     {("Zorblax", "partnerOf", "Acme"), ("Zorblax", "partnerOf", "Vantor Labs")}),
    ("Zorblax licensed its songs to Acme.", {("Zorblax", "partnerOf", "Acme")}, set()),
    # models ranked against others
    ("Jane Roe said that Zeta-4 compares favourably with Acme's Rocket on long prompts.",
     {("Zeta-4", "comparedTo", "Rocket")}, set()),
    ("Zeta-4, released in May, now sits just below Rocket and ahead of several versions of Rocket 2 in votes.",
     {("Zeta-4", "comparedTo", "Rocket"), ("Zeta-4", "comparedTo", "Rocket 2")}, set()),
    ("Zeta-4 scored within two points of Zorblax's Quill-7 and ahead of Acme's Rocket 2 on a maths test.",
     {("Zeta-4", "comparedTo", "Quill-7"), ("Zeta-4", "comparedTo", "Rocket 2")}, set()),
    ("Acme said Zeta-4 outperformed Zorblax's Rocket on benchmarks and came within two points of Acme's Quill-7.",
     {("Zeta-4", "comparedTo", "Rocket"), ("Zeta-4", "comparedTo", "Quill-7")}, {("Rocket", "comparedTo", "Quill-7")}),
    # stakes sold, kept and received; money poured in
    ("Zorblax will keep a 70 percent stake in Vantor Labs, while the other 30 percent has been sold to the "
     "venture firm Acme for $40 million.",
     {("Acme", "investsIn", "Vantor Labs")}, {("Zorblax", "investsIn", "Acme")}),
    ("Vantor Labs builds data centres. It paid for the chips partly by selling a 15 percent stake to the "
     "pension investor Acme.",
     {("Acme", "investsIn", "Vantor Labs")}, set()),
    ("Acme, the venture arm of Zorblax, will keep the 9 percent stake it held in Vantor Labs.",
     {("Acme", "investsIn", "Vantor Labs")}, {("Zorblax", "investsIn", "Vantor Labs")}),
    ("Vantor Labs, a Lisbon startup, signed a deal with Acme. Under the deal, Acme will receive a minority stake in the startup.",
     {("Acme", "investsIn", "Vantor Labs")}, set()),
    ("Acme said it would pour a further 20 million euros into Vantor Labs over two years.",
     {("Acme", "investsIn", "Vantor Labs")}, set()),
    ("Acme said it would put Rocket into production.", set(), {("Acme", "investsIn", "Rocket")}),
    # a place after "a stake in" is no company
    ("Acme has taken a 30 percent stake in Lisbon studio Vantor Games for $50 million.",
     {("Acme", "investsIn", "Vantor Games")}, {("Acme", "investsIn", "Lisbon")}),
    # the leader of a round is not the company funded by those "participating"
    ("Vantor Studios makes films. Acme led a 75 million dollar round in the summer, with participation from the "
     "animation studio Harrow Pictures, which is also Vantor's first customer.",
     {("Acme", "investsIn", "Vantor Studios"), ("Harrow Pictures", "investsIn", "Vantor Studios")},
     {("Harrow Pictures", "investsIn", "Acme")}),
    # people hired away; a division a hire is to lead; a company once run
    ("Vantor Labs will be run by Jane Roe, whom Acme hired away from Zorblax in May.",
     {("Jane Roe", "worksFor", "Acme"), ("Jane Roe", "worksFor", "Zorblax")}, set()),
    ("In March, Acme lured design director Jane Roe away from Zorblax.",
     {("Jane Roe", "worksFor", "Zorblax")}, set()),
    ("The move echoes Acme's decision to hire Jane Roe, a co-founder of Zorblax, to lead its new consumer "
     "division, Vantor AI.",
     {("Jane Roe", "ceoOf", "Vantor AI"), ("Jane Roe", "founderOf", "Zorblax")}, {("Jane Roe", "ceoOf", "Acme")}),
    ("Jane Roe had previously run Zorblax, whose chatbot Acme never bought.", {("Jane Roe", "ceoOf", "Zorblax")},
     {("Jane Roe", "ceoOf", "Acme")}),
    # partners in a description
    ("The dialogue model is licensed from Zorblax, a Lisbon startup that has also worked with Acme.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("The German broadcaster Acme, which has used Zorblax to dub its shows since 2024, is also taking a stake.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Vantor Silicon tapes out a chip at Acme, taps Zorblax for packaging.", set(), {("Acme", "partnerOf", "Zorblax")}),
    # a relative clause after an owner's list, or after "whose", is about the owner
    ("Acme, the Oslo-based owner of Quellix Daily and Morrow Herald, which struck the first such partnership "
     "with Zorblax in 2023, grew.", {("Acme", "partnerOf", "Zorblax")},
     {("Quellix Daily", "partnerOf", "Zorblax"), ("Morrow Herald", "partnerOf", "Zorblax")}),
    ("Zorblax, whose Acme unit publishes the Morrow Journal, signed its own deal with Vantor Labs in 2024.",
     {("Zorblax", "partnerOf", "Vantor Labs"), ("Morrow Journal", "subOrganizationOf", "Acme")},
     {("Morrow Journal", "partnerOf", "Vantor Labs"), ("Acme", "partnerOf", "Vantor Labs")}),
    # things built by a team, families released, products a company is best known for
    ("The product, a tool called Gazette Digest, was built by a five-person team in Acme's digital division, "
     "Acme Labs.",
     {("Acme Labs", "develops", "Gazette Digest"), ("Acme Labs", "subOrganizationOf", "Acme")}, set()),
    ("Rocket was developed by a small team at Zorblax.", {("Zorblax", "develops", "Rocket")}, set()),
    ("Rocket 2 is the second member of the Rocket family, which Acme first released as an open model in 2023.",
     {("Acme", "develops", "Rocket")}, set()),
    ("Vantor Studios, best known for the survival horror game Nightlatch, will keep its managers.",
     {("Vantor Studios", "develops", "Nightlatch")}, set()),
    ("Acme built the lip-sync engine Mouthwerk, which moves a speaker's mouth.",
     {("Acme", "develops", "Mouthwerk")}, set()),
    ("Acme unveiled its second-generation processor, the Tessera T2, on Tuesday. Acme says the T2 beats its "
     "predecessor, the Tessera T1, which Zorblax fabricated.",
     {("Acme", "develops", "Tessera T1"), ("Zorblax", "manufactures", "Tessera T1")}, set()),
    ("Acme unveiled the chip Tessera T2. Tessera X1 is a town in the north.", set(),
     {("Acme", "develops", "Tessera X1")}),
    # a studio that will operate as a subsidiary after a takeover (of the passage's company)
    ("Acme, a Stockholm holding company, has acquired the studio Vantor Games. Acme now owns twelve studios. "
     "Vantor, best known for the game Nightlatch, will operate as a wholly owned subsidiary under its existing "
     "management.", {("Vantor Games", "subOrganizationOf", "Acme"), ("Vantor Games", "develops", "Nightlatch")},
     {("Acme", "subOrganizationOf", "Vantor Games")}),
    ("Acme bought Zorblax. Zorblax will operate as a subsidiary of Vantor Labs.",
     {("Zorblax", "subOrganizationOf", "Vantor Labs")}, {("Zorblax", "subOrganizationOf", "Acme")}),
    # a founder with an apposition of their own; a goal set "with the stated aim of"
    ("The plan recalls Vantor Labs, the lab that Jane Roe, a co-founder of Acme, launched in 2022 with the "
     "stated aim of building superintelligence.",
     {("Jane Roe", "founderOf", "Vantor Labs"), ("Jane Roe", "founderOf", "Acme"),
      ("Vantor Labs", "pursues", "Superintelligence")}, {("Acme", "pursues", "Superintelligence")}),
    # precision: a merger in a second clause is not the first clause's object's; the first match of a
    # comparison is no subject of the second ("A matched B but trailed C"); a machine a company built
    ("Last year Acme absorbed the Berlin animation studio Vantor, and in March its visual arm, Framestock "
     "Previs, merged with the Vancouver firm Zorblax.", set(), {("Vantor", "mergedWith", "Zorblax")}),
    ("Acme, the Oslo maker of chips, merged with Zorblax in May.", {("Acme", "mergedWith", "Zorblax")}, set()),
    ("In blind tests, Zeta-4 matched Rocket on vocal quality but trailed Quill-7, the latest model from Acme.",
     {("Zeta-4", "comparedTo", "Rocket"), ("Zeta-4", "comparedTo", "Quill-7")}, {("Rocket", "comparedTo", "Quill-7")}),
    ("Vantor Compute, a Danish data-centre operator, on Monday switched on Helix-7, a supercomputer that the "
     "company built over ten months.", {("Vantor Compute", "develops", "Helix-7")},
     {("Vantor Compute", "usesHardware", "Helix-7")}),
    # an outlet whose name opens with "The" after "told", "an interview with", "according to"
    ("Jane Roe told The Hollywood Courier that Rocket compares well with Rocket 2.",
     {("Jane Roe", "interviewedBy", "The Hollywood Courier")}, set()),
    ("Jane Roe said in an interview with The Morning Reporter that Acme would grow.",
     {("Jane Roe", "interviewedBy", "The Morning Reporter")}, set()),
    # name shapes: studios, games, "Pictures", "Interactive", "Kapital"
    ("Acme bought the Polish mobile studio Pixelmoor in March.", {("Acme", "acquired", "Pixelmoor")}, set()),
    ("Acme was formed by the 2016 merger of Harrow Pictures and Bayline Networks.",
     {("Harrow Pictures", "mergedWith", "Bayline Networks")}, set()),
    ("Vantor Games was formed when Frostmere Studios and Aube Interactive merged.",
     {("Frostmere Studios", "mergedWith", "Aube Interactive")}, set()),
    ("Acme paid for its cluster by selling a stake to the pension fund Kolby Kapital.",
     {("Kolby Kapital", "investsIn", "Acme")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", CASES)
def test_p24f_english_rules(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")


def test_short_name_of_a_news_group_before_its_unit(extractor) -> None:
    """"Calloway" of "Calloway News Group", named first, stays the group where "X's division, X Labs" follows."""
    doc = extractor.pipeline("en")(
        "Harwick News Group owns four dailies. Harwick chief executive Jane Roe spoke on Monday. The tool was "
        "built in Harwick's digital division, Harwick Labs.")
    rels = {(r.subject.label, r.predicate, r.object.label) for r in doc._.kg_relations if not r.negated}
    assert ("Jane Roe", "ceoOf", "Harwick News Group") in rels
    assert ("Harwick Labs", "subOrganizationOf", "Harwick News Group") in rels
    assert ("Jane Roe", "ceoOf", "Harwick Labs") not in rels
