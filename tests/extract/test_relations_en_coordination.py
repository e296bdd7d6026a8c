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
