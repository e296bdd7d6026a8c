"""Fixtures of the extractor tests: a small invented catalogue and extractors built once."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.config import Settings
from kg.extract import Extractor

CATALOGUE = """key\ttype\tlabel\tlabel_de\taliases\twikidata\tnote
acme\tOrganization\tAcme\t\tAcme Corp.|ACME\tQ100001\tinvented
zorblax\tOrganization\tZorblax\t\tZorblax Inc.\t\tinvented
jane-roe\tPerson\tJane Roe\t\tRoe\tQ100002\tinvented
rocket\tAIModel\tRocket\t\t\t\tinvented model family
rocket-2\tAIModel\tRocket 2\t\tRocket-2\t\tinvented
agi\tConcept\tAGI\t\tArtificial General Intelligence\tQ192609\t
kestro\tHardware\tKestro Edge\t\tKestro\t\tinvented chip family
"""


@pytest.fixture(scope="session")
def catalogue_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("catalogue") / "catalogue.tsv"
    path.write_text(CATALOGUE, encoding="utf-8")
    return path


RULES_ONLY = Settings(learned_relations=False)


@pytest.fixture(scope="session")
def extractor(catalogue_path: Path) -> Extractor:
    """An extractor with the invented catalogue and the project's lexicons, rules only: the tests
    of rules pin what the rules find and must not find; what the learned fallback adds to them is
    measured in test_pairs.py."""
    return Extractor(RULES_ONLY, catalogue_path=str(catalogue_path))


@pytest.fixture(scope="session")
def nlp_de(extractor: Extractor):
    return extractor.pipeline("de")


@pytest.fixture(scope="session")
def nlp_en(extractor: Extractor):
    return extractor.pipeline("en")


def triples(extraction) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) labels of the output relations (negated ones excluded);
    symmetric relations are listed both ways round."""
    from kg.model import SYMMETRIC

    out = set()
    for r in extraction.relations:
        if not r.negated:
            out.add((r.subject.label, r.predicate, r.object.label))
            if r.predicate in SYMMETRIC:
                out.add((r.object.label, r.predicate, r.subject.label))
    return out


def ents(nlp, text: str) -> set[tuple[str, str]]:
    """(label, type) of every entity a pipeline finds in ``text``."""
    return {(e.label, e.type) for e in nlp(text)._.kg_entities}


def rels(extractor, text: str, lang: str = "de") -> set[tuple[str, str, str]]:
    """:func:`triples` of ``text`` extracted as a document in ``lang``."""
    from kg.model import Document

    return triples(extractor.extract(Document("t", text, language=lang)))


def resolved(nlp, text: str) -> list[tuple[str, str]]:
    """(anaphor text, entity label) of every resolved reference, in order."""
    doc = nlp(text)
    ents = doc._.kg_entities
    return [(m.text, ents[m.entity].label) for m in sorted(doc._.kg_mentions, key=lambda m: m.start)
            if m.anaphor]


def check_relations(extraction, expected: set, wrong: set) -> None:
    """Every expected triple is found and none of the wrong ones (see :func:`triples`)."""
    found = triples(extraction)
    assert expected <= found, expected - found
    assert not (wrong & found), wrong & found


def check_text(extractor, text: str, expected: set, wrong: set, lang: str = "de") -> None:
    """:func:`check_relations` of ``text`` extracted as a document in ``lang``."""
    from kg.model import Document

    check_relations(extractor.extract(Document("t", text, language=lang)), expected, wrong)


@pytest.fixture(scope="session")
def extractor_real() -> Extractor:
    """An extractor with the project's catalogue (ontologies/catalogue.tsv) and lexicons, rules only."""
    return Extractor(RULES_ONLY)
