"""Communities of entities: Louvain with a fixed seed, each community named by its top entities.

>>> import networkx as nx
>>> g = nx.barbell_graph(4, 0)
>>> [sorted(c) for c in louvain(g)]
[[0, 1, 2, 3], [4, 5, 6, 7]]
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import Any

import networkx as nx

from kg.analytics.engine import choose_engine, to_igraph, undirected

__all__ = ["LOUVAIN_SEED", "community_names", "louvain", "membership"]

#: Seed of Louvain's random order, so the same graph gives the same communities.
LOUVAIN_SEED = 42


def louvain(graph: nx.Graph, *, resolution: float = 1.0, seed: int = LOUVAIN_SEED,
            engine: str = "auto") -> list[set[Any]]:
    """Louvain communities of the undirected graph weighted by evidence.

    Parameters
    ----------
    graph : networkx.Graph
        Any graph; multigraphs and directed graphs are merged first.
    resolution : float
        Above 1 favours smaller communities, below 1 larger ones.
    seed : int
        Seed of the node order, for reproducible results.
    engine : {"auto", "networkx", "igraph"}

    Returns
    -------
    list of set
        Communities, largest first (ties broken by their smallest node).

    Examples
    --------
    >>> len(louvain(nx.empty_graph(3)))
    3
    """
    if graph.number_of_nodes() == 0:
        return []
    if choose_engine(graph, engine) == "igraph":
        import igraph as ig

        ig_graph, order = to_igraph(graph)
        ig.set_random_number_generator(random.Random(seed))
        try:
            parts = ig_graph.community_multilevel(weights="weight", resolution=resolution)
        finally:
            ig.set_random_number_generator(random)
        found = [{order[i] for i in part} for part in parts]
    else:
        found = nx.community.louvain_communities(undirected(graph), weight="weight", resolution=resolution, seed=seed)
    return sorted(found, key=lambda c: (-len(c), min(map(str, c))))


def membership(communities: list[set[Any]]) -> dict[Any, int]:
    """Node to the index of its community.

    Examples
    --------
    >>> membership([{"a", "b"}, {"c"}])["c"]
    1
    """
    return {n: i for i, c in enumerate(communities) for n in c}


def community_names(graph: nx.Graph, communities: list[set[Any]], score: Mapping[Any, float],
                    *, top: int = 3) -> list[str]:
    """A name for each community: the labels of its ``top`` best-scored entities.

    Examples
    --------
    >>> g = nx.Graph()
    >>> g.add_nodes_from([("m", {"label": "Meta"}), ("z", {"label": "Marta Keller"}), ("l", {"label": "Llama"})])
    >>> community_names(g, [{"m", "z", "l"}], {"m": 0.5, "z": 0.3, "l": 0.2}, top=2)
    ['Meta, Marta Keller']
    """
    names = []
    for c in communities:
        best = sorted(c, key=lambda n: (-score.get(n, 0.0), str(n)))[:top]
        names.append(", ".join(str(graph.nodes[n].get("label", n)) for n in best))
    return names
