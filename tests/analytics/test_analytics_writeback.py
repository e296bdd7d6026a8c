"""analyze(): results written back as triples, queried by SPARQL, and never stale as fresh."""

from __future__ import annotations

import json

import pytest

from kg.analytics import GraphFilter, analytics_graph, analyze, is_stale, read_results
from kg.analytics.sample import SAMPLE_BASE as ID

GRAPH = ID + "graph/analytics"


def test_analytics_graph_iri(sample):
    assert analytics_graph(sample) == GRAPH


def test_written_back_measures_sort_by_sparql(sample):
    result = analyze(sample)
    rows = sample.select(f"""SELECT ?e ?pr WHERE {{ GRAPH <{GRAPH}> {{ ?e kgo:pagerank ?pr }} }} ORDER BY DESC(?pr) LIMIT 3""")
    assert [r["e"] for r in rows] == [e["iri"] for e in result.top(3)]
    assert [e["label"] for e in result.top(3)] == ["OpenAI", "Meta", "GPT-4o"]
    # every measure of one entity, with the right datatypes
    row = sample.select(f"""SELECT * WHERE {{ GRAPH <{GRAPH}> {{ <{ID}meta> kgo:pagerank ?pr ; kgo:degree ?deg ;
        kgo:betweenness ?btw ; kgo:closeness ?clo ; kgo:community ?c ; kgo:component ?cmp ; kgo:coreNumber ?core .
        ?c kgo:communityLabel ?name ; kgo:size ?size }} }}""")
    assert len(row) == 1
    r = row[0]
    meta = result.entities[ID + "meta"]
    assert r["deg"] == meta["degree"] == 8 and isinstance(r["deg"], int)
    assert r["pr"] == pytest.approx(meta["pagerank"]) and isinstance(r["btw"], float)
    assert r["cmp"] == 0 and r["core"] == 2
    assert "Meta" in r["name"] and r["size"] >= 3


def test_filter_by_measure_and_community_in_sparql(sample):
    analyze(sample)
    people = sample.select(f"""SELECT ?label WHERE {{ GRAPH <{GRAPH}> {{ ?e kgo:betweenness ?b FILTER(?b > 0.05) }}
                              ?e a kgo:Person ; rdfs:label ?label }}""")
    assert people == []   # CEOs hang off their companies: no shortest path runs through them
    orgs = sample.select(f"""SELECT (COUNT(?e) AS ?n) WHERE {{ GRAPH <{GRAPH}> {{ ?e kgo:community ?c .
                              ?c kgo:communityIndex 0 }} }}""")
    assert orgs[0]["n"] == analyze(sample, write_back=False).communities[0]["size"]


def test_run_metadata_and_fingerprint(sample):
    result = analyze(sample)
    run = sample.select(f"""SELECT ?at ?based ?docs WHERE {{ GRAPH <{GRAPH}> {{ <{GRAPH}> kgo:computedAt ?at ;
                           kgo:basedOn ?based ; kgo:documentCount ?docs }} }}""")
    assert run[0]["based"] == result.based_on and len(result.based_on) == 64
    assert run[0]["docs"] == 4 and run[0]["at"].startswith("20")


def test_recomputing_replaces_the_graph_in_one_update(sample, monkeypatch):
    analyze(sample)
    before = len(list(sample.quads(GRAPH)))
    calls = []
    original = sample.update
    monkeypatch.setattr(sample, "update", lambda q: (calls.append(q), original(q))[1])
    analyze(sample)
    assert len(calls) == 1 and calls[0].startswith(f"DROP SILENT GRAPH <{GRAPH}>") and "INSERT DATA" in calls[0]
    assert len(list(sample.quads(GRAPH))) == before
    assert sample.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{GRAPH}> {{ <{ID}meta> kgo:pagerank ?p }} }}")[0]["n"] == 1


