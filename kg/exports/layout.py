"""Node positions for exports and pictures: a force-directed layout, cheap placement on big graphs.

Positions are (x, y, z) with z = 0: GEXF wants a z, Gephi and Gephi Lite draw in 2-D.
Entities without relations go on an outer ring.

>>> import networkx as nx
>>> pos = layout(nx.path_graph(3))
>>> len(pos), pos[0][2]
(3, 0.0)
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping
from typing import Any

import networkx as nx

from kg.analytics.engine import igraph_available, to_igraph, undirected

__all__ = ["LAYOUT_FORCE_MAX", "LAYOUT_STRESS_MAX", "layout"]

#: Up to this many nodes the layout is Kamada-Kawai (even spacing, few overlaps).
LAYOUT_STRESS_MAX = 300
#: Up to this many nodes the layout is force-directed (Fruchterman-Reingold, igraph's: 0.3 s
#: at 2 000 nodes, 1 s at 10 000); above, nodes are placed by community on a spiral, in
#: linear time, ready for ForceAtlas2 in Gephi.
LAYOUT_FORCE_MAX = 10_000


def layout(graph: nx.Graph, *, seed: int = 42, scale: float = 1000.0,
           community: Mapping[Any, int] | None = None) -> dict[Any, tuple[float, float, float]]:
    """Positions of every node, reproducible for a given seed.

    Parameters
    ----------
    graph : networkx.Graph
        Any graph; relations count as undirected springs weighted by evidence.
    seed : int
        Seed of the initial positions.
    scale : float
        Positions fall within [-scale, scale].
    community : mapping, optional
        Node to community index, used to group nodes on big graphs.

    Examples
    --------
    >>> pos = layout(nx.Graph([("a", "b")]), scale=1.0)
    >>> sorted(round(abs(pos["a"][0]), 1) for _ in [0])
    [1.0]
    """
    n = graph.number_of_nodes()
    if n == 0:
        return {}
    if n > LAYOUT_FORCE_MAX or (n > 1_000 and not igraph_available()):
        return _by_community(graph, community or {}, seed, scale)   # no need to merge edges
    g = undirected(graph)
    isolated = [v for v in g if g.degree(v) == 0]
    if isolated and len(isolated) < n:
        # isolated entities on an outer ring, so they neither sit on edges nor hide labels
        pos = layout(g.subgraph(v for v in g if g.degree(v) > 0), seed=seed, scale=scale, community=community)
        step = 2 * math.pi / len(isolated)
        pos.update({v: (1.15 * scale * math.cos(math.pi / 2 + i * step),
                        1.15 * scale * math.sin(math.pi / 2 + i * step), 0.0) for i, v in enumerate(isolated)})
        return pos
    if 2 < n <= LAYOUT_STRESS_MAX:
        start = nx.spring_layout(g, seed=seed, weight=None)
        pos = nx.rescale_layout_dict(nx.kamada_kawai_layout(g, pos=start, weight=None), scale=scale)
        return {v: (float(x), float(y), 0.0) for v, (x, y) in pos.items()}
    if n <= LAYOUT_FORCE_MAX and igraph_available():
        return _force_directed(g, seed, scale)
    if n <= min(LAYOUT_FORCE_MAX, 1_000):   # no igraph: networkx's spring layout, slow beyond 1 000 nodes
        pos = nx.rescale_layout_dict(nx.spring_layout(g, seed=seed, weight=None), scale=scale)
        return {v: (float(x), float(y), 0.0) for v, (x, y) in pos.items()}
    return _by_community(g, community or {}, seed, scale)


def _force_directed(g: nx.Graph, seed: int, scale: float) -> dict[Any, tuple[float, float, float]]:
    import igraph as ig

    ig_graph, order = to_igraph(g)
    ig.set_random_number_generator(random.Random(seed))
    try:
        coords = ig_graph.layout_fruchterman_reingold(niter=500, grid="auto").coords
    finally:
        ig.set_random_number_generator(random)
    pos = nx.rescale_layout_dict({v: tuple(c) for v, c in zip(order, coords, strict=True)}, scale=scale)
    return {v: (float(x), float(y), 0.0) for v, (x, y) in pos.items()}


def _by_community(g: nx.Graph, community: Mapping[Any, int], seed: int, scale: float) -> dict[Any, tuple[float, float, float]]:
    import numpy as np

    nodes = list(g)
    labels = np.array([community.get(v, -1) for v in nodes])
    kinds, inverse, counts = np.unique(labels, return_inverse=True, return_counts=True)
    rank = np.empty(len(kinds), dtype=int)
    rank[np.argsort(-counts, kind="stable")] = np.arange(len(kinds))   # 0 = the largest community
    # centres on a golden-angle spiral, the largest community in the middle
    r_centre = scale * 0.8 * np.sqrt(rank / max(len(kinds), 1))
    cx, cy = r_centre * np.cos(rank * 2.399963), r_centre * np.sin(rank * 2.399963)
    spread = scale * 0.8 * np.sqrt(counts / len(nodes))
    rng = np.random.default_rng(seed)
    angle = rng.uniform(0.0, 2 * math.pi, len(nodes))
    radius = spread[inverse] * np.sqrt(rng.random(len(nodes)))
    xs = cx[inverse] + radius * np.cos(angle)
    ys = cy[inverse] + radius * np.sin(angle)
    return {v: (float(x), float(y), 0.0) for v, x, y in zip(nodes, xs, ys, strict=True)}
