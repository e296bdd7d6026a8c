"""The 34 W3C SPARQL 1.1 Protocol tests, run by ../shared/w3c/run_protocol.py against a live server."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.rdf.store import open_store
from tests.api.conftest import BASE, TOKEN

ROOT = Path(__file__).resolve().parents[2]
W3C = (ROOT / ".." / "shared" / "w3c").resolve()
KASEI = "http://kasei.us/2009/09/sparql/data/data{}.rdf"

pytestmark = pytest.mark.skipif(not (W3C / "run_protocol.py").is_file(),
                                reason=f"the W3C protocol suite is not at {W3C} (../shared is absent)")


def test_all_34_protocol_tests_pass(serve):
    store = open_store(":memory:", base_iri=BASE)
    for n in (1, 2, 3):
        data = (W3C / "sparql11-protocol" / f"data{n}.nt").read_bytes()
        graph = ox.NamedNode(KASEI.format(n))
        store.extend(ox.Quad(q.subject, q.predicate, q.object, graph)
                     for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
    live = serve(store, api_token=TOKEN)
    run = subprocess.run([sys.executable, str(W3C / "run_protocol.py"), str(W3C / "sparql11-protocol" / "manifest.ttl"),
                          f"{live.url}/sparql", "--token", TOKEN], capture_output=True, text=True, timeout=300)
    lines = run.stdout.strip().splitlines()
    assert lines and lines[-1] == "34/34 passed", run.stdout + run.stderr
