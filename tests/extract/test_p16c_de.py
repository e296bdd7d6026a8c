"""German relations found missing or wrong on fresh training articles of 2026-11-28 (set de-q, p16c
round). Every name is invented; "Acme", "Zorblax", "Jane Roe", "Rocket" and "Kestro Edge" are in the
test catalogue, the others are found by cues."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text

GERMAN = [
    # a chip "von X", "X-Chips von Y", "Y-Chips vom Typ X": X develops it, as the dev gold reads a
    # company's chip ("Nvidias RTX-GPUs"); see docs/extraction.md, p16c
    ("Acme trainiert auf 512 Z900-Grafikprozessoren von Zorblax.",
     {("Zorblax", "develops", "Z900")}, {("Zorblax", "manufactures", "Z900")}),
    ("Acme trainiert auf Zorblax-Chips vom Typ Z900.",
     {("Zorblax", "develops", "Z900")}, {("Zorblax", "manufactures", "Z900")}),
    ("Die Rechenzentren sind mit Z900-Chips von Zorblax ausgestattet.",
     {("Zorblax", "develops", "Z900")}, {("Zorblax", "manufactures", "Z900")}),
    # a model "von X" is still developed by it
    ("Acme nutzt Rocket von Zorblax.", {("Zorblax", "develops", "Rocket")}, {("Zorblax", "manufactures", "Rocket")}),
    # mergers in the perfect with a described partner, in the VSO order and with "vereinigt"
    ("Um schneller zu wachsen, hat sich Acme im Frühjahr mit dem Jenaer Spezialisten Zorblax zusammengeschlossen.",
     {("Acme", "mergedWith", "Zorblax")}, set()),
    ("Acme hat sich im Sommer mit der Berliner Agentur Zorblax zusammengeschlossen.",
     {("Acme", "mergedWith", "Zorblax")}, set()),
    ("Erst im Frühjahr hatten sich die Anbieter Acme und Zorblax zur neuen Firma Kelvra Systems vereinigt.",
     {("Acme", "mergedWith", "Zorblax")}, set()),
    # an alliance or consortium is no merger
    ("Acme hat sich im Sommer mit der Firma Zorblax zu einer Allianz zusammengeschlossen.",
     set(), {("Acme", "mergedWith", "Zorblax")}),
    ("Acme hat sich mit Zorblax zu einem Konsortium zusammengeschlossen.", set(), {("Acme", "mergedWith", "Zorblax")}),
    # the head of a unit named in a relative clause after a participle, or by a described person
    ("Beide Firmen werden in die Sparte Acme eingegliedert, die von Vorstandsmitglied Jane Roe geführt wird.",
     {("Jane Roe", "ceoOf", "Acme")}, set()),
    ("Acme, das vom früheren Zorblax-Forscher Jane Roe geführt wird, setzt auf Rocket.",
     {("Jane Roe", "ceoOf", "Acme")}, {("Jane Roe", "ceoOf", "Zorblax")}),
    # a relative clause on another noun names no head of the company
    ("Acme kaufte das Labor, das von Jane Roe geführt wird.", set(), {("Jane Roe", "ceoOf", "Acme")}),
    # acquisitions in the perfect with a long gap and a list, and with the participle fronted
    ("Auch Acme hat zuletzt kräftig zugekauft und unter anderem das finnische KI-Labor Zorblax sowie den Serverbauer Kelvra Systems erworben.",
     {("Acme", "acquired", "Zorblax"), ("Acme", "acquired", "Kelvra Systems")}, set()),
    ("Ganz geschluckt hat Acme dagegen im Frühjahr den Reutlinger Spezialisten Zorblax, der Software entwickelt.",
     {("Acme", "acquired", "Zorblax")}, set()),
    # the other company of a list that is sued, not bought
    ("Acme hat die Firma Zorblax und den Serverbauer Kelvra Systems verklagt.",
     set(), {("Acme", "acquired", "Zorblax"), ("Acme", "acquired", "Kelvra Systems")}),
    # the buyer is the subject, not a company in an earlier clause
    ("Geschluckt hat Acme den Spezialisten Zorblax; Kelvra Systems ging leer aus.",
     {("Acme", "acquired", "Zorblax")}, {("Kelvra Systems", "acquired", "Zorblax")}),
    # precision: the object of a passive is not a company named after "von" in an apposition before it,
    # and an investor financing one company in a second clause funds none of the first clause
    ("Die Firma Acme, einst als Herausforderer von Zorblax gefeiert, wurde 2024 vom Investor Kelvra Capital übernommen.",
     {("Kelvra Capital", "acquired", "Acme")}, {("Kelvra Capital", "acquired", "Zorblax")}),
    ("Bei Acme ist der Fonds Zorblax engagiert, Kelvra Systems wird von der Beteiligungsgesellschaft Globex Capital finanziert.",
     {("Globex Capital", "investsIn", "Kelvra Systems")},
     {("Globex Capital", "investsIn", "Acme"), ("Globex Capital", "investsIn", "Zorblax")}),
    ("Acme wird seit Jahren von dem Fonds Zorblax finanziert.", {("Zorblax", "investsIn", "Acme")}, set()),
    # rivals: a challenger in a subordinate clause or "versteht sich als", a rival-of phrase with a
    # described apposition, rivals for the same customers
    ("Der Gründer Jane Roe, dessen Start-up Acme ebenfalls Code erzeugt und sich als Herausforderer von Zorblax versteht, hält das für teuer.",
     {("Acme", "competesWith", "Zorblax")}, set()),
    ("Der größte Konkurrent von Acme im Geschäft mit Software, der US-Anbieter Zorblax, investiert viel.",
     {("Zorblax", "competesWith", "Acme")}, set()),
    ("Auch Zorblax und Kelvra Systems buhlen mit Assistenten um dieselben Kunden wie Acme.",
     {("Zorblax", "competesWith", "Acme"), ("Kelvra Systems", "competesWith", "Acme")}, set()),
    ("Acme kämpft mit Zorblax um dieselben Kunden wie früher.", set(), {("Acme", "competesWith", "Zorblax")}),
    # a founder named before a second role
    ("Mitgründer und Chefarchitekt von Acme ist Jane Roe, ein früherer Ingenieur.", {("Jane Roe", "founderOf", "Acme")},
     {("Jane Roe", "ceoOf", "Acme")}),
    # investors "engagiert" or "an Bord" at a company named first, a list of them
    ("Bei Acme ist seit 2022 der Fonds Zorblax engagiert, Kelvra Systems ist bei Globex beteiligt.",
     {("Zorblax", "investsIn", "Acme")}, {("Kelvra Systems", "investsIn", "Acme")}),
    ("Als Geldgeber sind bei Acme die Berliner Risikokapitalfirmen Zorblax und Kelvra Capital an Bord.",
     {("Zorblax", "investsIn", "Acme"), ("Kelvra Capital", "investsIn", "Acme")}, set()),
    ("Als Berater sind bei Acme die Firmen Zorblax und Kelvra Capital tätig.", set(),
     {("Zorblax", "investsIn", "Acme"), ("Kelvra Capital", "investsIn", "Acme")}),
    # "Mit X arbeitet Y": partners, not when X only made what Y works with
    ("Mit Zorblax arbeitet Acme zudem daran, KI in Fahrzeuge zu bringen.", {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Mit den Chips von Zorblax arbeitet Acme schneller.", set(), {("Acme", "partnerOf", "Zorblax")}),
    ("Mit Zorblax-Chips arbeitet Acme schneller.", set(), {("Acme", "partnerOf", "Zorblax")}),
    # "Mit dem Assistenten X tritt Y gegen Z an": Y develops X, X competes with Z
    ("Mit dem Assistenten Rocket tritt Acme zudem direkt gegen Zorblax 3 an.",
     {("Acme", "develops", "Rocket"), ("Rocket", "competesWith", "Zorblax 3")}, {("Acme", "develops", "Zorblax 3")}),
    # a team of a company around a researcher
    ("Dieser Frage ist ein Team der Firma Acme um die Computerlinguistin Jane Roe nachgegangen.",
     {("Jane Roe", "worksFor", "Acme")}, set()),
    ("Um Acme ist es still geworden, sagte Jane Roe.", set(), {("Jane Roe", "worksFor", "Acme")}),
    # a goal after a relative clause on the company; not one of a company named inside the clause
    ("Acme, das vom früheren Zorblax-Forscher Jane Roe geführt wird, setzt dagegen auf Open Source.",
     {("Acme", "pursues", "Open Source")}, {("Zorblax", "pursues", "Open Source")}),
    # a shareholder named in a relative clause after a separable verb's particle
    ("Die Finanzierung führte der Investor Zorblax an, der damit zum größten Anteilseigner von Acme wurde.",
     {("Zorblax", "investsIn", "Acme")}, set()),
    ("Die Finanzierung führte Zorblax an, der Chef von Acme wurde.", set(), {("Zorblax", "investsIn", "Acme")}),
    # a supplier after a long apposition
    ("Acme, 1998 als Spezialist für Industrierechner gegründet und heute mit 1200 Mitarbeitern, ist seit Jahren Zulieferer von Zorblax.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Acme, ein Rivale von Kelvra Systems, ist seit Jahren Zulieferer von Zorblax.",
     set(), {("Kelvra Systems", "partnerOf", "Zorblax")}),
]


@pytest.mark.parametrize("text, expected, wrong", GERMAN)
def test_relations_p16c(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    check_text(extractor, text, expected, wrong, "de")
