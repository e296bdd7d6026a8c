"""A token ``Matcher`` that runs each pattern only around the tokens where it can match.

spaCy's ``Matcher`` starts every pattern at every token of the doc, so its cost is the number of
patterns times the number of tokens, even where the first token rejects at once. Cue patterns
match rarely, and every match of a pattern contains a token of its *anchor*: a required token
spec whose test depends on the word alone (a lexeme flag, an ``ORTH``/``LOWER`` value or word
list); "X Capital" contains a head word, "Jane Roe" a known first name. :class:`GatedMatcher`
gives exactly the result of ``Matcher.__call__(doc)`` with ``greedy="LONGEST"`` for every key
(the same matches, in the same order) while running each pattern only near its anchor tokens:

- the anchor of a pattern is its required spec whose test accepts the least of a weighted list of
  frequent words (``probe``), then the one with the fewest values; the pattern's other required
  specs become *needs*: a token passing its test must lie within a range of offsets from the
  anchor token (``[name, "-", head]`` anchored on the head needs a hyphen just before it);
- which tests a word passes is computed once per word (a bit mask, cached by lexeme), so the
  anchors of a doc cost one dictionary look-up per token;
- a match lies within ``before`` tokens before and ``after`` tokens after its anchor token (the
  pattern's maximal length bounds both), so each pattern's own ``Matcher`` runs on those windows
  (as ``Span``; overlapping windows merged). A ``Matcher`` finds the same matches in a span as in
  the doc, because a match depends on its own tokens only. A pattern of single tokens that test
  the word only (``[name, "-", head]``) matches exactly where its anchor and needs are met and
  needs no matcher;
- the raw matches are filtered per key exactly as ``Matcher.__call__`` does it (longest first,
  then leftmost; a match overlapping a kept one of its key is dropped);
- the keys come in the order in which spaCy's matcher first emits one of their raw matches. A raw
  match ``(start, end)`` is emitted while the matcher reads token ``end - 1`` or ``end``, so keys
  whose first match ends differ by two tokens or more are ordered by that end. Keys closer than
  that are ordered by running all their patterns (in the original order) over a window holding
  the start of every state that could emit them there: spaCy keeps its states in an order that
  depends only on their own history, so the window shows the same order as the whole doc.

A pattern with an unbounded operator (``+``, ``*``) or without a word test runs over the whole doc.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> m = GatedMatcher(nlp.vocab, [("ORG", [[{"IS_TITLE": True, "OP": "{1,3}"}, {"LOWER": "inc."}]])])
>>> doc = nlp("Startup Quibbl Labs Inc. hired Jane Roe.")
>>> [(nlp.vocab.strings[k], doc[s:e].text) for k, s, e in m(doc)]
[('ORG', 'Startup Quibbl Labs Inc.')]
"""

from __future__ import annotations

import re
from operator import itemgetter
from typing import Any, cast

from spacy.attrs import IDS
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from kg.extract.mentions import orth_ids

__all__ = ["GatedMatcher"]

_UNBOUNDED = 1 << 30
_OP_RX = re.compile(r"^\{(\d*),?(\d*)\}$")
_MAX_WORDS = 50_000         # cached word masks; the cache is cleared when it grows beyond this
_MAX_VARIANTS = 64          # a pattern with more fixed-length forms than this runs its matcher


def _bounds(spec: dict) -> tuple[int, int]:
    """(fewest, most) tokens one spec of a pattern consumes."""
    op = spec.get("OP")
    if op in (None, "1", "!"):
        return 1, 1
    if op == "?":
        return 0, 1
    if op == "+":
        return 1, _UNBOUNDED
    if op == "*":
        return 0, _UNBOUNDED
    m = _OP_RX.match(op)
    if m is None:
        return 0, _UNBOUNDED
    lo, hi = m.group(1), m.group(2)
    if "," not in op:           # "{n}"
        return int(lo), int(lo)
    return int(lo or 0), int(hi) if hi else _UNBOUNDED


