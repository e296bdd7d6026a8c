"""The RDF store: opened by name, written one document graph at a time, queried by SPARQL.

The default is a persistent pyoxigraph (RocksDB) store in a folder; ``":memory:"`` opens
an in-memory one (tests, ``kg extract``). Everything above this module is store-agnostic:
it calls :func:`open_store` and the methods of :class:`KGStore`.

>>> store = open_store(":memory:")
>>> store.stats()["triples"]
0
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import NotFoundError, QueryError, StoreError
from kg.model import Extraction
from kg.rdf.convert import extraction_to_quads
from kg.rdf.namespaces import KGO, PREFIXES, document_iri

__all__ = ["KGStore", "IngestResult", "open_store"]

MEMORY = ":memory:"


@dataclass
class IngestResult:
    document: str          # document IRI (= its named graph)
    quads: int
    entities: int
    relations: int
    replaced: list[str]    # graphs this ingest replaced (same text, or same file name with new text)


class KGStore:
    """A kg-builder store: one named graph per document, queried as their union."""

    def __init__(self, store: ox.Store, *, path: Path | None, base_iri: str, read_only: bool = False) -> None:
        self._store = store
        self.path = path
        self.read_only = read_only
        self.base_iri = base_iri
        # moves before and after every write, so a snapshot taken while a write runs is never
        # marked as current once the write is done
        self.generation = 0
        self.prefixes = {**PREFIXES, "id": base_iri}

    # ---- writing -------------------------------------------------------------------------
    def ingest(self, ex: Extraction, *, ingested_at: str | None = None) -> IngestResult:
        """Write one document's graph atomically, replacing earlier versions of it.

        An earlier version is the graph of the same text (same hash) or of the same file
        name with other text. The drop and the insert are one SPARQL update, which
        pyoxigraph applies as one transaction: on any error the store is as it was.
        """
        quads = extraction_to_quads(ex, base=self.base_iri, ingested_at=ingested_at)
        graph = document_iri(ex.document.content_hash, self.base_iri)
        # earlier versions: the same text (same graph), or the same file name with other text
        earlier = set(self._graphs_of_file(ex.document.name))
        if self._store.contains_named_graph(ox.NamedNode(graph)):
            earlier.add(graph)
        replaced = sorted(earlier)
        body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
        drops = "".join(f"DROP SILENT GRAPH <{g}> ;\n" for g in replaced)
        self.update(f"{drops}INSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} }}")
        return IngestResult(
            document=graph, quads=len(quads), entities=len(ex.entities),
            relations=sum(1 for r in ex.relations if not r.negated), replaced=[g for g in replaced if g != graph],
        )

    def remove_document(self, ref: str) -> str:
        """Drop a document's graph, and with it everything only that document supported.

        ``ref`` is the document IRI, its short id (the last path segment), or its file name.
        """
        graph = self.resolve_document(ref)
        self.update(f"DROP GRAPH <{graph}>")
        return graph

    def update(self, sparql: str) -> None:
        """Run a SPARQL update as one transaction."""
        self._check_writable()
        self.generation += 1
        try:
            self._store.update(sparql, prefixes=self.prefixes)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL update: {exc}") from exc
        except (OSError, RuntimeError) as exc:
            raise StoreError(f"the store could not be written: {exc}") from exc
        finally:
            self.generation += 1

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store at {self.path} is open read-only",
                             hint="open it for writing (stop other processes that hold it)")

    def load(self, data: bytes, *, format: ox.RdfFormat, graph: str | None = None) -> None:
        """Parse RDF into a graph (the default graph when none is given) in one transaction."""
        self._check_writable()
        target = ox.NamedNode(graph) if graph else ox.DefaultGraph()
        self.generation += 1
        try:
            quads = [q if format.supports_datasets else ox.Quad(q.subject, q.predicate, q.object, target)
                     for q in ox.parse(data, format=format)]
            self._store.extend(quads)
        except (SyntaxError, ValueError) as exc:
            raise QueryError(f"the RDF data does not parse as {format.name}: {exc}") from exc
        except (OSError, RuntimeError) as exc:
            raise StoreError(f"the store could not be written: {exc}") from exc
        finally:
            self.generation += 1

    # ---- reading -------------------------------------------------------------------------
    def query(
        self,
        sparql: str,
        *,
        substitutions: dict[str, Any] | None = None,
        union_default_graph: bool = True,
        default_graph: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Run a SPARQL query; by default its default graph is the union of all documents.

        ``substitutions`` binds variables to values (``{"s": NamedNode(...)}``), so user
        input is never spliced into query text. Oxigraph requires a substituted variable
        to be in the SELECT projection.
        """
        kwargs: dict[str, Any] = {"prefixes": self.prefixes}
        if substitutions:
            kwargs["substitutions"] = {ox.Variable(k): v for k, v in substitutions.items()}
        if default_graph is not None:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graph] or [ox.DefaultGraph()]
        elif union_default_graph:
            kwargs["use_default_graph_as_union"] = True
        if named_graphs is not None:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        try:
            return self._store.query(sparql, **kwargs)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL query: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"the store could not be read: {exc}") from exc

    def select(self, sparql: str, **kwargs: Any) -> list[dict[str, Any]]:
        """Rows of a SELECT query as dicts of Python values (IRIs and literals as strings)."""
        result = self.query(sparql, **kwargs)
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("select() needs a SELECT query")
        names = [v.value for v in result.variables]
        return [{n: _py(row[n]) for n in names} for row in result]

    def document_iris(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode)
                      and g.value.startswith(self.base_iri + "doc/"))

    def documents(self) -> list[dict[str, Any]]:
        """Every document with its metadata, newest ingest first."""
        rows = self.select(
            """SELECT ?doc ?file ?lang ?source ?title ?date ?ingested ?words WHERE {
                 GRAPH ?doc { ?doc a kgo:Document ; kgo:fileName ?file ; kgo:ingestedAt ?ingested .
                   OPTIONAL { ?doc dct:language ?lang } OPTIONAL { ?doc dct:source ?source }
                   OPTIONAL { ?doc dct:title ?title } OPTIONAL { ?doc dct:date ?date }
                   OPTIONAL { ?doc kgo:wordCount ?words } } }
               ORDER BY DESC(?ingested) ?file""",
            union_default_graph=False,
        )
        return rows

    def resolve_document(self, ref: str) -> str:
        """The graph IRI of a document given its IRI, short id or file name."""
        docs = self.document_iris()
        if ref in docs:
            return ref
        short = [d for d in docs if d.rsplit("/", 1)[-1] == ref]
        if short:
            return short[0]
        by_name = self._graphs_of_file(ref) or self._graphs_of_file(str(Path(ref)))
        if by_name:
            return by_name[0]
        raise NotFoundError(f"no document {ref!r} in the store",
                            hint="`kg stats` or GET /documents lists the documents")

    def _graphs_of_file(self, name: str) -> list[str]:
        rows = self.select(
            "SELECT DISTINCT ?g ?name WHERE { GRAPH ?g { ?g kgo:fileName ?name } }",
            substitutions={"name": ox.Literal(name)}, union_default_graph=False,
        )
        return [r["g"] for r in rows]

    def stats(self) -> dict[str, Any]:
        """Counts of triples, documents, entities by type, relations by predicate."""
        types = self.select(
            "SELECT ?t (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?t FILTER(STRSTARTS(STR(?t), STR(kgo:))) "
            "FILTER(?t NOT IN (kgo:Document, kgo:Evidence)) } GROUP BY ?t ORDER BY DESC(?n)")
        preds = self.select(
            "SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?ev a kgo:Evidence ; "
            "rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } } GROUP BY ?p ORDER BY DESC(?n)")
        return {
            "store": str(self.path) if self.path else MEMORY,
            "triples": len(self._store),
            "documents": len(self.document_iris()),
            "entities": {r["t"].removeprefix(KGO): int(r["n"]) for r in types},
            "relations": {r["p"].removeprefix(KGO): int(r["n"]) for r in preds},
        }

    def dump(self, format: ox.RdfFormat, *, graph: str | None = None, union: bool = False) -> bytes:
        """Serialise the whole dataset, one graph, or (``union``) all graphs merged as triples."""
        prefixes = self.prefixes
        out: bytes | None
        if graph is not None:
            out = self._store.dump(format=format, from_graph=ox.NamedNode(graph), prefixes=prefixes)
        elif union or not format.supports_datasets:
            merged = ox.Store()
            merged.extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in self._store)
            out = merged.dump(format=format, from_graph=ox.DefaultGraph(), prefixes=prefixes)
        else:
            out = self._store.dump(format=format, prefixes=prefixes)
        return out or b""

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        return iter(self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph) if graph else None))

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        """Add quads in one transaction (used by analytics write-back)."""
        self._check_writable()
        self.generation += 1
        try:
            self._store.extend(quads)
        except (OSError, RuntimeError) as exc:
            raise StoreError(f"the store could not be written: {exc}") from exc
        finally:
            self.generation += 1

    def __len__(self) -> int:
        return len(self._store)

    @property
    def raw(self) -> ox.Store:
        """The underlying pyoxigraph store, for the few places that need it (SPARQL endpoint)."""
        return self._store

    def flush(self) -> None:
        """Persist pending writes (a no-op in memory and on read-only stores)."""
        if self.path is not None and not self.read_only:
            self._store.flush()


