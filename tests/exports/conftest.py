"""Fixtures of the export tests: the sample graph, jing and the graphology-gexf parser.

jing (Debian package ``jing``) and graphology-gexf (``npm ci --prefix tests/js``) are
external tools: without them the tests that need them skip and say what is missing,
except under CI (``CI`` set), where a missing tool is a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.analytics.sample import sample_store
from kg.exports.prepare import export_graph
from kg.rdf.store import KGStore

ROOT = Path(__file__).resolve().parents[2]
JS = ROOT / "tests" / "js"
GEXF_SCHEMA = ROOT.parent / "shared" / "schemas" / "gexf" / "1.3" / "gexf.rnc"


def missing(what: str) -> None:
    """Skip (or fail under CI) because a tool is missing."""
    if os.environ.get("CI"):
        pytest.fail(f"{what} (CI must install it: see tests/js/setup.sh)")
    pytest.skip(what)


@pytest.fixture(scope="session")
def sample() -> KGStore:
    return sample_store()


@pytest.fixture(scope="session")
def sample_graph(sample) -> nx.MultiDiGraph:
    return export_graph(sample)


@pytest.fixture
def nasty_graph() -> nx.MultiDiGraph:
    """Everything that breaks naive writers: markup, quotes, control characters, odd lists, no type."""
    g = nx.MultiDiGraph()
    g.add_node("https://e.org/a&b", label='Ac<me> & "Sons"\n\tLtd  ', kg_type="Organization", pagerank=0.6,
               community=0, community_label="x & y", degree=3,
               aliases=["A, B", 'say "hi"', "back\\slash", "pipe|d", "ctl\x01char", "Ünïcödé ✓"], wikidata="Q1")
    g.add_node("https://e.org/b'c", label="", kg_type=None, pagerank=float("nan"), aliases=[], wikidata=None)
    g.add_node("https://e.org/d", label="D")
    g.add_edge("https://e.org/a&b", "https://e.org/b'c", key="ceoOf", predicate="ceoOf", weight=2, documents=1,
               first_date="2024-01-01", last_date=None)
    g.add_edge("https://e.org/a&b", "https://e.org/b'c", key="founderOf", predicate="founderOf", weight=1)
    g.add_edge("https://e.org/d", "https://e.org/d", key="mergedWith", predicate="mergedWith")
    return g


@pytest.fixture(scope="session")
def jing() -> Any:
    exe = shutil.which("jing")
    if exe is None:
        missing("jing is not installed: `apt-get install -y jing` (Debian package jing)")
    if not GEXF_SCHEMA.is_file():
        missing(f"the official GEXF 1.3 schema is missing at {GEXF_SCHEMA} (../shared/schemas/gexf/1.3/)")

    def validate(path: Path) -> subprocess.CompletedProcess:
        return subprocess.run([exe, "-c", str(GEXF_SCHEMA), str(path)], capture_output=True, text=True, timeout=120)

    return validate


@pytest.fixture(scope="session")
def graphology() -> Any:
    node = shutil.which("node")
    if node is None:
        missing("node is not installed: `apt-get install -y nodejs npm`, then `npm ci --prefix tests/js`")
    if not (JS / "node_modules" / "graphology-gexf").is_dir() or not (JS / "node_modules" / "graphology").is_dir():
        missing("graphology and graphology-gexf are not installed: run `npm ci --prefix tests/js`")

    def parse(path: Path) -> dict[str, Any]:
        done = subprocess.run([node, str(JS / "parse_gexf.js"), str(path)], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    return parse
