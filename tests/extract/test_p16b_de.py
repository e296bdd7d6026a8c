"""German relations found missing on fresh training articles of 2026-11-28 (sets de-o and de-p, p16b
round). Every name is invented; "Acme", "Zorblax", "Jane Roe", "Rocket", "Rocket 2", "Zorblax 3" and
"Kestro Edge" are in the test catalogue or found by cues."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text

GERMAN = [
    # investors: the perfect with a list, "daneben beteiligten sich", money from a described investor,
    # a stake in two companies, a fund's portfolio, a venture arm named after "über seinen"
    ("Der Fonds Zorblax hatte zuvor bereits in Acme und die Firma Globex investiert.",
     {("Zorblax", "investsIn", "Acme"), ("Zorblax", "investsIn", "Globex")}, set()),
    ("Acme sammelte Geld ein; daneben beteiligten sich Zorblax und die Firma Globex.",
     {("Zorblax", "investsIn", "Acme"), ("Globex", "investsIn", "Acme")}, set()),
    ("Acme hatte im Vorjahr außerdem 30 Millionen Euro von der Globex-Tochter Zorblax erhalten.",
     {("Zorblax", "investsIn", "Acme")}, {("Globex", "investsIn", "Acme")}),
    ("Größter Empfänger ist das Kieler Start-up Acme, das von der staatlichen Agentur Zorblax 38 Millionen Euro erhält.",
     {("Zorblax", "investsIn", "Acme")}, set()),
    ("Hinter dem Geschäft steht der Investor Zorblax, der sowohl an Acme als auch an der Firma Globex beteiligt ist.",
     {("Zorblax", "investsIn", "Acme"), ("Zorblax", "investsIn", "Globex")}, set()),
    ("Zu den ersten Beteiligungen von Zorblax gehört das Kieler Start-up Acme.", {("Zorblax", "investsIn", "Acme")}, set()),
    ("Zugleich beteiligt sich der Konzern Globex über seinen Wagniskapitalarm Zorblax mit einem Millionenbetrag an Acme.",
     {("Zorblax", "investsIn", "Acme")}, set()),
    # a loan from a bank names no investor in the perfect without "investiert"
    ("Der Fonds Zorblax hatte zuvor bereits in Acme einen Partner gefunden.", set(), {("Zorblax", "investsIn", "Acme")}),
    # rivals in plural lists, counted as rivals, named in a competition or a rivalry
    ("Damit grenzt sich Acme auch von den Konkurrenten Zorblax und Globex ab.",
     {("Acme", "competesWith", "Zorblax"), ("Acme", "competesWith", "Globex")}, set()),
    ("Mit dem Schritt reagiert Acme auch auf seine Rivalen Zorblax und Globex Electric, die längst eigene Labore haben.",
     {("Zorblax", "competesWith", "Acme"), ("Globex Electric", "competesWith", "Acme")}, set()),
    ("Als Konkurrenten von Acme gelten vor allem die US-Firmen Zorblax und Globex.",
     {("Zorblax", "competesWith", "Acme"), ("Globex", "competesWith", "Acme")}, set()),
    ("Als härtester Rivale von Acme gilt das Kieler Start-up Zorblax.", {("Zorblax", "competesWith", "Acme")}, set()),
    ("Der größte Rivale von Acme ist Zorblax, das Globex 2022 übernommen hat.",
     {("Zorblax", "competesWith", "Acme")}, {("Globex", "competesWith", "Acme")}),
    ("Acme baut Chips. Direkter Wettbewerber sei eher das US-Start-up Zorblax.", {("Zorblax", "competesWith", "Acme")}, set()),
    ("Im Wettbewerb mit Zorblax, der Firma Globex und Kelvra will Acme mit KI punkten.",
     {("Acme", "competesWith", "Zorblax"), ("Acme", "competesWith", "Globex")}, set()),
    ("Zwischen der Firma Acme und Zorblax wächst die Rivalität.", {("Acme", "competesWith", "Zorblax")}, set()),
    ("Acme, lange als Hoffnungsträger gefeiert, und Zorblax buhlen um dieselben Kunden.",
     {("Acme", "competesWith", "Zorblax")}, set()),
    # customers and providers of data centres or computing time
    ("Zu den Kunden von Acme gehören neben Globex auch der Motorenbauer Zorblax in Ostheim.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Acme betreibt seine Modelle auf Kestro-Edge-Karten von Globex im Rechenzentrum von Zorblax.",
     {("Acme", "partnerOf", "Zorblax")}, {("Globex", "partnerOf", "Zorblax")}),
    ("Acme hat bei Zorblax Kapazitäten gebucht, auf Chips vom Typ Kestro Edge.",
     {("Acme", "partnerOf", "Zorblax"), ("Acme", "usesHardware", "Kestro Edge")},
     {("Zorblax", "usesHardware", "Kestro Edge")}),
    # chips made by a named manufacturer, installed, rented, built into a data centre
    ("Dort hat die Firma Acme bereits 64 Kestro-Edge-Chips des kalifornischen Herstellers Zorblax installiert.",
     {("Zorblax", "manufactures", "Kestro Edge")}, {("Zorblax", "develops", "Kestro Edge")}),
    # a maker named in the next clause makes the servers, not the chips; a maker's chips standing in a
    # provider's data centre make no partners of the two
    ("Gerechnet wird auf Prozessoren vom Typ Kestro Edge, die Server liefert der Hersteller Zorblax.",
     set(), {("Zorblax", "manufactures", "Kestro Edge")}),
    ("Globex nutzt Chips vom Typ Kestro Edge des Herstellers Zorblax, die in Rechenzentren von Acme stehen.",
     {("Zorblax", "manufactures", "Kestro Edge")}, {("Zorblax", "partnerOf", "Acme")}),
    ("Gerechnet wird auf 32 Grafikkarten vom Typ Kestro Edge, die Acme in einem Kieler Rechenzentrum angemietet hat.",
     {("Acme", "usesHardware", "Kestro Edge")}, set()),
    ("Im Norden baut die Acme GmbH, eine Tochter des Versorgers Globex, ein Rechenzentrum mit 2.000 Prozessoren vom Typ Kestro Edge.",
     {("Acme GmbH", "usesHardware", "Kestro Edge")}, {("Globex", "usesHardware", "Kestro Edge")}),
    ("Acme lässt das Modell direkt im Auto auf dem Chip Kestro Edge laufen.", {("Acme", "usesHardware", "Kestro Edge")}, set()),
    # comparisons: a second one after "aber", after "und lag", "dicht gefolgt von", "reicht an ... heran",
    # "ließ ... hinter sich"; the first object of "als" is compared with no second one
    ("Im Vergleich liegt Rocket derzeit noch hinter Zorblax 3, bei deutschen Texten aber gleichauf mit Rocket 2.",
     {("Rocket", "comparedTo", "Zorblax 3"), ("Rocket", "comparedTo", "Rocket 2")}, set()),
    ("In Tests beantwortete Rocket Fragen genauer als Zorblax 3 und lag etwa gleichauf mit Rocket 2.",
     {("Rocket", "comparedTo", "Zorblax 3"), ("Rocket", "comparedTo", "Rocket 2")},
     {("Zorblax 3", "comparedTo", "Rocket 2")}),
    ("Das beste Ergebnis erzielte Rocket mit 81 Prozent, dicht gefolgt von Zorblax 3 mit 79 Prozent.",
     {("Rocket", "comparedTo", "Zorblax 3")}, set()),
    ("In Tests schneidet Rocket besser ab als Zorblax 3, reicht aber an Rocket 2 noch nicht heran.",
     {("Rocket", "comparedTo", "Zorblax 3"), ("Rocket", "comparedTo", "Rocket 2")},
     {("Zorblax 3", "comparedTo", "Rocket 2")}),
    ("Rocket kam auf 74 Prozent und ließ damit Zorblax 3 hinter sich.", {("Rocket", "comparedTo", "Zorblax 3")}, set()),
    # co-founders: "ihr Mitgründer P", "aus der Taufe gehoben" with a partner or with the founder after the verb
    ("Jane Roe führt Acme als Geschäftsführerin, ihr Mitgründer Jan Berger wird wissenschaftlicher Leiter.",
     {("Jan Berger", "founderOf", "Acme")}, set()),
    ("Jane Roe hatte Acme 2020 gemeinsam mit Jan Berger aus der Taufe gehoben.",
     {("Jane Roe", "founderOf", "Acme"), ("Jan Berger", "founderOf", "Acme")}, set()),
    ("Zusammen mit ihm hob die Linguistin Jane Roe das Start-up Acme aus der Taufe.", {("Jane Roe", "founderOf", "Acme")}, set()),
    # earlier jobs in a relative clause, in a unit of a company; jobs named by a compound after "ehemaliger"
    ("Gegründet wurde Acme von Jane Roe und dem Mathematiker Jan Berger, der zuvor bei Zorblax im Pariser "
     "Forschungslabor Globex Research gearbeitet hatte.",
     {("Jan Berger", "worksFor", "Globex Research"), ("Globex Research", "subOrganizationOf", "Zorblax")},
     {("Jane Roe", "worksFor", "Zorblax")}),
    ("Zweiter Partner bei Acme ist Jan Berger, ein ehemaliger Zorblax-Manager.",
     {("Jan Berger", "worksFor", "Acme"), ("Jan Berger", "worksFor", "Zorblax")}, set()),
    ("Auch der Ökonom Jan Berger, der für die Großbank Acme die Branche beobachtet, ist skeptisch.",
     {("Jan Berger", "worksFor", "Acme")}, set()),
    ("Zudem holt Acme mit Jane Roe eine frühere Zorblax-Managerin als Vorständin.",
     {("Jane Roe", "worksFor", "Acme"), ("Jane Roe", "worksFor", "Zorblax")}, set()),
    # founders described in the passive, with "ins Leben gerufen"; the described founders' former
    # employer is not founded by them
    ("Acme war erst im Vorjahr von den beiden Ex-Zorblax-Ingenieurinnen Jane Roe und Jana Kern gegründet worden.",
     {("Jane Roe", "founderOf", "Acme"), ("Jana Kern", "founderOf", "Acme")}, {("Jane Roe", "founderOf", "Zorblax")}),
    ("Acme wurde 2023 von der Physikerin Jane Roe und dem früheren Zorblax-Manager Jan Berger ins Leben gerufen.",
     {("Jane Roe", "founderOf", "Acme"), ("Jan Berger", "founderOf", "Acme")}, {("Jan Berger", "founderOf", "Zorblax")}),
    # investors after a list with an unnamed first item; money raised by a company described by a relative
    # clause; a company named as a compound's modifier before it raises nothing
    ("Acme war zuvor von der Ostheimer Sparbank und dem Kieler Investor Zorblax finanziert worden.",
     {("Zorblax", "investsIn", "Acme")}, set()),
    ("Im Juli hat Acme, das Jane Roe als Chefin leitet, neun Millionen Euro von Zorblax eingesammelt.",
     {("Zorblax", "investsIn", "Acme")}, set()),
    ("Die Firma Globex, gegründet von früheren Acme-Ingenieuren, hatte 90 Millionen Euro von Zorblax eingesammelt.",
     set(), {("Zorblax", "investsIn", "Acme")}),
    # chips run on, rented in a relative clause after their maker, made in a plant or by a relative clause
    ("Gerechnet wird auf Prozessoren vom Typ Kestro Edge des Herstellers Zorblax, die Acme in einem eigenen Rechenzentrum betreibt.",
     {("Acme", "usesHardware", "Kestro Edge"), ("Zorblax", "manufactures", "Kestro Edge")}, set()),
    ("Acme betreibt die Software direkt in der Halle auf Modulen vom Typ Kestro Edge.",
     {("Acme", "usesHardware", "Kestro Edge")}, set()),
    ("Der Kestro Edge wird im Werk des Auftragsfertigers Zorblax in Ostheim produziert.",
     {("Zorblax", "manufactures", "Kestro Edge")}, set()),
    ("Er löst den Kestro Edge ab, den Acme seit 2023 in eigener Regie baut und ausliefert.",
     {("Acme", "manufactures", "Kestro Edge")}, set()),
    ("Der Rechner nimmt Chips des Herstellers Acme auf, der mit dem Kestro Edge einen eigenen Beschleuniger fertigt.",
     {("Acme", "manufactures", "Kestro Edge")}, set()),
    # two companies joined into one merge; joined into an alliance they do not
    ("Die Anbieter Acme und Zorblax hatten sich erst im Januar zu einem Unternehmen zusammengeschlossen.",
     {("Acme", "mergedWith", "Zorblax")}, set()),
    ("Acme und Zorblax haben sich zu einer Allianz zusammengeschlossen.", set(), {("Acme", "mergedWith", "Zorblax")}),
    # units: "und ihre Tochter Y"
    ("Die Firma Zorblax und ihre Tochter Globex verhandeln mit Acme.", {("Globex", "subOrganizationOf", "Zorblax")},
     {("Acme", "subOrganizationOf", "Zorblax")}),
    # goals
    ("Acme hat sich Open Source als strategisches Ziel gesetzt.", {("Acme", "pursues", "Open Source")}, set()),
    ("Acme stellt Rocket als Open Source zur Verfügung.", {("Acme", "pursues", "Open Source")}, set()),
    # interviews
    ("Jane Roe selbst sagte dem Magazin „Zorblax“, sie habe keinen Streit.", {("Jane Roe", "interviewedBy", "Zorblax")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", GERMAN)
def test_relations_p16b(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    check_text(extractor, text, expected, wrong, "de")
