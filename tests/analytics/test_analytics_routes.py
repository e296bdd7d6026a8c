"""The /analytics routes: fresh results, recomputed when the documents changed."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from kg.analytics import analyze
from kg.analytics.sample import SAMPLE_BASE as ID
from kg.analytics.sample import sample_store
from kg.config import Settings


@pytest.fixture
def client_and_store():
    store = sample_store()
    with TestClient(create_app(Settings(base_iri=ID), store=store)) as client:
        yield client, store


def test_summary_computes_and_stores_when_missing(client_and_store):
    client, store = client_and_store
    r = client.get("/analytics", params={"top": 3})
    assert r.status_code == 200
    data = r.json()
    assert data["fresh"] is True and data["stored"] is True
    assert [e["label"] for e in data["entities"]] == ["OpenAI", "Meta", "GPT-4o"]


def test_stale_results_are_recomputed_or_marked(client_and_store, new_article):
    client, store = client_and_store
    analyze(store)
    store.ingest(new_article)
    marked = client.get("/analytics", params={"recompute": "false"}).json()
    assert marked["fresh"] is False and marked["documents"] == 4
    fresh = client.get("/analytics").json()
    assert fresh["fresh"] is True and fresh["documents"] == 5


def test_no_results_and_no_recompute_is_404(client_and_store):
    client, _ = client_and_store
    r = client.get("/analytics", params={"recompute": "false"})
    assert r.status_code == 404 and r.headers["content-type"].startswith("application/problem+json")


def test_entities_sorted_and_filtered(client_and_store):
    client, _ = client_and_store
    data = client.get("/analytics/entities", params={"sort": "betweenness", "types": "Person", "limit": 2}).json()
    assert data["fresh"] and data["sort"] == "betweenness"
    assert all(e["kg_type"] == "Person" for e in data["entities"]) and len(data["entities"]) == 2
    assert client.get("/analytics/entities", params={"sort": "shoe-size"}).status_code == 400


def test_communities(client_and_store):
    client, _ = client_and_store
    data = client.get("/analytics/communities").json()
    assert data["communities"][0]["index"] == 0 and data["communities"][0]["label"]


def test_path(client_and_store):
    client, _ = client_and_store
    data = client.get("/analytics/path", params={"source": "Marta Keller", "target": "Jensen Huang"}).json()
    assert data["length"] == 4 and data["steps"][0]["source_label"] == "Marta Keller"
    r = client.get("/analytics/path", params={"source": "Marta Keller", "target": "Nobody"})
    assert r.status_code == 404


def test_unwritable_store_still_gets_fresh_results(client_and_store, monkeypatch):
    from kg.errors import StoreError

    client, store = client_and_store

    def refuse(sparql):
        raise StoreError("the store is read-only")

    monkeypatch.setattr(store, "update", refuse)
    data = client.get("/analytics", params={"top": 1}).json()
    assert data["fresh"] is True and data["stored"] is False and data["entities"][0]["label"] == "OpenAI"


def test_path_reuses_the_projection_until_the_documents_change(client_and_store, new_article, monkeypatch):
    import api.routes.analytics as routes

    client, store = client_and_store
    calls = []
    real = routes.project
    monkeypatch.setattr(routes, "project", lambda *a, **k: (calls.append(1), real(*a, **k))[1])
    params = {"source": "Nvidia", "target": "Mistral AI"}
    assert client.get("/analytics/path", params=params).json()["length"] == 2
    assert client.get("/analytics/path", params=params).json()["length"] == 2
    assert len(calls) == 1
    store.ingest(new_article)                      # Nvidia partnerOf Mistral AI
    assert client.get("/analytics/path", params=params).json()["length"] == 1
    assert len(calls) == 2


def test_stored_results_are_read_top_first(client_and_store):
    from kg.analytics import read_results

    client, store = client_and_store
    full = analyze(store)
    top = read_results(store, top=3, by="betweenness")
    assert list(top.entities) == [e["iri"] for e in full.top(3, by="betweenness")]
    assert top.entities[ID + "openai"]["label"] == "OpenAI" and top.nodes == 30
    data = client.get("/analytics/entities", params={"sort": "degree", "limit": 2}).json()   # 11, 8: no tie
    assert [e["label"] for e in data["entities"]] == ["OpenAI", "Meta"]
    assert data["total"] == 30
    assert len(client.get("/analytics/communities").json()["communities"]) == len(full.communities)
