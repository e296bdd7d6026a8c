"""Safe by default: no outbound requests, a time limit that stops the work, caps, problem+json, CORS off."""

from __future__ import annotations

import os
import socket
import threading
import time

import pytest

from kg.rdf.store import open_store
from tests.api.conftest import BASE, TOKEN, news_extractions, news_store

AUTH = {"authorization": f"Bearer {TOKEN}"}
PROBLEM_KEYS = {"type", "title", "status", "detail"}


def assert_problem(r, status: int | None = None) -> dict:
    assert r.headers["content-type"] == "application/problem+json", r.text
    body = r.json()
    assert PROBLEM_KEYS <= set(body) and body["status"] == r.status_code
    assert "Traceback" not in r.text and 'File "' not in r.text
    if status is not None:
        assert r.status_code == status, r.text
    return body


class Listener:
    """A loopback TCP listener that records every connection made to it."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = False
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop = True
        self._thread.join()
        self.sock.close()


@pytest.fixture
def listener():
    lst = Listener()
    yield lst
    lst.close()


def test_listener_sees_a_real_connection(listener):
    socket.create_connection(("127.0.0.1", listener.port), timeout=2).close()
    time.sleep(0.3)
    assert listener.connections == 1


def test_no_outbound_request_from_queries_updates_or_uploads(news, listener):
    url = f"http://127.0.0.1:{listener.port}"
    refused_queries = [
        f"SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
        f"select * where {{ service silent <{url}/sparql> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ # a comment\n SERVICE <{url}/x> {{ ?s ?p ?o }} }}",
        f"PREFIX e: <{url}/> SELECT * WHERE {{ SERVICE e:x {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?s ?p \"a\\\"\" . SERVICE <{url}/y> {{ ?s ?p ?o }} }}",
    ]
    allowed_queries = [
        f"SELECT * FROM <{url}/data.ttl> WHERE {{ ?s ?p ?o }}",
        f"SELECT * FROM NAMED <{url}/data.ttl> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        f"ASK FROM <{url}/a> FROM NAMED <{url}/b> {{ ?s ?p ?o }}",
    ]
    refused_updates = [f"LOAD <{url}/data.ttl>", f"LOAD SILENT <{url}/data.ttl> INTO GRAPH <http://example.org/g>",
                       f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}/s> {{ ?s ?p ?o }} }}"]
    with news.client() as c:
        for q in refused_queries:
            for r in (c.get("/sparql", params={"query": q}),
                      c.post("/sparql", content=q, headers={"content-type": "application/sparql-query"})):
                assert "never makes outbound requests" in assert_problem(r, 400)["detail"]
        for q in allowed_queries:
            assert c.get("/sparql", params={"query": q}).status_code == 200
        for u in refused_updates:
            assert_problem(c.post("/sparql", data={"update": u}, headers=AUTH), 400)
        r = c.post("/documents", content=f"<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
                                         f"<rdf:Description rdf:about='{url}/x'/></rdf:RDF>",
                   headers={"content-type": "application/rdf+xml", **AUTH})
        assert_problem(r, 415)
    time.sleep(0.5)
    assert listener.connections == 0


def test_pathological_query_is_stopped_and_the_server_keeps_answering(news):
    pool = news.app.state.pool
    before = {w.proc.pid for w in pool._all}
    boom = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
    with news.client() as c:
        t0 = time.monotonic()
        r = c.get("/sparql", params={"query": boom})
        took = time.monotonic() - t0
        assert "stopped" in assert_problem(r, 503)["detail"]
        assert took < 5
        t0 = time.monotonic()
        ok = c.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
        assert ok.status_code == 200 and ok.json()["boolean"] is True
        assert c.get("/health").status_code == 200
        assert time.monotonic() - t0 < 5
    killed = before - {w.proc.pid for w in pool._all}
    assert killed, "the worker running the query should have been replaced"
    for pid in killed:    # the process is gone, so the work really stopped
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


ENDLESS_UPDATE = ("INSERT { ?a <urn:kg:test:endless> ?c } WHERE { GRAPH ?w { ?a ?b ?c } GRAPH ?x { ?d ?e ?f } "
                  "GRAPH ?y { ?g ?h ?i } GRAPH ?z { ?j ?k ?l } }")


@pytest.mark.parametrize("on_disk", [False, True], ids=["memory", "disk"])
def test_an_endless_update_is_stopped_on_a_copy_and_the_store_stays_as_it_was(serve, tmp_path, on_disk):
    if on_disk:
        store = open_store(tmp_path / "store", base_iri=BASE)
        for ex in news_extractions():
            store.ingest(ex, ingested_at="2026-01-01T00:00:00+00:00")
    else:
        store = news_store()
    live = serve(store, api_token=TOKEN, query_timeout=1.0)
    before = len(store)
    with live.client() as c:
        t0 = time.monotonic()
        r = c.post("/sparql", data={"update": ENDLESS_UPDATE}, headers=AUTH)
        detail = assert_problem(r, 503)["detail"]
        assert "update" in detail and "nothing was changed" in detail
        assert time.monotonic() - t0 < 5
        assert len(store) == before
        ask = c.get("/sparql", params={"query": "ASK { ?s <urn:kg:test:endless> ?o }"})
        assert ask.status_code == 200 and ask.json()["boolean"] is False
        # a malformed update is refused by the trial as well, and a good one still applies
        bad = c.post("/sparql", data={"update": "INSERT DATA { <urn:a> <urn:b> }"}, headers=AUTH)
        assert "malformed SPARQL update" in assert_problem(bad, 400)["detail"]
        good = c.post("/sparql", data={"update": "INSERT DATA { <urn:kg:test:a> <urn:kg:test:endless> 1 }"},
                      headers=AUTH)
        assert good.status_code == 204 and len(store) == before + 1
    # no copy is left behind by the stopped trial
    assert not [p for p in live.app.state.pool._dir.iterdir() if ".trial-" in p.name]


def test_result_rows_are_capped(news):
    with news.client() as c:
        r = c.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
        c2 = c.get("/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"}, headers={"accept": "application/n-triples"})
    assert r.status_code == 200 and len(r.json()["results"]["bindings"]) == 100
    assert r.headers["kg-results-truncated"] == "max_result_rows=100"
    assert len(c2.text.strip().splitlines()) == 100 and "kg-results-truncated" in c2.headers


def test_huge_bodies_are_refused_with_413(news):
    big = "ASK {}" + " " * (70 * 1024)
    with news.client() as c:
        r = c.post("/sparql", content=big, headers={"content-type": "application/sparql-query"})
        assert_problem(r, 413)

        def chunks():          # no Content-Length: the cap holds while reading
            for _ in range(100):
                yield b" " * 1024

        r = c.post("/sparql", content=chunks(), headers={"content-type": "application/sparql-query"})
        assert_problem(r, 413)
        r = c.post("/documents", content=b"x" * (70 * 1024), headers={"content-type": "text/plain", **AUTH})
        assert_problem(r, 413)
    with news.client() as c:      # the server is still fine
        assert c.get("/health").status_code == 200


@pytest.mark.parametrize(("method", "path", "kwargs", "status"), [
    ("post", "/sparql", {"content": "ASK {}", "headers": {"content-type": "text/plain"}}, 415),
    ("post", "/sparql", {"content": "ASK {}"}, 415),
    ("post", "/sparql", {"content": "ASK {}".encode("utf-16"),
                         "headers": {"content-type": "application/sparql-query; charset=UTF-16"}}, 415),
    ("post", "/sparql", {"content": b"ASK { \xff }", "headers": {"content-type": "application/sparql-query"}}, 400),
    ("post", "/sparql", {"data": {"query": "ASK {}", "update": "CLEAR ALL"}}, 400),
    ("post", "/sparql", {"content": "", "headers": {"content-type": "application/x-www-form-urlencoded"}}, 400),
    ("get", "/sparql?query=ASK%20%7B%7D&query=ASK%20%7B%7D", {}, 400),
    ("put", "/sparql?query=ASK%20%7B%7D", {}, 405),
    ("post", "/documents", {"content": "{not json", "headers": {"content-type": "application/json", **AUTH}}, 400),
    ("post", "/documents", {"json": {"text": 3}, "headers": AUTH}, 400),
    ("post", "/documents", {"content": "a", "headers": {"content-type": "application/rdf+xml", **AUTH}}, 415),
    ("post", "/documents", {"content": "@prefix x: <y> .", "headers": {"content-type": "text/turtle", **AUTH}}, 415),
    ("get", "/entities?limit=0", {}, 422),
    ("get", "/entities/meta/neighbors?depth=9", {}, 422),
    ("get", "/nowhere", {}, 404),
])
def test_bad_requests_get_4xx_problems(news, method, path, kwargs, status):
    with news.client() as c:
        r = getattr(c, method)(path, **kwargs) if method != "put" else c.put(path)
    assert_problem(r, status)


def test_cors_is_off_unless_configured(news, serve):
    with news.client() as c:
        r = c.get("/health", headers={"origin": "https://evil.example"})
        pre = c.options("/sparql", headers={"origin": "https://evil.example", "access-control-request-method": "POST"})
    assert "access-control-allow-origin" not in r.headers
    assert "access-control-allow-origin" not in pre.headers
    live = serve(news_store(), cors_origins=["https://app.example"])
    with live.client() as c:
        r = c.get("/health", headers={"origin": "https://app.example"})
    assert r.headers["access-control-allow-origin"] == "https://app.example"


def test_unexpected_errors_leak_nothing(news, monkeypatch):
    def explode(self, node):
        raise RuntimeError("secret internal detail /etc/passwd")

    monkeypatch.setattr(type(news.app.state.lookups), "entity", explode)
    with news.client() as c:
        r = c.get("/entities/meta")
    body = assert_problem(r, 500)
    assert "secret" not in r.text and "RuntimeError" not in r.text and body["title"] == "Internal error"


def test_workers_killed_from_outside_are_replaced(serve):
    live = serve(news_store())
    pool = live.app.state.pool
    for w in list(pool._all):
        os.kill(w.proc.pid, 9)
    time.sleep(0.5)
    with live.client() as c:
        r = c.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
    assert r.status_code == 200 and r.json()["boolean"] is True


def _vm_size(pid: int) -> int:
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmSize:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmSize")


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="needs Linux /proc")
def test_a_query_over_the_memory_cap_kills_only_its_worker():
    import asyncio

    from api.workers import QueryPool
    from kg.errors import KGError
    from kg.rdf.sparql import QueryRequest

    async def run() -> tuple[int, bool]:
        probe = QueryPool(news_store(), size=1, timeout=20, memory_limit=0)
        await probe.start()
        await probe.run(QueryRequest("ASK {}"))
        baseline = _vm_size(next(iter(probe._all)).proc.pid)     # what a worker needs on this machine
        await probe.close()
        pool = QueryPool(news_store(), size=1, timeout=20, memory_limit=baseline + (300 << 20))
        await pool.start()
        try:
            hog = QueryRequest("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i", max_rows=1)
            try:
                await pool.run(hog)
                status = 200
            except KGError as exc:
                status = exc.http_status
            ok = await pool.run(QueryRequest("ASK { ?s ?p ?o }"))
            return status, b"true" in ok.body
        finally:
            await pool.close()

    status, answered = asyncio.run(run())
    assert status == 503 and answered


REAL_SERVICE = [    # SERVICE is code here: the lexer must see it
    'SELECT * WHERE { ?s ?p "a\\"b" . SERVICE <http://x/> { ?s ?p ?o } }',
    "SELECT * WHERE { ?s ?p '''it's''' . SeRvIcE <http://x/> { ?s ?p ?o } }",
    'SELECT * WHERE { <http://x/#frag> ?p ?o . SERVICE <http://x/> { ?s ?p ?o } }',
    'SELECT * WHERE { ?s ?p ?o FILTER(?o <3) SERVICE <http://x/> { ?s ?p ?o } }',
    'SELECT * WHERE { ?s ?p """a "" b""" . SERVICE<http://x/>{ ?s ?p ?o } }',
    'SELECT * WHERE {\n# comment "\nSERVICE <http://x/> { ?s ?p ?o } }',
]
NOT_SERVICE = [     # SERVICE in a string, an IRI, a comment, a variable or a prefixed name
    'SELECT * WHERE { ?s ?p "SERVICE <http://x/> {}" }',
    "SELECT * WHERE { ?s ?p '''a ' SERVICE''' }",
    'SELECT * WHERE { ?s <http://x/SERVICE> ?o }  # SERVICE <http://x/>',
    'PREFIX e: <http://e/> SELECT ?service WHERE { ?service e:service ?o }',
]


@pytest.mark.parametrize("query", REAL_SERVICE)
def test_lexer_finds_service_where_the_parser_would(query):
    import pyoxigraph as ox

    from kg.errors import QueryError
    from kg.rdf.sparql import inspect

    ox.Store().query(query.replace("SERVICE", "GRAPH").replace("SeRvIcE", "GRAPH"))   # valid SPARQL
    with pytest.raises(QueryError):
        inspect(query)


@pytest.mark.parametrize("query", NOT_SERVICE)
def test_lexer_does_not_refuse_service_in_strings_iris_or_comments(query):
    from kg.rdf.sparql import inspect

    inspect(query)


def test_codepoint_escapes_do_not_smuggle_keywords():
    """pyoxigraph does not unescape \\u outside strings, so SERVIC\\u0045 is a syntax error, not SERVICE.

    The lexer relies on this; the test fails if a pyoxigraph upgrade changes it.
    """
    import pyoxigraph as ox

    with pytest.raises(SyntaxError):
        ox.Store().query("SELECT * WHERE { SERVIC\\u0045 <http://127.0.0.1:1/> { ?s ?p ?o } }")


def test_a_worker_ignores_ctrl_c_from_its_first_instruction():
    """Ctrl-C in a terminal signals the whole process group; the pool ends its workers itself, so a
    worker still starting (importing its modules) must neither die nor print a traceback."""
    import asyncio
    import signal

    from api.workers import QueryPool
    from kg.rdf.sparql import QueryRequest

    async def run() -> tuple[set[int], bytes]:
        pool = QueryPool(news_store(), size=1, timeout=20)
        await pool.start()
        try:
            pids = {w.proc.pid for w in pool._all}
            for pid in pids:            # at once: the worker has not imported anything yet
                os.kill(pid, signal.SIGINT)
            answer = await pool.run(QueryRequest("ASK { ?s ?p ?o }"))
            return pids & {w.proc.pid for w in pool._all}, answer.body
        finally:
            await pool.close()

    survivors, body = asyncio.run(run())
    assert survivors and b"true" in body
