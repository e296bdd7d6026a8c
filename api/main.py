"""The FastAPI application: opens the store and the query workers once, joins the routers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api import problems
from api.cache import ResponseCache
from api.lookups import Lookups
from api.routes import analytics, documents, entities, exports, health, linked_data, paths, sparql
from api.workers import QueryPool, default_pool_size
from kg import __version__
from kg.config import Settings, get_settings
from kg.rdf.store import KGStore, open_store


def create_app(settings: Settings | None = None, store: KGStore | None = None) -> FastAPI:
    """Build the app; tests pass their own settings or an already opened store."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.settings = settings
        app.state.store = store or open_store(settings.store, base_iri=settings.base_iri)
        app.state.lookups = Lookups(app.state.store)
        app.state.lookups.warm()
        app.state.pool = QueryPool(app.state.store, size=default_pool_size(), timeout=settings.query_timeout)
        await app.state.pool.start()
        try:
            yield
        finally:
            await app.state.pool.close()
            app.state.store.flush()

    app = FastAPI(title="kg-builder", version=__version__, lifespan=lifespan,
                  description="A knowledge graph of AI-industry news: SPARQL 1.1 endpoint, entity lookups, "
                              "analytics and exports. Errors are RFC 9457 `application/problem+json`; "
                              "writes need `Authorization: Bearer <KG_API_TOKEN>`.")
    app.state.settings = settings
    problems.install(app)
    for module in (health, sparql, entities, paths, documents, linked_data, analytics, exports):
        app.include_router(module.router)
    app.add_middleware(ResponseCache)       # innermost: it caches what the routes answer
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins,
                           allow_methods=["GET", "POST", "DELETE"],
                           allow_headers=["Authorization", "Content-Type", "Accept"])
    app.add_middleware(problems.BodyLimit, max_bytes=settings.max_body_bytes)
    return app
