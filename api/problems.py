"""The HTTP edge of the exception tree: every error becomes RFC 9457 ``application/problem+json``.

A problem has ``type``, ``title``, ``status`` and ``detail`` (plus ``hint`` when the
error carries one). Unexpected exceptions are logged here and answered with a generic
500: no stack trace ever reaches a client.
"""

from __future__ import annotations

import json
import logging
import re
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kg.errors import AuthError, KGError, LimitError

log = logging.getLogger("kg.api")

PROBLEM = "application/problem+json"
PROBLEM_BASE = "https://w3id.org/kg-builder/problems/"


class WritesDisabled(AuthError):
    http_status = 403
    title = "Writes disabled"


class BodyTooLarge(LimitError):
    title = "Request body too large"


class UnsupportedMediaType(KGError):
    http_status = 415
    title = "Unsupported media type"


class ExtractorUnavailable(KGError):
    http_status = 503
    title = "Extractor unavailable"


def problem(status: int, title: str, detail: str, *, hint: str | None = None,
            headers: dict[str, str] | None = None) -> Response:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    body = {"type": PROBLEM_BASE + slug, "title": title, "status": status, "detail": detail}
    if hint:
        body["hint"] = hint
    hdrs = dict(headers or {})
    if status == 401:
        hdrs.setdefault("WWW-Authenticate", 'Bearer realm="kg-builder"')
    return Response(json.dumps(body, ensure_ascii=False), status_code=status, media_type=PROBLEM, headers=hdrs)


def problem_schema() -> dict[str, Any]:
    """The OpenAPI description of a problem response (for ``responses=``)."""
    return {"content": {PROBLEM: {"example": {
        "type": PROBLEM_BASE + "not-found", "title": "Not found", "status": 404,
        "detail": "no entity 'acme-corp' in the store"}}}}


def install(app: FastAPI) -> None:
    """Register the exception handlers."""

    @app.exception_handler(KGError)
    async def kg_error(request: Request, exc: KGError) -> Response:
        return problem(exc.http_status, exc.title, exc.message, hint=exc.hint)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        title = HTTPStatus(exc.status_code).phrase
        detail = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
        return problem(exc.status_code, title, detail, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        parts = []
        for err in exc.errors():
            where = ".".join(str(x) for x in err.get("loc", ()) if x != "body")
            parts.append(f"{where}: {err.get('msg')}")
        return problem(422, "Invalid request", "; ".join(parts) or "the request is not valid")

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return problem(500, "Internal error", "the server met an unexpected error; it has been logged")


class BodyLimit:
    """ASGI middleware: refuse bodies over ``max_bytes``, by Content-Length or while reading (413)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_bytes):
            too_big = length.isdigit()
            resp = problem(413 if too_big else 400, BodyTooLarge.title if too_big else "Bad input",
                           f"the body is larger than {self.max_bytes} bytes" if too_big
                           else "invalid Content-Length", headers={"Connection": "close"})
            await resp(scope, receive, send)
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.max_bytes:
                    raise BodyTooLarge(f"the body is larger than {self.max_bytes} bytes")
            return msg

        await self.app(scope, limited, send)
