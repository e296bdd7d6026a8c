"""SHACL validation of the store with pySHACL, reported readably.

The data graph is the union of the document graphs (analytics results are left out);
the shapes are ``ontologies/shapes.ttl``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import rdflib
from pyoxigraph import RdfFormat

from kg.errors import ConfigError
from kg.rdf.store import KGStore

__all__ = ["ValidationReport", "Violation", "validate"]

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")


@dataclass
class Violation:
    focus: str
    path: str | None
    value: str | None
    message: str
    shape: str


@dataclass
class ValidationReport:
    conforms: bool
    triples: int
    violations: list[Violation] = field(default_factory=list)

    def text(self, limit: int = 50) -> str:
        if self.conforms:
            return f"conforms: {self.triples:,} triples checked against the SHACL shapes, no violations"
        lines = [f"does not conform: {len(self.violations)} violation(s) in {self.triples:,} triples"]
        for message, n in Counter(v.message for v in self.violations).most_common():
            lines.append(f"  {n:4d} x {message}")
        lines.append("details:")
        for v in self.violations[:limit]:
            where = f" via {_short(v.path)}" if v.path else ""
            value = f" -> {_short(v.value)}" if v.value else ""
            lines.append(f"  {_short(v.focus)}{where}{value}: {v.message}")
        if len(self.violations) > limit:
            lines.append(f"  ... and {len(self.violations) - limit} more")
        return "\n".join(lines)


def _short(iri: str | None) -> str:
    if not iri:
        return ""
    for prefix, ns in (("kgo:", "https://w3id.org/kg-builder/ontology#"), ("id:", "https://w3id.org/kg-builder/id/"),
                       ("rdfs:", "http://www.w3.org/2000/01/rdf-schema#")):
        if iri.startswith(ns):
            return prefix + iri[len(ns):]
    return iri


def validate(store: KGStore, ontology_dir: Path) -> ValidationReport:
    """Validate the union of the document graphs against ``shapes.ttl``."""
    import pyshacl

    shapes_path = Path(ontology_dir) / "shapes.ttl"
    if not shapes_path.is_file():
        raise ConfigError(f"no SHACL shapes at {shapes_path}", hint="set KG_ONTOLOGY_DIR to the ontologies/ folder")
    data = rdflib.Graph()
    for graph in store.document_iris():
        data.parse(data=store.dump(RdfFormat.N_TRIPLES, graph=graph), format="nt")
    shapes = rdflib.Graph().parse(shapes_path, format="turtle")
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=True,
                                            allow_warnings=True)
    violations = []
    for r in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        msg = results.value(r, SH.resultMessage)
        violations.append(Violation(
            focus=str(results.value(r, SH.focusNode)),
            path=str(results.value(r, SH.resultPath)) if results.value(r, SH.resultPath) else None,
            value=str(results.value(r, SH.value)) if results.value(r, SH.value) else None,
            message=str(msg) if msg else "constraint violated",
            shape=str(results.value(r, SH.sourceShape)),
        ))
    violations.sort(key=lambda v: (v.message, v.focus))
    return ValidationReport(conforms=bool(conforms), triples=len(data), violations=violations)
