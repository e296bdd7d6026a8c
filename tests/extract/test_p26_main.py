"""German institutions named by their fields (p26 main session, 2026-11-29): bodies of government
("Bundesministerium für Raumfahrt und Meeresforschung", "Landesamt für Datenschutz": German capitalises
every field, so after a ``bundes-``, ``landes-`` or ``staats-`` head of kind ``org_field_head`` a common
noun is a field of the name), other institutions whose fields a place follows ("Hochschule für Technik
und Wirtschaft Dresden"; "Hochschule für Technik" alone stays a field), and chambers with their place
("Anwaltskammer Berlin"); English: a place in capitals or "Swiss" before a body's head ("UK ... Authority"), and "Agency" and
"Administration" as heads of a body's name; and English title-case headlines, whose capitals suggest no
names the text after them does not repeat. Every name is invented or a real body's generic form."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text, ents

NAMED = [
    ("Davon trägt das Bundesministerium für Raumfahrt und Meeresforschung die Hälfte.",
     "Bundesministerium für Raumfahrt und Meeresforschung"),
    ("Das Bundesministerium für Bildung und Forschung gibt zehn Millionen Euro.",
     "Bundesministerium für Bildung und Forschung"),
    ("Das Landesamt für Datenschutz prüft die Software.", "Landesamt für Datenschutz"),
    ("Das Ostländische Staatsministerium für Wissenschaft, Kultur und Tourismus gibt Geld.",
     "Ostländische Staatsministerium für Wissenschaft, Kultur und Tourismus"),
    ("Das Bundesamt für Migration und Flüchtlinge testet die Software.", "Bundesamt für Migration und Flüchtlinge"),
    # a short form after the name is no field of it
    ("Die Bundesagentur für Wetterdienste BAW gibt Geld.", "Bundesagentur für Wetterdienste"),
    ("Die Bundesagentur für Wetterdienste Bawe gibt Geld.", "Bundesagentur für Wetterdienste"),
    # nor a company noun after "und"
    ("Das Bundesministerium für Forschung und Unternehmen wie Zorblax zahlen.", "Bundesministerium für Forschung"),
]


@pytest.mark.parametrize("text, label", NAMED)
def test_p26_a_german_body_of_government_named_by_its_fields(nlp_de, text, label) -> None:
    found = ents(nlp_de, text)
    assert (label, "Organization") in found, found
    assert not any(lab != label and lab.startswith(label) for lab, _ in found), found


def test_p26_a_field_of_another_institution_stays_a_field(nlp_de) -> None:
    # no body of government: "Hochschule für Technik" names a field, no institution of its own
    assert not any(lab.startswith("Hochschule") for lab, _ in ents(nlp_de, "Sie lehrt an einer Hochschule für Technik."))
    # nor with a place after a preposition
    assert not any(lab.startswith("Hochschule") for lab, _ in ents(nlp_de, "Sie lehrt an einer Hochschule für Technik in Dresden."))


@pytest.mark.parametrize("text, label", [
    # fields and a place after them name an institution
    ("Die Hochschule für Technik und Wirtschaft Dresden forscht mit.", "Hochschule für Technik und Wirtschaft Dresden"),
    ("Das Institut für Sprachtechnologie Leipzig forscht mit.", "Institut für Sprachtechnologie Leipzig"),
    # a chamber and its place
    ("Die Anwaltskammer Berlin warnt vor dem Einsatz.", "Anwaltskammer Berlin"),
    ("Die Handwerkskammer Hamburg lobt das Projekt.", "Handwerkskammer Hamburg"),
])
def test_p26_an_institution_named_by_fields_and_place(nlp_de, text, label) -> None:
    assert (label, "Organization") in ents(nlp_de, text)


CASES = [
    ("Das Bundesministerium für Raumfahrt und Meeresforschung beteiligt sich an Zorblax.",
     {("Bundesministerium für Raumfahrt und Meeresforschung", "investsIn", "Zorblax")}),
    ("Das Landesamt für Digitalisierung arbeitet mit Zorblax zusammen.",
     {("Landesamt für Digitalisierung", "partnerOf", "Zorblax")}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_p26_relations_of_a_body_of_government(extractor, text, expected) -> None:
    check_text(extractor, text, expected, set(), lang="de")


@pytest.mark.parametrize("text, label", [
    # a place written in capitals or "Swiss" before a body's head stays in its name
    ("The UK Ostland Conduct Authority warned the lender on Monday.", "UK Ostland Conduct Authority"),
    ("The Swiss Ostland Market Supervisory Authority fined the bank.", "Swiss Ostland Market Supervisory Authority"),
])
def test_p26_a_place_before_a_body_of_government(nlp_en, text, label) -> None:
    assert (label, "Organization") in ents(nlp_en, text)


def test_p26_a_nationality_before_a_company_stays_out(nlp_en) -> None:
    # no body's head: "the Swiss bank X" is described, not named "Swiss"
    assert not any(lab.startswith("Swiss") for lab, _ in ents(nlp_en, "The Swiss bank Ostbank lent money to Zorblax."))


@pytest.mark.parametrize("text, label", [
    # "Agency" and "Administration" end a body's name as "Authority" does
    ("The Ostland Space Agency signed a deal with the start-up.", "Ostland Space Agency"),
    ("The Ostland Drug Administration cleared the tool.", "Ostland Drug Administration"),
])
def test_p26_an_agency_or_administration_named(nlp_en, text, label) -> None:
    assert (label, "Organization") in ents(nlp_en, text)


def test_p26_a_lower_case_agency_names_nothing(nlp_en) -> None:
    assert not any(lab.endswith("agency") for lab, _ in ents(nlp_en, "The Ostland news agency reported the deal."))


def test_p26_a_title_case_headline_suggests_no_names(nlp_en) -> None:
    text = "Zorblax Chips Ahead As Demand Soars\nZorblax Inc. said on Monday that demand for its accelerators rose."
    found = ents(nlp_en, text)
    assert ("Zorblax Inc.", "Organization") in found
    assert not any(lab in ("Zorblax Chips", "Ahead") for lab, _ in found), found


def test_p26_a_headline_name_the_body_repeats_stands(extractor) -> None:
    text = ("Quillon Raises $40 Million From Acme Ventures For Robot Arms\n"
            "Quillon, a Berlin start-up, said Acme Ventures led the round.")
    check_text(extractor, text, {("Acme Ventures", "investsIn", "Quillon")}, set(), lang="en")


def test_p26_a_sentence_case_headline_is_read_as_a_sentence(nlp_en) -> None:
    text = "Zorblax Labs to sell its robot arms in Ostland\nThe start-up said on Monday it had hired staff."
    assert ("Zorblax Labs", "Organization") in ents(nlp_en, text)
