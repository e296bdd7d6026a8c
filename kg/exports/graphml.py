"""GraphML that Gephi reads with labels and weights: keys named after what they hold.

networkx's ``write_graphml`` names its keys ``d0..dN``, which collide with the key ids
Gephi reads as labels; here each key's id is its attribute name (``label``, ``weight``,
``kg_type``...). Lists (aliases) are joined with ``|``.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_edge("a", "b", key="ceoOf", predicate="ceoOf", weight=3)
'ceoOf'
>>> back = nx.read_graphml(__import__("io").BytesIO(to_graphml(g)))
>>> list(back.edges(data="weight"))
[('a', 'b', 3.0)]
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape, quoteattr

import networkx as nx

from kg.exports.prepare import EDGE_ATTRIBUTES, NODE_ATTRIBUTES, xml_safe
from kg.exports.style import colour

__all__ = ["LIST_SEPARATOR", "to_graphml"]

LIST_SEPARATOR = "|"
_TYPES = {"string": "string", "liststring": "string", "integer": "int", "double": "double"}


def to_graphml(graph: nx.Graph) -> bytes:
    """The graph as GraphML (UTF-8 bytes), with named keys.

    Node keys: ``label``, ``color`` (``#rrggbb`` by type) and the
    :data:`~kg.exports.prepare.NODE_ATTRIBUTES`; edge keys: ``label`` (the predicate),
    ``weight`` (double) and the :data:`~kg.exports.prepare.EDGE_ATTRIBUTES`.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("https://e.org/meta", label="Meta", kg_type="Organization")
    >>> b'<data key="label">Meta</data>' in to_graphml(g)
    True
    """
    node_keys = [("label", "string"), ("color", "string")] + [(n, _TYPES[t]) for n, t in NODE_ATTRIBUTES]
    edge_keys = [("label", "string"), ("weight", "double")] + [(n, _TYPES[t]) for n, t in EDGE_ATTRIBUTES]
    # key ids must be unique across node and edge keys, so edge keys that share a name get a prefix
    edge_ids = {name: (f"edge_{name}" if name in dict(node_keys) else name) for name, _ in edge_keys}
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ]
    out += [f'  <key id="{n}" for="node" attr.name="{n}" attr.type="{t}"/>' for n, t in node_keys]
    out += [f'  <key id="{edge_ids[n]}" for="edge" attr.name="{n}" attr.type="{t}"/>' for n, t in edge_keys]
    out.append(f'  <graph id="kg" edgedefault="{"directed" if graph.is_directed() else "undirected"}">')
    for n, d in graph.nodes(data=True):
        values = {"label": d.get("label") or n, "color": colour(d.get("kg_type")), **d}
        out.append(f"    <node id={quoteattr(xml_safe(str(n)))}>")
        out += _data(values, [k for k, _ in node_keys], {k: k for k, _ in node_keys})
        out.append("    </node>")
    edges = (graph.edges(keys=True, data=True) if graph.is_multigraph()
             else ((u, v, None, d) for u, v, d in graph.edges(data=True)))
    for i, (u, v, key, d) in enumerate(edges):
        predicate = str(d.get("predicate") or key or "related")
        values = {**d, "label": predicate, "predicate": predicate, "weight": float(d.get("weight", 1.0))}
        out.append(f"    <edge id=\"e{i}\" source={quoteattr(xml_safe(str(u)))} target={quoteattr(xml_safe(str(v)))}>")
        out += _data(values, [k for k, _ in edge_keys], edge_ids)
        out.append("    </edge>")
    out += ["  </graph>", "</graphml>", ""]
    return "\n".join(out).encode("utf-8")


def _data(values: dict[str, Any], names: list[str], ids: dict[str, str]) -> list[str]:
    lines = []
    for name in names:
        value = values.get(name)
        if value is None or value == "":
            continue
        if isinstance(value, list | tuple | set):
            value = LIST_SEPARATOR.join(map(str, value))
        elif isinstance(value, float):
            value = repr(float(value))
        lines.append(f'      <data key="{ids[name]}">{escape(xml_safe(str(value)))}</data>')
    return lines
