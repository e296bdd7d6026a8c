"""First recognition layer: names the catalogue knows, and the concepts of the lexicon.

A PhraseMatcher finds every label, German label and alias of the catalogue, case-sensitively;
names of at least ``min_casefold_length`` characters also match in other casings ("ACME"
for "Acme") as long as the text has a capital letter. German genitives ("Acmes") match as
their base form, and a following legal suffix ("Inc.", "GmbH") joins the mention.

>>> import spacy, tempfile, os
>>> path = os.path.join(tempfile.mkdtemp(), "catalogue.tsv")
>>> _ = open(path, "w", encoding="utf-8").write("key\\ttype\\tlabel\\tlabel_de\\taliases\\twikidata\\tnote\\n"
...     "acme\\tOrganization\\tAcme\\t\\t\\tQ1\\t\\n")
>>> nlp = spacy.blank("de")
>>> _ = nlp.add_pipe("kg_catalogue", config={"catalogue_path": path})
>>> [(m.text, m.type, m.genitive) for m in nlp("Acmes Chef lobt Acme Inc. und Open Source.")._.kg_candidates]
[('Acme', 'Organization', True), ('Acme Inc.', 'Organization', False), ('Open Source', 'Concept', False)]
"""

from __future__ import annotations

from pathlib import Path

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from kg.config import get_settings
from kg.extract.concepts import LAYER as TENTATIVE_LAYER
from kg.extract.concepts import ConceptPhrases
from kg.extract.entity_catalogue import load_catalogue
from kg.extract.lexicon import DEFAULT_LEXICON_DIR, load_lexicon
from kg.extract.mentions import Mention, candidates

__all__ = ["KnownNameMatcher"]

_CONCEPT = "concept:"


