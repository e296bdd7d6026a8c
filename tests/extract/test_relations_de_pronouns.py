"""German personal pronouns for things and organisations (invented names): "es", "er" and "ihn"
refer to a model, a chip or an organisation by the grammatical gender of the noun that named it
("das Modell Quill" ... "es", "der Chip Zeta 7" ... "er"/"ihn", "der Autozulieferer Acme" ... "er",
"wie das Unternehmen mitteilte, hat es ..."). They stay unresolved where a person of the
pronoun's gender is near, where "es" is expletive ("gibt es", "heißt es", "Für Acme ist es der
dritte Zukauf"), where a common noun of that gender stands between ("Über den Kaufpreis ...
schätzen ihn ..."), and where no antecedent has the pronoun's gender. Also a chip or model of the
passage's company that a later sentence names with an adjective or as a "Baustein" ("Der erste
Baustein trägt den Namen X").

Each case lists triples that must be found and triples that must not."""

from __future__ import annotations

import pytest

from tests.extract.conftest import rels, resolved


@pytest.mark.parametrize("text, expected, wrong", [
    # a model named with its neuter noun, compared in the next sentence after a fronted phrase
    ("Das Start-up Quibbl hat das Sprachmodell Quill 3 vorgestellt. In internen Tests schneidet es "
     "nach Firmenangaben besser ab als das Modell Zeta-4 von Zorblax.",
     {("Quill 3", "comparedTo", "Zeta-4")}, {("Quibbl", "comparedTo", "Zeta-4")}),
    ("Quibbl hatte im Frühjahr mit Quill 3 ein Modell vorgestellt, das Roboter steuert. Nach Angaben "
     "des Labors übertrifft es dabei das Modell Zeta-4 deutlich.",
     {("Quill 3", "comparedTo", "Zeta-4")}, set()),
    ("Das aktuelle Modell Quill 3 wurde mit Behördentexten trainiert. In mehreren Benchmarks liege "
     "es vor dem Modell Zeta-4 von Zorblax.",
     {("Quill 3", "comparedTo", "Zeta-4")}, set()),
    # a bare "das Modell" inside the sentence before continues the model named before it; an
    # expletive "heißt es" after a comma leaves the "es" of the clause before alone
    ("Quibbl hat das Modell Quill 3 vorgestellt. Nach Angaben des Konzerns liegt das Modell auf dem "
     "Niveau von Zeta-4. Auch gegenüber dem Modell Nimbus 2 schneide es besser ab, heißt es in einem Blog.",
     {("Quill 3", "comparedTo", "Nimbus 2")}, set()),
    # a chip named with its masculine noun: made, tested
    ("Der erste Chip des Start-ups Quibbl, der ZX-400, ist für Rechenzentren gedacht. Gefertigt wird "
     "er von Acme in Taiwan.",
     {("Acme", "manufactures", "ZX-400")}, {("Acme", "develops", "ZX-400")}),
    ("Der erste Chip des Start-ups Quibbl, der ZX-400, wird von Acme gefertigt. Kunden wie der "
     "Cloud-Anbieter Zorblax testen ihn bereits.",
     {("Zorblax", "usesHardware", "ZX-400")}, {("Zorblax", "usesHardware", "Zorblax")}),
    # the reporting "das Unternehmen" and "es" in one sentence; the seller after "bei" is no buyer
    ("Der Cloud-Anbieter Quibbl baut ein Rechenzentrum. Wie das Unternehmen mitteilte, hat es bei "
     "Acme rund 8000 Beschleuniger vom Typ Zeta 7 bestellt.",
     {("Quibbl", "usesHardware", "Zeta 7"), ("Quibbl", "partnerOf", "Acme")},
     {("Acme", "usesHardware", "Zeta 7")}),
    # a company named with a masculine noun, "er" after a semicolon
    ("Das Start-up Quibbl baut Montageroboter. Auch der Autozulieferer Acme arbeitet mit Quibbl; er "
     "will die Roboter später bei Zorblax einsetzen.",
     {("Acme", "partnerOf", "Quibbl")}, set()),
])
def test_thing_pronouns(extractor, text, expected, wrong):
    found = rels(extractor, text)
    assert expected <= found, expected - found
    assert not (wrong & found), wrong & found


@pytest.mark.parametrize("text, expected", [
    ("Das Start-up Quibbl hat das Sprachmodell Quill 3 vorgestellt. In Tests schneidet es besser ab.",
     [("es", "Quill 3")]),
    ("Der Autozulieferer Acme steigt ein; er will die Roboter einsetzen.", [("er", "Acme")]),
    ("Der Chip Zeta 7 ist fertig. Kunden testen ihn bereits.", [("ihn", "Zeta 7")]),
    ("Wie das Unternehmen Quibbl mitteilte, hat es bei Acme bestellt.", [("es", "Quibbl")]),
])
def test_thing_pronoun_antecedents(nlp_de, text, expected):
    assert resolved(nlp_de, text) == expected


