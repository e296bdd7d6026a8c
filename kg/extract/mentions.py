"""Mentions: the spans of a doc that name (or refer back to) an entity, and how overlaps are settled.

Each recogniser component appends candidate :class:`Mention` objects to ``doc._.kg_candidates``;
:func:`resolve_overlaps` keeps a non-overlapping set: longer spans first, then the layer with
the better (lower) priority.

>>> a = Mention(0, 1, "Organization", "Acme", layer="catalogue", priority=0)
>>> b = Mention(0, 2, "Product", "Acme Glasses", layer="product_head", priority=3)
>>> [m.text for m in resolve_overlaps([a, b])]
['Acme Glasses']
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from spacy.attrs import ORTH
from spacy.tokens import Doc

__all__ = ["Mention", "resolve_overlaps", "register_extensions", "orth_ids", "dateline_agency", "QUOTES", "DASHES",
           "TYPE_CODES"]

QUOTES = frozenset({'"', "'", "„", "“", "”", "«", "»", "‚", "‘", "’", "‹", "›"})
TYPE_CODES = {"Person": "PER", "Organization": "ORG", "AIModel": "MOD", "Hardware": "HW",
              "Product": "PRD", "Concept": "CON"}
DASHES = frozenset({"-", "--", "–", "—"})

_T = TypeVar("_T")


def dateline_agency(tokens: Sequence[_T], start: int, end: int, text: Callable[[_T], str] = str) -> bool:
    """The name at tokens ``[start, end)`` is a dateline's agency: "BERLIN, May 14 (Newswire) - Acme said ...",
    "Berlin (Newswire) – Acme hat ...", or the first of a pair ("Garching (Newswire/abc) – ..."). The relation
    extractor drops it from its mentions (neither an argument nor the topic, p26b, p26c) and the linker gives it
    no possessive (p27c). ``text`` gives a token's text.

    >>> dateline_agency("Berlin ( Newswire ) – Acme".split(), 2, 3)
    True
    """
    n = len(tokens)
    k = end + 2 if end + 2 < n and text(tokens[end]) == "/" else end
    return 0 < start and k + 1 < n and text(tokens[start - 1]) == "(" and text(tokens[k]) == ")" \
        and text(tokens[k + 1]) in DASHES


@dataclass
class Mention:
    """A span of tokens ``[start, end)`` that names an entity of ``type``.

    ``text`` is the name in base form (a German genitive ``-s`` removed); ``key`` is the
    catalogue key when the catalogue knows the name; ``anaphor`` marks "the company", "er", ...
    whose entity is found by the linker.
    """

    start: int
    end: int
    type: str
    text: str
    layer: str = ""
    priority: int = 5
    key: str = ""
    same_as: list[str] = field(default_factory=list)
    genitive: bool = False
    anaphor: str = ""            # "", "org", "poss", "pair", "per" or "speaker"
    extra_alias: str = ""        # a compound form worth listing as alias ("X-Reihe")
    entity: int = -1             # index into doc._.kg_entities, set by the linker
    entity2: int = -1            # the second organisation of "die beiden Konzerne" / "both companies"
    confidence: float = 0.9

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Mention) -> bool:
        return self.start < other.end and other.start < self.end


def resolve_overlaps(candidates: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions, in text order: longest first, then best priority."""
    chosen: dict[tuple[int, int], Mention] = {}
    taken: set[int] = set()
    for m in sorted(candidates, key=lambda m: (m.start - m.end, m.priority, m.start)):    # longest first
        start, end = m.start, m.end
        same = chosen.get((start, end))
        if same is not None:
            if m.extra_alias and not same.extra_alias:
                same.extra_alias = m.extra_alias   # "X-Reihe" found by a weaker layer
            continue
        if end - start == 1:    # most names are one token
            if start in taken:
                continue
            taken.add(start)
        else:
            span = range(start, end)
            if not taken.isdisjoint(span):
                continue
            taken.update(span)
        chosen[(start, end)] = m
    return sorted(chosen.values(), key=lambda m: m.start)


def register_extensions() -> None:
    """Declare the ``Doc._`` attributes the components read and write (idempotent)."""
    for name in ("kg_candidates", "kg_mentions", "kg_entities", "kg_relations", "kg_warnings"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Doc.has_extension("kg_language"):
        Doc.set_extension("kg_language", default="")


def orth_ids(doc: Doc) -> list[int]:
    """The ORTH id of every token, as ``doc.to_array(ORTH).tolist()`` gives them: the list the
    sentence segmenter leaves in ``doc.user_data["kg_orths"]`` after its last change to the tokens
    (a component that changes the tokens later must drop it), else made here. Read only."""
    ids = doc.user_data.get("kg_orths")
    if ids is None or len(ids) != len(doc):
        ids = doc.to_array(ORTH).tolist()
    return ids


def candidates(doc: Doc) -> list[Mention]:
    """The candidate list of ``doc``, created on first use."""
    if doc._.kg_candidates is None:
        doc._.kg_candidates = []
    return doc._.kg_candidates


register_extensions()
