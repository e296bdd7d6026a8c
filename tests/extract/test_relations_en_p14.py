"""English same-sentence constructions of the p14 round (all names invented): a thing named in
an object relative clause ("X, which Acme shipped", "a model named X that Acme built"); "Acme
makes ... called X"; "Acme, which sells the service X"; "it is designing a chip, the X"; "Acme's
aim is AGI"; "X is Acme's closest rival"; "puts X up against Y"; "fighting X and Y"; "Rival X"
opening a sentence; "compared X with Y"; a second comparison verb after "and" ("X outscored A and
trailed B"), also after a fronted phrase; "operates as a subsidiary of"; "Acme's research lab,
X,"; "X, the Acme drug-discovery company (run by Jane Roe)"; "became its chief executive"; "will
offer X to its clients"; "sources lenses from"; "A and B said they would jointly"; "merging A
with B"; "joined the healthcare company X"; "owns a majority of X"; "designed with help from X".
Must-not cases: the person quoted before "Y said in an interview with Z" is not interviewed; "A,
B and C, which together control" is no partnership; a former lab is no subsidiary."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text


@pytest.mark.parametrize("text, expected, wrong", [
    # an object relative clause names the maker
    ("Quill 2 is the successor to Quill 1.5, which Vantorix AI shipped in the spring.",
     {("Vantorix AI", "develops", "Quill 1.5")}, set()),
    ("The device runs a compact language model named Zephon-3B that Vantorix AI built in-house.",
     {("Vantorix AI", "develops", "Zephon-3B")}, set()),
    ("Vantorix AI said Quill 2, which Quibbl Labs uses for support, is fast.",
     set(), {("Quibbl Labs", "develops", "Quill 2")}),
    # "makes ... called X", "which sells the service X"
    ("Plumly Labs makes autonomous forklifts and a fleet-management software called Conductor.",
     {("Plumly Labs", "develops", "Conductor")}, set()),
    ("Plumly Labs makes parts for a Quibbl Labs assistant called Conductor.",
     set(), {("Plumly Labs", "develops", "Conductor")}),
    ("Quibbl Labs, which sells the legal research service Docketeer, was founded in 2001.",
     {("Quibbl Labs", "develops", "Docketeer")}, set()),
    ("Quibbl Labs, which uses the legal research service Docketeer, was founded in 2001.",
     set(), {("Quibbl Labs", "develops", "Docketeer")}),
    # "it is designing a custom processor, the X"
    ("Rival Quibbl Labs, by contrast, announced last month that it is designing a custom inference "
     "processor, the VX-9.", {("Quibbl Labs", "develops", "VX-9")}, set()),
    ("Quibbl Labs said that Plumly Labs is designing a custom inference processor, the VX-9.",
     set(), {("Quibbl Labs", "develops", "VX-9")}),
])
def test_things_and_their_makers(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")


@pytest.mark.parametrize("text, expected, wrong", [
    # a possessed aim, goal or focus
    ("Vantorix AI's long-term aim is artificial general intelligence.",
     {("Vantorix AI", "pursues", "AGI")}, set()),
    ("Vantorix AI's chief executive said the goal of Quibbl Labs is artificial general intelligence.",
     set(), {("Vantorix AI", "pursues", "AGI")}),
    # "X is Acme's closest rival" (companies and models)
    ("Plumly Labs, the best-known legal AI company, is Vantorix AI's closest rival.",
     {("Plumly Labs", "competesWith", "Vantorix AI")}, set()),
    ("Plumly Labs, which invested in Quibbl Labs, is Vantorix AI's closest rival.",
     {("Plumly Labs", "competesWith", "Vantorix AI")}, {("Quibbl Labs", "competesWith", "Vantorix AI")}),
    ("Zephon-3 is Quill 2's closest competitor, Vantorix AI said.",
     {("Zephon-3", "competesWith", "Quill 2")}, set()),
    ("Plumly Labs is Vantorix AI's biggest customer.",
     set(), {("Plumly Labs", "competesWith", "Vantorix AI")}),
    # "puts X up against Y", "fighting X and Y for"
    ("The launch puts Vantorix AI up against Quibbl Labs in the glasses market.",
     {("Vantorix AI", "competesWith", "Quibbl Labs")}, set()),
    ("Vantorix AI will be fighting Quibbl Labs and Plumly Labs for shelf space, an analyst said.",
     {("Vantorix AI", "competesWith", "Quibbl Labs"), ("Vantorix AI", "competesWith", "Plumly Labs")}, set()),
    ("Vantorix AI is fighting a lawsuit from Quibbl Labs over its patents.",
     set(), {("Vantorix AI", "competesWith", "Quibbl Labs")}),
    # "Rival X" opening a sentence: a rival of the passage's company
    ("Vantorix AI builds data centers in Texas. Rival Quibbl Labs, by contrast, builds its own chips.",
     {("Quibbl Labs", "competesWith", "Vantorix AI")}, set()),
    # a person compares two models
    ("Jane Roe, a researcher at Plumly Labs, who compared Quill 2 with Zephon-3 in a blog post, was cautious.",
     {("Quill 2", "comparedTo", "Zephon-3"), ("Jane Roe", "worksFor", "Plumly Labs")}, set()),
    # a second comparison verb after "and" has the first one's subject
    ("Quill 2 outscored Zephon-3 on coding tasks and trailed Gemini 1.5 Pro on long documents.",
     {("Quill 2", "comparedTo", "Zephon-3"), ("Quill 2", "comparedTo", "Gemini 1.5 Pro")},
     {("Zephon-3", "comparedTo", "Gemini 1.5 Pro")}),
    ("In its own tests, Quill 2 outscored Zephon-3 on coding tasks and trailed Gemini 1.5 Pro on long documents.",
     {("Quill 2", "comparedTo", "Zephon-3"), ("Quill 2", "comparedTo", "Gemini 1.5 Pro")},
     {("Zephon-3", "comparedTo", "Gemini 1.5 Pro")}),
])
def test_goals_and_rivals(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")


@pytest.mark.parametrize("text, expected, wrong", [
    # parts of companies
    ("Plumly Labs now operates as a subsidiary of Vantorix AI and sells grippers.",
     {("Plumly Labs", "subOrganizationOf", "Vantorix AI")}, set()),
    ("Vantorix AI's research lab, Quibbl Labs, designs the packaging.",
     {("Quibbl Labs", "subOrganizationOf", "Vantorix AI")}, set()),
    ("Vantorix AI's former research lab, Quibbl Labs, designs the packaging.",
     set(), {("Quibbl Labs", "subOrganizationOf", "Vantorix AI")}),
    ("Eli Lilly signed agreements with Quibbl Labs, the Vantorix AI drug-discovery company run by "
     "John Doe, last year.",
     {("Quibbl Labs", "subOrganizationOf", "Vantorix AI"), ("John Doe", "ceoOf", "Quibbl Labs")}, set()),
    ("Quibbl Labs, the Vantorix AI-backed company, raised money.",
     set(), {("Quibbl Labs", "subOrganizationOf", "Vantorix AI")}),
    ("Vantorix AI owns a majority of the chip designer Quibbl Labs.",
     {("Quibbl Labs", "subOrganizationOf", "Vantorix AI")}, set()),
    # "became its chief executive" after "who joined X"
    ("John Doe, who joined Vantorix AI from Quibbl Labs in 2019 and became its chief executive two "
     "years later, said little.",
     {("John Doe", "ceoOf", "Vantorix AI"), ("John Doe", "worksFor", "Quibbl Labs")},
     {("John Doe", "ceoOf", "Quibbl Labs")}),
    # "joined the healthcare company X"
    ("Last month, Jane Roe joined the healthcare company Quibbl Labs.",
     {("Jane Roe", "worksFor", "Quibbl Labs")}, set()),
    ("Jane Roe, who ran machine learning at the Plumly Institute, joined Vantorix AI.",
     {("Jane Roe", "worksFor", "Plumly Institute"), ("Jane Roe", "worksFor", "Vantorix AI")}, set()),
    # "merging A with B" by a third party
    ("The company has reorganized its teams since merging Quibbl Labs with Plumly Labs in 2023.",
     {("Quibbl Labs", "mergedWith", "Plumly Labs")}, set()),
])
def test_company_parts_and_people(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")


@pytest.mark.parametrize("text, expected, wrong", [
    # a reseller of a model is a partner of its developer
    ("Vantorix AI built Quill 2. Plumly Labs said that Quibbl Labs will offer Quill 2 to its corporate "
     "clients as part of a new partnership.",
     {("Vantorix AI", "partnerOf", "Quibbl Labs")}, {("Vantorix AI", "partnerOf", "Plumly Labs")}),
    # suppliers
    ("Vantorix AI instead sources lenses from Quibbl Labs.",
     {("Vantorix AI", "partnerOf", "Quibbl Labs")}, set()),
    ("Vantorix AI bought shares from Quibbl Labs last year.",
     set(), {("Vantorix AI", "partnerOf", "Quibbl Labs")}),
    ("The PW1 chip, which Vantorix AI designed with help from Quibbl Labs, is fast.",
     {("Vantorix AI", "partnerOf", "Quibbl Labs")}, set()),
    # "A and B said they would jointly develop"
    ("Vantorix AI and Plumly Labs said on Monday they would jointly develop protein-design models.",
     {("Vantorix AI", "partnerOf", "Plumly Labs")}, set()),
    ("Vantorix AI, a lab backed by Zorblax Capital, and the drug developer Plumly Labs said they would "
     "jointly develop protein-design models.",
     {("Vantorix AI", "partnerOf", "Plumly Labs")}, {("Zorblax Capital", "partnerOf", "Plumly Labs")}),
    # a list of rivals that "together" control a market is no partnership
    ("Vantorix AI competes with Quibbl Labs, Plumly Labs and Zorblax Inc, which together control the market.",
     {("Vantorix AI", "competesWith", "Zorblax Inc")},
     {("Plumly Labs", "partnerOf", "Zorblax Inc"), ("Quibbl Labs", "partnerOf", "Zorblax Inc")}),
    ("Vantorix AI and Plumly Labs will work together on chips.",
     {("Vantorix AI", "partnerOf", "Plumly Labs")}, set()),
    # the person quoted before another person's "said in an interview" is not interviewed
    ("\"Jane Roe is one of the few people who has shipped safety work at scale,\" John Doe said in an "
     "interview with Reuters.",
     {("John Doe", "interviewedBy", "Reuters")}, {("Jane Roe", "interviewedBy", "Reuters")}),
    ("Jane Roe and John Doe said in an interview with Reuters that they would leave.",
     {("John Doe", "interviewedBy", "Reuters"), ("Jane Roe", "interviewedBy", "Reuters")}, set()),
])
def test_partners_and_interviews(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")


@pytest.mark.parametrize("text, expected, wrong", [
    # "X, its Arabic language model": the possessive's company develops X
    ("Quibbl Labs will use the machines to run Quill 2, its Arabic language model, and to train "
     "future versions.", {("Quibbl Labs", "develops", "Quill 2")}, set()),
    ("Quibbl Labs, which owns Quill 2, has built new features.", {("Quibbl Labs", "develops", "Quill 2")}, set()),
    # deals between two companies, twice in a sentence; the apposition of the first pair's second
    # company is about it alone, and "and between" opens a new phrase, no list
    ("The agreement follows similar deals between Vantorix AI and Zorblax Inc, the owner of Plumly "
     "Labs, and between Vantorix AI and Quibbl Labs.",
     {("Vantorix AI", "partnerOf", "Zorblax Inc"), ("Vantorix AI", "partnerOf", "Quibbl Labs"),
      ("Plumly Labs", "subOrganizationOf", "Zorblax Inc")},
     {("Vantorix AI", "subOrganizationOf", "Zorblax Inc"), ("Quibbl Labs", "subOrganizationOf", "Zorblax Inc"),
      ("Plumly Labs", "subOrganizationOf", "Vantorix AI")}),
    ("Zorblax Inc, the owner of Vantorix AI and Plumly Labs, said so.",
     {("Vantorix AI", "subOrganizationOf", "Zorblax Inc"), ("Plumly Labs", "subOrganizationOf", "Zorblax Inc")},
     set()),
    # "designed by X with help from Y"
    ("The chips, designed by Vantorix AI with help from Quibbl Labs, will be produced in Taiwan.",
     {("Vantorix AI", "partnerOf", "Quibbl Labs")}, set()),
    # "counts A and B among its clients": the company right before the verb
    ("Founded by Jane Roe and two former Plumly Labs engineers, Quibbl Labs counts Vantorix AI and "
     "Zorblax Inc among its clients.",
     {("Quibbl Labs", "partnerOf", "Vantorix AI"), ("Quibbl Labs", "partnerOf", "Zorblax Inc")},
     {("Plumly Labs", "partnerOf", "Vantorix AI")}),
])
def test_p14_second_round(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")


@pytest.mark.parametrize("text, expected, wrong", [
    # "X, the search giant's AI research division": the owner is the organisation named before X,
    # not X itself
    ("Jane Roe led safety research for Vantorix AI's Quill models. Roe spent six years at Quibbl Labs, "
     "the search giant's AI research division, where she worked on evaluation.",
     {("Quibbl Labs", "subOrganizationOf", "Vantorix AI"), ("Jane Roe", "worksFor", "Quibbl Labs")}, set()),
    ("Plumly Labs designs chips for Vantorix AI, including the Z9 chips that Quibbl Labs, the "
     "company's cloud unit, rents to customers.",
     {("Quibbl Labs", "subOrganizationOf", "Vantorix AI")}, {("Quibbl Labs", "subOrganizationOf", "Plumly Labs")}),
    # "..., the company's chief executive Jane Roe said": a clause of its own, no unit of anyone
    ("Vantorix AI trained Quill 2 through a partnership with Quibbl Labs, the company's chief executive "
     "Jane Roe said.",
     set(), {("Quibbl Labs", "subOrganizationOf", "Vantorix AI"), ("Jane Roe", "ceoOf", "Quibbl Labs")}),
])
def test_owner_of_an_appositive_unit(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")


@pytest.mark.parametrize("text, expected, wrong", [
    # a semicolon ends the clause of "investing ... in": "in March" after it is no investment
    ("Vantorix AI has been investing heavily in power generation; in March it agreed to supply "
     "Quibbl Labs with energy.", set(), {("Vantorix AI", "investsIn", "Quibbl Labs")}),
    ("Vantorix AI has been investing heavily in Quibbl Labs and Plumly Labs.",
     {("Vantorix AI", "investsIn", "Quibbl Labs"), ("Vantorix AI", "investsIn", "Plumly Labs")}, set()),
    # "a third chip, code-named X"
    ("Vantorix AI said it would use the money to hire engineers and to tape out a third chip, "
     "code-named Kestrel, in 2027.", {("Vantorix AI", "develops", "Kestrel")}, set()),
    ("Vantorix AI said Quibbl Labs would tape out a chip, code-named Kestrel, in 2027.",
     set(), {("Vantorix AI", "develops", "Kestrel")}),
    # "the first site will house 60,000 of X's Y accelerators": the passage's company uses Y
    ("Vantorix AI is building data centers in Texas. The first site, near Abilene, will house about "
     "60,000 of Quibbl Labs' Z900 accelerators when it opens.",
     {("Vantorix AI", "usesHardware", "Z900")}, {("Quibbl Labs", "usesHardware", "Z900")}),
    # "a 30% stake in the Texas project company X"
    ("The plan is backed by Plumly Capital, which takes a 30% stake in the Texas project company "
     "Vantorix AI.", {("Plumly Capital", "investsIn", "Vantorix AI")}, set()),
])
def test_p14_third_round(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")


@pytest.mark.parametrize("text, expected, wrong", [
    # a conjunct before a speech verb after "backed by A" is the subject of a new clause
    ("Vantorix AI, the London research company backed by Zorblax Capital, and drug developer Plumly "
     "Labs said on Monday they would jointly develop models.",
     {("Zorblax Capital", "investsIn", "Vantorix AI"), ("Vantorix AI", "partnerOf", "Plumly Labs")},
     {("Plumly Labs", "investsIn", "Vantorix AI")}),
    ("Vantorix AI is backed by Zorblax Capital and Plumly Labs, the company said.",
     {("Zorblax Capital", "investsIn", "Vantorix AI"), ("Plumly Labs", "investsIn", "Vantorix AI")}, set()),
    # the short name of "X Bio" is X
    ("Novartis signed a deal with Helix Bio last year. Helix is a unit of Plumly Pharma.",
     {("Helix Bio", "subOrganizationOf", "Plumly Pharma")}, set()),
])
def test_p14_fourth_round(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")
