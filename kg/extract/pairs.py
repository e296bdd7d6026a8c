"""A learned fallback for relations no rule finds: a classifier of pairs of entities in one sentence.

The rules of :mod:`kg.extract.relations` are precise but narrow: a sentence whose wording no rule
foresaw yields nothing, even where both entities are found. This component looks at every pair of
entities that one sentence names and that no rule relates (anywhere in the document), describes the
pair by the words between and around the two names, their types and their distance, and asks a
linear model (multinomial logistic regression) which predicate, in which direction, the sentence
states, or none. Only an answer the ontology allows for the two types and whose probability
reaches the language's threshold becomes a relation, with the rule id ``learned.pair`` and a
confidence below any rule's.

The model is data: ``ontologies/lexicons/<lang>/pairs.tsv`` is a table of weights, a row per feature
and a column per class (the threshold in a ``# threshold`` line), written by ``kg train-pairs``
(:mod:`kg.extract.pairs_train`) from gold-annotated texts. Without that file the component does nothing.

>>> feats = pair_features(["die", "<ORG>", "übernimmt", "<ORG>"], 1, 3, "ORG", "ORG", "", "")
>>> "b:übernimmt" in feats and "t:ORG-ORG" in feats
True
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.extract.lexicon import DEFAULT_LEXICON_DIR, load_lexicon
from kg.extract.mentions import TYPE_CODES, Mention, orth_ids
from kg.extract.relations import DOMAIN_RANGE
from kg.model import SYMMETRIC, Entity, Relation

__all__ = ["PairClassifier", "PairModel", "Candidate", "candidates", "model_mentions", "eligible", "sentence_flags", "pair_features", "pair_classes", "load_model", "sentence_units", "RULE_ID"]

RULE_ID = "learned.pair"
MAX_GAP = 30            # tokens between the two names: farther pairs are not looked at
_CONFIDENCE = 0.5       # the confidence of a learned relation is its probability times this
_PREDICATES = tuple(p for p in DOMAIN_RANGE if p != "usedBy")


def pair_classes() -> list[str]:
    """The classes of the model: ``none``, ``P>`` (the first name is the subject), ``P<`` (the
    second is), ``P=`` for a symmetric predicate."""
    out = ["none"]
    for p in _PREDICATES:
        out += [p + "="] if p in SYMMETRIC else [p + ">", p + "<"]
    return out


def _bucket(n: int) -> str:
    for limit, name in ((0, "0"), (1, "1"), (2, "2"), (3, "3"), (5, "4-5"), (8, "6-8"), (12, "9-12"), (20, "13-20")):
        if n <= limit:
            return name
    return "21+"


def unit_of(text: str) -> str | None:
    """The unit of a token's text: lower case, "0" for a number, ``None`` for white space."""
    if not text.strip():
        return None
    if text[:1].isdigit():
        return "0"
    word = text.lower()
    return word if word.isprintable() and " " not in word else "_".join(word.split()) or "_"


def pair_features(units: Sequence[str], i: int, j: int, ta: str, tb: str, ana: str, anb: str,
                  flags: Sequence[str] = ()) -> list[str]:
    """Features of the pair of names at unit positions ``i < j`` of a sentence's ``units``
    (:func:`sentence_units`: words as :func:`unit_of` gives them, every name a unit ``<TYPE>``), of types ``ta``, ``tb`` (type codes),
    ``ana``/``anb`` the anaphor kind of each ("" for a name); ``flags`` describe the sentence."""
    t = f"{ta}-{tb}"
    between = units[i + 1:j]
    feats = [f"t:{t}", f"d:{_bucket(len(between))}", f"td:{t}:{_bucket(len(between))}"]
    if ana:
        feats.append(f"an1:{ana}")
    if anb:
        feats.append(f"an2:{anb}")
    for w in between:
        feats.append(f"b:{w}")
        feats.append(f"tb:{t}:{w}")
        if len(w) > 6 and w[0] != "<":
            feats.append(f"b6:{w[:6]}")
    if between:
        feats.append(f"bf:{between[0]}")
        feats.append(f"bl:{between[-1]}")
        if len(between) <= 8:
            feats += [f"bb:{a}_{b}" for a, b in zip(between, between[1:])]
    else:
        feats.append("b:-")
    for k, name in ((i - 1, "l1"), (i - 2, "l2"), (j + 1, "r1"), (j + 2, "r2")):
        w = units[k] if 0 <= k < len(units) else "#"
        feats.append(f"{name}:{w}")
        feats.append(f"t{name}:{t}:{w}")
    feats += [f"f:{f}" for f in flags]
    return feats


