"""Training of the pair model of :mod:`kg.extract.pairs` from gold-annotated texts (``kg train-pairs``).

Every ``NAME.gold.json`` (the JSON shape of ``kg extract --format json``: entities with label, type
and aliases; relations with subject, predicate, object and evidence) with its ``NAME.txt`` beside it
is run through the rule pipeline. The entities found are matched to the gold's by their names
(label or alias, case and punctuation aside; exact labels first, one to one). Each pair of entities
in one sentence becomes an example of the class :func:`~kg.extract.pairs.pair_classes` names:

- the gold's predicate and direction when the gold relates the two with evidence that overlaps
  the sentence;
- left out when the gold relates them only with evidence elsewhere (the sentence may say it too);
- ``none`` otherwise.

A multinomial logistic regression is fitted by Adagrad with an L2 penalty; features seen in fewer
than ``min_count`` examples are dropped, and weights smaller than ``min_weight`` are not written.
The corpus the shipped models come from is ``ontologies/training/`` (articles written for this
project; none of them is an evaluation text), and ``make train-pairs`` rebuilds them.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

from kg.extract.pairs import candidates, model_mentions, pair_classes
from kg.model import SYMMETRIC

__all__ = ["gold_files", "examples_of", "fit", "write_model", "train_files", "norm"]

Example = tuple[list[str], int]


def norm(name: str) -> str:
    """A name compared without case and punctuation ("Acme's" and "acme s" are the same)."""
    name = name.casefold().replace("ß", "ss")
    return " ".join(re.sub(r"[^\w]+", " ", name).split())


def _forms(label: str, aliases: Iterable[str]) -> set[str]:
    return {n for n in (norm(x) for x in [label, *aliases]) if n}


def gold_files(paths: Iterable[Path], lang: str) -> list[tuple[Path, Path]]:
    """(gold, text) of the ``*.gold.json`` files in ``paths`` (files or folders) whose text is in
    ``lang``, told by a ``de``/``en`` part of the file's name or folder ("de-03", "en/…")."""
    out = []
    marker = re.compile(r"(?:^|[/_.-])(de|en)(?:[/_.\-0-9]|$)")
    for path in paths:
        golds = sorted(path.glob("*.gold.json")) if path.is_dir() else [path]
        for gold in golds:
            text = gold.with_name(gold.name[:-len(".gold.json")] + ".txt")
            found = marker.findall(str(text))
            if text.is_file() and found and found[-1] == lang:
                out.append((gold, text))
    return out


def examples_of(gold_path: Path, text_path: Path, nlp: Any) -> Iterator[Example]:
    """The examples of one gold-annotated text, run through ``nlp`` without its pair model."""
    classes = {c: k for k, c in enumerate(pair_classes())}
    text = "".join(line for line in text_path.read_text(encoding="utf-8").splitlines(keepends=True)
                   if not line.startswith("# "))
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    with nlp.select_pipes(disable=[p for p in nlp.pipe_names if p == "kg_pairs"]):
        doc = nlp(text)
    ents = doc._.kg_entities or []
    gforms = [_forms(e["label"], e.get("aliases") or []) for e in gold["entities"]]
    # one to one: exact labels first, then any shared name
    match: dict[int, int] = {}
    taken: set[int] = set()
    for exact in (True, False):
        for i, e in enumerate(ents):
            if i in match:
                continue
            pf = {norm(e.label)} if exact else _forms(e.label, e.aliases)
            for j, g in enumerate(gold["entities"]):
                if j not in taken and pf & ({norm(g["label"])} if exact else gforms[j]):
                    match[i] = j
                    taken.add(j)
                    break

    def resolve(name: str) -> int | None:
        n = norm(name)
        return next((j for j, f in enumerate(gforms) if n in f), None)

    stated: dict[frozenset[int], list[tuple[str, int, int, int]]] = {}
    for r in gold["relations"]:
        s, o = resolve(r["subject"]), resolve(r["object"])
        if s is None or o is None or s == o:
            continue
        evidence = r.get("evidence") or ""
        at = text.find(evidence) if evidence else -1
        if at < 0 and evidence:
            at = text.find(evidence[:40])
        stated.setdefault(frozenset((s, o)), []).append((r["predicate"], s, at, at + len(evidence) if at >= 0 else -1))
    mentions = model_mentions(doc)
    pipe = nlp.get_pipe("kg_pairs") if "kg_pairs" in nlp.pipe_names else None
    negation = pipe.negation if pipe is not None else frozenset()
    speculation = pipe.speculation if pipe is not None else frozenset()
    roles = pipe.roles if pipe is not None else frozenset()
    for c in candidates(doc, mentions, negation, speculation, roles=roles):
        sent = c.sent
        ga, gb = match.get(c.a.entity), match.get(c.b.entity)
        label, elsewhere = "none", False
        if ga is not None and gb is not None:
            for predicate, s, e0, e1 in stated.get(frozenset((ga, gb)), []):
                if e0 >= 0 and not (e0 < sent.end_char and sent.start_char < e1):
                    elsewhere = True
                    continue
                label = predicate + ("=" if predicate in SYMMETRIC else ">" if s == ga else "<")
                break
        if (label == "none" and elsewhere) or label not in classes:
            continue
        yield c.features, classes[label]


