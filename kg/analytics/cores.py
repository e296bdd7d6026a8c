"""k-cores: how deep in the dense heart of the graph each entity sits.

>>> import networkx as nx
>>> core_number(nx.Graph([(1, 2), (2, 3), (3, 1), (3, 4)]))
{1: 2, 2: 2, 3: 2, 4: 1}
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from kg.analytics.engine import choose_engine, to_igraph, undirected

__all__ = ["core_number"]


def core_number(graph: nx.Graph, *, engine: str = "auto") -> dict[Any, int]:
    """The largest k such that the node is in the k-core (every member has >= k neighbours).

    Parameters
    ----------
    graph : networkx.Graph
        Any graph; parallel relations and directions are merged, self-loops dropped.
    engine : {"auto", "networkx", "igraph"}

    Examples
    --------
    >>> core_number(nx.path_graph(3), engine="igraph")
    {0: 1, 1: 1, 2: 1}
    """
    if choose_engine(graph, engine) == "igraph":
        ig_graph, order = to_igraph(graph)
        return dict(zip(order, (int(c) for c in ig_graph.coreness()), strict=True))
    return nx.core_number(undirected(graph))
