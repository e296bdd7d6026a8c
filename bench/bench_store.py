"""Store benchmark: load and query a synthetic news graph in pyoxigraph, rdflib and rdflib-on-oxigraph.

    python bench/bench_store.py [--triples 1000000] [--repeat 5]

Builds N-Triples shaped like kg-builder's graph (entities with types and labels, relations,
provenance records), then times, in one process: bulk load, and four typical queries
(label lookup, 1-hop out of an entity, relations of a predicate with evidence, a count by
type). Prints seconds per engine and the ratio to pyoxigraph (the baseline).
Engines: pyoxigraph on disk (the default store), pyoxigraph in memory, rdflib's Memory
store, and rdflib over oxigraph (oxrdflib; skipped when not installed).
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import statistics
import sys
import tempfile
import time

import pyoxigraph as ox
import rdflib

KGO = "https://w3id.org/kg-builder/ontology#"
ID = "https://w3id.org/kg-builder/id/"
TYPES = ["Person", "Organization", "AIModel", "Hardware", "Product", "Concept"]
PREDS = ["ceoOf", "worksFor", "develops", "usesHardware", "investsIn", "partnerOf", "competesWith"]
P = (f"PREFIX kgo: <{KGO}> PREFIX id: <{ID}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
     "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> ")
QUERIES = {
    "label lookup": P + 'SELECT ?e WHERE { ?e rdfs:label "Entity 4242"@en }',
    "1-hop out": P + "SELECT ?p ?o ?l WHERE { id:e4242 ?p ?o . OPTIONAL { ?o rdfs:label ?l } }",
    "evidence of a predicate (LIMIT 100)": P + "SELECT ?s ?o ?sent WHERE { ?ev rdf:predicate kgo:ceoOf ; "
                                               "rdf:subject ?s ; rdf:object ?o ; kgo:sentence ?sent } LIMIT 100",
    "count by type": P + "SELECT ?t (COUNT(?e) AS ?n) WHERE { ?e a ?t } GROUP BY ?t",
}


def synth(n_triples: int, seed: int = 7) -> bytes:
    """N-Triples of about n_triples: 4 triples per entity, 9 per relation with its evidence."""
    rnd = random.Random(seed)
    n_entities = max(10, n_triples // 40)
    lines = []
    for i in range(n_entities):
        e = f"<{ID}e{i}>"
        lines.append(f"{e} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{KGO}{TYPES[i % 6]}> .")
        lines.append(f'{e} <http://www.w3.org/2000/01/rdf-schema#label> "Entity {i}"@en .')
        lines.append(f'{e} <http://www.w3.org/2004/02/skos/core#altLabel> "E{i}"@en .')
        lines.append(f"{e} <{KGO}mentionedIn> <{ID}doc/d{i % 997}> .")
    j = 0
    while len(lines) < n_triples:
        s, o, p = rnd.randrange(n_entities), rnd.randrange(n_entities), PREDS[j % len(PREDS)]
        ev = f"<{ID}doc/d{j % 997}/evidence/{j}>"
        lines += [
            f"<{ID}e{s}> <{KGO}{p}> <{ID}e{o}> .",
            f"{ev} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{KGO}Evidence> .",
            f"{ev} <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <{ID}e{s}> .",
            f"{ev} <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> <{KGO}{p}> .",
            f"{ev} <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> <{ID}e{o}> .",
            f'{ev} <{KGO}sentence> "Entity {s} and entity {o} are linked, says sentence {j}."@en .',
            f'{ev} <{KGO}confidence> "0.8"^^<http://www.w3.org/2001/XMLSchema#decimal> .',
            f'{ev} <{KGO}rule> "bench" .',
            f"{ev} <http://www.w3.org/ns/prov#wasDerivedFrom> <{ID}doc/d{j % 997}> .",
        ]
        j += 1
    return ("\n".join(lines[:n_triples]) + "\n").encode()


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def time_queries(run, repeat: int) -> dict[str, float]:
    out = {}
    for name, q in QUERIES.items():
        run(q)  # warm-up
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            run(q)
            times.append(time.perf_counter() - t)
        out[name] = statistics.median(times)
    return out


def bench_oxigraph(data: bytes, repeat: int, path: str | None) -> tuple[float, dict[str, float]]:
    store = ox.Store(path) if path else ox.Store()
    t = time.perf_counter()
    store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES)
    load = time.perf_counter() - t
    return load, time_queries(lambda q: list(store.query(q)), repeat)


def bench_rdflib(data: bytes, repeat: int, plugin: str) -> tuple[float, dict[str, float]]:
    g = rdflib.Graph(store=plugin)
    t = time.perf_counter()
    g.parse(data=data, format="nt")
    load = time.perf_counter() - t
    return load, time_queries(lambda q: list(g.query(q)), repeat)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    data = synth(args.triples)
    print(f"synthetic graph: {args.triples:,} triples, {len(data) / 1e6:.0f} MB of N-Triples")
    engines = [("pyoxigraph (disk, default)", lambda: bench_oxigraph(data, args.repeat, tempfile.mkdtemp())),
               ("pyoxigraph (memory)", lambda: bench_oxigraph(data, args.repeat, None)),
               ("rdflib Memory", lambda: bench_rdflib(data, args.repeat, "Memory"))]
    try:
        import oxrdflib  # noqa: F401

        engines.append(("rdflib + oxrdflib", lambda: bench_rdflib(data, args.repeat, "Oxigraph")))
    except ImportError:
        print("oxrdflib not installed: `pip install oxrdflib` to include rdflib-on-oxigraph")
    results = {}
    for name, run in engines:
        gc.collect()
        before = rss_mb()
        results[name] = run()
        print(f"  measured {name} (peak RSS so far {rss_mb():,.0f} MB, was {before:,.0f} MB)", file=sys.stderr)
    base_load, base_q = results[engines[0][0]]
    print(f"\n{'engine':28} {'load s':>8} {'ratio':>7}   " + "   ".join(f"{k[:22]:>22}" for k in QUERIES))
    for name, (load, qs) in results.items():
        cells = "   ".join(f"{qs[k] * 1000:9.2f} ms ({qs[k] / base_q[k]:5.1f}x)" for k in QUERIES)
        print(f"{name:28} {load:8.2f} {load / base_load:6.1f}x   {cells}")
    print("\nratios are against pyoxigraph on disk, measured in this run; query times are medians of "
          f"{args.repeat} runs after a warm-up")
    return 0


if __name__ == "__main__":
    sys.exit(main())
