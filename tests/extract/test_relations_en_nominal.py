"""English news constructions of a later round: appositions between subject and verb, roles
in relative clauses, investors "among its investors", rivals in nominal style, comparisons in
coordinated clauses, a possessive in a clause of its own (all names invented)."""

from __future__ import annotations

import pytest

from kg.model import Document
from tests.extract.conftest import check_relations

CASES = [
    # founders and roles written inside relative clauses and appositions
    ("The model is free, said Jana Roe, the company's chief executive, who co-founded Zorblax Labs in 2021 with Maya Lind.",
     {("Jana Roe", "founderOf", "Zorblax Labs"), ("Maya Lind", "founderOf", "Zorblax Labs")}, set()),
    ("Insurers like it, said Jana Roe, who co-founded Zorblax Labs with former Acme engineer Tom Berg and serves as its chief executive.",
     {("Jana Roe", "founderOf", "Zorblax Labs"), ("Tom Berg", "founderOf", "Zorblax Labs"),
      ("Jana Roe", "ceoOf", "Zorblax Labs"), ("Tom Berg", "worksFor", "Acme")}, {("Tom Berg", "ceoOf", "Zorblax Labs")}),
    ("It is run by Jana Roe, a robotics researcher who spent five years at Acme before co-founding Zorblax Labs with her adviser, Tom Berg.",
     {("Jana Roe", "founderOf", "Zorblax Labs"), ("Tom Berg", "founderOf", "Zorblax Labs")}, set()),
    ("Founded in 2023 by Jana Roe, a former engineer who previously worked at Acme and Vexa Systems, Zorblax Labs has grown fast.",
     {("Jana Roe", "founderOf", "Zorblax Labs"), ("Jana Roe", "worksFor", "Acme")},
     {("Jana Roe", "founderOf", "Acme"), ("Jana Roe", "founderOf", "Vexa Systems")}),
    ("Quillo Labs was founded by Jana Roe and Tom Berg, two former researchers at the Vexa Institute for Robotics.",
     {("Jana Roe", "worksFor", "Vexa Institute for Robotics"), ("Tom Berg", "worksFor", "Vexa Institute for Robotics")}, set()),
    ("Jana Roe and Tom Berg met at Acme, where both worked on search before leaving in 2022.",
     {("Jana Roe", "worksFor", "Acme"), ("Tom Berg", "worksFor", "Acme")}, set()),
    ("Jana Roe met Tom Berg at Acme, where the two companies signed the deal.", set(), {("Jana Roe", "worksFor", "Acme")}),
    ("Jana Roe will report to Vexa Systems' head of AI Tom Berg once the deal closes.",
     {("Tom Berg", "worksFor", "Vexa Systems")}, {("Jana Roe", "worksFor", "Vexa Systems")}),
    ("Benchmarks tell part of the story, said Jana Roe, a Zorblax University professor.",
     {("Jana Roe", "worksFor", "Zorblax University")}, set()),
    ("Tom Berg, who spent years at Zorblax, will report to Jana Roe, Acme's senior vice president of machine learning.",
     {("Jana Roe", "worksFor", "Acme"), ("Tom Berg", "worksFor", "Zorblax")}, {("Jana Roe", "worksFor", "Zorblax")}),
    ("Acme lost Jana Roe, who ran its foundation models team, to Zorblax in July.",
     {("Jana Roe", "worksFor", "Acme")}, set()),
    ("He is good, said Jana Roe, a former Acme researcher who now runs the AI startup Quillo Labs.",
     {("Jana Roe", "ceoOf", "Quillo Labs"), ("Jana Roe", "worksFor", "Acme")}, {("Jana Roe", "ceoOf", "Acme")}),
    ("Jana Roe worked with Tom Berg at Acme's Vexa lab in Paris before founding Quillo Labs in 2023.",
     {("Jana Roe", "worksFor", "Acme"), ("Jana Roe", "founderOf", "Quillo Labs"), ("Tom Berg", "worksFor", "Acme")},
     {("Tom Berg", "founderOf", "Quillo Labs")}),
    # hardware after an apposition, a model trained on chips, chips in use at a customer
    ("Quillo Cloud, an Oslo-based GPU rental company, will spend $600 million this year on Vorta X100 accelerators.",
     {("Quillo Cloud", "usesHardware", "Vorta X100")}, set()),
    ("Zorblax Labs says its model beats rivals. It is trained on a cluster of 2,048 Vorta X100 GPUs.",
     {("Zorblax Labs", "usesHardware", "Vorta X100")}, set()),
    ("Zorblax Labs sells chips. It is a rival of Acme. Vorta X100 is made by Acme.", set(),
     {("Zorblax Labs", "usesHardware", "Vorta X100")}),
    ("Zorblax Labs's first chip, the Z1, is already in use at Quillo Labs.",
     {("Zorblax Labs", "develops", "Z1"), ("Quillo Labs", "usesHardware", "Z1")}, set()),
    # investors
    ("Zorblax Labs, which counts Acme and Vexa Capital among its investors, has grown fast.",
     {("Acme", "investsIn", "Zorblax Labs"), ("Vexa Capital", "investsIn", "Zorblax Labs")}, set()),
    ("Acme, the Dutch equipment maker, became Zorblax Labs's largest shareholder after leading a round.",
     {("Acme", "investsIn", "Zorblax Labs")}, set()),
    ("Quillo Labs is backed by the Norwegian state investor Vexa Capital and by Acme.",
     {("Vexa Capital", "investsIn", "Quillo Labs"), ("Acme", "investsIn", "Quillo Labs")}, set()),
    ("Vexa Fund, a unit of Acme, also invested in Zorblax Labs's seed round.",
     {("Vexa Fund", "investsIn", "Zorblax Labs")}, {("Acme", "investsIn", "Zorblax Labs")}),
    ("Zorblax Labs raised $30 million. Vexa Fund also invested in the company's seed round.",
     {("Vexa Fund", "investsIn", "Zorblax Labs")}, set()),
    # a dateline's agency is no argument
    ("BERLIN, May 14 (Zorblax) - Acme has agreed to acquire Quillo Labs, the companies said.",
     {("Acme", "acquired", "Quillo Labs")}, {("Zorblax", "acquired", "Quillo Labs")}),
    # partnerships
    ("Acme and Zorblax Labs, a Boston startup that designs chips, have signed a multiyear supply agreement.",
     {("Acme", "partnerOf", "Zorblax Labs")}, set()),
    ("The two companies Acme and Zorblax Labs have since agreed to work together on robotics.",
     {("Acme", "partnerOf", "Zorblax Labs")}, set()),
    ("Quillo Labs last month signed a partnership with Saudi Arabia's Vexa Systems.",
     {("Quillo Labs", "partnerOf", "Vexa Systems")}, set()),
    # rivals in nominal style
    ("The acquisition pits Acme more directly against Zorblax Labs.", {("Acme", "competesWith", "Zorblax Labs")}, set()),
    ("Vexa Systems, a Zorblax rival, invested in a robotics firm last year.", {("Vexa Systems", "competesWith", "Zorblax")}, set()),
    ("Acme has positioned itself as a European alternative to Zorblax and Quillo Labs.",
     {("Acme", "competesWith", "Zorblax"), ("Acme", "competesWith", "Quillo Labs")}, set()),
    ("Acme has lagged Zorblax in supplying memory.", {("Acme", "competesWith", "Zorblax")}, set()),
    # comparisons: the subject of a coordinated comparison, a pronoun subject of another clause
    ("Acme released Vela 3, which it says matches Rocket 2 on reasoning and beats Zorblax's Sonar 4 on coding.",
     {("Vela 3", "comparedTo", "Rocket 2"), ("Vela 3", "comparedTo", "Sonar 4")}, {("Rocket 2", "comparedTo", "Sonar 4")}),
    ("Acme says Vela 3 is on par with Sonar 4 on most tests, though researchers found it trails Rocket 2.",
     {("Vela 3", "comparedTo", "Sonar 4"), ("Vela 3", "comparedTo", "Rocket 2")}, {("Sonar 4", "comparedTo", "Rocket 2")}),
    ("Vela 3 is a successor to Vela 2 and is cheaper.", {("Vela 3", "versionOf", "Vela 2")}, set()),
    ("Acme released Vela 3 on Monday. It is the successor of Vela 2, which came out in May.",
     {("Vela 3", "versionOf", "Vela 2")}, set()),
    # "It also acquired ...": the subject of the sentence before
    ("Acme grew fast. Its partnership with Zorblax produced a chatbot. It also acquired the simulation software company Vexa Systems in March.",
     {("Acme", "acquired", "Vexa Systems")}, {("Zorblax", "acquired", "Vexa Systems")}),
    ("Acme grew fast. It also acquired a stake in the software company Vexa Systems.", set(),
     {("Acme", "acquired", "Vexa Systems")}),
]


