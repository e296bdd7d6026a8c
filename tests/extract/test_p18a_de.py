"""German relations and names found missing or wrong on a fresh training set of 2026-11-28 (set de-v,
p18a round). Every name is invented; "Acme", "Zorblax" and "Jane Roe" are in the test catalogue, the
others are found by cues."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text

GERMAN = [
    # names: a media head word (Medien, Presse, Verlag, TV) ends a company's name, also after a German
    # noun written apart ("Domstadt Medien"); "Sozialen Medien" and a place adjective are no name
    ("Die Hamburger Verlagsgruppe Nordwald Medien hat einen Lizenzvertrag mit Acme unterzeichnet.",
     {("Nordwald Medien", "partnerOf", "Acme")}, set()),
    ("Inzwischen arbeitet Acme mit dem Konkurrenten Rheinau Presse zusammen.",
     {("Acme", "partnerOf", "Rheinau Presse")}, set()),
    ("Der Münchner Auen Verlag, der mit Acme um Abonnenten wetteifert, prüft eine Klage.",
     {("Auen Verlag", "competesWith", "Acme")}, set()),
    ("Seit Jahren arbeitet Acme mit Domstadt Medien zusammen.", {("Acme", "partnerOf", "Domstadt Medien")}, set()),
    ("Acme arbeitet mit dem Sender Kieswelle TV zusammen.", {("Acme", "partnerOf", "Kieswelle TV")}, set()),
    ("Acme wirbt in den Sozialen Medien um Kunden und arbeitet mit Zorblax zusammen.",
     {("Acme", "partnerOf", "Zorblax")}, {("Acme", "partnerOf", "Sozialen Medien")}),
    ("Der Hamburger Verlag arbeitet mit Acme zusammen.", set(), {("Hamburger Verlag", "partnerOf", "Acme")}),
    ("Acme arbeitet mit Kölner Medien zusammen.", set(), {("Acme", "partnerOf", "Kölner Medien")}),
    ("Für die Simulation nutzt das Team Software von Acme. Der US-Konzern treibt mit seiner Plattform Zetaform "
     "das Thema voran.", {("Acme", "develops", "Zetaform")}, {("Team Software", "develops", "Zetaform")}),
    ("Jane Roe, Vorstandschefin des Kölner Software-Anbieters Acme, lobte das Team.", {("Jane Roe", "ceoOf", "Acme")},
     {("Jane Roe", "ceoOf", "Kölner Software")}),
    # a lab named with the company's name after a cue named the company is its unit, and the company
    # keeps its short name
    ("Beim Heidelberger KI-Anbieter Quelora kommt es zum Wechsel. Jane Roe soll das neue Labor Quelora "
     "Research aufbauen. Quelora-Chef John Smith bleibt.",
     {("Quelora Research", "subOrganizationOf", "Quelora"), ("John Smith", "ceoOf", "Quelora")},
     {("John Smith", "ceoOf", "Quelora Research")}),
    # a role compound before "wird" names the coming head; a broadcaster's Intendantin heads it
    ("Neue Acme-Chefin wird Jane Roe, bisher Finanzvorständin von Zorblax.",
     {("Jane Roe", "ceoOf", "Acme")}, {("Jane Roe", "ceoOf", "Zorblax")}),
    ("Acme-Chefin Jane Roe wird Aufsichtsrätin bei Zorblax.", {("Jane Roe", "ceoOf", "Acme")},
     {("Jane Roe", "ceoOf", "Zorblax")}),
    ("Acme-Intendantin Jane Roe sprach in Wien.", {("Jane Roe", "ceoOf", "Acme")}, set()),
    # content licensed to a company: partners; not a company named after a comma
    ("Zorblax lizenziert ihr Nachrichtenarchiv an das französische KI-Unternehmen Acme.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Acme lizenziert Inhalte an Leser, die Zorblax nutzen.", set(), {("Acme", "partnerOf", "Zorblax")}),
    # a stake taken in a verb-first clause
    ("Zudem beteiligt sich der Konzern Zorblax mit fünf Millionen Euro an Acme.",
     {("Zorblax", "investsIn", "Acme")}, set()),
    ("Zudem beteiligt sich Zorblax an der Debatte, die Acme begonnen hat.", set(), {("Zorblax", "investsIn", "Acme")}),
]


@pytest.mark.parametrize("text, expected, wrong", GERMAN)
def test_relations_p18a(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    check_text(extractor, text, expected, wrong, "de")
