"""Second recognition layer: names the catalogue lacks, found by their cues and their shape.

Token patterns (spaCy ``Matcher``) are built from the cue lists of the lexicon:

- organisations: a cue before ("Start-up X", "company X"), a legal suffix ("X Inc.", "X GmbH"),
  a head word ("X Capital", "X Labs"), a compound ("X-Team" -> X, "X-Regierung" whole), media
  contexts ("Interview mit X", "told X", "X reported");
- persons: a known first name or family name, or a role before the name ("CEO Jane Roe");
- AI models: a name with a version ("X 3.5", "X-V3", "X 2.0 Flash"), a cue ("Sprachmodell X"),
  a family ("X-Reihe");
- hardware: a vendor and a code ("Acme Z900"), a name before "GPUs"/"Chips";
- products: a head word ("X Smartglasses", "X voice assistant") or a cue ("app X");
- anaphors: "das Unternehmen", "the company", "er", "she", "our", resolved later by the linker.

The patterns run through :class:`~kg.extract.gated_matcher.GatedMatcher`: the result of a
spaCy ``Matcher`` (longest match per kind), found by looking only near each pattern's rare word
(a cue, a head word, a known first name). Every candidate is cleaned (function words, months and
German common nouns are not names) and appended to ``doc._.kg_candidates``.

>>> import spacy
>>> nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "kg.compound_tokenizer.v1"}}})
>>> _ = nlp.add_pipe("kg_name_cues")
>>> doc = nlp("Zorblax Capital led the round in startup Quibbl, CEO Jane Roe told Axonews about Quibbl-3.")
>>> sorted({(m.text, m.type) for m in doc._.kg_candidates if not m.anaphor})
[('Axonews', 'Organization'), ('Jane Roe', 'Person'), ('Quibbl', 'Organization'), ('Quibbl-3', 'AIModel'), ('Zorblax Capital', 'Organization')]
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
from spacy.attrs import IS_TITLE, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.extract.cue_patterns import COMPASS, VERSION_RX, CuePatterns, model_compound_rx
from kg.extract.language import _function_words
from kg.extract.lexicon import DEFAULT_LEXICON_DIR, Lexicon, load_lexicon
from kg.extract.mentions import QUOTES, Mention, candidates, orth_ids

__all__ = ["NameCueRecogniser"]

# a cue kind's handler: (doc, kind, start, end) of the match -> the name it marks, if any
MentionHandler = Callable[[Doc, str, int, int], "Mention | None"]

# a German noun of an agent or origin before a name describes it ("Datenspezialist Acme",
# "Berliner ... Acme"); another noun is part of the name ("Sparkasse Musterstadt")
AGENT_NOUN_RX = re.compile(r"(?:ist|er|ent|ant|eur|ier|ling|isten|enten|anten|ale|alen)$")
# computer nouns that name a machine after them only outside a compound ("seinen neuen Rechner Hunter", p22c)
_PLAIN_COMPUTER_NOUNS = frozenset({"rechner", "rechners"})
# verbs after "unter dem Namen X" that make X a company's name (p22c)
# heads of German bodies of government ("Bundesamt", "Landesministerium", "Staatsministerium")
_DE_GOVERNMENT = ("bundes", "landes", "staats")
_FIRM_VERBS = frozenset({"firmiert", "firmieren", "firmierte", "firmierten"})
_APPEAR_VERBS = frozenset({"tritt", "treten", "trat", "traten"})
LETTER_VERSION_RX = re.compile(r"^[A-Z]\d{1,2}$")
# a name and its version written as one word: "Zorbix4", "Zorbix2.5"
GLUED_VERSION_RX = re.compile(r"^[A-Z][a-z]{2,}\d{1,2}(?:\.\d)?$")
# a model's parameter count after its name: "8B", "70B", "1.5B", "8x7B", "400M"
# an adjective of nationality ("European", "Chinese", "British", "French")
NATIONALITY_RX = re.compile(r"(?:an|ese|ish|ch|i)$|^swiss$")
# nouns of a company by what it makes or sells ("the Texas-based PC maker", "EV manufacturer")
_MAKER_NOUNS = frozenset({"maker", "makers", "manufacturer", "manufacturers", "producer", "producers", "vendor",
                          "vendors", "supplier", "suppliers", "retailer", "retailers", "builder", "builders"})
_CHIP_CODE_RX = re.compile(r"^(?:[A-Z]{1,3}\d{1,4}[A-Z]{0,2}|(?!(?:19|20)\d\d$)\d{3,4}[A-Z]{0,2})$")
_GLUED_NUMBER_RX = re.compile(r"\d{1,3}(?:\.\d)?[a-z]?")
PARAMS_RX = re.compile(r"^(?:\d{1,2}x)?\d{1,3}(?:\.\d)?[BM]$")
# endings of German adverbs and adjectives that open a sentence ("Überraschend", "Erstmals",
# "Offiziell"): such a word before a verb is no company
ADVERB_RX = re.compile(r"(?:end|lich|ig|isch|bar|los|sam|weise|mals|falls|ens|halb|wärts|ell|iv|dem|her|hin)$")
# stems of German adjectives whose neuter ending "-es" looks like a genitive at a sentence's start
# ("Chinesisches Modell", "Offenes Sprachmodell", "Neues Start-up")
ADJECTIVE_STEM_RX = re.compile(r"(?:isch|lich|ig|bar|los|sam|ell|iv|en|eu|oß|ein|rei|alt|ung|ert|ant)$")
PLACE_ADJ_RX = re.compile(r"(?:isch|deutsch)(?:e|en|er|es)$")     # "Europäische", "Deutschen"
_CLAUSE_OPENING_MARKS = frozenset({":", "–", "—"})     # a capitalised article after one opens a clause
_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "eines", "einer"})
# German contractions of a preposition and an article: a noun phrase after one is no subject
_PREP_ARTICLES = frozenset({"im", "beim", "zum", "vom", "am", "ins", "zur"})
# German prepositions that are rarely a verb's particle: after a name they open a phrase
_NP_PREPOSITIONS = frozenset({"in", "bei", "für", "von", "mit", "seit", "wie"})
# a name and its version ("Lumen Q1", "Ferro-2", "NB-40"): the stem is group 1
SIBLING_VERSION_RX = re.compile(r"^(..+?)[ -]?(?:[A-Z]{0,2}\d+(?:\.\d+)?[A-Za-z]?)$")
# endings of German abstract and collective nouns: no family name ("Stiftung", "Gesellschaft")
ABSTRACT_NOUN_RX = re.compile(r"(?:ung|heit|keit|ion|tät|schaft|ismus|nis|tum|ik|ium|preis|verein|haus)$")
# articles and possessives before a chip compound whose modifier names the kind ("seinem Interconnect-Chip X")
_DE_DETERMINERS_BEFORE_COMPOUND = frozenset({"dem", "den", "der", "des", "die", "das", "seinem", "seinen", "seiner",
                                             "seines", "ihrem", "ihren", "ihrer", "ihres", "sein", "ihr", "seine", "ihre"})
# legal forms written with a small first letter ("Velmar eG", a cooperative: p26a)
_LOWER_LEGAL_FORMS = frozenset({"eG"})
# kind -> (entity type, priority)
_THINGS = frozenset({"AIModel", "Hardware", "Product"})
# German possessives that open a phrase before a unit's name ("Dessen Einheit X Lab")
_POSSESSIVES = frozenset({"dessen", "deren", "sein", "seine", "seiner", "ihr", "ihre", "ihrer"})

# prepositions that end an apposition read for its head noun ("a veteran of the firm")
_APPOS_PREPS = frozenset({"of", "at", "in", "from", "with", "for", "by", "to", "on"})
# heads of such an apposition that name a company, never a person ("a developer", "a maker" may be one)
_COMPANY_HEADS = frozenset({"company", "firm", "startup", "start-up", "team", "studio", "outfit", "chipmaker", "lab",
                            "conglomerate", "carmaker", "automaker", "manufacturer", "subsidiary", "unit"})

KINDS = {
    "org_prefix": ("Organization", 4), "org_suffix": ("Organization", 3), "org_head": ("Organization", 3),
    "org_part": ("Organization", 4), "org_whole": ("Organization", 3), "org_modifier": ("Organization", 5), "media_prefix": ("Organization", 4),
    "media_suffix": ("Organization", 5), "media_show": ("Organization", 7), "person_first": ("Person", 4), "person_surname": ("Person", 4),
    "person_role": ("Person", 4), "person_appos": ("Person", 5), "model_version": ("AIModel", 2),
    "model_prefix": ("AIModel", 4), "model_family": ("AIModel", 4), "hw_code": ("Hardware", 2),
    # a chip noun before a name and its number says more than the number alone ("der Chip Zeta 200")
    "hw_head": ("Hardware", 4), "hw_prefix": ("Hardware", 1), "product_head": ("Product", 3),
    "product_prefix": ("Product", 4), "anaphor_org": ("Organization", 9), "anaphor_per": ("Person", 9),
    "anaphor_thing": ("AIModel", 9),
    "anaphor_org_speaker": ("Organization", 9), "anaphor_org_poss": ("Organization", 9),
    "anaphor_org_pair": ("Organization", 9), "anaphor_per_pair": ("Person", 9), "anaphor_org_demonym": ("Organization", 9), "anaphor_org_recent": ("Organization", 9), "anaphor_org_it": ("Organization", 9),
    "camel_case": ("Organization", 8), "web_name": ("Organization", 6), "model_head": ("AIModel", 5),
    "org_appos": ("Organization", 5), "org_copula": ("Organization", 5), "org_relative": ("Organization", 6), "org_whose": ("Organization", 6),
    "org_release": ("Organization", 7), "org_poss": ("Organization", 6), "org_institute": ("Organization", 3),
    "org_affiliation": ("Organization", 6), "org_object": ("Organization", 7), "org_release_conj": ("Organization", 7),
    "naming": ("AIModel", 3), "naming_final": ("AIModel", 3), "naming_back": ("AIModel", 3), "org_list": ("Organization", 6), "model_list": ("AIModel", 6),
    "person_agent": ("Person", 4), "org_maker": ("Organization", 6), "media_dative": ("Organization", 5),
    "thing_with": ("AIModel", 1), "thing_appos": ("AIModel", 2), "thing_appos_name": ("AIModel", 5), "org_appos_name": ("Organization", 5), "thing_poss": ("AIModel", 5),
    "thing_release": ("AIModel", 7), "org_unit": ("Organization", 6), "org_place_poss": ("Organization", 7), "org_subject": ("Organization", 7), "org_passive": ("Organization", 6), "org_name_head": ("Organization", 4),
    "org_place_head": ("Organization", 3), "place_org_head": ("Organization", 3), "gov_place_head": ("Organization", 3),
    "media_dative_kind": ("Organization", 4), "org_adj_acronym": ("Organization", 4), "org_place_adj": ("Organization", 3),
    "org_fronted": ("Organization", 6), "org_and_head": ("Organization", 3),
}
# anaphor kind -> the anaphor tag of its mentions
ANAPHORS = {"anaphor_org": "org", "anaphor_per": "per", "anaphor_thing": "thing", "anaphor_org_speaker": "speaker",
            "anaphor_org_poss": "poss", "anaphor_org_pair": "pair", "anaphor_per_pair": "perpair", "anaphor_org_demonym": "org", "anaphor_org_recent": "recent",
            "anaphor_org_it": "it"}
_PREFIX_KINDS = frozenset(("org_prefix", "media_prefix", "model_prefix", "hw_prefix", "product_prefix"))

class NameCueRecogniser(CuePatterns):
    """Adds candidate mentions found by cue words and name shapes."""

    def __init__(self, nlp: Language, name: str, lexicon_dir: str, max_name_tokens: int) -> None:
        self.name = name
        self.lex: Lexicon = load_lexicon(lexicon_dir or str(DEFAULT_LEXICON_DIR), nlp.lang)
        self.max_name_tokens = max_name_tokens
        self._known: dict[int, str] = {}
        self._genitives: set[int] = set()
        self._nlp = nlp
        cues = self.lex.cues
        self.org_suffixes = cues["org_suffix"]
        self.org_heads = cues["org_head"]
        self.hw_heads = cues["hw_head"]
        self.cue_tokens = {k: {tuple(self._toks(p)) for p in cues[k]}
                           for k in ("org_prefix", "media_prefix", "model_prefix", "hw_prefix", "product_prefix")}
        self.cue_lengths = {k: sorted({len(c) for c in v}, reverse=True) for k, v in self.cue_tokens.items()}
        self.compound_cues = sorted(c for c in cues["org_prefix"] if nlp.lang == "de" and c.isalpha() and len(c) >= 5)
        # German compounds ending in a product noun: "Übersetzungssoftware X", "Lernplattform X"
        self.product_compound_cues = tuple(sorted(cues["product_compound_head"]))
        self._model_compound_rx = re.compile(model_compound_rx(cues["model_compound_head"], cues["model_compound_other"])) \
            if cues["model_compound_head"] else None
        self._compound_cue_rx = re.compile("^(?:[a-zäöüß]{3,})?(?:" + "|".join(sorted(self.compound_cues, key=len, reverse=True))
                                           + ")(?:e?s)?$") if self.compound_cues else None
        self.model_head_words = {t for p in cues["model_head"] for t in self._toks(p)}
        self.function_words = _function_words(lexicon_dir or str(DEFAULT_LEXICON_DIR), nlp.lang)
        self.cue_words = {p for k in ("org_prefix", "product_prefix", "model_prefix", "hw_prefix",
                                      "person_prefix", "anaphor_org") for p in cues[k] if " " not in p}
        self.role_words = set(self.lex.role_words())
        # German compounds ending in a role noun: "Finanzchef", "Technikvorständin", "Forschungsleiterin"
        # ("chef", "chefin" are no names on their own either, but they head compounds: "Entwicklungschef");
        # a word of a longer title only ("head of tech", "vice president") heads none: "Partech" is a name
        self.role_heads = sorted(w for w in cues["person_prefix"] if nlp.lang == "de" and w.isalpha() and len(w) >= 4
                                 and (not self.lex.is_stop(w) or w.startswith("chef")))
        self.role_compound_rx = re.compile("^[a-zäöüß]{3,}(?:" + "|".join(sorted(self.role_heads, key=len, reverse=True))
                                           + ")$") if self.role_heads else None
        # link words of a role's cue phrase ("chef von"): after a role compound they name a company too
        self.role_links = frozenset(t[1] for t in self.cue_tokens["org_prefix"]
                                    if len(t) == 2 and t[0] in self.role_heads and t[1].isalpha())
        self.places = cues["place"]
        self.place_preps = cues["gov_place_prep"]
        # name articles that are no function word of the language ("Le", "La", "El" in German)
        self.foreign_articles = {a for a in cues["name_article"] if a not in self.function_words}
        self._phrase_cache: dict[str, list[list[str]]] = {}
        self.release_words = cues["org_release_verb"] | cues["org_release_det"] | cues["org_release_aux"]
        # verbs a company does right after its name ("QuillGen released", "QuillGen said")
        self._org_verbs = cues["org_release_verb"] | cues["org_say_verb"]
        self._report_verbs = cues["speech_verb"] | cues["org_say_verb"]
        self.possessive_dets = {w for w in cues["org_release_det"] | cues["anaphor_org_poss"]
                                if w in cues["anaphor_org_poss"]}
        # the noun before "called"/"namens" gives the type of the name after it
        last_word = lambda kind: {self._toks(p)[-1] for p in cues[kind] if self._toks(p)}  # noqa: E731
        self.type_nouns: dict[str, str] = {}
        for kind, type_ in (("org_prefix", "Organization"), ("anaphor_org", "Organization"),
                            ("model_prefix", "AIModel"), ("hw_head", "Hardware"), ("hw_prefix", "Hardware"),
                            ("product_head", "Product"), ("product_prefix", "Product")):
            for w in last_word(kind):
                # ("chip" is no name part, but a noun of a type all the same)
                if w.isalpha() and (not self.lex.is_stop(w) or kind in ("hw_head", "hw_prefix")):
                    self.type_nouns[w] = type_
        for w in last_word("model_head"):       # plurals and compounds: "Modelle", "Sprachmodelle"
            if w.isalpha() and w not in self.type_nouns:
                self.type_nouns[w] = "AIModel"
        for w in last_word("model_family_head"):
            if "modell" in w or "model" in w:
                self.type_nouns[w] = "AIModel"
        # German compounds: "KI-Beschleuniger", "Sprachmodell", "Modellfamilie"
        self.type_suffixes = sorted(((w, t) for w, t in self.type_nouns.items() if len(w) >= 4),
                                    key=lambda wt: -len(wt[0])) if nlp.lang == "de" else []
        # the longest suffix first, as the list above is ordered
        self._type_suffix_rx = re.compile("(?:" + "|".join(w for w, _ in self.type_suffixes) + ")$") \
            if self.type_suffixes else None
        self.particles = cues["name_particle"]
        self._person_nouns = frozenset(c.split(maxsplit=1)[0] for c in cues["anaphor_per_noun"])
        self.org_anaphor_nouns = {p for p in cues["anaphor_org"] if " " not in p}
        self.list_separators = {",", "und", "and", "oder", "or", "sowie"}
        self.thing_cues = {w for k in ("model_prefix", "product_prefix", "hw_prefix") for w in last_word(k)}
        # heads after a hyphen that make a compound of a name ("Acme-Chef", "Acme-Chips", "Acme-Team")
        self.compound_heads = {w for k in ("org_modifier_head", "org_part_head", "org_whole_head", "hw_head",
                                           "product_head", "model_head", "model_family_head", "org_poss_head")
                               for p in cues[k] for w in self._toks(p)[-1:]}
        self._role_titles = [p for p in (self._toks(c) for c in cues["person_prefix"]) if len(p) >= 2
                             and all(w.isalpha() for w in p)]
        self._role_title_words = {w for p in self._role_titles for w in p}
        self._build(cues)
        self._handlers = self._mention_handlers()

    def _is_name_token(self, doc: Doc, i: int, quoted: bool = False) -> bool:
        t = doc[i]
        text = t.text
        if text in QUOTES or t.is_punct and text not in {"&", "-"}:
            return False
        # a capitalised article after a colon opens a clause, as at the start ("…: Das Acme AI Lab hat …"; p23c),
        # and after a dateline's dash ("Ostheim – Das Acme-Institut für X …"; p26c)
        if self.lex.is_stop(text) and not (text.lower() in self.lex.cues["name_article"]
                                           and text[0].isupper() and not t.is_sent_start
                                           and not (i > 0 and (doc[i - 1].text in _CLAUSE_OPENING_MARKS
                                                               or doc[i - 1].text == "-" and i > 1
                                                               and doc[i - 2].whitespace_ != ""))):
            return False
        if not quoted and not (text.isupper() and len(text) > 2) and i not in self._known \
                and self.lex.is_common_noun(text) and not self._after_foreign_article(doc, i):
            return False
        return True

    def _foreign_head(self, t) -> bool:
        """A head word in an English form the German noun list also has ("AI", "Labs", "Systems"):
        an acronym or an s-plural of a loanword, not a German noun in its base form ("Zeitung")."""
        return t.lower_ in self.org_heads and (t.is_upper or t.text.endswith("s") and self.lex.noun_lemma(t.text) != t.text)

    def _family_name_elsewhere(self, doc: Doc, i: int) -> bool:
        """The word at ``i`` ends a person's name elsewhere in the text (after a known first name)."""
        word = doc[i].text
        if doc.text.count(word) < 2:
            return False
        return any(t.text == word and t.i > 0 and doc[t.i - 1].text in self.lex.first_names
                   for t in doc if t.i != i)

    def _compound_cue(self, t) -> bool:
        """A German common noun ending in a company cue: "Beratungsfirma", "Analysehaus" is no name part."""
        return self._compound_cue_rx is not None and t.is_alpha and t.is_title \
            and self._compound_cue_rx.match(t.lower_) is not None and t.lower_ not in self.org_heads

    def _after_cue_noun(self, doc: Doc, i: int) -> bool:
        """The word before ``i`` is a company cue noun ("Start-up", "des Start-ups", "Softwarefirma")."""
        if i == 0:
            return False
        before = doc[i - 1]
        return before.lower_ in self.cue_words or self._compound_cue(before) \
            or i >= 3 and doc[i - 2].text == "-" and doc[i - 3:i].text.lower() in self.cue_words

    def _after_foreign_article(self, doc: Doc, i: int) -> bool:
        """The word after a capitalised article of another language mid-sentence ("die Zeitung
        Le Sommet", "den Assistenten Le Vent"): part of a name even when it is a German noun."""
        if i < 2:
            return False
        art = doc[i - 1]
        return art.text[:1].isupper() and art.lower_ in self.foreign_articles and not art.is_sent_start \
            and doc[i - 2].text not in QUOTES and not doc[i - 2].is_punct

    def _trim(self, doc: Doc, start: int, end: int, keep_end: bool = False,
              quoted: bool = False) -> tuple[int, int] | None:
        # a leading cue word ("Startup Acme Inc.", "CEO Jane Roe", "Beratungsfirma Acme Research")
        # is not part of the name
        first = start
        while start < end and (not self._is_name_token(doc, start, quoted) or
                               end - start > 1 and (doc[start].lower_ in self.cue_words
                                                    or self._compound_cue(doc[start])
                                                    or self._place_adjective_before_cue(doc, start, end))):
            start += 1
        if start < end and doc[start].text == "-" and start > first and not doc[start - 1].whitespace_ \
                and doc[start - 1].is_title and doc[start - 1].is_alpha and doc[start - 1].lower_ not in self.cue_words:
            start -= 1      # a name never starts with a hyphen: "das Modell Cargo-GPT" is one word
        while end > start and not (keep_end or self._is_name_token(doc, end - 1, quoted)
                                   or self._compass_tail(doc, start, end) or self._hyphen_tail(doc, start, end)) \
                or end > start and doc[end - 1].text in {"&", "-"}:
            end -= 1
        if start >= end or not any(c.isupper() for c in doc[start:end].text):
            return None
        return start, end

    def _hyphen_tail(self, doc: Doc, start: int, end: int) -> bool:
        """p27f: a capitalised short word glued by a hyphen to the name word before it is the name's last part,
        though a stop word or a letter alone ("Kelvo-Act", "Tesvo-V", "Kelvo-Go")."""
        k = end - 1
        return k - 2 >= start and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ \
            and not doc[k - 2].whitespace_ and doc[k].text[:1].isupper() and doc[k].is_alpha and len(doc[k]) <= 4 \
            and (len(doc[k]) == 1 or self.lex.is_stop(doc[k].text)) and not self._is_role(doc[k].lower_) \
            and doc[k - 2].is_alpha and doc[k - 2].text[:1].isupper() and not self.lex.is_stop(doc[k - 2].text)

    def _place_adjective_before_cue(self, doc: Doc, k: int, end: int) -> bool:
        """German: a capitalised "-er" word before a company cue noun and a name is a place adjective
        the gazetteer lacks ("der Montabaurer Anbieter X", "der Heilbronner Zulieferer X Automotive"; p25b)."""
        return self._nlp.lang == "de" and k + 2 < end and doc[k].is_title and doc[k].is_alpha \
            and doc[k].lower_.endswith("er") and (doc[k + 1].lower_ in self.cue_words
                                                 or self._compound_cue(doc[k + 1]))

    def _genitive_before_noun_head(self, doc: Doc, start: int, end: int) -> bool:
        """German: a name's genitive before a head word that is a German noun is its owner, no name word
        ("Musks Vision", "Acmes Software" where "Musk", "Acme" stand alone in the text; p25b)."""
        if self._nlp.lang != "de" or end - start != 2 or not self.lex.is_common_noun(doc[end - 1].text):
            return False
        word = doc[start].text
        stem = word[:-1]
        return word.endswith("s") and len(stem) > 2 and (
            stem in self.lex.surnames or stem in self.lex.first_names
            or any(t.text == stem for t in doc if t.i != start))

    def _compass_tail(self, doc: Doc, start: int, end: int) -> bool:
        """German "Kognita Nord", "Datvia Süd": a point of the compass after a name word that is no
        German noun ends the name (p18d); not after a noun ("Region Nord"). English "Velmora Nordic": a
        region word of ``org_region_tail`` likewise (p25e)."""
        k = end - 1
        tail = doc[k].text in COMPASS if self._nlp.lang == "de" else doc[k].lower_ in self.lex.cues["org_region_tail"]
        return tail and k > start and doc[k - 1].whitespace_ != "" \
            and doc[k - 1].is_title and doc[k - 1].is_alpha and not self.lex.is_common_noun(doc[k - 1].text) \
            and not self.lex.is_stop(doc[k - 1].text) and doc[k - 1].lower_ not in self.places

    def _institute_head(self, word: str) -> str:
        """German: the institute head a word ends in, also in the genitive ("Instituts", "Zentrums"), or ""."""
        heads = tuple(self.lex.cues["org_institute_head"])
        for w in (word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else ""):
            if w and w.endswith(heads):
                return w
        return ""

    def _weak_org(self, doc: Doc, kind: str, start: int, end: int) -> tuple[int, int] | None:
        """The organisation's span of a weak cue (a release verb, "X's model", "at X", "X Institute for Y")."""
        if kind == "org_institute":
            heads = self.lex.cues["org_institute_head"]
            head = next((i for i in range(start, end) if doc[i].lower_ in heads or self._nlp.lang == "de"
                         and self._institute_head(doc[i].lower_) and i + 1 < end
                         and doc[i + 1].lower_ in self.lex.cues["org_institute_link"]), None)
            if head is None:
                return None
            # the name begins after the last word before the head that is no name word ("Ostheim - Das
            # Institut für X": not the dateline; p26c)
            lead = next((k + 1 for k in range(head - 1, start - 1, -1)
                         if doc[k].text != "-" and not self._is_name_token(doc, k)), start)
            span = self._trim(doc, lead, head)
            if span is None and head > start and doc[head - 1].is_title and (
                    doc[head - 1].lower_.endswith("er") or PLACE_ADJ_RX.search(doc[head - 1].lower_)):
                span = (head - 1, head)     # "Karlsruher Institut für Technologie": a place adjective,
                #                             "Europäisches Zentrum für X": a national one
            elif span is None or not any(self._is_name_token(doc, i) and doc[i].text != "-" for i in range(*span)):
                return None
            first = span[0]
            last = end
            while last > head + 2 and doc[last - 1].lower_ in self.function_words:
                last -= 1
            if any(doc[i].lower_ in self.places for i in range(head + 2, last)):
                return None
            if doc[head + 1].lower_ == "on" and head + 2 < last and self.lex.is_stop(doc[head + 2].text):
                return None     # "The X Foundation on Monday launched …": a date, no field (p26f)
            return first, last
        if kind == "org_object":
            if not self._cue_phrase(doc, "org_object_verb", start, end):
                return None
            i = next((i for i in range(start, end) if doc[i].text[:1].isupper()), None)
            if i is None:
                return None     # a name without a capital ("xAI") needs a stronger cue here
            span = self._trim(doc, i, end)
        elif kind in ("org_affiliation", "org_maker"):
            preps = self.lex.cues["org_affiliation_prep" if kind == "org_affiliation" else "org_maker_prep"]
            i = next((i for i in range(start, end) if doc[i].lower_ in preps), None)
            if i is None:
                return None
            span = self._trim(doc, i + 1, end)
        elif kind == "org_poss" and self._nlp.lang == "de":
            t = doc[start]
            base = t.text[:-1]
            prev_word = doc[start - 1].lower_ if start > 0 else ""
            if len(base) < 3 or self.lex.is_common_noun(t.text) or self.lex.is_common_noun(base) \
                    or self.lex.is_stop(base) or base.lower() in self.places or base in self.lex.first_names \
                    or base in self.lex.surnames or t.lower_ in self.function_words or self._is_role(t.lower_) \
                    or ADVERB_RX.search(t.lower_) and doc[start].is_sent_start \
                    or (doc[start].is_sent_start or prev_word == ":") and t.lower_.endswith("es") \
                    and ADJECTIVE_STEM_RX.search(t.lower_[:-2]) \
                    or prev_word in self.lex.cues["anaphor_det"] or self._known.get(start) \
                    or start > 0 and doc[start - 1].text[:1].isupper() and not doc[start - 1].is_sent_start \
                    or any(w.lower_ in self.function_words for w in doc[start + 1:end - 1]):
                return None     # "des Landes Chef", "Deutschlands neues Modell", "Jan Kellers Chef",
                #                 "laut Benchmarks ist das Modell" (a verb and an article: no genitive)
            return start, start + 1
        elif kind == "org_poss":
            j = start
            while j < end and doc[j].text[:1].isupper():
                j += 1
            span = self._trim(doc, start, j)
        elif kind == "org_release_conj":
            k = next((i for i in range(start, end) if doc[i].lower_ in ("and", "und", "&")), None)
            if k is None:
                return None
            span = self._trim(doc, start, k)
        else:
            j = start
            while j < end and (doc[j].lower_ in self.release_words or not doc[j].text[:1].isupper()):
                j += 1
            k = j
            while k < end and doc[k].text[:1].isupper() and doc[k].lower_ not in self.release_words:
                k += 1
            span = self._trim(doc, j, k)
        if span is None:
            return None
        s, e = span
        if kind not in ("org_poss", "org_institute") and any(k in self._known for k in range(s, e)):
            # a known name opens the span or ends the new one ("konkuriert mit Acmes Z20": the
            # catalogue's company and its chip, no company "Acmes Z20")
            e = next(k for k in range(s, e) if k in self._known)
            if e == s:
                return None
            span = (s, e)
        toks = doc[s:e]
        if any(t.lower_ in self.places or t.lower_ in self.function_words or self._is_role(t.lower_)
               or t.lower_ in self.cue_words or not t.text[:1].isupper() for t in toks):
            return None
        if toks[0].text in self.lex.first_names and not self._firm_after_role(doc, kind, s, e) \
                or e - s == 1 and toks[0].text in self.lex.surnames or self._known.get(s) == "Person":
            return None     # "Jane unveiled her ...", "Roe's new model": a person
        if self._nlp.lang == "de" and e - s == 1 and s not in self._known and self.lex.has_noun_head(toks[0].text, 5):
            return None     # "Der Konzern kündigte Personalabbau an": a compound of a German noun, no company
        if e - s == 1 and kind in ("org_subject", "org_release") and self._family_name_elsewhere(doc, s):
            return None     # "Jana Quorn ... Quorn übernimmt": the person again
        if kind in ("org_poss", "org_affiliation", "org_maker"):
            return span
        # the name must open its clause: the sentence, or after punctuation, a lower-case word or
        # a sentence-initial adverb ("Yesterday Acme unveiled ...")
        prev = doc[s - 1] if s > 0 else None
        initial = prev is None or doc[s].is_sent_start
        if not initial:
            assert prev is not None     # no token before the name: initial
            if not (prev.is_punct and not prev.text.endswith(".") or prev.is_lower
                    or prev.is_sent_start and self.lex.is_stop(prev.text) and not prev.text.endswith(".")):
                return None     # "Mr. Roe unveiled ...": a person
        if initial and kind == "org_release_conj":
            if any(t.lower_ == doc[s].lower_ and t.is_lower for t in doc):
                return None
        elif initial:
            # a sentence-initial capital may be an ordinary word ("Researchers launched a ..."):
            # then a possessive ("its", "sein") or the word capitalised elsewhere in the text is needed
            det = next((t.lower_ for t in doc[e:end] if t.lower_ in self.lex.cues["org_release_det"]), "")
            word = doc[s].text
            if det not in self.possessive_dets and not any(
                    t.text == word and not t.is_sent_start for t in doc if t.i != s):
                # German: "Acme stellte ein Modell vor", "Acme kündigte an, ...": the verb right after
                # the name and an indefinite object (after a fronted adverb the subject follows the
                # verb, mostly definite: "Gestern stellte das Unternehmen ..."); no adverb-like word
                initial_det = e < len(doc) and doc[e].lower_ in self.release_words and any(
                    t.lower_ in self.lex.cues["org_release_det_initial"] for t in doc[e + 1:min(end + 1, len(doc))][:2])
                if word.endswith("s") and self._nlp.lang != "de" or self._nlp.lang == "de" and not (
                        (kind == "org_release" and initial_det or kind == "org_subject")
                        and not ADVERB_RX.search(word.lower())):
                    return None
            if any(t.lower_ == word.lower() and t.is_lower for t in doc):
                return None
        return span

    def _hyphen_name(self, doc: Doc, span: tuple[int, int], end: int, media: bool = False,
                     owned: bool = False) -> tuple[int, int]:
        """"V-Systems", "Q-Networks" after a cue noun: a name, a hyphen and a capitalised part that
        is no head of a compound ("Acme-Chef", "Acme-Aktien", "Acme-Chips") is one name; a German
        noun as that part only after a short all-caps word and a cue of a company's part
        (``owned``: "die Acme-Tochter V-Systems", not "dass der Hersteller E-Autos baut") or in the
        name of a media outlet after its cue ("Kölner Abend-Kurier")."""
        s, e = span
        if not (e + 1 < end and (e - s == 1 or media) and doc[e].text == "-" and doc[e].whitespace_ == ""
                and doc[e - 1].whitespace_ == "" and doc[e + 1].text[:1].isupper() and doc[e + 1].is_alpha):
            return span
        part, first = doc[e + 1], doc[e - 1].text
        if part.lower_ in self.compound_heads or self.lex.is_stop(part.text) or self._is_role(part.lower_) \
                or self._type_noun(part.lower_) is not None or part.lower_ in self.places:
            return span
        if self.lex.is_common_noun(part.text) and not (owned and first.isupper() and len(first) <= 2) and not media:
            return span
        return s, e + 2

    def _noun_name(self, doc: Doc, cue: int, i: int) -> tuple[int, int] | None:
        """German: "Der Versicherer Wunder investiert", "beim Versicherer Wunder.": a noun in its base
        form right after a cue agent noun that opens a main clause or follows a preposition is its name
        (in a subordinate clause, "dass der Konzern Umsatz macht", the noun is an object)."""
        # "Das Münchner Unternehmen Blickfeld hat ...": after an adjective of a place any cue noun will do
        # (p22b: also after a colon, "… zusammen: Das Wiener Start-up Parlando fusioniert …")
        opens = cue >= 2 and (doc[cue - 2].is_sent_start or cue >= 3 and doc[cue - 3].text == ":")
        placed = cue >= 2 and doc[cue - 1].is_title and doc[cue - 1].lower_.endswith("er") \
            and not doc[cue - 1].is_sent_start \
            and doc[cue - 2].lower_ in self.lex.cues["anaphor_det"] and opens
        # a word the noun list lacks, a compound only by its head ("Rheinmetall"), is a name after any
        # cue noun and wherever the cue stands, unless a plural, an abstract noun or a compound of
        # two nouns ("Rüstungsgüter", "Personalabbau")
        guess = i < len(doc) and self._guessed_compound_name(doc[i].text)
        # the noun opens a sentence elsewhere as a bare subject ("Paragraf entwickelt ..."): a name
        bare = i < len(doc) and self._bare_subject_elsewhere(doc, i)
        guess = guess or bare
        # "übernahm das Leipziger Start-up Tokenfabrik, das ...": after an article and a place adjective
        # anywhere, a noun right before a comma or the sentence end is the cue noun's name
        placed_any = cue >= 2 and doc[cue - 1].is_title and doc[cue - 1].lower_.endswith("er") \
            and not doc[cue - 1].is_sent_start and doc[cue - 2].lower_ in self.lex.cues["anaphor_det"] \
            and i + 1 < len(doc) and doc[i + 1].text in (",", ".", ";", "(")
        # p22c: "A und das Zürcher Start-up Talstimme haben ...": a place adjective after an article that
        # follows a coordination, the second subject of a main clause
        placed_coord = cue >= 3 and doc[cue - 1].is_title and doc[cue - 1].lower_.endswith("er") \
            and doc[cue - 2].lower_ in self.lex.cues["anaphor_det"] and doc[cue - 3].lower_ in ("und", "sowie")
        # p27a: "beim Berliner KI-Entwickler Wunder kommt es …": a contraction of a preposition, a
        # place's adjective and the cue noun, anywhere
        placed_prep = cue >= 2 and doc[cue - 2].lower_ in _PREP_ARTICLES and self._place_adjective(doc[cue - 1])
        placed = placed or placed_any or placed_coord or placed_prep
        # a hyphenated cue ("KI-Unternehmen") ends right before the noun
        if self._nlp.lang != "de" or i >= len(doc) or not (i == cue + 1 or i == cue + 3 and doc[cue + 1].text == "-") \
                or not (AGENT_NOUN_RX.search(doc[i - 1].lower_) or placed or guess):
            return None     # only after an agent noun ("Versicherer", "Hersteller"), not "die Gesellschaft Zukunft"
        t = doc[i]
        w = t.lower_
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if not (t.is_title and t.is_alpha and len(t) >= 4 and self.lex.is_common_noun(t.text)
                and self.lex.noun_lemma(t.text) == t.text) or self.lex.is_stop(t.text) or self._is_role(w) \
                or w in self.cue_words or w in self.places or self._type_noun(w) is not None \
                or w in self.compound_heads or w in self.org_heads:
            return None
        if nxt is not None and not (nxt.is_lower or nxt.is_punct and nxt.text not in ("-", "(")):
            return None
        preps = self.lex.cues["anaphor_object_prep"]
        before = doc[cue - 1] if cue > 0 else None
        if before is None or doc[cue].is_sent_start:
            return None
        if before.lower_ in self.lex.cues["anaphor_det"] and (before.is_sent_start or cue >= 2 and doc[cue - 2].text == ":") \
                or placed or guess:
            return i, i + 1     # the subject of a main clause: the verb follows
        # coordinated with a known company: "der Chipkonzern Acme und der Versicherer Allianz"
        if before.lower_ in self.lex.cues["anaphor_det"] and cue >= 3 and doc[cue - 2].lower_ in self.list_separators \
                and self._known.get(cue - 3) == "Organization":
            return i, i + 1
        # after a preposition only before punctuation or a conjunction ("die für den Konzern
        # Priorität hat": an object)
        if (before.lower_ in preps or before.lower_ in self.lex.cues["anaphor_det"] and cue >= 2
                and doc[cue - 2].lower_ in preps) \
                and (nxt is None or nxt.is_punct or nxt.lower_ in self.list_separators):
            return i, i + 1
        return None

    def _bare_subject_elsewhere(self, doc: Doc, i: int) -> bool:
        """German: the noun at ``i`` opens another sentence of the text without an article, right
        before a lower-case word that is no function word ("Paragraf entwickelt Software"): a
        singular noun there is a name (a count noun needs its article); not an abstract noun."""
        word = doc[i].text
        if ABSTRACT_NOUN_RX.search(word.lower()) or self._plural_compound(word):
            return False
        return any(t.text == word and t.i != i and t.is_sent_start and t.i + 1 < len(doc)
                   and doc[t.i + 1].is_lower and doc[t.i + 1].is_alpha
                   and doc[t.i + 1].lower_ not in self.function_words for t in doc)

    def _guessed_compound_name(self, word: str) -> bool:
        """A word the noun list lacks that :meth:`Lexicon.is_common_noun` takes for a compound by its
        head alone ("Rheinmetall"), whose first part is no noun ("Personalabbau" is), no plural and
        no abstract noun: after a company's cue noun, a name."""
        if word in self.lex.nouns or not self.lex.is_common_noun(word) or self._plural_compound(word) \
                or re.search(r"(?:ung|heit|keit|ion|tät|schaft|ismus|nis|tum|ik)$", word.lower()):
            return False
        nouns = self.lex.nouns
        for k in range(3, len(word) - 5):
            head = word[k:].capitalize()
            if nouns.get(head) == head:
                first = word[:k].capitalize()
                if any(f in nouns for f in (first, first[:-1], first[:-2]) if len(f) >= 3):
                    return False    # "Personal-abbau", "Milliarden-umsatz", "Rüstungs-export"
        return True

    def _noun_thing(self, doc: Doc, cue: int, i: int) -> tuple[int, int] | None:
        """German: "Dessen Modell Echo läuft ...", "den KI-Assistenten Joule": a concrete noun in its
        base form right after a model or product noun with an article or possessive that is no
        dative (after "dem Modell" a noun is mostly the object: "dem Modell Zugriff geben")."""
        if self._nlp.lang != "de" or i >= len(doc) or cue == 0:
            return None
        t, d = doc[i], cue - 1
        if doc[d].text == "-" and cue >= 3:
            d = cue - 3     # "den KI-Assistenten Joule"
        if d > 0 and self._nlp.lang == "de" and doc[d].is_lower and doc[d].is_alpha and doc[d].lower_.endswith(("en", "em", "e")) \
                and doc[d].lower_ not in self.function_words and doc[d - 1].lower_ in self.lex.cues["anaphor_det"]:
            d -= 1      # an adjective between: "in den hauseigenen Assistenten Joule"
        det = doc[d]
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        preps = self.lex.cues["anaphor_object_prep"]
        # after a preposition and a dative article or a contraction ("mit dem Assistenten Joule", "im
        # Assistenten Joule"), only before punctuation, a conjunction or a preposition ("mit dem Modell
        # Geld verdienen": an object)
        if (det.lower_ in _PREP_ARTICLES or det.lower_ in self.lex.cues["anaphor_det"] and d > 0
                and doc[d - 1].lower_ in preps and det.lower_.endswith("em")) and self._nlp.lang == "de":
            if nxt is not None and not (nxt.is_punct and nxt.text not in ("-", "(") or nxt.lower_ in self.list_separators
                                        or nxt.lower_ in _NP_PREPOSITIONS):
                return None
            w = t.lower_
            if not (t.is_title and t.is_alpha and len(t) >= 4 and self.lex.is_common_noun(t.text)
                    and self.lex.noun_lemma(t.text) == t.text) or self.lex.is_stop(t.text) or self._is_role(w) \
                    or w in self.cue_words or w in self.places or self._type_noun(w) is not None \
                    or w in self.compound_heads or w in self.org_heads or ABSTRACT_NOUN_RX.search(w):
                return None
            return i, i + 1
        # the subject opening a main clause ("Das Modell Echo läuft"), or after a preposition
        # ("für den Assistenten Joule"); after a verb the noun is mostly its object ("spart das Modell Energie")
        appos = d > 0 and doc[d - 1].text == "," and i + 1 < len(doc) and doc[i + 1].text == ","
        # a genitive attribute of a noun: "die Einführung des KI-Assistenten Joule"
        # (also "der|seiner Modellfamilie Aurora" after a noun: a family noun names what follows it)
        family = doc[cue].lower_ in self.lex.cues["model_family_head"] and det.lower_ in ("der", "seiner", "ihrer")
        attr = (det.lower_ == "des" or family) and d > 0 and doc[d - 1].is_title and doc[d - 1].is_alpha \
            and not doc[d - 1].is_sent_start
        # the predicate after a copula, right before a comma or the sentence's end ("Das Hauptprodukt
        # ist die Modellfamilie Kompass, deren ...")
        copula = d > 0 and doc[d - 1].lower_ in ("ist", "sind", "war", "waren", "sei", "bleibt") \
            and i + 1 < len(doc) and doc[i + 1].text in (",", ".")
        if not (det.is_sent_start or appos or attr or copula
                or d > 0 and doc[d - 1].lower_ in self.lex.cues["anaphor_object_prep"]):
            return None     # ("Das Produkt, der Dienst Tandem, ...": an apposition)
        w = t.lower_
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if det.lower_ not in self.lex.cues["anaphor_det"] and det.lower_ not in self.lex.cues["anaphor_org_recent"] \
                or det.lower_.endswith("em") or det.lower_ in ("der", "ihrer", "seiner") and not (det.is_sent_start or appos or family and attr):
            return None     # no article, a dative or a genitive ("der Zahl"): a plain noun phrase
        if not (t.is_title and t.is_alpha and len(t) >= 4 and self.lex.is_common_noun(t.text)
                and self.lex.noun_lemma(t.text) == t.text) or self.lex.is_stop(t.text) or self._is_role(w) \
                or w in self.cue_words or w in self.places or self._type_noun(w) is not None \
                or w in self.compound_heads or w in self.org_heads \
                or re.search(r"(?:ung|heit|keit|ion|tät|schaft|ismus|nis|tum|ik)$", w):
            return None     # abstract nouns are what a model does, not its name ("das Modell Leistung")
        if nxt is not None and not (nxt.is_lower and nxt.is_alpha or nxt.is_punct and nxt.text not in ("-", "(")):
            return None
        return i, i + 1

    def _inside_role_title(self, doc: Doc, start: int, end: int) -> bool:
        """True if ``doc[start:end]`` lies inside a role title of several words ("Chief Technology
        Officer", "Vice President"): a title, not a name."""
        if doc[start].lower_ not in self._role_title_words or \
                any(t.lower_ not in self._role_title_words for t in doc[start:end]):
            return False
        for p in self._role_titles:
            n = len(p)
            for s in range(max(0, end - n), start + 1):
                if s + n <= len(doc) and [t.lower_ for t in doc[s:s + n]] == p:
                    return True
        return False

    def _cue_phrase(self, doc: Doc, kind: str, start: int, end: int) -> bool:
        """True if a whole cue phrase of ``kind`` opens ``doc[start:end]`` (patterns share word sets by length)."""
        words = [t.lower_ for t in doc[start:end]]
        return any(words[:len(p)] == p for p in self._phrases(kind))

    def _phrases(self, kind: str) -> list[list[str]]:
        cached = self._phrase_cache.get(kind)
        if cached is None:
            cached = self._phrase_cache[kind] = [self._toks(p) for p in self.lex.cues[kind]]
        return cached

    def _is_role(self, word: str) -> bool:
        """A role word of a person ("ceo", "chefin"), or a German compound ending in one ("finanzchef")."""
        return word in self.role_words or self.role_compound_rx is not None \
            and self.role_compound_rx.match(word) is not None

    def _person_ok(self, doc: Doc, start: int, end: int, role: bool = False) -> bool:
        """A person's name: capitalised words, no title, the last no common noun unless a known
        family name, or (``role``: after "Acme-Chef", "CEO") unless a known first name leads it."""
        for t in doc[start:end]:
            if t.text == "-" or t.lower_ in self.lex.cues["name_particle"]:
                continue
            if t.i == start + 2 and doc[start + 1].text == "-" and t.is_lower and not doc[start].whitespace_:
                continue    # the second part of a given name ("Min-jun Park")
            if t.i == start + 1 and end - start == 3 and len(t) == 2 and t.text[0].isupper() and t.text[1] == ".":
                continue    # an initial ("Jana K. Roe")
            alpha = t.is_alpha or len(t) > 3 and t.text[1] in "'’" and t.text.replace("'", "").replace("’", "").isalpha()
            if not alpha or not t.text[0].isupper() or t.is_upper and len(t) > 1:
                return False    # (an apostrophe only in "O'Brien", "D’Souza")
            if self.lex.is_stop(t.text) or t.lower_ in self.org_heads or t.lower_ in self.org_suffixes \
                    or t.lower_ in self.role_words and t.text not in self.lex.surnames \
                    or t.i < end - 1 and self._is_role(t.lower_):
                return False    # "Chief Product Officer", "Acme-Entwicklungschef Jane": a title, not a name
            if t.i < end - 1 and self.lex.is_common_noun(t.text) and t.text not in self.lex.first_names \
                    and not (t.text in self.lex.surnames and doc[t.i + 1].text == "-"):
                return False    # (a known family name before a hyphen: "Jana Koch-Bauer")
            if t.i > start and t.text not in self.lex.surnames \
                    and self.type_nouns.get(t.lower_) in ("Hardware", "AIModel", "Product"):
                return False    # "Grace CPUs", "Ada Chips": a thing's name and its noun
        last = doc[end - 1].text
        if end - start >= 2 and doc[end - 1].lower_ in self.lex.cues["model_variant"] and last not in self.lex.surnames:
            return False    # "Aurora Mini", "Ada Pro": a model's variant

        if self._particle_before_cue_noun(doc, start, end):
            return False
        return last in self.lex.surnames or not self.lex.is_common_noun(last) \
            or role and end - start >= 2 and doc[start].text in self.lex.first_names \
            or self._noun_family_name(doc, start, end) or self._noun_double_name(doc, start, end)

    def _firm_after_role(self, doc: Doc, kind: str, s: int, e: int) -> bool:
        """English: two or more words led by a first name after a role and "at" ("a former engineer
        at Jane Street"): a firm named after a person; not before a possessive ("at Mark Selby's
        lab"), nor where the name stands elsewhere in the text without such a preposition (a person)."""
        if kind != "org_affiliation" or self._nlp.lang == "de" or e - s < 2 \
                or e < len(doc) and doc[e].lower_ in ("'s", "’s"):
            return False
        name = doc[s:e].text
        return not any(t.text == doc[s].text and t.i != s and doc[t.i:t.i + e - s].text == name
                       and not (t.i > 0 and doc[t.i - 1].lower_ in self.lex.cues["org_affiliation_prep"])
                       for t in doc)

    def _particle_before_cue_noun(self, doc: Doc, start: int, end: int) -> bool:
        """"Jan Roe von der Beratungsfirma", "Jana Roe von dem Start-up": after a particle, a noun
        that describes an organisation or a thing ends no person's name (unlike "von der Leyen")."""
        if end - start < 3 or doc[end - 2].lower_ not in self.particles:
            return False
        last = doc[end - 1]
        return self._compound_cue(last) or last.lower_ in self.cue_words or last.lower_ in self.org_heads \
            or self._type_noun(last.lower_) is not None

    def _noun_family_name(self, doc: Doc, start: int, end: int) -> bool:
        """"Clara Engel", "Jan Herzog": a known first name (no German noun itself) and a German noun
        in its base form that is no cue, role or head word, not the part of a compound."""
        # ("Ruben ter Horst": a particle that is no German word between)
        if end - start == 3 and doc[start + 1].lower_ in self.particles and doc[start + 1].is_lower and len(doc[start + 1]) >= 3 \
                and doc[start + 1].lower_ not in self.function_words:
            pass
        elif end - start != 2:
            return False
        first, last = doc[start], doc[end - 1]
        w = last.lower_
        return first.text in self.lex.first_names and not self.lex.is_common_noun(first.text) \
            and not self.lex.is_stop(first.text) and first.lower_ not in self.places \
            and self.lex.noun_lemma(last.text) == last.text and not self._is_role(w) \
            and w not in self.cue_words and w not in self.org_heads and w not in self.compound_heads \
            and w not in self.places and self._type_noun(w) is None \
            and not (end < len(doc) and doc[end].text == "-") \
            and not (start > 0 and doc[start - 1].text[:1].isupper() and not doc[start].is_sent_start
                     and not doc[start - 1].is_punct and not self._describes_person(doc[start - 1]))

    def _noun_double_name(self, doc: Doc, start: int, end: int) -> bool:
        """"Jana Grunwald-Schenk": a known first name and a double family name whose second part is a
        German noun in its base form, no cue, role, head word, place or abstract noun ("Jana
        Roe-Stiftung" is a foundation), with no article before the name ("die Jana Roe-Preisträgerin")
        and no further compound after it; the first part a known family name or no noun."""
        if end - start != 4 or doc[start + 2].text != "-" or doc[start + 1].whitespace_ or doc[start + 2].whitespace_:
            return False
        first, part, last = doc[start], doc[start + 1], doc[end - 1]
        w = last.lower_
        return first.text in self.lex.first_names and not self.lex.is_common_noun(first.text) \
            and (part.text in self.lex.surnames or not self.lex.is_common_noun(part.text)) \
            and last.is_alpha and self.lex.noun_lemma(last.text) == last.text and not self._is_role(w) \
            and w not in self.cue_words and w not in self.org_heads and w not in self.compound_heads \
            and w not in self.places and self._type_noun(w) is None and not self._compound_cue(last) \
            and not ABSTRACT_NOUN_RX.search(w) and w not in self._person_nouns \
            and not (end < len(doc) and doc[end].text == "-") \
            and not (start > 0 and doc[start - 1].lower_ in self.lex.cues["anaphor_det"])

    def _describes_person(self, t) -> bool:
        """A German common noun before a name that describes a person ("der Juristin Jana Roe", "der
        Stellvertreter Jan Roe"): a noun that names no organisation, thing or place and is no cue word."""
        w = t.lower_
        return self._nlp.lang == "de" and t.is_alpha and self.lex.is_common_noun(t.text) \
            and w not in self.cue_words and w not in self.org_heads and w not in self.places \
            and self._type_noun(w) is None and not self._compound_cue(t)

    def __call__(self, doc: Doc) -> Doc:
        out = candidates(doc)
        # a word the catalogue knows as a name ("Mistral") is no common noun here
        self._known = {i: m.type for m in out if m.layer == "catalogue" for i in range(m.start, m.end)}
        self._genitives = {m.start for m in out if m.layer == "catalogue" and m.genitive}
        strings = doc.vocab.strings
        successors: list[int] = []
        for match_id, start, end in self.matcher(doc):
            kind = strings[match_id]
            if kind in ("org_list", "model_list"):
                out.extend(self._list(doc, kind, end - 1))
                continue
            if kind == "successor_code":
                successors.append(end - 1)
                continue
            if kind == "org_list_appos":
                if self._appos_list(doc, end - 1):
                    out.extend(self._list(doc, "org_list", end - 1))
                continue
            m = self._mention(doc, kind, start, end)
            if m is not None:
                out.append(m)
            # "Konkurrent von Acme und Zorblax", "chips from Acme and Zorblax": the next name too
            # (also where another layer finds the first: "Konkurrent von Mistral AI und ...")
            k = m.end if m is not None else end
            if kind == "org_prefix" and (placed := self._after_item_place(doc, k)) > k \
                    and placed < len(doc) and doc[placed].lower_ in self.list_separators:
                k = placed
            if kind in ("org_prefix", "org_maker", "org_object") and (m is None or m.type == "Organization") \
                    and k + 1 < len(doc) \
                    and doc[k].lower_ in self.list_separators and doc[k].text != "," and doc[k - 1].text[:1].isupper():
                # ("backed by A and by B": the cue's preposition repeated)
                rep = k + 2 < len(doc) and doc[k + 1].is_lower and doc[k + 1].lower_ in {t.lower_ for t in doc[start:end]}
                out.extend(self._list(doc, "org_list", k + 1 + rep, final=self._nlp.lang == "en"))
        out.extend(self._known_model_variants(doc, out))
        out.extend(self._noun_versions(doc, out))
        out.extend(self._noun_families(doc, out))
        out.extend(self._hyphenated_given_names(doc, out))
        out.extend(self._shared_family_names(doc, out))
        out.extend(self._model_variant_suffixes(doc, out))
        out.extend(self._generation_suffixes(doc, out))
        self._camel_case_model_stems(doc, out)
        for m in out:
            if m.type == "AIModel" and m.layer != "catalogue" and not m.anaphor and m.end - m.start > 1 \
                    and self._known.get(m.start) == "Hardware" and self._known.get(m.end - 1) is None:
                m.type = "Hardware"     # "Zorb 8 Elite" after a known chip family "Zorb": a member of it
        out.extend(self._adjective_led_orgs(doc, out))
        out.extend(self._coordinated_orgs(doc, out))
        out.extend(self._bracket_models(doc, out))
        out.extend(self._bracket_acronyms(doc, out))
        self._sibling_versions(out)
        if successors:
            out.extend(self._successor_codes(doc, out, successors))
        return doc

    def _successor_codes(self, doc: Doc, out: list[Mention], codes: list[int]) -> list[Mention]:
        """"Der Baustein heißt Acme L1 ... Der Nachfolger L2 soll 2027 erscheinen": a letter code after
        a noun of succession names a thing of the type of one with the same letter and another
        number in the text."""
        things: dict[str, set[str]] = {}
        for m in out:
            last = doc[m.end - 1].text
            if m.type in _THINGS and not m.anaphor and LETTER_VERSION_RX.match(last):
                things.setdefault(last[0], set()).add(m.type + " " + last)
        taken = {i for m in out for i in range(m.start, m.end)}
        found = []
        for i in codes:
            code = doc[i].text
            types = {t.split()[0] for t in things.get(code[0], ()) if t.split()[1] != code}
            if i not in taken and len(types) == 1:
                found.append(Mention(i, i + 1, types.pop(), code, layer="model_version",
                                     priority=KINDS["model_version"][1], confidence=0.7))
        return found

    def _sibling_versions(self, out: list[Mention]) -> None:
        """"Der erste Chip heißt Lumen Q1 ... Einen Nachfolger namens Lumen Q2 plant ...": a versioned
        name typed a model only by its shape takes the type of a chip or product of the same stem and
        another version in the text."""
        things: dict[str, set[str]] = {}
        for m in out:
            if m.type in ("Hardware", "Product") and not m.anaphor:
                v = SIBLING_VERSION_RX.match(m.text)
                if v:
                    things.setdefault(v.group(1), set()).add(m.type)
        if not things:
            return
        for m in out:
            if m.type != "AIModel" or m.layer not in ("model_version", "naming", "naming_final") \
                    or m.layer != "model_version" and m.priority < KINDS[m.layer][1]:
                continue    # (a model noun named it: "das Modell namens Lumen Q2")
            v = SIBLING_VERSION_RX.match(m.text)
            kinds = things.get(v.group(1), set()) if v else set()
            if len(kinds) == 1 and not any(o.start == m.start and o.end == m.end and o.type == "AIModel"
                                           and o.layer not in ("model_version", "naming", "naming_final") for o in out):
                m.type = next(iter(kinds))

    def _inner_type_noun(self, doc: Doc, start: int, end: int) -> str | None:
        """"Ferro SDK 2.1", "Zorb Chip 3": a product or chip noun inside a versioned name, after its
        first word, gives its type (no name the catalogue knows)."""
        if any(k in self._known for k in range(start, end)):
            return None
        for t in doc[start + 1:end - 1]:
            if t.text[:1].isupper():
                ty = self.type_nouns.get(t.lower_)
                if ty in ("Product", "Hardware"):
                    return ty
        return None

    def _plural_compound(self, word: str) -> bool:
        """A German compound whose head noun is in a plural form ("Landesministerien",
        "Regionalbanken"): a plural, not a company's name ("Commerzbank" ends in a singular)."""
        if self._nlp.lang != "de" or len(word) < 8 or not word.isalpha() or not word[1:].islower():
            return False
        for k in range(3, len(word) - 4):
            head = word[k:].capitalize()
            if head in self.lex.nouns:
                lemma = self.lex.noun_lemma(head)
                return lemma != head
        return False

    def _place_after_org_head(self, doc: Doc, end: int) -> int:
        """"Acme Ventures Asia", "Zorblax Capital Europe": a place right after a head word that ends
        the name (then a lower-case word or punctuation) belongs to it, as a regional arm's name."""
        n = len(doc)
        if end < n and doc[end].lower_ in self.places and doc[end].is_title and not doc[end - 1].whitespace_ == "" \
                and (end + 1 == n or doc[end + 1].is_punct and doc[end + 1].text not in ("-",) + tuple(QUOTES)
                     or doc[end + 1].lower_ in self.list_separators):
            return end + 1
        return end

    def _owned_thing(self, doc: Doc, start: int, end: int) -> bool:
        """English: a possessive before the name and a product, chip or model noun after it
        ("Acme's Quill AI platform", "Acmes' Isaac Sim software"): the name is a thing of the owner."""
        if self._nlp.lang == "de" or start < 2 or end >= len(doc):
            return False
        p = doc[start - 1].text
        owner = p in ("'s", "’s") or p in ("'", "’") and doc[start - 2].text.endswith("s") \
            and not doc[start - 2].whitespace_
        return owner and self._type_noun(doc[end].lower_) in ("Product", "Hardware", "AIModel")

    def _is_place(self, t) -> bool:
        """A place of the cue list, also in a German genitive ("Europas", "Bayerns")."""
        return t.lower_ in self.places or self._place_genitive(t)

    def _place_adjective(self, t) -> bool:
        """A German adjective of a place of the cue list ("Berliner", "Dresdner" is not: "dresd")."""
        w = t.lower_
        return t.is_title and w.endswith("er") and w[:-2] in self.places

    def _after_placed_cue(self, doc: Doc, start: int) -> bool:
        """p27a: the name at ``start`` follows a cue noun after a place's adjective ("beim Berliner
        KI-Entwickler Turins"): no genitive of a place ("Turins" of "Turin"), which never follows
        that ("der Berliner Versicherer Europas")."""
        c = start - 1
        if c >= 2 and doc[c - 1].text == "-":
            c -= 2      # "KI-Entwickler"
        return c >= 1 and self._place_adjective(doc[c - 1])

    def _place_genitive(self, t) -> bool:
        """A German genitive of a place ("die größten Start-ups Europas", "Bayerns")."""
        w = t.lower_
        return self._nlp.lang == "de" and w.endswith("s") and w[:-1] in self.places

    def _shared_family_names(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """"die Geschwister Jana und Tom Roe": a given name of the list alone before "und" and a
        person's given and family name shares that family name ("Jana Roe")."""
        out = []
        taken = {i for m in found for i in range(m.start, m.end)}
        for m in found:
            s = m.start
            if m.type != "Person" or m.anaphor or m.end - s != 2 or s < 2 or doc[s].text not in self.lex.first_names \
                    or doc[s - 1].lower_ not in ("und", "and") or s - 2 in taken:
                continue
            given = doc[s - 2]
            if given.text in self.lex.first_names and given.is_title and given.is_alpha \
                    and not (s >= 3 and doc[s - 3].text in self.lex.first_names):
                out.append(Mention(s - 2, s - 1, "Person", f"{given.text} {doc[m.end - 1].text}", layer=m.layer,
                                   priority=m.priority))
        return out

    def _hyphenated_given_names(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """"Park Ji-won", "Lee Seo-yeon": a family name of the surname list, then a given name whose
        second syllable is written in lower case after a hyphen. The person's name goes on to it."""
        out = []
        n = len(doc)
        for m in found:
            e = m.end
            if m.type != "Person" or m.anaphor or m.length != 2 or doc[m.start].text not in self.lex.surnames \
                    or e + 1 >= n or doc[e].text != "-" or doc[e - 1].whitespace_ or doc[e].whitespace_:
                continue
            tail, given = doc[e + 1], doc[e - 1].text
            if tail.is_alpha and tail.is_lower and 2 <= len(tail.text) <= 5 and given.isalpha() and len(given) <= 4 \
                    and not self.lex.is_stop(tail.text) and tail.lower_ not in self.lex.cues["compound_modifier_head"]:
                out.append(Mention(m.start, e + 2, "Person", doc[m.start:e + 2].text, layer=m.layer,
                                   priority=m.priority))
        # the same shape with a given name no list knows ("Kwon Ji-hoon"): the family name is listed
        # (the hyphens found by their ORTH id: German text has many, "KI-Modell")
        ids, hyphen = orth_ids(doc), doc.vocab.strings["-"]
        e = -1
        while True:
            try:
                e = ids.index(hyphen, e + 1)
            except ValueError:
                break
            if e < 2 or e + 1 >= n or not doc[e + 1].is_lower or doc[e].whitespace_ or doc[e - 1].whitespace_:
                continue
            family, syllable, tail = doc[e - 2], doc[e - 1], doc[e + 1]
            if family.text in self.lex.surnames and family.whitespace_ and syllable.is_title and syllable.is_alpha \
                    and len(syllable) <= 5 \
                    and tail.is_alpha and 2 <= len(tail) <= 5 \
                    and not (e + 2 < n and doc[e + 2].text == "-" and not tail.whitespace_) \
                    and not self.lex.is_stop(tail.text) and tail.lower_ not in self.lex.cues["compound_modifier_head"] \
                    and not (e > 2 and (doc[e - 3].text == "-" and not doc[e - 3].whitespace_)):
                out.append(Mention(e - 2, e + 2, "Person", doc[e - 2:e + 2].text, layer="person_surname",
                                   priority=KINDS["person_surname"][1]))
        return out

    def _model_variant_suffixes(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """"Zeta-4-mini", "Quill 2-turbo", "Quill 4-180B": a variant word or a size after a hyphen
        right after a model's version belongs to the model's name; so does a size letter glued to a
        model's one-word name ("Kranich-S", "Kranich-L" beside "der Kranich-Familie": p26a)."""
        out = []
        n = len(doc)
        variants = self.lex.cues["model_variant"]
        for m in found:
            e = m.end
            if m.type != "AIModel" or m.anaphor or e + 1 >= n or doc[e].text != "-" \
                    or doc[e - 1].whitespace_ or doc[e].whitespace_ or not re.match(VERSION_RX, doc[e - 1].text):
                continue
            if (doc[e + 1].lower_ in variants and doc[e + 1].is_alpha or PARAMS_RX.match(doc[e + 1].text)) \
                    and not (e + 2 < n and doc[e + 2].text == "-" and not doc[e + 1].whitespace_):
                out.append(Mention(m.start, e + 2, "AIModel", doc[m.start:e + 2].text, layer=m.layer,
                                   priority=m.priority, key=m.key, same_as=list(m.same_as)))
        stems = {doc[m.start].text: m for m in found
                 if m.type == "AIModel" and not m.anaphor and m.end - m.start == 1 and doc[m.start].is_alpha}
        for i in range(n - 2) if stems else ():
            stem = stems.get(doc[i].text)
            if stem is not None and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_ \
                    and len(doc[i + 2].text) == 1 and doc[i + 2].is_upper \
                    and not (i + 3 < n and not doc[i + 2].whitespace_ and (doc[i + 3].text == "-" or doc[i + 3].text.isalnum())):
                out.append(Mention(i, i + 3, "AIModel", doc[i:i + 3].text, layer=stem.layer, priority=stem.priority))
        return out

    def _camel_case_model_stems(self, doc: Doc, found: list[Mention]) -> None:
        """"It follows QuillGen" beside the model "QuillGen 2": a camel-case word that a model of the
        text has as its name before a version is that model's family, not a company (p25e); not one
        ending in a company's head ("QuillWorks"), nor one the text gives a possessive or a verb of its
        own ("QuillGen's", "QuillGen said")."""
        stems = {doc[m.start].text for m in found
                 if m.type == "AIModel" and not m.anaphor and m.end - m.start >= 2
                 and re.match(VERSION_RX, doc[m.start + 1].text)}
        if not stems:
            return
        for m in found:
            word = doc[m.start].text
            if m.layer == "camel_case" and m.type == "Organization" and not m.key and m.end - m.start == 1 \
                    and word in stems and re.sub(r"^.*[a-z](?=[A-Z])", "", word).lower() not in self.org_heads \
                    and not any(t.text == word and t.i + 1 < len(doc)
                                and (doc[t.i + 1].text in ("'s", "’s") or doc[t.i + 1].lower_ in self._org_verbs)
                                for t in doc):
                m.type = "AIModel"

    def _generation_suffixes(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """"Zorb 8 Elite Gen 5", "Zorb XR2+ Gen 2": a generation ("Gen" and a number, a glued "+" before
        it) right after a chip or model name belongs to the name, and marks a chip (no model "Gen 5")."""
        out = []
        n = len(doc)
        for m in found:
            e = m.end
            if m.type not in ("Hardware", "AIModel", "Product") or m.anaphor or e + 1 >= n:
                continue
            if doc[e].text == "+" and not doc[e - 1].whitespace_:
                e += 1
            if e + 1 < n and doc[e].text == "Gen" and doc[e + 1].text.isdigit() and len(doc[e + 1]) <= 2:
                out.append(Mention(m.start, e + 2, "Hardware", doc[m.start:e + 2].text, layer="model_version",
                                   priority=KINDS["model_version"][1], confidence=0.75))
        return out

    def _org_fronted_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """German "Einen anderen Weg geht Acme.", "Einen ähnlichen Ansatz verfolgt Acme Labs, ...": after
        a fronted object of a way or approach and the verb, a new name that ends the clause is the
        company that takes it (no first name, place, German noun or cue word)."""
        if not doc[start].is_sent_start:
            return None
        a = end - 1
        while a - 1 > start and (doc[a - 1].text[:1].isupper() or doc[a - 1].text == "-"):
            a -= 1
        if doc[a - 1].is_upper or not doc[a - 1].is_lower:
            return None
        span = self._trim(doc, a, end - 1)
        if span is None or span != (a, end - 1):
            return None
        toks = doc[a:end - 1]
        if any(t.text in self.lex.first_names or t.lower_ in self.places or t.lower_ in self.cue_words
               or self._is_role(t.lower_) or t.is_upper and len(t) <= 1 for t in toks) \
                or len(toks) == 1 and (toks[0].text in self.lex.surnames or ABSTRACT_NOUN_RX.search(toks[0].lower_)
                                       or self._plural_compound(toks[0].text)):
            return None
        return self._finish(doc, kind, a, end - 1)

    def _org_adj_acronym_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """German "Der Deutsche Wetterdienst (DWD)": a national adjective and a noun before a code in
        brackets that starts with the adjective's letter and has two capitals at least; the two words
        are an organisation (the code is its short name, see ``_bracket_acronyms``)."""
        code = doc[end - 2].text
        if code[0] != doc[start].text[0] or sum(c.isupper() for c in code) < 2 \
                or doc[start + 1].lower_ in self.places or self._known.get(start + 1) is not None \
                or start > 0 and doc[start - 1].lower_ in ("die", "keine", "alle") and doc[start].lower_.endswith("en") \
                or self._is_role(doc[start + 1].lower_):
            return None     # "Die Deutschen Forscher (DF)": a plural
        return self._finish(doc, kind, start, start + 2)

    def _org_place_adj_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """German "Die Leipziger Kognita und die ...", "das Heidelberger Morvik hat": an article, the
        adjective of a place the cues know ("Leipziger", "Münchner") and one word that is no German
        noun, first name, role or place, ending the noun phrase (a verb, a conjunction, a comma or a
        full stop after it): a company (p18d)."""
        tail = end - start == 4     # "die Rostocker Datvia Nord": a point of the compass ends the name
        adj, name = doc[start + 1].lower_, doc[start + 2]
        stem = adj[:-2]
        if not (stem in self.places or adj[:-3] + "en" in self.places or stem + "e" in self.places
                or adj in self.lex.cues["anaphor_org_demonym"]):
            return None
        if not (name.is_title and name.is_alpha and len(name.text) >= 4) or self.lex.is_common_noun(name.text) \
                or self.lex.has_noun_head(name.text) and not tail or self.lex.is_stop(name.text) \
                or name.text in self.lex.first_names or name.text in self.lex.surnames \
                or name.lower_ in self.places or self._is_role(name.lower_) or name.lower_ in self.cue_words \
                or self._known.get(start + 2) not in (None, "Organization"):
            return None
        nxt = doc[end] if end < len(doc) else None
        if nxt is not None and not (nxt.is_punct and nxt.text != "-" or nxt.is_lower or nxt.lower_ in self.list_separators):
            return None     # "der Münchner Morvik Konzern", "die Leipziger Kognita-Gruppe": another shape
        if tail and not self._compass_tail(doc, start + 2, end):
            return None
        return self._finish(doc, kind, start + 2, end)

    def _bracket_acronyms(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """"Deutscher Wetterdienst (DWD)", "Karlsruher Institut für Technologie (KIT)": a short
        capitalised code in brackets right after an organisation of two or more words, with the
        first letter of the name's first word, is that organisation's short name (the linker merges
        the two)."""
        n = len(doc)
        out = []
        for m in found:
            i = m.end + 1
            if m.type != "Organization" or m.anaphor or m.length < 2 or i + 1 >= n or doc[m.end].text != "(" \
                    or doc[i + 1].text != ")":
                continue
            code = doc[i].text
            if not (2 <= len(code) <= 6 and code.isalpha() and code[0].isupper()
                    and sum(c.isupper() for c in code) >= 2
                    and (code[0] == doc[m.start].text[0] or code.isupper() and _initials_in_order(code, doc[m.start:m.end]))) \
                    or self._known.get(i) is not None or code.lower() in self.places:
                continue
            out.append(Mention(i, i + 1, "Organization", code, layer="org_acronym", priority=4, confidence=0.75))
        return out

    def _bracket_models(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """"Acme („Quill“)", "Acme (Rocket), Zorblax (Quill)": a new name in brackets right after an
        organisation is its model, when quoted in a sentence about models (a known model or a model
        noun in it), or when another organisation of the sentence has a known model in brackets."""
        n = len(doc)
        brackets = []
        for m in found:
            if m.type != "Organization" or m.anaphor or m.end + 2 >= n or doc[m.end].text != "(":
                continue
            i = m.end + 1
            quoted = doc[i].text in QUOTES
            i += quoted
            j = i
            while j < n and j - i < 3 and (doc[j].text[:1].isupper() or doc[j].text == "-" or doc[j].text[:1].isdigit()):
                j += 1
            k = j + (j < n and doc[j].text in QUOTES)
            if j == i or k >= n or doc[k].text != ")" or (j < n and doc[j].text in QUOTES) != quoted:
                continue
            brackets.append((i, j, quoted, doc[m.start].sent.start))
        if not brackets:
            return []
        model_sents = {doc[m.start].sent.start for m in found if m.type == "AIModel" and m.layer == "catalogue"}
        out = []
        for i, j, quoted, sent in brackets:
            if any(self._known.get(k) is not None for k in range(i, j)):
                continue
            toks = doc[i:j]
            if toks[0].text in self.lex.first_names and j - i >= 2 or any(
                    t.lower_ in self.places or self.lex.is_stop(t.text) or self._is_role(t.lower_) for t in toks) \
                    or j - i == 1 and toks[0].is_upper and len(toks[0]) <= 5 and not quoted:
                continue    # a person, a place, a ticker ("Acme (ACME)")
            parallel = any(s == sent and any(self._known.get(k) in ("AIModel", "Product") for k in range(a, b))
                           for a, b, _, s in brackets)
            about_models = sent in model_sents or any(
                self._type_noun(t.lower_) == "AIModel" or t.lower_ in self.model_head_words for t in doc[i].sent)
            if parallel or quoted and about_models:
                out.append(Mention(i, j, "AIModel", doc[i:j].text, layer="model_list",
                                   priority=KINDS["model_list"][1], confidence=0.7))
        return out

    def _coordinated_orgs(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """"Acme und Zorblax", "Acme, Initech und Zorblax": new names coordinated with an organisation
        the catalogue (or a legal form or head word) knows are organisations too; after a comma
        only when a second organisation follows ("Acme, Initech und ..."), since a comma also
        opens an apposition. :meth:`_list` leaves out persons, places and common nouns."""
        strong = ("catalogue", "org_head", "org_suffix")
        orgs = {m.start: m for m in found if m.type == "Organization" and not m.anaphor and m.layer in strong}
        out: list[Mention] = []
        n = len(doc)
        for m in sorted(orgs.values(), key=lambda m: m.start):
            k = m.end
            if k + 1 >= n or doc[k].lower_ not in self.list_separators or doc[k + 1].is_sent_start:
                continue
            if doc[k].text == ",":
                nxt = orgs.get(k + 1)
                if (nxt is None or nxt.end >= n or doc[nxt.end].lower_ not in self.list_separators) \
                        and not (self._nlp.lang != "de" and self._closed_list(doc, k)):
                    continue
            elif doc[k - 1].is_sent_start and k - 1 == m.start and m.layer != "catalogue":
                continue
            # no compound of a thing or role ("Acme und Zorblax-Chips", "Acme und Zorblax-Chef")
            out.extend(x for x in self._list(doc, "org_list", k + 1)
                       if x.start not in orgs and self._known.get(x.start) is None
                       and not (x.end - x.start > 1 and doc[x.end - 2].text == "-"))
        return out

    def _adjective_led_orgs(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """German (p22b): after an article, a capitalised adjective in mid-sentence and a noun ending in
        an ``org_adjective_head`` ("der Rheinischen Verlagsgruppe", "Der Europäische Investitionsfonds",
        "des Deutschen Journalisten-Verbands"): an organisation's name, since a German adjective is written
        in lower case unless it opens a name. A place adjective in "-er" ("die Wiener Stadtwerke") needs a
        head of ``org_place_adjective_head``. The label takes the adjective's base form ("Rheinische")."""
        heads = self.lex.cues["org_adjective_head"]
        if self._nlp.lang != "de" or not heads:
            return []
        place_heads = self.lex.cues["org_place_adjective_head"]
        taken = {i for m in found if not m.anaphor for i in range(m.start, m.end)}     # "der ... Verlagsgruppe" refers back alone
        out: list[Mention] = []
        n = len(doc)
        if n < 3:
            return out
        # (a capitalised word after a determiner, found on the id arrays: no Token per word)
        arr = doc.to_array([LOWER, IS_TITLE])
        strings = doc.vocab.strings
        dets = np.array([strings[d] for d in self.lex.cues["anaphor_det"]], dtype="uint64")
        at = np.flatnonzero(np.isin(arr[:-2, 0], dets) & (arr[1:-1, 1] == 1)) + 1
        for i in at.tolist():
            adj = doc[i]
            if adj.is_sent_start or not adj.is_alpha or len(adj) < 5 or i in taken or i + 1 in taken:
                continue
            low = adj.lower_
            isch = re.search(r"(?:isch|sch)(?:e|en|er|es|em)$", low) is not None
            placed = low.endswith("er") and not isch
            if not (isch or placed):
                continue
            end = i + 2
            if end + 1 < n and doc[i + 2].text == "-" and not doc[i + 1].whitespace_ and doc[i + 3].is_title:
                end = i + 4     # "Journalisten-Verband"
            head = doc[end - 1].lower_
            if head.endswith("s") and not head.endswith(("fonds", "ss")):
                head = head[:-1]    # a genitive ("des Deutschen Journalisten-Verbands")
            if not doc[i + 1].is_title or end - 1 in taken \
                    or not any(head.endswith(h) for h in (place_heads if placed else heads | place_heads)):
                continue
            if end < n and doc[end].text == "-" and not doc[end - 1].whitespace_:
                continue    # the first part of a compound ("der Europäischen Investitionsfonds-Chef")
            base = adj.text[:-1] if isch and low.endswith(("en", "er", "es", "em")) else adj.text
            rest = doc[i + 1:end].text
            if rest.endswith("s") and head != doc[end - 1].lower_:
                rest = rest[:-1]
            text = base + " " + rest
            out.append(Mention(i, end, "Organization", text, layer="org_name_head", priority=KINDS["org_name_head"][1],
                               extra_alias=doc[i:end].text if doc[i:end].text != text else "", confidence=0.75))
        return out

    def _closed_list(self, doc: Doc, k: int) -> bool:
        """Whether a list of names closes after the comma at ``k``: "Acme, Initech and Zorbix" (items
        of one or two capitalised words, commas between, "and"/"or" before the last), which an
        apposition after a comma is not. (Not for German, where every noun is capitalised.)"""
        n, items, i = len(doc), 0, k
        while i < n and doc[i].text == ",":
            j = i + 1
            while j < n and j - i <= 2 and doc[j].is_title and doc[j].is_alpha and not self.lex.is_stop(doc[j].text):
                j += 1
            if j == i + 1:
                return False
            items, i = items + 1, j
        if i < n and doc[i].lower_ in ("and", "or") and items:
            return i + 1 < n and doc[i + 1].is_title and not self.lex.is_stop(doc[i + 1].text)
        return False

    def _known_model_variants(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """"Rocket Ultra", "Rocket Sonnet", "Rocket 2 8B": a model the catalogue knows, then capitalised
        variant words ("Large", "Flash", "Pro"; "-mini" after a hyphen) or its size in parameters, is a model of its own (no
        person "Rocket Ultra"); so is any model whose name ends in a version ("Quill 3 Mini" after "Quill 3")."""
        variants = self.lex.cues["model_variant"]
        out = []
        for m in found:
            if m.layer == "catalogue" and m.type == "Hardware" and not m.anaphor:
                # "Acme Jetson Thor modules": a capitalised word between a known chip family and a
                # chip noun names a member of the family
                e = m.end
                member = e + 1 < len(doc) and doc[e].text[:1].isupper() and doc[e].text.isalnum() \
                    and doc[e + 1].lower_ in self.hw_heads and self._known.get(e) is None \
                    and not self.lex.is_stop(doc[e].text) and not self._describing(doc[e].lower_)
                # "vom Typ Acme Instinct MI250": a code of letters and digits after a known chip family
                # (or a model number: "Core Ultra 200V", "GeForce RTX 5070", not a year), and a
                # generation after it ("Snapdragon AR1 Gen 1")
                code = e < len(doc) and _CHIP_CODE_RX.match(doc[e].text) is not None and self._known.get(e) is None \
                    and not doc[m.end - 1].text[-1:].isdigit()
                if member or code:
                    end = e + 1
                    if code and end + 1 < len(doc) and doc[end].text == "Gen" and doc[end + 1].text.isdigit() \
                            and len(doc[end + 1]) <= 2:
                        end += 2
                    out.append(Mention(m.start, end, "Hardware", doc[m.start:end].text, layer="model_version",
                                       priority=KINDS["model_version"][1], confidence=0.75))
                continue
            if m.type != "AIModel" or m.anaphor or m.layer != "catalogue" and (
                    m.end - m.start < 2 or not re.match(VERSION_RX, doc[m.end - 1].text)):
                continue
            e = m.end
            # "o1-mini", "o1-pro": a variant word after a hyphen, in any case
            if e + 1 < len(doc) and doc[e].text == "-" and doc[e].whitespace_ == "" and doc[e + 1].lower_ in variants:
                e += 2
            while e < len(doc) and e - m.end < 2 and doc[e].text[:1].isupper() and doc[e].lower_ in variants:
                e += 1
            if e < len(doc) and PARAMS_RX.match(doc[e].text):
                e += 1      # its size in parameters: "Rocket 3.1 8B", "Rocket 2 Large 70B"
            if e > m.end and self._known.get(e - 1) is None:
                out.append(Mention(m.start, e, "AIModel", doc[m.start:e].text, layer="model_version",
                                   priority=KINDS["model_version"][1], confidence=0.75))
        return out

    def _noun_versions(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """"Falke 1", "Falke 2": a German noun and a version number is no name by itself ("Version 2",
        "Kapitel 3"), but where the text names a model "Falke 2 Pro", "Falke 40B" or "das Modell Falke 2", every "Falke"
        with a version number (and its variant words) is a model of that family too."""
        # (p22b: also a family the text named alone after its cue noun: "das Modell Shelfsense", then "Shelfsense 2")
        stems = {doc[m.start].text: m.type for m in found if m.type in ("AIModel", "Hardware", "Product") and not m.anaphor
                 and (m.end - m.start >= 2 and re.match(VERSION_RX, doc[m.start + 1].text)
                      or m.end - m.start == 1 and m.layer in _PREFIX_KINDS)
                 and (self.lex.is_common_noun(doc[m.start].text) or self.lex.has_noun_head(doc[m.start].text))}
        if not stems:
            return []
        covered = {i for m in found for i in range(m.start, m.end)}
        variants = self.lex.cues["model_variant"]
        out = []
        for i in range(len(doc) - 1):
            t = doc[i]
            if t.text in stems and i not in covered and i + 1 not in covered and re.match(VERSION_RX, doc[i + 1].text) \
                    and not (i + 2 < len(doc) and doc[i + 2].lower_ in self.lex.cues["quantity_word"]):
                e = i + 2
                while e < len(doc) and e - i < 4 and doc[e].is_title and doc[e].lower_ in variants:
                    e += 1
                out.append(Mention(i, e, stems[t.text], doc[i:e].text, layer="model_version",
                                   priority=KINDS["model_version"][1], confidence=0.7))
        return out

    def _noun_families(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """p27a: "die Modellreihe Lotse, deren jüngste Version Lotse-3 …", "unter dem Namen Anker …, die
        Version Anker-2": a German noun the text names with a hyphen and a version as a model, chip or
        product is that thing's family right after a family or thing cue noun or a naming phrase."""
        stems = {doc[m.start].text: m.type for m in found if m.type in ("AIModel", "Hardware", "Product")
                 and not m.anaphor and m.end - m.start == 3 and doc[m.start + 1].text == "-"
                 and not doc[m.start].whitespace_ and re.match(VERSION_RX, doc[m.start + 2].text)
                 and self.lex.is_common_noun(doc[m.start].text)}
        if not stems:
            return []
        covered = {i for m in found for i in range(m.start, m.end)}
        naming = [p for p in self._phrases("naming") if len(p) <= 3]
        out = []
        for i in range(1, len(doc)):
            t = doc[i]
            if t.text not in stems or i in covered or i + 1 < len(doc) and doc[i + 1].text == "-":
                continue
            before = doc[i - 1].lower_
            if before in self.lex.cues["model_family_head"] or before in self.thing_cues \
                    or any([w.lower_ for w in doc[max(0, i - len(p)):i]] == p for p in naming):
                out.append(Mention(i, i + 1, stems[t.text], t.text, layer="model_version",
                                   priority=KINDS["model_version"][1], confidence=0.7))
        return out

    def _relative_clause_verb(self, doc: Doc, k: int, window: int = 8) -> bool:
        """A German clause goes on after token ``k`` to a lower-case word that is no function word
        before the next punctuation: the verb that closes a relative clause ("…, das Chips für
        Rechenzentren entwickelt"), which an apposition ("…, das neue Modell von Acme,") lacks."""
        for t in doc[k:k + window]:
            if t.text == "-" and t.i > 0 and not doc[t.i - 1].whitespace_ and not t.whitespace_:
                continue    # the hyphen inside a compound ("für KI-Anwendungen entwickelt")
            if t.is_punct or t.is_space:
                return False
            if t.is_lower and t.is_alpha and not self.lex.is_stop(t.text):
                return True
        return False

    def _type_noun(self, word: str) -> str | None:
        """The entity type a cue noun names ("chatbot" -> Product, "KI-Beschleuniger" -> Hardware)."""
        t = self.type_nouns.get(word)
        if t is None and word.isalpha() and self._type_suffix_rx is not None:
            m = self._type_suffix_rx.search(word)
            t = self.type_nouns[m.group(0)] if m else None
        return t

    def _list_word(self, t) -> bool:
        text = t.text
        return text[:1].isupper() and text not in QUOTES and not self.lex.is_stop(text) \
            and (t.is_alpha or any(c.isalpha() for c in text) and not t.is_punct)

    def _list(self, doc: Doc, kind: str, first: int, final: bool = False) -> list[Mention]:
        """The names of a list after "customers include", "Zu den Kunden zählen", "Firmen wie":
        items are separated by commas and "and"/"und"; an item's name is its last capitalised
        run ("Acme rival Zorblax", "der Autozulieferer Zorblax"), the last item's its first."""
        type_, prio = KINDS[kind]
        seps = self.list_separators
        n = len(doc)
        limit = min(n, first + 40)
        found: list[Mention] = []
        i = first     # (final: the list's last item comes first, after "A and": p25f, English)
        while i < limit:
            if i > first and (doc[i].like_num or doc[i].lower_ in ("both", "all")):
                break       # "A and B, two Paris start-ups, ...": an apposition of the items, no item
            j = i
            while j < limit and j - i < 10 and not (j > i and doc[j].is_sent_start) and doc[j].lower_ not in seps \
                    and not (doc[j].is_punct and doc[j].text not in ("-", "&", "'", "’", ".")):
                j += 1
            sep = j < limit and doc[j].lower_ in seps and not doc[j].is_sent_start and not final
            runs = []
            k = i
            while k < j:
                if self._list_word(doc[k]):
                    r = k
                    while k < j and (self._list_word(doc[k]) or doc[k].text in ("-", "&") and k + 1 < j
                                     and self._list_word(doc[k + 1])):
                        k += 1
                    runs.append((r, k))
                else:
                    k += 1
            # a run before "-based", "'s" modifies the name after it ("the Paris-based firm Acme")
            # nor is a name after a preposition ("the sovereign fund of Norway")
            all_runs = runs
            runs = [r for r in runs if not self._modifier_run(doc, r[1], j) and not (
                r[0] > i and doc[r[0] - 1].lower_ in self.function_words
                and doc[r[0] - 1].lower_ not in self.lex.cues["anaphor_det"]
                and doc[r[0] - 1].lower_ not in self.lex.cues["appos_article"])]
            if sep and runs and self._nlp.lang == "en" and any(r[0] > runs[-1][1] and r not in runs for r in all_runs):
                sep = False     # p25f: "from A and B for sites in C and D": a phrase after B's name ends the list
            if not runs or self._appos_of_item(doc, i, j):
                break
            if sep and len(runs) > 1 and runs[0][0] == i and i in self._known and self._nlp.lang == "de" \
                    and any(doc[x].is_lower for x in range(runs[0][1], runs[1][0])):
                runs = runs[:1]     # "mit A und B einen Preiskampf, ...": the object after the name is no item (p24a)
            span = self._list_name(doc, *(runs[-1] if sep else runs[0]))
            if span is not None and self._nlp.lang == "de" and span[1] - span[0] == 3 and doc[span[0] + 1].text == "-" \
                    and self._known.get(span[0]) == "Organization" and self.lex.is_common_noun(doc[span[1] - 1].text):
                span = None     # p24b: "zum Acme-Konzern": the known name, no item of its own
            if span is not None:
                found.append(Mention(span[0], span[1], type_, doc[span[0]:span[1]].text, layer=kind,
                                     priority=prio, confidence=0.7))
            if not sep:
                break
            final = doc[j].text != ","
            i = j + 1
            if i < limit and doc[i].lower_ in seps and doc[i].text != ",":
                i, final = i + 1, True      # "A, B, and C"
        return found

    def _appos_of_item(self, doc: Doc, i: int, j: int) -> bool:
        """German: a phrase after a comma that opens with a definite article and holds a hyphenated
        compound ending in a common noun before "von"/"des"/"der" ("Anbieter wie Acme, die
        Sprach-KI-Tochter von Zorblax") is an apposition of the item before it, no item (p21b)."""
        if self._nlp.lang != "de" or i == 0 or doc[i - 1].text != "," \
                or doc[i].lower_ not in ("der", "die", "das", "dem", "den"):
            return False
        return any(doc[k].text == "-" and self.lex.is_common_noun(doc[k + 1].text)
                   and doc[k + 2].lower_ in ("von", "des", "der") for k in range(i + 1, min(j, len(doc) - 2)))

    def _after_item_place(self, doc: Doc, k: int) -> int:
        """The token after a list item's place ("die Hersteller Acme aus Kiel und Zorblax aus Ulm":
        after "aus Kiel"), or ``k`` where no place follows the item."""
        if k + 2 < len(doc) and doc[k].lower_ in ("aus", "in") and doc[k + 1].lower_ in self.places:
            return k + 2
        return k

    def _appos_list(self, doc: Doc, first: int) -> bool:
        """German "die Investoren Acme und Zorblax": after the plural noun a list of names, its first
        item (capitalised words) followed by a comma or a conjunction and another capitalised word."""
        k = first
        while k < len(doc) and k - first < 4 and (doc[k].text[:1].isupper() or doc[k].text in ("-", "&")):
            k += 1
        if k > first:
            k = self._after_item_place(doc, k)
        return k + 1 < len(doc) and k > first and doc[k].lower_ in self.list_separators \
            and not doc[k + 1].is_sent_start and (doc[k + 1].text[:1].isupper()
                                                  or doc[k + 1].lower_ in self.lex.cues["anaphor_det"])

    @staticmethod
    def _modifier_run(doc: Doc, k: int, j: int) -> bool:
        """A capitalised run ending at ``k`` is followed (after more capitalised words) by "'s" or by
        "-" and a lower-case word: it modifies the name after it."""
        while k < j and doc[k].text[:1].isupper():
            k += 1
        return k < j and (doc[k].text in ("'s", "’s") or doc[k].text == "-" and k + 1 < len(doc) and doc[k + 1].is_lower)

    def _list_name(self, doc: Doc, a: int, b: int) -> tuple[int, int] | None:
        """The name of a list item: leading cue, role or German nouns dropped ("Autozulieferer Acme",
        "Kanzlei Roe Partners" -> "Roe Partners"), unless only places or nouns would remain
        ("Versicherungskammer Bayern", "Deutsche Bank"); persons and places are none."""
        def nameful(i: int) -> bool:
            return any(t.text not in ("-", "&") and (not self.lex.is_common_noun(t.text) or t.i in self._known)
                       and not self.lex.is_stop(t.text) and t.lower_ not in self.places for t in doc[i:b])
        # "dem Microsoft-Ableger Nuance": a compound of a name and a noun describes the name after it
        h = next((h for h in range(b - 2, a + 1, -1) if doc[h - 1].text == "-" and doc[h].is_alpha
                  and doc[h].text[:1].isupper() and (self.lex.is_common_noun(doc[h].text) or self._is_role(doc[h].lower_)
                                                     or doc[h].lower_ in self.compound_heads) and nameful(h + 1)), None)
        if h is not None:
            a = h + 1
        while b - a > 1 and (doc[a].lower_ in self.cue_words or self._is_role(doc[a].lower_)
                             or (self.lex.is_common_noun(doc[a].text) or self._compound_cue(doc[a])) and nameful(a + 1)
                             or self._place_adjective_before_cue(doc, a, b)):
            a += 1
        while b - a > 1 and doc[b - 1].text in ("-", "&"):
            b -= 1
        toks = [t for t in doc[a:b] if t.text not in ("-", "&")]
        if len(toks) == 1 and len(toks[0].text) == 1:
            return None     # "and raised a $40 million Series B": a letter left of a round's name
        if len(toks) == 1 and self._plural_compound(toks[0].text):
            return None     # "die Commerzbank und mehrere Landesministerien": a plural noun, no name
        if not toks or all((self.lex.is_common_noun(t.text) or self.lex.is_stop(t.text)) and t.lower_ not in self.places
                           for t in toks):
            return None
        if all(t.lower_ in self.places for t in toks) or " ".join(t.lower_ for t in toks) in self.places \
                or any(self._is_role(t.lower_) for t in toks) \
                or self.lex.is_stop(toks[0].text) or self.lex.is_stop(toks[-1].text) and not toks[-1].is_upper:
            return None
        if toks[0].text in self.lex.first_names and len(toks) >= 2 or len(toks) == 1 and toks[0].text in self.lex.surnames \
                or self._known.get(a) == "Person":
            return None
        return a, b

    def _cue_length(self, doc: Doc, kind: str, start: int, end: int) -> int:
        """Tokens of the longest cue phrase of ``kind`` at ``start``."""
        words = tuple(t.lower_ for t in doc[start:end])
        phrases = self.cue_tokens[kind]
        n = next((k for k in self.cue_lengths[kind] if 0 < k <= len(words) and words[:k] in phrases), 0)
        if n == 0 and kind == "org_prefix" and words and words[0].isalpha() \
                and any(words[0].endswith((c, c + "s", c + "es")) for c in self.compound_cues) \
                and words[0] not in self.org_heads:     # "Partners Group": a name's head, no genitive
            n = 1
        if n == 0 and kind == "org_prefix" and len(words) >= 2 and words[1] in self.role_links \
                and self.role_compound_rx is not None and self.role_compound_rx.match(words[0]):
            n = 2   # p24c: "Forschungschef von X"
        if n == 0 and kind == "product_prefix" and words and words[0].isalpha() and len(words[0]) >= 9 \
                and words[0].endswith(self.product_compound_cues):
            n = 1
        if n == 0 and kind == "model_prefix" and words and words[0].isalpha() and self._model_compound_rx is not None \
                and self._model_compound_rx.match(words[0]):
            n = 1
        if n == 0 and kind in _PREFIX_KINDS:
            # Cue phrases of one length share a pattern, so "KI - Fonds" matched as if "ki-fonds" were
            # a phrase ("hedge-fonds" and "ki-firma" are), and "trade group" as if it were one
            # ("trade union" is): the cue is a phrase after modifying words ("der KI-Fonds X",
            # "the trade group X")
            longest = max(self.cue_lengths[kind], default=0)     # the false match's cue is no longer
            for k in range(1, len(words) - 1):
                if not (words[k - 1].isalnum() or words[k - 1] == "-"):
                    break
                m = next((c for c in self.cue_lengths[kind] if 0 < c <= len(words) - k - 1
                          and k + c <= longest and words[k:k + c] in phrases and words[k] != "-"), 0)
                if m:
                    return k + m
        return n

    def _mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """The name a cue match of ``kind`` over ``[start, end)`` marks, or None if it marks none.

        Each kind has its own handler (see ``_mention_handlers``): it finds the name's span
        from the cue, rejects what is no name of the cue's type and builds the mention, mostly
        through ``_finish``.
        """
        return self._handlers[kind](doc, kind, start, end)

    def _mention_handlers(self) -> dict[str, MentionHandler]:
        """The handler of each cue kind, built once; every kind of ``KINDS`` has one. (``__call__``
        gives the list kinds to ``_list``; here they would only be finished.)"""
        by_group: dict[tuple[str, ...], MentionHandler] = {
            tuple(ANAPHORS): self._anaphor_mention,
            tuple(sorted(_PREFIX_KINDS)): self._prefix_cue_mention,
            ("org_appos", "org_relative"): self._org_appos_mention,
            ("org_copula",): self._org_copula_mention,
            ("org_suffix", "org_head"): self._org_head_mention,
            ("media_suffix",): self._media_suffix_mention,
            ("media_show",): self._media_show_mention,
            ("org_part",): self._org_part_mention,
            ("model_head",): self._model_head_mention,
            ("camel_case", "web_name"): self._camel_case_mention,
            ("org_modifier",): self._org_modifier_mention,
            ("org_poss", "org_release", "org_affiliation", "org_institute", "org_object", "org_release_conj",
             "org_maker", "org_subject"): self._weak_org_mention,
            ("org_passive",): self._org_passive_mention,
            ("org_adj_acronym",): self._org_adj_acronym_mention,
            ("org_place_adj",): self._org_place_adj_mention,
            ("org_fronted",): self._org_fronted_mention,
            ("naming",): self._naming_mention,
            ("naming_final",): self._naming_final_mention,
            ("naming_back",): self._naming_back_mention,
            ("media_dative",): self._media_dative_mention,
            ("thing_appos", "thing_appos_name", "org_appos_name"): self._thing_appos_mention,
            ("org_whose",): self._org_whose_mention,
            ("thing_with",): self._thing_with_mention,
            ("org_place_poss",): self._org_place_poss_mention,
            ("org_unit",): self._org_unit_mention,
            ("thing_poss",): self._thing_poss_mention,
            ("thing_release",): self._thing_release_mention,
            ("org_name_head",): self._org_name_head_mention,
            ("org_place_head",): self._org_place_head_mention,
            ("place_org_head",): self._place_org_head_mention,
            ("gov_place_head",): self._gov_place_head_mention,
            ("media_dative_kind",): self._media_dative_kind_mention,
            ("person_agent",): self._person_agent_mention,
            ("org_whole",): self._org_whole_mention,
            ("org_and_head",): self._org_and_head_mention,
            ("person_first", "person_surname", "person_role", "person_appos"): self._person_mention,
            ("model_version",): self._model_version_mention,
            ("model_family",): self._model_family_mention,
            ("hw_code",): self._hw_code_mention,
            ("hw_head",): self._hw_head_mention,
            ("product_head",): self._product_head_mention,
            ("org_list", "model_list"): self._kind_mention,
        }
        handlers = {kind: h for kinds, h in by_group.items() for kind in kinds}
        if handlers.keys() != KINDS.keys():
            raise ValueError(f"kg_name_cues: cue kinds without a handler: {sorted(KINDS.keys() - handlers.keys())}, "
                             f"handlers without a kind: {sorted(handlers.keys() - KINDS.keys())}")
        return handlers

    def _kind_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """The match itself as a name of the kind's type."""
        return self._finish(doc, kind, start, end)

    def _anaphor_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """An anaphor ("the company", "er", "die beiden Konzerne"), with its whole compound
        ("Dax-Konzern"), for the linker to resolve."""
        type_, prio = KINDS[kind]
        a = ANAPHORS[kind]
        if a == "pair":
            return Mention(start, end, type_, doc[start:end].text, layer=kind, priority=prio, anaphor=a)
        if kind == "anaphor_org_demonym":
            # "Die Münchner haben ...": the place's people word alone (the match has the article
            # before it and the verb after it)
            return Mention(start + 1, start + 2, type_, doc[start + 1].text, layer=kind, priority=prio, anaphor=a)
        if a == "perpair":
            # "Beide hatten zuvor ...": the pronoun alone (the match ends with the verb after it)
            return Mention(start, start + 1, type_, doc[start].text, layer=kind, priority=prio, anaphor=a)
        if a == "it":
            # "It also bought X", ", and it runs ...": the pronoun alone (the match has the word
            # before it and the verb after it)
            k = next(k for k in range(start, end) if doc[k].lower_ in self.lex.cues["anaphor_org_it"])
            return Mention(k, k + 1, type_, doc[k].text, layer=kind, priority=prio, anaphor=a)
        if a == "speaker" and doc[start].text.isupper() and len(doc[start].text) > 1:
            return None     # "US rivals": the country, not "us"
        first = end - 1
        while first > start and doc[first - 1].text == "-" and first - 2 >= start:
            first -= 2      # "Dax-Konzern", "Start-up": the whole compound is the anaphor
        if a == "org" and first > start and doc[first - 1].lower_ in ("als", "as"):
            return None     # "der zuvor als Entwickler bei X arbeitete": a person's role, no company
        if a == "org" and doc[end - 1].lower_ in ("entwickler", "entwicklers") and doc[end - 2].text == "-" \
                and end < len(doc) and doc[end].text in self.lex.first_names:
            return None     # (p22c) "dem früheren Bosch-Entwickler Tobias Roe": a person's title, no company
        text = doc[first].text if end - first == 1 else doc[first:end].text     # (one token: no span)
        return Mention(first, end, type_, text, layer=kind, priority=prio, anaphor=a)

    def _prefix_cue_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """A name after a cue phrase of its type: "das Start-up X", "laut X", "das Modell X",
        "der Chip X", "die App X"."""
        span = self._prefix_name_span(doc, kind, start, end)
        if span is None or self._prefix_name_rejected(doc, kind, *span):
            return None
        if kind == "org_prefix" and self._nlp.lang == "de" and span[1] - span[0] == 2 \
                and doc[span[0]].text in self.lex.first_names and span[0] not in self._known \
                and self._neuter_noun_then_person_relative(doc, start, span[1]):
            return None     # p26c: "Leiten wird das neue Acme-Labor Jana Roe, die zuvor …": a person
        return self._finish(doc, kind, *span)

    def _prefix_name_span(self, doc: Doc, kind: str, start: int, end: int) -> tuple[int, int] | None:
        """The span of the name after the cue at ``start``, or None: the words after the cue, trimmed
        (quoted names and codes kept whole), else a German noun used as a name; a company's or
        outlet's name with its hyphenated part."""
        cue = self._cue_length(doc, kind, start, end)
        if cue == 0:
            return None
        if kind == "hw_prefix" and start > 0 and doc[start - 1].text == "-" and doc[start].lower_ in _PLAIN_COMPUTER_NOUNS:
            return None     # (p22c) "dessen CS-3-Rechner Noema betreibt": after a compound the name may be a subject
        if kind == "hw_prefix" and start > 0 and doc[start - 1].lower_ == "whose":
            return None     # (p25d) "X, whose GPUs Acme used to train Y": the name after the chip noun is a subject
        i = start + cue
        while i < end and doc[i].text == "-":
            i += 1
        quoted = i < end and doc[i].text in QUOTES or \
            kind in ("model_prefix", "hw_prefix") and end - i >= 2 and \
            any(c.isdigit() for c in doc[end - 1].text) or \
            kind == "product_prefix" and end - i == 2 and LETTER_VERSION_RX.match(doc[end - 1].text) is not None or \
            kind in ("model_prefix", "product_prefix") and end - i >= 2 and doc[end - 1].lower_ in self.lex.cues["model_variant"] or \
            kind == "org_prefix" and any(doc[k].text == "&" for k in range(i + 1, end - 1))    # "Roe & Vogt"
        if kind == "model_prefix" and end - i == 3 and doc[i + 1].text == "-" and doc[end - 1].is_title \
                and doc[end - 1].is_alpha and i not in self._known and doc[end - 1].lower_ not in self.cue_words \
                and doc[end - 1].lower_ not in self.compound_heads and not self._is_role(doc[end - 1].lower_) \
                and doc[end - 1].lower_ not in self.lex.cues["model_family_head"] | self.lex.cues["successor_noun"] \
                and self._type_noun(doc[end - 1].lower_) is None:
            quoted = True   # "das Planungsmodell Atlas-Plan": a hyphenated name, a noun after the hyphen too
        if kind == "hw_prefix" and end - i >= 3 and doc[end - 2].text == "-" and re.fullmatch(r"[A-Z]{1,3}", doc[end - 1].text):
            if doc[end - 1].lower_ in self.hw_heads or self.lex.is_stop(doc[end - 1].text):
                end -= 2    # "der Chip Zeta-GPU": a chip noun, no code
            else:
                quoted = True   # "der Beschleuniger Neuron-S": a name with a code letter, nouns in it too
        elif kind == "hw_prefix" and end - i == 3 and doc[i + 1].text == "-" and re.fullmatch(r"[A-Z]{2,4}", doc[i].text) \
                and doc[end - 1].is_title and doc[end - 1].is_alpha and doc[end - 1].lower_ not in self.hw_heads \
                and not self.lex.is_stop(doc[end - 1].text):
            quoted = True       # p26a: "der Interconnect-Chip QX-Link": capitals and a word after the hyphen
        elif kind in ("model_prefix", "product_prefix") and end - i == 2 and not quoted and doc[end - 1].is_alpha and (
                doc[end - 1].text in self.lex.first_names and end < len(doc) and doc[end].is_title
                or end - 1 in self._known or i in self._known or self.lex.is_common_noun(doc[i].text)
                or doc[end - 1].lower_ in self.places
                or doc[end - 1].lower_ in self.cue_words or self._type_noun(doc[end - 1].lower_) is not None):
            end -= 1    # "das Modell Quill Acme ...": the second word is no part of the name
        elif kind == "hw_prefix" and end - i == 2 and not quoted and doc[end - 1].is_alpha and (
                self._nlp.lang != "de" or self.lex.is_common_noun(doc[end - 1].text) or doc[end - 1].text in self.lex.first_names
                or doc[end - 1].lower_ in self.places or doc[end - 1].lower_ in self.cue_words
                or doc[end - 1].lower_ in self.hw_heads or self._type_noun(doc[end - 1].lower_) is not None):
            end -= 1    # "Chips vom Typ Zeta Rechenzentren ...": a noun after the name is no part of it
        several = False
        if kind == "media_prefix":
            if end - i >= 3 and doc[end - 2].text == "-" and (
                    doc[end - 1].lower_ in self.compound_heads or self._is_role(doc[end - 1].lower_)
                    or self._type_noun(doc[end - 1].lower_) is not None):
                end -= 2    # "Interview mit dem Acme-Chef": a compound, the name ends before it
            # "Interview mit der Frankfurter Allgemeinen Zeitung": German nouns in a name of several words
            several = end - i >= 2 and all(t.text[:1].isupper() or t.text == "-" for t in doc[i:end]) \
                and doc[i].lower_ not in self.cue_words \
                and not any(self._is_role(t.lower_) for t in doc[i:end] if t.text != "-")
        if kind == "media_prefix" and self._nlp.lang == "en" and end - i >= 2 and doc[i].text == "The" \
                and i not in self._known:
            # p24f: "told The Hollywood Reporter": the article is part of the outlet's name (a
            # person's role word in it, "Reporter", is the outlet's)
            rest = self._trim(doc, i + 1, end, quoted=True)
            if rest is not None and rest[0] == i + 1 and not any(t.text in self.lex.first_names for t in doc[i + 1:rest[1]]):
                return (i, rest[1])
        span = self._trim(doc, i, end, quoted=quoted or several)
        if kind == "org_prefix" and span is not None and span[1] < end and self._nlp.lang == "de":
            k = span[1]
            if doc[k].is_title and doc[k].is_alpha and (doc[k].text in self.lex.first_names or doc[k].text in self.lex.surnames) \
                    and not (k + 1 < len(doc) and doc[k + 1].text[:1].isupper()) and k not in self._known:
                span = (span[0], k + 1)     # "die Großkanzlei Gleiss Lutz": a firm named after persons
        if kind == "org_prefix" and span is not None and self._known.get(span[0]) == "Organization":
            k = span[0]
            while k < span[1] and self._known.get(k) == "Organization":
                k += 1
            if k < span[1] and any(self._known.get(x, "Organization") != "Organization" or self.lex.is_common_noun(doc[x].text)
                                   or self._noun_tail(doc[x].text) for x in range(k, span[1])):
                span = (span[0], k)     # "der Cloud-Anbieter Acme Zehntausende Zeta-Chips": the known name alone
        if kind == "org_prefix" and self._nlp.lang == "de" and i + 1 < end \
                and (span is None or span == (i + 1, i + 2) and doc[i + 1].is_upper and i not in self._known) \
                and doc[i].is_title and doc[i].is_alpha and not self._is_role(doc[i].lower_) \
                and doc[i].lower_ not in self.cue_words and doc[i].lower_ not in self.places \
                and (doc[i + 1].lower_ in self.org_heads and doc[i + 1].text[:1].isupper()
                     or doc[i + 1].is_upper and doc[i + 1].is_alpha and len(doc[i + 1]) <= 3):
            # (p17c: also where the acronym alone was taken: "die Acme-Tochter Netze BW")
            span = (i, i + 2)   # "das Start-up Kairos Silicon", "das Start-up Nordlicht KI": nouns before a head
        if kind == "org_prefix" and self._nlp.lang == "de" and span == (i, i + 1) and end == i + 2 \
                and doc[i + 1].is_title and doc[i + 1].lower_ in self.lex.cues["org_name_tail"]:
            span = (i, i + 2)   # p25b: "das Start-up Vireo Vision": a noun that ends company names after a cue
        if kind == "org_prefix" and self._nlp.lang == "de" and span in (None, (i + 1, i + 2)) \
                and self._noun_then_foreign(doc, i, end):
            span = (i, i + 2)   # p17b: "das Start-up Stimmgabel Audio": a German noun before a foreign word
        if kind == "org_prefix":
            span = self._noun_opens_name(doc, i, span) if span is not None else self._noun_name(doc, start, i)
        elif span is None and kind in ("model_prefix", "product_prefix"):
            span = self._noun_thing(doc, start, i)
        elif kind == "product_prefix" and span == (i, i + 1) and self._noun_ends_product(doc, i + 1):
            span = (i, i + 2)   # p25a: "die Dokumentenplattform Acme Flow, gilt ...": a noun ends the product's name
        if span is None:
            return None
        if kind in ("org_prefix", "media_prefix", "model_prefix"):
            span = self._hyphen_name(doc, span, end, media=kind == "media_prefix",
                                     owned=start > 0 and doc[start - 1].text == "-")
        if kind == "org_prefix" and self._nlp.lang == "de":
            span = self._noun_before_relative(doc, span)
        return span

    def _noun_ends_product(self, doc: Doc, k: int) -> bool:
        """German: a capitalised noun in its base form right after a product's name word that is no
        German noun, and right before a comma, full stop or bracket ("die Plattform Acme Flow, die …"):
        the name's last word (no role, cue, place or thing's noun)."""
        t = doc[k] if k < len(doc) else None
        return self._nlp.lang == "de" and t is not None and k + 1 < len(doc) and doc[k + 1].text in (",", ".", ")") \
            and t.is_title and t.is_alpha and k not in self._known and doc[k - 1].is_alpha \
            and not self.lex.is_common_noun(doc[k - 1].text) and self.lex.is_common_noun(t.text) \
            and self.lex.noun_lemma(t.text) == t.text and not self._is_role(t.lower_) and t.lower_ not in self.cue_words \
            and t.lower_ not in self.places and self._type_noun(t.lower_) is None

    def _noun_then_foreign(self, doc: Doc, i: int, end: int) -> bool:
        """German: right after a company's cue noun, a capitalised noun and a capitalised word that is
        no German noun, no place and no name of its own, ending the name ("das Start-up Stimmgabel
        Audio hat ...", "zum Labor Atelier Neuronal."): the two words are one company's name."""
        k = i + 1
        if not (k < end and k + 1 <= len(doc)) or i in self._known or k in self._known:
            return False
        a, b = doc[i], doc[k]
        after = doc[k + 1] if k + 1 < len(doc) else None
        return a.is_title and a.is_alpha and len(a) >= 4 and b.is_title and b.is_alpha and len(b) >= 4 \
            and not self.lex.is_common_noun(b.text) and not self.lex.is_stop(b.text) and not self.lex.is_stop(a.text) \
            and b.text not in self.lex.first_names and b.text not in self.lex.surnames \
            and not any(self._is_role(t.lower_) or t.lower_ in self.cue_words or t.lower_ in self.places
                        or self._type_noun(t.lower_) is not None for t in (a, b)) \
            and (after is None or after.is_lower or after.is_punct and after.text not in ("-", "&"))

    def _noun_before_relative(self, doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
        """German: "das Start-up Veyra Vision, das ...": a capitalised noun in its base form right after
        the name and right before a comma and a relative pronoun (also after a preposition: ", an dem";
        p25a) ends the name (a clause object before
        it would stand before the verb, not before a relative clause of the company)."""
        e = span[1]
        if e + 2 < len(doc) and e - span[0] <= 2 and doc[e].is_title and doc[e].is_alpha and doc[e - 1].is_alpha \
                and not doc[e - 1].whitespace_ == "" and e not in self._known \
                and self.lex.is_common_noun(doc[e].text) and self.lex.noun_lemma(doc[e].text) == doc[e].text \
                and not self.lex.is_common_noun(doc[e - 1].text) \
                and doc[e + 1].text == "," and (doc[e + 2].lower_ in self.lex.cues["relative_pronoun"]
                                                or e + 3 < len(doc) and doc[e + 2].lower_ in _NP_PREPOSITIONS | {"an", "auf", "über"}
                                                and doc[e + 3].lower_ in ("dem", "der", "denen")) \
                and not self._is_role(doc[e].lower_) and doc[e].lower_ not in self.cue_words \
                and doc[e].lower_ not in self.places and self._type_noun(doc[e].lower_) is None:
            return span[0], e + 1
        return span

    def _noun_opens_name(self, doc: Doc, i: int, span: tuple[int, int]) -> tuple[int, int]:
        """"das Start-up Moore Threads": capitalised words from ``i`` before a name the catalogue
        knows as no company open the company's name (at most three words), not the known name."""
        if i < span[0] and span[1] - i <= 3 and span[0] in self._known and self._known[span[0]] != "Organization" \
                and all(doc[k].is_title and doc[k].is_alpha and not self.lex.is_stop(doc[k].text)
                        and not self._is_role(doc[k].lower_) and doc[k].lower_ not in self.places
                        and doc[k].lower_ not in self.cue_words for k in range(i, span[0])):
            return i, span[1]
        return span

    def _prefix_name_rejected(self, doc: Doc, kind: str, start: int, end: int) -> bool:
        """Whether the name ``[start, end)`` after a cue of ``kind`` is of another type than the cue's."""
        if kind == "org_prefix":
            # "Acme partner Jane Roe": after a cue that also names a person's role, a first name
            # and another name are a person; so they are where a person fits ("die Abteilung von Jana Roe")
            # (a first name cut off before a family name that is a noun: "der Händler Jan Quendel")
            return end - start >= 2 and doc[start].text in self.lex.first_names and (
                self._is_role(doc[start - 1].lower_)
                or doc[start].lower_ not in self.lex.cues["name_article"] and self._person_ok(doc, start, end)
                and not self._company_only_noun(doc, start - 1, end)) \
                or end - start == 1 and doc[start].text in self.lex.first_names and end < len(doc) \
                and doc[end].is_title and doc[end].is_alpha \
                or end - start == 1 and self._place_genitive(doc[start]) and not self._after_placed_cue(doc, start) \
                or end - start == 1 and self._nlp.lang == "en" and doc[start].lower_ in self.places \
                and start not in self._known    # p24f: "a stake in Montreal studio X": a place, no company
        if kind == "media_prefix" and self._nlp.lang == "en" and doc[start].text == "The" and end - start >= 2:
            return False    # "The Hollywood Reporter" (p24f): an article opens no person's name
        if kind == "media_prefix":
            # "laut Finanzchef Jane Roe": a person after the cue is no media outlet; nor is a plural of
            # a German noun ("laut Benchmarks", "laut Tests")
            return end - start > 1 and any(t.text in self.lex.first_names for t in doc[start:end]) \
                or any(self._is_role(t.lower_) for t in doc[start:end] if t.text != "-") \
                or end - start == 1 and start not in self._known \
                and doc[start].text.endswith("s") and self.lex.is_common_noun(doc[start].text[:-1])
        # after a model's, chip's or product's cue: "die Software AG" is a company, "der schnellste
        # Supercomputer Europas" a place
        return doc[end - 1].lower_ in self.org_suffixes or end - start == 1 and self._is_place(doc[start])

    @staticmethod
    def _neuter_noun_then_person_relative(doc: Doc, k: int, end: int) -> bool:
        """German: a neuter cue noun ("das neue Acme-Labor") before a name that a masculine or feminine
        relative pronoun follows ("…, der zuvor bei X war"): the name is the clause's subject, a person
        who is not the noun (p26c: "Leiten wird das Labor Jana Roe, die …")."""
        if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("der", "die"):
            return False
        det = next((doc[x].lower_ for x in range(k - 1, max(-1, k - 6), -1) if doc[x].lower_ in _ARTICLES), "")
        return det in ("das", "ein")

    def _company_only_noun(self, doc: Doc, k: int, end: int) -> bool:
        """German: a cue noun at ``k`` that names only a company, no person ("Investmentfirma", "Fonds",
        not the agent nouns "Händler", "Investor", "Berater"), before a name whose last word is no
        known family name ("der Fonds Prima Materia")."""
        t = doc[k]
        w = t.lower_
        if k >= 2 and doc[k - 1].text == "-" and not doc[k - 2].whitespace_ and not doc[k - 1].whitespace_ \
                and doc[k - 2].lower_ + "-" + w in self.cue_words and not AGENT_NOUN_RX.search(w) \
                and not w.endswith(("in", "innen")) and not self._is_role(w):
            # "Start-up", "KI-Labor": one cue word in three tokens
            return self._nlp.lang == "de" and doc[end - 1].text not in self.lex.surnames
        # (a hyphenated cue, "Start-up", "KI-Labor", counts; "Labor" ends like the agent nouns in "-or")
        return self._nlp.lang == "de" and t.text.replace("-", "").isalpha() \
            and (w in self.cue_words or self._compound_cue(t)) \
            and not AGENT_NOUN_RX.search(w) and (w.endswith("labor") or not w.endswith(("or", "in", "innen", "oren"))) \
            and not self._is_role(w) and doc[end - 1].text not in self.lex.surnames

    def _org_appos_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """A company before an apposition or relative clause that says so ("Acme, a legal AI startup,"),
        where the apposition ends the phrase."""
        # the apposition ends the phrase: "Jane Roe, a startup founder" is no company
        if kind == "org_appos" and end < len(doc) and not (
                doc[end].is_punct and doc[end].text != "-" or self.lex.is_stop(doc[end].text)
                or doc[end].lower_ in self.lex.cues["appos_follower"]
                # "X, a Copenhagen start-up training a model": a participle goes on with what it does
                or self._nlp.lang == "en" and doc[end].is_lower and doc[end].is_alpha and len(doc[end]) > 5
                and doc[end].lower_.endswith("ing")):
            return None
        comma = next(i for i in range(start, end) if doc[i].text == ",")
        # a reporting clause, no apposition: "… in Lagos and Accra, the company said" (a place before the
        # comma, p25f), "… Zorblax's Kestro GPUs, the bank said" (English: a known non-company, p25e)
        if kind == "org_appos" and end < len(doc) and doc[end].lower_ in self._report_verbs and (
                doc[comma - 1].lower_ in self.places
                or self._nlp.lang == "en" and any(self._known.get(i) not in (None, "Organization")
                                                  for i in range(start, comma))):
            return None
        if kind == "org_appos" and comma + 2 < end and doc[comma + 2].lower_ in self.lex.cues["anaphor_det"] \
                and doc[comma + 1].lower_ in self.lex.cues["relative_pronoun"]:
            return None     # a relative clause, no apposition: "Roe, die das Unternehmen führt"
        # "Zentrix aus Dresden, eine Ausgründung": the name ends before its origin; the origin itself is
        # no company (p17c)
        origin = next((i for i in range(start + 1, comma) if doc[i].lower_ == "aus"), comma)
        # ("Zentrix in Oslo, eine Tochter von Y": likewise the place after "in", p19d)
        if kind == "org_appos" and self._nlp.lang == "de" and start >= 2 and doc[start - 1].lower_ in ("aus", "in") \
                and doc[start - 2].text[:1].isupper():
            return None
        span = self._trim(doc, start, origin)
        if span is None and kind == "org_appos" and self._nlp.lang == "de" and origin == comma and comma >= 1 \
                and doc[comma - 1].is_sent_start and doc[comma - 1].is_title and doc[comma - 1].is_alpha \
                and doc[comma - 1].text not in self.lex.nouns and self.lex.is_common_noun(doc[comma - 1].text):
            span = (comma - 1, comma)   # "Westwind, die Netztochter von Y,": a name shaped like a compound (p17c)
        # a first name alone may name a company ("Harvey, a legal AI startup,"); two words are a person
        if span is None or doc[span[0]].text in self.lex.first_names and span[1] - span[0] >= 2 or span[0] > 0 and \
                doc[span[0] - 1].text[:1].isupper() and not doc[span[0] - 1].is_sent_start:
            return None
        if span[1] - span[0] == 1 and comma + 1 < len(doc) and doc[comma + 1].lower_ in self.lex.cues["relative_pronoun"] \
                and self._family_name_elsewhere(doc, span[0]):
            return None     # "Roe, die das Unternehmen führt," after "Jana Roe": the person
        start, end = span
        return self._finish(doc, kind, start, end)

    def _org_copula_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """A name that opens a clause before a copula and a company's kind ("Acme is a London startup",
        "Acme ist ein Start-up aus Dresden"); not a person's name, nor a compound ("a startup founder")."""
        if end < len(doc) and doc[end].is_alpha and doc[end].is_lower and not self.lex.is_stop(doc[end].text) \
                and doc[end].lower_ not in self.lex.cues["appos_follower"] and doc[end].lower_ not in self.function_words:
            return None     # "Jane is a startup founder": the noun goes on
        verb = next(i for i in range(start, end) if doc[i].lower_ in self.lex.cues["org_copula"])
        if any(doc[i].lower_ in self.function_words for i in range(verb + 2, end)):
            return None     # "Quill is a product of the startup": the kind is another noun's
        span = self._trim(doc, start, verb)
        # the subject is the name itself (not "Größter Geldgeber ist ...", "Erster Kunde ist ..."),
        # no person's ("Roe is a ..." after "Jane Roe")
        if span is None or span[1] != verb or any(doc[i].text in self.lex.first_names for i in range(*span)) \
                or any(self._known.get(i) not in (None, "Organization") for i in range(*span)) \
                or span[1] - span[0] == 1 and self._family_name_elsewhere(doc, span[0]):
            return None
        a = span[0]
        # the name opens its clause: "Acme is ..." at the start, after a comma or a conjunction
        if not (a == 0 or doc[a].is_sent_start or doc[a - 1].text in (",", ";", ":", "(")
                or doc[a - 1].lower_ in self.list_separators or doc[a - 1].lower_ in self.lex.cues["name_article"]):
            return None
        return self._finish(doc, kind, *span)

    def _org_head_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """A company's name ending in a legal form or head word ("Acme AG", "Impuls Labs"), with a
        place after the head ("X Ventures Asia"); a known model's variant keeps the model's type."""
        type_, prio = KINDS[kind]
        span = self._trim(doc, start, end, keep_end=True)
        if self._nlp.lang == "de" and (span is None or span[0] > start) and end - start >= 2 \
                and self._after_cue_noun(doc, start) and doc[end - 1].lower_ in self.org_heads \
                and all(t.is_title and t.is_alpha and not self.lex.is_stop(t.text) and not self._is_role(t.lower_)
                        and t.lower_ not in self.cue_words for t in doc[start:end - 1]):
            span = (start, end)     # p23a: "des Start-ups Hanse Language Labs": nouns opening the name after a cue
        if self._nlp.lang == "de" and kind == "org_suffix" and span is not None and span[0] == start + 1 \
                and span[1] == end and end - start == 3 and (start == 0 or doc[start].is_sent_start or doc[start - 1].is_lower) \
                and doc[start].is_title and doc[start].is_alpha and not self.lex.is_stop(doc[start].text) \
                and not self._is_role(doc[start].lower_) and doc[start].lower_ not in self.cue_words \
                and not self._compound_cue(doc[start]) \
                and doc[start].lower_ not in self.places and start not in self._known \
                and self.lex.is_common_noun(doc[start].text) and self.lex.noun_lemma(doc[start].text) == doc[start].text \
                and not doc[start].lower_.endswith(("er", "en")) \
                and doc[start + 1].is_title and doc[start + 1].is_alpha and not self.lex.is_common_noun(doc[start + 1].text):
            span = (start, end)     # p24c: "zur neuen Kontext Logiq GmbH": a noun opens a name before a foreign word
        elif self._nlp.lang == "de" and kind == "org_suffix" and span is not None and span[0] > start + 1:
            # p25a: "Die Kairos Labs GmbH", "Rechenzentrumsbetreiber Nordlicht Compute GmbH"
            a = span[0] - 1 if doc[span[0]].lower_ in self.org_suffixes else span[0]
            if self._noun_opens_legal_name(doc, a - 1, a):
                span = (a - 1, span[1])
        if self._nlp.lang != "de" and (span is None or span[0] > start) and self._capitalised_run(doc, start, end):
            span = (start, end)     # "backed by New Enterprise Associates": mid-sentence capitals are the name's
        if (span is None or span[1] - span[0] < 2) and end - start >= 2:
            # "Silo AI", "Impuls Labs": a German noun right before a head word that is no
            # German noun itself is the name, unless a capitalised word precedes it
            first = end - 2
            if doc[first].is_title and not self.lex.is_stop(doc[first].text) and doc[first].is_alpha \
                    and doc[first].lower_ not in self.cue_words and not self._is_role(doc[first].lower_) \
                    and (not self.lex.is_common_noun(doc[end - 1].text) or self._foreign_head(doc[end - 1])
                         or self._noun_before_noun_head(doc, first)) \
                    and (doc[end - 1].text[0].isupper() or doc[end - 1].text in _LOWER_LEGAL_FORMS) \
                    and (first == 0 or doc[first].is_sent_start or not doc[first - 1].text[:1].isupper()
                         or doc[first - 1].lower_ in self.cue_words or self._compound_cue(doc[first - 1])
                         or self._article_place_adjective(doc, first - 1)):
                span = (first, end)     # ("der Risikokapitalfonds Impuls Capital": a compound cue before)
        if span is None or span[1] - span[0] < 2:
            return None
        start, end = span
        if not (doc[end - 1].text[0].isupper() or doc[end - 1].text in _LOWER_LEGAL_FORMS) \
                or self._genitive_before_noun_head(doc, start, end):
            return None
        # "Amazons Cloud-Tochter": a head word that opens a hyphenated compound is no name's end
        if self._nlp.lang == "de" and end - start == 2 and self._known.get(start) == "Organization" \
                and end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_title and doc[end + 1].is_alpha \
                and (self.lex.is_common_noun(doc[end + 1].text) or self._is_role(doc[end + 1].lower_)):
            return None
        # p24b: "des Münchner Biotech-Start-ups X": after a place adjective the head opens a compound, no name
        if self._nlp.lang == "de" and end - start == 2 and self._article_place_adjective(doc, start) \
                and end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_title and doc[end + 1].is_alpha:
            return None
        # "der New Yorker Investor Lux Capital": a cue word inside the run opens the name after it
        cue = next((k for k in range(end - 3, start, -1) if doc[k].lower_ in self.cue_words and doc[k].is_alpha), None)
        if self._nlp.lang == "de" and cue is not None and all(doc[k].text[:1].isupper() for k in range(start, cue)):
            start = cue + 1
        thing = next((c for c in ("model_prefix", "product_prefix", "hw_prefix")
                      if (doc[start - 1].lower_,) in self.cue_tokens[c]), None) \
            if kind == "org_head" and self._nlp.lang == "de" and start > 0 else None
        if thing is None and kind == "org_head" and self._nlp.lang == "de" and start > 1 and doc[start - 1].is_alpha \
                and doc[start - 1].lower_.endswith(self.product_compound_cues) \
                and doc[start - 2].lower_ in _POSSESSIVES:
            thing = "product_prefix"    # p25b: "seine Datenplattform Acme Data Cloud": a product compound after a possessive
        if thing is not None:
            # p22b: "Das Modell Acme Finance", "seine Plattform Acme AI": the thing's cue noun right before types the name
            # (and its layer: no company's short form is read from it)
            type_ = {"model_prefix": "AIModel", "product_prefix": "Product", "hw_prefix": "Hardware"}[thing]
            kind = thing
        if kind == "org_head":
            if self._owned_thing(doc, start, end):
                return None     # "Acme's Quill AI platform": a product of Acme
            # German: an owner and a noun before the name are no words of it ("Dessen Einheit Zentrix Data
            # Lab", "Acmes Wagniskapitalarm Zentrix Ventures"; p17c)
            if self._nlp.lang == "de" and end - start >= 4 and doc[start + 1].is_title and doc[start + 1].is_alpha \
                    and (doc[start].lower_ in _POSSESSIVES or doc[start].text.endswith("s")
                         and self._known.get(start) == "Organization"):
                start += 2
            k = start - 1
            if k >= 0 and doc[end - 1].lower_ in self.lex.cues["place_led_head"] and doc[k].is_alpha \
                    and (doc[k].is_title or doc[k].is_upper and doc[k].lower_ in self.places) \
                    and (doc[k].lower_ in self.places or self.lex.is_stop(doc[k].text) and NATIONALITY_RX.search(doc[k].lower_)) \
                    and (k == 0 or doc[k].is_sent_start or not doc[k - 1].text[:1].isupper()
                         or doc[k - 1].lower_ in self.function_words):
                start = k       # "the European Investment Bank", "China Internet Investment Fund"
            end = self._place_after_org_head(doc, end)
            if self._known.get(start) in ("AIModel", "Product", "Hardware") and end - start == 2:
                type_ = self._known[start]     # "Rocket Robotics": a known model's variant, no company
        return self._finish(doc, kind, start, end, type_, prio)

    def _noun_before_noun_head(self, doc: Doc, first: int) -> bool:
        """German: two nouns written apart where the language would join them, the second a head word
        that is a German noun ("Domstadt Medien", "Nordsender Gruppe"; p18a): a name."""
        head = doc[first + 1]
        return self._nlp.lang == "de" and self.lex.is_common_noun(doc[first].text) \
            and head.lower_ in self.lex.cues["org_noun_head"] and not self._compound_cue(doc[first]) \
            and not self._place_adjective(doc[first]) \
            and not (head.i + 1 < len(doc) and doc[head.i + 1].text == "-" and not head.whitespace_)

    def _noun_opens_legal_name(self, doc: Doc, b: int, a: int) -> bool:
        """German: the noun at ``b`` in its base form opens the company's name that a word at ``a`` which is
        no German noun (or a head word in English form: "Labs") continues before a legal form, after an
        article, a cue noun, a lower-case word or at a sentence start ("Die Kairos Labs GmbH"); not a place,
        role, cue or adjective in -er, -en ("die Frankfurter Compute GmbH")."""
        t, nxt = doc[b], doc[a]
        if not (t.is_title and t.is_alpha and nxt.is_title and nxt.is_alpha) or b in self._known \
                or self.lex.is_stop(t.text) or self._is_role(t.lower_) or t.lower_ in self.cue_words \
                or self._compound_cue(t) or t.lower_ in self.places or t.lower_.endswith(("er", "en")) \
                or not self.lex.is_common_noun(t.text) or self.lex.noun_lemma(t.text) != t.text \
                or self.lex.is_common_noun(nxt.text) and not self._foreign_head(nxt):
            return False
        return b == 0 or t.is_sent_start or doc[b - 1].is_lower or doc[b - 1].lower_ in self.lex.cues["anaphor_det"] \
            or self._after_cue_noun(doc, b)

    def _article_place_adjective(self, doc: Doc, k: int) -> bool:
        """German: ``doc[k]`` is a place adjective after an article ("die Stockholmer Fjord Intelligence")."""
        return self._nlp.lang == "de" and k >= 1 and doc[k].is_title and doc[k].is_alpha \
            and doc[k].lower_.endswith("er") and not doc[k].is_sent_start \
            and doc[k - 1].lower_ in self.lex.cues["anaphor_det"]

    def _capitalised_run(self, doc: Doc, start: int, end: int) -> bool:
        """English: ``doc[start:end]`` is a run of capitalised words in mid-sentence that opens there
        ("by New Enterprise Associates"), with no cue, role, first name or place among them."""
        if start == 0 or end - start < 2 or doc[start].is_sent_start or doc[start - 1].text[:1].isupper() \
                or doc[start - 1].text in QUOTES or doc[start - 1].text == ":":
            return False
        return all(t.is_title and t.is_alpha and t.lower_ not in self.cue_words and not self._is_role(t.lower_)
                   and t.text not in self.lex.first_names and t.lower_ not in self.places for t in doc[start:end])

    def _media_show_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """A podcast or show named before its noun ("the All-In podcast", "the 20VC podcast"; a
        capitalised noun belongs to the name: "the Lex Fridman Podcast"), or before an apposition
        that calls it one ("Quillcast, the interview podcast of Vantor News"): an outlet."""
        comma = next((k for k in range(start, end) if doc[k].text == ","), None)
        if comma is not None:
            stop = comma
        else:
            stop = end if doc[end - 1].text[:1].isupper() else end - 1
        while start < stop and (doc[start].text == "-" or self.lex.is_stop(doc[start].text)
                                and not (start + 1 < stop and doc[start + 1].text == "-")):
            start += 1      # "the", "on": no part of the name; "All-In" keeps its "All"
        if start >= stop or doc[stop - 1].text == "-" or (comma is None and stop == end - 1 and stop - start == 1
                                                          and self.lex.is_stop(doc[start].text)):
            return None
        if comma is not None and any(t.text in self.lex.first_names for t in doc[start:stop]):
            return None
        return self._finish(doc, kind, start, stop)

    def _media_suffix_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """An outlet before a verb of reporting or "zufolge" ("Acme berichtete"): the capitalised run, no person."""
        j = start
        while j < end and (doc[j].text[:1].isupper() or doc[j].text in QUOTES):
            j += 1
        span = self._trim(doc, start, j)
        if span is None:
            return None
        start, end = span
        if doc[start].text in self.lex.first_names or (start > 0 and doc[start - 1].is_sent_start is False
                                                        and doc[start - 1].text[:1].isupper()):
            return None
        if end - start == 1 and self._family_name_elsewhere(doc, start):
            return None     # "Roe zufolge" after "Jana Roe": the person, no media outlet
        return self._finish(doc, kind, start, end)

    def _org_part_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """A company before a noun of its parts ("Acme-Team"): the first word, the whole as an alias."""
        if not self._is_name_token(doc, start) or doc[start].is_lower:
            return None
        if start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
                and not doc[start - 2].whitespace_ and start - 2 not in self._known:
            return None     # "die Venture-Capital-Einheit": the last part of a longer compound, no name
        return self._finish(doc, kind, start, start + 1, extra=doc[start:end].text)

    def _model_head_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """A model's name before a model noun ("Acme Quill model"): the capitalised words before the head."""
        if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].whitespace_ == "" \
                and doc[start - 2].is_lower:
            return None     # "Mixture-of-Experts-Modelle": the last part of a phrase, no name
        j = start
        heads = self.model_head_words
        while j < end and doc[j].lower_ not in heads and (doc[j].text[:1].isupper()
                                                          or doc[j].text == "-" and j == start + 1):
            j += 1
        while j > start and doc[j - 1].text == "-":
            j -= 1
        span = self._trim(doc, start, j)
        if span is None:
            return None
        start, end = span
        if any(t.text in self.lex.first_names for t in doc[start:end]):
            return None
        opens = doc[start].is_sent_start or start > 0 and (doc[start - 1].text == ":" or doc[start - 1].text in QUOTES
                                                           and (start == 1 or doc[start - 1].is_sent_start))
        if self._nlp.lang == "de" and end - start == 1 and opens and doc[start].whitespace_ \
                and doc[start].is_alpha and doc[start].lower_.endswith(("e", "en", "er", "es")) and start not in self._known:
            return None     # "Offene Modelle sind ...", "Kleine Sprachmodelle": an adjective opening the sentence
            #                 (or a quote, or the clause after a colon)
        return self._finish(doc, kind, start, end)

    def _camel_case_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """A camel-case word ("QuillWorks") or a name written as a web address ("Quill.ai"), unless a
        stop word or a chip's name before a hyphen and a chip noun."""
        if self.lex.is_stop(doc[start].text) or end < len(doc) and doc[end].text == "-" \
                and end + 1 < len(doc) and doc[end + 1].lower_ in self.hw_heads:
            return None
        prev = doc[start - 1] if start > 0 else None
        if self._nlp.lang == "en" and kind == "camel_case" and prev is not None and prev.is_title and prev.is_alpha \
                and end - start == 1 and re.fullmatch(r"[A-Z][a-z]+[A-Z][a-z]+", doc[start].text) \
                and prev.whitespace_ and not prev.is_sent_start and start - 1 not in self._known \
                and not self.lex.is_stop(prev.text) and prev.lower_ not in self.function_words \
                and prev.lower_ not in self.cue_words and prev.text not in self.lex.first_names \
                and prev.text not in self.places and not prev.lower_.endswith(("ish", "ese", "ian", "ean", "can")):
            start -= 1      # "Hanbit EdTech": an unknown capitalised word before a camel-case word is part of it
            #                 (not before a model's "NorLM": "the Nordlys NorLM series")
        return self._finish(doc, kind, start, end)

    def _org_modifier_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """A company before a role it has ("Acme CEO", "Acme-Gründer"): the capitalised run, no person."""
        j = start
        while j < end and doc[j].text[:1].isupper() and doc[j].lower_ not in self.lex.cues["org_modifier_head"] \
                and not (j > start and self._is_role(doc[j].lower_)):
            j += 1
        span = self._trim(doc, start, j)
        if span is None:
            return None
        start, end = span
        if end - start > 1 and doc[start].text in self.lex.first_names:
            return None     # "Jane Roe CEO": a person, not a company
        if start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
                and len(doc[start - 2].text) == 1 and doc[start - 2].is_alpha:
            return None     # "der E-Commerce-Konzern": the word after a letter's hyphen is no name
        if start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
                and re.search(r"(?:ungs|heits|keits|ions|täts|schafts)$", doc[start - 2].lower_):
            return None     # "der Rüstungs-Tech-Konzern": a word after a compound's first noun is no name
        if end - start == 1 and end < len(doc) and doc[end].text in ("'s", "’s") \
                and (doc[start].text in self.lex.first_names or doc[start].text in self.lex.surnames
                                 or self._known.get(start) == "Person"):
            return None     # "Roe's co-founder", "Jane's CEO": a person
        return self._finish(doc, kind, start, end)

    def _weak_org_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """A company from a weak cue (a release verb, "X's model", "at X", "X Institute for Y"); see
        ``_weak_org``. A German genitive ("Acmes Modell") is named without its -s."""
        span = self._weak_org(doc, kind, start, end)
        if span is None:
            return None
        start, end = span
        if kind == "org_poss" and self._nlp.lang == "de":
            return Mention(start, end, KINDS[kind][0], doc[start].text[:-1], layer=kind, priority=3,
                           genitive=True, confidence=0.75)
        if kind == "org_institute" and self._nlp.lang == "de":
            # "des Max-Planck-Instituts für X": named in the nominative, the genitive as an alias
            k = next((i for i in range(start, end) if doc[i].lower_ not in self.lex.cues["org_institute_head"]
                      and self._institute_head(doc[i].lower_) and doc[i].text[-1] == "s"), None)
            if k is not None:
                base = doc[k].text[:len(self._institute_head(doc[k].lower_))]
                text = "".join((base if t.i == k else t.text) + t.whitespace_ for t in doc[start:end]).strip()
                m = self._finish(doc, kind, start, end)
                if m is not None:
                    m.extra_alias, m.text = m.text, text
                return m
        if kind == "org_affiliation" and doc[start].text in self.lex.first_names:
            # "an engineer at Jane Street": the cue outranks the first name's person layer (``_weak_org``
            # keeps a name led by a first name only where ``_firm_after_role`` holds)
            return self._finish(doc, kind, start, end, "Organization", KINDS["person_first"][1] - 1)
        return self._finish(doc, kind, start, end)

    def _org_passive_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """German "Gegründet wurde Acme 2021 von Jana Roe", "Geführt wird Acme von ...": after a participle
        opening the sentence and its auxiliary, a name is the company the clause is about (no first
        name, place, German noun or word of the lexicon; "Gegründet wurde Zukunft ..." is no name)."""
        if not doc[start].is_sent_start:
            return None
        a = start + 2
        b = a
        while b < end and (self._is_name_token(doc, b) and doc[b].text != "-" or doc[b].text == "-" and b + 1 < end):
            b += 1
        span = self._trim(doc, a, b)
        if span is None or span[0] != a:
            return None
        a, b = span
        if b < len(doc) and (doc[b].text[:1].isupper() or doc[b].text in ("-", "'s", "’s")):
            return None     # a longer phrase ("Gegründet wurde Acme Robotics ...": left to the other cues)
        toks = doc[a:b]
        if any(t.text in self.lex.first_names or t.lower_ in self.places or t.lower_ in self.cue_words
               or self._is_role(t.lower_) or t.is_upper and len(t) <= 1 for t in toks) \
                or len(toks) == 1 and (toks[0].text in self.lex.surnames or ABSTRACT_NOUN_RX.search(toks[0].lower_)
                                       or self._plural_compound(toks[0].text)):
            return None
        return self._finish(doc, kind, a, b)

    def _naming_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """A name after "called", "namens", "heißt": typed by a noun before the phrase, else a model's
        name with its version."""
        phrase = next((p for p in sorted(self._phrases("naming") + self._phrases("naming_verb"), key=len, reverse=True)
                       if [t.lower_ for t in doc[start:start + len(p)]] == p), [doc[start].lower_])
        i = start + len(phrase)
        verb = phrase in self._phrases("naming_verb")
        noun_type = self._type_noun_before(doc, start, attribute=not verb)
        quoted = i < end and doc[i].text in QUOTES
        i += quoted
        if noun_type is None and verb:
            # "Es heißt X", "Der Baustein hört auf den Namen X": the thing of the sentence before
            noun_type = self._naming_subject_type(doc, start, i, quoted, "namen" in phrase)
            if noun_type is None:
                return None     # "Der Chef heißt Jan Roe": a naming verb needs its noun
        if noun_type is None:
            # no noun before: a model's name, one word with its version ("called Acme-2", "namens
            # Acme Q2") or a variant word ("Acme Pro"), or a second German name word ("namens Acme Zeta")
            type_, prio = KINDS[kind][0], 4
            k = i + 1
            if k + 1 < end and doc[k].text == "-" and re.match(VERSION_RX, doc[k + 1].text):
                k += 2
            elif k < end and (re.match(VERSION_RX, doc[k].text) or LETTER_VERSION_RX.match(doc[k].text)):
                k += 1
            elif k < end and doc[k].text[:1].isupper() and (
                    doc[k].lower_ in self.lex.cues["model_variant"]
                    or self._nlp.lang == "de" and not quoted and self._is_name_token(doc, k)):
                k += 1
            span = self._trim(doc, i, k, quoted=quoted or k - i >= 2)
            if span is not None and self._firm_name_verb(doc, start, span[1]):
                type_ = "Organization"
        else:
            type_ = noun_type
            prio = 1    # the noun says more than a version shape ("Der Chip trägt den Namen X-1")
            # a name follows "namens" for sure: German nouns in it are part of it ("Velo Plus")
            e = end - 1 if doc[end - 1].text in QUOTES else end
            span = self._trim(doc, i, e, quoted=True)
            if span is not None and not quoted:
                # an unquoted name stops at a word of the sentence ("called Acme Monday")
                k = span[0] + 1
                while k < span[1] and (self._is_name_token(doc, k, True) or doc[k].text == "-"):
                    k += 1
                if self._nlp.lang == "de" and k == span[1] and k < e and doc[k].lower_ in self.org_heads \
                        and doc[k].text[:1].isupper():
                    k += 1      # p23a: a head word ends the thing's name ("ein Assistent namens Acme AI")
                span = (span[0], k)
        if span is None:
            return None
        start, end = span
        if type_ == "Organization" and doc[start].text in self.lex.first_names and end - start >= 2:
            return None
        return self._finish(doc, kind, start, end, type_, prio)

    def _firm_name_verb(self, doc: Doc, start: int, end: int) -> bool:
        """German (p22c): the name after "unter dem Namen" is a company's where a verb of trading follows it
        ("das künftig unter dem Namen X firmiert", "treten künftig unter dem Namen X auf")."""
        if self._nlp.lang != "de" or end >= len(doc) or doc[start].lower_ != "unter":
            return False
        nxt = doc[end].lower_
        return nxt in _FIRM_VERBS or nxt == "auf" and any(t.lower_ in _APPEAR_VERBS for t in doc[doc[start].sent.start:start])

    def _naming_back_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """A name before ", so der Name": the capitalised words before the comma, typed by the last
        cue noun in the sentence before or in this one up to the name ("... ein neues Sprachmodell
        vorgestellt. Acme Zeta, so der Name, ..."), else a model."""
        comma = next(k for k in range(start, end) if doc[k].text == ",")
        span = self._trim(doc, start, comma, quoted=True)
        if span is None or span[1] != comma:
            return None
        a, b = span
        sent_start = doc[a].sent.start
        first = doc[sent_start - 1].sent.start if sent_start > 0 else sent_start
        # (a noun after a preposition is an attribute: "einen Chip für Roboter" names a chip)
        type_ = next((t for t in (self._type_noun(doc[k].lower_) for k in range(a - 1, first - 1, -1)
                                  if k == 0 or doc[k - 1].lower_ not in self.lex.cues["anaphor_object_prep"])
                      if t in _THINGS), "AIModel")
        return self._finish(doc, kind, a, b, type_, 1)

    def _naming_final_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """German: a name between an auxiliary and a final naming verb ("Das neue Modell soll X
        heißen"), typed by the cue noun before the auxiliary; without one it is no name."""
        a, b = start + 1, end - 1
        # "soll den Namen X tragen": the name after the naming object
        obj = next((p for p in self._phrases("naming_final_object")
                    if [t.lower_ for t in doc[a:a + len(p)]] == p), [])
        a += len(obj)
        noun_type = self._type_noun_before(doc, start)
        if noun_type is None:
            noun_type = self._naming_subject_type(doc, start, a, doc[a].text in QUOTES, bool(obj))
            if noun_type is None:
                return None
        quoted = doc[a].text in QUOTES and doc[b - 1].text in QUOTES
        if quoted:
            a, b = a + 1, b - 1
        span = self._trim(doc, a, b, quoted=True)
        if span is None or span != (a, b):
            return None
        if noun_type == "Organization" and doc[a].text in self.lex.first_names:
            return None
        return self._finish(doc, kind, a, b, noun_type, 1)

    def _naming_subject_type(self, doc: Doc, verb: int, name: int, quoted: bool, named: bool) -> str | None:
        """German: the type of a name that a naming verb at ``verb`` gives to a subject with no cue noun,
        a pronoun ("Es heißt X") or a noun that is none ("Der Baustein hört auf den Namen X"), opening
        the sentence: the thing the last cue noun of the sentence before names (not one after a
        preposition: "einen Chip für Roboter" names a chip), else None. The name at ``name`` is no
        first name, place or (unless ``quoted`` or ``named`` by a phrase with "Namen") German noun."""
        if self._nlp.lang != "de" or name >= len(doc):
            return None
        k = doc[verb].sent.start
        # the clause after a colon ("Im Zentrum steht ein Modell: Es heißt X")
        colon = next((j for j in range(verb - 1, k - 1, -1) if doc[j].text == ":"), None)
        words = doc[k:verb] if colon is None else doc[colon + 1:verb]
        if not 1 <= len(words) <= 6 or k == 0 and colon is None or any(t.is_punct and t.text != "-" for t in words):
            return None
        if len(words) == 1:
            if words[0].lower_ not in self.lex.cues["anaphor_thing"] | self.lex.cues["anaphor_per"]:
                return None
        else:
            # an article, adjectives, the head noun and perhaps its genitive ("Das Flaggschiff des Start-ups")
            head = next((t for t in words[1:] if t.text[:1].isupper()), None)
            if words[0].lower_ not in self.lex.cues["anaphor_det"] or head is None \
                    or not self.lex.is_common_noun(head.text) or self._is_role(head.lower_) \
                    or head.lower_ in self.lex.cues["anaphor_org"] \
                    or any(t.lower_ in self._person_nouns for t in words):
                return None
        t = doc[name]
        if t.text in self.lex.first_names or self._is_place(t) or not (quoted or named or self._is_name_token(doc, name)):
            return None
        # the sentence before, or this one before the colon
        first, last = (doc[k - 1].sent.start, k - 1) if colon is None else (k, colon - 1)
        preps = self.lex.cues["anaphor_object_prep"]
        return next((ty for ty in (self._type_noun(doc[j].lower_) for j in range(last, first - 1, -1)
                                   if j == first or doc[j - 1].lower_ not in preps)
                     if ty in _THINGS), None)

    def _type_noun_before(self, doc: Doc, start: int, attribute: bool = False) -> str | None:
        """The type of a noun right before ``start``, or before a comma or a verb ("Das Unternehmen
        tritt unter dem Namen X auf"), at most three words back. With ``attribute`` the phrase at
        ``start`` ("namens X") belongs to a noun right before it, even one in the genitive ("den
        Aufbau eines Sprachmodells namens X"). German: an owner after "von" between the noun and a
        naming verb is skipped ("Das erste Modell von Acme Labs trägt den Namen X")."""
        if not attribute and self._nlp.lang == "de":
            j = start - 1
            while j >= 0 and start - j <= 3 and doc[j].text[:1].isupper() and doc[j].is_alpha:
                j -= 1
            if j < start - 1 and j >= 1 and doc[j].lower_ in ("von", "vom"):
                start = j
        for j in range(start - 1, max(-1, start - 4), -1):
            if doc[j].is_punct and doc[j].text != ",":
                break
            noun_type = self._type_noun(doc[j].lower_)
            if noun_type is not None:
                return noun_type if attribute and j == start - 1 else self._head_before_genitive(doc, j, noun_type)
        return None

    def _head_before_genitive(self, doc: Doc, j: int, noun_type: str) -> str | None:
        """The type of the noun a genitive attribute depends on: in "Das neue Modell des Start-ups
        heißt X" X is the model, not the start-up. A head noun that is no cue noun ("Das Flaggschiff
        des Konzerns heißt X") says nothing of the type, so there is none."""
        dets = self.lex.cues["genitive_det"]
        while j >= 2 and doc[j - 1].text == "-":     # the first part of a compound ("Start-ups")
            j -= 2
        for g in range(j - 1, max(0, j - 3), -1):     # the determiner, perhaps after one adjective
            if doc[g].lower_ in dets:
                head = doc[g - 1]
                head_type = self._type_noun(head.lower_)
                if head_type is not None:
                    return head_type
                # a German noun ("Flaggschiff"), not a partitive "eines der" or an English "one of"
                if self._nlp.lang == "de" and head.text[:1].isupper() and self.lex.is_common_noun(head.text) \
                        and not self.lex.is_stop(head.text):
                    return None
                break
            if not doc[g].is_alpha or doc[g].text[:1].isupper():
                break
        return noun_type

    def _media_dative_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """An outlet in the dative after a speech verb ("sagte sie der Augsburger Allgemeinen"): one
        word, quoted or not, or two."""
        if end < len(doc) and doc[end - 1].text == "-":
            return None
        i = end - 2
        while i > start and doc[i].text in QUOTES:
            i -= 1
        quoted = doc[i - 1].text in QUOTES
        a = i
        if not quoted and i - 1 > start and doc[i - 1].text[:1].isupper() \
                and doc[i - 2].lower_ in self.lex.cues["media_dative_det"] and i not in self._known \
                and not (self.lex.is_common_noun(doc[i - 1].text) and not doc[i - 1].lower_.endswith("er")):
            a = i - 1   # two words: "der Augsburger Allgemeinen" (German nouns may be part of them)
        elif not quoted and i - 1 > start and doc[i - 1].text[:1].isupper() and i not in self._known:
            return None     # "der Chefin Roe", "dem Finanzdienst X": a role or a describing noun first
        span = self._trim(doc, a, i + 1, quoted=quoted or a < i)
        if span is None or doc[a].text in self.lex.first_names or any(
                self._describing(doc[k].lower_) or self.lex.is_stop(doc[k].text) for k in range(a, i + 1)) \
                or a < i and span != (a, i + 1):
            return None
        start, end = span
        return self._finish(doc, kind, start, end)

    def _media_dative_kind_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """An outlet after its kind in the dative of a speech verb ("sagte sie dem Magazin Zeta
        Kurier."): the words from the kind to the punctuation mark, at most three, none a role, a
        first name or a stop word, a hyphen only inside a word ("Nordwest-Kurier")."""
        kinds = self.lex.cues["media_kind"]
        k = next((i for i in range(start, end) if doc[i].lower_ in self.lex.cues["media_dative_det"]
                  and i + 1 < end and doc[i + 1].lower_.endswith(tuple(kinds))), None)
        if k is None or doc[end - 1].text in ("-", "–", "/", "&"):
            return None     # "dem Magazin Acme-Chef Jan Roe": a compound, no outlet's name
        a, e = k + 2, end - 1
        while a < e and doc[a].text in QUOTES:
            a += 1
        while e > a and doc[e - 1].text in QUOTES:
            e -= 1
        words = [t for t in doc[a:e] if t.text != "-"]
        if a > k + 2 and e - a == 3 and doc[a + 1].lower_ in ("und", "&"):
            words = [doc[a], doc[e - 1]]     # a quoted pair: "dem Magazin „Markt und Mittelstand“"
        if not words or len(words) > 3 or doc[a].text in self.lex.first_names or any(
                self.lex.is_stop(t.text) or self._is_role(t.lower_) or t.lower_ in self.cue_words
                or t.lower_ in self.places for t in words) \
                or any(t.text == "-" and (doc[t.i - 1].whitespace_ or t.whitespace_) for t in doc[a:e]) \
                or any(self._known.get(i) not in (None, "Organization") for i in range(a, e)):
            return None
        return self._finish(doc, kind, a, e)

    def _thing_appos_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """A thing named next to its type noun in an apposition: the name before ("Quill, a model")
        or after ("a new model, Quill"), typed by the noun; no known company or person. An
        organisation after a possessive company noun ("its venture arm, Quillventures,") likewise."""
        type_, prio = KINDS[kind]
        comma = next(i for i in range(start, end) if doc[i].text == ",")
        if kind == "thing_appos":
            # "Acme, a maker of chips": the head is the company noun before "of", not the thing after
            if any(doc[k].lower_ in self.lex.cues["genitive_det"] and self._type_noun(doc[k - 1].lower_) == "Organization"
                   for k in range(comma + 3, end - 1)):
                return None
            # p27a: "Quorra, der seine Sprachmodelle …": a relative pronoun and a possessive, the owner of models
            if self._nlp.lang == "de" and comma + 2 < end and doc[comma + 1].lower_ in ("der", "die", "das") \
                    and doc[comma + 2].lower_ in self.lex.cues["anaphor_org_poss"]:
                return None
            type_ = self._type_noun(doc[end - 1].lower_) or type_
            span = self._name_before_appos(doc, start, comma, end)
            if span is not None and type_ != "AIModel" and doc[span[1] - 2].text == "-":
                prio = 1    # the noun says more than the version's shape ("the Zeta-2, a chip": no model)
        elif kind == "org_appos_name":
            # "its venture arm, Quillventures,": a whole company phrase before the comma ("its newest
            # arm, the Quill P7" is a robot's)
            words = tuple(t.lower_ for t in doc[max(start, comma - 4):comma])
            if not any(words[-n:] in self.cue_tokens["org_prefix"] for n in self.cue_lengths["org_prefix"] if n <= len(words)):
                return None
            span = self._name_after_appos(doc, comma, end)
        else:
            # the thing noun before the comma, or before the owner's genitive ("Der Chip des Start-ups, der Z1")
            noun_type = next((ty for k in range(start, comma) if (ty := self._type_noun(doc[k].lower_)) not in
                              (None, "Organization")), None) or self._type_noun(doc[comma - 1].lower_)
            # the cue noun types the name, before its shape ("its chip, the ZX-400": no model), as hw_prefix
            type_, prio = (noun_type, 1) if noun_type else (type_, prio)
            span = self._name_after_appos(doc, comma, end)
        if span is None:
            return None
        # a known company may open the name after the comma ("its own model, Acme Quill,")
        first = span[0] + 1 if kind == "thing_appos_name" and span[1] - span[0] >= 2 \
            and self._known.get(span[0]) == "Organization" and self._known.get(span[1] - 1) is None \
            and doc[span[1] - 1].lower_ not in self.org_heads else span[0]
        if any(self._known.get(k) in ("Organization", "Person") for k in range(first, span[1])):
            return None
        last = doc[span[1] - 1].lower_
        if kind == "thing_appos_name" and type_ == "Product" and span[1] - span[0] >= 2 and last in self.org_heads \
                and last.endswith("s") and self._type_noun(last) is None:
            type_ = "Organization"  # p25f: "a new vehicle, Vantor Partners,": a company's head word outweighs the noun
        return self._finish(doc, kind, *span, type_, prio)

    def _name_before_appos(self, doc: Doc, start: int, comma: int, end: int) -> tuple[int, int] | None:
        """The name before the comma of an apposition ending at ``end`` ("Quill, a new model"), where
        the apposition ends at its head."""
        # the apposition ends at its head: "Quill, a model maker" is no model; a participle
        # ("a service launched last month") or a family ("the model family") may follow
        nxt = doc[end] if end < len(doc) else None
        if nxt is not None and nxt.is_lower and not self.lex.is_stop(nxt.text) \
                and nxt.lower_ not in self.lex.cues["org_relative_pronoun"] \
                and nxt.lower_ not in self.lex.cues["appos_follower"] \
                and not (self._nlp.lang == "en" and nxt.lower_.endswith("ed")) \
                and nxt.lower_ not in self.lex.cues["model_family_head"]:
            return None
        if self._nlp.lang == "de" and self._relative_clause_verb(doc, end):
            return None     # "Acme, das Inferenzchips für Rechenzentren entwickelt": a relative clause
        span = self._trim(doc, start, comma)
        if span is not None and span[1] - span[0] > 1 and doc[span[1] - 1].text[:1].isupper() \
                and self._type_noun(doc[span[1] - 1].lower_) == "Hardware":
            span = (span[0], span[1] - 1)   # "Zeta X1 GPUs, a chip made for ...": the name, not its noun
        # a first name alone may name a thing its apposition types ("Aurora, a reasoning model"); a
        # first name and more is a person's name
        if span is None or doc[span[0]].text in self.lex.first_names and span[1] - span[0] > 1 or span[0] > 0 and \
                doc[span[0] - 1].text[:1].isupper() and not doc[span[0]].is_sent_start \
                and not (doc[span[0] - 1].is_sent_start and doc[span[0] - 1].lower_ in self.lex.cues["anaphor_det"]) \
                and not (self._nlp.lang == "de" and span[0] > start and self.lex.is_common_noun(doc[span[0] - 1].text)):
            return None     # (an article opening the sentence is no name: "The Zeta-2, a chip"; p23a: a German
            #                  noun trimmed off before it is none either: "nutzen Mitarbeitende X, einen Assistenten")
        return span

    def _name_after_appos(self, doc: Doc, comma: int, end: int) -> tuple[int, int] | None:
        """The name after the comma of "a new model, Quill." (the match ends with the punctuation)."""
        # "..., Quill said": a speech verb after the name makes it a speaker
        if end < len(doc) and doc[end - 1].text == "," and (doc[end].lower_ in self.lex.cues["speech_verb"]
                                                          or not doc[end].is_lower):
            return None
        # a code with digits keeps a noun in the name ("der Quasar Q1")
        span = self._trim(doc, comma + 1, end - 1, quoted=end - comma >= 4 and any(c.isdigit() for c in doc[end - 2].text))
        # a first name opens no thing's name, unless a version follows ("its own model, Tess-Coder 2")
        if span is None or doc[span[0]].text in self.lex.first_names \
                and not (span[1] - span[0] >= 3 and doc[span[0] + 1].text == "-" and doc[span[1] - 1].text.isdigit()):
            return None
        return span

    def _org_whose_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """A company whose model or staff a relative "dessen"/"deren" names ("Acme aus Peking, dessen
        Modell ..."): the first capitalised run."""
        # the name is the first capitalised run; "aus Peking" after it is its place
        j = start
        while j < end and doc[j].text[:1].isupper() and doc[j].lower_ not in self.function_words:
            j += 1
        span = self._trim(doc, start, j)
        if span is None or span[0] != start or doc[start].text in self.lex.first_names \
                or doc[span[1] - 1].text in self.lex.surnames or doc[j].lower_ not in ("aus", ",") \
                or any(self._describing(doc[k].lower_) or self._known.get(k) not in (None, "Organization")
                       for k in range(*span)):
            return None     # "Jana Roe, deren Mitarbeiter", "Berlin, dessen Umsatz"
        if start > 0 and doc[start - 1].text[:1].isupper() and not doc[start].is_sent_start:
            return None     # the end of a longer name
        start, end = span
        return self._finish(doc, kind, start, end)

    def _thing_with_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """A thing after "mit" and before its object noun ("hat mit Zeta-7 einen Chip entworfen"):
        the words between, typed by the noun."""
        type_, prio = KINDS[kind]
        type_ = self._type_noun(doc[end - 1].lower_) or type_
        dets = self.lex.cues["org_release_det"]
        i = start + 1 + (doc[start + 1].lower_ in ("dem", "der"))
        j = next(k for k in range(i + 1, end) if doc[k].lower_ in dets)
        if doc[j - 1].lower_ in ("bereits", "schon", "nun", "jetzt", "inzwischen", "längst", "ebenfalls", "erstmals"):
            j -= 1      # an adverb before the object ("mit Aurex bereits ein Modell")
        while i < j and doc[i].text in QUOTES:
            i += 1
        while j > i and doc[j - 1].text in QUOTES:
            j -= 1
        # a noun with a code is a name ("Helix-N3")
        quoted = doc[i - 1].text in QUOTES or i < j and any(c.isdigit() for c in doc[j - 1].text)
        # (p24b: a German noun may end a two-word name, "mit Kairo Flow eine Plattform")
        keep_end = j - i == 2 and self._is_name_token(doc, i) and doc[i + 1].is_title and doc[i + 1].is_alpha
        if i >= j or self._trim(doc, i, j, keep_end=keep_end, quoted=quoted) != (i, j):
            return None
        if any(doc[k].is_lower and doc[k].is_alpha and len(doc[k]) >= 3 and doc[k - 1].text != "-" for k in range(i + 1, j)):
            return None     # p27a: a verb after the name ("Mit X tritt erstmals ein Softwarehaus … an")
        # (p24b: a company's name may open its product's, "mit Acme Flow eine Plattform")
        own_name = j - i >= 2 and self._known.get(i) == "Organization" and doc[i + 1].is_title and doc[i + 1].is_alpha \
            and all(self._known.get(k) is None for k in range(i + 1, j))
        # (a first name before a German noun that is no family name is a product's: "mit Kairo Flow")
        noun_tail = keep_end and self.lex.is_common_noun(doc[i + 1].text) and doc[i + 1].text not in self.lex.surnames
        if doc[i].text in self.lex.first_names and j - i >= 2 and doc[i + 1].text != "-" and not noun_tail or any(
                self._describing(doc[k].lower_) or self._known.get(k) is not None and not (own_name and k == i)
                or doc[k].lower_ in self.compound_heads or self._type_noun(doc[k].lower_) is not None
                for k in range(i, j) if doc[k].text != "-"):
            return None     # "mit Jana Roe ein Modell", "mit Acme einen Chip", "mit Acme-Chips ein Modell"
        start, end = i, j
        return self._finish(doc, kind, start, end, type_, prio)

    def _org_place_poss_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """A company owned by a country or city ("France's Acme") or based there ("Berlin-based Acme"),
        not in a title-case headline."""
        first = start + (3 if doc[start + 1].text == "-" else 2)
        if not doc[start].text[:1].isupper() or end < len(doc) and (
                doc[end].text[:1].isupper() or doc[end].text in ("'s", "’s", "-")
                or doc[end].lower_ in self.function_words and doc[end].lower_ not in self.list_separators
                and doc[end].lower_ in self.lex.cues["org_institute_link"] | {"of"}) \
                or any(self.lex.is_stop(t.text) for t in doc[first:end]):
            return None     # a title-case headline ("France's Biggest AI Startup Raises"), "Europe's
            #                 Digital Markets Act", "China's Ministry of ..."
        span = self._trim(doc, first, end)
        if span is None or doc[span[0]].text in self.lex.first_names or doc[span[0]].text in self.lex.surnames \
                or any(self._describing(doc[i].lower_)
                       or doc[i].lower_ in self.lex.cues["org_modifier_head"] or self.lex.is_stop(doc[i].text)
                       or self._known.get(i) not in (None, "Organization") for i in range(*span)):
            return None     # "France's Emmanuel Roe", "Japan's Prime Minister", "Europe's AI Act"
        if first == start + 3 and span[1] < len(doc) and doc[span[1]].lower_ in _MAKER_NOUNS:
            return None     # "the Texas-based PC maker": the word names what the company makes
        start, end = span
        return self._finish(doc, kind, start, end)

    def _org_unit_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """A part of a company after a possessive ("its Skyward unit"): the words before the part noun."""
        span = self._trim(doc, start + 1, end - 1)
        if span is None or any(doc[i].text in self.lex.first_names or self._describing(doc[i].lower_)
                               or doc[i].lower_ in self.org_heads or self._known.get(i) not in (None, "Organization")
                               for i in range(*span)):
            return None     # "its Berlin unit", "its Research division", "its Quill model unit"
        start, end = span
        return self._finish(doc, kind, start, end)

    def _thing_poss_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """A thing after a possessive and before its type noun ("Acme's Quill software")."""
        type_, prio = KINDS[kind]
        if doc[start].text in ("'", "’") and (start == 0 or not doc[start - 1].text.endswith("s")
                                             or doc[start - 1].whitespace_):
            return None     # a quotation mark, no possessive
        k = end - 1
        type_ = self._type_noun(doc[k].lower_) or type_
        e = k - 1 if doc[k - 1].text == "-" else k
        span = self._trim(doc, start + 2 if doc[start + 1].lower_ == "own" else start + 1, e)
        # a first name opens a thing's name only after a company, a known one or a name that is no
        # person's ("Acme's Isaac Sim software", "Zorbix's Tiny Echo model")
        owner = doc[start - 1] if start > 0 else None
        # (one word right before the thing noun is the thing's: "its Hale model family")
        first_name = span is not None and doc[span[0]].text in self.lex.first_names \
            and not (span[1] - span[0] == 1 and span[1] == e) \
            and not (owner is not None and (self._known.get(start - 1) == "Organization" or owner.is_title
                                            and owner.text not in self.lex.first_names
                                            and self._known.get(start - 1) is None)
                     and span[1] - span[0] == 2
                     and span[1] == e and doc[span[1] - 1].text not in self.lex.surnames)
        if span is None or first_name or doc[span[0]].lower_ in self.places \
                or any(self._known.get(i) in ("Organization", "Person") or self._is_role(doc[i].lower_)
                       for i in range(*span)):
            return None
        if self._nlp.lang == "de" and e < k and end < len(doc) and self._known.get(span[0]) is None \
                and (doc[end].text[:1].isupper() or doc[end].text[:1].isdigit()) and not self.lex.is_stop(doc[end].text):
            return None     # p26a: "in seinem Interconnect-Chip QX-Link": the compound's modifier names the kind
        start, end = span
        return self._finish(doc, kind, start, end, type_, prio)

    def _thing_release_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """A thing after a verb of releasing ("launched Quill"), typed by an apposition after it."""
        type_, prio = KINDS[kind]
        span = self._trim(doc, start + 1, end)
        if span is None:
            return None
        s0, e0 = span
        # "launched Acme's model", "unveiled Acme Labs", "released Jane Roe": no thing
        if e0 < len(doc) and (doc[e0].text in ("'s", "’s") or doc[e0].lower_ in self.org_heads
                              or doc[e0].lower_ in self.org_suffixes) \
                or doc[s0].text in self.lex.first_names or doc[s0].lower_ in self.places \
                or any(self._known.get(i) in ("Organization", "Person") or self._is_role(doc[i].lower_)
                       or doc[i].lower_ in self.org_heads or doc[i].lower_ in self.cue_words
                       for i in range(s0, e0)):
            return None
        # "launched Quill, its new subsidiary": the apposition's head noun gives the type
        if e0 + 1 < len(doc) and doc[e0].text == ",":
            for k in range(e0 + 1, min(len(doc), e0 + 6)):
                if not doc[k].is_lower or doc[k].is_punct:
                    break
                head_type = self._type_noun(doc[k].lower_)
                if head_type is not None:
                    type_ = head_type
                    break
        start, end = span
        return self._finish(doc, kind, start, end, type_, prio)

    def _org_name_head_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """An institution around its head word ("Technische Universität", "University of X"):
        the words before the head and the name after it."""
        head = next(i for i in range(start, end) if doc[i].lower_ in self.lex.cues["org_name_head"])
        a = head
        while a > start and not self.lex.is_stop(doc[a - 1].text) and (
                doc[a - 1].is_alpha or doc[a - 1].text == "-" and a - 2 >= start and not doc[a - 2].whitespace_) \
                and doc[a - 1].lower_ not in self.cue_words:
            a -= 1      # "Technische Universität", "Jana-Roe-Universität"
        linked = head + 1 < end and doc[head + 1].lower_ in self.lex.cues["org_institute_link"]
        if not doc[head].text[:1].isupper() or not linked and doc[head].lower_ in self.lex.cues["org_field_head"]:
            return None     # "the news agency X", "a Data Center Push": a body named by its field needs the link
        # a German body of government named by its fields ("Bundesministerium für Raumfahrt und
        # Meeresforschung", "Landesamt für Datenschutz"): every field is a noun
        government = linked and self._nlp.lang == "de" and doc[head].lower_.startswith(_DE_GOVERNMENT) \
            and doc[head].lower_ in self.lex.cues["org_field_head"]
        if linked and head + 2 < end and doc[head].is_title and self.lex.is_common_noun(doc[head + 2].text) \
                and not government:
            # "Hochschule für Technik und Wirtschaft Dresden": fields and a place after them name one
            k = head + 2
            while k + 2 < end and doc[k + 1].text in (",", "und") and self.lex.is_common_noun(doc[k + 2].text):
                k += 2
            p = self._place_end(doc, k + 1, end)
            if p > k + 1 and (p >= len(doc) or not doc[p].text[:1].isupper()):
                return self._finish(doc, kind, a, p)
        if linked and (not doc[head].is_title or head + 2 < end and self.lex.is_common_noun(doc[head + 2].text)
                       and not government):
            return None     # "a university of Edinburgh's size", "Hochschule für Technik und ...": a field
        e = b = head + 1 + linked
        if a < head and not linked and self._known.get(b) == "Organization":
            return None     # (p22c) "die Schweizer Hochschule ETH Zürich": the words and head describe a known name
        # after a link, capitalised words that end no name alone ("AI", "Industry") are fields of it,
        # and a body of government or research lists them ("Department for Science, Innovation and
        # Technology"; the last one a single word, none a name of its own)
        fields = linked and doc[head].lower_ in self.lex.cues["org_field_head"]
        field = lambda t: fields and (t.is_title or t.is_upper) and t.is_alpha and t.i not in self._known \
            and t.lower_ not in self.function_words and t.lower_ not in self.places \
            and (not self.lex.is_stop(t.text) or t.is_upper or t.lower_ in self.lex.cues["org_field_word"])  # noqa: E731
        ends = lambda k: k >= len(doc) or not doc[k].text[:1].isupper()  # noqa: E731
        listed = lambda k: fields and k > b and doc[k].lower_ in self.lex.cues["org_institute_link"] and k + 1 < end \
            and field(doc[k + 1]) and not self.lex.is_stop(doc[k + 1].text) \
            or fields and k > b and doc[k].text in (",", "and", "und") and k + 1 < end \
            and field(doc[k + 1]) and (doc[k + 1].lower_ in self.lex.cues["org_field_word"] or doc[k + 1].is_upper
                                       or government and not doc[k + 1].is_upper
                                       and doc[k + 1].lower_ not in self.lex.cues["org_prefix"]) \
            and (doc[k].text == "," or ends(k + 2) or field(doc[k + 2])
                 and doc[k + 2].lower_ not in self.org_heads and ends(k + 3))  # noqa: E731
        while e < end and (self._is_name_token(doc, e, True) and not self.lex.is_stop(doc[e].text)
                           and doc[e].lower_ not in self.lex.cues["org_release_verb"] or field(doc[e]) or listed(e)):
            if doc[e].text == "-" and not (e > b and not doc[e - 1].whitespace_ and not doc[e].whitespace_
                                           and e + 1 < end and doc[e + 1].text[:1].isupper()):
                break   # "Landesbank Baden-Württemberg" goes on; "Sparkasse Ulm - ..." and "Ulm-" end
            e += 1
        while e > b and (doc[e - 1].text in (",", "and", "und") or self.lex.is_stop(doc[e - 1].text)
                         and not field(doc[e - 1])):
            e -= 1
        if government and e - 1 > b and doc[e - 2].text not in (",", "und") and (
                doc[e - 1].is_upper or not self.lex.is_common_noun(doc[e - 1].text)
                and doc[e - 1].lower_ not in self.lex.cues["org_field_word"]):
            e -= 1          # "Bundesagentur für Sprunginnovationen SPRIND": the short form after the name
        if e == b or doc[b].text in self.lex.first_names:
            return None     # "die Universität Jana Roes"
        if fields and self._nlp.lang == "de" and a == head and head > 0 \
                and doc[head - 1].lower_ in self.lex.cues["indefinite_article"]:
            return None     # "ein Institut für Robotik": a kind of body (German capitalises every noun)
        start, end = a, e
        return self._finish(doc, kind, start, end)

    def _place_end(self, doc: Doc, b: int, end: int) -> int:
        """The end of a place's name at ``b`` ("Ostheim", "Baden-Württemberg": one place of the cue
        list, the parts joined by hyphens without blanks), or ``b`` when none starts there."""
        e, best = b, b
        while e < end and doc[e].text[:1].isupper():
            e += 1
            if doc[b:e].text.lower() in self.places:
                best = e
            if e + 1 < end and doc[e].text == "-" and not doc[e - 1].whitespace_ and not doc[e].whitespace_:
                e += 1
                continue
            break
        return best

    def _place_org_head_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """German: a place and a noun of the cue list after it ("Ostland Kapital") name an
        organisation, unless a preposition or another lower-case word before the place makes it an
        adverbial ("wer in Ostland Kapital sucht"): before it only a sentence start, a punctuation
        mark, a capitalised word ("Geldgeber Ostland Kapital") or a word of place_name_lead."""
        if start > 0 and not doc[start].is_sent_start and not doc[start - 1].is_punct \
                and not doc[start - 1].text[:1].isupper() and doc[start - 1].lower_ not in self.lex.cues["place_name_lead"]:
            return None
        if end < len(doc) and doc[end].text[:1].isupper() and not doc[end].is_punct:
            return None     # "Ostland Kapital Partners": a longer name the other cues read
        return self._finish(doc, kind, start, end)

    def _org_place_head_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """A noun of the cue list (German: also a compound ending in one) and a place right after it
        ("Wachstumsfonds Baden-Württemberg", "Stadtverwaltung Ostheim"): the two are one name. Any
        other word after the noun ("der Staatsfonds Temasek") is left to the other cues."""
        e = self._place_end(doc, start + 1, end)
        if e == start + 1 or e < len(doc) and (doc[e].text == "-" and not doc[e - 1].whitespace_
                                               or doc[e].text[:1].isupper() and not doc[e].is_punct):
            return None     # no place, or a place opening a longer name ("Fonds Ostland Innovation")
        return self._finish(doc, kind, start, e)

    def _gov_place_head_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """A state, canton or city as an actor: "das Land Ostland", "der Freistaat Ostland" name its
        government, which is listed under the place too ("Ostland"). After a preposition of place
        ("in der Stadt Ostheim", "im Land Ostland") it is a place."""
        e = self._place_end(doc, start + 1, end)
        if e == start + 1 or e < len(doc) and (doc[e].text == "-" and not doc[e - 1].whitespace_
                                               or doc[e].text[:1].isupper() and not doc[e].is_punct):
            return None
        j = start - 1
        while j >= 0 and doc[j].is_lower and doc[j].lower_ not in self.place_preps and j >= start - 2:
            j -= 1      # its determiner and an adjective ("in der nahen Stadt Ostheim")
        if j >= 0 and doc[j].lower_ in self.place_preps:
            return None
        m = self._finish(doc, kind, start, e)
        if m is not None:
            m.extra_alias = doc[start + 1:e].text
        return m

    def _person_agent_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """A person after "founded by", "gegründet von": the words after the phrase."""
        start += max(len(p) for p in self._phrases("person_agent_prefix")
                     if [t.lower_ for t in doc[start:start + len(p)]] == p)
        if end - start < 2 or not self._person_ok(doc, start, end, role=True):
            return None
        if any(self._known.get(k, "Person") != "Person" for k in range(start, end)):
            return None
        return self._finish(doc, kind, start, end)

    def _org_whole_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """A German compound of a name and an organisation head ("Carl-Zeiss-Stiftung"): the whole
        compound, named with the head's base form."""
        type_, prio = KINDS[kind]
        if doc[start].is_lower:
            return None
        # "Carl-Zeiss-Stiftung": every capitalised part of the compound
        start = self._compound_start(doc, start)
        if start > 0 and doc[start - 1].text in self.lex.first_names and not doc[start - 1].is_sent_start \
                or start > 0 and doc[start - 1].is_sent_start and doc[start - 1].text in self.lex.first_names \
                and not self.lex.is_common_noun(doc[start - 1].text):
            start -= 1      # "die Anna Roe-Stiftung": named after a person
        head = doc[end - 1].text
        base = doc[start:end - 1].text + self.lex.noun_lemma(head)
        for h in sorted(self.lex.cues["org_whole_head"], key=len, reverse=True):
            if head.lower().startswith(h) and head.lower() != h:
                base = doc[start:end - 1].text + head[:len(h)]
                break
        surface = doc[start:end].text
        return Mention(start, end, type_, base, layer=kind, priority=prio,
                       extra_alias=surface if surface != base else "")

    def _org_and_head_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """ "the A and B Foundation": one name, not after a verb or preposition that starts a second
        conjunct ("the Acme and Zorblax Foundation" yes; no part a stop word, a role or a known
        person or model)."""
        start += 1
        while start < end and not doc[start].text[:1].isupper():
            if doc[start].lower_.endswith("s") and len(doc[start]) > 3 and not doc[start].lower_.endswith("ss"):
                return None     # "the data consultancies A and B": a class noun before a list of two names
            start += 1      # without "the" and a lower-case modifier ("the government-backed")
        if self.lex.is_stop(doc[start].text):
            return None
        for k in range(start, end):
            t = doc[k]
            if t.lower_ == "and":
                before = doc[k - 1].lower_
                if self._known.get(k - 1) == "Organization" or (before in self.org_heads or before in self.org_suffixes) \
                        and before not in self.lex.cues["org_field_word"]:
                    return None     # "the Acme and Zorblax Labs teams", "the Acme Fund and Zorblax Ventures": two names
                continue
            if self._is_role(t.lower_) or self._known.get(k, "Organization") != "Organization":
                return None
        return self._finish(doc, kind, start, end)

    def _person_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """A person's name: a first name and more, a known family name, a name after a role or
        before an apposition ("Jana Roe, the co-founder")."""
        span = self._person_span(doc, kind, start, end)
        if span is None:
            return None
        start, end = span
        if kind == "person_first" and doc[end - 1].text not in self.lex.surnames and self._company_appos_after(doc, end):
            # "Tiberius Compilers, a small software team,": a company named like a person
            return self._finish(doc, kind, start, end, "Organization", KINDS["org_prefix"][1])
        if not self._person_ok(doc, start, end, role=kind == "person_role") \
                or self._person_rejected(doc, kind, start, end):
            # "den Alpha-Forschern Jan Roe": a first name inside a compound took the match from the
            # first name after it; that one and the next word may still be a person
            if kind == "person_first" and end - start == 4 and doc[start + 1].text == "-" and end < len(doc) \
                    and doc[end - 1].text in self.lex.first_names and doc[end].is_title and doc[end].is_alpha:
                return self._person_mention(doc, kind, end - 1, end + 1)
            # p25b: "Marco Lenz von der Firma Acme": a first and family name before a particle, an
            # article and a company are the person, where the whole run is no name ("die Plattform
            # Isaac Sim von Acme" stays none)
            if kind == "person_first" and end - start >= 4 and doc[start + 2].lower_ in self.particles \
                    and doc[start + 2].is_lower and doc[start + 1].is_title and doc[start + 1].is_alpha \
                    and doc[start + 3].lower_ in self.lex.cues["anaphor_det"]:
                return self._person_mention(doc, kind, start, start + 2)
            return None
        if kind == "person_first" and start > 0 and self._company_only_noun(doc, start - 1, end) \
                and not self._neuter_noun_then_person_relative(doc, start - 1, end):
            # (not before a relative pronoun of a person: p26c)
            # "seine Investmentfirma Prima Materia": a company named like a person
            return self._finish(doc, kind, start, end, "Organization", KINDS["org_prefix"][1])
        return self._finish(doc, kind, start, end)

    def _person_span(self, doc: Doc, kind: str, start: int, end: int) -> tuple[int, int] | None:
        """The span of the person's name in a match of ``kind``: after the role words, the two
        words before an apposition, without the head of a compound ("Jana Roe-Stiftung")."""
        if kind == "person_role":
            i = start
            while i < end and not doc[i].text[:1].isupper():
                i += 1
            # a capitalised role word ("Chef", "CEO") is the cue, not the name
            while i < end - 1 and (self._is_role(doc[i].lower_) or self.lex.is_stop(doc[i].text)
                                   or doc[i].lower_ in self.lex.cues["person_title"]):
                i += 1
            start = i
            if doc[end - 1].text == ",":
                end -= 1    # "chief executive, Jana Roe,": the closing comma of the apposition
            if end - start < 2:
                return None
        elif kind == "person_appos":
            end = start + (4 if doc[start + 1].text == "-" and doc[start + 2].is_lower else 2)
            if doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
                end += 2    # "Jana O'Roe-Berger, the co-founder"
        if kind in ("person_first", "person_role") and end - start == 4 and doc[start + 2].text == "-" \
                and (self.lex.is_common_noun(doc[end - 1].text) and doc[end - 1].text not in self.lex.surnames
                     and not self._noun_double_name(doc, start, end)
                     or doc[end - 1].text not in self.lex.surnames
                     and (self._is_role(doc[end - 1].lower_) or self._type_noun(doc[end - 1].lower_) is not None)):
            end = start + 2     # "Jana Roe-Stiftung", "Jana Roe-Vertraute": a compound, the name is "Jana Roe"
        return start, end

    def _person_rejected(self, doc: Doc, kind: str, start: int, end: int) -> bool:
        """Whether a name ``[start, end)`` shaped like a person's is something else: a place, a
        product, a known model or company, a thing of a known organisation."""
        if kind == "person_surname" and start > 0 and end < len(doc) and doc[end].lower_ in self.org_anaphor_nouns \
                and doc[start - 1].lower_ in self.lex.cues["anaphor_det"]:
            return True     # "the Menlo Park company": a place describing a company, no person
        if kind == "person_first" and self.lex.is_stop(doc[start].text):
            return True
        # "Acme's Isaac Sim software": a product named like a person; "Claude Sonnet", "Gemini Ultra":
        # a model, product or company the catalogue knows, then a word that is no family name
        if kind in ("person_first", "person_surname") and (
                self._owned_thing(doc, start, end)
                or self._known.get(start, "Person") != "Person" and doc[end - 1].text not in self.lex.surnames):
            return True
        # "Jan Roe von Acme Capital": after a particle, the first words of a company's name
        if kind == "person_first" and end < len(doc) and (doc[end].lower_ in self.org_suffixes
                                                          or doc[end].lower_ in self.org_heads) \
                and any(doc[k].lower_ in self.particles and doc[k].is_lower for k in range(start + 1, end - 1)):
            return True
        # "Sprachmodell Claude von Acme", "Quill von Acme": a thing of a known organisation
        return kind == "person_first" and end - start >= 3 and any(
            doc[k].lower_ in self.particles for k in range(start + 1, end - 1)) and (
            self._known.get(end - 1, "Person") != "Person"
            or start > 0 and doc[start - 1].lower_ in self.thing_cues)

    def _company_appos_after(self, doc: Doc, end: int) -> bool:
        """An English apposition after ``end`` whose head is a company noun: ", a|an|the ... startup|team,"
        (not a person's role: ", a startup founder"; no preposition: ", a veteran of the firm"); the
        head may open a relative clause (", the Ohio start-up that runs vans", p26f) or stand before an
        ``appos_follower`` (", the Leiden company behind …", p27e)."""
        if self._nlp.lang != "en" or end + 2 >= len(doc) or doc[end].text != "," \
                or doc[end + 1].lower_ not in ("a", "an", "the"):
            return False
        # p27e: or a word that follows such a head (", the Leiden company behind the app Y")
        relative = self.lex.cues["org_relative_pronoun"] | self.lex.cues["appos_follower"]
        k = end + 2
        while k < min(end + 10, len(doc)) and doc[k].text not in (",", ".", ";") and doc[k].lower_ not in _APPOS_PREPS \
                and doc[k].lower_ not in relative:
            k += 1
        if not (k < len(doc) and (doc[k].text in (",", ".", ";") or doc[k].lower_ in relative) and k > end + 2):
            return False
        # the tokenizer splits "start-up" into three tokens
        head = doc[k - 3:k].text.lower() if k - 3 > end + 1 and doc[k - 2].text == "-" else doc[k - 1].lower_
        return head in _COMPANY_HEADS

    def _model_version_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """A name with a version ("Acme Zeta 2", "Falke 40B"): a model, or a chip or product where
        the words around it or the catalogue say so."""
        variants = self.lex.cues["model_variant"]
        while end - start >= 2 and doc[end - 1].is_lower and doc[end - 1].lower_ in variants and end < len(doc) \
                and doc[end].lower_ in self.model_head_words and doc[end].lower_ not in variants:
            end -= 1    # "the Zeta-R1 reasoning model", "Quill 3 vision models": a description, not a variant
        span = self._version_span(doc, start, end)
        if span is None or self._version_rejected(doc, *span):
            return None
        start, end = span
        extra = ""
        # "Acme Quill 3" keeps its vendor only at the start of a phrase ("Acme Quill 3 is ...",
        # "the Acme Quill 3"); after a verb or preposition ("trainiert Acme Quill 3",
        # "laut Acme Quill 3") the first name is a noun phrase of its own
        if end - start >= 3 and doc[start + 1].text != "-" and doc[start + 1].text[0].isupper():
            if start > 0 and doc[start - 1].is_alpha and self._known.get(start) == "Organization" \
                    and doc[start - 1].lower_ not in self.lex.cues["anaphor_det"]:
                start += 1
            elif start not in self._known and self._known.get(start + 1) in _THINGS \
                    and (self._is_place(doc[start]) or self.lex.is_common_noun(doc[start].text)
                         or self._noun_tail(doc[start].text)):
                start += 1      # "in Paris Zeta 3", "in Vergleichstests Zeta 3": a catalogue thing after a place or noun (p25c)
            elif doc[start + 1].lower_ not in self.lex.cues["model_variant"]:
                extra = doc[start + 1:end].text      # "Zeta 2" is an alias of "Acme Zeta 2"
        type_, prio = KINDS[kind]
        return self._finish(doc, kind, start, end, self._version_type(doc, start, end, type_), prio, extra=extra)

    def _version_span(self, doc: Doc, start: int, end: int) -> tuple[int, int] | None:
        """The trimmed span of a name and its version; "Falke 40B": a German noun before a parameter
        count is a name."""
        span = self._trim(doc, start, end, keep_end=True)
        if self._glued_version(doc, end - 3, end) and (span is None or span[0] > end - 3):
            span = (end - 3, end)       # "Lumen-3", "Kranich-70B": a German noun glued to its version
        elif end - start >= 4 and doc[end - 1].is_title and doc[end - 1].lower_ in self.lex.cues["model_variant"] \
                and self._glued_version(doc, end - 4, end - 1) and (span is None or span[0] > end - 4):
            span = (end - 4, end)       # "Lumen-3 Pro": the same with a variant word after it
        if span is not None and span[1] - span[0] >= 3 and doc[span[0] + 1].text != "-" and span[0] not in self._known \
                and doc[span[0]].is_alpha and self._type_noun(doc[span[0]].lower_) in _THINGS:
            span = (span[0] + 1, span[1])   # "der Inferenzchip Zeta Z2": the compound's head is the cue, no name part
        if span is not None and span[1] - span[0] == 1 and end - start >= 2 and PARAMS_RX.match(doc[end - 1].text) \
                and doc[end - 2].is_title and doc[end - 2].is_alpha and not self.lex.is_stop(doc[end - 2].text) \
                and not self._is_role(doc[end - 2].lower_):
            span = (end - 2, end)
        # "Falke 2 Pro": a German noun, a version number and a variant word
        elif span is not None and span[0] > start and end - start >= 3 and doc[end - 1].is_title \
                and doc[end - 1].lower_ in self.lex.cues["model_variant"]:
            k = next((i for i in range(start, end - 1) if re.match(r"^\d{1,2}(?:\.\d)?$", doc[i].text)), None)
            if k is not None and k > start and span[0] == k and doc[k - 1].is_title and doc[k - 1].is_alpha \
                    and not self.lex.is_stop(doc[k - 1].text) and not self._is_role(doc[k - 1].lower_) \
                    and self._type_noun(doc[k - 1].lower_) is None:
                span = (k - 1, end)
        return span

    def _noun_tail(self, word: str) -> bool:
        """German: a compound that ends in a noun of four letters or more ("Vergleichstests"), which
        :meth:`Lexicon.is_common_noun` leaves to heads of six; only for a word before a catalogue thing."""
        nouns = self.lex.nouns
        return self._nlp.lang == "de" and word.isalpha() and word[:1].isupper() and len(word) >= 9 \
            and any(word[k:].capitalize() in nouns for k in range(4, len(word) - 3))

    def _glued_version(self, doc: Doc, start: int, end: int) -> bool:
        """``[start, end)`` is a capitalised word, a hyphen and a version number written as one word
        ("Lumen-3", "Kranich-70B"): a name even where the word is a German noun ("Lumen", "Kranich");
        German writes a noun and a number apart ("Phase 3")."""
        if start < 0 or end - start != 3 or doc[start + 1].text != "-" or doc[start].whitespace_ \
                or doc[start + 1].whitespace_:
            return False
        word, version = doc[start], doc[end - 1].text
        return word.is_title and word.is_alpha and len(word.text) >= 3 and not self.lex.is_stop(word.text) \
            and not self._is_role(word.lower_) and self._type_noun(word.lower_) is None \
            and (_GLUED_NUMBER_RX.fullmatch(version) is not None or PARAMS_RX.match(version) is not None) \
            and not (end < len(doc) and doc[end].text == "-")

    def _thing_appos_type(self, doc: Doc, end: int) -> str | None:
        """German: the type a thing noun gives an indefinite apposition right after ``end`` ("den Acme F2,
        einen Inferenzchip des ..."): a letter code before it is a name, not a quarter (p24a); else None."""
        if self._nlp.lang != "de" or end + 2 >= len(doc) or doc[end].text != "," \
                or doc[end + 1].lower_ not in self.lex.cues["appos_article"]:
            return None
        return next((t for x in range(end + 2, min(end + 5, len(doc))) if doc[x].text not in (",", ".")
                     and (t := self._type_noun(doc[x].lower_)) in ("Hardware", "AIModel", "Product")), None)

    def _version_rejected(self, doc: Doc, start: int, end: int) -> bool:
        """Whether a word and a number ``[start, end)`` are no versioned name: a variant or letter
        code that continues no known model, a noun and its number, an amount, a year."""
        stem = doc[start]
        if not any(c.isalpha() for c in stem.text) or self.lex.is_stop(stem.text):
            return True
        # a variant in capitals glued on by a hyphen makes a model ("Acme-LM", "Fuchs-GPT"; p24a)
        capital_variant = end - start >= 3 and doc[start + 1].text == "-" and doc[start + 2].is_upper \
            and len(doc[start + 2]) >= 2 and doc[start + 2].lower_ in self.lex.cues["model_variant"] \
            and not doc[start].whitespace_ and not doc[start + 1].whitespace_ and doc[start].is_title
        if doc[end - 2].text == "-" and doc[end - 1].lower_ in self.lex.cues["model_variant"] \
                and not any(re.match(VERSION_RX, t.text) for t in doc[start:end]) and self._known.get(end - 3) != "AIModel" \
                and not GLUED_VERSION_RX.match(doc[end - 3].text) and not capital_variant:
            return True     # "Qwen3-Max" after a known model or a name with its version ("Zorbix4-Max"); "Acme-Pro" is no model
        if LETTER_VERSION_RX.match(doc[end - 1].text) and not re.match(VERSION_RX, doc[end - 1].text) \
                and self._known.get(end - 2 if doc[end - 2].text != "-" else end - 3) != "AIModel" \
                and self._thing_appos_type(doc, end) is None \
                and not (doc[end - 2].text == "-" and doc[end - 2].whitespace_ == "" and end - start == 3
                         and not re.fullmatch(r"Q[1-4]", doc[end - 1].text)):
            return True     # "Kimi K3" after a known model; "Acme Q3" is a quarter; "Linghang-R2" a model
        if stem.text[0].isupper() and (self.lex.is_common_noun(stem.text) or self.lex.has_noun_head(stem.text)) \
                and start + 1 < end and not self._glued_version(doc, start, end) \
                and not doc[start + 1].text[0].isupper() and not PARAMS_RX.match(doc[end - 1].text) \
                and not (doc[end - 1].is_title and doc[end - 1].lower_ in self.lex.cues["model_variant"]) \
                and not capital_variant:
            return True     # "Version 2", "Kapitel 3"; but "Falke 40B", "Falke 2 Pro": a parameter count or a variant makes a model
        if end - start == 1:
            return True
        # "in dem Acme 48 Kestro-Server betreibt", "Acme 12 Rechenzentren": a known company and a count of
        # the capitalised noun after it, not a model of the company's name
        if doc[end - 1].text.isdigit() and end < len(doc) and doc[end].is_title and doc[end].is_alpha \
                and doc[end].lower_ not in self.lex.cues["model_variant"] \
                and all(self._known.get(k) == "Organization" for k in range(start, end - 1)):
            return True
        # p26a: "in seinem Rechenzentrum in Ulm 64 Z9-GPUs": a place and a count of the thing after it
        if end - start == 2 and doc[end - 1].text.isdigit() and end < len(doc) and self._is_place(doc[start]) \
                and start not in self._known and doc[end].text[:1].isupper():
            return True
        # "Acme 30 Millionen Euro", "Acme 5 percent": an amount, not a version
        if end < len(doc) and doc[end].lower_ in self.lex.cues["quantity_word"]:
            return True
        # "the Apache 2.0 license", "unter der Apache-2.0-Lizenz": a licence or a standard
        after = end + 1 if end + 1 < len(doc) and doc[end].text == "-" else end
        if after < len(doc) and doc[after].lower_ in self.lex.cues["version_noun_other"]:
            return True
        # "Acme 2024" is usually a date (but "the Exynos 2600 processor": a chip)
        return doc[end - 1].text.isdigit() and len(doc[end - 1].text) == 4 \
            and not (end < len(doc) and doc[end].lower_ in self.hw_heads)

    def _version_type(self, doc: Doc, start: int, end: int, type_: str) -> str:
        """The type of the versioned name ``[start, end)``, ``type_`` unless the words around it say otherwise."""
        # an unknown name with a number before a chip noun is a chip ("its Vorta 690 chip")
        # (a known chip line's too: "Snapdragon 8 Elite chips"; one or two modifiers between: "its
        # Quill-2 inference chips", "AI accelerators", but no verb: "Quill 2 needs fewer chips")
        head = end
        while head < min(len(doc), end + 2) and (doc[head].is_upper and doc[head].is_alpha or doc[head].is_lower
                                                 and not self.lex.is_stop(doc[head].text) and doc[head].is_alpha
                                                 and not doc[head].lower_.endswith(("s", "ed"))) \
                and doc[head].lower_ not in self.hw_heads:
            head += 1
        if head < len(doc) and doc[head].lower_ in self.hw_heads \
                and not any(self._known.get(k) not in (None, "Hardware") for k in range(start, end)):
            type_ = "Hardware"
        # a German compound of a thing noun right before it ("der Inferenzchip Zeta Z2")
        if self._nlp.lang == "de" and start > 0 and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper() \
                and not any(k in self._known for k in range(start, end)) \
                and (noun := self._type_noun(doc[start - 1].lower_)) in _THINGS:
            type_ = str(noun)
        type_ = self._inner_type_noun(doc, start, end) or type_
        type_ = self._thing_appos_type(doc, end) or type_    # "den Acme F2, einen Inferenzchip" (p24a)
        # a new version of a known product or chip is a product or chip ("Phonex 16")
        if self._known.get(end - 2) in ("Product", "Hardware") or \
                self._known.get(start) in ("Product", "Hardware") and self._known.get(start) == self._known.get(end - 2):
            type_ = self._known[end - 2] if end - 2 in self._known else self._known[start]
        return type_

    @staticmethod
    def _versioned_elsewhere(doc: Doc, i: int) -> bool:
        """The word at ``i`` is written glued to a version number in the text ("der Lumen-Familie"
        beside "Lumen-3", or "Kranich-S": a variant's capital letter)."""
        word = doc[i].text
        return word.isalpha() and re.search(r"(?<![\w-])" + re.escape(word) + r"-(?:\d|[A-Z]\b)", doc.text) is not None

    @staticmethod
    def _versioned_apart(doc: Doc, i: int) -> bool:
        """The word at ``i`` stands elsewhere in the text before a version ("Drift 2", "Shutter XL",
        "Splice Lite")."""
        word = doc[i].text
        return word.isalpha() and re.search(r"(?<![\w-])" + re.escape(word) + r"[ -](?:\d|XL\b|Lite\b|Pro\b|Max\b|Mini\b)",
                                             doc.text) is not None

    def _model_family_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """A model (or product, chip) family ("der Acme-Reihe"): the first word, the whole as an alias,
        typed by a noun before it."""
        type_, prio = KINDS[kind]
        if doc[start].lower_ in self.lex.cues["model_original"]:
            # "the original Drift": a model only where the text names a version of it ("Drift 2")
            start += 1
            if not self._is_name_token(doc, start) or self._known.get(start) is not None \
                    or not self._versioned_apart(doc, start) \
                    or start + 1 < len(doc) and (doc[start + 1].text[:1].isupper() or doc[start + 1].text[:1].isdigit()):
                return None     # (a longer name, "the earlier Splice Lite", is left to the other cues)
            return self._finish(doc, kind, start, start + 1, type_, prio)
        if (not self._is_name_token(doc, start) or self.lex.is_common_noun(doc[start].text)) \
                and not self._versioned_elsewhere(doc, start):
            return None
        # "Smartphones der Acme-Reihe", "Chips der Zeta-Serie": the noun before gives the type
        for k in range(start - 1, max(-1, start - 4), -1):
            if doc[k].is_punct:
                break
            noun_type = self._type_noun(doc[k].lower_)
            if noun_type in ("Product", "Hardware"):
                type_ = noun_type
                break
        return self._finish(doc, kind, start, start + 1, type_, prio, extra=doc[start:end].text)

    def _hw_code_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """A chip's code ("Acme Z900", "X9 chips"): with its vendor where the vendor is no genitive."""
        extra = ""
        code = end - 1
        nxt = doc[end + 1] if end + 1 < len(doc) and doc[end].text == "-" else (doc[end] if end < len(doc) else None)
        has_head = nxt is not None and nxt.lower_ in self.hw_heads
        # with a head word after the code ("Aurora-X9-Chips") a capitalised noun is a line name
        # (p24c: not a German noun of number before it, apart: "mit Tausenden A100-Beschleunigern")
        has_vendor = end - start >= 2 and (self._is_name_token(doc, start) or has_head and
                                           doc[start].text[:1].isupper() and not self.lex.is_stop(doc[start].text)
                                           and not (self._nlp.lang == "de" and doc[start + 1].text != "-"
                                                    and start not in self._known
                                                    and self.lex.is_common_noun(doc[start].text)))
        if not (has_vendor or has_head) or sum(c.isdigit() for c in doc[code].text) < 2 and not has_head:
            return None     # a one-digit code ("X9") needs a head word: "X9 chips"
        if not has_vendor or start in self._genitives:
            start = code        # "Acmes Z900": the vendor's genitive owns the chip, no part of its name
        else:
            extra = doc[code].text
        # a model of a known product line is that product ("Galaxy S26", "Pixel 10")
        if self._known.get(start) == "Product" and not has_head:
            return self._finish(doc, kind, start, end, "Product", KINDS[kind][1], extra=extra)
        return self._finish(doc, kind, start, end, extra=extra)

    def _hw_head_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """A chip before a chip noun ("Zeta 200 processor") with every part of its hyphenated name,
        not a German adjective opening a sentence."""
        # "Exynos 2600 processor"; "Halcyon X2 inference accelerator" (a code before the chip's use)
        end = start + 3 if doc[start + 1].text == "-" and end - start == 4 \
            else start + 2 if doc[start + 1].text[:1].isdigit() or end - start == 4 else start + 1
        if not self._is_name_token(doc, start, start > 1 and doc[start - 1].text == "-") or doc[start].text.islower():
            return None
        if self._nlp.lang == "de" and doc[start].lower_ in self.cue_words and self._known.get(start) is None:
            return None     # "stellt dem US-Konzern Server mit …": a company's cue noun before a chip noun (p26a)
        if self._cue_phrase(doc, "org_prefix", end, min(len(doc), end + 4)) and end + 1 < len(doc) \
                and doc[end + 1].is_lower and doc[end + 1].is_alpha:
            return None     # "a Ostheim chip designer": the chip noun opens a company's description
        if self._nlp.lang == "en" and end < len(doc) and doc[end].text.istitle() and doc[end].lower_.endswith("s") \
                and not doc[end].is_sent_start:
            return None     # "Cerulean Chips", "Hot Chips": a plural chip noun in title case ends a company's or event's name
        # "Jetson-Thor-Modul", "T-Head chips": every part of a hyphenated name before the head
        start = self._compound_start(doc, start, chip=True)
        # "Eigene Chips der Kunden ...", "Schnellere GPUs ...": an adjective opening a sentence
        if (doc[start].is_sent_start or start > 0 and doc[start - 1].text in (":", "–") or start > 0
                and doc[start - 1].text in QUOTES) and self._nlp.lang == "de" and self._known.get(start) is None \
                and (re.search(r"(?:e|en|er|es)$", doc[start].lower_)
                     or any(t.lower_ == doc[start].lower_ and t.is_lower for t in doc)):
            return None
        # "auf dem Wafer-Scale-Chip Cerebras WSE-3": a German compound's modifier names the kind of the chip
        # whose name follows the head, unless the modifier is a known name (p20c)
        head = end + 1 if end < len(doc) and doc[end].text == "-" else end
        if self._nlp.lang == "de" and self._known.get(start) is None and head + 1 < len(doc) \
                and doc[start - 1:start].text.lower() in _DE_DETERMINERS_BEFORE_COMPOUND \
                and (doc[head + 1].text[:1].isupper() or doc[head + 1].text[:1].isdigit()) \
                and not self.lex.is_stop(doc[head + 1].text):
            return None
        return self._finish(doc, kind, start, end)

    def _product_head_mention(self, doc: Doc, kind: str, start: int, end: int) -> Mention | None:
        """A product before a product noun ("Acme app"): the capitalised words up to the head."""
        head_is_name = doc[end - 1].text[:1].isupper()
        if not head_is_name:
            while end > start and not doc[end - 1].text[:1].isupper():
                end -= 1
        span = self._trim(doc, start, end, keep_end=head_is_name)
        if span is None:
            return None
        # an acronym the trim cut off belongs to the name ("its Business AI platform"), unless the
        # name is a known company's ("the Acme AI platform")
        k = span[1]
        while k < end and doc[k].is_alpha and doc[k].is_upper and len(doc[k].text) >= 2 \
                and self._known.get(span[0]) is None:
            k += 1
        return self._finish(doc, kind, span[0], k)

    def _describing(self, word: str) -> bool:
        """A place, a role or a cue word (lower case): a word that describes a name rather than
        being part of it."""
        return word in self.places or self._is_role(word) or word in self.cue_words

    def _compound_start(self, doc: Doc, start: int, chip: bool = False) -> int:
        """The first token of the capitalised hyphenated compound whose last part is at ``start``
        ("Carl-Zeiss-Stiftung"); for a ``chip`` only alphabetic parts that are no known company."""
        while start >= 2 and doc[start - 1].text == "-" and doc[start - 1].whitespace_ == "" \
                and doc[start - 2].whitespace_ == "" and doc[start - 2].text[:1].isupper() \
                and (not chip or doc[start - 2].is_alpha and self._known.get(start - 2) != "Organization") \
                and not self.lex.is_stop(doc[start - 2].text):
            start -= 2
        return start

    def _finish(self, doc: Doc, kind: str, start: int, end: int, type_: str | None = None, prio: int = 0,
                extra: str = "") -> Mention | None:
        """The mention of the name ``[start, end)`` found by a cue of ``kind``, unless the span is empty
        or lies in a role title; ``type_`` and ``prio`` (given together) default to the kind's."""
        if type_ is None:
            type_, prio = KINDS[kind]
        if start >= end:
            return None
        if self._nlp.lang != "de" and start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
                and not doc[start - 2].whitespace_ and doc[start].text[:1].isupper() and start - 2 not in self._known:
            start = self._compound_start(doc, start)    # "Quill-R", "Sun-Hee Park": every part of a hyphenated name
        if kind != "person_role" and doc[start].text[:1].isupper() and self._inside_role_title(doc, start, end):
            return None     # "zum Chief Technology Officer", "Vice President": a title
        if type_ in _THINGS and end - start == 1 and self._is_place(doc[start]) and self._known.get(start) is None:
            return None     # "dass man in Europa Modelle bauen kann": a place names no model, chip or product
        text = doc[start].text if end - start == 1 else doc[start:end].text     # (one token: no span)
        return Mention(start, end, type_, text, layer=kind, priority=prio,
                       extra_alias=extra, confidence=0.75)


@Language.factory(
    "kg_name_cues",
    default_config={"lexicon_dir": "", "max_name_tokens": 4},
    assigns=["doc._.kg_candidates"],
    requires=[],
)
def make_name_cue_recogniser(nlp: Language, name: str, lexicon_dir: str,
                             max_name_tokens: int) -> NameCueRecogniser:
    """Cue- and shape-based recogniser; ``max_name_tokens`` bounds a name's length."""
    if not 1 <= max_name_tokens <= 8:
        raise ValueError(f"kg_name_cues: max_name_tokens must be within 1..8, got {max_name_tokens}")
    return NameCueRecogniser(nlp, name, lexicon_dir, max_name_tokens)


def _initials_in_order(code: str, span: Span) -> bool:
    """Every letter of ``code`` is, in order, the initial of a capitalised word of ``span``, three at least:
    "QIR" of "Ostheimer Quellberg-Institut für Robotik" (p26b)."""
    initials = iter(t.text[0] for t in span if t.text[:1].isupper() and t.is_alpha)
    return len(code) >= 3 and all(c in initials for c in code)
