"""German relations found missing on a fresh training set of 2026-11-28 (p19b, de-ab). Every name is
invented; "Acme", "Zorblax", "Jane Roe", "Rocket" and "Kestro Edge" are in the test catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import rels

GERMAN = [
    # two backers in a passive relative: both invest
    ("Das Projekt nutzte Acme, das wiederum vom Fonds Zorblax und von Lumen Partners finanziert wird.",
     {("Zorblax", "investsIn", "Acme"), ("Lumen Partners", "investsIn", "Acme")}, set()),
    ("Den Auftrag bekam das Start-up Quenta, das von Acme sowie von Zorblax unterstützt wird.",
     {("Acme", "investsIn", "Quenta"), ("Zorblax", "investsIn", "Quenta")}, set()),
    # major shareholders named after "zu den Großaktionären zählen"
    ("Das Start-up Quenta wächst. Zu den Großaktionären zählen Acme und Zorblax.",
     {("Acme", "investsIn", "Quenta"), ("Zorblax", "investsIn", "Quenta")}, set()),
    # a rival before "ringen|kämpfen ... um"
    ("Mit Zorblax ringt Acme vor allem um zahlungskräftige Kunden.", {("Acme", "competesWith", "Zorblax")}, set()),
    ("Acme ringt mit Zorblax um die besten Forscher.", {("Acme", "competesWith", "Zorblax")}, set()),
    # must not: struggling with problems, or fighting over a partner without a rival
    ("Acme kämpft mit hohen Kosten um jeden Kunden von Zorblax.", set(), {("Acme", "competesWith", "Zorblax")}),
    # chips "vom Typ" in a facility the company operates, also a second type of a list
    ("Acme betreibt in Lyon den Rechner Orkan mit mehr als 9.000 Prozessoren vom Typ Kestro Edge.",
     {("Acme", "usesHardware", "Kestro Edge")}, set()),
    ("Die Acme betreibt in Graz bereits eine eigene Fabrik mit 4.000 Zorblax-Chips vom Typ Kestro Edge.",
     {("Acme", "usesHardware", "Kestro Edge")}, set()),
    # chips a company trains its own models on, without "vom Typ"
    ("Acme trainiert seine Modelle seit dem Frühjahr zu einem großen Teil auf Kestro Edge.",
     {("Acme", "usesHardware", "Kestro Edge")}, set()),
    # must not: training on a company's data is no hardware
    ("Acme trainiert seine Modelle seit dem Frühjahr auf Daten von Zorblax.", set(), {("Acme", "usesHardware", "Zorblax")}),
    # partners after "mit Y ... Kooperationen geschlossen", also with a list as subject
    ("Pharmakonzerne wie Acme und Lumen Bio haben mit Zorblax Kooperationen im Wert von drei Milliarden Dollar geschlossen.",
     {("Acme", "partnerOf", "Zorblax"), ("Lumen Bio", "partnerOf", "Zorblax")}, set()),
    # models compared: passive "mit ... verglichen", "X dem Modell Y gegenüberstellen"
    ("Rocket, das jüngste Modell der Reihe, wird in Tests mit Vantor-7 verglichen.",
     {("Rocket", "comparedTo", "Vantor-7")}, set()),
    ("Dort stellte er Rocket dem Konkurrenzmodell Vantor-7 gegenüber.", {("Rocket", "comparedTo", "Vantor-7")}, set()),
    # an interview in an outlet's podcast
    ("Jane Roe nannte die Klage im Podcast von Zorblax unbegründet.", {("Jane Roe", "interviewedBy", "Zorblax")}, set()),
    # must not: a podcast produced by a company the person only mentions
    ("Jane Roe lobte Acme, im Podcast von Zorblax fehlte sie.", set(), {("Jane Roe", "interviewedBy", "Acme")}),
]


@pytest.mark.parametrize("text, expected, wrong", GERMAN)
def test_relations_p19b_de(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    found = rels(extractor, text, "de")
    assert expected <= found, found
    assert not wrong & found, found
