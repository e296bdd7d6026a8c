"""Entity, path and document lookups; Linked Data; ingest and delete with the token; injection attempts."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from rdflib import Graph, URIRef

from kg.model import Entity, Extraction, Relation
from kg.rdf.store import open_store
from tests.api.conftest import BASE, TOKEN, free_port, news_extractions, news_store, start_server

AUTH = {"authorization": f"Bearer {TOKEN}"}


def test_search_ranks_exact_then_prefix_then_fuzzy(news):
    with news.client() as c:
        exact = c.get("/entities", params={"q": "meta"}).json()["results"]
        alias = c.get("/entities", params={"q": "Zuckerberg"}).json()["results"]
        prefix = c.get("/entities", params={"q": "zuckerb"}).json()["results"]
        fuzzy = c.get("/entities", params={"q": "Zuckerbreg"}).json()["results"]
        typed = c.get("/entities", params={"q": "a", "type": "Person"}).json()["results"]
        accents = c.get("/entities", params={"q": "OPENAÍ"}).json()["results"]
    assert exact[0]["id"] == "meta" and exact[0]["match"] == "exact"
    assert alias[0]["id"] == "mark-zuckerberg" and alias[0]["match"] == "exact"
    assert prefix[0]["id"] == "mark-zuckerberg" and prefix[0]["match"] == "prefix"
    assert fuzzy[0]["id"] == "mark-zuckerberg" and fuzzy[0]["match"] == "fuzzy"
    assert {h["type"] for h in typed} == {"Person"}
    assert accents[0]["id"] == "openai"
    scores = [h["score"] for h in exact]
    assert scores == sorted(scores, reverse=True)


def test_entity_has_everything_and_why(news):
    with news.client() as c:
        e = c.get("/entities/mark-zuckerberg").json()
    assert e["label"] == "Mark Zuckerberg" and e["type"] == "Person"
    assert e["aliases"] == ["Zuckerberg"] and e["sameAs"] == ["http://www.wikidata.org/entity/Q36215"]
    (ceo,) = e["relations"]["out"]
    assert ceo["predicate"] == "ceoOf" and ceo["object"]["id"] == "meta"
    assert ceo["evidence"][0]["sentence"].startswith("Meta-Chef Mark Zuckerberg")
    assert ceo["evidence"][0]["document"] in e["documents"]
    with news.client() as c:
        meta = c.get("/entities/meta").json()
    assert {r["predicate"] for r in meta["relations"]["in"]} == {"ceoOf", "competesWith"}


@pytest.mark.parametrize(("accept", "fmt"), [("application/ld+json", "json-ld"), ("text/turtle", "turtle")])
def test_entity_as_rdf(news, accept, fmt):
    with news.client() as c:
        r = c.get("/entities/meta", headers={"accept": accept})
    assert r.headers["content-type"].startswith(accept)
    g = Graph().parse(data=r.text, format=fmt)
    kgo = "https://w3id.org/kg-builder/ontology#"
    assert (URIRef(BASE + "meta"), None, URIRef(kgo + "Organization")) in g
    assert (URIRef(BASE + "mark-zuckerberg"), URIRef(kgo + "ceoOf"), URIRef(BASE + "meta")) in g


def test_relations_filters(news):
    with news.client() as c:
        out = c.get("/entities/meta/relations", params={"direction": "out"}).json()["relations"]
        ceo = c.get("/entities/meta/relations", params={"predicate": "ceoOf"}).json()["relations"]
    assert {r["predicate"] for r in out} == {"develops", "usesHardware"}
    assert [(r["direction"], r["subject"]["id"]) for r in ceo] == [("in", "mark-zuckerberg")]


def test_neighbors_by_depth(news):
    with news.client() as c:
        one = c.get("/entities/mark-zuckerberg/neighbors").json()
        two = c.get("/entities/mark-zuckerberg/neighbors", params={"depth": 2}).json()
    assert {n["id"] for n in one["nodes"]} == {"mark-zuckerberg", "meta"}
    assert {n["id"] for n in two["nodes"]} == {"mark-zuckerberg", "meta", "llama-3", "nvidia-h100", "openai"}
    assert {"subject": "mark-zuckerberg", "predicate": "ceoOf", "object": "meta"} in two["edges"]


def test_shortest_paths_with_relations(news):
    with news.client() as c:
        r = c.get("/paths", params={"from": "sam-altman", "to": "nvidia"}).json()
        none = c.get("/paths", params={"from": "sam-altman", "to": "nvidia", "max_length": 2}).json()
    # sam-altman ceoOf openai competesWith meta usesHardware nvidia-h100 <- manufactures nvidia
    assert r["length"] == 4 and none["paths"] == []
    steps = r["paths"][0]
    assert [s["predicate"] for s in steps] == ["ceoOf", "competesWith", "usesHardware", "manufactures"]
    assert steps[1]["subject"]["id"] == "openai" and steps[1]["object"]["id"] == "meta"


def test_documents(news):
    with news.client() as c:
        docs = c.get("/documents").json()["documents"]
        assert {d["file"] for d in docs} == {"meta.txt", "openai.txt"}
        meta = next(d for d in docs if d["file"] == "meta.txt")
        one = c.get(f"/documents/{meta['id']}").json()
        assert one["title"] == "Meta und Llama"
        assert {e["id"] for e in one["entities"]} == {"mark-zuckerberg", "meta", "llama-3", "nvidia-h100", "openai"}
        triples = {(r["subject"], r["predicate"], r["object"]) for r in one["relations"]}
        assert ("mark-zuckerberg", "ceoOf", "meta") in triples and len(triples) == 4
        assert all(r["sentence"] for r in one["relations"])
        assert c.get("/documents/0123456789abcdef").status_code == 404
        assert c.get("/documents/nothex").status_code == 400


def test_linked_data_dereferencing(news, serve):
    with news.client() as c:
        html = c.get("/entity/mark-zuckerberg", headers={"accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
        ttl = c.get("/entity/mark-zuckerberg", headers={"accept": "text/turtle"})
        jsonld = c.get("/entity/mark-zuckerberg", headers={"accept": "application/ld+json"})
        default = c.get("/entity/mark-zuckerberg")
        assert c.get("/id/mark-zuckerberg").status_code == 404     # the base IRI is w3id.org's, not ours
    assert html.headers["content-type"].startswith("text/html") and "<h1>Mark Zuckerberg" in html.text
    assert "Meta-Chef Mark Zuckerberg" in html.text
    assert ttl.headers["content-type"].startswith("text/turtle") and default.headers["content-type"].startswith("text/turtle")
    assert jsonld.headers["content-type"].startswith("application/ld+json")
    # a server whose base IRI is its own /id/ serves the IRIs themselves
    port = free_port()
    own = f"http://127.0.0.1:{port}/id/"
    store = open_store(":memory:", base_iri=own)
    for ex in news_extractions():
        for e in ex.entities:
            e.id = e.id.replace(BASE, own)
        store.ingest(ex)
    live = start_server(store, port=port, base_iri=own)
    try:
        with live.client() as c:
            r = c.get("/id/meta", headers={"accept": "text/turtle"})
        assert r.status_code == 200
        assert (URIRef(own + "meta"), None, None) in Graph().parse(data=r.text, format="turtle")
    finally:
        live.stop()


class FakeExtractor:
    def extract(self, doc):
        acme = Entity(id=BASE + "acme", label="Acme", type="Organization")
        bob = Entity(id=BASE + "bob-smith", label="Bob Smith", type="Person")
        return Extraction(document=doc, entities=[acme, bob],
                          relations=[Relation(bob, "ceoOf", acme, doc.text, 0, len(doc.text), 0.9, "fake")])


def test_ingest_and_delete_a_document_with_the_token(serve, monkeypatch):
    import kg.extract
    monkeypatch.setattr(kg.extract, "get_extractor", lambda: FakeExtractor(), raising=False)
    live = serve(news_store(), api_token=TOKEN)
    text = "Acme hires Bob Smith as chief executive."
    with live.client() as c:
        assert c.post("/documents", content=text, headers={"content-type": "text/plain"}).status_code == 401
        r = c.post("/documents", params={"name": "acme.txt"}, content=text,
                   headers={"content-type": "text/plain", **AUTH})
        assert r.status_code == 201, r.text
        body = r.json()
        assert {e["label"] for e in body["entities"]} == {"Acme", "Bob Smith"}
        assert body["relations"][0]["predicate"] == "ceoOf"
        doc = body["id"]
        assert c.get(f"/documents/{doc}").json()["file"] == "acme.txt"
        assert c.get("/entities/bob-smith").json()["relations"]["out"][0]["object"]["id"] == "acme"
        ask = c.get("/sparql", params={"query": f"ASK {{ <{BASE}bob-smith> kgo:ceoOf <{BASE}acme> }}"}).json()
        assert ask["boolean"] is True
        r = c.post("/documents", json={"name": "b.txt", "text": "Acme again."}, headers=AUTH)
        assert r.status_code == 201
        assert c.delete(f"/documents/{doc}").status_code == 401
        assert c.delete(f"/documents/{doc}", headers=AUTH).status_code == 204
        assert c.get(f"/documents/{doc}").status_code == 404
        assert c.delete(f"/documents/{doc}", headers=AUTH).status_code == 404


INJECTIONS = [
    'meta" } ; DROP ALL ; #', "meta> } DELETE WHERE { ?s ?p ?o } #", "meta\nDROP ALL", "x' || 1=1 --",
    "}}}}{{{{", "meta%0ADROP%20ALL", "CLEAR ALL", "../../etc/passwd", "<http://evil/>", "meta\\u003E",
    '"""', "?s ?p ?o", "SERVICE <http://127.0.0.1:1/>", "INSERT DATA { <a> <b> <c> }", "a" * 500,
]


