"""The FastAPI application: opens the store once, joins the routers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

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
        yield
        app.state.store.flush()

    app = FastAPI(title="kg-builder", version=__version__, lifespan=lifespan,
                  description="A knowledge graph of AI-industry news: SPARQL 1.1 endpoint, entity lookups, "
                              "analytics and exports.")
    from api.routes import health

    app.include_router(health.router)
    return app
