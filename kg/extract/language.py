"""Language identification (German or English) from function words and characters.

The function-word lists are data: ``ontologies/lexicons/{de,en}/function_words.txt``.
A mixed document gets the language of the majority of its words; each sentence can be
told apart with :func:`sentence_language`.

>>> detect_language("Der Konzern will die neue Plattform noch in diesem Jahr vorstellen.", DEFAULT_LEXICON_DIR)
'de'
>>> detect_language("The company said it will release the new model this year.", DEFAULT_LEXICON_DIR)
'en'
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from kg.config import get_settings

__all__ = ["detect_language", "language_scores", "LANGUAGES", "DEFAULT_LEXICON_DIR"]

LANGUAGES = ("de", "en")
DEFAULT_LEXICON_DIR = get_settings().ontology_dir / "lexicons"
_WORD = re.compile(r"[^\W\d_]+")
_GERMAN_CHARS = "äöüßÄÖÜ"
_SAMPLE_CHARS = 200_000   # enough to decide; keeps a huge document cheap


@lru_cache(maxsize=8)
def _function_words(lexicon_dir: str, lang: str) -> frozenset[str]:
    path = Path(lexicon_dir) / lang / "function_words.txt"
    words = (line.split("#", 1)[0].strip().lower() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(w for w in words if w)


def language_scores(text: str, lexicon_dir: str | Path) -> dict[str, float]:
    """Share of words of ``text`` that are function words of each language (plus umlauts for German).

    >>> s = language_scores("und die der das", DEFAULT_LEXICON_DIR)
    >>> s["de"] > s["en"]
    True
    """
    sample = text[:_SAMPLE_CHARS]
    words = list(map(str.lower, _WORD.findall(sample)))
    return _scores(len(words), [sum(map(_function_words(str(lexicon_dir), lang).__contains__, words)) for lang in LANGUAGES],
                   sum(map(sample.count, _GERMAN_CHARS)))


def _scores(words: int, function_words: list[int], umlauts: int) -> dict[str, float]:
    """Per language the share of function words among ``words``, plus half the umlauts' for German."""
    if not words:
        return {lang: 0.0 for lang in LANGUAGES}
    scores = {lang: n / words for lang, n in zip(LANGUAGES, function_words)}
    scores["de"] += 0.5 * umlauts / words
    return scores


def detect_language(text: str, lexicon_dir: str | Path, default: str = "en") -> str:
    """``'de'`` or ``'en'``: the language with the higher score; ``default`` when no word decides."""
    scores = language_scores(text, lexicon_dir)
    if max(scores.values()) == 0:
        return default
    return max(LANGUAGES, key=lambda lang: scores[lang])


def sentence_language(text: str, lexicon_dir: str | Path, default: str) -> str:
    """Language of one sentence; ``default`` (the document's) when the sentence is undecided."""
    return _decide(language_scores(text, lexicon_dir), default)


def token_language_counts(token: str, lexicon_dir: str | Path) -> tuple[int, tuple[int, ...], int, bool, bool]:
    """What :func:`language_scores` counts in one token, to be kept per word: its words, its
    function words of each language, its umlauts, and whether it begins / ends with a letter
    (a letter run that goes on into the next token without a blank is one word there)."""
    words = list(map(str.lower, _WORD.findall(token)))
    return (len(words), tuple(sum(map(_function_words(str(lexicon_dir), lang).__contains__, words)) for lang in LANGUAGES),
            sum(map(token.count, _GERMAN_CHARS)), _WORD.match(token[:1]) is not None,
            _WORD.match(token[-1:]) is not None)


def counts_language(words: int, function_words: list[int], umlauts: int, default: str) -> str:
    """:func:`sentence_language` from the counts of :func:`token_language_counts` summed over the
    sentence's tokens (valid when no letter run spans two tokens)."""
    return _decide(_scores(words, function_words, umlauts), default)


def _decide(scores: dict[str, float], default: str) -> str:
    best = max(LANGUAGES, key=lambda lang: scores[lang])
    # only a clear majority overrides the document's language
    if best != default and (scores[best] < 0.15 or scores[best] < 2 * scores[default]):
        return default
    return best
