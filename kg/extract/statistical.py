"""Optional layer: entities of an installed statistical spaCy pipeline as extra evidence.

When ``settings.spacy_model`` names a pipeline (a package name or a path), its entities of the
labels below become low-priority candidates: the rule layers win wherever they found something.
"""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import ConfigError
from kg.extract.mentions import Mention, candidates

__all__ = ["StatisticalEntities", "LABELS"]

LABELS = {"PER": "Person", "PERSON": "Person", "ORG": "Organization", "PRODUCT": "Product"}


class StatisticalEntities:
    """Runs the statistical pipeline on the doc's text and adds its entities as candidates."""

    def __init__(self, nlp: Language, name: str, model: str) -> None:
        self.name = name
        try:
            self.model = spacy.load(model, exclude=["lemmatizer"])
        except OSError as exc:
            raise ConfigError(f"cannot load the statistical spaCy pipeline {model!r}",
                              hint="install it, or unset KG_SPACY_MODEL") from exc

    def __call__(self, doc: Doc) -> Doc:
        out = candidates(doc)
        for ent in self.model(doc.text).ents:
            type_ = LABELS.get(ent.label_)
            if type_ is None:
                continue
            span = doc.char_span(ent.start_char, ent.end_char, alignment_mode="contract")
            if span is None or not span.text.strip():
                continue
            out.append(Mention(span.start, span.end, type_, span.text, layer="statistical",
                               priority=7, confidence=0.6))
        return doc


@Language.factory(
    "kg_statistical",
    default_config={"model": ""},
    assigns=["doc._.kg_candidates"],
    requires=[],
)
def make_statistical_entities(nlp: Language, name: str, model: str) -> StatisticalEntities:
    """Statistical entity layer; ``model`` is the name or path of an installed pipeline."""
    if not model:
        raise ValueError("kg_statistical: model must name an installed spaCy pipeline")
    return StatisticalEntities(nlp, name, model)
