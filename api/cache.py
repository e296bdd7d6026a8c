"""A response cache in front of the read-only routes, valid for one store generation.

Every answer of ``GET /entities...``, ``/paths``, ``/documents...``, ``/entity/...``,
``/id/...`` and ``GET /sparql`` depends only on the store, the request line and the
``Accept`` and ``Host`` headers; so a 200 answer is kept (bounded LRU, small bodies only)
until the next write moves the store's generation. A hit skips routing, dependencies and
validation: it costs about as much as the HTTP floor.

A miss on ``GET /entities/{id}`` asking for JSON is answered from the entity view
(:meth:`api.lookups.Lookups.view_json`, every entity's JSON made once per store
generation) the same way, with the same headers the route gives; anything else goes on
to the route.
"""

from __future__ import annotations

from collections import OrderedDict

from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.representations import FORMATS, JSON
from kg.rdf.sparql import negotiate

ENTITY_PREFIX = "/entities/"
CACHED_PREFIXES = ("/entities", "/paths", "/documents", "/entity/", "/id/", "/sparql")
MAX_BODY = 256 * 1024


class ResponseCache:
    """ASGI middleware; ``scope["app"].state.store`` gives the generation."""

    def __init__(self, app: ASGIApp, entries: int = 4096) -> None:
        self.app = app
        self.entries = entries
        self._cache: OrderedDict[tuple, tuple[list[tuple[bytes, bytes]], bytes]] = OrderedDict()
        self._generation = -1
        self.hits = self.misses = self.view_hits = 0
        self._wants_json: dict[bytes | None, bool] = {}     # Accept header -> JSON is the answer

    def _json_wanted(self, accept: bytes | None) -> bool:
        found = self._wants_json.get(accept)
        if found is None:
            found = negotiate(accept.decode("latin-1") if accept is not None else None, FORMATS)[1] is None
            if len(self._wants_json) < 256:
                self._wants_json[accept] = found
        return found

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (scope["type"] != "http" or scope["method"] != "GET"
                or not scope["path"].startswith(CACHED_PREFIXES) or not self.entries):
            await self.app(scope, receive, send)
            return
        store = scope["app"].state.store
        generation = store.generation
        if generation != self._generation:
            self._cache.clear()
            self._generation = generation
        headers = dict(scope["headers"])
        key = (scope["path"], scope["query_string"], headers.get(b"accept"), headers.get(b"host"))
        found = self._cache.get(key)
        if found is not None:
            self.hits += 1
            self._cache.move_to_end(key)
            await send({"type": "http.response.start", "status": 200, "headers": found[0]})
            await send({"type": "http.response.body", "body": found[1]})
            return
        path = scope["path"]
        if path.startswith(ENTITY_PREFIX) and not scope["query_string"] and "/" not in path[len(ENTITY_PREFIX):]:
            lookups = getattr(scope["app"].state, "lookups", None)
            body = lookups.view_json(path[len(ENTITY_PREFIX):]) if lookups is not None else None
            # the route reads the first Accept header
            if body is not None and self._json_wanted(next((v for k, v in scope["headers"] if k == b"accept"), None)):
                self.view_hits += 1
                await Response(body, media_type=JSON, headers={"Vary": "Accept"})(scope, receive, send)
                return
        self.misses += 1
        start: Message | None = None
        chunks: list[bytes] = []
        size = 0

        async def keep(message: Message) -> None:
            nonlocal start, size
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body" and size <= MAX_BODY:
                chunks.append(message.get("body", b""))
                size += len(chunks[-1])
            await send(message)

        await self.app(scope, receive, keep)
        if (start is not None and start["status"] == 200 and size <= MAX_BODY
                and store.generation == generation == self._generation):
            self._cache[key] = (list(start.get("headers", [])), b"".join(chunks))
            if len(self._cache) > self.entries:
                self._cache.popitem(last=False)
