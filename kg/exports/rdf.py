"""The RDF formats of an export, serialised by the store itself.

Triple formats (Turtle, N-Triples) merge every graph; dataset formats (TriG, N-Quads,
JSON-LD) keep the document graphs and the analytics graph apart. A document filter
exports that document's graph only; other filters apply to graph formats, not RDF.

>>> from kg.analytics.sample import sample_store
>>> to_rdf(sample_store(), "ntriples").count(b"\\n") > 100
True
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.analytics.projection import GraphFilter
from kg.errors import InputError
from kg.rdf.store import KGStore

__all__ = ["RDF_FORMATS", "to_rdf"]

RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}


def to_rdf(store: KGStore, fmt: str, filters: GraphFilter | None = None) -> bytes:
    """Serialise the store (or one document's graph) in an RDF format.

    Raises
    ------
    InputError
        An unknown format, or a filter other than ``document``.

    Examples
    --------
    >>> from kg.analytics.sample import sample_store
    >>> to_rdf(sample_store(), "turtle", GraphFilter(types=["Person"]))
    Traceback (most recent call last):
    ...
    kg.errors.InputError: RDF exports take only the document filter (the others shape graph formats such as gexf)
    """
    if fmt not in RDF_FORMATS:
        raise InputError(f"unknown RDF format {fmt!r}", hint=f"expected one of {', '.join(RDF_FORMATS)}")
    f = filters or GraphFilter()
    if f.types or f.predicates or f.min_degree or f.ego:
        raise InputError("RDF exports take only the document filter (the others shape graph formats such as gexf)")
    if f.document:
        return store.dump(RDF_FORMATS[fmt], graph=store.resolve_document(f.document))
    return store.dump(RDF_FORMATS[fmt], union=not RDF_FORMATS[fmt].supports_datasets)
