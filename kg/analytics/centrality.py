"""Centrality of entities: degree, PageRank, betweenness (sampled on big graphs) and closeness.

Every function takes a networkx graph. PageRank, betweenness and closeness treat relations
as undirected (``ceoOf`` makes a CEO central as much as the company), PageRank weighted by
the number of evidence records; see :func:`kg.analytics.engine.undirected`.

>>> import networkx as nx
>>> round(pagerank(nx.star_graph(3))[0], 2)
0.48
"""

from __future__ import annotations

import random
from typing import Any

import networkx as nx

from kg.analytics.engine import choose_engine, to_igraph, undirected

__all__ = [
    "BETWEENNESS_EXACT_MAX", "BETWEENNESS_SAMPLES", "CLOSENESS_EXACT_MAX", "CLOSENESS_MIN_PIVOTS",
    "CLOSENESS_PIVOTS", "CLOSENESS_SMALL_COMPONENT",
    "betweenness", "closeness", "degree", "pagerank",
]

#: Betweenness is exact up to this many nodes, and estimated from sampled sources above.
BETWEENNESS_EXACT_MAX = 5_000
#: Number of sampled sources for the estimate (Brandes & Pich 2007).
BETWEENNESS_SAMPLES = 100
#: Closeness is exact up to this many nodes, and estimated from sampled pivots above.
CLOSENESS_EXACT_MAX = 5_000
#: Number of pivots for the estimate (Eppstein & Wang 2004), shared among big components by size.
CLOSENESS_PIVOTS = 64
#: Components up to this size get exact closeness even when the graph is big.
CLOSENESS_SMALL_COMPONENT = 1_000
#: Fewest pivots a big component gets.
CLOSENESS_MIN_PIVOTS = 16


def degree(graph: nx.Graph) -> dict[Any, int]:
    """Number of relations each node takes part in (parallel relations count one each).

    Examples
    --------
    >>> degree(nx.MultiDiGraph([("a", "b", "ceoOf"), ("a", "b", "founderOf")]))
    {'a': 2, 'b': 2}
    """
    return {n: int(d) for n, d in graph.degree()}


def pagerank(graph: nx.Graph, *, alpha: float = 0.85, engine: str = "auto") -> dict[Any, float]:
    """PageRank of each node on the undirected graph weighted by evidence; sums to 1.

    Parameters
    ----------
    graph : networkx.Graph
        Any graph; multigraphs and directed graphs are merged first.
    alpha : float
        Damping factor.
    engine : {"auto", "networkx", "igraph"}

    Examples
    --------
    >>> pr = pagerank(nx.path_graph(3))
    >>> round(pr[1], 3), round(sum(pr.values()), 6)
    (0.486, 1.0)
    """
    if graph.number_of_nodes() == 0:
        return {}
    if choose_engine(graph, engine) == "igraph":
        ig_graph, nodes = to_igraph(graph)
        values = ig_graph.pagerank(damping=alpha, weights="weight", directed=False)
        return dict(zip(nodes, values, strict=True))
    return nx.pagerank(undirected(graph), alpha=alpha, weight="weight", tol=1e-9, max_iter=1000)


def betweenness(graph: nx.Graph, *, samples: int | None = None, seed: int = 42,
                engine: str = "auto") -> dict[Any, float]:
    """Normalised shortest-path betweenness, exact on small graphs and sampled on big ones.

    Parameters
    ----------
    graph : networkx.Graph
        Any graph; relations are undirected and unweighted here (hops).
    samples : int, optional
        Number of source nodes to sample. By default all nodes up to
        :data:`BETWEENNESS_EXACT_MAX`, and :data:`BETWEENNESS_SAMPLES` above.
    seed : int
        Seed of the sample, so the estimate is reproducible.
    engine : {"auto", "networkx", "igraph"}

    Returns
    -------
    dict
        Node to betweenness in [0, 1] (fraction of shortest paths between other nodes
        passing through it).

    Examples
    --------
    >>> betweenness(nx.path_graph(3))
    {0: 0.0, 1: 1.0, 2: 0.0}
    """
    n = graph.number_of_nodes()
    if n == 0:
        return {}
    if samples is None:
        samples = n if n <= BETWEENNESS_EXACT_MAX else BETWEENNESS_SAMPLES
    samples = min(samples, n)
    nodes = list(graph)
    sources = nodes if samples >= n else random.Random(seed).sample(nodes, samples)
    if choose_engine(graph, engine) == "igraph":
        ig_graph, order = to_igraph(graph)
        index = {v: i for i, v in enumerate(order)}
        raw = (ig_graph.betweenness(directed=False) if samples >= n else
               ig_graph.betweenness(directed=False, sources=[index[s] for s in sources]))
        pairs = dict(zip(order, raw, strict=True))
    elif samples >= n:
        pairs = nx.betweenness_centrality(undirected(graph), normalized=False)
    else:
        pairs = nx.betweenness_centrality_subset(undirected(graph), sources, nodes, normalized=False)
    # pairs counts each unordered pair once (from all sources) or its share (from a sample)
    scale = (n / samples) * (2.0 / ((n - 1) * (n - 2)) if n > 2 else 0.0)
    return {v: pairs[v] * scale for v in nodes}


