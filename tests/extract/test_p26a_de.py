"""German relations and names found missing on a fresh training set of 2026-11-29 (set de-aw, p26a round).
Every name is invented; "Acme", "Zorblax", "Rocket", "Rocket 2", "Kestro Edge", "AGI" and "Jane Roe" are in
the test catalogue, the others are found by cues."""

from __future__ import annotations

import pytest

from tests.extract.conftest import ents, rels

GERMAN = [
    # backers of a named round counted with "zu"; a backer already on board; a list putting money in "gemeinsam"
    ("Das Start-up Velmar Compute wächst. Zu den Geldgebern der jüngsten Finanzierungsrunde zählen der Hamburger "
     "Investor Brisant Capital, die staatliche Förderbank Kolvo und der Wagniskapitalgeber Zorblax.",
     {("Brisant Capital", "investsIn", "Velmar Compute"), ("Kolvo", "investsIn", "Velmar Compute"),
      ("Zorblax", "investsIn", "Velmar Compute")}, {("Zorblax", "investsIn", "Brisant Capital")}),
    ("Das Start-up Velmar wächst. Bereits an Bord ist der Wagniskapitalgeber Zorblax, der die Seed-Runde angeführt "
     "hatte.", {("Zorblax", "investsIn", "Velmar")}, set()),
    ("Das Start-up Velmar wächst. Bereits an Bord ist der Partner Zorblax.", set(), {("Zorblax", "investsIn", "Velmar")}),
    ("Das Start-up Velmar wächst. Erst im Januar hatten der amerikanische Vermögensverwalter Brisant, der norwegische "
     "staatliche Energiekonzern Kolvo und der US-Chipkonzern Zorblax gemeinsam 600 Millionen Dollar in das Unternehmen "
     "gesteckt.",
     {("Brisant", "investsIn", "Velmar"), ("Kolvo", "investsIn", "Velmar"), ("Zorblax", "investsIn", "Velmar")}, set()),
    # a round the backers only might join; a backer of other firms "nicht an Bord"
    ("Das Start-up Acme verhandelt über eine Finanzierungsrunde, an der sich unter anderem der Fonds Brisant und "
     "Zorblax beteiligen könnten.", set(), {("Zorblax", "investsIn", "Acme"), ("Brisant", "investsIn", "Acme")}),
    ("Das Start-up Acme wächst. Der US-Konzern Zorblax, der sich an mehreren europäischen KI-Firmen beteiligt hat, ist "
     "bei Acme nicht an Bord.", set(), {("Zorblax", "investsIn", "Acme")}),
    # customers named by the company; a source phrase that ends before the next article
    ("Das Start-up Velmar wächst. Als Ankerkunden nennt das Unternehmen das Kölner KI-Start-up Brisant sowie den "
     "Bremer Versicherer Zorblax, der dort eigene Modelle trainieren will.",
     {("Brisant", "partnerOf", "Velmar"), ("Zorblax", "partnerOf", "Velmar")}, set()),
    ("Acme baut Modelle. Erste Pilotkunden sind nach Angaben des Unternehmens der Autozulieferer Zorblax und die "
     "Stadtwerke Brisant.", {("Zorblax", "partnerOf", "Acme"), ("Stadtwerke Brisant", "partnerOf", "Acme")}, set()),
    # suppliers of power and racks; a contract or partnership in a relative clause on the partner
    ("Acme baut ein Rechenzentrum. Den Strom soll die Energiegenossenschaft Velmar eG liefern, mit der Acme einen "
     "Abnahmevertrag über 15 Jahre geschlossen hat.", {("Velmar eG", "partnerOf", "Acme")}, set()),
    ("Das Start-up Acme baut Rechenzentren. Zorblax liefert zudem den Strom für alle Standorte.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Acme baut ein Rechenzentrum. Die Server-Racks stammen vom US-Hersteller Zorblax, der auch die Kühlung beisteuert.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Rocket läuft auf Prozessoren von Zorblax, mit dem Acme seit dem Herbst eine Entwicklungspartnerschaft hat.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    # a unit's head after the verb; an earlier post at a company's site; work for a company named by its seat
    ("Das Labor Acme wächst. Den Forschungsbereich leitet seit Januar Tom Berger, der zuvor bei Zorblax in London "
     "gearbeitet hatte.", {("Tom Berger", "worksFor", "Acme"), ("Tom Berger", "worksFor", "Zorblax")}, set()),
    ("Jane Roe, die Acme als Chefin führt, war zuvor Forscherin am Grazer Standort von Zorblax.",
     {("Jane Roe", "worksFor", "Zorblax")}, {("Jane Roe", "ceoOf", "Zorblax")}),
    ("Das Kieler Start-up Velmar wächst. Im Vorjahr übernahm Velmar den Spezialisten Brisant. Brisant-Gründer Tom "
     "Berger arbeitet seitdem als Forschungschef für die Kieler.", {("Tom Berger", "worksFor", "Velmar")}, set()),
    # a board's new members and a member's past post; no advisory board ("Beirat")
    ("Die Acme AG baut um. Zorblax-Partner Tom Berger zieht ebenfalls in den Aufsichtsrat ein.",
     {("Tom Berger", "worksFor", "Acme AG")}, set()),
    ("Die Acme AG baut um. Zorblax-Partner Tom Berger zieht in den Beirat ein.", set(),
     {("Tom Berger", "worksFor", "Acme AG")}),
    ("Die Acme AG baut um. Neu in das Gremium soll außerdem die KI-Forscherin Jane Roe von der TU Brisant einziehen.",
     {("Jane Roe", "worksFor", "Acme AG")}, set()),
    ("Die Acme AG baut um. Nachfolgerin soll Jane Roe werden, die bis 2023 im Vorstand von Zorblax für das "
     "Digitalgeschäft zuständig war.", {("Jane Roe", "worksFor", "Zorblax")}, set()),
    ("„Es fehlt Kapazität“, sagte Jane Roe, die zuvor sechs Jahre lang das Cloud-Geschäft von Zorblax in Nordeuropa "
     "verantwortet hatte.", {("Jane Roe", "worksFor", "Zorblax")}, set()),
    # a contract with a long description before its verb
    ("Acme hat mit dem Osloer Rechenzentrumsbetreiber Zorblax einen Vertrag über fünf Jahre und rund zwei Milliarden "
     "Dollar geschlossen.", {("Acme", "partnerOf", "Zorblax")}, set()),
    # a head in a verb-final relative clause
    ("„Nicht jede Anwendung braucht das“, sagte Mitgründerin Jane Roe, die Acme gemeinsam mit ihrem Bruder Tom Roe "
     "leitet.", {("Jane Roe", "ceoOf", "Acme")}, set()),
    ("Jane Roe, die Acme lange beraten hat, leitet heute Zorblax.", set(), {("Jane Roe", "ceoOf", "Acme")}),
    # models of a named family, the family fronted; a predecessor named after the new model
    ("Das Start-up Velmar AI baut Modelle. Am Mittwoch veröffentlichte das Unternehmen zwei neue Modelle der "
     "Kranich-Familie, Kranich-S und Kranich-L, deren Gewichte frei sind. Die Kranich-Familie hatte Velmar AI vor einem "
     "Jahr mit einem ersten, deutlich kleineren Modell eingeführt.",
     {("Velmar AI", "develops", "Kranich-S"), ("Velmar AI", "develops", "Kranich-L"), ("Velmar AI", "develops", "Kranich"),
      ("Kranich-S", "versionOf", "Kranich")}, set()),
    ("Zugleich stellte Acme am Dienstag sein neues Sprachmodell Rocket 2 vor, den Nachfolger des im vergangenen Jahr "
     "veröffentlichten Rocket.", {("Acme", "develops", "Rocket")}, set()),
    # a company's own chips; chips "von" their developer in the dative plural
    ("Das Labor Velmar wächst. Trainiert wurde das Modell auf Acmes Beschleunigern vom Typ Kestro Edge.",
     {("Acme", "develops", "Kestro Edge"), ("Velmar", "usesHardware", "Kestro Edge")}, set()),
    ("Das Start-up Brisant wächst. Trainiert werden die Modelle auf Z900-Beschleunigern von Zorblax.",
     {("Zorblax", "develops", "Z900")}, set()),
    # things made by a contract maker after "sowohl … als auch"
    ("Gefertigt werden sowohl der Z900-Chip als auch Kestro Edge vom taiwanischen Chipkonzern Zorblax.",
     {("Zorblax", "manufactures", "Kestro Edge"), ("Zorblax", "manufactures", "Z900")}, set()),
    # chips a provider makes available: the provider's and the receiver's; not a tenant's provider
    ("Im Rahmen der Vereinbarung stellt Zorblax Acme Server mit Kestro-Edge-Chips zur Verfügung.",
     {("Zorblax", "usesHardware", "Kestro Edge"), ("Acme", "usesHardware", "Kestro Edge")}, set()),
    ("Der Telekomkonzern Zorblax stellt in seinem Rechenzentrum in Ulm 64 Z900-GPUs von Acme bereit.",
     {("Zorblax", "usesHardware", "Z900")}, set()),
    ("Trainiert wird in der Cloud: Dafür mietet Acme Rechenzeit auf rund 200 Z900-Karten von Kolvo beim Wiener "
     "Rechenzentrumsbetreiber Zorblax.", {("Acme", "partnerOf", "Zorblax")}, {("Zorblax", "usesHardware", "Z900")}),
    # a model of the passage's company running on chips
    ("Das Start-up Velmar baut kleine Modelle. Rocket läuft auf Kestro-Edge-Prozessoren von Zorblax, mit dem das "
     "Start-up eine Entwicklungspartnerschaft hat.", {("Velmar", "usesHardware", "Kestro Edge")}, set()),
    # a partnership "Für X betreibt Y"; a product offered on another's models
    ("Für das französische KI-Labor Brisant AI betreibt Zorblax zudem einen Cluster mit 4.000 Beschleunigern.",
     {("Brisant AI", "partnerOf", "Zorblax")}, set()),
    ("Mit dem Vorstoß reagiert Acme auch auf den Konkurrenten Brisant, der seit dem Frühjahr einen eigenen Assistenten "
     "auf Basis von Modellen von Zorblax anbietet.", {("Brisant", "partnerOf", "Zorblax")}, {("Acme", "partnerOf", "Zorblax")}),
    # goals set after a colon, restated, published openly; the model published last
    ("Das Berliner KI-Labor Velmar Labs hat sich ein ehrgeiziges Ziel gesetzt: Bis zum Ende des Jahrzehnts will es eine "
     "sogenannte AGI entwickeln.", {("Velmar Labs", "pursues", "AGI")}, set()),
    ("Acme aus San Francisco bekräftigte sein Ziel, als erstes Labor eine AGI zu bauen.", {("Acme", "pursues", "AGI")},
     set()),
    ("Acme veröffentlicht alle Modelle als Open Source, zuletzt das Sprachmodell Rocket 2, das Entwickler kostenlos "
     "herunterladen können.", {("Acme", "pursues", "Open Source"), ("Acme", "develops", "Rocket 2")}, set()),
    # a model keeping up with another after a long gap; a model in use at an institution
    ("Rocket 2 kommt mit drei Milliarden Parametern aus und soll bei Übersetzungsaufgaben mit dem deutlich größeren "
     "Rocket mithalten.", {("Rocket 2", "comparedTo", "Rocket")}, set()),
    ("Acme hat das Modell Rocket entwickelt. Sein wichtigstes Produkt, das Modell Rocket, wird bereits am "
     "Forschungszentrum Zorblax für das Zusammenfassen von Arztberichten eingesetzt.", {("Zorblax", "partnerOf", "Acme")},
     set()),
    # no list item after "und Vertreter von", nor after an apposition the object closes
    ("Auf dem Podium saßen außerdem Jane Roe, Chefin von Acme, und Vertreter von Zorblax, die nichts sagten.",
     {("Jane Roe", "ceoOf", "Acme")}, {("Jane Roe", "ceoOf", "Zorblax")}),
    ("Daneben ziehen Vertreter der Hauptinvestoren in das Gremium ein: Brisant Capital, bisher größter Anteilseigner von "
     "Acme, und der österreichische Fonds Zorblax, der an Kolvo beteiligt war.",
     {("Brisant Capital", "investsIn", "Acme")}, {("Brisant Capital", "investsIn", "Zorblax")}),
]


@pytest.mark.parametrize("text, expected, wrong", GERMAN)
def test_relations_p26a(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    found = rels(extractor, text, "de")
    assert expected <= found, found
    assert not wrong & found, found


def test_a_cooperative_with_its_legal_form_is_one_name(nlp_de) -> None:
    found = ents(nlp_de, "Den Strom soll die Energiegenossenschaft Windhafen eG liefern. Gestern wuchs die Velmar eG.")
    assert {("Windhafen eG", "Organization"), ("Velmar eG", "Organization")} <= found, found


def test_a_chip_named_with_capitals_and_a_word_after_a_kind_compound(nlp_de) -> None:
    found = ents(nlp_de, "Acme wirft Zorblax vor, in seinem Interconnect-Chip QX-Link Verfahren zu nutzen. Velmar hatte "
                         "seinen eigenen Interconnect VelmarLink vorgestellt.")
    assert {("QX-Link", "Hardware"), ("VelmarLink", "Hardware")} <= found, found
    assert not {label for label, _ in found} & {"Interconnect", "QX"}, found


def test_a_place_and_a_count_and_a_company_cue_before_servers_are_no_names(nlp_de) -> None:
    found = ents(nlp_de, "Der Konzern Zorblax stellt in seinem Rechenzentrum in Ulm 64 Z900-GPUs bereit. Acme stellt "
                         "dem US-Konzern Server mit Kestro-Chips zur Verfügung.")
    labels = {label for label, _ in found}
    assert not labels & {"Ulm 64", "Konzern", "US-Konzern"}, found


def test_size_letters_glued_to_a_model_family_are_models(nlp_de) -> None:
    found = ents(nlp_de, "Velmar veröffentlichte zwei Modelle der Kranich-Familie, Kranich-S und Kranich-L, die offen sind.")
    assert {("Kranich", "AIModel"), ("Kranich-S", "AIModel"), ("Kranich-L", "AIModel")} <= found, found
