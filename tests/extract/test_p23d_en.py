"""English rules of the p23d round (fresh set en-an, 2026-11-29): quoted goals after a goal noun and
"calls", backers and rivals named after a relative clause, rounds that drew money from an investor, funds
named after their parent, life-science company names. Every name is invented; "Acme", "Zorblax", "Jane
Roe", "Rocket" and "Kestro Edge" are in the test catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text

CASES = [
    # quoted goals after a goal noun and its verb, or after "calls"
    ('Zorblax describes its mission as "safe robots for every home", and says it will grow.',
     {("Zorblax", "pursues", "safe robots for every home")}, set()),
    ('Zorblax says its long-term goal is "verifiable alignment" for all its tools.',
     {("Zorblax", "pursues", "verifiable alignment")}, set()),
    ('Zorblax says its long-term goal is what Jane Roe calls "clinical data sovereignty", keeping data at home.',
     {("Jane Roe", "pursues", "clinical data sovereignty"), ("Zorblax", "pursues", "clinical data sovereignty")}, set()),
    ('For Acme, the deal is part of a strategy it calls "AI-first discovery".',
     {("Acme", "pursues", "AI-first discovery")}, set()),
    # not a quoted clause, nor a quote after "calls" that no goal word introduces
    ('Jane Roe calls "Rocket" the best model of the year.', set(), {("Jane Roe", "pursues", "Rocket")}),
    ('Zorblax says its goal is "what customers want" this year.', set(),
     {("Zorblax", "pursues", "what customers want")}),
    # backers named after a relative clause on the first one
    ("Backers of Zorblax include Brightwater Ventures, which led a $60 million Series B in March, and the "
     "venture arm of Acme.",
     {("Brightwater Ventures", "investsIn", "Zorblax"), ("Acme", "investsIn", "Zorblax")},
     {("Acme", "investsIn", "Brightwater Ventures")}),
    ("Investors in Zorblax include Brightwater Ventures, which led a round in January, and Norfield Capital, the "
     "venture arm of Acme.",
     {("Brightwater Ventures", "investsIn", "Zorblax"), ("Norfield Capital", "investsIn", "Zorblax")},
     {("Norfield Capital", "investsIn", "Brightwater Ventures")}),
    ("Zorblax is financed by Brightwater Capital, which led a round in May, and by the state-owned Norfield Bank.",
     {("Brightwater Capital", "investsIn", "Zorblax"), ("Norfield Bank", "investsIn", "Zorblax")},
     {("Norfield Bank", "investsIn", "Brightwater Capital")}),
    # rounds that drew money from an investor, came from one, or were co-led (the passage's company)
    ("Zorblax makes chips. The Series B also drew money from Brightwater Ventures, a detail that fuelled talk.",
     {("Brightwater Ventures", "investsIn", "Zorblax")}, set()),
    ("Zorblax makes chips. Its seed round came from Brightwater Capital, and the Series A was co-led by "
     "Norfield Ventures and Acme.",
     {("Brightwater Capital", "investsIn", "Zorblax"), ("Norfield Ventures", "investsIn", "Zorblax"),
      ("Acme", "investsIn", "Zorblax")}, {("Acme", "investsIn", "Brightwater Capital")}),
    ("Zorblax makes chips. Brightwater Capital seeded Zorblax with $12 million.",
     {("Brightwater Capital", "investsIn", "Zorblax")}, set()),
    # a fund named after its parent
    ("Acme, whose Zorblax fund is an investor in Brightwater Labs, praised the deal.",
     {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    ("The round was led by Acme's Zorblax fund, with Brightwater Capital taking part.",
     {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    # rivals: "go up against A's Y" (A), a second conjunct after a relative clause; the clause's own
    # name is no rival of the second
    ("Zorblax will go up against Acme's Kestro Edge modules, which already power many devices, and against "
     "Norfield Systems, the Israeli maker of edge AI processors.",
     {("Zorblax", "competesWith", "Acme"), ("Zorblax", "competesWith", "Norfield Systems")}, set()),
    ("Zorblax will compete with Acme, which last year took over the imaging firm Norfield Software, and with "
     "Brightwater Labs.",
     {("Zorblax", "competesWith", "Acme"), ("Zorblax", "competesWith", "Brightwater Labs")},
     {("Acme", "competesWith", "Brightwater Labs")}),
    # the company in apposition that commercialises a model
    ("Zorblax, the Acme subsidiary that commercialises Rocket, declined to comment.",
     {("Zorblax", "develops", "Rocket")}, {("Acme", "develops", "Rocket")}),
    # a founder who still leads it as chief executive, or "who serves as the company's chief executive"
    ("Jane Roe, who founded Zorblax in 2014 and still leads it as chief executive, called the result good.",
     {("Jane Roe", "ceoOf", "Zorblax"), ("Jane Roe", "founderOf", "Zorblax")}, set()),
    ("Zorblax was set up in 2020 by the chemist John Smith and former Acme executive Jane Roe, who serves as the "
     "company's chief executive.",
     {("Jane Roe", "ceoOf", "Zorblax")}, {("Jane Roe", "ceoOf", "Acme"), ("John Smith", "ceoOf", "Zorblax")}),
    # a chief officer in apposition with no company named (the passage's)
    ("Zorblax makes robots. Zorblax sells them. Jane Roe, the chief technology officer, designed the chip.",
     {("Jane Roe", "worksFor", "Zorblax")}, set()),
    # "another X customer"
    ("Zorblax, another Acme customer, would follow.", {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Zorblax, another Acme rival, would follow.", set(), {("Zorblax", "partnerOf", "Acme")}),
    # a chip the designer "has fabricated by" a foundry
    ("Acme designs the Kestro Edge, the chip at the heart of its servers, and has it fabricated by Zorblax.",
     {("Zorblax", "manufactures", "Kestro Edge"), ("Acme", "develops", "Kestro Edge")},
     {("Acme", "manufactures", "Kestro Edge")}),
    # a buyer's relative clause with a time phrase
    ("Acme, which last year took over the cloud imaging firm Zorblax, declined to comment.",
     {("Acme", "acquired", "Zorblax")}, set()),
    ("Acme, which last year took over the lead from Zorblax, declined to comment.",
     set(), {("Acme", "acquired", "Zorblax")}),
    # backers "of the company" (a reference)
    ("Zorblax makes chips. Zorblax sells them. Backers of the company include Brightwater Ventures, which led "
     "a round in March, and the venture arm of Acme.",
     {("Brightwater Ventures", "investsIn", "Zorblax"), ("Acme", "investsIn", "Zorblax")},
     {("Acme", "investsIn", "Brightwater Ventures")}),
    # founders "including" P, backers after the apposition
    ("Zorblax, founded by former Acme researchers including Jane Roe, is backed by Brightwater Capital and "
     "Norfield Ventures.",
     {("Jane Roe", "founderOf", "Zorblax"), ("Brightwater Capital", "investsIn", "Zorblax"),
      ("Norfield Ventures", "investsIn", "Zorblax")},
     {("Brightwater Capital", "investsIn", "Acme"), ("Jane Roe", "founderOf", "Acme")}),
    # "the ... company she set up"; collaborations signed after the apposition
    ("Jane Roe also chairs Zorblax, the Acme robotics company she set up in 2021, which has signed research "
     "collaborations with Brightwater Labs.",
     {("Jane Roe", "founderOf", "Zorblax"), ("Zorblax", "partnerOf", "Brightwater Labs")},
     {("Jane Roe", "founderOf", "Acme"), ("Acme", "partnerOf", "Brightwater Labs")}),
    # a model "from the start-up X, Y,"
    ("Rocket was measured against a specialised model from the start-up Zorblax, Quillo-7B, and came close.",
     {("Zorblax", "develops", "Quillo-7B")}, {("Zorblax", "develops", "Rocket")}),
    # a company in apposition, then its verb of use: the company in the apposition is no user
    ("Zorblax, a long-time Acme customer, now uses Kestro Edge chips to train Rocket.",
     {("Zorblax", "usesHardware", "Kestro Edge"), ("Zorblax", "partnerOf", "Acme")},
     {("Acme", "usesHardware", "Kestro Edge")}),
    ("Acme, another major shareholder, rents the company Kestro Edge chips.", set(),
     {("Acme", "usesHardware", "Kestro Edge")}),
    # a pair with appositions that said they would merge; "the combined company" is the first of them
    ("Acme, the Boston robot maker, and Zorblax, the Berlin company best known for its app, said on Tuesday "
     "that they would merge into a single firm. Shareholders in the new group include Brightwater Capital. "
     "The combined company will compete with Norfield Systems.",
     {("Acme", "mergedWith", "Zorblax"), ("Acme", "competesWith", "Norfield Systems")},
     {("Brightwater Capital", "competesWith", "Norfield Systems")}),
    ("Acme recently combined with a smaller Dutch rival, Zorblax, in a deal.", {("Acme", "mergedWith", "Zorblax")},
     set()),
    # an attempt is no takeover
    ("A report claimed that Acme had tried to buy Zorblax before the talks began.", set(),
     {("Acme", "acquired", "Zorblax")}),
    # a model edging out another in a participle clause
    ("Rocket, however, was judged less likely to give harmful advice, edging out Rocket 2 by two points.",
     {("Rocket", "comparedTo", "Rocket 2")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", CASES)
def test_p23d_english_rules(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")


NAMES = [
    # a first name before a life-science head names a company; "X Medicine" is an organisation
    ("Verity Genomics, a San Diego company, said it had raised money.", "Verity Genomics", "Organization"),
    ("Mira Diagnostics said it had raised money.", "Mira Diagnostics", "Organization"),
    ("Brintel Medicine's bet on chemistry passed a milestone.", "Brintel Medicine", "Organization"),
    # a person with an unknown given name in apposition with "the company's" chief officer
    ("Zorblax makes robots. Tobiah Quenwell, the company's chief medical officer, said more.", "Tobiah Quenwell",
     "Person"),
    ("Tobiah Quenwell, Acme's chief scientific officer, said more.", "Tobiah Quenwell", "Person"),
    # a size in capitals after a known model
    ("Zorblax says Rocket-XL beats Acme's Rocket 2 on yield.", "Rocket-XL", "AIModel"),
]


@pytest.mark.parametrize("text, label, type_", NAMES)
def test_p23d_english_names(extractor, text, label, type_) -> None:
    doc = extractor.pipeline("en")(text)
    assert (label, type_) in {(e.label, e.type) for e in doc._.kg_entities}