def test_documents_are_untouched_by_write_back(sample):
    docs = {d: len(list(sample.quads(d))) for d in sample.document_iris()}
    analyze(sample)
    assert {d: len(list(sample.quads(d))) for d in sample.document_iris()} == docs


def test_staleness_follows_the_documents(sample, new_article):
    assert is_stale(sample)                       # nothing computed yet
    analyze(sample)
    assert not is_stale(sample)
    sample.ingest(new_article)
    assert is_stale(sample)                       # a new document
    stored = read_results(sample)
    assert stored is not None and stored.fresh is False and stored.documents == 4
    analyze(sample)
    assert not is_stale(sample)
    sample.remove_document("seeds/new.txt")
    assert is_stale(sample)                       # a removed document


def test_reingesting_a_document_makes_results_stale(sample):
    from kg.analytics.sample import sample_extractions

    analyze(sample)
    sample.ingest(sample_extractions()[0], ingested_at="2026-02-02T00:00:00Z")
    assert is_stale(sample)


def test_results_of_a_filtered_graph_are_never_stored(sample):
    full = analyze(sample)
    part = analyze(sample, filters=GraphFilter(types=["Organization"]))
    assert part.stored is False and part.filters == {"types": ["Organization"]}
    stored = read_results(sample)
    assert stored.fresh and stored.nodes == full.nodes == 30 and not stored.filters


def test_stored_filtered_results_would_count_as_stale(sample):
    from kg.analytics.writeback import write_results

    result = analyze(sample, write_back=False, filters=GraphFilter(types=["Organization"]))
    write_results(sample, result)     # only by hand: analyze() never does this
    assert is_stale(sample) and not read_results(sample).fresh


def test_read_results_round_trip(sample):
    result = analyze(sample)
    back = read_results(sample)
    assert back.fresh and back.stored
    assert back.nodes == result.nodes == 30 and back.edges == result.edges and back.documents == 4
    assert back.communities == result.communities
    for iri, values in result.entities.items():
        for k, v in values.items():
            assert back.entities[iri][k] == pytest.approx(v) if isinstance(v, float) else back.entities[iri][k] == v


def test_result_json_and_summary(sample):
    result = analyze(sample, write_back=False)
    data = json.loads(json.dumps(result.to_json(top=5)))
    assert len(data["entities"]) == 5 and data["entities"][0]["label"] == "OpenAI"
    assert data["fresh"] is True and data["stored"] is False and data["documents"] == 4
    assert set(data["timings"]) >= {"projection", "pagerank", "betweenness", "community"}
    text = result.summary(top=5)
    lines = text.splitlines()
    assert lines[0].startswith("30 entities, 51 relations from 4 documents")
    assert any(line.split()[:2] == ["#", "entity"] for line in lines)
    assert "OpenAI" in text and "Communities" in text


def test_measures_subset(sample):
    r = analyze(sample, write_back=False, measures=["degree", "component"])
    assert set(r.entities[ID + "meta"]) == {"label", "kg_type", "degree", "component"}


def test_analyze_an_empty_store():
    from kg.rdf.store import open_store

    store = open_store(":memory:", base_iri=ID)
    result = analyze(store)
    assert result.nodes == 0 and not is_stale(store)
    assert "0 entities" in result.summary()


def test_numpy_floats_are_written_as_plain_doubles(sample):
    import numpy as np

    from kg.analytics import AnalyticsResult, fingerprint
    from kg.analytics.writeback import write_results

    write_results(sample, AnalyticsResult(entities={ID + "meta": {"pagerank": np.float64(0.25), "degree": np.int64(3)}},
                                          based_on=fingerprint(sample), computed_at="2026-01-01T00:00:00Z"))
    assert read_results(sample).entities[ID + "meta"]["pagerank"] == 0.25


def test_estimated_closeness_values_are_python_floats():
    import networkx as nx

    from kg.analytics.centrality import closeness

    values = closeness(nx.grid_2d_graph(40, 40), pivots=20)
    assert all(type(v) is float for v in values.values())
