"""English relations found missing on the fresh training set en-ac (p19g round, 2026-11-28), grouped
by kind. Every name is invented; "Acme", "Zorblax", "Jane Roe", "Rocket", "Rocket 2", "Kestro Edge"
and "AGI" are in the test catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text

CASES = [
    # a customer of a company, also after another role: a partner
    ("Zorblax is a strategic investor in both and also a major customer of Acme.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Zorblax remains a large client of Acme in Europe.", {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Zorblax praised Jane Roe; Acme is a customer of its own lab.", set(), {("Zorblax", "partnerOf", "Acme")}),
    # "A, B's neighbour and rival": a rival named in an apposition after another noun
    ("Zorblax, Acme's neighbour and rival, declined to comment.", {("Zorblax", "competesWith", "Acme")}, set()),
    ("Zorblax, Acme's landlord and partner, declined to comment.", set(), {("Zorblax", "competesWith", "Acme")}),
    # "A and B, which fight for the same clients": rivals
    ("Acme and Zorblax, which fight for the same corporate clients, both run Kestro Edge.",
     {("Acme", "competesWith", "Zorblax")}, set()),
    ("Acme and Zorblax, which share the same corporate clients, both run Kestro Edge.",
     set(), {("Acme", "competesWith", "Zorblax")}),
    # "A, which designs and sells the Y": the developer
    ("Zorblax, which designs and sells the Kestro Edge, declined to comment.",
     {("Zorblax", "develops", "Kestro Edge")}, set()),
    ("Zorblax, which buys and resells the Kestro Edge, declined to comment.",
     set(), {("Zorblax", "develops", "Kestro Edge")}),
    # "the venture arm of A, B": a unit named after "of"
    ("The company raised money in a round led by the venture arm of Acme, Zorblax.",
     {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    ("The company raised money in a round led by the rival of Acme, Zorblax.",
     set(), {("Zorblax", "subOrganizationOf", "Acme")}),
    # goals as a principle, a strategy "of", "what it calls", a chase
    ("Acme says its guiding principle is AGI, not flashy demos.", {("Acme", "pursues", "AGI")}, set()),
    ("Acme says the project serves its strategy of AGI: keeping data at home.", {("Acme", "pursues", "AGI")}, set()),
    ("Acme says it is aiming for what it calls AGI, in which agents act alone.", {("Acme", "pursues", "AGI")}, set()),
    ("Acme and Zorblax are chasing AGI; my job is to make payments work.",
     {("Acme", "pursues", "AGI"), ("Zorblax", "pursues", "AGI")}, set()),
    ("Acme says its critics are wrong about AGI.", set(), {("Acme", "pursues", "AGI")}),
    ("Acme mocked what Zorblax calls AGI.", set(), {("Acme", "pursues", "AGI")}),
    # money "in seed funding from A and B" after another verb: every backer
    ("Zorblax came out of stealth with $48 million in seed funding from Acme and Brightwell Capital.",
     {("Acme", "investsIn", "Zorblax"), ("Brightwell Capital", "investsIn", "Zorblax")}, set()),
    ("Zorblax began the year with $5 million in revenue from Acme.", set(), {("Acme", "investsIn", "Zorblax")}),
    # an agreement signed in a participle clause; work done together with staff of another body
    ("Acme chose another path, signing a three-year agreement with Zorblax to use its tools.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("The test suite was written by Acme together with engineers at Zorblax.", {("Acme", "partnerOf", "Zorblax")}, set()),
    ("The test suite was written by Acme, and engineers at Zorblax criticised it.", set(), {("Acme", "partnerOf", "Zorblax")}),
    # founders who came from a former employer ("after both left Z")
    ("Zorblax was set up in 2021 by two engineers, Mara Quist and Tobin Hale, after both left Acme.",
     {("Mara Quist", "worksFor", "Acme"), ("Tobin Hale", "worksFor", "Acme")}, set()),
    # a ranking with scores: the models behind the first one
    ("Rocket 2 answered 80 percent correctly, ahead of Rocket at 74 percent and Zorblax-7B at 71 percent.",
     {("Rocket 2", "comparedTo", "Rocket"), ("Rocket 2", "comparedTo", "Zorblax-7B")}, set()),
    # a company's name as modifier of a descriptor ("the Acme specialist Z"): Z is bought, not Acme
    ("In May Zorblax completed its purchase of the Acme specialist Corvex Partners.",
     {("Zorblax", "acquired", "Corvex Partners")}, {("Zorblax", "acquired", "Acme")}),
    ("Zorblax completed its purchase of Acme.", {("Zorblax", "acquired", "Acme")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", CASES)
def test_relations_p19g_en(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")
