"""The response cache: repeated reads are served from it, and any write empties it."""

from __future__ import annotations

from api.cache import ResponseCache
from tests.api.conftest import BASE, TOKEN, news_store


def _cache(live) -> ResponseCache:
    stack = live.app.middleware_stack
    while not isinstance(stack, ResponseCache):
        stack = stack.app
    return stack


def test_reads_are_cached_per_accept_and_a_write_empties_the_cache(serve):
    live = serve(news_store(), api_token=TOKEN)
    with live.client() as c:
        c.get("/health")     # builds the middleware stack
        cache = _cache(live)
        first = c.get("/entities/meta")
        hits = cache.hits
        again = c.get("/entities/meta")
        assert cache.hits == hits + 1 and again.content == first.content
        assert again.headers["content-type"] == "application/json"
        ttl = c.get("/entities/meta", headers={"accept": "text/turtle"})
        assert ttl.headers["content-type"].startswith("text/turtle") and cache.hits == hits + 1
        missing = c.get("/entities/nobody")
        assert c.get("/entities/nobody").status_code == missing.status_code == 404
        update = f'INSERT DATA {{ GRAPH <http://example.org/g> {{ <{BASE}meta> skos:altLabel "Meta AI" }} }}'
        assert c.post("/sparql", data={"update": update}, headers={"authorization": f"Bearer {TOKEN}"}).status_code == 204
        after = c.get("/entities/meta")
        assert "Meta AI" in after.json()["aliases"] and cache.hits == hits + 1
