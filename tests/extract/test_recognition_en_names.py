"""English person names that are also words of a chip's name (invented names)."""

from __future__ import annotations

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
