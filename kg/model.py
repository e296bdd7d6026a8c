"""What extraction produces: a document, its entities and its relations with evidence.

These plain dataclasses are the hand-over point between ``kg.extract`` (text -> Doc ->
Extraction) and ``kg.rdf`` (Extraction -> quads). Their ``to_json`` follows the
``kg extract --format json`` contract of ONTOLOGY.md.

>>> e = Entity(id="https://w3id.org/kg-builder/id/meta", label="Meta", type="Organization")
>>> e.to_json()["type"]
'Organization'
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

ENTITY_TYPES = ("Person", "Organization", "AIModel", "Hardware", "Product", "Concept")
PREDICATES = (
    "ceoOf", "founderOf", "worksFor", "develops", "manufactures", "usesHardware",
    "subOrganizationOf", "mergedWith", "investsIn", "partnerOf", "competesWith",
    "comparedTo", "versionOf", "acquired", "interviewedBy", "pursues",
)
SYMMETRIC = frozenset({"mergedWith", "partnerOf", "competesWith", "comparedTo"})


@dataclass
class Document:
    """One article: its text (header lines removed) and metadata."""

    name: str                      # path or name as given by the user
    text: str
    language: str = "und"
    metadata: dict[str, str] = field(default_factory=dict)   # source, date, title, ...

    @property
    def content_hash(self) -> str:
        """SHA-256 of the text; names the document's graph, so the same text is the same graph."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class Entity:
    """A canonical entity of one document."""

    id: str
    label: str
    type: str
    aliases: list[str] = field(default_factory=list)
    same_as: list[str] = field(default_factory=list)       # e.g. Wikidata entity IRIs
    labels: dict[str, str] = field(default_factory=dict)   # language -> label (from the catalogue)
    mentions: list[tuple[int, int]] = field(default_factory=list)  # char offsets in the text
    # named only by a phrase that is a concept where a relation names it ("generative KI"): an
    # extraction keeps the entity only then
    tentative: bool = field(default=False, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "label": self.label, "type": self.type,
            "aliases": list(self.aliases), "sameAs": list(self.same_as),
            "mentions": [list(m) for m in self.mentions],
        }


@dataclass
class Relation:
    """A relation the text states, with the sentence that states it."""

    subject: Entity
    predicate: str
    object: Entity
    evidence: str
    start: int                     # char offsets of the evidence in the document text
    end: int
    confidence: float
    rule: str                      # the rule or component that made it
    qualifiers: dict[str, Any] = field(default_factory=dict)   # quantity, amount, currency, period, ...
    negated: bool = False
    speculative: bool = False

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "subject": self.subject.label, "predicate": self.predicate, "object": self.object.label,
            "evidence": self.evidence, "confidence": round(self.confidence, 3),
            "subject_id": self.subject.id, "object_id": self.object.id,
            "start": self.start, "end": self.end, "rule": self.rule,
        }
        if self.qualifiers:
            out["qualifiers"] = dict(self.qualifiers)
        if self.speculative:
            out["speculative"] = True
        return out


@dataclass
class Extraction:
    """Everything extracted from one document."""

    document: Document
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "document": self.document.name,
            "language": self.document.language,
            "metadata": dict(self.document.metadata),
            "entities": [e.to_json() for e in self.entities],
            "relations": [r.to_json() for r in self.relations if not r.negated],
        }
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out
