"""English rules of the p23e round (fresh set en-ao, 2026-11-29): chiefs after an apposition or "runs it
as chief executive", founders in "X, the company P founded (with A and B)" and "which was started by",
models fine-tuned from another, heads of a field, rivals "taking on" or positioned "as a rival to",
investors "and by" and "after a round led by", partners reached "through", carve-outs, units merged,
second acquisitions, an "its" the linker resolved, and a clause that opens with an article. Every name is
invented; "Acme", "Zorblax", "Jane Roe", "Rocket" and "Kestro Edge" are in the test catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text, ents

CASES = [
    # chiefs: a founder described in apposition "who remains its chief executive", "runs it as chief executive"
    ("Zorblax was founded in 2020 by Jane Roe, a former teacher, who remains its chief executive.",
     {("Jane Roe", "ceoOf", "Zorblax"), ("Jane Roe", "founderOf", "Zorblax")}, set()),
    ("Jane Roe, who co-founded Zorblax in 2021 and runs it as chief executive, said so.",
     {("Jane Roe", "ceoOf", "Zorblax"), ("Jane Roe", "founderOf", "Zorblax")}, set()),
    ("Jane Roe, who co-founded Zorblax in 2021 and later sold it to Acme, said so.",
     {("Jane Roe", "founderOf", "Zorblax")}, {("Jane Roe", "ceoOf", "Zorblax"), ("Jane Roe", "ceoOf", "Acme")}),
    ("Zorblax's chief executive will be Jane Roe, a Swede who once worked elsewhere.",
     {("Jane Roe", "ceoOf", "Zorblax")}, set()),
    ("Acme, whose chief executive and co-founder is Jane Roe, launched Rocket.",
     {("Jane Roe", "ceoOf", "Acme"), ("Jane Roe", "founderOf", "Acme")}, set()),
    ("Acme, whose co-founder and chief executive is Jane Roe, launched Rocket.",
     {("Jane Roe", "ceoOf", "Acme"), ("Jane Roe", "founderOf", "Acme")}, set()),
    # founders: "X, the company P founded", "the company he co-founded with A and B", "which was started by"
    ("When Zorblax, the company Jane Roe founded in 2023, switched on its cluster, it worked.",
     {("Jane Roe", "founderOf", "Zorblax")}, set()),
    ("John Smith now runs Zorblax, the company he co-founded in 2024 with Jane Roe and Mary Major.",
     {("Jane Roe", "founderOf", "Zorblax"), ("Mary Major", "founderOf", "Zorblax")}, set()),
    ("The best known is Zorblax, which was started in 2021 by Jane Roe and John Smith, two engineers.",
     {("Jane Roe", "founderOf", "Zorblax"), ("John Smith", "founderOf", "Zorblax")}, set()),
    ("Zorblax, which was bought in 2021 by Acme, sells robots.", set(), {("Acme", "founderOf", "Zorblax")}),
    # a model fine-tuned from another one is a version of it, not its maker's (no name.family)
    ("Zorblax's app runs on Halo-2, a model fine-tuned from Rocket, which Acme publishes with open weights.",
     {("Halo-2", "versionOf", "Rocket"), ("Acme", "develops", "Rocket")}, {("Acme", "develops", "Halo-2")}),
    ("Zorblax's answers come from Halo-2, an in-house model that the team fine-tuned from Rocket.",
     {("Halo-2", "versionOf", "Rocket")}, set()),
    # a person who heads a field at a company works for it
    ("Jane Roe heads research at Acme.", {("Jane Roe", "worksFor", "Acme")}, {("Jane Roe", "ceoOf", "Acme")}),
    # rivals
    ("Acme is taking on Zorblax in web search, starting with German.", {("Acme", "competesWith", "Zorblax")}, set()),
    ("Zorblax, which positions itself as a rival to Acme, said nothing.", {("Zorblax", "competesWith", "Acme")},
     set()),
    ("Zorblax, whose chief spent years at Acme, presents itself as a challenger to Brightwater Labs.", set(),
     {("Acme", "competesWith", "Brightwater Labs")}),
    ("Brightwater Labs also runs Kestro Edge accelerators, which Acme produces as an alternative to "
     "Zorblax's flagship chips.", {("Acme", "competesWith", "Zorblax")}, {("Acme", "partnerOf", "Zorblax")}),
    # investors: "and by", "after a round led by", "among its shareholders" (a resolved "its")
    ("Zorblax closed a $120 million round backed by Brightwater Capital and by Singapore's Acme.",
     {("Acme", "investsIn", "Zorblax")}, set()),
    ("Zorblax has raised $45 million, with the state-owned Brightwater Capital and Acme among its shareholders.",
     {("Acme", "investsIn", "Zorblax"), ("Brightwater Capital", "investsIn", "Zorblax")}, set()),
    ("Acme chose a design. Zorblax, co-founded by Jane Roe, launched its app in 12 countries this week, after "
     "a $30 million round led by Brightwater Capital.",
     {("Brightwater Capital", "investsIn", "Zorblax")}, {("Brightwater Capital", "investsIn", "Acme")}),
    # partners reached through another
    ("Zorblax trains its models on Acme's Kestro Edge chips, which it rents through Brightwater Cloud.",
     {("Zorblax", "partnerOf", "Brightwater Cloud")}, set()),
    ("Zorblax gets the model through Acme, its cloud partner.", {("Zorblax", "partnerOf", "Acme")}, set()),
    # a carve-out, units merged, a unit after "At X,"
    ("Zorblax Labs is carving out its industrial vision business as a separate company, Brightwater, "
     "the latest in a string.", {("Brightwater", "subOrganizationOf", "Zorblax Labs")}, set()),
    ("In 2023 Acme combined its Brightwater Labs team with Zorblax, creating a single lab.",
     {("Brightwater Labs", "mergedWith", "Zorblax")}, {("Acme", "mergedWith", "Zorblax")}),
    ("At Acme, meanwhile, the Zorblax group, known as ZX, has lost staff.",
     {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    # a second rival after "and to"
    ("Zorblax, which positions itself as a rival to Harvey and to Acme's own enterprise offering, declined to "
     "comment.", {("Zorblax", "competesWith", "Acme")}, set()),
    # a researcher on a company's team, then named to a role elsewhere
    ("Jane Roe, until recently a principal researcher on Acme's interpretability team, has been named head of "
     "research at Zorblax, a start-up.", {("Jane Roe", "worksFor", "Acme"), ("Jane Roe", "worksFor", "Zorblax")},
     {("Jane Roe", "ceoOf", "Zorblax")}),
    # a second acquisition belongs to the first buyer too
    ("Acme, led by chief executive Jane Roe, bought Zorblax, a Helsinki lab, for $665 million, and later agreed "
     "to acquire the server maker Brightwater Systems.",
     {("Acme", "acquired", "Zorblax"), ("Acme", "acquired", "Brightwater Systems")}, set()),
    # a second founder after "Her co-founder, P,"; "P serves as chief technology officer" after a semicolon
    ("Zorblax makes robots. Her co-founder, Jane Roe, spent six years at Acme.",
     {("Jane Roe", "founderOf", "Zorblax"), ("Jane Roe", "worksFor", "Acme")}, {("Jane Roe", "founderOf", "Acme")}),
    ("Zorblax makes robots. John Smith is chief executive; Jane Roe serves as chief technology officer.",
     {("Jane Roe", "worksFor", "Zorblax")}, {("Jane Roe", "ceoOf", "Zorblax")}),
    # goals: heads of education, research and search news; a quoted "Our goal is C, not D," (no negation)
    ("A spokesperson said Acme remained committed to open research and would keep publishing.",
     {("Acme", "pursues", "open research")}, set()),
    ("Jane Roe said Acme would keep Zorblax's commitment to open standards for robot software.",
     {("Acme", "pursues", "open standards"), ("Zorblax", "pursues", "open standards")}, set()),
    ('"Our goal is lifelong learning, not exam cramming," Jane Roe told the Korea Times.',
     {("Jane Roe", "pursues", "lifelong learning")}, set()),
    ("Acme uses machine learning and deep learning for its research.", set(),
     {("Acme", "pursues", "machine learning"), ("Acme", "pursues", "deep learning")}),
    ("Zorblax, not Acme, bought Brightwater Labs.", set(), {("Acme", "acquired", "Brightwater Labs")}),
    # a pair described after their names; models of equal rank; a model described as a member of a line
    ("The best known is Zorblax, which was started in 2021 by Jane Roe and John Smith, two engineers who had "
     "built systems at Acme.", {("Jane Roe", "worksFor", "Acme"), ("John Smith", "worksFor", "Acme")},
     {("Jane Roe", "founderOf", "Acme")}),
    ("And Acme presented Rocket 2 as reaching roughly the quality of Rocket with far less compute.",
     {("Rocket 2", "comparedTo", "Rocket")}, set()),
    ("Acme described Halo-3, a mid-sized member of the Halo line, as outperforming its own larger Rocket.",
     {("Acme", "develops", "Halo-3")}, set()),
    # precision: chips rented from a cloud are no investment; ", the company said" is no apposition
    ("Zorblax's training run took eleven weeks on 512 Kestro Edge processors rented from Acme, the cloud "
     "provider.", set(), {("Acme", "investsIn", "Zorblax")}),
    ("Zorblax took $5 million from Acme last year.", {("Acme", "investsIn", "Zorblax")}, set()),
    ("Zorblax's model beat Rocket, the model family developed by Acme and its partners, the company said.",
     set(), {("Acme", "partnerOf", "Zorblax")}),
    # a co-founder after "before starting the company ... with"; a chip a unit "has begun testing"
    ("Zorblax's chief executive, Jane Roe, spent twelve years at Acme before starting the company in 2022 with "
     "the chip architect John Smith.", {("John Smith", "founderOf", "Zorblax")}, {("John Smith", "founderOf", "Acme")}),
    ("Acme gets the model through Zorblax Cloud, Zorblax's cloud-computing subsidiary, which has begun testing "
     "Brightwater's Kestro Edge inference chips.", {("Zorblax Cloud", "usesHardware", "Kestro Edge"),
                                                    ("Acme", "partnerOf", "Zorblax Cloud")}, set()),
    # a founder who "will run it"; a cluster kept in another's data centre
    ("Zorblax will continue as a wholly owned subsidiary of Acme, and its founder, Jane Roe, will run it.",
     {("Jane Roe", "ceoOf", "Zorblax")}, {("Jane Roe", "ceoOf", "Acme")}),
    ("Zorblax will keep its cluster of 600 Kestro Edge units in an Acme data centre in Frankfurt.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    # the chips named before: "The chips, fabricated by X," and "The chips themselves are designed by X"
    ("Zorblax installed 4,096 Kestro Edge processors. The chips, fabricated by Acme in Taiwan and packaged by "
     "suppliers, arrived in February.", {("Acme", "manufactures", "Kestro Edge")},
     {("Zorblax", "manufactures", "Kestro Edge")}),
    ("Zorblax rented 512 Kestro Edge processors. The chips themselves are designed by Acme, whose paperwork "
     "Zorblax signed.", {("Acme", "develops", "Kestro Edge")}, {("Zorblax", "develops", "Kestro Edge")}),
    # a company that rebuilt its product develops it
    ("Google now shows answers, and Acme has rebuilt Rocket around a chat interface.",
     {("Acme", "develops", "Rocket")}, set()),
    # built together with another, signed up as a customer
    ("Acme is its biggest customer and has built the Kestro Edge clusters together with Zorblax.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("The lab, part of the institution Acme, is developing the models, called Aurelia, together with Zorblax.", set(),
     {("Acme", "partnerOf", "Zorblax")}),
    # the chief is the founded company's, whatever "its" was resolved to
    ("Zorblax was founded by Jane Roe, a former architect at Acme, who remains its chief executive.",
     {("Jane Roe", "ceoOf", "Zorblax")}, {("Jane Roe", "ceoOf", "Acme")}),
]


@pytest.mark.parametrize("text, expected, wrong", CASES)
def test_p23e_english_rules(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")


@pytest.mark.parametrize("text, name, type_", [
    # an unknown capitalised word before a camel-case word is part of the name; not a demonym, nor before a
    # model's "NorLM"
    ("In South Korea, Velmar EdTech is betting on Rocket.", "Velmar EdTech", "Organization"),
    ("Analysts say British EdTech is growing.", "EdTech", "Organization"),
    ("Halo-3, the newest release in the Velmar NorLM series, is out.", "NorLM", "AIModel"),
    # a company before an apposition whose company noun goes on with a participle
    ("The largest tenant is Velor Minds, a Copenhagen start-up training a language model.", "Velor Minds",
     "Organization"),
    ("The tenant is Velor, a Danish start-up building chips.", "Velor", "Organization"),
])
def test_p23e_names(nlp_en, text, name, type_) -> None:
    assert (name, type_) in ents(nlp_en, text)