@pytest.mark.parametrize("evil", INJECTIONS)
def test_injection_attempts_change_nothing(news, evil):
    before = len(news.store)
    seg = quote(evil, safe="")     # as a path segment
    with news.client() as c:
        responses = [
            c.get("/entities", params={"q": evil}),
            c.get("/entities", params={"q": evil, "type": evil}),
            c.get(f"/entities/{seg}"),
            c.get("/entities/meta/relations", params={"predicate": evil}),
            c.get(f"/entities/{seg}/neighbors"),
            c.get("/paths", params={"from": evil, "to": "meta"}),
            c.get("/paths", params={"from": "meta", "to": evil}),
            c.get(f"/documents/{seg}"),
            c.get(f"/entity/{seg}"),
            c.get("/sparql", params={"query": evil}),
            c.delete(f"/documents/{seg}"),
        ]
    for r in responses:
        assert r.status_code < 500, (r.request.url, r.text)
        if r.status_code >= 400:
            assert r.headers["content-type"] == "application/problem+json"
    assert len(news.store) == before


def test_entity_page_escapes_what_the_data_holds(serve):
    live = serve(news_store(), api_token=TOKEN)
    evil = ("INSERT DATA { GRAPH <http://example.org/g> { <" + BASE + "meta> <http://www.w3.org/2002/07/owl#sameAs> "
            '<javascript:alert(1)> ; <http://www.w3.org/2004/02/skos/core#altLabel> "<script>alert(2)</script>" } }')
    with live.client() as c:
        assert c.post("/sparql", data={"update": evil}, headers=AUTH).status_code == 204
        r = c.get("/entity/meta", headers={"accept": "text/html"})
    assert r.status_code == 200
    assert "<script>" not in r.text and 'href="javascript:' not in r.text
    assert "&lt;script&gt;" in r.text
    assert "default-src 'none'" in r.headers["content-security-policy"]


