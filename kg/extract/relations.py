"""Relation extraction: the rules of :mod:`kg.extract.patterns` applied to every sentence.

Each sentence becomes a row of units (words and mentions, see :mod:`kg.extract.patterns`). For
every rule that can apply (an anchor word and the slot types occur), its regular expression
runs over the row; each match gives subject and object, which extend over coordinations
("A, B und C", "A and new investor B") but never over the other argument. A negation word in
or just before the match marks the relation negated (it is not output), a speculation word
marks it speculative. Domain and range of the predicate must hold; symmetric relations join
entities of one kind. A sentence clearly in the other language gets that language's rules.
Money and counts of the sentence become qualifiers. :mod:`kg.extract.inference` adds relations
read from names and prunes redundant ones.

Speed: the tokens of a document are read once, as arrays of ``ORTH`` ids and blanks, and mapped
to their unit and text through a table keyed by word (bounded), instead of creating a spaCy
``Token`` per unit; the document text is joined from these too.
Sentences without a mention are skipped by bisection over the mention starts; the rules worth
trying come from a :class:`~kg.extract.patterns.RuleIndex`, and their matches from
:meth:`~kg.extract.patterns.Rule.finditer`. The language of a sentence (for a quote in the other
language) is summed from counts kept per word in the same table. Nothing is cached per sentence
or document.
"""


from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from itertools import accumulate, compress
from operator import getitem, itemgetter, not_
from pathlib import Path
from typing import NamedTuple

from spacy.attrs import SPACY
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.inference import infer_from_names
from kg.extract.language import (
    _SAMPLE_CHARS,
    LANGUAGES,
    counts_language,
    sentence_language,
    token_language_counts,
)
from kg.extract.lexicon import DEFAULT_LEXICON_DIR, load_lexicon
from kg.extract.mentions import DASHES, QUOTES, TYPE_CODES, Mention, dateline_agency, orth_ids
from kg.extract.patterns import Rule, RuleIndex, load_rules, load_verbs
from kg.extract.quantities import find_quantities
from kg.model import SYMMETRIC, Entity, Relation

__all__ = ["RelationExtractor", "DOMAIN_RANGE"]

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
    # internal (``patterns.INTERNAL_PREDICATES``): turned into partnerOf with the maker by inference
    "usedBy": (frozenset({"AIModel", "Product", "Hardware"}), frozenset({"Organization"})),
}
_CONJ = {",", "und", "and", "oder", "or", "sowie", "&", "bzw.", "plus"}
_OWN_DE = frozenset({"seine", "seinen", "seinem", "ihre", "ihren", "ihrem"})    # "über seinen Fonds C"
_MODIFIER = {"von", "of", "from", "aus"}
# German adverbs between a conjunction and a described conjunct ("sowie erstmals der Fonds B")
_CONJUNCT_ADVERBS_DE = frozenset({"erstmals", "zudem", "außerdem", "ebenfalls", "erneut", "neu"})
# participles of making, selling or owning: "designed by A and fabricated by B" names two agents of two
# roles ("led by A and joined by B" stays one list of investors)
_EN_COPULA = frozenset({"is", "are", "was", "were"})
# a verb after "which" that agrees with one name only; words of a plural apposition (p24f)
_EN_SINGULAR_VERBS = frozenset({"is", "was", "has", "remains", "makes", "builds", "runs", "owns", "sells", "develops"})
_EN_PLURAL_WORDS = frozenset({"two", "three", "four", "both", "pair", "duo"})
# p27e: prepositions after the singular head of an apposition that names the maker of the last of a list
_MAKER_PREPS = ("of", "at", "from", "by")
_ROLE_PARTICIPLES = frozenset({"designed", "developed", "fabricated", "manufactured", "produced", "made", "built",
                               "assembled", "packaged", "etched", "sold", "distributed", "marketed", "owned",
                               "operated", "run", "trained", "released"})
_CLAUSE_END = {",", ".", ";", ":", "!", "?", "und", "and", "aber", "but", "doch", "sondern"}
# English words that may follow the comma closing an insert before its subject's verb ("Acme, a firm
# backed by Zorblax, has|said|also|plans ...")
_EN_AUX = frozenset({"has", "have", "had", "is", "was", "are", "were", "will", "would", "can", "could", "may",
                     "might", "should", "must", "also", "now", "still", "then", "already", "recently", "last",
                     "on", "this", "earlier", "later", "once", "previously", "just", "plans", "made", "built",
                     "won", "led", "bought", "sold", "struck", "took", "became", "began", "ran", "set", "put",
                     "got", "grew", "paid", "said", "says", "told", "chose", "hired", "signed", "agreed"})
_EN_NOT_VERB = frozenset({"its", "his", "hers", "us", "as", "series", "news"})


def _en_verb_like(word: str) -> bool:
    """Whether an English word may be the verb (or an auxiliary or adverb before it) after an insert."""
    return word in _EN_AUX or word.isalpha() and word.endswith(("s", "ed")) and word not in _EN_NOT_VERB


# units that open a clause before a noun phrase subject (the sentence start is the other)
_CLAUSE_START = frozenset({",", ";", ":", "–", "—", "(", "„", "“", '"'})
_QUOTE_UNITS = {"--", "–", "—"}
# an apposition that introduces a name with a noun ("X, ein Start-up aus Y"), and the verbs that
# name a subject ("Das Start-up heißt X", "trägt den Namen X")
_FINAL_STOPS = frozenset('.!?"“”»«')
_PERSON_ROLES = frozenset({"worksFor", "ceoOf", "founderOf"})
_INDEFINITE = frozenset({"ein", "eine", "einem", "einer", "eines"})
_NAMED_AS = (("trägt", "den", "namen"), ("nennt", "sich"), ("heißt",), ("namens",))
_QUOTE_CHARS = frozenset({'"', "„", "“", "”", "«", "»", "‚", "‘"})
_DE_PLAIN_ARTICLES = frozenset({"das", "die", "den"})   # articles dropped before a German anaphor
_DE_RELATIVE_DATIVE = frozenset({"dem", "der", "denen"})     # "…, in dem X …": a relative pronoun after a preposition
_INSERT_STOP = frozenset({".", ";", ":", "(", ")", "!", "?", "--", "–", "—"})
# punctuation between a German subject and "und <verb>": another clause, whose verb the second one could continue
_DE_COORD_STOP = frozenset({",", ":", ";", "(", "--", "–", "—"})
# a preposition of buying from a vendor ("kauft Chips bei Y"): what is bought is no company
_VENDOR_PREP = frozenset({"bei", "beim"})
_POSSESSOR_SENSITIVE = {"competesWith", "partnerOf", "acquired", "investsIn", "mergedWith", "comparedTo"}
_TAKEOVER = {"acquired", "mergedWith"}
# one predicate per pair of entities, sentence and group: the first rule that matches wins
_GROUP = {"ceoOf": "role", "worksFor": "role", "acquired": "own", "investsIn": "own",
          "subOrganizationOf": "own", "mergedWith": "own", "develops": "make", "manufactures": "make",
          "usesHardware": "make"}
_ROLES = frozenset({"ceoOf", "worksFor"})     # a person's role at an organisation
_QUALIFIED = frozenset({"investsIn", "acquired", "usesHardware"})   # predicates with money/count qualifiers
_OWNERSHIP = frozenset({"acquired", "investsIn", "mergedWith"})
_MAX_WORDS = 100_000     # bound of the word -> unit table
# lower case, unit, text, text with a blank; then what the language of a sentence is told by
# (:func:`~kg.extract.language.token_language_counts`): words, umlauts, whether the token begins /
# ends with a letter, function words of each language in LANGUAGES
_Word = tuple
_unit = itemgetter(1)      # the unit of a _Word


def _after_dateline(words: list[_Word], start: int, end: int) -> int:
    """Where a sentence's own words begin: after a dateline that opens it ("Berlin (Newswire) – Das
    Start-up X ...", at most eight tokens up to the dash), else ``start`` (p26c)."""
    for k in range(start + 1, min(end - 1, start + 8)):
        if words[k][1] in DASHES:
            return k + 1 if words[k - 1][1] == ")" and any(words[x][1] == "(" for x in range(start, k - 1)) else start
    return start


_ROLE_PARTS = frozenset({"co", "-", "founder", "founders"})     # "co - founder" as units


class _Sentence(NamedTuple):
    """Token and character bounds of a sentence."""

    start: int
    end: int
    start_char: int
    end_char: int


