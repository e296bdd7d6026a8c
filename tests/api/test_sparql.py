"""/sparql as clients see it: SPARQLWrapper, rdflib's SPARQLStore, formats, datasets, updates."""

from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore
from SPARQLWrapper import JSON, POST, XML, SPARQLWrapper

from tests.api.conftest import BASE, TOKEN, news_store

KGO = "https://w3id.org/kg-builder/ontology#"
CEO = f"SELECT ?p ?o WHERE {{ ?p <{KGO}ceoOf> ?o }} ORDER BY ?p"


def test_sparqlwrapper_json_and_xml(news):
    sw = SPARQLWrapper(f"{news.url}/sparql")
    sw.setQuery(CEO)
    sw.setReturnFormat(JSON)
    rows = sw.query().convert()["results"]["bindings"]
    assert [(r["p"]["value"], r["o"]["value"]) for r in rows] == [
        (BASE + "mark-zuckerberg", BASE + "meta"), (BASE + "sam-altman", BASE + "openai")]
    sw.setReturnFormat(XML)
    sw.setMethod(POST)
    doc = sw.query().convert()
    assert len(doc.getElementsByTagName("result")) == 2


def test_sparqlwrapper_construct_and_ask(news):
    sw = SPARQLWrapper(f"{news.url}/sparql")
    sw.setQuery(f"CONSTRUCT {{ ?p <{KGO}ceoOf> ?o }} WHERE {{ ?p <{KGO}ceoOf> ?o }}")
    g = sw.queryAndConvert()
    assert len(g) == 2
    sw.setQuery("ASK { ?s ?p ?o }")
    sw.setReturnFormat(JSON)
    assert sw.queryAndConvert()["boolean"] is True


def test_rdflib_sparqlstore_as_client(news):
    store = SPARQLStore(f"{news.url}/sparql")
    rows = list(store.query(CEO))
    assert [str(r[0]) for r in rows] == [BASE + "mark-zuckerberg", BASE + "sam-altman"]
    g = Graph(store=SPARQLStore(f"{news.url}/sparql"))
    assert (URIRef(BASE + "meta"), None, None) in g


@pytest.mark.parametrize(("accept", "ctype"), [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"), ("text/tab-separated-values", "text/tab-separated-values"),
    ("application/json", "application/sparql-results+json"), (None, "application/sparql-results+json"),
])
def test_select_content_negotiation(news, accept, ctype):
    with news.client() as c:
        r = c.get("/sparql", params={"query": CEO}, headers={"accept": accept} if accept else {})
    assert r.status_code == 200
    assert r.headers["content-type"].split(";")[0] == ctype
    if ctype == "text/csv":
        assert list(csv.reader(io.StringIO(r.text)))[0] == ["p", "o"]


@pytest.mark.parametrize("accept", ["text/turtle", "application/n-triples", "application/ld+json",
                                    "application/rdf+xml", "application/trig"])
