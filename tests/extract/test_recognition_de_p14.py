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
    found = ents(nlp_de, "Der Entwicklungschef Jan Olvasz und die Forschungsleiterin Ana Berg sprachen.")
    assert {("Jan Olvasz", "Person"), ("Ana Berg", "Person")} <= found


def test_an_outlet_cue_before_a_family_name_named_before_is_the_person(nlp_de):
    found = ents(nlp_de, "Chef von Acme ist der frühere Berater Henrik Olvasz. Das Modell schneidet laut Olvasz "
                         "besser ab als Rocket 2.")
    assert ("Henrik Olvasz", "Person") in found
    assert ("Olvasz", "Organization") not in found
    # an outlet stays an outlet
    assert ("Handelsblatt", "Organization") in ents(nlp_de, "Das Modell schneidet laut Handelsblatt besser ab.")


def test_loanwords_and_short_headed_compounds_are_nouns(nlp_de):
    found = ents(nlp_de, "Das Labor Acme hat mit seinem Reasoning-Modell Rocket 2 die Branche aufgeschreckt.")
    assert not any(label == "Reasoning" for label, _ in found)
    found = ents(nlp_de, "Beteiligt sind Zorblax über seinen Wagniskapitalarm sowie mehrere Business Angels.")
    assert not any(label in ("Wagniskapitalarm", "Angels", "Business Angels") for label, _ in found)


def test_hosters_spin_offs_and_portals_are_company_cues(nlp_de):
    assert ("Strato", "Organization") in ents(nlp_de, "Der Hoster Strato baut sein Rechenzentrum aus.")
    assert ("Lexora", "Organization") in ents(nlp_de, "Acme schloss sich mit dem Münchner Uni-Spin-off Lexora zusammen.")
    assert ("Pandaily", "Organization") in ents(nlp_de, "Dem Techportal Pandaily sagte er, das Ziel sei AGI.")


def test_inflected_rival_nouns_name_companies_and_still_persons(nlp_de):
    assert ("Optiq", "Organization") in ents(nlp_de, "Acme hatte den Dortmunder Konkurrenten Optiq geschluckt.")
    assert ("Zorblax", "Organization") in ents(nlp_de, "Acme hat den Rivalen Zorblax gekauft.")
    # an agent noun: a first name and a family name after it are a person
    assert ("Jan Olvasz", "Person") in ents(nlp_de, "Er lobte seinen Konkurrenten Jan Olvasz.")
    assert ("Jan Olvasz", "Person") in ents(nlp_de, "Hinter ihm steht der Rivale Jan Olvasz.")


def test_english_places_and_descriptions_are_no_chips_or_persons(nlp_en):
    found = ents(nlp_en, "Acme signed a deal with Corvid Systems, a Santa Clara chip designer whose parts it buys.")
    assert not any(t == "Hardware" for _, t in found)
    assert ("Zeta", "Hardware") in ents(nlp_en, "Acme uses the Zeta chip in its servers.")
    found = ents(nlp_en, "The racks were listed in a filing with the Shelby County planning office.")
    assert not any(t == "Person" for _, t in found)
    assert ("Optiq", "Organization") in ents(nlp_en, "Last year Zorblax merged with the Stuttgart vision specialist Optiq.")
    assert ("Jane Morrow", "Person") in ents(nlp_en, "The AI specialist Jane Morrow joined Acme.")


def test_english_appositions_with_a_possessive_or_a_participle_name_companies(nlp_en):
    assert ("Kielo", "Organization") in ents(nlp_en, "Last year it acquired Kielo, a Helsinki start-up specialising "
                                                      "in speech recognition.")
    assert ("Quibbl", "Organization") in ents(nlp_en, "The round was joined by Zorblax and by Quibbl, Acme's venture fund.")
    assert ("Quibbl", "Organization") in ents(nlp_en, "The chips were provided by Quibbl, the Japanese telecom operator, "
                                                       "which invests too.")
    # a person stays a person
    assert ("Jane Morrow", "Person") in ents(nlp_en, "Jane Morrow, the network operator, said so.")


def test_a_hyphenated_letter_code_makes_a_model_and_thinking_is_a_variant(nlp_en):
    found = ents(nlp_en, "Beijing-based Linghang AI on Monday unveiled Linghang-R2, a reasoning model.")
    assert ("Linghang-R2", "AIModel") in found and not any(label == "R2" for label, _ in found)
    assert ("Rocket Thinking", "AIModel") in ents(nlp_en, "It beat Acme's Rocket Thinking on maths.")
    assert not ents(nlp_en, "Acme-Q3 revenue rose.") & {("Acme-Q3", "AIModel")}


def test_a_cue_inside_a_head_name_and_sentence_adverbs_are_no_part_of_the_name(nlp_de) -> None:
    found = ents(nlp_de, "In der Runde kam der New Yorker Investor Quibbl Capital hinzu.")
    assert ("Quibbl Capital", "Organization") in found and not any("Investor" in label for label, _ in found)
    found = ents(nlp_de, "Allein Zorvex, die Beteiligungsgesellschaft von Acme, hat sich an neun Firmen beteiligt.")
    assert ("Zorvex", "Organization") in found and not any("Allein" in label for label, _ in found)
