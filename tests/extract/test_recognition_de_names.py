"""German names after naming phrases, government bodies and other name shapes (invented names)."""

from __future__ import annotations

from tests.extract.conftest import ents


def test_namens_after_a_genitive_noun_names_that_noun(nlp_de):
    # "namens" belongs to the noun right before it, even in the genitive; a hyphenated name stays whole
    found = ents(nlp_de, "Der Manager hat den Aufbau eines eigenen Sprachmodells namens Q-Verse vorangetrieben.")
    assert ("Q-Verse", "AIModel") in found and not any(label == "Q" for label, _ in found)
    # a naming verb still names the head of the genitive attribute, not the attribute
    found = ents(nlp_de, "Das Herzstück des Start-ups heißt Zeta.")   # (p25c: "Flaggschiff" is a model noun now)
    assert not any(label == "Zeta" for label, _ in found)


def test_namens_without_a_type_noun_takes_a_letter_version_or_a_variant(nlp_de):
    found = ents(nlp_de, "Einen Nachfolger namens Zorbix Q2 plant die Firma für 2027.")
    assert ("Zorbix Q2", "AIModel") in found
    found = ents(nlp_de, "Eine neue Version namens Zorbix Pro soll im Herbst erscheinen.")
    assert ("Zorbix Pro", "AIModel") in found
    # a German noun after the name is a word of the sentence
    found = ents(nlp_de, "Eine Version namens Zorbix Anfang 2027 ist geplant.")
    assert not any("Anfang" in label for label, _ in found)


def test_a_state_or_city_named_as_an_actor_is_an_organisation_also_known_by_the_place(nlp_de):
    doc = nlp_de("Erste Kunden sind das Land Thüringen und die Stadt Bremen. Der Freistaat Thüringen fördert Zorbix.")
    found = {(e.label, e.type): e for e in doc._.kg_entities}
    assert ("Land Thüringen", "Organization") in found and ("Stadt Bremen", "Organization") in found
    assert "Thüringen" in found[("Land Thüringen", "Organization")].aliases


def test_a_state_or_city_after_a_preposition_of_place_is_a_place(nlp_de):
    found = ents(nlp_de, "Im Freistaat Thüringen arbeiten 50 Leute. In der Stadt Bremen eröffnet Zorbix ein Büro.")
    assert not any("Thüringen" in label or "Bremen" in label for label, _ in found)


def test_more_kinds_of_business_before_a_name_are_no_part_of_it(nlp_de):
    for text in ("Zu den Kunden zählt der Chipriese Zorbix.", "Zu den Kunden zählt der Logistiker Zorbix.",
                 "Die Versicherung Zorbix testet den Chatbot.", "Das sagte ein Sprecher des Chipriesen Zorbix.",
                 "Zu den Kunden zählen Siemens und der Suchmaschinenriese Zorbix."):
        found = ents(nlp_de, text)
        assert ("Zorbix", "Organization") in found and not any(" Zorbix" in label for label, _ in found), text
    # the noun alone names nobody
    assert not ents(nlp_de, "Die Versicherung zahlt nicht.")


def test_kinds_of_ai_models_as_compounds_name_a_model(nlp_de):
    assert ("Zorbix", "AIModel") in ents(nlp_de, "Kern ist das Steuerungsmodell Zorbix, das Roboter lenkt.")
    assert ("Zorbix", "AIModel") in ents(nlp_de, "Das Labor zeigt das Weltmodell Zorbix.")
    # a business model is none
    assert not ents(nlp_de, "Das Geschäftsmodell Zorbix ist neu.")


def test_a_name_before_a_final_naming_verb_is_typed_by_the_noun(nlp_de):
    assert ("Zorbix-W", "AIModel") in ents(nlp_de, "Das erste Modell des Labors soll Zorbix-W heißen.")
    assert ("Zorbix Q1", "Hardware") in ents(nlp_de, "Der Chip wird „Zorbix Q1“ heißen.")
    # no cue noun before the auxiliary: no name
    assert not ents(nlp_de, "Das dürfte Zorbix heißen.")


