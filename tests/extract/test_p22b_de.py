"""German relations and names found missing on a fresh training set of 2026-11-29 (set de-al, p22b round).
Every name is invented; "Acme", "Zorblax", "Rocket", "Rocket 2", "Kestro Edge", "AGI" and "Jane Roe" are in
the test catalogue, the others are found by cues."""

from __future__ import annotations

import pytest

from tests.extract.conftest import ents, rels

GERMAN = [
    # a thing "aus dem Hause X": X makes it (X is found by the phrase)
    ("Der Chatbot Quill, ebenfalls aus dem Hause Zorblax, wird oft verglichen.",
     {("Zorblax", "develops", "Quill")}, set()),
    ("Das KI-System Rocket aus dem Hause Kavalis sagt das Wetter voraus.", {("Kavalis", "develops", "Rocket")}, set()),
    ("Jane Roe stammt aus dem Hause Acme und baut Rocket.", set(), {("Acme", "develops", "Rocket")}),
    # goals after "das Ziel der|einer": a concept, also after a longer gap before "Ziel"
    ("Acme verfolgt dabei nach eigener Aussage auch das Ziel der Kreislaufwirtschaft.",
     {("Acme", "pursues", "Kreislaufwirtschaft")}, set()),
    ("Jane Roe verfolgt mit Acme das Ziel einer emissionsfreien Logistik, weil es eilt.",
     {("Jane Roe", "pursues", "emissionsfreie Logistik")}, set()),
    ("Das Ziel der Firma Acme ist Wachstum.", set(), {("Acme", "pursues", "Firma")}),
    # a thing "aus dem|der" a named lab or project; a chip's designer in a fronted passive with a pronoun
    ("Geprüft wurden 24 Modelle, darunter Rocket aus dem Forschungsprojekt Zorblax, Quorra-1 von Acme und GPT-4o.",
     {("Zorblax", "develops", "Rocket"), ("Acme", "develops", "Quorra-1")}, {("Zorblax", "develops", "Quorra-1")}),
    ("Rocket aus dem Jahr 2023 schlägt Acme.", set(), {("Acme", "develops", "Rocket")}),
    ("Globex hat den Trainingschip Kestro Edge vorgestellt. Entworfen wurde er von der Acme-Tochter Zorblax Labs, die "
     "der Konzern 2015 gekauft hatte.", {("Zorblax Labs", "develops", "Kestro Edge")}, {("Acme", "develops", "Kestro Edge")}),
    # funders listed after a sum, also after a relative clause on the company
    ("Acme, das KI-Software anbietet, erhält 48 Millionen Euro, unter anderem von Kelvra, Quorvo und dem Konzern Zentrix.",
     {("Kelvra", "investsIn", "Acme"), ("Quorvo", "investsIn", "Acme"), ("Zentrix", "investsIn", "Acme")}, set()),
    ("Acme erhält 48 Millionen Euro von Jane Roe und Max Mustermann.", set(),
     {("Max Mustermann", "investsIn", "Acme")}),
    # founders: "mit ihrem Start-up", a described founder in a relative clause, "das Start-up X aufgebaut"
    ("Die Wiener Gründerin Jane Roe hat mit ihrem Start-up Zorblax viel Geld eingesammelt.",
     {("Jane Roe", "founderOf", "Zorblax")}, set()),
    ("Die Investorin Jane Roe hat mit ihrem Start-up-Fonds Zorblax viel Geld eingesammelt.", set(),
     {("Jane Roe", "founderOf", "Zorblax")}),
    ("Zorblax: Das Start-up aus Boston, das der frühere Acme-Forscher Jane Roe mitgegründet hat, gilt als Herausforderer.",
     {("Jane Roe", "founderOf", "Zorblax"), ("Jane Roe", "worksFor", "Acme")}, {("Jane Roe", "founderOf", "Acme")}),
    ("In Lausanne hat die Physikerin Jane Roe das Start-up Zorblax aufgebaut, das Chips entwickelt.",
     {("Jane Roe", "founderOf", "Zorblax")}, set()),
    # a head after a relative clause on the person, "führt X ... als Geschäftsführerin"
    ("Jane Roe, die zuvor als Forscherin bei Acme arbeitete, führt Zorblax seit der Gründung 2022 als Geschäftsführerin.",
     {("Jane Roe", "ceoOf", "Zorblax")}, {("Jane Roe", "ceoOf", "Acme")}),
    # a chair "für <Fach> an der X"
    ("Jane Roe, Professorin für Informatik an der Universität Zorblax, sagt das.",
     {("Jane Roe", "worksFor", "Universität Zorblax")}, set()),
    # rivals: "steht im Wettbewerb", "ringen A, B und C um dieselben Kunden" (every two)
    ("Acme steht vor allem im Wettbewerb mit dem US-Anbieter Zorblax.", {("Acme", "competesWith", "Zorblax")}, set()),
    ("Tatsächlich ringen Acme, Zorblax und die Globex AG vor allem untereinander um dieselben Großkunden.",
     {("Acme", "competesWith", "Zorblax"), ("Acme", "competesWith", "Globex AG"), ("Zorblax", "competesWith", "Globex AG")},
     set()),
    # money put into a company in a relative clause; a round joined in a relative clause after its lead
    ("Quill basiert auf Rocket, dem Modell des Partners Zorblax, in den Acme seit 2019 mehr als 13 Milliarden Dollar "
     "gesteckt hat.", {("Acme", "investsIn", "Zorblax")}, set()),
    ("Zorblax hatte eine Finanzierungsrunde über 60 Millionen Euro abgeschlossen, angeführt vom Berliner Investor Kelvra, "
     "an der sich auch der Staatsfonds Acme aus Abu Dhabi beteiligte.", {("Acme", "investsIn", "Zorblax")}, set()),
    # shares held
    ("Der Staatsfonds Acme hält dagegen als passiver Anleger Aktien von Zorblax im Wert von Milliarden.",
     {("Acme", "investsIn", "Zorblax")}, set()),
    ("Der Staatsfonds Acme hält dagegen Vorträge über Zorblax.", set(), {("Acme", "investsIn", "Zorblax")}),
    # chips: modules of a type, training on chips, data centres run with chips
    ("Acme setzt dafür auf Module vom Typ Kestro Edge.", {("Acme", "usesHardware", "Kestro Edge")}, set()),
    ("Das KI-Unternehmen Acme, in das Zorblax acht Milliarden Dollar investiert hat, trainiert seine Modelle bereits auf "
     "Hunderttausenden Kestro-Edge-Chips.", {("Acme", "usesHardware", "Kestro Edge"), ("Zorblax", "investsIn", "Acme")},
     {("Zorblax", "usesHardware", "Kestro Edge")}),
    ("Acme ist später gestartet und betreibt seine Rechenzentren weiterhin vor allem mit Kestro Edge.",
     {("Acme", "usesHardware", "Kestro Edge")}, set()),
    # a possessive "seines" agrees with no company named after "die"
    ("Die Globex-Gruppe wirft dem Start-up Zorblax vor, Daten zum Training seines Sprachmodells Quill genutzt zu haben.",
     {("Zorblax", "develops", "Quill")}, {("Globex", "develops", "Quill")}),
    # rankings: one "hinter sich gelassen", one landing "vor" another (not "vor zwei Jahren")
    ("Im Ranking hat das Modell Quorra den ersten Platz zurückerobert und Rocket von Acme knapp hinter sich gelassen.",
     {("Quorra", "comparedTo", "Rocket")}, set()),
    ("Bestes Modell war das Modell Quorra, das in Grammatikaufgaben vor Rocket landete.",
     {("Quorra", "comparedTo", "Rocket")}, set()),
    ("Das Modell Quorra lag vor zwei Jahren noch weit hinten, Rocket führte.", set(), {("Quorra", "comparedTo", "Rocket")}),
    # chips of one's own a company relies on: it makes them, it does not only use them
    ("Acme wiederum setzt seit fast zehn Jahren auf selbst entwickelte Kestro Edge.",
     {("Acme", "develops", "Kestro Edge")}, {("Acme", "usesHardware", "Kestro Edge")}),
    ("Acme setzt auf Kestro Edge.", {("Acme", "usesHardware", "Kestro Edge")}, {("Acme", "develops", "Kestro Edge")}),
    # a board seat named after the company
    ("Acme hatte viel in Zorblax investiert; Jane Roe zog dafür in den Verwaltungsrat von Zorblax ein.",
     {("Jane Roe", "worksFor", "Zorblax")}, set()),
    ("Jane Roe sitzt im Aufsichtsrat neben Vertretern von Acme.", set(), {("Jane Roe", "worksFor", "Acme")}),
    ("Jane Roe zieht in den Beirat von Acme ein.", set(), {("Jane Roe", "worksFor", "Acme")}),
    # (not across a colon: the chips are another's)
    ("Acme setzt dagegen auf eigene Chips: Rocket läuft auf Kestro Edge.", set(), {("Acme", "develops", "Rocket")}),
    # a version of a family the text named alone after its cue noun
    ("Kern des Angebots ist das Modell Shelfsense, das Lücken erkennt. Inzwischen liegt mit Shelfsense 2 eine zweite "
     "Generation vor.", {("Shelfsense 2", "versionOf", "Shelfsense")}, set()),
    # a description refers back to the company described with the same place before a hyphenated cue noun
    ("Acme kauft das Münchner KI-Start-up Zorblax. Der Wagniskapitalgeber Globex Capital hatte zwölf Millionen Euro in "
     "die Münchner Firma gesteckt.", {("Globex Capital", "investsIn", "Zorblax")}, {("Globex Capital", "investsIn", "Acme")}),
    # an outlet in the dative after a time phrase; an agreement "wie es X mit Y geschlossen hat"; renting from a provider
    ("„Wir haben nichts genommen“, sagte Jane Roe nach der Verhandlung dem Sender Zorblax.",
     {("Jane Roe", "interviewedBy", "Zorblax")}, set()),
    ("Das sagte Jane Roe nach dem Treffen dem Chef von Acme.", set(), {("Jane Roe", "interviewedBy", "Acme")}),
    ("Ein Lizenzabkommen, wie es Acme mit Zorblax geschlossen hat, sei nie zustande gekommen.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Trainiert wurde Rocket auf 2.000 Chips vom Typ Kestro Edge, die Acme beim Cloud-Anbieter Zorblax mietet.",
     {("Acme", "partnerOf", "Zorblax"), ("Acme", "usesHardware", "Kestro Edge")}, set()),
    # a unit a company founded "mit Y"
    ("Der Staatsfonds Acme hat mit Zorblax eine eigene KI-Tochter gegründet.",
     {("Zorblax", "subOrganizationOf", "Acme")}, {("Acme", "subOrganizationOf", "Zorblax")}),
    ("Acme hat mit Zorblax eine Firma gegründet.", set(), {("Zorblax", "subOrganizationOf", "Acme")}),
    # the company's bare name stays the company's after its model "X Finance" is named
    ("Ebenfalls aus Österreich kommt Jane Roe, Mitgründerin des Linzer KI-Start-ups Zorvex, das Sprachmodelle anbietet. "
     "Zorvex hat im Herbst den Grazer Datenanbieter Datenhafen gekauft. Das Modell Zorvex Finance wurde mit Daten trainiert.",
     {("Zorvex", "acquired", "Datenhafen"), ("Zorvex", "develops", "Zorvex Finance")}, set()),
    # a fund's head named bare after the fund's sentence
    ("Der Staatsfonds Zorblax wächst. Fondschef Max Berger sieht das gelassen.",
     {("Max Berger", "ceoOf", "Zorblax")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", GERMAN)
def test_relations_p22b(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    found = rels(extractor, text, "de")
    assert expected <= found, found
    assert not wrong & found, found


NAMES = [
    # a German noun named after a place adjective, also right after a colon
    ("Zwei Anbieter legen ihre Geschäfte zusammen: Das Wiener Start-up Parlando fusioniert mit dem Rivalen Zorblax.",
     {("Parlando", "Organization")}, set()),
    # a model or product named after its maker with a head word ("Finance", "Vision"): the cue noun types it
    ("Das Start-up Zorvex hat die Plattform Zorvex Vision gebaut. Das Modell Zorvex Finance lief mit Daten der Acme.",
     {("Zorvex", "Organization"), ("Zorvex Vision", "Product"), ("Zorvex Finance", "AIModel")},
     {("Zorvex Finance", "Organization")}),
    ("Der Investor Zorvex Capital stieg bei Acme ein.", {("Zorvex Capital", "Organization")}, set()),
    ("Der Konzern Acme will Flowpilot in seine Plattform Zorvex AI integrieren.", {("Zorvex AI", "Product")},
     {("Zorvex AI", "Organization"), ("Zorvex", "Product")}),
    # other Latin capitals open a name
    ("Die Physikerin Elif Şahin gründete Acme.", {("Elif Şahin", "Person")}, set()),
    ("Acme-Chef Łukasz Nowak sprach.", {("Łukasz Nowak", "Person")}, set()),
    # a capitalised adjective in mid-sentence before an organisation's head noun; a place adjective needs a
    # narrower head; the label takes the adjective's base form
    ("Jane Roe, Geschäftsführerin der Rheinischen Verlagsgruppe, sprach.", {("Rheinische Verlagsgruppe", "Organization")},
     set()),
    ("Der Nordische Investitionsfonds hatte Geld in Acme gesteckt.", {("Nordische Investitionsfonds", "Organization")},
     set()),
    ("Zu den Kunden von Acme zählen die Wiener Stadtwerke.", {("Wiener Stadtwerke", "Organization")}, set()),
    ("Der Berliner Fonds investiert. Die chinesische Gruppe wächst. Die Münchner Bank wächst.", set(),
     {("Berliner Fonds", "Organization"), ("Münchner Bank", "Organization")}),
]


@pytest.mark.parametrize("text, expected, wrong", NAMES)
def test_names_p22b(nlp_de, text, expected, wrong) -> None:
    found = ents(nlp_de, text)
    assert expected <= found, found
    assert not wrong & found, found
