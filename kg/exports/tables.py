"""CSV node and edge tables in Gephi's spreadsheet format (Data Laboratory, Import spreadsheet).

Nodes: ``Id,Label,...``; edges: ``Source,Target,Type,Label,Weight,...``. Lists (aliases)
are joined with ``|``.

>>> import networkx as nx
>>> nodes, edges = to_csv_tables(nx.MultiDiGraph([("a", "b", "ceoOf")]))
>>> edges.splitlines()[0]
'Source,Target,Type,Label,Weight,Kind,documents,first_date,last_date'
"""

from __future__ import annotations

import csv
import io
import zipfile
from typing import Any

import networkx as nx

from kg.exports.prepare import EDGE_ATTRIBUTES, NODE_ATTRIBUTES
from kg.exports.style import colour

__all__ = ["EDGE_COLUMNS", "NODE_COLUMNS", "to_csv_tables", "to_csv_zip"]

NODE_COLUMNS = ("Id", "Label", "color", *(n for n, _ in NODE_ATTRIBUTES))
EDGE_COLUMNS = ("Source", "Target", "Type", "Label", "Weight", "Kind",
                *(n for n, _ in EDGE_ATTRIBUTES if n != "predicate"))


def to_csv_tables(graph: nx.Graph) -> tuple[str, str]:
    """The node table and the edge table as CSV text.

    Returns
    -------
    (str, str)
        ``nodes.csv`` and ``edges.csv``; ``Type`` is ``Directed`` or ``Undirected``,
        ``Label`` and ``Kind`` are the predicate.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("https://e.org/meta", label="Meta", aliases=["Facebook", "Meta Platforms, Inc."])
    >>> to_csv_tables(g)[0].splitlines()[1]
    'https://e.org/meta,Meta,#9c9c9c,,,,,,"Facebook|Meta Platforms, Inc.",'
    """
    nodes, edges = io.StringIO(), io.StringIO()
    w = csv.writer(nodes, lineterminator="\n")
    w.writerow(NODE_COLUMNS)
    for n, d in graph.nodes(data=True):
        row = {"Id": n, "Label": d.get("label") or n, "color": colour(d.get("kg_type")), **d}
        w.writerow([_cell(row.get(c)) for c in NODE_COLUMNS])
    w = csv.writer(edges, lineterminator="\n")
    w.writerow(EDGE_COLUMNS)
    kind = "Directed" if graph.is_directed() else "Undirected"
    rows = (graph.edges(keys=True, data=True) if graph.is_multigraph()
            else ((u, v, None, d) for u, v, d in graph.edges(data=True)))
    for u, v, key, d in rows:
        predicate = str(d.get("predicate") or key or "related")
        row = {**d, "Source": u, "Target": v, "Type": kind, "Label": predicate, "Kind": predicate,
               "Weight": float(d.get("weight", 1.0))}
        w.writerow([_cell(row.get(c)) for c in EDGE_COLUMNS])
    return nodes.getvalue(), edges.getvalue()


def to_csv_zip(graph: nx.Graph) -> bytes:
    """``nodes.csv`` and ``edges.csv`` in one zip archive.

    Examples
    --------
    >>> sorted(zipfile.ZipFile(io.BytesIO(to_csv_zip(nx.MultiDiGraph()))).namelist())
    ['edges.csv', 'nodes.csv']
    """
    nodes, edges = to_csv_tables(graph)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("nodes.csv", nodes)
        z.writestr("edges.csv", edges)
    return buf.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple | set):
        return "|".join(map(str, value))
    if isinstance(value, float):
        return repr(float(value))
    return str(value)
