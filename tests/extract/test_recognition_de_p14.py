"""German names found on fresh training articles of 2026-11-28: a company's name after "von" in
a person's span, hyphenated model names with a version, "-mini" after a known model, a known
company followed by nouns, names ending in a word of a longer title (invented names throughout)."""

from __future__ import annotations

from tests.extract.conftest import ents


def test_a_particle_before_a_company_name_ends_the_person(nlp_de, nlp_en):
    found = ents(nlp_de, "Der Analyst Tom Ives von Halder Securities hielt die Sorge für übertrieben.")
    assert {("Tom Ives", "Person"), ("Halder Securities", "Organization")} <= found
    assert not any("von" in label for label, _ in found)
    found = ents(nlp_en, "Analyst Tom Ives of Halder Securities called the worries overdone.")
    assert {("Tom Ives", "Person"), ("Halder Securities", "Organization")} <= found
    # a particle in a person's name stays where no company word follows
    assert ("Ursula von der Leyen", "Person") in ents(nlp_de, "Die Kommissarin Ursula von der Leyen lobte Acme.")
    assert ("Johann Wolfgang von Hollen", "Person") in ents(nlp_de, "Der Gründer Johann Wolfgang von Hollen lachte.")


def test_a_hyphenated_name_with_a_version_is_a_model(nlp_de, nlp_en):
    assert ("Veltro-LM 3", "AIModel") in ents(nlp_de, "In Tests liege Veltro-LM 3 gleichauf mit Rocket 2.")
    assert ("Veltro-LM 3", "AIModel") in ents(nlp_en, "Acme released Veltro-LM 3 on Monday.")


def test_a_variant_after_a_hyphen_makes_a_known_model_a_model_of_its_own(nlp_de, nlp_en):
    found = ents(nlp_de, "Das neue Modell schlägt Acmes Rocket-mini bei der Prüfung von Verträgen.")
    assert ("Rocket-mini", "AIModel") in found and ("Rocket", "AIModel") not in found
    assert ("Rocket-pro", "AIModel") in ents(nlp_en, "It trails Acme's Rocket-pro on coding tasks.")
    # a blank after the hyphen: a dash, no variant
    assert ("Rocket", "AIModel") in ents(nlp_en, "It trails Rocket - mini models are cheaper.")


def test_a_known_company_after_a_cue_takes_no_nouns_or_known_names_after_it(nlp_de):
    found = ents(nlp_de, "Tatsächlich hat der Cloud-Anbieter Acme Zehntausende Kestro-Systeme geordert.")
    assert ("Acme", "Organization") in found
    assert not any("Zehntausende" in label for label, _ in found)
    found = ents(nlp_de, "Der Cloud-Anbieter Acme hat Tausende Chips gekauft.")
    assert ("Acme", "Organization") in found and not any("Tausende" in label for label, _ in found)


def test_a_name_ending_in_a_word_of_a_longer_title_is_no_role(nlp_de):
    found = ents(nlp_de, "Hinter Lumora stehen die Wagniskapitalgeber Zorblax und Partech.")
    assert ("Partech", "Organization") in found
    # role compounds still are roles: the person after them is found, the compound is no name
    found = ents(nlp_de, "Der Entwicklungschef Jan Quendel und die Forschungsleiterin Ana Berg sprachen.")
    assert {("Jan Quendel", "Person"), ("Ana Berg", "Person")} <= found