def test_an_adjective_opening_a_headline_is_no_genitive_name(nlp_de):
    assert not ents(nlp_de, "Offenes Sprachmodell aus Thüringen soll Europas Antwort werden.")
    assert not ents(nlp_de, "Streit um Tests: Chinesisches Modell gewinnt.")
    # a genitive of a name ending in -e still is one ("Quandtes" of "Quandte")
    assert ("Quandte", "Organization") in ents(nlp_de, "Quandtes Modell gewinnt.")


def test_sentence_adverbs_and_short_headed_compounds_are_no_names(nlp_de):
    assert not ents(nlp_de, "Zugleich meldet der Konzern einen Neuzugang.")
    assert not ents(nlp_de, "Für das Training hat das Labor Rechenzeit auf einem Supercomputer erhalten.")
    # a maker's compound ending in -bauer before a name is no part of it
    assert ("Zorbix", "Organization") in ents(nlp_de, "Zu den Kunden gehört der Sportwagenbauer Zorbix.")
    assert ("Jan Bauer", "Person") in ents(nlp_de, "Das sagte Jan Bauer.")


def test_an_english_role_title_in_german_text_names_no_company(nlp_de):
    assert not ents(nlp_de, "Sie soll dort als Chief AI Officer alle Projekte bündeln.")


def test_a_name_before_so_der_name_is_typed_by_the_noun_before(nlp_de):
    found = ents(nlp_de, "Das Labor hat ein neues Sprachmodell für Entwickler veröffentlicht. "
                         "Zorbix Alpin, so der Name, ist frei verfügbar.")
    assert ("Zorbix Alpin", "AIModel") in found
    found = ents(nlp_de, "Das Start-up zeigt einen Chip für Roboter. Zorbix Q1, so sein Name, ist klein.")
    assert ("Zorbix Q1", "Hardware") in found
    # without the phrase the words are no name
    assert not ents(nlp_de, "Das Labor zeigt es. Zorbix Alpin, sagte er, sei neu.")


def test_a_hyphenated_compound_ending_in_a_cue_names_the_company_after_it(nlp_de):
    # "KI-Fonds" is no cue phrase, but its last part is ("hedge-fonds" shares its pattern)
    for text in ("Beteiligt ist auch der KI-Fonds Zorbix.", "Beteiligt ist auch der Climate-Tech-Fonds Zorbix."):
        found = ents(nlp_de, text)
        assert ("Zorbix", "Organization") in found and not any("Fonds" in label for label, _ in found), text
    # a hyphenated compound before a cue that names nobody stays no name
    assert not ents(nlp_de, "Der KI-Fonds wächst.")


def test_more_kinds_of_organisation_before_a_name(nlp_de):
    for text in ("Zuvor arbeitete sie beim Wetterdienst Zorbix.", "Das sagte ein Analyst der Denkfabrik Zorbix.",
                 "Die Drogeriekette Zorbix testet den Chatbot.", "Die Wettbewerbsbehörde Zorbix prüft den Fall.",
                 "Die Organisation Zorbix kritisiert das.", "Der Hyperscaler Zorbix baut Rechenzentren.",
                 "Auch die Investitionsbank Zorbix ist dabei.", "Das Forschungsinstitut Zorbix testet das Modell."):
        found = ents(nlp_de, text)
        assert ("Zorbix", "Organization") in found, text
    # a German noun after the cue is no name; an institute named with a hyphen is not cut
    assert not ents(nlp_de, "Die Behörde Ende Mai prüfte den Fall.")
    assert not any(label == "Qvx" for label, _ in ents(nlp_de, "Er arbeitete beim Zorbix-Institut Qvx in Dresden."))


def test_a_word_after_a_letter_and_hyphen_is_no_company(nlp_de):
    found = ents(nlp_de, "Beteiligt ist auch der E-Commerce-Konzern Zorbix.")
    assert ("Zorbix", "Organization") in found and not any("Commerce" in label for label, _ in found)