def _word_test(spec: dict) -> tuple | None:
    """A test of the word equal to or looser than ``spec`` (None when ``spec`` has none)."""
    if spec.get("OP") == "!":
        return None
    atoms: list[tuple[str, int | frozenset[int] | str]] = []
    for attr, value in spec.items():
        if isinstance(attr, int) and attr < 64 and value is True:     # a lexeme flag
            atoms.append(("flag", attr))
        elif attr in ("ORTH", "TEXT", "LOWER"):
            field = "lower" if attr == "LOWER" else "orth"
            if isinstance(value, str):
                atoms.append((field, frozenset([get_string_id(value)])))
            elif isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
                atoms.append((field, frozenset(get_string_id(v) for v in value["IN"])))
            elif isinstance(value, dict) and set(value) == {"REGEX"} and isinstance(value["REGEX"], str):
                atoms.append(("regex_" + field, value["REGEX"]))
    return tuple(sorted(atoms, key=repr)) if atoms else None


# spaCy's own lexeme flags, tested by name in patterns ({"IS_TITLE": True})
_NAMED_FLAGS = {name: IDS[name] for name in ("IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_PUNCT",
                                             "IS_SPACE", "IS_TITLE", "IS_UPPER")}


def _full_test(spec: dict) -> tuple | None:
    """The test of ``spec`` when it tests the word only (None when it tests more): the atoms of
    :func:`_word_test` and the negative ones, a flag that must be unset (``{60: False}``,
    ``{"IS_PUNCT": False}``) or a word that must not be one of a list (``NOT_IN``)."""
    if spec.get("OP") == "!":
        return None
    atoms = list(_word_test(spec) or ())
    for attr, value in spec.items():
        if isinstance(attr, int) and attr < 64 and value is False:
            atoms.append(("noflag", attr))
        elif attr in _NAMED_FLAGS and isinstance(value, bool):
            atoms.append(("flag" if value else "noflag", _NAMED_FLAGS[attr]))
        elif attr in ("ORTH", "TEXT", "LOWER") and isinstance(value, dict) and set(value) == {"NOT_IN"} \
                and all(isinstance(v, str) for v in value["NOT_IN"]):
            atoms.append(("not_lower" if attr == "LOWER" else "not_orth",
                          frozenset(get_string_id(v) for v in value["NOT_IN"])))
    if len(atoms) != len(spec) - ("OP" in spec):
        return None
    return tuple(sorted(atoms, key=repr))


def _passes(test: tuple, lex: Any) -> bool:
    """Whether the lexeme ``lex`` passes every atom of ``test`` (as spaCy's matcher tests it)."""
    for kind, arg in test:
        if kind == "flag":
            ok = lex.check_flag(arg)
        elif kind == "orth":
            ok = lex.orth in arg
        elif kind == "lower":
            ok = lex.lower in arg
        elif kind == "regex_orth":
            ok = re.search(arg, lex.orth_) is not None
        elif kind == "noflag":
            ok = not lex.check_flag(arg)
        elif kind == "not_orth":
            ok = lex.orth not in arg
        elif kind == "not_lower":
            ok = lex.lower not in arg
        else:
            ok = re.search(arg, lex.lower_) is not None
        if not ok:
            return False
    return True


def _size(test: tuple) -> int:
    """Values a test accepts at most (a regular expression or flag counts as many)."""
    return min((len(arg) if kind in ("orth", "lower") else _UNBOUNDED) for kind, arg in test)


