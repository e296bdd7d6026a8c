"""German relations found missing or wrong on a fresh training set of 2026-11-28 (set de-x, p18c round).
Every name is invented; "Acme", "Zorblax", "Jane Roe", "Rocket" and "Kestro Edge" are in the test
catalogue, the others are found by cues."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text

GERMAN = [
    # interviews in a programme owned by an outlet, the speaker before or after; a quoted outlet after a
    # verb of justifying; not an outlet's programme in which a person only appears
    ("Jane Roe sprach im Podcast „Maschinenraum“ des Senders Kieswelle TV über die Kosten.",
     {("Jane Roe", "interviewedBy", "Kieswelle TV")}, set()),
    ("Acme-Chefin Jane Roe erklärte in einem Podcast von Kieswelle TV, man wachse.",
     {("Jane Roe", "interviewedBy", "Kieswelle TV")}, set()),
    ("Im Podcast „Maschinenraum“ des Senders Kieswelle TV verteidigte Jane Roe das Projekt.",
     {("Jane Roe", "interviewedBy", "Kieswelle TV")}, set()),
    ("Im Gespräch mit dem Sender Kieswelle TV sagte Acme-Gründerin Jane Roe, Europa müsse aufholen.",
     {("Jane Roe", "interviewedBy", "Kieswelle TV")}, set()),
    ("Acme-Chefin Jane Roe begründete den Schritt im Magazin Kieswelle TV mit den Kosten.",
     {("Jane Roe", "interviewedBy", "Kieswelle TV")}, set()),
    ("Jane Roe arbeitete im Konzern Zorblax an Chips.", set(), {("Jane Roe", "interviewedBy", "Zorblax")}),
    # heads and spokespeople of associations after "dessen|deren"
    ("Skeptisch bleibt der Verband Zorblax, dessen Präsidentin Jane Roe Regeln fordert.",
     {("Jane Roe", "ceoOf", "Zorblax")}, set()),
    ("Kritik kommt von Zorblax, deren Sprecherin Jane Roe mehr Transparenz verlangt.",
     {("Jane Roe", "worksFor", "Zorblax")}, {("Jane Roe", "ceoOf", "Zorblax")}),
    # rivals: an apposition after a possessive, at a named rival, a fronted "Mit A und B konkurriert X";
    # "man konkurriert" said by a company's head; the race "seines Unternehmens mit Y"
    ("Acmes direkter Konkurrent aus Frankreich, Zorblax, hat sich zurückgezogen.",
     {("Acme", "competesWith", "Zorblax")}, set()),
    ("An der Börse wird Acme meist am Konkurrenten Zorblax gemessen.", {("Acme", "competesWith", "Zorblax")}, set()),
    ("Mit Zorblax, das Milliarden investiert, konkurriert Acme nur in einer Nische.",
     {("Acme", "competesWith", "Zorblax")}, set()),
    ("Mit Zorblax arbeitet Acme zusammen.", set(), {("Acme", "competesWith", "Zorblax")}),
    ("Acme-Chefin Jane Roe sagte, man konkurriere nun direkt mit Zorblax.",
     {("Acme", "competesWith", "Zorblax")}, set()),
    ("Jane Roe lobte den Wettlauf seines Unternehmens Acme mit Zorblax.", set(), set()),
    # member institutes and joint ventures
    ("Jane Roe forschte am Institut Zorblax in Tübingen, einer Einrichtung der Gesellschaft Acme, bis 2022.",
     {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    ("Das Zentrum Zorblax, eines der größten Mitglieder der Acme, öffnet den Rechner.",
     {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    ("Das Start-up Quelora, ein Gemeinschaftsunternehmen des Konzerns Acme mit Zorblax, hat gefeiert.",
     {("Quelora", "subOrganizationOf", "Acme"), ("Zorblax", "investsIn", "Quelora")},
     {("Acme", "investsIn", "Zorblax")}),
    ("Acme, ein Partner von Zorblax, hat gefeiert.", set(), {("Acme", "subOrganizationOf", "Zorblax")}),
    # products "dessen Lernplattform X"
    ("Acme hat einen Vertrag mit dem Start-up Zorblax geschlossen, dessen Lernplattform Rocket im Einsatz ist.",
     {("Zorblax", "develops", "Rocket")}, {("Acme", "develops", "Rocket")}),
    # goals: after a colon far from the verb, in a relative after "sich einer Strategie verschrieben"
    ("Jane Roe verfolgt nach eigener Darstellung seit Jahrzehnten ein einziges Ziel: AGI.",
     {("Jane Roe", "pursues", "AGI")}, set()),
    ("Acme hat sich seit jeher einer Strategie verschrieben, die es AGI nennt.",
     {("Acme", "pursues", "AGI")}, set()),
    # heads: a new head named without the company, a shared head
    ("Beim Konzern Acme gibt es Streit. Neuer Vorstandschef wird zum 1. April Jane Roe.",
     {("Jane Roe", "ceoOf", "Acme")}, set()),
    ("Acme führt sie heute gemeinsam mit dem früheren Zorblax-Manager Jane Roe als Doppelspitze.",
     {("Jane Roe", "ceoOf", "Acme")}, {("Jane Roe", "ceoOf", "Zorblax")}),
    # co-founders fronted with "gemeinsam mit"
    ("Gemeinsam mit ihrem Doktoranden Jane Roe gründete sie 2023 das Start-up Quelora.",
     {("Jane Roe", "founderOf", "Quelora")}, set()),
    ("Gemeinsam mit Jane Roe kritisierte sie das Start-up Quelora.", set(), {("Jane Roe", "founderOf", "Quelora")}),
    # chips and machines: computing "auf", a machine taken into service, a facility "mit N Chips"
    ("Acme rechnet seit Jahren auf Beschleunigern vom Typ Kestro Edge.", {("Acme", "usesHardware", "Kestro Edge")}, set()),
    ("Als eines der ersten Unternehmen trainiert das Start-up Quelora auf Kestro Edge sein Modell.",
     {("Quelora", "usesHardware", "Kestro Edge")}, set()),
    ("Der Rechner Kestro Edge, den Acme im Herbst in Betrieb genommen hat, ist schnell.",
     {("Acme", "usesHardware", "Kestro Edge")}, set()),
    ("Acme hat in München eine KI-Fabrik mit 10.000 Kestro-Edge-Chips eröffnet.",
     {("Acme", "usesHardware", "Kestro Edge")}, set()),
    # investors: a participle clause before the investor; the first of two described backers; not the
    # company of a founder named in the clause
    ("Zu den Geldgebern von Acme gehören die von Quelora-Gründer Jane Roe mitgegründete Investmentfirma "
     "Zorblax sowie der Fonds Nordlicht Capital.",
     {("Zorblax", "investsIn", "Acme"), ("Nordlicht Capital", "investsIn", "Acme")},
     {("Quelora", "investsIn", "Acme"), ("Jane Roe", "founderOf", "Nordlicht Capital")}),
    ("Acme wächst schnell. Der Konzern Zorblax und die Investmentgesellschaft Nordlicht Capital gehören "
     "ebenfalls zu den Anteilseignern.",
     {("Zorblax", "investsIn", "Acme"), ("Nordlicht Capital", "investsIn", "Acme")}, set()),
    # units of the company the text is about; staff "darunter P"
    ("Acme baut um. Die Tochtergesellschaft Zorblax, die Kliniken beliefert, steht zum Verkauf.",
     {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    ("Acme baut um. Jane Roe leitet die neue Sparte Zorblax, die zum Konzern gehört.",
     {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    ("Acme baut um. Die Acme-Tochter Zorblax wächst.", {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    ("Die Firma Acme beschäftigt inzwischen 60 Menschen, darunter die frühere Richterin Jane Roe.",
     {("Jane Roe", "worksFor", "Acme")}, set()),
    # co-builders of a machine
    ("Gebaut wurde die Anlage vom IT-Konzern Acme gemeinsam mit dem Unternehmen Zorblax.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    # "X-Gründer und -Chef P" heads X as well; a former head in a relative; funding "mit N Millionen Euro"
    ("Acme-Gründer und -Chef Jane Roe sprach in Berlin.",
     {("Jane Roe", "ceoOf", "Acme"), ("Jane Roe", "founderOf", "Acme")}, set()),
    ("Acme-Gründer und Zorblax-Chef Jane Roe sprach in Berlin.", {("Jane Roe", "ceoOf", "Zorblax")},
     {("Jane Roe", "ceoOf", "Acme")}),
    ("Chefin von Acme ist seither Jane Roe, die zuvor Zorblax geleitet hatte.", {("Jane Roe", "ceoOf", "Zorblax")},
     {("Jane Roe", "worksFor", "Zorblax")}),
    ("Der Konzern Acme förderte Zorblax mit rund 14 Millionen Euro.", {("Acme", "investsIn", "Zorblax")}, set()),
    ("Der Konzern Acme unterstützt die Fabrik mit fünf Milliarden Euro an Subventionen für Zorblax.",
     {("Acme", "investsIn", "Zorblax")}, set()),
    ("Acme unterstützt Zorblax mit Rat und Tat.", set(), {("Acme", "investsIn", "Zorblax")}),
    # a chip tried out in a company's relative clause; not a verb of the main clause after it
    ("Erster Abnehmer von Zorblax ist der Zulieferer Acme, der den Kestro Edge in einem Cockpit-Rechner erprobt.",
     {("Acme", "usesHardware", "Kestro Edge")}, set()),
    ("Acme, die Kestro Edge nicht kennt, erprobt Software.", set(), {("Acme", "usesHardware", "Kestro Edge")}),
]


@pytest.mark.parametrize("text, expected, wrong", GERMAN)
def test_relations_p18c(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    check_text(extractor, text, expected, wrong, "de")