def test_a_noun_with_a_version_is_a_model_where_the_text_names_it_as_one(nlp_de):
    # "Lindwurm" is a German noun: "Lindwurm 2" alone is no name ("Kapitel 2"), but with a variant word
    # or after a model noun it is, and then every "Lindwurm" with a version number is a model
    found = ents(nlp_de, "Die Familie umfasst das große Lindwurm 2 Pro und das kleine Lindwurm 2 Mini. "
                         "Lindwurm 2 löst das erste Modell, Lindwurm 1, ab. In Kapitel 2 steht mehr.")
    assert {("Lindwurm 2 Pro", "AIModel"), ("Lindwurm 2 Mini", "AIModel"), ("Lindwurm 2", "AIModel"),
            ("Lindwurm 1", "AIModel")} <= found
    assert not any(label.startswith("Kapitel") for label, _ in found)
    found = ents(nlp_de, "Das Labor zeigt das Sprachmodell Lindwurm 2. Die erste Version, Lindwurm 1, war klein.")
    assert ("Lindwurm 1", "AIModel") in found
    # without such a name the noun and its number stay words
    assert not ents(nlp_de, "Lindwurm 2 löst das erste Modell, Lindwurm 1, ab. Version 3 kommt.")


def test_a_catalogue_name_that_is_a_noun_is_the_noun_after_an_indefinite_article(tmp_path):
    from kg.extract import Extractor

    path = tmp_path / "catalogue.tsv"
    path.write_text("key\ttype\tlabel\tlabel_de\taliases\twikidata\tnote\n"
                    "a\tOrganization\tAllianz SE\t\tAllianz\t\tinvented entry of a name that is a German noun\n",
                    encoding="utf-8")
    nlp = Extractor(catalogue_path=str(path)).pipeline("de")
    assert ("Allianz", "Organization") in ents(nlp, "Zu den Kunden zählen die Allianz und die Firma Zorbix.")
    assert not any(label == "Allianz" for label, _ in ents(nlp, "Die Firma Zorbix schmiedet eine Allianz mit Vexa."))
    assert not ents(nlp, "Die Allianz zwischen Zorbix und Vexa hält.")


def test_a_naming_verb_after_a_pronoun_or_plain_noun_names_the_thing_of_the_sentence_before(nlp_de):
    found = ents(nlp_de, "Das Start-up hat ein neues Sprachmodell trainiert. Es heißt Zorbix und liest Verträge.")
    assert ("Zorbix", "AIModel") in found
    found = ents(nlp_de, "Quillon hat seinen ersten Chip gezeigt. Der Baustein hört auf den Namen Quillon Z7 und ist sparsam.")
    assert ("Quillon Z7", "Hardware") in found
    found = ents(nlp_de, "Die Firma baut ein Sprachmodell für Ämter. Es trägt den Namen Amtsstube-3.")
    assert ("Amtsstube-3", "AIModel") in found


def test_a_naming_verb_after_a_pronoun_names_nothing_without_a_thing_before(nlp_de):
    # no cue noun in the sentence before, an expletive "es", a German noun, a person
    assert not any(label == "Zorbix" for label, _ in ents(nlp_de, "Die Firma wächst. Es heißt Zorbix."))
    assert not any(t == "AIModel" for _, t in ents(nlp_de, "Die Firma hat ein Modell gebaut. Es heißt, das sei teuer."))
    assert not any(label == "Experten" for label, _ in
                   ents(nlp_de, "Die Firma hat ein Modell gebaut. Es heißt Experten zufolge, es sei gut."))
    found = ents(nlp_de, "Die Firma hat ein Modell gebaut. Die Chefin heißt Jana Roe.")
    assert not any(t == "AIModel" for _, t in found)
    assert not any(label == "Lena" for label, _ in ents(nlp_de, "Die Firma hat ein Modell gebaut. Sie heißt Lena."))