class RelationExtractor:
    """Applies the language's relation rules to every sentence with at least one mention."""

    def __init__(self, nlp: Language, name: str, lexicon_dir: str, max_sentence_units: int) -> None:
        self.name = name
        root = lexicon_dir or str(DEFAULT_LEXICON_DIR)
        self.lex = load_lexicon(root, nlp.lang)
        self.lang = str(nlp.lang)
        self.rules = RuleIndex(load_rules(str(Path(root) / self.lang / "relations.tsv")))
        # a sentence in the other language (a quote, a mixed document) gets that language's rules
        self.root = root
        self.other_rules = {lang: RuleIndex(load_rules(str(Path(root) / lang / "relations.tsv")))
                            for lang in LANGUAGES if lang != self.lang and (Path(root) / lang / "relations.tsv").is_file()}
        others = [load_lexicon(root, lang) for lang in self.other_rules]
        # rules with an implicit argument that yields to an explicit one ("TOPIC", not "TOPIC+"): the
        # slot that is explicit ("S" or "O")
        self._yielding = {r.id: "S" if r.implicit_object else "O"
                          for index in (self.rules, *self.other_rules.values()) for r in index.rules
                          if (r.implicit_subject or r.implicit_object)
                          and not (r.implicit_subject + r.implicit_object).endswith("+")}
        self.max_units = max_sentence_units
        self._words: dict[int, _Word] = {}   # ORTH id -> lower case, unit or None, text (with a blank)
        self.negation = self.lex.cues["negation"].union(*(o.cues["negation"] for o in others))
        # clauses inserted after a name, pronoun subjects: both languages' words (a quote may be in the other)
        self.insert_openers = self.lex.cues["insert_opener"].union(*(o.cues["insert_opener"] for o in others))
        # relative pronouns, prepositions of a fronted phrase, words that open a list in a conjunct
        # ("such as" as a pair of words), prepositions repeated after a conjunction
        def both(kind: str) -> frozenset[str]:
            return self.lex.cues[kind].union(*(o.cues[kind] for o in others))

        self._relative = both("relative_pronoun")
        self._fronted_prep = both("fronted_preposition")
        self._fronted_participle = self.lex.cues["fronted_participle"]
        self._list_intro = {tuple(w.split()) if " " in w else w for w in both("conjunct_list_intro")}
        self._holder_nouns = self.lex.cues["conjunct_holder_noun"]
        self._repeated_prep = both("repeated_preposition")
        self._insert_rx = re.compile(r"> , (?:" + "|".join(sorted(self.insert_openers)) + r") ") \
            if self.insert_openers else None
        # a conjunction right before a finite verb: a second verb phrase of the same subject
        finite = sorted({f for v in load_verbs(Path(root) / self.lang / "verbs.tsv").values()
                         for f in v["fin"] + v["split"]} | self.lex.cues["coordinated_verb"])
        self._finite = frozenset(finite)
        self._coord_rx = re.compile(r" (?:und|sowie) (?:" + "|".join(map(re.escape, finite)) + r") ") \
            if finite else None
        self.subject_words = self.lex.cues["clause_subject_word"].union(*(o.cues["clause_subject_word"] for o in others))
        self.interjections = self.lex.cues["interjection"]
        # "Acme bought X in May and invested in Y": verbs that continue the clause's subject
        self.coordinated_verbs = self.lex.cues["coordinated_verb"]
        # words that open a clause of another subject before the conjunction; adverbs after "and"
        self.coordination_stops = self.lex.cues["coordination_stop"]
        self.coordination_adverbs = self.lex.cues["coordination_adverb"]
        self.speech_verbs = self.lex.cues["speech_verb"]
        # "die Forscherin", "der Manager": a person described by a noun stands as the name alone
        self.person_nouns = frozenset(c.split(maxsplit=1)[0] for c in self.lex.cues["anaphor_per_noun"])
        self.case_prepositions = self.lex.cues["case_preposition"]
        self.speculation = self.lex.cues["speculation"].union(*(o.cues["speculation"] for o in others))
        self.negation_after = self.lex.cues["negation_after"].union(*(o.cues["negation_after"] for o in others))
        self.negation_contrast = self.lex.cues["negation_contrast"]
        self.negation_idioms = self.lex.cues["negation_idiom"]    # "ohne Umschweife": no negation
        # "X, dem Rivalen von Y, der ...": an apposition's article and the word before its genitive
        self.appos_articles = self.lex.cues["appos_article"] | {"dem", "den"}
        self.genitive_links = frozenset({"von", "vom", "des", "der", "of"})
        self.takeover_hedges = self.lex.cues["takeover_hedge"]
        self._copulas = self.lex.cues["org_copula"]
        self._former = self.lex.cues["former_marker"]      # "früher Forscher bei X": a past employer
        self.denials_after = self.lex.cues["denial_after"]     # "..., dementierte Z" after a reported clause
        # nouns naming a deal, stake or partnership: where one opens its clause, the clause's verb after
        # the match says whether it holds ("Eine Beteiligung von X an Y dementierte P")
        self.event_nouns = self.lex.cues["event_noun"]
        self._denied = self.lex.cues["negation"] | self.denials_after
        self.source_prefixes = sorted({tuple(p.split()) for p in self.lex.cues["source_prefix"]}, key=len, reverse=True)
        # the source prefixes by their last word: only those can end a run of words
        self._source_by_last: dict[str, list[tuple[str, ...]]] = {}
        for p in self.source_prefixes:
            self._source_by_last.setdefault(p[-1], []).append(p)
        self.source_suffixes = self.lex.cues["source_suffix"]
        # "according to Acme chief executive Jane Roe": Acme names her employer, not the source
        self.role_words = frozenset(p.split()[0] for p in self.lex.cues["person_prefix"])
        # English "founded by A and Acme engineer B": the company describes the person conjunct
        self._conjunct_roles = self.lang == "en"
        self.role_nouns = frozenset(w for p in self.lex.cues["person_prefix"] for w in p.split())
        # "X-Chefin Dr. P", "von Prof. Dr. P": a title before a person's name is no unit
        self.person_titles = self.lex.cues["person_title"]
        # "Acme-backed Quibbl raised ...": Acme modifies Quibbl and is no argument of the verb
        self.compound_heads = self.lex.cues["compound_modifier_head"]
        self.hw_heads = self.lex.cues["hw_head"]
        # nouns after a name that do not end its conjunct ("clusters of A chips and B accelerators")
        self._head_nouns = self.hw_heads | {"systems", "models"}
        self._vendor_nouns = self.hw_heads | {"hardware", "software", "products", "equipment", "technology", "systems"}
        self._hyphen_slots: dict[str, frozenset[str]] = {}
        self.determiners = self.lex.cues["anaphor_det"]
        # p25: an English insert after a company that may name others ("Acme, a developer backed by
        # Zorblax, has agreed to buy ...", "Acme, which is backed by Zorblax, operates ...")
        self._en_named_insert = self.lex.cues["indefinite_article"] | {"which"}
        # nouns that describe an organisation as a start-up ("Das Münchner Start-up X", "X, ein
        # Start-up aus Dresden"): the company a text introduces so is the one it is about
        self._startup_nouns = tuple(sorted(n.split(maxsplit=1)[1].lower() for n in self.lex.cues["org_noun_class"]
                                           if n.split(maxsplit=1)[0] == "startup"))
        # words right before a source's name: the last word of a source prefix, or a determiner
        self.source_starts = frozenset(p[-1] for p in self.source_prefixes) | self.determiners
        self._org_anaphor_nouns = self.lex.cues["anaphor_org"]
        self.prepositions = self.lex.cues["anaphor_object_prep"]
        self._raise_verbs = self.lex.cues["funding_raise_verb"]
        # words that end a described list item ("A, der mit B ..." is a clause about A)
        self._no_description = self.prepositions | self._fronted_prep | _MODIFIER
        self._opening_preps = self.prepositions | self._fronted_prep     # open a fronted phrase
        # a sentence that announces rivals named next ("Die Konkurrenz schläft nicht.", "Der Markt ist
        # umkämpft."): its first noun, the words that may stand before it, and states of a market
        self.rivalry_openers = self.lex.cues["rivalry_opener"]
        self.rivalry_lead = self.lex.cues["rivalry_lead"]
        # a company not alone in a market ("nicht allein"), taking on others ("gegen ... an"), and
        # the preposition of rivals named beside a clause's subject ("Neben X arbeitet auch Y ...")
        self.rivalry_own = [tuple(c.split()) for c in sorted(self.lex.cues["rivalry_own"])]
        self.rivalry_beside = self.lex.cues["rivalry_beside"]
        self.rivalry_states = self.lex.cues["rivalry_state"]
        self._rivalry_rx = re.compile(r"(?i)\b(?:" + "|".join(sorted(map(re.escape, self.rivalry_openers))) + r")\b") \
            if self.rivalry_openers else None
        nouns = self.lex.cues["announced_product_noun"]
        self._announce_rx = re.compile(r"(?i)\b(?:" + "|".join(sorted(map(re.escape, self.lex.cues["org_release_verb"]))) + r")\b") \
            if nouns and self.lex.cues["org_release_verb"] else None
        self._product_noun_rx = re.compile(r"(?i)\b(?:" + "|".join(sorted(map(re.escape, nouns))) + r")\b") if nouns else None
        self._state_rx = re.compile(r"(?i)\b(?:" + "|".join(sorted(map(re.escape, self.rivalry_states))) + r")\b") \
            if self.rivalry_states else None

    # ---- units ---------------------------------------------------------------------------
    def _token_words(self, doc: Doc) -> tuple[list[_Word], str, list[int]]:
        """Lower case and unit of every token (unit ``None``: a blank or a quote, which is no
        unit), the text of the document (``Doc.text``: the tokens with their blanks), and
        whether a blank follows each token."""
        table = self._words
        if len(table) > _MAX_WORDS:
            table.clear()
        get = table.get
        orths = orth_ids(doc)
        words: list = list(map(get, orths))       # the words seen before; the others are made once
        if None in words:
            words = [w or get(orth) or self._word(doc, orth) for w, orth in zip(words, orths)]
        spaces = doc.to_array(SPACY)
        blanks = spaces.tolist()
        # w[2] is the text, w[3] the text and a blank
        return words, "".join(map(getitem, words, (spaces + 2).tolist())), blanks

    def _word(self, doc: Doc, orth: int) -> _Word:
        lex = doc.vocab[orth]
        w = lex.lower_
        if lex.is_space or lex.orth_ in QUOTES:
            unit = None
        else:
            unit = "'s" if w in ("’s", "'s") else w.replace(" ", "").replace("<", "‹")
        n, fw, umlauts, begins, ends = token_language_counts(lex.orth_, self.root)
        word = self._words[orth] = (w, unit, lex.orth_, lex.orth_ + " ", n, umlauts, begins, ends, *fw)
        return word

    @staticmethod
    def _language_sums(words: list[_Word], blanks: list[int]) -> list[list[int]]:
        """The tokens after which a letter run goes on into the next token (no blank between),
        then prefix sums over the tokens of their words, umlauts and function words of each language."""
        glue = [k for k in compress(range(len(words) - 1), map(not_, blanks)) if words[k][7] and words[k + 1][6]]
        return [glue] + [list(accumulate(map(itemgetter(f), words), initial=0))
                         for f in (4, 5, *range(8, 8 + len(LANGUAGES)))]

    def _sentence_language(self, sums: list[list[int]], sent: _Sentence, text: str,
                           names: Sequence[Mention] = ()) -> str:
        """:func:`~kg.extract.language.sentence_language` of the sentence, from the counts kept per
        word (the same result); from its text where a word spans two tokens. The words of the
        ``names`` in it do not count: a name is in no language ("in The Bot Company")."""
        glue, words, umlauts, *fw = sums
        s, e = sent.start, sent.end
        if sent.end_char - sent.start_char > _SAMPLE_CHARS or bisect_left(glue, s) < bisect_left(glue, e - 1):
            return sentence_language(text[sent.start_char:sent.end_char], self.root, self.lang)
        spans = [(s, e)]
        for m in names:
            if spans[-1][0] <= m.start < m.end <= spans[-1][1]:
                a, b = spans.pop()
                spans += [(a, m.start), (m.end, b)]
        n = sum(words[b] - words[a] for a, b in spans)
        if n < 4:
            return self.lang        # too few words besides the names to tell
        return counts_language(n, [sum(c[b] - c[a] for a, b in spans) for c in fw],
                               sum(umlauts[b] - umlauts[a] for a, b in spans), self.lang)

    def _units(self, words: list[_Word], start: int, end: int, starts: list[int],
               by_start: dict[int, list[Mention]]) -> tuple[list[str], list[Mention | None], list[int]]:
        """The units of the tokens ``[start, end)``, the mention behind each (or ``None``), and the
        positions of the units that start with ``<`` (mentions; words have ``‹`` instead).

        ``starts`` are the mention starts in ``[start, end)``, in order; a mention starting inside
        an earlier one is passed over. A mention named as the source of the sentence ("laut X",
        "according to X", "X zufolge") becomes ``<SRC#n>``, which no slot takes: the source
        reports the relations of the sentence, it is not part of them. "laut X-Chef Y" keeps X.
        """
        units: list[str] = []
        refs: list[Mention | None] = []
        marked: list[int] = []
        i = start
        for k in starts:
            if k < i:
                continue
            if k > i:
                plain = [w[1] for w in words[i:k] if w[1] is not None]
                units += plain
                refs += [None] * len(plain)
            m = by_start[k][0]
            if m.anaphor == "org" and self.lang == "de":
                # a German noun phrase ("das Unternehmen", "der Bonner Konzern") stands as its name
                # alone, so that "hat das Unternehmen X übernommen" reads as "hat Acme X übernommen"
                det = next((j for j in range(len(units) - 1, max(len(units) - 5, -1), -1)
                            if units[j] in self.determiners or refs[j] is not None or units[j] in _CLAUSE_END), -1)
                if det >= 0 and refs[det] is None and not any(u.startswith("einzig") for u in units[det:]) \
                        and (units[det] in _DE_PLAIN_ARTICLES or units[det] == "der"
                             and self._nominative(words, start, m.start, len(units) - det)):
                    # "des", "dem" and a "der" after a noun or preposition stay: rules read them as cases
                    del units[det:], refs[det:]
                    marked = [k for k in marked if k < det]
            elif m.anaphor == "per" and words[m.end - 1][1] in self.person_nouns:
                # "hatte die Wissenschaftlerin 2022 X gegründet" reads as "hatte Roe 2022 X gegründet"
                det = next((j for j in range(len(units) - 1, max(len(units) - 5, -1), -1)
                            if units[j] in ("die", "der") or refs[j] is not None or units[j] in _CLAUSE_END), -1)
                if det >= 0 and refs[det] is None and units[det] in ("die", "der"):
                    del units[det:], refs[det:]
                    marked = [k for k in marked if k < det]
                elif units and units[-1] == "-" and words[m.end - 1][1] is not None:
                    # "der frühere Acme-Manager": the noun stays after its modifier, a compound
                    # naming the person's employer ("Acme - manager <PER#0>")
                    units.append(words[m.end - 1][1])
                    refs.append(None)
            elif m.anaphor == "thing":
                pass    # "es", "er", "ihn" for a thing: its name alone ("schneidet es besser ab als X")
            elif m.anaphor:
                for w in words[m.start:m.end]:
                    if w[0].startswith("<"):
                        marked.append(len(units))
                    units.append(w[0])
                    refs.append(None)
            if m.type == "Person" and not m.anaphor and self.person_titles:
                while units and refs[-1] is None and (units[-1] in self.person_titles or units[-1] == "."
                                                      and len(units) > 1 and units[-2] in self.person_titles):
                    units.pop()
                    refs.pop()
            marked.append(len(units))
            units.append(f"<{'SRC' if self._is_source(units, words, m) else TYPE_CODES[m.type]}#{m.entity}>")
            refs.append(m)
            if m.entity2 >= 0:      # a pair anaphor reads as "A und B" ("A and B")
                marked.append(len(units) + 1)
                units += ["and" if self.lang == "en" else "und", f"<{TYPE_CODES[m.type]}#{m.entity2}>"]
                refs += [None, Mention(m.start, m.end, m.type, m.text, entity=m.entity2)]
            if m.genitive or m.anaphor in ("poss", "recent") or _s_apostrophe(words, m, self.lang):
                units.append("'s")
                refs.append(None)
            i = m.end
        if i < end:
            plain = [w[1] for w in words[i:end] if w[1] is not None]
            units += plain
            refs += [None] * len(plain)
        if self.lang == "en" and "," in units:
            # "Acme, meanwhile, is racing to ...": an interjected adverb between commas is left out
            drop = {k + d for k in range(1, len(units) - 2) if units[k] == "," and units[k + 2] == ","
                    and units[k + 1] in self.interjections and refs[k - 1] is not None for d in range(3)}
            if not self.speech_verbs.isdisjoint(units):
                drop |= self._parenthetical_speech(units, refs)
            if drop:
                keep = [k for k in range(len(units)) if k not in drop]
                new_at = {k: n for n, k in enumerate(keep)}
                units, refs = [units[k] for k in keep], [refs[k] for k in keep]
                marked = [new_at[k] for k in marked if k in new_at]
        return units, refs, marked

    def _parenthetical_speech(self, units: list[str], refs: list) -> set[int]:
        """The units of a speaker inserted between commas after a name ("Acme, Zorblax said, has
        invested in X", "Acme, the filing says, ..."): up to four units that end with a speech verb.
        Left out, the clause reads "Acme has invested in X"; the speaker is none of its arguments."""
        drop: set[int] = set()
        n = len(units)
        for k in range(1, n - 3):
            if units[k] != "," or refs[k - 1] is None:
                continue
            j = next((j for j in range(k + 2, min(k + 6, n - 1)) if units[j] == ","), 0)
            if j and units[j - 1] in self.speech_verbs and refs[j + 1] is None and units[j + 1] not in _CONJ:
                drop.update(range(k, j + 1))
        return drop

    def _nominative(self, words: list[_Word], start: int, end: int, n: int) -> bool:
        """The first of the last ``n`` units before token ``end`` (a "der") opens the sentence or
        follows a lower-case word that is no preposition ("hatte der Konzern", "sagte der
        Konzern"), not a noun or a preposition ("Chef der Firma", "bei der Firma")."""
        t = end - 1
        while t >= start and n:
            n -= words[t][1] is not None
            t -= 1
        while t >= start and words[t][1] is None:
            t -= 1
        if t < start:
            return True
        before = words[t][2]
        return before in (",", ";", ":") or before[:1].islower() and before not in self.prepositions \
            and before not in self.case_prepositions

    def _is_source(self, units: list[str], words: list[_Word], m: Mention) -> bool:
        if m.type != "Organization":
            return False
        if m.anaphor:
            # p27a: "nach Angaben der Firma das Amt X": the company reports, it is no argument
            return self.lang == "de" and (self._source_before(units, len(units))
                                          or bool(units) and _is_plain_word(units[-1])
                                          and self._source_before(units, len(units) - 1))
        after = words[m.end][1] if m.end < len(words) else None
        if after == "-" or after in self.role_words:
            return False
        if after in self.source_suffixes:
            return True
        # "laut X", and with a noun before the name: "according to the newspaper X"
        for skip in range(4):
            if skip > len(units) or skip and not _is_plain_word(units[-skip]):
                break       # only words may stand between the source word and the name
            if self._source_before(units, len(units) - skip):
                return True
            if skip and units[-skip] in self.determiners:
                break       # a phrase of its own: "nach Angaben des Unternehmens der Paketdienst X" (p26a, p26b)
        return False

    def _source_before(self, seq, end: int) -> bool:
        """``seq[:end]`` ends with a source prefix ("laut", "according to")."""
        if end <= 0:
            return False
        for p in self._source_by_last.get(seq[end - 1], ()):
            if len(p) <= end and tuple(seq[end - len(p):end]) == p:
                return True
        return False

    def __call__(self, doc: Doc) -> Doc:
        entities: list[Entity] = doc._.kg_entities or []
        mentions: list[Mention] = doc._.kg_mentions or []
        relations: list[Relation] = []
        doc._.kg_relations = relations
        if not entities:
            return doc
        words, text, blanks = self._token_words(doc)
        # a dateline's agency ("Hamburg (dpa) – Acme ...") is neither an argument nor the topic (p26b)
        mentions = [m for m in mentions if m.anaphor or m.type != "Organization"
                    or not dateline_agency(words, m.start, m.end, _unit)]
        by_start: dict[int, list[Mention]] = {}
        for m in mentions:
            by_start.setdefault(m.start, []).append(m)
        sents = [_Sentence(s.start, s.end, s.start_char, s.end_char) for s in doc.sents]
        mention_starts = sorted(by_start)
        language_sums: list[list[int]] = []     # made when a sentence's language is first needed
        doc.user_data["kg_text"] = text     # Doc.text, built once
        counts = self._topic_weights(words, mentions, [x.start for x in sents])
        first_org: list[int] = []
        orgs_in: list[list[int]] = []
        in_sent: list[tuple[int, int]] = []      # range of mention_starts in each sentence
        for sent in sents:
            lo, hi = bisect_left(mention_starts, sent.start), bisect_left(mention_starts, sent.end)
            in_sent.append((lo, hi))
            orgs = [e for e in (by_start[k][0].entity for k in mention_starts[lo:hi])
                    if entities[e].type == "Organization"]
            orgs_in.append(orgs)
            first_org.append(orgs[0] if orgs else -1)
        # the fallback topic of a sentence without an organisation nearby: the most mentioned one
        # named before it (not one an article names only later)
        first_seen: dict[int, int] = {}
        for si_, orgs in enumerate(orgs_in):
            for e in orgs:
                first_seen.setdefault(e, si_)
        org_counts = {e: c for e, c in counts.items() if entities[e].type == "Organization"}
        lead = max(org_counts, key=lambda e: (org_counts[e], -e)) if org_counts else -1
        # the organisation each sentence is about (its subject), and where its paragraph starts:
        # a paragraph about one company ("Quenta wurde 2019 gegründet. ... Zu den Kunden zählen
        # X und Y.") gives that company as the implicit argument, not the text's main company
        # (German only: in English news a sentence opens with its describing words as often as with
        # its subject, "Existing backers X and Y joined", and the paragraphs are shorter)
        subject_of = [self._sentence_subject(sent, words, mention_starts[lo:hi], by_start, entities)
                      if self.lang == "de" else -1 for sent, (lo, hi) in zip(sents, in_sent)]
        # the same with a resolved "Das Berliner Start-up ..." opening a sentence: the paragraph's
        # topic when no sentence before opens with a name ("Einen anderen Weg geht X. Das Start-up
        # verkauft ... Gründer Jan Roe sagt ...": X, not the text's main company)
        described_subject = [self._sentence_subject(sent, words, mention_starts[lo:hi], by_start, entities, True)
                             if self.lang == "de" else -1 for sent, (lo, hi) in zip(sents, in_sent)]
        para_start = self._paragraph_starts(sents, text)
        if self.lang == "de":
            for si, (sent, (lo, hi)) in enumerate(zip(sents, in_sent)):
                if para_start[si] == si and subject_of[si] < 0:
                    subject_of[si] = self._presented(sent, words, mention_starts[lo:hi], by_start, entities)
        if self.lang == "de" and self._startup_nouns:
            own = self._own_company(sents, words, mentions, entities, subject_of, para_start, text)
            if own >= 0:
                # the company the headline and lead are about wins over a larger one they name as an
                # object or a modifier ("Start-up X will Acme Kunden abjagen", "Ex-Acme-Forscher ...")
                top = max((c for e, c in counts.items() if entities[e].type == "Organization"), default=0)
                if counts[own] <= top:
                    counts[own] = top + 1
                    org_counts[own] = counts[own]
                    lead = own
        # English: the organisation a sentence-initial "It" stands for, the one that opened the
        # sentence before (carried over a chain of "It ..." sentences)
        it_subject = [-1] * len(sents)
        if self.lang == "en":
            opener = -1
            for si_, sent in enumerate(sents):
                starts_it = sent.start < len(words) and words[sent.start][0] == "it"
                it_subject[si_] = opener if starts_it else -1
                opener = opener if starts_it and opener >= 0 else self._opening_org(
                    sent, words, mention_starts, by_start, entities, first_org[si_])
        found: dict[tuple, Relation] = {}
        investor_at: dict[int, int] = {}    # an explicit investor -> start of its latest sentence
        raisers: dict[int, int] = {}        # sentence index -> the organisation raising money there (-1)
        sent_of: dict[tuple, int] = {}      # relation key -> start token of its sentence

        def run(si: int, found: dict, sent_of: dict, investor_at: dict, only: str = "") -> None:
            sent = sents[si]
            lo, hi = in_sent[si]
            if hi == lo:
                return
            units, refs, marked = self._units(words, sent.start, sent.end, mention_starts[lo:hi], by_start)
            if len(units) > self.max_units:
                units, refs = units[:self.max_units], refs[:self.max_units]
            unit_set = set(units)
            if self.coordinated_verbs and "only" in unit_set and "but" in unit_set:
                units, refs = _not_only(units, refs)
                unit_set = set(units)
            codes = {u[1:u.index("#")] for u in (units[k] for k in marked if k < len(units)) if "#" in u}
            index = self.rules
            if self.other_rules and len(units) >= 8:
                if not language_sums:
                    language_sums.extend(self._language_sums(words, blanks))
                names = [x for k in mention_starts[lo:hi] for x in by_start[k][:1] if not x.anaphor]
                lang = self._sentence_language(language_sums, sent, text, names)
                index = self.other_rules.get(lang, self.rules)
            candidates = index.candidates(unit_set, codes)
            if only:
                candidates = [r for r in candidates if r.predicate == only]
            if not candidates:
                return
            topic = prev = -1
            pairs_done: set[frozenset] = set()
            explicit: set[tuple[str, int]] = set()     # (predicate, entity) of explicit relations here
            qualifiers: list[dict] = []     # the sentence's quantities, found when first needed
            # the sentence as it stands, then without the inserted clauses that name nobody ("Acme,
            # das zuletzt Verluste schrieb, will ..."), so that a subject meets its verb
            code = " ".join(units) + " " if units else ""
            # two verb phrases of one subject ("A übernimmt B und investiert in C", "Acme bought X in
            # May and invested in Y") are read as two clauses, the second with the subject of the first
            clauses = self._coordinated_clauses(units, refs, code, unit_set)
            started = False
            # (units, refs, whole, code, the English inserts naming others that the cut variant drops)
            variants: list[tuple[list[str], list, bool | None, str, list[tuple[int, int]]]] = []
            for c_units, c_refs in clauses or [(units, refs)]:
                if clauses:
                    code = " ".join(c_units) + " "
                cut = self._without_inserts(c_units, c_refs) if self._insert_rx and self._insert_rx.search(code) else None
                variants.append((c_units, c_refs, True, code if c_units else "", cut[2] if cut is not None else []))
                if cut is not None:
                    variants.append((cut[0], cut[1], False, " ".join(cut[0]) + " " if cut[0] else "", []))
                if self.lang == "de" and "über" in unit_set:
                    # p24b: "A über seinen Fonds C" does what the clause says as C too
                    # (None: only the rules with both arguments explicit, no implicit topic)
                    variants += [(*v, None, " ".join(v[0]) + " ", []) for v in self._vehicle_readings(c_units, c_refs)]
            for units, refs, whole, code, dropped in variants:
                offsets: list[int] = []     # start of each unit in code, worked out at the first match
                # without the inserts only the rules that start with their subject (the insert
                # follows it) can find more
                for rule in candidates if whole else [r for r in candidates if r.subject_first] if whole is not None \
                        else [r for r in candidates if not r.implicit_subject and not r.implicit_object]:
                    for match in rule.finditer(code):
                        if not offsets:
                            offsets = list(accumulate((len(u) + 1 for u in units), initial=0))
                        if dropped and self._subject_in_insert(match, offsets, dropped):
                            continue    # "Acme, a firm backed by Zorblax, has agreed to buy X": not Zorblax's
                            #             purchase; the variant without the insert reads Acme's (p25)
                        if not started:
                            started = True
                            window = [e for k in range(max(0, si - 3), si + 1) for e in orgs_in[k]]
                            # the organisation the whole text is most about counts too, once named
                            if lead >= 0 and first_seen.get(lead, si + 1) <= si:
                                window.append(lead)
                            if not window:
                                window = [e for e, k in first_seen.items() if k < si]
                            # a former employer named in the sentence ("Gründer und CEO P, früher Forscher
                            # bei X, ...") is not what it is about (p24a)
                            former = {r.entity for v_units, v_refs, *_ in variants for k, r in enumerate(v_refs)
                                      if r is not None and not self._former.isdisjoint(v_units[max(0, k - 4):k])} \
                                if self._former else set()
                            # (only where the sentence names no other company by name: "P, der früher für A
                            # arbeitete, bleibt bei B an Bord" may be about B's owner A)
                            named_here = {r.entity for _, v_refs, *_ in variants for r in v_refs
                                          if r is not None and not r.anaphor and entities[r.entity].type == "Organization"}
                            if former and named_here <= former and any(e not in former for e in window):
                                window = [e for e in window if e not in former]
                            topic = max(window, key=lambda e: (counts[e], -e)) if window else -1
                            # (the text's topic stays the fallback when the paragraph's is an
                            # explicit argument, and the investor of "X steckte Geld in Y")
                            overall = topic
                            local = self._paragraph_topic(subject_of, para_start[si], si, backup=described_subject)
                            if local >= 0:
                                topic = local
                            # the company an investor list is about is not one of the investors named
                            # in the passage ("Die Runde wurde von X angeführt. Auch Y beteiligte sich.")
                            since = sents[max(0, si - 3)].start
                            investors = {e for e, k in investor_at.items() if k >= since}
                            funded = max((e for e in window if e not in investors), key=lambda e: (counts[e], -e), default=-1)
                            overall_funded = funded
                            local = self._paragraph_topic(subject_of, para_start[si], si, investors, described_subject)
                            if local >= 0:
                                funded = local
                            # investors named just after a company's founding (in the two sentences
                            # before) are that company's ("X wurde 2019 von A gegründet. Zu den
                            # Geldgebern gehören B und C."); not when a company opens this sentence
                            # ("Y raised $9M, with B taking part", "Der Konzern Y sammelte ...")
                            opens = lo < hi and mention_starts[lo] <= sent.start + 2 \
                                and entities[by_start[mention_starts[lo]][0].entity].type == "Organization"
                            if si > 0 and not opens:
                                founded = {k[2] for k in found if k[1] == "founderOf"
                                           and sent_of.get(k, -1) >= sents[max(0, si - 2)].start}
                                if len(founded) == 1 and not founded & investors:
                                    funded = founded.pop()
                            # the company that raised the money in this sentence or the one before
                            # ("Im Sommer hatte X 40 Millionen Euro eingesammelt. Angeführt wurde die
                            # Runde von A, auch B beteiligte sich."), not the text's larger topic
                            if self._raise_verbs and any(r.predicate == "investsIn" for r in candidates):
                                raiser = next((e for k in (si, si - 1) if k >= 0
                                               for e in [raisers[k] if k in raisers else raisers.setdefault(
                                                   k, self._raiser(sents[k], words, mention_starts, by_start, entities))]
                                               if e >= 0), -1)
                                if raiser >= 0 and raiser not in investors:
                                    funded = raiser
                            prev = first_org[si - 1] if si > 0 else -1
                            # a possessive that opens the sentence names what it is about ("Zu seinen
                            # Geldgebern zählen X und Y", "Ihr Großaktionär ist X")
                            owner = next((x.entity for k in mention_starts[lo:hi] if k <= sent.start + 2
                                          for x in by_start[k][:1] if x.anaphor == "poss" and x.entity >= 0
                                          and entities[x.entity].type == "Organization"), -1)
                            if owner >= 0:
                                topic = funded = owner
                            if it_subject[si] >= 0:
                                # "It ..." continues the organisation that opened the sentence before,
                                # not the one the text mentions most; after an investor's sentence
                                # ("The round was led by X. It counts Y among its customers") the
                                # company it funded
                                topic = it_subject[si]
                                if topic not in investors:
                                    funded = topic
                                elif funded >= 0:
                                    topic = funded
                        implicit = rule.implicit_subject + rule.implicit_object
                        if implicit.startswith("LAST-"):
                            # "The chip is made by X": the entity of the type named last before
                            code_ = implicit[5:]
                            recent = next((e for k in reversed(mention_starts[bisect_left(mention_starts, since):lo])
                                           for e in [by_start[k][0].entity] if TYPE_CODES[entities[e].type] == code_), -1)
                            if self.lang == "en" and units and units[0] == "it" and si > 0:
                                # "The model, X, beat Y. It is the successor to Z": a sentence-initial
                                # "it" continues the first one the sentence before names (its subject)
                                plo, phi = in_sent[si - 1]
                                recent = next((e for k in mention_starts[plo:phi] for e in [by_start[k][0].entity]
                                               if TYPE_CODES[entities[e].type] == code_), recent)
                        if implicit.startswith("LAST-"):
                            chosen, fallback = recent, -1
                        elif rule.predicate == "investsIn":
                            chosen, fallback = (overall, -1) if rule.implicit_subject else (funded, overall_funded)
                        else:
                            chosen, fallback = topic, overall
                        self._apply(text, sent, rule, match, units, refs, offsets, entities, chosen, prev,
                                    pairs_done, explicit, found, sent_of, sents[si - 1] if si else None, qualifiers,
                                    fallback)
                        if rule.predicate == "investsIn" and rule.implicit_subject == "":
                            si_unit = self._slot(match, "S", offsets)
                            if si_unit is not None and (investor := refs[si_unit]) is not None:
                                investor_at[investor.entity] = sent.start
            # an investor's or a chief's implicit company yields to an explicit one of the same
            # sentence also where the rule with the explicit one comes later in the file ("Y raised
            # $9M in a round led by A, with B participating": B funds Y, not the text's topic;
            # "Acme, whose chief executive P ...": P heads Acme, not the topic)
            if not any(p in _LATE_YIELD for p, _ in explicit):
                return
            for key in [k for k, r in found.items() if r.rule in self._yielding and r.predicate in _LATE_YIELD
                        and sent_of.get(k) == sent.start]:
                r = found[key]
                named = r.subject if self._yielding[r.rule] == "S" else r.object
                if (r.predicate, entities.index(named)) in explicit:
                    del found[key]
            # p25b: a founder's implicit company yields to the one the sentence names them chief of
            # ("Gründerin P bleibt Geschäftsführerin von X": not the passage's company)
            for key in [k for k, r in found.items() if r.rule in self._yielding and r.predicate == "founderOf"
                        and sent_of.get(k) == sent.start]:
                chiefs = {k[2] for k, r in found.items() if k[0] == key[0] and k[1] == "ceoOf"
                          and sent_of.get(k) == sent.start and r.rule not in self._yielding}
                if chiefs and key[2] not in chiefs:
                    del found[key]

        # "the ChatGPT maker", "der ChatGPT-Entwickler": the organisation another sentence names as
        # the product's developer, when the text names one (and only one)
        described = self._described(mentions, words, entities)
        if described:
            starts_ = [x.start for x in sents]
            skip = {bisect_left(starts_, m.start + 1) - 1 for m, _ in described}
            makers_found: dict = {}
            for si in range(len(sents)):
                if si not in skip:
                    run(si, makers_found, {}, {}, only="develops")
            for m, product in described:
                makers = {k[0] for k, r in makers_found.items() if k[2] == product and not r.negated}
                if not makers:
                    # no sentence says who makes it: the organisation named nearest before the
                    # product in the first sentence that names it ("X, das ChatGPT entwickelt")
                    first = next((x for x in mentions if x.entity == product and not x.anaphor
                                  and bisect_left(starts_, x.start + 1) - 1 not in skip), None)
                    if first is not None:
                        si = bisect_left(starts_, first.start + 1) - 1
                        near = [x.entity for x in mentions if sents[si].start <= x.start < first.start
                                and entities[x.entity].type == "Organization"]
                        makers = set(near[-1:])
                if len(makers) == 1:
                    m.entity = makers.pop()
        for si in range(len(sents)):
            run(si, found, sent_of, investor_at)
        if self.rivalry_openers:
            self._rivals_after_opener(text, words, sents, in_sent, mention_starts, by_start, entities,
                                      orgs_in, first_seen, lead, counts, found, sent_of)
        if self._announce_rx is not None:
            self._named_after_announcement(text, words, sents, in_sent, mention_starts, by_start, entities,
                                           found, sent_of)
        infer_from_names(text, lambda a, b: _sentence_span(doc, a, b), entities, found, sent_of,
                         self.lex.cues["unit_prefix"])
        relations.extend(found.values())
        return doc

    def _rivals_after_opener(self, text: str, words: list[_Word], sents: list[_Sentence], in_sent, mention_starts,
                             by_start, entities: list[Entity], orgs_in, first_seen, lead: int, counts: Counter,
                             found: dict, sent_of: dict) -> None:
        """Rivals named after a sentence that announces them ("Konkurrenz kommt vor allem aus den
        USA. Das Start-up X arbeitet an ..."; "Der Markt ist umkämpft. X ..."), or after its colon
        ("Dort trifft das Start-up auf Konkurrenz: X und Y werben ..."): the organisations that
        open the next clause compete with the passage's organisation. The opener begins with a
        ``rivalry_opener`` word or has one before its colon; the rivals are the subject of the
        clause (not after a preposition) and those coordinated with it."""
        opener = [False] * len(sents)      # a sentence that names nobody and announces rivals
        for si in range(len(sents)):
            lo, hi = in_sent[si]
            if hi == lo:
                opener[si] = self._opens_rivalry(words, sents[si], text)
                continue
            segment = text[sents[si].start_char:sents[si].end_char]
            # a sentence that names only the passage's company and says it is not alone or takes on
            # others ("Im Markt für X ist Acme nicht allein.", "Damit tritt Acme gegen die großen
            # Anbieter an.") announces rivals as well
            opener[si] = len(set(orgs_in[si])) == 1 and self._opens_own_rivalry(words, sents[si])
            # (the units only where a colon follows a rivalry word, or after an opener)
            if not (si and opener[si - 1]) and not (":" in segment and self._rivalry_rx is not None
                                                    and self._rivalry_rx.search(segment.split(":")[0])):
                continue
            units, refs, _m = self._units(words, sents[si].start, sents[si].end, mention_starts[lo:hi], by_start)
            colon = units.index(":") if ":" in units else -1
            cue = next((j for j in range(colon) if units[j] in self.rivalry_openers), -1) if colon > 0 else -1
            if cue >= 0 and "wie" not in units[max(0, cue - 2):cue]:
                start, evid = colon + 1, (si, si)     # (not "so viel wie die Konkurrenz:")
            elif si > 0 and opener[si - 1]:
                start, evid = 0, (si - 1, si)         # (an opener that names nobody itself)
            else:
                continue
            # the clause's subject: the first name not after a preposition (articles and up to two
            # describing words before it: "Das kalifornische Start-up X")
            k = start
            while k < len(units) and refs[k] is None and units[k] not in _CLAUSE_END and k - start < 6:
                k += 1
            if k >= len(units) or (ref := refs[k]) is None or ref.anaphor \
                    or entities[ref.entity].type != "Organization" \
                    or k + 1 < len(units) and units[k + 1] in ("-", "'s"):
                continue
            orgs_only = frozenset({"Organization"})
            if any(units[j] in self.prepositions or units[j] in self._fronted_prep for j in range(start, k)):
                # "Neben X und Y arbeiten auch Z an ...": the names of the fronted "neben" phrase are
                # rivals beside the clause's subject; other prepositions name no rival
                if units[start] not in self.rivalry_beside:
                    continue
                beside = self._expand(units, refs, k, orgs_only, entities)
                x = next((j for j in range(k + 1, len(units)) if units[j] in (":", ";")
                          or (rj := refs[j]) is not None and not rj.anaphor and rj.entity not in beside
                          and entities[rj.entity].type == "Organization"
                          and not self._after_preposition(units, j)), -1)
                if x < 0 or units[x] in (":", ";"):
                    continue
                rivals = beside + self._expand(units, refs, x, orgs_only, entities)
            else:
                rivals = self._expand(units, refs, k, orgs_only, entities)
            window = [e for j in range(max(0, evid[0] - 3), evid[0] + 1) for e in orgs_in[j]]
            if lead >= 0 and first_seen.get(lead, si + 1) <= si:
                window.append(lead)
            if evid[0] < si and opener[evid[0]] and len(set(orgs_in[evid[0]])) == 1:
                window = orgs_in[evid[0]][:1]   # "... ist Acme nicht allein. X ...": Acme's rivals
            if not window or max(window, key=lambda e: (counts[e], -e)) in rivals:
                continue        # "Der Wettbewerb ist hart: X konkurriert mit ...": X is the passage's own
            topic = max(window, key=lambda e: (counts[e], -e))
            a, b = sents[evid[0]], sents[evid[1]]
            evidence = text[a.start_char:b.end_char].strip()
            for r in rivals:
                key = (min(topic, r), "competesWith", max(topic, r))
                if r == topic or key in found or (max(topic, r), "competesWith", min(topic, r)) in found:
                    continue
                found[key] = Relation(subject=entities[key[0]], predicate="competesWith", object=entities[key[2]],
                                      evidence=evidence, start=a.start_char, end=b.end_char, confidence=0.5,
                                      rule=f"{self.lang}.comp.after-opener")
                sent_of[key] = sents[si].start

    def _named_after_announcement(self, text: str, words: list[_Word], sents: list[_Sentence], in_sent,
                                  mention_starts, by_start, entities: list[Entity], found: dict,
                                  sent_of: dict) -> None:
        """A product announced without its name, named first in the next sentence ("X hat eine neue
        Modellgeneration vorgestellt. Quill 2 richtet sich an ..."): the organisation that opens the
        announcing sentence (not one after a preposition) develops it. The announcement has a
        release verb (``org_release_verb``) and an ``announced_product_noun``, and names no model,
        chip or product itself; the next sentence opens with the name."""
        products = ("AIModel", "Hardware", "Product")
        for si in range(1, len(sents)):
            lo, hi = in_sent[si]
            plo, phi = in_sent[si - 1]
            if hi == lo or phi == plo:
                continue
            first = by_start[mention_starts[lo]][0]
            if first.anaphor or entities[first.entity].type not in products or first.start - sents[si].start > 1:
                continue
            prev = [by_start[k][0] for k in mention_starts[plo:phi]]
            if any(entities[m.entity].type in products for m in prev):
                continue
            a, b = sents[si - 1].start_char, sents[si - 1].end_char
            if self._announce_rx is None or self._product_noun_rx is None \
                    or not (self._announce_rx.search(text, a, b) and self._product_noun_rx.search(text, a, b)):
                continue
            units, refs, _m = self._units(words, sents[si - 1].start, sents[si - 1].end, mention_starts[plo:phi], by_start)
            maker = next((r.entity for k in range(len(units)) if (r := refs[k]) is not None
                          and entities[r.entity].type == "Organization"
                          and not (k and (units[k - 1] in self.prepositions or units[k - 1] in self._fronted_prep
                                          or units[k - 1] in self.determiners and k > 1 and units[k - 2] in self.prepositions))), -1)
            product = first.entity
            if maker < 0 or any(k[1] == "develops" and k[2] == product for k in found):
                continue
            key = (maker, "develops", product)
            found[key] = Relation(subject=entities[maker], predicate="develops", object=entities[product],
                                  evidence=text[a:sents[si].end_char].strip(), start=a, end=sents[si].end_char,
                                  confidence=0.55, rule=f"{self.lang}.dev.named-after-announcement")
            sent_of[key] = sents[si].start

    def _opens_own_rivalry(self, words: list[_Word], sent: _Sentence) -> bool:
        """The sentence says its company is not alone ("... ist Acme nicht allein") or takes on
        others ("tritt Acme gegen ... an"): the words of ``rivalry_own`` cues, in order, with the
        last one closing the sentence."""
        seq = [w[0] for w in words[sent.start:sent.end] if w[0] not in (".", "!", "?")]
        for cue in self.rivalry_own:
            if len(seq) >= len(cue) and tuple(seq[-len(cue[-1:]):]) == cue[-1:]:
                it = iter(seq)
                if all(any(w == c for w in it) for c in cue):
                    return True
        return False

    def _opens_rivalry(self, words: list[_Word], sent: _Sentence, text: str) -> bool:
        """The sentence announces rivals: it opens with a ``rivalry_opener`` word (after an article
        or a conjunction: "Die Konkurrenz schläft nicht", "Doch der Wettbewerb ..."), or calls the
        market contested ("Der Markt ist umkämpft")."""
        first = [w[0] for w in words[sent.start:min(sent.end, sent.start + 4)]]
        for i, w in enumerate(first[:3]):
            if w in self.rivalry_openers:
                # not "Der Wettbewerb um Fachkräfte ...": a contest for something else
                return i + 1 >= len(first) or first[i + 1] != "um"
            if w not in self.determiners and w not in self.rivalry_lead:
                break
        return self._state_rx is not None and self._state_rx.search(text, sent.start_char, sent.end_char) is not None

    def _coordinated_clauses(self, units: list[str], refs: list, code: str,
                             unit_set: set[str]) -> list[tuple[list[str], list]] | None:
        """The two clauses of a sentence with two verb phrases of one subject ("A übernimmt B und
        investiert in C", "Acme bought X in May and invested in Y"): the sentence up to the
        conjunction, and the sentence up to its subject followed by the second verb phrase (so B
        is no subject of the second verb); ``None`` when there is no such second verb phrase."""
        m = self._coord_rx.search(" " + code) if self._coord_rx is not None else None
        found = self._de_coordination(units, refs, code.count(" ", 0, m.start())) if m is not None else None
        if found is None and self.coordinated_verbs and "and" in unit_set \
                and not unit_set.isdisjoint(self.coordinated_verbs):
            found = self._en_coordination(units, refs)
        if found is None:
            return None
        first, last, k = found
        return [(units[:k], refs[:k]), (units[first:last + 1] + units[k + 1:], refs[first:last + 1] + refs[k + 1:])]

    def _de_coordination(self, units: list[str], refs: list, k: int) -> tuple[int, int, int] | None:
        """The subject (from the first to the last unit of "A und D") of "A übernimmt B und
        investiert in C", where the conjunction at unit ``k`` stands right before a finite verb.

        Only a subject that opens the clause counts (no preposition before it), and only when no
        comma, colon or subordinate clause stands between it and the conjunction, where the verb
        after "und" could belong to another clause."""
        s = next((x for x in range(k) if refs[x] is not None), None)
        if s is not None and s + 3 < k and units[s + 1] == "-" and refs[s + 2] is None and refs[s + 3] is not None \
                and units[s + 3][1:4] == "PER":
            s += 3      # p23a: "Acme-Finanzvorstand P verlässt … und heuert bei …": the person titled by the compound
        if s is None or s + 1 >= k or units[s][1:4] not in ("ORG", "PER") \
                or s and (units[s - 1] in self.prepositions or units[s - 1] in self._fronted_prep
                          or units[s - 1] in _MODIFIER or units[s - 1] in self.case_prepositions) \
                or s + 2 < k and units[s + 1] == "-" and units[s + 2] in self.compound_heads:
            return None     # (a name modifying a compound, "die Sparte der Acme-Mutter", is no subject)
        first = s
        while s + 2 < k and units[s + 1] in ("und", "sowie") and refs[s + 2] is not None:
            s += 2      # "A und D übernehmen B und investieren ...": both are the subject
        if s + 1 >= k or not _DE_COORD_STOP.isdisjoint(units[s + 1:k]) \
                or not self.coordination_stops.isdisjoint(units[s + 1:k]):
            return None
        return first, s, k

    def _en_coordination(self, units: list[str], refs: list) -> tuple[int, int, int] | None:
        """The subject and the "and" of "Acme bought X in May and last year invested in Y". The
        subject is the name that opens the sentence (after up to three words: "The startup
        Acme"), followed by a word, or a sentence-initial "it"; the second verb is one of
        ``coordinated_verb`` up to three words after "and"; no subordinate clause or speech verb
        stands between (after "Acme said Zorblax bought X" the subject is Zorblax)."""
        n = len(units)
        if n > 2 and units[0] == "it" and refs[0] is None and units[1][:1].isalpha():
            f = 0       # "It bought X in May and invested in Y"
        else:
            start = 0
            if units and (units[0] in self.prepositions or units[0] in self._fronted_prep):
                # a fronted phrase ("In its own tests, X outscored A and trailed B"): the subject
                # follows its comma
                comma = next((k for k in range(1, min(10, n)) if units[k] == ","), None)
                if comma is not None and comma + 1 < n and refs[comma + 1] is not None:
                    start = comma + 1
            first = next((k for k in range(start, min(start + 5, n)) if refs[k] is not None), None)
            if first is None or first + 1 >= n or not units[first + 1][:1].isalpha() or units[first + 1] == "and" \
                    or refs[first].anaphor == "poss" or any(not u[:1].isalpha() for u in units[start:first]):
                return None
            f = first
            g = f + 2 + (f + 2 < n and units[f + 2] == "that")
            if units[f + 1] in self.speech_verbs and g + 1 < n and refs[g] is not None and units[g + 1][:1].isalpha():
                f = g       # "Acme said Zorblax bought X and invested in Y": the reported clause's subject
        for j in range(f + 1, n - 1):
            if units[j] in (";", ":") or units[j] in self.coordination_stops or units[j] in self.speech_verbs:
                return None     # "Acme said Zorblax bought X and ...": a clause of its own subject
            if units[j] == "and" and self._verb_after(units, refs, j):
                return f, f, j
        return None

    def _verb_after(self, units: list[str], refs: list, j: int) -> bool:
        """A ``coordinated_verb`` follows "and" at ``j``, after up to three adverbs ("and last year
        invested"), not a participle before "by" ("and joined by X")."""
        n = len(units)
        k = j + 1
        while k < n and k - j <= 3 and refs[k] is None and units[k] not in self.coordinated_verbs \
                and (units[k] in self.coordination_adverbs or units[k][:1].isdigit()):
            k += 1
        return k + 1 < n and units[k] in self.coordinated_verbs and refs[k] is None and units[k + 1] != "by"

    def _without_inserts(self, units: list[str], refs: list) -> tuple[list[str], list, list[tuple[int, int]]] | None:
        """The units without the clauses inserted after a name that name nobody, or None when there
        is none: ", das zuletzt Verluste schrieb," / ", so heißt es," between a name and the next
        word ("Acme, der größte Konzern Europas, übernimmt ..." reads "Acme übernimmt ..."); and the
        unit spans of the English inserts among them that name others ("Acme, a firm backed by
        Zorblax, has agreed to buy X"), whose names are no subject of what follows them."""
        n = len(units)
        drop: list[tuple[int, int]] = []
        named_drop: list[tuple[int, int]] = []      # English inserts that name others (p25)
        i = 0
        while i < n - 3:
            if refs[i] is not None and units[i + 1] == "," and units[i + 2] in self.insert_openers:
                j = i + 2
                # p23a: a German apposition may name another ("Acme, der größte Konkurrent von Zorblax, arbeitet ...")
                # (p24c: an indefinite one after a company too: "Acme, eine Tochter der Zorblax mit 28.000
                # Beschäftigten, kooperiert ..."; not after a person: "P, eine frühere Ärztin der Klinik X, leitet")
                named = self.lang == "de" and (units[i + 2] in self.determiners
                                               or units[i + 2] in self.lex.cues["indefinite_article"]
                                               and refs[i].type == "Organization") \
                    or self.lang == "en" and refs[i].type == "Organization" \
                    and units[i + 2] in self._en_named_insert
                while j < n and j - i <= 16 and (refs[j] is None or named and j > i + 3) and units[j] != "," \
                        and units[j] not in _INSERT_STOP:
                    j += 1
                # (p25: an English insert that names others ends where a verb follows its comma, not at
                # an inner comma: "Acme, a start-up co-founded by P, its chief executive, and Q, has ...")
                names_others = self.lang == "en" and any(r is not None for r in refs[i + 2:j])
                # p27a: "A, der B (C) sowie D, die Tochter von E": a name right after the article and a
                # conjunction before the comma make a list, no insert
                listed = named and self.lang == "de" and refs[i + 3] is not None \
                    and any(units[x] in ("und", "sowie") for x in range(i + 4, j))
                if not listed and j + 1 < n and units[j] == "," and refs[j + 1] is None and units[j + 1] not in _INSERT_STOP \
                        and units[j + 1] not in _CONJ and (not names_others or _en_verb_like(units[j + 1])):
                    drop.append((i + 1, j + 1))
                    if names_others:
                        named_drop.append((i + 1, j + 1))
                    i = j
            i += 1
        if not drop:
            return None
        keep_units, keep_refs, k = [], [], 0
        for a, b in drop:
            keep_units += units[k:a]
            keep_refs += refs[k:a]
            k = b
        return keep_units + units[k:], keep_refs + refs[k:], named_drop

    def _subject_in_insert(self, m: re.Match, offsets: list[int], drop: list[tuple[int, int]]) -> bool:
        """Whether the subject of a match stands inside an inserted clause (``drop``, unit spans of
        :meth:`_without_inserts`) and its object after that clause: the insert's name is not the subject
        of the verb that follows it."""
        si_unit, oi_unit = self._slot(m, "S", offsets), self._slot(m, "O", offsets)
        return si_unit is not None and oi_unit is not None \
            and any(a <= si_unit < b <= oi_unit for a, b in drop)

    @staticmethod
    def _vehicle_readings(units: list[str], refs: list) -> list[tuple[list[str], list]]:
        """The units as the vehicle's clause where an organisation acts through a vehicle of its own
        ("der Konzern A über seinen Fonds C bei B eingestiegen": "C bei B eingestiegen"; the owner
        stays no investor, the p18b convention); the possessive reads "seinen <A> 's Fonds C"."""
        out = []
        for i in range(len(units) - 4):
            if refs[i] is None or not units[i].startswith("<ORG") or units[i + 1] != "über" \
                    or units[i + 2] not in _OWN_DE or units[i + 3] != units[i] or units[i + 4] != "'s":
                continue
            c = next((x for x in range(i + 5, min(i + 8, len(units))) if refs[x] is not None), None)
            if c is None or not units[c].startswith("<ORG") or refs[c].anaphor \
                    or not all(units[y].isalpha() or "-" in units[y] for y in range(i + 5, c)):
                continue
            out.append((units[:i] + units[c:], refs[:i] + refs[c:]))
            break
        return out

    def _opening_org(self, sent: _Sentence, words: list[_Word], mention_starts: list[int],
                     by_start: dict[int, list[Mention]], entities: list[Entity], first: int) -> int:
        """The organisation a sentence opens with, which a following "It ..." continues. After a
        fronted phrase ("In tests shared with Acme, the model scored ...") it is the name right
        after its comma, if that is an organisation: a name inside the phrase is not the subject
        (so too after a fronted participle: "Founded by X and two former Acme engineers, Y ...")."""
        k = sent.start
        if first < 0 or k >= len(words) or words[k][0] not in self._opening_preps \
                and words[k][0] not in self._fronted_participle:
            return first
        comma = next((i for i in range(k, sent.end) if words[i][0] == ","), -1)
        if comma < 0:
            return -1
        i = bisect_left(mention_starts, comma)
        if i == len(mention_starts) or mention_starts[i] > comma + 2:   # the subject right after it
            return -1
        e = by_start[mention_starts[i]][0].entity
        return e if entities[e].type == "Organization" else -1

    def _raiser(self, sent: _Sentence, words: list[_Word], starts: list[int],
                by_start: dict[int, list[Mention]], entities: list[Entity]) -> int:
        """The organisation that raises money in ``sent``: the first one named (or referred to) in a
        sentence with a ``funding_raise_verb`` before that verb ("Im Sommer hatte X 40 Millionen
        Euro eingesammelt", "Das Start-up sammelte ... ein"), not after a preposition; -1 if none."""
        verb = next((k for k in range(sent.start, sent.end) if words[k][0] in self._raise_verbs), -1)
        if verb < 0:
            return -1
        lo = bisect_left(starts, sent.start)
        for k in starts[lo:]:
            if k >= verb:
                break
            m = by_start[k][0]
            if m.entity >= 0 and entities[m.entity].type == "Organization":
                j = k - 1
                while j > sent.start and words[j][0] in self.determiners:
                    j -= 1
                return -1 if j >= sent.start and words[j][0] in self.prepositions else m.entity
        return -1

    def _sentence_subject(self, sent: _Sentence, words: list[_Word], starts: list[int],
                          by_start: dict[int, list[Mention]], entities: list[Entity], described: bool = False) -> int:
        """The organisation whose name opens a sentence as its subject (perhaps after an article
        and describing words: "Das Kölner Start-up X"), not a compound's modifier ("Siemens-Vorstand
        ...") nor a speaker ("Acme said ..."); -1 if the sentence opens otherwise. Anaphors do not
        count: their resolution is less sure than a name (``described``: only a resolved description,
        "Das Berliner Start-up verkauft ...", counts)."""
        j = _after_dateline(words, sent.start, sent.end)
        starts = [k for k in starts if k >= j]
        if not starts:
            return -1
        k = starts[0]
        m = by_start[k][0]
        if m.entity < 0 or (m.anaphor != "org" if described else m.anaphor) or entities[m.entity].type != "Organization" \
                or m.end < sent.end and (words[m.end][0] in ("-", "'s") or words[m.end][0] in self.speech_verbs):
            return -1       # (nor a source: "Acme said ...", "X teilte mit")
        if j < k and words[j][0] in self.determiners:
            j += 1
        # up to three describing words, none a preposition, a verb's end of clause or a quote
        if k - j > 3 or any(words[x][0] in self._opening_preps or words[x][0] in _CLAUSE_END
                            or words[x][0] in _QUOTE_CHARS or words[x][0] in self.determiners
                            for x in range(j, k)):
            return -1
        return m.entity

    def _presented(self, sent: _Sentence, words: list[_Word], starts: list[int],
                   by_start: dict[int, list[Mention]], entities: list[Entity]) -> int:
        """The organisation a short sentence opening a paragraph presents at its end, after a copula
        and no noun ("Und dann war da noch X.", "Am weitesten ist X."), or -1 (p24a)."""
        if len(starts) != 1:
            return -1
        k = starts[0]
        m = by_start[k][0]
        if m.entity < 0 or m.anaphor or entities[m.entity].type != "Organization" or m.end != sent.end - 1 \
                or words[m.end][0] != "." or k - sent.start > 6:
            return -1
        cop = next((x for x in range(sent.start, k) if words[x][0] in self._copulas), None)
        if cop is None or not all(words[x][2][:1].islower() for x in range(sent.start + 1, cop)):
            return -1   # (not a noun before the copula: "Einer der ersten Kunden ist X.")
        return m.entity

    def _own_company(self, sents: list[_Sentence], words: list[_Word], mentions: list[Mention],
                     entities: list[Entity], subject_of: list[int], para_start: list[int], text: str) -> int:
        """The start-up a text's headline and lead are about: an organisation a sentence there opens
        with, described as a start-up ("Das Dresdner Start-up X hat ..."), or one named with a
        start-up as its apposition ("Das verspricht X, ein Start-up aus Y, ..."); -1 when none is,
        or two different ones are (the topic is unclear). A start-up named as an object ("kauft das
        Start-up X") or in a phrase ("zum Start-up X") is not one."""
        if not sents:
            return -1
        # the lead: the first paragraph that is no headline (one sentence without a final stop),
        # with the headlines before it (at most two)
        end = 0
        for _ in range(3):
            if end >= len(sents):
                break
            start = end
            end = next((si for si in range(start + 1, len(sents)) if para_start[si] == si), len(sents))
            if end - start > 1 or text[sents[start].start_char:sents[start].end_char].rstrip()[-1:] in _FINAL_STOPS:
                break
        limit = sents[end - 1].end
        n = len(words)
        own: set[int] = set()
        seen: set[int] = set()     # sentences whose first name was looked at
        for m in sorted((x for x in mentions if x.start < limit), key=lambda x: x.start):
            si = next(s for s in range(end) if sents[s].start <= m.start < sents[s].end)
            if m.anaphor:
                continue    # (a word of the description: "Das Start-up heißt X")
            first = si not in seen
            seen.add(si)
            if m.entity < 0 or entities[m.entity].type != "Organization":
                continue
            if first:
                # "Das Münchner Start-up X hat ...": an article, up to six tokens that end in the
                # noun, the name; "Das Start-up heißt X" / "trägt den Namen X" too
                j, k = _after_dateline(words, sents[si].start, sents[si].end), m.start
                if j < k and words[j][0] in self.determiners:
                    j += 1
                named = next((len(p) for p in _NAMED_AS if tuple(w[0] for w in words[k - len(p):k]) == p), 0)
                if named and k - named > j:
                    k -= named
                if 0 < k - j <= 6 and not any(
                        words[x][0] in self._opening_preps or words[x][0] in _CLAUSE_END
                        or words[x][0] in _QUOTE_CHARS or words[x][0] in self.determiners
                        for x in range(j, k)) \
                        and ("".join(w[0] for w in words[j:k]).endswith(self._startup_nouns)
                             # p27b: "Das Unternehmen heißt X": a lead that names its company so
                             or named and words[k][0] != "namens" and k - j == 1
                             and words[j][0] in self._org_anaphor_nouns):
                    own.add(m.entity)
                    continue
            # "X, ein (junges) Start-up": an indefinite apposition right after the name
            if m.end + 2 < n and words[m.end][0] == "," and words[m.end + 1][0] in _INDEFINITE:
                k = m.end + 2
                while k < min(n, m.end + 8) and words[k][0] not in _CLAUSE_END:
                    k += 1
                    if "".join(w[0] for w in words[max(m.end + 2, k - 3):k]).endswith(self._startup_nouns):
                        own.add(m.entity)
                        break
        # another organisation that opens a sentence of the lead as its subject ("Der Konzern Acme
        # baut Chips. ... Das Start-up X wurde 2019 gegründet."): unclear
        if {subject_of[si] for si in range(end) if subject_of[si] >= 0} - own:
            return -1
        return own.pop() if len(own) == 1 else -1

    @staticmethod
    def _paragraph_starts(sents: list[_Sentence], text: str) -> list[int]:
        """For each sentence the index of the first sentence of its paragraph (a line break
        between two sentences starts a new one)."""
        out: list[int] = []
        for si, sent in enumerate(sents):
            before = text[sents[si - 1].start_char:sent.start_char] if si else ""
            new = si == 0 or "\n" in before[len(before.rstrip()):]
            out.append(si if new else out[-1])
        return out

    @staticmethod
    def _paragraph_topic(subject_of: list[int], first: int, si: int, exclude=frozenset(),
                         backup: list[int] | None = None) -> int:
        """The organisation the sentences before ``si`` in its paragraph are about: the subject of
        most of them; -1 when none has one, or two are subjects equally often (unclear). When no
        name is a subject there, the subject a resolved description is (``backup``)."""
        tally = {e for e in subject_of[first:si] if e >= 0}
        if not tally and backup is not None:
            tally = {e for e in backup[first:si] if e >= 0}
        if len(tally) != 1 or tally & exclude:
            return -1
        return tally.pop()

    def _topic_weights(self, words: list[_Word], mentions: list[Mention], opens: list[int]) -> Counter:
        """How much each named entity counts for the topic: a mention counts 1 (a resolved
        organisation anaphor too), one as a compound modifier ("Alphabet-owned Waymo") or as the
        source of a report ("according to X") half."""
        counts: Counter = Counter()
        n = len(words)
        for m in mentions:
            if m.anaphor:
                # a resolved "das Start-up" / "the company" counts like its name: a text about a
                # start-up calls it so more often than by name, and a larger company it names a
                # few times would otherwise become the topic (not one reporting a statement:
                # "..., the company said", "wie das Unternehmen mitteilte" is resolved less surely)
                if m.anaphor == "org" and m.entity >= 0 and not (
                        m.end < n and words[m.end][0] in self.speech_verbs
                        or any(words[k][0] in self.speech_verbs or words[k][0] == "wie"
                               for k in range(max(opens[bisect_right(opens, m.start) - 1], m.start - 3), m.start))):
                    counts[m.entity] += 1.0     # type: ignore[assignment]  # float weights (see below)
                continue
            w = 1.0
            after = words[m.end][0] if m.end < n else ""
            if after == "-" and m.end + 1 < n and words[m.end + 1][0] in self.compound_heads \
                    or after in self.source_suffixes:
                w = 0.5
            elif m.start and words[m.start - 1][0] in self.source_starts:
                k = m.start
                while k > 0 and words[k - 1][0] in self.determiners:
                    k -= 1
                before = tuple(x[0] for x in words[max(0, k - 3):k])
                if self._source_before(before, len(before)):
                    w = 0.5
            counts[m.entity] += w   # type: ignore[assignment]  # float weights; typeshed types Counter values as int
        return counts

    @staticmethod
    def _described(mentions: list[Mention], words: list[_Word], entities: list[Entity]) -> list[tuple[Mention, int]]:
        """Anaphors described by a product, model or chip ("the ChatGPT maker", "der
        ChatGPT-Entwickler"), with that entity."""
        out = []
        ends = {m.end: m for m in mentions if not m.anaphor}
        for m in mentions:
            if m.anaphor != "org":
                continue
            p = ends.get(m.start)
            if p is None and m.start > 0 and words[m.start - 1][0] == "-":
                p = ends.get(m.start - 1)
            if p is not None and entities[p.entity].type in ("AIModel", "Product", "Hardware"):
                out.append((m, p.entity))
        return out

    # ---- one match -----------------------------------------------------------------------
    @staticmethod
    def _slot(m: re.Match, slot: str, offsets: list[int]) -> int | None:
        """The unit of the slot ``S`` or ``O`` (``None`` for an implicit one)."""
        if slot not in m.re.groupindex or m.group(slot) is None:
            return None
        return bisect_left(offsets, m.start(slot))

    def _expand(self, units: list[str], refs: list, idx: int, types: frozenset[str],
                entities: list[Entity], lo: int = 0, hi: int | None = None, possessed: bool = True,
                after_verb: bool = False) -> list[int]:
        """The entity at unit ``idx`` and those coordinated with it ("A, B und C"), within [lo, hi);
        with ``possessed``, a conjunct "B's Y" gives Y (not when the rule reads the possessor);
        ``after_verb``: the entity is an object after its verb (English: ", and B took" is a new clause)."""
        out = [refs[idx].entity]
        n = len(units) if hi is None else hi
        if self._closes_apposition_de(units, refs, idx, n):
            return out
        j = idx + 1
        closed = False      # German: a list closed by "und" takes no comma item after it (p25b)
        while j < n:
            k = j
            skipped = False     # an apposition read over
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
                if close is None and self.lang == "en" and k + 3 < n and refs[k + 1] is not None and units[k + 2] == "'s":
                    # p25d: "A, B's venture arm, the C and D": an owner's apposition before the next item
                    close = next((x for x in range(k + 3, min(k + 8, n - 2)) if units[x] == ","), None)
                    if close is not None and (any(refs[x] is not None or units[x] in self._finite for x in range(k + 3, close))
                                              or not (refs[close + 1] is not None or units[close + 1] in self.determiners
                                                      and refs[close + 2] is not None)):
                        close = None
                # (a bare name there is a list item: "A, B, and C")
                # (no verb of its own: "A, the owner of C, is among its backers, and B ..." joins clauses)
                if close is not None and not any(units[x] in (".", ";", ":") for x in range(k, close)) \
                        and not (close == k + 2 and refs[k + 1] is not None) \
                        and not (self.lang == "en" and any(units[x] in _EN_COPULA and units[x - 1] == ","
                                                           for x in range(k + 1, close))) \
                        and not (self.lang == "en" and units[k + 1] in self.speech_verbs):
                    # (p25d: nor a speech verb after the comma: "P, an analyst at A, said …, and that B …")
                    k, skipped = close, True
            if k + 1 < n and units[k] in self._head_nouns and refs[k - 1] is not None and units[k + 1] in _CONJ - {","}:
                k += 1                      # "A chips and B chips"
            pair = k + 1 < n and (units[k], units[k + 1]) == ("als", "auch")     # "sowohl A als auch B"
            as_well = self.lang == "en" and units[k:k + 3] == ["as", "well", "as"]    # "A as well as B"
            if k >= n or units[k] not in _CONJ and not pair and not as_well:
                break
            # "nicht nur A, sondern auch B"
            but_also = k + 2 < n and units[k] == "," and units[k + 1] == "sondern" and units[k + 2] == "auch"
            word_conj = units[k] != "," or but_also
            comma_and = units[k] == ","
            if closed and not word_conj and not (k + 1 < n and units[k + 1] in _CONJ):
                break       # "A und B, C selbst beteiligte sich nicht": C opens a clause of its own
            closed = self.lang == "de" and units[k] in ("und", "sowie")
            k += 1 + pair + 2 * but_also + 2 * as_well
            if k < n and units[k] in _CONJ:
                word_conj = True
                k += 1
            else:
                comma_and = False
            if word_conj and k < n and refs[k] is None and units[k][:1].isalpha() \
                    and units[k] in units[max(lo, idx - 3):idx] and units[k] not in self.determiners:
                k += 1      # a repeated preposition: "vom Investor A und vom Fonds B" (an article
                #             stays: "the producer A and the researcher B" is described)
            if self.lang == "en" and word_conj and k < n and refs[k] is None and units[k] in self.prepositions \
                    and units[k] not in units[max(lo, idx - 7):idx] and not (k + 1 < n and units[k + 1] in self.determiners):
                break       # "deals between A and B, the owner of C, and between A and D": a new phrase
            if self.lang == "en" and word_conj and k + 1 < n and refs[k] is None and units[k + 1] == "by" \
                    and units[k] in _ROLE_PARTICIPLES:
                break       # "designed by A and fabricated by B": a second passive names its own agent
            gap = 0
            # a conjunct may be described: up to two words ("and new investor B"); after a
            # determiner three ("A, der Softwarekonzern B sowie der staatliche Fonds C"), four
            # after a conjunction ("and the Singapore state investor B", "and on its own B"), but
            # then no preposition may stand there and the name must end the item; a possessive
            # name that is none ("and Saudi Arabia's B"); a compound modifier ("dem früheren
            # <Acme>-Forscher <B>")
            if word_conj and k + 1 < n and units[k] in self._repeated_prep and units[k + 1] in self.determiners:
                k += 1
            if word_conj and (units[k] not in self._repeated_prep or refs[k] is not None or units[k] == next(
                    (units[x] for x in range(idx - 1, max(lo, idx - 7) - 1, -1) if units[x] in self._repeated_prep), None)):
                # "and with Chinese developers such as B": a list word before the conjunct (a
                # preposition after "and" must repeat the one before the first item: "owned by A,
                # and with rivals such as B" is no coordination)
                x = next((x for x in range(k, min(k + 7, n)) if refs[x] is not None or units[x] in _CLAUSE_END), n)
                if k < x < n and refs[x] is not None and (units[x - 1] in self._list_intro or tuple(units[x - 2:x]) in self._list_intro):
                    k = x
            if self.lang == "de" and word_conj and k + 1 < n and units[k] in _CONJUNCT_ADVERBS_DE \
                    and units[k + 1] in self.determiners:
                k += 1      # "A sowie erstmals der Staatsfonds B" (p26c)
            described = k < n and refs[k] is None and units[k] in self.determiners
            # (p27f: English five after "and" and a determiner, "and the French state investment bank B")
            limit = (4 + (word_conj and self.lang == "en") if word_conj else 3) if described else 2 if word_conj else 0
            first = k
            while k < n and units[k] not in _CONJ \
                    and not units[k][:1].isdigit() and (units[k] != "'s" or possessed and 0 < gap and k + 1 < n
                                                         and refs[k + 1] is not None and refs[k - 1] is None):
                if refs[k] is not None:
                    if word_conj and k + 3 < n and units[k + 1] == "-" and refs[k + 2] is None \
                            and refs[k + 3] is not None:
                        k += 3
                        continue
                    if refs[k].anaphor == "poss" and k + 2 < n and units[k + 1] == "'s" and refs[k + 2] is None:
                        k += 2              # "and its own B": the possessive pronoun's owner is no conjunct
                        continue
                    if word_conj and self._conjunct_roles and "Organization" not in types \
                            and entities[refs[k].entity].type == "Organization":
                        x = k + 1           # "and Acme chief scientist B": Acme describes B
                        while x < min(k + 3, n) and refs[x] is None and (units[x] in self.role_nouns or units[x].isalpha()
                                and not units[x].endswith(("ed", "s", "ly", "ing")) and units[x] not in _CONJ
                                and units[x] not in self.prepositions and units[x] not in self._finite
                                and units[x] not in self.coordinated_verbs):
                            x += 1      # a title, no verb ("and Stanford professor B", "and former Acme architect B")
                        if k + 1 < x < n and refs[x] is not None and entities[refs[x].entity].type == "Person" \
                                and not any(units[y] == "by" or units[y] in self.coordinated_verbs for y in range(first, k)):
                            k = x
                            continue
                    break
                if units[k] == "'s":
                    k += 1
                    continue
                if gap == limit or described and units[k] in self._no_description \
                        or units[k] in self.coordinated_verbs and k + 1 < n and units[k + 1] != "by":
                    break       # (nor a verb: "bought A and invested in B" is no list "A and B")
                if described and k > first and self.lang == "de" and units[k] in self.determiners:
                    break       # "A, der Beteiligungsarm der B": B is a genitive, no list item
                if self.lang == "de" and k > first and units[k] in ("von", "vom"):
                    break       # "A, und Vertreter von B": B names whom they represent, no list item (p26a)
                gap += units[k] != "-"      # "dem Start-up B": the parts of a hyphenated word are one
                k += 1
            if k >= n or refs[k] is None:
                break
            if self.lang == "de" and described and not word_conj:
                x = k + 1
                while x < n and units[x] in _QUOTE_CHARS:
                    x += 1
                if x >= n or units[x] in (".", ";", "!", "?"):
                    break   # "Chef von A, der „Zeta Zeitung“.": a comma item that ends the sentence is no list's (p24a)
            if skipped and k + 1 < n and units[k + 1] in self.coordinated_verbs:
                break       # "A, to do X, and B named ...": B opens a clause of its own, no list item
            if comma_and and self.lang == "en" and k + 1 < n and units[k + 1] in self._finite \
                    and (after_verb or idx > 0 and (units[idx - 1] in self.prepositions or units[idx - 1] == "by")):
                break       # "bought A, and B took over C", "bought by A, and B partnered with C": B is the
                #             subject of a new clause
            if self.lang == "en" and word_conj and k + 1 < n and units[k + 1] in self.speech_verbs \
                    and idx > 0 and (units[idx - 1] in self.prepositions or units[idx - 1] == "by"):
                break       # "X, backed by A, and the developer B said ...": B is the clause's subject
            if not word_conj and k + 1 < n and (gap and units[k + 1] not in _CONJ and units[k + 1] not in _CLAUSE_END
                                                and units[k + 1] not in (")", "(") or units[k + 1] in self._finite):
                break       # "A, der bald B kauft", "A, B arbeitet mit C": a clause, no list item
                #             (p27a: a bracket after the item goes on: "A, der B (BB) sowie C")
            if possessed and k + 2 < n and units[k + 1] == "'s" and refs[k + 2] is not None \
                    and entities[refs[k + 2].entity].type in types \
                    and (entities[refs[k].entity].type not in types
                         or entities[refs[k].entity].type == entities[refs[k + 2].entity].type == "Organization"):
                k += 2                      # "A's X and B's Y": the conjunct is Y, B owns it (also
                #                             "backed by A and by B's fund C": C)
            elif k + 2 < n and units[k + 1] == "'s" and refs[k + 2] is None:
                break                       # "A and B's venture arm C": B owns the next noun, no conjunct
            elif self.lang == "de" and k + 2 < n and units[k + 1] == "'s" and refs[k + 2] is not None \
                    and entities[refs[k + 2].entity].type not in types:
                break                       # "X von A und Bs Y": the conjunct is B's thing Y (p26c)
            elif self.lang == "en" and comma_and and k + 2 < n and units[k + 1] == "'s" and refs[k + 2] is not None:
                break                       # "with A, and B's Y is ...": a new clause about B's thing (p22f)
            if word_conj and k + 1 < n and units[k + 1] in self._holder_nouns:
                break       # "... of A, and B backer C will own ...": B describes the next name
            if self._conjunct_roles and word_conj and k + 1 < n and units[k + 1] in self.role_nouns \
                    and entities[refs[k].entity].type == "Organization" and "Person" not in types:
                break       # "co-founder of A and a former Acme researcher": Acme describes a person
            if self.lang == "de" and k + 3 < n and units[k + 1] == "über" and units[k + 2] in _OWN_DE:
                # "A und der Konzern B über seinen Fonds C": C takes part, on B's behalf
                # (the possessive reads as its owner and "'s": "seinen <B> 's Fonds C")
                own = next((x for x in range(k + 3, min(k + 8, n)) if refs[x] is not None and not refs[x].anaphor), None)
                if own is not None and all(units[y].isalpha() or units[y] == "'s" or refs[y] is not None
                                           for y in range(k + 3, own)) \
                        and entities[refs[own].entity].type == entities[refs[k].entity].type:
                    k = own
            if entities[refs[k].entity].type in types and not units[k].startswith("<SRC"):
                out.append(refs[k].entity)
            elif (entities[refs[k].entity].type == "Person") != ("Person" in types):
                break       # "at A and later B, and Jana Roe, a former engineer at C": a person ends a list of companies
            j = k + 1
        j = idx - 1
        if self.lang == "en" and j >= lo + 3 and units[j] == "'s" and refs[j - 1] is None and units[j - 1].isalpha() \
                and (units[j - 2] in _CONJ or units[j - 2] == "the" and j >= lo + 4 and units[j - 3] in _CONJ):
            j -= 2 + (units[j - 2] == "the")    # "A and the UK's B also took part": a place owns B
        if self.lang == "en" and j >= lo + 2 and units[j] == "the" and units[j - 1] in _CONJ:
            j -= 1      # "A and the B joined": B's article stands between it and the conjunction
        if self.lang == "de" and "Person" not in types and not (idx + 1 < len(units) and units[idx + 1] == ","):
            # "A und der Konzern B sind beteiligt": B's description stands between it and the conjunction
            # (not a person, "A und dem Informatiker B, der zuvor bei X arbeitete", nor before a comma)
            d = next((d for d in range(3) if j - d >= lo + 2 and units[j - d] in self.determiners
                      and units[j - d - 1] in ("und", "sowie") and refs[j - d - 2] is not None
                      and (idx + 1 >= len(units) or units[idx + 1] not in ("-", "über", "des", "der", "von", "vom"))
                      # (not "und die B-Tochter C", nor the owner in "und der Konzern B über seinen Fonds C"; a
                      # genitive after it is its own: "A und dem Modell B des Konzerns C")
                      and all(refs[x] is None and units[x].isalpha() for x in range(j - d, j + 1))), None)
            if d is not None:
                j -= d + 1
        # a comma joins a list only with a conjunction in it ("A, B und C"): "A, B arbeitet mit C"
        # is two clauses
        listed = idx + 1 < len(units) and units[idx + 1] in _CONJ and units[idx + 1] != ","
        if self.lang == "de" and idx + 1 < len(units) and units[idx + 1] == "'s" and j >= lo + 3 \
                and units[j - 2] in _MODIFIER and refs[j - 3] is not None and entities[refs[j - 3].entity].type not in types:
            return out  # "X von A und Bs Y": A is X's, no conjunct of Y's owner (p26c)
        while j >= lo + 1 and units[j] in _CONJ and refs[j - 1] is not None \
                and not (units[j] == "," and self._in_fronted_phrase(units, refs, j - 1)) \
                and (units[j] != "," or listed):
            listed = True
            if entities[refs[j - 1].entity].type in types and not units[j - 1].startswith("<SRC"):
                out.append(refs[j - 1].entity)
            j -= 2
            if j >= 0 and units[j] in _CONJ:
                continue
            break
        return out

    def _closes_apposition_de(self, units: list[str], refs: list, idx: int, n: int) -> bool:
        """German: the name at ``idx`` ends an apposition of the name before it, and ", und …" after it
        goes on with that name's list: "A, bisher größter Anteilseigner von B, und der Fonds C" (p26a)."""
        if self.lang != "de" or idx + 2 >= n or units[idx + 1] != "," or units[idx + 2] not in ("und", "sowie"):
            return False
        y = next((y for y in range(idx - 1, max(-1, idx - 9), -1) if units[y] == "," or refs[y] is not None), -1)
        return y >= 1 and units[y] == "," and idx - y >= 3 and refs[y - 1] is not None \
            and all(_is_plain_word(u) for u in units[y + 1:idx])

    def _appos_owner_of_list(self, units: list[str], refs: list, x: int) -> int | None:
        """English: the name a relative clause after a list of "of" in an apposition is about: X in "X,
        the Berlin-based owner of A and B, which struck ...", not B (None where the shape differs)."""
        if self.lang != "en" or x + 2 >= len(units) or units[x + 1] != "," or units[x + 2] not in self._relative:
            return None
        k = x
        while k >= 2 and units[k - 1] in ("and", ",") and refs[k - 2] is not None:
            k -= 2      # back over the list "A, B and C"
        j = k - 1
        if j < 0 or units[j] != "of":
            return None
        j -= 1
        while j >= 0 and refs[j] is None and units[j] not in ("the", "a", "an", ",") and k - j <= 7:
            j -= 1      # the apposition's noun and its modifiers ("Berlin-based owner")
        if j < 2 or units[j] not in ("the", "a", "an") or units[j - 1] != "," or refs[j - 2] is None \
                or not units[j - 2].startswith("<ORG"):
            return None
        return j - 2

    def _describes_last_only(self, units: list[str], x: int, predicate: str,
                             preps: tuple[str, ...] = ("of", "at")) -> bool:
        """English: the apposition or relative clause after the last name of a list, read by a
        rule as its subject's, is about that name alone: "A and B, the head of X," (singular
        head), "A and B, which is based in X", "A and B, which absorbed X" (a takeover). German
        (p25a): an apposition with a noun in the singular, "A und B, die Cloud-Tochter der X,". With
        ``preps`` "from" and "by" also an object's: "A and B, the assistant from X" (p27e: B alone)."""
        if self.lang == "de":
            return self._describes_last_only_de(units, x)
        if self.lang != "en" or x + 3 >= len(units) or units[x + 1] != "," \
                or x < 2 or units[x - 1] not in ("and", "or"):
            return False
        k = x + 2
        if units[k] in self._relative:
            return units[k + 1] in _EN_SINGULAR_VERBS or predicate in _TAKEOVER
        if units[k] not in ("the", "a", "an"):
            return False
        y = k + 1
        while y < min(k + 5, len(units)) and units[y] not in ("of", "at", "in", "for", ",", "'s") \
                and units[y] not in preps and units[y][:1].isalpha():
            y += 1
        head = units[y - 1]
        return y < len(units) and units[y] in preps and y > k + 1 and head not in _EN_PLURAL_WORDS \
            and not (head.endswith("s") and not head.endswith("ss"))

    def _describes_last_only_de(self, units: list[str], x: int) -> bool:
        """"A und B, die Cloud-Tochter der X,": the apposition's head is a singular noun (its base form)."""
        if x < 2 or x + 4 >= len(units) or units[x + 1] != "," or units[x - 1] not in ("und", "oder", "sowie") \
                or units[x + 2] not in ("die", "der", "das"):
            return False
        y = x + 3
        while y < min(x + 8, len(units)) and units[y] not in ("des", "der", "von", ",") \
                and (units[y][:1].isalpha() or units[y] == "-"):
            y += 1
        head = units[y - 1].capitalize()
        return y < len(units) and units[y] in ("des", "der", "von") and y > x + 3 and head.isalpha() \
            and self.lex.is_common_noun(head) and self.lex.noun_lemma(head) == head

    def _modifier_slot(self, rule: Rule, units: list[str], *slots: int | None) -> bool:
        """An argument written as a compound modifier ("Acme-backed", "Acme-owned") that the
        pattern does not read as one (no ``-`` right after the slot)."""
        hyphen = self._hyphen_slots.get(rule.id)
        if hyphen is None:
            els = rule.pattern.split()
            hyphen = self._hyphen_slots[rule.id] = frozenset(
                a[0] for a, b in zip(els, els[1:]) if a[:2] in ("S:", "O:", "S!", "O!") and b.rstrip("?") == "-")
        if any(x is not None and x + 2 < len(units) and units[x + 1] == "-" and slot not in hyphen
               and (units[x + 2] in self.compound_heads
                    # "mit Acme-Chips trainiert": the vendor of the chips, not the one who uses them
                    or units[x + 2] in self.hw_heads and units[x].startswith("<ORG"))
               for slot, x in zip("SO", slots)):
            return True
        if self.lang == "de" and rule.predicate not in _PERSON_ROLES and any(
                x is not None and x >= 2 and units[x - 1] == "-" and units[x - 2] == "ex"
                and units[x].startswith("<ORG") for x in slots):
            return True     # "Ex-Acme-Forscher starten ...": former staff of Acme, not Acme (its role stays)
        # "still buys Acme hardware": the vendor of what is bought, not the company bought
        return self.lang == "en" and rule.predicate in _OWNERSHIP and any(
            x is not None and x + 1 < len(units) and units[x].startswith("<ORG") and units[x + 1] in self._vendor_nouns
            for x in slots)

    def _role_of_person_after(self, units: list[str], refs: list, x: int) -> bool:
        """The organisation at unit ``x`` names the employer in a role title before a person
        ("Acme co-founder Jane Roe", "Acme chief executive Jane Roe")."""
        if not units[x].startswith("<ORG"):
            return False
        j = x + 1
        while j < len(units) and j - x <= 4 and refs[j] is None and (units[j] in self.role_words or units[j] in _ROLE_PARTS):
            j += 1
        return x + 1 < j < len(units) and units[j].startswith("<PER")

    @staticmethod
    def _owns_name(units: list[str], refs: list, x: int) -> bool:
        """The name at unit ``x``, before "'s", owns a name up to three plain words after it ("Acme's
        Zeta", "Acme's new Zeta model"), not only a noun ("an alternative to Acme's chips")."""
        y = x + 2
        while y < len(units) and y <= x + 4 and refs[y] is None and _is_plain_word(units[y]):
            y += 1
        return y < len(units) and y <= x + 4 and refs[y] is not None

    def _names_possessed(self, units: list[str], refs: list, x: int) -> bool:
        """The possessive pronoun at unit ``x`` ("seine") owns a noun that a name right after it
        names: "seine Wagniskapitaltochter <Acme Ventures>" (up to two plain words between)."""
        y = x + 2
        while y < len(units) and y <= x + 4 and refs[y] is None and _is_plain_word(units[y]) \
                and units[y] not in self._no_description and units[y] not in self.determiners:
            y += 1
        return x + 2 < y < len(units) and units[x + 1] == "'s" and refs[y] is not None \
            and not units[y].startswith("<SRC") and units[y][1:4] == units[x][1:4]

    def _after_preposition(self, units: list[str], x: int) -> bool:
        """The unit at ``x`` follows a preposition, perhaps after determiners ("on the X")."""
        k = x - 1
        while k >= 0 and units[k] in self.determiners:
            k -= 1
        return k >= 0 and units[k] in self.prepositions

    def _in_fronted_phrase(self, units: list[str], refs: list, x: int) -> bool:
        """The name at unit ``x`` ends a phrase that opens its clause with a preposition ("Im
        Wettbewerb mit X setzt ...", "Neben X ...", "Together with X, ..."): it is no subject."""
        if refs[x] is None or refs[x].anaphor or x + 1 < len(units) and units[x + 1] in ("'s", "-"):
            return False
        if x + 2 < len(units) and units[x + 1] == "," and units[x + 2] in self._relative:
            return False    # "Sie folgt auf X, der ...": the relative clause is about X
        k = x - 1
        while k >= 0 and units[k] in self.determiners:
            k -= 1
        if k < 0 or not (units[k] in self.prepositions or units[k] in self._fronted_prep):
            return False
        if self.lang == "de" and k == x - 2 and k > 0 and units[k - 1] == "," and units[x - 1] in _DE_RELATIVE_DATIVE:
            return False    # p25b: "ein Rechenzentrum, in dem X Server angemietet hat": a relative clause's subject
        for j in range(k - 1, max(-2, k - 5), -1):
            if j < 0 or units[j] in (",", ":", ";", "(") or units[j] in _QUOTE_UNITS:
                return True
            if refs[j] is not None or not units[j][:1].isalpha() or units[j] in self.subject_words:
                return False        # "It is run by X": a clause, no fronted phrase
        return False

    @staticmethod
    def _closing_after_source(units: list[str], b: int) -> bool:
        """German: from ``b`` on, a report's source of at most six units and then "nicht" closing the
        clause ("beteiligte sich nach Informationen des X nicht, …"; p27a)."""
        for k in range(b, min(b + 8, len(units) - 1)):
            if units[k] in _CLAUSE_END:
                return False
            if units[k] == "nicht":
                return units[k + 1] in _CLAUSE_END and any(u.startswith("<SRC") for u in units[b:k])
        return False

    def _denied_event(self, units: list[str], a: int, b: int) -> bool:
        """Whether the match ``units[a:b]``, which starts with a noun of a deal, stake or partnership,
        opens its clause (at most three words before it: "Gerüchte über einen Einstieg von X bei Y",
        "Eine engere Kooperation zwischen A und B", no name and no comma between) and the rest of the
        sentence denies it ("…, über den spekuliert wurde, dementierte P", "… wurde nicht bestätigt",
        "… was not confirmed"): the noun phrase is the subject, and its verb comes after the match."""
        k = a - 1
        while k >= 0 and a - k <= 3 and units[k] not in _CLAUSE_START and not units[k].startswith("<"):
            k -= 1
        if k >= 0 and units[k] not in _CLAUSE_START:
            return False
        for k in range(b, len(units)):
            if units[k] == ";":
                return False
            if units[k] in self._denied and " ".join(units[k:k + 2]) not in self.negation_idioms:
                return True
        return False

    def _reports_another(self, units: list[str], refs: list, entities: list[Entity], rule: Rule,
                         si: int, oi: int) -> bool:
        """A speech verb follows the subject at ``si`` and another name of the subject's types
        opens what it reports, before the object at ``oi`` ("Acme said Zorblax bought X", "Acme
        sagte, Zorblax habe X gekauft"): the relation is the other name's, the subject only reports it."""
        for p in range(si + 1, oi - 1):
            if units[p] in self.speech_verbs:
                r = p + 1 + (units[p + 1] in (",", "that", "dass"))
                return r < oi and refs[r] is not None and entities[refs[r].entity].type in rule.subject_types \
                    and units[r + 1] != "'s"     # "He said Acme's goal was X" reports his own goal
        return False

    def _relative_clause(self, units: list[str], refs: list, entities: list[Entity], rule: Rule,
                         si: int | None, oi: int | None, end: int) -> tuple[int | None, int | None]:
        """Slots moved to the name a relative clause is about.

        "Acme, which bought X in 2014, has invested in Y": X, inside the clause, stands for Acme
        when the relation is read after the clause's closing comma. "Z said that Acme, which was
        founded by P, ...": Z, before the clause, stands for Acme when the other argument is
        inside it.
        """
        # (English "whose" too, p24f: "X, whose Y unit publishes Z, signed a deal with W": X's deal)
        relative = self._relative | {"whose"} if self.lang == "en" else self._relative

        def antecedent(k: int, types: frozenset[str], gap: int = 0, prep: bool = False) -> int | None:
            """The name before ", which" at ``k`` (the pronoun), if of the slot's types; up to
            ``gap`` words may stand between (a German verb: "in X investiert, das ...")."""
            # (p22c: also after a preposition, "X, zu der auch A und B gehören, hat ...")
            pre = 1 if prep and k >= 3 and units[k - 1] in self.prepositions and units[k - 2] == "," else 0
            if k < 2 + pre or units[k] not in relative or units[k - 1 - pre] != ",":
                return None
            if k + 1 < len(units) and units[k + 1] == "beide":
                return None     # p24b: "A und B …, die beide …" is about both, not the name before it
            j = k - 2 - pre
            while j > 0 and refs[j] is None and k - 2 - pre - j < gap and units[j][:1].isalpha():
                j -= 1
            if refs[j] is not None and not units[j].startswith("<SRC") and entities[refs[j].entity].type in types \
                    and (units[k] != "who" or entities[refs[j].entity].type == "Person"):
                return j        # "who" stands for a person, not for the organisation before it
            return None

        def closes(lo: int, hi: int) -> bool:
            """A comma in [lo, hi) ends a clause (it is no list comma before a name)."""
            return any(units[c] == "," and c + 1 < len(units) and refs[c + 1] is None and units[c + 1] not in _CONJ
                       for c in range(lo, hi))

        slots = {"S": si, "O": oi}
        types = {"S": rule.subject_types, "O": rule.object_types}
        for name, x in slots.items():
            if x is None or refs[x] is None or refs[x].anaphor:
                continue
            other = slots["O" if name == "S" else "S"]
            lim = other if other is not None and other > x else (end if other is None else None)
            if lim is None:
                # the other argument comes first: is it inside a relative clause on a later name?
                continue
            # (a) the slot is inside a relative clause that closes before the rest of the relation
            # (not when a clause on the slot itself follows: "A, die Sparte der X, zu der B gehört")
            own_clause = x + 3 < len(units) and units[x + 1] == "," and units[x + 2] in self.prepositions \
                and units[x + 3] in self._relative
            for k in range(x - 1, max(-1, x - 12) if not own_clause else x - 1, -1):
                if units[k] in (".", ";", ":"):
                    break
                if units[k] not in relative:
                    continue        # (no antecedent: saves the call)
                ant = antecedent(k, types[name], prep=True)
                if ant is not None:
                    # ("Jana Roe, who worked at A, and Tom Berg, a former engineer at B": after ", and"
                    # a name of the antecedent's type is its conjunct, outside the clause)
                    conjunct = x >= 2 and units[x - 1] in _CONJ and units[x - 2] == "," \
                        and entities[refs[x].entity].type == entities[refs[ant].entity].type
                    # (p27a: "A, der B (C) sowie D, die Tochter von E": after "und"/"sowie" and a name since the
                    # pronoun, the slot closes a list, and the pronoun was an article)
                    # (not after a preposition: "A, zu der auch B und C gehören, hat …" is a clause)
                    conjunct = conjunct or self.lang == "de" and units[x - 1] in ("und", "sowie") \
                        and units[k - 1] == "," and (refs[k + 1] is not None or refs[k + 2] is not None)
                    # (after "zu der" no comma at all before the slot: "die X, zu der A gehört, B und C")
                    inside = units[k - 1] == "," or "," not in units[k + 1:x]
                    if closes(x + 1, lim) and not closes(k + 1, x) and not conjunct and inside:
                        slots[name] = ant
                    break
            else:
                # (b) the other argument is inside a relative clause about a name after the slot
                if other is not None and other > x:
                    for k in range(other - 1, x + 1, -1):
                        if units[k] not in self._relative:
                            continue
                        ant = antecedent(k, types[name], gap=2)
                        # "X, dem Rivalen von Y, der ...": the clause is about the apposition's head, X
                        appos = ant is not None and x + 3 < ant and units[x + 1] == "," and units[x + 2] in self.appos_articles \
                            and units[ant - 1] in self.genitive_links and not closes(x + 2, ant)
                        # ("compete with A, which bought Y, and with B", "include A, which led Y, and the
                        # arm of B", "..., and B": ", and" with a preposition, an article or B itself ends the
                        # clause, B is outside it)
                        prep_conjunct = self.lang == "en" and any(
                            units[c] == "," and units[c + 1] in _CONJ
                            and (units[c + 2] in self.prepositions or units[c + 2] in self.determiners or c + 2 == other)
                            for c in range(k + 1, other - 1))
                        # (p24d) "A and B, which backed X's first round, ...": the clause is about the pair
                        pair = self.lang == "en" and ant == x + 2 and units[x + 1] == "and"
                        if ant is not None and ant > x and not appos and not prep_conjunct and not pair:
                            if not closes(k + 1, other) and refs[ant].entity != refs[x].entity:
                                slots[name] = ant
                            break
        return slots["S"], slots["O"]

    def _apply(self, text: str, sent: _Sentence, rule: Rule, m: re.Match, units, refs, offsets, entities,
               topic, prev, pairs_done, explicit, found, sent_of, prev_sent: _Sentence | None,
               qualifiers: list[dict], fallback: int = -1) -> None:
        si_unit = self._slot(m, "S", offsets)
        oi_unit = self._slot(m, "O", offsets)
        if self.compound_heads and self._modifier_slot(rule, units, si_unit, oi_unit):
            return
        a = bisect_left(offsets, m.start("ALL"))
        b = bisect_left(offsets, m.end("ALL"))
        # a subject that opens the match right after a preposition is inside a fronted phrase
        # ("Im Wettbewerb mit X setzt Y auf ...", "Together with X, Y uses ..."), not the subject
        if si_unit == a and self._in_fronted_phrase(units, refs, si_unit):
            return
        # English: a subject that opens the match after a preposition and is followed by a gap is
        # the object of that preposition ("X trains its models on Google Cloud and has a
        # partnership with Y": not Google Cloud's partnership)
        # (a person or a name before a relative clause may still be one: "reports to X, who founded Y")
        if self.lang == "en" and si_unit == a and rule.gap_after_subject and si_unit > 0 \
                and refs[si_unit] is not None and not refs[si_unit].anaphor \
                and units[si_unit].startswith("<ORG") \
                and not (si_unit + 2 < len(units) and units[si_unit + 1] == "," and units[si_unit + 2] in self._relative) \
                and self._after_preposition(units, si_unit):
            return
        if self.lang == "en" and any(x is not None and x == b - 1 and self._role_of_person_after(units, refs, x)
                                     for x in (si_unit, oi_unit)):
            return      # "raised money from Acme co-founder Jane Roe": the person, not the company
        si_unit, oi_unit = self._relative_clause(units, refs, entities, rule, si_unit, oi_unit, b)
        owner = self._appos_owner_of_list(units, refs, si_unit) \
            if si_unit is not None and oi_unit is not None and si_unit < oi_unit else None
        if owner is not None:
            si_unit = owner     # "X, the owner of A and B, which struck a deal with Y" (p24f): X's deal
        if si_unit is not None and oi_unit is not None and si_unit < oi_unit \
                and self._reports_another(units, refs, entities, rule, si_unit, oi_unit):
            return      # "Acme said Zorblax bought X": the speaker is no argument of what it reports
        # a coordination never reaches over the other argument
        s_lo, s_hi, o_lo, o_hi = 0, None, 0, None
        if si_unit is not None and oi_unit is not None:
            if si_unit < oi_unit:
                s_hi, o_lo = oi_unit, si_unit + 1
            else:
                o_hi, s_lo = si_unit, oi_unit + 1
        # an anaphor ("the startup") is never the first item of a coordination
        if si_unit is not None and ("S" in rule.no_expand or refs[si_unit].anaphor in ("org", "poss", "per", "thing")):
            subjects = [refs[si_unit].entity]
        elif si_unit is not None and oi_unit is not None and si_unit < oi_unit \
                and self._describes_last_only(units, si_unit, rule.predicate):
            subjects = [refs[si_unit].entity]   # "A and B, the head of X," (p24f): B alone
        elif si_unit is not None:
            subjects = self._expand(units, refs, si_unit, rule.subject_types, entities, s_lo, s_hi,
                                    not rule.possessive)
        else:
            subj = topic if rule.implicit_subject.startswith(("TOPIC", "LAST-")) else prev
            subjects = [subj] if subj >= 0 else []
        if oi_unit is not None and ("O" in rule.no_expand or refs[oi_unit].anaphor in ("org", "poss", "per", "thing")):
            objects = [refs[oi_unit].entity]
        elif oi_unit is not None and si_unit is not None and oi_unit < si_unit \
                and self._describes_last_only(units, oi_unit, rule.predicate, _MAKER_PREPS):
            objects = [refs[oi_unit].entity]    # p27e: "A and B, the assistant from X": B alone
        elif oi_unit is not None:
            objects = self._expand(units, refs, oi_unit, rule.object_types, entities, o_lo, o_hi,
                                   not rule.possessive, after_verb=si_unit is not None and si_unit < oi_unit)
            if si_unit is None and rule.implicit_subject == "PREV" and not set(subjects).isdisjoint(objects):
                return      # p27b: "A und B gründen X. Beide Konzerne halten …": S:PREV is one of the objects' list, unclear
        else:
            # O:PREV (p26b): the first organisation of the sentence before, else the passage's
            obj = prev if rule.implicit_object.startswith("PREV") and prev >= 0 else topic
            objects = [obj] if obj >= 0 else []
            if rule.predicate in _ROLES and len(subjects) == 1 and obj == topic:
                # a role with no organisation named ("X ist Geschäftsführer") is at the company the
                # sentence before (or this one) said X founded, rather than the passage's topic
                since = prev_sent.start if prev_sent is not None else sent.start
                founded = {k[2] for k in found if k[0] == subjects[0] and k[1] == "founderOf"
                           and sent_of.get(k, -1) >= since}
                if len(founded) == 1:
                    objects = list(founded)
                elif "-founded" in rule.id:
                    return      # rules ``*-founded``: only for someone just said to have founded one
                elif "-namesake" in rule.id:
                    # rules ``*-namesake`` (p25b): only at a family firm named after the person ("sagte
                    # Geschäftsführer Uwe Roe" and "die Roe Maschinenbau GmbH")
                    namesakes = _namesake_orgs(entities, subjects[0])
                    if not namesakes:
                        return
                    objects = namesakes[:1]     # (the first named: "Roe Antriebe GmbH" before its unit "Roe Digital")
        if (si_unit is None) != (oi_unit is None) and set(subjects) & set(objects):
            # "A and B also took part": the implicit argument is none of the explicit ones (the
            # paragraph's topic yields to the text's when it is one of them)
            named = objects if si_unit is None else subjects
            if fallback < 0 or fallback == topic or fallback in named or len(subjects if si_unit is None else objects) != 1:
                return
            if si_unit is None:
                subjects = [fallback]
            else:
                objects = [fallback]
        if rule.predicate in _POSSESSOR_SENSITIVE and not rule.possessive and any(
                x is not None and x + 1 < len(units) and units[x + 1] == "'s" and refs[x].anaphor != "poss"
                and (rule.predicate in _TAKEOVER or x == si_unit or self._owns_name(units, refs, x))
                for x in (si_unit, oi_unit)):
            return      # "competes with Acme's Zeta": the argument is Zeta, not Acme (but an object is in
            #             "an alternative to Acme's chips"; "buys Acme's chip unit" buys no Acme, and in
            #             "Acme's research team works with X" the subject is the team)
        if rule.predicate == "acquired" and si_unit is not None and oi_unit is not None and si_unit < oi_unit \
                and not _VENDOR_PREP.isdisjoint(units[si_unit + 1:oi_unit]):
            return      # "X kauft Chips beim Hersteller Y": a purchase from a vendor, no takeover
        if rule.predicate == "acquired" and self.lang == "en" and oi_unit is not None \
                and refs[oi_unit].anaphor == "poss":
            return      # "agreed to buy its chips": what is bought is the possessive's thing, not its owner
        if rule.predicate == "acquired" and self.lang == "en" and oi_unit is not None \
                and oi_unit + 2 < len(units) and units[oi_unit + 1] in _NAME_AS_MODIFIER_HEADS \
                and refs[oi_unit + 2] is not None and not refs[oi_unit + 2].anaphor:
            return      # "its purchase of the Acme specialist Zorblax": the named head is bought, not Acme (p19g)
        if rule.predicate == "develops" and self.lang == "en" and si_unit is not None \
                and oi_unit is not None and si_unit < oi_unit - 2 and units[oi_unit - 1] == "'s" \
                and (owner := refs[oi_unit - 2]) is not None and not owner.anaphor \
                and entities[owner.entity].type == "Organization" and owner.entity != refs[si_unit].entity:
            return      # "Acme will roll out Zorblax's Rocket": the thing is the named owner's, not Acme's
            #             (a maker of it stays: "Acme produces Zorblax's Rocket chips", p20d)
        if si_unit is not None and refs[si_unit].anaphor == "poss" and self._names_possessed(units, refs, si_unit):
            return      # "seine Tochter Acme Ventures hält Anteile an X": the subject is the named unit
        # a negation just before or inside the match, or a word of failure right after it in the
        # same clause ("Die Übernahme von X durch Y ist gescheitert"; a "nicht" before another
        # verb is left alone: "dürfte X von Y nicht schmecken")
        after = set()
        for u in units[b:b + 3]:
            if u in _CLAUSE_END:
                break
            after.add(u)
        # a negation that closes the clause right after the match negates it: "Y kauft X nicht."
        closing = b < len(units) and units[b] in self.negation and (b + 1 >= len(units) or units[b + 1] in _CLAUSE_END)
        # (p26a: also "nicht" and a preposition's phrase of one or two plain words that ends the sentence: "ist bei
        # X nicht an Bord.", p27a "beteiligt sich nicht an dem Vorhaben."; not a verb: "dürfte das X von Y nicht
        # schmecken.")
        closing = closing or b + 3 < len(units) and units[b] == "nicht" and units[b + 1] in self.prepositions \
            and any(b + 2 + w < len(units) and all(map(_is_plain_word, units[b + 2:b + 2 + w]))
                    and units[b + 2 + w] in _FINAL_STOPS for w in (1, 2))
        # (p27a: a report's source before the closing "nicht": "beteiligte sich nach Informationen des X nicht, …")
        closing = closing or self.lang == "de" and self._closing_after_source(units, b)
        # a report denied right after its clause: "Berichte, X wolle Y kaufen, dementierte Z" (p18e)
        closing = closing or b + 1 < len(units) and units[b] == "," and units[b + 1] in self.denials_after \
            and not any(f"{units[b + 1]} {w}" in self.negation_idioms for w in units[b + 2:b + 4])
        #   (not when nobody denies it: "Dass X mit Y konkurriert, bestreitet (dagegen) niemand", p24a)
        # (the words before the match only in its clause: not a quote's "nicht" before ", sagte X",
        # nor a quote's "no" before '," Acme chief executive X said'; but "nicht, dass X ...")
        lo = max(0, a - 3)
        lo = next((k + 1 for k in range(a - 1, lo - 1, -1) if units[k] in (",", ";", ":")
                   and (k + 1 >= len(units) or units[k + 1] in self.speech_verbs
                        or units[k + 1] not in self.coordination_stops)), lo)
        # a contrast inside the match ends the negation's scope: "X does not train models, but it
        # has partnered with Y"
        lo = max([lo] + [k + 1 for k in range(lo, b) if units[k] in self.negation_contrast])
        # ("C, not D" after a name inside the match corrects, it negates nothing: '"Our goal is C, not D,"
        # P said', "Unser Ziel ist X, nicht Y")
        negated = bool(set(units[lo:b]) & self.negation) and any(
            units[k] in self.negation and not _affirmed(units, k)
            and " ".join(units[k:k + 2]) not in self.negation_idioms
            and not (k - 2 >= a and units[k - 1] == "," and units[k - 2].startswith("<"))
            for k in range(lo, b)) \
            or bool(after & self.negation_after) or closing \
            or units[a] in self.event_nouns and self._denied_event(units, a, b)
        speculative = bool(set(units[max(0, a - 6):b]) & self.speculation)
        if rule.predicate in _UNSAID_IF_HEDGED and set(units[max(0, a - 6):b]) & self.takeover_hedges:
            negated = True      # "was in talks to acquire X", "might try to buy X": no takeover (a plan is one)
        dom, rng = DOMAIN_RANGE[rule.predicate]
        implicit = si_unit is None or oi_unit is None
        start, end = sent.start_char, sent.end_char
        if rule.implicit_subject == "PREV" and prev_sent is not None:
            start = prev_sent.start_char
        evidence = text[start:end].strip()
        listed: dict[int, list[int]] = {}
        if rule.predicate in SYMMETRIC and len(subjects) > 1 and si_unit is not None and oi_unit is not None \
                and si_unit < oi_unit:
            list_start = si_unit
            while list_start > 1 and units[list_start - 1] == "," and refs[list_start - 2] is not None:
                list_start -= 2
            if not (list_start > 0 and units[list_start - 1] in self.prepositions) and refs[oi_unit].entity in self._expand(
                    units, refs, si_unit, rule.subject_types, entities, s_lo, None, not rule.possessive):
                # "A, B und C arbeiten zusammen": the object closes the subject's list, so every two of
                # the list are partners (rivals, ...), not only each with the last (not a list after a
                # preposition: "arbeitet mit A, B und C zusammen" names partners of the subject)
                listed = {x: subjects[i + 1:] for i, x in enumerate(subjects)}
        for s in subjects:
            for o in objects + listed.get(s, []):
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
                # a negated match holds back the pair only where it overlaps: "X rivals Y in A,
                # although it will not take on Y in B" keeps the first clause
                if any(x[0] == "neg" and x[1] == pair and a < x[3] and x[2] < b for x in pairs_done):
                    continue
                always = (rule.implicit_subject + rule.implicit_object).endswith("+")
                # an implicit argument yields to an explicit one of the same sentence and predicate
                # (even one already found in an earlier sentence)
                if implicit and not always and (rule.predicate, o if si_unit is None else s) in explicit:
                    continue
                pairs_done.add(("neg", pair, a, b) if negated else pair)
                if not implicit:
                    explicit.update(((rule.predicate, s), (rule.predicate, o)))
                key = (s, rule.predicate, o)
                if rule.predicate in SYMMETRIC and s > o:
                    key = (o, rule.predicate, s)
                if rule.predicate in _QUALIFIED and not qualifiers:
                    qualifiers.append(find_quantities(text[sent.start_char:sent.end_char]))
                rel = Relation(subject=se, predicate=rule.predicate, object=oe, evidence=evidence,
                               start=start, end=end, confidence=rule.confidence * (0.8 if implicit else 1.0),
                               rule=rule.id, qualifiers=dict(qualifiers[0]) if rule.predicate in
                               _QUALIFIED else {},
                               negated=negated, speculative=speculative)
                old = found.get(key)
                if old is None or (old.negated and not negated) or \
                        (old.negated == negated and old.confidence < rel.confidence):
                    found[key] = rel
                    sent_of[key] = sent.start