@pytest.mark.parametrize("text, expected, wrong", CASES)
def test_nominal_and_appositive_constructions(extractor, text, expected, wrong):
    check_relations(extractor.extract(Document("t", text, language="en")), expected, wrong)


# possessives: the subject of the possessive's own clause, a name after "with X and" is no
# subject, "X, which ... its" is X's
POSSESSIVE_CASES = [
    ("Zorblax's Sonar chatbot costs a fifth of what Quillo Labs charges, and Acme has cut prices for its Rocket models.",
     {("Acme", "develops", "Rocket")}, {("Zorblax", "develops", "Rocket")}),
    ("Acme declined to comment. Quillo Labs has struggled to keep pace with Zorblax and Vexa Systems. Its Sonar app was delayed.",
     {("Quillo Labs", "develops", "Sonar")}, {("Vexa Systems", "develops", "Sonar")}),
    ("Acme's first chip is in use at Quillo Labs, which runs its Rocket models on the chips.",
     {("Quillo Labs", "develops", "Rocket")}, {("Acme", "develops", "Rocket")}),
]


@pytest.mark.parametrize("text, expected, wrong", POSSESSIVE_CASES)
def test_possessive_in_its_own_clause(extractor, text, expected, wrong):
    check_relations(extractor.extract(Document("t", text, language="en")), expected, wrong)


