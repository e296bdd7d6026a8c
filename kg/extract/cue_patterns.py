"""Token patterns of the cue layer (:mod:`kg.extract.name_cues`), built from the lexicon's cue lists.

:class:`CuePatterns` turns cue phrases into spaCy token patterns, one family per cue kind, checks
them with spaCy's validator and hands them to :class:`~kg.extract.gated_matcher.GatedMatcher`,
with word-level predicates (``{"TEXT": {"REGEX": ...}}``, ``{"LOWER": {"IN": [...]}}``) turned
into lexeme flags that spaCy tests in C. The name shapes and cue kinds shared with the
recogniser live here too.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from spacy.errors import MatchPatternError
from spacy.language import Language
from spacy.schemas import validate_token_pattern

from kg.extract.gated_matcher import GatedMatcher
from kg.extract.lexicon import Lexicon
from kg.extract.mentions import QUOTES

__all__ = ["CuePatterns", "NAME_RX", "VERSION_RX"]

# (p22b: other Latin capitals open a name too: "Şahin", "Łukasz")
NAME_RX = r"^(?:[A-ZÄÖÜÉÅØŞÇĞİŁŚŹŻŽŠČŘĆÁÀÂÍÓÚÑÆ][\w.&’']*|[a-z]{1,2}[0-9A-Z][\w.]*|\d{1,2}[A-Z][a-z]{2,}\w*|&)$"
COMPASS = frozenset({"Nord", "Süd", "Ost", "West"})     # German name tails ("Kognita Nord", p18d)
VERSION_RX = r"^(?:\d{1,3}(?:\.\d{1,2})*[a-z]?|[vV]\d{1,2}(?:\.\d)*|[A-Z]?\d{1,2}[a-z]|(?:\d{1,2}x)?\d{1,3}(?:\.\d)?[BM])$"


def model_compound_rx(heads, others) -> str:
    """A German compound ending in a model noun ("Zeitreihenmodell"), three letters or more before
    it, not one of ``others`` ("Geschäftsmodell": a business's model, no AI model)."""
    not_other = "(?!(?:" + "|".join(sorted(others, key=len, reverse=True)) + ")" + "(?:" + "|".join(heads) + ")$)" \
        if others else ""
    return "^" + not_other + "[a-zäöüß]{3,}(?:" + "|".join(sorted(heads, key=len, reverse=True)) + ")$"
GENITIVE_RX = r"^[A-ZÄÖÜ][a-zäöüß]*[a-zäöü]s$"
CODE_RX = r"^[A-Z]{1,3}\d{1,4}[A-Z]{0,2}$"

# heads of an apposition that also fit a person ("Jane Roe, an investor at ...")
PERSONLIKE_HEADS = frozenset({"investor", "partner", "rival", "competitor", "konkurrent", "rivale", "owner",
                              "parent", "operator", "betreiber", "developer", "entwickler", "founder", "gründer"})
# first words that make a person-like head a company's ("the Japanese telecom operator", "a network operator")
ORG_ONLY_MODIFIERS = frozenset({"telecom", "telecoms", "mobile", "network", "satellite", "grid", "power", "robotaxi",
                                "fleet"})
# words between "Acme's" and a role of the company ("Acme's former chief scientist")
MODIFIER_ADJECTIVES = frozenset({"chief", "new", "former", "top", "head", "lead", "longtime", "then", "current",
                                 "senior", "principal", "interim"})
# a word with a capital inside ("QuantumLeap", "ByteWorks") is a name even without a cue;
# taken for an organisation unless a stronger layer says otherwise
CAMEL_RX = r"^[A-Z][a-z]+[A-Z][A-Za-z]*$"
# a name written as a web address ("You.com", "Sprout.ai"): a company's name
WEB_NAME_RX = r"^[A-Z0-9][A-Za-z0-9-]*[A-Za-z][A-Za-z0-9-]*\.(?:com|ai|io|co|net|app|dev|tech|so|xyz)$"
# words after "X's" that make it a verb form ("X's the model", "It's not a chip"), not a possessive
NOT_POSSESSED = ["a", "an", "the", "not", "been", "also", "now", "just", "no", "still", "going", "got",
                 "very", "more", "about", "that", "what", "why", "how", "one", "why", "where", "when",
                 "all", "only", "never", "always", "in", "on", "at", "for", "to", "from", "by", "with"]


class _LexemeTest:
    """A boolean lexeme flag equal to a Python-level token predicate of a ``Matcher`` pattern.

    ``{"TEXT": {"REGEX": rx}}``, ``{"LOWER": {"IN": words}}`` and the like run Python code for
    every token the matcher looks at. Their attributes (``ORTH``/``TEXT``, ``LOWER``, which is
    ``str.lower()``) belong to the word, not to the token, so the same answer can be computed once
    per word of the vocabulary (``Vocab.add_flag``) and tested in C.
    """

    def __init__(self, attr: str, op: str, value) -> None:
        self.key = (attr, op, value if op == "REGEX" else frozenset(value))
        self.lower = attr == "LOWER"
        self._search = re.compile(value).search if op == "REGEX" else None

    def __call__(self, string: str) -> bool:
        if self.lower:
            string = string.lower()
        if self._search is not None:
            return self._search(string) is not None
        return string in self.key[2]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _LexemeTest) and self.key == other.key

    def __hash__(self) -> int:
        return hash(self.key)

    def __reduce__(self):
        attr, op, value = self.key
        return (_LexemeTest, (attr, op, value if op == "REGEX" else sorted(value)))


def _lexeme_tests(spec: dict):
    """(attribute, test, wanted flag value) of the predicates of ``spec`` a lexeme flag can replace."""
    for attr, value in spec.items():
        if attr not in ("TEXT", "ORTH", "LOWER") or not isinstance(value, dict) or len(value) != 1:
            continue
        (op, arg), = value.items()
        if op == "REGEX" and isinstance(arg, str):
            yield attr, _LexemeTest(attr, op, arg), True
        elif op in ("IN", "NOT_IN") and isinstance(arg, (list, tuple, set, frozenset)) \
                and all(isinstance(v, str) for v in arg):
            yield attr, _LexemeTest("TEXT" if attr == "ORTH" else attr, "IN", arg), op == "IN"


def _with_flags(vocab, patterns: list[tuple[str, list[list[dict]]]]) -> list[tuple[str, list[list[dict]]]]:
    """The patterns with their Python-level predicates replaced by lexeme flags where bits are free.

    spaCy's own flags use bits 1-18; the free bits go first to the tests that start a pattern
    (the matcher tries every pattern's first token at every token), then to the most frequent.
    A test without a bit stays a Python predicate: the matches are the same either way.
    """
    rank: Counter = Counter()
    for _, pats in patterns:
        for p in pats:
            for pos, spec in enumerate(p):
                for _, test, _ in _lexeme_tests(spec):
                    rank[test] += 1000 if pos == 0 else 1
    getters = vocab.lex_attr_getters
    bits: dict[_LexemeTest, int] = {}
    free = [b for b in range(63, 18, -1) if b not in getters]
    for test, _ in sorted(rank.items(), key=lambda kv: -kv[1]):
        bit = next((b for b, g in getters.items() if b < 64 and g == test), None)
        if bit is None and free:
            bit = vocab.add_flag(test, free.pop(0))
        if bit is not None:
            bits[test] = bit
    out = []
    for kind, pats in patterns:
        new = []
        for p in pats:
            specs = []
            for spec in p:
                spec = dict(spec)
                for attr, test, wanted in list(_lexeme_tests(spec)):
                    if test in bits:
                        del spec[attr]
                        spec[bits[test]] = wanted
                specs.append(spec)
            new.append(specs)
        out.append((kind, new))
    return out


