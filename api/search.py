"""The search index of entity labels and aliases: exact, prefix, word prefix, substring, trigram-fuzzy.

>>> _norm("  Zuckerbérg ")
'zuckerberg'
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from kg.rdf.namespaces import RDFS, SKOS

if TYPE_CHECKING:
    from api.lookups import Lookups

_LABEL, _ALT = ox.NamedNode(RDFS + "label"), ox.NamedNode(SKOS + "altLabel")


def _norm(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold().replace("ß", "ss"))
    return re.sub(r"\s+", " ", "".join(c for c in folded if not unicodedata.combining(c))).strip()


def _trigrams(text: str) -> set[str]:
    padded = f"  {text} "
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


@dataclass
class LabelIndex:
    generation: int
    entities: list[dict[str, Any]] = field(default_factory=list)
    names: list[tuple[str, int, bool]] = field(default_factory=list)    # normalised name, entity, is label
    by_name: dict[str, list[int]] = field(default_factory=dict)          # name -> positions in names
    grams: dict[str, set[int]] = field(default_factory=dict)             # trigram -> positions in names

    @classmethod
    def build(cls, graph: Lookups) -> LabelIndex:
        """Index every labelled entity of the store ``graph`` reads."""
        idx = cls(graph.store.generation)
        where: dict[str, int] = {}
        for pred, is_label in ((_LABEL, True), (_ALT, False)):
            for q in graph.raw.quads_for_pattern(None, pred, None, None):
                if not isinstance(q.subject, ox.NamedNode):
                    continue
                iri = q.subject.value
                if iri not in where:
                    entity = graph.summary(q.subject)
                    if entity["type"] is None:      # a document or an evidence record
                        continue
                    where[iri] = len(idx.entities)
                    idx.entities.append(entity)
                name = _norm(str(getattr(q.object, "value", "")))
                pos = len(idx.names)
                idx.names.append((name, where[iri], is_label))
                idx.by_name.setdefault(name, []).append(pos)
                for g in _trigrams(name):
                    idx.grams.setdefault(g, set()).add(pos)
        order = sorted(range(len(idx.entities)), key=lambda i: idx.entities[i]["label"].casefold())
        remap = {old: new for new, old in enumerate(order)}
        idx.entities = [idx.entities[i] for i in order]
        idx.names = [(n, remap[e], lab) for n, e, lab in idx.names]
        return idx

    def match(self, query: str) -> list[tuple[float, int, str]]:
        q = _norm(query)
        if not q:
            return []
        scored: dict[int, tuple[float, str]] = {}

        def add(ent: int, score: float, how: str) -> None:
            if score > scored.get(ent, (0.0, ""))[0]:
                scored[ent] = (score, how)

        for pos in self.by_name.get(q, ()):
            _, ent, is_label = self.names[pos]
            add(ent, 1.0 if is_label else 0.95, "exact")
        counts: dict[int, int] = defaultdict(int)
        for g in _trigrams(q):
            for pos in self.grams.get(g, ()):
                counts[pos] += 1
        best = sorted(counts.items(), key=lambda kv: -kv[1])[:300]
        qn = len(_trigrams(q))
        for pos, shared in best:
            name, ent, is_label = self.names[pos]
            bonus = 0.02 if is_label else 0.0
            if name.startswith(q):
                add(ent, 0.8 + 0.1 * len(q) / len(name) + bonus, "prefix")
            elif any(w.startswith(q) for w in name.split()):
                add(ent, 0.7 + 0.1 * len(q) / len(name) + bonus, "word-prefix")
            elif q in name:
                add(ent, 0.6 + bonus, "substring")
            elif shared / max(qn, 1) >= 0.3:
                ratio = difflib.SequenceMatcher(None, q, name).ratio()
                if ratio >= 0.6:
                    add(ent, 0.5 * ratio + bonus, "fuzzy")
        return sorted(((s, e, how) for e, (s, how) in scored.items()),
                      key=lambda x: (-x[0], self.entities[x[1]]["label"].casefold()))