def test_concept_keeps_its_written_form_as_alias(extractor):
    doc = extractor.extract(Document("t", "Acme said its goal was artificial general intelligence.", language="en"))
    agi = next(e for e in doc.entities if e.type == "Concept")
    assert "artificial general intelligence" in [a.lower() for a in agi.aliases] or agi.label.lower() == "artificial general intelligence"


def test_nationality_adjective_is_no_organisation(extractor):
    doc = extractor.extract(Document("t", "Its customers include Acme and the Swedish startup Quillo Robotics.", language="en"))
    assert "Swedish" not in {e.label for e in doc.entities}


def test_regional_adjective_in_a_list_is_no_organisation(extractor):
    doc = extractor.extract(Document("t", "The round was led by Vexa Capital and the Bavarian state fund Quorn Kapital. "
                                     "Acme, backed by Zorblax and Vexa Capital, pitches itself as a European "
                                     "alternative to Quibbl.", language="en"))
    labels = {e.label for e in doc.entities}
    assert {"Vexa Capital", "Quorn Kapital", "Zorblax"} <= labels
    assert not labels & {"Bavarian", "European"}


# investors who "also took part" are never the company they invest in; chips that "power" a
# company's data centers; a cluster of chips; the object of "rivals" is no subject of "lags"
MORE_CASES = [
    ("Quillo Labs builds coding agents. It has raised $40 million in a round led by Vexa Capital. "
     "Zorblax Ventures and Acme also took part, the company said.",
     {("Zorblax Ventures", "investsIn", "Quillo Labs"), ("Acme", "investsIn", "Quillo Labs")},
     {("Acme", "investsIn", "Zorblax Ventures"), ("Zorblax Ventures", "investsIn", "Acme")}),
    ("Quillo Labs, a chip startup, makes inference chips. Its data centers are powered by Vorta X100 accelerators.",
     {("Quillo Labs", "usesHardware", "Vorta X100")}, set()),
    ("Acme trained Rocket 2 on a cluster of 100,000 Vorta X100 chips.", {("Acme", "usesHardware", "Vorta X100")}, set()),
    ("Acme said Vela 3 outperforms Sonar 4 and rivals Rocket 2 on coding, but lags behind Quill 5.",
     {("Vela 3", "comparedTo", "Sonar 4")}, {("Rocket 2", "comparedTo", "Quill 5")}),
]


