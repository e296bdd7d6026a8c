"""Projection of the store to networkx, and its filters."""

from __future__ import annotations

import pytest

from kg.analytics import GraphFilter, project
from kg.analytics.sample import SAMPLE_BASE as ID
from kg.errors import InputError, NotFoundError


def test_nodes_carry_label_type_aliases_wikidata(sample_ro):
    g = project(sample_ro)
    assert g.number_of_nodes() == 30 and g.number_of_edges() == 51
    meta = g.nodes[ID + "meta"]
    assert meta == {"label": "Meta", "kg_type": "Organization",
                    "aliases": ["Facebook", "Meta Platforms, Inc."], "wikidata": "Q380"}
    assert g.nodes[ID + "llama-4"]["wikidata"] is None


def test_edges_keyed_by_predicate_with_weight_and_dates(sample_ro):
    g = project(sample_ro)
    # stated in two articles (March and April)
    e = g.edges[ID + "meta", ID + "nvidia-h200", "usesHardware"]
    assert (e["predicate"], e["weight"], e["documents"], e["first_date"], e["last_date"]) == \
        ("usesHardware", 2, 2, "2024-03-19", "2024-04-18")
    # parallel relations stay apart
    assert set(g[ID + "marta-keller"][ID + "meta"]) == {"ceoOf", "founderOf"}
    assert set(g[ID + "microsoft"][ID + "openai"]) == {"investsIn", "partnerOf"}


def test_filter_by_type_drops_other_nodes_and_their_edges(sample_ro):
    g = project(sample_ro, GraphFilter(types=["Person", "Organization"]))
    assert {d["kg_type"] for _, d in g.nodes(data=True)} == {"Person", "Organization"}
    assert all(g.nodes[u]["kg_type"] in {"Person", "Organization"} for u, v in g.edges())
    assert g.has_edge(ID + "sam-altman", ID + "openai")


def test_filter_by_predicate_accepts_local_names_and_iris(sample_ro):
    g = project(sample_ro, GraphFilter(predicates=["ceoOf", "https://w3id.org/kg-builder/ontology#founderOf"]))
    assert {k for _, _, k in g.edges(keys=True)} == {"ceoOf", "founderOf"}
    assert g.number_of_edges() == 9


def test_filter_by_document_by_file_name(sample_ro):
    g = project(sample_ro, GraphFilter(document="seeds/meta-llama.txt"))
    assert g.number_of_edges() == 11
    assert ID + "jensen-huang" not in g          # not mentioned in that article
    assert g.edges[ID + "meta", ID + "nvidia-h200", "usesHardware"]["weight"] == 1


def test_min_degree(sample_ro):
    g = project(sample_ro, GraphFilter(min_degree=6))
    assert {g.nodes[n]["label"] for n in g} == {"OpenAI", "Meta", "GPT-4o", "Nvidia", "Anthropic", "Microsoft", "Google"}


@pytest.mark.parametrize("ref", ["https://w3id.org/kg-builder/id/marta-keller", "marta-keller",
                                 "Marta Keller", "keller"])
def test_ego_network_by_iri_slug_label_or_alias(sample_ro, ref):
    g = project(sample_ro, GraphFilter(ego=ref, depth=1))
    assert set(g) == {ID + "marta-keller", ID + "meta"}
    g2 = project(sample_ro, GraphFilter(ego=ref, depth=2))
    assert ID + "llama-4" in g2 and ID + "openai" in g2 and ID + "llama" not in g2


def test_ego_depth_zero_is_the_entity_alone(sample_ro):
    assert list(project(sample_ro, GraphFilter(ego="Meta", depth=0))) == [ID + "meta"]


def test_bad_filters_raise_library_errors(sample_ro):
    with pytest.raises(InputError, match="unknown entity type"):
        project(sample_ro, GraphFilter(types=["Company"]))
    with pytest.raises(InputError, match="unknown predicate"):
        project(sample_ro, GraphFilter(predicates=["owns"]))
    with pytest.raises(NotFoundError):
        project(sample_ro, GraphFilter(ego="Nobody"))
    with pytest.raises(NotFoundError):
        project(sample_ro, GraphFilter(document="missing.txt"))


def test_empty_store_projects_to_an_empty_graph():
    from kg.rdf.store import open_store

    g = project(open_store(":memory:"))
    assert g.number_of_nodes() == 0 and g.number_of_edges() == 0


def test_filter_to_json_lists_only_what_is_set():
    assert GraphFilter().to_json() == {}
    assert GraphFilter(types=["Person"], ego="Meta", depth=2).to_json() == {"types": ["Person"], "ego": "Meta", "depth": 2}


def test_filter_from_command_line_spec():
    f = GraphFilter.from_spec(["type=Person,Organization", "predicate=ceoOf;min-degree=2", "document=a.txt"])
    assert f == GraphFilter(types=["Person", "Organization"], predicates=["ceoOf"], min_degree=2, document="a.txt")
    assert GraphFilter.from_spec(None) == GraphFilter() == GraphFilter.from_spec("")
    for bad in ("colour=red", "ego", "depth=two"):
        with pytest.raises(InputError):
            GraphFilter.from_spec(bad)
