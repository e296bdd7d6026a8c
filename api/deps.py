"""Shared dependencies of the routes, as ``Annotated`` aliases.

The getters are ``async`` although they do not await: FastAPI would run plain functions in
its thread pool, which costs more than the lookup itself.
"""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from api.lookups import Lookups
from api.problems import WritesDisabled
from api.workers import QueryPool
from kg.config import Settings
from kg.errors import AuthError
from kg.rdf.store import KGStore


async def get_store(request: Request) -> KGStore:
    """The store the app opened at start-up (one per process)."""
    return request.app.state.store


async def get_app_settings(request: Request) -> Settings:
    return request.app.state.settings


async def get_pool(request: Request) -> QueryPool:
    """The query workers that run client SPARQL under the time limit."""
    return request.app.state.pool


async def get_lookups(request: Request) -> Lookups:
    """Read views of the store for the lookup routes (search index cached per store generation)."""
    return request.app.state.lookups


_bearer = HTTPBearer(auto_error=False, description="KG_API_TOKEN; required for every write.")


def check_token(settings: Settings, authorization: str | None) -> None:
    """Allow a write only with ``Authorization: Bearer <api_token>`` (compared in constant time)."""
    if not settings.api_token:
        raise WritesDisabled("writes are disabled on this server", hint="the operator sets KG_API_TOKEN to allow them")
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), settings.api_token.encode()):
        raise AuthError("a valid bearer token is required for writes", hint="send Authorization: Bearer <token>")


async def require_token(request: Request, settings: Annotated[Settings, Depends(get_app_settings)],
                  _: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> None:
    check_token(settings, request.headers.get("authorization"))


StoreDep = Annotated[KGStore, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]
PoolDep = Annotated[QueryPool, Depends(get_pool)]
LookupsDep = Annotated[Lookups, Depends(get_lookups)]
TokenDep = Depends(require_token)
