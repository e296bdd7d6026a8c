"""A small hand-made news graph (a tech company, its CEO, models, GPUs) for examples, tests and pictures.

It stands in for the extractor's output: a few :class:`~kg.model.Extraction` objects,
one per article, written to a store with :meth:`~kg.rdf.store.KGStore.ingest`.

>>> store = sample_store()
>>> len(store.document_iris())
4
"""

from __future__ import annotations

from kg.model import Document, Entity, Extraction, Relation
from kg.rdf.store import KGStore, open_store

__all__ = ["SAMPLE_BASE", "sample_extractions", "sample_store"]

SAMPLE_BASE = "https://w3id.org/kg-builder/id/"
_WD = "http://www.wikidata.org/entity/"

# slug: (label, type, aliases, wikidata id)
_ENTITIES: dict[str, tuple[str, str, list[str], str | None]] = {
    "meta": ("Meta", "Organization", ["Meta Platforms, Inc.", "Facebook"], "Q380"),
    "marta-keller": ("Marta Keller", "Person", ["Keller"], None),
    "llama-4": ("Llama 4", "AIModel", [], None),
    "llama": ("Llama", "AIModel", [], "Q116949335"),
    "nvidia": ("Nvidia", "Organization", ["NVIDIA Corporation"], "Q182477"),
    "jensen-huang": ("Jensen Huang", "Person", ["Huang"], "Q305177"),
    "nvidia-h200": ("Nvidia H200", "Hardware", ["H200"], None),
    "nvidia-b200": ("Nvidia B200", "Hardware", ["B200", "Blackwell"], None),
    "tsmc": ("TSMC", "Organization", ["Taiwan Semiconductor"], "Q713418"),
    "openai": ("OpenAI", "Organization", [], "Q21708200"),
    "sam-altman": ("Sam Altman", "Person", ["Altman"], "Q7407093"),
    "gpt-4o": ("GPT-4o", "AIModel", [], None),
    "chatgpt": ("ChatGPT", "AIModel", [], "Q115564437"),
    "microsoft": ("Microsoft", "Organization", ["MSFT"], "Q2283"),
    "satya-nadella": ("Satya Nadella", "Person", ["Nadella"], "Q7426870"),
    "google": ("Google", "Organization", [], "Q95"),
    "google-deepmind": ("Google DeepMind", "Organization", ["DeepMind"], "Q15733006"),
    "demis-hassabis": ("Demis Hassabis", "Person", ["Hassabis"], "Q3022141"),
    "gemini": ("Gemini", "AIModel", [], None),
    "tpu-v5": ("TPU v5", "Hardware", [], None),
    "anthropic": ("Anthropic", "Organization", [], "Q116758847"),
    "dario-amodei": ("Dario Amodei", "Person", ["Amodei"], None),
    "claude-3-5": ("Claude 3.5", "AIModel", ["Claude"], None),
    "amazon": ("Amazon", "Organization", [], "Q3884"),
    "agi": ("AGI", "Concept", ["Artificial General Intelligence"], "Q2264109"),
    "open-source": ("Open Source", "Concept", [], "Q39162"),
    "smart-glasses": ("Smart Glasses", "Product", ["Ray-Ban Meta"], None),
    "mistral-ai": ("Mistral AI", "Organization", ["Mistral"], "Q119978938"),
    "arthur-mensch": ("Arthur Mensch", "Person", [], None),
    "mistral-large": ("Mistral Large", "AIModel", [], None),
}