def test_using_graph_uri_cannot_carry_sparql(news):
    before = len(news.store)
    with news.client() as c:
        r = c.post("/sparql", params={"using-graph-uri": "http://a> } ; DROP ALL ; #"},
                   content="INSERT { <http://x> <http://y> ?o } WHERE { ?s ?p ?o }",
                   headers={"content-type": "application/sparql-update", **AUTH})
    assert r.status_code == 400 and "not an absolute IRI" in r.json()["detail"]
    assert len(news.store) == before


def test_ingest_with_the_real_extractor(serve):
    pytest.importorskip("kg.extract", reason="the extractor is not available")
    from kg import extract
    if not hasattr(extract, "get_extractor"):
        pytest.skip("kg.extract.get_extractor is not available yet")
    live = serve(news_store(), api_token=TOKEN)
    text = "Meta-Chef Mark Zuckerberg kündigt Llama 3 an. Nvidia liefert H100-Chips an OpenAI."
    with live.client() as c:
        r = c.post("/documents", params={"name": "real.txt"}, content=text.encode(),
                   headers={"content-type": "text/plain; charset=utf-8", **AUTH})
        assert r.status_code == 201, r.text
        body = r.json()
        assert body["entities"], body          # what it finds is the extractor's business; it finds something
        assert c.get(f"/documents/{body['id']}").json()["file"] == "real.txt"
        slug = body["entities"][0]["id"].rsplit("/", 1)[1]
        assert c.get(f"/entities/{slug}").status_code == 200


def _wait(predicate, seconds: float = 20.0) -> None:
    import time
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_disk_store_reads_are_never_stale(serve, tmp_path):
    """On a RocksDB store: lookups switch to the in-memory replica, workers to a checkpoint; a write shows at once."""
    store = open_store(tmp_path / "store", base_iri=BASE)
    for ex in news_extractions():
        store.ingest(ex)
    live = serve(store, api_token=TOKEN)
    replica = live.app.state.lookups._replica
    _wait(lambda: replica.current() is not None)
    alias = f'INSERT DATA {{ GRAPH <http://example.org/g> {{ <{BASE}meta> skos:altLabel "Zuck Corp" }} }}'
    ask = {"query": f'ASK {{ <{BASE}meta> skos:altLabel "Zuck Corp" }}'}
    with live.client() as c:
        assert "Zuck Corp" not in c.get("/entities/meta").json()["aliases"]
        assert c.get("/sparql", params=ask).json()["boolean"] is False
        assert c.post("/sparql", data={"update": alias}, headers=AUTH).status_code == 204
        assert "Zuck Corp" in c.get("/entities/meta").json()["aliases"]         # before the replica caught up
        assert c.get("/sparql", params=ask).json()["boolean"] is True
        assert c.get("/entities", params={"q": "zuck corp"}).json()["results"][0]["id"] == "meta"
        _wait(lambda: replica.current() is not None)
        assert "Zuck Corp" in c.get("/entities/meta").json()["aliases"]
