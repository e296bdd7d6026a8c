"""The graph an export writes: the projection, annotated with degree, PageRank and communities.

>>> from kg.analytics.sample import sample_store
>>> g = export_graph(sample_store())
>>> sorted(k for k in g.nodes["https://w3id.org/kg-builder/id/meta"])[:4]
['aliases', 'community', 'community_label', 'degree']
"""

from __future__ import annotations

import re

import networkx as nx

from kg.analytics.projection import GraphFilter, project
from kg.analytics.run import compute
from kg.rdf.store import KGStore

__all__ = ["EDGE_ATTRIBUTES", "EXPORT_MEASURES", "NODE_ATTRIBUTES", "annotate", "export_graph", "xml_safe"]

#: What every graph export carries per node besides the projection's attributes.
EXPORT_MEASURES = ("degree", "pagerank", "community")

#: Node attributes every graph export writes, with their GEXF types (labels and ids apart).
NODE_ATTRIBUTES = (("kg_type", "string"), ("community", "integer"), ("community_label", "string"),
                   ("pagerank", "double"), ("degree", "integer"), ("aliases", "liststring"),
                   ("wikidata", "string"))
#: Edge attributes every graph export writes besides label (= predicate) and weight.
EDGE_ATTRIBUTES = (("predicate", "string"), ("documents", "integer"),
                   ("first_date", "string"), ("last_date", "string"))


def annotate(graph: nx.MultiDiGraph, *, engine: str = "auto") -> nx.MultiDiGraph:
    """Set ``degree``, ``pagerank``, ``community`` and ``community_label`` on every node.

    Nodes that already carry all of them are left as they are.

    Examples
    --------
    >>> g = annotate(nx.MultiDiGraph([("a", "b", "ceoOf")]))
    >>> g.nodes["a"]["degree"], g.nodes["a"]["community"]
    (1, 0)
    """
    if graph.number_of_nodes() and all(all(m in d for m in EXPORT_MEASURES) for _, d in graph.nodes(data=True)):
        return graph
    compute(graph, measures=EXPORT_MEASURES, engine=engine).annotate(graph)
    return graph


def export_graph(store: KGStore, filters: GraphFilter | None = None) -> nx.MultiDiGraph:
    """Project ``store`` (see :func:`kg.analytics.project`) and :func:`annotate` the result.

    Examples
    --------
    >>> from kg.analytics.sample import sample_store
    >>> export_graph(sample_store(), GraphFilter(types=["Person"])).number_of_edges()
    0
    """
    return annotate(project(store, filters))


_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot carry (control characters, lone surrogates).

    Examples
    --------
    >>> xml_safe("a" + chr(1) + "b")
    'ab'
    """
    return _NOT_XML.sub("", text)