class KnownNameMatcher:
    """Adds a candidate mention for every catalogue name and lexicon concept in the doc."""

    def __init__(self, nlp: Language, name: str, catalogue_path: str, lexicon_dir: str,
                 min_casefold_length: int) -> None:
        self.name = name
        path = catalogue_path or str(get_settings().ontology_dir / "catalogue.tsv")
        self.catalogue = load_catalogue(path)
        self.lexicon = load_lexicon(lexicon_dir or str(DEFAULT_LEXICON_DIR), nlp.lang)
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.concepts = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.phrases = ConceptPhrases(self.lexicon, nlp.vocab)
        self.suffixes = {s for s in self.lexicon.cues["org_suffix"]}
        genitive = self.genitive = nlp.lang == "de"
        self.hyphenated: dict[str, str] = {}
        self.inflected: dict[str, str] = {}     # "Deutschen Telekom" -> "Deutsche Telekom"
        self.articles = self.lexicon.cues["name_article"]
        self.heads = self.lexicon.cues["hw_head"] | self.lexicon.cues["product_head"]
        self.forms: dict[str, list[str]] = {}      # key -> its forms (the property makes a new list)
        for key, entry in self.catalogue.entries.items():
            forms = self.forms[key] = entry.forms
            # "Acme Labs" is also written "Acme-Labs" in German compounds ("Acme-Labs-Chef")
            hyphenated = []
            for f in forms:
                h = f.replace(" ", "-")
                # (p24c: a version number too: "Gaudi-3-Beschleuniger" for "Gaudi 3")
                if " " in f and h not in forms and all(w[:1].isupper() or w[:1].isdigit() for w in f.split()) \
                        and f[:1].isupper() \
                        and f.split()[-1].lower() not in self.heads:
                    self.hyphenated[h] = f
                    hyphenated.append(h)
            exact = [nlp.make_doc(f) for f in forms + hyphenated]
            if genitive:
                exact += [nlp.make_doc(f) for f in self._inflected_forms(forms)]
                exact += [nlp.make_doc(f + "s") for f in forms if f[-1] not in "sxzß" and f[-1].isalpha()]
            elif entry.type == "Hardware":
                # English plurals of chips with a code: "Z900s", "MI300Xs" (not "TPUs", which the
                # texts read as a cloud's offer as often as a chip)
                exact += [nlp.make_doc(f + "s") for f in forms if f[-1].isalnum() and f[-1] not in "sxz"
                          and any(c.isdigit() for c in f.split()[-1])]
            self.exact.add(key, exact)
            long = [nlp.make_doc(f) for f in forms if len(f) >= min_casefold_length]
            if long:
                self.folded.add(key, long)
        for label, forms in self.lexicon.concepts.items():
            self.concepts.add(_CONCEPT + label, [nlp.make_doc(f) for f in forms])
        # the word lists tested at every match, as the IDs of the lower-case words
        strings = nlp.vocab.strings
        self._article_ids = {strings.add(w) for w in self.articles}
        self._genitive_ids = {strings.add(w) for w in ("der", "des", "of", "von")}
        self._suffix_ids = {strings.add(w) for w in self.suffixes}
        # a name that is also a German noun ("Allianz", "Spiegel") after an indefinite article, or before
        # a word of the cue kind noun_name_follower, is the noun ("eine Allianz mit", "die Allianz zwischen A und B")
        self._indefinite_ids = {strings.add(w) for w in self.lexicon.cues["indefinite_article"]}
        self._noun_forms = {f for forms in self.forms.values() for f in forms
                            if " " not in f and self.lexicon.is_common_noun(f)} if nlp.lang == "de" else set()
        self._follower_ids = {strings.add(w) for w in self.lexicon.cues["noun_name_follower"]}
        # "under the MIT licence": a name before such a word names a thing of its own, no organisation
        self._modifier_ids = {strings.add(w) for w in self.lexicon.cues["org_name_modifier_of"]}

    def _inflected_forms(self, forms: list[str]) -> list[str]:
        """German: a name opening with an adjective in -e ("Deutsche Telekom", "Europäische
        Zentralbank") takes -n after an article in the dative and genitive ("der Deutschen Telekom")."""
        out = []
        for f in forms:
            words = f.split(" ")
            if len(words) >= 2 and len(words[0]) > 3 and words[0][:1].isupper() and words[0][1:].islower() \
                    and words[1][:1].isupper():
                w = words[0]
                if w.endswith("e"):
                    variants = [w + "n"]
                elif w.endswith(("es", "er")) and w[:-2].endswith(("sch", "lich", "ig", "al")):
                    # "Deutsches Forschungszentrum", "Europäischer Rat": "am Deutschen Forschungszentrum",
                    # "des Europäischen Rats" (a masculine or neuter name, so the genitive adds -s)
                    variants = [w[:-1] + "n"]
                elif w[-1] not in "sxzß" and self.lexicon.is_common_noun(w) and self.lexicon.noun_lemma(w) == w:
                    # "des Forschungszentrums Jülich": a noun opening the name takes the genitive -s
                    h = " ".join([w + "s"] + words[1:])
                    if h not in forms:
                        self.inflected[h] = f
                        out.append(h)
                    continue
                else:
                    continue
                for v in variants:
                    g = " ".join([v] + words[1:])
                    genitive = " ".join([v, words[1] + "s"] + words[2:])
                    for h in (g, genitive) if not w.endswith("e") and words[1][-1] not in "sxzß" else (g,):
                        if h not in forms:
                            self.inflected[h] = f
                            out.append(h)
        return out

    def __call__(self, doc: Doc) -> Doc:
        out = candidates(doc)
        strings = doc.vocab.strings
        lower = doc.to_array(LOWER).tolist()
        articles, genitives, suffixes = self._article_ids, self._genitive_ids, self._suffix_ids
        seen: set[tuple[int, int]] = set()
        runs = [(self.exact(doc), False), (self.folded(doc), True)]
        caught = {(start, end) for matches, _ in runs for _, start, end in matches}
        for matches, folded in runs:
            for match_id, start, end in matches:
                if (start, end) in seen:
                    continue
                surface = doc[start].text if end - start == 1 else doc[start:end].text    # (one token: no span)
                if folded and (surface == surface.lower() or surface[0].islower()):
                    continue
                key = strings[match_id]
                entry = self.catalogue.entries[key]
                forms = self.forms[key]
                # "Die Welt der Modelle": an article-led title followed by a genitive is a phrase
                if lower[start] in articles and end < len(doc) and lower[end] in genitives:
                    continue
                if end < len(doc) and lower[end] in self._modifier_ids and entry.type == "Organization":
                    continue
                if surface in self._noun_forms and (start > 0 and lower[start - 1] in self._indefinite_ids
                                                    or end < len(doc) and lower[end] in self._follower_ids):
                    continue
                # "eine strategische Allianz": an adjective between the indefinite article and the noun
                if surface in self._noun_forms and start > 1 and lower[start - 2] in self._indefinite_ids \
                        and doc[start - 1].is_lower and doc[start - 1].is_alpha \
                        and doc[start - 1].lower_.endswith(("e", "en", "er", "es", "em")):
                    continue
                # "über seinen Start-up-Arm": a name that is also a German noun, as the last part of a
                # hyphenated compound, is the compound's head noun
                if surface in self._noun_forms and start >= 2 and doc[start - 1].text == "-" \
                        and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
                    continue
                # "Fjord-R1": a short alias with a digit glued after a capitalised word is the
                # version part of a longer hyphenated name, not the catalogue's "R1"
                if end - start == 1 and len(surface) <= 3 and any(c.isdigit() for c in surface) \
                        and start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
                        and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha and doc[start - 2].is_title:
                    continue
                text = self.hyphenated.get(surface) or self.inflected.get(surface, surface)
                if folded:      # "ACME" is written as the catalogue writes it
                    text = next((f for f in forms if f.lower() == text.lower()), text)
                gen = False
                if text not in forms and text.endswith("s") and text[:-1] in forms:
                    text, gen = text[:-1], self.genitive     # German: a genitive; English: a plural
                if end < len(doc) and entry.type == "Organization" and \
                        lower[end] in suffixes and doc[end].text[0].isupper():
                    if (start, end + 1) in caught:
                        continue    # p27f: "Quorv Corp." is an entry of its own, not "Quorv" and a suffix
                    end += 1
                    text = text + doc[end - 2].whitespace_ + doc[end - 1].text
                seen.add((start, end))
                # p24c: the catalogue's label is a name of the entity too where the text writes it
                # shorter ("Z900-Chips" for "Acme Z900")
                out.append(Mention(start, end, entry.type, text, layer="catalogue", priority=0,
                                   key=key, same_as=entry.same_as, genitive=gen,
                                   extra_alias=entry.label if entry.label not in text else ""))
        tentative = self.lexicon.tentative_concepts
        for match_id, start, end in self.concepts(doc):
            label = strings[match_id][len(_CONCEPT):]
            # the form written in the text is an alias ("artificial general intelligence" of AGI)
            surface = doc[start:end].text
            out.append(Mention(start, end, "Concept", label, layer=TENTATIVE_LAYER if label in tentative else "concept",
                               priority=1, key=_CONCEPT + label,
                               extra_alias=surface if surface.lower() != label.lower() else ""))
        out.extend(self.phrases(doc, out, lower))
        return doc


@Language.factory(
    "kg_catalogue",
    default_config={"catalogue_path": "", "lexicon_dir": "", "min_casefold_length": 6},
    assigns=["doc._.kg_candidates"],
    requires=[],
)
def make_known_name_matcher(nlp: Language, name: str, catalogue_path: str, lexicon_dir: str,
                            min_casefold_length: int) -> KnownNameMatcher:
    """Catalogue and concept matcher; empty paths mean the project's defaults."""
    if min_casefold_length < 1:
        raise ValueError(f"kg_catalogue: min_casefold_length must be >= 1, got {min_casefold_length}")
    if catalogue_path and not Path(catalogue_path).exists():
        raise ValueError(f"kg_catalogue: catalogue_path {catalogue_path!r} does not exist")
    return KnownNameMatcher(nlp, name, catalogue_path, lexicon_dir, min_casefold_length)