def test_den_namen_tragen_names_the_subject(nlp_de):
    found = ents(nlp_de, "Das neue Modell soll den Namen Zorbix tragen.")
    assert ("Zorbix", "AIModel") in found
    # the noun is the name after "den Namen": "Werkbank" is a German noun
    found = ents(nlp_de, "Die Partner entwickeln ein Sprachmodell. Das System soll den Namen Werkbank tragen.")
    assert ("Werkbank", "AIModel") in found
    # "tragen" without "den Namen" names nothing
    assert not any(label == "Kosten" for label, _ in ents(nlp_de, "Das Modell soll die Kosten tragen."))
    assert not any(label == "Verantwortung" for label, _ in ents(nlp_de, "Das Start-up soll Verantwortung tragen."))


def test_a_double_family_name_whose_second_part_is_a_german_noun_stays_whole(nlp_de):
    found = ents(nlp_de, "„Das reicht nicht“, sagte Jana Quendt-Schenk, Partnerin beim Beratungshaus Zorbix.")
    assert ("Jana Quendt-Schenk", "Person") in found
    # two known family names that are German nouns too
    assert ("Jana Koch-Bauer", "Person") in ents(nlp_de, "„Gut“, sagte Jana Koch-Bauer dem Zorbix-Kurier.")
    # an institution or a compound after the name is no part of it
    found = ents(nlp_de, "Die Studie von Jana Roe-Forschung zeigt das.")
    assert not any("Forschung" in label for label, _ in found)
    found = ents(nlp_de, "Die Jana Roe-Stiftung fördert Zorbix.")
    assert ("Jana Roe-Stiftung", "Person") not in found


def test_a_business_angel_before_a_name_is_no_part_of_it(nlp_de):
    found = ents(nlp_de, "Beteiligt sind der Fonds Zorbix Capital und der Business Angel Christian Quendt.")
    assert ("Christian Quendt", "Person") in found and not any("Angel" in label for label, _ in found)


def test_given_names_the_gender_list_lacks_lead_a_person(nlp_de):
    found = ents(nlp_de, "Als dritter Mitgründer ist der Chemiker Amadou Quendt an Bord.")
    assert ("Amadou Quendt", "Person") in found
    found = ents(nlp_de, "Geführt wird die Firma von Siddharth Roe, der früher bei Zorbix arbeitete.")
    assert ("Siddharth Roe", "Person") in found


def test_an_adjective_opening_a_quote_or_a_clause_after_a_colon_is_no_model(nlp_de):
    assert not any(label == "Offene" for label, _ in ents(nlp_de, "„Offene Modelle sind die Zukunft“, sagte sie."))
    found = ents(nlp_de, "Die Chefin verteidigt den Kurs: Kleinere Modelle wie Zorbix bleiben frei.")
    assert not any(label == "Kleinere" for label, _ in found)
    # a name before a model noun inside a quote still counts
    assert ("Quillon", "AIModel") in ents(nlp_de, "„Quillon Modelle sind schnell“, sagte sie.")


def test_a_compound_chip_noun_before_a_versioned_name_types_it_and_is_no_part_of_it(nlp_de):
    found = ents(nlp_de, "Im Mittelpunkt steht der Inferenzchip Zorbix V2, den das Start-up vorgestellt hat.")
    assert ("Zorbix V2", "Hardware") in found and not any("Inferenzchip" in label for label, _ in found)


def test_a_new_version_of_a_chip_named_only_by_its_shape_is_a_chip_too(nlp_de):
    found = ents(nlp_de, "Der Chip mit dem Namen Ferrox-1 ist sparsam. Einen Nachfolger namens Ferrox-2 plant die Firma für 2027.")
    assert ("Ferrox-2", "Hardware") in found
    found = ents(nlp_de, "Quarzlicht zeigt den KI-Beschleuniger QL-40. Der Nachfolger QL-80 soll 2027 folgen.")
    assert ("QL-80", "Hardware") in found
    # a model noun keeps its model; another stem is no sibling
    found = ents(nlp_de, "Der Chip Zorbix 1 ist schnell. Das Sprachmodell Zorbix 2 läuft darauf.")
    assert ("Zorbix 2", "AIModel") in found
    found = ents(nlp_de, "Der Chip Ferrox-1 ist schnell. Auf ihm läuft Quillon 3.")
    assert not any(label == "Quillon 3" and t == "Hardware" for label, t in found)