# Four articles: (file, date, language, relations as (subject, predicate, object)).
_ARTICLES: list[tuple[str, str, str, list[tuple[str, str, str]]]] = [
    ("seeds/meta-llama.txt", "2024-04-18", "en", [
        ("marta-keller", "ceoOf", "meta"), ("marta-keller", "founderOf", "meta"),
        ("meta", "develops", "llama-4"), ("llama-4", "versionOf", "llama"),
        ("meta", "usesHardware", "nvidia-h200"), ("meta", "pursues", "agi"),
        ("meta", "pursues", "open-source"), ("meta", "develops", "smart-glasses"),
        ("llama-4", "comparedTo", "gpt-4o"), ("meta", "competesWith", "openai"),
        ("mistral-ai", "pursues", "open-source"),
    ]),
    ("seeds/nvidia-gtc.txt", "2024-03-19", "en", [
        ("jensen-huang", "ceoOf", "nvidia"), ("jensen-huang", "founderOf", "nvidia"),
        ("nvidia", "manufactures", "nvidia-h200"), ("nvidia", "manufactures", "nvidia-b200"),
        ("nvidia", "develops", "nvidia-b200"), ("tsmc", "manufactures", "nvidia-b200"),
        ("nvidia", "partnerOf", "tsmc"), ("openai", "usesHardware", "nvidia-h200"),
        ("microsoft", "usesHardware", "nvidia-b200"), ("google", "usesHardware", "nvidia-b200"),
        ("meta", "usesHardware", "nvidia-h200"), ("nvidia", "partnerOf", "microsoft"),
    ]),
    ("seeds/openai-microsoft.txt", "2024-05-13", "de", [
        ("sam-altman", "ceoOf", "openai"), ("openai", "develops", "gpt-4o"),
        ("openai", "develops", "chatgpt"), ("gpt-4o", "versionOf", "chatgpt"),
        ("microsoft", "investsIn", "openai"), ("microsoft", "partnerOf", "openai"),
        ("satya-nadella", "ceoOf", "microsoft"), ("openai", "pursues", "agi"),
        ("openai", "competesWith", "anthropic"), ("gpt-4o", "comparedTo", "claude-3-5"),
        ("gpt-4o", "comparedTo", "gemini"), ("openai", "usesHardware", "nvidia-h200"),
        ("mistral-ai", "competesWith", "openai"), ("arthur-mensch", "ceoOf", "mistral-ai"),
        ("mistral-ai", "develops", "mistral-large"), ("microsoft", "investsIn", "mistral-ai"),
    ]),
    ("seeds/google-anthropic.txt", "2024-06-20", "en", [
        ("google-deepmind", "subOrganizationOf", "google"), ("demis-hassabis", "ceoOf", "google-deepmind"),
        ("google-deepmind", "develops", "gemini"), ("google", "develops", "tpu-v5"),
        ("google", "manufactures", "tpu-v5"), ("google", "usesHardware", "tpu-v5"),
        ("dario-amodei", "ceoOf", "anthropic"), ("anthropic", "develops", "claude-3-5"),
        ("amazon", "investsIn", "anthropic"), ("google", "investsIn", "anthropic"),
        ("claude-3-5", "comparedTo", "gpt-4o"), ("google-deepmind", "pursues", "agi"),
        ("anthropic", "competesWith", "openai"), ("gemini", "comparedTo", "gpt-4o"),
    ]),
]


def _entity(slug: str, base: str) -> Entity:
    label, kind, aliases, qid = _ENTITIES[slug]
    return Entity(id=base + slug, label=label, type=kind, aliases=list(aliases),
                  same_as=[_WD + qid] if qid else [])


def sample_extractions(base: str = SAMPLE_BASE) -> list[Extraction]:
    """The sample articles as extractions, entities under ``base``.

    Returns
    -------
    list of Extraction
        Four articles; some relations are stated by more than one of them.

    Examples
    --------
    >>> [len(ex.relations) for ex in sample_extractions()]
    [11, 12, 16, 14]
    """
    out = []
    for name, date, lang, triples in _ARTICLES:
        slugs = sorted({s for t in triples for s in (t[0], t[2])})
        ents = {s: _entity(s, base) for s in slugs}
        text = " ".join(f"{_ENTITIES[s][0]} {p} {_ENTITIES[o][0]}." for s, p, o in triples)
        rels, pos = [], 0
        for s, p, o in triples:
            sentence = f"{_ENTITIES[s][0]} {p} {_ENTITIES[o][0]}."
            start = text.index(sentence, pos)
            pos = start + len(sentence)
            rels.append(Relation(subject=ents[s], predicate=p, object=ents[o], evidence=sentence,
                                 start=start, end=pos, confidence=0.9, rule="sample"))
        doc = Document(name=name, text=text, language=lang, metadata={"date": date, "title": name})
        out.append(Extraction(document=doc, entities=list(ents.values()), relations=rels))
    return out


def sample_store(base: str = SAMPLE_BASE) -> KGStore:
    """An in-memory store holding the sample articles.

    Examples
    --------
    >>> sample_store().stats()["entities"]["Person"]
    7
    """
    store = open_store(":memory:", base_iri=base)
    for ex in sample_extractions(base):
        store.ingest(ex, ingested_at="2026-01-01T00:00:00Z")
    return store
