"""Shared fixtures: paths, a temporary store, hand-made extractions and the seed graph built once."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import Document, Entity, Extraction, Relation
from kg.rdf.store import KGStore, open_store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_daee0570d8bd31b4.txt"
SHARED = ROOT.parent / "shared"
BASE = "https://w3id.org/kg-builder/id/"


def make_extraction(name: str = "acme.txt", text: str = "Acme Corp hires Bob Smith as chief executive.",
                    lang: str = "en") -> Extraction:
    """A small hand-made extraction: Bob Smith ceoOf Acme, Acme develops Rocket-1."""
    doc = Document(name=name, text=text, language=lang, metadata={"source": "https://example.org/acme"})
    bob = Entity(id=BASE + "bob-smith", label="Bob Smith", type="Person", aliases=["Smith"])
    acme = Entity(id=BASE + "acme", label="Acme", type="Organization", aliases=["Acme Corp"],
                  same_as=["http://www.wikidata.org/entity/Q1"])
    model = Entity(id=BASE + "rocket-1", label="Rocket-1", type="AIModel")
    return Extraction(document=doc, entities=[bob, acme, model], relations=[
        Relation(bob, "ceoOf", acme, text, 0, len(text), 0.9, "test:apposition"),
        Relation(acme, "develops", model, text, 0, len(text), 0.8, "test:verb", qualifiers={"amount": 5.0}),
    ])


def filled_store_path(path: Path) -> Path:
    """A persistent store at ``path`` holding :func:`make_extraction`, closed again (lock released)."""
    st = open_store(path, base_iri=BASE)
    st.ingest(make_extraction())
    st.flush()
    del st
    return path


@pytest.fixture
def store(tmp_path: Path) -> KGStore:
    """An empty persistent store in a temporary folder."""
    return open_store(tmp_path / "store", base_iri=BASE)


@pytest.fixture
def memory_store() -> KGStore:
    return open_store(":memory:", base_iri=BASE)


@pytest.fixture(scope="session")
def seed_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed article built once into a persistent store; tests open it read-only or copy it."""
    from kg.extract import get_extractor
    from kg.extract.reader import read_document
    from kg.ingest import build

    path = tmp_path_factory.mktemp("seed") / "store"
    st = open_store(path, base_iri=BASE)
    build(st, [read_document(SEED, max_bytes=20 * 1024 * 1024)], extractor=get_extractor())
    st.flush()
    del st
    return path
