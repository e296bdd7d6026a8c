"""German relations and names found missing on a fresh training set of 2026-11-29 (set de-as, p24c round).
Every name is invented; "Acme", "Zorblax", "Rocket", "Rocket 2", "Kestro Edge", "AGI" and "Jane Roe" are in
the test catalogue, the others are found by cues."""

from __future__ import annotations

import pytest

from tests.extract.conftest import ents, rels

GERMAN = [
    # a role "als" opening the sentence, the person after the verb
    ("Als Chef von Acme verantwortet Jane Roe die Projekte.", {("Jane Roe", "ceoOf", "Acme")}, set()),
    ("Als Technikchefin bei Acme kümmert sich Jane Roe um die Server.", {("Jane Roe", "worksFor", "Acme")},
     {("Jane Roe", "ceoOf", "Acme")}),
    ("Als Forschungschef von Acme verantwortet Dr. Jane Roe die Projekte.", {("Jane Roe", "worksFor", "Acme")}, set()),
    ("Als Kunde von Acme lobt Jane Roe die Server.", set(), {("Jane Roe", "worksFor", "Acme")}),
    # a head named in a fronted passive with a modal
    ("Geleitet werden soll die neue Zorblax von Jane Roe, bislang Technikvorständin bei Acme.",
     {("Jane Roe", "ceoOf", "Zorblax"), ("Jane Roe", "worksFor", "Acme")}, {("Jane Roe", "ceoOf", "Acme")}),
    # spin-offs
    ("Zorblax ist eine Ausgründung der Acme.", {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    ("Das Zürcher Unternehmen Zorblax, eine Abspaltung der Acme, wächst.", {("Zorblax", "subOrganizationOf", "Acme")},
     set()),
    ("Zorblax ist keine Ausgründung der Acme.", set(), {("Zorblax", "subOrganizationOf", "Acme")}),
    # backers in a participle apposition
    ("Zorblax, finanziert unter anderem von Acme und Borlix Capital, baut sein Geschäft aus.",
     {("Acme", "investsIn", "Zorblax"), ("Borlix Capital", "investsIn", "Zorblax")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", GERMAN)
def test_relations_p24c(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    found = rels(extractor, text, "de")
    assert expected <= found, found
    assert not wrong & found, found


def test_a_role_compound_before_von_names_a_company(nlp_de) -> None:
    found = ents(nlp_de, "Als Forschungschef von Zentrix verantwortet Jane Roe die Projekte.")
    assert ("Zentrix", "Organization") in found, found
