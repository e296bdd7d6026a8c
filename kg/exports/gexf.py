"""GEXF 1.3 for Gephi and Gephi Lite, valid against the official schema.

Written by hand rather than with ``networkx.write_gexf``, which fails the schema (an empty
graph name, a wrong xsi namespace, ``z="None"``, numpy integers typed ``int``). Node
colours are opaque hex by entity type, sizes come from PageRank, positions from
:func:`kg.exports.layout.layout`; edges carry ``label`` and ``kind`` = the predicate, so
parallel relations stay apart, and weights are doubles. No attribute is named ``type``,
``x``, ``y``, ``size``, ``color`` or ``label`` (graphology-gexf and Gephi Lite choke on them).

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("https://e.org/meta", label="Meta", kg_type="Organization", aliases=["Facebook"])
>>> text = to_gexf(g).decode()
>>> '<viz:color hex="#4e79a7"/>' in text, '["Facebook"]' in text
(True, True)
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import networkx as nx

from kg.exports.layout import layout
from kg.exports.prepare import EDGE_ATTRIBUTES, NODE_ATTRIBUTES, xml_safe
from kg.exports.style import colour, node_sizes

__all__ = ["FORBIDDEN_ATTRIBUTES", "GEXF_NS", "to_gexf"]

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
#: Attribute ids and titles that break Gephi Lite or graphology-gexf, or shadow viz data.
FORBIDDEN_ATTRIBUTES = frozenset({"type", "x", "y", "z", "size", "color", "label"})


def to_gexf(graph: nx.Graph, *, positions: dict[Any, tuple[float, float, float]] | None = None,
            description: str = "kg-builder knowledge graph") -> bytes:
    """The graph as a GEXF 1.3 document (UTF-8 bytes).

    Parameters
    ----------
    graph : networkx.Graph
        Usually :func:`kg.exports.prepare.export_graph`'s result; nodes may carry
        ``label``, ``kg_type``, ``pagerank``, ``community`` and the other
        :data:`~kg.exports.prepare.NODE_ATTRIBUTES`, edges ``predicate`` and ``weight``.
    positions : dict, optional
        Node to (x, y, z); computed with :func:`~kg.exports.layout.layout` when omitted.
    description : str
        Text of ``<meta><description>``.

    Returns
    -------
    bytes

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("a", "b", key="ceoOf", predicate="ceoOf", weight=2)
    'ceoOf'
    >>> b'kind="ceoOf" weight="2.0"' in to_gexf(g)
    True
    """
    bad = {a for a, _ in NODE_ATTRIBUTES + EDGE_ATTRIBUTES} & FORBIDDEN_ATTRIBUTES
    assert not bad, bad   # a guard for whoever extends the attribute lists
    if positions is None:
        positions = layout(graph, community={n: d.get("community", -1) for n, d in graph.nodes(data=True)})
    sizes = node_sizes({n: float(d.get("pagerank") or 0.0) for n, d in graph.nodes(data=True)})
    today = dt.date.today().isoformat()
    out: list[str] = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        # no xsi:schemaLocation: the official RELAX NG schema does not allow it
        f'<gexf xmlns="{GEXF_NS}" xmlns:viz="{VIZ_NS}" version="1.3">',
        f'  <meta lastmodifieddate="{today}">',
        "    <creator>kg-builder</creator>",
        f"    <description>{escape(_clean(description))}</description>",
        "  </meta>",
        f'  <graph defaultedgetype="{"directed" if graph.is_directed() else "undirected"}" idtype="string">',
    ]
    out += _declarations("node", NODE_ATTRIBUTES)
    out += _declarations("edge", EDGE_ATTRIBUTES)
    out.append(f'    <nodes count="{graph.number_of_nodes()}">')
    for n, d in graph.nodes(data=True):
        label = _token(d.get("label") or n)
        x, y, z = positions.get(n, (0.0, 0.0, 0.0))
        out.append(f"      <node id={quoteattr(_clean(str(n)))} label={quoteattr(label)}>")
        out += _attvalues(d, NODE_ATTRIBUTES, "        ")
        out.append(f'        <viz:color hex="{colour(d.get("kg_type"))}"/>')
        out.append(f'        <viz:position x="{_num(x)}" y="{_num(y)}" z="{_num(z)}"/>')
        out.append(f'        <viz:size value="{_num(sizes[n])}"/>')
        out.append("      </node>")
    out.append("    </nodes>")
    out.append(f'    <edges count="{graph.number_of_edges()}">')
    edges: Iterable[tuple[Any, Any, Any, dict[str, Any]]] = (
        graph.edges(keys=True, data=True) if graph.is_multigraph()
        else ((u, v, None, d) for u, v, d in graph.edges(data=True)))
    for i, (u, v, key, d) in enumerate(edges):
        predicate = str(d.get("predicate") or key or "related")
        data = {**d, "predicate": predicate}
        out.append(f"      <edge id=\"e{i}\" source={quoteattr(_clean(str(u)))} target={quoteattr(_clean(str(v)))} "
                   f"label={quoteattr(_token(predicate))} kind={quoteattr(_token(predicate))} "
                   f'weight="{_num(float(d.get("weight", 1.0)))}">')
        out += _attvalues(data, EDGE_ATTRIBUTES, "        ")
        out.append("      </edge>")
    out += ["    </edges>", "  </graph>", "</gexf>", ""]
    return "\n".join(out).encode("utf-8")


def _declarations(cls: str, attributes: tuple[tuple[str, str], ...]) -> list[str]:
    lines = [f'    <attributes class="{cls}" mode="static">']
    lines += [f'      <attribute id="{name}" title="{name}" type="{kind}"/>' for name, kind in attributes]
    lines.append("    </attributes>")
    return lines


def _attvalues(data: dict[str, Any], attributes: tuple[tuple[str, str], ...], indent: str) -> list[str]:
    values = []
    for name, kind in attributes:
        value = data.get(name)
        if value is None or (kind != "liststring" and value == ""):
            continue
        values.append(f"{indent}  <attvalue for=\"{name}\" value={quoteattr(_value(value, kind))}/>")
    if not values:
        return []
    return [f"{indent}<attvalues>", *values, f"{indent}</attvalues>"]


def _value(value: Any, kind: str) -> str:
    if kind == "liststring":
        # GEXF 1.3 list syntax: [a, b] with double-quoted items, so a comma inside an alias stays in it
        items = value if isinstance(value, list | tuple | set) else [value]
        quoted = ('"' + _clean(str(x)).replace("\\", "\\\\").replace('"', '\\"') + '"' for x in items)
        return "[" + ", ".join(quoted) + "]"
    if kind == "double":
        return _num(float(value))
    if kind in ("integer", "long"):
        return str(int(value))
    return _clean(str(value))


def _num(x: float) -> str:
    """A float in xsd:double / xsd:float syntax (no NaN or infinity: they would mean nothing here)."""
    x = float(x)
    return repr(x if math.isfinite(x) else 0.0)


def _clean(text: str) -> str:
    return xml_safe(text)


def _token(text: Any) -> str:
    """xsd:token: no line breaks or tabs, no leading, trailing or doubled spaces."""
    return " ".join(_clean(str(text)).split())
