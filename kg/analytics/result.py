"""What an analysis found: per-entity measures, communities and how they were computed.

>>> r = AnalyticsResult(entities={"https://e.org/meta": {"label": "Meta", "kg_type": "Organization",
...                                                       "pagerank": 1.0, "degree": 0}})
>>> r.top(1)[0]["label"]
'Meta'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import networkx as nx

__all__ = ["MEASURES", "AnalyticsResult"]

#: Per-entity measures, in the order of the tables; each is also a ``kgo:`` property.
MEASURES = ("degree", "pagerank", "betweenness", "closeness", "community", "component", "core_number")


@dataclass
class AnalyticsResult:
    """Measures of every entity of one projection, and the provenance of the run.

    Attributes
    ----------
    entities : dict
        Entity IRI to ``label``, ``kg_type`` and the measures of :data:`MEASURES` that
        were computed (``community`` and ``component`` are indices, largest first).
    communities : list of dict
        ``index``, ``iri``, ``label`` (its top entities) and ``size`` of each community.
    computed_at, based_on : str
        When, and from which documents (a fingerprint; see :mod:`kg.analytics.writeback`).
    fresh : bool
        False when read back from a store whose documents changed since.
    """

    entities: dict[str, dict[str, Any]] = field(default_factory=dict)
    communities: list[dict[str, Any]] = field(default_factory=list)
    nodes: int = 0
    edges: int = 0
    documents: int = 0
    components: int = 0
    computed_at: str = ""
    based_on: str = ""
    filters: dict[str, Any] = field(default_factory=dict)
    sampling: dict[str, Any] = field(default_factory=dict)
    engines: dict[str, str] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    fresh: bool = True
    stored: bool = False

    def top(self, n: int = 10, by: str = "pagerank") -> list[dict[str, Any]]:
        """The ``n`` entities with the highest ``by``, each with its ``iri``.

        Examples
        --------
        >>> AnalyticsResult().top(3)
        []
        """
        ranked = sorted(self.entities.items(), key=lambda kv: (-(kv[1].get(by) or 0), kv[1].get("label", kv[0])))
        return [{"iri": iri, **values} for iri, values in ranked[:n]]

    def to_json(self, top: int | None = None) -> dict[str, Any]:
        """Everything as plain JSON; entities by decreasing PageRank (the first ``top`` only if given).

        Examples
        --------
        >>> sorted(AnalyticsResult().to_json())[:3]
        ['based_on', 'communities', 'components']
        """
        return {
            "computed_at": self.computed_at, "based_on": self.based_on, "fresh": self.fresh,
            "stored": self.stored, "documents": self.documents, "nodes": self.nodes, "edges": self.edges,
            "components": self.components, "filters": self.filters, "sampling": self.sampling,
            "engines": self.engines, "timings": {k: round(v, 4) for k, v in self.timings.items()},
            "communities": self.communities,
            "entities": self.top(len(self.entities) if top is None else top),
        }

    def summary(self, top: int = 10) -> str:
        """A text table for the terminal: the top entities by PageRank, then the communities.

        Examples
        --------
        >>> print(AnalyticsResult(computed_at="2026-01-01T00:00:00+00:00").summary().splitlines()[0])
        0 entities, 0 relations from 0 documents; computed 2026-01-01T00:00:00+00:00 (fresh)
        """
        state = "fresh" if self.fresh else "STALE: the documents changed since; run `kg analyze`"
        lines = [f"{self.nodes} entities, {self.edges} relations from {self.documents} documents; "
                 f"computed {self.computed_at} ({state})"]
        if self.filters:
            lines.append("filters: " + ", ".join(f"{k}={v}" for k, v in self.filters.items()))
        how = [f"{k} {v}" for k, v in self.sampling.items() if v]
        lines.append(f"{self.components} components, {len(self.communities)} communities"
                     + (f"; estimated: {', '.join(how)}" if how else ""))
        rows = self.top(top)
        if rows:
            lines += ["", f"Top {len(rows)} entities by PageRank"]
            header = ["#", "entity", "type", "degree", "pagerank", "betweenness", "closeness", "core", "community"]
            names = {c["index"]: c["label"] for c in self.communities}
            table = [header] + [[
                str(i), _clip(r.get("label", r["iri"]), 28), r.get("kg_type", ""), _fmt(r.get("degree")),
                _fmt(r.get("pagerank")), _fmt(r.get("betweenness")), _fmt(r.get("closeness")),
                _fmt(r.get("core_number")),
                _clip(f"{r['community']} {names.get(r['community'], '')}" if r.get("community") is not None else "", 40),
            ] for i, r in enumerate(rows, 1)]
            lines += _table(table, right={0, 3, 4, 5, 6, 7})
        if self.communities:
            lines += ["", "Communities (named by their top entities)"]
            lines += _table([["#", "size", "top entities"]] + [
                [str(c["index"]), str(c["size"]), c["label"]] for c in self.communities[:top]], right={0, 1})
            if len(self.communities) > top:
                lines.append(f"... and {len(self.communities) - top} more")
        return "\n".join(lines)

    def annotate(self, graph: nx.Graph) -> nx.Graph:
        """Copy the measures onto the nodes of ``graph`` (as node attributes), and return it.

        Examples
        --------
        >>> g = AnalyticsResult(entities={"a": {"pagerank": 1.0}}).annotate(nx.Graph([("a", "b")]))
        >>> g.nodes["a"]["pagerank"], "pagerank" in g.nodes["b"]
        (1.0, False)
        """
        labels = {c["index"]: c["label"] for c in self.communities}
        for n, values in self.entities.items():
            if n in graph:
                attrs = {k: v for k, v in values.items() if k in MEASURES}
                if "community" in attrs:
                    attrs["community_label"] = labels.get(attrs["community"], "")
                graph.nodes[n].update(attrs)
        return graph


def _fmt(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4f}"
    return str(value)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(rows: list[list[str]], right: set[int]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))).rstrip()
            for r in rows]