@pytest.mark.parametrize("text, pronoun", [
    # a person of the pronoun's gender is near: "er" is the person, "ihn" stays open
    ("Der Chip Zeta 7 ist fertig. Malte Brix leitet die Entwicklung, zuvor hatte er bei Acme gearbeitet.", "er"),
    ("Der Chip Zeta 7 ist fertig. Malte Brix kam von Acme, Zorblax hatte ihn abgeworben.", "ihn"),
    # expletive "es": "gibt es", "heißt es", a copula ("Für Acme ist es der dritte Zukauf")
    ("Das Modell Quill 3 ist fertig. Dafür gibt es Lob von Acme.", "es"),
    ("Das Modell Quill 3 ist fertig. Es sei ein großer Schritt, heißt es bei Acme.", "es"),
    ("Das Start-up Quibbl kauft das Labor Zorblax. Für Quibbl ist es der dritte Zukauf.", "es"),
    # a common noun of the gender between: the price, not the buyer
    ("Der Konzern Acme kauft das Start-up Quibbl. Über den Kaufpreis wurde nichts bekannt, Analysten "
     "schätzen ihn auf 40 Millionen Euro.", "ihn"),
    # no antecedent of the gender: a feminine company, a model for "er"
    ("Die Firma Quibbl baut Roboter. Er will mehr.", "er"),
    ("Das Modell Quill 3 ist fertig. Kunden testen ihn bereits.", "ihn"),
])
def test_thing_pronoun_left_open(nlp_de, text, pronoun):
    refs = resolved(nlp_de, text)
    targets = [label for a, label in refs if a.lower() == pronoun]
    doc = nlp_de(text)
    persons = {e.label for e in doc._.kg_entities if e.type == "Person"}
    assert all(t in persons for t in targets), refs


@pytest.mark.parametrize("text, wrong", [
    # the price is no chip user, the expletive "es" no model
    ("Der Konzern Acme kauft das Start-up Quibbl. Über den Kaufpreis wurde nichts bekannt, Analysten "
     "schätzen ihn auf 40 Millionen Euro.", {("Acme", "acquired", "Acme")}),
    ("Das Modell Quill 3 ist fertig. Dafür gibt es Lob von Acme, dessen Modell Zeta-4 schwächer ist.",
     {("Acme", "develops", "Quill 3")}),
    ("Das Sprachmodell Quill 3 von Quibbl ist fertig. Im Vergleich dazu liege es hinter Zeta-4, sagte "
     "Malte Brix. Zuvor hatte er bei Acme gearbeitet.", {("Quill 3", "worksFor", "Acme")}),
])
def test_thing_pronouns_must_not_fire(extractor, text, wrong):
    found = rels(extractor, text)
    assert not (wrong & found), wrong & found


@pytest.mark.parametrize("text, expected, wrong", [
    # the passage's company develops a chip a later sentence names with an adjective or as "Baustein"
    ("Das Dresdner Start-up Quibbl hat 20 Millionen Euro eingesammelt. Der erste Baustein trägt den "
     "Namen ZX-400 und soll ab Herbst ausgeliefert werden.",
     {("Quibbl", "develops", "ZX-400")}, set()),
    ("Das Dresdner Start-up Quibbl hat 20 Millionen Euro eingesammelt. Der Baustein namens ZX-400 soll "
     "Sprachmodelle in Fabriken ausführen.",
     {("Quibbl", "develops", "ZX-400")}, set()),
    # must not: a chip of another maker, named after it or before it in the sentence
    ("Das Dresdner Start-up Quibbl hat 20 Millionen Euro eingesammelt. Der Baustein namens ZX-400 von "
     "Zorblax gilt als Vorbild.",
     set(), {("Quibbl", "develops", "ZX-400")}),
    ("Das Dresdner Start-up Quibbl hat 20 Millionen Euro eingesammelt. Der neue Chip des Konkurrenten "
     "Zorblax heißt ZX-400.",
     set(), {("Quibbl", "develops", "ZX-400")}),
])
def test_topic_chip_named(extractor, text, expected, wrong):
    found = rels(extractor, text)
    assert expected <= found, expected - found
    assert not (wrong & found), wrong & found


