"""``/documents``: the ingested articles; with the token, ingest one or remove one."""

from __future__ import annotations

import asyncio
import json
import re
from typing import Annotated, Any

import pyoxigraph as ox
from fastapi import APIRouter, Path, Query, Request
from starlette.responses import Response

from api.deps import LookupsDep, SettingsDep, StoreDep, TokenDep
from api.lookups import doc_node, short
from api.problems import ExtractorUnavailable, UnsupportedMediaType, problem_schema
from api.representations import JSON
from kg.errors import InputError, NotFoundError
from kg.rdf.namespaces import KGO, RDF

router = APIRouter(prefix="/documents", tags=["documents"])

DocId = Annotated[str, Path(description="16 hex digits: the start of the SHA-256 of the text.",
                            examples=["daee0570d8bd31b4"], max_length=16)]
_WRITE_ERRORS: dict[int | str, dict[str, Any]] = {401: {"description": "No or wrong bearer token.", **problem_schema()},
                 403: {"description": "Writes are disabled (no token configured).", **problem_schema()}}
_DOC = {"id": "daee0570d8bd31b4", "iri": "https://w3id.org/kg-builder/id/doc/daee0570d8bd31b4",
        "file": "seeds/000_daee0570d8bd31b4.txt", "lang": "de", "title": "Nvidia und Nemotron",
        "source": "https://example.org/nvidia", "date": "2024-04-18", "ingested": "2026-01-01T00:00:00+00:00",
        "words": 412}
_EV = ox.NamedNode(KGO + "Evidence")
_INGEST = asyncio.Lock()    # one extraction at a time: the pipeline is not shared across threads


def _doc_json(store, row: dict[str, Any]) -> dict[str, Any]:
    return {"id": short(store, row["doc"]), "iri": row["doc"], **{k: v for k, v in row.items() if k != "doc"}}


@router.get("", summary="Every document, newest ingest first",
            responses={200: {"content": {JSON: {"example": {"documents": [_DOC]}}}}})
def list_documents(store: StoreDep) -> dict:
    return {"documents": [_doc_json(store, r) for r in store.documents()]}


@router.get("/{id}", summary="One document: metadata, the entities it mentions, the relations it states",
            responses={200: {"content": {JSON: {"example": {**_DOC, "entities": [
                {"id": "nvidia", "iri": "https://w3id.org/kg-builder/id/nvidia", "label": "Nvidia", "type": "Organization"}],
                "relations": [{"subject": "jensen-huang", "predicate": "ceoOf", "object": "nvidia",
                               "sentence": "Nvidia-Chef Jensen Huang kündigt Nemotron 4 an.", "confidence": 0.9}]}}}},
                       400: {"description": "Not a document id.", **problem_schema()},
                       404: {"description": "No such document.", **problem_schema()}})
def get_document(store: StoreDep, lookups: LookupsDep, id: DocId) -> dict:
    node = doc_node(store, id)
    meta = next((r for r in store.documents() if r["doc"] == node.value), None)
    if meta is None:
        raise NotFoundError(f"no document {id!r} in the store", hint="GET /documents lists them")
    raw = store.raw
    ents = {q.subject for q in raw.quads_for_pattern(None, ox.NamedNode(KGO + "mentionedIn"), node, node)}
    rels = []
    for q in raw.quads_for_pattern(None, ox.NamedNode(RDF + "type"), _EV, node):
        vals: dict[str, Any] = {p.predicate.value: p.object for p in raw.quads_for_pattern(q.subject, None, None, node)}
        s, p, o = (vals.get(RDF + k) for k in ("subject", "predicate", "object"))
        if s is None or p is None or o is None:
            continue
        conf = vals.get(KGO + "confidence")
        rels.append({"subject": short(store, s.value), "predicate": p.value.removeprefix(KGO),
                     "object": short(store, o.value), "sentence": getattr(vals.get(KGO + "sentence"), "value", None),
                     "confidence": float(conf.value) if conf is not None else None})
    rels.sort(key=lambda r: (r["subject"], r["predicate"], r["object"]))
    entities = sorted((lookups.summary(e) for e in ents), key=lambda e: e["label"].casefold())
    return {**_doc_json(store, meta), "entities": entities, "relations": rels}


