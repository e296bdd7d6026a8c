"""A response cache in front of the read-only routes, valid for one store generation.

Every answer of ``GET /entities...``, ``/paths``, ``/documents...``, ``/entity/...``,
``/id/...`` and ``GET /sparql`` depends only on the store, the request line and the
``Accept`` and ``Host`` headers; so a 200 answer is kept (bounded LRU, small bodies only)
until the next write moves the store's generation. A hit skips routing, dependencies and
validation: it costs about as much as the HTTP floor.
"""

from __future__ import annotations

from collections import OrderedDict

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CACHED_PREFIXES = ("/entities", "/paths", "/documents", "/entity/", "/id/", "/sparql")
MAX_BODY = 256 * 1024


class ResponseCache:
    """ASGI middleware; ``scope["app"].state.store`` gives the generation."""

    def __init__(self, app: ASGIApp, entries: int = 4096) -> None:
        self.app = app
        self.entries = entries
        self._cache: OrderedDict[tuple, tuple[list[tuple[bytes, bytes]], bytes]] = OrderedDict()
        self._generation = -1
        self.hits = self.misses = 0

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
