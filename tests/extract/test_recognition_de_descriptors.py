"""German names right after a descriptor noun ("der Rüstungskonzern X", "der Energieversorger X",
"den Serverbauer X Systems", "das Sprachmodell X One"): the name is found, the descriptor is no part
of it, and common nouns after a descriptor stay nouns (invented names throughout)."""

from __future__ import annotations

from tests.extract.conftest import ents


def test_a_name_the_noun_list_only_guesses_a_compound_is_a_name_after_a_company_noun(nlp_de):
    # "Zorbmetall" ends in "Metall", but is no noun of the list: after the cue, a name
    assert ("Zorbmetall", "Organization") in ents(nlp_de, "Quibbl kooperiert mit dem Rüstungskonzern Zorbmetall.")
    assert ("Zorbmetall", "Organization") in ents(nlp_de, "Der Rüstungskonzern Zorbmetall meldete Gewinne.")
    assert ("Zorbmetall", "Organization") in ents(nlp_de, "Quibbl hat den Konzern Zorbmetall übernommen.")
    # nouns of the list, plurals and compounds of two nouns stay nouns
    for text in ("Er sagte, dass der Konzern Umsatz macht.", "Er sagte, dass der Konzern Rüstungsgüter liefert.",
                 "Er sagte, dass der Konzern Milliardenumsatz macht.",
                 "Er sagte, dass der Hersteller Quartalsumsatz meldet."):
        assert not any(t == "Organization" for _, t in ents(nlp_de, text)), text


def test_descriptor_compounds_of_companies_before_a_name(nlp_de):
    for text, name in (("Die Stadt hat mit dem Energieversorger Quorvia einen Vertrag geschlossen.", "Quorvia"),
                       ("Der Kredit kam von der Privatbank Velmont.", "Velmont"),
                       ("Acme verkauft über den Onlinehändler Quorvia.", "Quorvia"),
                       ("Der Netzwerkausrüster Quorvia meldete Gewinne.", "Quorvia"),
                       ("Die US-Notenbank Fedra senkte den Zins.", "Fedra")):
        assert (name, "Organization") in ents(nlp_de, text), text
    # the descriptor is no part of a name a head word ends
    found = ents(nlp_de, "Der Konzern hatte den Serverbauer Quorvia Systems übernommen.")
    assert ("Quorvia Systems", "Organization") in found and not any("Serverbauer" in label for label, _ in found)
    # a data bank is no bank; a person after a person-like descriptor stays a person
    assert ("Quorvia", "Organization") not in ents(nlp_de, "Acme speichert alles in der Vektordatenbank Quorvia.")
    assert not ents(nlp_de, "Die Daten liegen in der Datenbank Quorvia.")
    found = ents(nlp_de, "Der Händler Jan Quorn sagte das.")
    assert ("Jan Quorn", "Person") in found and not any(t == "Organization" for _, t in found)
    # a first name cut off before a family name that is a noun is no company either
    assert not any(t == "Organization" for _, t in ents(nlp_de, "Der Händler Jan Quendel sagte das."))


def test_chip_and_model_names_after_their_noun(nlp_de):
    # a code letter after a hyphen keeps a noun in the chip's name
    assert ("Quader-S", "Hardware") in ents(nlp_de, "Acme präsentierte den Beschleuniger Quader-S auf der Messe.")
    found = ents(nlp_de, "Acme nutzt den Chip Zeta-GPU für das Training.")
    assert not any(label.endswith("GPU") for label, _ in found)
    # a second capitalised word after a model noun belongs to the name
    found = ents(nlp_de, "Acme stellte sein neues Sprachmodell Velox One vor.")
    assert ("Velox One", "AIModel") in found and ("Velox", "AIModel") not in found
    # a noun or a person after the name does not
    assert ("Velox", "AIModel") in ents(nlp_de, "Acme stellte das Modell Velox Anfang Mai vor.")
    found = ents(nlp_de, "Das Modell Velox soll laut dem Modell Velox Jan Quorn zufolge helfen.")
    assert ("Jan Quorn", "Person") in found and not any(label.startswith("Velox ") for label, _ in found)
    # an apposition after a chip noun and its owner's genitive names the chip
    found = ents(nlp_de, "Der erste Chip des Start-ups, der Quasar Q1, wird im Herbst ausgeliefert.")
    assert ("Quasar Q1", "Hardware") in found
    found = ents(nlp_de, "Der erste Chip des Konzerns, der Quasar Q1, wird im Herbst ausgeliefert.")
    assert ("Quasar Q1", "Hardware") in found
    # a relative clause there is no name
    assert not ents(nlp_de, "Der Chip des Konzerns, der schneller ist, kommt im Herbst.")


