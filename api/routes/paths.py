"""``/paths``: shortest chains of relations between two entities."""

from __future__ import annotations

from typing import Annotated

import pyoxigraph as ox
from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from api.deps import LookupsDep
from api.lookups import entity_node
from api.problems import problem_schema
from api.representations import JSON, rdf_content, respond
from kg.rdf.namespaces import KGO

router = APIRouter(tags=["entities"])

_M, _Z = "https://w3id.org/kg-builder/id/meta", "https://w3id.org/kg-builder/id/mark-zuckerberg"


@router.get("/paths", summary="Shortest paths between two entities, with the relations along them",
            responses={200: {"content": {JSON: {"example": {
                "from": "mark-zuckerberg", "to": "llama-3", "length": 2, "paths": [[
                    {"subject": {"id": "mark-zuckerberg", "iri": _Z, "label": "Mark Zuckerberg", "type": "Person"},
                     "predicate": "ceoOf",
                     "object": {"id": "meta", "iri": _M, "label": "Meta", "type": "Organization"}},
                    {"subject": {"id": "meta", "iri": _M, "label": "Meta", "type": "Organization"},
                     "predicate": "develops",
                     "object": {"id": "llama-3", "iri": "https://w3id.org/kg-builder/id/llama-3",
                                "label": "Llama 3", "type": "AIModel"}}]]}}, **rdf_content()}},
                400: {"description": "Not an entity id.", **problem_schema()},
                404: {"description": "No such entity.", **problem_schema()}})
def paths(request: Request, lookups: LookupsDep,
          from_: Annotated[str, Query(alias="from", max_length=200, examples=["mark-zuckerberg"])],
          to: Annotated[str, Query(max_length=200, examples=["llama-3"])],
          max_length: Annotated[int, Query(ge=1, le=6)] = 4,
          limit: Annotated[int, Query(ge=1, le=100, description="Cap on paths returned.")] = 10) -> Response:
    """Relations are followed in either direction; each step keeps its own direction.
    An empty `paths` list means no chain of at most `max_length` relations exists."""
    start, goal = entity_node(lookups.store, from_), entity_node(lookups.store, to)
    found = lookups.paths(start, goal, max_length, limit)
    data = {"from": from_, "to": to, "length": len(found[0]) if found else None, "paths": found}

    def triples():
        return list({ox.Triple(ox.NamedNode(s["subject"]["iri"]), ox.NamedNode(KGO + s["predicate"]),
                               ox.NamedNode(s["object"]["iri"])): None for p in found for s in p})

    return respond(request, data, triples, lookups.store.base_iri)
