"""The store: atomic, idempotent ingest; removal; queries with bound values; persistence."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.errors import NotFoundError, QueryError, StoreError
from kg.rdf.store import open_store
from tests.conftest import BASE, filled_store_path, make_extraction


def test_ingest_writes_one_named_graph_with_provenance(store):
    result = store.ingest(make_extraction())
    assert result.relations == 2 and result.entities == 3
    assert store.document_iris() == [result.document]
    rows = store.select(
        "SELECT ?s ?sentence ?conf ?doc WHERE { ?ev a kgo:Evidence ; rdf:subject ?s ; rdf:predicate kgo:ceoOf ; "
        "rdf:object ?o ; kgo:sentence ?sentence ; kgo:confidence ?conf ; prov:wasDerivedFrom ?doc }")
    assert rows == [{"s": BASE + "bob-smith", "sentence": "Acme Corp hires Bob Smith as chief executive.",
                     "conf": 0.9, "doc": result.document}]


def test_reingest_replaces_instead_of_duplicating(store):
    store.ingest(make_extraction())
    n = len(store)
    store.ingest(make_extraction())
    assert len(store) == n
    assert len(store.document_iris()) == 1


def test_same_file_with_new_text_replaces_old_version(store):
    first = store.ingest(make_extraction(text="Acme Corp hires Bob Smith."))
    second = store.ingest(make_extraction(text="Acme Corp hires Bob Smith as CEO."))
    assert second.replaced == [first.document]
    assert store.document_iris() == [second.document]


def test_failed_ingest_leaves_store_unchanged(store):
    store.ingest(make_extraction())
    before = sorted(map(str, store.quads()))
    bad = make_extraction(name="other.txt", text="Another text.")
    bad.entities[0].id = "not an iri with spaces"
    bad.relations[0].subject = bad.entities[0]
    with pytest.raises((QueryError, StoreError, ValueError)):
        store.ingest(bad)
    assert sorted(map(str, store.quads())) == before


def test_remove_drops_only_what_the_document_supported(store):
    a = store.ingest(make_extraction())
    other = make_extraction(name="b.txt", text="Acme Corp is a company in the news.")
    other.entities, other.relations = [other.entities[1]], []
    store.ingest(other)
    store.remove_document("acme.txt")
    assert a.document not in store.document_iris()
    # Acme is still known from b.txt; the ceoOf relation was only in acme.txt
    assert store.select("SELECT ?l WHERE { id:acme rdfs:label ?l }", ) == [{"l": "Acme"}]
    assert not store.query("ASK { ?s kgo:ceoOf ?o }")
    with pytest.raises(NotFoundError):
        store.remove_document("nope.txt")


def test_substitutions_bind_values_without_splicing(store):
    store.ingest(make_extraction())
    rows = store.select("SELECT ?e ?label WHERE { ?e rdfs:label ?label }",
                        substitutions={"label": ox.Literal("Acme", language="en")})
    assert [r["e"] for r in rows] == [BASE + "acme"]
    evil = ox.Literal('Acme" } ; DROP ALL ; #', language="en")
    assert store.select("SELECT ?e ?label WHERE { ?e rdfs:label ?label }", substitutions={"label": evil}) == []


def test_malformed_query_raises_query_error(store):
    with pytest.raises(QueryError, match="malformed SPARQL"):
        store.query("SELECT WHERE {")


def test_store_persists_across_open(tmp_path):
    path = tmp_path / "s"
    st = open_store(path, base_iri=BASE)
    st.ingest(make_extraction())
    st.flush()
    n = len(st)
    del st
    assert len(open_store(path, base_iri=BASE)) == n


def test_store_path_that_is_a_file_is_refused(tmp_path):
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(StoreError, match="is a file"):
        open_store(f)


def test_stats_counts_types_and_predicates(store):
    store.ingest(make_extraction())
    st = store.stats()
    assert st["documents"] == 1
    assert st["entities"] == {"Person": 1, "Organization": 1, "AIModel": 1}
    assert st["relations"] == {"ceoOf": 1, "develops": 1}


def test_dump_union_is_turtle_that_rdflib_reads(store):
    import rdflib

    store.ingest(make_extraction())
    g = rdflib.Graph().parse(data=store.dump(ox.RdfFormat.TURTLE), format="turtle")
    assert (rdflib.URIRef(BASE + "bob-smith"), rdflib.URIRef("https://w3id.org/kg-builder/ontology#ceoOf"),
            rdflib.URIRef(BASE + "acme")) in g


def test_load_puts_triples_into_the_named_graph_atomically(store):
    ttl = b"<http://ex.org/a> <http://ex.org/p> <http://ex.org/b> ."
    store.load(ttl, format=ox.RdfFormat.TURTLE, graph="http://ex.org/g")
    assert store.select("SELECT ?s WHERE { GRAPH <http://ex.org/g> { ?s ?p ?o } }", union_default_graph=False) \
        == [{"s": "http://ex.org/a"}]
    with pytest.raises(QueryError, match="does not parse"):
        store.load(ttl + b"\n<http://ex.org/c> <http://ex.org/p> .", format=ox.RdfFormat.TURTLE)
    assert len(store) == 1


def test_read_only_store_refuses_writes_clearly(tmp_path):
    ro = open_store(filled_store_path(tmp_path / "s"), base_iri=BASE, read_only=True)
    n = len(ro)
    with pytest.raises(StoreError, match="read-only"):
        ro.ingest(make_extraction(name="x.txt", text="Other text."))
    ro.flush()   # a no-op, not an error
    assert len(ro) == n


def test_read_only_open_of_a_missing_store_says_what_to_do(tmp_path):
    with pytest.raises(StoreError, match="no store") as exc:
        open_store(tmp_path / "missing", read_only=True)
    assert "kg build" in str(exc.value)


def test_generation_moves_before_and_after_each_write(memory_store):
    seen = []

    class Spy:
        """Wraps the raw store to record the generation while the write runs."""

        def __init__(self, raw):
            self.raw = raw

        def update(self, *a, **k):
            seen.append(memory_store.generation)
            return self.raw.update(*a, **k)

        def __getattr__(self, name):
            return getattr(self.raw, name)

    memory_store._store = Spy(memory_store._store)
    g0 = memory_store.generation
    memory_store.ingest(make_extraction())
    assert seen == [g0 + 1] and memory_store.generation == g0 + 2
