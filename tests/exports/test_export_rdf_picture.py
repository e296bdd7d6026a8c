"""RDF exports from the store, pictures, and the /export route."""

from __future__ import annotations

import io
import re
import zipfile

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from kg.analytics import GraphFilter, analyze
from kg.analytics.sample import SAMPLE_BASE as ID
from kg.analytics.sample import sample_store
from kg.config import Settings
from kg.errors import InputError, NotFoundError
from kg.exports import EXPORT_FORMATS, MEDIA_TYPES, export
from kg.exports.picture import PICTURE_MAX_NODES, to_picture


@pytest.mark.parametrize("fmt, rdf_format", [("turtle", ox.RdfFormat.TURTLE), ("ntriples", ox.RdfFormat.N_TRIPLES),
                                              ("trig", ox.RdfFormat.TRIG), ("nquads", ox.RdfFormat.N_QUADS),
                                              ("jsonld", ox.RdfFormat.JSON_LD)])
def test_rdf_exports_parse(sample, fmt, rdf_format):
    quads = list(ox.parse(export(sample, fmt), format=rdf_format))
    assert len(quads) >= len(sample) * (1 if rdf_format.supports_datasets else 0.9)


def test_dataset_formats_keep_the_analytics_graph():
    store = sample_store()
    analyze(store)
    quads = list(ox.parse(export(store, "nquads"), format=ox.RdfFormat.N_QUADS))
    assert any(q.graph_name == ox.NamedNode(ID + "graph/analytics") for q in quads)


def test_rdf_export_of_one_document(sample):
    data = export(sample, "ntriples", filters=GraphFilter(document="seeds/meta-llama.txt"))
    assert b"meta-llama.txt" in data and b"nvidia-gtc.txt" not in data
    with pytest.raises(InputError):
        export(sample, "turtle", filters=GraphFilter(ego="Meta"))


def test_unknown_format(sample):
    with pytest.raises(NotFoundError):
        export(sample, "xlsx")
    assert len(EXPORT_FORMATS) == 11 and set(EXPORT_FORMATS) == set(MEDIA_TYPES)


def test_png_and_svg(sample):
    png = export(sample, "png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 50_000
    svg = export(sample, "svg").decode()
    assert svg.startswith("<?xml") and "OpenAI" in svg and "Marta Keller" in svg   # text, not paths
    assert "entity type" in svg and "Organization" in svg                            # the legend


def test_big_graphs_are_cut_to_their_most_central_nodes():
    import networkx as nx

    g = nx.MultiDiGraph(nx.barabasi_albert_graph(PICTURE_MAX_NODES + 100, 2, seed=1))
    for n in g:
        g.nodes[n].update(label=f"n{n}", kg_type="Organization", pagerank=1.0 / (n + 1))
    svg = to_picture(g, "svg").decode()
    assert f"the {PICTURE_MAX_NODES} most central of {PICTURE_MAX_NODES + 100}" in svg
    assert re.search(r">n0<", svg) and not re.search(r">n450<", svg)


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(Settings(base_iri=ID), store=sample_store())) as c:
        yield c


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_export_route_serves_every_format(client, fmt):
    r = client.get(f"/export/{fmt}")
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].split(";")[0] == MEDIA_TYPES[fmt]
    assert "attachment" in r.headers["content-disposition"]


def test_export_route_with_filters_and_errors(client):
    r = client.get("/export/csv", params={"types": ["Person", "Organization"], "min_degree": 2})
    nodes = zipfile.ZipFile(io.BytesIO(r.content)).read("nodes.csv").decode()
    assert "Marta Keller" in nodes and "Llama" not in nodes
    assert client.get("/export/xlsx").status_code == 404
    assert client.get("/export/gexf", params={"types": "Company"}).status_code == 400
    assert client.get("/export/gexf", params={"ego": "Nobody"}).status_code == 404
