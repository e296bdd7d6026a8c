"""The extractor's word lists, read from data files a linguist can edit.

One folder per language under ``ontologies/lexicons/`` (``de/``, ``en/``) plus ``common/``:

``cues.tsv``
    ``kind<TAB>phrase``: cue words that mark names (``org_prefix``, ``org_suffix``, ...),
    anaphors, negation and speculation. The kinds are listed in ``lexicons/README.md``.
``concepts.tsv``
    ``label<TAB>form|form|...``: the named topics the extractor knows.
``relations.tsv``
    the relation patterns (read by :mod:`kg.extract.relations`).
``verbs.tsv``
    the forms of the verbs the patterns name as ``@lemma`` (read by :mod:`kg.extract.patterns`).
``common/first_names.txt``, ``common/surnames.txt``
    names that mark a person; first names also come from the ``gender-guesser`` package.

German common nouns come from the ``german-nouns`` package (Wiktionary); they keep capitalised
German nouns ("Konzern", "Grafikkarten") from being taken for names.

>>> lex = load_lexicon(DEFAULT_LEXICON_DIR, "de")
>>> "konzern" in lex.cues["anaphor_org"]
True
>>> lex.is_common_noun("Grafikkarten"), lex.is_common_noun("Acmetron")
(True, False)
"""

from __future__ import annotations

import csv
import importlib.resources
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.config import get_settings
from kg.errors import ConfigError

__all__ = ["Lexicon", "load_lexicon", "first_names", "first_name_genders", "german_noun_genders",
           "DEFAULT_LEXICON_DIR", "CUE_KINDS"]

DEFAULT_LEXICON_DIR = get_settings().ontology_dir / "lexicons"

CUE_KINDS = frozenset({
    "org_prefix", "org_suffix", "org_acronym_parent", "org_head", "org_noun_head", "org_part_head", "org_whole_head", "org_modifier_head", "media_prefix",
    "media_suffix", "media_show_head", "person_prefix", "name_particle", "model_prefix", "model_head", "model_variant", "model_variant_alone", "org_region_tail",
    "model_family_head", "model_original", "hw_prefix", "hw_head", "product_head", "product_prefix",
    "anaphor_org", "anaphor_org_speaker", "anaphor_org_poss", "anaphor_poss_verb_next", "anaphor_org_pair", "anaphor_per_pair", "anaphor_org_demonym", "anaphor_org_recent", "anaphor_org_it", "anaphor_it_lead", "anaphor_it_adverb", "anaphor_it_verb", "anaphor_per", "anaphor_per_gender", "anaphor_thing", "anaphor_thing_gender", "anaphor_thing_expletive", "anaphor_per_noun", "anaphor_det", "insert_opener", "clause_subject_word", "interjection", "case_preposition", "genitive_det", "anaphor_org_genitive", "anaphor_object_prep", "anaphor_object_verb", "anaphor_founding_verb", "takeover_hedge", "unit_prefix", "org_compound_head", "org_noun_class", "name_article", "negation", "speculation", "not_name",
    "appos_article", "appos_follower", "org_relative_pronoun", "org_relative_verb", "source_prefix", "source_suffix", "negation_after", "denial_after", "event_noun", "speech_verb",
    "compound_modifier_head", "quantity_word", "version_noun_other",
    "org_release_verb", "org_release_det", "org_release_aux", "org_poss_head", "org_institute_head",
    "org_institute_link", "org_affiliation_prep", "org_object_verb", "org_say_verb", "place",
    "org_release_det_initial", "org_maker_prep", "description_place_prep", "anaphor_org_compound_head", "anaphor_org_other_modifier", "media_dative_det", "thing_release_verb", "org_subject_verb", "naming_verb", "org_name_head", "org_field_head", "org_field_word", "org_name_tail", "place_led_head", "indefinite_article", "noun_name_follower", "org_copula", "org_place_head", "gov_place_head", "gov_place_prep", "place_org_head", "place_name_lead", "media_kind", "product_compound_head", "model_compound_head", "model_compound_other", "naming", "naming_back", "naming_final_aux", "naming_final_verb", "naming_final_object", "naming_final_object_verb", "org_passive_participle", "org_passive_aux", "org_fronted_noun", "successor_noun", "list_org_head", "list_model_head", "list_intro", "person_agent_prefix",
    "coordinated_verb", "coordination_stop", "coordination_adverb", "relative_pronoun", "fronted_preposition", "conjunct_list_intro", "conjunct_holder_noun", "fronted_participle",
    "repeated_preposition", "rivalry_opener", "rivalry_lead", "rivalry_state", "rivalry_own", "rivalry_beside", "announced_product_noun",
    "topic_preposition", "funding_raise_verb", "negation_contrast", "negation_idiom", "person_title", "org_head_qualifier",
    "concept_head", "concept_quote_lead", "concept_call_verb", "concept_call_stop", "org_name_modifier_of", "concept_compound", "concept_adjective", "concept_not_adjective", "concept_modifier", "concept_goal_lead", "list_funding_head", "list_funding_prep", "org_adjective_head", "org_place_adjective_head",
    "former_marker", "setting_preposition", "topic_verb", "anaphor_object_noun",
})


