"""Text -> spaCy Doc -> :class:`~kg.model.Extraction`: the extractor of kg-builder.

The pipeline (:mod:`kg.extract.pipeline`) is built from blank German or English tokenizers and
rule components driven by data files (catalogue, lexicons, relation patterns). Pipelines load
lazily, one per language; documents are streamed through ``nlp.pipe``.

>>> from kg.model import Document
>>> ex = Extractor().extract(Document("x", "Startup Quibbl Inc. hired Jane Roe as CEO."))
>>> sorted(e.label for e in ex.entities)
['Jane Roe', 'Quibbl Inc.']
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from kg.config import Settings, get_settings
from kg.extract.language import detect_language
from kg.extract.lexicon import DEFAULT_LEXICON_DIR
from kg.extract.pipeline import build_pipeline, pipeline_config
from kg.model import Document, Entity, Extraction, Relation

__all__ = ["Extractor", "get_extractor"]

_BATCH = 32                 # documents per nlp.pipe batch: bounds memory when streaming
_CHUNK_CHARS = 100_000      # a longer text is cut into pieces of about this size


class Extractor:
    """Extracts entities and relations from documents.

    Parameters
    ----------
    settings
        The project settings (``ontology_dir``, ``base_iri``, ``spacy_model``); default: the global one.
    catalogue_path, lexicon_dir
        Override the catalogue file and the lexicon folder (tests use small ones).
    """

    def __init__(self, settings: Settings | None = None, *, catalogue_path: str | None = None,
                 lexicon_dir: str | None = None) -> None:
        self.settings = settings or get_settings()
        self.catalogue_path = catalogue_path or str(self.settings.ontology_dir / "catalogue.tsv")
        self.lexicon_dir = lexicon_dir or str(self.settings.ontology_dir / "lexicons")
        if not lexicon_dir and not (self.settings.ontology_dir / "lexicons").is_dir():
            self.lexicon_dir = str(DEFAULT_LEXICON_DIR)
        self._pipelines: dict[str, Language] = {}

    def pipeline(self, lang: str) -> Language:
        """The spaCy pipeline of ``lang`` ("de" or "en"), built on first use."""
        if lang not in self._pipelines:
            config = pipeline_config(catalogue_path=self.catalogue_path, lexicon_dir=self.lexicon_dir,
                                     base_iri=self.settings.base_iri, spacy_model=self.settings.spacy_model or "",
                                     learned=self.settings.learned_relations)
            nlp = build_pipeline(lang, config)
            nlp.max_length = _CHUNK_CHARS * 2
            self._pipelines[lang] = nlp
            # the pipeline's ~80k objects (lexicons, matchers, tables) live as long as the extractor:
            # out of the cyclic collector's way, its full collections no longer walk them per batch
            gc.collect()
            gc.freeze()
        return self._pipelines[lang]

    def language_of(self, document: Document) -> str:
        """The document's language: its own if set to de/en, else detected from the text."""
        if document.language in ("de", "en"):
            return document.language
        return detect_language(document.text, self.lexicon_dir)

    def extract(self, document: Document) -> Extraction:
        """Entities and relations of one document."""
        return next(self.extract_many([document]))

    def extract_many(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        """Extractions of many documents, in order, streamed in small batches."""
        it = iter(documents)
        while True:
            batch = list(islice(it, _BATCH))
            if not batch:
                return
            yield from self._batch(batch)

    def _batch(self, batch: list[Document]) -> list[Extraction]:
        pieces: dict[str, list[tuple[int, int, str]]] = {}
        for i, document in enumerate(batch):
            lang = self.language_of(document)
            document.language = lang
            for offset, text in _chunks(document.text):
                pieces.setdefault(lang, []).append((i, offset, text))
        docs: list[list[tuple[int, Doc]]] = [[] for _ in batch]
        for lang, items in pieces.items():
            nlp = self.pipeline(lang)
            for (i, offset, _), doc in zip(items, nlp.pipe(text for _, _, text in items)):
                docs[i].append((offset, doc))
        return [self._to_extraction(document, parts) for document, parts in zip(batch, docs)]

    def _to_extraction(self, document: Document, parts: list[tuple[int, Doc]]) -> Extraction:
        ex = Extraction(document=document)
        if "warning" in document.metadata:
            ex.warnings.append(document.metadata["warning"])
        by_id: dict[str, Entity] = {}
        relations: dict[tuple[str, str, str], Relation] = {}
        for offset, doc in parts:
            local: dict[int, Entity] = {}
            for e in doc._.kg_entities or []:
                mentions = [(a + offset, b + offset) for a, b in e.mentions]
                known = by_id.get(e.id)
                if known is None:
                    e.mentions = mentions
                    by_id[e.id] = e
                    local[id(e)] = e
                else:
                    known.mentions.extend(mentions)
                    known.tentative = known.tentative and e.tentative
                    if len(e.label) > len(known.label) and e.type == known.type:
                        known.aliases.append(known.label)
                        known.label = e.label
                    known.aliases.extend(a for a in [e.label, *e.aliases]
                                         if a != known.label and a not in known.aliases)
                    local[id(e)] = known
            for r in doc._.kg_relations or []:
                r.subject, r.object = local.get(id(r.subject), r.subject), local.get(id(r.object), r.object)
                r.start += offset
                r.end += offset
                key = (r.subject.id, r.predicate, r.object.id)
                old = relations.get(key)
                if old is None or (old.negated and not r.negated) or \
                        (old.negated == r.negated and r.confidence > old.confidence):
                    relations[key] = r
        # a tentative concept ("generative KI") is one only where a relation that holds names it
        named = {e.id for r in relations.values() if not r.negated for e in (r.subject, r.object)}
        ex.entities = [e for e in by_id.values() if not e.tentative or e.id in named]
        kept = {e.id for e in ex.entities}
        ex.relations = [r for r in relations.values() if r.subject.id in kept and r.object.id in kept]
        if not ex.entities:
            ex.warnings.append("nothing could be extracted: no known or name-like entity was found "
                               f"(language {document.language}); is this an AI-industry news text?")
        return ex


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """(offset, piece) of ``text``; long texts are cut at a line break or sentence end."""
    if len(text) <= _CHUNK_CHARS:
        yield 0, text
        return
    start = 0
    while start < len(text):
        end = min(len(text), start + _CHUNK_CHARS)
        if end < len(text):
            cut = max(text.rfind("\n", start + _CHUNK_CHARS // 2, end), text.rfind(". ", start + _CHUNK_CHARS // 2, end))
            if cut > start:
                end = cut + 1
            else:
                space = text.rfind(" ", start + _CHUNK_CHARS // 2, end)
                end = space + 1 if space > start else end
        yield start, text[start:end]
        start = end


def get_extractor(settings: Settings | None = None) -> Extractor:
    """The shared extractor (built once; pipelines load on first use); a new one for other settings."""
    return _shared_extractor() if settings is None else Extractor(settings)


@lru_cache(maxsize=1)
def _shared_extractor() -> Extractor:
    return Extractor()
