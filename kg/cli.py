"""The ``kg`` command: parses arguments, calls the library, turns errors into exit codes.

Exit codes: 0 ok, 1 internal error or validation failures, 2 bad input, 3 not found,
4 configuration error, 5 store unavailable, 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from kg import __version__
from kg.config import Settings, get_settings
from kg.errors import InputError, KGError
from kg.model import PREDICATES

RDF_FORMATS = {"turtle": "TURTLE", "trig": "TRIG", "ntriples": "N_TRIPLES", "nquads": "N_QUADS",
               "jsonld": "JSON_LD", "rdfxml": "RDF_XML"}


class _Help(argparse.RawDescriptionHelpFormatter):
    pass


def _settings(args: argparse.Namespace) -> Settings:
    overrides: dict[str, Any] = {}
    for name in ("store", "host", "port", "base_iri"):
        value = getattr(args, name, None)
        if value is not None:
            overrides[name] = value
    base = get_settings()
    return base.model_copy(update=overrides) if overrides else base


def _open(args: argparse.Namespace, *, read_only: bool = False):
    from kg.rdf.store import open_store

    s = _settings(args)
    return open_store(s.store, base_iri=s.base_iri, read_only=read_only)


def _write(data: bytes | str, out: str | None) -> None:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if out and out != "-":
        Path(out).write_bytes(raw)
        print(f"wrote {len(raw):,} bytes to {out}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(raw)
        sys.stdout.flush()


# ---- commands ----------------------------------------------------------------------------
def cmd_extract(args: argparse.Namespace) -> int:
    from kg.extract import get_extractor
    from kg.ingest import collect_paths, read_documents

    s = _settings(args)
    docs = read_documents(collect_paths(args.files), max_bytes=s.max_document_bytes)
    extractions = list(get_extractor().extract_many(docs))
    for ex in extractions:
        for w in ex.warnings:
            print(f"warning: {ex.document.name}: {w}", file=sys.stderr)
    if args.format == "json":
        payload: Any = [ex.to_json() for ex in extractions]
        if len(payload) == 1:
            payload = payload[0]
        _write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", args.output)
        return 0
    import pyoxigraph as ox

    from kg.rdf.store import open_store

    store = open_store(":memory:", base_iri=s.base_iri)
    for ex in extractions:
        store.ingest(ex)
    _write(store.dump(getattr(ox.RdfFormat, RDF_FORMATS[args.format])), args.output)
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from kg.ingest import build, collect_paths, read_documents

    s = _settings(args)
    paths = collect_paths(args.paths)
    skipped: list[tuple[str, str]] = []
    docs = read_documents(paths, max_bytes=s.max_document_bytes, keep_going=args.keep_going, skipped=skipped)
    for path, why in skipped:
        print(f"skipped {path}: {why}", file=sys.stderr)
    if not docs:
        raise InputError("no readable documents to build from", hint="see the messages above")
    store = _open(args)

    def progress(it):
        return tqdm(it, total=len(docs), unit="doc", desc="building", file=sys.stderr,
                    disable=args.quiet or len(docs) < 2)

    report = build(store, docs, progress=progress)
    replaced = sum(len(r.replaced) for r in report.results)
    print(f"built {len(report.results)} document(s): {report.entities} entities, {report.relations} relations"
          f"{f', replaced {replaced} older version(s)' if replaced else ''}; store {s.store} now holds "
          f"{len(store):,} triples", file=sys.stderr)
    if not args.no_analytics:
        _refresh_analytics(store, quiet=args.quiet)
    return 0


def _refresh_analytics(store, *, quiet: bool) -> None:
    from kg.analytics import analyze

    analyze(store, write_back=True)
    if not quiet:
        print("analytics recomputed (kg analyze shows them)", file=sys.stderr)


def cmd_query(args: argparse.Namespace) -> int:
    import pyoxigraph as ox

    text = args.sparql
    if text == "-":
        text = sys.stdin.read()
    elif args.file or (len(text) < 4096 and "\n" not in text and Path(text).is_file()):
        text = Path(text).read_text(encoding="utf-8")
    store = _open(args, read_only=False)
    result = store.query(text)
    fmt = args.format
    if isinstance(result, ox.QueryBoolean):
        if fmt == "json":
            _write(json.dumps({"head": {}, "boolean": bool(result)}) + "\n", args.output)
        else:
            _write(("true" if result else "false") + "\n", args.output)
        return 0
    if isinstance(result, ox.QueryTriples):
        rdf = "N_TRIPLES" if fmt in ("table", "tsv", "csv") else RDF_FORMATS.get(fmt, "TURTLE")
        _write(result.serialize(format=getattr(ox.RdfFormat, rdf)) or b"", args.output)
        return 0
    if fmt in ("json", "csv", "tsv", "xml"):
        qf = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
              "tsv": ox.QueryResultsFormat.TSV, "xml": ox.QueryResultsFormat.XML}[fmt]
        _write(result.serialize(format=qf), args.output)
        return 0
    names = [v.value for v in result.variables]
    prefixes = sorted(store.prefixes.items(), key=lambda kv: -len(kv[1]))
    rows = [[_cell(row[n], prefixes) for n in names] for row in result]
    _write(_table(names, rows) + f"\n({len(rows)} row{'s' if len(rows) != 1 else ''})\n", args.output)
    return 0


def _cell(term: Any, prefixes: list[tuple[str, str]]) -> str:
    """A term for the table: IRIs shortened by the known prefixes, literals as their text."""
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in prefixes:
            local = term.value[len(ns):]
            if term.value.startswith(ns) and local and "/" not in local and "#" not in local:
                return f"{prefix}:{local}"
    return term.value if hasattr(term, "value") else str(term)


def _table(names: list[str], rows: list[list[str]], width: int = 60) -> str:
    rows = [[c if len(c) <= width else c[: width - 1] + "…" for c in r] for r in rows]
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    line = lambda cells: " | ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    sep = "-+-".join("-" * w for w in widths)
    return "\n".join([line(names), sep] + [line(r) for r in rows])


def cmd_stats(args: argparse.Namespace) -> int:
    store = _open(args)
    st = store.stats()
    if args.json:
        st["documents_list"] = store.documents()
        _write(json.dumps(st, ensure_ascii=False, indent=1) + "\n", None)
        return 0
    print(f"store      {st['store']}")
    print(f"triples    {st['triples']:,}")
    print(f"documents  {st['documents']}")
    print("entities   " + ", ".join(f"{k} {v}" for k, v in st["entities"].items()))
    print("relations  " + ", ".join(f"{k} {v}" for k, v in st["relations"].items()))
    for d in store.documents():
        print(f"  {d['doc'].rsplit('/', 1)[-1]}  {d.get('lang') or '?':3} {d.get('date') or '':10}  {d['file']}")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from kg.validate import validate

    store = _open(args)
    report = validate(store, _settings(args).ontology_dir)
    print(report.text())
    return 0 if report.conforms else 1


def cmd_remove(args: argparse.Namespace) -> int:
    store = _open(args)
    for ref in args.documents:
        graph = store.remove_document(ref)
        print(f"removed {graph}", file=sys.stderr)
    store.flush()
    if not args.no_analytics:
        _refresh_analytics(store, quiet=True)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from api.main import create_app

    s = _settings(args)
    print(f"serving {s.store} on http://{s.host}:{s.port}  (SPARQL: /sparql, docs: /docs; Ctrl-C stops)",
          file=sys.stderr)
    uvicorn.run(create_app(s), host=s.host, port=s.port, log_level=args.log_level)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from kg.extract import evaluate

    report = evaluate.evaluate([Path(p) for p in args.gold], scorer=args.scorer)
    if args.json:
        _write(json.dumps(report, ensure_ascii=False, indent=1) + "\n", None)
    else:
        print(evaluate.format_report(report, by_predicate=args.by_predicate))
    return 0


def cmd_train_pairs(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from kg.extract import Extractor
    from kg.extract.pairs_train import gold_files, train_files

    files = gold_files([Path(p) for p in args.paths], args.lang)
    if not files:
        raise InputError(f"no {args.lang} gold files found in {' '.join(args.paths)}",
                         hint="give folders of NAME.txt + NAME.gold.json whose names or folder say de or en "
                              "(e.g. ontologies/training/de)")
    extractor = Extractor(_settings(args))
    out = args.output or extractor.settings.ontology_dir / "lexicons" / args.lang / "pairs.tsv"
    with tqdm(total=len(files), unit="text", desc="reading", file=sys.stderr, disable=args.quiet) as bar:
        summary = train_files(files, extractor.pipeline(args.lang), Path(out), threshold=args.threshold,
                              min_weight=args.min_weight, skip=args.skip, progress=bar.update, epochs=args.epochs,
                              l2=args.l2, min_count=args.min_count)
    if not summary["examples"]:
        raise InputError("the gold files gave no pair of entities in one sentence", hint="check the gold's entity names")
    print(f"trained on {summary['texts']} texts, {summary['examples']} pairs ({summary['related']} related): "
          f"the weights of {summary['features']} features written to {out}", file=sys.stderr)
    return 0


def _filters(args: argparse.Namespace):
    from kg.analytics import GraphFilter

    return GraphFilter(types=args.type or None, predicates=args.predicate or None, document=args.document,
                       min_degree=args.min_degree, ego=args.ego, depth=args.depth)


def cmd_analyze(args: argparse.Namespace) -> int:
    from kg.analytics import analyze

    store = _open(args)
    result = analyze(store, write_back=not args.no_write, filters=_filters(args))
    if args.json:
        _write(json.dumps(result.to_json(), ensure_ascii=False, indent=1) + "\n", args.output)
    else:
        _write(result.summary(top=args.top) + "\n", args.output)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from kg.exports import export

    store = _open(args)
    data = export(store, args.format, filters=_filters(args))
    if args.output is None and args.format in ("png", "svg", "gexf", "graphml", "csv") and sys.stdout.isatty():
        raise InputError(f"{args.format} output would go to the terminal", hint="give -o FILE")
    _write(data, args.output)
    return 0


# ---- parser ------------------------------------------------------------------------------
def _store_opt(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", type=Path, default=None,
                   help="store folder (default: KG_STORE or ./data/store)")


def _filter_opts(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("filters")
    g.add_argument("--type", action="append", metavar="TYPE",
                   help="keep entities of this type (Person, Organization, AIModel, Hardware, Product, Concept); repeatable")
    g.add_argument("--predicate", action="append", metavar="P", help="keep relations of this predicate; repeatable")
    g.add_argument("--document", metavar="DOC", help="keep what this document (id or file name) states")
    g.add_argument("--min-degree", type=int, default=0, metavar="N", help="drop entities with fewer than N relations")
    g.add_argument("--ego", metavar="ENTITY", help="keep the neighbourhood of this entity (label, slug or IRI)")
    g.add_argument("--depth", type=int, default=1, metavar="N", help="radius of --ego (default 1)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg", formatter_class=_Help,
        description="kg-builder: turn AI-industry news (German, English) into an RDF knowledge graph,\n"
                    "then query it with SPARQL, serve it over HTTP, analyse it and export it to Gephi.",
        epilog="Start here:\n"
               "  kg build seeds/                 extract every article in seeds/ into the store\n"
               "  kg query 'SELECT ?p ?o WHERE { ?p kgo:ceoOf ?o }'\n"
               "  kg serve                        SPARQL endpoint and lookups on http://127.0.0.1:8000\n"
               "Run `kg COMMAND --help` for the details and an example of each command.\n"
               "Settings come from KG_* environment variables (KG_STORE, KG_BASE_IRI, KG_HOST, KG_PORT, ...).")
    parser.add_argument("--version", action="version", version=f"kg-builder {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help: str, example: str, func) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help, formatter_class=_Help,
                           epilog="Example:\n  " + example)
        p.set_defaults(func=func)
        return p

    p = add("extract", "Extract entities and relations from articles and print them (the store is not touched).",
            "kg extract seeds/000_daee0570d8bd31b4.txt --format json > extraction.json", cmd_extract)
    p.add_argument("files", nargs="+", metavar="FILE", help="article files (plain text; '# key: value' header lines are metadata), folders, or - for stdin")
    p.add_argument("--format", "-f", choices=["json", "turtle", "trig", "ntriples", "jsonld"], default="json",
                   help="output format (default json: the ONTOLOGY.md contract)")
    p.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")

    p = add("build", "Extract articles into the store: one named graph per document, replaced on re-ingest.",
            "kg build seeds/ more-articles/*.txt      # or: cat article.txt | kg build -", cmd_build)
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders (searched for .txt/.md/.html) or - for stdin")
    p.add_argument("--keep-going", action="store_true", help="skip unreadable files instead of stopping before any write")
    p.add_argument("--no-analytics", action="store_true", help="don't recompute the analytics graph afterwards")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    _store_opt(p)

    p = add("query", "Run a SPARQL query on the store (prefixes kgo:, rdfs:, skos:, owl:, prov:, dct:, wd: are predeclared).",
            "kg query 'SELECT ?who WHERE { ?who kgo:ceoOf ?org . ?org rdfs:label \"Meta\"@de }' --format table", cmd_query)
    p.add_argument("sparql", metavar="SPARQL", help="the query text, a file holding it, or - for stdin")
    p.add_argument("--file", action="store_true", help="treat SPARQL as a file name")
    p.add_argument("--format", "-f", choices=["table", "json", "csv", "tsv", "xml", "turtle", "ntriples", "jsonld"],
                   default="table", help="result format (default table; CONSTRUCT gives turtle)")
    p.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")
    _store_opt(p)

    p = add("stats", "Show what the store holds: triples, documents, entities by type, relations by predicate.",
            "kg stats --json", cmd_stats)
    p.add_argument("--json", action="store_true", help="print JSON")
    _store_opt(p)

    p = add("validate", "Check the store against the SHACL shapes (ontologies/shapes.ttl) and list violations.",
            "kg validate            # exit 0 when the graph conforms, 1 otherwise", cmd_validate)
    _store_opt(p)

    p = add("remove", "Remove documents, and every fact only they supported.",
            "kg remove seeds/000_daee0570d8bd31b4.txt     # or the document id shown by `kg stats`", cmd_remove)
    p.add_argument("documents", nargs="+", metavar="DOC", help="document id, IRI or file name as built")
    p.add_argument("--no-analytics", action="store_true", help="don't recompute the analytics graph afterwards")
    _store_opt(p)

    p = add("serve", "Serve the store over HTTP: SPARQL 1.1 endpoint, entity lookups, exports (Ctrl-C stops).",
            "kg serve --port 8000   then: curl 'http://127.0.0.1:8000/sparql?query=ASK{?s?p?o}'", cmd_serve)
    p.add_argument("--host", default=None, help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=None, help="port (default 8000)")
    p.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    _store_opt(p)

    p = add("eval", "Score the extractor against gold annotations (text beside gold) with the official scorer.",
            "kg eval ../shared/eval/000_daee0570d8bd31b4.gold.json ../shared/eval/dev/*.gold.json", cmd_eval)
    p.add_argument("gold", nargs="+", metavar="GOLD", help="NAME.gold.json files; NAME.txt is looked up beside them or in seeds/")
    p.add_argument("--scorer", metavar="SCORE_PY", help="path of the scorer (default: ../shared/eval/score.py)")
    p.add_argument("--json", action="store_true", help="print the full report as JSON")
    p.add_argument("--by-predicate", action="store_true",
                   help="also print precision, recall and F1 by predicate, summed over all documents")

    p = add("train-pairs", "Train the learned fallback of the relation rules (kg.extract.pairs) from gold-annotated texts.",
            "kg train-pairs --lang de ontologies/training/de", cmd_train_pairs)
    p.add_argument("paths", nargs="+", metavar="PATH", help="folders (or files) of NAME.gold.json with NAME.txt beside")
    p.add_argument("--lang", required=True, choices=["de", "en"], help="the language of the model")
    p.add_argument("-o", "--output", type=Path, help="the model file (default: ontologies/lexicons/LANG/pairs.tsv)")
    p.add_argument("--threshold", type=float, default=0.7,
                   help="least probability of a learned relation, written into the model (default 0.7)")
    p.add_argument("--skip", action="append", default=[], metavar="PREDICATE", choices=PREDICATES,
                   help="a predicate the model is not asked for (it learns it, but never outputs it); repeatable")
    p.add_argument("--epochs", type=int, default=6, help="passes over the examples (default 6)")
    p.add_argument("--l2", type=float, default=1e-3, help="L2 penalty (default 0.001)")
    p.add_argument("--min-count", type=int, default=3, help="drop features seen in fewer examples (default 3)")
    p.add_argument("--min-weight", type=float, default=0.1, help="drop smaller weights from the file (default 0.1)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")

    p = add("analyze", "Compute centrality, communities, components and k-cores; store them for SPARQL.",
            "kg analyze --top 15", cmd_analyze)
    p.add_argument("--top", type=int, default=10, help="rows per ranking (default 10)")
    p.add_argument("--no-write", action="store_true", help="don't write results into the analytics graph")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")
    _filter_opts(p)
    _store_opt(p)

    p = add("export", "Export the graph for Gephi (GEXF, GraphML, CSV), the web (JSON), RDF, or as a picture.",
            "kg export --format gexf -o graph.gexf --type Organization --type Person", cmd_export)
    p.add_argument("--format", "-f", required=True,
                   choices=["gexf", "graphml", "csv", "json", "turtle", "trig", "ntriples", "nquads", "jsonld", "png", "svg"])
    p.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")
    _filter_opts(p)
    _store_opt(p)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return args.func(args)
    except KGError as exc:
        print(f"kg {args.command}: error: {exc.message}", file=sys.stderr)
        if exc.hint:
            print(f"  hint: {exc.hint}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
