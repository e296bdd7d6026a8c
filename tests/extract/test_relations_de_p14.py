"""German constructions of the p14 round (all names invented): a board title as the predicate of a
clause that names no company ("X wird neuer Technikvorstand", "Finanzchefin bleibt X"); a research
head after a comma is no clause of the person before; a post taken after an apposition; a board
seat taken for an investor; a research group led at an institute; "kommt nahe an X heran" and
scores reached after a genitive attribute; "Größter Anteilseigner des ... wird X"; a chip a company
wants to use (modal + infinitive), "dient als Rechenplattform"; "Die X-Chips stammen von Y"; a
release after a relative clause on the subject; "als Tochter von Y"; goals ("verfolgt das Ziel
einer AGI", "arbeitet an einer AGI", "zum Ziel erklärt") with inflected forms of the goal; the
takeover noun before a described company ("die Übernahme des Berliner Start-ups X"); a founder's
successor ("folgt auf Firmengründer X"); an outlet after an employer with its kind ("von der
Beratungsfirma X der Nachrichtenagentur Y")"""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text


@pytest.mark.parametrize("text, expected, wrong", [
    # a head title after a founding: the research head's clause after a comma is no clause of the
    # head's (it made the head an employee before, and hid the head's title)
    ("Das Start-up Quibbl wurde 2023 von Jorik Almsted und Lena Varga gegründet. Almsted ist heute "
     "Vorstandschef, Varga leitet die Forschung des Start-ups.",
     {("Jorik Almsted", "ceoOf", "Quibbl"), ("Lena Varga", "worksFor", "Quibbl")},
     {("Jorik Almsted", "worksFor", "Quibbl")}),
    # must not: the title before a company is at that company
    ("Das Start-up Quibbl wurde 2023 in Hamburg gegründet. Jorik Almsted ist Vorstandschef von Zorblax.",
     {("Jorik Almsted", "ceoOf", "Zorblax")}, {("Jorik Almsted", "ceoOf", "Quibbl")}),
    # a board title as the predicate, no company named: the passage's company
    ("Das Start-up Quibbl wurde 2023 in Hamburg gegründet. Jorik Almsted wird neuer Technikvorstand, "
     "Finanzchefin bleibt Lena Varga.",
     {("Jorik Almsted", "worksFor", "Quibbl"), ("Lena Varga", "worksFor", "Quibbl")}, set()),
    # must not: a person after a preposition is no one who holds the title
    ("Das Start-up Quibbl wurde 2023 in Hamburg gegründet. Mit Jorik Almsted ist heute Technikvorstand "
     "Lena Varga gekommen.",
     set(), {("Jorik Almsted", "worksFor", "Quibbl")}),
    # a post taken after an apposition that names the former employer
    ("Der Robotikhersteller Quibbl bekommt eine neue Chefin. Lena Varga, bislang Europachefin des "
     "Konzerns Zorblax, übernimmt zum 1. Januar den Vorstandsvorsitz.",
     {("Lena Varga", "ceoOf", "Quibbl"), ("Lena Varga", "worksFor", "Zorblax")},
     {("Lena Varga", "ceoOf", "Zorblax")}),
    # a board seat for an investor
    ("Das Start-up Quibbl hat Geld eingesammelt. Für Zorblax zieht Partner Ragnar Vestholm in den "
     "Beirat von Quibbl ein.",
     {("Ragnar Vestholm", "worksFor", "Zorblax")}, set()),
    # a group led at an institute
    ("Die Forscherin Malin Ekstrand leitet am Fraunhofer-Institut für Integrierte Schaltungen in "
     "Erlangen eine Arbeitsgruppe.",
     {("Malin Ekstrand", "worksFor", "Fraunhofer-Institut für Integrierte Schaltungen")}, set()),
    # must not: a group at another company led by someone else
    ("Malin Ekstrand lobte am Fraunhofer-Institut für Integrierte Schaltungen eine Arbeitsgruppe.",
     set(), {("Malin Ekstrand", "worksFor", "Fraunhofer-Institut für Integrierte Schaltungen")}),
    # a founder's successor; the founder of the passage's company
    ("Der Robotikhersteller Quibbl bekommt eine neue Chefin. Sie folgt auf Firmengründer Jorik "
     "Almsted, der sich zurückzieht.",
     {("Jorik Almsted", "founderOf", "Quibbl")}, set()),
])
def test_p14_roles(extractor, text, expected, wrong):
    check_text(extractor, text, expected, wrong)


