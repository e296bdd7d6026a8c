"""SPARQL requests, independent of HTTP: safety checks, dataset rules, formats, execution, the worker.

What the endpoint needs beside the store itself:

* :func:`inspect` reads a query or update with a small lexer (strings, IRIs and comments
  skipped the way SPARQL does) and refuses the operations that would reach the network
  (``SERVICE``, ``LOAD``); pyoxigraph dereferences both.
* :func:`with_using` applies the protocol's ``using-graph-uri``/``using-named-graph-uri``
  to an update, which pyoxigraph's API cannot take.
* :func:`negotiate` picks a result format from an ``Accept`` header.
* :func:`execute` runs a query and serialises at most ``max_rows`` rows.
* ``python -m kg.rdf.sparql`` is a query worker: it reads pickled requests on stdin and
  answers on stdout, so that a query over its time limit can be stopped by killing the
  process (pyoxigraph has no cancellation). It also tries updates on a copy of the store
  (:func:`trial_update`) before the server applies them, so that an update over the time
  limit is stopped before it touches the store.

>>> inspect("SELECT * FROM <http://a> WHERE { ?s ?p 'SERVICE' }").has_dataset
True
>>> inspect("SELECT * WHERE { SERVICE <http://x> { ?s ?p ?o } }")
Traceback (most recent call last):
kg.errors.QueryError: SERVICE is refused: this endpoint never makes outbound requests
>>> negotiate("text/csv;q=0.5, application/sparql-results+xml", RESULT_FORMATS)[0]
'application/sparql-results+xml'
"""

from __future__ import annotations

import os
import pickle
import re
import shutil
import struct
import sys
from dataclasses import dataclass, field
from typing import Any, BinaryIO

import pyoxigraph as ox

from kg.errors import KGError, QueryError
from kg.rdf.namespaces import PREFIXES

__all__ = [
    "GRAPH_FORMATS", "RESULT_FORMATS", "Answer", "Inspection", "QueryRequest",
    "execute", "inspect", "negotiate", "with_using",
]

# media type -> format; the first entry is the default, aliases map to a canonical type
RESULT_FORMATS: list[tuple[str, ox.QueryResultsFormat]] = [
    ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    ("text/csv", ox.QueryResultsFormat.CSV),
    ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
]
GRAPH_FORMATS: list[tuple[str, ox.RdfFormat]] = [
    ("text/turtle", ox.RdfFormat.TURTLE),
    ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("application/ld+json", ox.RdfFormat.JSON_LD),
    ("application/rdf+xml", ox.RdfFormat.RDF_XML),
    ("application/trig", ox.RdfFormat.TRIG),
    ("application/n-quads", ox.RdfFormat.N_QUADS),
]
ALIASES = {
    "application/json": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml", "text/xml": "application/sparql-results+xml",
    "text/plain": "application/n-triples", "application/x-turtle": "text/turtle",
    "text/n3": "text/turtle", "application/x-trig": "application/trig",
}

