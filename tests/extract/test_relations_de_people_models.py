"""German constructions about people and models (invented names): roles in long appositions and
in the perfect, joining and leaving ("schließt sich X an", "ist zu X gegangen"), models described
in an apposition ("X, entwickelt von Y", "X, einem Modell von Y", "dem Entwickler des Chatbots X"),
comparisons with the verb first or "auf Augenhöhe mit", models built on others ("basiert auf"),
interviews in the perfect and stated goals ("hat sich X verschrieben").

Each case lists triples that must be found and triples that must not (the same words in a
sentence that does not state the relation)."""

from __future__ import annotations

import pytest

from kg.model import Document
from tests.extract.conftest import rels, triples


@pytest.mark.parametrize("text, expected, wrong", [
    # roles and moves
    ("Jana Roth, bislang Leiterin der KI-Forschung bei Acme, wechselt zum Berliner Start-up Quibbl.",
     {("Jana Roth", "worksFor", "Acme"), ("Jana Roth", "worksFor", "Quibbl")}, set()),
    ("Jana Roth, Leiterin der Abteilung, sagte der Zeitung Zorblax Post, das Projekt laufe gut.",
     set(), {("Jana Roth", "worksFor", "Zorblax Post")}),
    ("Die Forscherin Jana Roth verlässt die Universität Quibbl und schließt sich Acme an.",
     {("Jana Roth", "worksFor", "Universität Quibbl"), ("Jana Roth", "worksFor", "Acme")}, set()),
    ("Erst im Mai war der Informatiker Timo Brakel zu Acme gegangen, dem Entwickler des Chatbots Lantern.",
     {("Timo Brakel", "worksFor", "Acme"), ("Acme", "develops", "Lantern")}, set()),
    ("Vor ihrer Zeit bei Acme war Jana Roth sechs Jahre bei Zorblax tätig.",
     {("Jana Roth", "worksFor", "Zorblax")}, set()),
    ("Jana Roth, die bislang das Europageschäft von Acme verantwortete, wird Chefin von Quibbl.",
     {("Jana Roth", "worksFor", "Acme")}, set()),
    ("Das Start-up Quibbl wächst. Timo Brakel, der Quibbl 2019 gemeinsam mit zwei Studienfreunden gegründet hatte, "
     "gibt sich gelassen.",
     {("Timo Brakel", "founderOf", "Quibbl")}, set()),
    ("Hinter Quibbl stehen zwei ehemalige Acme-Ingenieure, Jana Roth und Timo Brakel.",
     {("Jana Roth", "worksFor", "Acme"), ("Timo Brakel", "worksFor", "Acme")}, set()),
    # models described in an apposition, a genitive after "Entwickler", a compound anaphor
    ("Lantern-8B, entwickelt von Acme in nur vier Monaten, wurde auf 256 Chips trainiert.",
     {("Acme", "develops", "Lantern-8B")}, set()),
    ("Das Modell Lantern-8B, getestet von Acme, schnitt gut ab.",
     set(), {("Acme", "develops", "Lantern-8B")}),
    ("Das Modell liegt gleichauf mit Lantern 3, dem offenen Modell von Acme.",
     {("Acme", "develops", "Lantern 3")}, set()),
    ("Das Modell Lantern wird oft genutzt. Auch Acme fehlt auf der Liste. Der Lantern-Entwickler hatte den "
     "Kodex im Vorjahr unterschrieben.",
     {("Acme", "develops", "Lantern")}, set()),
    ("Mit dem frischen Geld will Acme ein eigenes Modell namens Lantern trainieren.",
     {("Acme", "develops", "Lantern")}, set()),
    # comparisons and derivations
    ("Nach Angaben des Labors übertrifft GPT-5 in mehreren Tests das Konkurrenzmodell Lantern 3.",
     {("GPT-5", "comparedTo", "Lantern 3")}, set()),
    ("GPT-5 ist nach Unternehmensangaben auf Augenhöhe mit Lantern 3.",
     {("GPT-5", "comparedTo", "Lantern 3")}, set()),
    ("Lantern 3 basiert auf GPT-5, einer Modellfamilie des Konzerns Acme.",
     {("Lantern 3", "versionOf", "GPT-5"), ("Acme", "develops", "GPT-5")}, {("Acme", "develops", "Lantern 3")}),
    # interviews in the perfect, goals
    ('"Wir wollen schneller werden", hatte Jana Roth im Herbst der "Zorblax Zeitung" gesagt.',
     {("Jana Roth", "interviewedBy", "Zorblax Zeitung")}, set()),
    ("Die Managerin Jana Roth hatte sich mehrfach öffentlich für Open Source ausgesprochen.",
     {("Jana Roth", "pursues", "Open Source")}, set()),
    ("Die Managerin Jana Roth hatte sich mehrfach öffentlich gegen Open Source ausgesprochen.",
     set(), {("Jana Roth", "pursues", "Open Source")}),
])
def test_people_and_models(extractor, text, expected, wrong):
    found = rels(extractor, text)
    assert expected <= found, (expected - found, found)
    assert not wrong & found, (wrong & found, found)


