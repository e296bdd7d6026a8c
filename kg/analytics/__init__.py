"""Graph analytics: store -> networkx projection -> measures written back as triples.

The public interface, used by ``kg analyze``, ``kg build`` and ``/analytics``::

    project(store, filters) -> networkx.MultiDiGraph
    analyze(store, write_back=True, filters=None) -> AnalyticsResult
    is_stale(store) -> bool

One topic per module: :mod:`~kg.analytics.projection`, :mod:`~kg.analytics.centrality`,
:mod:`~kg.analytics.communities`, :mod:`~kg.analytics.components`,
:mod:`~kg.analytics.cores`, :mod:`~kg.analytics.paths`, :mod:`~kg.analytics.engine`
(networkx or igraph), :mod:`~kg.analytics.writeback` (the analytics named graph).

>>> from kg.analytics.sample import sample_store
>>> store = sample_store()
>>> analyze(store).communities[0]["label"]
'GPT-4o, Llama 4, Gemini'
"""

from kg.analytics.paths import shortest_path
from kg.analytics.projection import GraphFilter, project, resolve_entity
from kg.analytics.result import MEASURES, AnalyticsResult
from kg.analytics.run import analyze, compute
from kg.analytics.writeback import analytics_graph, fingerprint, is_stale, read_results

__all__ = [
    "MEASURES", "AnalyticsResult", "GraphFilter", "analytics_graph", "analyze", "compute", "fingerprint",
    "is_stale", "project", "read_results", "resolve_entity", "shortest_path",
]