@router.post("", status_code=201, dependencies=[TokenDep],
             summary="Ingest an article (needs the token); answers with its entities and relations",
             openapi_extra={"requestBody": {"required": True, "content": {
                 "text/plain": {"schema": {"type": "string"},
                                "example": "Nvidia-Chef Jensen Huang kündigt Nemotron 4 an."},
                 JSON: {"schema": {"type": "object", "required": ["text"], "properties": {
                     "name": {"type": "string"}, "text": {"type": "string"}}},
                     "example": {"name": "nvidia.txt", "text": "Nvidia-Chef Jensen Huang kündigt Nemotron 4 an."}}}}},
             responses={201: {"content": {JSON: {"example": {
                 "document": "nvidia.txt", "id": "daee0570d8bd31b4",
                 "iri": "https://w3id.org/kg-builder/id/doc/daee0570d8bd31b4", "replaced": [], "language": "de",
                 "entities": [{"id": "https://w3id.org/kg-builder/id/nvidia", "label": "Nvidia",
                               "type": "Organization", "aliases": [], "sameAs": []}],
                 "relations": []}}}},
                 415: {"description": "Body neither text/plain nor JSON (RDF uploads are refused).",
                       **problem_schema()}, **_WRITE_ERRORS})
async def ingest_document(request: Request, store: StoreDep, settings: SettingsDep,
                          name: Annotated[str | None, Query(max_length=300, examples=["nvidia.txt"])] = None) -> Response:
    """The body is the article: `text/plain` (name in `?name=`) or JSON `{"name", "text"}`.
    Header lines (`Title:`, `Source:`, `Date:`) are read as metadata. RDF bodies are refused."""
    mtype = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
    if mtype not in ("text/plain", "text/markdown", JSON):
        raise UnsupportedMediaType(f"POST /documents takes text/plain or {JSON}, not {mtype or 'untyped'}",
                                   hint="RDF uploads are not accepted; articles are extracted from text")
    raw = await request.body()
    try:
        body = raw.decode("utf-8")
        if mtype == JSON:
            obj = json.loads(body)
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                raise InputError('the JSON body must be an object with a string "text"')
            body, name = obj["text"], obj.get("name") if isinstance(obj.get("name"), str) else name
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"the body cannot be read: {exc}") from None
    if not body.strip():
        raise InputError("the article is empty")
    name = re.sub(r"[\x00-\x1f]", " ", name or "upload.txt")[:300]

    def run() -> dict[str, Any]:
        try:
            from kg.extract import get_extractor
            from kg.extract.reader import parse_document
        except ImportError as exc:
            raise ExtractorUnavailable(f"the extractor cannot be loaded: {exc}") from None

        extraction = get_extractor().extract(parse_document(body, name))
        result = store.ingest(extraction)
        return {**extraction.to_json(), "id": short(store, result.document), "iri": result.document,
                "replaced": [short(store, g) for g in result.replaced]}

    async with _INGEST:
        data = await asyncio.to_thread(run)
    return Response(json.dumps(data, ensure_ascii=False), status_code=201, media_type=JSON,
                    headers={"Location": f"/documents/{data['id']}"})


@router.delete("/{id}", status_code=204, dependencies=[TokenDep],
               summary="Remove a document's graph (needs the token)",
               responses={204: {"description": "Removed."}, 404: {"description": "No such document.",
                                                                **problem_schema()}, **_WRITE_ERRORS})
async def delete_document(store: StoreDep, id: DocId) -> Response:
    node = doc_node(store, id)
    await asyncio.to_thread(store.remove_document, node.value)
    return Response(status_code=204)