@dataclass
class Lexicon:
    """Every word list of one language."""

    lang: str
    cues: dict[str, frozenset[str]]
    concepts: dict[str, list[str]]             # label -> surface forms
    first_names: frozenset[str]
    surnames: frozenset[str]
    nouns: dict[str, str] = field(default_factory=dict)   # German noun form -> lemma
    tentative_concepts: frozenset[str] = frozenset()   # labels kept only where a relation names them
    # answers of is_common_noun for compounds, by word (bounded: cleared when full)
    _compounds: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)

    def role_words(self) -> frozenset[str]:
        """The words of the person role phrases ("chief", "executive", "co", "-", "founder" of
        "chief executive", "co-founder"), the parts of a hyphenated phrase apart."""
        return frozenset(w for p in self.cues["person_prefix"] for w in p.replace("-", " - ").split())

    def is_common_noun(self, word: str) -> bool:
        """True for a capitalised common noun of the language (German only).

        A compound counts when its head of six letters or more is a noun, in any of its forms
        ("Serienunternehmer", "Basismodellen").
        """
        if word in self.nouns:
            return True
        if not self.nouns or len(word) < 9 or not word.isalpha():
            return False
        known = self._compounds.get(word)
        if known is None:
            if len(self._compounds) > 50_000:
                self._compounds.clear()
            # an inflected head needs a lemma of six letters too: "Nordischen" is no compound of "Ischen"
            known = self._compounds[word] = any(len(self.nouns.get(word[k:].capitalize(), "")) >= 6
                                                for k in range(3, len(word) - 5))
        return known

    def has_noun_head(self, word: str, min_head: int = 4) -> bool:
        """True for a German compound ending in a noun of ``min_head`` letters or more
        ("Finanzierungsrunde"); looser than :meth:`is_common_noun`, for contexts where a name
        is rarely a long German word (the stem of a model version)."""
        if not self.nouns or len(word) < 8 or not word.isalpha() or not word[0].isupper() \
                or not word[1:].islower():
            return False
        return any(word[k:].capitalize() in self.nouns for k in range(3, len(word) - min_head + 1))

    def noun_lemma(self, word: str) -> str:
        """Nominative singular of a German noun form; the word itself when unknown."""
        return self.nouns.get(word, word)

    def is_stop(self, word: str) -> bool:
        """True for words that never start or end a name (function words, months, titles)."""
        return word.lower() in self.cues["not_name"]


def _lines(path: Path) -> list[str]:
    if not path.is_file():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].rstrip() if not line.lstrip().startswith("#") else ""
        if line.strip():
            out.append(line)
    return out


def _read_cues(path: Path) -> dict[str, frozenset[str]]:
    cues: dict[str, set[str]] = defaultdict(set)
    for n, line in enumerate(_lines(path), 1):
        parts = line.split("\t")
        if len(parts) != 2 or parts[0] not in CUE_KINDS:
            raise ConfigError(f"{path}:{n}: expected 'kind<TAB>phrase' with a kind of {sorted(CUE_KINDS)}",
                              hint=f"got {line!r}")
        cues[parts[0]].add(parts[1].strip().lower())
    return {kind: frozenset(cues.get(kind, ())) for kind in CUE_KINDS}


def _read_concepts(path: Path) -> tuple[dict[str, list[str]], frozenset[str]]:
    """label -> forms, and the labels marked ``tentative`` in a third column."""
    concepts, tentative = {}, set()
    for n, line in enumerate(_lines(path), 1):
        label, _, rest = line.partition("\t")
        forms, _, mark = rest.partition("\t")
        if mark.strip() not in ("", "tentative"):
            raise ConfigError(f"{path}:{n}: the third column may only say 'tentative'", hint=f"got {line!r}")
        concepts[label.strip()] = [f.strip() for f in forms.split("|") if f.strip()] + [label.strip()]
        if mark.strip():
            tentative.add(label.strip())
    return concepts, frozenset(tentative)