def eligible(units: Sequence[str], i: int, j: int, ta: str, tb: str, genitive: bool = False,
             roles: frozenset[str] = frozenset()) -> bool:
    """Whether the names at unit positions ``i < j`` (types ``ta``, ``tb``) are a pair the model
    may relate: no other name of either type stands between them (the nearer one is the argument:
    "A lobte B, die bei C arbeitete"), and neither is the possessor of what follows it ("from C's
    archive unit", "A's version of the deal, B", a German genitive ``genitive`` of either): the
    rules read possessives, the model cannot tell what is possessed. Nor is an organisation that
    only titles a person (:func:`titles_person`: "founded by B co-founder P", "A-Chef P") paired
    with anything but a person."""
    if genitive or units[i + 1] in _POSSESSIVE or (j + 1 < len(units) and units[j + 1] in _POSSESSIVE):
        return False
    if roles and ((ta == "ORG" and tb != "PER" and titles_person(units, i, roles))
                  or (tb == "ORG" and ta != "PER" and titles_person(units, j, roles))):
        return False
    if j - i > 1:
        between = units[i + 1:j]
        if f"<{ta}>" in between or f"<{tb}>" in between:
            return False
    return True


_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def titles_person(units: Sequence[str], k: int, roles: frozenset[str]) -> bool:
    """Whether the name at unit position ``k`` is followed by role words ``roles`` and a person
    ("<ORG> co - founder <PER>", "<ORG> - chef <PER>", "<ORG> chief executive <PER>"): the
    organisation is part of the person's title and stated only of the person."""
    n = len(units)
    e = k + 1
    while e < n and e - k <= 4 and units[e] in roles:
        e += 1
    return e < n and units[e] == "<PER>" and any(u != "-" for u in units[k + 1:e])


class PairModel:
    """Weights of a pair model: a row per feature, a column per class (:func:`pair_classes`)."""

    def __init__(self, rows: Mapping[str, Sequence[float]], bias: Sequence[float], threshold: float,
                 skip: Iterable[str] = ()) -> None:
        self.classes = pair_classes()
        self.threshold = threshold
        self.skip = frozenset(skip)     # predicates the model is not asked for
        self.index = {f: k for k, f in enumerate(rows)}
        # a row per feature, and a last row of zeros
        self.matrix = np.zeros((len(rows) + 1, len(self.classes)))
        for k, r in enumerate(rows.values()):
            self.matrix[k] = r
        self.bias = np.array(bias, dtype=np.float64)

    @classmethod
    def of(cls, weights: dict[str, dict[str, float]], threshold: float, skip: Iterable[str] = ()) -> PairModel:
        """A model from {feature: {class: weight}} (the rest 0); ``*bias*`` is the bias."""
        classes = pair_classes()
        rows = {f: [w.get(c, 0.0) for c in classes] for f, w in weights.items() if f != "*bias*"}
        return cls(rows, [weights.get("*bias*", {}).get(c, 0.0) for c in classes], threshold, skip)

    def row(self, feature: str) -> dict[str, float]:
        """The weights of ``feature`` by class (empty for a feature the model lacks)."""
        k = self.index.get(feature)
        return {} if k is None else dict(zip(self.classes, self.matrix[k].tolist()))

    def probabilities_of(self, feature_lists: Sequence[Sequence[str]]) -> np.ndarray:
        """A row of class probabilities for each pair's features, computed at once."""
        get = self.index.get
        zero = len(self.matrix) - 1      # the last row is all zeros: every pair has one row at least
        rows: list[int] = []
        offsets: list[int] = []
        for feats in feature_lists:
            offsets.append(len(rows))
            rows.append(zero)
            rows += [k for k in map(get, feats) if k is not None]
        scores = np.add.reduceat(self.matrix[rows], offsets, axis=0) + self.bias
        exps = np.exp(scores - scores.max(axis=1, keepdims=True))
        return exps / exps.sum(axis=1, keepdims=True)


