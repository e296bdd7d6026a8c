"""Connected components of the entity graph, ignoring the direction of relations.

>>> import networkx as nx
>>> sorted(components(nx.Graph([("a", "b"), ("c", "d"), ("d", "e")])).items())
[('a', 1), ('b', 1), ('c', 0), ('d', 0), ('e', 0)]
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from kg.analytics.engine import choose_engine, to_igraph, undirected

__all__ = ["components"]


def components(graph: nx.Graph, *, engine: str = "auto") -> dict[Any, int]:
    """Node to the index of its connected component, the largest component first.

    Parameters
    ----------
    graph : networkx.Graph
        Any graph; directions are ignored (weakly connected components).
    engine : {"auto", "networkx", "igraph"}

    Returns
    -------
    dict
        Components numbered from 0 by decreasing size, ties broken by their smallest node.

    Examples
    --------
    >>> components(nx.DiGraph([(1, 2)]), engine="igraph")
    {1: 0, 2: 0}
    """
    if choose_engine(graph, engine) == "igraph":
        ig_graph, order = to_igraph(graph)
        found = [[order[i] for i in part] for part in ig_graph.connected_components()]
    else:
        found = [list(c) for c in nx.connected_components(undirected(graph))]
    found.sort(key=lambda c: (-len(c), min(map(str, c))))
    return {n: i for i, c in enumerate(found) for n in c}
