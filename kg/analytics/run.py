"""One analysis run: project the store, compute every measure, write the results back.

>>> from kg.analytics.sample import sample_store
>>> store = sample_store()
>>> from kg.analytics.writeback import is_stale
>>> result = analyze(store)
>>> result.top(1)[0]["label"], is_stale(store)
('OpenAI', False)
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any

import networkx as nx

from kg.analytics import centrality, communities, components, cores
from kg.analytics.engine import choose_engine, gc_paused, to_igraph, undirected
from kg.analytics.projection import GraphFilter, project
from kg.analytics.result import MEASURES, AnalyticsResult
from kg.analytics.writeback import fingerprint, now, write_results
from kg.errors import InputError
from kg.rdf.store import KGStore

__all__ = ["analyze", "compute"]


def analyze(store: KGStore, *, write_back: bool = True, filters: GraphFilter | None = None,
            measures: Iterable[str] | None = None, engine: str = "auto") -> AnalyticsResult:
    """Analyse the entity graph of ``store`` and (by default) store the results as triples.

    Parameters
    ----------
    store : KGStore
        The store to analyse.
    write_back : bool
        Replace the analytics graph ``{base}graph/analytics`` with the results, in one
        transaction. Only results of the whole graph are written: those of a filtered
        graph are returned, never stored, so they cannot replace the whole graph's.
    filters : GraphFilter, optional
        Analyse only part of the graph.
    measures : iterable of str, optional
        A subset of :data:`~kg.analytics.result.MEASURES`; all by default.
    engine : {"auto", "networkx", "igraph"}
        See :mod:`kg.analytics.engine`.

    Returns
    -------
    AnalyticsResult

    Examples
    --------
    >>> from kg.analytics.sample import sample_store
    >>> store = sample_store()
    >>> r = analyze(store, write_back=False, measures=["degree"])
    >>> r.nodes, r.edges, r.entities[store.base_iri + "meta"]["degree"]
    (30, 51, 8)
    """
    started = time.perf_counter()
    graph = project(store, filters)
    projected = time.perf_counter() - started
    with gc_paused():
        result = compute(graph, measures=measures, engine=engine, community_base=store.base_iri + "community/")
    result.timings = {"projection": projected, **result.timings}
    result.documents = len(store.document_iris())
    result.based_on = fingerprint(store)
    result.filters = (filters or GraphFilter()).to_json()
    if write_back and not result.filters:
        t = time.perf_counter()
        with gc_paused():
            write_results(store, result)
        result.timings["write_back"] = time.perf_counter() - t
    return result


def compute(graph: nx.Graph, *, measures: Iterable[str] | None = None, engine: str = "auto",
            community_base: str = "urn:kg:community:") -> AnalyticsResult:
    """Compute measures of a projected graph, without a store.

    Examples
    --------
    >>> g = nx.MultiDiGraph([("a", "b", "ceoOf"), ("c", "b", "worksFor")])
    >>> r = compute(g, measures=["degree", "betweenness"])
    >>> r.entities["b"]["betweenness"], r.entities["b"]["degree"]
    (1.0, 2)
    """
    wanted = list(MEASURES if measures is None else measures)
    unknown = set(wanted) - set(MEASURES)
    if unknown:
        raise InputError(f"unknown measures {sorted(unknown)}", hint=f"expected some of {', '.join(MEASURES)}")
    result = AnalyticsResult(nodes=graph.number_of_nodes(), edges=graph.number_of_edges(), computed_at=now())
    result.entities = {n: {"label": d.get("label", str(n)), "kg_type": d.get("kg_type", "")}
                       for n, d in graph.nodes(data=True)}
    chosen = choose_engine(graph, engine)
    n = graph.number_of_nodes()
    t = time.perf_counter()
    # one undirected weighted graph shared by every measure: networkx's, or igraph's (cached)
    simple = undirected(graph) if chosen == "networkx" else graph
    if chosen == "igraph":
        to_igraph(graph)
    result.timings["undirected"] = time.perf_counter() - t

    def measure(name: str, fn: Callable[[], dict[Any, Any]], eng: str = chosen) -> dict[Any, Any]:
        t0 = time.perf_counter()
        values = fn()
        result.timings[name] = time.perf_counter() - t0
        result.engines[name] = eng
        for node, value in values.items():
            result.entities[node][name] = value
        return values

    if "degree" in wanted:
        measure("degree", lambda: centrality.degree(graph), "networkx")
    need_pr = "pagerank" in wanted or "community" in wanted
    pr = measure("pagerank", lambda: centrality.pagerank(simple, engine=chosen)) if need_pr else {}
    if "betweenness" in wanted:
        samples = None if n <= centrality.BETWEENNESS_EXACT_MAX else centrality.BETWEENNESS_SAMPLES
        measure("betweenness", lambda: centrality.betweenness(simple, samples=samples, engine=chosen))
        result.sampling["betweenness"] = samples
    if "closeness" in wanted:
        pivots = None if n <= centrality.CLOSENESS_EXACT_MAX else centrality.CLOSENESS_PIVOTS
        measure("closeness", lambda: centrality.closeness(simple, pivots=pivots, engine=chosen),
                "igraph" if pivots else chosen)
        result.sampling["closeness"] = pivots
    if "component" in wanted:
        comp = measure("component", lambda: components.components(simple, engine=chosen))
        result.components = len(set(comp.values()))
    if "core_number" in wanted:
        measure("core_number", lambda: cores.core_number(simple, engine=chosen))
    if "community" in wanted:
        found: list[set[Any]] = []

        def run_louvain() -> dict[Any, int]:
            found.extend(communities.louvain(simple, engine=chosen))
            return communities.membership(found)

        measure("community", run_louvain)
        names = communities.community_names(graph, found, pr)
        result.communities = [{"index": i, "iri": f"{community_base}{i}", "label": name, "size": len(c)}
                              for i, (c, name) in enumerate(zip(found, names, strict=True))]
    if "pagerank" not in wanted:
        for values in result.entities.values():
            values.pop("pagerank", None)
        result.timings.pop("pagerank", None)
        result.engines.pop("pagerank", None)
    return result

