"""Shared dependencies of the routes, as ``Annotated`` aliases."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from kg.config import Settings
from kg.rdf.store import KGStore


def get_store(request: Request) -> KGStore:
    """The store the app opened at start-up (one per process)."""
    return request.app.state.store


def get_app_settings(request: Request) -> Settings:
    return request.app.state.settings


StoreDep = Annotated[KGStore, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]
