"""The `kg` command: help that teaches, and bad input that gets a clear error and loses nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import build_parser, main
from kg.rdf.store import open_store
from tests.conftest import BASE, SEED, filled_store_path

COMMANDS = ["extract", "build", "query", "stats", "validate", "remove", "serve", "eval", "train-pairs", "analyze", "export"]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def filled(tmp_path):
    """A persistent store holding one hand-made document, and a snapshot function."""
    path = filled_store_path(tmp_path / "store")

    def snapshot() -> list[str]:
        s = open_store(path, base_iri=BASE)
        quads = sorted(map(str, s.quads()))
        del s
        return quads

    return path, snapshot


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command, capsys):
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "Example:" in out and f"kg {command}" in out


def test_console_script_runs():
    kg = Path(sys.executable).with_name("kg")
    proc = subprocess.run([str(kg), "--help"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0
    for command in COMMANDS:
        assert command in proc.stdout


def test_no_command_prints_help_and_fails(capsys):
    code, out, _ = run(capsys)
    assert code == 2 and "kg build seeds/" in out


def test_parser_knows_every_documented_command():
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    assert sorted(sub.choices) == sorted(COMMANDS)


# ---- bad input: a clear message, a non-zero exit, the store unchanged ------------------------
def _bad_inputs(tmp_path: Path) -> dict[str, tuple[list[str], str]]:
    binaries = tmp_path / "binaries"
    binaries.mkdir()
    (binaries / "a.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (binaries / "b.txt").write_bytes(bytes(range(256)))
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Die Übernahme durch München".encode("latin-1"))
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"Wort " * (20 * 1024 * 1024 // 5 + 10))
    return {
        "missing file": ([str(tmp_path / "nope.txt")], "no such file"),
        "directory of binaries": ([str(binaries)], "binary"),
        "empty file": ([str(empty)], "empty"),
        "non-UTF-8 bytes": ([str(latin1)], "UTF-8"),
        "20 MB file": ([str(huge)], "larger than"),
    }


@pytest.mark.parametrize("case", ["missing file", "directory of binaries", "empty file", "non-UTF-8 bytes",
                                  "20 MB file"])
def test_bad_documents_leave_the_store_unchanged(case, filled, tmp_path, capsys):
    path, snapshot = filled
    before = snapshot()
    args, needle = _bad_inputs(tmp_path)[case]
    code, _, err = run(capsys, "build", *args, "--store", str(path), "--no-analytics")
    assert code == 2
    assert "error:" in err and needle.lower() in err.lower()
    assert snapshot() == before


def test_one_bad_file_among_good_ones_writes_nothing(filled, tmp_path, capsys):
    path, snapshot = filled
    before = snapshot()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe bad")
    code, _, err = run(capsys, "build", str(SEED), str(bad), "--store", str(path), "--no-analytics")
    assert code == 2 and "bad.txt" in err
    assert snapshot() == before


def test_malformed_sparql_is_a_clear_error(filled, capsys):
    path, snapshot = filled
    before = snapshot()
    code, _, err = run(capsys, "query", "SELECT ?x WHERE { ?x", "--store", str(path))
    assert code == 2 and "malformed SPARQL" in err
    code, _, err = run(capsys, "query", "DELETE WHERE { ?s ?p ?o }", "--store", str(path))
    assert code == 2
    assert snapshot() == before


def test_remove_unknown_document_is_not_found(filled, capsys):
    path, _ = filled
    code, _, err = run(capsys, "remove", "nope.txt", "--store", str(path), "--no-analytics")
    assert code == 3 and "no document" in err and "hint:" in err


# ---- good paths -------------------------------------------------------------------------------
def test_query_formats(filled, capsys):
    path, _ = filled
    q = "SELECT ?who WHERE { ?who kgo:ceoOf ?org }"
    code, out, _ = run(capsys, "query", q, "--store", str(path))
    assert code == 0 and "id:bob-smith" in out and "(1 row)" in out
    code, out, _ = run(capsys, "query", q, "--store", str(path), "--format", "json")
    assert json.loads(out)["results"]["bindings"][0]["who"]["value"] == BASE + "bob-smith"
    code, out, _ = run(capsys, "query", q, "--store", str(path), "--format", "csv")
    assert out.splitlines()[0].strip() == "who"
    code, out, _ = run(capsys, "query", "ASK { ?s kgo:develops ?o }", "--store", str(path))
    assert out.strip() == "true"


def test_query_from_file(filled, tmp_path, capsys):
    path, _ = filled
    qf = tmp_path / "q.rq"
    qf.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s kgo:ceoOf ?o }\n")
    code, out, _ = run(capsys, "query", str(qf), "--store", str(path), "--format", "tsv")
    assert code == 0 and out.splitlines()[1].startswith("1")


def test_stats_and_remove(filled, capsys):
    path, snapshot = filled
    code, out, _ = run(capsys, "stats", "--store", str(path), "--json")
    st = json.loads(out)
    assert st["documents"] == 1 and st["relations"] == {"ceoOf": 1, "develops": 1}
    code, _, err = run(capsys, "remove", "acme.txt", "--store", str(path), "--no-analytics")
    assert code == 0 and "removed" in err
    assert snapshot() == []


def test_validate_reports_conformance(filled, capsys):
    path, _ = filled
    code, out, _ = run(capsys, "validate", "--store", str(path))
    assert code == 0 and out.startswith("conforms")


# ---- the commands on the seed article ---------------------------------------------------------
def test_extract_json_follows_the_contract(capsys):
    code, out, _ = run(capsys, "extract", str(SEED), "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert doc["language"] == "de" and doc["document"].endswith(SEED.name)
    for e in doc["entities"]:
        assert {"id", "label", "type", "aliases", "sameAs"} <= e.keys()
    for r in doc["relations"]:
        assert {"subject", "predicate", "object", "evidence", "confidence", "subject_id", "object_id"} <= r.keys()
        assert r["evidence"] in SEED.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt,rdflib_format", [("turtle", "turtle"), ("ntriples", "nt"), ("trig", "trig"),
                                               ("jsonld", "json-ld")])
def test_extract_rdf_formats_parse_with_rdflib(fmt, rdflib_format, tmp_path, capsys):
    import rdflib

    out = tmp_path / f"seed.{fmt}"
    code, _, _ = run(capsys, "extract", str(SEED), "--format", fmt, "-o", str(out))
    assert code == 0
    g = rdflib.Dataset() if fmt in ("trig", "jsonld") else rdflib.Graph()
    g.parse(out, format=rdflib_format)
    assert len(g) > 50


def test_construct_query_gives_rdf(filled, capsys):
    path, _ = filled
    code, out, _ = run(capsys, "query", "CONSTRUCT { ?s kgo:ceoOf ?o } WHERE { ?s kgo:ceoOf ?o }",
                       "--store", str(path), "--format", "turtle")
    assert code == 0 and "ceoOf" in out


def test_analyze_and_export_on_the_seed(seed_store_path, tmp_path, capsys):
    import shutil

    store = tmp_path / "store"
    shutil.copytree(seed_store_path, store)
    code, out, _ = run(capsys, "analyze", "--store", str(store), "--json")
    assert code == 0
    result = json.loads(out)
    assert result and json.dumps(result)
    code, out, _ = run(capsys, "query", "SELECT ?e ?pr WHERE { ?e kgo:pagerank ?pr } ORDER BY DESC(?pr) LIMIT 1",
                       "--store", str(store), "--format", "json")
    top = json.loads(out)["results"]["bindings"]
    assert top and top[0]["e"]["value"].endswith("/meta")
    gexf = tmp_path / "seed.gexf"
    code, _, err = run(capsys, "export", "--format", "gexf", "-o", str(gexf), "--store", str(store))
    assert code == 0 and gexf.read_bytes().startswith(b"<?xml") and b"Meta" in gexf.read_bytes()
    code, _, err = run(capsys, "export", "--format", "csv", "-o", str(tmp_path / "seed.zip"),
                       "--type", "Person", "--type", "Organization", "--store", str(store))
    assert code == 0


def test_build_from_stdin(filled, tmp_path):
    path, snapshot = filled
    kg = Path(sys.executable).with_name("kg")
    before = snapshot()
    bad = subprocess.run([str(kg), "build", "-", "--store", str(path), "--no-analytics"],
                         input="Übernahme".encode("latin-1"), capture_output=True, timeout=120)
    assert bad.returncode == 2 and b"stdin: not UTF-8" in bad.stderr
    assert snapshot() == before
    text = "Acme Labs hat das Sprachmodell Quibble-2 vorgestellt. Der Konzern Acme Labs wächst.".encode()
    good = subprocess.run([str(kg), "build", "-", "--store", str(path), "--no-analytics"],
                          input=text, capture_output=True, timeout=120)
    assert good.returncode == 0, good.stderr
    assert len(snapshot()) > len(before)
