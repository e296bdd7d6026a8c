"""Liveness and a summary of what the store holds."""

from __future__ import annotations

from fastapi import APIRouter, Request

from api.deps import LookupsDep, StoreDep

router = APIRouter(tags=["health"])


@router.get("/health", summary="Is the server up, and what does the store hold?",
            responses={200: {"content": {"application/json": {"example": {
                "status": "ok", "triples": 1234, "documents": 1, "lookups_in_memory": True}}}}})
async def health(request: Request, store: StoreDep, lookups: LookupsDep) -> dict:
    """`lookups_in_memory`: lookups read an in-memory copy of the store (false while it is being made)."""
    # counting a RocksDB store scans it, so the counts are kept until the next write
    cached = getattr(request.app.state, "health_counts", None)
    if cached is None or cached[0] != store.generation:
        cached = (store.generation, {"status": "ok", "triples": len(store), "documents": len(store.document_iris())})
        request.app.state.health_counts = cached
    return {**cached[1], "lookups_in_memory": lookups.in_memory}
