"""English news constructions beyond the dev set: supply deals, moves between employers, rivals,
coordinations of possessed names, abandoned deals (all names invented)."""

from __future__ import annotations

import pytest

from kg.extract.patterns import Rule
from kg.model import Document
from tests.extract.conftest import check_relations, triples

CASES = [
    # suppliers and customers: buying products from a company is no acquisition
    ("Acme has signed a multi-year agreement to buy custom accelerators from Zorblax, a chip startup.",
     {("Acme", "partnerOf", "Zorblax")}, {("Acme", "acquired", "Zorblax")}),
    ("Acme agreed to buy Zorblax from its founders.", {("Acme", "acquired", "Zorblax")}, set()),
    ("Zorblax, which signed a multi-year agreement to supply Acme with 20,000 GPUs, grew.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Under the deal, Acme becomes an anchor customer for a new Zorblax data center.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Acme and Zorblax announced a partnership between Acme and Zorblax in May.", {("Acme", "partnerOf", "Zorblax")}, set()),
    ("The chatbot is sold through Acme's app and through Zorblax's cloud, under a partnership the two companies first struck in 2024.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    # hardware: long objects, coordinated chips
    ("Acme runs much of its Rocket traffic on clusters of Vorta X1 chips and on Zorblax Z900 accelerators.",
     {("Acme", "usesHardware", "Vorta X1"), ("Acme", "usesHardware", "Zorblax Z900")}, set()),
    ("Acme trains on Vorta X1 chips and Zorblax Z900 accelerators.",
     {("Acme", "usesHardware", "Vorta X1"), ("Acme", "usesHardware", "Zorblax Z900")}, set()),
    ("The startup Quibbl uses Vorta X1 chips operated by Zorblax in France.",
     {("Zorblax", "usesHardware", "Vorta X1")}, set()),
    ("Acme released Rocket 2 on Monday. The model was trained on a cluster of 18,000 Vorta X1 chips.",
     {("Acme", "usesHardware", "Vorta X1")}, set()),
    # comparisons with two possessed models
    ("Rocket 2 outperforms Zorblax's Rocket and Acme's Vela 3 on coding.",
     {("Rocket 2", "comparedTo", "Rocket"), ("Rocket 2", "comparedTo", "Vela 3"), ("Zorblax", "develops", "Rocket"),
      ("Acme", "develops", "Vela 3")}, {("Zorblax", "develops", "Vela 3")}),
    # moves between employers, heads of units
    ("Its chief executive, Jana Roe, was hired last year from Zorblax.", {("Jana Roe", "worksFor", "Zorblax")}, set()),
    ("Jana Roe, who previously led the protein-design team at Zorblax, spoke.",
     {("Jana Roe", "worksFor", "Zorblax")}, {("Jana Roe", "ceoOf", "Zorblax")}),
    ("Jana Roe, a former head of hardware at Zorblax, joined Acme.",
     {("Jana Roe", "worksFor", "Zorblax"), ("Jana Roe", "worksFor", "Acme")}, {("Jana Roe", "ceoOf", "Zorblax")}),
    ("Jana Roe, the head of Zorblax, joined Acme.", {("Jana Roe", "ceoOf", "Zorblax")}, set()),
    ("Acme professor Jana Roe founded the startup Quibbl.",
     {("Jana Roe", "worksFor", "Acme"), ("Jana Roe", "founderOf", "Quibbl")}, set()),
    ("Acme also confirmed it had poached Jana Roe, a senior researcher at Zorblax, who will head Quibbl Research.",
     {("Jana Roe", "worksFor", "Acme"), ("Jana Roe", "worksFor", "Zorblax"), ("Jana Roe", "ceoOf", "Quibbl Research")},
     {("Zorblax", "subOrganizationOf", "Acme")}),
    ("Acme, a veteran-led firm, said Zorblax had hired Jana Roe.", {("Jana Roe", "worksFor", "Zorblax")},
     {("Jana Roe", "worksFor", "Acme")}),
    ("The startup Quibbl makes robots. Jana Roe, who is the company's chief executive, said sales grew.",
     {("Jana Roe", "ceoOf", "Quibbl")}, set()),
    ("Jana Roe, who joined Acme in 2021 after a decade at Zorblax, will lead the effort.",
     {("Jana Roe", "worksFor", "Acme"), ("Jana Roe", "worksFor", "Zorblax")}, set()),
    ("Jana Roe joined Acme after years of talks with Zorblax.", {("Jana Roe", "worksFor", "Acme")},
     {("Jana Roe", "worksFor", "Zorblax")}),
    ("Jana Roe, a longtime Acme executive, was named chief executive of Zorblax.",
     {("Jana Roe", "worksFor", "Acme"), ("Jana Roe", "ceoOf", "Zorblax")}, {("Jana Roe", "ceoOf", "Acme")}),
    ("Jana Roe, a former Acme researcher who now runs Zorblax, said so.",
     {("Jana Roe", "worksFor", "Acme"), ("Jana Roe", "ceoOf", "Zorblax")}, set()),
    ("Jana Roe, the investor who leads Zorblax's new fund, spoke.", set(), {("Jana Roe", "ceoOf", "Zorblax")}),
    # interviews
    ("Speaking to CNBC, Acme chief executive Jana Roe said demand was strong.",
     {("Jana Roe", "interviewedBy", "CNBC"), ("Jana Roe", "ceoOf", "Acme")}, {("Jana Roe", "interviewedBy", "Acme")}),
    # founders: fronted titles, co-founders after "with"
    ("Acme released Rocket 2. Co-founder and chief executive Jana Roe told reporters it was cheap.",
     {("Jana Roe", "founderOf", "Acme"), ("Jana Roe", "ceoOf", "Acme")}, set()),
    ("Dovid Brask, who co-founded the company Acme with Jana Roe and Claire Dubois, said so.",
     {("Dovid Brask", "founderOf", "Acme"), ("Jana Roe", "founderOf", "Acme"), ("Claire Dubois", "founderOf", "Acme")}, set()),
    # units and acquisitions
    ("The startup Quibbl, which was co-founded by former Zorblax engineers Jana Roe and Dovid Brask, will become a unit of Acme.",
     {("Quibbl", "subOrganizationOf", "Acme"), ("Jana Roe", "founderOf", "Quibbl"), ("Jana Roe", "worksFor", "Zorblax")},
     {("Dovid Brask", "worksFor", "Acme"), ("Zorblax", "subOrganizationOf", "Acme")}),
    ("The startup Quibbl, a new lab that will be a unit of Acme, grew.", {("Quibbl", "subOrganizationOf", "Acme")}, set()),
    ("Jana Roe previously spent six years at Acme's Zorblax research group.",
     {("Zorblax", "subOrganizationOf", "Acme"), ("Jana Roe", "worksFor", "Zorblax")}, set()),
    ("Quibbl Robotics grew out of the startup Nuvolo, a drone maker Zorblax bought in 2023.",
     {("Zorblax", "acquired", "Nuvolo")}, set()),
    ("The startup Nuvolo, which Zorblax acquired in 2023, makes drones.", {("Zorblax", "acquired", "Nuvolo")}, set()),
    ("Acme walked away from talks to buy Zorblax.", set(), {("Acme", "acquired", "Zorblax")}),
    ("Acme is a subsidiary of Zorblax.", {("Acme", "subOrganizationOf", "Zorblax")}, set()),
    ("Acme, which is majority-owned by Zorblax, grew.", {("Acme", "subOrganizationOf", "Zorblax")}, set()),
    ("Acme is part of a group of rivals to Zorblax.", set(), {("Acme", "subOrganizationOf", "Zorblax")}),
    ("The startup Quibbl was started by two former Acme engineers, Jana Roe and Dovid Brask.",
     {("Jana Roe", "founderOf", "Quibbl"), ("Dovid Brask", "founderOf", "Quibbl")}, {("Jana Roe", "founderOf", "Acme")}),
    # investors: possessed rounds, co-investors, stakes, descriptions inside a coordination
    ("Zorblax, which led Acme's funding round last year alongside the startup Quibbl, holds a stake of about 11% in the company.",
     {("Zorblax", "investsIn", "Acme"), ("Quibbl", "investsIn", "Acme")}, set()),
    ("The startup Quibbl raised $5 million. Zorblax led the round alongside Acme.",
     {("Zorblax", "investsIn", "Quibbl"), ("Acme", "investsIn", "Quibbl")}, set()),
    ("The startup Quibbl is backed by Zorblax and the Singapore state investor Acme.",
     {("Zorblax", "investsIn", "Quibbl"), ("Acme", "investsIn", "Quibbl")}, set()),
    ("The startup Quibbl raised money from Zorblax and Saudi Arabia's Acme.",
     {("Zorblax", "investsIn", "Quibbl"), ("Acme", "investsIn", "Quibbl")}, set()),
    ("Acme holds a 10% stake in Zorblax.", {("Acme", "investsIn", "Zorblax")}, set()),
    ("Acme said on Monday it would buy a 20% stake in Zorblax.", {("Acme", "investsIn", "Zorblax")},
     {("Acme", "acquired", "Zorblax")}),
    ("Acme has poured billions into Zorblax.", {("Acme", "investsIn", "Zorblax")}, set()),
    # products named after a description, rivals keeping pace
    ("Acme's agent software, called Rocket 2, is popular.", {("Acme", "develops", "Rocket 2")}, set()),
    ("Acme is trying to keep pace with Zorblax.", {("Acme", "competesWith", "Zorblax")}, set()),
    ("Acme and Zorblax are fierce rivals.", {("Acme", "competesWith", "Zorblax")}, set()),
    ("Acme and Zorblax are not rivals.", set(), {("Acme", "competesWith", "Zorblax")}),
    ("Rocket 2, Acme's newest model, is fast.", {("Acme", "develops", "Rocket 2")}, set()),
    ("The Vorta X1 chip is built by Zorblax for Acme.", {("Zorblax", "develops", "Vorta X1")}, {("Acme", "develops", "Vorta X1")}),
    ("Acme has emerged as a major competitor to Zorblax.", {("Acme", "competesWith", "Zorblax")}, set()),
    ("Zorblax counts Acme among its largest customers.", {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Acme said it had deployed tens of thousands of Vorta X1 chips.", {("Acme", "usesHardware", "Vorta X1")}, set()),
    # a negation in a later clause leaves the first one standing
    ("Acme is also a competitor to Zorblax in inference, although Jana Roe said that the company will not take on Zorblax in training.",
     {("Acme", "competesWith", "Zorblax")}, set()),
    ("Acme will not take on Zorblax.", set(), {("Acme", "competesWith", "Zorblax")}),
    # "the startup" after a passive agent: the subject of the passage, not the agent
    ("The startup Quibbl designs the Vorta X1 chip. The chip is made by Zorblax on its new process. "
     "The startup, which is backed by Acme, has also hired Jana Roe.",
     {("Acme", "investsIn", "Quibbl")}, {("Acme", "investsIn", "Zorblax")}),
    # third round: joint ventures, partnerships of the passage's company, "whose", anaphors
    ("Jana Roe co-founded the startup Quibbl in 2023 with Dovid Brask.",
     {("Jana Roe", "founderOf", "Quibbl"), ("Dovid Brask", "founderOf", "Quibbl")}, set()),
    ("Acme and Zorblax, a chip startup, said on Monday they would combine their server businesses in a joint venture.",
     {("Acme", "partnerOf", "Zorblax")}, {("Acme", "mergedWith", "Zorblax")}),
    ("Acme released Rocket 2. The model was trained on Vorta X1 chips through a partnership with Zorblax.",
     {("Acme", "partnerOf", "Zorblax"), ("Acme", "usesHardware", "Vorta X1")}, set()),
    ("Acme released Rocket 2 under a deal that makes Zorblax a distribution partner.", {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Acme and the startup Quibbl, whose Rocket 2 model is popular, grew.", {("Quibbl", "develops", "Rocket 2")},
     {("Acme", "develops", "Rocket 2")}),
    ("Zorblax counts Acme among its customers and is backed by the startup Quibbl.", {("Zorblax", "partnerOf", "Acme")},
     {("Quibbl", "investsIn", "Acme")}),
    ("Acme released Rocket 2. It was trained through a partnership with Zorblax, the company's chief executive Jana Roe said.",
     {("Jana Roe", "ceoOf", "Acme")}, {("Jana Roe", "ceoOf", "Zorblax")}),
    ("Zorblax, which is also an investor in Acme, supplies chips.", {("Zorblax", "investsIn", "Acme")}, set()),
    # heads and roles with modifiers, successions, resignations
    ("Jana Roe, Acme's former chief executive, now advises Zorblax.", {("Jana Roe", "ceoOf", "Acme")}, set()),
    ("Jana Roe will succeed Dovid Brask as Acme's chief executive.", {("Jana Roe", "ceoOf", "Acme")}, set()),
    ("Jana Roe stepped down as Acme's chief executive last year.", {("Jana Roe", "ceoOf", "Acme")}, set()),
    ("Jana Roe, an engineer who left Zorblax last year, joined Acme.",
     {("Jana Roe", "worksFor", "Zorblax"), ("Jana Roe", "worksFor", "Acme")}, set()),
    ("Jana Roe has been named president of Acme.", {("Jana Roe", "worksFor", "Acme")}, {("Jana Roe", "ceoOf", "Acme")}),
    ("Jana Roe said Zorblax had been named head of research at Acme.", set(), {("Jana Roe", "worksFor", "Acme")}),
    ("Acme's chairman Jana Roe said so.", {("Jana Roe", "worksFor", "Acme")}, {("Jana Roe", "ceoOf", "Acme")}),
    # models framed against others, hardware bought, spent on or built with, goals
    ("Rocket 2 is Acme's answer to Zorblax's Vela 3.",
     {("Acme", "develops", "Rocket 2"), ("Rocket 2", "competesWith", "Vela 3"), ("Zorblax", "develops", "Vela 3")}, set()),
    ("Rocket 2 lags behind Vela 3 in coding.", {("Rocket 2", "comparedTo", "Vela 3")}, set()),
    ("Acme bought Zorblax's Vorta X1 chips from the startup Quibbl.",
     {("Acme", "usesHardware", "Vorta X1"), ("Acme", "partnerOf", "Quibbl")}, {("Acme", "acquired", "Zorblax"), ("Acme", "acquired", "Quibbl")}),
    ("Acme will build a supercomputer with 100,000 Vorta X1 chips.", {("Acme", "usesHardware", "Vorta X1")},
     {("Acme", "develops", "Vorta X1")}),
    ("Acme builds the Vorta X1 chip with Zorblax.", {("Acme", "develops", "Vorta X1")}, {("Acme", "usesHardware", "Vorta X1")}),
    ("Acme plans to spend $10 billion on Vorta X1 chips this year.", {("Acme", "usesHardware", "Vorta X1")}, set()),
    ("Acme said its goal is to build AGI.", {("Acme", "pursues", "AGI")}, set()),
    ("Acme, the company behind Rocket 2, raised money.", {("Acme", "develops", "Rocket 2")}, set()),
    ("Acme makes chips. The deal comes weeks after Acme walked away from talks to buy a larger rival, Zorblax, over price.",
     {("Acme", "competesWith", "Zorblax")}, {("Acme", "acquired", "Zorblax")}),
    ("Rocket 2, which was trained by Acme on Vorta X1 chips, is fast.",
     {("Acme", "develops", "Rocket 2"), ("Acme", "usesHardware", "Vorta X1")}, set()),
    ("The Vorta X1 chips that Acme uses are fast.", {("Acme", "usesHardware", "Vorta X1")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", CASES)
def test_english_news_constructions(extractor, text, expected, wrong):
    check_relations(extractor.extract(Document("t", text, language="en")), expected, wrong)


def test_negative_word_tests_of_the_pattern_language():
    before = Rule.parse("x\tacquired\t0.8\tS:ORG ~6 buy ~4 !<from O:ORG", 1)
    assert before.regex.search("<ORG#0> will buy rival <ORG#1> ")
    assert not before.regex.search("<ORG#0> will buy chips from <ORG#1> ")
    after = Rule.parse("x\tworksFor\t0.8\tS!:PER , !will|would _5 at|of O:ORG", 1)
    assert after.regex.search("<PER#0> , a researcher at <ORG#1> ")
    assert not after.regex.search("<PER#0> , will become a unit of <ORG#1> ")
    assert after.anchors == (frozenset({","}), (), ())      # a test without a unit is no anchor


# second round: a sentence-initial "It" for the company the passage is about, chips rented from a
# cloud, "took part in the round", comparisons "ahead of", interviews "with the X", rival appositions
ROUND2_CASES = [
    ("Quibbl AI, a startup in Lyon, sells chatbots to insurers. It counts Zorblax Labs and Vortamax Inc. among its customers.",
     {("Quibbl AI", "partnerOf", "Zorblax Labs"), ("Quibbl AI", "partnerOf", "Vortamax Inc.")}, set()),
    ("Quibbl AI, a startup in Lyon, sells chatbots to insurers. It is backed by Zorblax Ventures and Vortamax Capital.",
     {("Zorblax Ventures", "investsIn", "Quibbl AI"), ("Vortamax Capital", "investsIn", "Quibbl AI")}, set()),
    ("Quibbl AI, a startup in Lyon, sells chatbots to insurers. It is not backed by Zorblax Ventures.",
     set(), {("Zorblax Ventures", "investsIn", "Quibbl AI")}),
    ("Quibbl AI, a startup in Lyon, sells chatbots. It has also struck partnerships with the state rail operator Zorblax and with Vortamax Inc.",
     {("Quibbl AI", "partnerOf", "Zorblax"), ("Quibbl AI", "partnerOf", "Vortamax Inc.")}, set()),
    ("Quibbl AI, a startup in Lyon, sells chatbots. It competes with Zorblax.", {("Quibbl AI", "competesWith", "Zorblax")}, set()),
    # "It" that opens a sentence without a relation verb gives nothing
    ("Quibbl AI, a startup in Lyon, sells chatbots. It said Zorblax had been a customer in the past, without naming others.",
     set(), {("Quibbl AI", "investsIn", "Zorblax")}),
    # "It" continues the organisation that opened the sentence before: the subject after a fronted
    # phrase, not a name inside that phrase
    ("Quibbl AI, a startup in Lyon, sells chatbots. In tests shared with Zorblax, the Rocket 5 model scored well. "
     "It still trails Vortamax Inc.'s Nimbus 2 on math, a gap that CEO Jana Roe admits.",
     {("Jana Roe", "ceoOf", "Quibbl AI")}, {("Jana Roe", "ceoOf", "Zorblax")}),
    ("Quibbl AI, a startup in Lyon, sells chatbots. In a statement on Monday, Zorblax said it would expand. "
     "It still trails Vortamax Inc.'s Nimbus 2 on math, a gap that CEO Jana Roe admits.",
     {("Jana Roe", "ceoOf", "Zorblax")}, {("Jana Roe", "ceoOf", "Quibbl AI")}),
    # a possessive in a relative clause after "the Acme-owned lab" is the lab's, not the owner's
    ("Jana Roe spent eight years at Quibbl Labs, the Acme-owned research lab, where she ran the team that adapted "
     "its Rocket models for banks.", {("Quibbl Labs", "develops", "Rocket")}, {("Acme", "develops", "Rocket")}),
    ("Jana Roe joined Quibbl Labs, an Acme-backed startup, in 2020. The Acme-owned lab has since released its "
     "Rocket 2 model.", {("Quibbl Labs", "develops", "Rocket 2")}, {("Acme", "develops", "Rocket 2")}),
    ("Quibbl AI raised $50 million in a round led by Zorblax Ventures. Vortamax Capital also took part in the round.",
     {("Zorblax Ventures", "investsIn", "Quibbl AI"), ("Vortamax Capital", "investsIn", "Quibbl AI")}, set()),
    ("Quibbl AI trains its models on Vorta X1 chips rented from Zorblax.",
     {("Quibbl AI", "usesHardware", "Vorta X1"), ("Quibbl AI", "partnerOf", "Zorblax")},
     {("Quibbl AI", "develops", "Vorta X1")}),
    ("Quibbl AI's new model, the Rocket 5, scored 70% on a coding test, ahead of Zorblax's Vela 3.",
     {("Quibbl AI", "develops", "Rocket 5"), ("Rocket 5", "comparedTo", "Vela 3")}, set()),
    # the model after the comparison verb is no subject of a second comparison
    ("Rocket 5 outperforms Zorblax Labs' Vela 3 on math and comes close to Vortamax Inc.'s Nimbus 2.",
     {("Rocket 5", "comparedTo", "Vela 3"), ("Rocket 5", "comparedTo", "Nimbus 2")}, {("Vela 3", "comparedTo", "Nimbus 2")}),
    ("\"We grow,\" Quibbl AI Chief Executive Jana Roe said in an interview with the Lyon Herald.",
     {("Jana Roe", "interviewedBy", "Lyon Herald")}, set()),
    ("Quibbl AI released Rocket 5. The launch comes days after Zorblax, a smaller German rival, cut prices.",
     {("Zorblax", "competesWith", "Quibbl AI")}, set()),
    ("Quibbl AI released Rocket 5. Zorblax, a German insurer, cut prices.",
     set(), {("Zorblax", "competesWith", "Quibbl AI")}),
    ("The Quillo app, which is owned by Zorblax Labs, grew fast.", {("Zorblax Labs", "develops", "Quillo")}, set()),
    ("Zorblax Capital, which led the startup Quibbl AI's latest funding round, is based in Oslo.",
     {("Zorblax Capital", "investsIn", "Quibbl AI")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", ROUND2_CASES)
def test_english_news_constructions_round2(extractor, text, expected, wrong):
    check_relations(extractor.extract(Document("t", text, language="en")), expected, wrong)


def test_gap_without_mentions_of_a_type():
    rule = Rule.parse("x\tcomparedTo\t0.8\tS:MOD ~6!MOD ahead+of O:MOD", 1)
    assert rule.regex.search("<MOD#0> , scored 70 % , ahead of <MOD#1> ")
    assert not rule.regex.match("<MOD#0> beats <MOD#2> and is ahead of <MOD#1> ")
    assert rule.anchors == (frozenset({"ahead"}), (), ())


# "the chip" / "the model" at the start of a sentence: the chip or model named last before it
ANAPHOR_CASES = [
    ("Nimbus Corp. unveiled the Vorta X1 chip on Monday. The chip is made by Zorblax Labs in Taiwan.",
     {("Nimbus Corp.", "develops", "Vorta X1"), ("Zorblax Labs", "manufactures", "Vorta X1")}, set()),
    ("Nimbus Corp. unveiled the Vorta X1 chip on Monday. The chip market is shaped by Zorblax Labs.",
     set(), {("Zorblax Labs", "manufactures", "Vorta X1")}),
    ("Nimbus Corp. unveiled the Vorta X1 chip on Monday. Zorblax Labs is already testing the chip in its data centres.",
     {("Zorblax Labs", "usesHardware", "Vorta X1")}, set()),
    ("Nimbus Corp. released Rocket 5 on Monday. The model beats Zorblax Labs' Vela 3 on coding tests.",
     {("Rocket 5", "comparedTo", "Vela 3")}, set()),
    # a model named in the sentence itself is the subject, not the one named before
    ("Nimbus Corp. released Rocket 5 on Monday. The model, called Rocket 6, beats Vela 3.",
     {("Rocket 6", "comparedTo", "Vela 3")}, {("Rocket 5", "comparedTo", "Vela 3")}),
    ("Nimbus Corp. released Rocket 5 on Monday. The model was trained by Zorblax Labs engineers.",
     set(), {("Zorblax Labs", "develops", "Rocket 5")}),
]


@pytest.mark.parametrize("text, expected, wrong", ANAPHOR_CASES)
def test_chip_and_model_anaphors(extractor, text, expected, wrong):
    check_relations(extractor.extract(Document("t", text, language="en")), expected, wrong)


def test_implicit_last_slot_of_the_pattern_language():
    rule = Rule.parse("x\tmanufactures\t0.7\t^ the chip is made by S:ORG O:LAST-HW", 1)
    assert rule.implicit_object == "LAST-HW" and rule.object_types == frozenset({"Hardware"})


# more sentence-initial "It" constructions, and rivals of a clause's own subject
IT_CASES = [
    ("Nimbus Corp. sells chips. It was founded in 2019 by Jana Roe. It has raised $40 million from Zorblax Ventures.",
     {("Jana Roe", "founderOf", "Nimbus Corp."), ("Zorblax Ventures", "investsIn", "Nimbus Corp.")}, set()),
    ("Nimbus Corp. sells chips. It said it would acquire Quillo Inc. for $10 million. It is led by Maya Lind.",
     {("Nimbus Corp.", "acquired", "Quillo Inc."), ("Maya Lind", "ceoOf", "Nimbus Corp.")}, set()),
    ("Nimbus Corp. sells chips. It is unclear whether Zorblax Labs will acquire Quillo Inc.",
     set(), {("Nimbus Corp.", "acquired", "Quillo Inc.")}),
    ("Nimbus Corp. sells chips. It also released Rocket 5, a coding model.", {("Nimbus Corp.", "develops", "Rocket 5")}, set()),
    ("Nimbus Corp. sells chips. Nimbus Corp. grew fast. Zorblax Labs, which was founded in 2019 by two former "
     "engineers in Oslo, is up against rivals such as Quillo Inc. and Vexa Systems.",
     {("Zorblax Labs", "competesWith", "Quillo Inc."), ("Zorblax Labs", "competesWith", "Vexa Systems")},
     {("Nimbus Corp.", "competesWith", "Quillo Inc.")}),
]


@pytest.mark.parametrize("text, expected, wrong", IT_CASES)
def test_sentence_initial_it_and_rivals(extractor, text, expected, wrong):
    check_relations(extractor.extract(Document("t", text, language="en")), expected, wrong)


# founders "along with", investors named as "existing investors X", a round someone "is expected to
# lead", plural "deals with", "It is also a customer of X", a deal "to supply" a company
MORE_CASES = [
    ("Nimbus Corp. sells chips. It was co-founded by Jana Roe, a former researcher at Zorblax Labs, along with Maya Lind and Tom Berg.",
     {("Jana Roe", "founderOf", "Nimbus Corp."), ("Maya Lind", "founderOf", "Nimbus Corp."),
      ("Tom Berg", "founderOf", "Nimbus Corp."), ("Jana Roe", "worksFor", "Zorblax Labs")},
     {("Maya Lind", "founderOf", "Zorblax Labs")}),
    ("Nimbus Corp. sells chips. It is also a customer of Quillo Labs, whose cloud it rents.",
     {("Nimbus Corp.", "partnerOf", "Quillo Labs")}, set()),
    ("Nimbus Corp. is raising money. Zorblax Ventures is expected to lead the round. Existing investors Vexa Capital are likely to take part.",
     {("Zorblax Ventures", "investsIn", "Nimbus Corp."), ("Vexa Capital", "investsIn", "Nimbus Corp.")}, set()),
    ("Nimbus Corp. has struck distribution deals with Quillo Labs and with the telecom operator Vexa Systems.",
     {("Nimbus Corp.", "partnerOf", "Quillo Labs"), ("Nimbus Corp.", "partnerOf", "Vexa Systems")}, set()),
    ("Nimbus Corp. has signed a deal to supply its language models to Quillo Labs, the company said.",
     {("Nimbus Corp.", "partnerOf", "Quillo Labs")}, {("Nimbus Corp.", "acquired", "Quillo Labs")}),
]


@pytest.mark.parametrize("text, expected, wrong", MORE_CASES)
def test_founders_investors_and_deals_round2(extractor, text, expected, wrong):
    check_relations(extractor.extract(Document("t", text, language="en")), expected, wrong)


def test_it_that_stands_for_a_model_competes_with_no_company(extractor):
    text = "Nimbus Corp. released Rocket 5. It competes with Zorblax Labs' Vela 3."
    found = triples(extractor.extract(Document("t", text, language="en")))
    assert ("Nimbus Corp.", "competesWith", "Zorblax Labs") not in found


# a model that "competes with" another is its rival (competesWith, and comparedTo as before);
# a model inside an appositive ("built on top of X's Y") is no subject of the clause
MODEL_RIVAL_CASES = [
    ("Rocket 5 competes with Vela 3 on price.", {("Rocket 5", "competesWith", "Vela 3")}, set()),
    ("Its Sonar model, built on top of Zorblax Labs' Vela 3, competes with Nimbus Corp.'s Rocket 5 search feature.",
     {("Sonar", "competesWith", "Rocket 5")}, {("Vela 3", "competesWith", "Rocket 5"), ("Vela 3", "comparedTo", "Rocket 5")}),
]


@pytest.mark.parametrize("text, expected, wrong", MODEL_RIVAL_CASES)
def test_models_that_compete(extractor, text, expected, wrong):
    check_relations(extractor.extract(Document("t", text, language="en")), expected, wrong)
