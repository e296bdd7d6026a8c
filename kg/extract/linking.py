"""Canonicalisation, linking and light coreference within one document.

From the candidate mentions of the recognisers the linker

1. keeps a non-overlapping set (:func:`~kg.extract.mentions.resolve_overlaps`);
2. finds the other mentions of every name found once: a family name alone ("Roe" after
   "Jane Roe"), a German genitive ("Acmes"), a name the cue layer found in one place only;
3. groups mentions into entities: catalogue key, concept, else the name without legal suffix
   ("Acme Inc." and "Acme" are one entity); the label is the fullest name in the text;
4. resolves anaphors: "das Unternehmen" / "the company" to the subject-most organisation of the
   same or a recent sentence, "er" / "she" to the latest person, "we" / "our" to the topic
   (the organisation the document talks about most).

It writes ``doc._.kg_entities`` (:class:`kg.model.Entity`), ``doc._.kg_mentions`` (mentions with
``entity`` set, anaphors included) and ``doc.ents``.

Speed: the texts of the tokens come from one ``doc.to_array(ORTH)``, not from a spaCy ``Token``
per look-up; the names to propagate are found by their ORTH ids (spaCy's ``PhraseMatcher`` is
left for the rare case of two names sharing a form). Tokenised name variants, grouping keys and
IRIs are kept in tables keyed by name, each bounded.

>>> import spacy
>>> nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "kg.compound_tokenizer.v1"}}})
>>> for name in ("kg_sentences", "kg_name_cues", "kg_linker"):
...     _ = nlp.add_pipe(name)
>>> doc = nlp("Startup Quibbl Inc. hired Jane Roe. Roe said the company grows. Quibbl is small.")
>>> [(e.label, e.type, e.aliases) for e in doc._.kg_entities]
[('Quibbl Inc.', 'Organization', ['Quibbl']), ('Jane Roe', 'Person', ['Roe'])]
>>> [(m.text, doc._.kg_entities[m.entity].label) for m in doc._.kg_mentions if m.anaphor]
[('company', 'Quibbl Inc.')]
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from operator import attrgetter

import numpy
from spacy.attrs import IDX, ORTH, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from kg.config import get_settings
from kg.extract.concepts import LAYER as TENTATIVE_LAYER
from kg.extract.lexicon import (
    DEFAULT_LEXICON_DIR,
    first_name_genders,
    german_feminine_nouns,
    german_noun_genders,
    load_lexicon,
)
from kg.extract.mentions import QUOTES, Mention, candidates, dateline_agency, orth_ids, resolve_overlaps
from kg.model import Entity
from kg.rdf.namespaces import entity_iri

__all__ = ["EntityLinker", "name_key"]

_NON_WORD = re.compile(r"[^\w]+")
_VERSION = re.compile(r"[A-Za-z]\d+(\.\d+)?")
_HW_CODE = re.compile(r"[A-Z]{2,3}\d{2,4}[A-Z]?")     # "der MI308" for the chip "Instinct MI308" (p25c)
_MAX_WORDS = 100_000     # bound of the word tables
_PRIORITY = attrgetter("priority")
# layers whose type is only a guess from the name's shape ("Zeta-40": a model): for the type of an
# entity they count less than a cue noun around another mention ("the Zeta-40 accelerator")
_SHAPE_LAYERS = frozenset({"model_version"})


def _typing_priority(m) -> int:
    return 5 if m.layer in _SHAPE_LAYERS and m.type == "AIModel" else m.priority
_PROPAGATED = 6     # priority of a propagated mention
_NO_NAME = 99       # priority of a chosen name that propagation shows to be none (dropped after it)
_START = attrgetter("start")
# "the merged company", "the combined group" (English) and the words of a sentence telling of a merger
_MERGED_WORDS = frozenset({"merged", "combined", "new"})
_MERGER_WORDS = frozenset({"merge", "merged", "merging", "merger", "combine", "combining", "combination"})
_FORMED_WORDS = frozenset({"form", "create", "forming", "creating", "called", "named", "renamed", "trade as",
                           "operate as", "known as"})


def _they_merge(words: list[str]) -> bool:
    """ "... said that they would merge": the pair's own announcement after two appositions ("A, the ...
    maker, and B, the ... company best known for ..., said that they would merge"), or after one of
    the pair ("A and B, two … start-ups, have agreed to merge")."""
    return any(w.lower() == "they" and {x.lower() for x in words[i + 1:i + 4]} & _MERGER_WORDS
               for i, w in enumerate(words)) \
        or any(w.lower() in ("agreed", "agree", "plan", "decided") and words[i + 1:i + 2] == ["to"]
               and {x.lower() for x in words[i + 2:i + 3]} & _MERGER_WORDS
               for i, w in enumerate(words))    # "A and B, two … start-ups …, have agreed to merge" (p25e)


_RELATIVE = frozenset({"which", "that", "who", "whom", "der", "die", "das", "welche", "welcher", "welches"})
# German relative pronouns that open a clause after a comma (", die ...", ", dessen ...")
# ... whose genders as an article exclude some nouns: a German noun of none of them after one that is a company's
# short name is the name (", den Leuchtfeuer bei X angemietet hat", not ", das Leuchtfeuer über ..."; p26b)
_DE_RELATIVE_GENDERS = {"den": "m", "dem": "mn", "das": "n"}
_DE_COORD = frozenset({"und", "sowie", "oder"})
# determiners that open a described later item of a list ("backers A and the agribusiness giant B")
_LIST_ITEM_DETS = frozenset({"the", "a", "an", "der", "die", "das", "den", "dem", "ein", "eine", "einem", "einen"})
# a name after one of these shares the preposition of the name before ("with X and Y")
_COORD = _DE_COORD | {"and", "or"}
# English words after a comma that open a new clause with its own subject (", and Y has cut its ...")
_EN_CLAUSE = frozenset({"and", "but", "while", "whereas"})
_DE_CLAUSE = frozenset({"während", "wobei", "weil", "obwohl", "nachdem", "wenn", "da", "bevor", "und", "aber", "doch"})
_QUOTE_TOKENS = frozenset({'"', "'", "“", "”", "‘", "’", "»", "«"})
# words that open an apposition on a person (", a professor at U,", ", who ...")
_APPOS_OPENERS = frozenset({"a", "an", "the", "who", "formerly", "previously", "former"})
_DE_ARTICLE = frozenset({"der", "die", "das"})
_NAMING = (("namens",), ("mit", "dem", "namen"), ("named",), ("called",), ("heißt",), ("hieß",))   # "das Start-up namens Acme", "Das Unternehmen heißt Acme" (p27b)
_NAMING_FIRST = frozenset(p[0] for p in _NAMING)
_DE_RELATIVE = frozenset({"der", "die", "das", "dessen", "deren", "welche", "welcher", "welches"})
# p27b: prepositions before a relative pronoun (", bei dem das Start-up Kapazität mietet")
_DE_RELATIVE_PREPS = frozenset({"bei", "mit", "von", "an", "für", "über", "in", "auf", "aus", "unter", "nach", "gegen", "zu"})
_DE_RELATIVE_AFTER_PREP = frozenset({"dem", "der", "denen", "den", "das", "die"})
# indefinite articles of an apposition that introduces a name with a noun ("Acme, a Boston
# startup,"); unlike the recogniser's appos_article cues, no definite ones: "Acme, the company
# that ..." is resolved as an apposition already, and "X, das ..." is mostly a relative clause
# indefinite articles that open an apposition ("Acme, a Boston startup,"), per language: the German
# preposition "an" is none ("Acme, an dem die Bank beteiligt ist")
_APPOS_ARTICLES = {"en": frozenset({"a", "an"}), "de": frozenset({"ein", "eine"})}
_DE_INDEFINITE = frozenset({"ein", "eine", "einem", "einer", "eines", "einen"})


def name_key(text: str, suffixes: frozenset[str] = frozenset()) -> str:
    """Normalised name for grouping: case-folded, punctuation-free, legal suffix dropped.

    >>> name_key("Acme Corp.", frozenset({"corp."}))
    'acme'
    """
    words = text.split()
    while len(words) > 1 and words[-1].lower().rstrip(",") in suffixes:
        words = words[:-1]
    return " ".join(_NON_WORD.sub(" ", " ".join(words).casefold().replace("ß", "ss")).split())



def _bounded(table: dict, key, compute):
    """``table[key]``, computed on first use; the table is emptied when it outgrows ``_MAX_WORDS``."""
    value = table.get(key)
    if value is None:
        if len(table) > _MAX_WORDS:
            table.clear()
        value = table[key] = compute(key)
    return value


# heads of organisations that are often named after a person
_EPONYM_HEADS = frozenset({"foundation", "institute", "fund", "trust", "prize", "center", "centre", "school",
                           "university", "college", "stiftung", "institut", "award", "associates", "partners"})


# layers of a new company's name that a description next to it found ("Acme Reasoning, a Paris
# start-up", "Acme Reasoning is a start-up", "the start-up Acme Reasoning")
_DESCRIBED_LAYERS = frozenset({"org_appos", "org_copula", "org_prefix", "org_relative", "org_whose"})


_ACRONYM_GLUE = frozenset({"of", "and", "for", "the", "&"})


def _initials(words: list[str]) -> str | None:
    """The initials of a name of three or more capitalised words ("Southern Cross Bank of Tasmania" gives
    "SCBT"; "of", "and", "for", "the" and "&" are skipped), or None where a word is no plain capitalised word."""
    caps = [w for w in words if w not in _ACRONYM_GLUE]
    if len(caps) < 3 or not all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in caps):
        return None
    return "".join(w[0] for w in caps)


def _short_form(forms: dict[str, Mention], short: str, org: Mention,
                units: frozenset[tuple[int, int]] = frozenset()) -> None:
    """``short`` ("Parlo" of "Parlo AI") names the company ``org`` elsewhere in the text, also where a
    weak cue made a lone "Parlo" a model, product or company of its own ("die Sprach-KI Parlo", "Parlo's
    president"): the company's short name is the company."""
    other = forms.get(short)
    if other is None or other.type in ("AIModel", "Product", "Organization") and other.layer != "catalogue" \
            and other.length == 1 and other is not org and (org.start, org.end) not in units:
        forms[short] = org


def _merged_name(m: Mention, texts: list[str], names: list[Mention]) -> bool:
    """The second word of the name ``m`` names an organisation alone elsewhere: "Lingo Textura GmbH"
    after "Lingo und Textura schließen sich zusammen" is no longer name of either (p25a)."""
    second = texts[m.start + 1] if m.length > 2 else ""
    return any(x.type == "Organization" and x.length == 1 and texts[x.start] == second for x in names)


def _units_of_short_names(names: list[Mention], texts: list[str], unit_nouns: frozenset[str]) -> frozenset[tuple[int, int]]:
    """Longer names that open with another company's name: "das Unternehmen Nordwind" ... "die Tochter
    Nordwind Labs" (a unit noun right before the longer name, or one word between: "das hauseigene
    Nordwind Safety Lab"), where a cue named the short one first. The unit does not own the short name
    (p17c)."""
    firsts: dict[str, int] = {}
    for m in sorted(names, key=attrgetter("start")):
        if m.type == "Organization" and m.length == 1 and m.layer in _DESCRIBED_LAYERS:
            firsts.setdefault(m.text, m.start)
    out: set[tuple[int, int]] = set()
    unit_ends: set[int] = set()
    for m in sorted(names, key=attrgetter("start")):
        if m.type != "Organization" or m.length < 2 or m.layer == "catalogue" \
                or firsts.get(texts[m.start], m.start) >= m.start:
            continue
        before = [texts[i].lower() for i in range(max(0, m.start - 2), m.start)]
        if before and (before[-1] in unit_nouns or len(before) == 2 and before[0] in unit_nouns
                       # p24c: the second of two units ("die Töchter Nordwind Cloud und Acme Labs")
                       or before[-1] in ("und", "sowie") and m.start - 1 in unit_ends):
            out.add((m.start, m.end))
            unit_ends.add(m.end)
    # p27f: two different longer names opening with the short one ("Varnholt AI Lab", "Varnholt Ventures" after
    # "industrial group Varnholt") are its units, neither of them the company
    longer: dict[str, set[str]] = {}
    for m in names:
        if m.type == "Organization" and m.length >= 2 and m.layer != "catalogue" and texts[m.start] in firsts \
                and firsts[texts[m.start]] < m.start and texts[m.start + 1] not in ("'s", "’s"):
            longer.setdefault(texts[m.start], set()).add(" ".join(texts[m.start:m.end]))
    for m in names:
        if len(longer.get(texts[m.start], ())) >= 2 and " ".join(texts[m.start:m.end]) in longer[texts[m.start]]:
            out.add((m.start, m.end))
    return frozenset(out)

class EntityLinker:
    """Turns candidate mentions into the document's entities (see module docstring)."""

    def __init__(self, nlp: Language, name: str, lexicon_dir: str, base_iri: str,
                 anaphor_window: int) -> None:
        self.name = name
        self.lex = load_lexicon(lexicon_dir or str(DEFAULT_LEXICON_DIR), nlp.lang)
        self.base_iri = base_iri or get_settings().base_iri
        self.window = anaphor_window
        self._anaphor_nouns = frozenset(_noun(c) for c in self.lex.cues["anaphor_org"])
        # role words between a company and its person ("Acme co-founder", "chief executive")
        self._speaker_roles = self.lex.role_words() - {"-"}
        # nouns whose genitive is their plural ("des Start-ups" / "die Start-ups"): the phrases
        # that make them an anaphor
        self._genitive = self.lex.cues["anaphor_org_genitive"]
        # verbs after "Für X" that make X what the sentence is about: copulas and "geht es um" (p25c)
        self._topic_verbs = self.lex.cues["org_copula"] | self.lex.cues["topic_verb"]
        # the last one or two words of a source phrase ("laut", "bericht der", "according to"): a name after
        # one is a report's source (p25c, p25f; :meth:`_after_source`)
        self._source_words = frozenset(" ".join(p.split()[-2:]) for p in self.lex.cues["source_prefix"])
        self._genitive_dets = self.lex.cues["genitive_det"] - {"of"}
        self._feminine = german_feminine_nouns() if nlp.lang == "de" else frozenset()
        self._sent_bounds: list[int] = []     # of the document being resolved (sentence starts)
        self._genitive_nouns = frozenset(g.split()[-1] for g in self._genitive)
        # "er"/"she": the gender of a person pronoun, and of first names that have only one
        self._pronoun_gender = dict(c.split(maxsplit=1) for c in self.lex.cues["anaphor_per_gender"])
        # "die Forscherin", "der Manager", "die 38-Jährige" ("-": the article's gender)
        self._noun_gender = dict(c.split(maxsplit=1) for c in self.lex.cues["anaphor_per_noun"])
        self._name_gender = first_name_genders() if self._pronoun_gender or self._noun_gender else {}
        # "es", "er", "ihn" for a thing or an organisation: the gender of the pronoun, of the nouns
        # that name an antecedent ("der Chip X", "das Modell X"), and the verbs of an expletive "es"
        self._thing_gender = dict(c.split(maxsplit=1) for c in self.lex.cues["anaphor_thing_gender"])
        self._noun_genders = german_noun_genders() if self._thing_gender else {}
        self._expletive = self.lex.cues["anaphor_thing_expletive"]
        self._np_preps = self.lex.cues["anaphor_object_prep"] | self.lex.cues["fronted_preposition"] \
            | self.lex.cues["case_preposition"]
        self._thing_types = {w: t for t, kind in (("AIModel", "model_prefix"), ("Hardware", "hw_prefix"))
                             for w in self.lex.cues[kind] if " " not in w}
        # kinds of organisation a noun names ("Start-up", "Konzern", "Investor"): an anaphor of one
        # kind does not refer to an organisation described only as another kind
        self._noun_classes = tuple(sorted(((_noun(noun), kind) for kind, noun in
                                           (c.split(maxsplit=1) for c in self.lex.cues["org_noun_class"])),
                                          key=lambda x: -len(x[0])))
        self.suffixes = self.lex.cues["org_suffix"]
        self.variants = self.lex.cues["model_variant"]
        # p27c: heads of an institute's name ("Institut für X", "Acme-Forschungszentrum"): no "Konzern", no "Start-up"
        self._institute_heads = tuple(sorted(self.lex.cues["org_institute_head"]))
        # a German short name that is a noun stands bare after an auxiliary ("wurde Nordlicht 2023
        # gegründet") and opens a role compound ("Nordlicht-Chef P"): a name there, not the noun
        self._aux_words = self.lex.cues["coordinated_verb"] | self.lex.cues["org_passive_aux"] \
            | self.lex.cues["naming_final_aux"]
        self._role_words = self.lex.role_words()
        self._name_after_relative = self.lex.cues["anaphor_object_prep"]
        self._genders = german_noun_genders() if nlp.lang == "de" else {}
        self.genitive = nlp.lang == "de"
        self._appos_articles = _APPOS_ARTICLES.get(str(nlp.lang), _APPOS_ARTICLES["en"] | _APPOS_ARTICLES["de"])
        self.english = nlp.lang == "en"
        self._make = nlp.make_doc
        self._texts: dict[int, str] = {}     # ORTH id -> text
        self._keys: dict[str, str] = {}      # name -> name_key
        self._iris: dict[str, str] = {}      # catalogue key or label -> IRI
        self._phrases: dict[str, tuple[int, ...]] = {}  # a name variant -> ORTH ids of its tokens
        self._classes: dict[str, str] = {}   # noun -> its kind of organisation, "" for none
        self._heads_in: dict[str, tuple[str, ...]] = {}    # compound noun -> the anaphor nouns it ends in
        self._word_classes: dict[str, str] = {}   # words before a name -> kind of organisation, "" for none

    def _tokens(self, doc: Doc) -> tuple[list[int], list[str]]:
        """ORTH id and text of every token of ``doc``."""
        table = self._texts
        if len(table) > _MAX_WORDS:
            table.clear()
        orths = orth_ids(doc)
        get, strings = table.get, doc.vocab.strings
        texts: list = list(map(get, orths))       # the words seen before; the others are added once
        if None in texts:
            texts = [t if t is not None else get(orth) or table.setdefault(orth, strings[orth])
                     for t, orth in zip(texts, orths)]
        return orths, texts

    def _without_headline_guesses(self, doc: Doc, texts: list[str], names: list[Mention]) -> list[Mention]:
        """English: ``names`` without the names a title-case headline suggests only by its capitals
        ("Zorblax Chips Ahead As Demand Soars": no company "Zorblax Chips", no chip "Ahead"). In the
        first line of a text, when it ends without a stop and nearly all its longer words are
        capitalised, a name no catalogue knows stands only where the text after it names it too."""
        end = next((i for i, t in enumerate(texts) if "\n" in t), -1)
        if end < 4 or texts[end - 1] in (".", "!", "?", ":", ";") or not any(m.start < end for m in names):
            return names
        words = [t for t in texts[:end] if t.isalpha() and len(t) >= 4]
        if len(words) < 4 or sum(t[0].isupper() for t in words) < 0.85 * len(words):
            return names
        body = doc[end:].text
        return [m for m in names if m.start >= end or m.layer == "catalogue" or m.text in body]

    def _name_key(self, text: str) -> str:
        """:func:`name_key` with the language's legal suffixes, from a bounded table."""
        return _bounded(self._keys, text, lambda t: name_key(t, self.suffixes))

    def _iri(self, key: str) -> str:
        """:func:`~kg.rdf.namespaces.entity_iri` of ``key``, from a bounded table."""
        return _bounded(self._iris, key, lambda k: entity_iri(k, self.base_iri))

    def _phrase(self, text: str) -> tuple[int, ...]:
        """The ORTH ids of ``text`` tokenised, from a bounded table."""
        return _bounded(self._phrases, text, lambda t: tuple(self._make(t).to_array(ORTH).tolist()))

    @staticmethod
    def _find_phrases(orths: list[int], phrases: dict[str, list[tuple[int, ...]]]) -> list[tuple[str, int, int]] | None:
        """Every occurrence of a phrase (ORTH ids) in ``orths``, as spaCy's ``PhraseMatcher`` on
        ``ORTH`` gives it: ``(key, start, end)`` by start, then end.

        ``None`` when two keys share a phrase: the matcher lists those in the order of its hash
        table, which is left to the matcher itself.
        """
        owner: dict[tuple[int, ...], str] = {}
        for key, seqs in phrases.items():
            for seq in seqs:
                if seq and owner.setdefault(seq, key) != key:
                    return None
        by_first: dict[int, list[tuple[int, ...]]] = {}
        for seq in owner:
            by_first.setdefault(seq[0], []).append(seq)
        found = []
        for first in by_first.keys() & set(orths):
            i = orths.index(first)      # list.index scans in C
            while True:
                for seq in by_first[first]:
                    if tuple(orths[i:i + len(seq)]) == seq:
                        found.append((i, i + len(seq), owner[seq]))
                try:
                    i = orths.index(first, i + 1)
                except ValueError:
                    break
        found.sort()    # by start, then end; one key per span, as keys share no phrase
        return [(key, start, end) for start, end, key in found]

    def _relative_before_name(self, texts: list[str], start: int, end: int) -> bool:
        """A relative pronoun after a comma stands before the one word at ``start``, whose noun's gender it does
        not fit as an article, and a preposition follows (", den Leuchtfeuer bei X mietet": the name, p26b)."""
        pronoun = texts[start - 1] if start > 1 and texts[start - 2] == "," and end == start + 1 else ""
        genders = self._genders.get(self.lex.noun_lemma(texts[start]), "") if pronoun in _DE_RELATIVE_GENDERS else ""
        return bool(genders) and end < len(texts) and texts[end] in self._name_after_relative \
            and not set(genders) & set(_DE_RELATIVE_GENDERS[pronoun])

    def _german_short_form(self, m: Mention, texts: list[str], forms: dict[str, Mention]) -> str | None:
        """German short names of a company of two words that the rule below leaves out: a German noun
        ("Nordlicht" of "Nordlicht Intelligence", named so only where it stands bare, as a name does:
        "von Nordlicht", "Nordlicht war", not "das Nordlicht"), and the first word of a name found
        after a cue noun before a head word or a short acronym ("das Start-up Nordlicht KI")."""
        if not self.genitive or m.layer not in ("org_head", "org_prefix") or m.length != 2:
            return None
        first, second = texts[m.start], texts[m.start + 1]
        if len(first) <= 3 or not first[:1].isupper() or self.lex.is_stop(first):
            return None
        noun = self.lex.is_common_noun(first)
        if noun and (self.lex.noun_lemma(first) != first or first in forms):
            return None
        if m.layer == "org_head":
            return first if noun else None      # a name that is no noun: the rule below
        if second.lower() in self.lex.cues["org_head"] or second.isupper() and second.isalpha() and len(second) <= 3:
            return first
        if noun and second[:1].isupper() and second.isalpha() and not self.lex.is_common_noun(second):
            return first    # "Stimmgabel" of "Stimmgabel Audio": a noun before a foreign word (p17b)
        return None

    def _legal_form_short_forms(self, doc: Doc, m: Mention, texts: list[str], forms: dict[str, Mention],
                                units: frozenset[tuple[int, int]], bare_only: set[str], names: list[Mention]) -> None:
        """German (p25a): a company named with a legal form of several words is also its name before
        the form ("Velor Werkzeugbau" of "Velor Werkzeugbau GmbH & Co. KG"), and a name of two words
        before the form also its first word ("Velor" of "Velor Werkzeugbau GmbH"), as a German noun
        only where it stands bare; no place or function word, no first name before a word that is no German
        noun (a person's name), nor where the second word
        names a company of its own (two merged: "A und B zur A B GmbH")."""
        if not self.genitive or _merged_name(m, texts, names):
            return
        k = m.start + 1
        while k < m.end and doc[k].lower_ not in self.suffixes:
            k += 1
        if k < m.end - 1:
            _short_form(forms, doc[m.start:k].text, m, units)
        first, second = texts[m.start], texts[m.start + 1]
        if k - m.start != 2 or not (first.istitle() and first.isalpha() and second[:1].isupper()) \
                or len(first) <= 3 or self.lex.is_stop(first) or first.lower() in self.lex.cues["place"] \
                or first in self.lex.first_names and not self.lex.is_common_noun(second):
            return      # ("Jana Roe GmbH": a person's name, not "Hartwig Fördertechnik GmbH")
        _short_form(forms, first, m, units)
        if self.lex.is_common_noun(first):
            bare_only.add(first)

    # ---- step 2: more mentions of names found once ------------------------------------------
    def _propagate(self, doc: Doc, names: list[Mention], orths: list[int], texts: list[str]) -> list[Mention]:
        forms: dict[str, Mention] = {}
        bare_only: set[str] = set()
        units = _units_of_short_names(names, texts, self.lex.cues["unit_prefix"])
        # "Rockwell" of the catalogue's "Rockwell Automation" is no short form of "Rockwell Automation
        # Ventures", the company's fund, but of the company (p22e)
        known = {doc[m.start:m.end].text: m for m in names if m.layer == "catalogue" and m.type == "Organization"}
        # capitalised words the text gives a possessive ("Figure's founder"): a company's short name even
        # where the word is no name word elsewhere ("Figure" of the catalogue's "Figure AI", p22e)
        owners = {texts[i] for i in range(1, len(texts) - 1) if texts[i + 1] in ("'s", "’s") and texts[i].istitle()}
        for m in names:
            if m.type == "Concept":
                continue
            if m.layer != "catalogue":
                forms.setdefault(m.text, m)
                short = self._german_short_form(m, texts, forms)
                if short is not None:
                    _short_form(forms, short, m, units)
                    if self.lex.is_common_noun(short):
                        bare_only.add(short)
                # "Corvid" for "Corvid Research" and for "Corvid Data Centers" (two head words)
                # (p25b: also "Vireo" for "das Start-up Vireo Vision", a name ending in an ``org_name_tail``)
                tail = m.layer == "org_prefix" and m.length == 2 and texts[m.start + 1].lower() in self.lex.cues["org_name_tail"]
                if (m.layer == "org_head" or tail) and (m.length == 2 or m.length == 3 and texts[m.start + 1].istitle()
                                              and (texts[m.start + 1].lower() in self.lex.cues["org_head"]
                                                   or texts[m.start + 1].lower() in self.lex.cues["org_field_word"])) \
                        and len(texts[m.start]) > 3 and not self.lex.is_common_noun(texts[m.start]) \
                        and not self.lex.is_stop(texts[m.start]) and texts[m.start].lower() not in self.lex.cues["place"]:
                    owner = known.get(doc[m.start:m.end - 1].text) if m.length == 3 else None
                    _short_form(forms, texts[m.start], owner or m, units)   # (not "Korea" of "Korea Herald": the country)
                elif not self.genitive and (m.layer in _DESCRIBED_LAYERS or m.layer == "org_place_poss"
                                            or m.layer == "person_first" and m.type == "Organization") and m.length == 2 \
                        and texts[m.start + 1].istitle() and texts[m.start + 1].isalpha() \
                        and len(texts[m.start]) > 3 and texts[m.start].isalpha() and not self.lex.is_stop(texts[m.start]) \
                        and (texts[m.start] not in self.lex.first_names or m.layer == "person_first") \
                        and texts[m.start].lower() not in self.lex.cues["place"]:
                    # English: "Lattice" for "Lattice Reasoning, a San Francisco startup": a new
                    # company of two words that an apposition or copula describes (p26f: or a place,
                    # "Lyon-based Zentro Optics", "Japan's Quibbl Labs"; and a company named like a
                    # person that its apposition types, "Tiberius Haulage, the Ohio start-up that …")
                    _short_form(forms, texts[m.start], m, units)
                # "Parlo" of "Parlo Inc."; "Jade Harbor" of "Jade Harbor AI" (a head word after two words)
                if m.type == "Organization" and m.length > 1 and (
                        doc[m.end - 1].lower_ in self.suffixes
                        or m.length == 3 and doc[m.end - 1].lower_ in self.lex.cues["org_head"]
                        and texts[m.start][:1].isupper() and texts[m.start + 1][:1].isupper()) \
                        and doc[m.start:m.end - 1].text not in known:
                    _short_form(forms, doc[m.start:m.end - 1].text, m, units)
                    self._legal_form_short_forms(doc, m, texts, forms, units, bare_only, names)
                    if not self.genitive and m.length == 3 and doc[m.end - 1].lower_ in self.suffixes \
                            and texts[m.start + 1].lower() in self.lex.cues["org_head"] and texts[m.start + 1].istitle() \
                            and texts[m.start].istitle() and texts[m.start].isalpha() and len(texts[m.start]) > 3 \
                            and not self.lex.is_stop(texts[m.start]) and texts[m.start].lower() not in self.lex.cues["place"] \
                            and texts[m.start] not in self.lex.first_names:
                        # p27e: "Velor" of "Velor Systems Inc." (English: a head word before the legal form)
                        _short_form(forms, texts[m.start], m, units)
                # "Oak Ridge" of "Oak Ridge National Laboratory": a head word after a qualifier of its
                # own ("National", "Research") and two capitalised words before it
                elif m.type == "Organization" and m.length == 4 and doc[m.end - 1].lower_ in self.lex.cues["org_head"] \
                        and doc[m.end - 2].lower_ in self.lex.cues["org_head_qualifier"] \
                        and texts[m.start][:1].isupper() and texts[m.start + 1][:1].isupper():
                    _short_form(forms, doc[m.start:m.end - 2].text, m, units)
            elif m.type == "Organization" and m.length == 2 and texts[m.start + 1] == "AI" and texts[m.start].istitle() \
                    and len(texts[m.start]) > 3 and (not self.lex.is_stop(texts[m.start]) or texts[m.start] in owners) \
                    and texts[m.start].lower() not in self.lex.cues["place"]:
                _short_form(forms, texts[m.start], m, units)    # "Silo" of the catalogue's "Silo AI" (p20e)
            if m.type == "Organization" and not self.genitive and m.length >= 3:
                acronym = _initials(texts[m.start:m.end])
                if acronym is not None:
                    # p25e: "SCBT" for "Southern Cross Bank of Tasmania", "NMIA" for "Northern
                    # Markets and Insurance Authority" (English)
                    _short_form(forms, acronym, m, units)
            if m.type == "Organization" and m.length == 1 and texts[m.start].lower().endswith(".ai"):
                stem = texts[m.start][:-3]      # "Pony" of "Pony.ai" (p21e): a web name's stem, when no common noun
                if len(stem) > 3 and stem.istitle() and stem.isalpha() and not self.lex.is_common_noun(stem) \
                        and not self.lex.is_stop(stem) and stem.lower() not in self.lex.cues["place"]:
                    _short_form(forms, stem, m, units)
            if m.type == "Organization" and m.length == 2 and texts[m.start].lower() in self.lex.cues["org_acronym_parent"] \
                    and 2 <= len(texts[m.end - 1]) <= 5 and texts[m.end - 1].isupper() and texts[m.end - 1].isalpha() \
                    and texts[m.end - 1].lower() not in self.suffixes | self.lex.cues["org_head"] | self.lex.cues["not_name"]:
                # p23b: "das IAIS" for "Fraunhofer IAIS": an institute's acronym after its parent's name
                _short_form(forms, texts[m.end - 1], m, units)
            if m.type == "Person" and m.length >= 2:
                surname = texts[m.end - 1]
                if m.length == 4 and texts[m.end - 2] == "-" and surname.islower():
                    surname = texts[m.start]    # "Park Ji-won": the family name comes first
                elif m.length >= 4 and texts[m.end - 2] == "-" and texts[m.end - 3][:1].isupper():
                    surname = doc[m.end - 3:m.end].text     # "Roe-Berger": a double family name whole
                if len(surname) > 1:
                    forms.setdefault(surname, m)
                    if m.length >= 3 and texts[m.end - 2] in self.lex.cues["name_particle"]:
                        # "De Vries" opening a sentence for "Femke de Vries": the particle with the name
                        forms.setdefault(texts[m.end - 2] + " " + surname, m)
                        forms.setdefault(texts[m.end - 2].capitalize() + " " + surname, m)
                first = texts[m.start]
                if first in self.lex.first_names and len(first) > 2:
                    forms.setdefault("\x00" + first, m)
            if m.type in ("AIModel", "Hardware") and m.length >= 2 \
                    and (_VERSION.fullmatch(texts[m.end - 1])
                         or m.type == "Hardware" and _HW_CODE.fullmatch(texts[m.end - 1])):
                # "V3" for "Acme-V3"; "der N1" for the chip "Vireon N1" (p23a); English "the L2" for the chip
                # "Lumora L2" (p25d); "der MI308" for the chip "Instinct MI308" (p25c)
                forms.setdefault("\x00" + texts[m.end - 1], m)
            if m.type == "AIModel" and m.layer == "model_version" and not m.key:
                # "Quill 3" elsewhere for "Quill 3 Mini": the versioned model the variant belongs to
                k = m.end
                while k - m.start > 2 and texts[k - 1].lower() in self.variants:
                    k -= 1
                if k < m.end and (_VERSION.fullmatch(texts[k - 1]) or texts[k - 1].replace(".", "").isdigit()):
                    base = doc[m.start:k].text
                    forms.setdefault(base, Mention(m.start, k, "AIModel", base, layer=m.layer, priority=m.priority,
                                                   confidence=m.confidence))
        self._sibling_versions(names, texts, forms)
        if self.english:
            self._variant_short_forms(names, texts, forms, units)
        if not forms:
            return []
        variants: dict[str, list[str]] = {}
        for form in forms:
            f = form.lstrip("\x00")
            variants[form] = [f] + ([f + "s"] if self.genitive and f[-1] not in "sxzß" else []) + \
                             ([f + "’s", f + "'s"] if not self.genitive else [])
            named = forms[form]
            if self.genitive and named.type == "Organization" and named.layer != "catalogue" and f == named.text \
                    and 1 < len(f.split()) < 4 and all(w[:1].isupper() and w.isalpha() for w in f.split()):
                variants[form].append(f.replace(" ", "-"))  # "Helix-Minds-Gründer" for "Helix Minds" (as the catalogue)
        matches = self._find_phrases(orths, {form: [self._phrase(v) for v in vs] for form, vs in variants.items()})
        if matches is None:
            matcher = PhraseMatcher(doc.vocab, attr="ORTH")
            for form, vs in variants.items():
                matcher.add(form, [self._make(v) for v in vs])
            strings = doc.vocab.strings
            matches = [(strings[match_id], start, end) for match_id, start, end in matcher(doc)]
        # a chosen name of this span with a priority of 6 or better wins over a propagated one
        # (resolve_overlaps keeps the first of equals): no need to make that one
        # "laut Roe" after "Jana Roe": an outlet's cue before a person's family name names the person
        for m in names:
            src = forms.get(m.text)
            if m.layer == "media_prefix" and m.length == 1 and src is not None and src is not m and src.type == "Person":
                m.priority = _PROPAGATED + 1
            # "De Vries" after "Femke de Vries": the family name with its particle, no person of its own
            if m.type == "Person" and src is not None and src is not m and src.type == "Person" \
                    and src.start < m.start and texts[m.start].lower() in self.lex.cues["name_particle"]:
                m.priority = _PROPAGATED + 1
            # "Jade Harbor" after "Jade Harbor AI": a name shaped like a person's only by its first
            # name is the company's short form named before
            # (not a foundation named after its founder: "the Jana Roe Foundation")
            if m.layer == "person_first" and src is not None and src.type == "Organization" \
                    and src.start < m.start and src.length > m.length and texts[src.end - 1].lower() not in _EPONYM_HEADS:
                m.priority = _PROPAGATED + 1
            # p25a: "wie Aurelia Geld verdienen will" after "Aurelia AI": a company's short name named before
            # and a German noun that is no known family name make no person
            lead = forms.get(texts[m.start]) if self.genitive and m.layer == "person_first" and m.length == 2 else None
            if lead is not None and lead.type == "Organization" and lead.start < m.start \
                    and self.lex.is_common_noun(texts[m.end - 1]) and texts[m.end - 1] not in self.lex.surnames:
                m.priority = _NO_NAME
            # p24f: "Calloway's digital division, Calloway Labs" after "Calloway News Group": a possessive's
            # weak cue names the company whose short form was named before, not the unit named after it
            # (p27e: also a company cue's, "shares of Velor" after "Velor Systems Inc.")
            if self.english and m.layer in ("org_poss", "org_prefix") and m.length == 1 and src is not None and src is not m \
                    and src.type == "Organization" and src.start < m.start and src.length > 1:
                m.priority = _PROPAGATED + 1
            # p26e: "customers for Flash, the company said" after "Trevik 2 Flash": a weak cue's lone variant word
            # is the model's short form
            if self.english and m.length == 1 and m.layer != "catalogue" and src is not None and src is not m \
                    and src.type == "AIModel" and src.start < m.start and texts[m.start].lower() in self.lex.cues["model_variant_alone"]:
                m.priority = _PROPAGATED + 1
        taken = {(m.start, m.end) for m in names if m.priority <= _PROPAGATED}
        out = []
        for form, start, end in matches:
            if (start, end) in taken or end - start > 1 and (start, end - 1) in taken \
                    and texts[end - 1] in ("'s", "’s"):
                continue    # "Acme's" where "Acme" is a name of its own (not "Acme Ventures")
            src = forms[form]
            if src.priority == _NO_NAME or form[:1] == "\x00" and form[1:] in forms \
                    and forms[form[1:]].type == "Organization" and src.type == "Person":
                continue    # (p25a: a first name that is also a company's short name is the company's)
            if form in bare_only and start > 0 and not (
                    end + 1 < len(texts) and texts[end] == "-" and texts[end + 1].lower() in self._role_words) \
                    and not self._relative_before_name(texts, start, end) and (
                    texts[start - 1].lower() in self.lex.cues["anaphor_det"]
                    or texts[start - 1].islower() and texts[start - 1].endswith(("e", "en", "em", "er", "es"))
                    and texts[start - 1] not in self._aux_words
                    or doc[start].is_sent_start and end < len(texts) and texts[end] == "-"
                    and not (end + 1 < len(texts) and texts[end + 1].lower() in self._role_words)):
                continue    # "das Nordlicht", "am hellen Nordlicht": the noun
            text = texts[start] if end - start == 1 else doc[start:end].text
            gen = text != form.lstrip("\x00") and text.replace("-", " ") != form
            label, key = form.lstrip("\x00"), self._group_key(src)
            if src.type == "AIModel" and not gen and end < len(texts) and texts[end].istitle() \
                    and texts[end].lower() in self.variants and (start, end + 1) not in taken:
                # "Quill Mini" where the text named the model "Quill": a variant of it, a model of its own
                end += 1
                label = doc[start:end].text
                key = "name:" + self._name("AIModel", label)
            out.append(Mention(start, end, src.type, label, layer="propagated", priority=_PROPAGATED,
                               genitive=gen, confidence=src.confidence))
            out[-1].extra_alias = ""
            out[-1].key = key
        return out

    def _variant_short_forms(self, names: list[Mention], texts: list[str], forms: dict[str, Mention],
                             units: frozenset[tuple[int, int]]) -> None:
        """p26e (English): "Flash" for "Trevik 2 Flash": a variant word (``model_variant_alone``) after a
        version names alone the model of the text that ends in it and that the text names most often ("Gemini
        1.5 Flash", named once beside it, is named in full)."""
        alone = self.lex.cues["model_variant_alone"]
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        first: dict[str, Mention] = {}
        for m in names:
            last = texts[m.end - 1] if m.type == "AIModel" and m.length >= 3 and m.layer != "catalogue" else ""
            if last.istitle() and last.lower() in alone and any(c.isdigit() for c in texts[m.end - 2]):
                counts[last][m.text] += 1
                first.setdefault(m.text, m)
        for word, named in counts.items():
            (top, n), *rest = named.most_common(2)
            if not rest or rest[0][1] < n:
                _short_form(forms, word, first[top], units)

    @staticmethod
    def _sibling_versions(names: list[Mention], texts: list[str], forms: dict[str, Mention]) -> None:
        """p24c: "Zeta X1", "Zeta X3" where a cue found the chip "Zeta X2": a name word of a chip or
        model before another code of the same letter is a sibling of its own (a predecessor, a
        successor), with the found one's type."""
        family: dict[tuple[str, str], Mention] = {}
        for m in names:
            if m.type not in ("Hardware", "AIModel") or m.key or m.layer == "propagated" \
                    or not (texts[m.start].istitle() and texts[m.start].isalpha()):
                continue
            code = texts[m.start + 1] if m.length == 2 else texts[m.start + 2] \
                if m.length == 3 and texts[m.start + 1] == "-" else ""     # "Zeta X2", "Zeta-X2"
            if _VERSION.fullmatch(code):
                family.setdefault((texts[m.start], code[0]), m)
        if not family:
            return
        for i in range(len(texts) - 1):
            sib = family.get((texts[i], texts[i + 1][:1]))
            if sib is not None and _VERSION.fullmatch(texts[i + 1]):
                form = texts[i] + " " + texts[i + 1]
                if form not in forms:
                    forms[form] = Mention(i, i + 2, sib.type, form, layer=sib.layer, priority=sib.priority,
                                          confidence=sib.confidence)

    # ---- step 3: grouping ------------------------------------------------------------------
    def _group_key(self, m: Mention) -> str:
        if m.key:
            return m.key
        return "name:" + self._name(m.type, m.text)

    def _name(self, type_: str, text: str) -> str:
        """Grouping key of a name: "Acme Zeta 2" and "Zeta 2" are one model."""
        if type_ in ("AIModel", "Product", "Hardware"):
            for vendor in self._vendors:
                if text.startswith(vendor + " ") and len(text) > len(vendor) + 1:
                    text = text[len(vendor) + 1:]
                    break
        return self._name_key(text)

    def __call__(self, doc: Doc) -> Doc:
        orths, texts = self._tokens(doc)
        cands = candidates(doc)
        names = [m for m in cands if not m.anaphor]
        anaphors = [m for m in cands if m.anaphor]
        # a family name alone that the catalogue knows of someone else ("Roe" after "Jana Roe",
        # where the catalogue has "Jane Roe") is the person of this text
        full = {texts[m.end - 1]: m.key for m in names if m.type == "Person" and m.length >= 2}
        if full:
            names = [m for m in names if not (m.layer == "catalogue" and m.type == "Person" and m.length == 1
                                              and m.text in full and full[m.text] != m.key)]
        if not self.genitive:
            names = self._without_headline_guesses(doc, texts, names)
        self._vendors = sorted({c.text for c in names if c.type == "Organization"}, key=len, reverse=True)
        chosen = resolve_overlaps(names)
        if chosen:
            more = self._propagate(doc, chosen, orths, texts)
            chosen = resolve_overlaps([m for m in chosen if m.priority != _NO_NAME] + more)
        # a known organisation inside a chip's name ("Acme" in "Acme Z900") is an entity too; inside
        # a model's or product's name ("Acme" in "Acme Large", "Acme-R2") only where the text names it alone;
        # inside a person's name ("Jana Acme": a family name) never (p22)
        kept = {(m.start, m.end) for m in chosen}
        nested = [c for c in names if c.layer == "catalogue" and c.type == "Organization"
                  and (c.start, c.end) not in kept
                  and any(m.start <= c.start and c.end <= m.end and m.type not in (c.type, "AIModel", "Product", "Person")
                          for m in chosen)]
        groups: dict[str, list[Mention]] = defaultdict(list)
        for m in chosen + nested:
            groups[self._group_key(m)].append(m)
        # German genitive "Acmes" of a name "Acme" found elsewhere
        if self.genitive:
            self._restore_final_s(groups)
            for key in list(groups):
                if key.startswith("name:") and key.endswith("s") and key[:-1] in groups and key[:-1] != "name:":
                    for m in groups.pop(key):
                        m.genitive = True
                        m.text = m.text[:-1]
                        groups[key[:-1]].append(m)
        # "Corvid" of "Corvid Research" found by another cue ("Corvid's model") is the same one,
        # as a propagated "Corvid" would be
        # (only where one name of the text opens with that word: not "Vexel Digits" and "Vexel-Gruppe")
        claims: dict[str, set[str]] = defaultdict(set)

        legal = self.suffixes if self.genitive else frozenset()

        def owner(m: Mention) -> bool:
            return self._short_form_owner(m, texts, self.lex.cues["place"], legal) \
                and not (legal and m.length > 2 and _merged_name(m, texts, chosen))

        def long_layer(ms: list[Mention]) -> str:
            return next((m.layer for m in ms if owner(m)), "")
        units = _units_of_short_names(chosen, texts, self.lex.cues["unit_prefix"])
        for key in list(groups):
            long = next((m for m in groups[key] if owner(m)), None)
            if long is not None and not any((m.start, m.end) in units for m in groups[key]):
                claims["name:" + self._name("Organization", texts[long.start])].add(key)
        for short, keys in claims.items():
            key = next(iter(keys))
            # (a lone weak model or product cue among them is the company too where an organisation cue
            # or the company's short name names it so elsewhere: "die Sprach-KI Parlo" ... "an Parlo beteiligt")
            if len(keys) == 1 and short != key and short in groups and key in groups \
                    and all(m.layer != "catalogue" and (m.type == "Organization" or m.type in ("AIModel", "Product")
                                                        and m.length == 1) for m in groups[short]) \
                    and (any(m.type == "Organization" for m in groups[short])
                         or any(m.layer == "propagated" and m.length == 1 for m in groups[key])) \
                    and (long_layer(groups[key]) == "org_head"
                         or all(m.length == 1 and not m.extra_alias for m in groups[short])):
                groups[key].extend(groups.pop(short))
        # "Acme („Acme Holdings“)": an organisation named again in brackets is the same one
        by_pos = {m.start: m for m in chosen}
        n = len(doc)
        key_of = {id(m): self._group_key(m) for m in chosen}
        for m in chosen:
            if m.type != "Organization":
                continue
            j = m.end
            if j < n and texts[j] == "(":
                j += 1
                while j < n and texts[j] in QUOTES:
                    j += 1
                other = by_pos.get(j)
                if other is not None and other.type == "Organization" and other.end < n:
                    k = other.end
                    while k < n and texts[k] in QUOTES:
                        k += 1
                    a, b = key_of[id(m)], key_of[id(other)]
                    if k < n and texts[k] == ")" and a != b and a in groups and b in groups:
                        keep, drop = (b, a) if not b.startswith("name:") else (a, b)
                        groups[keep].extend(groups.pop(drop))
                        for x in groups[keep]:
                            key_of[id(x)] = keep
        # a catalogue entry and a lexicon concept (or cue name) with the same name are one entity
        by_name: dict[tuple[str, str], str] = {}
        labelled: dict[str, tuple[str, str]] = {}     # key -> type and label of its group, while unchanged
        for key in list(groups):
            ms = groups[key]
            type_, label = labelled[key] = (min(ms, key=_typing_priority).type, self._label(key, ms))
            nk = (type_, self._name(type_, label))
            if nk in by_name:
                known = by_name[nk]
                keep, drop = (known, key) if not known.startswith(("name:", "concept:")) else (key, known)
                groups[keep].extend(groups.pop(drop))
                del labelled[keep]
                by_name[nk] = keep
            else:
                by_name[nk] = key
        entities: list[Entity] = []
        idx = doc.to_array(IDX).tolist()
        for key, ms in groups.items():
            if key in labelled:
                type_, label = labelled[key]
            else:
                type_ = min(ms, key=_typing_priority).type     # the most trusted layer decides
                label = self._label(key, ms)
            aliases = []
            for m in ms:
                for form in (m.text, m.extra_alias):
                    if form and form != label and form not in aliases:
                        aliases.append(form)
            words = label.split()
            if type_ == "Organization" and len(words) > 2 and words[-1].lower() in self.suffixes:
                k = next(i for i in range(1, len(words)) if words[i].lower() in self.suffixes)
                bare = " ".join(words[:k])     # "Acme Elektronik GmbH (& Co. KG)" is also "Acme Elektronik" (p24a)
                if bare not in aliases:
                    aliases.append(bare)
            cat_key = key if not key.startswith(("name:", "concept:")) else ""
            same_as = next((m.same_as for m in ms if m.same_as), [])
            ent = Entity(id=self._iri(cat_key or label), label=label, type=type_,
                         aliases=aliases, same_as=list(same_as),
                         tentative=all(m.layer == TENTATIVE_LAYER for m in ms),
                         mentions=sorted((idx[m.start], idx[m.end - 1] + len(texts[m.end - 1]))
                                         for m in ms))
            for m in ms:
                m.entity = len(entities)
                m.type = type_     # every name of the entity reads as its type ("the ZX-400" after "its chip, the ZX-400")
            entities.append(ent)
        mentions = sorted(chosen, key=_START)
        mentions += self._resolve_anaphors(doc, texts, mentions, anaphors, entities)
        mentions.sort(key=_START)
        doc._.kg_entities = entities
        doc._.kg_mentions = mentions
        spans = [Span(doc, m.start, m.end, label=m.type, kb_id=entities[m.entity].id)
                 for m in mentions if not m.anaphor]
        doc.set_ents(spans, default="unmodified")
        return doc

    @staticmethod
    def _short_form_owner(m: Mention, texts: list[str], places: frozenset[str] = frozenset(),
                          legal: frozenset[str] = frozenset()) -> bool:
        """An organisation's name of two words ("Corvid Research", "Helix Reasoning") or a hyphenated
        one ("Vexel-Gruppe") whose first word, named alone, is the same organisation (also a catalogue
        name: "Isomorphic" of "Isomorphic Labs"; the short name must then be no catalogue name); with
        ``legal`` (German, p25a) also two words before a legal form ("Velor Werkzeugbau GmbH & Co. KG")."""
        if m.type != "Organization" or m.layer == "propagated" or m.anaphor:
            return False
        if m.layer == "catalogue" and texts[m.start].lower() in places:
            return False    # "Korea" of "Korea Herald" is the country
        if m.length >= 3 and texts[m.start + 2].lower() in legal and texts[m.start + 1] != "-" \
                and texts[m.start][:1].isupper() and texts[m.start + 1][:1].isupper():
            return True
        if m.length == 2:
            return texts[m.start + 1][:1].isupper() and texts[m.start][:1].isupper()
        return m.length == 3 and texts[m.start + 1] == "-" and texts[m.start + 2][:1].isupper()

    @staticmethod
    def _restore_final_s(groups: dict[str, list[Mention]]) -> None:
        """"Lumeris stellt ein Modell vor" read as a genitive "Lumeri-s": where a cue found the name
        with its final s in another place ("das Start-up Lumeris hat"), the s belongs to the name."""
        for key in [k for k in groups if k.startswith("name:") and k + "s" in groups]:
            ms, full = groups[key], groups[key + "s"]
            if all(m.genitive and m.layer not in ("catalogue", "propagated") for m in ms) \
                    and any(not m.genitive and m.layer != "propagated" for m in full):
                for m in ms:
                    m.text += "s"
                    m.genitive = False
                full.extend(groups.pop(key))

    def _label(self, key: str, ms: list[Mention]) -> str:
        concept = next((m.key for m in ms if m.key.startswith("concept:")), "")
        if concept and all(m.type == "Concept" for m in ms):
            return concept[len("concept:"):]
        texts = {m.text for m in ms if m.layer != "propagated" or not m.genitive} or {m.text for m in ms}
        if len(texts) == 1:
            return texts.pop()
        return max(texts, key=lambda t: (len(t), t.count(" "), t))   # "Acme Z9" before "Acme-Z9"

    def _compound_modifier(self, texts: list[str], end: int) -> bool:
        """The name ending before ``end`` modifies what follows ("Acme-owned", "Acme-Tochter")."""
        return end + 1 < len(texts) and texts[end] == "-" \
            and texts[end + 1].lower() in self.lex.cues["compound_modifier_head"]

    def _names_hardware(self, texts: list[str], end: int, starts: dict | None = None,
                        entities: list[Entity] | None = None) -> bool:
        """The name ending before ``end`` is the vendor in a chip compound ("Acme-GPUs", in
        English also "the Acme chips", "Acme's Z900 modules")."""
        return end + 1 < len(texts) and texts[end] == "-" and texts[end + 1].lower() in self.lex.cues["hw_head"] \
            or self.english and end < len(texts) and texts[end].lower() in self.lex.cues["hw_head"] \
            or self.english and starts is not None and end + 1 < len(texts) and texts[end] in ("'s", "’s") \
            and entities is not None and (m := starts.get(end + 1)) is not None and m.entity >= 0 \
            and entities[m.entity].type == "Hardware"

    def _owns_thing_inside(self, doc: Doc, texts: list[str], m: Mention, starts: dict, entities: list[Entity],
                           sent_of: list[int]) -> bool:
        """The organisation ``m`` owns a model or product named right after it ("... would run
        Acme's Rocket models", German "übertrifft Acmes Rocket") inside its sentence, not at its
        start: it is no subject there."""
        end = m.end
        if not self.english:
            return m.genitive and (t := starts.get(end)) is not None and t.entity >= 0 \
                and entities[t.entity].type in ("AIModel", "Product", "Hardware") \
                and not self._opens_sentence(doc, m.start, sent_of)
        return end + 1 < len(texts) and texts[end] in ("'s", "’s") \
            and (t := starts.get(end + 1)) is not None and t.entity >= 0 \
            and entities[t.entity].type in ("AIModel", "Product") and not self._opens_sentence(doc, m.start, sent_of)

    def _relative_antecedent(self, doc: Doc, texts: list[str], starts: dict, ends: dict, start: int,
                             sent_of: list[int]):
        """For a word at ``start`` inside a German relative clause (", die ...") or an English one
        (", which ..."), the name the clause attaches to (ending before the comma, or before one
        lower-case verb: "die Sparte Acme leiten, die ..."), or None; False when ``start`` is not
        inside a relative clause."""
        s = sent_of[start]
        k = start - 1
        while k > 0 and sent_of[k] == s and texts[k] not in (",", ";", ":", "(", "–"):
            k -= 1
        # p27b: German also after a preposition (", bei dem das Start-up …": the name before the comma is no
        # referent of a description in the clause)
        after_prep = self.genitive and k + 2 < start and texts[k + 1].lower() in _DE_RELATIVE_PREPS \
            and texts[k + 2].lower() in _DE_RELATIVE_AFTER_PREP and not texts[k + 3][:1].isupper()
        if k <= 0 or sent_of[k] != s or texts[k] != "," or k + 1 >= start \
                or texts[k + 1].lower() not in _DE_RELATIVE and not (self.english and texts[k + 1].lower() == "which") \
                and not after_prep:
            return False
        if texts[k + 1].lower() in _DE_ARTICLE and texts[k + 2][:1].isupper() and k + 2 not in starts:
            return False    # an article before a noun (", das Unternehmen wolle ..."), no pronoun
        m = ends.get(k - 1)
        if m is None and texts[k - 1][:1].islower() and texts[k - 1].isalpha():
            m = ends.get(k - 2)
        if m is None and self.genitive and texts[k - 1][:1].islower() and texts[k - 1].isalpha():
            # p24b: a verb with its object or particle ("X unter Vertrag genommen, das seine …")
            j = k - 2
            while j > 0 and k - j <= 4 and j not in ends and texts[j].isalpha() and j not in starts:
                j -= 1
            m = ends.get(j) if k - j <= 4 else None
        if m is None and self.english:
            # "Acme, the Toronto-based model developer, which runs its ...": the name before an apposition
            j = k - 1
            while j > 0 and k - j < 9 and sent_of[j] == s and texts[j] not in (",", ";", ":", "(", "–"):
                j -= 1
            if j > 0 and texts[j] == "," and texts[j + 1].lower() in ("the", "a", "an"):
                m = ends.get(j - 1)
        return m

    @staticmethod
    def _in_org_list(texts: list[str], starts: dict, ends: dict, entities: list[Entity], m: Mention) -> bool:
        """English: the name at ``m`` is an item of a list of organisations ("X, Y and Z are all
        ..."), which a singular "the startup" or "its" in a later sentence does not stand for."""
        def org(x) -> bool:
            return x is not None and entities[x.entity].type == "Organization"
        k = m.end
        if k + 1 < len(texts) and texts[k] in (",", "and") and texts[k + 1] != "and":
            j = k + 2 if texts[k + 1].lower() == "the" else k + 1
            nxt = starts.get(j)
            if nxt is not None and org(nxt) and not (nxt.end < len(texts) and texts[nxt.end] in ("'s", "’s")):
                return True     # (not an apposition "X, Y's unit,")
        k = m.start - 1
        if k > 0 and texts[k] in (",", "and") and not (m.end < len(texts) and texts[m.end] in ("'s", "’s")):
            return org(ends.get(k - 1))
        return False

    @staticmethod
    def _in_org_pair(texts: list[str], starts: dict, ends: dict, entities: list[Entity], m: Mention) -> bool:
        """English: the name at ``m`` is joined by "and" to another organisation ("A and B", "A, B and C"),
        a plural subject that a later "its" does not stand for."""
        def org(x) -> bool:
            return x is not None and entities[x.entity].type == "Organization"
        after = m.end < len(texts) and texts[m.end] == "and" and org(starts.get(m.end + 1))
        before = m.start > 1 and texts[m.start - 1] == "and" and org(ends.get(m.start - 2))
        return bool(after or before)

    def _sources_only(self, texts: list[str], mentions: list[Mention], entities: list[Entity]) -> frozenset[int]:
        """German (p25c): organisations named only as a report's source ("Nach einem Bericht der Agentur X",
        "laut X"; a capitalised noun may stand between): no owner of a possessive."""
        named: dict[int, bool] = {}
        for m in mentions:
            if m.anaphor or m.entity < 0 or entities[m.entity].type != "Organization":
                continue
            named[m.entity] = named.get(m.entity, True) and (self._after_source(texts, m.start)
                                                             or dateline_agency(texts, m.start, m.end))
        return frozenset(e for e, only in named.items() if only)

    def _addressee(self, texts: list[str], ends: dict, entities: list[Entity], start: int) -> bool:
        """The name at ``start`` is told something: "sagte er der Zeitung X", "sagte Roe dem Blatt X"
        (an article after the speaker after a speech verb), no subject; in English the object of
        "told" ("Roe told Acme News the company ...") or of an interview ("in an interview with X",
        "interviewed by X")."""
        k = start - 1
        if self.english:
            if k >= 0 and texts[k].lower() == "the":
                k -= 1
            return k >= 0 and (texts[k].lower() in _EN_TOLD
                               or k >= 1 and (texts[k - 1].lower(), texts[k].lower()) in _EN_INTERVIEWED)
        if k >= 1 and texts[k] in _OPENING_QUOTES:
            k -= 1      # p25c: "sagte P dem „Spiegel“"
        if k >= 2 and texts[k][:1].isupper() and texts[k - 1].lower() in ("der", "dem"):
            k -= 1      # "der Zeitung X"
        if k < 1 or texts[k].lower() not in ("der", "dem"):
            return False
        k -= 1
        m = ends.get(k)
        if m is not None and entities[m.entity].type == "Person":
            k = m.start - 1
            # (p22c) over the speaker's title: "sagte Acme-Chef P dem Spiegel"
            for _ in range(3):
                if not (k >= 1 and (texts[k] == "-" or texts[k][:1].isupper())
                        and texts[k].lower() not in self.lex.cues["speech_verb"]):
                    break
                k -= 1
        elif texts[k].lower() in self.lex.cues["anaphor_per"]:
            k -= 1
        return k >= 0 and texts[k].lower() in self.lex.cues["speech_verb"]

    def _setting_org(self, texts: list[str], starts: dict, entities: list[Entity], s: int, upto: int) -> int:
        """The organisation of a phrase that opens sentence ``s`` with a ``setting_preposition`` before a
        comma ("At Acme, ..."), if it ends before ``upto``; else -1."""
        k = self._sent_bounds[s] if s < len(self._sent_bounds) else -1
        m = starts.get(k + 1) if k >= 0 and texts[k].lower() in self.lex.cues["setting_preposition"] else None
        if m is None or m.anaphor or m.end >= upto or texts[m.end] != "," or entities[m.entity].type != "Organization":
            return -1
        return m.entity

    def _after_source(self, texts: list[str], start: int) -> bool:
        """A name after a source prefix, its last one or two words ("laut X", "einem Bericht der X",
        "according to X"), with up to two lower-case words between ("according to market researcher X") or
        a capitalised one, the source's kind ("der Nachrichtenagentur X")."""
        for end in (start, start - 1, start - 2):
            if end < start:
                w = texts[end] if end >= 0 else ""
                if not (w.isalpha() and w.islower() or end == start - 1 and w[:1].isupper()
                        and w.replace("-", "").isalpha()):
                    return False
            k = end - 1
            if k >= 0 and (texts[k].lower() in self._source_words
                           or k >= 1 and f"{texts[k - 1].lower()} {texts[k].lower()}" in self._source_words):
                return True
        return False

    @staticmethod
    def _after_relative(doc: Doc, start: int) -> bool:
        """The name at ``start`` follows a relative pronoun ("..., which Acme backs", ", das Acme
        baut"); a German "der/die/das" only after a comma, elsewhere it is an article ("Das
        Start-up")."""
        if start < 1 or doc[start - 1].lower_ not in _RELATIVE:
            return False
        return doc[start - 1].lower_ not in _DE_ARTICLE or start >= 2 and doc[start - 2].text == ","

    def _describes_person(self, texts: list[str], end: int) -> bool:
        """The name ending before ``end`` modifies a person noun ("der frühere IBM-Manager", "die
        Acme-Forscherin"): the person's employer, not a company a later anaphor of the sentence
        stands for ("... hat das Unternehmen 2022 gegründet")."""
        if end + 1 >= len(texts) or texts[end] != "-" or not self._noun_gender:
            return False
        noun = texts[end + 1].lower()
        return noun in self._noun_gender

    def _after_preposition(self, doc: Doc, start: int) -> bool:
        """The name at ``start`` follows a preposition (``anaphor_object_prep``), determiners skipped."""
        k = start - 1
        if not self.english and k > 0 and doc[k].text[:1].isupper() and doc[k].text.isalpha():
            # German: a describing noun before the name, perhaps after adjectives, after an article
            # ("mit dem Softwarehaus X", "beim taiwanischen Auftragsfertiger Y")
            j = k - 1
            # (adjectives, a place's "Berliner", "Münchner" too)
            while j > k - 3 and j >= 0 and (doc[j].text.islower() and doc[j].text.endswith(("e", "en", "er", "es", "em"))
                                            or doc[j].text[:1].isupper() and doc[j].text.isalpha()
                                            and doc[j].text.endswith("er")) \
                    and doc[j].lower_ not in self.lex.cues["anaphor_det"] \
                    and doc[j].lower_ not in self.lex.cues["anaphor_object_prep"]:
                j -= 1
            if j >= 0 and (doc[j].lower_ in self.lex.cues["anaphor_det"]
                           or doc[j].lower_ in self.lex.cues["anaphor_object_prep"]):
                k = j
        while k >= 0 and doc[k].lower_ in self.lex.cues["anaphor_det"]:
            k -= 1
        if k > 0 and doc[k].lower_ in _COORD:
            # "von Acme und Beta", "with Acme and Beta": the second name shares the preposition of the first
            for j in range(k - 1, max(-1, k - 5), -1):
                if not doc[j].text[:1].isupper():
                    break
                if j > 0 and doc[j - 1].lower_ in self.lex.cues["anaphor_object_prep"]:
                    return True
        return k >= 0 and doc[k].lower_ in self.lex.cues["anaphor_object_prep"]

    @staticmethod
    def _clause_start_de(texts: list[str], sent_of: list[int], start: int) -> int:
        """The token after the conjunction that opens the German clause around ``start`` after a comma
        (", während", ", weil", ", und"), or -1."""
        s = sent_of[start]
        k = start - 1
        while k > 0 and sent_of[k] == s and texts[k] != ",":
            k -= 1
        if texts[k] == "," and k + 2 < start and texts[k + 1].lower() in _DE_CLAUSE:
            return k + 2
        return -1

    def _clause_start(self, texts: list[str], sent_of: list[int], start: int) -> int:
        """The first token of the English clause around ``start``: after the last ";" or
        ", and" / ", but" / ", while" before it in the sentence (a closing quote may stand after
        the comma: 'margin," and'), or after "that" opening what a speech verb reports ("told X
        that Y would ... its"), or the sentence start."""
        s = sent_of[start]
        k = start - 1
        while k > 0 and sent_of[k] == s:
            if texts[k] == ";":
                return k + 1
            if texts[k] == ",":
                j = k + 1
                while j < start and texts[j] in _QUOTE_TOKENS:
                    j += 1
                if texts[j].lower() in _EN_CLAUSE:
                    return j
            if texts[k].lower() == "that" and any(
                    t.lower() in self.lex.cues["speech_verb"] for t in texts[max(0, k - 5):k]):
                return k + 1
            k -= 1
        # "Founded in 2019 by X and two former Acme engineers, Y counts ... its": the clause
        # after the phrase a participle opening the sentence fronts
        if sent_of[k] != s:
            k += 1
        if texts[k].lower() in self.lex.cues["fronted_participle"]:
            comma = next((j for j in range(k + 1, start) if texts[j] == ","), -1)
            if comma >= 0:
                return comma + 1
        return 0

    @staticmethod
    def _in_person_apposition(texts: list[str], ends: dict, entities: list[Entity], start: int, upto: int) -> bool:
        """The name at ``start`` is inside an apposition on a person that closes before ``upto``
        ("X, a professor at U, said its ..."): U describes X, it is not the clause's subject."""
        k = start - 1
        while k > 0 and start - k < 14 and texts[k] not in (",", ";", ".", ":"):
            k -= 1
        if k <= 0 or texts[k] != "," or texts[k + 1].lower() not in _APPOS_OPENERS:
            return False
        p = ends.get(k - 1)
        return p is not None and entities[p.entity].type == "Person" and "," in texts[start:upto]

    @staticmethod
    def _in_person_relative(texts: list[str], ends: dict, entities: list[Entity], start: int, upto: int) -> bool:
        """German: the name at ``start`` is inside a relative clause on a person that closes before
        ``upto`` ("X, der zuvor bei U geforscht hatte, führt das Unternehmen"): U describes X, it
        is not what the anaphor after the clause refers to."""
        k = start - 1
        while k > 0 and start - k < 16 and texts[k] not in (",", ";", ".", ":"):
            k -= 1
        if k <= 0 or texts[k] != "," or texts[k + 1].lower() not in ("der", "die"):
            return False
        p = ends.get(k - 1)
        return p is not None and entities[p.entity].type == "Person" and "," in texts[start:upto]

    def _gender_fits(self, label: str, gender: str | None) -> bool:
        """A person pronoun of ``gender`` may refer to the person ``label``: its first name is
        not one the first-name list gives only the other gender."""
        if gender is None:
            return True
        first = label.split(maxsplit=1)[0] if label else ""
        return self._name_gender.get(first, gender) == gender

    def _noun_class(self, noun: str) -> str | None:
        """The kind of organisation a noun (as :func:`_noun` gives it) names, or None."""
        return _bounded(self._classes, noun, lambda n: next(
            (kind for suffix, kind in self._noun_classes if n.endswith(suffix)), "")) or None

    def _described_kinds(self, texts: list[str], mentions: list[Mention], entities: list[Entity]) -> defaultdict:
        """Kinds of organisation named by the noun right before a name ("dem US-Start-up Acme",
        "vom Wagniskapitalgeber Acme", "die Bestandsinvestoren Acme", "Investoren wie Acme"),
        per entity."""
        out: defaultdict = defaultdict(set)
        if not self._noun_classes:
            return out
        last_end: dict[int, str] = {}      # end of a described name -> its kind
        coord = _DE_COORD | {",", "and"}
        list_intro = self.lex.cues["list_intro"]
        for m in sorted(mentions, key=_START):
            if m.anaphor or entities[m.entity].type != "Organization":
                continue
            j = m.start - 1
            if j > 0 and j in last_end and texts[j].lower() in coord:
                out[m.entity].add(last_end[j])      # "die Investoren Acme und Zorblax"
                last_end[m.end] = last_end[j]
                continue
            if j > 0 and texts[j].lower() in list_intro:
                j -= 1      # "Investoren wie Acme"
            end = j + 1
            while j >= 2 and texts[j - 1] == "-":
                j -= 2
            if j < 0 or not texts[j][:1].isalpha():
                continue
            kind = _bounded(self._word_classes, "".join(texts[j:end]), lambda w: self._noun_class(_noun(w)) or "")
            if not kind:
                # a later item of a described list with lower-case words of its own ("backers A
                # and the agribusiness giant B"): the list's kind
                k = m.start - 1
                while k > m.start - 5 and k > 0 and texts[k][:1].islower() and texts[k].lower() not in coord:
                    k -= 1
                kind = last_end.get(k, "") if k < m.start - 1 and texts[k].lower() in coord \
                    and texts[k + 1].lower() in _LIST_ITEM_DETS else ""
            if kind:
                out[m.entity].add(kind)
                last_end[m.end] = kind
        return out

    @staticmethod
    def _where_antecedent(texts: list[str], a: Mention, ends: dict, entities, sent_of: list[int]) -> int:
        """English: the organisation named right before ", where" when the anaphor is inside that
        clause ("at Acme, where she ran the company's lab"), else -1."""
        k = a.start - 1
        while k > 0 and sent_of[k] == sent_of[a.start] and texts[k] not in (",", ";", ":", "(", "–"):
            k -= 1
        if k < 1 or texts[k] != "," or k + 1 >= a.start or texts[k + 1].lower() != "where":
            return -1
        m = ends.get(k - 1)
        return m.entity if m is not None and not m.anaphor and entities[m.entity].type == "Organization" else -1

    def _unit_of_named(self, doc: Doc, texts: list[str], a: Mention, starts: dict, entities) -> bool:
        """English: the noun phrase is followed by "at", "of", "inside" or "within" and a name of an
        organisation ("the perception group at Acme", "the research lab of Zorblax")."""
        k = a.end
        if k >= len(texts) or texts[k].lower() not in ("at", "of", "inside", "within"):
            return False
        k += 1
        if k < len(texts) and texts[k].lower() in ("the", "a", "an"):
            k += 1
        m = starts.get(k)
        return m is not None and entities[m.entity].type == "Organization"

    def _parent_in_unit_name(self, texts: list[str], a: Mention, ends: dict, entities: list[Entity]) -> int:
        """English: "Acme Ventures, the company's venture unit," / "Acme Capital, the chipmaker's
        investment arm,": the organisation of the text whose name is the first word of the unit's
        name before an apposition of lower-case words, else -1 (p24e: it went to the company named last)."""
        k = a.start - 1
        if k > 0 and texts[k].lower() in self.lex.cues["anaphor_det"]:
            k -= 1
        unit = ends.get(k - 1) if k > 0 and texts[k] == "," else None
        if unit is None or a.end >= len(texts) or texts[a.end] not in ("'s", "’s") or unit.end - unit.start < 2 \
                or entities[unit.entity].type != "Organization":
            return -1
        # the apposition closes after lower-case words ("the company's chief executive Jane Roe said": no unit's)
        tail = next((i for i in range(a.end + 1, min(a.end + 8, len(texts))) if texts[i] in (",", ".", ";")), -1)
        if tail < 0 or not all(t.islower() or t == "-" for t in texts[a.end + 1:tail]):
            return -1
        word = texts[unit.start]
        return next((e for e, ent in enumerate(entities) if e != unit.entity and ent.type == "Organization"
                     and ent.label.split()[0] == word), -1)

    def _after_person_subject(self, doc: Doc, texts: list[str], m: Mention, by_sent, entities,
                              sent_of: list[int]) -> bool:
        """English: the name follows the verb of a sentence that a person opens ("Roe ran Acme's
        data center group", "Roe joined Acme in May"): an object, not the sentence's subject."""
        s = sent_of[m.start]
        first = min(by_sent.get(s, []), key=_START, default=None)
        if first is None or first is m or entities[first.entity].type != "Person" or first.anaphor \
                or not self._opens_sentence(doc, first.start, sent_of) or first.end >= m.start:
            return False
        between = [t.lower() for t in texts[first.end:m.start]]
        # "Roe said Acme ...", "Roe and Acme": a clause or a coordination of its own
        return 0 < len(between) <= 2 and between[0][:1].isalpha() and not set(between) & self._person_subject_breaks

    _person_subject_breaks = frozenset(("and", "or", "said", "says", "told", "tells", "added", "thinks",
                                        "believes", "expects", "argued", "argues", "that"))

    def _paragraph_before(self, doc: Doc, s: int) -> int | None:
        """When sentence ``s`` opens a paragraph (a line break before it), the index of the first
        sentence of the paragraph before; else None."""
        if not self._sent_bounds:
            self._sent_bounds = [sent.start for sent in doc.sents]
        bounds = self._sent_bounds

        def opens(i: int) -> bool:
            k = bounds[i] - 1
            while k >= 0 and doc[k].is_space:
                if "\n" in doc[k].text:
                    return True
                k -= 1
            return k < 0 or "\n" in doc[k].whitespace_
        if s <= 0 or s >= len(bounds) or not opens(s):
            return None
        first = s - 1
        while first > 0 and not opens(first):
            first -= 1
        return first

    def _paragraph_opener(self, doc: Doc, texts: list[str], para: int, by_sent: dict, entities: list[Entity],
                          sent_of: list[int], fits, topic: int) -> int:
        """The organisation whose name opens sentence ``para`` as its subject (after a determiner at
        most; not a compound modifier "Acme-Chef"), else ``topic`` if it fits; -1 for none."""
        first = min((m for m in by_sent.get(para, []) if not m.anaphor), key=_START, default=None)
        if first is not None and entities[first.entity].type == "Organization" and fits(first.entity) \
                and self._opens_sentence(doc, first.start, sent_of) \
                and not (first.end < len(texts) and texts[first.end] == "-"):
            return first.entity
        return topic if topic >= 0 and fits(topic) else -1

    def _plural_noun(self, doc: Doc, texts: list[str], det: int, a: Mention, sent_of: list[int]) -> bool:
        """German: an organisation noun in the plural, by its article: "die" or "diese" before a noun
        that is not feminine ("die Entwickler arbeiten an ...", "diese Unternehmen"), or a genitive
        "der" after a noun before one ending in "-er", whose singular genitive would be "des
        ...ers" ("nach Angaben der Entwickler", "die Gunst der Hersteller")."""
        if det < 0 or det >= a.start:
            return False
        noun = texts[a.end - 1].lower()
        if self.lex.noun_lemma(texts[a.end - 1]) in self._feminine or noun in self._feminine:
            return False
        article = texts[det].lower()
        if article in ("die", "diese"):
            return True
        if article in ("der", "den") and self._noun_genders.get(texts[a.end - 1]) == "n":
            return True     # a neuter noun after "der"/"den": a plural ("der Hunger der Unternehmen")
        # (the word before: a noun, not a name, nor a word that opens the sentence)
        k = det - 1
        return article == "der" and noun.endswith("er") and k > 0 and sent_of[k - 1] == sent_of[k] == sent_of[det] \
            and texts[k][:1].isupper() and texts[k].isalpha() and k not in self._taken

    def _topic_of_sentence(self, texts: list[str], m: Mention, sent_of: list[int]) -> bool:
        """The name ``m`` follows a ``topic_preposition`` that opens its sentence (an article between
        them at most) and a copula follows it: "Für Acme ist es der dritte Zukauf"."""
        k = m.start - 1
        if k > 0 and texts[k].lower() in self.lex.cues["anaphor_det"]:
            k -= 1
        return k >= 0 and texts[k].lower() in self.lex.cues["topic_preposition"] \
            and (k == 0 or sent_of[k - 1] != sent_of[k]) \
            and m.end < len(texts) and texts[m.end].lower() in self._topic_verbs

    def _ends_copula_sentence(self, texts: list[str], m: Mention, sent_of: list[int]) -> bool:
        """German (p25c): the name ends a short sentence whose copula comes among its first words ("Noch größer
        ist das Geschäft von Acme.", "Anders ist die Lage bei Acme."): what the sentence is about."""
        s = sent_of[m.start]
        first = m.start
        while first > 0 and sent_of[first - 1] == s:
            first -= 1
        return m.end < len(texts) and texts[m.end] == "." and m.start - first <= 8 \
            and any(texts[k].lower() in self.lex.cues["org_copula"] for k in range(first + 1, min(first + 4, m.start))) \
            and not any(k in self._mention_starts for k in range(first, m.start))     # ("Acme ist eine Ausgründung der X.")

    def _it_target(self, doc: Doc, texts: list[str], a: Mention, s: int, by_sent, resolved, entities: list[Entity],
                   sent_of: list[int]) -> int:
        """The organisation an English subject "it" refers to, -1 when none is sure.

        Its own sentence's subject when that opens the sentence or a clause a lead word opens
        ("Acme sells to banks, and it runs ...", "When Acme bought X, it ..."); otherwise, when
        "it" opens its sentence or follows a fronted phrase that names nothing ("It also bought
        ...", "Last year, it ..."), the subject of the sentence before. The subject is the first name or resolved
        reference of that sentence: an organisation, not after a preposition, not owning the
        next word ("Acme's chief ..."), not in brackets (a dateline's agency), not one of two
        ("Acme and Zorblax took part": "it" is neither). Never a model or a person ("Rocket 2 is
        out. It runs on ...")."""
        opens = a.start == 0 or sent_of[a.start - 1] != s
        own = [] if opens else sorted((m for m in by_sent.get(s, []) + resolved.get(s, []) if m.end <= a.start),
                                      key=_START)
        if own and texts[own[0].start].lower() == "it" and own[0].entity >= 0:
            return own[0].entity     # "Last year it bought X, and it has acquired Y": the same "it"
        if own:
            m = own[0]
            k = m.start - 1
            while k >= 0 and sent_of[k] == s and texts[k].lower() in self.lex.cues["anaphor_det"]:
                k -= 1
            if not (k < 0 or sent_of[k] != s
                    or texts[k].lower() in self.lex.cues["anaphor_it_lead"] and (k == 0 or sent_of[k - 1] != s)):
                return -1   # "Besides Acme, it has ...", "Zorblax's chief said Acme ... and it": not sure
            cands = own
        elif opens or texts[a.start - 1] == "," or a.start >= 2 and sent_of[a.start - 2] == s \
                and (a.start == 2 or sent_of[a.start - 3] != s):
            # (also after a fronted time phrase of two words, "Last year it ...", which the cue checked)
            cands = sorted(by_sent.get(s - 1, []) + resolved.get(s - 1, []), key=_START)
        else:
            return -1   # "Kodiak became a listed company after it merged ...": its subject is no name
        cands = [m for m in cands if not _bracketed(texts, m)]
        if not cands:
            return -1
        m = cands[0]
        if entities[m.entity].type != "Organization" or self._after_preposition(doc, m.start) \
                or m.end < len(texts) and texts[m.end] in ("'s", "’s", "-"):
            return -1
        if len(cands) > 1 and (texts[m.end:cands[1].start] in (["and"], [","], ["or"])):
            return -1   # one of two or more subjects
        return m.entity

    def _subject_before(self, doc: Doc, texts: list[str], a: Mention, det: int, s: int, named: set[int],
                        introduced: Iterable[tuple[int, int]], by_sent: dict[int, list[Mention]], sent_of: list[int],
                        entities: list[Entity], fits: Callable[[int], bool]) -> int:
        """German (p25a): a general noun opening its sentence ("Der Konzern konkurriert …") whose one
        candidate was introduced with it sentences before ("Der Chipkonzern X …", "der Konzern X") continues the
        subject of the sentence right before, when that names another organisation that fits and stands
        after no preposition ("Mit dem Zukauf baut Y sein Geschäft aus."): -1 where it does not apply."""
        if not self.genitive or a.anaphor != "org" or _noun(a.text) not in _DE_GENERAL_NOUNS \
                or not self._opens_sentence(doc, a.start, sent_of) or det < 0 or sent_of[det] != s \
                or any(k >= s - 1 for e, k in introduced if e in named):
            return -1
        before = [m for m in by_sent.get(s - 1, []) if entities[m.entity].type == "Organization" and not m.anaphor]
        if not before or before[0].entity in named or not fits(before[0].entity) \
                or self._after_preposition(doc, before[0].start) or self._after_relative(doc, before[0].start) \
                or before[0].end < len(texts) and texts[before[0].end] == "-":
            return -1
        return before[0].entity

    def _opens_sentence(self, doc: Doc, start: int, sent_of: list[int]) -> bool:
        """The name at ``start`` opens its sentence, after a determiner at most ("Der Acme-Chef")."""
        k = start - 1
        if k >= 0 and sent_of[k] == sent_of[start] and doc[k].lower_ in self.lex.cues["anaphor_det"]:
            k -= 1
        return k < 0 or sent_of[k] != sent_of[start]

    # ---- step 4: anaphors ------------------------------------------------------------------
    def _appositive_nouns(self, texts: list[str], mentions: list[Mention], entities: list[Entity],
                          sent_of: list[int], nouns: dict[str, list[tuple[int, int]]]) -> None:
        """Register the noun of "Acme, a Boston startup," / "Acme, ein Start-up aus Berlin" for
        Acme, so that a later "the startup" / "das Start-up" finds it."""
        heads = self._anaphor_nouns
        for m in mentions:
            i = m.end
            if entities[m.entity].type != "Organization" or i + 1 >= len(texts) or texts[i] != "," \
                    or texts[i + 1].lower() not in self._appos_articles:
                continue
            for j in range(i + 2, min(i + 8, len(texts))):
                if texts[j] in (",", ".", ";", ":"):
                    break
                if not texts[j][:1].isalpha():
                    continue
                word = texts[j] + ("-" + texts[j + 2] if j + 2 < len(texts) and texts[j + 1] == "-" else "")
                noun = _noun(word)
                if noun in heads:
                    nouns[noun].append((m.entity, sent_of[m.start]))
                    break

    def _compound_nouns(self, texts: list[str], mentions: list[Mention], entities: list[Entity],
                        sent_of: list[int], nouns: dict[str, list[tuple[int, int]]],
                        fused: dict[str, list[tuple[int, int]]] | None = None) -> None:
        """Register the head of a compound noun before a name ("der Chipkonzern Acme", "das
        Berliner KI-Start-up Acme": "konzern", "start-up") for that name, as "das Start-up Acme"
        is, so that a later "der Konzern" / "das Start-up" finds it. After a German preposition
        fused with its article ("vom Industriekonzern Acme", "beim Chiphersteller Acme") into
        ``fused``: a name in a prepositional phrase is a weaker antecedent than the subjects
        nearby, so the caller uses these only for an anaphor further back."""
        heads = self._anaphor_nouns
        dets = self.lex.cues["anaphor_det"]
        for m in mentions:
            if m.anaphor or entities[m.entity].type != "Organization":
                continue
            j = m.start - 1
            while j >= 2 and texts[j - 1] == "-":       # "KI-Start-up": the whole hyphenated word
                j -= 2
            # after an article, or opening a sentence or headline ("Chipkonzern Acme meldet ...")
            if j < 0 or j >= m.start or not texts[j][:1].isalpha():
                continue
            into = nouns
            if not (j > 0 and any(t.lower() in dets for t in texts[max(0, j - 3):j])
                    or texts[j][:1].isupper() and (j == 0 or sent_of[j - 1] != sent_of[j])):
                if fused is None or not self.genitive \
                        or not any(t.lower() in _FUSED_PREPOSITIONS for t in texts[max(0, j - 3):j]):
                    continue
                into = fused
            word = _noun("".join(texts[j:m.start]))
            # every head the compound ends in ("Chiphersteller": "chiphersteller" if listed, and
            # "hersteller"), so that either anaphor finds it; sorted, since a set's order varies by run
            for head in _bounded(self._heads_in, word, lambda w: tuple(sorted(h for h in heads if w.endswith(h) and w != h))):
                into[head].append((m.entity, sent_of[m.start]))
        if self.english:
            # a name that ends in such a noun ("the AI Safety Institute", "Vexa Labs"): "the
            # institute", "the lab" is that organisation
            for m in mentions:
                if m.anaphor or entities[m.entity].type != "Organization" or m.end - m.start < 2:
                    continue
                last = texts[m.end - 1].lower()
                for head in (last, last[:-1] if last.endswith("s") else ""):
                    # (not the nouns any organisation goes by: "Acme Research Company" is no
                    # antecedent of every "the company")
                    if head in heads and head not in _GENERIC_ORG_NOUNS and texts[m.end - 1][:1].isupper():
                        nouns[head].append((m.entity, sent_of[m.start]))
                        break

    def _description_marks(self, doc: Doc, texts: list[str], mentions: list[Mention],
                           entities: list[Entity], at: dict[int, Mention]) -> dict[int, set[str]]:
        """Words the text describes each organisation with, for descriptions that refer back to
        it ("the Paris company", "der ChatGPT-Entwickler"): the words of a noun phrase right before
        its name ("Paris-based Acme", "das Münchner Start-up Acme", "ChatGPT maker Acme"), of an
        apposition after it ("Acme, a Paris startup,"), a place after it ("Acme aus Berlin", "Acme,
        based in Paris"), and the things it makes ("Acme's Quill", "Quill von Acme", "Acme-Modell
        Quill"). A name among these words gives its label."""
        marks: dict[int, set[str]] = defaultdict(set)
        makers = self.lex.cues["org_maker_prep"]
        places = [p.split() for p in self.lex.cues["description_place_prep"]]
        n = len(texts)
        appos = self._appos_articles | self.lex.cues["anaphor_det"]

        def words(i: int, j: int, into: set[str]) -> None:
            for k in range(i, j):
                if k in at and at[k].entity >= 0:
                    into.add(entities[at[k].entity].label.lower())
                elif texts[k][:1].isalpha() and not doc[k].is_stop:
                    into.add(texts[k].lower())
        for m in mentions:
            if m.anaphor or m.entity < 0:
                continue
            org = entities[m.entity].type == "Organization"
            if org:
                mine = marks[m.entity]
                k = m.start - 1     # the noun phrase before the name, up to a function word or a mark
                # (p22b: four words, the hyphens of a compound not counted: "das Münchner KI-Start-up Acme")
                while k >= 0 and m.start - k - texts[k:m.start].count("-") <= 4 and (
                        texts[k] == "-" or texts[k][:1].isalpha() and not doc[k].is_stop and k not in at):
                    k -= 1
                words(k + 1, m.start, mine)
                if m.end + 1 < n and texts[m.end] == "," and texts[m.end + 1].lower() in appos:
                    j = m.end + 2
                    while j < min(m.end + 9, n) and texts[j] not in (",", ".", ";", ":", "(", ")"):
                        j += 1
                    words(m.end + 2, j, mine)
                i = m.end + (m.end < n and texts[m.end] == ",")
                low = texts[i].lower() if i < n else None
                for w in places:    # "Acme aus Berlin", "Acme, based in Paris"
                    if (not w or w[0] == low) and [t.lower() for t in texts[i:i + len(w)]] == w \
                            and i + len(w) < n and texts[i + len(w)][:1].isupper():
                        words(i + len(w), i + len(w) + 1, mine)
                if m.end + 1 < n and texts[m.end] in ("'s", "’s") and (y := at.get(m.end + 1)) is not None:
                    words(y.start, y.start + 1, mine)                  # "Acme's Quill"
                if m.end + 2 < n and texts[m.end] == "-" and (y := at.get(m.end + 2)) is not None:
                    words(y.start, y.start + 1, mine)                  # "Acme-Modell Quill"
            elif m.end + 1 < n and texts[m.end].lower() in makers and (o := at.get(m.end + 1)) is not None \
                    and o.entity >= 0 and entities[o.entity].type == "Organization":
                marks[o.entity].add(entities[m.entity].label.lower())  # "Quill von Acme"
        return marks

    def _described_as(self, doc: Doc, texts: list[str], det: int, a: Mention, marks: dict[int, set[str]],
                      at: dict[int, Mention], first: dict[int, int], entities: list[Entity]) -> int:
        """The one organisation named before a description whose words (between its determiner and
        its noun: "the Paris company", "der ChatGPT-Entwickler"; a compound noun: "der
        Versicherungskonzern"; a place after it: "der Konzern aus Walldorf") the text described
        it with; -1 if none or several."""
        words: set[str] = set()
        for k in range(det + 1, a.start):
            m = at.get(k)
            if m is not None and m.entity >= 0:
                words.add(entities[m.entity].label.lower())
            elif texts[k][:1].isalpha() and not doc[k].is_stop and _noun(texts[k]) not in self._anaphor_nouns:
                words.add(texts[k].lower())
        if a.end - a.start == 1 and _noun(a.text) not in self._anaphor_nouns:
            words.add(a.text.lower())       # a compound no cue lists ("Versicherungskonzern")
        for p in self.lex.cues["description_place_prep"]:
            w = p.split()
            if [t.lower() for t in texts[a.end:a.end + len(w)]] == w and a.end + len(w) < len(texts) \
                    and texts[a.end + len(w)][:1].isupper():
                words.add(texts[a.end + len(w)].lower())
        if not words:
            return -1
        fits = {e for e, xs in marks.items() if first.get(e, a.start) < a.start and entities[e].type == "Organization"
                and any(_same_stem(w, x) for w in words for x in xs)}
        return fits.pop() if len(fits) == 1 else -1

    # ---- "es", "er", "ihn" for things and organisations --------------------------------------
    def _word_genders(self, word: str) -> str:
        """Genders of a German noun ("Modell" "n"), of a compound by its head ("Autozulieferer",
        "Cloudanbieter"), "" when unknown or no noun."""
        if not word[:1].isupper():
            return ""
        lemma = self.lex.noun_lemma(word)
        g = self._noun_genders.get(lemma, "")
        for i in range(1, len(lemma) - 3):
            if g:
                break
            g = self._noun_genders.get(lemma[i:].capitalize(), "")
        return g

    def _np_genders(self, texts: list[str], m: Mention, type_: str) -> tuple[str, str, bool]:
        """The genders a mention's noun phrase admits ("der Autozulieferer X": "m"; "das Modell X":
        "n"; a model named bare "n", a chip "m"; "" unknown), its determiner and whether a
        preposition opens the phrase ("bei dem Anbieter X", "von X")."""
        k = m.start - 1
        if m.anaphor:
            noun = self._word_genders(texts[m.end - 1])
        else:
            if k >= 0 and texts[k].lower() == "namens":
                k -= 1      # "das Start-up namens X"
            elif k >= 2 and texts[k - 2].lower() == "mit" and texts[k - 1].lower() == "dem" and texts[k] == "Namen":
                k -= 3      # "der Chip mit dem Namen X"
            noun = self._word_genders(texts[k]) if k >= 0 else ""
            if noun:
                k -= 1
                while k >= 1 and texts[k] == "-":
                    k -= 2      # "der Cloud-Anbieter X"
        j = k
        while j >= 0 and k - j < 4 and texts[j].lower() not in _DET_GENDERS and texts[j].isalpha() \
                and texts[j][:1].islower() and texts[j].lower() not in self._np_preps \
                and texts[j].lower() not in ("wie", "als"):
            j -= 1      # adjectives ("der neue Chip X")
        det = texts[j].lower() if j >= 0 and texts[j].lower() in _DET_GENDERS else ""
        before = j - 1 if det else j
        # a name after "wie"/"als" inside a clause is compared ("ähnliche Werte wie das Modell X"),
        # no subject; one opening a clause ("Wie das Unternehmen mitteilte", ", wie der Konzern
        # sagte") is
        prep = det in _FUSED_PREPOSITIONS or before >= 0 and (
            texts[before].lower() in self._np_preps
            or texts[before] in ("wie", "als") and before > 0 and texts[before - 1] not in (",", ";", ":", "(", "–"))
        genders = noun or _DET_GENDERS.get(det, "") or _TYPE_GENDERS.get(type_, "")
        if noun and det and set(noun) & set(_DET_GENDERS[det]):
            genders = "".join(sorted(set(noun) & set(_DET_GENDERS[det])))
        return genders, det, prep

    def _thing_target(self, doc: Doc, texts: list[str], a: Mention, s: int, gender: str,
                      by_sent: dict, resolved: dict, entities: list[Entity]) -> int:
        """The organisation, model or chip a German "es"/"er"/"ihn" refers to, by the gender of
        the noun that names it: a subject before it in its sentence ("Wie das Unternehmen
        mitteilte, hat es ..."; "ihn" an object), else what a bare description in the sentence
        before refers to ("Das Modell ist ... . In Tests schneidet es ..."; no preposition before
        it), else the subject-most fitting name of the sentence before ("Der Chip X wird ... .
        Kunden testen ihn"), else the one model ("es") or chip ("er") of the sentence before;
        -1 for none."""
        accusative = texts[a.start].lower() == "ihn"

        def ranked(ms: list[Mention], objects_first: bool, things_first: bool = False) -> list[Mention]:
            out = []
            for m in ms:
                if m.entity < 0 or m is a or entities[m.entity].type == "Person" \
                        or m.anaphor in ("poss", "speaker", "pair", "recent"):
                    continue
                genders, det, prep = self._np_genders(texts, m, entities[m.entity].type)
                if gender not in genders or prep or det in ("des", "eines"):
                    continue
                oblique = det in ("dem", "den", "einem", "einen")
                if objects_first and not oblique:
                    continue    # "Kunden wie der Anbieter X testen ihn": X's clause would say "sich"
                org = things_first and entities[m.entity].type == "Organization"
                out.append((org, oblique != objects_first, m.start, m))
            return [x[-1] for x in sorted(out, key=lambda x: x[:3])]
        same = ranked([m for m in by_sent.get(s, []) + resolved.get(s, []) if m.start < a.start], accusative)
        if same:
            return same[0].entity if not self._noun_between(texts, same[0].end, a.start, gender) else -1
        prev = by_sent.get(s - 1, [])
        lo = self._sent_starts[s - 1] if 0 < s <= len(self._sent_starts) else len(texts)
        if s > 0:
            # "Das Modell ist der Nachfolger von X.": the bare description is the subject there
            # ("Nach Angaben des Konzerns liegt das Modell ... .", "Der Chip soll ... ."): the model
            # or chip named last before that sentence
            hi = self._sent_starts[s] if s < len(self._sent_starts) else len(texts)
            for k in range(lo, hi - 2):
                if texts[k].lower() not in ("das", "der") or k > lo and texts[k - 1].lower() in self._np_preps:
                    continue
                t = self._thing_types.get(texts[k + 1].lower())
                if t and gender in self._word_genders(texts[k + 1]) and gender in _DET_GENDERS[texts[k].lower()]:
                    if texts[k + 2].lower() in ("namens", "mit") or k + 2 in self._mention_starts:
                        continue    # "das Modell X", "der Chip mit dem Namen X": a name follows
                    for back in (2, 3):
                        named = [m for m in by_sent.get(s - back, []) + resolved.get(s - back, [])
                                 if m.entity >= 0 and entities[m.entity].type == t]
                        if named:
                            return max(named, key=_START).entity
                    return -1
        # a name the sentence before describes as a thing comes first: an organisation there is
        # mostly taken up as "das Unternehmen", "der Konzern"
        before = ranked(prev + resolved.get(s - 1, []), False, True)
        if before:
            return before[0].entity if not self._noun_between(texts, before[0].end, a.start, gender) else -1
        t = _GENDER_TYPES.get(gender)
        if lo < len(texts) and self._thing_gender.get(texts[lo].lower()) == gender:
            return -1   # "Es basiert auf dem Modell X.": its subject is a pronoun, not X
        only = {m.entity for m in prev if m.entity >= 0 and entities[m.entity].type == t}
        return only.pop() if len(only) == 1 else -1

    def _speaker_company(self, texts: list[str], mentions: list[Mention], sentence: list[Mention], a: Mention,
                         entities: list[Entity]) -> int:
        """The company of the person who speaks a quote with "we" in it ("..., Roe told X." after
        "Acme co-founder Jana Roe" or "Jana Roe, Acme's chief executive," earlier): the company
        named right before the person's name with only role words between, or right after it in
        an apposition; -1 if the text says none."""
        person = next((m.entity for m in sorted(sentence, key=_START) if m.start > a.start and not m.anaphor
                       and entities[m.entity].type == "Person"), -1)
        if person < 0:
            return -1
        ends = {m.end: m for m in mentions if m.entity >= 0 and not m.anaphor
                and entities[m.entity].type == "Organization"}
        starts = {m.start: m for m in mentions if m.entity >= 0 and not m.anaphor
                  and entities[m.entity].type == "Organization"}
        roles = self._speaker_roles
        for m in sorted(mentions, key=_START):
            if m.entity != person or m.anaphor:
                continue
            k = m.start     # "Acme co-founder Jana Roe", "Acme-Chefin Jana Roe"
            while k > 0 and k not in ends and m.start - k < 5 and (texts[k - 1].lower() in roles or texts[k - 1] == "-"):
                k -= 1
            if k < m.start and k in ends:
                return ends[k].entity
            k = m.end       # "Jana Roe, Acme's chief executive,"
            if k + 1 < len(texts) and texts[k] == "," and k + 1 in starts:
                org = starts[k + 1]
                if org.end + 1 < len(texts) and texts[org.end] in ("'s", "’s") and texts[org.end + 1].lower() in roles:
                    return org.entity
        return -1

    def _noun_between(self, texts: list[str], start: int, end: int, gender: str) -> bool:
        """A common noun of the pronoun's gender, in the singular with an article of that gender
        but no genitive one, stands between the antecedent and the pronoun: the pronoun may refer
        to it ("Über den Kaufpreis ... schätzen ihn ...")."""
        for k in range(start + 1, end):
            word = texts[k]
            if k + 1 in self._mention_starts or k in self._taken or k - 1 in self._taken:
                continue    # "der Cloud-Anbieter X": the noun describes the name after it; or is in a name
            if word[:1].isupper() and self.lex.noun_lemma(word) == word and word in self._noun_genders \
                    and self._noun_genders[word] == gender:
                det = next((texts[j].lower() for j in range(k - 1, max(start, k - 4) - 1, -1)
                            if texts[j].lower() in _DET_GENDERS), "")
                if det and gender in _DET_GENDERS[det] and det not in ("des", "eines") \
                        and det not in _FUSED_PREPOSITIONS:
                    return True
        return False

    def _persons_near(self, a: Mention, s: int, by_sent: dict, entities: list[Entity], gender: str | None) -> bool:
        """A person of the pronoun's gender is named in its sentence before it or in the one before."""
        return any(entities[m.entity].type == "Person" and self._gender_fits(entities[m.entity].label, gender)
                   for k in (s, s - 1) for m in by_sent.get(k, []) if k < s or m.start < a.start)

    def _merged_target(self, texts: list[str], a: Mention, s: int, by_sent, entities: list[Entity]) -> int:
        """English "the merged|combined company": the company the merger formed or named ("to form X",
        "to be called X", "will trade as X"), else the first organisation named in the text's first
        sentence that tells of a merger of two ("A and B said they would merge. ... The combined firm
        will ..."): the announcement names the survivor first."""
        if a.start < 1 or texts[a.start - 1].lower() not in _MERGED_WORDS \
                or any(w.lower() in ("called", "named") for w in texts[a.end:a.end + 4]):
            return -1
        announced = -1
        for k in range(0, s + 1):
            orgs = sorted((m for m in by_sent.get(k, []) if not m.anaphor and (k < s or m.start < a.start)
                           and entities[m.entity].type == "Organization"), key=_START)
            if announced < 0:
                if len({m.entity for m in orgs}) < 2 or not ({w.lower() for w in texts[orgs[0].start:orgs[-1].end + 12]} & _MERGER_WORDS
                                                              or _they_merge(texts[orgs[-1].end:orgs[-1].end + 24])):
                    continue
                announced = orgs[0].entity
            formed = [m for m in orgs if m.start > 1 and (texts[m.start - 1].lower() in _FORMED_WORDS
                                                          or " ".join(texts[m.start - 2:m.start]).lower() in _FORMED_WORDS)]
            if formed:
                return formed[0].entity
        return announced

    def _resolve_anaphors(self, doc: Doc, texts: list[str], mentions: list[Mention],
                          anaphors: list[Mention], entities: list[Entity]) -> list[Mention]:
        if not anaphors or not mentions:
            return []
        taken: set[int] = set()     # tokens of the names
        starts, ends = {}, {}
        for m in mentions:
            taken.update(range(m.start, m.end))
            starts[m.start] = m
            ends[m.end - 1] = m
        sent_of, sent_starts = _sentence_index(doc)
        self._sent_starts = sent_starts if self._thing_gender else []
        self._sent_bounds = sent_starts     # sentence starts
        self._mention_starts = {m.start for m in mentions}
        self._taken = taken
        by_sent: dict[int, list[Mention]] = defaultdict(list)
        for m in mentions:
            by_sent[sent_of[m.start]].append(m)
        org_counts = Counter(m.entity for m in mentions if entities[m.entity].type == "Organization")
        topic = org_counts.most_common(1)[0][0] if org_counts else -1
        out = []
        resolved: dict[int, list[Mention]] = defaultdict(list)
        referred: Counter = Counter()     # entity -> anaphors resolved to it so far
        nouns: dict[str, list[tuple[int, int]]] = defaultdict(list)   # "start up" -> (entity, sentence)
        called: dict[str, set[int]] = defaultdict(set)    # p25d, English: "X, the AI startup in which ...": X
        self._appositive_nouns(texts, mentions, entities, sent_of, nouns)
        fused: dict[str, list[tuple[int, int]]] = defaultdict(list)    # "vom Chipkonzern Acme"
        self._compound_nouns(texts, mentions, entities, sent_of, nouns, fused)
        described = self._described_kinds(texts, mentions, entities)
        for noun, refs in nouns.items():
            if kind := self._noun_class(noun):
                for e, _k in refs:
                    described[e].add(kind)
        # a name told something ("sagte P dem Spiegel", p22c; "told X", "in an interview with X", p23f)
        # is an outlet, no referent of "die Firma", "the company"
        for m in mentions:
            if not m.anaphor and m.entity >= 0 and entities[m.entity].type == "Organization" \
                    and self._addressee(texts, ends, entities, m.start):
                described[m.entity].add("media")
        kinds = described.__getitem__
        sources = self._sources_only(texts, mentions, entities) if self.genitive else frozenset()
        institutes = {i for i, ent in enumerate(entities) if ent.type == "Organization"
                      and any(w.endswith(self._institute_heads) for w in ent.label.lower().replace("-", " ").split())} \
            if self._institute_heads else set()
        at = {k: m for m in mentions for k in range(m.start, m.end)}
        marks = self._description_marks(doc, texts, mentions, entities, at)
        if not marks:
            at = {}
        first: dict[int, int] = {}      # entity -> start of its first name
        for m in mentions:
            if not m.anaphor and m.entity >= 0 and m.entity not in first:
                first[m.entity] = m.start
        # kinds an organisation of the text is named by with its first word ("Laboratory for X", not "Acme
        # Lab"): "the lab" is then strict (p26e); the strict kinds of this text
        named_kinds = {self._noun_class(_noun(ent.label.split()[0])) for ent in entities
                       if ent.type == "Organization" and ent.label} & _STRICT_WHEN_NAMED
        strict = _STRICT_KINDS | named_kinds
        for a in sorted(anaphors, key=_START):
            if a.anaphor in ("org", "per") and a.end - a.start >= 3 and texts[a.end - 2] == "-" \
                    and (a.end - 3) in ends and a.end - 1 not in taken:
                # "der ChatGPT-Entwickler", "der frühere Acme-Manager": the name describes the
                # anaphor (a person's employer), whose head is the noun
                a.start, a.text = a.end - 1, texts[a.end - 1]
            if not taken.isdisjoint(range(a.start, a.end)):
                continue
            if a.end < len(doc) and texts[a.end] == "-" and a.anaphor == "org":
                continue   # a compound modifier ("Start-up-Schmiede"), not a noun phrase
            nxt = starts.get(a.end)
            if nxt is None and a.anaphor == "org":
                # "das Start-up namens Acme", "das Start-up mit dem Namen Acme"
                named_as = next((len(p) for p in _NAMING if tuple(t.lower() for t in texts[a.end:a.end + len(p)]) == p), 0) \
                    if a.end < len(texts) and texts[a.end].lower() in _NAMING_FIRST else 0
                nxt = starts.get(a.end + named_as) if named_as else None
            if a.anaphor == "org" and nxt is not None and entities[nxt.entity].type == "Organization":
                # apposition: "das Start-up Acme", "the company Acme"; the noun describes Acme
                nouns[_noun(a.text)].append((nxt.entity, sent_of[a.start]))
                if kind := self._noun_class(_noun(a.text)):
                    described[nxt.entity].add(kind)
                continue
            if self.english and a.anaphor == "org" and self._unit_of_named(doc, texts, a, starts, entities):
                continue    # "the perception group at Acme": a unit of the named organisation, no anaphor
            if self.english and a.anaphor == "org" and a.start > 0 and texts[a.start - 1] in ("'s", "’s") \
                    and (a.start - 2) in ends:
                continue    # "Acme's lab": a part of the named organisation, no anaphor
            s = sent_of[a.start]
            target = -1
            kind = None
            if a.anaphor == "poss" and (a.end >= len(doc) or texts[a.end] in (",", ".", ";", ":", "!", "?", ")")
                                        or texts[a.end].lower() in self.lex.cues["anaphor_poss_verb_next"]):
                continue    # the verb ("soll geeignet sein.", "sein muss"): a possessive precedes a noun
            parent = self._parent_in_unit_name(texts, a, ends, entities) if self.english and a.anaphor == "org" else -1
            if parent >= 0:
                target = parent
            elif a.anaphor == "speaker":
                # "we" in a quote: the organisation of the speaker the sentence names after a speech
                # verb ("„Wir ...“, sagte Acme-Chefin X"), else the most mentioned one named before it
                speaker = next((m.entity for m in by_sent.get(s, []) if m.start > a.start and not m.anaphor
                                and entities[m.entity].type == "Organization" and m.end < len(texts)
                                and texts[m.end] == "-" and m.start > 0
                                and texts[m.start - 1].lower() in self.lex.cues["speech_verb"]), -1)
                if speaker < 0:
                    speaker = self._speaker_company(texts, mentions, by_sent.get(s, []), a, entities)
                orgs_before = {m.entity for m in mentions if m.start < a.start and entities[m.entity].type == "Organization"}
                target = speaker if speaker >= 0 else \
                    max(orgs_before, key=lambda e: (org_counts[e], -e)) if orgs_before else -1
            elif a.anaphor == "recent":
                # "Dessen" is masculine or neuter: not "der Universität X", "der Firma X"
                fem = texts[a.start].lower() == "dessen" and self.genitive
                last = [m.entity for m in by_sent.get(s - 1, []) if entities[m.entity].type == "Organization"
                        and not (fem and any(self.lex.noun_lemma(texts[k]) in self._feminine
                                             for k in range(m.start, m.end)))]
                if last:
                    target = last[-1]
            elif a.anaphor == "it":
                target = self._it_target(doc, texts, a, s, by_sent, resolved, entities, sent_of)
            elif a.anaphor == "perpair":
                # "Beide hatten zuvor bei X gearbeitet": the two people the sentence before names,
                # when it names just two (and no organisation as its subject before them)
                persons = list(dict.fromkeys(m.entity for m in by_sent.get(s - 1, [])
                                             if entities[m.entity].type == "Person"))
                if len(persons) == 2:
                    target, a.entity2 = persons
            elif a.anaphor == "pair":
                # "die beiden Konzerne", "both companies": the two organisations of the nearest
                # sentence (this one first) that names two
                for back in range(0, self.window + 1):
                    # not a name in brackets ("LONDON (Newswire) - Acme and Zorblax ..., the
                    # companies said"): a dateline's agency or an aside
                    # (in its own sentence a resolved reference counts: "The lab, which is owned by A
                    # and run by P, the co-founder of both companies")
                    in_sent = by_sent.get(s - back, []) if back or not self.english else \
                        sorted(by_sent.get(s, []) + [m for m in resolved.get(s, []) if m.entity >= 0 and m.anaphor == "org"
                                                   and m.start > 0 and texts[m.start - 1].lower() in ("the", "this")], key=_START)
                    orgs = list(dict.fromkeys(m.entity for m in in_sent
                                              if entities[m.entity].type == "Organization"
                                              and (back or m.start < a.start) and not _bracketed(texts, m)))
                    if back and self.english and len(orgs) == 1:
                        # p25f: a subject "it" resolved there counts too ("It later launched Y, which A says
                        # copies its code. The two companies have been rivals ...": A and the one of "it")
                        orgs += [m.entity for m in resolved.get(s - back, []) if m.entity >= 0 and m.anaphor == "it"
                                 and m.entity not in orgs][:1]
                    if not back and self.english:
                        # p24f: not examples listed after "including|such as" ("X's papers, including A
                        # and B, use Y, a partnership the two companies ..."): X and the text's company
                        listed = _listed_examples(texts, in_sent, self.lex.cues["conjunct_list_intro"])
                        orgs = [e for e in orgs if e not in listed]
                    if len(orgs) >= 2:
                        # in its own sentence the two named nearest before it ("at A, first at B
                        # and then at C after the two groups merged": B and C)
                        target, a.entity2 = (orgs[-2], orgs[-1]) if not back and self.english else (orgs[0], orgs[1])
                        break
                    if not back and len(orgs) == 1 and topic >= 0 and orgs[0] != topic and a.start > 0 \
                            and texts[a.start - 1].lower() not in self.lex.cues["anaphor_object_prep"] \
                            and not any(";" in texts[m.end:a.start] for m in in_sent if m.entity == orgs[0]):
                        # one named before it in its own sentence: that one and the organisation
                        # the text is about ("Auch Acme hält einen Anteil, seit die beiden Konzerne
                        # eine Partnerschaft vereinbart haben"); not after a preposition ("X, der an
                        # beiden Unternehmen beteiligt ist": two others; p27b: nor across a semicolon, "X soll
                        # in Y sitzen; beide Konzerne halten je 50 Prozent": a new clause about the pair before)
                        target, a.entity2 = orgs[0], topic
                        break
            elif a.anaphor in ("org", "poss"):
                kind = self._noun_class(_noun(a.text)) if a.anaphor == "org" else None
                if kind in _STRICT_WHEN_NAMED and kind not in named_kinds:
                    kind = None     # "the lab" of a text that names no lab: any organisation, as before
                if kind is None and a.anaphor == "org" and self.genitive and a.start > 1 \
                        and texts[a.start - 1].lower() in ("junge", "jungen") and texts[a.start - 2].lower() in ("das", "dem", "des"):
                    kind = self._noun_class("startup")    # p24b: "das junge Unternehmen" is a start-up

                def fits(e: int, org: bool = a.anaphor == "org", kind: str | None = kind) -> bool:
                    # "der Konzern" is no organisation described only as a start-up or an investor,
                    # "das Unternehmen" none described only as an investor
                    if not org:
                        return e not in sources     # p25c: "seiner" is no report source's ("Nach einem Bericht der X")
                    known = kinds(e)
                    if kind in _COMPANY_KINDS and e in institutes:
                        return False    # p27c: "der Stuttgarter Konzern" is no "Institut für Technologie" named before
                    if kind in strict:
                        # "die Bank", "das Institut": only one described so, or whose name ends in
                        # a noun of that kind ("Zorbabank", "Acme-Institut")
                        return kind in known or any(self._noun_class(_noun(w)) == kind for w in entities[e].label.split())
                    known = known - _OPEN_KINDS     # a lab is also a start-up or a company
                    return not known or kind in known or kind is None and not known <= _ONLY_NAMED_KINDS
                # "the company" is the subject-most organisation of the sentence or a recent one;
                # after a preposition ("invested in the company") it is not the clause's subject but
                # the organisation the passage is about; after "Acme," it is Acme (an apposition)
                det = a.start - 1
                while det > 0 and doc[det].lower_ not in self.lex.cues["anaphor_det"] and a.start - det < 6:
                    det -= 1
                last_word = a.text.lower().split()[-1] if a.text.strip() else ""
                if a.anaphor == "org" and last_word in self._genitive_nouns \
                        and f"{doc[det].lower_} {last_word}" not in self._genitive:
                    continue    # a plural ("in die Start-ups der Region"), no anaphor
                if a.anaphor == "org" and self.genitive and a.layer != "anaphor_org_demonym" \
                        and self._plural_noun(doc, texts, det, a, sent_of):
                    continue    # "die Entwickler", "nach Angaben der Entwickler": people, no anaphor
                if a.anaphor == "org" and self.genitive and a.start > 0 and texts[a.start - 1].lower() in _DE_INDEFINITE:
                    continue    # "der erste Posten in einem Start-up": any one, no anaphor
                if a.anaphor == "org" and self.genitive and a.start > 0 and texts[a.start - 1].lower() in _DE_COORD:
                    continue    # "Behörden und Unternehmen": a bare plural without an article, no anaphor
                # "before setting up the company", "left X to start the company": the company
                # founded, not the one named before it in the clause; the one most named nearby
                founded = a.anaphor == "org" and det > 0 and (
                    doc[det - 1].lower_ in self.lex.cues["anaphor_founding_verb"]
                    or det > 1 and f"{doc[det - 2].lower_} {doc[det - 1].lower_}" in self.lex.cues["anaphor_founding_verb"])
                after_prep = founded or a.anaphor == "org" and det > 0 and (
                    doc[det - 1].lower_ in self.lex.cues["anaphor_object_prep"]
                    # p25a: "X war Kunde des Start-ups": a genitive after a noun of a relation to another company
                    or doc[det - 1].lower_ in self.lex.cues["anaphor_object_noun"] and doc[det].lower_ in self._genitive_dets)
                # p24b: a dative ("Der Freistaat gewährt dem Unternehmen …") is an object, no subject, as after a preposition
                dative = a.anaphor == "org" and self.genitive and det > 0 and doc[det].lower_ == "dem" and det + 1 < a.end \
                    and texts[det - 1] not in (",", "(", "–", "-", ":") \
                    and texts[det - 1].lower() not in self._np_preps    # (", dem Entwickler …": an apposition)
                after_prep = after_prep or dative
                # "X led the company's round", "X first backed the company": not X, but the first other
                # organisation named (or referred to) earlier in the sentence, else in the sentence before
                backed = -1
                if self.english and a.anaphor == "org" and det > 0 and doc[det - 1].lower_ in self.lex.cues["anaphor_object_verb"]:
                    backer = {m.entity for m in by_sent.get(s, []) if det - 4 <= m.end <= det - 1}
                    backed = next((m.entity for k in (s, s - 1)
                                   for m in sorted(by_sent.get(k, []) + resolved.get(k, []), key=_START)
                                   if (k < s or m.start < a.start) and entities[m.entity].type == "Organization"
                                   and m.entity not in backer and fits(m.entity)), -1) if backer else -1
                before = ends.get(det - 2) if det > 1 and texts[det - 1] == "," else None
                # "Das Berliner Start-up" after "das Start-up Acme": the organisation introduced
                # with this noun in the window (one only); a genitive "des Start-ups" too
                noun = _noun(a.text)
                introduced = nouns.get(noun, ()) or nouns.get(noun[:-1] if noun.endswith("s") else "", ()) \
                    if a.anaphor == "org" else ()
                # a name in a prepositional phrase ("... vom Industriekonzern Acme übernommen"): an
                # antecedent only beyond the window, where no subject nearby competes with it
                far = [(e, k) for e, k in (fused.get(noun, ()) or fused.get(noun[:-1] if noun.endswith("s") else "", ()))
                       if k < s - self.window] if a.anaphor == "org" and fused else []
                named = {e for e, k in introduced if s - self.window <= k <= s}
                # "..., the company said": a speech verb makes it the reporting subject, not an
                # apposition to the name before the comma
                reporting = a.end < len(doc) and texts[a.end].lower() in self.lex.cues["speech_verb"]
                # "X, the company's chief executive Y said": the company owns the role, it is not X
                possessive = a.end < len(doc) and texts[a.end] in ("'s", "’s")
                # "the Paris company", "der ChatGPT-Entwickler": the one the text described so
                described_as = self._described_as(doc, texts, det, a, marks, at, first, entities) \
                    if a.anaphor == "org" and marks else -1
                # "X, the search giant's AI division,": the owner is not X but the organisation
                # named last before X (this sentence or the one before)
                owner_before = -1
                if self.english and a.anaphor == "org" and possessive and before is not None \
                        and entities[before.entity].type == "Organization":
                    prior = [m for k in (s - 1, s) for m in by_sent.get(k, []) if m.end <= before.start
                             and not m.anaphor and m.entity != before.entity and entities[m.entity].type == "Organization"]
                    # (not "Y, the company's chief executive Jane Roe said": a clause of its own)
                    role = any(a.end < m.start <= a.end + 6 and entities[m.entity].type == "Person"
                               for m in by_sent.get(s, []))
                    owner_before = max(prior, key=_START).entity if prior and not role else -1
                    if described_as == before.entity:
                        described_as = -1
                if self.genitive and a.anaphor == "poss" and a.start > 1 and texts[a.start - 1].lower() == "über" \
                        and (via := ends.get(a.start - 2)) is not None and entities[via.entity].type == "Organization":
                    owner_before = via.entity   # "A und der Konzern X über seinen Fonds Y": X's own
                if a.layer == "anaphor_org_demonym" and described_as < 0:
                    continue    # "Die Münchner": only the one organisation described with the place
                merged = self._merged_target(texts, a, s, by_sent, entities) \
                    if self.english and a.anaphor == "org" else -1
                if merged >= 0:
                    target = merged     # "the merged company": the first of the pair that merged
                elif owner_before >= 0:
                    target = owner_before
                elif a.anaphor == "org" and before is not None and entities[before.entity].type == "Organization" \
                        and not reporting and not possessive:
                    target = before.entity      # apposition: "Acme, the chipmaker whose ..."
                    if self.english:
                        called[noun].add(target)
                elif described_as >= 0:
                    target = described_as
                elif self.english and a.anaphor == "org" \
                        and (where := self._where_antecedent(texts, a, ends, entities, sent_of)) >= 0:
                    target = where      # "at Acme, where he worked on the company's chatbot": Acme
                elif self.genitive and a.anaphor == "org" and s > 0 and self._opens_sentence(doc, det, sent_of) \
                        and (lead := next((m.entity for m in by_sent.get(s - 1, []) if not m.anaphor
                                           and entities[m.entity].type == "Organization" and fits(m.entity)
                                           and self._ends_copula_sentence(texts, m, sent_of)), -1)) >= 0:
                    target = lead   # p25c: "Noch größer ist das Geschäft von Acme. Der Konzern …": Acme
                elif len(named) == 1 and (carried := self._subject_before(doc, texts, a, det, s, named, introduced, by_sent,
                                                                       sent_of, entities, fits)) >= 0:
                    target = carried    # p25a: "Der Konzern" opening a sentence after another subject's sentence
                elif len(named) == 1:
                    target = named.pop()
                elif backed >= 0:
                    target = backed
                elif after_prep and not founded and self.english \
                        and (setting := self._setting_org(texts, starts, entities, s, a.start)) >= 0 and fits(setting):
                    target = setting    # p25f: "At Acme, P … leads the team behind the company's phones": Acme
                elif after_prep or self.english and reporting and det > 0 and texts[det - 1] == ",":
                    # not one named before it in its own clause ("kam von X zu dem Start-up": X is
                    # another organisation); the anaphors resolved in the sentences before count as
                    # mentions ("..., wie das Unternehmen mitteilte")
                    # (English "..., the company said": the organisation the passage is about, not
                    # a name in the clause it reports, "The round was led by X and Y, the company said")
                    window = [m.entity for k in range(max(0, s - 3), s + 1)
                              for m in by_sent.get(k, []) + (resolved.get(k, []) if k < s else [])
                              if entities[m.entity].type == "Organization" and fits(m.entity)
                              and not (k == s and m.start < a.start and "," not in texts[m.end:a.start])]
                    if dative:
                        # ("Der Freistaat gewährt dem Unternehmen …": not the clause's subject)
                        own = {m.entity for m in by_sent.get(s, []) + resolved.get(s, [])
                               if m.start < a.start and "," not in texts[m.end:a.start]}
                        window = [e for e in window if e not in own]
                    if self.english and a.anaphor == "org" and not founded and noun not in _PLAIN_ORG_NOUNS:
                        # p25d: "has invested $2 billion in the startup": the one of the passage the text called
                        # a startup ("X, the AI startup in which ..."), not the most named one
                        so_called = called.get(noun, set()) | {e for e, _k in introduced}
                        called_here = [e for e in dict.fromkeys(window) if e in so_called]
                        if len(called_here) == 1:
                            window = called_here
                    nearby = Counter(window) if founded else Counter()
                    # (founded: one named or referred to earlier in its sentence first, "Acme chief
                    # executive P, who spent years at X before co-founding the company": Acme)
                    here = [m.entity for m in sorted(by_sent.get(s, []) + resolved.get(s, []), key=_START)
                            if m.start < a.start and entities[m.entity].type == "Organization"
                            and fits(m.entity) and "," in texts[m.end:a.start]] if founded else []
                    target = here[0] if here else \
                        max(window, key=lambda e: (nearby[e], org_counts[e], -e)) if window else topic
                # a relative clause ("Acme, das seine ...", "die Sparte Acme leiten, die als Tochter
                # des Konzerns ..."): its possessive is the antecedent's, a noun phrase in it is not
                in_relative = self._relative_antecedent(doc, texts, starts, ends, det if a.anaphor == "org" else a.start, sent_of)
                antecedent = in_relative or None
                if a.anaphor == "poss" and target < 0 and antecedent is not None \
                        and entities[antecedent.entity].type == "Organization":
                    target = antecedent.entity
                if a.anaphor == "poss" and self.english and target < 0 and a.start > 2 \
                        and (texts[a.start - 1] in ("and", "&") and (owner := ends.get(a.start - 2)) is not None
                             or texts[a.start - 1] == "with" and texts[a.start - 2] == ","
                             and (owner := ends.get(a.start - 3)) is not None) \
                        and not owner.anaphor and entities[owner.entity].type == "Organization":
                    target = owner.entity   # "works with Acme and its Zorblax unit", "Acme, with its Rocket chip": Acme's
                if a.anaphor == "poss" and self.genitive and target < 0 and a.start > 2 and texts[a.start - 1] == "mit" \
                        and (owner := ends.get(a.start - 2)) is not None and not owner.anaphor \
                        and entities[owner.entity].type == "Organization":
                    target = owner.entity   # p25c: "…, und Acme mit seinem Modell X", "gegen Acme mit seinem Roboter X"
                # a vendor named in a chip ("Acme-GPUs, die das Unternehmen mietet") is no subject
                # nor (English) a name inside the description itself ("the Acme-backed company")
                same = [] if after_prep or target >= 0 else sorted([m for m in by_sent[s] + resolved[s]
                               if m.start < a.start and entities[m.entity].type == "Organization"
                               and not (self.english and a.anaphor == "org" and doc[det].lower_ in self.lex.cues["anaphor_det"]
                                        and det < m.start)
                               and not self._names_hardware(texts, m.end, starts, entities) and fits(m.entity)
                               and not (a.anaphor == "org" and self._describes_person(texts, m.end))
                               and not (a.anaphor == "org" and antecedent is not None
                                        and m.entity == antecedent.entity)], key=_START)
                if same and self.genitive and a.anaphor == "org":
                    same = [m for m in same if not self._in_person_relative(texts, ends, entities, m.start, a.start)]
                if same and self.english:
                    # ("X, a former Acme executive, started the company": Acme describes X)
                    # nor a name alone in brackets ("SAN FRANCISCO (Newswire) - Acme ... its")
                    same = [m for m in same if not self._in_person_apposition(texts, ends, entities, m.start, a.start)
                            and not self._addressee(texts, ends, entities, m.start) and not _bracketed(texts, m)]
                    if a.anaphor == "poss" and a.start > 1 and texts[a.start - 1] == "," \
                            and (owner := ends.get(a.start - 2)) is not None:
                        # "Acme, its largest investor,": the apposition names Acme's relation to another
                        same = [m for m in same if m.entity != owner.entity]
                if same and self.english and a.anaphor == "poss":
                    # "A and B both put money into its round": a listed pair says "their", not "its" (p22e)
                    same = [m for m in same if not self._in_org_pair(texts, starts, ends, entities, m)]
                # nor, for an English possessive, a compound modifier ("the Acme-owned lab, where
                # it adapted its models": the lab's)
                subjects = [m for m in same if not self._after_preposition(doc, m.start)
                            and not (a.anaphor == "poss" and self.english and self._compound_modifier(texts, m.end))
                            and not (self.genitive and self._owns_thing_inside(doc, texts, m, starts, entities, sent_of))]
                if self.genitive and a.anaphor == "poss" and a.text.lower().startswith("sein") and same:
                    # p22b: "sein"/"seines" agrees with no name after "die" (a feminine or plural noun: "Die X-Gruppe
                    # wirft dem Start-up Y vor, ... seines Modells": Y's)
                    agree = [m for m in same if not (m.start > 0 and texts[m.start - 1].lower() == "die")]
                    if agree:
                        same, subjects = agree, [m for m in subjects if m in agree]
                if a.anaphor == "org" and in_relative is not False and not subjects:
                    # in a relative clause a name in a prepositional phrase before it is no subject
                    # ("auf Acmes Chips, die das Unternehmen mietet"): look further back
                    same = []
                if same and not subjects and possessive and before is not None:
                    same = []       # ", the company's chief": no subject here, the salient one nearby
                if same and not subjects and a.anaphor == "org" \
                        and texts[sent_starts[s]].lower() in self.lex.cues["fronted_preposition"] \
                        and all(sent_of[m.start] == s for m in same):
                    # "Mit dem Energieversorger X hat das Unternehmen einen Vertrag geschlossen": the
                    # names of a fronted "mit"/"neben" phrase are the subject's partners or rivals, never
                    # the subject: the sentences before say who it is (English since p26d: "Unlike X,
                    # the Berlin lab will …")
                    same = []
                if subjects and a.anaphor == "poss" and self.english \
                        and texts[sent_starts[s]].lower() in self.lex.cues["fronted_preposition"]:
                    # p25d: "Unlike (rival) X, Acme does not build its own servers": no name of the fronted phrase
                    comma = next((k for k in range(sent_starts[s], a.start) if texts[k] == ","), a.start)
                    subjects = [m for m in subjects if m.start > comma] or subjects
                if subjects and a.anaphor == "poss" and self.english:
                    # "X charges less than Y, and Z has cut prices for its models": the subject
                    # of the possessive's own clause
                    cut = self._clause_start(texts, sent_of, a.start)
                    in_clause = [m for m in subjects if m.start >= cut]
                    if not in_clause and a.start > 2 and texts[a.start - 1].lower() == "that" \
                            and texts[a.start - 2].lower() in self.lex.cues["speech_verb"]:
                        # p27f: "A accused B, a day after B claimed that its model …": the speaker's own
                        in_clause = [m for m in subjects if m.end == a.start - 2]
                    subjects = in_clause or subjects
                if same and a.anaphor == "poss" and self.genitive and a.start > 2:
                    # p27a: "A betreibt …, während B auf seine hauseigenen Chips setzt": the name that opens
                    # the possessive's own clause after a comma and a conjunction
                    cut = self._clause_start_de(texts, sent_of, a.start)
                    clause_opener = [m for m in same if m.start == cut]
                    if clause_opener:
                        subjects = clause_opener
                # the reporting "das Unternehmen" with names before it only in prepositional phrases
                # ("... von X, teilte das Unternehmen mit", "wie das Unternehmen mitteilte"): a
                # subject of the sentences before, else the first of these names
                reports = det > 0 and (doc[det - 1].lower_ in self.lex.cues["speech_verb"] or doc[det - 1].lower_ == "wie")
                fallback = same[0].entity if same and not subjects and a.anaphor == "org" and reports else -1
                if fallback >= 0:
                    same = []
                if same:
                    # a name inside a fronted prepositional phrase ("Im Wettbewerb mit X setzt Y auf
                    # seine ...", "With X gone, Y and its ...") is not the clause's subject; of these
                    # the one described with the anaphor's kind ("Nach dem Einstieg von X bei dem
                    # Start-up Y hat das Start-up ...")
                    if not subjects and kind:
                        same.sort(key=lambda m: kind not in kinds(m.entity))
                    target = (subjects or same)[0].entity
                elif target < 0 and not (self.english and noun == "company" and s > 0 and any(
                        entities[m.entity].type == "Organization" and fits(m.entity) for m in by_sent.get(s - 1, []))) \
                        and len(earlier := {e for e, k in [*introduced, *far]
                                            if k < s and (k >= s - 2 * self.window or org_counts[e] > 1)}) == 1:
                    # no organisation before it in the sentence: the one the text introduced with
                    # this noun, further back ("das Start-up Acme ... Das Start-up gilt als ...");
                    # English "the company": not when the sentence before names one ("X runs ... The
                    # company trains ..." continues X, not "the Berlin company Y" named paragraphs before)
                    target = earlier.pop()
                elif target < 0 and self.genitive and (para := self._paragraph_before(doc, s)) is not None \
                        and (opener := self._paragraph_opener(doc, texts, para, by_sent, entities, sent_of, fits,
                                                              topic)) >= 0:
                    # the first sentence of a paragraph names no organisation before it ("Zu den
                    # Geldgebern der Firma gehört ...", "Gegründet hat er das Unternehmen ..."): the
                    # organisation that opens the paragraph before as its subject, else the one the
                    # text is about; not the last one named in the paragraph before
                    target = opener
                elif target < 0:
                    # a subject ("Der Konzern will ...") continues the previous sentence's subject;
                    # a possessive or an inserted phrase (", the company's chief") the most
                    # mentioned organisation nearby
                    salient = a.end < len(doc) and doc[a.end].lower_ in ("'s", "’s") or \
                        det > 0 and texts[det - 1] == ","
                    seen: list[list[int]] = []     # organisations of the sentences looked at, none a subject
                    for back in range(1, self.window + 1):
                        cands = [m for k in ((s - back, s - back - 1) if salient else (s - back,))
                                 for m in by_sent.get(k, []) + resolved.get(k, [])
                                 if entities[m.entity].type == "Organization" and fits(m.entity)]
                        if self.english:
                            # in text order: a resolved anaphor ("The company has ...") may be the subject
                            cands.sort(key=_START)
                        if not cands:
                            continue
                        prev = [m.entity for m in cands]
                        if salient:
                            # salience counts the references resolved so far as well as the names
                            target = max(prev, key=lambda e: org_counts[e] + referred[e])
                            break
                        # the subject: not a name after a preposition or a relative pronoun
                        # ("..., which Acme backs", "das von Acme unterstützt wird"), nor a
                        # possessive pronoun ("made by Acme on its ..."), nor a compound modifier
                        # inside the sentence (", hinter dem der Acme-Gründer X steht"; it still
                        # counts as seen); one opening the sentence ("Acme-Chef X sagte") is
                        subject_orgs = [m.entity for m in cands if (not self._after_preposition(doc, m.start)
                                                                    or self._topic_of_sentence(texts, m, sent_of))
                                        and not (self.english and self._after_person_subject(doc, texts, m, by_sent, entities, sent_of))
                                        and not self._after_relative(doc, m.start)
                                        and m.anaphor != "poss" and not self._names_hardware(texts, m.end, starts, entities)
                                        and not self._owns_thing_inside(doc, texts, m, starts, entities, sent_of)
                                        and not (self.english and _bracketed(texts, m))
                                        and not self._addressee(texts, ends, entities, m.start)
                                        and not (self.english and self._in_org_list(texts, starts, ends, entities, m))
                                        and not (self.english and not m.anaphor and self._after_source(texts, m.start))
                                        and not (m.end < len(texts) and texts[m.end] == "-"
                                                 and not self._opens_sentence(doc, m.start, sent_of))]
                        if subject_orgs:
                            target = subject_orgs[0]
                            break
                        seen.append(prev)
                    if target < 0 and fallback >= 0:
                        target = fallback
                    if target < 0 and seen:
                        # no sentence nearby has an organisation as its subject ("Die Chips kommen
                        # von Acme. Der Konzern ..."): the most salient one named in the nearest
                        # sentence that names one
                        target = max(seen[0], key=lambda e: org_counts[e] + referred[e])
                if kind in strict and target >= 0 and not fits(target):
                    # whichever step found it ("sagte dem Magazin X, die Bank habe ..."): "die Bank"
                    # is no organisation the text neither describes nor names as a bank; "the lab" of a
                    # text that names one lab before it is that lab (p26e)
                    named_before = {e for e, start in first.items() if start < a.start} if kind in named_kinds else set()
                    named_fits = [e for e in named_before if fits(e)]
                    target = named_fits[0] if len(named_fits) == 1 else -1
            elif a.anaphor == "thing":
                gender: str | None = self._thing_gender.get(a.text.lower(), "")
                nxt_words = []     # up to five words of its clause after it
                for k in range(a.start + 1, min(a.start + 6, len(doc))):
                    if sent_of[k] != s or texts[k] in (",", ";", ":", "(", "–", "-"):
                        break
                    nxt_words.append(texts[k].lower())
                # "Für X ist es der dritte Zukauf", "Ganz so weit ist es nicht": a copula next to it
                expletive = texts[a.start - 1].lower() in self._expletive \
                    or any(w in self._expletive for w in nxt_words) \
                    or texts[a.start - 1].lower() in _COPULA or nxt_words[:1] and nxt_words[0] in _COPULA
                if gender and not expletive \
                        and not (gender == "m" and self._persons_near(a, s, by_sent, entities, gender)):
                    target = self._thing_target(doc, texts, a, s, gender, by_sent, resolved, entities)
            elif a.anaphor == "per" and (thing_gender := self._thing_gender.get(a.text.lower())) \
                    and not self._persons_near(a, s, by_sent, entities, self._pronoun_gender.get(a.text.lower())) \
                    and (thing := self._thing_target(doc, texts, a, s, thing_gender, by_sent, resolved, entities)) >= 0:
                # "Der Chip X ... Gefertigt wird er bei Y": no person near, a masculine thing
                target = thing
                a.anaphor = "thing"
            elif a.anaphor == "per":
                gender = self._pronoun_gender.get(a.text.lower())
                noun = a.text.lower().rsplit("-", 1)[-1]
                if gender is None and noun in self._noun_gender:
                    if nxt is not None and entities[nxt.entity].type == "Person":
                        continue    # "die Forscherin Jana Roe": the noun describes the name after it
                    gender = self._noun_gender[noun]
                    if gender == "-":
                        article = next((texts[k].lower() for k in range(a.start - 1, max(a.start - 5, -1), -1)
                                        if texts[k].lower() in ("der", "die")), "")
                        gender = "f" if article == "die" else "m"
                for back in range(0, self.window):
                    fitting = [m for m in by_sent.get(s - back, [])
                               if m.start < a.start and entities[m.entity].type == "Person"
                               and self._gender_fits(entities[m.entity].label, gender)]
                    if fitting:
                        target = fitting[-1].entity
                        break
                else:
                    if not self.english:
                        # German: a chain of references ("Jana Roe ... Die Informatikerin ... sagte
                        # sie ... war die 39-Jährige"): the person the nearest one before stands for,
                        # when no other person is named in between
                        chain = [x for back in range(self.window - 1, -1, -1) for x in resolved.get(s - back, [])
                                 if x.anaphor == "per" and x.start < a.start and entities[x.entity].type == "Person"]
                        named_since = {m.entity for back in range(0, self.window)
                                       for m in by_sent.get(s - back, []) if entities[m.entity].type == "Person"}
                        if chain and not named_since \
                                and self._gender_fits(entities[chain[-1].entity].label, gender):
                            target = chain[-1].entity
            if target >= 0:
                if kind:
                    described[target].add(kind)     # "der US-Konzern" -> Acme: Acme is a Konzern
                referred[target] += 1
                a.entity = target
                a.type = entities[target].type
                out.append(a)
                resolved[s].append(a)    # counts for later anaphors of the same sentence
                if a.anaphor == "org" and (key := _noun(a.text)) in nouns \
                        and {e for e, _k in nouns[key]} == {target}:
                    # "Das Start-up gilt als ..." keeps the start-up introduced with that noun in the
                    # window: a later "des Start-ups" still refers to it
                    nouns[key].append((target, s))
        return out


_EN_TOLD = frozenset(("told", "tells", "telling", "tell"))     # "told Acme News": the outlet is told, no subject
_EN_INTERVIEWED = frozenset((("interview", "with"), ("interviewed", "by")))     # "in an interview with X"
# German determiners and the genders they admit (any case), for "es"/"er"/"ihn"
_DET_GENDERS = {"der": "fm", "die": "f", "das": "n", "den": "m", "dem": "mn", "des": "mn", "ein": "mn",
                "eine": "f", "einen": "m", "einem": "mn", "eines": "mn", "einer": "f", "sein": "mn",
                "seine": "f", "seinen": "m", "seinem": "mn", "seines": "mn", "ihr": "mn", "ihre": "f",
                "ihren": "m", "ihrem": "mn", "ihres": "mn", "dieser": "fm", "diese": "f", "dieses": "n",
                "diesen": "m", "diesem": "mn", "vom": "mn", "zum": "mn", "im": "mn", "beim": "mn",
                "am": "mn", "zur": "f"}
_COPULA = frozenset({"ist", "war", "wäre", "sei", "sind", "waren", "wären"})
_FUSED_PREPOSITIONS = frozenset({"vom", "zum", "im", "beim", "am", "zur"})
# a model named without a noun is neuter ("das GPT-5"), a chip masculine ("der H200")
_TYPE_GENDERS = {"AIModel": "n", "Hardware": "m"}
_GENDER_TYPES = {"n": "AIModel", "m": "Hardware"}


# kinds of organisation (``org_noun_class``) whose anaphor ("die Bank") refers only to one described
# or named so: most organisations in a text are no bank, and no hospital ("die Klinik", p21b)
_STRICT_KINDS = frozenset(("bank", "klinik", "labor", "studio", "freistaat", "kommission", "centre", "university",
                           "mediagroup"))   # p23b: "studio"; p24b: "freistaat"; p25b: "kommission"; p26e: "centre", "university"; p27c: "mediagroup"
# kinds of a company's noun ("der Konzern", "das Start-up") that no institute's name is referred to by (p27c)
_COMPANY_KINDS = frozenset(("konzern", "startup"))
# kinds that "das Labor" needs but that do not keep other nouns ("das Start-up") from a lab (p22a)
_OPEN_KINDS = frozenset(("labor", "studio", "lab"))
# kinds that are strict only in a text that names an organisation so: "the lab" is the "Laboratory for X" a
# text names, else any organisation (an AI company is "the lab" too; p26e)
_STRICT_WHEN_NAMED = frozenset(("lab",))
# kinds a general noun ("the company", "the lab") does not refer to when they are all an
# organisation is described as: an investor, a news outlet ("the tech outlet X")
_ONLY_NAMED_KINDS = frozenset(("investor", "media"))
# the nouns every organisation goes by, no class of its own ("the company"; not "the startup", "the lab")
_PLAIN_ORG_NOUNS = frozenset(("company", "firm", "group", "organisation", "organization"))
_OPENING_QUOTES = frozenset(('"', "„", "“", "«", "»", "‚"))
# German nouns any company goes by: one a compound introduced ("der Chipkonzern X") does not keep
# them from the subject of the sentence right before (p25a)
_DE_GENERAL_NOUNS = frozenset(("konzern", "unternehmen", "firma"))
_GENERIC_ORG_NOUNS = frozenset(("company", "firm", "group", "organisation", "organization", "giant", "maker",
                                "developer", "startup", "start-up", "conglomerate"))


def _listed_examples(texts: list[str], mentions: list[Mention], intro: frozenset[str]) -> set[int]:
    """English: the entities of a sentence named as examples after a ``conjunct_list_intro`` cue
    ("including", "such as", "like"), and those listed after them ("A, including B, C and D": B, C and D)."""
    out: set[int] = set()
    prev_end, prev_listed = -1, False
    for m in sorted(mentions, key=_START):
        before = texts[m.start - 1].lower() if m.start > 0 else ""
        two = texts[m.start - 2].lower() + " " + before if m.start > 1 else ""
        listed = before in intro or two in intro \
            or prev_listed and before in (",", "and", "or") and m.start - 1 == prev_end
        if listed:
            out.add(m.entity)
        prev_end, prev_listed = m.end, listed
    return out


def _bracketed(texts: list[str], m: Mention) -> bool:
    """The name stands alone in brackets ("BERLIN (Newswire) - ..."): an aside, no subject."""
    return m.start > 0 and texts[m.start - 1] == "(" and m.end < len(texts) and texts[m.end] == ")"


def _same_stem(a: str, b: str) -> bool:
    """Two words of one stem: "berlin" / "berliner", "münchen" / "münchner", "sweden" / "swedish"."""
    if a == b:
        return True
    k = 0
    for x, y in zip(a, b):
        if x != y:
            break
        k += 1
    return k >= 4 and k >= min(len(a), len(b)) - 2


def _noun(text: str) -> str:
    """An anaphor's noun for comparison: "Start-up", "startup" and "Startup" are one."""
    words = text.lower().replace("-", "").split()
    return words[-1] if words else ""


def _sentence_index(doc: Doc) -> tuple[list[int], list[int]]:
    """Index of the sentence of every token (and 0 after the last), and the first token of every
    sentence, as ``doc.sents`` gives them: a sentence opens at the first token and at every token
    marked as a sentence start."""
    if not len(doc):
        return [0], []
    opens = doc.to_array(SENT_START) == 1
    opens[0] = False
    idx = numpy.cumsum(opens).tolist()
    idx.append(0)
    return idx, [0, *numpy.flatnonzero(opens).tolist()]


@Language.factory(
    "kg_linker",
    default_config={"lexicon_dir": "", "base_iri": "", "anaphor_window": 3},
    assigns=["doc._.kg_entities", "doc._.kg_mentions", "doc.ents"],
    requires=["doc._.kg_candidates", "token.is_sent_start"],
)
def make_entity_linker(nlp: Language, name: str, lexicon_dir: str, base_iri: str,
                       anaphor_window: int) -> EntityLinker:
    """Entity linker and anaphor resolver; ``anaphor_window`` is how many sentences back to look."""
    if anaphor_window < 0:
        raise ValueError(f"kg_linker: anaphor_window must be >= 0, got {anaphor_window}")
    return EntityLinker(nlp, name, lexicon_dir, base_iri, anaphor_window)