@pytest.mark.parametrize("text, expected, wrong", MORE_CASES)
def test_investors_chips_and_comparisons(extractor, text, expected, wrong):
    check_relations(extractor.extract(Document("t", text, language="en")), expected, wrong)


@pytest.mark.parametrize("text", ["According to Internal Tests, the model is faster.",
                                  "The model is faster, according to Benchmarks published on Monday.",
                                  "According to Industry Estimates, the market will grow."])
def test_the_basis_of_a_report_is_no_organisation(extractor, text):
    doc = extractor.extract(Document("t", text, language="en"))
    assert not [e for e in doc.entities if e.type == "Organization"]


def test_a_new_name_that_said_it_is_an_organisation(extractor):
    doc = extractor.extract(Document("t", "Quillion announced it would open an office in Paris.", language="en"))
    assert ("Quillion", "Organization") in {(e.label, e.type) for e in doc.entities}


@pytest.mark.parametrize("text, expected, wrong", [
    ("Acme grew fast. Acme hired 200 people, and Acme opened an office in Oslo. Zorblax Labs, a rival of Acme, "
     "was founded in 2019. It also released Rocket 2 last year.",
     {("Zorblax Labs", "develops", "Rocket 2")}, {("Acme", "develops", "Rocket 2")}),
    ("Acme grew fast. Acme hired 200 people. Zorblax Labs sells chips. It said it would expand. It is led by Jana Roe.",
     {("Jana Roe", "ceoOf", "Zorblax Labs")}, {("Jana Roe", "ceoOf", "Acme")}),
])
def test_sentence_initial_it_continues_the_sentence_before(extractor, text, expected, wrong):
    check_relations(extractor.extract(Document("t", text, language="en")), expected, wrong)


@pytest.mark.parametrize("text, expected, wrong", [
    ("Acme said Zorblax would train its models on Vorta X100 chips.", {("Zorblax", "usesHardware", "Vorta X100")},
     {("Acme", "usesHardware", "Vorta X100")}),
    ("Acme, Zorblax's largest investor, has put $13 billion into the startup.", {("Acme", "investsIn", "Zorblax")}, set()),
    ("Acme, Zorblax's largest customer, spent more.", set(), {("Acme", "investsIn", "Zorblax")}),
    ("Acme led the $40 billion round, which valued Zorblax at $300 billion.", {("Acme", "investsIn", "Zorblax")}, set()),
])
def test_investors_in_apposition_and_valuations(extractor, text, expected, wrong):
    check_relations(extractor.extract(Document("t", text, language="en")), expected, wrong)


def test_a_place_before_company_is_no_person(extractor):
    doc = extractor.extract(Document("t", "Acme grew. The Menlo Park company said it would invest.", language="en"))
    assert not [e for e in doc.entities if e.type == "Person"]


@pytest.mark.parametrize("text, expected, wrong", [
    ("Acme on Tuesday released Rocket K3, an open-weight model.", {("Acme", "develops", "Rocket K3")}, set()),
    ("Acme released the model with open weights.", {("Acme", "pursues", "Open Weights")}, set()),
    ("Acme released a report on AGI.", set(), {("Acme", "pursues", "AGI")}),
    ("Jana Roe told state broadcaster Zorblax that the lab would grow.", {("Jana Roe", "interviewedBy", "Zorblax")}, set()),
])
def test_letter_versions_release_modes_and_outlets(extractor, text, expected, wrong):
    check_relations(extractor.extract(Document("t", text, language="en")), expected, wrong)


def test_a_letter_code_after_an_unknown_name_is_no_model(extractor):
    doc = extractor.extract(Document("t", "Acme said Zorblax Q3 revenue rose.", language="en"))
    assert not [e for e in doc.entities if e.type == "AIModel"]


