"""Concept phrases (kg/extract/concepts.py): goals and fields the concept lexicon does not list,
such as "vertrauenswürdige KI", "Datensouveränität" or "embodied AI". They are tentative: an
extraction keeps one only where a relation names it. Names are invented."""

from __future__ import annotations

import pytest

from kg.model import Document
from tests.extract.conftest import rels


def _concepts(nlp, text: str) -> list[tuple[str, list[str]]]:
    doc = nlp(text)
    return [(e.label, e.aliases) for e in doc._.kg_entities if e.type == "Concept"]


@pytest.mark.parametrize("text, expected", [
    # the label is the base form, the text's form an alias
    ("Acme hat sich der vertrauenswürdigen KI verschrieben.", [("vertrauenswürdige KI", ["vertrauenswürdigen KI"])]),
    ("Es geht um die digitale Souveränität.", [("digitale Souveränität", [])]),
    ("Es geht um Datensouveränität und Klimaneutralität.", [("Datensouveränität", []), ("Klimaneutralität", [])]),
    ("Es geht um Chip-Souveränität und Edge-KI.", [("Chip-Souveränität", []), ("Edge-KI", [])]),
    # no concept: a kind of product ("Sprach-KI"), an adjective that names none, a bare head, a compound's first part
    ("Die Sprach-KI von Acme ist neu.", []),
    ("Acme setzt auf leistungsfähige KI.", []),
    ("Acme setzt auf KI und baut ein KI-Modell.", []),
])
def test_german_concept_phrases(nlp_de, text, expected) -> None:
    assert _concepts(nlp_de, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Acme is betting on embodied AI.", ["embodied AI"]),
    ("Acme described energy-efficient computing as its mission.", ["energy-efficient computing"]),
    ("Acme has made data sovereignty its organising principle.", ["data sovereignty"]),
    # "AI" that modifies the noun after it names no concept
    ("Jane Roe co-founded the high-profile AI startup Zorblax.", []),
    ("Acme sells several AI models.", []),
])
def test_english_concept_phrases(nlp_en, text, expected) -> None:
    assert [label for label, _ in _concepts(nlp_en, text)] == expected


def test_a_phrase_with_a_named_concept_is_no_tentative_one(nlp_de) -> None:
    doc = nlp_de("Es geht um sichere Superintelligenz und generative KI.")
    tentative = {e.label: e.tentative for e in doc._.kg_entities if e.type == "Concept"}
    assert tentative == {"sichere Superintelligenz": False, "generative KI": True}


@pytest.mark.parametrize("text, lang, kept", [
    ("Zorblax hat sich der vertrauenswürdigen KI verschrieben.", "de", True),
    ("Zorblax arbeitet mit vertrauenswürdiger KI aus Berlin.", "de", False),
    ("Zorblax has made responsible AI its selling point.", "en", True),
    ("Zorblax sells responsible AI to banks.", "en", False),
])
def test_a_tentative_concept_is_kept_only_in_a_relation(extractor, text, lang, kept) -> None:
    ex = extractor.extract(Document(name="t", text=text, language=lang))
    concepts = [e for e in ex.entities if e.type == "Concept"]
    assert bool(concepts) == kept, [e.label for e in ex.entities]
    assert all(r.object in concepts or r.object.type != "Concept" for r in ex.relations)


GOALS_DE = [
    ("Ziel von Zorblax ist nach eigenen Worten eine „sichere Superintelligenz“.",
     ("Zorblax", "pursues", "sichere Superintelligenz")),
    ("Digitale Souveränität ist nach eigenen Angaben das erklärte Ziel von Zorblax.",
     ("Zorblax", "pursues", "digitale Souveränität")),
    ("Zorblax verfolge konsequent den Ansatz der Edge-KI, bei dem Daten das Fahrzeug nicht verlassen.",
     ("Zorblax", "pursues", "Edge-KI")),
    ("Zorblax hat sich die Klimaneutralität auf die Fahnen geschrieben.", ("Zorblax", "pursues", "Klimaneutralität")),
    ("Bei Acme wolle Jane Roe sich vor allem auf erklärbare KI konzentrieren.", ("Jane Roe", "pursues", "erklärbare KI")),
    ("Jane Roe bekannte sich im Gespräch zudem ausdrücklich zu offener KI.", ("Jane Roe", "pursues", "offene KI")),
    ("Bis 2035 strebt Zorblax Klimaneutralität an.", ("Zorblax", "pursues", "Klimaneutralität")),
]


GOALS_EN = [
    ("Zorblax has made data sovereignty its organising principle.", ("Zorblax", "pursues", "data sovereignty")),
    ("Zorblax, which is backed by Acme and describes AI safety as its core mission, grew.",
     ("Zorblax", "pursues", "AI safety")),
    ("Jane Roe called the release part of Zorblax's commitment to open science.",
     ("Zorblax", "pursues", "open science")),
    ("Zorblax is betting that mechanistic interpretability will become a requirement.",
     ("Zorblax", "pursues", "mechanistic interpretability")),
    ("Zorblax wants models trained on local data, a strategy it calls sovereign AI.",
     ("Zorblax", "pursues", "sovereign AI")),
]


@pytest.mark.parametrize("lang, text, expected", [("de", *c) for c in GOALS_DE] + [("en", *c) for c in GOALS_EN])
def test_goals(extractor, lang, text, expected) -> None:
    assert expected in rels(extractor, text, lang)


def test_the_backer_named_before_a_described_goal_pursues_nothing(extractor) -> None:
    found = rels(extractor, "Zorblax, which is backed by Acme and describes AI safety as its core mission, grew.", "en")
    assert ("Acme", "pursues", "AI safety") not in found
