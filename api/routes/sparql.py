"""``/sparql``: the SPARQL 1.1 Protocol (query and update) over the store.

Queries run in the query workers (time limit, row cap, no network); updates need the
bearer token, are tried on a copy of the store in a worker under the same time limit, and
then run in the server process. With neither ``default-graph-uri`` nor
``named-graph-uri`` nor FROM in the query, the default graph is the union of all graphs.
"""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import parse_qsl

import pyoxigraph as ox
from fastapi import APIRouter, Request
from starlette.responses import Response

from api.deps import PoolDep, SettingsDep, StoreDep, check_token
from api.problems import UnsupportedMediaType, problem_schema
from kg.errors import InputError, QueryError, StoreError
from kg.rdf.sparql import GRAPH_FORMATS, RESULT_FORMATS, QueryRequest, inspect, negotiate, with_using

router = APIRouter(tags=["sparql"])

SD = "http://www.w3.org/ns/sparql-service-description#"
FORM = "application/x-www-form-urlencoded"
QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"

_EXAMPLE_JSON = {"head": {"vars": ["org", "label"]}, "results": {"bindings": [
    {"org": {"type": "uri", "value": "https://w3id.org/kg-builder/id/nvidia"},
     "label": {"type": "literal", "value": "Nvidia", "xml:lang": "de"}}]}}
_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"description": "Results (SELECT/ASK) or a graph (CONSTRUCT/DESCRIBE), or the service description "
                         "when no query is given. The format follows `Accept`.",
          "content": {"application/sparql-results+json": {"example": _EXAMPLE_JSON},
                      "application/sparql-results+xml": {}, "text/csv": {"example": "org,label\r\nhttps://w3id.org/kg-builder/id/nvidia,Nvidia\r\n"},
                      "text/tab-separated-values": {},
                      "text/turtle": {"example": "<https://w3id.org/kg-builder/id/nvidia> a kgo:Organization ."},
                      "application/n-triples": {}, "application/ld+json": {}, "application/rdf+xml": {},
                      "application/trig": {}}},
    204: {"description": "The update was applied."},
    400: {"description": "Malformed query or update, or a refused operation (SERVICE, LOAD).", **problem_schema()},
    401: {"description": "Update without a valid bearer token.", **problem_schema()},
    403: {"description": "Updates are disabled (no token configured).", **problem_schema()},
    413: {"description": "Body over the size cap.", **problem_schema()},
    415: {"description": "Body media type or charset not supported.", **problem_schema()},
    503: {"description": "The query ran over the time limit and was stopped.", **problem_schema()},
}

_GET_PARAMETERS = [
    {"name": "query", "in": "query", "required": False, "schema": {"type": "string"},
     "description": "The SPARQL query. Absent: the service description is returned.",
     "example": "PREFIX kgo: <https://w3id.org/kg-builder/ontology#> "
                "SELECT ?org ?label WHERE { ?org a kgo:Organization ; rdfs:label ?label } LIMIT 10"},
    {"name": "default-graph-uri", "in": "query", "required": False, "explode": True,
     "schema": {"type": "array", "items": {"type": "string"}},
     "description": "Graphs merged into the default graph (repeatable). Default: the union of all graphs.",
     "example": ["https://w3id.org/kg-builder/id/doc/daee0570d8bd31b4"]},
    {"name": "named-graph-uri", "in": "query", "required": False, "explode": True,
     "schema": {"type": "array", "items": {"type": "string"}},
     "description": "Graphs available to GRAPH (repeatable).",
     "example": ["https://w3id.org/kg-builder/id/doc/daee0570d8bd31b4"]},
]


# The parameters are read from the raw query string (they repeat, and their names have
# dashes), so they are declared for OpenAPI only; FastAPI's validation would cost more
# than answering a cached query.
@router.get("/sparql", summary="SPARQL query by GET (or the service description)", responses=_RESPONSES,
            openapi_extra={"parameters": _GET_PARAMETERS})
