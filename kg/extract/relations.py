"""Relation extraction: patterns over the sentence's words and mentions, read from a data file.

Each sentence becomes a row of *units*: a word (lower case) or an entity mention written
``<ORG#7>`` (type code and mention index). Anaphors give their words and then the entity they
stand for, so ``the company`` is ``the company <ORG#3>``. Rules come from
``ontologies/lexicons/{lang}/relations.tsv``: ``id<TAB>predicate<TAB>confidence<TAB>pattern``.

Pattern elements (space-separated):

``S:ORG|PER`` / ``O:MOD``
    the subject / object: an entity of one of the type codes PER ORG MOD HW PRD CON
    (``S!:`` / ``O!:`` when a coordination must not extend it);
    ``S:TOPIC`` / ``O:TOPIC`` is the organisation the passage is about (an implicit argument),
    ``S:PREV`` the first organisation of the sentence before (a subject carried over). An implicit
    argument yields to an explicit relation of the same predicate in the sentence, unless written
    ``TOPIC+`` / ``PREV+``.
``E:ORG``
    any entity of those types that is not an argument.
``word|other|stem*``
    one word unit out of alternatives; ``*`` matches any ending; ``?`` after an element makes it
    optional. Hyphenated words are written whole: ``co-founder``.
``~N`` / ``_N``
    up to N units of any kind / up to N words within the clause (no mention, comma or "und").
``NUM``
    a number; ``^`` the start of the sentence.

Subjects and objects extend over coordinations ("A, B und C", "A and new investor B"); a
negation word in or just before the match marks the relation negated (it is not output),
a speculation word marks it speculative. Domain and range of the predicate must hold.

>>> rule = Rule.parse("x.1\\tceoOf\\t0.9\\tO:ORG - chef|ceo S:PER", 1)
>>> bool(rule.regex.search("<ORG#0> - chef <PER#1> sagte "))
True
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import ConfigError
from kg.extract.language import LANGUAGES, sentence_language
from kg.extract.lexicon import DEFAULT_LEXICON_DIR, load_lexicon
from kg.extract.mentions import QUOTES, TYPE_CODES, Mention
from kg.extract.quantities import find_quantities
from kg.model import PREDICATES, SYMMETRIC, Entity, Relation

__all__ = ["Rule", "load_rules", "RelationExtractor", "DOMAIN_RANGE"]

# the ontology's domain -> range of every predicate (ONTOLOGY.md)
DOMAIN_RANGE: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "ceoOf": (frozenset({"Person"}), frozenset({"Organization"})),
    "founderOf": (frozenset({"Person"}), frozenset({"Organization"})),
    "worksFor": (frozenset({"Person"}), frozenset({"Organization"})),
    "develops": (frozenset({"Organization"}), frozenset({"AIModel", "Product", "Hardware"})),
    "manufactures": (frozenset({"Organization"}), frozenset({"Hardware"})),
    "usesHardware": (frozenset({"Organization"}), frozenset({"Hardware"})),
    "subOrganizationOf": (frozenset({"Organization"}), frozenset({"Organization"})),
    "mergedWith": (frozenset({"Organization"}), frozenset({"Organization"})),
    "investsIn": (frozenset({"Organization"}), frozenset({"Organization", "Concept", "Product"})),
    "partnerOf": (frozenset({"Organization"}), frozenset({"Organization"})),
    "competesWith": (frozenset({"Organization", "AIModel"}), frozenset({"Organization", "AIModel"})),
    "comparedTo": (frozenset({"AIModel"}), frozenset({"AIModel"})),
    "versionOf": (frozenset({"AIModel"}), frozenset({"AIModel"})),
    "acquired": (frozenset({"Organization"}), frozenset({"Organization"})),
    "interviewedBy": (frozenset({"Person"}), frozenset({"Organization"})),
    "pursues": (frozenset({"Organization", "Person"}), frozenset({"Concept"})),
}
_CODES = set(TYPE_CODES.values())
_CONJ = {",", "und", "and", "oder", "or", "sowie", "&", "bzw.", "plus"}
_MODIFIER = {"von", "of", "from", "aus"}
_POSSESSOR_SENSITIVE = {"competesWith", "partnerOf", "acquired", "investsIn", "mergedWith", "comparedTo"}
_ENTITY_UNIT = re.compile(r"<([A-Z]+)#(\d+)>")
# one predicate per pair of entities, sentence and group: the first rule that matches wins
_GROUP = {"ceoOf": "role", "worksFor": "role", "acquired": "own", "investsIn": "own",
          "subOrganizationOf": "own", "mergedWith": "own", "develops": "make", "manufactures": "make",
          "usesHardware": "make"}


@dataclass
class Rule:
    """One relation pattern compiled to a regular expression over the unit string."""

    id: str
    predicate: str
    confidence: float
    pattern: str
    regex: re.Pattern
    implicit_subject: str = ""     # "", "TOPIC" or "PREV"
    implicit_object: str = ""
    subject_types: frozenset[str] = frozenset()
    object_types: frozenset[str] = frozenset()
    no_expand: frozenset[str] = frozenset()     # slots written S!: / O!: take no coordination
    anchors: tuple[frozenset[str], tuple[str, ...]] | None = None   # words one of which must occur
    needed_codes: frozenset[str] = frozenset()  # type codes of explicit slots

    def applies(self, words: set[str], codes: set[str]) -> bool:
        """A cheap test before the regex: the sentence has an anchor word and the slot types."""
        if not self.needed_codes <= codes:
            return False
        if self.anchors is None:
            return True
        exact, prefixes = self.anchors
        return bool(exact & words) or any(w.startswith(prefixes) for w in words) if prefixes else bool(exact & words)

    @classmethod
    def parse(cls, line: str, lineno: int, source: str = "<rules>") -> Rule:
        parts = line.split("\t")
        if len(parts) != 4:
            raise ConfigError(f"{source}:{lineno}: expected 'id<TAB>predicate<TAB>confidence<TAB>pattern'",
                              hint=f"got {line!r}")
        rid, pred, conf, pattern = (p.strip() for p in parts)
        if pred not in PREDICATES:
            raise ConfigError(f"{source}:{lineno}: unknown predicate {pred!r}", hint=f"expected one of {PREDICATES}")
        try:
            confidence = float(conf)
        except ValueError:
            raise ConfigError(f"{source}:{lineno}: confidence must be a number", hint=f"got {conf!r}") from None
        rule = cls(rid, pred, confidence, pattern, re.compile(""))
        rx = [r"(?:^|(?<= ))"]
        for el in pattern.split():
            rx.append(rule._element(el, source, lineno))
            if rule.anchors is None and not el.endswith("?") and el[:2] not in ("S:", "O:", "E:", "S!", "O!") \
                    and el[0] not in "~_^" and el != "NUM":
                alts = [a.split("+")[0].split("-")[0] or "-" for a in el.split("|")]
                exact = frozenset(a for a in alts if not a.endswith("*"))
                prefixes = tuple(a[:-1] for a in alts if a.endswith("*"))
                rule.anchors = (exact, prefixes)
        if "(?P<S>" not in "".join(rx) and not rule.implicit_subject:
            raise ConfigError(f"{source}:{lineno}: the pattern has no subject slot S:", hint=pattern)
        if "(?P<O>" not in "".join(rx) and not rule.implicit_object:
            raise ConfigError(f"{source}:{lineno}: the pattern has no object slot O:", hint=pattern)
        rule.regex = re.compile("(?=(?P<ALL>" + "".join(rx) + "))")
        return rule

    def _element(self, el: str, source: str, lineno: int) -> str:
        optional = el.endswith("?") and len(el) > 1
        if optional:
            el = el[:-1]
        if el == "^":
            return "^"
        if el[:3] in ("S!:", "O!:"):
            self.no_expand = self.no_expand | {el[0]}
            el = el[0] + el[2:]
        if el[:2] in ("S:", "O:", "E:"):
            slot, codes = el[0], el[2:].split("|")
            if codes in (["TOPIC"], ["PREV"], ["TOPIC+"], ["PREV+"]):
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
        elif el[0] in "~_" and el[1:].isdigit():
            # _N: plain words that stay in the clause (no mention, comma, "und", "and", ...)
            unit = r"\S+ " if el[0] == "~" else r"(?!(?:,|;|:|und|and|oder|or|sowie|but|aber) )[^<\s]\S* "
            rx = f"(?:{unit}){{0,{int(el[1:])}}}?"
        elif el == "NUM":
            rx = r"\d[\d.,]* "
        else:
            alts = []
            for alt in el.split("|"):
                prefix = alt.endswith("*") and len(alt) > 1
                alt = alt[:-1] if prefix else alt
                units = []
                for word in alt.split("+"):
                    units.extend([word] if word in ("-", "'s") else
                                 " - ".join(word.split("-")).split())
                alts.append(" ".join(re.escape(u) for u in units) + (r"\S*" if prefix else ""))
            rx = "(?:" + "|".join(alts) + ") "
        return f"(?:{rx})?" if optional else rx


@lru_cache(maxsize=8)
def load_rules(path: str) -> tuple[Rule, ...]:
    """Parse a rules file (cached); comments start with ``#``."""
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"relation rules not found: {p}", hint="check lexicon_dir")
    rules = []
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rules.append(Rule.parse(line, n, str(p)))
    return tuple(rules)