@pytest.mark.parametrize("text, expected, wrong", [
    ("Acme, whose chips power most data centers, said on Wednesday it would invest $1 billion in Zorblax Labs.",
     {("Acme", "investsIn", "Zorblax Labs")}, set()),
    ("Acme, which sells chips, said it would not invest in Zorblax Labs.", set(), {("Acme", "investsIn", "Zorblax Labs")}),
    ("Acme, a chip startup, said on Monday it had agreed to buy Zorblax Labs.", {("Acme", "acquired", "Zorblax Labs")}, set()),
    ("Acme, a chip startup, said it would buy chips from Zorblax Labs.", {("Acme", "partnerOf", "Zorblax Labs")},
     {("Acme", "acquired", "Zorblax Labs")}),
    ("The deal, first reported by Vexa News, makes Acme one of Zorblax's biggest suppliers.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
])
def test_reported_speech_after_an_apposition(extractor, text, expected, wrong):
    check_relations(extractor.extract(Document("t", text, language="en")), expected, wrong)


@pytest.mark.parametrize("text, expected, wrong", [
    ("The acquisition of Zorblax Labs by Acme was approved.", {("Acme", "acquired", "Zorblax Labs")}, set()),
    ("Acme's partnership with Zorblax is under strain.", {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Jana Roe, who leads Acme's Rocket app team, said so.", {("Jana Roe", "worksFor", "Acme")}, {("Jana Roe", "ceoOf", "Acme")}),
    ("Jana Roe, who leads Acme, said so.", {("Jana Roe", "ceoOf", "Acme")}, set()),
    ("Quillo Labs, the startup run by former Acme CTO Jana Roe, raised $2 billion.",
     {("Jana Roe", "ceoOf", "Quillo Labs"), ("Jana Roe", "worksFor", "Acme")}, {("Jana Roe", "ceoOf", "Acme")}),
])
def test_nominal_deals_and_leaders(extractor, text, expected, wrong):
    check_relations(extractor.extract(Document("t", text, language="en")), expected, wrong)


# a later round: owners in apposition, orders from a supplier, chip vendors as modifiers, units
# headed by someone, a later role after an apposition, pairs named just before "the two groups"
ROUND3_CASES = [
    ("Acme, the owner of Rocket, has placed orders worth about 6 billion yuan for processors from Zorblax.",
     {("Acme", "develops", "Rocket"), ("Acme", "partnerOf", "Zorblax")}, {("Acme", "acquired", "Zorblax")}),
    ("The Zorblax chips will go into a cluster that Acme uses to train its Rocket models.",
     {("Acme", "develops", "Rocket")}, {("Zorblax", "develops", "Rocket")}),
    ("Part of that money goes to data centers, though Acme still buys Zorblax hardware where it can.", set(),
     {("Acme", "acquired", "Zorblax")}),
    ("Three engineers left for Quillo Labs, the unit headed by former Zorblax chief executive Jana Roe.",
     {("Jana Roe", "ceoOf", "Quillo Labs"), ("Jana Roe", "ceoOf", "Zorblax")}, set()),
    ("Tom Berg, who was Acme's chief technology officer, became Zorblax's chief AI architect in a reshuffle.",
     {("Tom Berg", "worksFor", "Acme"), ("Tom Berg", "worksFor", "Zorblax")}, set()),
    ("Jana Roe spent six years at Acme, first at Zorblax Labs and then at Quillo Labs after the two groups merged in 2023.",
     {("Zorblax Labs", "mergedWith", "Quillo Labs")}, {("Acme", "mergedWith", "Zorblax Labs")}),
    ("Jana Roe will oversee research at Acme and report directly to co-founder Tom Berg.",
     {("Tom Berg", "founderOf", "Acme")}, set()),
    ("Acme's venture arm Vexa Capital, Zorblax and the Quillo Fund joined, while earlier backers added to their stakes.",
     {("Vexa Capital", "subOrganizationOf", "Acme")}, {("Zorblax", "subOrganizationOf", "Acme")}),
    ("Acme, the Beijing start-up backed by Zorblax, on Tuesday released Rocket 2, an open-weight model.",
     {("Acme", "pursues", "Open Weights"), ("Zorblax", "investsIn", "Acme")}, {("Zorblax", "pursues", "Open Weights")}),
    ("Acme on Tuesday unveiled Vela 3, saying it beats Rocket 2 and comes close to Sonar 4 on coding.",
     {("Vela 3", "comparedTo", "Rocket 2"), ("Vela 3", "comparedTo", "Sonar 4")}, {("Rocket 2", "comparedTo", "Sonar 4")}),
    ("Acme released Vela 3. Testers placed the model ahead of Rocket 2 on their index, but behind Sonar 4.",
     {("Vela 3", "comparedTo", "Rocket 2"), ("Vela 3", "comparedTo", "Sonar 4")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", ROUND3_CASES)
def test_round3_constructions(extractor, text, expected, wrong):
    check_relations(extractor.extract(Document("t", text, language="en")), expected, wrong)


@pytest.mark.parametrize("text, expected, wrong", [
    ("Acme, meanwhile, is racing to train Rocket 5.", {("Acme", "develops", "Rocket 5")}, set()),
    ("Acme on Tuesday unveiled Rocket-Max, its largest model.", {("Acme", "develops", "Rocket-Max")}, set()),
    ("Its Vorta 690 chip is made by the foundry Zorblax.", {("Zorblax", "manufactures", "Vorta 690")}, set()),
])
def test_interjections_variants_and_numbered_chips(extractor, text, expected, wrong):
    check_relations(extractor.extract(Document("t", text, language="en")), expected, wrong)


def test_a_first_name_after_a_role_cue_is_a_person(extractor):
    doc = extractor.extract(Document("t", "Zorblax partner Jana Roe will join the board.", language="en"))
    assert ("Jana Roe", "Person") in {(e.label, e.type) for e in doc.entities}


def test_a_variant_after_an_unknown_name_is_no_model(extractor):
    doc = extractor.extract(Document("t", "Quillo-Pro is a new firm in Oslo.", language="en"))
    assert not [e for e in doc.entities if e.type == "AIModel"]


@pytest.mark.parametrize("text, expected, wrong", [
    ("Zorblax partner Jana Roe will join Acme's board.", {("Jana Roe", "worksFor", "Zorblax")}, {("Jana Roe", "worksFor", "Acme")}),
    ("Jana Roe joined Acme's robotics team in May.", {("Jana Roe", "worksFor", "Acme")}, set()),
    ("BERLIN, May 3 (Zorblax) - Acme, the owner of Rocket, sells chips. The Vexa chips go into a cluster that Acme uses. "
     "The company already runs Vorta X100 accelerators.",
     {("Acme", "usesHardware", "Vorta X100")}, {("Zorblax", "usesHardware", "Vorta X100")}),
])
def test_boards_and_datelines(extractor, text, expected, wrong):
    check_relations(extractor.extract(Document("t", text, language="en")), expected, wrong)


@pytest.mark.parametrize("text, expected, wrong", [
    ("Part of that money goes to data centers filled with Acme's own T-Rex chips.", {("Acme", "develops", "T-Rex")}, set()),
    ("Unlike smaller members of the Rocket family, Rocket-Max will not be released.", {("Rocket-Max", "versionOf", "Rocket")}, set()),
    ("Acme's new Rocket model takes aim at Vela 3 and Sonar 4.",
     {("Rocket", "competesWith", "Vela 3"), ("Rocket", "competesWith", "Sonar 4")}, set()),
    ("Jana Roe spent six years at Acme, first at Zorblax Labs and then at Quillo Labs.",
     {("Jana Roe", "worksFor", "Acme"), ("Jana Roe", "worksFor", "Zorblax Labs"), ("Jana Roe", "worksFor", "Quillo Labs")}, set()),
    ("Acme's robot, called Rover-2, moves boxes.", {("Acme", "develops", "Rover-2")}, set()),
    ("Quillo Labs sells robots. Quillo Labs began a pilot with Acme at its factory.", {("Quillo Labs", "partnerOf", "Acme")}, set()),
])
def test_round4_constructions(extractor, text, expected, wrong):
    check_relations(extractor.extract(Document("t", text, language="en")), expected, wrong)


@pytest.mark.parametrize("text, expected, wrong", [
    ("Quillo Labs raised money. Zorblax, Acme and the Vexa Fund joined, while earlier backers added to their stakes.",
     {("Zorblax", "investsIn", "Quillo Labs"), ("Acme", "investsIn", "Quillo Labs"), ("Vexa Fund", "investsIn", "Quillo Labs")}, set()),
    ("Acme bought chips and the Vexa Fund invested in Quillo Labs.", {("Vexa Fund", "investsIn", "Quillo Labs")},
     {("Acme", "investsIn", "Quillo Labs")}),
])
def test_a_conjunct_with_its_article(extractor, text, expected, wrong):
    check_relations(extractor.extract(Document("t", text, language="en")), expected, wrong)
