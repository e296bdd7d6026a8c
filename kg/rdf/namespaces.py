"""IRIs of kg-builder: the ontology namespace, entity and document IRIs.

>>> entity_iri("Jensen Huang", "https://w3id.org/kg-builder/id/")
'https://w3id.org/kg-builder/id/jensen-huang'
>>> slugify("Qwen 2.5 (72B)")
'qwen-2-5-72b'
"""

from __future__ import annotations

import re
import unicodedata

KGO = "https://w3id.org/kg-builder/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"
WD = "http://www.wikidata.org/entity/"

PREFIXES = {
    "kgo": KGO, "rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD, "skos": SKOS,
    "dct": DCT, "prov": PROV, "schema": SCHEMA, "wd": WD,
}

ANALYTICS_GRAPH_LOCAL = "graph/analytics"   # under the base IRI


def sparql_prefixes() -> str:
    """PREFIX lines for every namespace above, to put before a query."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def slugify(text: str) -> str:
    """Lower-case ASCII slug: accents folded, runs of other characters become '-'."""
    folded = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    folded = folded.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or "x"


def entity_iri(key: str, base: str) -> str:
    """IRI of an entity from its catalogue slug or canonical label; same key, same IRI."""
    return base + slugify(key)


def document_iri(content_hash: str, base: str) -> str:
    """IRI of a document (and of its named graph) from the hash of its text."""
    return f"{base}doc/{content_hash[:16]}"


def evidence_iri(doc_iri: str, index: int) -> str:
    """IRI of the provenance record of a document's index-th relation."""
    return f"{doc_iri}/evidence/{index}"
