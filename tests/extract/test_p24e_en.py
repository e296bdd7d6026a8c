"""English rules of the p24e round (fresh set en-aq, 2026-11-29): goals of retail and logistics news
("chasing lights-out warehouses", "touchless freight", "that goal"), founders who sold their first company,
pairs of partners and rivals in apposition, rivals a company pitches itself as or is described as, an
investor's portfolio, rounds after an apposition, suppliers, a flagship model, chief executives who stay
on, people who become a company's officer, units named after "whose", a chip a company designs itself, a
model typed by an apposition with hyphenated modifiers, and the precision fixes (a unit of one parent, not of
the next name in a list; "looked at buying" is no takeover; customers of a named company, not of the
passage's). Every name is invented; "Acme", "Zorblax", "Jane Roe", "Rocket", "Rocket 2" and "Kestro Edge"
are in the test catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text

CASES = [
    # goals: a pair that says it is chasing a goal, "the same goal of C", a goal the sentence before names
    ("Acme and Zorblax both say they are chasing lights-out warehouses that run without people.",
     {("Acme", "pursues", "lights-out warehouses"), ("Zorblax", "pursues", "lights-out warehouses")}, set()),
    ("Jane Roe said the long-term aim is touchless freight, in which a load is booked without people. "
     "Acme has pursued that goal since 2021.", {("Acme", "pursues", "touchless freight")}, set()),
    ("Acme and Zorblax, the two largest rivals of Velmora, are chasing the same goal of custom silicon.",
     {("Acme", "pursues", "custom silicon"), ("Zorblax", "pursues", "custom silicon")}, set()),
    ("Acme describes its mission as agentic commerce, in which software agents place orders.",
     {("Acme", "pursues", "agentic commerce")}, set()),
    ("Acme sells autonomous planning software to grocers.", set(), {("Acme", "pursues", "autonomous planning")}),
    ("Acme said the new warehouse is cheaper.", set(), {("Acme", "pursues", "new warehouse")}),
    # takeovers: a founder who sold a first company; a start-up sold to a buyer; an agreed takeover
    ("Jane Roe, the chief executive, previously sold her first company, Velmora, to Zorblax in 2021.",
     {("Jane Roe", "founderOf", "Velmora"), ("Zorblax", "acquired", "Velmora")}, {("Jane Roe", "founderOf", "Zorblax")}),
    ("Jane Roe previously sold the dispatch start-up Velmora to Zorblax for an undisclosed sum.",
     {("Zorblax", "acquired", "Velmora")}, set()),
    ("Jane Roe previously sold shares in Velmora to Zorblax.", set(), {("Zorblax", "acquired", "Velmora")}),
    ("Acme, the Toronto robotics startup whose cameras count stock on shelves, has agreed to be acquired by "
     "Zorblax for about 200 million dollars.", {("Zorblax", "acquired", "Acme")}, set()),
    ("Zorblax was said to have looked at buying Acme last year, but no offer was made.",
     set(), {("Zorblax", "acquired", "Acme")}),
    # partners and rivals in apposition after a pair, a rival a company pitches itself as or is described as
    ("Jane Roe said Zorblax and Corvane Labs, two long-standing Acme partners, would test the product first.",
     {("Acme", "partnerOf", "Zorblax"), ("Acme", "partnerOf", "Corvane Labs")}, {("Zorblax", "partnerOf", "Corvane Labs")}),
    ("Zorblax's own portfolio also includes Corvane Labs, which pitches itself as Acme's fiercest rival.",
     {("Zorblax", "investsIn", "Corvane Labs"), ("Corvane Labs", "competesWith", "Acme")},
     {("Zorblax", "competesWith", "Acme")}),
    ("Zorblax, the Paris start-up often described as Acme's closest European competitor, declined to comment.",
     {("Zorblax", "competesWith", "Acme")}, set()),
    ("Zorblax, the Paris start-up often described as Acme's closest partner, declined to comment.",
     set(), {("Zorblax", "competesWith", "Acme")}),
    ("Rocket and Velo Max, the cheaper models it replaced, remain bitter rivals for developers.",
     {("Rocket", "competesWith", "Velo Max")}, set()),
    ("Acme bought Velmora in May. The merged company will keep the Acme name and is positioning itself squarely against Zorblax and "
     "Corvane Labs.", {("Acme", "competesWith", "Zorblax"), ("Acme", "competesWith", "Corvane Labs")}, set()),
    ("Acme and Zorblax both sell similar camera systems, and analysts regard them as Corvane Labs's closest rivals.",
     {("Acme", "competesWith", "Corvane Labs"), ("Zorblax", "competesWith", "Corvane Labs")},
     {("Acme", "competesWith", "Zorblax")}),
    ('"Rocket and Rocket 2 are fighting for exactly the same enterprise budgets," said Jane Roe, an analyst at Acme.',
     {("Rocket", "competesWith", "Rocket 2")}, {("Acme", "competesWith", "Rocket")}),
    ("Acme and Zorblax executives appeared together at the fair, where both praised open models.",
     set(), {("Acme", "partnerOf", "Zorblax")}),
    ("Acme and Zorblax will work together on chips.", {("Acme", "partnerOf", "Zorblax")}, set()),
    # a pair that spent years at a company
    ("The co-founders, Jane Roe and Ann Lee, spent a combined fifteen years designing processors at Acme before "
     "leaving in 2022.", {("Jane Roe", "worksFor", "Acme"), ("Ann Lee", "worksFor", "Acme")}, set()),
    # rounds and suppliers
    ("Velmora builds robots. The round, Velmora's second in 18 months, also drew money from Zorblax, "
     "Acme's venture capital unit, and from Corvane Ventures, according to a filing.",
     {("Zorblax", "investsIn", "Velmora"), ("Corvane Ventures", "investsIn", "Velmora")},
     {("Acme", "investsIn", "Velmora")}),
    ("Zorblax, the venture arm of the shipping group Acme, has led a 45 million dollar Series B in "
     "Corvane Labs, a Rotterdam startup.", {("Zorblax", "investsIn", "Corvane Labs"), ("Zorblax", "subOrganizationOf", "Acme")},
     {("Acme", "investsIn", "Corvane Labs")}),
    ("Velmora sells robots. Last week Acme closed a 90 million dollar round led by Zorblax.",
     {("Zorblax", "investsIn", "Acme")}, {("Zorblax", "investsIn", "Velmora")}),
    ("Zorblax, which remains Acme's largest supplier of AI chips, said so.", {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Zorblax, which supplies the main processors in Acme's devices, declined to comment.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Acme builds chips. Jane Roe said Corvane Labs customers such as Zorblax care about cost.",
     {("Zorblax", "partnerOf", "Corvane Labs")}, {("Zorblax", "partnerOf", "Acme")}),
    # a customer testing a company's devices
    ("Velmora Digital is the technology arm of the grocer Zorblax, which has been testing Acme cameras in 40 stores.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Zorblax has been testing cameras in 40 stores, Acme said.", set(), {("Zorblax", "partnerOf", "Acme")}),
    # a unit of one parent, not of the next name of the list
    ("Its backers include Zorblax Fund, the corporate venture unit of Acme, and Corvane Capital, which led the round.",
     {("Zorblax Fund", "subOrganizationOf", "Acme")}, {("Zorblax Fund", "subOrganizationOf", "Corvane Capital")}),
    ("Zorblax, the forklift maker whose Corvane Systems unit automates warehouses, is Acme's largest customer.",
     {("Corvane Systems", "subOrganizationOf", "Zorblax")}, {("Corvane Systems", "subOrganizationOf", "Acme")}),
    # people
    ("Jane Roe led Acme's perception team for four years before becoming Zorblax's vice president of "
     "engineering in January.", {("Jane Roe", "worksFor", "Zorblax")}, {("Jane Roe", "ceoOf", "Zorblax")}),
    ("Under the terms, Acme's chief executive, Jane Roe, will become president of the new Zorblax.",
     {("Jane Roe", "worksFor", "Zorblax"), ("Jane Roe", "ceoOf", "Acme")}, set()),
    ("Co-founder Jane Roe, who leads engineering at Acme, said the money would go on compute.",
     {("Jane Roe", "founderOf", "Acme")}, set()),
    ("Jane Roe, who leads engineering at Acme, said the money would go on compute.",
     {("Jane Roe", "worksFor", "Acme")}, {("Jane Roe", "founderOf", "Acme")}),
    ("The lab is funded by Zorblax, the hedge fund that Jane Roe also runs.", {("Jane Roe", "ceoOf", "Zorblax")}, set()),
    ("Acme was started in 2021 by Jane Roe, a former researcher at Zorblax, who now runs it as chief executive.",
     {("Jane Roe", "ceoOf", "Acme"), ("Jane Roe", "founderOf", "Acme")}, {("Jane Roe", "ceoOf", "Zorblax")}),
    ("Jane Roe, who co-founded Acme in 2018, stays on as CEO.", {("Jane Roe", "ceoOf", "Acme")}, set()),
    # a fund named after its parent: "the company's|chipmaker's" in its apposition is that parent (code)
    ("Acme makes chips. Velmora raised money from Zorblax. Acme Ventures, the chipmaker's investment unit, "
     "also joined the round.", {("Acme Ventures", "subOrganizationOf", "Acme")},
     {("Acme Ventures", "subOrganizationOf", "Zorblax")}),
    ("Acme makes chips. The model runs on Zorblax chips through a deal with Zorblax Cloud, the company's chief "
     "executive Jane Roe said.", set(), {("Jane Roe", "ceoOf", "Zorblax")}),
    # a takeover after a long apposition; not shares bought after a relative clause
    ("Acme, the maker of barcode scanners and handheld computers used in millions of stores and warehouses, "
     "is buying the chip designer Zorblax for 480 million dollars.", {("Acme", "acquired", "Zorblax")}, set()),
    ("Acme, which sells phones, bought shares in Zorblax.", set(), {("Acme", "acquired", "Zorblax")}),
    # chips a company's things are served or rendered on
    ("Acme's simulations are built on Zorblax's Velo platform and rendered on Kestro Edge workstation GPUs.",
     {("Acme", "usesHardware", "Kestro Edge")}, {("Zorblax", "usesHardware", "Kestro Edge")}),
    ("Acme sells books. The company's Velo assistant answers questions with models served on Kestro Edge chips.",
     {("Acme", "usesHardware", "Kestro Edge")}, set()),
    # models and chips
    ("Analysts ranked Rocket just behind Rocket 2, the Zorblax flagship, on their index.",
     {("Zorblax", "develops", "Rocket 2")}, {("Zorblax", "develops", "Rocket")}),
    ("Acme builds robots. The company also designs its own controller chip, the Kestro Edge, which is made by Zorblax.",
     {("Acme", "develops", "Kestro Edge"), ("Zorblax", "manufactures", "Kestro Edge")}, {("Zorblax", "develops", "Kestro Edge")}),
    ("Acme sells handhelds, where it runs Velmora, its on-device vision-language model.",
     {("Acme", "develops", "Velmora")}, set()),
    ("Jane Roe left to found Velmora, a start-up building small reasoning models for research.",
     {("Jane Roe", "founderOf", "Velmora")}, set()),
    ("Acme, a harbour operator, said Velmora, a start-up that builds foundation models for robots, raised money.",
     set(), {("Velmora", "versionOf", "Acme"), ("Acme", "develops", "Velmora")}),
    ("Velmora Intelligence, a spin-out from the University of Brightwater, has raised 80 million pounds in a round "
     "led by Zorblax.", {("Zorblax", "investsIn", "Velmora Intelligence")},
     {("Zorblax", "investsIn", "University of Brightwater")}),
]


@pytest.mark.parametrize("text, expected, wrong", CASES)
def test_p24e_english_rules(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")
