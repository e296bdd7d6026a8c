"""The entity view: every entity's JSON made once per store generation, identical to the
on-demand answer, bounded in memory, and never served after a write."""

from __future__ import annotations

import json
import time

import pyoxigraph as ox

from api.lookups import Lookups, entity_node
from kg.model import Document, Entity, Extraction, Relation
from kg.rdf.namespaces import KGO, RDF
from kg.rdf.store import open_store
from tests.api.conftest import BASE, TOKEN, news_extractions

AUTH = {"authorization": f"Bearer {TOKEN}"}


def _wait(predicate, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _disk_store(tmp_path):
    store = open_store(tmp_path / "store", base_iri=BASE)
    for ex in news_extractions():
        store.ingest(ex, ingested_at="2026-01-01T00:00:00+00:00")
    # a label shared by two entities and a relation stated twice, so that ordering ties show
    a, b = (Entity(id=BASE + s, label="Twin", type="Organization") for s in ("twin-a", "twin-b"))
    meta = Entity(id=BASE + "meta", label="Meta", type="Organization")
    text = "Meta kauft Twin. Meta kauft Twin."
    store.ingest(Extraction(document=Document(name="twins.txt", text=text, language="de"),
                            entities=[meta, a, b], relations=[
        Relation(meta, "acquired", a, "Meta kauft Twin.", 0, 16, 0.7, "test"),
        Relation(meta, "acquired", b, "Meta kauft Twin.", 0, 16, 0.6, "test"),
        Relation(meta, "acquired", a, "Meta kauft Twin.", 17, 33, 0.8, "test")]),
        ingested_at="2026-01-01T00:00:00+00:00")
    return store


def _entities(store) -> set[str]:
    return {q.subject.value for q in store.raw.quads_for_pattern(None, ox.NamedNode(RDF + "type"), None, None)
            if q.object.value.startswith(KGO) and q.object.value.removeprefix(KGO) not in ("Document", "Evidence")}


def test_view_holds_every_entity_as_computed_on_demand(tmp_path):
    store = _disk_store(tmp_path)
    lookups = Lookups(store)
    direct = Lookups(store, replica=False)          # reads the disk store itself, no view
    lookups.warm()
    _wait(lambda: lookups.in_memory)
    view = lookups._view
    assert view is not None and view.complete and view.generation == store.generation
    assert set(view.bodies) == _entities(store)
    for iri, body in view.bodies.items():
        assert body == json.dumps(direct.entity(ox.NamedNode(iri)), ensure_ascii=False).encode(), iri
        assert lookups.entity_json(ox.NamedNode(iri)) is body


def test_view_over_its_memory_cap_leaves_the_rest_to_on_demand(tmp_path):
    store = _disk_store(tmp_path)
    lookups = Lookups(store, view_bytes=1500)
    direct = Lookups(store, replica=False)
    lookups.warm()
    _wait(lambda: lookups.in_memory)
    view = lookups._view
    assert view is not None and not view.complete and view.size <= 1500
    assert len(view.bodies) < len(_entities(store))
    for iri in _entities(store):
        node = entity_node(store, iri.removeprefix(BASE))
        assert lookups.entity_json(node) == json.dumps(direct.entity(node), ensure_ascii=False).encode()


def test_a_write_is_seen_at_once_and_the_view_is_remade(serve, tmp_path):
    store = _disk_store(tmp_path)
    live = serve(store, api_token=TOKEN)
    lookups = live.app.state.lookups
    _wait(lambda: lookups.in_memory)
    assert BASE + "meta" in lookups._view.bodies
    alias = f'INSERT DATA {{ GRAPH <http://example.org/g> {{ <{BASE}meta> skos:altLabel "Zuck Corp" }} }}'
    with live.client() as c:
        before = c.get("/entities/meta")
        assert before.status_code == 200 and "Zuck Corp" not in before.json()["aliases"]
        assert c.get("/entities/nobody").status_code == 404
        assert c.post("/sparql", data={"update": alias}, headers=AUTH).status_code == 204
        assert "Zuck Corp" in c.get("/entities/meta").json()["aliases"]          # the old view is not used
        assert "Zuck Corp" in c.get("/entities/meta").json()["aliases"]
        _wait(lambda: lookups.in_memory)
        assert lookups._view.generation == store.generation
        assert b"Zuck Corp" in lookups._view.bodies[BASE + "meta"]
        assert "Zuck Corp" in c.get("/entities/meta").json()["aliases"]
        assert c.get("/entities/nobody").status_code == 404


def test_view_answers_are_the_routes_answers(serve, tmp_path):
    """Answered from the view in front of the routing: same status, body and headers as the route's."""
    from api.cache import ResponseCache

    store = _disk_store(tmp_path)
    live = serve(store, api_token=TOKEN)
    lookups = live.app.state.lookups
    _wait(lambda: lookups.in_memory)
    with live.client() as c:
        c.get("/health")
        cache = live.app.middleware_stack
        while not isinstance(cache, ResponseCache):
            cache = cache.app
        for accept in (None, "application/json", "*/*", "text/html, application/json;q=0.9", "application/*"):
            headers = {"accept": accept} if accept else {}
            views = cache.view_hits
            fast = c.get("/entities/meta", headers=headers)
            assert cache.view_hits == views + 1, accept
            routed = c.get("/entities/meta", params={"via": "route"}, headers=headers)   # the route answers
            assert cache.view_hits == views + 1
            assert fast.status_code == routed.status_code == 200
            assert fast.content == routed.content
            drop = {"date"}
            assert {k: v for k, v in fast.headers.items() if k not in drop} == \
                {k: v for k, v in routed.headers.items() if k not in drop}
        views = cache.view_hits
        assert c.get("/entities/meta", headers={"accept": "text/turtle"}).headers["content-type"].startswith("text/turtle")
        assert c.get("/entities/Meta").status_code in (400, 404)
        assert c.get("/entities/meta/relations").status_code == 200
        assert cache.view_hits == views
