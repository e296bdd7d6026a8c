"""Every export format by name, with its media type and file extension, and :func:`export`.

>>> from kg.analytics.sample import sample_store
>>> export(sample_store(), "gexf")[:38]
b'<?xml version="1.0" encoding="UTF-8"?>'
"""

from __future__ import annotations

from collections.abc import Callable

import networkx as nx

from kg.analytics.engine import gc_paused
from kg.analytics.projection import GraphFilter
from kg.errors import NotFoundError
from kg.exports.gexf import to_gexf
from kg.exports.graphml import to_graphml
from kg.exports.nodelink import to_node_link
from kg.exports.picture import to_picture
from kg.exports.prepare import export_graph
from kg.exports.rdf import RDF_FORMATS, to_rdf
from kg.exports.tables import to_csv_tables, to_csv_zip
from kg.rdf.store import KGStore

__all__ = ["EXPORT_FORMATS", "FILE_EXTENSIONS", "GRAPH_FORMATS", "MEDIA_TYPES", "export", "export_csv_tables"]

_GRAPH_WRITERS: dict[str, Callable[[nx.MultiDiGraph], bytes]] = {
    "gexf": to_gexf,
    "graphml": to_graphml,
    "csv": to_csv_zip,
    "json": to_node_link,
    "png": lambda g: to_picture(g, "png"),
    "svg": lambda g: to_picture(g, "svg"),
}
GRAPH_FORMATS = ("gexf", "graphml", "csv", "json", "png", "svg")
EXPORT_FORMATS = ("gexf", "graphml", "csv", "json", "turtle", "trig", "ntriples", "nquads", "jsonld", "png", "svg")
MEDIA_TYPES = {
    "gexf": "application/gexf+xml", "graphml": "application/graphml+xml", "csv": "application/zip",
    "json": "application/json", "turtle": "text/turtle", "trig": "application/trig",
    "ntriples": "application/n-triples", "nquads": "application/n-quads", "jsonld": "application/ld+json",
    "png": "image/png", "svg": "image/svg+xml",
}
FILE_EXTENSIONS = {
    "gexf": "gexf", "graphml": "graphml", "csv": "zip", "json": "json", "turtle": "ttl", "trig": "trig",
    "ntriples": "nt", "nquads": "nq", "jsonld": "jsonld", "png": "png", "svg": "svg",
}


def export(store: KGStore, fmt: str, *, filters: GraphFilter | None = None) -> bytes:
    """The store (or the part ``filters`` selects) in format ``fmt``, as bytes.

    Parameters
    ----------
    store : KGStore
    fmt : str
        One of :data:`EXPORT_FORMATS`. ``csv`` gives a zip of ``nodes.csv`` and
        ``edges.csv`` (:func:`export_csv_tables` gives the two texts).
    filters : GraphFilter, optional
        Graph formats take every filter; RDF formats only ``document``.

    Raises
    ------
    NotFoundError
        An unknown format.

    Examples
    --------
    >>> from kg.analytics.sample import sample_store
    >>> export(sample_store(), "png", filters=GraphFilter(ego="Meta"))[:4]
    b'\\x89PNG'
    """
    if fmt not in EXPORT_FORMATS:
        raise NotFoundError(f"no export format {fmt!r}", hint=f"expected one of {', '.join(EXPORT_FORMATS)}")
    if fmt in RDF_FORMATS:
        return to_rdf(store, fmt, filters)
    with gc_paused():
        return _GRAPH_WRITERS[fmt](export_graph(store, filters))


def export_csv_tables(store: KGStore, *, filters: GraphFilter | None = None) -> tuple[str, str]:
    """The node and edge tables (Gephi spreadsheet format) as CSV text: ``(nodes_csv, edges_csv)``.

    Examples
    --------
    >>> from kg.analytics.sample import sample_store
    >>> nodes, edges = export_csv_tables(sample_store())
    >>> nodes.splitlines()[0][:9], edges.splitlines()[0][:32]
    ('Id,Label,', 'Source,Target,Type,Label,Weight,')
    """
    with gc_paused():
        return to_csv_tables(export_graph(store, filters))
