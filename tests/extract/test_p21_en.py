"""English "it" as a subject (p21, 2026-11-29): a sentence-initial "It", or one after a lead word
(", and it", "when it"), before a verb of what companies do refers to the organisation that is the
subject of its clause or of the sentence before, never to a model, a person or one of two. Every
name is invented; "Acme", "Zorblax", "Jane Roe", "Rocket" and "Kestro Edge" are in the test catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text

IT = [
    # the subject of the sentence before
    ("Acme was founded in 2019 in Berlin. It also uses Kestro Edge chips.",
     {("Acme", "usesHardware", "Kestro Edge")}, set()),
    ("Acme was founded in 2019 in Berlin. It acquired Zorblax last year.",
     {("Acme", "acquired", "Zorblax")}, set()),
    # a chain of "It" sentences, and a fronted phrase that names nothing
    ("Acme was founded in 2019. It acquired Zorblax. It also uses Kestro Edge chips.",
     {("Acme", "acquired", "Zorblax"), ("Acme", "usesHardware", "Kestro Edge")}, set()),
    ("Acme was founded in 2019. Last year, it acquired Zorblax.", {("Acme", "acquired", "Zorblax")}, set()),
    # the subject of its own clause after a lead word
    ("Acme sells to banks, and it competes with Zorblax.", {("Acme", "competesWith", "Zorblax")}, set()),
    # no organisation as the subject before it: unresolved
    ("Rocket 2 is out. It runs on Kestro Edge chips.", set(), {("Rocket 2", "usesHardware", "Kestro Edge")}),
    ("Jane Roe joined in May. It acquired Zorblax.", set(), {("Jane Roe", "acquired", "Zorblax")}),
    # one of two subjects: neither
    ("Acme and Zorblax took part in the round. It also uses Kestro Edge chips.", set(),
     {("Acme", "usesHardware", "Kestro Edge"), ("Zorblax", "usesHardware", "Kestro Edge")}),
    # the organisation after a preposition, an owner or a dateline's agency is no subject
    ("Shares of Acme rose. It also uses Kestro Edge chips.", set(), {("Acme", "usesHardware", "Kestro Edge")}),
    ("Acme's chief left. It also uses Kestro Edge chips.", set(), {("Acme", "usesHardware", "Kestro Edge")}),
    # a subject that is no name ("Quillo became ... after it merged"): not the sentence before's
    ("Acme will compete with both. Quillo became a listed company after it merged with Zorblax.", set(),
     {("Acme", "mergedWith", "Zorblax")}),
]


@pytest.mark.parametrize("text, expected, wrong", IT)
def test_it_refers_to_the_subject_before(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")