def _py(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dtype = term.datatype.value if term.datatype else ""
        if dtype.endswith(("#integer", "#int", "#long")):
            return int(term.value)
        if dtype.endswith(("#double", "#decimal", "#float")):
            return float(term.value)
        if dtype.endswith("#boolean"):
            return term.value == "true"
    return term.value


def open_store(location: str | Path | None = None, *, base_iri: str | None = None,
               read_only: bool = False) -> KGStore:
    """Open the store at ``location``: a folder (created if missing) or ``":memory:"``.

    With no location, the configured one (``KG_STORE``) is used.
    """
    from kg.config import get_settings

    settings = get_settings()
    base = base_iri or settings.base_iri
    if location is None:
        location = settings.store
    if str(location) == MEMORY:
        return KGStore(ox.Store(), path=None, base_iri=base)
    path = Path(location)
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path} is a file, not a store folder",
                         hint="set KG_STORE or --store to a folder")
    try:
        if read_only:
            if not path.is_dir():
                raise StoreError(f"no store at {path}", hint="build one first with `kg build seeds/`")
            raw = ox.Store.read_only(str(path))
            return KGStore(raw, path=path, base_iri=base, read_only=True)
        else:
            path.mkdir(parents=True, exist_ok=True)
            raw = ox.Store(str(path))
    except OSError as exc:
        msg = str(exc)
        hint = ("another process holds the store; stop `kg serve` (or the other `kg` command) or use another --store"
                if "lock" in msg.lower() else "check the path and its permissions")
        raise StoreError(f"cannot open the store at {path}: {msg}", hint=hint) from exc
    return KGStore(raw, path=path, base_iri=base)