# nouns after a company's name that make it a modifier of the next name ("the Acme specialist Zorblax")
_NAME_AS_MODIFIER_HEADS = frozenset({"specialist", "specialists", "consultancy", "consultant", "expert", "experts",
                                     "reseller", "resellers", "integrator", "integrators", "boutique", "veteran"})

# predicates a hedge (cue kind ``takeover_hedge``: talks, rumours, "might") keeps out as a negation
# does, where other speculation words only mark them: takeovers are reported as talks and rumours far
# more often than they happen (on the training articles 4 of 18 speculated takeovers were facts), and
# so are mergers ("talks to merge", "might merge with") and partnerships ("a rumoured tie-up between
# A and B"); a plan ("plans to acquire X") stays, as the dev gold reads it; investments stay marked only
# ("in talks with existing investor X" names a fact beside the talks)
_UNSAID_IF_HEDGED = frozenset({"acquired", "mergedWith", "partnerOf"})

# predicates whose implicit argument yields to an explicit one of the sentence found by a later rule
# ("Critics, including Acme chief science officer P": P works at Acme, not at the passage's company)
# ("Acme, led by founder and chief executive P": P founded Acme, not the passage's company)
# ("Acme customers such as P": P is Acme's customer, not the passage's company's)
_LATE_YIELD = frozenset({"investsIn", "ceoOf", "worksFor", "founderOf", "partnerOf"})