class CuePatterns:
    """The pattern half of :class:`~kg.extract.name_cues.NameCueRecogniser` (a mixin: it reads the
    recogniser's lexicon, language and cue sets)."""

    # set by the recogniser before the patterns are built
    _nlp: Language
    lex: Lexicon
    max_name_tokens: int
    function_words: frozenset[str]
    compound_cues: list[str]
    org_heads: frozenset[str]
    hw_heads: frozenset[str]
    places: frozenset[str]
    role_compound_rx: re.Pattern[str] | None
    role_links: frozenset[str]
    type_nouns: dict[str, str]
    # set by _build
    matcher: GatedMatcher

    def _toks(self, phrase: str) -> list[str]:
        return [t.lower_ for t in self._nlp.make_doc(phrase)]

    def _seq(self, phrase: str) -> list[dict]:
        return [{"LOWER": t} for t in self._toks(phrase)]

    def _cue_patterns(self, phrases) -> list[list[dict]]:
        """Token patterns for cue phrases, one per phrase length (few patterns keep the matcher fast).

        Phrases of one length share a pattern with a word set per position; the exact phrase is
        checked again on every match (:meth:`_cue_length`).
        """
        by_len: dict[int, list[set[str]]] = {}
        for p in phrases:
            toks = self._toks(p)
            if not toks:
                continue
            slots = by_len.setdefault(len(toks), [set() for _ in toks])
            for slot, t in zip(slots, toks):
                slot.add(t)
        return [[{"LOWER": {"IN": sorted(slot)}} for slot in slots] for _, slots in sorted(by_len.items())]

    def _add(self, kind: str, patterns: list[list[dict]]) -> None:
        errors = {i: e for i, p in enumerate(patterns) if (e := validate_token_pattern(p))}
        if errors:
            raise MatchPatternError(kind, errors)
        self._pending.append((kind, patterns))

    def _build(self, cues: dict[str, frozenset[str]]) -> None:
        """The matcher of every pattern (validated in :meth:`_add`, then given lexeme flags).

        It runs each pattern only around its anchor words (:mod:`kg.extract.gated_matcher`);
        the function words of the language (and punctuation, far more frequent) tell which
        word of a pattern is rare enough to be its anchor.
        """
        self._pending: list[tuple[str, list[list[dict]]]] = []
        self._build_patterns(cues)
        probe = {w: 1.0 for w in self.function_words} | {w.capitalize(): 1.0 for w in self.function_words} \
            | {p: 20.0 for p in (",", ".", "-", ":", "(", ")", '"')}
        self.matcher = GatedMatcher(self._nlp.vocab, _with_flags(self._nlp.vocab, self._pending), probe)
        del self._pending

    def _build_patterns(self, cues: dict[str, frozenset[str]]) -> None:
        n = self.max_name_tokens
        name: dict = {"TEXT": {"REGEX": NAME_RX}}
        names: dict = {"TEXT": {"REGEX": NAME_RX}, "OP": f"{{1,{n}}}"}
        quote: dict = {"ORTH": {"IN": sorted(QUOTES)}, "OP": "?"}
        hyphen: dict = {"ORTH": "-"}
        last = lambda kind: sorted({self._toks(p)[-1] for p in cues[kind] if self._toks(p)})  # noqa: E731
        cp = self._cue_patterns
        # "die Acme-Tochter V-Systems": a hyphenated name after the cue (checked in _mention)
        org_prefix = [c + [quote, names] for c in cp(cues["org_prefix"])] \
            + [c + [quote, name, hyphen, name] for c in cp(cues["org_prefix"])]
        if self.compound_cues:
            # German compounds ending in a cue noun: "Halbleiterhersteller X", "Softwarekonzern X", also
            # in the genitive ("des Softwarehauses X")
            rx = "^(?:[a-zäöüß]{3,})?(?:" + "|".join(sorted(self.compound_cues, key=len, reverse=True)) + ")(?:e?s)?$"
            org_prefix.append([{"LOWER": {"REGEX": rx}}, quote, names])
            org_prefix.append([{"LOWER": {"REGEX": rx}}, quote, name, hyphen, name])
        if self.role_compound_rx is not None:
            # p24c: "Forschungschef von X", "Digitalchefin von X": a role compound before the link word
            # of a role's cue phrase ("chef von") names a company as the phrase does
            for role_link in self.role_links:
                org_prefix.append([{"LOWER": {"REGEX": self.role_compound_rx.pattern}}, {"LOWER": role_link}, quote, names])
        self._add("org_prefix", org_prefix)
        # legal forms are single tokens as written ("Inc.", "Corp." are tokenizer exceptions)
        # p25a: and legal forms of several words ("GmbH & Co. KG"), longer than a name run and the last word
        self._add("org_suffix", [[names, {"LOWER": {"IN": sorted(cues["org_suffix"])}}]]
                  + [[names, *c] for c in cp({p for p in cues["org_suffix"] if " " in p})])
        self._add("org_head", [[{"TEXT": {"REGEX": NAME_RX}, "OP": f"{{1,{n}}}"},
                                {"LOWER": {"IN": sorted(self.org_heads)}}]])
        if self._nlp.lang == "en":
            # "the Knut and Alice Wallenberg Foundation", "the Advanced Research and Invention Agency": two
            # capitalised parts joined by "and" before an organisation's head, after "the" (checked in name_cues)
            and_heads = sorted(self.org_heads | cues["org_name_head"] | cues["org_institute_head"])
            part: dict = {"TEXT": {"REGEX": NAME_RX}, "OP": "{1,4}"}
            self._add("org_and_head", [[{"LOWER": "the"}, {"TEXT": {"REGEX": "^(?:[a-z]+|-)$"}, "OP": "{0,3}"},
                                        part, {"LOWER": "and"}, part,
                                        {"LOWER": {"IN": and_heads}, "IS_TITLE": True}]])
        self._add("org_part", [[name, hyphen, {"LOWER": {"IN": last("org_part_head")}}]])
        # "Acme-Chef", "Acme-Aktie" (German), "Acme CEO Jane Roe", "Acme shares" (English)
        modifier_heads = sorted({t for p in cues["org_modifier_head"] for t in self._toks(p)[-1:]})
        if self._nlp.lang == "de":
            # and role compounds: "Acme-Technikchefin", "Acme-Forschungsleiter"
            role_compound1: list[list[dict]] = [[name, hyphen, {"LOWER": {"REGEX": self.role_compound_rx.pattern}}]] \
                if self.role_compound_rx else []
            self._add("org_modifier", [[name, hyphen, {"LOWER": {"IN": modifier_heads}}]] + role_compound1)
        else:
            lead_names: dict = {"TEXT": {"REGEX": NAME_RX}, "OP": "{1,2}"}
            head: dict = {"LOWER": {"IN": modifier_heads}}
            # "Acme co-founder Jane Roe"; "Acme's chief scientist", "Acme's new CEO"
            before: dict = {"LOWER": {"IN": sorted(MODIFIER_ADJECTIVES)}, "OP": "{0,2}"}
            self._add("org_modifier", [[lead_names, head, {"IS_TITLE": True}],
                                       [lead_names, {"LOWER": "co"}, hyphen, head, {"IS_TITLE": True}],
                                       [lead_names, {"ORTH": {"IN": ["'s", "’s"]}}, before, head],
                                       [lead_names, {"ORTH": {"IN": ["'s", "’s"]}}, before,
                                        {"LOWER": "co"}, hyphen, head]])
        if cues["org_poss_head"] and self._nlp.lang == "de":
            # "Acmes neues Modell", "Acmes Technikchef": a genitive before a thing or role of a company
            roles = sorted({w for p in cues["org_modifier_head"] | cues["person_prefix"] for w in self._toks(p)
                            if w.isalpha() and len(w) >= 4}, key=len, reverse=True)
            poss_heads: list[dict] = [{"LOWER": {"IN": sorted(cues["org_poss_head"])}},
                                      {"LOWER": {"REGEX": "^[a-zäöüß]*(?:" + "|".join(roles) + ")$"}}]
            self._add("org_poss", [[{"TEXT": {"REGEX": GENITIVE_RX}}, {"IS_LOWER": True, "OP": "{0,2}"}, h]
                                   for h in poss_heads])
        elif cues["org_poss_head"]:
            # "Acme's new model", "Acme's chief technology officer"
            self._add("org_poss", [[{"TEXT": {"REGEX": NAME_RX}, "OP": "{1,2}"}, {"ORTH": {"IN": ["'s", "’s"]}},
                                    {"IS_LOWER": True, "LOWER": {"NOT_IN": NOT_POSSESSED}, "OP": "{0,2}"},
                                    {"LOWER": {"IN": sorted(cues["org_poss_head"])}}]])
        if cues["org_release_verb"] and cues["org_release_det"]:
            # "Acme unveiled its first model", "Acme stellte sein Modell vor", "stellte Acme seine ... vor"
            verb: dict = {"LOWER": {"IN": sorted(cues["org_release_verb"])}}
            det: dict = {"LOWER": {"IN": sorted(cues["org_release_det"])}}
            aux: dict = {"LOWER": {"IN": sorted(cues["org_release_aux"] or {"-"})}}
            lead: dict = {"TEXT": {"REGEX": NAME_RX}, "OP": "{1,3}"}
            conj: list[dict] = [lead, {"LOWER": {"IN": ["and", "und", "&"]}}]
            if self._nlp.lang == "de":
                gap: dict = {"IS_PUNCT": False, "OP": "{0,3}"}
                self._add("org_release", [[lead, verb, det], [verb, lead, det], [lead, aux, det, gap, verb],
                                          [aux, lead, det, gap, verb]])
                self._add("org_release_conj", [conj + [lead, verb, det]])
            else:
                self._add("org_release", [[lead, dict(aux, OP="{0,2}"), verb, det]]
                          + ([[lead, dict(aux, OP="{0,2}"), {"LOWER": {"IN": sorted(cues["org_say_verb"])}},
                               {"LOWER": {"IN": sorted(cues["anaphor_org_poss"])}}]] if cues["org_say_verb"] else []))
                self._add("org_release_conj", [conj + [lead, dict(aux, OP="{0,2}"), verb, det]])
        if cues["org_name_head"]:
            # "Technische Universität München", "Sparkasse Ulm": the noun belongs to the name
            # ("University of Edinburgh": a linking word of org_institute_link between)
            lead_words: dict = {"TEXT": {"REGEX": "^(?:" + NAME_RX[1:-1] + "|-)$"}, "OP": "{0,4}"}
            name_head = {"LOWER": {"IN": sorted(cues["org_name_head"])}}
            more: dict = {"TEXT": {"REGEX": NAME_RX}, "OP": "{0,2}"}
            self._add("org_name_head", [[lead_words, name_head,
                                         {"LOWER": {"IN": sorted(cues["org_institute_link"])}, "OP": "?"},
                                         {"TEXT": {"REGEX": NAME_RX}},
                                         # "Landesbank Baden-Württemberg": a hyphenated place name
                                         {"TEXT": {"REGEX": "^(?:" + NAME_RX[1:-1] + "|-)$"}, "OP": "{0,4}"}],
                                        # "Department for Science, Innovation and Technology": a list of fields
                                        [lead_words, name_head, {"LOWER": {"IN": sorted(cues["org_institute_link"])}},
                                         {"TEXT": {"REGEX": NAME_RX}}, more, {"ORTH": ",", "OP": "?"},
                                         {"TEXT": {"REGEX": NAME_RX}, "OP": "?"}, more,
                                         {"LOWER": {"IN": ["and", "und"]}}, {"TEXT": {"REGEX": NAME_RX}}, more],
                                        # "Center for Research on Foundation Models": a field of a field
                                        [lead_words, name_head, {"LOWER": {"IN": sorted(cues["org_institute_link"])}},
                                         {"TEXT": {"REGEX": NAME_RX}}, more,
                                         {"LOWER": {"IN": sorted(cues["org_institute_link"])}},
                                         {"TEXT": {"REGEX": NAME_RX}}, more]])
        if cues["org_place_head"] and cues["place"]:
            # "Wachstumsfonds Ostland", "Stadtverwaltung Ostheim": the noun and the place after it
            place_heads = sorted(cues["org_place_head"], key=len, reverse=True)
            head = {"LOWER": {"REGEX": "^[a-zäöüß]*(?:" + "|".join(place_heads) + ")$"}, "IS_TITLE": True} \
                if self._nlp.lang == "de" else {"LOWER": {"IN": place_heads}}
            self._add("org_place_head", [[head, {"TEXT": {"REGEX": NAME_RX}},
                                          {"TEXT": {"REGEX": "^(?:" + NAME_RX[1:-1] + "|-)$"}, "OP": "{0,2}"}]])
        if cues["gov_place_head"] and cues["place"]:
            # "das Land Ostland", "der Kanton Ostheim": a state or city named as an actor
            self._add("gov_place_head", [[{"LOWER": {"IN": sorted(cues["gov_place_head"])}},
                                          {"TEXT": {"REGEX": NAME_RX}},
                                          {"TEXT": {"REGEX": "^(?:" + NAME_RX[1:-1] + "|-)$"}, "OP": "{0,2}"}]])
        if cues["place_org_head"] and cues["place"]:
            # "Ostland Kapital": a place and a head noun
            self._add("place_org_head", [[{"LOWER": {"IN": sorted(p for p in cues["place"] if " " not in p and "-" not in p)},
                                           "IS_TITLE": True}, {"LOWER": {"IN": sorted(cues["place_org_head"])}}]])
        if cues["successor_noun"]:
            # "Der Nachfolger L2", "Eine zweite Generation, der A2,": a letter code after a noun of
            # succession (checked in name_cues: a thing of the same letter and another number)
            self._add("successor_code", [[{"LOWER": {"IN": sorted(cues["successor_noun"])}}, {"ORTH": ",", "OP": "?"},
                                          {"LOWER": {"IN": sorted(cues["anaphor_det"])}, "OP": "?"},
                                          {"TEXT": {"REGEX": r"^[A-Z]\d{1,2}$"}}]])
        if cues["org_passive_participle"] and cues["org_passive_aux"]:
            # German "Gegründet wurde Acme 2021 von ...": a fronted participle, the auxiliary, the name
            # (checked in name_cues: the participle opens the sentence)
            self._add("org_passive", [[{"LOWER": {"IN": sorted(cues["org_passive_participle"])}},
                                       {"LOWER": {"IN": sorted(cues["org_passive_aux"])}},
                                       {"TEXT": {"REGEX": NAME_RX}, "OP": "{1,3}"}]])
        if cues["org_subject_verb"]:
            # "Acme competes with ...", "Acme kooperiert mit ...": the subject of a verb of rivalry or partnership
            self._add("org_subject", [[{"TEXT": {"REGEX": NAME_RX}, "OP": "{1,3}"}, c[0]] + c[1:]
                                      for c in cp(cues["org_subject_verb"])])
        if cues["org_institute_head"] and cues["org_institute_link"]:
            # "Acme Institute for Machine Learning", "Acme-Institut für Integrierte Schaltungen"
            institute_heads = sorted(cues["org_institute_head"], key=len, reverse=True)
            # German compounds: "Forschungszentrum für X", "Max-Planck-Institut für X"
            # (German genitives too: "des Max-Planck-Instituts für X")
            head = {"LOWER": {"REGEX": "^[a-zäöüß]*(?:" + "|".join(institute_heads) + ")(?:e?s)?$"}} \
                if self._nlp.lang == "de" else {"LOWER": {"IN": institute_heads}}
            lead = {"TEXT": {"REGEX": "^(?:" + NAME_RX[1:-1] + "|-)$"}, "OP": "{1,5}"}
            link = {"LOWER": {"IN": sorted(cues["org_institute_link"])}}
            adj: list[dict] = [{"LOWER": {"REGEX": "^[a-zäöüß]{4,}(?:e|en|er|es)$"}, "IS_LOWER": True}] \
                if self._nlp.lang == "de" else []
            # German "Fraunhofer-Institut IPMS": a hyphenated institute and its acronym (p22a; not
            # "Supercomputing-Zentrum CSCS", named by the acronym); an institute named after a person
            # ("Max Rubner-Institut", "des Robert Koch-Instituts": two name words before the hyphen, p23a)
            german_institutes: list[list[dict[str, Any]]] = [
                [lead, {"ORTH": "-"}, {"LOWER": {"IN": ["institut", "instituts"]}}, {"TEXT": {"REGEX": "^[A-ZÄÖÜ]{2,6}$"}}],
                [{"TEXT": {"REGEX": NAME_RX}}, {"TEXT": {"REGEX": NAME_RX}}, {"ORTH": "-"},
                 {"LOWER": {"IN": ["institut", "instituts"]}}],
            ] if self._nlp.lang == "de" else []
            self._add("org_institute", [[lead, head, link, {"TEXT": {"REGEX": NAME_RX}, "OP": "{1,4}"}],
                                        # German "Zentrum für mittelfristige Wettervorhersage": an adjective
                                        # before the field
                                        *([[lead, head, link] + adj + [{"TEXT": {"REGEX": NAME_RX}, "OP": "{1,2}"}]]
                                          if adj else []),
                                        # "Zentrum für Luft- und Raumfahrt": a field with a dropped part
                                        [lead, head, link, {"TEXT": {"REGEX": NAME_RX}}, {"ORTH": "-"},
                                         {"LOWER": {"IN": ["und", "and", "oder"]}}, {"TEXT": {"REGEX": NAME_RX}}],
                                        *german_institutes])
        if cues["org_fronted_noun"]:
            # German "Einen anderen Weg geht Acme.": a fronted object, the verb, then the subject, a name
            # that ends the sentence (checked in name_cues: the object opens the sentence)
            self._add("org_fronted", [[{"LOWER": {"IN": ["einen", "eine", "ein", "den", "die", "das"]}},
                                       {"IS_LOWER": True, "IS_ALPHA": True, "OP": "{0,2}"},
                                       {"LOWER": {"IN": sorted(cues["org_fronted_noun"])}},
                                       {"LOWER": {"IN": ["weiter", "noch", "ebenfalls", "auch", "jetzt", "nun"]}, "OP": "?"},
                                       {"IS_LOWER": True, "IS_ALPHA": True},
                                       {"TEXT": {"REGEX": "^(?:" + NAME_RX[1:-1] + "|-)$"}, "OP": "{1,3}"},
                                       {"ORTH": {"IN": [".", ",", ";", ":"]}}]])
        if self._nlp.lang == "de":
            # "Der Deutsche Wetterdienst (DWD)": a national adjective, a noun and their short name
            # (checked in name_cues: the code starts with the adjective's letter)
            self._add("org_adj_acronym", [[{"TEXT": {"REGEX": "^(?:[A-ZÄÖÜ][a-zäöüß]*(?:isch|deutsch)|Deutsch)(?:e|en|er|es)$"}},
                                           {"IS_TITLE": True, "IS_ALPHA": True}, {"ORTH": "("},
                                           {"TEXT": {"REGEX": "^[A-ZÄÖÜ][A-Za-zÄÖÜ]{1,5}$"}}, {"ORTH": ")"}]])
        if self._nlp.lang == "de" and cues["anaphor_det"]:
            # "Die Leipziger Kognita und die ...": an article, a place adjective and a name (checked in
            # name_cues: the adjective's stem is a place, the name no German noun; p18d)
            self._add("org_place_adj", [[{"LOWER": {"IN": sorted(cues["anaphor_det"])}},
                                         {"IS_TITLE": True, "LOWER": {"REGEX": "^[a-zäöüß]{3,}er$"}},
                                         {"TEXT": {"REGEX": NAME_RX}},
                                         {"TEXT": {"IN": sorted(COMPASS)}, "OP": "?"}]])
        if cues["org_affiliation_prep"]:
            # "chief scientist at Acme", "Chefin bei Acme"
            role_compound1 = [[{"LOWER": {"REGEX": self.role_compound_rx.pattern}}]] if self.role_compound_rx else []
            self._add("org_affiliation", [c + [{"IS_LOWER": True, "IS_PUNCT": False, "OP": "{0,2}"},
                                               {"LOWER": {"IN": sorted(cues["org_affiliation_prep"])}},
                                               {"TEXT": {"REGEX": NAME_RX}, "OP": "{1,3}"}]
                                          for c in cp(cues["person_prefix"]) + role_compound1])
        if cues["org_object_verb"]:
            # "founded Acme", "arbeitet bei Acme"
            self._add("org_object", [c + [{"TEXT": {"REGEX": NAME_RX}, "OP": "{1,3}"}]
                                     for c in cp(cues["org_object_verb"])])
        whole = sorted({w for h in last("org_whole_head") for w in (h, h + "s", h + "es")})
        self._add("org_whole", [[name, hyphen, {"LOWER": {"IN": whole}}]])
        # "berichtete der Kölner Abend-Kurier": a hyphenated last word too (checked in _mention)
        self._add("media_prefix", [c + [quote, {"TEXT": {"REGEX": NAME_RX}, "OP": "{1,3}"}]
                                   for c in cp(cues["media_prefix"])]
                  + [c + [quote, {"TEXT": {"REGEX": NAME_RX}, "OP": "{1,2}"}, hyphen, name]
                     for c in cp(cues["media_prefix"])]
                  # p24f: "told The Hollywood Reporter", "an interview with The Morning Courier": an
                  # outlet whose name opens with "The" (checked in name_cues)
                  + ([c + [{"ORTH": "The"}, {"TEXT": {"REGEX": NAME_RX}, "OP": "{1,3}"}]
                      for c in cp(cues["media_prefix"])] if self._nlp.lang == "en" else []))
        self._add("media_suffix", [[{"TEXT": {"REGEX": NAME_RX}, "OP": "{1,3}"}, quote] + c
                                   for c in cp(cues["media_suffix"])])
        if cues["media_show_head"]:
            # "the All-In podcast", "the 20VC podcast", "the Lex Fridman Podcast"; "Decoder, the
            # interview podcast of Vantor News" (checked in name_cues)
            show_part: dict = {"TEXT": {"REGEX": NAME_RX[:-2] + r"|\d{1,3}[A-Z]{1,4}|-)$"}, "OP": "{1,4}"}
            show_head: dict = {"LOWER": {"IN": sorted(cues["media_show_head"])}}
            self._add("media_show", [[show_part, show_head],
                                     [{"TEXT": {"REGEX": NAME_RX}, "OP": "{1,3}"}, {"ORTH": ","}, {"LOWER": "the"},
                                      {"IS_LOWER": True, "OP": "{0,2}"}, show_head, {"LOWER": {"IN": ["of", "from", "by"]}}]])
        first = {"ORTH": {"IN": sorted(self.lex.first_names)}}
        particle = {"LOWER": {"IN": sorted(cues["name_particle"])}, "OP": "{0,2}"}
        # "Jana Roe", "Jan van Roe", "Mei-Ling Zhang", "Anna Roe-Berger" (a double family name), "Anna
        # Lena Roe", "Jan Ole tom Roe" (a second given name)
        self._add("person_first", [[first, particle, name], [first, hyphen, name, name], [first, name, hyphen, name],
                                   [first, first, particle, name],
                                   # English "Marta Ruiz de la Vega": a particle after a first family name
                                   # (p25e; not German, where "von der" opens a company's name)
                                   *([[first, name, {"ORTH": {"IN": sorted(p for p in cues["name_particle"] if p.islower())},
                                                     "OP": "{1,2}"}, name]] if self._nlp.lang == "en" else []),
                                   # "Jana K. Roe": an initial between the given and the family name
                                   [first, {"TEXT": {"REGEX": r"^[A-Z]\.$"}}, name]])
        surname = {"ORTH": {"IN": sorted(self.lex.surnames)}}
        # "Seo-yeon Kim": a hyphenated given name with a small second syllable before a known family name (p26f)
        self._add("person_surname", [[name, surname], [name, hyphen, name, surname],
                                     [name, hyphen, {"TEXT": {"REGEX": r"^[a-z]{2,4}$"}}, surname]])
        role_compound = [[{"LOWER": {"REGEX": self.role_compound_rx.pattern}}]] if self.role_compound_rx else []
        # "co-founder Dr Jana Roe": an academic title between the role and the name (skipped in name_cues)
        title: dict = {"LOWER": {"IN": sorted(cues["person_title"]) or ["dr"]}, "OP": "?"}
        self._add("person_role", [c + [title, name, name] for c in cp(cues["person_prefix"]) + role_compound]
                  + [c + [name, hyphen, name, name] for c in cp(cues["person_prefix"]) + role_compound]
                  # "CEO Jana Roe-Berger": a double family name
                  + [c + [name, name, hyphen, name] for c in cp(cues["person_prefix"]) + role_compound]
                  # "Acme's chief executive, Jana Roe, said": a name between commas after a role (the closing
                  # comma is left out of the name in name_cues)
                  + [c + [{"ORTH": ","}, name, name, {"ORTH": ","}] for c in cp(cues["person_prefix"])])
        role_first = sorted({self._toks(c)[0] for c in cues["person_prefix"]})
        filler: dict = {"LOWER": {"IN": ["derzeit", "also", "a", "an", "the", "der", "die", "ehemaliger",
                                         "ehemalige", "former", "now", "currently", "leitender", "leitende",
                                         "seit", "langjähriger", "langjährige", "longtime", "top"]}, "OP": "{0,2}"}
        self._add("person_appos", [[name, name, {"ORTH": ","}, filler, {"LOWER": {"IN": role_first}}],
                                   # "Jana O'Roe-Berger, the co-founder of": a double family name
                                   [name, name, hyphen, name, {"ORTH": ","}, filler, {"LOWER": {"IN": role_first}}],
                                   # "Jana Roe, who runs ...", "Jana Roe, a Japanese roboticist who ...": only a
                                   # person is "who" (English)
                                   [name, name, {"ORTH": ","}, {"LOWER": "who"}],
                                   # "Min-jun Park, who": a hyphenated given name in two parts
                                   [name, hyphen, {"IS_LOWER": True, "IS_ALPHA": True, "LENGTH": {"<=": 4}}, name,
                                    {"ORTH": ","}, {"LOWER": "who"}],
                                   [name, name, {"ORTH": ","}, {"LOWER": {"IN": ["a", "an"]}},
                                    {"IS_ALPHA": True, "OP": "{1,3}"}, {"LOWER": "who"}]]
                  # "Park Sunghyun, Acme's co-founder and chief executive": a name in an apposition with a
                  # company's person role (names whose family name comes first have no other cue)
                  # (p23d: also "the company's chief medical officer")
                  + [[name, name, {"ORTH": ","}, *owner,
                      {"ORTH": {"IN": ["'s", "’s", "'", "’"]}}, filler, *role]
                     for owner in ([{"TEXT": {"REGEX": NAME_RX}, "OP": "{1,2}"}],
                                   [{"LOWER": "the"}, {"LOWER": {"IN": ["company", "firm", "group", "startup", "start-up"]}}])
                     for role in ([{"LOWER": {"IN": ["co-founder", "cofounder", "founder", "ceo", "cto", "cfo", "coo",
                                                     "chairman", "chairwoman", "president"]}}],
                                  [{"LOWER": "co"}, {"ORTH": "-"}, {"LOWER": "founder"}],
                                  [{"LOWER": "chief"}, {"LOWER": {"IN": ["executive", "technology", "operating",
                                                                         "financial", "scientist", "research",
                                                                         "medical", "scientific", "science", "product",
                                                                         "commercial", "digital", "data"]}}])])
        variant = {"LOWER": {"IN": sorted(cues["model_variant"])}, "OP": "{0,2}"}
        # a letter and digits ("Kimi K3") only after a known model (checked in name_cues)
        letter_version = {"TEXT": {"REGEX": VERSION_RX[:-2] + r"|[A-Z]\d{1,2})$"}}
        # "Qwen3-Max": a known model and a capitalised variant (checked in name_cues)
        self._add("model_version", [[{"TEXT": {"REGEX": NAME_RX}, "OP": "{1,2}"}, {"ORTH": "-", "OP": "?"},
                                     letter_version, variant],
                                    # "Kerntal-LM 3": a hyphenated name, then the version
                                    # ("Kerntal-Prover-V2": also after a hyphen; p23c)
                                    [{"TEXT": {"REGEX": NAME_RX}}, {"ORTH": "-"}, {"TEXT": {"REGEX": NAME_RX}},
                                     {"ORTH": "-", "OP": "?"}, letter_version, variant],
                                    [{"TEXT": {"REGEX": NAME_RX}}, {"ORTH": "-"},
                                     {"LOWER": {"IN": sorted(cues["model_variant"])}, "IS_TITLE": True}],
                                    # "GeneLens-XL": a size in capitals (p23d)
                                    [{"TEXT": {"REGEX": NAME_RX}}, {"ORTH": "-"},
                                     {"LOWER": {"IN": sorted(cues["model_variant"])}, "IS_UPPER": True}, variant]])
        # "das Modell Axelion A1": a version or a letter and digits after the name
        # ("das Sprachmodell Aurion One": a second capitalised word, checked in name_cues)
        model_compounds = sorted(cues["model_compound_head"], key=len, reverse=True)
        # "Googles Zeitreihenmodell X": a compound ending in a model noun, like a model cue
        model_compound = [[{"LOWER": {"REGEX": model_compound_rx(model_compounds, cues["model_compound_other"])}}]] \
            if model_compounds else []
        self._add("model_prefix", [c + [quote, name, {"ORTH": "-", "OP": "?"},
                                        {"TEXT": {"REGEX": VERSION_RX[:-2] + r"|[A-Z]\d{1,2})$"}, "OP": "?"}]
                                   for c in cp(cues["model_prefix"]) + model_compound]
                  + [c + [name, {"IS_TITLE": True, "IS_ALPHA": True}] for c in cp(cues["model_prefix"]) + model_compound]
                  # "das Modell Yi-Lightning": a hyphenated name (checked in name_cues)
                  # ("das Planungsmodell Atlas-Plan": after a compound ending in a model noun too)
                  + [c + [quote, name, hyphen, {"TEXT": {"REGEX": NAME_RX}, "IS_ALPHA": True}]
                     for c in cp(cues["model_prefix"]) + model_compound])
        model_heads = cp(cues["model_head"])
        model_lead: list[dict] = [{"TEXT": {"REGEX": NAME_RX}, "OP": "{1,2}"}, {"ORTH": "-", "OP": "?"}]
        self._add("model_head", [model_lead + c for c in model_heads])
        self._add("model_family", [[name, hyphen, {"LOWER": {"IN": last("model_family_head")}}],
                                   [name, {"LOWER": {"IN": last("model_family_head")}}],
                                   # "an upgrade of the original Drift" beside "Drift 2" (checked in name_cues)
                                   [{"LOWER": {"IN": sorted(cues["model_original"])}}, name]])
        code = {"TEXT": {"REGEX": CODE_RX}}
        self._add("hw_code", [[{"TEXT": {"REGEX": NAME_RX}, "OP": "?"}, code],
                              [{"TEXT": {"REGEX": NAME_RX}}, hyphen, code]])
        self._add("hw_head", [[name, {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": sorted(self.hw_heads)}}],
                              # "the Exynos 2600 processor": a name and a number of up to five digits
                              [name, {"TEXT": {"REGEX": r"^\d{2,5}[A-Za-z]{0,2}$"}}, {"LOWER": {"IN": sorted(self.hw_heads)}}],
                              # p25f: "its Zeta-10H chip": a hyphenated number code
                              [name, hyphen, {"TEXT": {"REGEX": r"^\d{1,5}[A-Za-z]{0,2}$"}},
                               {"LOWER": {"IN": sorted(self.hw_heads)}}],
                              # "its Halcyon X2 inference accelerator": a name with a code before the chip's use
                              [name, code, {"LOWER": {"IN": ["inference", "training"]}},
                               {"LOWER": {"IN": sorted(self.hw_heads)}}]])
        code_part = {"TEXT": {"REGEX": r"^(?:[A-Z]{0,3}\d+[A-Za-z]{0,2}|[vV]\d+(?:\.\d)?)$"}, "OP": "?"}
        # "der Chip Zeta 200", "der Beschleuniger ZX-40": a code after a blank or a hyphen
        # ("der Beschleuniger Neuron-S": capital letters after the hyphen, checked in name_cues)
        self._add("hw_prefix", [c + [name, code_part] for c in cp(cues["hw_prefix"])]
                  + [c + [name, hyphen, {"TEXT": code_part["TEXT"]}] for c in cp(cues["hw_prefix"])]
                  + [c + [name, hyphen, {"TEXT": {"REGEX": r"^[A-Z]{1,3}$"}}] for c in cp(cues["hw_prefix"])]
                  # p26a: "der Interconnect-Chip QX-Link": capitals, a hyphen and a capitalised word
                  + [c + [{"TEXT": {"REGEX": r"^[A-Z]{2,4}$"}}, hyphen, {"IS_TITLE": True, "IS_ALPHA": True}]
                     for c in cp(cues["hw_prefix"])]
                  # "Beschleuniger vom Typ Acme Metis": a maker's name and a second word (German; checked in name_cues)
                  + [c + [name, {"IS_TITLE": True, "IS_ALPHA": True}] for c in cp(cues["hw_prefix"])])
        self._add("product_head", [[{"TEXT": {"REGEX": NAME_RX}, "OP": f"{{1,{n}}}"}] + c
                                   for c in cp(cues["product_head"])])
        # ("den Assistenten Quill Voice": a second capitalised word, checked in name_cues)
        product_prefix = [c + [quote, name] for c in cp(cues["product_prefix"])] \
            + [c + [name, {"IS_TITLE": True, "IS_ALPHA": True}] for c in cp(cues["product_prefix"])] \
            + [c + [name, {"TEXT": {"REGEX": r"^[A-Z]\d{1,2}$"}}] for c in cp(cues["product_prefix"])]
        # (p22c: "der Roboter Kinetra H2" as "der Montageroboter Orvo K2" below)
        compounds = sorted(cues["product_compound_head"], key=len, reverse=True)
        if compounds:
            # "die Übersetzungssoftware X", "die Lernplattform X": a compound ending in a product noun
            # ("der Montageroboter Orvo K2": a letter and digits after the name, checked in name_cues)
            head = {"LOWER": {"REGEX": "^[a-zäöüß]{3,}(?:" + "|".join(compounds) + ")$"}}
            product_prefix += [[head, quote, name], [head, name, {"IS_TITLE": True, "IS_ALPHA": True}],
                               [head, name, {"TEXT": {"REGEX": r"^[A-Z]\d{1,2}$"}}]]
        self._add("product_prefix", product_prefix)
        if cues["naming"] or cues["naming_verb"]:
            # "a chatbot called Acme Assist", "ein Chip mit dem Namen „Quill“", "das Modell heißt Quill"
            # ("Der Roboter heißt Atlas-K": a code letter after the hyphen too)
            self._add("naming", [c + [quote, {"TEXT": {"REGEX": NAME_RX}, "OP": f"{{1,{n}}}"},
                                      {"ORTH": "-", "OP": "?"},
                                      {"TEXT": {"REGEX": f"(?:{VERSION_RX})|(?:{NAME_RX})"}, "OP": "?"}, quote]
                                 for c in cp(cues["naming"] | cues["naming_verb"])])
        if cues["naming_back"]:
            # "Acme Zeta, so der Name, ...": the name before the phrase
            named: list[dict] = [{"TEXT": {"REGEX": NAME_RX}, "OP": "{1,3}"}, {"ORTH": "-", "OP": "?"},
                                 {"TEXT": {"REGEX": f"(?:{VERSION_RX})|(?:{NAME_RX})"}, "OP": "?"}, {"ORTH": ","}]
            self._add("naming_back", [named + c for c in cp(cues["naming_back"])])
        if cues["naming_final_aux"] and cues["naming_final_verb"]:
            # German verb-final naming: "Das Modell soll X heißen", "der Chip wird „X-1“ heißen"
            self._add("naming_final", [[{"LOWER": {"IN": sorted(cues["naming_final_aux"])}}, quote,
                                        {"TEXT": {"REGEX": NAME_RX}, "OP": "{1,3}"}, {"ORTH": "-", "OP": "?"},
                                        {"TEXT": {"REGEX": f"(?:{VERSION_RX})|(?:{NAME_RX})"}, "OP": "?"}, quote,
                                        {"LOWER": {"IN": sorted(cues["naming_final_verb"])}}]])
            if cues["naming_final_object"] and cues["naming_final_object_verb"]:
                # "Das System soll den Namen X tragen": the name after a naming object, a verb of bearing
                self._add("naming_final", [[{"LOWER": {"IN": sorted(cues["naming_final_aux"])}}] + c
                                           + [quote, {"TEXT": {"REGEX": NAME_RX}, "OP": "{1,3}"}, {"ORTH": "-", "OP": "?"},
                                              {"TEXT": {"REGEX": f"(?:{VERSION_RX})|(?:{NAME_RX})"}, "OP": "?"}, quote,
                                              {"LOWER": {"IN": sorted(cues["naming_final_object_verb"])}}]
                                           for c in cp(cues["naming_final_object"])])
        if cues["list_intro"]:
            # "customers include Acme, Zorblax and ...", "Zu den Kunden zählen Acme, ...", "Firmen wie Acme"
            # an intro of function words ("wie", "such as") right after the noun (the matcher then
            # looks around the noun); other intros ("zählen", "include") after up to three words
            fw = {p for p in cues["list_intro"] if set(self._toks(p)) & self.function_words}
            near = [c for c in cp(fw)]
            far = [c for c in cp(cues["list_intro"] - fw)]
            gap_words: dict = {"IS_PUNCT": False, "IS_TITLE": False, "OP": "{0,3}"}
            det = {"LOWER": {"IN": sorted(cues["anaphor_det"] | {"a", "an", "ein", "eine"})}, "OP": "?"}
            for kind, head_kind in (("org_list", "list_org_head"), ("model_list", "list_model_head")):
                words = sorted({w for p in cues[head_kind] for w in self._toks(p)[-1:]})
                if not words:
                    continue
                if self._nlp.lang == "de":
                    head = {"LOWER": {"REGEX": "^[a-zäöüß]*(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")$"}}
                else:
                    head = {"LOWER": {"IN": words}}
                # "Zu den Kunden von Acme zählen ...", "Zu den Investoren des Start-ups gehörten ...": the
                # owner of the noun between it and the intro
                owner: list[dict] = [{"LOWER": {"IN": ["von", "des", "der", "of"]}}, {"IS_PUNCT": False, "OP": "{1,3}"},
                                     {"ORTH": ",", "OP": "?"}]
                adverbs: dict = {"IS_LOWER": True, "IS_ALPHA": True, "OP": "{0,2}"}    # "zählen bislang", "unter anderem"
                self._add(kind, [[head, gap_words] + c + [adverbs, det, {"TEXT": {"REGEX": NAME_RX}}] for c in far]
                          + [[head] + owner + c + [adverbs, det, {"TEXT": {"REGEX": NAME_RX}}] for c in far]
                          + [[head] + c + [det, {"TEXT": {"REGEX": NAME_RX}}] for c in near]
                          # p24f: "X's newspapers, including A and B": a comma before the intro (English)
                          + [[head, {"ORTH": ","}] + c + [det, {"TEXT": {"REGEX": NAME_RX}}]
                             for c in (near + far if self._nlp.lang == "en" else [])]
                          # "Die Modelle von Acme, darunter Quill und ...": the owner, a comma, the intro
                          + [[head] + owner[:2] + [{"ORTH": ","}] + c + [det, {"TEXT": {"REGEX": NAME_RX}}] for c in near])
                if kind == "org_list" and self._nlp.lang == "de":
                    # "die Investoren Acme und Zorblax": the list right after an article and the noun
                    # (checked in name_cues: a second item must follow)
                    self._add("org_list_appos", [[{"LOWER": {"IN": sorted(cues["anaphor_det"])}}, head,
                                                  {"TEXT": {"REGEX": NAME_RX}}]])
        if cues["list_funding_head"] and cues["list_funding_prep"]:
            # p22b: "erhält 48 Millionen Euro, unter anderem von A, B und dem Konzern C": funders listed after a sum
            det = {"LOWER": {"IN": sorted(cues["anaphor_det"])}, "OP": "?"}
            self._add("org_list", [[{"LOWER": {"IN": sorted(cues["list_funding_head"])}}, {"ORTH": ",", "OP": "?"},
                                    {"IS_LOWER": True, "IS_ALPHA": True, "OP": "{0,2}"},
                                    {"LOWER": {"IN": sorted(cues["list_funding_prep"])}}, det,
                                    {"TEXT": {"REGEX": NAME_RX}}]])
        if cues["org_maker_prep"]:
            # "H200-Chips von Acme", "das Sprachmodell Quill von Acme", "models from Acme"
            things = sorted(w for w, t in self.type_nouns.items() if t != "Organization")
            if self._nlp.lang == "de":
                thing: dict = {"LOWER": {"REGEX": "^[a-zäöüß]*(?:" + "|".join(sorted(things, key=len, reverse=True)) + ")$"}}
            else:
                thing = {"LOWER": {"IN": things}}
            prep = {"LOWER": {"IN": sorted(cues["org_maker_prep"])}}
            after = {"TEXT": {"REGEX": NAME_RX}, "OP": "{1,3}"}
            self._add("org_maker", [[thing, {"TEXT": {"REGEX": NAME_RX}, "OP": "?"}, prep, after]])
        if cues["media_dative_det"]:
            # "sagte Jane Roe dem Handelsblatt.", "sagte er der „Zeit“": a dative after a speech verb
            self._add("media_dative", [[{"LOWER": {"IN": sorted(cues["speech_verb"])}},
                                        {"IS_PUNCT": False, "OP": "{0,3}"},
                                        {"LOWER": {"IN": sorted(cues["media_dative_det"])}}, quote,
                                        {"TEXT": {"REGEX": NAME_RX}}, quote, {"IS_PUNCT": True}],
                                       # "sagte sie der Augsburger Allgemeinen."
                                       [{"LOWER": {"IN": sorted(cues["speech_verb"])}},
                                        {"IS_PUNCT": False, "OP": "{0,3}"},
                                        {"LOWER": {"IN": sorted(cues["media_dative_det"])}},
                                        {"TEXT": {"REGEX": NAME_RX}}, {"TEXT": {"REGEX": NAME_RX}}, {"IS_PUNCT": True}]])
        if cues["media_dative_det"] and cues["media_kind"]:
            # "sagte Jane Roe dem Magazin Zeta Kurier.": the outlet's kind between the article and the
            # name, the name up to a punctuation mark (German: the kind also as a compound's end)
            kinds = sorted(cues["media_kind"], key=len, reverse=True)
            kind_word = {"LOWER": {"REGEX": "^[a-zäöüß-]*(?:" + "|".join(kinds) + ")$"}} \
                if self._nlp.lang == "de" else {"LOWER": {"IN": kinds}}
            # German: an outlet written in lower case after its kind in an interview ("im Interview mit
            # dem Fachmagazin top agrar.", p23a)
            lower_case_outlet: list[list[dict[str, Any]]] = [
                [{"LOWER": {"IN": ["interview", "gespräch"]}}, {"LOWER": "mit"},
                 {"LOWER": {"IN": sorted(cues["media_dative_det"])}}, kind_word,
                 {"IS_LOWER": True, "IS_ALPHA": True, "OP": "{1,2}"}, {"IS_PUNCT": True}],
            ] if self._nlp.lang == "de" else []
            self._add("media_dative_kind", [[{"LOWER": {"IN": sorted(cues["speech_verb"])}},
                                             {"IS_PUNCT": False, "OP": "{0,3}"},
                                             {"LOWER": {"IN": sorted(cues["media_dative_det"])}}, kind_word, quote,
                                             {"TEXT": {"REGEX": NAME_RX}},
                                             {"TEXT": {"REGEX": "^(?:" + NAME_RX[1:-1] + "|-)$"}, "OP": "{0,3}"},
                                             quote, {"IS_PUNCT": True}],
                                            # a quoted name with "und" ("dem Magazin „Markt und Mittelstand“"; p24a)
                                            # (the quotes make it one name: also after an apposition)
                                            [{"LOWER": {"IN": sorted(cues["media_dative_det"])}}, kind_word,
                                             {"ORTH": {"IN": ["„", "\"", "“", "»"]}},
                                             {"TEXT": {"REGEX": NAME_RX}}, {"LOWER": {"IN": ["und", "&"]}},
                                             {"TEXT": {"REGEX": NAME_RX}},
                                             {"ORTH": {"IN": ["“", "\"", "”", "«"]}}, {"IS_PUNCT": True}],
                                            *lower_case_outlet])
        things = sorted(w for w, t in self.type_nouns.items() if t != "Organization")
        if things:
            thing_word = {"LOWER": {"REGEX": "^[a-zäöüß]*(?:" + "|".join(sorted(things, key=len, reverse=True)) + ")$"}} \
                if self._nlp.lang == "de" else {"LOWER": {"IN": things}}
            dets = sorted(cues["anaphor_det"] | cues["appos_article"] | cues["anaphor_org_poss"])
            # "Acme released Quill, its new model," / "Quill, the science model Acme withdrew": the
            # name before an apposition whose head is a model, chip or product noun
            # (lower-case words or an acronym between: "its own AI accelerator"; a hyphenated
            # modifier: "Quill, a speech-recognition model")
            thing_filler = {"TEXT": {"REGEX": r"^(?:[a-zäöüß][\w-]*|[A-Z]{2,3}|['’]s)$"}, "OP": "{0,3}"}
            self._add("thing_appos", [[{"TEXT": {"REGEX": NAME_RX}, "OP": "{1,3}"}, {"ORTH": ","},
                                       {"LOWER": {"IN": dets}}, thing_filler, thing_word],
                                      # p27f: a name with a dotted version ("Zelda 3.0, a government-funded
                                      # supercomputer")
                                      [{"TEXT": {"REGEX": NAME_RX}, "OP": "{1,2}"},
                                       {"TEXT": {"REGEX": r"^\d{1,2}\.\d{1,2}$"}}, {"ORTH": ","},
                                       {"LOWER": {"IN": dets}}, {"TEXT": {"REGEX": r"^(?:[a-z][\w-]*|-|[A-Z]{2,3})$"}, "OP": "{0,4}"},
                                       thing_word],
                                      # a name with a version after a hyphen ("the Zeta-2, an accelerator")
                                      [{"TEXT": {"REGEX": NAME_RX}, "OP": "{1,2}"}, {"ORTH": "-"},
                                       {"TEXT": {"REGEX": r"^\d{1,4}[A-Za-z]{0,2}$"}}, {"ORTH": ","},
                                       {"LOWER": {"IN": dets}}, thing_filler, thing_word],
                                      [{"TEXT": {"REGEX": NAME_RX}, "OP": "{1,3}"}, {"ORTH": ","},
                                       {"LOWER": {"IN": dets}}, {"IS_LOWER": True, "OP": "{0,2}"},
                                       {"IS_LOWER": True}, {"ORTH": "-"}, {"IS_LOWER": True},
                                       # an acronym may follow ("a low-power AI chip"; p26f)
                                       {"TEXT": {"REGEX": r"^[A-Z]{2,3}$"}, "OP": "?"}, thing_word],
                                      # German: a maker and a participle between ("X, ein von Acme entwickeltes Modell")
                                      [{"TEXT": {"REGEX": NAME_RX}, "OP": "{1,3}"}, {"ORTH": ","},
                                       {"LOWER": {"IN": dets}}, {"LOWER": {"IN": ["von", "vom"]}},
                                       {"TEXT": {"REGEX": NAME_RX}, "OP": "{1,3}"},
                                       {"LOWER": {"REGEX": r"^[a-zäöüß]+(?:e|es|en|er|em)$"}, "OP": "{1,2}"}, thing_word]])
            if self._nlp.lang == "en":
                # a size before the head ("a 14-billion-parameter model", "a 7B model"), after a name or
                # a hyphenated one ("Halo-Med, a ..."; p22f)
                size: list[dict[str, Any]] = [{"TEXT": {"REGEX": r"^\d[\d.,]*[BMK]?$"}}, {"TEXT": {"REGEX": r"^(?:-|[a-z]+)$"}, "OP": "{0,4}"}]
                # several hyphenated modifiers ("X, the company's on-device vision-language model"; p24e)
                # after an owner's "'s" or as two hyphenated words, never "a start-up building models")
                lower, dash, maybe = {"IS_LOWER": True}, {"ORTH": "-"}, {"IS_LOWER": True, "OP": "?"}
                self._add("thing_appos", [[{"TEXT": {"REGEX": NAME_RX}, "OP": "{1,3}"}, {"ORTH": ","},
                                           {"LOWER": {"IN": dets}}, maybe, {"ORTH": {"IN": ["'s", "’s"]}}, maybe,
                                           lower, dash, lower, maybe, {"ORTH": "-", "OP": "?"}, maybe, thing_word],
                                          [{"TEXT": {"REGEX": NAME_RX}, "OP": "{1,3}"}, {"ORTH": ","},
                                           {"LOWER": {"IN": dets}}, lower, dash, lower, lower, dash, lower, thing_word],
                                          [{"TEXT": {"REGEX": NAME_RX}, "OP": "{1,3}"}, {"ORTH": ","},
                                           {"LOWER": {"IN": dets}}, *size, thing_word],
                                          [{"TEXT": {"REGEX": NAME_RX}}, {"ORTH": "-"}, {"TEXT": {"REGEX": NAME_RX}},
                                           {"ORTH": ","}, {"LOWER": {"IN": dets}}, *size, thing_word]])
            # "a lab assistant app, Quill Bench." : the name after such an apposition's head
            # ("Acmes' Quill chips": the apostrophe of a name in -s; checked in name_cues)
            poss = sorted(cues["anaphor_org_poss"] | {"'s", "’s", "their", "ihr", "ihre", "ihren", "ihrem"}
                          | ({"'", "’", "whose"} if self._nlp.lang != "de" else {"dessen", "deren"}))
            # "its Quill model", "Acme's Quill chips", "seine Quill-Chips"
            # ("its own Quill model": "own" between)
            self._add("thing_poss", [[{"LOWER": {"IN": poss}}, {"LOWER": "own", "OP": "?"},
                                      {"TEXT": {"REGEX": NAME_RX}, "OP": "{1,2}"},
                                      {"ORTH": "-", "OP": "?"}, thing_word]])
            if self._nlp.lang != "de" and self.places:
                # "France's Vexa", "Japan's Quibbl Labs": a name owned by a country or city is its company
                # ("Berlin-based Vexa": a company based in a place)
                self._add("org_place_poss", [[{"LOWER": {"IN": sorted(self.places)}}, {"ORTH": {"IN": ["'s", "’s"]}},
                                              {"TEXT": {"REGEX": NAME_RX}, "OP": "{1,3}"}],
                                             [{"LOWER": {"IN": sorted(self.places)}, "IS_TITLE": True}, {"ORTH": "-"},
                                              {"LOWER": "based"}, {"TEXT": {"REGEX": NAME_RX}, "OP": "{1,3}"}]])
            if self._nlp.lang != "de" and cues["org_part_head"]:
                # "its Skyward unit", "Acme's Quill division": a part of a company is an organisation
                self._add("org_unit", [[{"LOWER": {"IN": poss}}, {"TEXT": {"REGEX": NAME_RX}, "OP": "{1,2}"},
                                        {"LOWER": {"IN": sorted(cues["org_part_head"])}}]])
            if self._nlp.lang == "de":
                # (a company noun too: "hat mit Acme einen neuen Partner gefunden")
                any_type_word = {"LOWER": {"REGEX": "^[a-zäöüß]*(?:" + "|".join(
                    sorted((w for w in self.type_nouns if w.isalpha()), key=len, reverse=True)) + ")$"}}
                # "hat mit Zeta-7 einen Chip entworfen", "hat mit dem Quill seinen ersten KI-Beschleuniger
                # vorgestellt": the name after "mit" is the thing the object noun names
                with_det = sorted(w for w in cues["org_release_det"] if w not in cues["org_release_det_initial"]
                                  or w.startswith("ein"))
                self._add("thing_with", [[{"LOWER": "mit"}, {"LOWER": {"IN": ["dem", "der"]}, "OP": "?"}, quote,
                                          {"TEXT": {"REGEX": NAME_RX}}, {"ORTH": "-", "OP": "?"},
                                          {"TEXT": {"REGEX": r"^[\w.]+$"}, "OP": "?"}, quote,
                                          # "betreibt mit Aurex bereits ein eigenes Modell": an adverb between
                                          {"LOWER": {"IN": ["bereits", "schon", "nun", "jetzt", "inzwischen",
                                                            "längst", "ebenfalls", "erstmals"]}, "OP": "?"},
                                          {"LOWER": {"IN": with_det}},
                                          {"TEXT": {"REGEX": r"^(?:[a-zäöüß]\w*|-|[A-Z]{2,3})$"}, "OP": "{0,4}"},
                                          any_type_word]])
            # "Acme's first chip, the Z1, ...": a lower-case article may open the name's part
            # ("Der erste Chip des Start-ups, der Z1, ...": the owner in a genitive between)
            owner_gen: list[dict] = [{"LOWER": {"IN": ["des", "von", "of"]}},
                                     {"TEXT": {"NOT_IN": [",", ".", ";", ":", "(", ")"]}, "OP": "{1,4}"}]
            owners: list[list[dict]] = [[], owner_gen]
            # ("a real-time voice model, Quill,": hyphenated modifiers, split by the tokenizer)
            appos_filler = {"TEXT": {"REGEX": r"^(?:[a-zäöüß][\w-]*|-|[A-Z]{2,3}|['’]s)$"}, "OP": "{0,5}"}
            appos_head: list[dict] = [{"LOWER": {"IN": dets + ["'s", "’s"]}}, appos_filler, thing_word]
            tail: list[dict] = [{"ORTH": ","}, {"ORTH": {"IN": ["the", "a", "an", "die", "der", "das", "den"]}, "OP": "?"},
                                {"TEXT": {"REGEX": NAME_RX}, "OP": "{1,3}"}, {"ORTH": {"IN": [".", ",", ";"]}}]
            # "Acme's first chip, the ZX-400, ...", "its flagship model, Quill-L,": a hyphenated code as the name
            tail_code: list[dict] = tail[:2] + [{"TEXT": {"REGEX": NAME_RX}}, {"ORTH": "-"},
                                                {"TEXT": {"REGEX": r"^(?:[A-Z]{0,3}\d{1,4}[A-Za-z]{0,2}|[A-Z][a-z]+|[A-Z]{1,4})$"}},
                                                {"TEXT": {"REGEX": r"^\d{1,3}(?:\.\d)?$"}, "OP": "?"}, tail[3]]
            # "hat seinen ersten Chip vorgestellt, den Z1": a German participle before the comma
            shown: list[dict] = [{"LOWER": {"IN": ["vorgestellt", "präsentiert", "veröffentlicht", "enthüllt",
                                                   "gezeigt", "angekündigt", "vorgelegt"]}, "OP": "?"}]
            self._add("thing_appos_name", [appos_head + gen + shown + t for gen in owners for t in (tail, tail_code)])
            if self._nlp.lang != "de":
                # "its venture arm, Quillventures," / "Acme's chip unit, Zorbix,": a company noun after a
                # possessive types the name in the apposition after it
                orgs = sorted(w for w, t in self.type_nouns.items() if t == "Organization")
                # (a person's too: "left to start her own company, Quillstone,"; and an indefinite
                # one: "to start a robotics firm, Kinetica,")
                org_poss = sorted(cues["anaphor_org_poss"] | {"'s", "’s", "their", "his", "her", "a", "an"})
                org_head: list[dict] = [{"LOWER": {"IN": org_poss}}, thing_filler, {"LOWER": {"IN": orgs}}]
                self._add("org_appos_name", [org_head + tail])
        if cues["thing_release_verb"]:
            # "Acme released Quill last week": the object of a release verb is a model
            self._add("thing_release", [[{"LOWER": {"IN": sorted(cues["thing_release_verb"])}},
                                         {"TEXT": {"REGEX": NAME_RX}, "OP": "{1,2}"}]])
        if cues["person_agent_prefix"]:
            # "co-founded by Jane Roe", "gegründet von Jana Brücke"
            self._add("person_agent", [c + [name, name] for c in cp(cues["person_agent_prefix"])]
                      + [c + [name, hyphen, name, name] for c in cp(cues["person_agent_prefix"])])
        self._add("camel_case", [[{"TEXT": {"REGEX": CAMEL_RX}}]])
        self._add("web_name", [[{"TEXT": {"REGEX": WEB_NAME_RX}}]])
        # an apposition names the kind of a new name: "Acme, a Boston startup,", "Acme, ein Start-up aus ..."
        appos = [p for p in cues["org_prefix"] if self._toks(p) and not self.lex.is_stop(self._toks(p)[-1])
                 and (not set(self._toks(p)) & PERSONLIKE_HEADS or self._toks(p)[0] in ORG_ONLY_MODIFIERS)]
        article: dict = {"LOWER": {"IN": sorted(cues["appos_article"])}}
        # words of the apposition before its head; a hyphen belongs to them ("a Berlin-based startup")
        filler = {"TEXT": {"NOT_IN": [",", ".", ";", ":", "(", ")", "!", "?", '"', "„", "“", "”"]}, "OP": "{0,4}"}
        appos_start: list[dict] = [{"TEXT": {"REGEX": NAME_RX}, "OP": "{1,3}"}, {"ORTH": ","}, article, filler]
        # "M12, Microsoft's venture fund,": a company's possessive instead of the article
        appos_poss: list[dict] = [{"TEXT": {"REGEX": NAME_RX}, "OP": "{1,3}"}, {"ORTH": ","}, {"TEXT": {"REGEX": NAME_RX}},
                                  {"ORTH": {"IN": ["'s", "’s"]}}, filler]
        # "Zentrix aus Dresden, eine Ausgründung des ...": the origin stands between name and apposition (p17c)
        appos_from: list[dict] = [{"TEXT": {"REGEX": NAME_RX}, "OP": "{1,3}"}, {"LOWER": "aus"},
                                  {"TEXT": {"REGEX": NAME_RX}, "OP": "{1,2}"}, {"ORTH": ","}, article, filler]
        self._add("org_appos", [appos_start + c for c in cp(appos)]
                  + ([appos_poss + c for c in cp(appos)] if self._nlp.lang == "en" else [])
                  + ([appos_from + c for c in cp(appos)] if self._nlp.lang == "de" else []))
        if cues["org_compound_head"]:
            # German: a compound whose head names a company's kind ("X, die Netztochter von Y,", "X, ein
            # Berliner Cloudanbieter,"; p17c)
            kind_heads = sorted((re.escape(h) for h in cues["org_compound_head"]), key=len, reverse=True)
            compound = {"LOWER": {"REGEX": "^[a-zäöüß][a-zäöüß-]*(?:" + "|".join(kind_heads) + ")$"}}
            self._add("org_appos", [appos_start + [compound], appos_from + [compound]])
        if cues["org_copula"]:
            # "Acme is a London startup", "Acme ist ein Start-up aus Dresden": a copula names the kind too
            copula_start: list[dict] = [{"TEXT": {"REGEX": NAME_RX}, "OP": "{1,3}"},
                                        {"LOWER": {"IN": sorted(cues["org_copula"])}}, article, filler]
            self._add("org_copula", [copula_start + c for c in cp(appos)])
        # "Acme, which makes chips": a relative clause of making or selling is about a company
        if cues["anaphor_org_recent"] and cues["org_poss_head"] and self._nlp.lang == "de":
            # "Quibbl aus Peking, dessen Modell Lantern ...": a new name whose model, chips or
            # staff a relative "dessen"/"deren" names is a company
            self._add("org_whose", [[{"TEXT": {"REGEX": NAME_RX}, "OP": "{1,3}"},
                                     {"LOWER": "aus", "OP": "?"}, {"TEXT": {"REGEX": NAME_RX}, "OP": "{0,2}"},
                                     {"ORTH": ","}, {"LOWER": {"IN": sorted(cues["anaphor_org_recent"])}},
                                     {"IS_LOWER": True, "OP": "{0,2}"},
                                     {"LOWER": {"IN": sorted(cues["org_poss_head"])}}]])
        if cues["org_relative_verb"]:
            self._add("org_relative", [[{"TEXT": {"REGEX": NAME_RX}, "OP": "{1,3}"}, {"ORTH": ","},
                                        {"LOWER": {"IN": sorted(cues["org_relative_pronoun"])}},
                                        {"LOWER": {"IN": sorted(cues["org_relative_verb"])}}]])
        det = {"LOWER": {"IN": sorted(cues["anaphor_det"])}}
        # the words between determiner and noun; no second determiner ("hat das Unternehmen das
        # Start-up X gekauft" has two anaphors, not one from "das" to "Start-up")
        gap = {"IS_SPACE": False, "TEXT": {"NOT_IN": [",", ".", ";", ":", "(", ")", "!", "?"]},
               "LOWER": {"NOT_IN": sorted(cues["anaphor_det"])}, "OP": "{0,4}"}
        self._add("anaphor_org", [[det, gap] + c for c in cp(cues["anaphor_org"])])
        if cues["anaphor_org_compound_head"]:
            # "der Versicherungskonzern", "der Softwareriese": a compound no cue lists, ending in
            # one of these heads; not one naming another organisation ("der Mutterkonzern")
            heads = "|".join(sorted(re.escape(h) for h in cues["anaphor_org_compound_head"]))
            other_mods = "|".join(sorted(re.escape(h) for h in cues["anaphor_org_other_modifier"])) or "(?!)"
            self._add("anaphor_org", [[det, gap, {"LOWER": {"REGEX": f"^(?!{other_mods})[a-zäöüß]{{3,}}(?:{heads})$"}}]])
        self._add("anaphor_per", [[{"LOWER": {"IN": sorted(cues["anaphor_per"])}}]])
        # "es", "ihn": a thing or an organisation named before, by the gender of its noun (linking)
        if cues["anaphor_thing"]:
            self._add("anaphor_thing", [[{"LOWER": {"IN": sorted(cues["anaphor_thing"])}, "IS_SENT_START": False}]])
        if cues["anaphor_per_noun"]:
            # "Die Forscherin war ...", "Der Manager kam ...": a profession with its definite article
            # (a masculine one opening the sentence: elsewhere "der Forscher" is mostly a plural)
            genders = dict(c.split(maxsplit=1) for c in cues["anaphor_per_noun"])
            nouns = {g: sorted(n for n, x in genders.items() if x in (g, "-")) for g in ("f", "m")}
            fill: dict = {"IS_SPACE": False, "TEXT": {"NOT_IN": [",", ".", ";", ":", "(", ")", "!", "?", '"', "„", "“", "”"]},
                          "LOWER": {"NOT_IN": sorted(cues["anaphor_det"])}, "OP": "{0,3}"}
            # after a speech verb too: "sagte der Manager dem Blatt", ", so der 46-Jährige" (the
            # speaker, no genitive plural); the mention is the noun alone
            masc = {"LOWER": {"IN": nouns["m"]}}
            speech: list[list[dict]] = [[{"LOWER": {"IN": sorted(cues["speech_verb"])}}], [{"ORTH": ","}, {"LOWER": "so"}]] \
                if cues["speech_verb"] else [[{"ORTH": ","}, {"LOWER": "so"}]]
            self._add("anaphor_per", [p for p in ([{"LOWER": "die"}, fill, {"LOWER": {"IN": nouns["f"]}}],
                                                  [{"LOWER": "der", "IS_SENT_START": True}, fill, masc],
                                                  *(v + [{"LOWER": "der"}, fill, masc] for v in speech))
                                      if p[-1]["LOWER"]["IN"]])
        self._add("anaphor_org_speaker", [[{"LOWER": {"IN": sorted(cues["anaphor_org_speaker"])}}]])
        self._add("anaphor_org_poss", [[{"LOWER": {"IN": sorted(cues["anaphor_org_poss"])}}]])
        # "Dessen Chef ...": a sentence-initial relative possessive points at the last name before it
        self._add("anaphor_org_recent", [[{"LOWER": {"IN": sorted(cues["anaphor_org_recent"])},
                                           "IS_SENT_START": True}]])
        if cues["anaphor_org_it"] and cues["anaphor_it_verb"]:
            # "It also bought X.", ", and it runs ...", "when it acquired ...": a subject pronoun
            # before a verb of what companies do; the linker takes the organisation that is the
            # subject of its clause or of the sentence before
            it_word: dict = {"LOWER": {"IN": sorted(cues["anaphor_org_it"])}}
            it_adverb: dict = {"LOWER": {"IN": sorted(cues["anaphor_it_adverb"] or ["also"])}, "OP": "{0,2}"}
            it_verb: dict = {"LOWER": {"IN": sorted(cues["anaphor_it_verb"])}}
            # lead words, among them the last word of a time phrase ("Last year it merged ...", "in July it
            # bought ..."), and a year ("In 2023 it bought ...")
            it_leads: list[list[dict]] = [[{"LOWER": {"IN": sorted(cues["anaphor_it_lead"])}}]] if cues["anaphor_it_lead"] else []
            if self._nlp.lang == "en":
                it_leads.append([{"TEXT": {"REGEX": r"^(?:19|20)\d\d$"}}])
            self._add("anaphor_org_it", [[dict(it_word, IS_SENT_START=True), it_adverb, it_verb]]
                      + [w + [it_word, it_adverb, it_verb] for w in it_leads])
        self._add("anaphor_org_pair", cp(cues["anaphor_org_pair"]))
        if cues["anaphor_org_demonym"]:
            # "Die Münchner haben ...", "hatten die Walldorfer ...": the people of a place, before a
            # verb (no noun after it: "die Münchner Firma"; no coordination: "die Berliner und ...")
            # (p26a: or ending the sentence: "arbeitet als Forschungschef für die Kieler.")
            self._add("anaphor_org_demonym", [[{"LOWER": "die"}, {"LOWER": {"IN": sorted(cues["anaphor_org_demonym"])}},
                                               {"IS_LOWER": True, "IS_ALPHA": True,
                                                "LOWER": {"NOT_IN": ["und", "oder", "sowie", "bis"]}}],
                                              [{"LOWER": "die"}, {"LOWER": {"IN": sorted(cues["anaphor_org_demonym"])}},
                                               {"ORTH": "."}]])
        if cues["anaphor_per_pair"]:
            # "Beide hatten zuvor bei X gearbeitet.": a pronoun opening the sentence before a verb
            self._add("anaphor_per_pair", [[{"LOWER": {"IN": sorted(cues["anaphor_per_pair"])}, "IS_SENT_START": True},
                                            {"IS_LOWER": True, "IS_ALPHA": True}]])

    # ---- filtering -------------------------------------------------------------------------
