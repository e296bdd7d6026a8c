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


@pytest.mark.parametrize("text, expected, wrong", [
    # founders: "X's founder, P," and "X, whose founder P"
    ("Plumly Labs's founder, Jane Roe, now leads Vantorix AI's mapping division.",
     {("Jane Roe", "founderOf", "Plumly Labs")}, {("Jane Roe", "founderOf", "Vantorix AI")}),
    ("Vantorix AI has invested billions of dollars in Plumly Labs, whose founder Jane Roe now leads a lab.",
     {("Jane Roe", "founderOf", "Plumly Labs"), ("Vantorix AI", "investsIn", "Plumly Labs")},
     {("Jane Roe", "founderOf", "Vantorix AI")}),
    # backers: "X's largest backer, Y"; "Y, which is also an investor"; "with backers including";
    # "counts Y among its shareholders"
    ("Jane Roe left to start a firm, which has raised money from Vantorix AI's largest backer, Zorblax Capital.",
     {("Zorblax Capital", "investsIn", "Vantorix AI")}, set()),
    ("Vantorix AI builds models. Vantorix AI trains on Quibbl Labs' Z9 chips under an agreement with "
     "Quibbl Labs, which is also an investor.",
     {("Quibbl Labs", "investsIn", "Vantorix AI")}, set()),
    ("Plumly Labs runs the leaderboard. Vantorix AI is France's best-funded AI company, with backers "
     "including Zorblax Capital and Quibbl Labs.",
     {("Zorblax Capital", "investsIn", "Vantorix AI"), ("Quibbl Labs", "investsIn", "Vantorix AI")},
     {("Zorblax Capital", "investsIn", "Plumly Labs")}),
    ("Vantorix AI was founded by Jane Roe, a former researcher at Plumly Labs, and counts Zorblax Capital "
     "among its shareholders.", {("Zorblax Capital", "investsIn", "Vantorix AI")},
     {("Zorblax Capital", "investsIn", "Plumly Labs")}),
    # partners: a joint venture; a deal signed after a long apposition; "but it has partnered"
    # after a negated clause; "licenses X from Y"
    ("Vantorix AI, a Dutch startup that makes optical interconnects, said on Monday it had formed a joint "
     "venture with Taiwan's Quibbl Labs to package its chips.", {("Vantorix AI", "partnerOf", "Quibbl Labs")}, set()),
    ("Vantorix AI itself does not train frontier models, but it has partnered with Quibbl Labs and "
     "Plumly Labs to host them.",
     {("Vantorix AI", "partnerOf", "Quibbl Labs"), ("Vantorix AI", "partnerOf", "Plumly Labs")}, set()),
    ("Vantorix AI has partnered with Quibbl Labs, but it does not work with Plumly Labs.",
     {("Vantorix AI", "partnerOf", "Quibbl Labs")}, {("Vantorix AI", "partnerOf", "Plumly Labs")}),
    ("Vantorix AI fine-tunes Zephon-3 for code completion and licenses Quill 2 from Quibbl Labs for "
     "longer tasks.", {("Vantorix AI", "partnerOf", "Quibbl Labs")}, set()),
    # rivals: "faces competition from A and abroad from B"; "X's chief rival, Y,"; "X's models
    # compete with Y's"
    ("Vantorix AI faces competition at home from Quibbl Labs and abroad from Plumly Labs.",
     {("Vantorix AI", "competesWith", "Quibbl Labs"), ("Vantorix AI", "competesWith", "Plumly Labs")}, set()),
    ("Vantorix AI's chief rival, Quibbl Labs, is backed by Zorblax Capital.",
     {("Quibbl Labs", "competesWith", "Vantorix AI"), ("Zorblax Capital", "investsIn", "Quibbl Labs")},
     {("Zorblax Capital", "competesWith", "Vantorix AI")}),
    ("Vantorix AI's models compete directly with Quibbl Labs' Zephon series in China.",
     {("Vantorix AI", "competesWith", "Quibbl Labs")}, set()),
    ("The deal puts Vantorix AI in more direct competition with Quibbl Labs in developer tools.",
     {("Vantorix AI", "competesWith", "Quibbl Labs")}, set()),
])
def test_set2_backers_partners_rivals(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")


@pytest.mark.parametrize("text, expected, wrong", [
    # parts and purchases
    ("Vantorix AI already sells its own system, which came out of its 2017 purchase of Quibbl Labs, a "
     "California startup.", {("Vantorix AI", "acquired", "Quibbl Labs")}, set()),
    ("Zorblax Inc's purchase of Quibbl Labs was approved, Vantorix AI said.",
     {("Zorblax Inc", "acquired", "Quibbl Labs")}, {("Vantorix AI", "acquired", "Quibbl Labs")}),
    ("Quibbl Labs now operates as part of Vantorix AI's collaboration division.",
     {("Quibbl Labs", "subOrganizationOf", "Vantorix AI")}, set()),
    ("Vantorix AI, the self-driving unit spun off from carmaker Quibbl Labs in 2021, will launch a taxi service.",
     {("Vantorix AI", "subOrganizationOf", "Quibbl Labs")}, set()),
    # "X's rival group Y" is no group of X
    ("Plumly Labs is backed by Quibbl Labs's rival group Zorblax Inc.",
     set(), {("Zorblax Inc", "subOrganizationOf", "Quibbl Labs")}),
    # chief executives: "runs the company X as chief executive", "step down and be replaced by"
    ("Jane Roe runs the company Vantorix AI as chief executive, while John Doe leads research.",
     {("Jane Roe", "ceoOf", "Vantorix AI")}, {("John Doe", "ceoOf", "Vantorix AI")}),
    ("Vantorix AI said on Friday that co-founder and chief executive John Doe would step down and be "
     "replaced by Jane Roe, the company's president.",
     {("Jane Roe", "ceoOf", "Vantorix AI"), ("John Doe", "ceoOf", "Vantorix AI")}, set()),
    # an appositive person told an outlet
    ("Jane Roe, a former researcher at Plumly Labs, the French agricultural research institute, told "
     "Reuters that the aim was clear.", {("Jane Roe", "interviewedBy", "Reuters")}, set()),
    # "X says its model was trained on Y's chips"
    ("Vantorix AI, which is backed by Quibbl Labs, says Quill 2 was trained entirely on Plumly Labs' Z9 processors.",
     {("Vantorix AI", "usesHardware", "Z9")}, {("Quibbl Labs", "usesHardware", "Z9")}),
    # "driving system, X"; a clinic is an organisation
    ("The fleet is fitted with Vantorix AI's fifth-generation driving system, Quill 2.",
     {("Vantorix AI", "develops", "Quill 2")}, set()),
    ("Jane Roe co-founded Vantorix AI in 2019 with John Doe, a radiologist who previously worked at the "
     "Mayo Clinic.", {("John Doe", "worksFor", "Mayo Clinic")}, set()),
])
def test_set2_parts_heads_and_things(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")


@pytest.mark.parametrize("text, expected, wrong", [
    # a sentence-initial "it" continues the model the sentence before opens with, not the one named last
    ("The model, Quill 5, scored 71.2 on the measure, ahead of Zephon-3 at 70.4. It is the successor to "
     "Quill 4, which Vantorix AI released last summer.",
     {("Quill 5", "versionOf", "Quill 4"), ("Vantorix AI", "develops", "Quill 4")},
     {("Zephon-3", "versionOf", "Quill 4")}),
])
def test_it_continues_the_model_opening_the_sentence_before(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")


@pytest.mark.parametrize("text, expected, wrong", [
    # "and is cheaper than B" has the first verb's subject, also after "the lab claims"
    ("Quill 4 matches Vantorix AI's Zephon-5 on coding benchmarks and is cheaper to run than Quibbl "
     "Labs' Orin-3.", {("Quill 4", "comparedTo", "Zephon-5"), ("Quill 4", "comparedTo", "Orin-3")},
     {("Zephon-5", "comparedTo", "Orin-3")}),
    ("The lab claims Quill 4 matches Vantorix AI's Zephon-5 on coding benchmarks and is cheaper to run "
     "than Quibbl Labs' Orin-3.", {("Quill 4", "comparedTo", "Orin-3")}, {("Zephon-5", "comparedTo", "Orin-3")}),
    # a deal without an article after a long apposition
    ("Vantorix AI, the music startup behind the song generator Quill 2, has signed licensing deals with "
     "Quibbl Labs and Plumly Labs, the companies said.",
     {("Vantorix AI", "partnerOf", "Quibbl Labs"), ("Vantorix AI", "partnerOf", "Plumly Labs")}, set()),
    # a country in a list of rivals is no organisation
    ("Vantorix AI is competing with Quibbl Labs and Plumly Labs in the United States.",
     {("Vantorix AI", "competesWith", "Quibbl Labs"), ("Vantorix AI", "competesWith", "Plumly Labs")},
     {("Vantorix AI", "competesWith", "United States")}),
])
def test_set2_second_round(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")


@pytest.mark.parametrize("text, expected, wrong", [
    # a function run in a second clause or a relative clause: the passage's company
    ("Vantorix AI builds chips. Jane Roe runs the company as chief executive, while John Doe leads research.",
     {("Jane Roe", "ceoOf", "Vantorix AI"), ("John Doe", "worksFor", "Vantorix AI")}, set()),
    ("Vantorix AI builds chips. John Doe, who leads engineering, previously worked at Quibbl Labs.",
     {("John Doe", "worksFor", "Vantorix AI"), ("John Doe", "worksFor", "Quibbl Labs")}, set()),
    ("Vantorix AI builds chips. John Doe, who studied engineering, previously worked at Quibbl Labs.",
     {("John Doe", "worksFor", "Quibbl Labs")}, {("John Doe", "worksFor", "Vantorix AI")}),
    # "..., which it acquired": the clause's company
    ("The launch comes after Vantorix AI merged its mapping team with map maker Quibbl Labs, which it "
     "acquired last year.", {("Vantorix AI", "acquired", "Quibbl Labs")}, set()),
    ("Vantorix AI said Quibbl Labs, which it did not name a price for, was sold to Plumly Labs.",
     set(), {("Vantorix AI", "acquired", "Quibbl Labs")}),
])
def test_set2_third_round(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")


@pytest.mark.parametrize("text, expected, wrong", [
    ("Vantorix AI faces competition beyond Quibbl Labs.", {("Vantorix AI", "competesWith", "Quibbl Labs")}, set()),
    # "win customers from A and B" (and no partnership of A and B from "which together")
    ("Vantorix AI charges little. The company is trying to win enterprise customers from Quibbl Labs and "
     "Plumly Labs, which together dominate that market.",
     {("Vantorix AI", "competesWith", "Quibbl Labs"), ("Vantorix AI", "competesWith", "Plumly Labs")},
     {("Quibbl Labs", "partnerOf", "Plumly Labs")}),
    ("Vantorix AI won a contract from Quibbl Labs.", set(), {("Vantorix AI", "competesWith", "Quibbl Labs")}),
    # "The launch adds pressure on X": a rival of the passage's company
    ("Vantorix AI released Quill 5 on Monday. The launch adds pressure on Quibbl Labs.",
     {("Vantorix AI", "competesWith", "Quibbl Labs")}, set()),
])
def test_more_rivals(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")


@pytest.mark.parametrize("text, expected, wrong", [
    # "left to start her own company, X,": X is a new organisation she founded
    ("Mei Lin left Vantorix AI to start her own company, Quillstone, which is building evaluation tools.",
     {("Mei Lin", "founderOf", "Quillstone"), ("Mei Lin", "worksFor", "Vantorix AI")},
     {("Mei Lin", "founderOf", "Vantorix AI")}),
])
def test_own_company_in_apposition(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")


@pytest.mark.parametrize("text, expected, wrong", [
    # "to start a robotics firm, X,": an indefinite company noun types the name in apposition
    ("Omar Haddad left Vantorix AI last year to start a robotics firm, Kinetica, which has raised money "
     "from Vantorix AI's largest backer, Zorblax Capital.",
     {("Omar Haddad", "founderOf", "Kinetica"), ("Zorblax Capital", "investsIn", "Vantorix AI")},
     {("Omar Haddad", "founderOf", "Vantorix AI")}),
    # a person named after "a startup," is no organisation
    ("She previously worked at a startup, Jane Roe said of Vantorix AI.",
     set(), {("Jane Roe", "worksFor", "Vantorix AI")}),
])
def test_indefinite_company_noun_in_apposition(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")


def test_indefinite_company_noun_names_no_person(extractor_real):
    from tests.extract.conftest import ents

    found = ents(extractor_real.pipeline("en"), "She previously worked at a startup, Jane Roe said.")
    assert ("Jane Roe", "Person") in found and ("Jane Roe", "Organization") not in found


@pytest.mark.parametrize("text, expected, wrong", [
    # the agent of "bought by" is an organisation; the verb "bought by" gives no acquisition by the
    # sentence's subject
    ("Vantorix AI competes with Bilberry Labs, a French rival that was bought by Trimble in 2020.",
     {("Trimble", "acquired", "Bilberry Labs"), ("Vantorix AI", "competesWith", "Bilberry Labs")},
     {("Vantorix AI", "acquired", "Trimble"), ("Vantorix AI", "acquired", "Bilberry Labs")}),
])
def test_agent_of_bought_by(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")
