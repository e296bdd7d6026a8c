"""SHACL validation: the shapes catch what they promise, and a good graph conforms."""

from __future__ import annotations

from kg.config import get_settings
from kg.validate import validate
from tests.conftest import BASE, make_extraction

ONTOLOGIES = get_settings().ontology_dir


def test_clean_graph_conforms(memory_store):
    memory_store.ingest(make_extraction())
    report = validate(memory_store, ONTOLOGIES)
    assert report.conforms, report.text()
    assert report.text().startswith("conforms")


def test_domain_and_range_violations_are_reported(memory_store):
    ex = make_extraction()
    ex.relations[0].subject, ex.relations[0].object = ex.relations[0].object, ex.relations[0].subject  # Org ceoOf Person
    memory_store.ingest(ex)
    report = validate(memory_store, ONTOLOGIES)
    assert not report.conforms
    text = report.text()
    assert "the subject of kgo:ceoOf must be a Person" in text
    assert "the object of kgo:ceoOf must be a Organization" in text


def test_two_core_types_are_reported(memory_store):
    memory_store.ingest(make_extraction())
    other = make_extraction(name="other.txt", text="Rocket-1 is a gadget.")
    other.entities = [other.entities[2]]
    other.entities[0].type = "Product"
    other.relations = []
    memory_store.ingest(other)
    report = validate(memory_store, ONTOLOGIES)
    assert not report.conforms
    assert any("exactly one core type" in v.message and v.focus == BASE + "rocket-1" for v in report.violations)


def test_missing_label_is_reported(memory_store):
    memory_store.ingest(make_extraction())
    doc = memory_store.document_iris()[0]
    memory_store.update(f"DELETE WHERE {{ GRAPH <{doc}> {{ <{BASE}acme> rdfs:label ?l }} }}")
    report = validate(memory_store, ONTOLOGIES)
    assert any(v.focus == BASE + "acme" and "label" in v.message for v in report.violations)


def test_ontology_declares_every_core_term():
    import rdflib

    g = rdflib.Graph().parse(ONTOLOGIES / "kg.ttl")
    kgo = rdflib.Namespace("https://w3id.org/kg-builder/ontology#")
    from kg.model import ENTITY_TYPES, PREDICATES, SYMMETRIC

    for t in ENTITY_TYPES:
        assert (kgo[t], rdflib.RDF.type, rdflib.OWL.Class) in g
        langs = {lbl.language for lbl in g.objects(kgo[t], rdflib.RDFS.label)}
        assert {"en", "de"} <= langs
    for p in PREDICATES:
        assert (kgo[p], rdflib.RDF.type, rdflib.OWL.ObjectProperty) in g
        assert g.value(kgo[p], rdflib.RDFS.domain) and g.value(kgo[p], rdflib.RDFS.range)
        assert ((kgo[p], rdflib.RDF.type, rdflib.OWL.SymmetricProperty) in g) == (p in SYMMETRIC)