def test_a_list_of_names_right_after_an_article_and_a_plural_company_noun(nlp_de):
    found = ents(nlp_de, "Mit dabei sind außerdem die Altgesellschafter Quellbrand Nine und Zorbix.")
    assert ("Quellbrand Nine", "Organization") in found and ("Zorbix", "Organization") in found
    found = ents(nlp_de, "Die Konkurrenten Quellbrand, Zorbix und Ferrox kämpfen um Kunden.")
    assert {("Quellbrand", "Organization"), ("Zorbix", "Organization"), ("Ferrox", "Organization")} <= found
    # persons stay persons, nouns stay words, one name alone is no list
    found = ents(nlp_de, "Die Investoren Jana Roe und Jan Poe sind dabei.")
    assert ("Jana Roe", "Person") in found and not any(t == "Organization" for _, t in found)
    assert ents(nlp_de, "Den Unternehmen Zeit und Geld zu geben, ist gut.") == set()
    assert ents(nlp_de, "Die Kunden Quellbrand sind zufrieden.") == set()


def test_a_list_item_after_a_compound_of_a_name_and_a_noun_is_the_name_after_it(nlp_de):
    found = ents(nlp_de, "Das Start-up konkurriert mit dem US-Unternehmen Zorbix und dem Quellbrand-Ableger Ferrox.")
    assert ("Ferrox", "Organization") in found and not any("Ableger" in label for label, _ in found)


def test_a_german_noun_after_a_preposition_and_a_thing_noun_is_its_name(nlp_de):
    assert ("Joule", "Product") in ents(nlp_de, "Die Spracherkennung steckt inzwischen im Assistenten Joule.")
    assert ("Joule", "Product") in ents(nlp_de, "Die Technik soll in den hauseigenen Assistenten Joule einfließen.")
    assert ("Kompass", "AIModel") in ents(nlp_de, "Die Prognosen basieren auf dem firmeneigenen Modell Kompass, das Wetterdaten nutzt.")
    # an object or an abstract noun after the phrase is no name
    assert ents(nlp_de, "Die Firma will mit dem Modell Geld verdienen.") == set()
    assert ents(nlp_de, "Nutzer sprechen im Chatbot Zukunft an.") == set()
    assert ents(nlp_de, "Das gilt beim Modell Leistung und Preis.") == set()


def test_a_name_after_a_fronted_participle_and_its_auxiliary_is_a_company(nlp_de):
    found = ents(nlp_de, "Gegründet wurde Quellbrand 2021 von Jana Roe.")
    assert ("Quellbrand", "Organization") in found
    found = ents(nlp_de, "Geführt wird Brixfeld von Bolaji Quendt, der früher bei Zorbix arbeitete.")
    assert ("Brixfeld", "Organization") in found and ("Bolaji Quendt", "Person") in found
    # an article, a German noun, a place or a plural after the auxiliary names no company
    for text in ("Gegründet wurde das Start-up 2021 von Jana Roe.", "Finanziert wird Forschung vom Bund.",
                 "Finanziert wird Berlin vom Bund.", "Finanziert werden Rechenzentren vom Bund.",
                 "Gekauft wurden Grafikkarten von Nvidia."):
        assert not any(t == "Organization" and label != "Nvidia" for label, t in ents(nlp_de, text)), text


