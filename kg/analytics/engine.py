"""The engine behind each analytic (networkx or igraph), and the graphs they run on.

networkx is the API: every analytic takes and returns networkx objects. Above
:data:`IGRAPH_MIN_NODES` nodes the slow ones run on igraph instead (same results up to
floating-point noise; Louvain may split ties differently), a choice made by measurement
(``bench/bench_analytics.py``, ``docs/analytics.md``).

>>> g = undirected(nx.MultiDiGraph([("a", "b"), ("b", "a"), ("b", "c")]))
>>> sorted(g.edges(data="weight"))
[('a', 'b', 2.0), ('b', 'c', 1.0)]
>>> choose_engine(g, "auto")
'networkx'
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import networkx as nx

from kg.errors import InputError

__all__ = ["ENGINES", "IGRAPH_MIN_NODES", "choose_engine", "gc_paused", "igraph_available", "to_igraph", "undirected"]

ENGINES = ("auto", "networkx", "igraph")
#: From this many nodes on, "auto" picks igraph. Measured (bench, docs/analytics.md): all seven
#: measures take 0.25 s with networkx and 0.02 s with igraph at 300 nodes, 3.3 s and 0.1 s at
#: 1 000; below a couple of hundred nodes both are instant, and networkx keeps small graphs
#: (the seed graph, the doctests) free of the igraph dependency.
IGRAPH_MIN_NODES = 200

_CACHE: weakref.WeakKeyDictionary[nx.Graph, tuple[tuple[int, int], Any, list[Any]]] = weakref.WeakKeyDictionary()


def choose_engine(graph: nx.Graph, engine: str = "auto") -> str:
    """``"networkx"`` or ``"igraph"`` for ``graph``, resolving ``"auto"`` by its size.

    Examples
    --------
    >>> choose_engine(nx.path_graph(3), "igraph")
    'igraph'
    """
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r}", hint=f"expected one of {', '.join(ENGINES)}")
    if engine == "auto":
        return "igraph" if graph.number_of_nodes() >= IGRAPH_MIN_NODES and igraph_available() else "networkx"
    if engine == "igraph" and not igraph_available():
        raise InputError("the igraph engine needs the python-igraph package", hint="pip install igraph")
    return engine


def undirected(graph: nx.Graph) -> nx.Graph:
    """A simple undirected graph: parallel and reciprocal relations merged, weights summed.

    Self-loops are dropped; node attributes are kept. A simple undirected graph is
    returned as it is.

    Examples
    --------
    >>> undirected(nx.MultiDiGraph([("a", "a")])).number_of_edges()
    0
    """
    if not graph.is_directed() and not graph.is_multigraph():
        return graph
    weights: dict[tuple[Any, Any], float] = {}
    index = {n: i for i, n in enumerate(graph)}
    for u, v, w in graph.edges(data="weight", default=1):
        if u == v:
            continue
        k = (u, v) if index[u] < index[v] else (v, u)
        weights[k] = weights.get(k, 0.0) + float(w)
    out = nx.Graph()
    out.add_nodes_from(graph.nodes(data=True))
    out.add_weighted_edges_from((u, v, w) for (u, v), w in weights.items())
    return out


def to_igraph(graph: nx.Graph) -> tuple[Any, list[Any]]:
    """``graph`` as a simple undirected igraph Graph with a ``weight`` edge attribute, and its node order.

    Multigraphs and directed graphs are merged as by :func:`undirected` (weights summed,
    self-loops dropped), in igraph, without building the networkx graph first. The
    conversion is cached per graph object while its size does not change.

    Examples
    --------
    >>> g, nodes = to_igraph(nx.MultiDiGraph([("a", "b"), ("b", "a"), ("b", "c"), ("c", "c")]))
    >>> g.vcount(), g.ecount(), nodes, g.es["weight"]
    (3, 2, ['a', 'b', 'c'], [2.0, 1.0])
    """
    import igraph as ig

    size = (graph.number_of_nodes(), graph.number_of_edges())
    hit = _CACHE.get(graph)
    if hit is not None and hit[0] == size:
        return hit[1], hit[2]
    nodes = list(graph)
    index = {n: i for i, n in enumerate(nodes)}
    edges, weights = [], []
    for u, v, w in graph.edges(data="weight", default=1.0):
        edges.append((index[u], index[v]))
        weights.append(float(w))
    g = ig.Graph(n=len(nodes), edges=edges, directed=False)
    g.es["weight"] = weights
    if graph.is_multigraph() or graph.is_directed() or any(u == v for u, v in edges):
        g.simplify(multiple=True, loops=True, combine_edges={"weight": "sum"})
    _CACHE[graph] = (size, g, nodes)
    return g, nodes


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block.

    Building or walking a graph of a million edges allocates millions of small acyclic
    objects; each full collection then walks all of them. Pausing it made projection and
    analysis of the 1M-relation benchmark graph about 40 % faster.

    Examples
    --------
    >>> with gc_paused():
    ...     gc.isenabled()
    False
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def igraph_available() -> bool:
    """Whether python-igraph can be imported (it is optional: networkx alone works, slower).

    Examples
    --------
    >>> isinstance(igraph_available(), bool)
    True
    """
    try:
        import igraph  # noqa: F401
    except ImportError:
        return False
    return True
