"""English rules of the p24d round (fresh set en-ar, 2026-11-29): a pair before a relative clause on both,
founders listed with appositions or "together with", founders "with its current chief executive", models
compared in pairs ("tested both", "against each other", "sits close to"), model families "called X",
co-chief executives, "a X executive, P,", hardware "on its own X servers", a first customer, a partnership
through which models are used, a described pair that agreed to merge, "squares off against", grants, and names: an
academic title after a role ("co-founder Dr Jane Roe") and institutions named "the A and B Foundation".
Every name is invented; "Acme", "Zorblax", "Jane Roe", "Rocket" and "Kestro Edge" are in the test
catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text, ents

CASES = [
    # a pair before a relative clause on both (the second by the older rule); not a list after a preposition
    # nor a clause in the singular
    ("Vexa Capital and Halden Partners, which backed Zorblax's first round, also put money into the Series B.",
     {("Vexa Capital", "investsIn", "Zorblax"), ("Halden Partners", "investsIn", "Zorblax")}, set()),
    ("Zorblax raised money from Vexa Capital and Halden Partners, which has also backed Tarn Labs.",
     set(), {("Vexa Capital", "investsIn", "Tarn Labs")}),
    # founders: with its current chief executive; the second after the first one's apposition; "together with"
    ("Jane Roe started Zorblax in 2020 with its current chief executive, Tom Miller.",
     {("Tom Miller", "founderOf", "Zorblax"), ("Tom Miller", "ceoOf", "Zorblax")}, set()),
    ("Zorblax was spun out of Acme in 2021 by Jane Roe, now its chief executive, and her former doctoral "
     "supervisor, Professor Karl Unterberger.",
     {("Jane Roe", "founderOf", "Zorblax"), ("Karl Unterberger", "founderOf", "Zorblax")},
     {("Karl Unterberger", "founderOf", "Acme")}),
    ("Zorblax was founded in 2020 by Tom Miller, a former Acme engineer, and has been run since 2023 by "
     "Sara Lind, who joined from Vexa Labs.",
     {("Tom Miller", "founderOf", "Zorblax")}, {("Sara Lind", "founderOf", "Zorblax")}),
    ("Zorblax was established last month by Professor Jane Roe, who heads the Acme Speech Lab, together with "
     "two of her former PhD students, Tom Miller and Sara Lind.",
     {("Tom Miller", "founderOf", "Zorblax"), ("Sara Lind", "founderOf", "Zorblax")},
     {("Tom Miller", "founderOf", "Acme Speech Lab")}),
    ("The start-up, Zorblax, was set up by Jane Roe together with two former students, Tom Miller and Sara Lind.",
     {("Tom Miller", "founderOf", "Zorblax")}, set()),
    # models compared in pairs; not a model that beats one and comes close to another
    ("Zorblax has tested both Rocket and Nimbus-7 for that work.", {("Rocket", "comparedTo", "Nimbus-7")},
     {("Zorblax", "develops", "Nimbus-7")}),
    ("Nimbus-7 and Rocket 2 would be benchmarked against each other on case law.",
     {("Nimbus-7", "comparedTo", "Rocket 2")}, set()),
    ("On public leaderboards, Rocket sits close to Acme's Nimbus-7 on mathematics.",
     {("Rocket", "comparedTo", "Nimbus-7")}, set()),
    ("Zorblax says Halo-2 beats Rocket and comes close to Nimbus-7 on reading tests.",
     set(), {("Rocket", "comparedTo", "Nimbus-7")}),
    # a family of models called X
    ("Zorblax, which was set up by former researchers Jane Roe and Tom Miller, trains a family of reasoning "
     "models called Nimbus.", {("Zorblax", "develops", "Nimbus")}, set()),
    # co-chief executives after "led by"; "a X executive, P,"
    ("Acme, led by chief executive Jane Roe until last year and now by co-CEOs Tom Miller and Sara Lind, has "
     "signed deals.", {("Tom Miller", "ceoOf", "Acme"), ("Sara Lind", "ceoOf", "Acme")}, set()),
    ("A Zorblax executive, Tom Miller, will run the new business.", {("Tom Miller", "worksFor", "Zorblax")}, set()),
    ("An executive, Tom Miller, will run the new business for Zorblax.", set(), {("Tom Miller", "ceoOf", "Zorblax")}),
    # hardware on its own servers (uses it, does not make it); a company's own chips (develops)
    ("Vexa Legal, a Dutch start-up that hosts Rocket on its own Kestro Edge servers for law firms, said so.",
     {("Vexa Legal", "usesHardware", "Kestro Edge")}, {("Vexa Legal", "develops", "Kestro Edge")}),
    ("Acme's own Kestro Edge chips power the cluster.", {("Acme", "develops", "Kestro Edge")}, set()),
    # a first customer; a partnership through which models are used
    ("Zorblax has named the insurer Tarn Insurance as its first large customer.",
     {("Zorblax", "partnerOf", "Tarn Insurance")}, set()),
    ("Zorblax uses Acme's models through a partnership signed in 2024.", {("Zorblax", "partnerOf", "Acme")}, set()),
    # a pair, the second described, that agreed to merge; a combination with another
    ("Paris-based Zorblax and the German start-up Halden Legal said on Monday that they had agreed to merge.",
     {("Zorblax", "mergedWith", "Halden Legal")}, set()),
    ("Zorblax did complete a combination with the smaller firm Halden Cloud in January.",
     {("Zorblax", "mergedWith", "Halden Cloud")}, set()),
    # rivals: "squares off against"; a rival "backed by" an investor is no rival
    ("Zorblax squares off against Acme, the rival backed by Vexa Capital, and against Corvid Systems.",
     {("Zorblax", "competesWith", "Acme"), ("Vexa Capital", "investsIn", "Acme")},
     {("Zorblax", "competesWith", "Vexa Capital")}),
    # a maker that "designs and sells" a chip; partners "such as" are no makers of it
    ("Acme, whose chips dominate the market, designs and sells the Kestro Edge through partners such as Zorblax.",
     {("Acme", "develops", "Kestro Edge")}, {("Zorblax", "develops", "Kestro Edge")}),
    # a company that uses another's agents or software; not the agents' own maker with its own name
    ("Vexa Labs, which is also a customer, uses Zorblax's agents to process claims.",
     {("Vexa Labs", "partnerOf", "Zorblax")}, set()),
    # the clients of a named company after its genitive, with a comma (not the passage's company)
    ("Acme bought Zorblax last year. Zorblax's clients, including Vexa Labs and the insurer Tarn Insurance, "
     "will keep their teams.",
     {("Vexa Labs", "partnerOf", "Zorblax"), ("Tarn Insurance", "partnerOf", "Zorblax")},
     {("Vexa Labs", "partnerOf", "Acme")}),
    # a founder in apposition "who co-founded the firm"; not one who only worked there
    ("Zorblax's chief executive, Dr Tom Miller, a former Acme engineer who co-founded the firm with lecturer "
     "Sara Lind, said so.",
     {("Tom Miller", "founderOf", "Zorblax"), ("Sara Lind", "founderOf", "Zorblax"), ("Tom Miller", "ceoOf", "Zorblax")},
     {("Tom Miller", "founderOf", "Acme")}),
    ("Zorblax's chief executive, Tom Miller, a former Acme engineer who joined the firm in 2020, said so.",
     set(), {("Tom Miller", "founderOf", "Zorblax")}),
    # a company whose own product in apposition competes with another
    ("Acme's own agent platform, Halo, competes with Zorblax for many of the same contracts.",
     {("Acme", "competesWith", "Zorblax"), ("Acme", "develops", "Halo")}, set()),
    # units: "the company's twelve-person research group", "the group's creative and marketing division", a group
    # "called X" inside the company; not "its first bet on an AI lab"
    ("Acme said so. Jane Roe will keep running Zorblax Research, the company's twelve-person research group.",
     {("Zorblax Research", "subOrganizationOf", "Acme")}, set()),
    ("Acme said so. The deal will be folded into Vexa Studios, the group's creative and marketing division.",
     {("Vexa Studios", "subOrganizationOf", "Acme")}, set()),
    ("Acme said so. Inside the company, a research group called Vexa Labs experiments with small models.",
     {("Vexa Labs", "subOrganizationOf", "Acme")}, set()),
    ("The philanthropic arm of Acme has also invested in Vexa Labs, its first bet on an AI lab abroad.",
     set(), {("Vexa Labs", "subOrganizationOf", "Acme")}),
    # a chief executive after a genitive that names no organisation is not the passage's company's
    ("Zorblax makes chips. Roe met Harvey's chief executive Tom Miller on a panel.",
     set(), {("Tom Miller", "ceoOf", "Zorblax")}),
    ("Zorblax makes chips. Chief executive Tom Miller said so.", {("Tom Miller", "ceoOf", "Zorblax")}, set()),
    # a co-investor "with participation from" backs the company whose round it is, not the lead in apposition
    ("Acme, the holding company, led Zorblax's seed round, with participation from Vexa Capital.",
     {("Acme", "investsIn", "Zorblax"), ("Vexa Capital", "investsIn", "Zorblax")}, {("Vexa Capital", "investsIn", "Acme")}),
    ("Zorblax closed a seed round with participation from Vexa Capital.", {("Vexa Capital", "investsIn", "Zorblax")},
     set()),
    # models "(also) measured|tested against" others, a list on each side
    ("Rocket and Nimbus-7 were also measured against Halo-2 and Orca-3, with the closed systems ahead.",
     {("Rocket", "comparedTo", "Halo-2"), ("Nimbus-7", "comparedTo", "Orca-3")}, set()),
    ("Rocket was tested against a panel of lawyers, and Acme said so.", set(), {("Rocket", "comparedTo", "Acme")}),
    # a provider "agreed to provide X, the ..., with cloud capacity"
    ("Acme has agreed to provide Zorblax, the San Francisco research company, with cloud capacity for five years.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Acme has agreed to provide Zorblax, the San Francisco research company, with a written answer.",
     set(), {("Acme", "partnerOf", "Zorblax")}),
    # the second of two described founders; not a backer after "and backed by"
    ("Zorblax, founded in 2022 by former Acme associate Jane Roe and machine-learning researcher Tom Miller, "
     "sells a tool.", {("Jane Roe", "founderOf", "Zorblax"), ("Tom Miller", "founderOf", "Zorblax")}, set()),
    ("Zorblax was founded in 2022 by former Acme associate Jane Roe and machine-learning researcher Tom Miller.",
     {("Tom Miller", "founderOf", "Zorblax")}, set()),
    ("Zorblax, founded in 2022 by Jane Roe and backed by investor Tom Miller, sells a tool.",
     {("Jane Roe", "founderOf", "Zorblax")}, {("Tom Miller", "founderOf", "Zorblax")}),
    # the first word of "X Legal Cloud" is its short form ("legal" names a field)
    ("Among them is Vexa Legal Cloud, a Dutch start-up that hosts Rocket. Vexa counts the bank Zorblax among its "
     "customers.", {("Vexa Legal Cloud", "partnerOf", "Zorblax")}, set()),
    # "The start-up, X, was established by P" opening a sentence; not a buyer after "bought by"
    ("Acme opened a lab in Oslo. The start-up, Zorblax, was established last month by Jane Roe.",
     {("Jane Roe", "founderOf", "Zorblax")}, set()),
    ("The new start-up, Zorblax, was bought last month by Acme, whose chief executive is Jane Roe.",
     {("Acme", "acquired", "Zorblax")}, {("Jane Roe", "founderOf", "Zorblax")}),
    # a funder that has given|awarded a company a grant; not a warning
    ("Acme has awarded Zorblax a 6 million euro grant for its chips.", {("Acme", "investsIn", "Zorblax")}, set()),
    ("Acme gave Zorblax a warning about its chips.", set(), {("Acme", "investsIn", "Zorblax")}),
]


@pytest.mark.parametrize("text, expected, wrong", CASES)
def test_p24d_english_rules(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")


@pytest.mark.parametrize("text, name, type_, present", [
    # an academic title between a role and the name is no part of it
    ("Zorblax, whose founder Dr Mara Vogt joined in 2020, said so.", "Mara Vogt", "Person", True),
    ("Acme co-founder Dr. Mara Vogt becomes chief product officer.", "Mara Vogt", "Person", True),
    ("Acme co-founder Dr Mara Vogt becomes chief product officer.", "Dr Mara", "Person", False),
    # "the A and B Foundation|Agency|Council|Lab": one institution
    ("The nodes are funded by the Tove and Alva Brenner Foundation.", "Tove and Alva Brenner Foundation",
     "Organization", True),
    ("The government-backed Advanced Research and Discovery Agency gave Acme a grant.",
     "Advanced Research and Discovery Agency", "Organization", True),
    ("The money came from the Engineering and Physical Sciences Research Council.",
     "Engineering and Physical Sciences Research Council", "Organization", True),
    ("She heads the Zorblax Speech and Language Lab.", "Zorblax Speech and Language Lab", "Organization", True),
    # two names: a known one or a complete name before "and"; a class noun before the pair
    ("It hired the Acme and Zorblax Labs teams.", "Acme and Zorblax Labs", "Organization", False),
    ("The round was led by the Vexa Startup Fund and Halden Ventures.", "Vexa Startup Fund", "Organization", True),
    ("The data consultancies Vexa Analytics and Halden Data have joined forces.", "Halden Data", "Organization",
     True),
    # a goal named "what he called X" (past tense)
    ("Jane Roe said the priority remains what she called sovereign legal AI, meaning models hosted at home.",
     "sovereign legal AI", "Concept", True),
    # an academic degree is no name
    ("Zorblax was set up by Jane Roe and two of her former PhD students.", "PhD", "Organization", False),
])
def test_p24d_names(nlp_en, text, name, type_, present) -> None:
    assert ((name, type_) in ents(nlp_en, text)) is present