class _Group:
    """One pattern with its matcher, its anchor test and what must be found near an anchor token.

    ``lead`` is the bit of the anchor test; ``needs`` lists ``(bit, lo, hi)``: some token at an
    offset in ``[lo, hi]`` from the anchor token passes test ``bit`` (another required spec);
    a match lies within ``before`` tokens before and ``after`` tokens after the anchor token.
    """

    def __init__(self, vocab: Vocab, key: str, pattern: list[dict]) -> None:
        self.key = vocab.strings.add(key)
        self.lead = -1
        self.needs: list[tuple[int, int, int]] = []
        self.before = self.after = 0
        self.matcher = Matcher(vocab, validate=False)
        self.matcher.add(key, [pattern])
        # a pattern of one-token specs that test the word only matches exactly where its
        # anchor and needs are met: it needs no matcher
        self.exact = all(_bounds(spec) == (1, 1) and len(_word_test(spec) or ()) == len(spec)
                         for spec in pattern)
        self.offset = 0             # of the anchor spec in the pattern
        self.length = len(pattern)
        # a pattern of word tests with bounded operators ("?", "{0,2}") as its fixed-length forms:
        # (offset of the anchor spec's first token, test bit of each token); None: run the matcher
        self.variants: list[tuple[int, tuple[int, ...]]] | None = None


