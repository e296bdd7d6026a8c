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

_M, _Z = "https://w3id.org/kg-builder/id/nvidia", "https://w3id.org/kg-builder/id/jensen-huang"


@router.get("/paths", summary="Shortest paths between two entities, with the relations along them",
            responses={200: {"content": {JSON: {"example": {
                "from": "jensen-huang", "to": "nemotron-4", "length": 2, "paths": [[
                    {"subject": {"id": "jensen-huang", "iri": _Z, "label": "Jensen Huang", "type": "Person"},
                     "predicate": "ceoOf",
                     "object": {"id": "nvidia", "iri": _M, "label": "Nvidia", "type": "Organization"}},
                    {"subject": {"id": "nvidia", "iri": _M, "label": "Nvidia", "type": "Organization"},
                     "predicate": "develops",
                     "object": {"id": "nemotron-4", "iri": "https://w3id.org/kg-builder/id/nemotron-4",
                                "label": "Nemotron 4", "type": "AIModel"}}]]}}, **rdf_content()}},
                400: {"description": "Not an entity id.", **problem_schema()},
                404: {"description": "No such entity.", **problem_schema()}})
def paths(request: Request, lookups: LookupsDep,
          from_: Annotated[str, Query(alias="from", max_length=200, examples=["jensen-huang"])],
          to: Annotated[str, Query(max_length=200, examples=["nemotron-4"])],
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