_APOSTROPHES = frozenset({"'", "’"})


def _s_apostrophe(words: list[_Word], m: Mention, lang: str = "en") -> bool:
    """An English possessive written with a bare apostrophe after a name ending in s
    ("Acmesys' head of AI"; p23b: a German genitive after s, x, z, "Zorblax' Partner"): the apostrophe
    is read as a quote (no unit), so it gives "'s"; not when the name is itself quoted ("the 'Quills' app")."""
    e = m.end
    return not m.anaphor and e + 1 < len(words) and words[e][0] in _APOSTROPHES and words[e - 1][0].endswith(("s", "x", "z", "ß") if lang == "de" else "s") \
        and words[e + 1][1] is not None and (m.start == 0 or words[m.start - 1][0] not in _APOSTROPHES)


def _not_only(units: list[str], refs: list) -> tuple[list[str], list]:
    """"not only A but also B" read as "A and B" ("invested not only in A but also in B")."""
    out_u: list[str] = []
    out_r: list = []
    k, n, opened = 0, len(units), False
    while k < n:
        u = units[k]
        if u == "not" and k + 1 < n and units[k + 1] in ("only", "just") and refs[k + 1] is None:
            opened = True
            k += 2
            continue
        if opened and u == "but" and refs[k] is None:
            opened = False
            out_u.append("and")
            out_r.append(None)
            k += 2 if k + 1 < n and units[k + 1] == "also" else 1
            continue
        out_u.append(u)
        out_r.append(refs[k])
        k += 1
    return out_u, out_r


