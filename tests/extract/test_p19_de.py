"""German relations and names found missing or wrong on the fresh training sets of the p19 round
(2026-11-28: de-aa … de-ad), read across the four sets for kinds that recur. Every name is invented;
"Acme", "Zorblax", "Kestro Edge", "Rocket" and "Jane Roe" are in the test catalogue, the others are
found by cues."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text, ents

SUPPLIERS = [
    # a second verb of the same subject; a relative clause that buys at or delivers to; working together
    ("Auch die Acme testet Sprachmodelle, bezieht die Technik dafür aber von Zorblax.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Die Rechner liefert der Münchner IT-Dienstleister Acme, der sie direkt bei Zorblax einkauft.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    # the relative pronoun is the object ("die es … mietet"): the chips' maker rents nothing
    ("Acme trainiert seine Modelle auf Chips von Norvik Systems, die es beim US-Anbieter Zorblax mietet.",
     set(), {("Norvik Systems", "partnerOf", "Zorblax")}),
    ("Gerechnet wird auf Beschleunigern, die der Chiphersteller Acme an die Zorblax liefert.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Koordiniert wird das Vorhaben von Acme, das dafür mit Zorblax und Norvik Systems zusammenarbeitet.",
     {("Acme", "partnerOf", "Zorblax"), ("Acme", "partnerOf", "Norvik Systems")}, set()),
    ("Mit dem Klinikum Zorblax testet Acme die Software seit Januar.", {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Acme vertreibt mit Rocket einen Assistenten, der gemeinsam mit dem Klinikum Zorblax erprobt wird.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Acme entwickelt Radarsensoren und beliefert bislang vor allem Zorblax.", {("Acme", "partnerOf", "Zorblax")},
     set()),
    # a company named in an apposition is not the supplier
    ("Acme, 2014 als Ausgründung der Norvik Systems entstanden, beliefert bislang vor allem Zorblax.", set(),
     {("Norvik Systems", "partnerOf", "Zorblax")}),
    ("Pharmakonzerne wie Acme und Norvik Systems haben mit Zorblax Kooperationen im Wert von drei Milliarden "
     "Dollar geschlossen.", {("Acme", "partnerOf", "Zorblax"), ("Norvik Systems", "partnerOf", "Zorblax")}, set()),
    ("Acme hat einen Lizenzvertrag mit dem Darmstädter Konzern Zorblax.", {("Acme", "partnerOf", "Zorblax")}, set()),
]

BACKERS = [
    ("An Acme sind neben Zorblax auch Norvik Systems und Brightwell Capital mit jeweils zehn Prozent beteiligt.",
     {("Zorblax", "investsIn", "Acme"), ("Norvik Systems", "investsIn", "Acme"),
      ("Brightwell Capital", "investsIn", "Acme")}, set()),
    # "hat sich am … X beteiligt": the subject invests in X, not the other way round
    ("Norvik Systems wiederum hat sich am Dresdner Gemeinschaftswerk Zorblax beteiligt.",
     {("Norvik Systems", "investsIn", "Zorblax")}, {("Zorblax", "investsIn", "Norvik Systems")}),
    ("Den Datensatz nutzte Zorblax, das wiederum vom Hedgefonds Acme und von Norvik Systems finanziert wird.",
     {("Acme", "investsIn", "Zorblax"), ("Norvik Systems", "investsIn", "Zorblax")}, set()),
    ("Die bisherigen Investoren von Zorblax, die Wagniskapitalgeber Acme und Norvik Systems, erzielen ein "
     "Vielfaches.", {("Acme", "investsIn", "Zorblax"), ("Norvik Systems", "investsIn", "Zorblax")}, set()),
    ("Auch Acme ist erstmals bei Zorblax an Bord.", {("Acme", "investsIn", "Zorblax")}, set()),
    ("Hauptinvestor bei Zorblax ist der Berliner Risikokapitalgeber Acme.", {("Acme", "investsIn", "Zorblax")},
     set()),
    ("Die Acme stellt 40 Millionen Euro für das Konsortium Zorblax bereit.", {("Acme", "investsIn", "Zorblax")},
     set()),
]

OWNERS_AND_MAKERS = [
    ("Das zum Hedgefonds Zorblax gehörende KI-Labor Acme trainierte sein Modell auf Chips.",
     {("Acme", "subOrganizationOf", "Zorblax")}, set()),
    ("Acme gehört zur französischen Zorblax-Gruppe, die massiv investieren will.",
     {("Acme", "subOrganizationOf", "Zorblax")}, set()),
    ("Der Acme gehört wie der Norvik Systems zum Senderverbund Zorblax.",
     {("Acme", "subOrganizationOf", "Zorblax"), ("Norvik Systems", "subOrganizationOf", "Zorblax")}, set()),
    ("Jane Roe hatte bei Acme, dem KI-Labor von Zorblax, sieben Jahre gearbeitet.",
     {("Acme", "subOrganizationOf", "Zorblax")}, set()),
    # the lab of the second of two coordinated companies only; a company after the apposition is no parent
    ("Hinter Brightwell stehen Norvik Systems und Acme, die Beteiligungstochter des Konzerns Zorblax.",
     {("Acme", "subOrganizationOf", "Zorblax")}, {("Norvik Systems", "subOrganizationOf", "Zorblax")}),
    ("Acme, die Tochter des Konzerns Zorblax, liefert Chips, und auch Norvik Systems verkauft Chips.",
     {("Acme", "subOrganizationOf", "Zorblax")}, {("Acme", "subOrganizationOf", "Norvik Systems")}),
    ("Gerüchte, wonach auch Zorblax über seinen Fonds Acme einsteigen wollte, kommentierte sie nicht.",
     {("Acme", "subOrganizationOf", "Zorblax")}, set()),
    ("Die Firma wird als Einheit in Zorblax' Automobilsparte Acme geführt.", {("Acme", "subOrganizationOf", "Zorblax")},
     set()),
    ("Acme betreibt in den Hallen zunächst 16.000 Grafikprozessoren vom Typ Kestro Edge.",
     {("Acme", "usesHardware", "Kestro Edge")}, set()),
    ("Für die zweite Ausbaustufe hat Acme bereits 4.000 Superchips vom Typ Kestro Edge reserviert.",
     {("Acme", "usesHardware", "Kestro Edge")}, set()),
    ("Im Zentrum steht Rocket, ein Sprachmodell, das Acme seit 2023 trainiert.", {("Acme", "develops", "Rocket")},
     set()),
    ("Kern ist Rocket, ein von Acme entwickeltes Modell.", {("Acme", "develops", "Rocket")}, set()),
    ("Rocket war noch bei Acme entstanden, bevor sich das Team abspaltete.", {("Acme", "develops", "Rocket")}, set()),
    ("Den Kestro Edge hat Acme als Antwort auf Zorblax konzipiert.", {("Acme", "develops", "Kestro Edge")},
     {("Zorblax", "develops", "Kestro Edge")}),
    ("Profitieren will Acme, ein Start-up aus Jena, dessen Prüfgerät Kestro Edge Defekte aufspürt.",
     {("Acme", "develops", "Kestro Edge")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", SUPPLIERS + BACKERS + OWNERS_AND_MAKERS)
def test_relations_p19_de(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "de")


def test_a_count_after_a_known_company_is_no_model(nlp_de) -> None:
    # "in dem Acme 48 Nvidia-Server betreibt": 48 counts the servers; "Acme 48" is no model
    found = ents(nlp_de, "Gerechnet wird in einem Zentrum, in dem Acme 48 Nvidia-Server betreibt.")
    assert ("Acme", "Organization") in found and ("Acme 48", "AIModel") not in found


def test_hightech_is_a_common_noun(extractor) -> None:
    # "der Hightech-Sparte des Konzerns Z": "Hightech" names no company
    check_text(extractor, "Das System wurde von Acme, der Hightech-Sparte des Konzerns Zorblax, gebaut.",
               {("Acme", "subOrganizationOf", "Zorblax")}, {("Acme", "subOrganizationOf", "Hightech")}, "de")
