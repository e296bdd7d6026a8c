"""Benchmark of graph analytics and exports on a synthetic news-like graph (issue 5, item 6).

    .venv/bin/python bench/bench_analytics.py                                  # 100k entities, 1M relations
    .venv/bin/python bench/bench_analytics.py --entities 10000 --relations 100000
    .venv/bin/python bench/bench_analytics.py --slow      # also networkx Louvain and networkx closeness/betweenness at full size

The synthetic graph is written to an in-memory store as the extractor would (one named
graph per document, every relation with its ``kgo:Evidence`` record), so projection is
measured on real SPARQL. Entity popularity follows a power law, so a few hubs (the
"Nvidia" and "OpenAI" of the graph) take part in many relations, and some relations are
stated by several documents. Each phase reports wall time and its peak resident memory
(VmHWM, reset before each phase). "interactive" marks phases under 2 s. Phases run with
cyclic GC paused, as ``analyze()`` and ``export()`` run them.
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BASE = "https://w3id.org/kg-builder/id/"
INTERACTIVE = 2.0


# ---- memory --------------------------------------------------------------------------------
def _reset_peak() -> None:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def _peak_mib() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


ROWS: list[dict[str, Any]] = []


def phase(name: str, fn: Callable[[], Any], *, note: str = "") -> Any:
    """Time ``fn`` with cyclic GC paused, as analyze() and export() run their work."""
    from kg.analytics.engine import gc_paused

    gc.collect()
    _reset_peak()
    t = time.perf_counter()
    with gc_paused():
        value = fn()
    seconds = time.perf_counter() - t
    row = {"phase": name, "seconds": round(seconds, 3), "peak_mib": round(_peak_mib()), "note": note}
    ROWS.append(row)
    mark = "yes" if seconds < INTERACTIVE else "no"
    print(f"  {name:<44} {seconds:9.3f} s  {row['peak_mib']:7d} MiB  interactive: {mark:<3} {note}", flush=True)
    return value


# ---- synthetic graph -----------------------------------------------------------------------
def build_store(entities: int, relations: int, per_doc: int, seed: int):
    """An in-memory store with ``entities`` entities and ``relations`` evidence records."""
    import numpy as np
    import pyoxigraph as ox

    from kg.model import ENTITY_TYPES, PREDICATES
    from kg.rdf.namespaces import DCT, KGO, PROV, RDF, RDFS, XSD
    from kg.rdf.store import open_store

    rng = np.random.default_rng(seed)
    store = open_store(":memory:", base_iri=BASE)
    type_p = np.array([0.30, 0.25, 0.20, 0.10, 0.10, 0.05])        # Org, Person, AIModel, Hardware, Product, Concept
    order = ["Organization", "Person", "AIModel", "Hardware", "Product", "Concept"]
    assert set(order) == set(ENTITY_TYPES)
    kinds = rng.choice(len(order), size=entities, p=type_p)
    # power-law popularity: Zipf-like weights over a random permutation of entities
    weights = 1.0 / np.arange(1, entities + 1) ** 0.9
    weights /= weights.sum()
    perm = rng.permutation(entities)
    subj = perm[rng.choice(entities, size=relations, p=weights)]
    obj = perm[rng.choice(entities, size=relations, p=weights)]
    same = subj == obj
    obj[same] = (obj[same] + 1) % entities
    preds = rng.integers(0, len(PREDICATES), size=relations)

    node = [ox.NamedNode(f"{BASE}e{i}") for i in range(entities)]
    pred = [ox.NamedNode(KGO + p) for p in PREDICATES]
    t_rdf, t_label, t_mention = ox.NamedNode(RDF + "type"), ox.NamedNode(RDFS + "label"), ox.NamedNode(KGO + "mentionedIn")
    cls = [ox.NamedNode(KGO + t) for t in order]
    ev_t, rs, rp, ro = (ox.NamedNode(KGO + "Evidence"), ox.NamedNode(RDF + "subject"),
                        ox.NamedNode(RDF + "predicate"), ox.NamedNode(RDF + "object"))
    derived, doc_t = ox.NamedNode(PROV + "wasDerivedFrom"), ox.NamedNode(KGO + "Document")
    date_p, ingested = ox.NamedNode(DCT + "date"), ox.NamedNode(KGO + "ingestedAt")
    file_p = ox.NamedNode(KGO + "fileName")
    xsd_date, xsd_dt = ox.NamedNode(XSD + "date"), ox.NamedNode(XSD + "dateTime")
    docs = (relations + per_doc - 1) // per_doc
    for d in range(docs):
        g = ox.NamedNode(f"{BASE}doc/{d:016x}")
        day = f"2024-{1 + d % 12:02d}-{1 + d % 28:02d}"
        quads = [ox.Quad(g, t_rdf, doc_t, g), ox.Quad(g, file_p, ox.Literal(f"synthetic/{d}.txt"), g),
                 ox.Quad(g, date_p, ox.Literal(day, datatype=xsd_date), g),
                 ox.Quad(g, ingested, ox.Literal("2026-01-01T00:00:00Z", datatype=xsd_dt), g)]
        lo, hi = d * per_doc, min(relations, (d + 1) * per_doc)
        seen: set[int] = set()
        for r in range(lo, hi):
            s, o, p = node[subj[r]], node[obj[r]], pred[preds[r]]
            for e in (subj[r], obj[r]):
                if e not in seen:
                    seen.add(e)
                    quads += [ox.Quad(node[e], t_rdf, cls[kinds[e]], g),
                              ox.Quad(node[e], t_label, ox.Literal(f"Entity {e}", language="en"), g),
                              ox.Quad(node[e], t_mention, g, g)]
            ev = ox.NamedNode(f"{g.value}/evidence/{r - lo}")
            quads += [ox.Quad(s, p, o, g), ox.Quad(ev, t_rdf, ev_t, g), ox.Quad(ev, rs, s, g),
                      ox.Quad(ev, rp, p, g), ox.Quad(ev, ro, o, g), ox.Quad(ev, derived, g, g)]
        store.extend(quads)
    return store


# ---- the benchmark -------------------------------------------------------------------------
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--entities", type=int, default=100_000)
    ap.add_argument("--relations", type=int, default=1_000_000)
    ap.add_argument("--per-doc", type=int, default=1_000, help="relations per synthetic document")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--slow", action="store_true", help="also run networkx where it takes minutes")
    ap.add_argument("--no-rdf", action="store_true", help="skip the RDF serialisations")
    ap.add_argument("--json", type=Path, help="write the figures to this file too")
    args = ap.parse_args()

    import networkx as nx

    from kg.analytics import analyze, is_stale, project, read_results
    from kg.analytics import centrality as c
    from kg.analytics import communities as cm
    from kg.analytics import components as cp
    from kg.analytics import cores as co
    from kg.analytics.engine import to_igraph, undirected
    from kg.exports import export
    from kg.exports.gexf import to_gexf
    from kg.exports.graphml import to_graphml
    from kg.exports.layout import layout
    from kg.exports.nodelink import to_node_link
    from kg.exports.picture import to_picture
    from kg.exports.prepare import annotate
    from kg.exports.tables import to_csv_zip

    print(f"kg-builder analytics benchmark: {args.entities:,} entities, {args.relations:,} relations "
          f"({platform.python_version()}, networkx {nx.__version__})", flush=True)
    store = phase("build store (synthetic, not analytics)",
                  lambda: build_store(args.entities, args.relations, args.per_doc, args.seed),
                  note=f"{args.relations // args.per_doc} documents")
    print(f"  store: {len(store):,} quads", flush=True)
    g = phase("projection: project(store)", lambda: project(store))
    print(f"  graph: {g.number_of_nodes():,} nodes, {g.number_of_edges():,} edges "
          f"(distinct s-p-o; the rest are repeats across documents)", flush=True)
    simple = phase("undirected simple graph (shared by all)", lambda: undirected(g))
    n, m = simple.number_of_nodes(), simple.number_of_edges()
    print(f"  simple undirected: {n:,} nodes, {m:,} edges", flush=True)
    phase("igraph conversion from the multigraph (shared, cached)", lambda: to_igraph(g))
    slow = args.slow or n <= 20_000

    phase("degree (networkx)", lambda: c.degree(g))
    phase("pagerank (networkx, scipy)", lambda: c.pagerank(simple, engine="networkx"))
    phase("pagerank (igraph, PRPACK)", lambda: c.pagerank(g, engine="igraph"))
    phase("components (networkx)", lambda: cp.components(simple, engine="networkx"))
    phase("components (igraph)", lambda: cp.components(g, engine="igraph"))
    phase("k-core (networkx)", lambda: co.core_number(simple, engine="networkx"))
    phase("k-core (igraph)", lambda: co.core_number(g, engine="igraph"))
    k_nx = 200 if slow else 5
    phase(f"betweenness sampled, {k_nx} sources (networkx)",
          lambda: c.betweenness(simple, samples=k_nx, engine="networkx"), note="per source = time / k")
    phase(f"betweenness sampled, {c.BETWEENNESS_SAMPLES} sources (igraph)",
          lambda: c.betweenness(g, samples=c.BETWEENNESS_SAMPLES, engine="igraph"), note="the default")
    phase(f"closeness estimated, {c.CLOSENESS_PIVOTS} pivots (igraph)",
          lambda: c.closeness(g, pivots=c.CLOSENESS_PIVOTS), note="the default")
    if slow:
        phase("closeness exact (igraph)", lambda: c.closeness(g, pivots=n, engine="igraph"))
        phase("louvain (networkx)", lambda: cm.louvain(simple, engine="networkx"))
    found = phase("louvain (igraph)", lambda: cm.louvain(g, engine="igraph"))
    print(f"  communities: {len(found):,}", flush=True)

    result = phase("analyze(store) end to end, with write-back", lambda: analyze(store))
    print("  analyze() phases: " + ", ".join(f"{k} {v:.2f}s" for k, v in result.timings.items()), flush=True)
    phase("is_stale(store)", lambda: is_stale(store))
    phase("read_results(store, top=20): what GET /analytics serves", lambda: read_results(store, top=20))
    phase("read_results(store): every entity", lambda: read_results(store))

    annotated = phase("export graph: annotate (degree, pagerank, louvain)", lambda: annotate(g))
    pos = phase("layout (igraph FR up to 10k nodes, spiral above)", lambda: layout(
        annotated, community={v: d.get("community", -1) for v, d in annotated.nodes(data=True)}))
    sizes: dict[str, int] = {}
    for name, fn in [("gexf", lambda: to_gexf(annotated, positions=pos)), ("graphml", lambda: to_graphml(annotated)),
                     ("csv (zip)", lambda: to_csv_zip(annotated)), ("json node-link", lambda: to_node_link(annotated)),
                     ("png", lambda: to_picture(annotated, "png")), ("svg", lambda: to_picture(annotated, "svg"))]:
        data = phase(f"write {name}", fn)
        sizes[name] = len(data)
        print(f"    {len(data) / 1e6:.1f} MB", flush=True)
    phase("export(store, 'gexf') end to end", lambda: export(store, "gexf"))
    if not args.no_rdf:
        for fmt in ("ntriples", "nquads", "turtle", "trig", "jsonld"):
            data = phase(f"export {fmt} (store.dump)", lambda fmt=fmt: export(store, fmt))
            print(f"    {len(data) / 1e6:.1f} MB", flush=True)
            del data

    fast = [r["phase"] for r in ROWS if r["seconds"] < INTERACTIVE and "build store" not in r["phase"]]
    print("\nunder 2 s: " + "; ".join(fast))
    if args.json:
        args.json.write_text(json.dumps({"entities": args.entities, "relations": args.relations, "nodes": n,
                                         "edges": m, "rows": ROWS}, indent=1))


if __name__ == "__main__":
    random.seed(0)
    main()
