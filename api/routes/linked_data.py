"""Entity IRIs dereference (Linked Data): Turtle, JSON-LD or a readable HTML page by ``Accept``.

``/entity/{slug}`` always works; ``/id/{slug}`` answers when the configured base IRI is
this server's own ``/id/`` (so the IRIs in the data resolve here).
"""

from __future__ import annotations

import html
from typing import Annotated, Any
from urllib.parse import urlsplit

import pyoxigraph as ox
from fastapi import APIRouter, Path, Request
from starlette.responses import HTMLResponse, Response

from api.deps import LookupsDep
from api.lookups import Lookups, entity_node
from api.problems import problem_schema
from api.representations import serialize
from kg.errors import NotFoundError
from kg.rdf.sparql import negotiate

router = APIRouter(tags=["linked data"])

FORMATS = [("text/turtle", ox.RdfFormat.TURTLE), ("application/ld+json", ox.RdfFormat.JSON_LD),
           ("text/html", None), ("application/n-triples", ox.RdfFormat.N_TRIPLES),
           ("application/rdf+xml", ox.RdfFormat.RDF_XML)]
# the page has no script; only its inline style may apply
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'"
Slug = Annotated[str, Path(examples=["jensen-huang"], max_length=200)]
_RESPONSES: dict[int | str, dict[str, Any]] = {200: {"content": {
    "text/turtle": {"example": "id:jensen-huang a kgo:Person ; rdfs:label \"Jensen Huang\"@de ."},
    "application/ld+json": {"example": [{"@id": "https://w3id.org/kg-builder/id/jensen-huang"}]},
    "text/html": {"example": "<!doctype html><title>Jensen Huang</title>..."}}},
    404: {"description": "No such entity.", **problem_schema()}}


def _describe(request: Request, lookups: Lookups, slug: str) -> Response:
    node = entity_node(lookups.store, slug)
    mtype, fmt = negotiate(request.headers.get("accept"), FORMATS)
    if fmt is None:
        return HTMLResponse(_page(lookups.entity(node)), headers={"Vary": "Accept", "Content-Security-Policy": _CSP})
    body = serialize(lookups.description(node), fmt, lookups.store.base_iri)
    return Response(body, media_type=mtype, headers={"Vary": "Accept"})


@router.get("/entity/{slug}", summary="Dereference an entity: Turtle, JSON-LD or HTML by Accept",
            responses=_RESPONSES)
async def entity_document(request: Request, lookups: LookupsDep, slug: Slug) -> Response:
    return _describe(request, lookups, slug)


@router.get("/id/{slug}", summary="The entity IRI itself, when the base IRI is this server's /id/",
            responses=_RESPONSES)
async def entity_iri(request: Request, lookups: LookupsDep, slug: Slug) -> Response:
    base = urlsplit(lookups.store.base_iri)
    if (base.netloc, base.path) != (request.url.netloc, "/id/"):
        raise NotFoundError("entity IRIs are not served under this host",
                            hint=f"use /entity/{slug}; the base IRI is {lookups.store.base_iri}")
    return _describe(request, lookups, slug)


def _link(ent: dict) -> str:
    return f'<a href="/entity/{html.escape(ent["id"])}">{html.escape(ent["label"])}</a>'


def _page(e: dict) -> str:
    esc = html.escape
    rows = []
    for side in ("out", "in"):
        for r in e["relations"][side]:
            other = r.get("object") or r.get("subject")
            head = (f"{esc(e['label'])} <b>{esc(r['predicate'])}</b> {_link(other)}" if side == "out"
                    else f"{_link(other)} <b>{esc(r['predicate'])}</b> {esc(e['label'])}")
            ev = "".join(f"<li><q>{esc(x['sentence'] or '')}</q> <small>({esc(x['document'] or '')}, "
                         f"confidence {esc(str(x['confidence']))})</small></li>" for x in r["evidence"])
            rows.append(f"<li>{head}<ul>{ev}</ul></li>")
    same = "".join(f'<li><a href="{esc(s)}" rel="nofollow noopener">{esc(s)}</a></li>'
                   if s.startswith(("http://", "https://")) else f"<li>{esc(s)}</li>" for s in e["sameAs"])
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(e['label'])}</title>
<style>body{{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;line-height:1.4}}
q{{color:#333}} small{{color:#777}}</style></head><body>
<h1>{esc(e['label'])} <small>{esc(e['type'] or '')}</small></h1>
<p><code>{esc(e['iri'])}</code> · also as Turtle or JSON-LD by <code>Accept</code></p>
<p>Also known as: {esc(', '.join(e['aliases'])) or '—'}</p>
<h2>Same as</h2><ul>{same or '<li>—</li>'}</ul>
<h2>Relations</h2><ul>{''.join(rows) or '<li>none</li>'}</ul>
<h2>Documents</h2><ul>{''.join(f'<li><a href="/documents/{esc(d)}">{esc(d)}</a></li>' for d in e['documents'])}</ul>
</body></html>"""
