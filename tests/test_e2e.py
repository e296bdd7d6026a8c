"""End to end: the seed article built into a store, served by a real uvicorn, queried over HTTP."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

CEO_OF_META = ('SELECT ?p WHERE { ?p kgo:ceoOf ?o . ?o rdfs:label ?l FILTER(str(?l) = "Meta") }')


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(seed_store_path: Path):
    port = free_port()
    kg = Path(sys.executable).with_name("kg")
    env = {**os.environ, "KG_STORE": str(seed_store_path)}
    proc = subprocess.Popen([str(kg), "serve", "--port", str(port), "--log-level", "warning"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/health", timeout=2).read()
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail("server exited: " + proc.stdout.read().decode(errors="replace"))
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("server did not come up in 60 s")
    yield url
    proc.terminate()
    proc.wait(timeout=20)


def test_health_counts_the_seed(server):
    body = json.loads(urllib.request.urlopen(server + "/health", timeout=10).read())
    assert body["status"] == "ok" and body["documents"] == 1 and body["triples"] > 50


def test_sparql_over_http_finds_the_ceo_of_meta(server):
    query = "PREFIX kgo: <https://w3id.org/kg-builder/ontology#>\n" \
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + CEO_OF_META
    req = urllib.request.Request(server + "/sparql?" + urllib.parse.urlencode({"query": query}),
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=20) as resp:
        assert resp.headers["Content-Type"].startswith("application/sparql-results+json")
        rows = json.loads(resp.read())["results"]["bindings"]
    people = {r["p"]["value"] for r in rows}
    assert people == {"https://w3id.org/kg-builder/id/mark-zuckerberg"}

    label_q = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
               "SELECT ?l WHERE { <https://w3id.org/kg-builder/id/mark-zuckerberg> rdfs:label ?l }")
    with urllib.request.urlopen(server + "/sparql?" + urllib.parse.urlencode({"query": label_q}), timeout=20) as r:
        labels = {b["l"]["value"] for b in json.loads(r.read())["results"]["bindings"]}
    assert "Mark Zuckerberg" in labels


def test_every_seed_relation_has_its_evidence(seed_store_path):
    from kg.rdf.store import open_store

    st = open_store(seed_store_path, read_only=True)
    rows = st.select("""SELECT ?s ?p ?o (COUNT(?ev) AS ?n) WHERE {
        ?s ?p ?o . FILTER(STRSTARTS(STR(?p), STR(kgo:)) && ?p NOT IN (kgo:mentionedIn, kgo:mentionCount,
        kgo:fileName, kgo:contentHash, kgo:ingestedAt, kgo:wordCount, kgo:sentence, kgo:start, kgo:end,
        kgo:confidence, kgo:rule, kgo:quantity, kgo:amount, kgo:currency, kgo:period, kgo:speculative))
        FILTER(isIRI(?o))
        OPTIONAL { ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kgo:sentence ?sent }
      } GROUP BY ?s ?p ?o""")
    assert rows, "the seed graph holds no relations"
    assert all(r["n"] >= 1 for r in rows), [r for r in rows if r["n"] < 1]


def test_ctrl_c_stops_the_server_cleanly(seed_store_path, tmp_path):
    """SIGINT to the whole process group (what a terminal's Ctrl-C does) ends server and workers quietly."""
    import shutil
    import signal

    store = tmp_path / "store"
    shutil.copytree(seed_store_path, store)
    port = free_port()
    kg = Path(sys.executable).with_name("kg")
    proc = subprocess.Popen([str(kg), "serve", "--port", str(port), "--store", str(store)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            q = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
            assert json.loads(urllib.request.urlopen(f"{url}/sparql?{q}", timeout=5).read())["boolean"] is True
            break
        except OSError:
            time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGINT)
    out = proc.communicate(timeout=30)[0].decode(errors="replace")
    assert proc.returncode == 0, out
    assert "Traceback" not in out and "Finished server process" in out