def test_construct_content_negotiation(news, accept):
    with news.client() as c:
        r = c.post("/sparql", content=f"CONSTRUCT WHERE {{ ?p <{KGO}ceoOf> ?o }}",
                   headers={"content-type": "application/sparql-query", "accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(accept)
    fmt = {"text/turtle": "turtle", "application/n-triples": "nt", "application/ld+json": "json-ld",
           "application/rdf+xml": "xml", "application/trig": "trig"}[accept]
    from rdflib import Dataset
    g = Dataset().parse(data=r.text, format=fmt) if fmt == "trig" else Graph().parse(data=r.text, format=fmt)
    assert len(g) == 2


def test_dataset_parameters(news):
    with news.client() as c:
        docs = [d["iri"] for d in c.get("/documents").json()["documents"]]
        meta_doc = next(d for d in docs if c.get(f"/documents/{d.rsplit('/', 1)[1]}").json()["file"] == "meta.txt")
        q = f"SELECT ?o WHERE {{ ?p <{KGO}ceoOf> ?o }}"
        one = c.get("/sparql", params={"query": q, "default-graph-uri": meta_doc}).json()
        assert [b["o"]["value"] for b in one["results"]["bindings"]] == [BASE + "meta"]
        named = c.get("/sparql", params={"query": f"SELECT ?g WHERE {{ GRAPH ?g {{ ?p <{KGO}ceoOf> ?o }} }}",
                                         "named-graph-uri": meta_doc}).json()
        assert [b["g"]["value"] for b in named["results"]["bindings"]] == [meta_doc]
        union = c.get("/sparql", params={"query": q}).json()
        assert len(union["results"]["bindings"]) == 2
        bad = c.get("/sparql", params={"query": q, "default-graph-uri": "not an iri"})
        assert bad.status_code == 400


def test_syntax_error_is_400_with_message(news):
    with news.client() as c:
        r = c.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p "})
    assert r.status_code == 400
    assert r.headers["content-type"] == "application/problem+json"
    assert "malformed" in r.json()["detail"]


def test_service_description(news):
    with news.client() as c:
        r = c.get("/sparql", headers={"accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    g = Graph().parse(data=r.text, format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    assert (None, URIRef(sd + "endpoint"), URIRef(f"{news.url}/sparql")) in g
    assert (None, URIRef(sd + "supportedLanguage"), URIRef(sd + "SPARQL11Query")) in g


def _insert(n: int) -> str:
    return f"INSERT DATA {{ GRAPH <http://example.org/g> {{ <http://example.org/s> <http://example.org/p> {n} }} }}"


def test_update_needs_the_token(news):
    before = len(news.store)
    with news.client() as c:
        none = c.post("/sparql", content=_insert(1), headers={"content-type": "application/sparql-update"})
        wrong = c.post("/sparql", data={"update": _insert(1)}, headers={"authorization": "Bearer nope"})
        basic = c.post("/sparql", data={"update": _insert(1)}, headers={"authorization": f"Basic {TOKEN}"})
        get = c.get("/sparql", params={"update": _insert(1)}, headers={"authorization": f"Bearer {TOKEN}"})
    for r in (none, wrong, basic):
        assert r.status_code == 401, r.text
        assert r.headers["www-authenticate"].startswith("Bearer")
        assert r.headers["content-type"] == "application/problem+json"
    assert 400 <= get.status_code < 500
    assert len(news.store) == before


def test_update_with_the_token_is_applied_and_seen_by_queries(news):
    auth = {"authorization": f"Bearer {TOKEN}"}
    with news.client() as c:
        r = c.post("/sparql", content=_insert(42), headers={"content-type": "application/sparql-update", **auth})
        assert r.status_code == 204
        ask = c.get("/sparql", params={"query": "ASK { <http://example.org/s> <http://example.org/p> 42 }"})
        assert ask.json()["boolean"] is True
        r = c.post("/sparql", data={"update": "DROP GRAPH <http://example.org/g>"}, headers=auth)
        assert r.status_code == 204
        ask = c.get("/sparql", params={"query": "ASK { <http://example.org/s> <http://example.org/p> 42 }"})
        assert ask.json()["boolean"] is False


def test_rdflib_update_store_with_token(news):
    st = SPARQLUpdateStore(f"{news.url}/sparql", f"{news.url}/sparql",
                           headers={"Authorization": f"Bearer {TOKEN}"}, autocommit=True)
    st.update(_insert(7))
    assert bool(st.query("ASK { <http://example.org/s> <http://example.org/p> 7 }"))
    st.update("DROP GRAPH <http://example.org/g>")


def test_updates_refused_when_no_token_is_configured(serve):
    live = serve(news_store())     # api_token unset
    with live.client() as c:
        r = c.post("/sparql", data={"update": _insert(1)}, headers={"authorization": "Bearer anything"})
        d = c.delete("/documents/0123456789abcdef", headers={"authorization": "Bearer anything"})
    assert r.status_code == 403 and d.status_code == 403
    assert json.loads(r.text)["title"] == "Writes disabled"