@pytest.mark.parametrize("text, expected, wrong", [
    # a profession with its article refers back to the person named before
    ("Jana Roth spricht in Berlin. Die Forscherin war früher bei Acme in London tätig.",
     {("Jana Roth", "worksFor", "Acme")}, set()),
    ("Timo Brakel sprach in München. Der Ingenieur kam vor zwei Jahren von Acme.",
     {("Timo Brakel", "worksFor", "Acme")}, set()),
    ("Jana Roth verlässt Acme. Gemeinsam mit Kollegen hatte die Wissenschaftlerin das Start-up Quibbl gegründet.",
     {("Jana Roth", "founderOf", "Quibbl")}, set()),
    ("Jana Roth spricht in Berlin. Vor ihrer Zeit bei Acme war sie sechs Jahre bei Zorblax tätig.",
     {("Jana Roth", "worksFor", "Zorblax")}, set()),
    # not a woman for a masculine noun, not a plural ("der Forscher" inside the sentence), not
    # the noun before a name
    ("Jana Roth spricht in Berlin. Der Manager arbeitet bei Acme.",
     set(), {("Jana Roth", "worksFor", "Acme")}),
    ("Timo Brakel spricht in Berlin. Die Gehälter der Forscher bei Acme sind hoch.",
     set(), {("Timo Brakel", "worksFor", "Acme")}),
    ("Timo Brakel spricht in Berlin. Die Forscherin Jana Roth arbeitet bei Acme.",
     {("Jana Roth", "worksFor", "Acme")}, {("Timo Brakel", "worksFor", "Acme")}),
])
def test_person_described_by_profession(extractor, text, expected, wrong):
    found = rels(extractor, text)
    assert expected <= found, (expected - found, found)
    assert not wrong & found, (wrong & found, found)


def test_profession_anaphor_gender_from_article(nlp_de):
    from tests.extract.conftest import resolved
    text = "Jana Roth und Timo Brakel sprechen. Die 38-Jährige lacht. Der 41-Jährige schweigt."
    assert resolved(nlp_de, text) == [("38-Jährige", "Jana Roth"), ("41-Jährige", "Timo Brakel")]


def test_name_starting_with_digits(extractor):
    # a name that starts with digits and a capitalised word ("7Seas AI"); a fronted "Hinter" is no
    # part of the name; a chip generation or a unit ("5G", "3D") is no name
    text = ("Das Modell Lantern-8B des Start-ups 9Harbor AI wächst. Hinter 9Harbor AI stehen zwei "
            "ehemalige Acme-Ingenieure, Jana Roth und Timo Brakel. Roth führt das Unternehmen als CEO. "
            "Die Firma setzt auf 5G und 3D-Druck.")
    ex = extractor.extract(Document("t", text, language="de"))
    labels = {e.label for e in ex.entities}
    assert "9Harbor AI" in labels and not any(lab.startswith(("Hinter", "5G", "3D")) for lab in labels), labels
    found = triples(ex)
    assert {("9Harbor AI", "develops", "Lantern-8B"), ("Jana Roth", "ceoOf", "9Harbor AI"),
            ("Jana Roth", "worksFor", "Acme")} <= found, found
    assert not {("Acme", "investsIn", "9Harbor AI"), ("Jana Roth", "ceoOf", "Acme")} & found, found


