"""English constructions from unseen-article probes: coordinated verb phrases that share one
subject, "not only A but also B", and the antecedent of "its" (all names invented)."""

from __future__ import annotations

import pytest

from kg.model import Document
from tests.extract.conftest import check_relations, resolved

CASES = [
    # a second verb phrase continues the clause's subject; the object of the first is no subject
    ("Acme acquired the Israeli start-up Quibbl Systems in January and invested in the French model maker Vorta Labs.",
     {("Acme", "investsIn", "Vorta Labs")},
     {("Quibbl Systems", "investsIn", "Vorta Labs")}),
    ("Acme bought Quibbl Systems and last year invested in Vorta Labs.",
     {("Acme", "acquired", "Quibbl Systems"), ("Acme", "investsIn", "Vorta Labs")},
     {("Quibbl Systems", "investsIn", "Vorta Labs")}),
    ("Jane Roe left Zorblax in March and joined Acme.",
     {("Jane Roe", "worksFor", "Zorblax"), ("Jane Roe", "worksFor", "Acme")}, set()),
    # must not fire: a reported clause has its own subject, and so has a clause after ", and X"
    ("Acme said Zorblax bought Quibbl Systems and invested in Vorta Labs.", {("Zorblax", "investsIn", "Vorta Labs")},
     {("Acme", "investsIn", "Vorta Labs"), ("Quibbl Systems", "investsIn", "Vorta Labs")}),
    ("Acme bought Quibbl Systems, and Zorblax invested in Vorta Labs.",
     {("Zorblax", "investsIn", "Vorta Labs")}, {("Acme", "investsIn", "Vorta Labs")}),
    ("Acme has raised money from Zorblax and Vorta Labs and introduced Rocket 2.",
     {("Zorblax", "investsIn", "Acme"), ("Vorta Labs", "investsIn", "Acme"), ("Acme", "develops", "Rocket 2")},
     {("Vorta Labs", "develops", "Rocket 2"), ("Zorblax", "develops", "Rocket 2")}),
    # not only A but also B
    ("Acme has not only invested in Zorblax but also acquired Quibbl Systems.",
     {("Acme", "investsIn", "Zorblax"), ("Acme", "acquired", "Quibbl Systems")},
     {("Zorblax", "acquired", "Quibbl Systems")}),
    ("Acme invested not only in Zorblax but also in Quibbl Systems.",
     {("Acme", "investsIn", "Zorblax"), ("Acme", "investsIn", "Quibbl Systems")}, set()),
    ("Acme has partnered not only with Zorblax but also with Quibbl Systems.",
     {("Acme", "partnerOf", "Zorblax"), ("Acme", "partnerOf", "Quibbl Systems")}, set()),
]


@pytest.mark.parametrize(("text", "expected", "wrong"), CASES)
def test_coordination(extractor, text, expected, wrong):
    check_relations(extractor.extract(Document("t", text, language="en")), expected, wrong)


@pytest.mark.parametrize(("text", "owner"), [
    # "its" after a person's apposition naming a university: not the university
    ("Acme released a new model on Monday. Hanna Petrov, a professor at Stanford University, said its "
     "training data was unusual.", "Acme"),
    # after a closing quote and ", and": the subject of its own clause
    ("Jane Roe, Zorblax's chief executive, said demand grew \"by a wide margin,\" and Acme has pitched its "
     "chips as an alternative.", "Acme"),
    # what a speech verb reports after "that" has its own subject
    ("Jane Roe told Vorta Media that Acme would add the tool to its library.", "Acme"),
])
def test_its_antecedent(nlp_en, text, owner):
    found = [label for anaphor, label in resolved(nlp_en, text) if anaphor.lower() == "its"]
    assert found == [owner], found


