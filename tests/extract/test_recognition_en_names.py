"""English person names that are also words of a chip's name (invented names)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import ents


def test_grace_is_a_first_name_too(nlp_en):
    found = ents(nlp_en, "The start-up was founded in 2020 by Grace Quendel, who previously worked at Zorbix.")
    assert ("Grace Quendel", "Person") in found


def test_a_name_and_a_chip_noun_is_no_person(nlp_en):
    found = ents(nlp_en, "The cluster runs on Zorbix chips and Grace CPUs.")
    assert not any(t == "Person" for _, t in found)


def test_a_name_with_a_glued_version_and_a_variant_is_a_model(nlp_en, nlp_de):
    assert ("Zorbix4-Max", "AIModel") in ents(nlp_en, "The family includes Zorbix4-Max, which Acme sells.")
    assert ("Zorbix2.5-Coder", "AIModel") in ents(nlp_de, "Zur Familie gehört auch Zorbix2.5-Coder.")
    # a variant word after a name without a version is no model
    assert not ents(nlp_en, "Zorbix-Pro is sold out.")


def test_a_second_given_name_and_a_particle_belong_to_the_name(nlp_en, nlp_de):
    assert ("Mei Lin Zorlitz", "Person") in ents(nlp_en, "The company was founded by Mei Lin Zorlitz in 2021.")
    assert ("Anna Lena Zorlitz", "Person") in ents(nlp_de, "Das sagte Anna Lena Zorlitz am Montag.")
    assert ("Daniela tom Zorlitz", "Person") in ents(nlp_de, "Das sagte Daniela tom Zorlitz.")


def test_kinds_of_organisation_before_a_name(nlp_en):
    for text in ("The think tank Zorbix criticised the plan.", "The nonprofit Zorbix criticised the plan.",
                 "The consortium Zorbix bought the site.", "Zorbix, a Paris-based nonprofit, criticised the plan.",
                 # "trade group" is no cue phrase of its own; "group" is ("trade union" shares its pattern)
                 "The trade group Zorbix criticised the plan."):
        assert ("Zorbix", "Organization") in ents(nlp_en, text), text
    assert not ents(nlp_en, "The think tank criticised the plan.")


def test_a_body_named_by_its_fields_keeps_them(nlp_en):
    for text, name in (("The institute is part of the Department for Science, Innovation and Technology.",
                        "Department for Science, Innovation and Technology"),
                       ("It works closely with the US Center for AI Standards and Innovation.",
                        "Center for AI Standards and Innovation"),
                       ("Jane Roe leads the Center for Research on Foundation Models at the university.",
                        "Center for Research on Foundation Models"),
                       ("Lenders including Royal Bank of Zorbia use it.", "Royal Bank of Zorbia"),
                       ("The European Investment Bank invested in the company.", "European Investment Bank")):
        assert (name, "Organization") in ents(nlp_en, text), text
    # a company after "and" is no field; a body named by its field needs the link; a lower-case head is a noun
    found = ents(nlp_en, "The Department of Energy and Zorbix Labs signed a deal on Tuesday.")
    assert ("Department of Energy", "Organization") in found and ("Zorbix Labs", "Organization") in found
    assert not any("Tuesday" in label for label, _ in ents(nlp_en, "The Department of Energy on Tuesday said so."))
    assert not ents(nlp_en, "The news agency Zorbix Data Center Push reported it.") & {("Data Center Push", "Organization")}
    assert not any(label.startswith("bank ") for label, _ in ents(nlp_en, "The Canadian bank Zorbix invested."))


def test_a_person_who_runs_a_unit_of_the_company_works_for_it(extractor):
    from tests.extract.conftest import rels

    found = rels(extractor, "Acme sells chips. Jane Quist, who runs the company's digital industries business, said so.", "en")
    assert ("Jane Quist", "worksFor", "Acme") in found and ("Jane Quist", "ceoOf", "Acme") not in found
    found = rels(extractor, "Acme sells chips. Jane Quist, who runs the company, said so.", "en")
    assert ("Jane Quist", "ceoOf", "Acme") in found


def test_a_name_before_a_copula_and_a_company_noun_is_an_organisation(nlp_en, nlp_de):
    for text in ("Zorbix is a London startup.", "Zorbix is a startup based in London.",
                 "In Berlin, Zorbix is a startup with 20 staff."):
        assert ("Zorbix", "Organization") in ents(nlp_en, text), text
    assert ("Zorbix", "Organization") in ents(nlp_de, "Zorbix ist ein Start-up aus Dresden.")
    # a person, a noun phrase, a compound and another noun's kind are none
    assert not ents(nlp_en, "Jane is a startup founder.")
    assert not ents(nlp_en, "Quill is a product of the startup.")
    assert not ents(nlp_de, "Größter Geldgeber ist ein Fonds aus Berlin.")
    assert not any(label == "Roe" for label, _ in ents(nlp_en, "Jane Roe spoke. Roe is a startup veteran."))


@pytest.mark.parametrize("text, expected", [
    ("Zorbix Labs, a London startup, said on Tuesday it had raised $85 million in a seed round from Quibbl Capital.",
     ("Quibbl Capital", "investsIn", "Zorbix Labs")),
    ("Jane Quist, who spent four years on Acme's safety team, founded the startup.", ("Jane Quist", "worksFor", "Acme")),
    ("Zorbix Labs sells red-teaming services to Quibbl Labs.", ("Zorbix Labs", "partnerOf", "Quibbl Labs")),
    ("Zorbix Labs is a Dutch chip startup. Quibbl Capital led its most recent round in February.",
     ("Quibbl Capital", "investsIn", "Zorbix Labs")),
    ("Zorbix Labs' founder and chief executive, Jane Quist, said the model was cheap.",
     ("Jane Quist", "founderOf", "Zorbix Labs")),
])
def test_english_relations_of_fresh_kinds(extractor, text, expected):
    from tests.extract.conftest import rels

    found = rels(extractor, text, "en")
    assert expected in found, found


@pytest.mark.parametrize("text, wrong", [
    ("Zorbix Labs will build a campus in Texas, with Quibbl Capital as the main investor.",
     ("Zorbix Labs", "partnerOf", "Quibbl Capital")),
    ("Jane Quist said the startup Zorbix Labs previously ran tests at Quibbl Labs.", ("Jane Quist", "worksFor", "Quibbl Labs")),
    ("Zorbix Labs signed a partnership with Quibbl Labs to bring Rocket to its clients.", ("Quibbl Labs", "develops", "Rocket")),
])
def test_english_rules_that_must_not_fire(extractor, text, wrong):
    from tests.extract.conftest import rels

    assert wrong not in rels(extractor, text, "en")