# ---- lexing --------------------------------------------------------------------------------
# Order matters: comments, strings and IRIs are consumed whole, so keywords inside them are
# not seen. The IRI rule admits backslashes so that a '#' inside an escaped IRI is never
# taken for a comment; anything the rule rejects is lexed as code (the safe side).
_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
               |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><[^<>"{}|^`\x00-\x20]*>)
  | (?P<name>[?$]?[\w\-.:%\\]+)
  | (?P<punct>.)
""", re.VERBOSE | re.DOTALL)

_NETWORK = {"SERVICE", "LOAD"}


@dataclass(frozen=True)
class Inspection:
    keywords: tuple[str, ...]     # upper-cased bare keywords, in order
    has_dataset: bool             # FROM / FROM NAMED in the query


def _tokens(text: str) -> list[tuple[str, str, int]]:
    out = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "punct"
        if kind not in ("ws", "comment"):
            out.append((kind, m.group(), m.start()))
    return out


def inspect(text: str, *, update: bool = False) -> Inspection:
    """Keywords of a query or update; raises :class:`QueryError` for network operations."""
    words = tuple(v.upper() for k, v, _ in _tokens(text) if k == "name" and v.isalpha())
    for word in _NETWORK & set(words):
        raise QueryError(f"{word} is refused: this endpoint never makes outbound requests")
    return Inspection(keywords=words, has_dataset=not update and "FROM" in words)


def with_using(update: str, using: list[str], using_named: list[str]) -> str:
    """The update with ``USING``/``USING NAMED`` clauses added to every DELETE/INSERT ... WHERE.

    The protocol forbids combining the parameters with ``USING`` or ``WITH`` in the text.

    >>> with_using("INSERT { ?s a <http://c> } WHERE { ?s ?p ?o }", ["http://g"], [])
    'INSERT { ?s a <http://c> } USING <http://g> WHERE { ?s ?p ?o }'
    """
    if not using and not using_named:
        return update
    clause = " ".join([f"USING {ox.NamedNode(g)}" for g in using]
                      + [f"USING NAMED {ox.NamedNode(g)}" for g in using_named]) + " "
    toks = _tokens(update)
    inserts: list[int] = []
    depth, op_start, prev = 0, 0, ""
    for i, (kind, value, pos) in enumerate(toks):
        word = value.upper() if kind == "name" and value.isalpha() else ""
        if kind == "punct" and value == "{":
            depth += 1
        elif kind == "punct" and value == "}":
            depth -= 1
        elif kind == "punct" and value == ";" and depth == 0:
            op_start = i + 1
        elif depth == 0 and word in ("USING", "WITH"):
            raise QueryError("using-graph-uri/using-named-graph-uri cannot be combined with USING or WITH")
        elif depth == 0 and word == "WHERE" and prev != "DELETE":
            ops = {v.upper() for k, v, _ in toks[op_start:i] if k == "name"}
            if ops & {"DELETE", "INSERT"}:
                inserts.append(pos)
        if kind != "ws":
            prev = word
    for pos in reversed(inserts):
        update = update[:pos] + clause + update[pos:]
    return update


# ---- content negotiation -------------------------------------------------------------------
def _accept(header: str | None) -> list[tuple[str, float]]:
    ranges = []
    for part in (header or "*/*").split(","):
        fields = [f.strip() for f in part.split(";")]
        mtype, q = fields[0].lower(), 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if mtype:
            ranges.append((ALIASES.get(mtype, mtype), q))
    return ranges


def negotiate(header: str | None, table: list[tuple[str, Any]]) -> tuple[str, Any]:
    """The (media type, format) of ``table`` the ``Accept`` header prefers; the first entry by default.

    Exact types beat ``type/*`` which beats ``*/*``; ties go to the table order.
    """
    ranges = _accept(header)
    best, best_q = table[0], -1.0
    for mtype, fmt in table:
        major = mtype.split("/")[0]
        q, specificity = 0.0, -1
        for rng, rq in ranges:
            s = 2 if rng == mtype else 1 if rng == f"{major}/*" else 0 if rng == "*/*" else -1
            if s > specificity:
                q, specificity = rq, s
        if specificity >= 0 and q > best_q:
            best, best_q = (mtype, fmt), q
    return best


# ---- execution -----------------------------------------------------------------------------
@dataclass
class QueryRequest:
    sparql: str
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    base_iri: str | None = None
    accept: str | None = None
    max_rows: int = 10_000
    prefixes: dict[str, str] | None = None     # predeclared prefixes (PREFIXES by default)


@dataclass
class Answer:
    media_type: str
    body: bytes
    truncated: bool = False


def execute(store: ox.Store, req: QueryRequest) -> Answer:
    """Run a query over ``store`` and serialise it in the negotiated format, capped at ``max_rows``.

    Without a protocol dataset and without FROM in the query, the default graph is the
    union of all graphs; a protocol dataset overrides FROM/FROM NAMED.
    """
    spec = inspect(req.sparql)
    kwargs: dict[str, Any] = {"prefixes": req.prefixes or PREFIXES, "base_iri": req.base_iri}
    if req.default_graphs or req.named_graphs:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in req.default_graphs] or [ox.DefaultGraph()]
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in req.named_graphs]
    elif not spec.has_dataset:
        kwargs["use_default_graph_as_union"] = True
    try:
        result = store.query(req.sparql, **kwargs)
        if isinstance(result, ox.QueryBoolean):
            mtype, fmt = negotiate(req.accept, RESULT_FORMATS)
            return Answer(mtype, result.serialize(format=fmt) or b"")
        if isinstance(result, ox.QuerySolutions):
            mtype, fmt = negotiate(req.accept, RESULT_FORMATS)
            return _solutions(result, fmt, mtype, req.max_rows)
        mtype, fmt = negotiate(req.accept, GRAPH_FORMATS)
        triples: list[ox.Triple] = []
        for t in result:
            if len(triples) == req.max_rows:
                return Answer(mtype, _graph(triples, fmt), truncated=True)
            triples.append(t)
        return Answer(mtype, _graph(triples, fmt))
    except SyntaxError as exc:
        raise QueryError(f"malformed SPARQL query: {exc}") from exc
    except ValueError as exc:   # e.g. a default-graph-uri that is not an IRI
        raise QueryError(str(exc)) from exc


def _graph(triples: list[ox.Triple], fmt: ox.RdfFormat) -> bytes:
    prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
    if fmt.supports_datasets:
        quads = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples]
        return ox.serialize(quads, format=fmt, prefixes=prefixes) or b""
    return ox.serialize(triples, format=fmt, prefixes=prefixes) or b""


def _solutions(result: ox.QuerySolutions, fmt: ox.QueryResultsFormat, mtype: str, max_rows: int) -> Answer:
    # Rows are read up to the cap, then written as TSV (terms in N-Triples syntax) and
    # re-read, so pyoxigraph's own serialisers write the capped result in every format.
    names = [v.value for v in result.variables]
    lines = ["\t".join(f"?{n}" for n in names)]
    truncated = False
    for i, row in enumerate(result):
        if i == max_rows:
            truncated = True
            break
        lines.append("\t".join("" if row[n] is None else str(row[n]) for n in names))
    tsv = ("\n".join(lines) + "\n").encode()
    if fmt == ox.QueryResultsFormat.TSV:
        return Answer(mtype, tsv, truncated)
    reparsed = ox.parse_query_results(tsv, ox.QueryResultsFormat.TSV)
    return Answer(mtype, reparsed.serialize(format=fmt) or b"", truncated)


# ---- the worker process --------------------------------------------------------------------
def write_frame(out: BinaryIO, obj: Any) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    out.write(struct.pack(">I", len(data)) + data)
    out.flush()


def read_frame(inp: BinaryIO) -> Any:
    head = inp.read(4)
    if len(head) < 4:
        return None
    (size,) = struct.unpack(">I", head)
    return pickle.loads(inp.read(size))


def open_snapshot(kind: str, path: str) -> ox.Store:
    """A store to query: a read-only RocksDB checkpoint, or an in-memory copy of an N-Quads dump."""
    if kind == "rocksdb":
        return ox.Store.read_only(path)
    store = ox.Store()
    store.bulk_load(path=path, format=ox.RdfFormat.N_QUADS)
    return store


def trial_update(kind: str, path: str, sparql: str, base_iri: str | None, prefixes: dict[str, str]) -> None:
    """Run an update on a throw-away writable copy of a snapshot, so that one that is malformed,
    fails or runs too long does so here, where killing the process loses nothing, and not on the
    store. The copy of a RocksDB checkpoint is another checkpoint beside it (hard links)."""
    copy = ""
    if kind == "rocksdb":
        copy = f"{path}.trial-{os.getpid()}"
        ox.Store.read_only(path).backup(copy)
        store = ox.Store(copy)
    else:
        store = open_snapshot(kind, path)
    try:
        store.update(sparql, base_iri=base_iri, prefixes=prefixes)
    except SyntaxError as exc:
        raise QueryError(f"malformed SPARQL update: {exc}") from exc
    finally:
        del store
        if copy:
            shutil.rmtree(copy, ignore_errors=True)


def worker(inp: BinaryIO, out: BinaryIO) -> None:
    """Answer ``("load", kind, path)``, ``("query", QueryRequest)`` and ``("update", kind, path,
    sparql, base_iri, prefixes)`` (:func:`trial_update`) frames until stdin closes."""
    store = ox.Store()
    while (msg := read_frame(inp)) is not None:
        try:
            if msg[0] == "load":
                store = open_snapshot(msg[1], msg[2])
                write_frame(out, ("ok", None))
            elif msg[0] == "update":
                trial_update(*msg[1:])
                write_frame(out, ("ok", None))
            else:
                write_frame(out, ("ok", execute(store, msg[1])))
        except KGError as exc:
            write_frame(out, ("error", type(exc).__name__, exc.message))
        except Exception as exc:  # noqa: BLE001 - reported to the parent, which logs it
            write_frame(out, ("error", "KGError", f"{type(exc).__name__}: {exc}"))


if __name__ == "__main__":
    import signal

    from kg.rdf import sparql as _module  # pickled classes must be kg.rdf.sparql's, not __main__'s

    # Ctrl-C in a terminal reaches the whole process group; the parent server shuts its
    # workers down itself (closing stdin or killing them), so a worker ignores SIGINT.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    stdout = sys.stdout.buffer
    sys.stdout = sys.stderr     # nothing but frames may reach the parent's pipe
    _module.worker(sys.stdin.buffer, stdout)
