"""GEXF 1.3: valid against the official schema (jing), parsed by graphology-gexf, and Gephi-friendly."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from kg.analytics import GraphFilter
from kg.analytics.sample import SAMPLE_BASE as ID
from kg.exports import export
from kg.exports.gexf import FORBIDDEN_ATTRIBUTES, to_gexf

NS = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}


@pytest.fixture(scope="module")
def seed_gexf(sample, tmp_path_factory):
    path = tmp_path_factory.mktemp("gexf") / "seed.gexf"
    path.write_bytes(export(sample, "gexf"))
    return path


def test_seed_gexf_passes_jing(seed_gexf, jing):
    done = jing(seed_gexf)
    assert done.returncode == 0, done.stdout + done.stderr


def test_nasty_gexf_passes_jing(nasty_graph, tmp_path, jing):
    path = tmp_path / "nasty.gexf"
    path.write_bytes(to_gexf(nasty_graph))
    done = jing(path)
    assert done.returncode == 0, done.stdout + done.stderr


def test_jing_does_reject_an_invalid_file(tmp_path, jing):
    # guards the guard: networkx-style z="None" must fail
    bad = tmp_path / "bad.gexf"
    bad.write_text('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><graph>'
                   '<nodes><node id="a"><viz:position x="0" y="0" z="None"/></node></nodes><edges/></graph></gexf>')
    assert jing(bad).returncode != 0


def test_seed_gexf_parses_with_graphology(seed_gexf, sample_graph, graphology):
    parsed = graphology(seed_gexf)
    assert parsed["order"] == sample_graph.number_of_nodes() == 30
    assert parsed["size"] == sample_graph.number_of_edges() == 51
    assert parsed["type"] == "directed" and parsed["multi"] is True
    meta = parsed["nodes"][ID + "meta"]
    assert meta["label"] == "Meta" and meta["kg_type"] == "Organization" and meta["wikidata"] == "Q380"
    assert meta["aliases"] == ["Facebook", "Meta Platforms, Inc."]          # a comma inside an alias survives
    assert isinstance(meta["pagerank"], float) and isinstance(meta["community"], int)
    assert re.fullmatch(r"#[0-9a-f]{6}", meta["color"]) and meta["size"] > 0 and "z" in meta
    kinds = {e["kind"] for e in parsed["edges"]
             if e["source"] == ID + "marta-keller" and e["target"] == ID + "meta"}
    assert kinds == {"ceoOf", "founderOf"}                                  # parallel edges kept apart
    heavy = [e for e in parsed["edges"] if e["source"] == ID + "meta" and e["target"] == ID + "nvidia-h200"]
    assert heavy[0]["weight"] == 2 and heavy[0]["label"] == "usesHardware"


def test_nasty_gexf_parses_with_graphology(nasty_graph, tmp_path, graphology):
    path = tmp_path / "nasty.gexf"
    path.write_bytes(to_gexf(nasty_graph))
    parsed = graphology(path)
    a = parsed["nodes"]["https://e.org/a&b"]
    assert a["label"] == 'Ac<me> & "Sons" Ltd'
    assert a["aliases"] == ["A, B", 'say "hi"', "back\\slash", "pipe|d", "ctlchar", "Ünïcödé ✓"]
    assert parsed["size"] == 3


def test_gexf_structure_follows_the_issue(sample):
    root = ET.fromstring(export(sample, "gexf"))
    assert root.get("version") == "1.3"
    graph = root.find("g:graph", NS)
    declared = {a.get("id"): a.get("type") for a in graph.iterfind("g:attributes/g:attribute", NS)}
    titles = {a.get("title") for a in graph.iterfind("g:attributes/g:attribute", NS)}
    assert not (set(declared) | titles) & FORBIDDEN_ATTRIBUTES
    assert {"kg_type", "community", "pagerank", "aliases", "wikidata"} <= set(declared)
    assert declared["aliases"] == "liststring" and declared["pagerank"] == "double"
    for node in graph.iterfind("g:nodes/g:node", NS):
        colour = node.find("viz:color", NS)
        assert re.fullmatch(r"#[0-9a-f]{6}", colour.get("hex")) and colour.get("a") is None
        pos = node.find("viz:position", NS)
        assert all(float(pos.get(k)) == float(pos.get(k)) for k in "xyz")   # numbers, z included
        assert float(node.find("viz:size", NS).get("value")) > 0
    for edge in graph.iterfind("g:edges/g:edge", NS):
        assert edge.get("label") == edge.get("kind") and edge.get("type") is None
        assert re.fullmatch(r"\d+\.\d+", edge.get("weight"))                  # a double, not an int


def test_colours_by_type_and_sizes_by_pagerank(sample_graph):
    root = ET.fromstring(to_gexf(sample_graph))
    by_type: dict[str, set[str]] = {}
    sizes = []
    for node in root.iterfind("g:graph/g:nodes/g:node", NS):
        kind = next(v.get("value") for v in node.iterfind("g:attvalues/g:attvalue", NS) if v.get("for") == "kg_type")
        by_type.setdefault(kind, set()).add(node.find("viz:color", NS).get("hex"))
        sizes.append((sample_graph.nodes[node.get("id")]["pagerank"], float(node.find("viz:size", NS).get("value"))))
    assert all(len(c) == 1 for c in by_type.values()) and len({c.pop() for c in by_type.values()}) == len(by_type)
    sizes.sort()
    assert [s for _, s in sizes] == sorted(s for _, s in sizes)


def test_filtered_export(sample):
    root = ET.fromstring(export(sample, "gexf", filters=GraphFilter(ego="Nvidia", depth=1)))
    ids = {n.get("id") for n in root.iterfind("g:graph/g:nodes/g:node", NS)}
    assert ID + "jensen-huang" in ids and ID + "marta-keller" not in ids


def test_seed_article_gexf_passes_jing_and_graphology(seed_store_path, tmp_path, jing, graphology):
    """The issue's acceptance test: the GEXF of the real seed graph (built by the extractor)."""
    from kg.rdf.store import open_store

    store = open_store(seed_store_path, base_iri=ID, read_only=True)
    path = tmp_path / "seed-article.gexf"
    path.write_bytes(export(store, "gexf"))
    done = jing(path)
    assert done.returncode == 0, done.stdout + done.stderr
    parsed = graphology(path)
    assert parsed["order"] > 0 and all(re.fullmatch(r"#[0-9a-f]{6}", n["color"]) for n in parsed["nodes"].values())
