"""The pattern language of the relation rules (``ontologies/lexicons/{lang}/relations.tsv``).

A rule is one line: ``id<TAB>predicate<TAB>confidence<TAB>pattern``. It is matched against a
sentence written as a row of *units*: a word (lower case) or a mention ``<ORG#7>`` (type code
and entity index), each followed by a blank. Anaphors give their words and then the entity they
stand for (``the company <ORG#3>``); a German genitive or a possessive adds ``'s``.

Pattern elements (space-separated):

``S:ORG|PER`` / ``O:MOD``
    the subject / object: an entity of one of the type codes PER ORG MOD HW PRD CON
    (``S!:`` / ``O!:`` when a coordination must not extend it);
    ``S:TOPIC`` / ``O:TOPIC`` is the organisation the passage is about (an implicit argument),
    ``S:PREV`` the first organisation of the sentence before (a subject carried over),
    ``S:LAST-MOD`` / ``O:LAST-HW`` the entity of that type code named last before the sentence
    (within the three before it: "The chip is made by X", "The model beats Y"). An implicit
    argument yields to an explicit relation of the same predicate in the sentence, unless written
    ``TOPIC+`` / ``PREV+``.
``E:ORG``
    any entity of those types that is not an argument.
``word|other|stem*|*head``
    one word unit out of alternatives; ``*`` matches any ending, or (in front) any beginning:
    ``*chef`` is every word ending in "chef" ("chef", "politikchef"), the head of a German
    compound; ``a+b`` is a word sequence;
    ``?`` after an element makes it optional. Hyphenated words are written whole: ``co-founder``.
    The word ``it`` also matches an "it" the linker resolved to an organisation (``it <ORG#3>``),
    so "^ it has raised ... S:TOPIC" rules read the same whether or not it was resolved; ``its``
    likewise a resolved "its" (``its <ORG#3> 's``).
``~N`` / ``_N``
    up to N units of any kind / up to N words within the clause (no mention, comma or "und"; a
    hyphenated word such as "US - Unternehmen" is one);
    ``~N!MOD|HW``: up to N units but no mention of these type codes; ``~N!;`` (also with codes,
    ``~N!ORG|;``): none a semicolon (or colon), so the gap stays in its clause; ``~N!from``: none
    of these lower-case words.
``NUM``
    a number; ``^`` the start of the sentence.
``!word|other`` / ``!<word|other``
    no unit: the next unit / the unit before is none of these words ("buy _4 !<from O:ORG"); in a
    test of the next unit ``*head`` is any word ending in it ("O:ORG - !*holding").
``@lemma`` / ``@lemma.fin|part|adj|inf|split``
    (as an alternative of a word element) the forms of a verb from the language's verb table
    ``verbs.tsv`` (:func:`load_verbs`): all its forms, or its finite forms, past participle,
    attributive participle, infinitives, or (separable verbs) the finite forms without their
    particle. They are written out when the rules are loaded, before indexing.

>>> rule = Rule.parse("x.1\\tceoOf\\t0.9\\tO:ORG - chef|ceo S:PER", 1)
>>> bool(rule.regex.search("<ORG#0> - chef <PER#1> sagte "))
True
>>> rule.applies({"chef", "-"}, {"ORG", "PER"}), rule.applies({"sagte"}, {"ORG", "PER"})
(True, False)

Speed: :meth:`Rule.finditer` finds the same matches as ``rule.regex.finditer`` without trying the
pattern at every character, and a :class:`RuleIndex` gives the rules that can match a sentence
(those passing :meth:`Rule.applies` whose required words all occur) from per-word and
per-type-code tables instead of testing every rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache, reduce
from operator import or_
from pathlib import Path

from kg.errors import ConfigError
from kg.extract.mentions import TYPE_CODES
from kg.model import PREDICATES

# predicates the rules may state that never reach the output: ``usedBy`` (a model, product or chip
# used by an organisation) becomes, in :mod:`kg.extract.inference`, partnerOf between the user and
# the thing's maker (and usesHardware for a chip)
INTERNAL_PREDICATES = ("usedBy",)

__all__ = ["Rule", "RuleIndex", "expand_verbs", "load_rules", "load_verbs", "required_words"]

_CODES = set(TYPE_CODES.values())
# the word "it" of a rule also reads an English subject "it" the linker resolved (written "it <ORG#3>")
_IT_REFERENT = r"(?: <ORG#\d+>)?"
# and the word "its" an "its" the linker resolved (written "its <ORG#3> 's"), so "among its backers" reads
# the same whether or not the pronoun was resolved
_ITS_REFERENT = r"(?: <ORG#\d+> 's)?"
# punctuation a gap ~N!; may exclude besides type codes: a semicolon or colon ends a clause; ~N!, keeps
# the gap inside one comma-delimited phrase
_CLAUSE_MARKS = {";", ":", ","}


@dataclass
class Rule:
    """One relation pattern compiled to a regular expression over the unit string."""

    id: str
    predicate: str
    confidence: float
    pattern: str
    regex: re.Pattern
    implicit_subject: str = ""     # "", "TOPIC", "PREV" or "LAST-<code>"
    implicit_object: str = ""
    subject_types: frozenset[str] = frozenset()
    object_types: frozenset[str] = frozenset()
    no_expand: frozenset[str] = frozenset()     # slots written S!: / O!: take no coordination
    # words one of which must occur: exact words, stems (``stem*``), heads (``*head``)
    anchors: tuple[frozenset[str], tuple[str, ...], tuple[str, ...]] | None = None
    needed_codes: frozenset[str] = frozenset()  # type codes of explicit slots
    possessive: bool = False    # the pattern itself reads a possessor ("O:ORG 's rival S:ORG")
    scanner: re.Pattern | None = None   # the pattern without the unit-start test, see finditer
    anchored: bool = False      # the pattern starts with ``^``: it can match at the start of the string only
    head_first: tuple[str, ...] = ()    # the heads of a first element that has only ``*head`` alternatives
    subject_first: bool = False     # the pattern starts with its subject slot (after tests of the unit before)
    gap_after_subject: bool = False     # ... and a gap (~N, _N) follows it

    def applies(self, words: set[str], codes: set[str]) -> bool:
        """A cheap test before the regex: the sentence has an anchor word and the slot types."""
        if not self.needed_codes <= codes:
            return False
        if self.anchors is None:
            return True
        exact, prefixes, suffixes = self.anchors
        return bool(exact & words) or bool(prefixes) and any(w.startswith(prefixes) for w in words) \
            or bool(suffixes) and any(w.endswith(suffixes) for w in words)

    def finditer(self, code: str) -> Iterator[re.Match]:
        """The matches of :attr:`regex` in the unit string ``code``, with the same groups.

        :attr:`regex` is a lookahead tried at every character. When the pattern begins with a
        required mention slot, word or number, :attr:`scanner` (the same pattern as a plain group
        ``ALL``, without the test for the start of a unit) is searched instead: the regex engine
        skips ahead to where the first element can match, and a hit counts only at the start of
        a unit. Both give a match at exactly the unit starts where the pattern matches, and the
        same match there. A pattern that begins with ``^`` is tried at the start only (``match``);
        one whose first element is a word with a ``*head`` alternative (no fixed first character
        to skip ahead to) is scanned from unit starts only: its scanner begins with a test for
        the start of a unit, which fails at once inside a word; when all its alternatives are
        heads, only at the units (the text between blanks) that end with one of them.
        """
        if self.anchored:
            # ``^`` matches at position 0 only: the one place to try, not every character
            m = self.regex.match(code)
            if m is not None:
                yield m
            return
        if self.scanner is None:
            yield from self.regex.finditer(code)
            return
        if self.head_first:
            # the first unit ends with one of the heads: the scanner is tried at those units only
            match, pos, heads = self.scanner.match, 0, self.head_first
            for unit in code.split(" "):
                if unit.endswith(heads):
                    m = match(code, pos)
                    if m is not None:
                        yield m
                pos += len(unit) + 1
            return
        search = self.scanner.search
        m = search(code)
        while m is not None:
            p = m.start()
            if p == 0 or code[p - 1] == " ":
                yield m
            m = search(code, p + 1)

    @classmethod
    def parse(cls, line: str, lineno: int, source: str = "<rules>",
              verbs: dict[str, dict[str, tuple[str, ...]]] | None = None) -> Rule:
        """One rule line; ``@lemma`` alternatives are written out from ``verbs`` (see :func:`expand_verbs`)."""
        parts = line.split("\t")
        if len(parts) != 4:
            raise ConfigError(f"{source}:{lineno}: expected 'id<TAB>predicate<TAB>confidence<TAB>pattern'",
                              hint=f"got {line!r}")
        rid, pred, conf, pattern = (p.strip() for p in parts)
        pattern = expand_verbs(pattern, verbs or {}, f"{source}:{lineno}: rule {rid}")
        if pred not in PREDICATES and pred not in INTERNAL_PREDICATES:
            raise ConfigError(f"{source}:{lineno}: unknown predicate {pred!r}",
                              hint=f"expected one of {PREDICATES + INTERNAL_PREDICATES}")
        try:
            confidence = float(conf)
        except ValueError:
            raise ConfigError(f"{source}:{lineno}: confidence must be a number", hint=f"got {conf!r}") from None
        rule = cls(rid, pred, confidence, pattern, re.compile(""))
        rx = [r"(?:^|(?<= ))"]
        first = ""      # the first element that reads a unit
        for el in pattern.split():
            rx.append(rule._element(el, source, lineno))
            if not first and rx[-1]:
                first = el
            if rule.anchors is None and not el.endswith("?") and el[:2] not in ("S:", "O:", "E:", "S!", "O!") \
                    and el[0] not in "~_^!" and el != "NUM":
                exact_, prefixes_, suffixes_ = required_words(el)[0]
                rule.anchors = (exact_, prefixes_, suffixes_)
        if "(?P<S>" not in "".join(rx) and not rule.implicit_subject:
            raise ConfigError(f"{source}:{lineno}: the pattern has no subject slot S:", hint=pattern)
        if "(?P<O>" not in "".join(rx) and not rule.implicit_object:
            raise ConfigError(f"{source}:{lineno}: the pattern has no object slot O:", hint=pattern)
        rule.regex = re.compile("(?=(?P<ALL>" + "".join(rx) + "))")
        if first and not first.endswith("?") and first[0] not in "~_^!":
            # a first element with a *head alternative starts with [^<\s]*, which the engine would
            # try (and backtrack) at every character of a word: only unit starts are tried
            heads = [a.startswith("*") and len(a) > 1 and "+" not in a and "-" not in a for a in first.split("|")]
            unit_start = r"(?<![^ ])" if any(heads) else ""
            rule.scanner = re.compile(unit_start + "(?P<ALL>" + "".join(rx[1:]) + ")")
            if all(heads):
                rule.head_first = tuple(a[1:] for a in first.split("|"))
        rule.anchored = pattern.split()[0] == "^" if pattern.split() else False
        rule.possessive = any(el.rstrip("?") == "'s" for el in pattern.split())
        words = pattern.split()
        # (a test of the unit before, "!<of|by S:ORG ...", matches nothing: the subject still opens the match)
        k = next((i for i, w in enumerate(words) if not w.startswith("!<")), len(words))
        rule.subject_first = k < len(words) and words[k].startswith(("S:", "S!:"))
        rule.gap_after_subject = rule.subject_first and len(words) > k + 1 and words[k + 1][:1] in "~_"
        return rule

    def _element(self, el: str, source: str, lineno: int) -> str:
        optional = el.endswith("?") and len(el) > 1
        if optional:
            el = el[:-1]
        if el == "^":
            return "^"
        if el[0] == "!" and len(el) > 1:
            # a test without a unit: the next unit (``!w``) or the one before (``!<w``) is none of these
            words = el[2:] if el[1] == "<" else el[1:]
            alts = [" ".join(re.escape(u) for u in " - ".join(w.split("-")).split()) for w in words.split("|")]
            if el[1] == "<":
                return "".join(f"(?<! {a} )(?<!^{a} )" for a in alts)
            # a ``*head`` alternative of a test of the next unit: any word ending in it ("!*holding"; p23c)
            alts = [r"[^ <]*" + re.escape(w[1:]) if w.startswith("*") and len(w) > 1 and "-" not in w else a
                    for w, a in zip(words.split("|"), alts)]
            return "(?!(?:" + "|".join(alts) + ") )"
        if el[:3] in ("S!:", "O!:"):
            self.no_expand = self.no_expand | {el[0]}
            el = el[0] + el[2:]
        if el[:2] in ("S:", "O:", "E:"):
            slot, codes = el[0], el[2:].split("|")
            if codes in (["TOPIC"], ["PREV"], ["TOPIC+"], ["PREV+"]) or \
                    len(codes) == 1 and codes[0].startswith("LAST-") and codes[0][5:] in _CODES:
                if codes[0].startswith("LAST-"):
                    types = frozenset(t for t, c in TYPE_CODES.items() if c == codes[0][5:])
                    if slot == "S":
                        self.subject_types = types
                    else:
                        self.object_types = types
                if slot == "S":
                    self.implicit_subject = codes[0]
                elif slot == "O":
                    self.implicit_object = codes[0]
                return ""
            bad = [c for c in codes if c not in _CODES]
            if bad:
                raise ConfigError(f"{source}:{lineno}: unknown type code {bad[0]!r}", hint=f"use {sorted(_CODES)}")
            types = frozenset(t for t, c in TYPE_CODES.items() if c in codes)
            if slot in "SO" and len(codes) == 1:
                self.needed_codes = self.needed_codes | {codes[0]}
            if slot == "S":
                self.subject_types = types
            elif slot == "O":
                self.object_types = types
            body = "<(?:" + "|".join(codes) + r")#\d+> "
            rx = f"(?P<{slot}>{body})" if slot in "SO" else body
        elif el[0] == "~" and "!" in el and el[1:el.index("!")].isdigit():
            # ~N!MOD: up to N units of any kind but no mention of these type codes
            n, codes = el[1:el.index("!")], el[el.index("!") + 1:].split("|")
            marks = [c for c in codes if c in _CLAUSE_MARKS or c.islower()]     # (a word: "~4!from", p25f)
            codes = [c for c in codes if c not in marks]
            bad = [c for c in codes if c not in _CODES]
            if bad:
                raise ConfigError(f"{source}:{lineno}: unknown type code {bad[0]!r}", hint=f"use {sorted(_CODES) + sorted(_CLAUSE_MARKS)}")
            ban = ["<(?:" + "|".join(codes) + r")#\d+>"] if codes else []
            ban += [re.escape(c) for c in marks]
            rx = "(?:(?!(?:" + "|".join(ban) + r") )\S+ ){0," + str(int(n)) + "}?"
        elif el[0] in "~_" and el[1:].isdigit():
            # _N: plain words that stay in the clause (no mention, comma, "und", "and", ...)
            # a hyphenated word ("US - Unternehmen", "Start - up") counts as one word
            unit = r"\S+ " if el[0] == "~" else r"(?!(?:,|;|:|und|and|oder|or|sowie|but|aber) )[^<\s]\S* (?:- [^<\s]\S* )*"
            rx = f"(?:{unit}){{0,{int(el[1:])}}}?"
        elif el == "NUM":
            rx = r"\d[\d.,]* "
        else:
            alts, heads = [], []
            for alt in el.split("|"):
                if alt.startswith("*") and len(alt) > 1 and "+" not in alt and "-" not in alt:
                    heads.append(alt[1:])
                    continue
                prefix = alt.endswith("*") and len(alt) > 1
                alt = alt[:-1] if prefix else alt
                units = []
                for word in alt.split("+"):
                    units.extend([word] if word in ("-", "'s") else
                                 " - ".join(word.split("-")).split())
                # "it" inside a sequence too ("what+it+calls"): the resolved pronoun carries its referent
                alts.append(" ".join(re.escape(u) + (_IT_REFERENT if u == "it" and (i < len(units) - 1 or not prefix)
                                                     else _ITS_REFERENT if u == "its" and not prefix
                                                     else "") for i, u in enumerate(units)) + (r"\S*" if prefix else ""))
            if heads:
                # all heads in one group: the word is scanned once, not once per head
                alts.append(r"[^<\s]*(?:" + "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True)) + ")")
            rx = "(?:" + "|".join(alts) + ") "
        return f"(?:{rx})?" if optional else rx


def required_words(pattern: str) -> list[tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]]:
    """For every required word element of ``pattern``: the units one of which must occur.

    A match of the pattern reads whole units, so each element that is neither optional nor a
    slot, gap or number needs a unit equal to the first word of one of its alternatives, or
    starting with the stem of a one-word ``stem*``, or ending with the head of a ``*head``. The
    first is the rule's anchor (:attr:`Rule.anchors`).

    >>> required_words("S:PER , _2 co-founder|mitgründer*|*gründer von? O:ORG")
    [(frozenset({','}), (), ()), (frozenset({'co'}), ('mitgründer',), ('gründer',))]
    """
    out = []
    for el in pattern.split():
        if el.endswith("?") and len(el) > 1 or el == "^" or el[:1] == "!" or el[:3] in ("S!:", "O!:") \
                or el[:2] in ("S:", "O:", "E:") or el[0] in "~_" and el[1:].split("!")[0].isdigit() or el == "NUM":
            continue
        exact, prefixes, suffixes = set(), [], []
        for alt in el.split("|"):
            if alt.startswith("*") and len(alt) > 1 and "+" not in alt and "-" not in alt:
                suffixes.append(alt[1:])
                continue
            prefix = alt.endswith("*") and len(alt) > 1
            alt = alt[:-1] if prefix else alt
            units = []
            for word in alt.split("+"):     # as in Rule._element
                units.extend([word] if word in ("-", "'s") else " - ".join(word.split("-")).split())
            if prefix and len(units) == 1:
                prefixes.append(units[0])
            else:
                exact.add(units[0])
        out.append((frozenset(exact), tuple(prefixes), tuple(suffixes)))
    return out


class RuleIndex:
    """The rules of one file, indexed to give those that can match a sentence.

    These are the rules that pass :meth:`Rule.applies` (an anchor word and the slot type codes
    occur) and whose other required words (:func:`required_words`) occur too: a rule without
    them cannot match, so leaving it out changes nothing. Which requirements a word satisfies is
    worked out once per word and kept in a table bounded by :attr:`MAX_WORDS`; which rules have
    their slot type codes present, once per set of codes (at most 2**6 sets). The rules with all
    requirements met come from one addition over big-integer bit masks (see ``__init__``), not
    from a test per rule.

    >>> rules = (Rule.parse("a\\tceoOf\\t0.9\\tO:ORG - chef|ceo S:PER", 1),
    ...          Rule.parse("b\\tworksFor\\t0.9\\tS:PER forsch* O:ORG", 2))
    >>> index = RuleIndex(rules)
    >>> [r.id for r in index.candidates({"-", "chef", "forscherin"}, {"ORG", "PER"})]
    ['a', 'b']
    >>> [r.id for r in index.candidates({"-", "forscherin"}, {"ORG", "PER"})]
    ['b']
    >>> [r.id for r in index.candidates({"-", "chef", "forscherin"}, {"PER"})]
    []
    """

    MAX_WORDS = 50_000

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules
        # sets of requirements and of rules are bit masks. Rule i owns a block of bits, one per
        # requirement, and the bit right after it (its *guard*), which stands for the rule: adding
        # 1 at the start of a block whose bits are all set carries into the guard, so one addition
        # over the mask of met requirements marks every rule with all of its requirements met
        self._owner: list[int] = []                 # bit -> index of its rule
        self._exact: dict[str, list[int]] = {}      # word -> requirements it satisfies
        self._prefixed: list[tuple[int, tuple[str, ...]]] = []
        self._suffixed: list[tuple[int, tuple[str, ...]]] = []
        self._rule_bit: list[int] = []              # rule index -> its guard bit
        self._blocks = self._starts = self._guards = 0
        for i, rule in enumerate(rules):
            first = len(self._owner)
            for exact, prefixes, suffixes in required_words(rule.pattern):
                req = len(self._owner)
                self._owner.append(i)
                self._blocks |= 1 << req
                for w in exact:
                    self._exact.setdefault(w, []).append(req)
                if prefixes:
                    self._prefixed.append((req, prefixes))
                if suffixes:
                    self._suffixed.append((req, suffixes))
            guard = len(self._owner)
            self._owner.append(i)
            self._starts |= 1 << first         # a rule without requirements: its guard itself
            self._guards |= 1 << guard
            self._rule_bit.append(1 << guard)
        self._needs_met: dict[str, int] = {}    # word -> requirements it satisfies
        self._by_codes: dict[frozenset[str], int] = {}

    def _learn(self, word: str) -> None:
        """Note the requirements that the unit ``word`` satisfies."""
        found = set(self._exact.get(word, ()))
        found.update(r for r, prefixes in self._prefixed if word.startswith(prefixes))
        found.update(r for r, suffixes in self._suffixed if word.endswith(suffixes))
        self._needs_met[word] = sum(1 << r for r in found)

    def candidates(self, words: set[str], codes: set[str]) -> list[Rule]:
        """The rules that can match a sentence with the units ``words``, in file order.

        Every rule ``r`` left out fails ``r.applies(words, codes)`` or lacks a required word.
        """
        key = frozenset(codes) & _CODES     # other codes satisfy no rule: the table stays small
        typed = self._by_codes.get(key)
        if typed is None:
            typed = self._by_codes[key] = sum(self._rule_bit[i] for i, r in enumerate(self.rules)
                                              if r.needed_codes <= key)
        needs_met = self._needs_met
        if len(needs_met) > self.MAX_WORDS:
            needs_met.clear()
        for w in words.difference(needs_met):     # the words not seen yet
            self._learn(w)
        satisfied = reduce(or_, map(needs_met.__getitem__, words), 0)
        found = ((satisfied & self._blocks) + self._starts) & self._guards & typed
        owner, rules = self._owner, self.rules
        out = []
        while found:
            low = found & -found
            out.append(rules[owner[low.bit_length() - 1]])
            found ^= low
        return out


VERB_SETS = ("fin", "part", "adj", "inf", "split")


def load_verbs(path: str | Path) -> dict[str, dict[str, tuple[str, ...]]]:
    """The verb table ``verbs.tsv``: lemma -> form set (``all`` and :data:`VERB_SETS`) -> forms.

    A line is ``lemma<TAB>3sg present<TAB>3sg past<TAB>past participle[<TAB>more forms]``; a
    separable verb is written ``ein|stellen`` and its finite forms without the particle
    (``stellt``, ``stellte``). Derived: the 3pl present (= the infinitive), the 3pl past (3sg past
    + ``n`` after ``e``, else + ``en``), the 3sg subjunctive I of reported speech (the infinitive
    without ``n``: ``kaufe``; ``-ern``/``-eln`` + ``e``: ``liefere``), the attributive participle
    (participle + ``e``/``en``/``er``/``es``/``em``); for a separable verb the joined finite forms
    (particle + form, in subordinate clauses) and the zu-infinitive (``einzustellen``). More forms
    (``entwickle``) count as finite; a form written ``-gründe`` is left out (it is mostly a noun). ``fin``: finite forms; ``part``: the
    participle; ``adj``: attributive participles; ``inf``: infinitive and zu-infinitive; ``split``:
    a separable verb's finite forms without the particle ("stellt ... ein"); ``all``: all but
    ``split``. A missing file is an empty table.
    """
    p = Path(path)
    if not p.is_file():
        return {}
    table: dict[str, dict[str, tuple[str, ...]]] = {}
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) < 4 or not all(cols[:4]) or cols[0] != cols[0].lower():
            raise ConfigError(f"{p}:{n}: expected 'lemma<TAB>3sg present<TAB>3sg past<TAB>participle[<TAB>forms]'",
                              hint=f"got {line!r}")
        lemma, pres, past, part = cols[:4]
        more = [f for c in cols[4:] for f in c.split() if not f.startswith("-")]
        drop = {f[1:] for c in cols[4:] for f in c.split() if f.startswith("-")}
        particle, _, base = lemma.rpartition("|")
        past_pl = past + ("n" if past.endswith("e") else "en")
        subj = base[:-1] + ("e" if base.endswith(("ern", "eln")) else "")
        own = [pres, base, past, past_pl, subj]
        fin = [particle + f for f in own] + more
        inf = [particle + base] + ([particle + "zu" + base] if particle else [])
        adj = [part + e for e in ("e", "en", "er", "es", "em")]
        sets = {"fin": fin, "part": [part], "adj": adj, "inf": inf, "split": own if particle else []}
        sets["all"] = fin + inf + [part] + adj
        name = particle + base
        if name in table:
            raise ConfigError(f"{p}:{n}: the verb {name!r} is listed twice")
        table[name] = {k: tuple(f for f in dict.fromkeys(v) if f not in drop) for k, v in sets.items()}
    return table


def expand_verbs(pattern: str, verbs: dict[str, dict[str, tuple[str, ...]]], where: str = "<rules>") -> str:
    """``pattern`` with every alternative ``@lemma`` / ``@lemma.SET`` replaced by the verb's forms.

    >>> verbs = {"kaufen": {"fin": ("kauft", "kaufen", "kaufte", "kauften", "kaufe"), "part": ("gekauft",)}}
    >>> expand_verbs("S:ORG @kaufen.fin|erwirbt O:ORG @kaufen.part?", verbs)
    'S:ORG kauft|kaufen|kaufte|kauften|kaufe|erwirbt O:ORG gekauft?'
    """
    if "@" not in pattern:
        return pattern
    out = []
    for el in pattern.split():
        if "@" not in el:
            out.append(el)
            continue
        optional = el.endswith("?") and len(el) > 1
        alts = []
        for alt in (el[:-1] if optional else el).split("|"):
            if not alt.startswith("@"):
                alts.append(alt)
                continue
            lemma, _, kind = alt[1:].partition(".")
            if lemma not in verbs:
                raise ConfigError(f"{where}: unknown verb {alt!r}", hint="add it to verbs.tsv next to relations.tsv")
            forms = verbs[lemma].get(kind or "all")
            if forms is None:
                raise ConfigError(f"{where}: unknown form set {alt!r}", hint=f"use one of {VERB_SETS} or none")
            if not forms:
                raise ConfigError(f"{where}: {alt!r} has no forms", hint="'.split' is for separable verbs ('ein|stellen')")
            alts.extend(forms)
        out.append("|".join(dict.fromkeys(alts)) + ("?" if optional else ""))
    return " ".join(out)


@lru_cache(maxsize=8)
def load_rules(path: str) -> tuple[Rule, ...]:
    """Parse a rules file (cached); comments start with ``#``. ``@lemma`` elements take their
    forms from the verb table ``verbs.tsv`` in the same folder."""
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"relation rules not found: {p}", hint="check lexicon_dir")
    verbs = load_verbs(p.parent / "verbs.tsv")
    rules = []
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rules.append(Rule.parse(line, n, str(p), verbs))
    return tuple(rules)
