"""Concepts named by a phrase no lexicon lists: a goal or field such as "vertrauenswürdige KI",
"digitale Souveränität", "Datensouveränität", "KI-Sicherheit", "embodied AI" or "data sovereignty".

A phrase is a concept noun (cue kind ``concept_head``) after one or two modifiers: lower-case
adjectives (German: an adjective ending and a stem with an adjective suffix such as ``-isch``,
``-ig``, ``-bar`` or listed as ``concept_adjective``; English: such a suffix, a lower-case hyphenated
word, or a listed adjective) or listed noun modifiers (``concept_modifier``: "data", "edge").
German compounds count too: a word ending in a ``concept_compound`` ("Chipsouveränität") and a
hyphenated one ("Chip-Souveränität", "Edge-KI" with a listed modifier). A quoted phrase of one to five
words right after a goal verb (cue kind ``concept_quote_lead``: 'pursues "privacy by design"', 'will focus
on "verifiable alignment"') is one as well, whatever its words.

Such phrases are tentative: a text that merely mentions "generative KI" names no concept, one
that says a company has devoted itself to it does. :class:`~kg.model.Entity` marks the entity
tentative, and the extraction keeps it only where a relation names it. A phrase that contains a
named concept of the lexicon ("sichere Superintelligenz") is not tentative.

German: after a goal's noun and article (cue kind ``concept_goal_lead``: "das Ziel der
Kreislaufwirtschaft", "das Ziel einer emissionsfreien Logistik") a feminine abstract noun, with at
most one adjective before it, is such a phrase too, however its head ends.

German labels are in the base form ("der digitalen Souveränität" -> "digitale Souveränität"); the
form of the text is an alias.

>>> import spacy
>>> from kg.extract.lexicon import load_lexicon, DEFAULT_LEXICON_DIR
>>> nlp = spacy.blank("de")
>>> phrases = ConceptPhrases(load_lexicon(DEFAULT_LEXICON_DIR, "de"), nlp.vocab)
>>> doc = nlp("Das Start-up hat sich der vertrauenswürdigen KI und der Datensouveränität verschrieben.")
>>> [(m.text, m.extra_alias) for m in phrases(doc, [])]
[('vertrauenswürdige KI', 'vertrauenswürdigen KI'), ('Datensouveränität', '')]
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import IS_QUOTE, LOWER, ORTH
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract.lexicon import Lexicon, german_noun_genders
from kg.extract.mentions import Mention

__all__ = ["ConceptPhrases", "LAYER"]

LAYER = "concept_phrase"
_GERMAN_ENDINGS = ("en", "er", "es", "em", "e")
_GERMAN_SUFFIXES = ("isch", "lich", "ig", "bar", "al", "iv", "ell", "är", "sam", "haft", "ant", "ent", "os", "ös",
                    "ar", "ial", "uell")
_ENGLISH_SUFFIXES = ("al", "ic", "ous", "ive", "ible", "able", "ful", "ent", "ant", "ign", "ied", "ary",
                     "less")    # "touchless freight", "driverless trucking"
_MAX_MODIFIERS = 2
# feminine abstract nouns, whose form after "der"/"einer" is their base form
_GOAL_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "ität", "tion", "ion", "ik", "ie", "anz", "enz")


class ConceptPhrases:
    """Finds tentative concept phrases in a doc (see the module docstring)."""

    def __init__(self, lexicon: Lexicon, vocab: Vocab) -> None:
        cues = lexicon.cues
        self.german = lexicon.lang == "de"
        strings = vocab.strings
        self.heads = frozenset(cues["concept_head"])
        self._head_ids = {strings.add(w) for w in self.heads} | {strings.add(w) for w in cues["concept_compound"]}
        self.compounds = tuple(sorted(cues["concept_compound"], key=len, reverse=True))
        self.adjectives = cues["concept_adjective"]
        self.not_adjectives = cues["concept_not_adjective"]
        self.modifiers = cues["concept_modifier"]
        self.stops = cues["not_name"]      # function words among them
        self.quote_leads = cues["concept_quote_lead"]
        self.call_verbs = cues["concept_call_verb"]
        self.call_stops = cues["concept_call_stop"]
        self._call_verb_ids = np.array(sorted(strings.add(w) for w in self.call_verbs), dtype=np.uint64)
        self.named = {f.lower() for forms in lexicon.concepts.values() for f in forms}
        self.goal_leads = tuple(tuple(p.split()) for p in cues["concept_goal_lead"])
        self._compound_of: dict[int, bool] = {}
        self._lexicon = lexicon
        self._articles = cues["anaphor_det"]

    def _is_compound(self, orth: int, text: str) -> bool:
        """A closed compound ending in a ``concept_compound`` ("Datensouveränität")."""
        known = self._compound_of.get(orth)
        if known is None:
            if len(self._compound_of) > 50_000:
                self._compound_of.clear()
            low = text.lower()
            known = self._compound_of[orth] = text[:1].isupper() and text.isalpha() and any(
                low.endswith(c) and len(low) >= len(c) + 3 for c in self.compounds)
        return known

    def _adjective(self, word: str) -> str:
        """The base form of a modifier ("digitalen" -> "digitale"), or "" if it is none."""
        low = word.lower()
        if low in self.modifiers:
            return word
        if not word.islower() or low in self.not_adjectives:
            return ""
        if self.german:
            if not word.isalpha():
                return ""
            for ending in _GERMAN_ENDINGS:
                if low.endswith(ending):
                    stem = low[:-len(ending)]
                    if stem in self.not_adjectives:
                        return ""
                    if stem in self.adjectives or len(stem) >= 4 and stem.endswith(_GERMAN_SUFFIXES):
                        return stem + "e"
            return ""
        if low in self.adjectives:
            return word
        parts = low.split("-")
        if len(parts) == 2 and all(p.isalpha() and len(p) >= 3 for p in parts):
            return word     # "nature-inspired", "energy-efficient"
        return word if word.isalpha() and len(low) >= 5 and low.endswith(_ENGLISH_SUFFIXES) else ""

    def _declined(self, words: list[str]) -> list[str]:
        """German: the adjectives' base forms ("-e") declined as a label without an article wants them
        before a masculine or neuter singular head ("autonomer Handel", "personalisiertes Lernen"; p24a)."""
        head = words[-1]
        if self._lexicon.noun_lemma(head) != head:
            return words    # a plural ("klimaneutrale Rechenzentren")
        ending = {"m": "er", "n": "es"}.get(german_noun_genders().get(head, ""))
        if ending is None:
            return words
        return [w[:-1] + ending if w.islower() and w.endswith("e") else w for w in words[:-1]] + [head]

    @staticmethod
    def _opens_sentence(doc: Doc, i: int) -> bool:
        while i > 0 and doc[i - 1].is_quote:
            i -= 1
        return i == 0 or bool(doc[i].is_sent_start) or doc[i - 1].text == ":"

    def quoted(self, doc: Doc, taken: list[Mention]) -> list[Mention]:
        """Quoted goals: 'will pursue "X"' (a lead of ``concept_quote_lead``, then one to five words in
        quotes, at least one of them in lower case, no name of ``taken`` among them)."""
        out: list[Mention] = []
        if not self.quote_leads:
            return out
        covered = {i for m in taken for i in range(m.start, m.end) if m.type != "Concept"}
        n = len(doc)
        for i in np.flatnonzero(doc.to_array(IS_QUOTE)).tolist():
            if i == 0 or i + 2 >= n:
                continue
            lead1 = doc[i - 1].lower_
            lead2 = doc[i - 2].lower_ + " " + lead1 if i >= 2 else lead1
            if lead1 not in self.quote_leads and lead2 not in self.quote_leads:
                continue
            end = i + 1
            while end < n and end - i <= 6 and not doc[end].is_quote and (doc[end].is_alpha or doc[end].text == "-"):
                end += 1
            if end >= n or not doc[end].is_quote or end == i + 1 or end - i > 6:
                continue
            words = doc[i + 1:end]
            if any(t.i in covered for t in words) or not any(t.is_lower and t.is_alpha for t in words) \
                    or words[0].is_stop or words[-1].is_stop:
                continue    # a name, or a clause ("focus on \"what users want\"")
            label = words.text
            out.append(Mention(i + 1, end, "Concept", label, layer=LAYER, priority=2, key="concept:" + label))
        return out

    def called(self, doc: Doc, taken: list[Mention]) -> list[Mention]:
        """Named goals: 'pursues what it calls X', 'towards what P calls X' (a verb of
        ``concept_call_verb`` after "what" and a one- or two-word subject, then one to five words up to a
        punctuation mark or a word of ``concept_call_stop``; the first in lower case, neither end a stop
        word, no name of ``taken`` among them)."""
        out: list[Mention] = []
        if not self.call_verbs:
            return out
        covered = {i for m in taken for i in range(m.start, m.end) if m.type != "Concept"}
        n = len(doc)
        lower = doc.to_array(LOWER)
        verbs = np.isin(lower, self._call_verb_ids)
        for i in np.flatnonzero(verbs).tolist():     # (candidates by their ids: no Token per word)
            if i < 2 or not any(doc[k].lower_ == "what" for k in range(max(0, i - 3), i - 1)):
                continue
            end = i + 1
            while end < n and end - i <= 5 and (doc[end].is_alpha or doc[end].text == "-") \
                    and doc[end].lower_ not in self.call_stops:
                end += 1
            words = doc[i + 1:end]
            if not len(words) or end - i > 5 and end < n and doc[end].is_alpha \
                    or not words[0].is_lower or words[0].is_stop or words[-1].is_stop or words[-1].text == "-" \
                    or any(t.i in covered for t in words):
                continue    # a clause, a name, or a longer phrase than a goal's
            label = words.text
            out.append(Mention(i + 1, end, "Concept", label, layer=LAYER, priority=2, key="concept:" + label))
        return out

    def __call__(self, doc: Doc, taken: list[Mention], lower: list[int] | None = None) -> list[Mention]:
        """Concept phrases of ``doc``; none inside a name of ``taken`` (the catalogue's); ``lower``:
        the LOWER ids of its tokens, if the caller has them."""
        out: list[Mention] = []
        head_ids, heads = self._head_ids, self.heads
        covered = {i for m in taken for i in range(m.start, m.end)
                   if not (m.type == "Concept" and m.end - m.start == 1)}
        n = len(doc)
        written: set[int] | None = None    # the ORTH ids of the document, read when first needed
        for i, orth in enumerate(lower if lower is not None else doc.to_array(LOWER).tolist()):
            tok = doc[i]
            low = tok.lower_
            compound = orth not in head_ids and self.german and self._is_compound(tok.orth, tok.text)
            if orth not in head_ids and not compound:
                continue
            if i in covered or i + 1 < n and doc[i + 1].text == "-":
                continue    # inside a name, or the first part of a compound ("KI-Modell")
            if not self.german and i + 1 < n and doc[i + 1].is_lower and doc[i + 1].is_alpha \
                    and doc[i + 1].lower_ not in self.stops:
                continue    # English: a modifier of the noun after it ("a high-profile AI startup")
            start, words, modified = i, [tok.text], compound
            # a hyphenated compound: "Chip-Souveränität", "Edge-KI"
            if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
                mod = doc[i - 2]
                if i - 2 in covered and mod.lower_ not in self.modifiers or not mod.text[:1].isupper() \
                        or not mod.text.isalpha():
                    continue
                if low in heads and low not in self.compounds and mod.lower_ not in self.modifiers:
                    continue    # "Sprach-KI" names a kind of product
                start, words, modified = i - 2, [mod.text + "-" + tok.text], True
            alias_words = list(words)
            k = start - 1
            count = 0
            while k >= 0 and count < _MAX_MODIFIERS and k not in covered:
                first, text = k, doc[k].text
                if k >= 2 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_ \
                        and k - 2 not in covered:
                    first, text = k - 2, doc[k - 2].text + "-" + text     # "energy-efficient" in three tokens
                base = self._adjective(text)
                if not base and self.german and text[:1].isupper() and first > 0 and count == 0 \
                        and doc[first - 1].lower_ in self._articles and doc[first - 1].is_lower:
                    base = self._adjective(text.lower())    # "ein Ziel: den Autonomen Handel" (p24a)
                if not base and text[:1].isupper() and self._opens_sentence(doc, first):
                    base = self._adjective(text.lower())    # "Digitale Souveränität ist ..."
                    if base and not self.german and base not in self.adjectives:
                        if written is None:
                            written = set(doc.to_array(ORTH).tolist())
                        if doc.vocab.strings[base] not in written:
                            base = ""   # by its suffix alone, and never written in lower case: a name ("Pelagic AI on Monday ...")
                if not base:
                    break
                words.insert(0, base)
                alias_words.insert(0, text)
                start, k, count = first, first - 1, count + 1
            if not modified and count == 0:
                continue
            label = " ".join(self._declined(words) if self.german and count else words)
            surface = " ".join(alias_words)
            named = any(w.lower() in self.named for w in alias_words)
            out.append(Mention(start, i + 1, "Concept", label, layer="concept" if named else LAYER, priority=1,
                               key="concept:" + label, extra_alias=surface if surface != label else ""))
        quoted = self.quoted(doc, taken) + self.called(doc, taken) if not self.german else []
        if quoted:
            spans = [(m.start, m.end) for m in quoted]
            out = [m for m in out if not any(s <= m.start and m.end <= e for s, e in spans)] + quoted
        if self.german and self.goal_leads:
            out.extend(self._goal_nouns(doc, covered | {i for m in out for i in range(m.start, m.end)}))
        return out

    def _goal_nouns(self, doc: Doc, covered: set[int]) -> list[Mention]:
        """German: "das Ziel der Kreislaufwirtschaft", "das Ziel einer emissionsfreien Logistik": after
        a ``concept_goal_lead`` a feminine abstract noun (an adjective in "-en" may stand before it)."""
        out: list[Mention] = []
        n = len(doc)
        lower = doc.to_array(LOWER)
        strings = doc.vocab.strings
        for lead in self.goal_leads:
            size = len(lead)
            for i in np.flatnonzero(lower[:max(n - size, 0)] == strings[lead[0]]).tolist():
                if tuple(t.lower_ for t in doc[i:i + size]) != lead:
                    continue
                k = i + size
                adj = ""
                if doc[k].is_lower and doc[k].is_alpha and doc[k].lower_.endswith("en") and len(doc[k]) >= 6 \
                        and doc[k].lower_ not in self.stops and doc[k].lower_ not in self.not_adjectives and k + 1 < n:
                    adj, k = doc[k].text, k + 1
                tok = doc[k]
                if k in covered or not (tok.is_title and tok.is_alpha and len(tok) >= 6) \
                        or not tok.lower_.endswith(_GOAL_NOUN_ENDINGS) or k + 1 < n and doc[k + 1].text == "-":
                    continue
                label = (adj[:-1] + " " if adj else "") + tok.text
                surface = (adj + " " if adj else "") + tok.text
                out.append(Mention(k - (1 if adj else 0), k + 1, "Concept", label, layer=LAYER, priority=1,
                                   key="concept:" + label, extra_alias=surface if surface != label else ""))
        return out
