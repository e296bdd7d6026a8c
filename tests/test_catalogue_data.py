"""Data checks for ontologies/catalogue.tsv, the entity catalogue.

The catalogue only helps recognise and link entities (labels, aliases,
Wikidata ids); it never supplies relations. These tests guard its shape and
the properties the extractor relies on: unique keys, unique surface forms,
well-formed Wikidata ids.
"""

from __future__ import annotations

import collections
import re
from pathlib import Path

import pytest

CATALOGUE = Path(__file__).resolve().parent.parent / "ontologies" / "catalogue.tsv"
HEADER = ["key", "type", "label", "label_de", "aliases", "wikidata", "note"]
TYPES = {"Person", "Organization", "AIModel", "Hardware", "Product", "Concept"}
KEY_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
QID_RE = re.compile(r"^Q[1-9][0-9]*$")
MIN_PER_TYPE = {
    "Organization": 60,
    "Person": 50,
    "AIModel": 50,
    "Hardware": 25,
    "Product": 25,
}


def _lines() -> list[str]:
    text = CATALOGUE.read_text(encoding="utf-8")
    assert not text.startswith("\ufeff"), "catalogue must not start with a BOM"
    return text.splitlines()


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    lines = _lines()
    out = []
    for line in lines[1:]:
        fields = line.split("\t")
        out.append(dict(zip(HEADER, fields)) | {"_n": str(len(fields)), "_line": line})
    return out


def _aliases(row: dict[str, str]) -> list[str]:
    return [a for a in row["aliases"].split("|")] if row["aliases"] else []


def _forms(row: dict[str, str]) -> set[str]:
    """All surface forms of a row, case-folded."""
    forms = {row["label"]} | set(_aliases(row))
    if row["label_de"]:
        forms.add(row["label_de"])
    return {f.casefold() for f in forms}


def test_header_exact():
    assert _lines()[0] == "\t".join(HEADER)


def test_no_blank_lines():
    assert all(line.strip() for line in _lines()), "blank line in catalogue"


def test_seven_fields(rows):
    bad = [r["_line"] for r in rows if r["_n"] != "7"]
    assert not bad, bad[:5]


def test_no_stray_whitespace(rows):
    bad = []
    for r in rows:
        for name in HEADER:
            value = r[name]
            if value != value.strip() or "  " in value:
                bad.append((r["key"], name, value))
        for alias in _aliases(r):
            if not alias or alias != alias.strip():
                bad.append((r["key"], "alias", alias))
    assert not bad, bad[:5]


def test_keys_unique_and_slug_shaped(rows):
    keys = [r["key"] for r in rows]
    dupes = [k for k, n in collections.Counter(keys).items() if n > 1]
    assert not dupes, dupes
    bad = [k for k in keys if not KEY_RE.match(k)]
    assert not bad, bad


def test_types_valid(rows):
    bad = [(r["key"], r["type"]) for r in rows if r["type"] not in TYPES]
    assert not bad, bad


def test_labels_present(rows):
    bad = [r["key"] for r in rows if not r["label"]]
    assert not bad, bad


def test_label_de_differs_from_label(rows):
    bad = [r["key"] for r in rows if r["label_de"] and r["label_de"] == r["label"]]
    assert not bad, bad


def test_wikidata_ids_well_formed_and_unique(rows):
    ids = [r["wikidata"] for r in rows if r["wikidata"]]
    bad = [q for q in ids if not QID_RE.match(q)]
    assert not bad, bad
    dupes = [q for q, n in collections.Counter(ids).items() if n > 1]
    assert not dupes, dupes


def test_aliases_not_too_short(rows):
    bad = [(r["key"], a) for r in rows for a in _aliases(r) if len(a) < 2]
    assert not bad, bad


def test_aliases_not_duplicated_within_row(rows):
    bad = []
    for r in rows:
        seen = collections.Counter(a for a in _aliases(r))
        bad += [(r["key"], a) for a, n in seen.items() if n > 1]
        if r["label"] in seen:
            bad.append((r["key"], r["label"]))
    assert not bad, bad


def test_surface_forms_unique_across_rows(rows):
    """No label, German label or alias of one entry equals (case-insensitively)
    a surface form of another entry: a form must resolve to one entity."""
    owner: dict[str, str] = {}
    clashes = []
    for r in rows:
        for form in _forms(r):
            other = owner.setdefault(form, r["key"])
            if other != r["key"]:
                clashes.append((form, other, r["key"]))
    assert not clashes, clashes


def test_no_relations_in_notes(rows):
    """Notes are free text hints; nothing that looks like machine-readable
    relation data (predicate names with a colon/arrow/equals) may be there."""
    predicates = (
        "ceoOf|founderOf|worksFor|develops|manufactures|usesHardware|"
        "subOrganizationOf|mergedWith|investsIn|partnerOf|competesWith|"
        "comparedTo|versionOf|acquired|interviewedBy|pursues"
    )
    pattern = re.compile(rf"\b({predicates})\b|->|=>|\bkgo:")
    bad = [(r["key"], r["note"]) for r in rows if pattern.search(r["note"])]
    assert not bad, bad
    assert all("\t" not in r["note"] for r in rows)


def test_minimum_size(rows):
    assert len(rows) >= 300


@pytest.mark.parametrize("type_name,minimum", sorted(MIN_PER_TYPE.items()))
def test_minimum_per_type(rows, type_name, minimum):
    count = sum(1 for r in rows if r["type"] == type_name)
    assert count >= minimum, f"{type_name}: {count} < {minimum}"


def test_has_concepts(rows):
    concepts = {r["key"] for r in rows if r["type"] == "Concept"}
    assert {"agi", "open-source", "metaverse", "superintelligence"} <= concepts


def test_project_type_conventions(rows):
    by_key = {r["key"]: r["type"] for r in rows}
    expected = {
        "chatgpt": "AIModel",
        "copilot": "Product",
        "bing": "Product",
        "microsoft-edge": "Product",
        "siri": "Product",
        "chatbot-arena": "Product",
        "tiktok": "Product",
        "iphone": "Product",
        "cuda": "Product",
        "nvidia-nvlink": "Hardware",
        "nvidia-rtx": "Hardware",
        "us-government": "Organization",
        "reuters": "Organization",
        "meta": "Organization",
        "mark-zuckerberg": "Person",
    }
    wrong = {k: (by_key.get(k), t) for k, t in expected.items() if by_key.get(k) != t}
    assert not wrong, wrong


def test_known_wikidata_ids(rows):
    by_key = {r["key"]: r["wikidata"] for r in rows}
    assert by_key["mark-zuckerberg"] == "Q36215"
    assert by_key["meta"] == "Q380"
    assert by_key["nvidia"] == "Q182477"
    assert by_key["microsoft"] == "Q2283"
    assert by_key["google"] == "Q95"
    assert by_key["openai"] == "Q21708200"
