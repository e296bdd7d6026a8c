"""Each measure against small graphs with known answers, on both engines."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.analytics import centrality, communities, components, cores
from kg.analytics.engine import choose_engine, undirected
from kg.errors import InputError

ENGINES = ["networkx", "igraph"]


@pytest.mark.parametrize("engine", ENGINES)
def test_pagerank_of_a_cycle_is_uniform_and_of_a_star_favours_the_hub(engine):
    pr = centrality.pagerank(nx.cycle_graph(5), engine=engine)
    assert all(v == pytest.approx(0.2, abs=1e-6) for v in pr.values())
    star = centrality.pagerank(nx.star_graph(4), engine=engine)
    # hub: (1 - d)/n + d * sum of leaves' rank; closed form for a star with 4 leaves
    d, n = 0.85, 5
    hub = ((1 - d) / n + d * 4 * (1 - d) / n) / (1 - d**2)
    assert star[0] == pytest.approx(hub, abs=1e-6)
    assert sum(star.values()) == pytest.approx(1.0)


@pytest.mark.parametrize("engine", ENGINES)
def test_pagerank_uses_evidence_weights(engine):
    g = nx.MultiDiGraph()
    g.add_edge("a", "b", key="p", weight=1)
    g.add_edge("a", "c", key="p", weight=9)
    pr = centrality.pagerank(g, engine=engine)
    assert pr["c"] > pr["b"]


def test_degree_counts_parallel_relations():
    g = nx.MultiDiGraph([("z", "meta", "ceoOf"), ("z", "meta", "founderOf"), ("meta", "llama", "develops")])
    assert centrality.degree(g) == {"z": 2, "meta": 3, "llama": 1}


@pytest.mark.parametrize("engine", ENGINES)
def test_betweenness_known_values(engine):
    # path a-b-c-d: b and c each lie on 2 of the 3 pairs of other nodes
    assert centrality.betweenness(nx.path_graph(4), engine=engine) == pytest.approx(
        {0: 0.0, 1: 2 / 3, 2: 2 / 3, 3: 0.0})
    # a star's hub lies on every shortest path between leaves
    assert centrality.betweenness(nx.star_graph(5), engine=engine)[0] == pytest.approx(1.0)


@pytest.mark.parametrize("engine", ENGINES)
def test_betweenness_equals_networkx_exactly_on_karate(engine):
    g = nx.karate_club_graph()
    expected = nx.betweenness_centrality(g)
    assert centrality.betweenness(g, engine=engine) == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize("engine", ENGINES)
def test_sampled_betweenness_is_reproducible_and_close(engine):
    g = nx.connected_watts_strogatz_graph(400, 6, 0.1, seed=1)
    exact = nx.betweenness_centrality(g)
    a = centrality.betweenness(g, samples=100, seed=7, engine=engine)
    assert a == centrality.betweenness(g, samples=100, seed=7, engine=engine)
    top_exact = sorted(exact, key=exact.get, reverse=True)[:10]
    top_est = set(sorted(a, key=a.get, reverse=True)[:20])
    assert len(set(top_exact) & top_est) >= 7
    assert sum(a.values()) == pytest.approx(sum(exact.values()), rel=0.1)


def test_both_engines_sample_the_same_sources():
    g = nx.connected_watts_strogatz_graph(200, 4, 0.2, seed=3)
    a = centrality.betweenness(g, samples=30, engine="networkx")
    b = centrality.betweenness(g, samples=30, engine="igraph")
    assert a == pytest.approx(b, abs=1e-9)


@pytest.mark.parametrize("engine", ENGINES)
def test_closeness_known_values_and_disconnected_scaling(engine):
    assert centrality.closeness(nx.path_graph(3), engine=engine) == pytest.approx({0: 2 / 3, 1: 1.0, 2: 2 / 3})
    g = nx.disjoint_union(nx.path_graph(3), nx.path_graph(2))
    # Wasserman-Faust: the middle of a 3-path in a 5-node graph: (2/4) * (2/2)
    assert centrality.closeness(g, engine=engine) == pytest.approx(nx.closeness_centrality(g))
    assert centrality.closeness(g, engine=engine)[1] == pytest.approx(0.5)


def test_closeness_estimate_from_pivots_is_close():
    g = nx.disjoint_union(nx.grid_2d_graph(40, 40), nx.path_graph(4))
    exact = nx.closeness_centrality(g)
    for pivots, bound in ((60, 0.10), (200, 0.04)):   # a grid is a hard case: distances vary a lot
        est = centrality.closeness(g, pivots=pivots, seed=1)
        errors = sorted(abs(est[n] - exact[n]) / exact[n] for n in g if exact[n] > 0)
        assert errors[len(errors) // 2] < bound            # median relative error
    assert all(est[n] == pytest.approx(exact[n]) for n in list(g)[-4:])   # the small component: exact


@pytest.mark.parametrize("engine", ENGINES)
def test_louvain_finds_two_cliques_joined_by_a_bridge(engine):
    g = nx.barbell_graph(5, 0)
    found = communities.louvain(g, engine=engine)
    assert [sorted(c) for c in found] == [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]


@pytest.mark.parametrize("engine", ENGINES)
def test_louvain_is_reproducible(engine):
    g = nx.connected_caveman_graph(6, 6)
    runs = [communities.louvain(g, engine=engine) for _ in range(3)]
    assert runs[0] == runs[1] == runs[2]
    assert len(runs[0]) == 6


def test_communities_are_named_by_their_top_entities():
    g = nx.Graph()
    g.add_nodes_from([("m", {"label": "Meta"}), ("z", {"label": "Marta Keller"}),
                      ("l", {"label": "Llama 4"}), ("x", {"label": "Minor"})])
    names = communities.community_names(g, [{"m", "z", "l", "x"}], {"m": 0.4, "z": 0.3, "l": 0.2, "x": 0.1})
    assert names == ["Meta, Marta Keller, Llama 4"]


@pytest.mark.parametrize("engine", ENGINES)
def test_components_largest_first(engine):
    g = nx.MultiDiGraph([("a", "b"), ("c", "d"), ("d", "e"), ("f", "f")])
    assert components.components(g, engine=engine) == {"c": 0, "d": 0, "e": 0, "a": 1, "b": 1, "f": 2}


@pytest.mark.parametrize("engine", ENGINES)
def test_core_number_of_a_clique_with_a_tail(engine):
    g = nx.complete_graph(4)
    g.add_edges_from([(3, 4), (4, 5)])
    assert cores.core_number(g, engine=engine) == {0: 3, 1: 3, 2: 3, 3: 3, 4: 1, 5: 1}


def test_undirected_merges_reciprocal_and_parallel_relations():
    g = nx.MultiDiGraph()
    g.add_edge("a", "b", key="partnerOf", weight=2)
    g.add_edge("b", "a", key="partnerOf", weight=1)
    g.add_edge("a", "b", key="investsIn", weight=1)
    u = undirected(g)
    assert u["a"]["b"]["weight"] == 4.0 and u.number_of_edges() == 1


def test_engine_choice():
    assert choose_engine(nx.path_graph(10)) == "networkx"
    assert choose_engine(nx.path_graph(5000)) == "igraph" and choose_engine(nx.path_graph(199)) == "networkx"
    with pytest.raises(InputError):
        choose_engine(nx.path_graph(3), "graph-tool")


def test_empty_graphs():
    empty = nx.MultiDiGraph()
    assert centrality.pagerank(empty) == centrality.betweenness(empty) == centrality.closeness(empty) == {}
    assert communities.louvain(empty) == []
