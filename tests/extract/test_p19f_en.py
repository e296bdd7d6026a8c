"""English relations found missing on a fresh training set of 2026-11-28 (p19f, en-ab). Every name is
invented; "Acme", "Zorblax", "Jane Roe", "Rocket", "Rocket 2" and "Kestro Edge" are in the test catalogue.
Each case: the triples that must be found, and those that must not."""

from __future__ import annotations

import pytest

from tests.extract.conftest import rels

CASES = [
    # founding "with" a second founder: after "P set up / co-founded X", and after "X, which she co-founded"
    ("Jane Roe set up Zorblax in 2023 with John Smith, who spent years at Acme.",
     {("Jane Roe", "founderOf", "Zorblax"), ("John Smith", "founderOf", "Zorblax")}, {("John Smith", "founderOf", "Acme")}),
    ("Jane Roe co-founded Zorblax with former Acme engineer John Smith.",
     {("John Smith", "founderOf", "Zorblax")}, {("John Smith", "founderOf", "Acme")}),
    ("Jane Roe is upbeat. Zorblax, which she co-founded in 2022 with former Acme researcher John Smith, wants to grow.",
     {("Jane Roe", "founderOf", "Zorblax"), ("John Smith", "founderOf", "Zorblax")}, {("John Smith", "founderOf", "Acme")}),
    # "set up" a company, not a meeting with one, nor the company's booth
    ("Jane Roe set up a meeting with Zorblax.", set(), {("Jane Roe", "founderOf", "Zorblax")}),
    ("Jane Roe set up Zorblax's booth at the fair.", set(), {("Jane Roe", "founderOf", "Zorblax")}),
    # a fronted founding clause whose first founder is described by a former employer
    ("Founded by former Acme engineer Jane Roe and researcher John Smith, Zorblax sells models.",
     {("Jane Roe", "founderOf", "Zorblax"), ("John Smith", "founderOf", "Zorblax")}, {("Jane Roe", "founderOf", "Acme")}),
    # a pair named first, "and they compete" later in the clause
    ("Acme and Zorblax are often described as the two leading labs, and they compete head to head for contracts.",
     {("Acme", "competesWith", "Zorblax")}, set()),
    ("Acme and Zorblax are frequently on opposite sides of deals, competing for the same founders.",
     {("Acme", "competesWith", "Zorblax")}, set()),
    ("Acme and Zorblax signed a deal, and they plan to expand it.", set(), {("Acme", "competesWith", "Zorblax")}),
    # "X challenger" is no subject of "competes with ... such as"
    ("Zorblax does not see itself as an Acme challenger and instead competes with specialist chip start-ups such as Quenta Labs.",
     set(), {("Acme", "competesWith", "Quenta Labs")}),
    ("Zorblax does not build chips and instead competes with Quenta Labs.", {("Zorblax", "competesWith", "Quenta Labs")}, set()),
    # "instead" ends a negation before it, like "but"; a negation after it still holds
    ("Zorblax does not compete with Acme and instead partners with it.", set(), {("Zorblax", "competesWith", "Acme")}),
    # "spoke to" an outlet
    ("Jane Roe, who runs the lab, spoke to Reuters about it this week.", {("Jane Roe", "interviewedBy", "Reuters")}, set()),
    ("Jane Roe spoke to Zorblax engineers at the fair.", set(), {("Jane Roe", "interviewedBy", "Zorblax")}),
    ("Jane Roe said she had spoken to Zorblax about a possible partnership.", set(), {("Jane Roe", "interviewedBy", "Zorblax")}),
    # models: "held its own against", "than its predecessor"
    ("Zorblax is growing. Rocket 2 held its own against Acme's Rocket in a test.", {("Rocket 2", "comparedTo", "Rocket")}, set()),
    ("Zorblax is growing. Rocket 2 keeps characters consistent far better than its predecessor, Rocket.",
     {("Rocket 2", "comparedTo", "Rocket")}, set()),
    # investors: "are among the backers of", "which backed the company's seed round", the arm that "took a stake",
    # "led a round for" after a described subject, "both of which struck deals with"
    ("Zorblax is growing. Acme and Brightwave Capital are among the backers of Zorblax, which was valued at $3 billion.",
     {("Acme", "investsIn", "Zorblax"), ("Brightwave Capital", "investsIn", "Zorblax")}, set()),
    ("Acme is among the customers of Zorblax.", set(), {("Acme", "investsIn", "Zorblax")}),
    ("Quenta Labs is growing. Acme, which backed Quenta Labs' seed round in 2023, returned with a larger cheque.",
     {("Acme", "investsIn", "Quenta Labs")}, set()),
    ("Acme, which backed Zorblax's Series A, was upbeat.", {("Acme", "investsIn", "Zorblax")}, set()),
    # a reference back ("the startup's round") is left alone: it too often points at the wrong company
    ("Acme took a stake, joining Zorblax and Quenta Labs, which led the startup's Series A.",
     set(), {("Quenta Labs", "investsIn", "Zorblax")}),
    ("Zorblax is growing. Brightwave Capital, the investment arm of Acme, took a minority stake.",
     {("Brightwave Capital", "investsIn", "Zorblax")}, {("Acme", "investsIn", "Zorblax")}),
    ("Brightwave Capital, the venture unit of Acme, the German conglomerate, led a €30 million round for Zorblax, a Hamburg start-up.",
     {("Brightwave Capital", "investsIn", "Zorblax")}, {("Acme", "investsIn", "Zorblax")}),
    ("The deal places Kestro Edge alongside Acme and the Brightwave Times, both of which struck similar deals with Zorblax last year.",
     {("Acme", "partnerOf", "Zorblax"), ("Brightwave Times", "partnerOf", "Zorblax")}, set()),
    # hardware a company serves from; the cloud its chips are rented through; an interview on a podcast
    ("Zorblax serves its voices from Acme's Kestro Edge chips, which cut the delay.",
     {("Zorblax", "usesHardware", "Kestro Edge")}, set()),
    ("Zorblax serves customers from Acme's offices.", set(), {("Zorblax", "partnerOf", "Acme")}),
    ("Zorblax trains its models on Kestro Edge chips, rented through Acme under a three-year contract.",
     {("Zorblax", "partnerOf", "Acme"), ("Zorblax", "usesHardware", "Kestro Edge")}, set()),
    ("Jane Roe is upbeat. On the Acme podcast she described the approach as sound.",
     {("Jane Roe", "interviewedBy", "Acme")}, set()),
    ("Jane Roe is upbeat. On the Acme campus she described the approach as sound.",
     set(), {("Jane Roe", "interviewedBy", "Acme")}),
]


@pytest.mark.parametrize("text, expected, wrong", CASES)
def test_relations_p19f_en(extractor, text, expected, wrong) -> None:
    found = rels(extractor, text, "en")
    assert expected <= found, found
    assert not wrong & found, found