async def sparql_get(request: Request, store: StoreDep, settings: SettingsDep, pool: PoolDep) -> Response:
    """Run a query given in `query=`; `default-graph-uri`/`named-graph-uri` set the dataset.

    Updates are refused on GET (POST them with the token).
    """
    params = parse_qsl(request.scope["query_string"].decode("utf-8", "replace"), keep_blank_values=True)
    if any(k == "update" for k, _ in params):
        raise QueryError("updates must be sent by POST", hint="POST update=... or application/sparql-update")
    return await _dispatch(request, store, settings, pool, params, body_query=None)


@router.post("/sparql", summary="SPARQL query or update by POST", responses=_RESPONSES, openapi_extra={
    "requestBody": {"required": True, "content": {
        FORM: {"schema": {"type": "object", "properties": {
            "query": {"type": "string"}, "update": {"type": "string"},
            "default-graph-uri": {"type": "array", "items": {"type": "string"}},
            "named-graph-uri": {"type": "array", "items": {"type": "string"}},
            "using-graph-uri": {"type": "array", "items": {"type": "string"}},
            "using-named-graph-uri": {"type": "array", "items": {"type": "string"}}}},
            "example": {"query": "ASK { ?s ?p ?o }"}},
        QUERY_TYPE: {"schema": {"type": "string"}, "example": "SELECT * WHERE { ?s ?p ?o } LIMIT 5"},
        UPDATE_TYPE: {"schema": {"type": "string"},
                      "example": "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> "
                                 "<https://example.org/p> 1 } }"}}}})
async def sparql_post(request: Request, store: StoreDep, settings: SettingsDep, pool: PoolDep) -> Response:
    """A query (`application/sparql-query`, or the form field `query`) or an update
    (`application/sparql-update`, or the form field `update`; needs `Authorization: Bearer`).

    Dataset parameters (`default-graph-uri`, `named-graph-uri`, `using-graph-uri`,
    `using-named-graph-uri`) may be in the URL or the form.
    """
    mtype, _, rest = (request.headers.get("content-type") or "").partition(";")
    mtype = mtype.strip().lower()
    charset = next((p.split("=", 1)[1].strip().strip('"').lower() for p in rest.split(";")
                    if p.strip().lower().startswith("charset=")), "utf-8")
    if mtype not in (FORM, QUERY_TYPE, UPDATE_TYPE):
        raise UnsupportedMediaType(f"a SPARQL request body must be {FORM}, {QUERY_TYPE} or {UPDATE_TYPE}, "
                                   f"not {mtype or 'untyped'}")
    if charset not in ("utf-8", "utf8"):
        raise UnsupportedMediaType(f"the body must be UTF-8, not {charset}")
    try:
        text = (await request.body()).decode("utf-8")
    except UnicodeDecodeError:
        raise InputError("the body is not valid UTF-8") from None
    params = parse_qsl(request.scope["query_string"].decode("utf-8", "replace"), keep_blank_values=True)
    if mtype == FORM:
        params += parse_qsl(text, keep_blank_values=True)
        return await _dispatch(request, store, settings, pool, params, body_query=None)
    if any(k in ("query", "update") for k, _ in params):
        raise QueryError("query= or update= cannot be given with a direct POST body")
    if mtype == QUERY_TYPE:
        return await _dispatch(request, store, settings, pool, params, body_query=text)
    return await _update(request, store, settings, pool, params, text)


def _values(params: list[tuple[str, str]], key: str) -> list[str]:
    return [v for k, v in params if k == key]


def _iris(params: list[tuple[str, str]], key: str) -> list[str]:
    out = _values(params, key)
    for iri in out:
        try:
            ox.NamedNode(iri)
        except ValueError:
            raise QueryError(f"{key} {iri!r} is not an absolute IRI") from None
    return out


