"""kg.extract.evaluate: texts beside gold files, the official scorer, the report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import ConfigError, NotFoundError
from kg.extract.evaluate import evaluate, find_text, format_report, load_scorer, main

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SEED_GOLD = SHARED / "eval" / "000_daee0570d8bd31b4.gold.json"
needs_shared = pytest.mark.skipif(not (SHARED / "eval" / "score.py").is_file(), reason="../shared is not beside the project")

GOLD = {"entities": [{"label": "Acme", "type": "Organization", "aliases": []},
                     {"label": "Dovid Brask", "type": "Person", "aliases": []}],
        "relations": [{"subject": "Dovid Brask", "predicate": "ceoOf", "object": "Acme", "evidence": "x"}]}


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text("Acme CEO Dovid Brask said so.", encoding="utf-8")
    (tmp_path / "a.gold.json").write_text(json.dumps({**GOLD, "language": "en"}), encoding="utf-8")
    return tmp_path


def test_find_text_beside_in_texts_or_missing(tmp_path):
    other = tmp_path / "texts"
    other.mkdir()
    (other / "b.txt").write_text("x", encoding="utf-8")
    assert find_text(tmp_path / "b.gold.json", [other]) == other / "b.txt"
    with pytest.raises(NotFoundError, match="no text c.txt"):
        find_text(tmp_path / "c.gold.json")


def test_missing_scorer_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="scorer is missing"):
        load_scorer(str(tmp_path / "nope.py"))


@needs_shared
def test_evaluate_a_small_gold(gold_dir, extractor):
    report = evaluate([gold_dir / "a.gold.json"], extractor=extractor)
    doc = report["documents"][0]
    assert doc["relations"]["f1"] == 1.0 and doc["entities"]["f1"] == 1.0
    assert report["by_language"]["en"]["relations_f1"] == 1.0
    text = format_report(report)
    assert "macro en" in text and "a " in text


@needs_shared
def test_seed_scores_meet_the_target(capsys):
    assert main([str(SEED_GOLD)]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("000_"))
    rel_f1, ent_f1 = float(row.split()[4]), float(row.split()[5])
    assert rel_f1 >= 0.95 and ent_f1 >= 0.95


@needs_shared
def test_dev_set_macro_targets():
    golds = sorted((SHARED / "eval" / "dev").glob("*.gold.json"))
    if not golds:
        pytest.skip("no dev set")
    report = evaluate(golds)
    for lang in ("de", "en"):
        m = report["by_language"][lang]
        assert m["relations_f1"] >= 0.70 and m["entities_f1"] >= 0.90, (lang, m)


def _scorer(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "my_score.py"
    path.write_text(body, encoding="utf-8")
    return path


def test_a_scorer_that_fails_names_the_document_and_the_way_out(gold_dir, tmp_path, extractor):
    bad = _scorer(tmp_path, "def score(gold, pred, details=False):\n    return 1 > 'a'\n")
    with pytest.raises(ConfigError, match="scorer failed on a.gold.json: TypeError") as info:
        evaluate([gold_dir / "a.gold.json"], extractor=extractor, scorer=str(bad))
    assert "--scorer" in info.value.hint


def test_kg_eval_takes_another_scorer(gold_dir, tmp_path, capsys):
    from kg.cli import main as kg_main
    fixed = _scorer(tmp_path, "def score(gold, pred, details=False):\n"
                              "    r = {'p': 0.5, 'r': 0.25, 'f1': 0.333}\n"
                              "    return {'relations': r, 'entities': r, 'entities_typed': r, 'missed': [],\n"
                              "            'spurious': [], 'missed_entities': []}\n")
    assert kg_main(["eval", str(gold_dir / "a.gold.json"), "--scorer", str(fixed), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"][0]["relations"]["f1"] == 0.333


@needs_shared
def test_kg_eval_by_predicate_counts_found_missed_and_wrong_relations(tmp_path, capsys):
    from kg.cli import main as kg_main
    (tmp_path / "b.txt").write_text("Acme CEO Dovid Brask said so. Acme bought Zorblax.", encoding="utf-8")
    gold = {"entities": GOLD["entities"] + [{"label": "Zorblax", "type": "Organization", "aliases": []},
                                           {"label": "Quibbl", "type": "Organization", "aliases": []}],
            "relations": GOLD["relations"] + [{"subject": "Acme", "predicate": "investsIn", "object": "Quibbl",
                                               "evidence": "x"}],
            "language": "en"}
    (tmp_path / "b.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    assert kg_main(["eval", str(tmp_path / "b.gold.json"), "--by-predicate"]) == 0
    rows = {line.split()[0]: line.split()[1:] for line in capsys.readouterr().out.splitlines() if line.strip()}
    assert rows["ceoOf"][:3] == ["1", "1", "0"]             # gold, found, wrong
    assert rows["investsIn"][:3] == ["1", "0", "0"]         # missed
    assert rows["acquired"][:3] == ["0", "0", "1"]          # not in the gold
    assert rows["acquired"][3] == "0.000" and rows["ceoOf"][5] == "1.000"
