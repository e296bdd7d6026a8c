"""Fixtures of the API tests: real uvicorn servers on free loopback ports, over temporary stores."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import httpx
import pytest
import uvicorn

from api.main import create_app
from kg.config import Settings
from kg.model import Document, Entity, Extraction, Relation
from kg.rdf.store import KGStore, open_store

BASE = "https://w3id.org/kg-builder/id/"
TOKEN = "test-token-0123456789"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Live:
    url: str
    store: KGStore
    settings: Settings
    server: uvicorn.Server
    thread: threading.Thread
    app: object

    def client(self, **kw) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30, **kw)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)


def start_server(store: KGStore, *, port: int | None = None, **overrides) -> Live:
    """Serve ``create_app(settings, store)`` with uvicorn in a thread until :meth:`Live.stop`."""
    settings = Settings(**{"base_iri": BASE, **overrides})
    port = port or free_port()
    app = create_app(settings, store)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                            loop="asyncio", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    return Live(f"http://127.0.0.1:{port}", store, settings, server, thread, app)


@pytest.fixture(scope="module")
def serve() -> Iterator[Callable[..., Live]]:
    """A factory of live servers, all stopped at the end of the module."""
    started: list[Live] = []

    def make(store: KGStore, **overrides) -> Live:
        live = start_server(store, **overrides)
        started.append(live)
        return live

    yield make
    for live in started:
        live.stop()


def _e(slug: str, label: str, type_: str, **kw) -> Entity:
    return Entity(id=BASE + slug, label=label, type=type_, **kw)


def news_extractions() -> list[Extraction]:
    """Two hand-made articles: Meta, OpenAI, Nvidia and their people and models."""
    t1 = ("Meta-Chef Mark Zuckerberg kündigt Llama 3 an. Meta kauft Nvidia H100 Chips. "
          "OpenAI konkurriert mit Meta.")
    zuck = _e("mark-zuckerberg", "Mark Zuckerberg", "Person", aliases=["Zuckerberg"],
              same_as=["http://www.wikidata.org/entity/Q36215"])
    meta = _e("meta", "Meta", "Organization", aliases=["Meta Platforms", "Facebook"],
              same_as=["http://www.wikidata.org/entity/Q380"])
    llama = _e("llama-3", "Llama 3", "AIModel")
    h100 = _e("nvidia-h100", "Nvidia H100", "Hardware", aliases=["H100"])
    openai = _e("openai", "OpenAI", "Organization")
    s1, s2, s3 = t1.split(". ")[0] + ".", t1.split(". ")[1] + ".", t1.split(". ")[2]
    d1 = Document(name="meta.txt", text=t1, language="de",
                  metadata={"source": "https://example.org/meta", "title": "Meta und Llama", "date": "2024-04-18"})
    ex1 = Extraction(document=d1, entities=[zuck, meta, llama, h100, openai], relations=[
        Relation(zuck, "ceoOf", meta, s1, 0, len(s1), 0.9, "test:title"),
        Relation(meta, "develops", llama, s1, 0, len(s1), 0.8, "test:verb"),
        Relation(meta, "usesHardware", h100, s2, len(s1) + 1, len(s1) + 1 + len(s2), 0.7, "test:verb"),
        Relation(openai, "competesWith", meta, s3, len(t1) - len(s3), len(t1), 0.6, "test:verb"),
    ])
    t2 = "Sam Altman leitet OpenAI. OpenAI entwickelt GPT-4. Nvidia stellt den H100 her."
    altman = _e("sam-altman", "Sam Altman", "Person", aliases=["Altman"])
    gpt4 = _e("gpt-4", "GPT-4", "AIModel", aliases=["GPT4"])
    nvidia = _e("nvidia", "Nvidia", "Organization", aliases=["NVIDIA Corporation"])
    d2 = Document(name="openai.txt", text=t2, language="de", metadata={"title": "OpenAI"})
    a, b, c = "Sam Altman leitet OpenAI.", "OpenAI entwickelt GPT-4.", "Nvidia stellt den H100 her."
    ex2 = Extraction(document=d2, entities=[altman, openai, gpt4, nvidia, h100], relations=[
        Relation(altman, "ceoOf", openai, a, 0, len(a), 0.9, "test:verb"),
        Relation(openai, "develops", gpt4, b, len(a) + 1, len(a) + 1 + len(b), 0.85, "test:verb"),
        Relation(nvidia, "manufactures", h100, c, len(t2) - len(c), len(t2), 0.8, "test:verb"),
    ])
    return [ex1, ex2]


def news_store() -> KGStore:
    store = open_store(":memory:", base_iri=BASE)
    for ex in news_extractions():
        store.ingest(ex, ingested_at="2026-01-01T00:00:00+00:00")
    return store


@pytest.fixture(scope="module")
def news(serve) -> Live:
    """The news graph served with a token, a 1 s query timeout, 100 result rows and 64 KB bodies."""
    return serve(news_store(), api_token=TOKEN, query_timeout=1.0, max_result_rows=100,
                 max_body_bytes=64 * 1024)
