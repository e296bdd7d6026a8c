"""``/analytics``: who matters in the graph, its communities, paths; never stale results served as fresh.

Results come from the analytics named graph when they match the store's documents;
otherwise they are recomputed (and written back when the store is writable), unless the
client asks for the stored ones with ``recompute=false``, which are then marked
``"fresh": false``.
"""

from __future__ import annotations

import json
import threading
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from api.deps import StoreDep
from kg.analytics import AnalyticsResult, GraphFilter, analyze, project, read_results, shortest_path
from kg.analytics.result import MEASURES
from kg.analytics.writeback import fingerprint, write_results
from kg.errors import InputError, NotFoundError, StoreError
from kg.model import ENTITY_TYPES
from kg.rdf.store import KGStore

router = APIRouter(prefix="/analytics", tags=["analytics"])
_RECOMPUTING = threading.Lock()


def graph_filter(
    types: Annotated[list[str] | None, Query(description=f"Entity types to keep: {', '.join(ENTITY_TYPES)}")] = None,
    predicates: Annotated[list[str] | None, Query(description="Relations to keep, e.g. ceoOf")] = None,
    document: Annotated[str | None, Query(description="Only what this document states (IRI, id or file name)")] = None,
    min_degree: Annotated[int, Query(ge=0, description="Drop entities with fewer relations")] = 0,
    ego: Annotated[str | None, Query(description="Only the ego network of this entity (IRI, slug or label)")] = None,
    depth: Annotated[int, Query(ge=0, le=6, description="Radius of the ego network")] = 1,
) -> GraphFilter:
    """The projection filters, from query parameters (shared with ``/export``)."""
    return GraphFilter(types=types, predicates=predicates, document=document, min_degree=min_degree,
                       ego=ego, depth=depth)


FilterDep = Annotated[GraphFilter, Depends(graph_filter)]


def current_results(store: KGStore, *, recompute: bool = True, top: int | None = None,
                    by: str = "pagerank") -> AnalyticsResult:
    """Fresh results: stored ones when they still hold, else recomputed (and stored if possible).

    With ``top``, stored results are read for the ``top`` entities by ``by`` only (a
    recomputation has them all anyway).
    """
    stored = read_results(store, top=top, by=by)
    if stored is not None and stored.fresh:
        return stored
    if not recompute:
        if stored is None:
            raise NotFoundError("no analytics results in the store", hint="run `kg analyze` or pass recompute=true")
        return stored
    with _RECOMPUTING:   # concurrent requests for stale results wait for one recomputation
        again = read_results(store, top=top, by=by)
        if again is not None and again.fresh:
            return again
        result = analyze(store, write_back=False)
        try:
            write_results(store, result)
        except StoreError:   # a read-only store: fresh results all the same, just not kept
            pass
        return result


@router.get("", summary="Analytics summary: top entities, communities, and how fresh they are",
            responses={200: {"content": {"application/json": {"example": {
                "computed_at": "2026-01-01T00:00:00+00:00", "fresh": True, "nodes": 30, "edges": 51,
                "communities": [{"index": 0, "label": "OpenAI, Anthropic, Amazon", "size": 5}],
                "entities": [{"iri": "https://w3id.org/kg-builder/id/openai", "label": "OpenAI",
                              "kg_type": "Organization", "pagerank": 0.1, "degree": 11}]}}}}})
def summary(store: StoreDep,
            top: Annotated[int, Query(ge=0, le=1000, description="How many entities to list")] = 20,
            recompute: Annotated[bool, Query(description="Recompute stale results (else serve them marked stale)")] = True,
            ) -> dict[str, Any]:
    return current_results(store, recompute=recompute, top=top).to_json(top=top)


@router.get("/entities", summary="Entities ranked by a measure, with every measure",
            responses={200: {"content": {"application/json": {"example": {
                "fresh": True, "computed_at": "2026-01-01T00:00:00+00:00", "sort": "pagerank", "total": 30,
                "entities": [{"iri": "https://w3id.org/kg-builder/id/openai", "label": "OpenAI",
                              "kg_type": "Organization", "degree": 11, "pagerank": 0.1, "betweenness": 0.42,
                              "closeness": 0.61, "component": 0, "core_number": 3, "community": 0}]}}}}})