@pytest.mark.parametrize("text, expected, wrong", [
    # an outlet after the speaker's employer and its kind
    ("So sagte die Analystin Mei Varga von der Beratungsfirma Gartner der Nachrichtenagentur Reuters.",
     {("Mei Varga", "interviewedBy", "Reuters"), ("Mei Varga", "worksFor", "Gartner")},
     {("Mei Varga", "interviewedBy", "Gartner")}),
])
def test_p14_outlet_after_employer(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong)


@pytest.mark.parametrize("text, expected, wrong", [
    # "kommt nahe an X heran", also coordinated after a comparison
    ("Das Start-up Quibbl hat das Sprachmodell Skarv 2 vorgestellt. In Tests kommt Skarv 2 bei "
     "juristischen Fragen nahe an Zephon-4 heran.",
     {("Skarv 2", "comparedTo", "Zephon-4")}, set()),
    # scores reached after a genitive attribute of the subject
    ("Das offene Modell Skarv 2 des Instituts Quibbl Labs erreichte ähnliche Werte wie Zephon-4.",
     {("Skarv 2", "comparedTo", "Zephon-4")}, set()),
    # must not: a model named in another clause is no side of the comparison
    ("Skarv 2 erschien im Mai, und Quibbl lobte Zephon-4, das ähnliche Werte wie Orvex 3 erreichte.",
     set(), {("Skarv 2", "comparedTo", "Orvex 3")}),
])
def test_p14_comparisons(extractor, text, expected, wrong):
    check_text(extractor, text, expected, wrong)


@pytest.mark.parametrize("text, expected, wrong", [
    # a chip a company wants to use: modal + verb-final infinitive
    ("Der Cloudanbieter Quibbl will den Beschleuniger Zorvex Z9 ab dem Frühjahr in seinen "
     "Rechenzentren in Frankfurt einsetzen.",
     {("Quibbl", "usesHardware", "Zorvex Z9")}, set()),
    # must not: the maker of the chip is not its user
    ("Der Cloudanbieter Quibbl will den Beschleuniger Zorvex Z9 von Zorblax ab dem Frühjahr testen.",
     {("Quibbl", "usesHardware", "Zorvex Z9")}, {("Zorblax", "usesHardware", "Zorvex Z9")}),
    # "Als Rechenplattform dient X": the passage's company
    ("Der Robotikhersteller Quibbl hat einen Roboter vorgestellt. Als Rechenplattform dient der "
     "Chip Zorvex Z9.",
     {("Quibbl", "usesHardware", "Zorvex Z9")}, set()),
    # "Die X-Chips stammen von Y"
    ("Die Kestro-Chips stammen von Zorblax.", {("Zorblax", "develops", "Kestro")}, set()),
])
def test_p14_hardware(extractor, text, expected, wrong):
    check_text(extractor, text, expected, wrong)


@pytest.mark.parametrize("text, expected, wrong", [
    # a relative clause on the subject before its perfect
    ("Das Start-up Quibbl, an dem Zorblax und Acme beteiligt sind, hat kürzlich das Modell "
     "Skarv 2 veröffentlicht.",
     {("Quibbl", "develops", "Skarv 2"), ("Zorblax", "investsIn", "Quibbl"),
      ("Acme", "investsIn", "Quibbl")},
     {("Zorblax", "develops", "Skarv 2"), ("Acme", "develops", "Skarv 2")}),
    # a subsidiary "als Tochter von"
    ("Acme soll als eigenständige Tochter von Zorblax weitergeführt werden.",
     {("Acme", "subOrganizationOf", "Zorblax")}, set()),
    # must not: the other way round
    ("Zorblax soll Acme als eigenständige Tochter weiterführen.",
     set(), {("Zorblax", "subOrganizationOf", "Acme")}),
    # the takeover noun before a described company
    ("Zugleich gab Zorblax die Übernahme des Berliner Start-ups Quibbl bekannt.",
     {("Zorblax", "acquired", "Quibbl")}, set()),
    # "Größter Anteilseigner des ... wird X": the passage's company
    ("Das Start-up Quibbl fusioniert mit einem Rivalen. Größter Anteilseigner des neuen Unternehmens "
     "wird der Industriekonzern Zorblax.",
     {("Zorblax", "investsIn", "Quibbl")}, set()),
])
def test_p14_companies(extractor, text, expected, wrong):
    check_text(extractor, text, expected, wrong)