def fit(examples: list[Example], *, epochs: int = 6, l2: float = 1e-3, lr: float = 0.1, min_count: int = 3,
        seed: int = 0) -> tuple[np.ndarray, list[str]]:
    """Weights (features + bias) x classes of a multinomial logistic regression, and the feature
    names (the last is ``*bias*``)."""
    n_classes = len(pair_classes())
    seen: dict[str, int] = {}
    for feats, _ in examples:
        for f in set(feats):
            seen[f] = seen.get(f, 0) + 1
    index: dict[str, int] = {}
    rows = []
    for feats, y in examples:
        idx = [index.setdefault(f, len(index)) for f in dict.fromkeys(feats) if seen[f] >= min_count]
        rows.append((idx, y))
    bias = len(index)
    arrays = [(np.array(ids + [bias]), y) for ids, y in rows]
    w = np.zeros((bias + 1, n_classes))
    g2 = np.full((bias + 1, n_classes), 1e-8)
    eye = np.eye(n_classes)
    rnd = random.Random(seed)
    for _ in range(epochs):
        rnd.shuffle(arrays)
        for at, y in arrays:
            wi = w[at]
            scores = wi.sum(0)
            exps = np.exp(scores - scores.max())
            grad = exps / exps.sum() - eye[y] + l2 * wi
            g2[at] += grad * grad
            w[at] = wi - lr * grad / np.sqrt(g2[at])
    names = sorted(index, key=index.__getitem__) + ["*bias*"]
    return w, names


def write_model(path: Path, w: np.ndarray, names: list[str], *, threshold: float, min_weight: float,
                comment: str = "", skip: Iterable[str] = ()) -> int:
    """Write the rows of the features with a weight of at least ``min_weight`` (and the bias) to
    ``path`` as a table, weights rounded to two decimals; the number of rows."""
    classes = pair_classes()
    kept = 0
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("# pair model of kg.extract.pairs, written by `kg train-pairs`" + (f": {comment}" if comment else "")
                 + "\n# a row per feature, a column per class; a pair's class is the one with the highest sum of"
                 + " its features' weights (and the bias)\n"
                 + f"# threshold {threshold}\n" + (f"# skip {' '.join(sorted(skip))}\n" if skip else "")
                 + "\t".join(["feature", *classes]) + "\n")
        for i, name in enumerate(names):
            if name != "*bias*" and np.abs(w[i]).max() < min_weight:
                continue
            fh.write(name + "\t" + "\t".join(map(_weight, w[i])) + "\n")
            kept += 1
    return kept


def _weight(x: float) -> str:
    """A weight with at most two decimals and no trailing zeros: "0.5", "-1.25", "0"."""
    text = f"{x:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def train_files(files: list[tuple[Path, Path]], nlp: Any, out: Path, *, threshold: float = 0.7,
                min_weight: float = 0.1, skip: Iterable[str] = (), progress: Any = None,
                **fit_args: Any) -> dict[str, Any]:
    """Train on ``files`` (:func:`gold_files`) and write the model to ``out``; a summary."""
    examples: list[Example] = []
    for gold, text in files:
        examples.extend(examples_of(gold, text, nlp))
        if progress is not None:
            progress(1)
    if not examples:
        return {"texts": len(files), "examples": 0, "features": 0}
    w, names = fit(examples, **fit_args)
    positive = sum(1 for _, y in examples if y)
    kept = write_model(out, w, names, threshold=threshold, min_weight=min_weight,
                       comment=f"{len(files)} texts, {len(examples)} pairs, {positive} related", skip=skip)
    return {"texts": len(files), "examples": len(examples), "related": positive, "features": kept}
