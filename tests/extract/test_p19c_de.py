"""German relations and names found missing or wrong on a fresh training set of 2026-11-28 (set de-ac,
p19c round). Every name is invented; "Acme", "Zorblax", "Rocket", "Rocket 2", "Kestro Edge" and "Jane Roe"
are in the test catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text, ents

GERMAN = [
    # comparisons: a passive "mit O verglichen", a result "ähnlich ab wie O", falling behind after "aber"
    ("Rocket wurde in den Tests direkt mit Rocket 2 verglichen.", {("Rocket", "comparedTo", "Rocket 2")}, set()),
    ("Rocket schnitt in Tests zu Sprachen ähnlich ab wie Rocket 2.", {("Rocket", "comparedTo", "Rocket 2")}, set()),
    ("Rocket ist ein kleines Modell und blieb zuletzt hinter Kestro Edge, blieb aber hinter Rocket 2 zurück.",
     {("Rocket", "comparedTo", "Rocket 2")}, set()),
    ("Rocket wurde mit Daten von Acme trainiert.", set(), {("Rocket", "comparedTo", "Acme")}),
    # a unit in a genitive apposition with a compound head; "Hightech" is no company
    ("Das System wurde von Acme, der Hightech-Sparte des Konzerns Zorblax, gebaut.",
     {("Acme", "subOrganizationOf", "Zorblax")}, {("Acme", "subOrganizationOf", "Hightech")}),
    # a stake with a described company between ("hat sich am Werk X beteiligt"), in the right direction
    ("Zorblax hat sich am Dresdner Gemeinschaftswerk Acme beteiligt.", {("Zorblax", "investsIn", "Acme")},
     {("Acme", "investsIn", "Zorblax")}),
    ("Zorblax hat sich an der Entwicklung beteiligt, sagt Acme.", set(), {("Zorblax", "investsIn", "Acme")}),
    # the main investor at a company named by a copula
    ("Hauptinvestor bei Acme ist der Berliner Risikokapitalgeber Zorblax.", {("Zorblax", "investsIn", "Acme")},
     set()),
    ("Hauptinvestor bei Acme ist nun Jane Roe.", set(), {("Jane Roe", "investsIn", "Acme")}),
    # a merger "abgeschlossen" by a described pair
    ("Die Firma Acme und der Chipentwickler Zorblax haben ihre Fusion abgeschlossen.",
     {("Acme", "mergedWith", "Zorblax")}, set()),
    # founders in a passive with a title before and an apposition after; a singular title after a pair of
    # names is the second one's only
    ("Acme wurde 2022 von der früheren Zorblax-Ingenieurin Jane Roe und John Doe, Professor an der Uni Kiel, "
     "gegründet.", {("Jane Roe", "founderOf", "Acme"), ("John Doe", "founderOf", "Acme")}, set()),
    ("Acme wurde von Jane Roe gegründet, die heute Professor an der Uni Kiel ist.",
     {("Jane Roe", "founderOf", "Acme")}, set()),
    # the second rival of a list whose first member has a place after it
    ("Im Markt konkurriert Acme mit Zorblax aus Kalifornien und dem japanischen Chipanbieter Kiwi Labs.",
     {("Acme", "competesWith", "Zorblax"), ("Acme", "competesWith", "Kiwi Labs")}, set()),
    ("Im Markt konkurriert Acme mit Zorblax aus Kalifornien und wächst dort.", {("Acme", "competesWith", "Zorblax")},
     set()),
    # a described pair running a joint venture together
    ("Die Software-Tochter Acme und der Chipentwickler Zorblax betreiben das Gemeinschaftsunternehmen Kiwi.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Acme und Zorblax betreiben jeweils eigene Rechenzentren.", set(), {("Acme", "partnerOf", "Zorblax")}),
]


@pytest.mark.parametrize("text, expected, wrong", GERMAN)
def test_relations_p19c(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    check_text(extractor, text, expected, wrong, "de")


def test_hightech_is_no_name(nlp_de) -> None:
    assert not any(label == "Hightech" for label, _ in ents(nlp_de, "Acme, die Hightech-Firma aus Kiel, wächst."))
