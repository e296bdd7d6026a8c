"""Shortest paths between two entities, with the relations they follow.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_edge("z", "meta", key="ceoOf", predicate="ceoOf")
'ceoOf'
>>> g.add_edge("meta", "llama", key="develops", predicate="develops")
'develops'
>>> [(s["source"], s["predicate"], s["target"]) for s in shortest_path(g, "z", "llama")]
[('z', 'ceoOf', 'meta'), ('meta', 'develops', 'llama')]
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from kg.analytics.projection import resolve_entity
from kg.errors import NotFoundError

__all__ = ["shortest_path"]


def shortest_path(graph: nx.MultiDiGraph, source: str, target: str) -> list[dict[str, Any]]:
    """The steps of a shortest path (fewest relations, either direction) from source to target.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A projection (see :func:`kg.analytics.project`).
    source, target : str
        Entity IRIs, slugs, labels or aliases.

    Returns
    -------
    list of dict
        One step per relation: ``source`` and ``target`` as stated in the relation
        (so a step may run against the path's direction), ``predicate``, ``weight``.
        Empty when source and target are the same entity.

    Raises
    ------
    NotFoundError
        An unknown entity, or no path between the two.

    Examples
    --------
    >>> shortest_path(nx.MultiDiGraph([("a", "b")]), "b", "a")[0]["source"]
    'a'
    """
    s, t = resolve_entity(graph, source), resolve_entity(graph, target)
    try:
        hops = nx.shortest_path(graph.to_undirected(as_view=True), s, t)
    except nx.NetworkXNoPath:
        raise NotFoundError(f"no path between {source!r} and {target!r}") from None
    steps = []
    for u, v in zip(hops, hops[1:], strict=False):
        # prefer the best-evidenced relation between u and v, in either direction
        options = [(u, v, k, d) for k, d in graph.get_edge_data(u, v, default={}).items()]
        options += [(v, u, k, d) for k, d in graph.get_edge_data(v, u, default={}).items()]
        a, b, k, d = max(options, key=lambda o: (o[3].get("weight", 1), o[0] == u, str(o[2])))
        steps.append({"source": a, "predicate": d.get("predicate", k), "target": b, "weight": d.get("weight", 1)})
    return steps
