"""Descriptions that refer back to an organisation: "the Paris company", "der ChatGPT-Entwickler"
(kg/extract/linking.py, cue kinds description_place_prep and anaphor_org_compound_head)."""

from __future__ import annotations

from tests.extract.conftest import resolved


def test_place_description_refers_to_the_organisation_described_with_the_place(nlp_en):
    text = ("Acme, based in Lisbon, raised money from Zorblax. Quibbl, an Oslo startup, also expanded. "
            "Zorblax invested in Quibbl. The Lisbon company hired Jane Roe. The Oslo firm later grew.")
    got = resolved(nlp_en, text)
    assert ("company", "Acme") in got      # not Zorblax, the subject before it
    assert ("firm", "Quibbl") in got


def test_product_description_refers_to_its_maker(nlp_en):
    text = ("Zorblax's Rocket model competes with the startup Quibbl. Acme also invested in Quibbl. "
            "The Rocket maker hired Jane Roe.")
    assert ("maker", "Zorblax") in resolved(nlp_en, text)


def test_description_without_a_described_organisation_keeps_the_subject(nlp_en):
    # nothing in the text ties Lisbon to a name: the usual choice, the subject before it
    text = "Acme invested in Zorblax. The Lisbon company hired Jane Roe."
    assert ("company", "Acme") in resolved(nlp_en, text)


def test_description_matching_two_organisations_is_not_decided_by_it(nlp_en):
    text = ("Acme, based in Lisbon, and Zorblax, a Lisbon startup, compete. Zorblax invested in Quibbl. "
            "The Lisbon company hired Jane Roe.")
    assert ("company", "Zorblax") in resolved(nlp_en, text)     # the subject before it


def test_german_adjective_of_a_place_and_compound_anaphor(nlp_de):
    text = ("Das Münchner Start-up Quibbl entwickelt Chips. Acme arbeitet mit Zorblax. "
            "Das Münchner Unternehmen wird von Acme unterstützt. "
            "Der Versicherungskonzern Plonkia investiert in Zorblax. Acme kauft Quibbl. "
            "Der Versicherungskonzern kooperiert zudem mit Acme.")
    got = resolved(nlp_de, text)
    assert ("Unternehmen", "Quibbl") in got
    assert ("Versicherungskonzern", "Plonkia") in got[-1:]


def test_compound_naming_another_organisation_is_no_anaphor(nlp_de):
    text = "Acme kauft Zorblax. Der Mutterkonzern wollte sich nicht äußern."
    assert not any(t == "Mutterkonzern" for t, _ in resolved(nlp_de, text))