def closeness(graph: nx.Graph, *, pivots: int | None = None, seed: int = 42,
              engine: str = "auto") -> dict[Any, float]:
    """Closeness in hops, scaled for disconnected graphs (Wasserman and Faust).

    ``(r - 1) / (n - 1) * (r - 1) / sum_of_distances`` where ``r`` is the size of the
    node's component, as networkx's ``closeness_centrality``. Above
    :data:`CLOSENESS_EXACT_MAX` nodes the mean distance is estimated from ``pivots``
    sampled nodes of the same component (Eppstein and Wang); components of up to
    :data:`CLOSENESS_SMALL_COMPONENT` nodes stay exact.

    Examples
    --------
    >>> closeness(nx.path_graph(3))
    {0: 0.6666666666666666, 1: 1.0, 2: 0.6666666666666666}
    """
    n = graph.number_of_nodes()
    if n == 0:
        return {}
    if n == 1:
        return dict.fromkeys(graph, 0.0)
    if pivots is None:
        pivots = n if n <= CLOSENESS_EXACT_MAX else CLOSENESS_PIVOTS
    if pivots >= n:
        if choose_engine(graph, engine) == "igraph":
            ig_graph, order = to_igraph(graph)
            sizes = ig_graph.connected_components().membership
            comp = _component_sizes(sizes)
            values = ig_graph.closeness(normalized=True)
            return {v: (0.0 if c != c else c * (comp[sizes[i]] - 1) / (n - 1))
                    for i, (v, c) in enumerate(zip(order, values, strict=True))}
        return nx.closeness_centrality(undirected(graph), wf_improved=True)
    return _closeness_estimate(graph, pivots, seed)


def _component_sizes(membership: list[int]) -> dict[int, int]:
    out: dict[int, int] = {}
    for m in membership:
        out[m] = out.get(m, 0) + 1
    return out


def _closeness_estimate(graph: nx.Graph, pivots: int, seed: int) -> dict[Any, float]:
    """Eppstein-Wang: mean distance to sampled pivots of the same component; small components exact."""
    import numpy as np

    ig_graph, order = to_igraph(graph)
    n = len(order)
    membership = ig_graph.connected_components().membership
    sizes = _component_sizes(membership)
    small = [i for i in range(n) if sizes[membership[i]] <= CLOSENESS_SMALL_COMPONENT]
    large_total = n - len(small)
    rng = random.Random(seed)
    by_component: dict[int, list[int]] = {}
    for i in range(n):
        if sizes[membership[i]] > CLOSENESS_SMALL_COMPONENT:
            by_component.setdefault(membership[i], []).append(i)
    chosen: list[int] = []
    for c in sorted(by_component):   # pivots shared by size, at least CLOSENESS_MIN_PIVOTS each
        members = by_component[c]
        k = min(len(members), max(CLOSENESS_MIN_PIVOTS, round(pivots * len(members) / large_total)))
        chosen += rng.sample(members, k)
    out: dict[Any, float] = {}
    if chosen:
        dist = np.array(ig_graph.distances(source=chosen), dtype=float)   # pivots x n, inf when unreachable
        finite = np.isfinite(dist) & (dist > 0)
        counts = finite.sum(axis=0)
        sums = np.where(finite, dist, 0.0).sum(axis=0)
        for i in (i for members in by_component.values() for i in members):
            r = sizes[membership[i]]
            out[order[i]] = float((r - 1) / (n - 1) * counts[i] / sums[i]) if sums[i] > 0 else 0.0
    if small:
        values = ig_graph.closeness(vertices=small, normalized=True)
        for i, c in zip(small, values, strict=True):
            r = sizes[membership[i]]
            out[order[i]] = 0.0 if c != c or r <= 1 else c * (r - 1) / (n - 1)
    return out