def load_model(path: Path) -> PairModel:
    """The model of a ``pairs.tsv``: a table with a header row ``feature`` + the classes, then a row
    of weights per feature (the row ``*bias*`` is the bias); ``# threshold X`` sets the threshold,
    ``# skip P Q`` names predicates the model is not asked for."""
    classes = pair_classes()
    index = {c: k for k, c in enumerate(classes)}
    rows: dict[str, list[float]] = {}
    threshold = 1.1
    skip: list[str] = []
    columns: list[int] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("# threshold"):
                threshold = float(line.split()[-1])
                continue
            if line.startswith("# skip"):
                skip += line.split()[2:]
                continue
            if not line.strip() or line.startswith("#"):
                continue
            feat, *values = line.rstrip("\n").split("\t")
            if feat == "feature":
                columns = [index.get(c, -1) for c in values]
                continue
            row = [0.0] * len(classes)
            for c, v in zip(columns, values):
                if c >= 0:
                    row[c] = float(v)
            rows[feat] = row
    bias = rows.pop("*bias*", [0.0] * len(classes))
    return PairModel(rows, bias, threshold, skip)


class PairClassifier:
    """Adds the relations the pair model finds between entities no rule relates."""

    def __init__(self, nlp: Language, name: str, lexicon_dir: str) -> None:
        self.name = name
        root = Path(lexicon_dir or str(DEFAULT_LEXICON_DIR))
        lex = load_lexicon(root, nlp.lang)
        self.negation = lex.cues["negation"]
        self.speculation = lex.cues["speculation"]
        self.roles = lex.role_words()
        path = root / str(nlp.lang) / "pairs.tsv"
        self.model = load_model(path) if path.is_file() else None
        classes = pair_classes()
        # the classes the ontology allows for (first type, second type)
        self._allowed: dict[tuple[str, str], list[int]] = {}
        types = list(TYPE_CODES)
        for a in types:
            for b in types:
                ok = []
                for k, c in enumerate(classes[1:], 1):
                    p, d = c[:-1], c[-1]
                    s, o = (a, b) if d in ">=" else (b, a)
                    dom, rng = DOMAIN_RANGE[p]
                    if s in dom and o in rng and (d != "=" or a == b):
                        ok.append(k)
                if ok:
                    self._allowed[(a, b)] = ok
        self._allowed_for: tuple[PairModel | None, dict[tuple[str, str], list[int]]] = (None, {})

    def __call__(self, doc: Doc) -> Doc:
        if self.model is None or not doc._.kg_entities:
            return doc
        entities: list[Entity] = doc._.kg_entities
        relations: list[Relation] = doc._.kg_relations if doc._.kg_relations is not None else []
        related = {frozenset((id(r.subject), id(r.object))) for r in relations}
        mentions = model_mentions(doc)
        if len(mentions) < 2:
            return doc
        text = doc.user_data.get("kg_text") or doc.text
        model = self.model
        classes, threshold = model.classes, model.threshold
        if self._allowed_for[0] is not model:
            asked = {types: [k for k in ks if classes[k][:-1] not in model.skip] for types, ks in self._allowed.items()}
            self._allowed_for = (model, {types: ks for types, ks in asked.items() if ks})
        allowed_by_types = self._allowed_for[1]

        def askable(a: Mention, b: Mention) -> bool:
            ea, eb = entities[a.entity], entities[b.entity]
            return (ea.type, eb.type) in allowed_by_types and frozenset((id(ea), id(eb))) not in related

        pairs = [(c, allowed_by_types[(entities[c.a.entity].type, entities[c.b.entity].type)])
                 for c in candidates(doc, mentions, self.negation, self.speculation, askable, self.roles)]
        if not pairs:
            return doc
        found: dict[tuple[int, str, int], Relation] = {}
        probabilities = model.probabilities_of([c.features for c, _ in pairs]).tolist()
        for (c, allowed), probs in zip(pairs, probabilities):
            sent, a, b = c.sent, c.a, c.b
            best = max(allowed, key=probs.__getitem__)
            if probs[best] < threshold:
                continue
            cls = classes[best]
            p, d = cls[:-1], cls[-1]
            s, o = (a.entity, b.entity) if d in ">=" else (b.entity, a.entity)
            key = (min(s, o), p, max(s, o)) if p in SYMMETRIC else (s, p, o)
            if key in found and found[key].confidence >= probs[best] * _CONFIDENCE:
                continue
            found[key] = Relation(
                subject=entities[s], predicate=p, object=entities[o],
                evidence=text[sent.start_char:sent.end_char].strip(),
                start=sent.start_char, end=sent.end_char,
                confidence=round(probs[best] * _CONFIDENCE, 3), rule=RULE_ID, speculative=c.speculative)
        relations.extend(found.values())
        doc._.kg_relations = relations
        return doc