async def _dispatch(request: Request, store, settings, pool, params, *, body_query: str | None) -> Response:
    queries, updates = _values(params, "query"), _values(params, "update")
    if body_query is not None:
        queries.append(body_query)
    if len(queries) + len(updates) > 1:
        raise QueryError("exactly one query= or update= is allowed per request")
    if updates:
        return await _update(request, store, settings, pool, params, updates[0])
    if not queries:
        if request.method == "POST":
            raise QueryError("the request holds no query and no update")
        return _service_description(request)
    # the worker refuses SERVICE/LOAD (kg.rdf.sparql.execute inspects every query it runs)
    req = QueryRequest(
        sparql=queries[0], default_graphs=_iris(params, "default-graph-uri"),
        named_graphs=_iris(params, "named-graph-uri"), base_iri=_endpoint(request),
        accept=request.headers.get("accept"), max_rows=settings.max_result_rows, prefixes=store.prefixes)
    answer = await pool.run(req)
    headers = {"Vary": "Accept"}
    if answer.truncated:
        headers["KG-Results-Truncated"] = f"max_result_rows={settings.max_result_rows}"
    return Response(answer.body, media_type=answer.media_type, headers=headers)


async def _update(request: Request, store, settings, pool, params, text: str) -> Response:
    check_token(settings, request.headers.get("authorization"))
    inspect(text, update=True)
    sparql = with_using(text, _iris(params, "using-graph-uri"), _iris(params, "using-named-graph-uri"))
    # first on a copy in a worker, within the time limit: a malformed, failing or endless update
    # stops there and the store stays as it was
    await pool.trial_update(sparql, _endpoint(request), store.prefixes)

    def run() -> None:
        store.generation += 1
        try:
            store.raw.update(sparql, base_iri=_endpoint(request), prefixes=store.prefixes)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL update: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"the store could not be written: {exc}") from exc
        finally:
            store.generation += 1

    await asyncio.to_thread(run)
    return Response(status_code=204)


def _endpoint(request: Request) -> str:
    """The endpoint's URL, the base IRI of queries and updates (built from the scope: request.url is slow)."""
    scope = request.scope
    host = request.headers.get("host")
    if not host:
        server = scope.get("server") or ("localhost", None)
        host = f"{server[0]}:{server[1]}" if server[1] else str(server[0])
    return f"{scope.get('scheme', 'http')}://{host}{scope.get('root_path', '')}{scope['path']}"


def _service_description(request: Request) -> Response:
    def n(local: str) -> ox.NamedNode:
        return ox.NamedNode(SD + local)

    svc, rdf_type = ox.BlankNode(), ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    dataset = ox.BlankNode()
    triples = [
        ox.Triple(svc, rdf_type, n("Service")),
        ox.Triple(svc, n("endpoint"), ox.NamedNode(_endpoint(request))),
        ox.Triple(svc, n("supportedLanguage"), n("SPARQL11Query")),
        ox.Triple(svc, n("supportedLanguage"), n("SPARQL11Update")),
        ox.Triple(svc, n("feature"), n("UnionDefaultGraph")),
        ox.Triple(svc, n("defaultDataset"), dataset),
        ox.Triple(dataset, rdf_type, n("Dataset")),
    ]
    for mtype, _ in RESULT_FORMATS + GRAPH_FORMATS:
        fmt = ox.QueryResultsFormat.from_media_type(mtype) or ox.RdfFormat.from_media_type(mtype)
        if fmt is not None:
            triples.append(ox.Triple(svc, n("resultFormat"), ox.NamedNode(fmt.iri)))
    mtype, fmt = negotiate(request.headers.get("accept"), GRAPH_FORMATS)
    prefixes = {"sd": SD} if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
    items = [ox.Quad(t.subject, t.predicate, t.object) for t in triples] if fmt.supports_datasets else triples
    body = ox.serialize(items, format=fmt, prefixes=prefixes)
    return Response(body, media_type=mtype, headers={"Vary": "Accept"})