class RelationExtractor:
    """Applies the language's relation rules to every sentence with at least one mention."""

    def __init__(self, nlp: Language, name: str, lexicon_dir: str, max_sentence_units: int) -> None:
        self.name = name
        root = lexicon_dir or str(DEFAULT_LEXICON_DIR)
        self.lex = load_lexicon(root, nlp.lang)
        self.lang = str(nlp.lang)
        self.rules = load_rules(str(Path(root) / self.lang / "relations.tsv"))
        # a sentence in the other language (a quote, a mixed document) gets that language's rules
        self.root = root
        self.other_rules = {lang: load_rules(str(Path(root) / lang / "relations.tsv"))
                            for lang in LANGUAGES if lang != self.lang and (Path(root) / lang / "relations.tsv").is_file()}
        others = [load_lexicon(root, lang) for lang in self.other_rules]
        self.max_units = max_sentence_units
        self.negation = self.lex.cues["negation"].union(*(o.cues["negation"] for o in others))
        self.speculation = self.lex.cues["speculation"].union(*(o.cues["speculation"] for o in others))

    # ---- units ---------------------------------------------------------------------------
    def _units(self, doc: Doc, start: int, end: int, by_start: dict[int, list[Mention]]):
        units: list[str] = []
        refs: list[Mention | None] = []
        i = start
        while i < end:
            ms = by_start.get(i)
            if ms:
                m = ms[0]
                if m.anaphor:
                    for t in doc[m.start:m.end]:
                        units.append(t.lower_)
                        refs.append(None)
                units.append(f"<{TYPE_CODES[m.type]}#{m.entity}>")
                refs.append(m)
                if m.entity2 >= 0:      # a pair anaphor reads as "A und B"
                    units += ["und", f"<{TYPE_CODES[m.type]}#{m.entity2}>"]
                    refs += [None, Mention(m.start, m.end, m.type, m.text, entity=m.entity2)]
                if m.genitive or m.anaphor == "poss":
                    units.append("'s")
                    refs.append(None)
                i = m.end
                continue
            t = doc[i]
            i += 1
            if t.is_space or t.text in QUOTES:
                continue
            w = t.lower_
            units.append("'s" if w in ("’s", "'s") else w.replace(" ", "").replace("<", "‹"))
            refs.append(None)
        return units, refs

    def __call__(self, doc: Doc) -> Doc:
        entities: list[Entity] = doc._.kg_entities or []
        mentions: list[Mention] = doc._.kg_mentions or []
        relations: list[Relation] = []
        doc._.kg_relations = relations
        if not entities:
            return doc
        doc.user_data["kg_text"] = doc.text     # Doc.text joins all tokens: build it once
        by_start: dict[int, list[Mention]] = {}
        for m in mentions:
            by_start.setdefault(m.start, []).append(m)
        sents = list(doc.sents)
        mention_starts = np.array(sorted(by_start), dtype=np.int64)
        counts = Counter(m.entity for m in mentions if not m.anaphor)
        first_org: list[int] = []
        orgs_in: list[list[int]] = []
        for sent in sents:
            lo, hi = np.searchsorted(mention_starts, [sent.start, sent.end])
            ms = [by_start[int(k)][0] for k in mention_starts[lo:hi]]
            orgs = [m.entity for m in ms if entities[m.entity].type == "Organization"]
            orgs_in.append(orgs)
            first_org.append(orgs[0] if orgs else -1)
        global_topic = max((e for e in counts if entities[e].type == "Organization"),
                           key=lambda e: (counts[e], -e), default=-1)
        found: dict[tuple, Relation] = {}
        for si, sent in enumerate(sents):
            lo, hi = np.searchsorted(mention_starts, [sent.start, sent.end])
            if hi == lo:
                continue
            units, refs = self._units(doc, sent.start, sent.end, by_start)
            if len(units) > self.max_units:
                units, refs = units[:self.max_units], refs[:self.max_units]
            code = "".join(u + " " for u in units)
            offsets = np.cumsum([0] + [len(u) + 1 for u in units])
            window = [e for k in range(max(0, si - 3), si + 1) for e in orgs_in[k]]
            topic = max(window, key=lambda e: (counts[e], -e)) if window else global_topic
            prev = first_org[si - 1] if si > 0 else -1
            pairs_done: set[frozenset] = set()
            words = set(units)
            codes = {u[1:u.index("#")] for u in units if u.startswith("<") and "#" in u}
            rules = self.rules
            if self.other_rules and len(units) >= 8:
                lang = sentence_language(sent.text, self.root, self.lang)
                rules = self.other_rules.get(lang, self.rules)
            for rule in rules:
                if not rule.applies(words, codes):
                    continue
                for match in rule.regex.finditer(code):
                    self._apply(doc, sent, rule, match, units, refs, offsets, entities, topic, prev,
                                pairs_done, found, sents[si - 1] if si else None)
        self._infer(doc, entities, found)
        relations.extend(found.values())
        return doc

    # ---- one match -----------------------------------------------------------------------
    def _slot(self, m: re.Match, slot: str, offsets: np.ndarray) -> int | None:
        if slot not in m.re.groupindex or m.group(slot) is None:
            return None
        return int(np.searchsorted(offsets, m.start(slot)))

    def _expand(self, units: list[str], refs: list, idx: int, types: frozenset[str],
                entities: list[Entity], lo: int = 0, hi: int | None = None) -> list[int]:
        """The entity at unit ``idx`` and those coordinated with it ("A, B und C"), within [lo, hi)."""
        out = [refs[idx].entity]
        n = len(units) if hi is None else hi
        j = idx + 1
        while j < n:
            k = j
            if units[k] in _MODIFIER and k + 1 < n and refs[k + 1] is not None:
                k += 2                      # "A von X, B von Y"
            elif units[k] == "(":
                close = next((x for x in range(k, min(k + 6, n)) if units[x] == ")"), None)
                if close is None:
                    break
                k = close + 1
            elif units[k] == ",":
                # an apposition "A, the ..., and B": skip to the comma before the conjunction
                close = next((x for x in range(k + 1, min(k + 16, n - 1))
                              if units[x] == "," and units[x + 1] in _CONJ - {","}), None)
                if close is not None and not any(units[x] in (".", ";", ":") for x in range(k, close)):
                    k = close
            if k >= n or units[k] not in _CONJ:
                break
            word_conj = units[k] != ","
            k += 1
            if k < n and units[k] in _CONJ:
                word_conj = True
                k += 1
            gap = 0
            while word_conj and k < n and gap < 3 and units[k] not in _CONJ \
                    and not units[k][:1].isdigit() and units[k] != "'s":
                if refs[k] is not None:
                    # a compound modifier "dem früheren <Acme>-Forscher <B>" belongs to the gap
                    if k + 3 < n and units[k + 1] == "-" and refs[k + 2] is None and refs[k + 3] is not None:
                        k += 3
                        gap += 1
                        continue
                    break
                k += 1
                gap += 1
            if k >= n or refs[k] is None:
                break
            if entities[refs[k].entity].type in types:
                out.append(refs[k].entity)
            j = k + 1
        j = idx - 1
        while j >= lo + 1 and units[j] in _CONJ and refs[j - 1] is not None:
            if entities[refs[j - 1].entity].type in types:
                out.append(refs[j - 1].entity)
            j -= 2
            if j >= 0 and units[j] in _CONJ:
                continue
            break
        return out

    def _apply(self, doc, sent, rule: Rule, m: re.Match, units, refs, offsets, entities, topic, prev,
               pairs_done, found, prev_sent) -> None:
        si_unit = self._slot(m, "S", offsets)
        oi_unit = self._slot(m, "O", offsets)
        # a coordination never reaches over the other argument
        s_lo, s_hi, o_lo, o_hi = 0, None, 0, None
        if si_unit is not None and oi_unit is not None:
            if si_unit < oi_unit:
                s_hi, o_lo = oi_unit, si_unit + 1
            else:
                o_hi, s_lo = si_unit, oi_unit + 1
        # an anaphor ("the startup") is never the first item of a coordination
        if si_unit is not None and ("S" in rule.no_expand or refs[si_unit].anaphor in ("org", "poss", "per")):
            subjects = [refs[si_unit].entity]
        elif si_unit is not None:
            subjects = self._expand(units, refs, si_unit, rule.subject_types, entities, s_lo, s_hi)
        else:
            subj = topic if rule.implicit_subject.startswith("TOPIC") else prev
            subjects = [subj] if subj >= 0 else []
        if oi_unit is not None and ("O" in rule.no_expand or refs[oi_unit].anaphor in ("org", "poss", "per")):
            objects = [refs[oi_unit].entity]
        elif oi_unit is not None:
            objects = self._expand(units, refs, oi_unit, rule.object_types, entities, o_lo, o_hi)
        else:
            objects = [topic] if topic >= 0 else []
        a = int(np.searchsorted(offsets, m.start("ALL")))
        b = int(np.searchsorted(offsets, m.end("ALL")))
        if rule.predicate in _POSSESSOR_SENSITIVE and b < len(units) and units[b] == "'s":
            return      # "competes with Acme's Zeta": the argument is Zeta, not Acme
        context = set(units[max(0, a - 3):b])
        negated = bool(context & self.negation)
        speculative = bool(set(units[max(0, a - 6):b]) & self.speculation)
        dom, rng = DOMAIN_RANGE[rule.predicate]
        implicit = si_unit is None or oi_unit is None
        start, end = sent.start_char, sent.end_char
        if rule.implicit_subject == "PREV" and prev_sent is not None:
            start = prev_sent.start_char
        text = doc.user_data["kg_text"]
        evidence = text[start:end].strip()
        qualifiers = find_quantities(text[sent.start_char:sent.end_char])
        for s in subjects:
            for o in objects:
                if s == o or s < 0 or o < 0:
                    continue
                se, oe = entities[s], entities[o]
                if se.type not in dom or oe.type not in rng:
                    continue
                if rule.predicate in SYMMETRIC and se.type != oe.type:
                    continue      # rivals and partners are of one kind: organisations or models
                pair = (frozenset((s, o)), _GROUP.get(rule.predicate, rule.predicate))
                if pair in pairs_done:
                    continue
                always = (rule.implicit_subject + rule.implicit_object).endswith("+")
                if implicit and not always and self._has_explicit(found, sent, rule, s, o, si_unit is None):
                    continue
                pairs_done.add(pair)
                key = (s, rule.predicate, o)
                if rule.predicate in SYMMETRIC and s > o:
                    key = (o, rule.predicate, s)
                rel = Relation(subject=se, predicate=rule.predicate, object=oe, evidence=evidence,
                               start=start, end=end, confidence=rule.confidence * (0.8 if implicit else 1.0),
                               rule=rule.id, qualifiers=dict(qualifiers) if rule.predicate in
                               ("investsIn", "acquired", "usesHardware") else {},
                               negated=negated, speculative=speculative)
                rel._sent = sent.start  # type: ignore[attr-defined]
                old = found.get(key)
                if old is None or (old.negated and not negated) or \
                        (old.negated == negated and old.confidence < rel.confidence):
                    found[key] = rel

    @staticmethod
    def _has_explicit(found: dict, sent, rule: Rule, s: int, o: int, subject_implicit: bool) -> bool:
        """An implicit argument yields to an explicit one of the same sentence and predicate."""
        for (ks, kp, ko), r in found.items():
            if kp == rule.predicate and getattr(r, "_sent", None) == sent.start:
                if (ko == o or ks == o) if subject_implicit else (ks == s or ko == s):
                    return True
        return False

    # ---- inferences from names ----------------------------------------------------------
    def _infer(self, doc: Doc, entities: list[Entity], found: dict) -> None:
        models = [(i, e) for i, e in enumerate(entities) if e.type == "AIModel"]
        for i, a in models:
            for j, b in models:
                if i == j:
                    continue
                if any(fa.startswith(fb + " ") or fa.startswith(fb + "-")
                       for fa in (a.label, *a.aliases) for fb in (b.label, *b.aliases)):
                    key = (i, "versionOf", j)
                    if key not in found and (j, "versionOf", i) not in found:
                        found[key] = self._name_relation(doc, a, "versionOf", b, "name.version")
        # a model or product named after its maker ("Acme Chat 2", "Zeta by Acme Glasses") is the
        # maker's; hardware is left out on purpose (see docs/extraction.md)
        orgs = [(i, e) for i, e in enumerate(entities) if e.type == "Organization"]
        for i, e in enumerate(entities):
            if e.type not in ("AIModel", "Product"):
                continue
            words = " " + re.sub(r"[-–]", " ", e.label) + " "
            for j, org in orgs:
                if any(f" {f} " in words and f != e.label for f in (org.label, *org.aliases)):
                    key = (j, "develops", i)
                    found[key] = self._name_relation(doc, org, "develops", e, "name.maker")
                    # one maker per named model: drop makers read from weaker context
                    for other in [k for k in found if k[1] == "develops" and k[2] == i and k[0] != j]:
                        del found[other]
        # a sentence that makes someone head or founder does not also make them an employee
        for key in [k for k in found if k[1] == "worksFor"]:
            s, _, o = key
            sent = getattr(found[key], "_sent", None)
            if any(getattr(found.get((s, p, o)), "_sent", -1) == sent for p in ("ceoOf", "founderOf")):
                del found[key]
        for key in [k for k in found if k[1] == "usesHardware"]:
            s, _, o = key
            if (s, "develops", o) in found or (s, "manufactures", o) in found:
                del found[key]

    def _name_relation(self, doc: Doc, s: Entity, pred: str, o: Entity, rule: str) -> Relation:
        a, b = (o.mentions[0] if o.mentions else (0, 0))
        sent = doc.char_span(a, b, alignment_mode="expand")
        start, end = (sent.sent.start_char, sent.sent.end_char) if sent is not None else (a, b)
        return Relation(subject=s, predicate=pred, object=o, evidence=doc.user_data["kg_text"][start:end].strip(),
                        start=start, end=end, confidence=0.6, rule=rule)


@Language.factory(
    "kg_relations",
    default_config={"lexicon_dir": "", "max_sentence_units": 120},
    assigns=["doc._.kg_relations"],
    requires=["doc._.kg_entities", "doc._.kg_mentions", "token.is_sent_start"],
)
def make_relation_extractor(nlp: Language, name: str, lexicon_dir: str,
                            max_sentence_units: int) -> RelationExtractor:
    """Rule-based relation extractor; ``max_sentence_units`` bounds the work per sentence."""
    if max_sentence_units < 10:
        raise ValueError(f"kg_relations: max_sentence_units must be >= 10, got {max_sentence_units}")
    return RelationExtractor(nlp, name, lexicon_dir, max_sentence_units)
