"""Answers of the lookup routes: JSON by default, JSON-LD, Turtle (and N-Triples, RDF/XML) by ``Accept``."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

import pyoxigraph as ox
from fastapi import Request
from starlette.responses import Response

from kg.rdf.namespaces import PREFIXES
from kg.rdf.sparql import negotiate

JSON = "application/json"
FORMATS: list[tuple[str, Any]] = [
    (JSON, None),
    ("application/ld+json", ox.RdfFormat.JSON_LD),
    ("text/turtle", ox.RdfFormat.TURTLE),
    ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("application/rdf+xml", ox.RdfFormat.RDF_XML),
]


def rdf_content(example: str = "<https://w3id.org/kg-builder/id/meta> a kgo:Organization .") -> dict:
    """OpenAPI ``content`` entries of the RDF alternatives."""
    return {"application/ld+json": {}, "text/turtle": {"example": example}}


def serialize(triples: Iterable[ox.Triple], fmt: ox.RdfFormat, base: str) -> bytes:
    prefixes = {**PREFIXES, "id": base} if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
    return ox.serialize(list(triples), format=fmt, prefixes=prefixes) or b""


def respond(request: Request, data: Any, triples: Callable[[], Iterable[ox.Triple]], base: str,
            *, status: int = 200, formats: list[tuple[str, Any]] = FORMATS) -> Response:
    """``data`` (or ``data()``) as JSON, or ``triples()`` in the RDF format ``Accept`` prefers."""
    mtype, fmt = negotiate(request.headers.get("accept"), formats)
    headers = {"Vary": "Accept"}
    if fmt is None:
        body = data() if callable(data) else data
        return Response(json.dumps(body, ensure_ascii=False), status_code=status, media_type=JSON, headers=headers)
    return Response(serialize(triples(), fmt, base), status_code=status, media_type=mtype, headers=headers)