def entities(store: StoreDep,
             sort: Annotated[str, Query(description=f"One of {', '.join(m for m in MEASURES)}")] = "pagerank",
             types: Annotated[list[str] | None, Query(description="Entity types to keep")] = None,
             community: Annotated[int | None, Query(ge=0, description="Only this community")] = None,
             limit: Annotated[int, Query(ge=1, le=10_000)] = 50,
             recompute: bool = True) -> dict[str, Any]:
    if sort not in MEASURES:
        raise InputError(f"cannot sort by {sort!r}", hint=f"expected one of {', '.join(MEASURES)}")
    ranked_in_sparql = not types and community is None and sort not in ("community", "component")
    result = current_results(store, recompute=recompute, top=limit if ranked_in_sparql else None,
                             by=sort if ranked_in_sparql else "pagerank")
    rows = [r for r in result.top(len(result.entities), by=sort)
            if (not types or r.get("kg_type") in types) and (community is None or r.get("community") == community)]
    if sort in ("community", "component"):   # indices: the smallest (largest group) first
        rows.sort(key=lambda r: (r.get(sort) if r.get(sort) is not None else 1 << 30, -(r.get("pagerank") or 0)))
    return {"fresh": result.fresh, "computed_at": result.computed_at, "sort": sort,
            "total": result.nodes if ranked_in_sparql else len(rows), "entities": rows[:limit]}


@router.get("/communities", summary="Communities (Louvain, fixed seed), each named by its top entities",
            responses={200: {"content": {"application/json": {"example": {
                "fresh": True, "computed_at": "2026-01-01T00:00:00+00:00",
                "communities": [{"index": 0, "iri": "https://w3id.org/kg-builder/id/community/0",
                                 "label": "OpenAI, Anthropic, Amazon", "size": 5},
                                {"index": 1, "iri": "https://w3id.org/kg-builder/id/community/1",
                                 "label": "Nvidia, TSMC, Jensen Huang", "size": 4}]}}}}})
def communities(store: StoreDep, recompute: bool = True) -> dict[str, Any]:
    result = current_results(store, recompute=recompute, top=0)
    return {"fresh": result.fresh, "computed_at": result.computed_at, "communities": result.communities}


_LAST: dict[str, Any] = {}   # the last projection, reused while the documents and filters stay the same


def cached_projection(store: KGStore, filters: GraphFilter) -> Any:
    """``project(store, filters)``, reusing the last one while the store's documents are unchanged.

    Projecting a 1M-relation store takes 20 s or more; the fingerprint takes 0.15 s.
    """
    key = (id(store), fingerprint(store), json.dumps(filters.to_json(), sort_keys=True))
    if _LAST.get("key") != key:
        _LAST.clear()
        _LAST.update(key=key, graph=project(store, filters))
    return _LAST["graph"]


@router.get("/path", summary="A shortest path between two entities over the (filtered) graph",
            responses={200: {"content": {"application/json": {"example": {
                "length": 2, "steps": [
                    {"source": "https://w3id.org/kg-builder/id/jensen-huang", "predicate": "ceoOf",
                     "target": "https://w3id.org/kg-builder/id/nvidia", "weight": 1, "source_label": "Jensen Huang",
                     "target_label": "Nvidia"},
                    {"source": "https://w3id.org/kg-builder/id/nvidia", "predicate": "partnerOf",
                     "target": "https://w3id.org/kg-builder/id/tsmc", "weight": 2, "source_label": "Nvidia",
                     "target_label": "TSMC"}]}}}}})
def path(store: StoreDep, filters: FilterDep,
         source: Annotated[str, Query(description="Entity IRI, slug or label")],
         target: Annotated[str, Query(description="Entity IRI, slug or label")]) -> dict[str, Any]:
    graph = cached_projection(store, filters)
    steps = shortest_path(graph, source, target)
    labels = {n: graph.nodes[n].get("label", n) for s in steps for n in (s["source"], s["target"])}
    return {"length": len(steps),
            "steps": [{**s, "source_label": labels[s["source"]], "target_label": labels[s["target"]]} for s in steps]}

