"""Extraction -> RDF quads: the one place where kg-builder makes RDF terms.

Each document becomes one named graph (IRI from its content hash) holding
its metadata, the entities it mentions, the relations it states as plain triples,
and one provenance record per relation (``kgo:Evidence``, an ``rdf:Statement``).

>>> from kg.model import Document, Entity, Extraction
>>> doc = Document(name="a.txt", text="Acme baut X.", language="de")
>>> ex = Extraction(document=doc, entities=[Entity(id="https://e.org/acme", label="Acme", type="Organization")])
>>> quads = extraction_to_quads(ex, base="https://e.org/", ingested_at="2026-01-01T00:00:00Z")
>>> any(q.predicate.value.endswith("#label") for q in quads)
True
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from pyoxigraph import Literal, NamedNode, Quad

from kg.model import Extraction
from kg.rdf.namespaces import DCT, KGO, OWL, PROV, RDF, RDFS, SKOS, XSD, document_iri, evidence_iri

__all__ = ["extraction_to_quads", "iri", "kgo", "literal"]

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def iri(value: str) -> NamedNode:
    return NamedNode(value)


def kgo(local: str) -> NamedNode:
    return NamedNode(KGO + local)


def literal(value: object, *, lang: str | None = None) -> Literal:
    """A typed literal for Python numbers, booleans and dates; a plain or tagged string otherwise."""
    if isinstance(value, bool):
        return Literal("true" if value else "false", datatype=NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return Literal(str(value), datatype=NamedNode(XSD + "integer"))
    if isinstance(value, float):
        return Literal(repr(value), datatype=NamedNode(XSD + "double"))
    if isinstance(value, dt.datetime):
        return Literal(value.isoformat(), datatype=NamedNode(XSD + "dateTime"))
    text = str(value)
    if lang and lang != "und":
        return Literal(text, language=lang)
    return Literal(text)


_TYPE = NamedNode(RDF + "type")
_LABEL = NamedNode(RDFS + "label")


def extraction_to_quads(ex: Extraction, *, base: str, ingested_at: str | None = None) -> list[Quad]:
    """All quads of one document's named graph."""
    doc = ex.document
    lang = doc.language
    d = iri(document_iri(doc.content_hash, base))
    out: list[Quad] = []

    def add(s: NamedNode, p: NamedNode, o: NamedNode | Literal) -> None:
        out.append(Quad(s, p, o, d))

    add(d, _TYPE, kgo("Document"))
    add(d, _TYPE, NamedNode(PROV + "Entity"))
    add(d, kgo("fileName"), literal(doc.name))
    add(d, kgo("contentHash"), literal(doc.content_hash))
    add(d, NamedNode(DCT + "language"), literal(lang))
    add(d, kgo("wordCount"), literal(len(doc.text.split())))
    stamp = ingested_at or dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    add(d, kgo("ingestedAt"), Literal(stamp, datatype=NamedNode(XSD + "dateTime")))
    meta = doc.metadata
    if meta.get("source"):
        src = meta["source"]
        add(d, NamedNode(DCT + "source"), iri(src) if re.match(r"^https?://\S+$", src) else literal(src))
    if meta.get("title"):
        add(d, NamedNode(DCT + "title"), literal(meta["title"], lang=lang))
    if meta.get("date"):
        date = meta["date"]
        add(d, NamedNode(DCT + "date"),
            Literal(date, datatype=NamedNode(XSD + "date")) if _DATE.match(date) else literal(date))

    for e in ex.entities:
        s = iri(e.id)
        add(s, _TYPE, kgo(e.type))
        add(s, _LABEL, literal(e.label, lang=lang))
        for l_lang, l_text in e.labels.items():
            if l_text and l_text != e.label:
                add(s, NamedNode(SKOS + "altLabel"), literal(l_text, lang=l_lang))
        for alias in e.aliases:
            add(s, NamedNode(SKOS + "altLabel"), literal(alias, lang=lang))
        for same in e.same_as:
            add(s, NamedNode(OWL + "sameAs"), iri(same))
        add(s, kgo("mentionedIn"), d)
        add(s, kgo("mentionCount"), literal(max(1, len(e.mentions))))

    for i, r in enumerate(_unique(ex)):
        s, o, p = iri(r.subject.id), iri(r.object.id), kgo(r.predicate)
        add(s, p, o)
        ev = iri(evidence_iri(d.value, i))
        add(ev, _TYPE, kgo("Evidence"))
        add(ev, _TYPE, NamedNode(RDF + "Statement"))
        add(ev, NamedNode(RDF + "subject"), s)
        add(ev, NamedNode(RDF + "predicate"), p)
        add(ev, NamedNode(RDF + "object"), o)
        add(ev, kgo("sentence"), literal(r.evidence, lang=lang))
        add(ev, kgo("start"), literal(r.start))
        add(ev, kgo("end"), literal(r.end))
        add(ev, kgo("confidence"), Literal(f"{r.confidence:.3f}", datatype=NamedNode(XSD + "decimal")))
        add(ev, kgo("rule"), literal(r.rule))
        if r.speculative:
            add(ev, kgo("speculative"), literal(True))
        for key, value in sorted(r.qualifiers.items()):
            if value is not None and re.match(r"^[A-Za-z][A-Za-z0-9_]*$", key):
                add(ev, kgo(key), literal(value))
        add(ev, NamedNode(PROV + "wasDerivedFrom"), d)
    return out


def _unique(ex: Extraction) -> Iterable:
    """Relations that are stated (not negated), each (s, p, o, sentence) once."""
    seen: set[tuple[str, str, str, int]] = set()
    for r in ex.relations:
        if r.negated:
            continue
        k = (r.subject.id, r.predicate, r.object.id, r.start)
        if k not in seen:
            seen.add(k)
            yield r
