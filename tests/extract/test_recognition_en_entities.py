"""English entities a relation needs: names typed by an apposition, an investment arm, a firm's kind
(invented names)."""

from __future__ import annotations

from tests.extract.conftest import ents


def test_a_first_name_alone_before_a_model_apposition_names_the_model(nlp_en):
    found = ents(nlp_en, "Quorvex unveils Marta, a reasoning model it says rivals larger systems.")
    assert ("Marta", "AIModel") in found
    # a first name and a family name stay a person's name
    found = ents(nlp_en, "Marta Quendel, a model of calm, said so.")
    assert ("Marta Quendel", "Person") in found and not any(t == "AIModel" for _, t in found)
