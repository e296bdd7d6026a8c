"""Settings of kg-builder: one class, one instance, overridable by ``KG_*`` variables.

>>> Settings(port=9000).port
9000
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _ontology_dir() -> Path:
    """The folder with kg.ttl, shapes.ttl and the extractor's data.

    In a source checkout (editable install) it is ``ontologies/`` beside ``kg/``; in a
    wheel it is packaged as ``kg/_ontologies``.
    """
    packaged = Path(__file__).resolve().parent / "_ontologies"
    return packaged if packaged.is_dir() else PROJECT_ROOT / "ontologies"


class Settings(BaseSettings):
    """Every setting of kg-builder. Each field is read from ``KG_<NAME>`` too."""

    model_config = SettingsConfigDict(env_prefix="KG_", env_file=None, extra="ignore")

    store: Path = Field(
        default=PROJECT_ROOT / "data" / "store",
        description="Folder of the persistent on-disk RDF store (pyoxigraph/RocksDB).",
    )
    base_iri: str = Field(
        default="https://w3id.org/kg-builder/id/",
        description="Prefix of entity IRIs; documents live under <base>doc/.",
    )
    host: str = Field(default="127.0.0.1", description="Address the HTTP server binds to.")
    port: int = Field(default=8000, ge=1, le=65535, description="Port of the HTTP server.")
    ontology_dir: Path = Field(
        default_factory=_ontology_dir,
        description="Folder holding kg.ttl, shapes.ttl, the catalogue and the lexicons.",
    )
    max_document_bytes: int = Field(
        default=20 * 1024 * 1024,
        description="Largest document `kg build`/`kg extract` accept; bigger ones are refused.",
    )
    api_token: str | None = Field(
        default=None,
        description="Bearer token that allows writes over HTTP; with none set, writes are refused.",
    )
    query_timeout: float = Field(default=10.0, gt=0, description="Seconds a SPARQL query may run.")
    max_result_rows: int = Field(default=10_000, ge=1, description="Cap on rows a query returns over HTTP.")
    max_body_bytes: int = Field(default=2 * 1024 * 1024, ge=1, description="Cap on HTTP request bodies.")
    cors_origins: list[str] = Field(default_factory=list, description="Origins allowed by CORS; empty = CORS off.")
    spacy_model: str | None = Field(
        default=None,
        description="Name or path of an installed statistical spaCy pipeline used as extra evidence.",
    )
    learned_relations: bool = Field(
        default=True,
        description="Add the relations the learned fallback (kg_pairs) finds where no rule matched; false = rules only.",
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The one settings instance (read once from the environment)."""
    return Settings()