@lru_cache(maxsize=1)
def first_names(extra_path: str) -> frozenset[str]:
    """First names of the ``gender-guesser`` package plus those in ``extra_path``."""
    names = set(_lines(Path(extra_path)))
    try:
        data = importlib.resources.files("gender_guesser") / "data" / "nam_dict.txt"
        # the file is UTF-8 (as the package's own detector reads it): read otherwise, every
        # name with an accent ("Inês", "José", "Jürgen") would be lost
        with data.open(encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if line.startswith("#") or line.startswith("="):
                    continue
                name = line[3:29].strip()
                if name and "<" not in name and len(name) > 1:
                    names.add(name.replace("+", "-"))
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - dependency missing
        pass
    # the list writes no accent on a capital first letter: "Elodie", "Etienne" stand for the French
    # "Élodie", "Étienne" too
    names.update(["É" + n[1:] for n in names if n.startswith("E") and n[1:2].islower()])
    return frozenset(names)


@lru_cache(maxsize=1)
def first_name_genders() -> dict[str, str]:
    """First names of the ``gender-guesser`` package that are only ever male ("m") or only ever
    female ("f") in it; names listed for both or as unisex ("Andrea", "Kim") are left out."""
    seen: dict[str, set[str]] = {}
    try:
        data = importlib.resources.files("gender_guesser") / "data" / "nam_dict.txt"
        with data.open(encoding="utf-8", errors="replace") as fh:
            for line in fh:
                code = line[:2].strip()
                if not code or code[0] in "#=":
                    continue
                name = line[3:29].strip().replace("+", "-")
                if name and "<" not in name:
                    seen.setdefault(name, set()).update("m" if code.endswith("M") else "f" if code.endswith("F") else "mf")
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - dependency missing
        pass
    return {name: g.pop() for name, g in seen.items() if len(g) == 1}


@lru_cache(maxsize=1)
def _german_nouns() -> dict[str, str]:
    """Every inflected form of every German common noun (not proper names) -> its lemma.

    Nouns without a plural are left out: in this list they are mostly company and product
    names ("Microsoft", "Tesla"), and mass nouns are rarely mistaken for names.
    """
    nouns: dict[str, str] = {}
    try:
        path = importlib.resources.files("german_nouns") / "nouns.csv"
        with path.open(encoding="utf-8") as fh:
            reader = csv.reader(fh)
            header = next(reader)
            plural = [i for i, h in enumerate(header) if "plural" in h]
            for row in reader:
                if len(row) < 8 or row[1] != "Substantiv":
                    continue
                lemma = row[0]
                if not any(row[i] for i in plural if i < len(row)):
                    continue    # no plural: mostly brands and names listed as nouns ("Microsoft")
                for form in row[7:]:
                    if form and form[0].isupper() and " " not in form:
                        nouns.setdefault(form, lemma)
                nouns.setdefault(lemma, lemma)
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - dependency missing
        pass
    return nouns


@lru_cache(maxsize=1)
def german_feminine_nouns() -> frozenset[str]:
    """Lemmas of the German common nouns that are feminine only ("Universität", "Firma"), for the
    gender of relative and possessive pronouns ("dessen" never refers to them); a form's lemma
    comes from :meth:`Lexicon.noun_lemma`."""
    return frozenset(lemma for lemma, genders in german_noun_genders().items() if genders == "f")


@lru_cache(maxsize=1)
def german_noun_genders() -> dict[str, str]:
    """Grammatical genders (``"m"``, ``"f"``, ``"n"``, several for nouns of more than one) of the
    lemmas of the German common nouns ("Modell" ``"n"``, "Chip" ``"m"``, "Start-up" ``"mn"``), for
    pronouns that refer back to a thing or an organisation by the gender of its noun ("er", "es")."""
    out: dict[str, str] = {}
    try:
        path = importlib.resources.files("german_nouns") / "nouns.csv"
        with path.open(encoding="utf-8") as fh:
            reader = csv.reader(fh)
            header = next(reader)
            genus = [i for i, h in enumerate(header) if h.startswith("genus")]
            for row in reader:
                if len(row) < 8 or row[1] != "Substantiv":
                    continue
                g = "".join(sorted({row[i] for i in genus if i < len(row) and row[i] in ("m", "f", "n")}))
                if g:
                    out[row[0]] = "".join(sorted(set(out.get(row[0], "")) | set(g)))
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - dependency missing
        pass
    return out


@lru_cache(maxsize=8)
def load_lexicon(lexicon_dir: str | Path, lang: str) -> Lexicon:
    """Read the word lists of ``lang`` from ``lexicon_dir`` (cached).

    Raises
    ------
    ConfigError
        If the language folder is missing or a file is malformed.
    """
    root = Path(lexicon_dir)
    folder = root / lang
    if not folder.is_dir():
        raise ConfigError(f"no lexicon folder for language {lang!r}: expected {folder}",
                          hint="languages with lexicons: " + ", ".join(sorted(
                              p.name for p in root.iterdir() if p.is_dir() and p.name != "common"))
                          if root.is_dir() else f"{root} does not exist")
    cues = _read_cues(folder / "cues.tsv")
    common = _read_cues(root / "common" / "cues.tsv")
    cues = {k: cues[k] | common[k] for k in CUE_KINDS}
    concepts, tentative = _read_concepts(folder / "concepts.tsv")
    return Lexicon(
        lang=lang,
        cues=cues,
        concepts=concepts,
        tentative_concepts=tentative,
        first_names=first_names(str(root / "common" / "first_names.txt")),
        surnames=frozenset(_lines(root / "common" / "surnames.txt")),
        nouns=_nouns(folder / "nouns.txt") if lang == "de" else {},
    )


def _nouns(path: Path) -> dict[str, str]:
    """The noun package's nouns with the file's: a line ``lemma|form|form`` adds common nouns it lacks
    (loanwords: "Benchmark"), a line ``!word`` drops a word it lists that in this field is mostly a name
    ("!Nova": "die Modellreihe Nova")."""
    nouns = dict(_german_nouns())
    for line in _lines(path):
        if line.startswith("!"):
            nouns.pop(line[1:].strip(), None)
            continue
        forms = [f.strip() for f in line.split("|") if f.strip()]
        for form in forms:
            nouns[form] = forms[0]
    return nouns
