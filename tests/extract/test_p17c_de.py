"""German relations and names found missing or wrong on fresh training articles of 2026-11-28 (set de-t,
p17c round). Every name is invented; "Acme", "Zorblax", "Jane Roe", "Rocket", "Rocket 2" and "Kestro Edge"
are in the test catalogue, the others are found by cues."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text

GERMAN = [
    # a unit whose name opens with a company's name named before is another organisation: the lone
    # first word stays the company (cue kind unit_prefix)
    ("Jane Roe hat das Hamburger KI-Unternehmen Zentrix 2021 gegründet. Zentrix entwickelt Modelle. In Oslo "
     "arbeitet die Tochtergesellschaft Zentrix Labs an Sprachdaten.",
     {("Jane Roe", "founderOf", "Zentrix")}, {("Jane Roe", "founderOf", "Zentrix Labs")}),
    ("Das Start-up Zentrix wächst. Das hauseigene Zentrix Safety Lab prüft jedes Modell. Gegründet wurde "
     "Zentrix von Jane Roe.",
     {("Jane Roe", "founderOf", "Zentrix")}, {("Jane Roe", "founderOf", "Zentrix Safety Lab")}),
    # ... and is the company's unit; a longer name not named as a unit is none
    ("Jane Roe leitet das Start-up Zentrix. In Oslo arbeitet die Tochter Zentrix Labs an Sprachdaten.",
     {("Zentrix Labs", "subOrganizationOf", "Zentrix")}, set()),
    ("Das Start-up Zentrix wächst. Zentrix Cloud verkauft Rechenzeit.", set(),
     {("Zentrix Cloud", "subOrganizationOf", "Zentrix")}),
    # (the full name named first keeps its short form)
    ("Das Start-up Zentrix Labs wurde von Jane Roe gegründet. Zentrix entwickelt Modelle.",
     {("Jane Roe", "founderOf", "Zentrix Labs")}, {("Jane Roe", "founderOf", "Zentrix")}),
    # an owner and a noun before a unit's name are no words of it
    ("Zudem ist Acmes Wagniskapitalarm Zentrix Ventures seit der Seed-Runde an Zorblax beteiligt.",
     {("Zentrix Ventures", "investsIn", "Zorblax"), ("Zentrix Ventures", "subOrganizationOf", "Acme")}, set()),
    ("Der Versorger Acme geht einen anderen Weg: Dessen Einheit Zentrix Data Lab entwickelt mit Rocket ein "
     "eigenes Modell.", {("Zentrix Data Lab", "develops", "Rocket")}, {("Acme", "develops", "Rocket")}),
    # a name before its origin and an apposition ("X aus Dresden, eine Ausgründung des ..."); the origin is
    # no company
    ("Die kleinste Runde geht an Photrix aus Dresden, eine Ausgründung der Universität. Photrix entwickelt "
     "mit Rocket einen optischen Chip.",
     {("Photrix", "develops", "Rocket")}, {("Dresden", "develops", "Rocket")}),
    # roles: a head of a department after a copula, "verantwortet bei X", a head who moves, founder and head
    # in one apposition, a co-head's compound
    ("Roe bleibt Technikchef von Acme, Poe kümmert sich um Asien.", {("Roe", "worksFor", "Acme")},
     {("Roe", "ceoOf", "Acme")}),
    ("Als Technikvorständin verantwortet Jane Roe heute die Entwicklung bei Acme.",
     {("Jane Roe", "worksFor", "Acme")}, set()),
    ("Jane Roe, zuvor Forscherin bei Zorblax in London, verantwortet bei Acme als Technikchefin die Plattform.",
     {("Jane Roe", "worksFor", "Acme"), ("Jane Roe", "worksFor", "Zorblax")}, set()),
    ("Jane Roe verantwortet das Geschäft mit Zorblax bei Acme.", set(), {("Jane Roe", "worksFor", "Zorblax")}),
    ("Jane Roe wechselt als Vorstandsvorsitzende zum Münchner Start-up Acme.", {("Jane Roe", "ceoOf", "Acme")},
     set()),
    ("Die bisherige Forschungschefin von Zorblax, Dr. Jane Roe, wechselt als Vorstandsvorsitzende zu Acme.",
     {("Jane Roe", "ceoOf", "Acme"), ("Jane Roe", "worksFor", "Zorblax")}, {("Jane Roe", "ceoOf", "Zorblax")}),
    ("Jane Roe wechselt als Forscherin zu Acme.", {("Jane Roe", "worksFor", "Acme")}, {("Jane Roe", "ceoOf", "Acme")}),
    ("Jane Roe, Mitgründerin und Geschäftsführerin des Münchner KI-Start-ups Acme, hat geworben.",
     {("Jane Roe", "ceoOf", "Acme"), ("Jane Roe", "founderOf", "Acme")}, set()),
    ("Acme-Co-Chef Jane Roe sagte das.", {("Jane Roe", "ceoOf", "Acme")}, set()),
    ("Acme-KI-Chef Jane Roe sagte das.", {("Jane Roe", "worksFor", "Acme")}, {("Jane Roe", "ceoOf", "Acme")}),
    # investors: the subject after the copula, the lead of a round after it, others topping up after it
    ("Zudem ist Zentrix Ventures seit der Seed-Runde an Zorblax beteiligt.",
     {("Zentrix Ventures", "investsIn", "Zorblax")}, set()),
    ("Die jüngste Finanzierungsrunde von Acme über 48 Millionen Euro führte der Berliner Investor Zorblax an; "
     "auch der Fonds Quarzo Capital (QC) und Zentrix Ventures stockten ihre Anteile auf.",
     {("Zorblax", "investsIn", "Acme"), ("Quarzo Capital", "investsIn", "Acme"),
      ("Zentrix Ventures", "investsIn", "Acme")}, set()),
    ("Die Finanzierungsrunde von Acme führte Zorblax an; Quarzo Capital stockte dagegen seinen Anteil an "
     "Zentrix Labs auf.", {("Zorblax", "investsIn", "Acme")}, {("Quarzo Capital", "investsIn", "Acme")}),
    # partners by contract
    ("So hat das Start-up Acme einen Fünfjahresvertrag über Rechenkapazität mit Zorblax unterschrieben.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Größter Kunde ist Acme, die Rocket im Kundenservice einsetzt und seit dem Frühjahr einen Rahmenvertrag "
     "mit Zorblax hat.", {("Acme", "partnerOf", "Zorblax")}, set()),
    # chips a company equips a site with
    ("Acme stattet das Werk mit Beschleunigern vom Typ Kestro Edge aus, nicht mit Chips von Zorblax.",
     {("Acme", "usesHardware", "Kestro Edge")}, {("Zorblax", "usesHardware", "Kestro Edge")}),
    # "hat mit M sein erstes Modell <verb>": the possessive's own model
    ("Acme hat mit Rocket 2 sein erstes großes Modell eingereicht.", {("Acme", "develops", "Rocket 2")}, set()),
    ("Acme hat mit Rocket 2 ein Modell von Zorblax getestet.", set(), {("Acme", "develops", "Rocket 2")}),
    # verb-final clauses and relatives: developers in a subordinate clause, a merger in a relative, chips
    # made to order in a relative, a head in a relative, partners who built something together (not across
    # a clause)
    ("Seit Acme und Zorblax im vergangenen Jahr Rocket 2 vorgestellt haben, gilt das Modell als Maßstab.",
     {("Acme", "develops", "Rocket 2"), ("Zorblax", "develops", "Rocket 2")}, set()),
    ("Seit Acme im vergangenen Jahr Rocket 2 getestet hat, gilt das Modell als Maßstab.", set(),
     {("Acme", "develops", "Rocket 2")}),
    ("Acme arbeitet seit 2023 mit dem britischen Unternehmen Zentrix zusammen, das inzwischen mit Zorblax "
     "aus Kalifornien fusioniert hat.",
     {("Zentrix", "mergedWith", "Zorblax"), ("Acme", "partnerOf", "Zentrix")}, {("Acme", "mergedWith", "Zorblax")}),
    ("Im Rechenzentrum arbeiten Grafikprozessoren der Kestro-Edge-Generation, die Acme entwickelt und beim "
     "Auftragsfertiger Zorblax herstellen lässt.",
     {("Acme", "develops", "Kestro Edge"), ("Zorblax", "manufactures", "Kestro Edge")},
     {("Acme", "manufactures", "Kestro Edge")}),
    ("Chef von Zorblax ist Jane Roe, die auch Acme leitet.", {("Jane Roe", "ceoOf", "Acme")}, set()),
    ("Jane Roe, die Acme lange beraten hat, leitet Zorblax.", set(), {("Jane Roe", "ceoOf", "Acme")}),
    ("Acme hat das Rechenzentrum gemeinsam mit dem US-Chipkonzern Zorblax errichtet.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Der Assistent basiert auf Rocket, dem Modell des Unternehmens Acme, und wurde gemeinsam mit der Agentur "
     "Zorblax entwickelt.", set(), {("Acme", "partnerOf", "Zorblax")}),
    ("Es sind Chips von Acme, den Zentrix gemeinsam mit dem Anbieter Zorblax betreibt.", set(),
     {("Acme", "partnerOf", "Zorblax")}),
    # a rival hailed in an apposition, a group it belongs to after it
    ("Das britische Zorblax, einst als Kestro-Herausforderer gefeiert, gehört inzwischen zum japanischen "
     "Acme-Konzern.", {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    ("Das britische Zorblax, einst als Acme-Herausforderer gefeiert, ist pleite.",
     {("Zorblax", "competesWith", "Acme")}, set()),
    # a round joined after a verb-first "beteiligt sich X, der ..., an der Finanzierungsrunde von Y"
    ("Zugleich beteiligt sich Zentrix Ventures, der Beteiligungsarm von Acme, an der aktuellen "
     "Finanzierungsrunde von Zorblax über 30 Millionen Euro.",
     {("Zentrix Ventures", "investsIn", "Zorblax"), ("Zentrix Ventures", "subOrganizationOf", "Acme")},
     {("Acme", "investsIn", "Zorblax")}),
    # a takeover in the passive with a long gap and a described buyer
    ("Das Unternehmen Zentrix wurde 2024 für 665 Millionen Dollar vom US-Chipkonzern Acme übernommen.",
     {("Acme", "acquired", "Zentrix")}, set()),
    # appointed to a post other than head
    ("Acme hat derweil den früheren Zorblax-Manager Jane Roe zum Chief AI Officer ernannt.",
     {("Jane Roe", "worksFor", "Acme"), ("Jane Roe", "worksFor", "Zorblax")}, {("Jane Roe", "worksFor", "Kestro")}),
    # a supercomputer of an institute is used by it, not made
    ("Zorblax rechnet auf dem Supercomputer Kestro Edge des Instituts Acme.",
     {("Acme", "usesHardware", "Kestro Edge")}, {("Acme", "develops", "Kestro Edge")}),
    # an apposition whose head is a compound of a company's kind; a name shaped like a compound at the start;
    # a customer after the apposition
    ("Nordenergie, die Netztochter von Acme, ist bereits seit zwei Jahren Kunde von Zorblax.",
     {("Nordenergie", "subOrganizationOf", "Acme"), ("Nordenergie", "partnerOf", "Zorblax")},
     {("Acme", "partnerOf", "Zorblax")}),
    ("Zentrix, ein Berliner Cloudanbieter, hat Zorblax gekauft.", {("Zentrix", "acquired", "Zorblax")}, set()),
    ("Jan Poe, ein Softwareentwickler, hat Zorblax verlassen.", set(), {("Jan Poe", "acquired", "Zorblax")}),
    ("Windenergie, ein wichtiges Thema für Acme, wächst.", set(), {("Windenergie", "partnerOf", "Acme")}),
    # a German noun and an acronym after a company's cue noun are one name
    ("Die Acme-Tochter Netze BW setzt auf die Software Rocket von Zorblax.",
     {("Netze BW", "subOrganizationOf", "Acme"), ("Netze BW", "partnerOf", "Zorblax")}, {("BW", "partnerOf", "Zorblax")}),
    ("Das Start-up Zentrix GmbH hat Zorblax gekauft.", {("Zentrix GmbH", "acquired", "Zorblax")}, set()),
    # more investors behind a semicolon after a clause on the company's financing; the lead in a fronted passive
    ("Finanziert wird Acme von einem Konsortium um den Investor Zorblax; auch der Fonds Quarzo Capital der "
     "Kommission und die Förderbank Zentrix Bank (ZB), die Förderbank des Landes, sind an Bord.",
     {("Zorblax", "investsIn", "Acme"), ("Quarzo Capital", "investsIn", "Acme"), ("Zentrix Bank", "investsIn", "Acme")},
     set()),
    ("Angeführt wird die Runde für Acme vom Londoner Fonds Zorblax; zudem steigt Zentrix Ventures ein.",
     {("Zorblax", "investsIn", "Acme"), ("Zentrix Ventures", "investsIn", "Acme")}, set()),
    ("Acme hat einen Kunden gewonnen; auch Zorblax ist an Bord.", set(), {("Zorblax", "investsIn", "Acme")}),
]


@pytest.mark.parametrize("text, expected, wrong", GERMAN)
def test_relations_p17c(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    check_text(extractor, text, expected, wrong, "de")