def test_a_family_name_that_is_a_german_noun_after_a_foreign_particle(nlp_de):
    assert ("Ruben ter Horst", "Person") in ents(nlp_de, "Gegründet wurde Zorbix von Ruben ter Horst, der zuvor bei Quellbrand war.")
    assert not any(label.startswith("Jana") for label, _ in ents(nlp_de, "Ein Bild von Jana da Kunst."))


def test_a_name_shaped_like_a_person_after_a_noun_that_names_only_companies_is_a_company(nlp_de):
    found = ents(nlp_de, "Zu den Geldgebern zählt Jan Roe mit seiner Investmentfirma Prima Vortexa.")
    assert ("Prima Vortexa", "Organization") in found and ("Jan Roe", "Person") in found
    assert ("Noris Quendt", "Organization") not in ents(nlp_de, "Der Investor Noris Quendt ist dabei.")
    assert ("Jan Roe", "Person") in ents(nlp_de, "Das sagte Konzernchef Jan Roe.")
    assert ("Zorbix Network", "Organization") in ents(nlp_de, "Das Rechenzentrum betreibt der Dienstleister Zorbix Network.")


def test_a_german_noun_after_a_company_cue_that_opens_another_sentence_bare_is_a_name(nlp_de):
    found = ents(nlp_de, "Das Hamburger Legal-Tech-Start-up Paragraf hat Geld eingesammelt. Paragraf entwickelt Software.")
    assert ("Paragraf", "Organization") in found
    # no bare use elsewhere, an article there, or an abstract noun: still a word
    assert ents(nlp_de, "Das Start-up Paragraf hat Geld eingesammelt.") == set()
    assert ents(nlp_de, "Das Start-up Paragraf hat Geld. Der Paragraf gilt.") == set()
    assert ents(nlp_de, "Die Gesellschaft Forschung wächst. Forschung braucht Geld.") == set()


def test_a_naming_verb_after_a_pronoun_opening_the_clause_after_a_colon(nlp_de):
    found = ents(nlp_de, "Im Zentrum steht ein eigenes Sprachmodell: Es heißt Quillon und wurde mit Urteilen trainiert.")
    assert ("Quillon", "AIModel") in found
    assert ents(nlp_de, "Die Firma wächst: Es heißt Quillon.") == set()


def test_a_first_name_or_family_name_that_is_a_noun_ends_a_firm_named_after_persons(nlp_de):
    found = ents(nlp_de, "Mehr als 150 Kanzleien nutzen die Software, darunter die Großkanzlei Quendt Lutz.")
    assert ("Quendt Lutz", "Organization") in found
    found = ents(nlp_de, "Beim Start-up Quillon sagte Jana Roe das.")
    assert ("Quillon", "Organization") in found and ("Jana Roe", "Person") in found


def test_a_thing_after_a_relative_possessive_is_named_before_its_noun(nlp_de):
    found = ents(nlp_de, "Der Konzern konkurriert mit Zorbix, dessen Quillon-Chips bei vielen Autobauern gesetzt sind.")
    assert ("Quillon", "Hardware") in found
    assert not any(label == "Cloud" for label, _ in ents(nlp_de, "Die Firma, deren Cloud-Plattform wächst, ist groß."))


def test_a_letter_code_after_a_noun_of_succession_is_a_thing_like_its_predecessor(nlp_de):
    found = ents(nlp_de, "Der Baustein mit dem Namen Quillon Q1 ist sparsam. Der Nachfolger Q2 soll 2027 erscheinen.")
    assert ("Q2", "Hardware") in found
    found = ents(nlp_de, "Der erste Chip, Zorbix Z1, wird in Dresden gefertigt. Eine zweite Generation, der Z2, ist geplant.")
    assert ("Z2", "Hardware") in found
    # no predecessor of the same letter: no name ("Q3" is a quarter)
    assert not any(label == "Q3" for label, _ in ents(nlp_de, "Das Modell Zorbix L1 ist gut. Der Nachfolger Q3 kommt."))
    assert ents(nlp_de, "Der Nachfolger L2 soll 2027 erscheinen.") == set()
