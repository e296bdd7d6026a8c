"""JSON node-link for web clients (d3, sigma.js, ``networkx.node_link_graph``).

>>> import networkx as nx, json
>>> data = json.loads(to_node_link(nx.MultiDiGraph([("a", "b", "ceoOf")])))
>>> data["links"][0]["key"], data["multigraph"]
('ceoOf', True)
"""

from __future__ import annotations

import json
from typing import Any

import networkx as nx

from kg.exports.style import colour

__all__ = ["to_node_link"]


def to_node_link(graph: nx.Graph) -> bytes:
    """The graph as node-link JSON: ``nodes`` (``id`` plus attributes, ``color`` by type) and ``links``.

    The shape is networkx's ``node_link_data(G, edges="links")``, so
    ``nx.node_link_graph(data, edges="links")`` reads it back.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a", label="A", kg_type="Person")
    >>> json.loads(to_node_link(g))["nodes"][0]["color"]
    '#e15759'
    """
    data = nx.node_link_data(graph, edges="links")
    for node in data["nodes"]:
        node.setdefault("color", colour(node.get("kg_type")))
    return json.dumps(data, ensure_ascii=False, default=_plain).encode("utf-8")


def _plain(value: Any) -> Any:
    if isinstance(value, set | frozenset | tuple):
        return sorted(value, key=str)
    if hasattr(value, "item"):   # numpy scalars
        return value.item()
    return str(value)