RULE_CASES = [
    # an acquisition of a described company
    ("Acme acquired the Israeli start-up Quibbl Systems in January.", {("Acme", "acquired", "Quibbl Systems")}, set()),
    ("Acme bought a 10% stake in the startup Quibbl Systems.", set(), {("Acme", "acquired", "Quibbl Systems")}),
    ("Acme bought a stake in the startup Quibbl Systems.", set(), {("Acme", "acquired", "Quibbl Systems")}),
    # roles in an apposition, in a team, in a function
    ("Hanna Petrov, a professor at the Quibbl Institute, said so.",
     {("Hanna Petrov", "worksFor", "Quibbl Institute")}, set()),
    ("Hanna Petrov, a speaker at the Zorblax summit, said so.", set(), {("Hanna Petrov", "worksFor", "Zorblax")}),
    ("Hanna Petrov, a one-time Zorblax engineer, joined Acme.",
     {("Hanna Petrov", "worksFor", "Zorblax"), ("Hanna Petrov", "worksFor", "Acme")}, set()),
    ("Hanna Petrov previously worked on the Rocket team at Zorblax.", {("Hanna Petrov", "worksFor", "Zorblax")}, set()),
    ("Acme makes robots. Its staff of 40 includes Hanna Petrov, who runs research.",
     {("Hanna Petrov", "worksFor", "Acme")}, set()),
    ("Acme makes robots. Its staff of 40 includes Hanna Petrov, who runs research at Zorblax.", set(),
     {("Hanna Petrov", "worksFor", "Acme")}),
    ("Hanna Petrov, who heads the Zorblax Institute, told Acme News.",
     {("Hanna Petrov", "ceoOf", "Zorblax Institute")}, set()),
    ("Hanna Petrov, who leads the Zorblax team, spoke.", set(), {("Hanna Petrov", "ceoOf", "Zorblax")}),
    ("The new body will be led by executive director Hanna Petrov. Zorblax will be led by Hanna Petrov.",
     {("Hanna Petrov", "ceoOf", "Zorblax")}, set()),
    ("Jane Roe will work on Zorblax's safety research under co-founder Hanna Petrov, Acme said.",
     {("Hanna Petrov", "founderOf", "Zorblax")}, {("Hanna Petrov", "founderOf", "Acme")}),
    # makers, customers, suppliers, rivals
    ("The probe targets the developer Zorblax, maker of the Rocket family of models.",
     {("Zorblax", "develops", "Rocket")}, set()),
    ("The operator Acme has signed Zorblax as the anchor tenant.", {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Acme's flagship model, Rocket 2, is trained on Vorta X1 chips rented from Zorblax.",
     {("Acme", "usesHardware", "Vorta X1"), ("Acme", "partnerOf", "Zorblax")}, set()),
    ("Acme competes for customers with Zorblax and Quibbl Systems.",
     {("Acme", "competesWith", "Zorblax"), ("Acme", "competesWith", "Quibbl Systems")}, set()),
    # a list item is no subject of its own clause
    ("Zorblax hired Jane Roe, previously a director at Acme, to oversee its assistant, and Quibbl Systems named "
     "Hanna Petrov as its president.", {("Jane Roe", "worksFor", "Acme"), ("Hanna Petrov", "worksFor", "Quibbl Systems")},
     {("Jane Roe", "worksFor", "Quibbl Systems")}),
    # a round announced, an open-weight model, chips named in a relative clause
    ("The Paris start-up Quibbl Systems announced a seed round from Acme and Zorblax in April.",
     {("Acme", "investsIn", "Quibbl Systems"), ("Zorblax", "investsIn", "Quibbl Systems")}, set()),
    ("Quibbl Systems announced a new round of job cuts in a note to Acme.", set(), {("Acme", "investsIn", "Quibbl Systems")}),
    ("Acme trained it on top of Zorblax's open-weight Rocket.", {("Zorblax", "develops", "Rocket")}, set()),
    ("The release comes after Acme published its Rocket 2 model, which media reported was trained on Zorblax's "
     "Vorta X1 processors.", {("Acme", "usesHardware", "Vorta X1")}, {("Zorblax", "usesHardware", "Vorta X1")}),
    # "It ... and ...": the second verb phrase continues "it"
    ("Acme makes robots. It bought the Ottawa-based translation firm Quibbl Systems in October and invested in the "
     "Korean chip designer Vorta Labs in January.",
     {("Acme", "acquired", "Quibbl Systems"), ("Acme", "investsIn", "Vorta Labs")}, {("Quibbl Systems", "investsIn", "Vorta Labs")}),
    ("Acme makes robots. In March it brought in Jane Roe, previously at Zorblax, as chief business officer.",
     {("Jane Roe", "worksFor", "Acme"), ("Jane Roe", "worksFor", "Zorblax")}, set()),
    ("Acme makes robots. Acme is in talks with existing investor Zorblax about a round.", {("Zorblax", "investsIn", "Acme")}, set()),
    # founders, suppliers, licences, customers of models
    ("Jane Roe later started a new company, Quibbl Systems, which builds chips.", {("Jane Roe", "founderOf", "Quibbl Systems")}, set()),
    ("Jane Roe started work at Quibbl Systems in May.", set(), {("Jane Roe", "founderOf", "Quibbl Systems")}),
    ("Vorta Labs, which manufactures chips for Acme and Zorblax, grew.",
     {("Vorta Labs", "partnerOf", "Acme"), ("Vorta Labs", "partnerOf", "Zorblax")}, set()),
    ("Acme said the company had agreed to license its designs to Zorblax.", {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Acme uses models from Zorblax and Quibbl Systems alongside its own Rocket model.",
     {("Acme", "partnerOf", "Zorblax"), ("Acme", "partnerOf", "Quibbl Systems"), ("Acme", "develops", "Rocket")}, set()),
    ("Acme will manufacture its next processors with Zorblax.", {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Acme builds its chips with Zorblax's design tools.", set(), {("Acme", "partnerOf", "Zorblax")}),
    # founders after a comma, partners signed or counted, "it trains on", stakes held
    ("Acme's co-founders, Jane Roe and Hanna Petrov, will join Zorblax.",
     {("Jane Roe", "founderOf", "Acme"), ("Hanna Petrov", "founderOf", "Acme"), ("Jane Roe", "worksFor", "Zorblax")},
     {("Jane Roe", "founderOf", "Zorblax")}),
    ("Acme released Rocket 2 last year and has since signed Zorblax and Quibbl Systems as distribution partners.",
     {("Acme", "partnerOf", "Zorblax"), ("Acme", "partnerOf", "Quibbl Systems")}, set()),
    ("Acme signed Zorblax's chief as an adviser.", set(), {("Acme", "partnerOf", "Zorblax")}),
    ("Acme had raised money and counted Zorblax and Quibbl Systems among its clients.",
     {("Acme", "partnerOf", "Zorblax"), ("Acme", "partnerOf", "Quibbl Systems")}, set()),
    ("Acme makes robots. It trains its models on Vorta X1 chips supplied by Zorblax.",
     {("Acme", "usesHardware", "Vorta X1")}, {("Zorblax", "usesHardware", "Vorta X1")}),
    ("Acme was valued at $6 billion. Zorblax and Quibbl Systems also hold stakes.",
     {("Zorblax", "investsIn", "Acme"), ("Quibbl Systems", "investsIn", "Acme")}, set()),
    ("Acme makes robots. Zorblax also holds stakes in several rivals.", set(), {("Zorblax", "investsIn", "Acme")}),
    # scores and rankings
    ("Rocket 2 scored 78.4% on the test, compared with 74.9% for Vela 3.", {("Rocket 2", "comparedTo", "Vela 3")}, set()),
    ("Rocket 2 completed 41 of them, compared with 33 for Vela 3 and 29 for Rocket.",
     {("Rocket 2", "comparedTo", "Vela 3"), ("Rocket 2", "comparedTo", "Rocket")}, set()),
    ("Rocket 2 scored 78.4% on the test, up from 74.9% for the earlier release.", set(),
     {("Rocket 2", "comparedTo", "Rocket")}),
    ("The leaderboard placed Rocket 2 third, behind Vela 3 and Zorblax's Rocket.",
     {("Rocket 2", "comparedTo", "Vela 3"), ("Rocket 2", "comparedTo", "Rocket")}, set()),
]


@pytest.mark.parametrize(("text", "expected", "wrong"), RULE_CASES)
def test_probe_rules(extractor, text, expected, wrong):
    check_relations(extractor.extract(Document("t", text, language="en")), expected, wrong)


@pytest.mark.parametrize("text, lang, expected, wrong", [
    ("Acme said Zorblax bought Quibbl Systems last year.", "en",
     {("Zorblax", "acquired", "Quibbl Systems")}, {("Acme", "acquired", "Quibbl Systems")}),
    ("Acme said that Zorblax had acquired Quibbl Systems.", "en",
     {("Zorblax", "acquired", "Quibbl Systems")}, {("Acme", "acquired", "Quibbl Systems")}),
    ("Acme sagte, Zorblax habe die Quibbl GmbH gekauft.", "de",
     {("Zorblax", "acquired", "Quibbl GmbH")}, {("Acme", "acquired", "Quibbl GmbH")}),
    # the speaker reports its own deal: still its relation
    ("Acme said it bought Quibbl Systems last year.", "en", {("Acme", "acquired", "Quibbl Systems")}, set()),
    # a name later in the reported clause is no new subject ("says matches X and beats Y")
    ("Acme released Rocket 2, which the company says matches Rocket and beats Zorblax's model.", "en",
     {("Rocket 2", "comparedTo", "Rocket")}, set()),
])
def test_the_speaker_is_no_argument_of_what_it_reports(extractor, text, lang, expected, wrong):
    check_relations(extractor.extract(Document("t", text, language=lang)), expected, wrong)
