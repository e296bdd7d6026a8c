"""German relations and names found missing on a fresh training set of 2026-11-29 (set de-at, p25a round).
Every name is invented; "Acme", "Zorblax", "Rocket", "Rocket 2", "Kestro Edge", "AGI" and "Jane Roe" are in
the test catalogue, the others are found by cues."""

from __future__ import annotations

import pytest

from tests.extract.conftest import ents, rels, resolved

GERMAN = [
    # a company's short name that is a German noun, glued to a role: the role's company
    ("Der Betreiber Polarstern Compute GmbH muss warten. „Wir warten“, sagte Polarstern-Chefin Jane Roe der Zeitung "
     "Nordkurier.", {("Jane Roe", "ceoOf", "Polarstern Compute GmbH")}, set()),
    # a co-lead reads no founding "gemeinsam mit" after a relative clause that ends in "leitete,"
    ("Roe, die zuvor das Geschäft von Zorblax leitete, hatte Acme 2021 gemeinsam mit dem Informatiker Tom Berger "
     "gegründet.", {("Tom Berger", "founderOf", "Acme")}, {("Tom Berger", "ceoOf", "Acme")}),
    ("Seit 2020 leitet Jane Roe Acme gemeinsam mit Tom Berger.", {("Tom Berger", "ceoOf", "Acme")}, set()),
    # customers: after "darunter" behind a sentence that names none, "Kunden wie dem X" (a dative), counted with
    # a long description ("Zu den Kunden des Unternehmens zählen nach eigenen Angaben das … Start-up X"), "Erster
    # Großkunde ist das deutsch-französische Start-up X"
    ("Acme baut Chips. Erste Muster des N1 hätten Kunden bereits getestet, darunter der Cloud-Anbieter Zorblax.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Acme baut Software. Bis 2027 soll das System auch langjährigen Kunden wie dem Paketdienst Brisant und dem "
     "Logistiker Zorblax angeboten werden.", {("Brisant", "partnerOf", "Acme"), ("Zorblax", "partnerOf", "Acme")}, set()),
    ("Acme baut Chips. Erste Kunden wie der Roboterhersteller Zorblax nutzen den Kestro Edge.", set(),
     {("Zorblax", "partnerOf", "Acme")}),
    ("Acme wächst. Zu den Kunden des Unternehmens zählen nach eigenen Angaben das Heidelberger KI-Start-up Brisant und "
     "Zorblax.", {("Brisant", "partnerOf", "Acme"), ("Zorblax", "partnerOf", "Acme")}, set()),
    ("Acme hat ein Rechenzentrum eröffnet. Erster Großkunde ist das deutsch-französische Start-up Brisant AI, das dort "
     "sein Modell trainieren will.", {("Brisant AI", "partnerOf", "Acme")}, set()),
    # rivals counted without an owner, the second after a place
    ("Acme baut Chips. Zu den Wettbewerbern zählen auch Start-ups wie Zorblax aus den USA und Brisant AI aus den "
     "Niederlanden.", {("Zorblax", "competesWith", "Acme"), ("Brisant AI", "competesWith", "Acme")}, set()),
    # suppliers: a contract manufacturer, power bought or delivered, a contract after a fronted adverb, a passive
    # done together, one presented as a partner; "kauft Strom von X" is no takeover
    ("Es hängt davon ab, wann Acme und sein Auftragsfertiger Zorblax liefern können.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Zorblax fertigt Acmes Kestro Edge im Auftrag des US-Konzerns.", {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Acme wiederum kauft für seinen Standort in Hanau Windstrom von Zorblax.", {("Acme", "partnerOf", "Zorblax")},
     {("Acme", "acquired", "Zorblax")}),
    ("Acme baut ein Rechenzentrum. Den Strom liefern die Stadtwerke Brisant.",
     {("Stadtwerke Brisant", "partnerOf", "Acme")}, set()),
    ("Acme baut. Der Strom stammt zum Teil aus der Anlage auf dem Dach, den Rest liefern die Stadtwerke Brisant.",
     {("Stadtwerke Brisant", "partnerOf", "Acme")}, set()),
    ("Der Energiekonzern Zorblax wird das geplante Rechenzentrum von Acme südlich von Paris mit Strom aus "
     "Kernkraftwerken beliefern.", {("Zorblax", "partnerOf", "Acme")}, set()),
    ("In Hamburg fusionierten Acme und Zorblax zur Acme Zorblax GmbH, um gemeinsam Speditionen mit Software zu "
     "beliefern.", set(), {("Acme", "partnerOf", "Acme Zorblax GmbH")}),
    ("Erst im Frühjahr hatte Acme mit dem schwedischen Versorger Zorblax einen Vertrag über Solarstrom für seine "
     "Rechenzentren unterzeichnet.", {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Acme baut ein Rechenzentrum. Betrieben werden soll die neue Anlage gemeinsam mit dem britischen "
     "Infrastrukturanbieter Zorblax.", {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Zorblax hatte Acme bereits im vergangenen Jahr als Partner für europäische KI-Infrastruktur präsentiert.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    # chips counted in the passage's facility, its core, fitted, "Dort sollen Server mit X laufen"
    ("Acme hat ein Rechenzentrum eröffnet. In der Anlage arbeiten rund 10.000 Grafikprozessoren der Kestro-Generation "
     "von Zorblax.", {("Acme", "usesHardware", "Kestro")}, set()),
    ("Acme baut ein Rechenzentrum. Geplant sind nach Angaben aus Unternehmenskreisen rund 18.000 Superchips vom Typ "
     "Kestro Edge von Zorblax, die in mehreren Stufen installiert werden.", {("Acme", "usesHardware", "Kestro Edge")},
     set()),
    ("Acme baut. Herzstück sind vier Server vom Typ Kestro Edge des US-Herstellers Zorblax, jeweils bestückt mit acht "
     "Grafikkarten vom Typ Brisant L40.",
     {("Acme", "usesHardware", "Kestro Edge"), ("Acme", "usesHardware", "Brisant L40")}, set()),
    ("Acme baut. Herzstück ist der Superchip Kestro Edge, den Zorblax entwickelt.", set(),
     {("Acme", "usesHardware", "Kestro Edge")}),
    ("Der Strom ist für die Rechenzentren bestimmt, die Acme derzeit in Berlin baut. Dort sollen unter anderem Server "
     "mit Zorblax' eigenen KI-Chips Kestro Edge laufen.", {("Acme", "usesHardware", "Kestro Edge")}, set()),
    # bare titles and appointments
    ("Beim Softwarehaus Acme AG kommt es zu einem Führungswechsel. Vorstandschef Tom Berger legt sein Amt nieder. "
     "Nachfolgerin wird Jane Roe, die bislang bei Zorblax arbeitete.", {("Jane Roe", "ceoOf", "Acme AG")}, set()),
    ("Das Start-up Acme wächst. Geschäftsführer wird Tom Berger, der zuvor bei Zorblax gearbeitet hat.",
     {("Tom Berger", "ceoOf", "Acme"), ("Tom Berger", "worksFor", "Zorblax")}, {("Tom Berger", "ceoOf", "Zorblax")}),
    ("Beim Start-up Acme gibt es einen Abgang. Der Wechsel gilt als Rückschlag für Firmengründer Tom Berger, der das "
     "Unternehmen zuletzt ausgerichtet hatte.", {("Tom Berger", "founderOf", "Acme")}, set()),
    ("Acme AG wächst. Aus Finanzkreisen hieß es, Großaktionär Zorblax habe auf den Wechsel gedrängt.",
     {("Zorblax", "investsIn", "Acme AG")}, set()),
    ("Die Acme AG hat mit Jane Roe erstmals eine Chief AI Officer berufen.", {("Jane Roe", "worksFor", "Acme AG")},
     set()),
    # a stake in a relative clause with a long gap; the name before it ends in a noun
    ("Die Auswertung übernimmt eine Software des Münchner Start-ups Velor Vision, an dem Acme seit dem vergangenen Jahr "
     "mit einer Minderheit beteiligt ist.", {("Acme", "investsIn", "Velor Vision")}, set()),
    # researchers of a university who co-found a company make it no partner
    ("Das Start-up Acme baut Chips. „Wir brauchen das nicht“, sagte Acme-Gründer Tom Berger. Berger, der vor der "
     "Gründung bei Zorblax in Austin arbeitete, hat das Unternehmen 2022 zusammen mit zwei Forschern der TU Brisant aus "
     "der Taufe gehoben.", {("Tom Berger", "founderOf", "Acme")},
     {("Acme", "partnerOf", "TU Brisant")}),
    ("Acme hat 2022 zusammen mit der TU Brisant ein Labor gegründet.", {("Acme", "partnerOf", "TU Brisant")}, set()),
    # a passive done with a unit ("mit der X-Tochter Y")
    ("Acme baut Software. Entwickelt wurde es gemeinsam mit der Zorblax-Tochter Brisant Systems.",
     {("Brisant Systems", "partnerOf", "Acme"), ("Brisant Systems", "subOrganizationOf", "Zorblax")},
     {("Zorblax", "partnerOf", "Acme")}),
    # an apposition in the singular after the last item of a list is that item's alone
    ("Auch der Cloud-Anbieter Brisant und Kolvo, die Cloud-Tochter von Zorblax, klagten zuletzt.",
     {("Kolvo", "subOrganizationOf", "Zorblax")}, {("Brisant", "subOrganizationOf", "Zorblax")}),
    # goals: "X sei für sie das wichtigste Ziel", "auf X ausrichten"
    ("„Unsere Daten sind unser Kapital“, sagte Geschäftsführerin Jane Roe, die Acme leitet. Datensouveränität sei für "
     "sie das wichtigste Ziel des Projekts.", {("Jane Roe", "pursues", "Datensouveränität")}, set()),
    ("Jane Roe steht vor einer Aufgabe. Sie wolle den Kestro Edge konsequent auf generative KI ausrichten.",
     {("Jane Roe", "pursues", "generative KI")}, set()),
    # a model ranked before another with a long gap; the first of two backers when the second acts through its
    # fund; computing at a provider
    ("In Benchmarks liege Rocket 2 bei deutsch- und französischsprachigen Aufgaben vor Rocket von Acme, sagte Tom Berger.",
     {("Rocket 2", "comparedTo", "Rocket")}, set()),
    ("Das Start-up Brisant hat Geld eingesammelt. Auch die französische Staatsbank Acme und der Industriekonzern Zorblax "
     "über seinen Wagniskapitalarm Kolvo Ventures beteiligen sich.",
     {("Acme", "investsIn", "Brisant"), ("Kolvo Ventures", "investsIn", "Brisant")}, set()),
    ("Das Start-up Brisant wächst. Bisher hatte das Unternehmen vor allem beim französischen Anbieter Zorblax gerechnet.",
     {("Brisant", "partnerOf", "Zorblax")}, set()),
    # a customer "des Start-ups" is not the clause's own subject
    ("Acme kauft das Start-up Brisant. Der Preis ist geheim. Die Behörden müssen zustimmen. Brisant wurde 2020 "
     "gegründet. Es hat 60 Mitarbeiter. Acme war bereits seit 2022 Kunde des Start-ups.",
     {("Acme", "partnerOf", "Brisant")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", GERMAN)
def test_relations_p25a(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    found = rels(extractor, text, "de")
    assert expected <= found, found
    assert not wrong & found, found


def test_names_with_a_legal_form_of_several_words_and_a_noun_before_it(nlp_de) -> None:
    doc = nlp_de("Werkzeugbauer Velor wächst. Die Velor Werkzeugbau GmbH & Co. KG baut Maschinen. Die Sternwarte Labs "
                 "GmbH hat Geld eingesammelt. Sternwarte wächst. Der Rechenzentrumsbetreiber Polarstern Compute GmbH baut.")
    entities = {e.label: e for e in doc._.kg_entities}
    assert {"Velor Werkzeugbau GmbH & Co. KG", "Sternwarte Labs GmbH", "Polarstern Compute GmbH"} <= entities.keys(), entities
    assert {"Velor", "Velor Werkzeugbau"} <= set(entities["Velor Werkzeugbau GmbH & Co. KG"].aliases)
    assert "Sternwarte" in entities["Sternwarte Labs GmbH"].aliases
    assert not entities.keys() & {"Velor", "GmbH", "Labs GmbH", "Compute GmbH"}, entities


def test_a_legal_form_with_a_full_stop_before_a_word_is_still_one_name(nlp_de) -> None:
    found = ents(nlp_de, "Gemeinsam mit der japanischen Globex Corp. und dem Konzern Initech hat Acme eine Allianz gegründet.")
    assert ("Globex Corp", "Organization") in found, found


def test_two_merged_companies_keep_their_names_beside_the_new_one(nlp_de) -> None:
    found = ents(nlp_de, "In Leipzig haben sich die Anbieter Velor und Textura zur Velor Textura GmbH zusammengeschlossen. "
                         "Velor wächst.")
    assert {("Velor", "Organization"), ("Textura", "Organization"), ("Velor Textura GmbH", "Organization")} <= found


def test_a_company_short_name_before_a_noun_is_no_person(nlp_de) -> None:
    found = ents(nlp_de, "Das Start-up Helena AI wächst. Offen ist, wie Helena Geld verdienen will.")
    assert ("Helena Geld", "Person") not in found, found
    found = ents(nlp_de, "Das Start-up Velora AI wächst. Gestern sagte Helena Geld etwas.")
    assert ("Helena Geld", "Person") in found, found


def test_a_general_noun_continues_the_subject_of_the_sentence_before(nlp_de) -> None:
    found = resolved(nlp_de, "Der Chipkonzern Zorblax stieg nie ein. Mit dem Zukauf baut Acme sein Geschäft weiter aus. "
                             "Der Konzern konkurriert zunehmend mit Rocket.")
    assert ("Konzern", "Acme") in found, found
    found = resolved(nlp_de, "Der Chipkonzern Zorblax stieg nie ein. Mit dem Geld von Acme baut er sein Geschäft aus. "
                             "Der Konzern konkurriert zunehmend mit Rocket.")
    assert ("Konzern", "Zorblax") in found, found
