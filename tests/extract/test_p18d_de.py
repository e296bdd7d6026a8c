"""German relations and names found missing or wrong on a fresh training set of 2026-11-28 (set de-y,
p18d round). Every name is invented; "Acme", "Zorblax", "Kestro Edge" and "Jane Roe" are in the test
catalogue, the others are found by cues."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text

GERMAN = [
    # names: a German noun glued to its version keeps a variant word after it ("Halde-3 Pro")
    ("Die Firma Acme hat Lumen-3 Pro vorgestellt.", {("Acme", "develops", "Lumen-3 Pro")}, set()),
    ("Das Labor Acme hat Kranich-2 Flash veröffentlicht. Es gehört zur Kranich-2-Familie, zu der auch Kranich-2 Mini zählt.",
     {("Acme", "develops", "Kranich-2 Flash"), ("Kranich-2 Mini", "versionOf", "Kranich-2")}, set()),
    # list items each named with a place; a merger of the two
    ("Die Sensorhersteller Morvik aus Kiel und Datvia aus Ulm haben im Frühjahr fusioniert.",
     {("Morvik", "mergedWith", "Datvia")}, {("Morvik", "mergedWith", "Kiel"), ("Kiel", "mergedWith", "Datvia")}),
    ("Erst im Juni hatten sich die beiden Hersteller Morvik aus Kiel und Wendt & Brauer aus Ulm zusammengeschlossen.",
     {("Morvik", "mergedWith", "Wendt & Brauer")}, set()),
    ("Der Hersteller Morvik aus Kiel und die Stadt Ulm streiten.", set(), {("Morvik", "mergedWith", "Ulm")}),
    ("Tensorwerk entstand aus der Fusion der beiden Ausgründungen Lumatix und Korvana.",
     {("Lumatix", "mergedWith", "Korvana")}, set()),
    # the name a merger gives: a company; "die Leipziger X" and a compass word ending a name
    ("Die Leipziger Morvik und die Rostocker Datvia Nord fusionieren zur Morvik Nord. An der Spitze von "
     "Morvik Nord steht Jane Roe.",
     {("Morvik", "mergedWith", "Datvia Nord")}, {("Morvik", "mergedWith", "Rostocker")}),
    ("Morvik und Datvia haben fusioniert und firmieren nun als Morvik Datvia. Acme hat in Morvik Datvia investiert.",
     {("Acme", "investsIn", "Morvik Datvia")}, set()),
    ("Das Heidelberger Morvik hat mit Acme eine Partnerschaft vereinbart.", {("Morvik", "partnerOf", "Acme")}, set()),
    ("Der Münchner Oberbürgermeister lobte Acme und Zorblax.", set(),
     {("Münchner Oberbürgermeister", "partnerOf", "Acme"), ("Oberbürgermeister", "partnerOf", "Acme")}),
    ("Die Leipziger Volkszeitung kooperiert mit Acme.", set(), {("Volkszeitung", "partnerOf", "Acme")}),
    # a catalogue name that is a German noun, as the head of a hyphenated compound, is the noun
    ("Acme hält über seinen Start-up-Arm bereits eine Beteiligung an Zorblax.",
     {("Acme", "investsIn", "Zorblax")}, {("Arm", "investsIn", "Zorblax")}),
    # chips built in ("verbauen") and rented ("mieten"): used; the landlord is a partner, no maker
    ("Für die Bildverarbeitung verbaut Acme Kestro-Edge-Module von Zorblax direkt in der Kabine.",
     {("Acme", "usesHardware", "Kestro Edge")}, {("Acme", "develops", "Kestro Edge")}),
    ("Acme verbaut den Kestro Edge bereits in ersten Serienprojekten.", {("Acme", "usesHardware", "Kestro Edge")}, set()),
    ("Für größere Trainingsläufe mietet Acme zudem Kestro-Edge-Chips bei Zorblax.",
     {("Acme", "usesHardware", "Kestro Edge"), ("Acme", "partnerOf", "Zorblax")},
     {("Zorblax", "manufactures", "Kestro Edge"), ("Zorblax", "develops", "Kestro Edge")}),
    ("Gerechnet wird bei Acme auf gemieteten Kestro-Edge-Karten beim Cloud-Anbieter Zorblax.",
     {("Acme", "usesHardware", "Kestro Edge"), ("Acme", "partnerOf", "Zorblax")}, set()),
    ("Acme vermietet Kestro-Edge-Chips an Zorblax.", set(), {("Zorblax", "usesHardware", "Kestro Edge")}),
    # a head called "Vorstandssprecher"; a spokesperson stays an employee
    ("„Wir wachsen“, sagte Acme-Vorstandssprecher Jane Roe im Interview.", {("Jane Roe", "ceoOf", "Acme")}, set()),
    ("Jane Roe, Vorstandssprecherin von Acme, sagte das.", {("Jane Roe", "ceoOf", "Acme")}, set()),
    ("Acme-Sprecherin Jane Roe sagte das.", {("Jane Roe", "worksFor", "Acme")}, {("Jane Roe", "ceoOf", "Acme")}),
    # takeovers in a relative clause: "der" is the buyer, "den" the bought; "das" is either
    ("Der chinesische Konzern Zorblax, der Acme 2017 übernommen hatte, will wachsen.",
     {("Zorblax", "acquired", "Acme")}, {("Acme", "acquired", "Zorblax")}),
    ("Der Dienst Acme, den Zorblax übernommen hat, wächst.", {("Zorblax", "acquired", "Acme")},
     {("Acme", "acquired", "Zorblax")}),
    ("Zorblax, der Acme kritisiert hat, wächst.", set(), {("Zorblax", "acquired", "Acme")}),
    ("Erst im Juni hatten sich die beiden Hersteller Morvik aus Kiel und Datvia aus Ulm zur Morvik Datvia "
     "zusammengeschlossen.", {("Morvik", "mergedWith", "Datvia")}, set()),
    # units described as a department of a described parent, or as its institute in an apposition
    ("Zorblax Research ist die zentrale Forschungsabteilung des Stuttgarter Technologiekonzerns Acme.",
     {("Zorblax Research", "subOrganizationOf", "Acme")}, set()),
    ("„Das ist gut“, sagt Jane Roe vom Morvik Lab in Stuttgart, einem Institut der Acme.",
     {("Morvik Lab", "subOrganizationOf", "Acme"), ("Jane Roe", "worksFor", "Morvik Lab")},
     {("Jane Roe", "worksFor", "Acme")}),
    ("Zorblax ist die Heimat vieler Gründer und arbeitet mit Acme zusammen.", set(),
     {("Zorblax", "subOrganizationOf", "Acme")}),
    # posts in an apposition, a guest researcher, the lead taken over after an apposition
    ("Die Informatikerin Jane Roe, Juniorprofessorin an der Zorblax, forscht seit Kurzem zusätzlich als "
     "Gastwissenschaftlerin bei Acme in London.",
     {("Jane Roe", "worksFor", "Zorblax"), ("Jane Roe", "worksFor", "Acme")}, set()),
    ("Erst im Sommer hatte Jane Roe, bis dahin Chief Scientist beim Heidelberger Start-up Zorblax, die Leitung "
     "des Acme übernommen.", {("Jane Roe", "worksFor", "Zorblax"), ("Jane Roe", "ceoOf", "Acme")},
     {("Jane Roe", "ceoOf", "Zorblax")}),
]


@pytest.mark.parametrize("text, expected, wrong", GERMAN)
def test_relations_p18d(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    check_text(extractor, text, expected, wrong, "de")
