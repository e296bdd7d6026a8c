"""German relations found missing or wrong on a fresh training set of 2026-11-28 (set de-u, p17d
round). Every name is invented; "Acme", "Zorblax", "Jane Roe", "Rocket" and "Kestro Edge" are in the
test catalogue, the others are found by cues."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text

GERMAN = [
    # interviews: the outlet fronted, alone, after a programme noun, in a compound; or after the speaker
    ("Im Acme sagte Jane Roe, die Lage sei ernst.", {("Jane Roe", "interviewedBy", "Acme")}, set()),
    ("Im Podcast des „Acme“ sagte der Robotikforscher Jane Roe, es gehe voran.",
     {("Jane Roe", "interviewedBy", "Acme")}, set()),
    ("In der Sendung „Zeitgeist“ im Acme warnte Jane Roe vergangene Woche vor Risiken.",
     {("Jane Roe", "interviewedBy", "Acme")}, set()),
    ("Jane Roe leitet Zorblax. „Das ist gut“, sagte sie am Sonntagabend in der Acme-Talkshow „Zeitgeist“.",
     {("Jane Roe", "interviewedBy", "Acme")}, {("Jane Roe", "interviewedBy", "Zorblax")}),
    ("Das sagte Jane Roe im Acme.", {("Jane Roe", "interviewedBy", "Acme")}, set()),
    ("Bei Acme sagte Jane Roe, alles laufe gut.", set(), {("Jane Roe", "interviewedBy", "Acme")}),
    ("Im Konzern Acme sagte Jane Roe das.", set(), {("Jane Roe", "interviewedBy", "Acme")}),
    # a name in the programme's title is no head of the company in the apposition after the speaker
    ("In der Acme-Talkshow „Jane Doe“ warf Ann Poe, Chefin des Konzerns Zorblax, dem Anbieter Quarzo Labs "
     "Fehler vor.",
     {("Ann Poe", "interviewedBy", "Acme"), ("Ann Poe", "ceoOf", "Zorblax")}, {("Jane Doe", "ceoOf", "Zorblax")}),
    # rivals: "A und B sind direkte Rivalen", "Zu Xs Wettbewerbern zählen A und B"
    ("Zorblax und Quarzo Labs sind direkte Rivalen bei Ausschreibungen.",
     {("Zorblax", "competesWith", "Quarzo Labs")}, set()),
    ("Zu Acmes Wettbewerbern zählen Zorblax und der Spezialist Quarzo Labs.",
     {("Zorblax", "competesWith", "Acme"), ("Quarzo Labs", "competesWith", "Acme")},
     {("Zorblax", "competesWith", "Quarzo Labs")}),
    # customers with a described noun
    ("Zu Acmes Kunden der ersten Stunde zählt der Logistikkonzern Zorblax.", {("Zorblax", "partnerOf", "Acme")},
     set()),
    # partners: in a relative clause, fronted "Gemeinsam mit"
    ("Auch Zorblax, das mit Acme an KI-Modellen arbeitet, äußerte sich.", {("Zorblax", "partnerOf", "Acme")},
     set()),
    ("Gemeinsam mit dem Softwarekonzern Acme baut Zorblax Rechenzentren.", {("Zorblax", "partnerOf", "Acme")},
     set()),
    ("Gemeinsam mit Acme hat der Konzern Zorblax nichts zu tun.", set(), {("Zorblax", "partnerOf", "Acme")}),
    # chips built in, sitting in someone's products, trained on in a relative clause
    ("Der Chip Kestro Edge von Acme, den Zorblax in jede Drohne einbaut, ist klein.",
     {("Zorblax", "usesHardware", "Kestro Edge"), ("Acme", "develops", "Kestro Edge")},
     {("Acme", "usesHardware", "Kestro Edge")}),
    ("Kunde ist Zorblax, der den Kestro Edge in seine Drohnen einbaut.", {("Zorblax", "usesHardware", "Kestro Edge")},
     set()),
    ("Ein Kandidat ist Acme, dessen Chip Kestro Edge bereits in Autos von Zorblax steckt.",
     {("Acme", "develops", "Kestro Edge"), ("Zorblax", "usesHardware", "Kestro Edge")},
     {("Zorblax", "develops", "Kestro Edge")}),
    ("Die Chips vom Typ Kestro Edge von Acme, auf denen Zorblax seine Modelle trainieren will, sind teuer.",
     {("Zorblax", "usesHardware", "Kestro Edge"), ("Acme", "develops", "Kestro Edge")},
     {("Acme", "usesHardware", "Kestro Edge")}),
    # makers: "dessen humanoider Roboter Y", "das selbst entwickelte Modell Y"
    ("Acme, dessen humanoider Roboter Rocket dort vorführte, wächst.", {("Acme", "develops", "Rocket")}, set()),
    ("Technisch setzt Acme auf das selbst entwickelte Bildmodell Rocket.", {("Acme", "develops", "Rocket")}, set()),
    # investors after "hat prominente Geldgeber, darunter" belong to the subject, not to its rival
    ("Zorblax gilt als Rivale von Acme und hat prominente Geldgeber, darunter Quarzo Labs und Vantix Labs.",
     {("Quarzo Labs", "investsIn", "Zorblax"), ("Vantix Labs", "investsIn", "Zorblax")},
     {("Quarzo Labs", "investsIn", "Acme"), ("Vantix Labs", "investsIn", "Acme")}),
    # a unit of a company bought is no buyer of its parent
    ("Der Konzern Acme kauft die Robotiksparte Quarzo Labs des Industriekonzerns Zorblax für 5 Milliarden Dollar.",
     {("Acme", "acquired", "Quarzo Labs")}, {("Quarzo Labs", "acquired", "Zorblax")}),
    ("Für 5 Milliarden Dollar kauft Acme den Anbieter Zorblax.", {("Acme", "acquired", "Zorblax")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", GERMAN)
def test_relations_p17d(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    check_text(extractor, text, expected, wrong, "de")
