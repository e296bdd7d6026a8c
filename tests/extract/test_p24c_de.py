"""German relations and names found missing on a fresh training set of 2026-11-29 (set de-as, p24c round).
Every name is invented; "Acme", "Zorblax", "Rocket", "Rocket 2", "Kestro Edge", "AGI" and "Jane Roe" are in
the test catalogue, the others are found by cues."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from tests.extract.conftest import CATALOGUE, RULES_ONLY, ents, rels

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
    # a merger planned with a modal and a long aim between
    ("Die Töchter Borla Cloud und Zentrix NXT sollen zu einem gemeinsamen Unternehmen mit Sitz in Gent verschmelzen.",
     {("Borla Cloud", "mergedWith", "Zentrix NXT")}, set()),
    ("Acme und Zorblax sollen nach dem Willen der Analysten nicht verschmelzen.", set(),
     {("Acme", "mergedWith", "Zorblax")}),
    ("Acme hatte sich im Sommer mit dem Luxemburger Dienstleister Zorblax zusammengetan.",
     {("Acme", "mergedWith", "Zorblax")}, set()),
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


def test_units_named_after_a_plural_unit_noun_keep_their_own_names(extractor) -> None:
    text = ("Der Telekomkonzern Borla und der Anbieter Zentrix wollen ihre Sparten zusammenlegen. Die Tochterfirmen "
            "Borla Cloud und Zentrix NXT sollen verschmelzen. Borla-Chef Tom Berger sagte, Borla bleibe an der Börse.")
    found = rels(extractor, text, "de")
    assert {("Borla Cloud", "subOrganizationOf", "Borla"), ("Tom Berger", "ceoOf", "Borla")} <= found, found
    assert ("Tom Berger", "ceoOf", "Borla Cloud") not in found, found


def test_a_noun_opens_a_new_name_before_a_foreign_word_and_a_legal_form(nlp_de) -> None:
    found = ents(nlp_de, "Acme und Zorblax fusionieren zur neuen Anker Vexlo GmbH.")
    assert ("Anker Vexlo GmbH", "Organization") in found, found
    found = ents(nlp_de, "Acme arbeitet mit der Software Vexlo GmbH.")
    assert ("Software Vexlo GmbH", "Organization") not in found, found


def test_a_dot_between_a_small_and_a_capital_letter_stays_in_a_name(nlp_de) -> None:
    found = ents(nlp_de, "Acme bündelt das Geschäft in der Tochter Nine.Two Media.")
    assert ("Nine.Two Media", "Organization") in found, found


def test_a_catalogue_label_is_an_alias_where_the_text_writes_the_name_shorter(nlp_de) -> None:
    doc = nlp_de("Acme rechnet auf 4.096 Kestro-Chips.")
    kestro = [e for e in doc._.kg_entities if e.type == "Hardware"]
    assert kestro and "Kestro Edge" in [kestro[0].label, *kestro[0].aliases], kestro


def test_a_catalogue_name_is_read_hyphenated_before_its_version(tmp_path) -> None:
    path = tmp_path / "catalogue.tsv"
    path.write_text(CATALOGUE + "zeta-9\tHardware\tZeta 9\t\t\t\tinvented\n", encoding="utf-8")
    nlp = Extractor(RULES_ONLY, catalogue_path=str(path)).pipeline("de")
    found = ents(nlp, "Acme rechnet auf Servern mit Zetas Zeta-9-Beschleunigern.")
    assert ("Zeta 9", "Hardware") in found, found
