"""Exports of the entity graph: GEXF, GraphML, CSV, JSON, pictures, and the RDF formats.

The public interface, used by ``kg export`` and ``GET /export/{format}``::

    EXPORT_FORMATS
    export(store, fmt, filters=None) -> bytes
    export_csv_tables(store, filters=None) -> (nodes_csv, edges_csv)

>>> "gexf" in EXPORT_FORMATS
True
"""

from kg.exports.formats import (
    EXPORT_FORMATS,
    FILE_EXTENSIONS,
    GRAPH_FORMATS,
    MEDIA_TYPES,
    export,
    export_csv_tables,
)

__all__ = ["EXPORT_FORMATS", "FILE_EXTENSIONS", "GRAPH_FORMATS", "MEDIA_TYPES", "export", "export_csv_tables"]
