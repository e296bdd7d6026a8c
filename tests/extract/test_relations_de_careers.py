"""German statements of where someone worked before (invented names): "vor seiner Zeit bei X",
a unit of a company ("in der Chipentwicklung von X"), a second employer after "und davor", a
fronted employer in the perfect, work on a company's product ("an Acmes Modell gearbeitet"), a
relative clause that leads a unit "bei der X", a compound unit ("das Europageschäft von X").

Each case lists triples that must be found and triples that must not (the same words in a
sentence that does not state the relation)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text


@pytest.mark.parametrize("text, expected, wrong", [
    ("Der 46-jährige Tom Quendel hatte vor seiner Zeit bei Acme mehrere Jahre für Zorblax gearbeitet.",
     {("Tom Quendel", "worksFor", "Acme"), ("Tom Quendel", "worksFor", "Zorblax")}, set()),
    ("Tom Quendel und Jana Weber arbeiteten zuvor mehrere Jahre in der Chipentwicklung von Zorblax.",
     {("Tom Quendel", "worksFor", "Zorblax"), ("Jana Weber", "worksFor", "Zorblax")}, set()),
    ("Tom Quendel arbeitet in der Entwicklung eng mit Zorblax zusammen.", set(), {("Tom Quendel", "worksFor", "Zorblax")}),
    ("Tom Quendel war zuletzt bei Acme für Kunden zuständig und davor mehrere Jahre für den Spezialisten "
     "Zorblax tätig.", {("Tom Quendel", "worksFor", "Acme"), ("Tom Quendel", "worksFor", "Zorblax")}, set()),
    ("Bei Zorblax hatte Tom Quendel unter anderem die Zusammenarbeit mit Acme verantwortet.",
     {("Tom Quendel", "worksFor", "Zorblax")}, {("Tom Quendel", "worksFor", "Acme")}),
    ("Bei der Übernahme von Zorblax hatte Tom Quendel die Verhandlungen geführt.",
     set(), {("Tom Quendel", "worksFor", "Zorblax")}),
    ("Die Informatikerin Jana Weber, die zuvor an Acmes Modellfamilie Rocket gearbeitet hatte, wechselt.",
     {("Jana Weber", "worksFor", "Acme")}, set()),
    ("Tom Quendel, der den Bereich seit 2022 bei Zorblax verantwortet, wechselt zu Acme.",
     {("Tom Quendel", "worksFor", "Zorblax"), ("Tom Quendel", "worksFor", "Acme")}, set()),
    ("Tom Quendel, der bei Kunden wie Zorblax den Vertrieb verantwortet, sprach in Berlin.",
     set(), {("Tom Quendel", "worksFor", "Zorblax")}),
    ("Jana Weber verantwortete zuvor das Europageschäft von Zorblax.", {("Jana Weber", "worksFor", "Zorblax")}, set()),
    ("Jana Weber verantwortete zuvor das Geschäft mit Zorblax.", set(), {("Jana Weber", "worksFor", "Zorblax")}),
])
def test_german_career_relations(extractor, text, expected, wrong):
    check_text(extractor, text, expected, wrong)


def test_a_catalogue_name_opening_with_an_adjective_in_es_or_er_is_found_inflected(tmp_path):
    from kg.extract import Extractor
    from kg.model import Document

    path = tmp_path / "catalogue.tsv"
    path.write_text("key\ttype\tlabel\tlabel_de\taliases\twikidata\tnote\n"
                    "q\tOrganization\tQRZ\t\tDeutsches Rechenzentrum Quorvia|Europäischer Quorvia-Rat\t\tinvented\n"
                    "s\tOrganization\tStuttgarter Quorvia\t\t\t\tinvented\n", encoding="utf-8")
    ex = Extractor(catalogue_path=str(path))
    for text in ("Er forschte am Deutschen Rechenzentrum Quorvia.", "Ein Sprecher des Deutschen Rechenzentrums Quorvia sagte das.",
                 "Geld kommt vom Europäischen Quorvia-Rat."):
        assert [e.type for e in ex.extract(Document("t", text, language="de")).entities] == ["Organization"], text
    # a place adjective in -er does not inflect
    assert not ex.extract(Document("t", "Er sprach mit der Stuttgartern Quorvia.", language="de")).entities


@pytest.mark.parametrize("text, expected, wrong", [
    ("„Das ist gut“, sagte Acme-Gründer und Geschäftsführer Tom Quendel dem Magazin Quibbl.",
     {("Tom Quendel", "interviewedBy", "Quibbl")}, set()),
    ("„Das ist gut“, sagte Analystin Jana Weber von der Zorblax Bank der Zeitung Quibbl Post.",
     {("Jana Weber", "interviewedBy", "Quibbl Post")}, {("Jana Weber", "interviewedBy", "Zorblax Bank")}),
    ("Die Stadt teste das System, wie deren Digitalbeauftragte Jana Weber der Zeitung Quibbl Post sagte.",
     {("Jana Weber", "interviewedBy", "Quibbl Post")}, set()),
    ("Gegenüber der Zeitung Quibbl Post erklärte Jana Weber, man sei zufrieden.", {("Jana Weber", "interviewedBy", "Quibbl Post")}, set()),
    ("Dem Magazin Quibbl sagte Jana Weber, man sei zufrieden.", {("Jana Weber", "interviewedBy", "Quibbl")}, set()),
    # a speaker who is no person, and a person who speaks about a company
    ("Dem Magazin Quibbl sagte der Konzern Zorblax, man sei zufrieden.", set(), {("Zorblax", "interviewedBy", "Quibbl")}),
    ("„Das ist gut“, sagte Jana Weber, die dem Konzern Zorblax vorsteht.", set(), {("Jana Weber", "interviewedBy", "Zorblax")}),
])
def test_german_interviews_with_a_long_speaker_or_fronted_outlet(extractor, text, expected, wrong):
    check_text(extractor, text, expected, wrong)


@pytest.mark.parametrize("text, expected, wrong", [
    ("Das Start-up Zorblax hat das Sprachmodell Quibbl entwickelt. Die Firma Vexa nutzt Quibbl für ihren Kundendienst.",
     {("Vexa", "partnerOf", "Zorblax")}, set()),
    ("Das Start-up Zorblax hat das Sprachmodell Quibbl entwickelt. Die Firma Vexa hat Quibbl in ihre Software integriert.",
     {("Vexa", "partnerOf", "Zorblax")}, set()),
    ("Die Firma Vexa setzt für ihre nächste Fahrzeuggeneration auf den Assistenten Quibbl von Zorblax.",
     {("Vexa", "partnerOf", "Zorblax"), ("Zorblax", "develops", "Quibbl")}, set()),
    ("Das Start-up Zorblax hat das Sprachmodell Quibbl entwickelt. Bei der Firma Vexa ist Quibbl bereits im Einsatz.",
     {("Vexa", "partnerOf", "Zorblax")}, set()),
    ("Das Start-up Zorblax hat das Sprachmodell Quibbl entwickelt. Zu den Nutzern von Quibbl zählt die Firma Vexa.",
     {("Vexa", "partnerOf", "Zorblax")}, set()),
    # the maker that uses its own model is no partner of itself; a use without a known maker gives nothing
    ("Das Start-up Zorblax hat das Sprachmodell Quibbl entwickelt. Zorblax nutzt Quibbl auch selbst.",
     set(), {("Zorblax", "partnerOf", "Zorblax")}),
    ("Die Firma Vexa nutzt das Sprachmodell Quibbl.", set(), {("Vexa", "develops", "Quibbl")}),
])
def test_german_use_of_a_product_makes_a_customer_of_its_maker(extractor, text, expected, wrong):
    check_text(extractor, text, expected, wrong)


@pytest.mark.parametrize("text, expected, wrong", [
    ("Die Einheit pflegt den Assistenten Quibbl, den Zorblax gemeinsam mit dem Konzern Vexa entwickelt hat.",
     {("Zorblax", "develops", "Quibbl"), ("Vexa", "develops", "Quibbl")}, set()),
    ("Der Assistent Quibbl wurde gemeinsam mit der Berliner Agentur Vexa entwickelt.", {("Vexa", "develops", "Quibbl")}, set()),
    ("Die Firma Zorblax entwickelt zusammen mit dem Konzern Vexa den Assistenten Quibbl.",
     {("Zorblax", "develops", "Quibbl"), ("Vexa", "develops", "Quibbl")}, set()),
    # a chip trained on is no chip used by its co-developer
    ("Trainiert wurde das Modell auf dem Beschleuniger Quibbl Q1, den die Firma Zorblax zusammen mit dem "
     "Chipentwickler Vexa konzipiert hat.", {("Vexa", "develops", "Quibbl Q1"), ("Zorblax", "develops", "Quibbl Q1")},
     {("Vexa", "usesHardware", "Quibbl Q1")}),
    # working together on something else is no development of the named thing
    ("Die Firma Zorblax nutzt den Assistenten Quibbl und arbeitet gemeinsam mit Vexa an Chips.",
     set(), {("Vexa", "develops", "Quibbl")}),
])
def test_german_co_development(extractor, text, expected, wrong):
    check_text(extractor, text, expected, wrong)


@pytest.mark.parametrize("text, expected, wrong", [
    ("Das Dresdner Start-up Quorvia hat Geld eingesammelt. Hinter dem Unternehmen stehen die Ingenieurin Jana "
     "Weber und der Informatiker Tom Quendel.", {("Jana Weber", "founderOf", "Quorvia"), ("Tom Quendel", "founderOf", "Quorvia")},
     set()),
    ("Das Dresdner Start-up Quorvia baut Lagerroboter. Der Versandhändler Zorblax setzt die Roboter in seinem "
     "Lager ein, auch die Drogeriekette Vexa testet das System.",
     {("Zorblax", "partnerOf", "Quorvia"), ("Vexa", "partnerOf", "Quorvia")}, set()),
    # a chip put to use is used, by the chip named last
    ("Das Dresdner Start-up Quorvia stellt den Chip Quibbl Q1 vor. Die Firma Zorblax setzt den Chip in einem "
     "Pilotprojekt ein.", {("Zorblax", "usesHardware", "Quibbl Q1")}, set()),
    ("Das Dresdner Start-up Quorvia baut Lagerroboter. Die Rechenchips für die Roboter liefert der US-Konzern Zorblax.",
     {("Zorblax", "partnerOf", "Quorvia")}, set()),
    ("Das Dresdner Start-up Quorvia baut Lagerroboter. Bislang gehörte das Start-up mehrheitlich dem "
     "Wagniskapitalgeber Zorblax. Auch der staatliche Fonds Vexa hielt Anteile.",
     {("Zorblax", "investsIn", "Quorvia"), ("Vexa", "investsIn", "Quorvia")}, set()),
    # someone else's system, and a system of its own, make no customer
    ("Das Dresdner Start-up Quorvia baut Lagerroboter. Der Versandhändler Zorblax setzt die Roboter von Vexa ein.",
     set(), {("Zorblax", "partnerOf", "Quorvia")}),
])
def test_german_relations_with_the_passage_company(extractor, text, expected, wrong):
    check_text(extractor, text, expected, wrong)


@pytest.mark.parametrize("text, expected, wrong", [
    ("Neuer Technikchef wird Tom Quendel, der von Zorblax aus London kommt.", {("Tom Quendel", "worksFor", "Zorblax")}, set()),
    ("Sie folgt auf Tom Quendel, der Zorblax nach drei Jahren in Richtung des Start-ups Vexa verlassen hat.",
     {("Tom Quendel", "worksFor", "Zorblax")}, set()),
    ("Minister Tom Quendel, der vor seinem Wechsel in die Politik den Elektronikhändler Zorblax geführt hatte, sprach.",
     {("Tom Quendel", "ceoOf", "Zorblax")}, set()),
    # a company a person visited is none he left or led
    ("Tom Quendel, der Zorblax am Montag besucht hat, sprach.", set(), {("Tom Quendel", "worksFor", "Zorblax")}),
])
def test_german_past_heads_and_leavers(extractor, text, expected, wrong):
    check_text(extractor, text, expected, wrong)
