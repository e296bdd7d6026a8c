"""The extractor's spaCy pipeline, assembled from a config dict (one pipeline per language).

>>> nlp = build_pipeline("en")
>>> nlp.pipe_names
['kg_sentences', 'kg_catalogue', 'kg_name_cues', 'kg_linker', 'kg_relations', 'kg_pairs']
"""

from __future__ import annotations

from typing import Any

import spacy
from spacy.language import Language

# importing the modules registers their factories and the tokenizer
from kg.extract import known_names, linking, name_cues, pairs, relations, sentences, statistical, tokenizer  # noqa: F401
from kg.extract.mentions import register_extensions

__all__ = ["pipeline_config", "build_pipeline", "COMPONENTS"]

COMPONENTS = ("kg_sentences", "kg_catalogue", "kg_name_cues", "kg_statistical", "kg_linker", "kg_relations",
              "kg_pairs")


def pipeline_config(*, catalogue_path: str = "", lexicon_dir: str = "", base_iri: str = "",
                    spacy_model: str = "", max_sentence_tokens: int = 150, learned: bool = True) -> dict[str, Any]:
    """Component name -> config of the pipeline; ``kg_statistical`` only with a ``spacy_model``,
    ``kg_pairs`` (the learned fallback of the relation rules) unless ``learned`` is false.

    >>> list(pipeline_config(spacy_model="my_model"))[3]
    'kg_statistical'
    """
    config: dict[str, Any] = {
        "kg_sentences": {"max_tokens": max_sentence_tokens},
        "kg_catalogue": {"catalogue_path": catalogue_path, "lexicon_dir": lexicon_dir},
        "kg_name_cues": {"lexicon_dir": lexicon_dir},
        "kg_statistical": {"model": spacy_model},
        "kg_linker": {"lexicon_dir": lexicon_dir, "base_iri": base_iri},
        "kg_relations": {"lexicon_dir": lexicon_dir},
        "kg_pairs": {"lexicon_dir": lexicon_dir},
    }
    if not spacy_model:
        del config["kg_statistical"]
    if not learned:
        del config["kg_pairs"]
    return config


def build_pipeline(lang: str, config: dict[str, Any] | None = None) -> Language:
    """A blank ``lang`` pipeline with the compound tokenizer and the configured components."""
    register_extensions()
    nlp = spacy.blank(lang, config={"nlp": {"tokenizer": {"@tokenizers": "kg.compound_tokenizer.v1"}}})
    for name, cfg in (config if config is not None else pipeline_config()).items():
        nlp.add_pipe(name, config=cfg)
    return nlp
