"""Liveness and a summary of what the store holds."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import StoreDep

router = APIRouter(tags=["health"])


@router.get("/health", summary="Is the server up, and what does the store hold?",
            responses={200: {"content": {"application/json": {"example": {
                "status": "ok", "triples": 1234, "documents": 1}}}}})
def health(store: StoreDep) -> dict:
    return {"status": "ok", "triples": len(store), "documents": len(store.document_iris())}