@pytest.mark.parametrize("text, expected, wrong", [
    ("Langfristig arbeitet Acme nach eigenen Worten an einer allgemeinen künstlichen Intelligenz.",
     {("Acme", "pursues", "AGI")}, set()),
    ("Der Konzern Quibbl verfolgt das Ziel einer allgemeinen künstlichen Intelligenz.",
     {("Quibbl", "pursues", "AGI")}, set()),
    # the company's goal, not its chief's
    ("Acme unter seinem Chef Jorik Almsted hat die Entwicklung einer AGI zum Unternehmensziel erklärt.",
     {("Acme", "pursues", "AGI")}, {("Jorik Almsted", "pursues", "AGI")}),
    # must not: a company that works on something else
    ("Acme arbeitet an einer Software, die Zorblax für eine allgemeine künstliche Intelligenz hält.",
     set(), {("Acme", "pursues", "AGI")}),
])
def test_p14_goals(extractor, text, expected, wrong):
    check_text(extractor, text, expected, wrong)


@pytest.mark.parametrize("text, expected, wrong", [
    # "X ist eine Weiterentwicklung des kleineren Y"
    ("Das Sprachmodell Zephon-X ist eine Weiterentwicklung des kleineren Rocket, das im vergangenen "
     "Jahr erschien.",
     {("Zephon-X", "versionOf", "Rocket")}, set()),
    # must not: a model another company developed further is no version of the subject
    ("Rocket 2 ist eine Weiterentwicklung von Zorblax, nicht von Acme.",
     set(), {("Rocket 2", "versionOf", "Rocket")}),
    # a chip a company wants to install, the company after the modal
    ("In einem neuen Rechenzentrum bei Frankfurt will Acme bis Ende 2026 rund 20.000 Beschleuniger "
     "vom Typ Kestro installieren.",
     {("Acme", "usesHardware", "Kestro")}, set()),
    # a cluster with chips that a company bought
    ("Für das Training eigener Modelle hat Acme zudem einen Rechencluster mit Kestro-Chips von "
     "Zorblax angeschafft.",
     {("Acme", "usesHardware", "Kestro")}, {("Zorblax", "usesHardware", "Kestro")}),
    # a chip made by a foundry, with a longer subject before the passive
    ("Der Kestro-Prozessor im neuen Telefon stammt aus eigener Entwicklung und wird ebenfalls von "
     "Zorblax gefertigt.",
     {("Zorblax", "manufactures", "Kestro")}, set()),
    # customers with a genitive; "Als erster Kunde gilt X"; "Die Chips liefert X"
    ("Das Start-up Quibbl betreibt Rechenzentren. Zu den Mietern der Rechenzentren gehören Acme und "
     "Zorblax.",
     {("Acme", "partnerOf", "Quibbl"), ("Zorblax", "partnerOf", "Quibbl")}, set()),
    ("Das Start-up Quibbl baut Software für Autos. Als erster Kunde gilt der Autobauer Zorblax.",
     {("Zorblax", "partnerOf", "Quibbl")}, set()),
    ("Das Start-up Quibbl baut ein Rechenzentrum. Die Chips liefert Zorblax.",
     {("Zorblax", "partnerOf", "Quibbl")}, set()),
    # must not: a supplier named as the modifier of another's product
    ("Das Start-up Quibbl baut ein Rechenzentrum. Die Chips liefert Zorblax-Kunde Acme.",
     set(), {("Zorblax", "partnerOf", "Quibbl")}),
])
def test_p14_second_set(extractor, text, expected, wrong):
    check_text(extractor, text, expected, wrong)


def test_fronted_mit_phrase_is_no_antecedent(extractor):
    # "Mit dem Energieversorger X hat das Unternehmen ...": the company of the sentence before
    text = ("Das Start-up Quibbl baut Rechenzentren. Mit dem Energieversorger Zorblax hat das Unternehmen "
            "einen langfristigen Liefervertrag geschlossen.")
    check_text(extractor, text, {("Quibbl", "partnerOf", "Zorblax")}, set())
    # must not: a sentence with no organisation before gives the one in the phrase no subject role
    text = "Mit dem Konzern Zorblax hat das Unternehmen einen Vertrag geschlossen."
    check_text(extractor, text, set(), {("Zorblax", "partnerOf", "Zorblax")})
