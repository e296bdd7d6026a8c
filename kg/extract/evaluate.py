"""Score the extractor against gold annotations with the official scorer (``../shared/eval/score.py``).

For every ``NAME.gold.json`` the text ``NAME.txt`` is looked up beside it, then in the given
``texts`` folders, then in ``../seeds`` (relative to the gold file) and the project's ``seeds/``.
The report has per-document figures and macro averages, overall and per language.

    python -m kg.extract.evaluate ../shared/eval/000_*.gold.json ../shared/eval/dev/*.gold.json
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

from kg.config import PROJECT_ROOT
from kg.errors import ConfigError, NotFoundError
from kg.model import PREDICATES, SYMMETRIC

__all__ = ["evaluate", "format_report", "main", "find_text", "load_scorer"]

METRICS = (("relations", "f1"), ("relations", "p"), ("relations", "r"), ("entities", "f1"),
           ("entities_typed", "f1"))


@lru_cache(maxsize=2)
def load_scorer(path: str | None = None) -> ModuleType:
    """The official scorer module, imported by path.

    Raises
    ------
    ConfigError
        If ``score.py`` cannot be found (it lives in ``../shared/eval/`` beside the project).
    """
    candidates = [Path(path)] if path else [PROJECT_ROOT.parent / "shared" / "eval" / "score.py"]
    for p in candidates:
        if p.is_file():
            spec = importlib.util.spec_from_file_location("kg_official_score", p)
            assert spec is not None and spec.loader is not None
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            return module
    raise ConfigError(f"the official scorer is missing: looked for {', '.join(map(str, candidates))}",
                      hint="put the shared folder beside the project, or pass --scorer PATH")


def find_text(gold: Path, texts: list[Path] | None = None) -> Path:
    """The article text of a gold file (``NAME.gold.json`` -> ``NAME.txt``).

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("x"); _ = (d / "a.gold.json").write_text("{}")
    >>> find_text(d / "a.gold.json").name
    'a.txt'
    """
    name = gold.name[:-len(".gold.json")] if gold.name.endswith(".gold.json") else gold.stem
    folders = [gold.parent, *(texts or []), gold.parent.parent / "seeds", gold.parent / "seeds",
               PROJECT_ROOT / "seeds"]
    for folder in folders:
        p = folder / f"{name}.txt"
        if p.is_file():
            return p
    raise NotFoundError(f"no text {name}.txt for {gold}",
                        hint="looked in " + ", ".join(str(f) for f in folders) + "; pass --texts DIR")


def evaluate(gold_paths: list[Path], *, texts: list[Path] | None = None, extractor: Any = None,
             scorer: str | None = None) -> dict[str, Any]:
    """Run the extractor on the text of every gold file and score it.

    Returns
    -------
    dict
        ``{"documents": [{"name", "language", "text", "relations": {p, r, f1}, "entities": ...,
        "missed": [...], "spurious": [...], "missed_entities": [...]}], "macro": {...},
        "by_language": {"de": {...}, "en": {...}}}``
    """
    from kg.extract import get_extractor
    from kg.extract.reader import read_document

    score = load_scorer(scorer).score
    extractor = extractor or get_extractor()
    docs = []
    for gold_path in gold_paths:
        gold_path = Path(gold_path)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path = find_text(gold_path, texts)
        document = read_document(text_path, max_bytes=extractor.settings.max_document_bytes)
        if gold.get("language") in ("de", "en"):
            document.language = gold["language"]
        pred = extractor.extract(document).to_json()
        try:
            rep = score(gold, pred, details=True)
        except Exception as exc:   # the scorer is third-party code: name the document and the way out
            raise ConfigError(f"the scorer failed on {gold_path.name}: {type(exc).__name__}: {exc}",
                              hint=_SCORER_HINT if isinstance(exc, TypeError) else "check the gold file's shape") from exc
        docs.append({"name": gold_path.name[:-len(".gold.json")], "language": pred["language"],
                     "text": str(text_path), **rep, "by_predicate": _predicate_counts(gold, rep)})
    report: dict[str, Any] = {"documents": docs, "macro": _macro(docs), "by_language": {},
                              "by_predicate": _by_predicate(docs)}
    for lang in sorted({d["language"] for d in docs}):
        report["by_language"][lang] = _macro([d for d in docs if d["language"] == lang])
    return report


def _predicate_of(triple: str) -> str | None:
    """The predicate of a scorer line "Subject predicate Object" (labels may hold blanks)."""
    return next((w for w in triple.split(" ") if w in PREDICATES), None)


def _predicate_counts(gold: dict[str, Any], rep: dict[str, Any]) -> dict[str, dict[str, int]]:
    """Gold relations, those found and spurious ones of one document, by predicate (from the scorer's
    lists of missed and spurious relations; symmetric gold relations counted once)."""
    keys = set()
    for r in gold.get("relations", []):
        s, o = r.get("subject", ""), r.get("object", "")
        keys.add((r.get("predicate"), *sorted((s, o))) if r.get("predicate") in SYMMETRIC else (r.get("predicate"), s, o))
    out: dict[str, dict[str, int]] = {}
    for p, *_ in keys:
        out.setdefault(p, {"gold": 0, "found": 0, "spurious": 0})["gold"] += 1
    for p in out:
        out[p]["found"] = out[p]["gold"]
    for line in rep.get("missed", []):
        if (p := _predicate_of(line)) in out:
            out[p]["found"] -= 1
    for line in rep.get("spurious", []):
        if (p := _predicate_of(line)) is not None:
            out.setdefault(p, {"gold": 0, "found": 0, "spurious": 0})["spurious"] += 1
    return out


def _by_predicate(docs: list[dict]) -> dict[str, dict[str, Any]]:
    """Micro-averaged precision, recall and F1 of each predicate over all documents."""
    total: dict[str, dict[str, Any]] = {}
    for d in docs:
        for p, c in d["by_predicate"].items():
            t = total.setdefault(p, {"gold": 0, "found": 0, "spurious": 0})
            for k in ("gold", "found", "spurious"):
                t[k] += c[k]
    for t in total.values():
        predicted = t["found"] + t["spurious"]
        t["p"] = round(t["found"] / predicted, 3) if predicted else 0.0
        t["r"] = round(t["found"] / t["gold"], 3) if t["gold"] else 0.0
        t["f1"] = round(2 * t["p"] * t["r"] / (t["p"] + t["r"]), 3) if t["p"] + t["r"] else 0.0
    return dict(sorted(total.items(), key=lambda kv: -kv[1]["gold"]))


_SCORER_HINT = ("score.py compares relation ends with '>' to order a symmetric relation; it fails when one end "
                "is a gold entity and the other is not. Score with a copy whose line reads "
                "'if p in SYMMETRIC and str(s) > str(o):' (kg eval --scorer PATH)")


def _macro(docs: list[dict]) -> dict[str, Any]:
    out: dict[str, Any] = {"documents": len(docs)}
    for part, metric in METRICS:
        values = [d[part][metric] for d in docs]
        out[f"{part}_{metric}"] = round(sum(values) / len(values), 3) if values else 0.0
    return out


def format_report(report: dict[str, Any], by_predicate: bool = False) -> str:
    """A plain-text table of the report, then (``by_predicate``) a table by predicate over all documents,
    then the misses of each document."""
    lines = [f"{'document':<26} {'lang':<4} {'rel P':>6} {'rel R':>6} {'rel F1':>7} {'ent F1':>7} {'typed':>6}"]
    for d in report["documents"]:
        r = d["relations"]
        lines.append(f"{d['name']:<26} {d['language']:<4} {r['p']:>6.3f} {r['r']:>6.3f} {r['f1']:>7.3f} "
                     f"{d['entities']['f1']:>7.3f} {d['entities_typed']['f1']:>6.3f}")
    rows = [("macro", report["macro"])] + [(f"macro {k}", v) for k, v in report["by_language"].items()]
    for name, m in rows:
        lines.append(f"{name:<26} {'':<4} {m['relations_p']:>6.3f} {m['relations_r']:>6.3f} "
                     f"{m['relations_f1']:>7.3f} {m['entities_f1']:>7.3f} {m['entities_typed_f1']:>6.3f}")
    if by_predicate and report.get("by_predicate"):
        lines.append(f"\n{'predicate':<26} {'gold':>6} {'found':>6} {'wrong':>6} {'P':>6} {'R':>6} {'F1':>7}")
        for p, t in report["by_predicate"].items():
            lines.append(f"{p:<26} {t['gold']:>6} {t['found']:>6} {t['spurious']:>6} {t['p']:>6.3f} {t['r']:>6.3f} "
                         f"{t['f1']:>7.3f}")
    for d in report["documents"]:
        if d.get("missed") or d.get("spurious") or d.get("missed_entities"):
            lines.append(f"\n{d['name']}:")
            lines += [f"  missed    {x}" for x in d.get("missed", [])]
            lines += [f"  spurious  {x}" for x in d.get("spurious", [])]
            lines += [f"  no entity {x}" for x in d.get("missed_entities", [])]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m kg.extract.evaluate GOLD... [--texts DIR] [--json]``."""
    parser = argparse.ArgumentParser(prog="python -m kg.extract.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path, help="gold files NAME.gold.json")
    parser.add_argument("--texts", action="append", type=Path, default=[], help="folder with NAME.txt files")
    parser.add_argument("--scorer", help="path of score.py (default: ../shared/eval/score.py)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--by-predicate", action="store_true",
                        help="also a table of precision, recall and F1 by predicate over all documents")
    args = parser.parse_args(argv)
    report = evaluate(args.gold, texts=args.texts, scorer=args.scorer)
    print(json.dumps(report, ensure_ascii=False, indent=1) if args.json
          else format_report(report, by_predicate=args.by_predicate))
    return 0


if __name__ == "__main__":
    sys.exit(main())
