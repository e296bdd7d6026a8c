"""German relations found missing or wrong on a fresh training set of 2026-11-28 (set de-r, p17a
round). Every name is invented; "Acme", "Zorblax", "Jane Roe", "Rocket", "Rocket 2" and "Kestro Edge"
are in the test catalogue, the others are found by cues."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text

GERMAN = [
    # the second item of an investor list, after an adverbial ("und seit ... auch B")
    ("Zu den Geldgebern von Acme gehören der Pariser Fonds Zorblax und seit diesem Sommer auch Kelvra Systems.",
     {("Zorblax", "investsIn", "Acme"), ("Kelvra Systems", "investsIn", "Acme")}, set()),
    ("Zu den Investoren von Acme zählen die Firma Zorblax und inzwischen auch Kelvra Systems selbst.",
     {("Kelvra Systems", "investsIn", "Acme")}, set()),
    # an apposition on the first item: the second item is no investor in the first
    ("Zu den Investoren von Acme zählen Zorblax, der Wagnisarm des Konzerns Kelvra Systems, sowie der Fonds Nordgut Capital.",
     {("Nordgut Capital", "investsIn", "Acme")}, {("Nordgut Capital", "investsIn", "Zorblax")}),
    # a compound's backers and rivals, second items included
    ("Die bisherigen Acme-Geldgeber Zorblax und Kelvra Systems stockten ihre Anteile auf.",
     {("Kelvra Systems", "investsIn", "Acme")}, set()),
    ("Acme-Wettbewerber wie die Zorblax und die Kelvra Systems setzen auf andere Modelle.",
     {("Zorblax", "competesWith", "Acme"), ("Kelvra Systems", "competesWith", "Acme")}, set()),
    # a passive with two agents: the first designs, the second makes
    ("Die Z900-Chips werden von Acme entworfen und von Zorblax in Asien gefertigt.",
     {("Acme", "develops", "Z900"), ("Zorblax", "manufactures", "Z900")}, {("Acme", "manufactures", "Z900")}),
    ("Die Z900-Chips werden von Acme entwickelt und in Asien gefertigt.",
     {("Acme", "develops", "Z900")}, {("Acme", "manufactures", "Z900")}),
    # a chip named before, developed or made on behalf of another by a described company
    ("Acme prüft den Einsatz des Beschleunigers Kestro Edge. Der Chip wurde von dem Grazer Start-up Zorblax eigens für Bildmodelle entwickelt.",
     {("Zorblax", "develops", "Kestro Edge")}, set()),
    ("Acme prüft den Einsatz des Beschleunigers Kestro Edge. Der Chip wird von Zorblax im Auftrag des Herstellers gefertigt.",
     {("Zorblax", "manufactures", "Kestro Edge")}, set()),
    # mergers of two described companies; an alliance is none
    ("Im Mai hatten sich der Kölner Softwareanbieter Acme und das Bonner Start-up Zorblax zusammengeschlossen.",
     {("Acme", "mergedWith", "Zorblax")}, set()),
    ("Im Mai hatten sich der Kölner Softwareanbieter Acme und das Bonner Start-up Zorblax zu einer Allianz zusammengeschlossen.",
     set(), {("Acme", "mergedWith", "Zorblax")}),
    ("Vor einem Monat hatten die Grazer Firma Acme und das Linzer Start-up Zorblax ihre Fusion verkündet.",
     {("Acme", "mergedWith", "Zorblax")}, set()),
    # rivals: the second described item, a relative clause, a second verb phrase
    ("Im Handel konkurriert Acme mit dem britischen Anbieter Zorblax und dem Kieler Start-up Kelvra Systems.",
     {("Acme", "competesWith", "Zorblax"), ("Acme", "competesWith", "Kelvra Systems")}, set()),
    ("Acme konkurriert mit dem Anbieter Zorblax und dem Kelvra-Ableger Nordgut Labs.",
     {("Acme", "competesWith", "Nordgut Labs")}, {("Acme", "competesWith", "Kelvra")}),
    ("Die Technik liefert der Spezialist Acme, der mit Zorblax um Aufträge der Bahn konkurriert.",
     {("Acme", "competesWith", "Zorblax")}, set()),
    ("Acme ist Partner von Kelvra Systems und rivalisiert mit Zorblax um öffentliche Aufträge.",
     {("Acme", "competesWith", "Zorblax")}, {("Kelvra Systems", "competesWith", "Zorblax")}),
    # at the top of a company stays a cofounder: head and founder
    ("An der Spitze von Acme bleibt Mitgründerin Jane Roe, die zuvor Physik studiert hat.",
     {("Jane Roe", "ceoOf", "Acme"), ("Jane Roe", "founderOf", "Acme")}, set()),
    ("An der Spitze von Acme bleibt Jane Roe.", {("Jane Roe", "ceoOf", "Acme")}, {("Jane Roe", "founderOf", "Acme")}),
    # an earlier job in a relative clause
    ("Jane Roe, die Acme heute führt, hatte zuvor sechs Jahre an der Zorblax geforscht.",
     {("Jane Roe", "ceoOf", "Acme"), ("Jane Roe", "worksFor", "Zorblax")}, {("Jane Roe", "ceoOf", "Zorblax")}),
    # a company belonging to a group, after an apposition; a portfolio is no group
    ("Jane Roe war zuvor bei Acme, dem Spezialisten für Kameras, der mehrheitlich zum Chipkonzern Zorblax gehört.",
     {("Acme", "subOrganizationOf", "Zorblax")}, set()),
    ("Acme, das zum Portfolio von Zorblax gehört, wächst.", set(), {("Acme", "subOrganizationOf", "Zorblax")}),
    # a majority holder in a relative clause
    ("Bezahlt wird der Bau vom Vermögensverwalter Zorblax, der die Mehrheit an Acme hält.",
     {("Zorblax", "investsIn", "Acme")}, set()),
    # a licensed model and a model relied on after an apposition: partners
    ("Die Firma Acme lizenziert für ihre Buchhaltung das Sprachmodell Rocket des Kölner Start-ups Zorblax.",
     {("Acme", "partnerOf", "Zorblax"), ("Zorblax", "develops", "Rocket")}, set()),
    ("Die Firma Acme, eine Tochter des Konzerns Kelvra Systems, setzt künftig auf ein Sprachmodell des Unternehmens Zorblax.",
     {("Acme", "partnerOf", "Zorblax")}, {("Kelvra Systems", "partnerOf", "Zorblax")}),
    # "X, dem Entwickler von Y": X develops Y; a customer does not
    ("Acme, dem Hersteller von Rocket, geht es gut.", {("Acme", "develops", "Rocket")}, set()),
    ("Acme, dem Kunden von Rocket, geht es gut.", set(), {("Acme", "develops", "Rocket")}),
    # chips bought after a long gap, or trained on "der Baureihe X"
    ("Acme hat für das neue Projekt 64 Beschleuniger vom Typ Kestro Edge angeschafft.",
     {("Acme", "usesHardware", "Kestro Edge")}, set()),
    ("Acme selbst trainiert auf Zorblax-Chips der Baureihe Kestro Edge.", {("Acme", "usesHardware", "Kestro Edge")}, set()),
    # two models level
    ("Auf der Bestenliste liegen Rocket und Rocket 2 nahezu gleichauf.", {("Rocket", "comparedTo", "Rocket 2")}, set()),
    # a founding passive names no founder of a company in the genitive
    ("Acme ist eine Ausgründung der Universität Zorblax und wurde 2021 von dem Professor Jane Roe gegründet.",
     {("Jane Roe", "founderOf", "Acme")}, {("Jane Roe", "founderOf", "Universität Zorblax")}),
]


@pytest.mark.parametrize("text, expected, wrong", GERMAN)
def test_relations_p17a(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    check_text(extractor, text, expected, wrong, "de")
