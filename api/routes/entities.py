"""``/entities``: search by label and alias, and what we know about one entity, and why."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any, Literal

import pyoxigraph as ox
from fastapi import APIRouter, Path, Query, Request
from starlette.responses import Response

from api.deps import LookupsDep
from api.lookups import entity_node
from api.problems import problem_schema
from api.representations import FORMATS, JSON, rdf_content, respond, serialize
from kg.model import ENTITY_TYPES
from kg.rdf.namespaces import KGO, RDF, RDFS
from kg.rdf.sparql import negotiate

router = APIRouter(prefix="/entities", tags=["entities"])

EntityId = Annotated[str, Path(description="The entity's slug, the last segment of its IRI.",
                               examples=["jensen-huang"], max_length=200)]
_ERRORS: dict[int | str, dict[str, Any]] = {400: {"description": "Not an entity id.", **problem_schema()},
           404: {"description": "No such entity.", **problem_schema()}}

_ENTITY_EXAMPLE: dict[str, Any] = {
    "id": "jensen-huang", "iri": "https://w3id.org/kg-builder/id/jensen-huang", "label": "Jensen Huang",
    "type": "Person", "types": ["Person"], "labels": {"de": "Jensen Huang"}, "aliases": ["Huang"],
    "sameAs": [], "documents": ["daee0570d8bd31b4"],
    "relations": {"out": [{"direction": "out", "predicate": "ceoOf", "confidence": 0.9,
                           "object": {"id": "nvidia", "iri": "https://w3id.org/kg-builder/id/nvidia",
                                      "label": "Nvidia", "type": "Organization"},
                           "evidence": [{"sentence": "Nvidia-Chef Jensen Huang kündigt Nemotron 4 an.",
                                         "document": "daee0570d8bd31b4", "confidence": 0.9,
                                         "start": 0, "end": 45}]}], "in": []}}


def _relation_triples(lookups, node: ox.NamedNode, rels: list[dict]) -> list[ox.Triple]:
    triples = []
    for r in rels:
        other = ox.NamedNode((r.get("object") or r["subject"])["iri"])
        s, o = (node, other) if r["direction"] == "out" else (other, node)
        triples.append(ox.Triple(s, ox.NamedNode(KGO + r["predicate"]), o))
    return triples


@router.get("", summary="Search entities by label and alias (exact, prefix, fuzzy; ranked)",
            responses={200: {"content": {JSON: {"example": {"query": "zuckerb", "results": [
                {"id": "jensen-huang", "iri": "https://w3id.org/kg-builder/id/jensen-huang",
                 "label": "Jensen Huang", "type": "Person", "score": 0.87, "match": "prefix"}]}},
                **rdf_content()}}, 422: {"description": "Bad parameter.", **problem_schema()}})
def search(request: Request, lookups: LookupsDep,
           q: Annotated[str | None, Query(max_length=200, description="Text to look for; absent: list all.",
                                          examples=["zuckerberg"])] = None,
           type: Annotated[Literal[ENTITY_TYPES] | None, Query(description="Only entities of this type.",  # type: ignore[valid-type]
                                                               examples=["Person"])] = None,
           limit: Annotated[int, Query(ge=1, le=1000)] = 20) -> Response:
    """Exact matches of a label rank first, then aliases, prefixes, word prefixes, substrings and
    fuzzy (trigram + difflib) matches. Case and accents are ignored."""
    hits = lookups.search(q, type, limit)

    def triples():
        out = []
        for h in hits:
            n = ox.NamedNode(h["iri"])
            out += [ox.Triple(n, ox.NamedNode(RDF + "type"), ox.NamedNode(KGO + h["type"])),
                    ox.Triple(n, ox.NamedNode(RDFS + "label"), ox.Literal(h["label"]))]
        return out

    return respond(request, {"query": q, "type": type, "results": hits}, triples, lookups.store.base_iri)


@router.get("/{id}", summary="One entity: label, type, aliases, sameAs, relations in and out with evidence",
            responses={200: {"content": {JSON: {"example": _ENTITY_EXAMPLE}, **rdf_content()}}, **_ERRORS})
async def entity(request: Request, lookups: LookupsDep, id: EntityId) -> Response:
    """Every relation comes with the sentences that state it and the documents they are from.
    `Accept: application/ld+json` or `text/turtle` gives the entity's triples and evidence records."""
    node = entity_node(lookups.store, id)
    mtype, fmt = negotiate(request.headers.get("accept"), FORMATS)
    if fmt is None:     # the common case: JSON from the entity view or the cache, else built
        body = lookups.cached_entity_json(node)     # (in a thread if it reads RocksDB)
        if body is None:
            body = (lookups.entity_json(node) if lookups.reads_memory
                    else await asyncio.to_thread(lookups.entity_json, node))
        return Response(body, media_type=JSON, headers={"Vary": "Accept"})
    return Response(serialize(lookups.description(node), fmt, lookups.store.base_iri), media_type=mtype,
                    headers={"Vary": "Accept"})


@router.get("/{id}/relations", summary="The entity's relations, filtered by predicate and direction",
            responses={200: {"content": {JSON: {"example": {"id": "jensen-huang", "relations":
                                                            _ENTITY_EXAMPLE["relations"]["out"]}},
                                         **rdf_content()}}, **_ERRORS})
def relations(request: Request, lookups: LookupsDep, id: EntityId,
              predicate: Annotated[str | None, Query(pattern=r"^[A-Za-z][A-Za-z0-9_]*$", examples=["ceoOf"])] = None,
              direction: Annotated[Literal["out", "in", "both"], Query()] = "both") -> Response:
    node = entity_node(lookups.store, id)
    lookups.entity_must_exist(node)
    rels = lookups.relations(node, predicate=predicate, direction=direction)
    return respond(request, {"id": id, "predicate": predicate, "direction": direction, "relations": rels},
                   lambda: _relation_triples(lookups, node, rels), lookups.store.base_iri)


@router.get("/{id}/neighbors", summary="Entities within 1 to 3 relations of this one",
            responses={200: {"content": {JSON: {"example": {
                "center": "jensen-huang", "depth": 1, "truncated": False,
                "nodes": [{"id": "jensen-huang", "label": "Jensen Huang", "type": "Person", "depth": 0},
                          {"id": "nvidia", "label": "Nvidia", "type": "Organization", "depth": 1}],
                "edges": [{"subject": "jensen-huang", "predicate": "ceoOf", "object": "nvidia"}]}},
                **rdf_content()}}, **_ERRORS})
def neighbors(request: Request, lookups: LookupsDep, id: EntityId,
              depth: Annotated[int, Query(ge=1, le=3)] = 1,
              limit: Annotated[int, Query(ge=1, le=2000, description="Cap on nodes.")] = 500) -> Response:
    node = entity_node(lookups.store, id)
    data = lookups.neighbors(node, depth, limit)
    base = lookups.store.base_iri

    def triples():
        return [ox.Triple(ox.NamedNode(base + e["subject"]), ox.NamedNode(KGO + e["predicate"]),
                          ox.NamedNode(base + e["object"])) for e in data["edges"]]

    return respond(request, data, triples, base)
