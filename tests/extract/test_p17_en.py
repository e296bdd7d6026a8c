"""English names and relations found missing or wrong on fresh training articles of the p17 round
(2026-11-28: en-r, en-s). Every name is invented; "Acme", "Zorblax", "Jane Roe", "Rocket", "Rocket 2"
and "Kestro Edge" are in the test catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text, ents

NAMES = [
    # a firm named after a person, after a role and "at"
    ("Tomasz Wiel, a former software engineer at John Deere, joined Acme.", {("John Deere", "Organization")}),
    ("Rob Chen, a former engineer at Jane Street, joined Acme.", {("Jane Street", "Organization")}),
    # a podcast's name before "podcast"
    ("Jana Roe said on the Vantor News podcast that prices would fall.", {("Vantor News", "Organization")}),
]


@pytest.mark.parametrize("text, expected", NAMES)
def test_english_names_p17(nlp_en, text, expected) -> None:
    assert expected <= ents(nlp_en, text)


def test_english_names_that_stay_persons(nlp_en) -> None:
    # a possessive after the name: a person's lab
    assert ("Mark Selby", "Person") in ents(nlp_en, "Jana Roe, who was chief of staff at Mark Selby's lab, joined Acme.")


ENGLISH = [
    # "the company" after "backers A and the agribusiness giant B": neither investor, the company they back
    ("Zorblax, a Boston startup, has raised $48 million in a round led by Hillpeak Partners. Existing backers "
     "Vantor Ventures and the agribusiness giant Cargo also took part, the company said on Tuesday. The company "
     "was founded in 2021 by Priya Raman.",
     {("Priya Raman", "founderOf", "Zorblax")},
     {("Priya Raman", "founderOf", "Cargo"), ("Priya Raman", "founderOf", "Vantor Ventures")}),
    # founders after an apposition's head of any kind
    ("Zorblax, the Austin chip designer started by former Acme engineers Rachel Okon and Felix Brandt, unveiled a chip.",
     {("Rachel Okon", "founderOf", "Zorblax"), ("Felix Brandt", "founderOf", "Zorblax"),
      ("Felix Brandt", "worksFor", "Acme")},
     {("Felix Brandt", "founderOf", "Acme")}),
    ("Asked about Zorblax, the Heidelberg company whose founder Jonas Kerr spoke at the event, she smiled.",
     {("Jonas Kerr", "founderOf", "Zorblax")}, set()),
    # interviews on a podcast
    ("Jana Roe said on the Vantor News podcast that prices would fall.", {("Jana Roe", "interviewedBy", "Vantor News")}, set()),
    # an arm in a relative clause
    ("The deal gives Acme, whose IT services arm Vantor Systems already runs a cloud, an answer.",
     {("Vantor Systems", "subOrganizationOf", "Acme")}, set()),
    ("Acme, whose chief executive Jane Roe spoke on Monday, grew.", set(),
     {("Jane Roe", "subOrganizationOf", "Acme")}),
    # "pitted A against B"
    ("Researchers who pitted Rocket against Zorblax's Quill 2 found that Rocket trailed.",
     {("Rocket", "comparedTo", "Quill 2")}, set()),
    # hires: "lured away"
    ("In March the grid software firm Zorblax lured away Raj Venk, who had spent nine years at Acme.",
     {("Raj Venk", "worksFor", "Zorblax"), ("Raj Venk", "worksFor", "Acme")}, set()),
    # customers: "sells X to A and to B"
    ("Zorblax sells its forecasting software, GridPilot, to Acme and to the Dutch operator Vantor Energy.",
     {("Zorblax", "partnerOf", "Acme"), ("Zorblax", "partnerOf", "Vantor Energy")}, set()),
    ("Zorblax sold its robotics unit to Acme last year.", set(), {("Zorblax", "partnerOf", "Acme")}),
    # takeovers: "has absorbed"
    ("Separately, Acme has absorbed Zorblax, a Seattle startup.", {("Acme", "acquired", "Zorblax")}, set()),
    # compute rented from a cloud; its chips used
    ("The startup's engine runs on Kestro Edge chips that Zorblax leases from Vantor Cloud.",
     {("Zorblax", "partnerOf", "Vantor Cloud")}, set()),
    ("Zorblax will rent Kestro Edge accelerators from Vantor Cloud.",
     {("Zorblax", "partnerOf", "Vantor Cloud"), ("Zorblax", "usesHardware", "Kestro Edge")}, set()),
    # goals: "in pursuit of"
    ("Acme will spend $2 billion in pursuit of AGI, its chief executive Jana Roe said.",
     {("Acme", "pursues", "AGI"), ("Jana Roe", "ceoOf", "Acme")}, set()),
    # stakes "taken"
    ("Zorblax said that Acme had taken a minority stake in the company.", {("Acme", "investsIn", "Zorblax")}, set()),
    # "within N points of A and well ahead of B"
    ("Rocket scores within two points of Quill 2 and well ahead of Vexo 3, according to figures.",
     {("Rocket", "comparedTo", "Quill 2"), ("Rocket", "comparedTo", "Vexo 3")}, set()),
    # funded by a company's rival: the rival funds it, and is the company's rival
    ("Zorblax is funded by Acme's domestic rival Vantor Labs and by the shipping group Cargo Lines.",
     {("Vantor Labs", "investsIn", "Zorblax"), ("Cargo Lines", "investsIn", "Zorblax"),
      ("Vantor Labs", "competesWith", "Acme")},
     {("Zorblax", "competesWith", "Vantor Labs"), ("Zorblax", "competesWith", "Cargo Lines")}),
    # an investor "with X taking part"
    ("In March, Zorblax raised $600 million, led by Hillpeak Capital with Vantor Ventures, Acme's venture arm, taking part.",
     {("Hillpeak Capital", "investsIn", "Zorblax"), ("Vantor Ventures", "investsIn", "Zorblax")},
     {("Acme", "investsIn", "Zorblax")}),
    # "left and launched X"
    ("Jana Roe, Acme's former chief technology officer, left in 2024 and launched Zorblax Labs, which raised money.",
     {("Jana Roe", "founderOf", "Zorblax Labs"), ("Jana Roe", "worksFor", "Acme")}, {("Jana Roe", "founderOf", "Acme")}),
    # "puts it head to head with"
    ("Zorblax's pitch puts it head to head with Acme, which also sells deployments.",
     {("Zorblax", "competesWith", "Acme")}, set()),
    # a chip's maker after "which makes the chips"; "which A designs and B fabricates"
    ("Zorblax will rent Kestro Edge accelerators from Vantor Cloud. Acme, which makes the chips, is also an investor in the lab.",
     {("Acme", "manufactures", "Kestro Edge")}, set()),
    ("Zorblax buys 36,000 Kestro Edge GPUs, which Acme designs and Vantor Foundry fabricates in Taiwan.",
     {("Acme", "develops", "Kestro Edge"), ("Vantor Foundry", "manufactures", "Kestro Edge")},
     {("Acme", "manufactures", "Kestro Edge")}),
    ("Vantor Labs produces the Kestro Edge accelerator on which Zorblax trains its models.",
     {("Zorblax", "usesHardware", "Kestro Edge")}, set()),
    # the short name of a new two-word company an apposition describes
    ("Lattice Reasoning, a San Francisco startup that builds agents, has raised $120 million. Lattice was "
     "started in 2023 by Priya Natar.", {("Priya Natar", "founderOf", "Lattice Reasoning")}, set()),
    # units: "will become part of", "as a separate X subsidiary", "turned its team into"; "Acme's lab" is no anaphor
    ("Vantor, the robotics company that graduated from Zorblax's lab in 2021, will become part of Acme.",
     {("Vantor", "subOrganizationOf", "Acme")}, {("Vantor", "subOrganizationOf", "Zorblax")}),
    ("Its co-founder also runs Vantor Labs, a drug-discovery spin-off that he set up in 2021 as a separate Acme subsidiary.",
     {("Vantor Labs", "subOrganizationOf", "Acme")}, set()),
    ("Acme paid $1.3 billion for Zorblax in 2023 and turned its team into Vantor AI, the research group that released models.",
     {("Vantor AI", "subOrganizationOf", "Acme"), ("Acme", "acquired", "Zorblax")},
     {("Vantor AI", "subOrganizationOf", "Zorblax")}),
    # "A and B ... co-developed X"
    ("Acme and Zorblax chose a partnership instead and co-developed Quill 2, a model for banks.",
     {("Acme", "develops", "Quill 2"), ("Zorblax", "develops", "Quill 2")}, set()),
    # "works with"; "after working at"
    ("Zorblax is funded by a foundation and works with the UK's Vantor Institute on tests.",
     {("Zorblax", "partnerOf", "Vantor Institute")}, set()),
    ("Acme, whose chief executive Jonathan Rossi started the company after working on custom chips at Zorblax, declined.",
     {("Jonathan Rossi", "worksFor", "Zorblax"), ("Jonathan Rossi", "ceoOf", "Acme")}, set()),
    # "a rival to X, Y,"; "led a round in X together with A and B"; "has backed"
    ("A younger rival to Acme, Hamburg's Zorblax AI, is betting on the opposite approach.",
     {("Zorblax AI", "competesWith", "Acme")}, set()),
    ("The Vantor Group led a $500 million round in Acme in 2023 together with Zorblax and Kestrel Labs.",
     {("Vantor Group", "investsIn", "Acme"), ("Zorblax", "investsIn", "Acme"), ("Kestrel Labs", "investsIn", "Acme")},
     set()),
    ("Alibaba is the largest shareholder in Acme, while Vantor Capital has backed Zorblax.",
     {("Vantor Capital", "investsIn", "Zorblax")}, {("Vantor Capital", "investsIn", "Acme")}),
    # a chip "that X designed"; "A and B, two start-ups, combined into a single company"
    ("It used 2,048 Kestro Edge chips, a cut-down version that Acme designed for China.",
     {("Acme", "develops", "Kestro Edge")}, set()),
    ("Last month Zorblax and Vantor Silicon, two start-ups working on optics, combined into a single company.",
     {("Zorblax", "mergedWith", "Vantor Silicon")}, set()),
    # a chief's implicit company yields to the one a later rule names ("X, whose chief executive P")
    ("Zorblax is the topic. Zorblax grew. Acme, whose chief executive Jana Roe has courted labs, holds no stake in Zorblax.",
     {("Jana Roe", "ceoOf", "Acme")}, {("Jana Roe", "ceoOf", "Zorblax")}),
    # "A and B, who runs X": the one who runs it
    ("Acme chief executive Tim Hoell and Vierling, who runs Zorblax, appeared together.",
     {("Tim Hoell", "ceoOf", "Acme")}, {("Tim Hoell", "ceoOf", "Zorblax")}),
    # "before setting up the company": the company founded, not the employer named before it
    ("Zorblax makes optical chips. Zorblax landed Acme as a customer. Jana Rao, who spent eight years in "
     "Vantor's photonics group before setting up the company in 2022, said so.",
     {("Jana Rao", "founderOf", "Zorblax")}, {("Jana Rao", "founderOf", "Vantor")}),
    ("Zorblax builds robots. Zorblax chief executive Owen Mbeki, who spent eleven years at Vantor before "
     "co-founding the company in 2021, spoke.", {("Owen Mbeki", "founderOf", "Zorblax")},
     {("Owen Mbeki", "founderOf", "Vantor")}),
    # a place before "-based" is no company
    ("Zorblax merged with Edinburgh-based Vantor Reasoning last year.", {("Zorblax", "mergedWith", "Vantor Reasoning")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", ENGLISH)
def test_relations_p17_en(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")


GOALS = [
    ("Zorblax is committed to sovereign compute for Europe.", {("Zorblax", "pursues", "sovereign compute")}, set()),
    ("Acme says its goal is decarbonisation of the grid by 2035.", {("Acme", "pursues", "decarbonisation")}, set()),
    ("\"Open source is not charity for Zorblax, it is our business model,\" said Jana Roe.",
     {("Zorblax", "pursues", "Open Source")}, set()),
    ("\"Open source is in Zorblax's DNA and it stays that way,\" Roe said.", {("Zorblax", "pursues", "Open Source")}, set()),
    # an apposition between the company and "wants to reach": the company, not the person or company in it
    ("In Paris, Zorblax, set up by former Acme researcher Amy Laurent, wants to reach AGI through agents.",
     {("Zorblax", "pursues", "AGI")}, {("Acme", "pursues", "AGI"), ("Amy Laurent", "pursues", "AGI")}),
    ("Kang told reporters, describing sovereign AI as the central goal of Zorblax.",
     {("Zorblax", "pursues", "sovereign AI")}, set()),
    ("AGI, which Zorblax lists as its stated goal, should be approached slowly.", {("Zorblax", "pursues", "AGI")}, set()),
    ("Both Acme and Zorblax pitch digital sovereignty to their customers.",
     {("Acme", "pursues", "digital sovereignty"), ("Zorblax", "pursues", "digital sovereignty")}, set()),
    ("Jana Roe is betting heavily on AGI.", {("Jana Roe", "pursues", "AGI")}, set()),
    ("Zorblax has one goal: AGI.", {("Zorblax", "pursues", "AGI")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", GOALS)
def test_goals_p17_en(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")


PRECISION = [
    # a country is no short name of a company named after it
    ("Zorblax merged with Vantor Korea. Jana Roe spoke to the Korea Herald about Korea.",
     set(), {("Korea Herald", "mergedWith", "Zorblax")}),
    # a speculated takeover is none
    ("Reports last year that Acme was in talks to acquire Zorblax were never confirmed.", set(),
     {("Acme", "acquired", "Zorblax")}),
    ("Asked whether Acme might try to buy Zorblax, Jana Roe laughed.", set(), {("Acme", "acquired", "Zorblax")}),
    ("Acme acquired Zorblax in March.", {("Acme", "acquired", "Zorblax")}, set()),
    # a plan is one (as the dev gold reads "plans to acquire"); a date's "May" is no hedge
    ("Acme said it plans to acquire Zorblax for $2 billion.", {("Acme", "acquired", "Zorblax")}, set()),
    ("BERLIN, May 14 (Vantor) - Acme has agreed to acquire Zorblax, the companies said.",
     {("Acme", "acquired", "Zorblax")}, set()),
    # a round raised by a spin-out is not raised by the university it came from
    ("Zorblax, a spin-out from the University of Vantor, has raised $80 million in a round led by Hillpeak Capital.",
     {("Hillpeak Capital", "investsIn", "Zorblax")}, {("Hillpeak Capital", "investsIn", "University of Vantor")}),
    # "A and B, X's chief executive": B's role
    ("Okafor Lane and Demis Hollis, Acme's chief executive, both spoke in Paris.",
     {("Demis Hollis", "ceoOf", "Acme")}, {("Okafor Lane", "ceoOf", "Acme")}),
    # "it took over" in a clause of another subject
    ("Acme, which bought Vantor Labs and Zorblax in 2024, employs staff inherited from Kestrel Networks, the firm it took over in 2020.",
     set(), {("Zorblax", "acquired", "Kestrel Networks")}),
    # "X, which is led by co-founder P": P founded X, not the text's topic
    ("Zorblax is the topic here. Zorblax grew. Vantor AI, which is led by co-founder Yang Zhi, counts Acme among its investors.",
     {("Yang Zhi", "founderOf", "Vantor AI")}, {("Yang Zhi", "founderOf", "Zorblax")}),
]


@pytest.mark.parametrize("text, expected, wrong", PRECISION)
def test_precision_p17_en(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")


THINGS = [
    # "the model built by A subsidiary B": B built it and belongs to A
    ("The company says Rocket outperforms Quill 2, the model built by Acme subsidiary Zorblax Intuitions, on tests.",
     {("Zorblax Intuitions", "develops", "Quill 2"), ("Zorblax Intuitions", "subOrganizationOf", "Acme")},
     {("Acme", "develops", "Quill 2")}),
    # a supercomputer built by one company and operated by another
    ("Zorblax trained the model on Kestro Edge, the Finnish supercomputer built by Acme and operated by the "
     "IT centre Vantor Compute.",
     {("Acme", "manufactures", "Kestro Edge"), ("Vantor Compute", "usesHardware", "Kestro Edge")},
     {("Acme", "develops", "Kestro Edge")}),
    # roles: "co-chief executive"; "P, who left X, is Y's chief executive"
    ("Jana Roe, Zorblax's co-chief executive, said the model was trained in March.", {("Jana Roe", "ceoOf", "Zorblax")}, set()),
    ("Jana Roe, who left Acme in March last year, is Zorblax's chief executive.",
     {("Jana Roe", "ceoOf", "Zorblax"), ("Jana Roe", "worksFor", "Acme")}, {("Jana Roe", "ceoOf", "Acme")}),
    # "co-led by the A and B"; "supply X with its chips"; "and before that was ... at X"
    ("Zorblax raised 12 billion yen this spring in a Series B co-led by the Vantor Investment Corporation and Acme.",
     {("Vantor Investment Corporation", "investsIn", "Zorblax"), ("Acme", "investsIn", "Zorblax")}, set()),
    ("Acme will supply Zorblax with its Kestro Edge accelerators under a separate deal.",
     {("Zorblax", "usesHardware", "Kestro Edge"), ("Acme", "partnerOf", "Zorblax")}, set()),
    ("Zorblax is run by Jana Roe, who previously headed Acme Digital and before that was a senior executive at the group Vantor.",
     {("Jana Roe", "ceoOf", "Zorblax"), ("Jana Roe", "worksFor", "Vantor")}, {("Jana Roe", "ceoOf", "Vantor")}),
    # "X, a company founded by P, which is building the Y model"; "founded by P and financed by his fund F"
    ("Zorblax, a Riyadh company founded by Sara Otaibi, which is building the Sahm speech model for dialects, grew.",
     {("Zorblax", "develops", "Sahm"), ("Sara Otaibi", "founderOf", "Zorblax")}, set()),
    ("Zorblax, the Hangzhou lab founded by Liang Wen and financed entirely by his hedge fund Vantor Capital, disputed it.",
     {("Vantor Capital", "investsIn", "Zorblax")}, set()),
    ("Acme, which supplies data to Zorblax, now sells a service, and so does Vantor AI, a startup backed by Hillpeak Partners.",
     {("Hillpeak Partners", "investsIn", "Vantor AI")}, {("Hillpeak Partners", "investsIn", "Acme")}),
    # models "go head-to-head with"
    ("Rocket had been built to go head-to-head with Acme's Quill 2 on agentic tasks.", {("Rocket", "competesWith", "Quill 2")}, set()),
    # "a spin-off of A that remains majority-owned by its parent": the spin-off belongs to A, not A to it
    ("Zorblax, a spin-off of Acme that remains majority-owned by its parent, ordered chips.",
     {("Zorblax", "subOrganizationOf", "Acme")}, {("Acme", "subOrganizationOf", "Zorblax")}),
    # customers: "among the first customers of X"
    ("Zorblax is also among the first customers of Acme, the Bristol chip designer.", {("Zorblax", "partnerOf", "Acme")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", THINGS)
def test_things_and_roles_p17_en(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")