class Candidate(NamedTuple):
    """A pair of mentions of two entities in one sentence that the model may relate."""

    sent: Span
    a: Mention              # the first in the text
    b: Mention
    features: list[str]     # pair_features of the pair
    speculative: bool       # the sentence has a speculation cue


def model_mentions(doc: Doc) -> list[Mention]:
    """The mentions the model reads, in training and in the component alike: those of one entity
    each, but no resolved subject "it" (the rules read it; with it as a name the model, trained
    on the same articles, scored lower on fresh ones: 0.679 against 0.667 macro F1 on one set of
    12, and lower on three more), so "it" stays a word to the model."""
    return [m for m in doc._.kg_mentions or [] if m.entity >= 0 and m.entity2 < 0 and m.anaphor != "it"]


def candidates(doc: Doc, mentions: Sequence[Mention], negation: frozenset[str], speculation: frozenset[str],
               keep: Callable[[Mention, Mention], bool] | None = None,
               roles: frozenset[str] = frozenset()) -> Iterator[Candidate]:
    """The pairs of ``mentions`` (in text order, each of one entity) the model is asked about, in
    the component and in training alike: two entities of one sentence without a negation cue, at
    most ``MAX_GAP`` units apart, :func:`eligible` (``roles``: the person role words), and kept by
    ``keep`` (checked before the features are made)."""
    entities = doc._.kg_entities or []
    k = 0
    for sent in doc.sents:
        in_sent: list[Mention] = []
        while k < len(mentions) and mentions[k].start < sent.end:
            if mentions[k].start >= sent.start:
                in_sent.append(mentions[k])
            k += 1
        if len({m.entity for m in in_sent}) < 2:
            continue
        units, pos = sentence_units(doc, sent.start, sent.end, in_sent)
        flags = sentence_flags(units, negation, speculation)
        if "neg" in flags:
            continue        # the model cannot tell what a negation covers: the rules decide
        for x in range(len(in_sent)):
            for y in range(x + 1, len(in_sent)):
                a, b = in_sent[x], in_sent[y]
                if a.entity == b.entity or pos[y] - pos[x] - 1 > MAX_GAP or (keep is not None and not keep(a, b)):
                    continue
                ta, tb = TYPE_CODES[entities[a.entity].type], TYPE_CODES[entities[b.entity].type]
                if eligible(units, pos[x], pos[y], ta, tb, a.genitive or b.genitive, roles):
                    yield Candidate(sent, a, b, pair_features(units, pos[x], pos[y], ta, tb, a.anaphor, b.anaphor,
                                                              flags), "spec" in flags)


def sentence_flags(units: Sequence[str], negation: frozenset[str], speculation: frozenset[str]) -> list[str]:
    """``neg`` and ``spec`` when the sentence has a negation or speculation cue word."""
    flags = []
    if not negation.isdisjoint(units):
        flags.append("neg")
    if not speculation.isdisjoint(units):
        flags.append("spec")
    return flags


_UNITS: dict[int, str | None] = {}       # ORTH id -> unit_of(its text)
_MAX_UNITS = 200_000


def sentence_units(doc: Doc, start: int, end: int, mentions: Sequence[Mention]) -> tuple[list[str], list[int]]:
    """The units (:func:`unit_of`) of the tokens ``[start, end)`` with each mention as one unit
    ``<TYPE>``, and the unit position of each mention."""
    orths = orth_ids(doc)
    table = _UNITS
    if len(table) > _MAX_UNITS:
        table.clear()
    strings = doc.vocab.strings
    units: list[str] = []
    pos: list[int] = []

    def words(a: int, b: int) -> None:
        for o in orths[a:b]:
            u = table.get(o, "")
            if u == "":
                u = table[o] = unit_of(strings[o])
            if u is not None:
                units.append(u)

    i = start
    for m in mentions:
        if m.start < i:         # a mention inside an earlier one: at the same place
            pos.append(len(units) - 1)
            continue
        words(i, m.start)
        pos.append(len(units))
        units.append(f"<{TYPE_CODES[m.type]}>")
        i = m.end
    words(i, end)
    return units, pos


@Language.factory(
    "kg_pairs",
    default_config={"lexicon_dir": ""},
    assigns=["doc._.kg_relations"],
    requires=["doc._.kg_entities", "doc._.kg_mentions", "doc._.kg_relations"],
)
def make_pair_classifier(nlp: Language, name: str, lexicon_dir: str) -> PairClassifier:
    """The learned fallback of the relation rules (a no-op without ``<lang>/pairs.tsv``)."""
    return PairClassifier(nlp, name, lexicon_dir)
