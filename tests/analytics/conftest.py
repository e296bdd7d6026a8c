"""Fixtures of the analytics tests: the hand-made sample news graph in a store."""

from __future__ import annotations

import pytest

from kg.analytics.sample import SAMPLE_BASE, sample_store
from kg.model import Document, Entity, Extraction, Relation
from kg.rdf.store import KGStore

ID = SAMPLE_BASE


@pytest.fixture
def sample() -> KGStore:
    """A fresh in-memory store with the four sample articles (tests may write to it)."""
    return sample_store()


@pytest.fixture(scope="module")
def sample_ro() -> KGStore:
    """The same, built once per module: for tests that only read."""
    return sample_store()


@pytest.fixture
def new_article() -> Extraction:
    """A fifth article: Nvidia partners with Mistral AI."""
    text = "Nvidia partners with Mistral AI."
    nvidia = Entity(id=ID + "nvidia", label="Nvidia", type="Organization")
    mistral = Entity(id=ID + "mistral-ai", label="Mistral AI", type="Organization")
    doc = Document(name="seeds/new.txt", text=text, language="en", metadata={"date": "2024-07-01"})
    return Extraction(document=doc, entities=[nvidia, mistral],
                      relations=[Relation(nvidia, "partnerOf", mistral, text, 0, len(text), 0.9, "test")])