def test_a_person_after_a_plural_role_compound_whose_company_is_a_first_name(nlp_de):
    # "Alpha" is a first name too: "Alpha-Forschern Jan" must not take the match from "Jan Quorn"
    found = ents(nlp_de, "Quibbl war von den früheren Zeta-Alpha-Forschern Jan Quorn und Lea Brandt gegründet worden.")
    assert {("Jan Quorn", "Person"), ("Lea Brandt", "Person")} <= found
    # a first name alone after the compound is no person
    assert not any(t == "Person" for _, t in ents(nlp_de, "Die Alpha-Forscher Jan sagten nichts."))


def test_hyphenated_and_variant_model_names_and_an_accusative_apposition(nlp_de):
    assert ("Vo-Lightning", "AIModel") in ents(nlp_de, "Dessen Modell Vo-Lightning schnitt besser ab.")
    assert ("Quill-Mini", "AIModel") in ents(nlp_de, "Das Modell Quill-Mini ist klein.")
    # a compound of a family or a noun after the hyphen is no part of the name
    for text in ("Das Modell Quill-Reihe ist gut.", "Das Modell Quill-Nachfolger ist gut."):
        found = ents(nlp_de, text)
        assert ("Quill", "AIModel") in found and not any("-" in label for label, _ in found), text
    found = ents(nlp_de, "Das Start-up hatte seinen ersten Beschleuniger, den Velgor N3, vorgestellt.")
    assert ("Velgor N3", "Hardware") in found


def test_a_company_descriptor_in_the_genitive_and_an_offshoot(nlp_de):
    for text in ("Die Software des US-Softwarehauses Quorvia ist gut.", "Die Aktie des Energieversorgers Quorvia stieg.",
                 "Er wechselte zum Acme-Ableger Quorvia."):
        assert ("Quorvia", "Organization") in ents(nlp_de, text), text
    # a genitive of a noun that is no company descriptor opens no name
    assert ("Quorvia", "Organization") not in ents(nlp_de, "Die Zahl des Rechenzentrums Quorvia stieg.")
    # a head word of names that looks like a genitive is no cue ("Partners Group")
    assert ("Group", "Organization") not in ents(nlp_de, "Der Vermögensverwalter Partners Group investiert in Acme.")


def test_a_firm_of_two_names_and_a_commissioner(nlp_de):
    found = ents(nlp_de, "Das sagt Analyst Jörg Quorn von der Beratungsfirma Kessler & Vogt.")
    assert ("Kessler & Vogt", "Organization") in found
    # a family name that is a noun after a role compound
    assert ("Sabine Krügel", "Person") in ents(nlp_de, "Auch deren Digitalbeauftragte Sabine Krügel sprach.")
    assert not ents(nlp_de, "Die Datenschutzbeauftragte des Landes sprach.")


def test_a_two_word_product_name_after_a_product_noun(nlp_de):
    assert ("Quillwerk Voice", "Product") in ents(nlp_de, "Acme setzt auf den Assistenten Quillwerk Voice.")
    # not a noun after the name, nor a name whose first word is a noun ("Drive")
    assert ("Quill", "Product") in ents(nlp_de, "Die App Quill Nutzern gefällt.")
    found = ents(nlp_de, "Als Rechner dient die Plattform Drive Zorvax von Acme.")
    assert ("Zorvax", "Product") not in found
