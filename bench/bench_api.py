"""HTTP benchmark of the API: entity lookup and 1-hop SPARQL, beside the HTTP floor, in-process and rdflib-endpoint.

    .venv/bin/python bench/bench_api.py                    # seed-sized graph and a 1M-triple graph
    .venv/bin/python bench/bench_api.py --triples 100000   # smaller synthetic graph
    .venv/bin/python bench/bench_api.py --no-rdflib        # skip rdflib-endpoint

Every server runs in its own process on a free loopback port (uvicorn, uvloop, httptools,
no access log); the load generator is an asyncio HTTP/1.1 client with ``--connections``
keep-alive connections, bounded by ``--requests`` and ``--seconds``. Figures: p50/p99
latency in ms and requests/s; the in-process rows are the same work without HTTP, one
call at a time. All figures come from one run.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BASE = "https://w3id.org/kg-builder/id/"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
JSON_RESULTS = "application/sparql-results+json"


# ---- graphs --------------------------------------------------------------------------------
def synthetic(triples: int, seed: int = 7):
    """Extractions of made-up articles, about ``triples`` quads in all (~290 per document)."""
    from kg.model import ENTITY_TYPES, PREDICATES, Document, Entity, Extraction, Relation

    rnd = random.Random(seed)
    docs = max(1, triples // 290)
    n_entities = max(50, docs * 6)
    words = ["Nova", "Quantum", "Deep", "Blue", "Open", "Neural", "Vector", "Atlas", "Orion", "Pixel",
             "Silicon", "Cortex", "Helix", "Lumen", "Vertex", "Echo", "Nimbus", "Polar", "Titan", "Zephyr"]
    entities = []
    for i in range(n_entities):
        label = f"{rnd.choice(words)} {rnd.choice(words)} {i}"
        entities.append(Entity(id=f"{BASE}e{i}", label=label, type=rnd.choice(ENTITY_TYPES),
                               aliases=[label.split()[0] + f" {i}"]))
    for d in range(docs):
        ents = rnd.sample(entities, 20)
        text = f"Synthetic article {d}. " + " ".join(e.label + " works with others." for e in ents)
        rels = []
        for _ in range(15):
            s, o = rnd.sample(ents, 2)
            sentence = f"{s.label} and {o.label} are related."
            rels.append(Relation(s, rnd.choice(PREDICATES), o, sentence, 0, len(sentence), 0.8, "synthetic"))
        yield Extraction(document=Document(name=f"synthetic/{d}.txt", text=text, language="en",
                                           metadata={"title": f"Article {d}"}), entities=ents, relations=rels)


def seed_extractions():
    """The seed articles through the real extractor, or None when it is not available yet."""
    try:
        from kg.extract import get_extractor
        from kg.extract.reader import read_document
    except ImportError:
        return None
    extractor = get_extractor()
    return [extractor.extract(read_document(p, max_bytes=20 << 20)) for p in sorted((ROOT / "seeds").glob("*.txt"))]


def build(path: Path, extractions) -> tuple[int, list[str]]:
    """Write the extractions into a disk store at ``path``; the triple count and some entity slugs."""
    import pyoxigraph as ox

    from kg.rdf.convert import extraction_to_quads

    raw = ox.Store(str(path))
    slugs: set[str] = set()
    batch: list = []
    for ex in extractions:
        batch += extraction_to_quads(ex, base=BASE, ingested_at="2026-01-01T00:00:00+00:00")
        slugs.update(e.id.removeprefix(BASE) for e in ex.entities if ex.relations and e.id.startswith(BASE))
        if len(batch) > 200_000:
            raw.bulk_extend(batch)
            batch = []
    raw.bulk_extend(batch)
    raw.optimize()
    raw.flush()
    n = len(raw)
    with_relations = sorted(s for s in slugs if "/" not in s)
    del raw
    return n, random.Random(1).sample(with_relations, len(with_relations))


def build_slugs(path: Path) -> tuple[int, list[str]]:
    """The triple count and the slugs of the entities that are subjects of relations, shuffled."""
    import pyoxigraph as ox

    raw = ox.Store.read_only(str(path))
    subj = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject")
    slugs = {q.object.value.removeprefix(BASE) for q in raw.quads_for_pattern(None, subj, None, None)}
    with_relations = sorted(s for s in slugs if "/" not in s)
    return len(raw), random.Random(1).sample(with_relations, len(with_relations))


def dump_ntriples(store_path: Path, target: Path) -> None:
    import pyoxigraph as ox

    raw = ox.Store.read_only(str(store_path))
    with target.open("w", encoding="utf-8") as f:
        for q in raw:
            f.write(f"{q.subject} {q.predicate} {q.object} .\n")


def lookup_sparql(slug: str) -> str:
    return f"SELECT ?p ?o WHERE {{ <{BASE}{slug}> ?p ?o }}"


def one_hop_sparql(slug: str) -> str:
    return f"SELECT ?p ?o ?label WHERE {{ <{BASE}{slug}> ?p ?o . ?o <{RDFS_LABEL}> ?label }}"


# ---- servers -------------------------------------------------------------------------------
def serve(kind: str, port: int, store: str | None, nt: str | None) -> None:
    """Run one server in this process (called through ``--serve``)."""
    import uvicorn

    if kind == "floor":
        from fastapi import FastAPI
        from starlette.responses import Response

        app = FastAPI()
        body = json.dumps({"id": "meta", "label": "Meta", "type": "Organization"}).encode()

        @app.get("/fixed")
        async def fixed() -> Response:
            return Response(body, media_type="application/json")
    elif kind == "kg":
        from api.main import create_app
        from kg.config import Settings

        app = create_app(Settings(store=Path(store or "data/store"), base_iri=BASE, query_timeout=30))
    else:
        from rdflib import Graph
        from rdflib_endpoint import SparqlEndpoint

        g = Graph()
        g.parse(nt, format="nt")
        app = SparqlEndpoint(graph=g, path="/sparql", cors_enabled=False)
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


class Server:
    def __init__(self, kind: str, store: Path | None = None, nt: Path | None = None, ready_path: str = "/") -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        args = [sys.executable, __file__, "--serve", kind, "--port", str(self.port)]
        if store:
            args += ["--store", str(store)]
        if nt:
            args += ["--nt", str(nt)]
        self.proc = subprocess.Popen(args, cwd=ROOT)
        deadline = time.monotonic() + 900
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}{ready_path}", timeout=60).read()
                break
            except urllib.error.HTTPError:
                break
            except OSError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the {kind} server did not start") from None
                time.sleep(0.2)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()


# ---- load ----------------------------------------------------------------------------------
async def _load(port: int, paths: list[str], accept: str, total: int, seconds: float, conns: int):
    latencies: list[float] = []
    errors = 0
    counter = itertools.count()
    deadline = time.perf_counter() + seconds

    async def conn() -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            while (i := next(counter)) < total and time.perf_counter() < deadline:
                req = f"GET {paths[i % len(paths)]} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: {accept}\r\n\r\n"
                t0 = time.perf_counter()
                writer.write(req.encode())
                head = await reader.readuntil(b"\r\n\r\n")
                headers = {k.strip().lower(): v.strip() for k, _, v in
                           (line.partition(":") for line in head.decode("latin-1").split("\r\n")[1:] if line)}
                if "content-length" in headers:
                    await reader.readexactly(int(headers["content-length"]))
                else:                                    # chunked
                    while (size := int((await reader.readuntil(b"\r\n")).strip(), 16)) > 0:
                        await reader.readexactly(size + 2)
                    await reader.readuntil(b"\r\n")
                latencies.append(time.perf_counter() - t0)
                if not head.startswith(b"HTTP/1.1 200"):
                    errors += 1
        finally:
            writer.close()

    t0 = time.perf_counter()
    await asyncio.gather(*(conn() for _ in range(conns)))
    return latencies, time.perf_counter() - t0, errors


def run_load(port: int, paths: list[str], accept: str, args, *, warm: bool = True) -> dict:
    """Load ``paths`` in turn; ``warm`` first sends each path once (and some more) unmeasured.

    Cold runs are not warmed and never repeat a path, so no answer comes from a cache.
    """
    if warm:
        asyncio.run(_load(port, paths, accept, max(len(paths), 50, args.requests // 20), args.seconds, args.connections))
    total = args.requests if warm else min(args.requests, len(paths))
    lat, elapsed, errors = asyncio.run(_load(port, paths, accept, total, args.seconds, args.connections))
    return summary(lat, len(lat) / elapsed, errors)


def rss_mb(pid: int) -> str:
    """Resident memory of a process (its own pages, not the query workers'), from /proc."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            kb = next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))
    except (OSError, StopIteration, ValueError):
        return "unknown"
    return f"{kb / 1024:,.0f} MB"


def summary(lat: list[float], rps: float, errors: int = 0) -> dict:
    lat = sorted(lat)
    q = statistics.quantiles(lat, n=100, method="inclusive") if len(lat) > 1 else lat * 99
    return {"p50": q[49] * 1000, "p99": q[98] * 1000, "rps": rps, "n": len(lat), "errors": errors}


def in_process(store_path: Path, slugs: list[str], n: int) -> dict[str, dict]:
    """The same work as the HTTP routes, called directly, one at a time."""
    from api.lookups import Lookups, entity_node
    from kg.rdf.sparql import QueryRequest, execute
    from kg.rdf.store import open_store

    store = open_store(store_path, base_iri=BASE, read_only=True)
    lookups = Lookups(store)     # like the server: entity lookups read an in-memory replica
    while not lookups.in_memory:
        time.sleep(0.2)
    out = {}
    for name, fn in {
        "lookup": lambda s: json.dumps(lookups.entity(entity_node(store, s))),
        "sparql lookup": lambda s: execute(store.raw, QueryRequest(lookup_sparql(s), accept=JSON_RESULTS)),
        "1-hop": lambda s: execute(store.raw, QueryRequest(one_hop_sparql(s), accept=JSON_RESULTS)),
    }.items():
        for s in slugs[:20]:
            fn(s)
        lat = []
        t_all = time.perf_counter()
        for i in range(n):
            t0 = time.perf_counter()
            fn(slugs[i % len(slugs)])
            lat.append(time.perf_counter() - t0)
        out[name] = summary(lat, n / (time.perf_counter() - t_all))
    return out


def through_workers(store_path: Path, slugs: list[str], n: int) -> dict[str, dict]:
    """The SPARQL queries through the query workers, without HTTP and without the answer cache."""
    from api.workers import QueryPool
    from kg.rdf.sparql import QueryRequest
    from kg.rdf.store import open_store

    async def run() -> dict[str, dict]:
        pool = QueryPool(open_store(store_path, base_iri=BASE), size=2, timeout=30, cache_entries=0)
        await pool.start()
        out = {}
        try:
            for name, make in (("sparql lookup", lookup_sparql), ("1-hop", one_hop_sparql)):
                for s in slugs[:20]:
                    await pool.run(QueryRequest(make(s), accept=JSON_RESULTS))
                lat = []
                t_all = time.perf_counter()
                for i in range(n):
                    t0 = time.perf_counter()
                    await pool.run(QueryRequest(make(slugs[i % len(slugs)]), accept=JSON_RESULTS))
                    lat.append(time.perf_counter() - t0)
                out[name] = summary(lat, n / (time.perf_counter() - t_all))
        finally:
            await pool.close()
        return out

    return asyncio.run(run())


# ---- main ----------------------------------------------------------------------------------
HOT = 100     # ids cycled in the hot runs; the cold runs never repeat an id


def bench_graph(label: str, extractions, args, tmp: Path) -> list[tuple]:
    store_path = tmp / f"store-{label}"
    t0 = time.perf_counter()
    n, slugs = build(store_path, extractions)
    hot, cold = slugs[:HOT], slugs
    print(f"\n## {label}: {n:,} triples (built in {time.perf_counter() - t0:.1f} s), {len(slugs)} entities "
          f"with relations", flush=True)
    floor_srv = Server("floor", ready_path="/fixed")
    try:
        rows = [(label, "floor: FastAPI fixed body", "GET /fixed", run_load(floor_srv.port, ["/fixed"], "application/json", args))]
    finally:
        floor_srv.stop()
    for name, res in in_process(store_path, cold, min(args.requests, 2000)).items():
        rows.append((label, "in-process, no HTTP, no cache", name, res))
    # in a child process, so that the store (opened for writing) is closed before the server opens it
    worker_rows = subprocess.run([sys.executable, __file__, "--through-workers", str(store_path),
                                  "--requests", str(min(args.requests, 2000))],
                                 capture_output=True, text=True, check=True, cwd=ROOT).stdout
    for name, res in json.loads(worker_rows.strip().splitlines()[-1]).items():
        rows.append((label, "query workers, no HTTP, no cache", name, res))
    kg = Server("kg", store=store_path, ready_path="/health")
    t0 = time.perf_counter()
    while not json.loads(urllib.request.urlopen(f"http://127.0.0.1:{kg.port}/health").read())["lookups_in_memory"]:
        time.sleep(0.5)
    print(f"kg-builder: lookups in memory {time.perf_counter() - t0:.1f} s after start", flush=True)
    try:
        for temp, ids in (("hot", hot), ("cold", cold)):
            lookups = [f"/entities/{s}" for s in ids]
            rows.append((label, f"kg-builder HTTP, {temp}", "lookup GET /entities/{id}",
                         run_load(kg.port, lookups, "application/json", args, warm=temp == "hot")))
            for name, make in (("sparql lookup", lookup_sparql), ("1-hop", one_hop_sparql)):
                paths = ["/sparql?" + urllib.parse.urlencode({"query": make(s)}) for s in ids]
                rows.append((label, f"kg-builder HTTP, {temp}", f"{name} GET /sparql",
                             run_load(kg.port, paths, JSON_RESULTS, args, warm=temp == "hot")))
        print(f"kg-builder: server RSS {rss_mb(kg.proc.pid)} after the runs", flush=True)
    finally:
        kg.stop()
    if args.no_rdflib:
        print("rdflib-endpoint: skipped (--no-rdflib)")
        return rows
    try:
        import rdflib_endpoint  # noqa: F401
    except ImportError:
        print("rdflib-endpoint: not installed (pip install rdflib-endpoint); skipped")
        return rows
    nt = tmp / f"{label}.nt"
    dump_ntriples(store_path, nt)
    t0 = time.perf_counter()
    rdf = Server("rdflib", nt=nt, ready_path="/sparql?query=ASK%7B%7D")
    print(f"rdflib-endpoint loaded the graph in {time.perf_counter() - t0:.1f} s", flush=True)
    try:
        for name, make in (("sparql lookup", lookup_sparql), ("1-hop", one_hop_sparql)):
            paths = ["/sparql?" + urllib.parse.urlencode({"query": make(s)}) for s in hot]
            rows.append((label, "rdflib-endpoint 0.6.3", f"{name} GET /sparql", run_load(rdf.port, paths, JSON_RESULTS, args)))
    finally:
        rdf.stop()
    return rows


def report(rows: list[tuple]) -> None:
    print("\n| graph | server | request | p50 ms | p99 ms | req/s | n | errors |")
    print("|---|---|---|---:|---:|---:|---:|---:|")
    for label, server, req, r in rows:
        print(f"| {label} | {server} | {req} | {r['p50']:.2f} | {r['p99']:.2f} | {r['rps']:,.0f} | {r['n']} | {r['errors']} |")
    print()
    for label in dict.fromkeys(r[0] for r in rows):
        by = {(s, q): r for lab, s, q, r in rows if lab == label}
        floor = by[("floor: FastAPI fixed body", "GET /fixed")]
        rdf_lookup = by.get(("rdflib-endpoint 0.6.3", "sparql lookup GET /sparql"))
        for name in ("sparql lookup", "1-hop"):
            inproc = by.get(("in-process, no HTTP, no cache", name))
            pooled = by.get(("query workers, no HTTP, no cache", name))
            if inproc and pooled:
                print(f"{label}: {name} through a query worker costs {pooled['p50'] - inproc['p50']:.2f} ms "
                      f"more at p50 than in-process ({pooled['p50']:.2f} vs {inproc['p50']:.2f} ms)")
        for temp in ("hot", "cold"):
            look = by[(f"kg-builder HTTP, {temp}", "lookup GET /entities/{id}")]
            line = (f"{label}, {temp}: lookup p50 {look['p50']:.2f} ms = floor + {look['p50'] - floor['p50']:.2f} ms "
                    f"(target < 1 ms); p99 {look['p99']:.2f} ms (target < 10 ms)")
            if rdf_lookup and rdf_lookup["rps"]:
                line += f"; {look['rps'] / rdf_lookup['rps']:.1f}x rdflib-endpoint's lookup query req/s (target >= 5x)"
            print(line)
            for name in ("sparql lookup", "1-hop"):
                rdf = by.get(("rdflib-endpoint 0.6.3", f"{name} GET /sparql"))
                ours = by[(f"kg-builder HTTP, {temp}", f"{name} GET /sparql")]
                if rdf and rdf["rps"]:
                    print(f"{label}, {temp}: {name} /sparql {ours['rps']:,.0f} req/s vs rdflib-endpoint "
                          f"{rdf['rps']:,.0f} = {ours['rps'] / rdf['rps']:.1f}x (target >= 5x)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--triples", type=int, default=1_000_000, help="size of the synthetic graph")
    ap.add_argument("--requests", type=int, default=4000, help="requests per measurement (upper bound)")
    ap.add_argument("--seconds", type=float, default=15.0, help="time per measurement (upper bound)")
    ap.add_argument("--connections", type=int, default=8)
    ap.add_argument("--no-rdflib", action="store_true", help="skip rdflib-endpoint")
    ap.add_argument("--serve", help=argparse.SUPPRESS)
    ap.add_argument("--through-workers", help=argparse.SUPPRESS)
    ap.add_argument("--port", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--store", help=argparse.SUPPRESS)
    ap.add_argument("--nt", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.serve:
        serve(args.serve, args.port, args.store, args.nt)
        return 0
    if args.through_workers:
        path = Path(args.through_workers)
        _, slugs = build_slugs(path)
        print(json.dumps(through_workers(path, slugs, args.requests)))
        return 0
    print(f"bench_api: {os.cpu_count()} CPUs, {args.connections} connections, <= {args.requests} requests "
          f"and <= {args.seconds:g} s per measurement, python {sys.version.split()[0]}, "
          f"load average {os.getloadavg()[0]:.2f} (other processes skew the figures)")
    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-api-"))
    try:
        seed = seed_extractions()
        small_label = "seed graph" if seed is not None else "small synthetic graph"
        if seed is None:
            print("(the extractor is not available yet: a small synthetic graph stands in for the seed graph)")
            seed = list(synthetic(3000, seed=3))
        rows = bench_graph(small_label, seed, args, tmp)
        rows += bench_graph(f"synthetic {args.triples:,}", synthetic(args.triples), args, tmp)
        report(rows)
        print(f"load average at the end: {os.getloadavg()[0]:.2f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