class GatedMatcher:
    """Same matches as ``Matcher`` with ``greedy="LONGEST"`` for every key, found near anchor words.

    Parameters
    ----------
    vocab
        The vocabulary (lexeme flags used by the patterns must be set on it).
    patterns
        ``(key, patterns)`` in the order they would be added to a ``Matcher``.
    probe
        Frequent words of the language with a weight (about their share of tokens): a test
        accepting less of them makes a better anchor.
    """

    def __init__(self, vocab: Vocab, patterns: list[tuple[str, list[list[dict]]]],
                 probe: dict[str, float] | None = None) -> None:
        self.vocab = vocab
        self.patterns = patterns
        self._probe = [(vocab[w], weight) for w, weight in (probe or {}).items()]
        self._ordering: dict[tuple[int, ...], Matcher] = {}
        self.tests: list[tuple] = []
        self.groups: list[_Group] = []
        self.ungated = Matcher(vocab, validate=False)
        self.has_ungated = False
        self._unbounded: set[int] = set()     # keys with an ungated pattern: no bound on a match's length
        self._key_longest: dict[int, int] = {}  # key -> the most tokens a match of one of its patterns has
        self.longest = 1
        for key, pats in patterns:
            for pat in pats:
                self._place(key, pat)
        self._words: dict[int, tuple[int, tuple[_Group, ...]]] = {}
        self.fallbacks = 0

    def _bit(self, test: tuple) -> int:
        if test not in self.tests:
            self.tests.append(test)
        return self.tests.index(test)

    def _frequency(self, test: tuple) -> tuple[float, int]:
        """How common a test is likely to be: weight of the probe words it accepts, then values it accepts."""
        return sum(weight for lex, weight in self._probe if _passes(test, lex)), _size(test)

    def _place(self, key: str, pat: list[dict]) -> None:
        """Give one pattern its anchor and needs (or put it among the ungated patterns)."""
        bounds = [_bounds(spec) for spec in pat]
        # index of a spec that must match at least once -> its word test
        required = {i: t for i, spec in enumerate(pat) if (t := _word_test(spec)) is not None and bounds[i][0] >= 1}
        most = sum(hi for _, hi in bounds)
        if most >= _UNBOUNDED:
            self._unbounded.add(self.vocab.strings.add(key))
        else:
            self.longest = max(self.longest, most)
            key_id = self.vocab.strings.add(key)
            self._key_longest[key_id] = max(self._key_longest.get(key_id, 1), most)
        if most >= _UNBOUNDED or not required:
            self.ungated.add(key, [pat])
            self.has_ungated = True
            return
        i = min(required, key=lambda k: self._frequency(required[k]))
        group = _Group(self.vocab, key, pat)
        if not group.exact:
            group.variants = self._variants(pat, bounds, i)
        group.lead = self._bit(required[i])
        group.offset = i
        extra = bounds[i][1] - 1        # the anchor token is any repetition of spec i
        group.before = sum(hi for _, hi in bounds[:i]) + extra
        group.after = sum(hi for _, hi in bounds[i + 1:]) + extra
        for k, test in required.items():
            if k > i:
                lo = 1 + sum(low for low, _ in bounds[i + 1:k])
                hi = extra + 1 + sum(high for _, high in bounds[i + 1:k])
                group.needs.append((self._bit(test), lo, hi))
            elif k < i:
                lo = 1 + sum(low for low, _ in bounds[k + 1:i])
                hi = extra + 1 + sum(high for _, high in bounds[k + 1:i])
                group.needs.append((self._bit(test), -hi, -lo))
        self.groups.append(group)

    def _variants(self, pat: list[dict], bounds: list[tuple[int, int]], anchor: int) -> list[tuple[int, tuple[int, ...]]] | None:
        """The fixed-length forms of a pattern whose specs all test the word only (:func:`_full_test`), each spec
        taken ``lo`` to ``hi`` times (``"?"`` is 0 or 1, ``"{0,2}"`` 0 to 2): per form, the
        position of the anchor spec's first token and the test bit of every token. A token
        sequence matches the pattern exactly where it matches one form, so the raw matches
        around an anchor token are the forms that fit there. None for other patterns (a
        ``"!"`` operator, a test of more than the word, an unbounded operator) and for too many forms."""
        tests = []
        for spec, (_lo, hi) in zip(pat, bounds):
            test = _full_test(spec)
            if test is None or hi >= _UNBOUNDED:
                return None
            tests.append(test)
        forms: list[tuple[int, tuple[int, ...]]] = [(-1, ())]
        for k, (test, (lo, hi)) in enumerate(zip(tests, bounds)):
            bit = self._bit(test)
            forms = [(len(bits) if k == anchor else at, bits + (bit,) * c) for at, bits in forms
                     for c in range(lo, hi + 1)]
            if len(forms) > _MAX_VARIANTS:
                return None
        return [(at, bits) for at, bits in forms if bits]

    # ---- matching ----------------------------------------------------------------------------
    def _word_masks(self, doc: Doc) -> tuple[list[int], list[tuple[_Group, ...]]]:
        """Per token, the bit mask of the tests its word passes and the groups it can anchor."""
        cache = self._words
        words = list(map(cache.get, orth_ids(doc)))
        if None in words:
            if len(cache) > _MAX_WORDS:
                cache.clear()
            for i, token in enumerate(doc):
                if words[i] is None:
                    lex = token.lex
                    mask = sum(1 << b for b, t in enumerate(self.tests) if _passes(t, lex))
                    groups = tuple(g for g in self.groups if mask >> g.lead & 1)
                    cache[lex.orth] = words[i] = (mask, groups)
        filled = cast("list[tuple[int, tuple[_Group, ...]]]", words)     # no None left
        return list(map(itemgetter(0), filled)), list(map(itemgetter(1), filled))

    def _anchors(self, doc: Doc, masks: list[int] | None = None,
                 leads: list[tuple[_Group, ...]] | None = None) -> dict[_Group, list[int]]:
        """Group -> its anchor tokens that have every need met (``masks``, ``leads``: of
        :meth:`_word_masks`, when already made)."""
        if masks is None or leads is None:
            masks, leads = self._word_masks(doc)
        n = len(masks)
        out: dict[_Group, list[int]] = {}
        for x in [x for x, groups in enumerate(leads) if groups]:
            for group in leads[x]:
                for bit, lo, hi in group.needs:
                    j, end = x + lo, x + hi + 1
                    if j < 0:
                        j = 0
                    if end > n:
                        end = n
                    while j < end and not masks[j] >> bit & 1:
                        j += 1
                    if j >= end:
                        break
                else:
                    out.setdefault(group, []).append(x)
        return out

    def raw_matches(self, doc: Doc) -> dict[int, set[tuple[int, int]]]:
        """Key -> every (start, end) the patterns match, before any filtering."""
        n = len(doc)
        found: dict[int, set[tuple[int, int]]] = {}
        if n == 0:
            return found
        masks, leads = self._word_masks(doc)
        for group, hits in self._anchors(doc, masks, leads).items():
            if group.exact:
                a, b = group.offset, group.length - group.offset
                found.setdefault(group.key, set()).update((x - a, x + b) for x in hits)
                continue
            if group.variants is not None:
                # every match has its anchor spec's first token among the hits
                spans = set()
                for x in hits:
                    for at, bits in group.variants:
                        s = x - at
                        e = s + len(bits)
                        if s < 0 or e > n:
                            continue
                        for k, bit in enumerate(bits, s):
                            if not masks[k] >> bit & 1:
                                break
                        else:
                            spans.add((s, e))
                if spans:
                    found.setdefault(group.key, set()).update(spans)
                continue
            windows: list[list[int]] = []
            for x in hits:
                a, b = max(x - group.before, 0), min(x + group.after + 1, n)
                if windows and a <= windows[-1][1]:
                    windows[-1][1] = max(windows[-1][1], b)
                else:
                    windows.append([a, b])
            for a, b in windows:
                for key, s, e in group.matcher(Span(doc, a, b)):     # doc[a:b]; 0 <= a < b <= n
                    found.setdefault(key, set()).add((s + a, e + a))
        if self.has_ungated:
            for key, s, e in self.ungated(doc):
                found.setdefault(key, set()).add((s, e))
        return found

    def _ordering_matcher(self, keys: tuple[int, ...]) -> Matcher:
        """A matcher with every pattern of ``keys``, in the original order (cached per key set)."""
        matcher = self._ordering.get(keys)
        if matcher is None:
            if len(self._ordering) > 256:
                self._ordering.clear()
            matcher = Matcher(self.vocab, validate=False)
            for key, pats in self.patterns:
                if self.vocab.strings[key] in keys:
                    matcher.add(key, pats)
            self._ordering[keys] = matcher
        return matcher

    def _key_order(self, doc: Doc, found: dict[int, set[tuple[int, int]]]) -> list[int]:
        """The keys in the order spaCy's matcher first emits a match of theirs."""
        first = sorted((min(map(itemgetter(1), pairs)), key) for key, pairs in found.items())
        order: list[int] = []
        i = 0
        while i < len(first):
            j = i + 1
            while j < len(first) and first[j][0] - first[j - 1][0] <= 1:
                j += 1
            if j - i == 1:
                order.append(first[i][1])
            else:
                # a state emitting at token t >= end - 1 started at t - longest or later (the
                # longest match of the cluster's patterns: only they run in the ordering matcher)
                cluster = {key for _, key in first[i:j]}
                longest = max(self._key_longest.get(k, self.longest) for k in cluster)
                a = 0 if cluster & self._unbounded else max(first[i][0] - 1 - longest, 0)
                b = min(first[j - 1][0] + 2, len(doc))
                for key, _, _ in self._ordering_matcher(tuple(sorted(cluster)))(doc[a:b]):
                    if key in cluster:
                        order.append(key)
                        cluster.discard(key)
                        if not cluster:
                            break
                if cluster:     # not expected; the whole doc gives the order in any case
                    self.fallbacks += 1
                    full = self._ordering_matcher(tuple(sorted(found)))
                    return list(dict.fromkeys(k for k, _, _ in full(doc)))
            i = j
        return order

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """``(key, start, end)`` as ``Matcher(doc)`` with ``greedy="LONGEST"`` gives them."""
        found = self.raw_matches(doc)
        out: list[tuple[int, int, int]] = []
        for key in self._key_order(doc, found):
            pairs = found[key]
            if len(pairs) == 1:     # nothing to overlap
                out.extend((key, s, e) for s, e in pairs)
                continue
            taken = bytearray(len(doc))
            for s, e in sorted(pairs, key=lambda x: (x[1] - x[0], -x[0]), reverse=True):
                if taken.find(1, s, e) < 0:
                    out.append((key, s, e))
                    taken[s:e] = b"\x01" * (e - s)
        return out