@pytest.mark.parametrize("text, expected, wrong", [
    # a round the sentence before announced, led by an investor ("Angeführt wurde sie von X")
    ("Das Start-up Quibbl hat eine Finanzierungsrunde über 45 Millionen Euro abgeschlossen. Angeführt "
     "wurde sie vom Münchner Investor Acme Capital.",
     {("Acme Capital", "investsIn", "Quibbl")}, set()),
    # tenants and pilot customers of the passage's company
    ("Der Konzern Quibbl hat ein Rechenzentrum eröffnet. Zu den ersten Mietern gehört das KI-Unternehmen "
     "Zorblax.",
     {("Zorblax", "partnerOf", "Quibbl")}, set()),
    # must not: a person led, a list of the tenants' own customers named with another company
    ("Das Start-up Quibbl hat eine neue Sparte gegründet. Geführt wird sie von Jana Roeder.",
     set(), {("Jana Roeder", "investsIn", "Quibbl")}),
    ("Der Konzern Quibbl hat ein Rechenzentrum eröffnet. Zu den Nutzern der Software von Zorblax gehört "
     "auch Acme.",
     set(), {("Acme", "partnerOf", "Quibbl")}),
])
def test_topic_round_and_tenants(extractor, text, expected, wrong):
    found = rels(extractor, text)
    assert expected <= found, expected - found
    assert not (wrong & found), wrong & found


@pytest.mark.parametrize("text, expected, wrong", [
    # "ihn" for a service named with a masculine noun; a noun inside a name ("App Acme Navigator")
    # does not stand between; a fronted perfect with the developer after the object
    ("Der Dienst mit dem Namen Railo soll in der App Acme Navigator getestet werden. Entwickelt hat "
     "ihn das Berliner Start-up Quibbl.",
     {("Quibbl", "develops", "Railo")}, set()),
    # must not: a model compared after "wie" is no antecedent of a later "es" in its sentence; a
    # model after a preposition in a sentence whose own subject is "Es" is none either
    ("Das Labor Quibbl hat ein Modell veröffentlicht. Es erreicht ähnliche Werte wie das Modell Zeta-4, "
     "bei Rust-Aufgaben liege es sogar vor dem Modell Nimbus 2.",
     set(), {("Zeta-4", "comparedTo", "Nimbus 2")}),
    ("Das Labor Quibbl hat ein Modell veröffentlicht. Es basiert auf dem Modell Zeta-4 von Zorblax. In "
     "Tests übertrifft es das Modell Nimbus 2.",
     set(), {("Zeta-4", "comparedTo", "Nimbus 2")}),
])
def test_thing_pronoun_limits(extractor, text, expected, wrong):
    found = rels(extractor, text)
    assert expected <= found, expected - found
    assert not (wrong & found), wrong & found


@pytest.mark.parametrize("text, expected, wrong", [
    # the first customer uses "die Chips" of the chip named before, also past an inserted clause
    ("Das Start-up Quibbl hat den Chip ZX-400 vorgestellt. Als erster Kunde nutzt der Cloud-Anbieter "
     "Zorblax, der zum Konzern Acme gehört, die Chips in einem Pilotprojekt.",
     {("Zorblax", "usesHardware", "ZX-400")}, set()),
    # must not: the chips of another maker
    ("Das Start-up Quibbl hat den Chip ZX-400 vorgestellt. Als erster Kunde nutzt der Cloud-Anbieter "
     "Zorblax bislang die Chips von Acme.",
     set(), {("Zorblax", "usesHardware", "ZX-400")}),
])
def test_first_customer_chips(extractor, text, expected, wrong):
    found = rels(extractor, text)
    assert expected <= found, expected - found
    assert not (wrong & found), wrong & found


@pytest.mark.parametrize("text, expected, wrong", [
    # "er" for "der Konzern" of the same sentence, a verb-first clause with "zusammen" at its end
    ("Der Konzern Quibbl baut ein Rechenzentrum. Im Vorjahr hatte der Konzern eine Kooperation mit "
     "Acme geschlossen, außerdem arbeitet er beim Aufbau eines Rechenzentrums in München eng mit "
     "Zorblax zusammen.",
     {("Quibbl", "partnerOf", "Zorblax")}, set()),
    # must not: negated
    ("Der Konzern Quibbl baut ein Rechenzentrum. Seit dem Sommer arbeitet Quibbl beim Aufbau nicht "
     "mehr mit Zorblax zusammen.",
     set(), {("Quibbl", "partnerOf", "Zorblax")}),
])
def test_vso_work_together(extractor, text, expected, wrong):
    found = rels(extractor, text)
    assert expected <= found, expected - found
    assert not (wrong & found), wrong & found
