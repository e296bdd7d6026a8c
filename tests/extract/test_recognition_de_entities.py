"""German entity recognition and typing: names that are nouns, role compounds, known names
inside longer ones, coordinations (invented names throughout)."""

from __future__ import annotations


def ents(nlp, text):
    doc = nlp(text)
    return {(e.label, e.type) for e in doc._.kg_entities}


def test_a_first_name_that_is_also_part_of_a_place_starts_a_person(nlp_de):
    found = ents(nlp_de, "Gegründet wurde Quibbl von Clara Vogelsang und Tobias Raabe.")
    assert {("Clara Vogelsang", "Person"), ("Tobias Raabe", "Person")} <= found
    found = ents(nlp_de, "Das sagte Clara Engel am Montag.")
    assert ("Clara Engel", "Person") in found
    found = ents(nlp_de, "Der Konzern aus Santa Clara kontrolliert den Markt.")
    assert not any(t == "Person" for _, t in found)


def test_a_role_compound_after_a_company_is_no_part_of_the_person(nlp_de):
    found = ents(nlp_de, "„Das Auto spricht“, sagte Acme-Entwicklungschef Jörg Quendel bei der Vorstellung.")
    assert ("Jörg Quendel", "Person") in found
    assert not any("Entwicklungschef" in label for label, _ in found)
    found = ents(nlp_de, "Finanzvorständin Petra Olbricht kündigte an, eine Runde abzuschließen.")
    assert ("Petra Olbricht", "Person") in found and not any(t == "Organization" for _, t in found)


def test_a_known_model_and_a_variant_word_is_a_model_not_a_person(nlp_de):
    found = ents(nlp_de, "In Tests liegt es vor Rocket Sonnet von Acme.")
    assert ("Rocket Sonnet", "AIModel") in found and not any(t == "Person" for _, t in found)
    found = ents(nlp_de, "Acme stellt Rocket vor.")      # no variant: the family alone
    assert ("Rocket", "AIModel") in found


def test_a_known_company_inside_a_model_name_is_no_entity_of_its_own(nlp_de):
    found = ents(nlp_de, "Die Software führt offene Modelle wie Acme Large ohne Umbau aus.")
    assert ("Acme", "Organization") not in found
    found = ents(nlp_de, "Acme hat Acme Large vorgestellt.")     # named alone too
    assert ("Acme", "Organization") in found


def test_new_names_coordinated_with_known_companies(nlp_de):
    found = ents(nlp_de, "Mit dem Chip tritt Quibbl gegen Acme, Zorblax und Tessarin an, ein Start-up aus Cambridge.")
    assert ("Tessarin", "Organization") in found
    found = ents(nlp_de, "Zu den Geldgebern gehörten Brightwell Ventures und Point Nival.")
    assert ("Point Nival", "Organization") in found
    # no persons, places, nouns or compounds of a thing or role
    found = ents(nlp_de, "Acme und Jana Quorn feiern. Acme und Berlin wachsen. Acme und Partner verhandeln. "
                         "Acme und Velorix-Chips verkaufen sich.")
    assert {label for label, t in found if t == "Organization"} == {"Acme"}
    # a comma alone opens an apposition, no list
    found = ents(nlp_de, "Er sprach mit Acme, Tessarin blieb fern.")
    assert ("Tessarin", "Organization") not in found
