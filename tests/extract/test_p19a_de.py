"""Names and relations found missing on the fresh German training set of 2026-11-28, round p19a.
Every name is invented; "Acme", "Zorblax", "Jane Roe" and "Rocket" are in the test catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import ents, rels


@pytest.mark.parametrize("text, expected", [
    # last words of company names: an insurer, a data-centre operator, a firm's digital unit
    ("Die Hamburger Falkor Versicherung und Zorblax schließen sich zusammen.", {("Falkor Versicherung", "Organization")}),
    ("Acme hat mit dem Betreiber Falkor Datacenter einen Vertrag abgeschlossen.", {("Falkor Datacenter", "Organization")}),
    ("Die Software wird von Brandt Digital entwickelt, einem Ableger von Acme.", {("Brandt Digital", "Organization")}),
])
def test_german_names_p19a(nlp_de, text, expected) -> None:
    assert expected <= ents(nlp_de, text)


@pytest.mark.parametrize("text", [
    "Die Versicherung zahlt nicht, sagte Jane Roe.",
    "Acme ist digital gut aufgestellt, sagte Jane Roe.",
])
def test_german_names_that_are_none_p19a(nlp_de, text) -> None:
    # the cue words alone, or lower case, name no company
    assert not {label for label, t in ents(nlp_de, text) if t == "Organization" and label != "Acme"}


GERMAN = [
    # a speaker with a title apposition who speaks to an outlet at the end of the sentence
    ("„Das ist gut“, sagte Jane Roe, Vorstandschefin der Falkor Versicherung, der „Nordkurier Zeitung“.",
     {("Jane Roe", "interviewedBy", "Nordkurier Zeitung"), ("Jane Roe", "ceoOf", "Falkor Versicherung")}, set()),
    # must-not: an owner after the apposition is no outlet
    ("„Das ist gut“, sagte Jane Roe, Chefin der Acme, der Zorblax gehört.",
     {("Jane Roe", "ceoOf", "Acme")}, {("Jane Roe", "interviewedBy", "Zorblax"), ("Jane Roe", "ceoOf", "Zorblax")}),
    # must-not: the apposition's company comes after a comma: no head of it
    ("Jane Roe, Chefin eines Versorgers, der Zorblax gehört, sprach lange.",
     set(), {("Jane Roe", "ceoOf", "Zorblax")}),
]


@pytest.mark.parametrize("text, expected, wrong", GERMAN)
def test_relations_p19a(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    found = rels(extractor, text, "de")
    assert expected <= found, found
    assert not wrong & found, found
