"""p22 main session: a known company's name inside a person's name is no entity of its own; inside a
chip's name it still is (invented names, the tests' catalogue)."""

from __future__ import annotations

import pytest

from kg.model import Document

CASES = [
    # (language, text, expected entities, entities that must not be found)
    ("de", "Laut Jana Acme wächst der Markt.", {("Jana Acme", "Person")}, {("Acme", "Organization")}),
    ("en", "Jane Acme said the market grows.", {("Jane Acme", "Person")}, {("Acme", "Organization")}),
    ("en", "The startup bought Acme Z900 chips.", {("Acme Z900", "Hardware"), ("Acme", "Organization")}, set()),
]


@pytest.mark.parametrize(("lang", "text", "expected", "wrong"), CASES)
def test_a_company_inside_a_name(extractor, lang, text, expected, wrong):
    found = {(e.label, e.type) for e in extractor.extract(Document("t", text, language=lang)).entities}
    assert expected <= found, found
    assert not wrong & found, found