def _affirmed(units: list[str], k: int) -> bool:
    """The negation at ``k`` is part of an affirming phrase: "nicht nur" / "not only" (... sondern
    auch), "nicht zuletzt", "nicht das einzige Unternehmen, das ..." (one of several), or a copula's
    "not" that a correction follows ("X is not A, it is B")."""
    nxt = units[k + 1] if k + 1 < len(units) else ""
    if units[k] in ("nicht", "not") and nxt in ("nur", "allein", "zuletzt", "only", "just"):
        return True
    if units[k] == "not" and k > 0 and (units[k - 1] in _EN_COPULA or units[k - 1] == "'s") and not nxt.startswith("<"):
        # a correction of the predicate noun: "Open source is not charity for X, it is our business
        # model" (not of a name: "Our rival is not X, it's Y")
        for j in range(k + 1, min(k + 14, len(units) - 2)):
            if units[j] in (".", ";", ":", "but"):
                break
            if units[j] == "," and units[j + 1] in ("it", "they", "this") and units[j + 2] in ("is", "are", "'s"):
                return True
    return units[k] == "nicht" and nxt in ("der", "die", "das", "den", "dem", "als") and k + 2 < len(units) \
        and units[k + 2].startswith("einzig")


def _namesake_orgs(entities: list[Entity], person: int) -> list[int]:
    """The organisations whose name opens with the person's family name and goes on ("Roe Maschinenbau
    GmbH" for "Uwe Roe"): a family firm, the company a bare title of that person is at."""
    words = entities[person].label.split()
    if entities[person].type != "Person" or len(words) < 2:
        return []
    lead = words[-1] + " "
    return [i for i, e in enumerate(entities) if e.type == "Organization" and e.label.startswith(lead)]


def _is_plain_word(unit: str) -> bool:
    return unit[:1].isalpha()


def _sentence_span(doc: Doc, a: int, b: int) -> tuple[int, int]:
    """Character span of the sentence around the characters ``[a, b)``."""
    span = doc.char_span(a, b, alignment_mode="expand")
    return (span.sent.start_char, span.sent.end_char) if span is not None else (a, b)


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
