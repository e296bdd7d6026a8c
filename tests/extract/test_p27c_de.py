"""German relations found missing on a fresh training set of 2026-11-29 (set de-bb, p27c round).
Every name is invented; "Acme", "Zorblax", "Kestro Edge", "AGI" and "Jane Roe" are in the test catalogue, the
others are found by cues."""

from __future__ import annotations

import pytest

from tests.extract.conftest import rels, resolved

GERMAN = [
    # board members and advisers
    ("Acme-Aufsichtsrätin Jane Roe berät seit Januar auch das Münchner KI-Start-up Zorblax, wie aus einer "
     "Mitteilung hervorgeht.", {("Jane Roe", "worksFor", "Acme"), ("Jane Roe", "worksFor", "Zorblax")}, set()),
    ("Jane Roe berät Kunden von Zorblax bei der Einführung.", set(), {("Jane Roe", "worksFor", "Zorblax")}),
    ("Jane Roe, die seit 2021 im Aufsichtsrat von Zorblax sitzt, berät zugleich das Suchunternehmen Acme, das mit "
     "Quibbl konkurriert.", {("Jane Roe", "worksFor", "Zorblax"), ("Jane Roe", "worksFor", "Acme")}, set()),
    ("Jane Roe, die seit 2021 im Aufsichtsrat von Zorblax sitzt, berät zugleich Kunden von Acme.",
     {("Jane Roe", "worksFor", "Zorblax")}, {("Jane Roe", "worksFor", "Acme")}),
    # a consultant's client is no employer
    ("Jane Roe berät Zorblax seit zwei Jahren bei der Digitalisierung.", set(), {("Jane Roe", "worksFor", "Zorblax")}),
    ("Jane Roe war bis 2022 Finanzvorständin des Zulieferers Zorblax und sitzt zudem im Aufsichtsrat der Acme.",
     {("Jane Roe", "worksFor", "Acme")}, set()),
    ("Jane Roe war bis 2022 Finanzvorständin des Zulieferers Zorblax und sitzt zudem neben Tom Berger.",
     set(), {("Jane Roe", "worksFor", "Acme")}),
    # the head of an organisation named by a compound of its name
    ("„Die Nachfrage ist groß“, sagte Acme-Leiter Tom Berger.", {("Tom Berger", "ceoOf", "Acme")}, set()),
    ("„Die Nachfrage ist groß“, sagte Acme-Labor-Leiter Tom Berger.", set(), {("Tom Berger", "ceoOf", "Acme")}),
    # members of a group named with "zu der"
    ("Die Zeitung „Quibbler“ und das Magazin „Borla“ gehören seit Jahrzehnten zu der Zorblax Group.",
     {("Quibbler", "subOrganizationOf", "Zorblax Group"), ("Borla", "subOrganizationOf", "Zorblax Group")}, set()),
    ("Der Konzern Acme gehört seit Jahren zu der Spitze der Branche.", set(),
     {("Acme", "subOrganizationOf", "Spitze")}),
    # a goal named for an organisation; a fronted goal
    ("Jane Roe nannte AGI, die in jeder Fabrik funktioniere, als langfristiges Ziel von Acme.",
     {("Acme", "pursues", "AGI")}, set()),
    ("Jane Roe nannte AGI, die in jeder Fabrik funktioniere, als Gefahr für Acme.", set(),
     {("Acme", "pursues", "AGI")}),
    ("Das Start-up Acme wächst. Als zweites Ziel nannte Jane Roe AGI: Kleinere Modelle sollen offen erscheinen.",
     {("Jane Roe", "pursues", "AGI")}, set()),
    ("Das Start-up Acme wächst. Als zweites Problem nannte Jane Roe AGI.", set(), {("Jane Roe", "pursues", "AGI")}),
    # suppliers named for the organisation they built for
    ("Als Lieferanten des Instituts Acme hatten der Dienstleister Zorblax, eine Tochter von Borla, und das "
     "Unternehmen Quibbl das System gebaut.", {("Zorblax", "partnerOf", "Acme"), ("Quibbl", "partnerOf", "Acme")},
     {("Borla", "partnerOf", "Acme")}),
    ("Als Konkurrenten des Instituts Acme hatten Zorblax und Quibbl Angebote abgegeben.", set(),
     {("Zorblax", "partnerOf", "Acme")}),
    # a chip's designer after a semicolon
    ("Für 2026 plant Acme ein Modul mit Kestro-Edge-Prozessoren; die Chips entwirft der französische Entwickler "
     "Zorblax.", {("Zorblax", "develops", "Kestro Edge")}, {("Acme", "develops", "Kestro Edge")}),
    ("Für 2026 plant Acme ein Modul mit Kestro-Edge-Prozessoren; die Chips testet der Entwickler Zorblax.", set(),
     {("Zorblax", "develops", "Kestro Edge")}),
    # chips put into service by an organisation described in an apposition
    ("Das Institut Zorblax, eine Einrichtung von Acme, nahm am Donnerstag ein Modul mit rund 6000 Kestro-Edge-Chips "
     "von Borla in Betrieb.", {("Zorblax", "usesHardware", "Kestro Edge")}, {("Acme", "usesHardware", "Kestro Edge")}),
    # a takeover offer
    ("Der Konzern Acme hat ein Übernahmeangebot für das Start-up Zorblax vorgelegt.", {("Acme", "acquired", "Zorblax")},
     set()),
    ("Der Konzern Acme hat ein Übernahmeangebot für das Start-up Zorblax abgelehnt.", set(),
     {("Acme", "acquired", "Zorblax")}),
    # a founder and head in one title, the company in a relative clause
    ("Das Start-up Acme baut Roboter. Zu Acme kam er 2023 auf Einladung von Gründerin und CEO Jane Roe, die das "
     "Unternehmen aus einem Projekt der Universität Ostheim heraus aufgebaut hat.",
     {("Jane Roe", "ceoOf", "Acme"), ("Jane Roe", "founderOf", "Acme")}, set()),
    # a model used by organisations named with "wie"; pilot customers named with "wie"
    ("Acme entwickelt das Sprachmodell Rocket 2, das auf Texte spezialisiert ist und von Maschinenbauern wie Zorblax "
     "und Borla genutzt wird.", {("Acme", "partnerOf", "Zorblax"), ("Acme", "partnerOf", "Borla")}, set()),
    ("Das Start-up Acme beschäftigt 180 Mitarbeiter und hat Pilotkunden wie den Autobauer Zorblax und den "
     "Logistikkonzern Borla.", {("Acme", "partnerOf", "Zorblax"), ("Acme", "partnerOf", "Borla")}, set()),
    ("Das Start-up Acme beschäftigt 180 Mitarbeiter und hat Konkurrenten wie den Autobauer Zorblax.", set(),
     {("Acme", "partnerOf", "Zorblax")}),
    # a company founded as a spin-off of an institute; a founder of a name with its acronym in brackets
    ("Das Start-up Quibbl verkauft Prüfsysteme. Jane Roe hatte die Firma 2015 als Ausgründung des Ostheimer Instituts "
     "für Technologie (OIT) gegründet.", {("Jane Roe", "founderOf", "Quibbl")},
     {("Jane Roe", "founderOf", "Ostheimer Institut für Technologie")}),
    # "der Konzern" is no institute named before
    ("Das Start-up Quibbl verkauft Prüfsysteme. Jane Roe hatte die Firma als Ausgründung des Ostheimer Instituts für "
     "Technologie gegründet. Entscheidend dürfte das Verhalten von Zorblax werden. Der Stuttgarter Konzern hält über "
     "seine Beteiligungsgesellschaft Zorblax Ventures rund 14 Prozent an Quibbl.",
     {("Zorblax", "investsIn", "Quibbl"), ("Zorblax Ventures", "subOrganizationOf", "Zorblax")},
     {("Ostheimer Institut für Technologie", "investsIn", "Quibbl")}),
    # a kind of bank before "-Tochter" is no organisation; backers joining a round in a relative clause
    ("Der Konzern Zorblax beteiligt sich an dem Start-up Acme. Wie beide Unternehmen mitteilten, führt Zorblax eine "
     "Finanzierungsrunde über 85 Millionen Euro an, an der sich auch der Wagniskapitalgeber Borla Ventures und die "
     "staatliche Förderbank-Tochter Quibbl Capital beteiligen.",
     {("Borla Ventures", "investsIn", "Acme"), ("Quibbl Capital", "investsIn", "Acme")},
     {("Borla Ventures", "investsIn", "Zorblax"), ("Quibbl Capital", "subOrganizationOf", "Förderbank")}),
    # chips in systems and modules of a maker; a model the company trained itself
    ("Das Modell läuft nach Angaben des Unternehmens auf Kestro-Edge-Modulen von Zorblax direkt in der Maschine.",
     {("Zorblax", "develops", "Kestro Edge")}, set()),
    ("Acme nutzt einen Rechencluster, der mit Kestro-Edge-Systemen von Zorblax ausgestattet ist.",
     {("Zorblax", "develops", "Kestro Edge")}, set()),
    ("Das Start-up Acme verkauft Prüfsysteme. Die Software nutzt das selbst trainierte Bildmodell Rocket 2.",
     {("Acme", "develops", "Rocket 2")}, set()),
    ("Das Start-up Acme verkauft Prüfsysteme. Die Software nutzt das fremd trainierte Bildmodell Rocket 2.", set(),
     {("Acme", "develops", "Rocket 2")}),
    # a company's name ending in "Werke", later its first word alone
    ("Ostheim – Der Industriekonzern Tamber Werke holt Roboter in seine Fabriken. Hersteller der Maschinen ist das "
     "Start-up Zorblax, an dem Tamber seit vergangenem Jahr beteiligt ist.", {("Tamber Werke", "investsIn", "Zorblax")},
     set()),
    # pilot customers after a phrase of source
    ("Das Start-up Acme beschäftigt 180 Mitarbeiter und hat nach eigenen Angaben Pilotkunden wie den Autobauer Zorblax "
     "und den Logistikkonzern Borla.", {("Acme", "partnerOf", "Zorblax"), ("Acme", "partnerOf", "Borla")}, set()),
    # a unit named with its parent in the genitive, as the subject; the parent is no maker of what the unit shows
    ("Ostheim – Die Tamber Werke (TW) der Zorblax Group haben ihren neuen Rechner Kestro Edge vorgestellt.",
     {("Tamber Werke", "subOrganizationOf", "Zorblax Group")}, {("Zorblax Group", "develops", "Kestro Edge")}),
    ("Acme kooperiert mit den Tamber Werken der Zorblax Group.", set(),
     {("Tamber Werke", "subOrganizationOf", "Zorblax Group")}),
    # models of a series named with a possessive
    ("Der Konzern Acme erhält Zugriff auf das Archiv und darf die Inhalte für seine KI-Modelle der Rocket-Reihe "
     "verwenden.", {("Acme", "develops", "Rocket")}, set()),
    ("Der Konzern Acme erhält Zugriff auf seine Artikel der Rocket-Reihe.", set(), {("Acme", "develops", "Rocket")}),
    # agreements fronted
    ("Der Konzern Acme zahlt viel. Ähnliche Vereinbarungen hat der Konzern bereits mit der Nachrichtenagentur Zorblax "
     "und mehreren Verlagen geschlossen.", {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Der Konzern Acme zahlt viel. Ähnliche Vereinbarungen hat der Konzern bereits mit der Nachrichtenagentur Zorblax "
     "besprochen.", set(), {("Acme", "partnerOf", "Zorblax")}),
    # a model of the company named in an apposition
    ("Die Firma Acme wächst. „Wir sind vorn“, sagte Jane Roe. Das aktuelle Modell des Unternehmens, Rocket 2, liege "
     "gleichauf mit anderen, sagte sie.", {("Acme", "develops", "Rocket 2")}, set()),
    # backers named "als Investoren"
    ("Das gelte umso mehr, als Acme inzwischen mit Zorblax und Borla zwei der größten Cloud-Konzerne als Investoren "
     "habe.", {("Zorblax", "investsIn", "Acme"), ("Borla", "investsIn", "Acme")}, set()),
    ("Acme hat mit Zorblax als Partner gesprochen.", set(), {("Zorblax", "investsIn", "Acme")}),
]


@pytest.mark.parametrize("text, expected, wrong", GERMAN)
def test_relations_p27c(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    found = rels(extractor, text, "de")
    assert expected <= found, found
    assert not wrong & found, found


def test_the_media_group_refers_back_to_the_group_not_to_its_partner(nlp_de) -> None:
    text = ("Die Friesische Verlagsgruppe hat einen Vertrag mit dem KI-Entwickler Zorblax geschlossen. Zorblax darf "
            "Artikel der Zeitung „Quibbler“ nutzen. Der „Quibbler“ gehört seit Jahren zu der Verlagsgruppe.")
    assert ("Verlagsgruppe", "Friesische Verlagsgruppe") in resolved(nlp_de, text)


def test_the_research_centre_refers_back_to_the_centre_named_so(nlp_de) -> None:
    text = ("Der Konzern Acme baut ein Werk. Das Tamber-Forschungszentrum für Robotik nahm einen Rechner in Betrieb. "
            "Für 2026 plant das Forschungszentrum ein weiteres Modul.")
    found = resolved(nlp_de, text)
    assert ("Forschungszentrum", "Tamber-Forschungszentrum für Robotik") in found, found
    assert ("Forschungszentrum", "Acme") not in found, found


def test_a_pair_of_agencies_in_a_dateline_owns_no_possessive(nlp_de) -> None:
    found = resolved(nlp_de, "Ostheim (Acme/abc) – Das Institut Zorblax hat seinen neuen Rechner Kestro Edge "
                             "vorgestellt.")
    assert ("seinen", "Zorblax") in found, found
    assert ("seinen", "Acme") not in found, found