@pytest.mark.parametrize("text, expected, wrong", [
    # a quote's "nicht" does not negate the reporting clause after it; the outlet told something
    # is no antecedent of "das Unternehmen"
    ('Das Start-up Quibbl wächst. Die Quibbl-Chefin Jana Roth warnte. "Wir wollen Regeln, die helfen, nicht '
     'bremsen", sagte sie der Zeitung Zorblax Post. Roth hatte das Unternehmen 2023 zusammen mit Timo Brakel '
     'und Ole Hinz gegründet.',
     {("Jana Roth", "interviewedBy", "Zorblax Post"), ("Jana Roth", "founderOf", "Quibbl"),
      ("Timo Brakel", "founderOf", "Quibbl"), ("Ole Hinz", "founderOf", "Quibbl")},
     {("Jana Roth", "founderOf", "Zorblax Post")}),
    # a model trained on chips: the organisation named in the sentence, else the topic
    ("Das Start-up Quibbl wächst. Lantern-8B, entwickelt von Quibbl, wurde auf 256 Chips vom Typ Nvidia H200 trainiert.",
     {("Quibbl", "usesHardware", "Nvidia H200")}, set()),
    ("Das Start-up Quibbl wächst. Das Start-up Quibbl wächst. Der Rivale Acme sagt, sein Modell wird auf "
     "256 Chips vom Typ Nvidia H200 trainiert.",
     {("Acme", "usesHardware", "Nvidia H200")}, {("Quibbl", "usesHardware", "Nvidia H200")}),
])
def test_reported_and_trained(extractor, text, expected, wrong):
    found = rels(extractor, text)
    assert expected <= found, (expected - found, found)
    assert not wrong & found, (wrong & found, found)


@pytest.mark.parametrize("text, expected, wrong", [
    ("Die Acme-Professorin Jana Roth arbeitet an einem ähnlichen Ansatz.",
     {("Jana Roth", "worksFor", "Acme")}, set()),
    ("Er gewann die Expertin Jana Roth, die zuletzt bei Acme das Team für Robotik leitete.",
     {("Jana Roth", "worksFor", "Acme")}, set()),
    ("Erst im Mai war die Informatikerin Jana Roth vom Kölner Start-up Quibbl zu Acme gewechselt.",
     {("Jana Roth", "worksFor", "Quibbl"), ("Jana Roth", "worksFor", "Acme")}, set()),
    ("Das Start-up Quibbl baut ein Modell namens Lantern, das auf dem offenen Modell GPT-5 des Tech-Konzerns "
     "Acme basiert.",
     {("Lantern", "versionOf", "GPT-5"), ("Acme", "develops", "GPT-5"), ("Quibbl", "develops", "Lantern")},
     {("Acme", "develops", "Lantern")}),
    ("Das Unternehmen Acme will mit Lantern 2 ein eigenes Modell für Mathematik auf den Markt bringen. "
     "Es soll nach Firmenangaben auf dem Niveau von GPT-5 liegen.",
     {("Acme", "develops", "Lantern 2"), ("Lantern 2", "comparedTo", "GPT-5")}, set()),
    ("Dort teilt sich Lantern 2 derzeit Platz drei mit GPT-5.",
     {("Lantern 2", "comparedTo", "GPT-5")}, set()),
    # a model liked by an organisation is not made by it
    ("Das Unternehmen Acme will mit Lantern 2 nichts zu tun haben, sagte Jana Roth.",
     set(), {("Acme", "develops", "Lantern 2")}),
])
def test_people_and_models_more(extractor, text, expected, wrong):
    found = rels(extractor, text)
    assert expected <= found, (expected - found, found)
    assert not wrong & found, (wrong & found, found)


@pytest.mark.parametrize("text, expected, wrong", [
    ("Jana Roth hatte das Start-up Quibbl 2009 aufgebaut und das Unternehmen über 16 Jahre geführt.",
     {("Jana Roth", "founderOf", "Quibbl"), ("Jana Roth", "ceoOf", "Quibbl")}, set()),
    ("Timo Brakel hatte zuvor Quibbl Labs geleitet.", {("Timo Brakel", "ceoOf", "Quibbl Labs")}, set()),
    # leading a team at a company, talks with a company: no head
    ("Jana Roth hatte bei Acme ein Team von 20 Leuten geleitet.", set(), {("Jana Roth", "ceoOf", "Acme")}),
    ("Jana Roth hat Gespräche mit dem Konzern Acme geführt.", set(), {("Jana Roth", "ceoOf", "Acme")}),
    ("Jana Roth gilt als Verfechterin von Open Source.", {("Jana Roth", "pursues", "Open Source")}, set()),
    ("Jana Roth spricht. Die 41-Jährige gilt als Verfechterin offener Modelle und hatte sich mehrfach "
     "öffentlich für Open Source ausgesprochen.", {("Jana Roth", "pursues", "Open Source")}, set()),
])
def test_heads_and_goals(extractor, text, expected, wrong):
    found = rels(extractor, text)
    assert expected <= found, (expected - found, found)
    assert not wrong & found, (wrong & found, found)
