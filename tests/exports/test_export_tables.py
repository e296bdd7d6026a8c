"""GraphML, CSV and JSON node-link: what Gephi and web clients read back."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
import zipfile

import networkx as nx

from kg.analytics.sample import SAMPLE_BASE as ID
from kg.exports import export, export_csv_tables
from kg.exports.graphml import to_graphml
from kg.exports.tables import to_csv_tables


def test_graphml_reread_keeps_labels_weights_and_parallel_edges(sample, sample_graph):
    back = nx.read_graphml(io.BytesIO(export(sample, "graphml")))
    assert isinstance(back, nx.MultiDiGraph)
    assert back.number_of_nodes() == 30 and back.number_of_edges() == 51
    assert back.nodes[ID + "meta"]["label"] == "Meta"
    assert back.nodes[ID + "meta"]["aliases"] == "Facebook|Meta Platforms, Inc."
    assert back.nodes[ID + "meta"]["color"] == "#4e79a7"
    weights = [d["weight"] for _, _, d in back.edges(data=True)
               if d["label"] == "usesHardware" and d["predicate"] == "usesHardware"]
    assert sorted(weights)[-1] == 2.0 and all(isinstance(w, float) for w in weights)
    labels = {d["label"] for u, v, d in back.edges(data=True) if (u, v) == (ID + "marta-keller", ID + "meta")}
    assert labels == {"ceoOf", "founderOf"}


def test_graphml_keys_are_named_not_numbered(sample_graph):
    root = ET.fromstring(to_graphml(sample_graph))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    keys = {(k.get("for"), k.get("attr.name")): k.get("id") for k in root.iterfind("g:key", ns)}
    assert keys[("node", "label")] == "label" and keys[("edge", "weight")] == "weight"
    assert keys[("edge", "label")] == "edge_label"       # ids are unique across node and edge keys
    assert not any(k.startswith("d") and k[1:].isdigit() for k in keys.values())
    assert len(set(keys.values())) == len(keys)


def test_graphml_of_awkward_values(nasty_graph):
    back = nx.read_graphml(io.BytesIO(to_graphml(nasty_graph)))
    assert back.nodes["https://e.org/a&b"]["label"].startswith('Ac<me> & "Sons"')


def test_csv_headers_are_gephi_spreadsheet_headers(sample):
    nodes, edges = export_csv_tables(sample)
    assert nodes.splitlines()[0].split(",")[:2] == ["Id", "Label"]
    assert edges.splitlines()[0].split(",")[:5] == ["Source", "Target", "Type", "Label", "Weight"]
    node_rows = list(csv.DictReader(io.StringIO(nodes)))
    edge_rows = list(csv.DictReader(io.StringIO(edges)))
    assert len(node_rows) == 30 and len(edge_rows) == 51
    meta = next(r for r in node_rows if r["Id"] == ID + "meta")
    assert meta["Label"] == "Meta" and meta["kg_type"] == "Organization"
    assert meta["aliases"].split("|") == ["Facebook", "Meta Platforms, Inc."]
    assert float(meta["pagerank"]) > 0 and meta["community"].isdigit()
    assert {r["Type"] for r in edge_rows} == {"Directed"}
    heavy = next(r for r in edge_rows if (r["Source"], r["Target"], r["Label"]) ==
                 (ID + "meta", ID + "nvidia-h200", "usesHardware"))
    assert heavy["Weight"] == "2.0" and heavy["Kind"] == "usesHardware" and heavy["first_date"] == "2024-03-19"


def test_csv_export_is_a_zip_of_both_tables(sample):
    z = zipfile.ZipFile(io.BytesIO(export(sample, "csv")))
    assert sorted(z.namelist()) == ["edges.csv", "nodes.csv"]
    assert z.read("nodes.csv").decode().startswith("Id,Label,")


def test_csv_quotes_awkward_values(nasty_graph):
    nodes, _ = to_csv_tables(nasty_graph)
    row = next(csv.DictReader(io.StringIO(nodes)))
    assert row["Label"] == 'Ac<me> & "Sons"\n\tLtd  '


def test_json_node_link_round_trips(sample):
    data = json.loads(export(sample, "json"))
    assert {"nodes", "links", "directed", "multigraph"} <= set(data)
    back = nx.node_link_graph(data, edges="links")
    assert back.number_of_nodes() == 30 and back.number_of_edges() == 51
    assert back.nodes[ID + "meta"]["aliases"] == ["Facebook", "Meta Platforms, Inc."]
    assert back.edges[ID + "meta", ID + "nvidia-h200", "usesHardware"]["weight"] == 2


def test_big_graph_layout_groups_communities(monkeypatch):
    import kg.exports.layout as layout_module

    monkeypatch.setattr(layout_module, "LAYOUT_FORCE_MAX", 10)
    monkeypatch.setattr(layout_module, "LAYOUT_STRESS_MAX", 5)
    g = nx.disjoint_union(nx.complete_graph(30), nx.complete_graph(12))
    community = {n: 0 if n < 30 else 1 for n in g}
    pos = layout_module.layout(g, community=community, scale=100.0)
    assert len(pos) == 42 and all(abs(x) <= 100 and abs(y) <= 100 and z == 0.0 for x, y, z in pos.values())
    centre = [sum(pos[n][0] for n in g if community[n] == c) / sum(1 for n in g if community[n] == c) for c in (0, 1)]
    assert abs(centre[0]) < 30 < abs(centre[1] - centre[0])          # the largest community in the middle


def test_numpy_values_are_written_as_plain_numbers():
    import numpy as np

    g = nx.MultiDiGraph()
    g.add_node("a", label="A", pagerank=np.float64(0.5), degree=np.int64(2))
    assert "0.5" in to_csv_tables(g)[0].splitlines()[1].split(",")
    assert b"np.float64" not in to_graphml(g)
