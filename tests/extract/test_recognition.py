"""Entity layers: catalogue, cue and shape recognisers, linking and anaphors."""

from __future__ import annotations

from tests.extract.conftest import triples  # noqa: F401


def ents(nlp, text):
    doc = nlp(text)
    return {(e.label, e.type) for e in doc._.kg_entities}, doc


def test_catalogue_names_with_genitive_suffix_and_casing(nlp_de):
    found, doc = ents(nlp_de, "Acmes Gewinn steigt. ACME Corp. und Zorblax Inc. wachsen.")
    assert ("Acme Corp.", "Organization") in found and ("Zorblax Inc.", "Organization") in found
    acme = next(e for e in doc._.kg_entities if e.label == "Acme Corp.")
    assert acme.same_as == ["http://www.wikidata.org/entity/Q100001"]
    assert acme.id.endswith("/acme")          # catalogue entries use their key


def test_organisation_cues(nlp_de, nlp_en):
    found, _ = ents(nlp_de, "Das Start-up Quibbl und der Konzern Vexacom GmbH sowie die US-Regierung.")
    assert {("Quibbl", "Organization"), ("Vexacom GmbH", "Organization"), ("US-Regierung", "Organization")} <= found
    found, _ = ents(nlp_en, "Brightpeak Capital and the startup Nuvolo backed Kalderon Systems.")
    assert {("Brightpeak Capital", "Organization"), ("Nuvolo", "Organization"),
            ("Kalderon Systems", "Organization")} <= found


def test_german_common_nouns_are_not_names(nlp_de):
    found, _ = ents(nlp_de, "Der Konzern Grafikkarten kauft. Die Plattform Sommer 2024 wächst.")
    assert not any(label in ("Grafikkarten", "Sommer 2024") for label, _ in found)


def test_person_names_from_first_names_surnames_and_roles(nlp_de, nlp_en):
    found, _ = ents(nlp_de, "Acme-Chef Tobias Wendt und Mei-Ling Zhang trafen die Gründerin Ailsa Quorn.")
    assert {("Tobias Wendt", "Person"), ("Mei-Ling Zhang", "Person"), ("Ailsa Quorn", "Person")} <= found
    found, _ = ents(nlp_en, "Acme CEO Dovid Brask met Claire Dubois.")
    assert {("Dovid Brask", "Person"), ("Claire Dubois", "Person")} <= found


def test_given_names_the_gender_list_lacks_come_from_the_lexicon_file(nlp_de, nlp_en):
    # South Asian and Indonesian given names missing from gender-guesser's list
    found, _ = ents(nlp_en, "Yesterday Piyush Vorlan said the results were good, and Sakshi Drenn agreed.")
    assert {("Piyush Vorlan", "Person"), ("Sakshi Drenn", "Person")} <= found
    found, _ = ents(nlp_de, "Gestern sagte Wahyu Tarnek, die Ergebnisse seien gut.")
    assert ("Wahyu Tarnek", "Person") in found


def test_models_hardware_products_concepts(nlp_de, nlp_en):
    found, _ = ents(nlp_de, "Acme trainiert Quill 3.5 aus der Quill-Reihe auf Acme Z900-GPUs für Open-Source-KI.")
    assert {("Quill 3.5", "AIModel"), ("Quill", "AIModel"), ("Acme Z900", "Hardware"),
            ("Open Source", "Concept")} <= found
    found, _ = ents(nlp_en, "Zorblax unveiled Vela 2.0 Flash and the Nimbus Smartglasses.")
    assert {("Vela 2.0 Flash", "AIModel"), ("Nimbus Smartglasses", "Product")} <= found


def test_surname_and_genitive_mentions_join_the_full_name(nlp_de):
    doc = nlp_de("Quibbl-Chef Tobias Wendt lacht. Wendts Plan gefällt. Wendt bleibt.")
    person = next(e for e in doc._.kg_entities if e.type == "Person")
    assert person.label == "Tobias Wendt" and person.aliases == ["Wendt"]
    assert len(person.mentions) == 3


def test_suffix_forms_are_one_entity_labelled_with_the_fullest_name(nlp_en):
    doc = nlp_en("Startup Nuvolo Inc. grew. Nuvolo hired staff.")
    orgs = [e for e in doc._.kg_entities if e.type == "Organization"]
    assert [(e.label, e.aliases) for e in orgs] == [("Nuvolo Inc.", ["Nuvolo"])]


def test_anaphors_resolve_to_the_subject_of_the_passage(nlp_de, nlp_en):
    doc = nlp_de("Acme und Zorblax wachsen. Das Unternehmen will expandieren.")
    ana = [m for m in doc._.kg_mentions if m.anaphor]
    assert [doc._.kg_entities[m.entity].label for m in ana] == ["Acme"]
    doc = nlp_en("Jane Roe joined Acme. She said the company will grow.")
    resolved = {m.text: doc._.kg_entities[m.entity].label for m in doc._.kg_mentions if m.anaphor}
    assert resolved == {"She": "Jane Roe", "company": "Acme"}


def test_apposition_is_not_an_anaphor(nlp_de):
    doc = nlp_de("Acme kauft das Start-up Quibbl.")
    assert not [m for m in doc._.kg_mentions if m.anaphor]


def test_a_new_version_of_a_known_product_keeps_its_type(extractor_real):
    from kg.model import Document
    ex = extractor_real.extract(Document("t", "Apple unveiled the iPhone 16 on Monday.", language="en"))
    assert ("iPhone 16", "Product") in {(e.label, e.type) for e in ex.entities}


def test_camel_case_names_are_organisations_of_last_resort(nlp_en):
    found, _ = ents(nlp_en, "Analysts expect QuantumLeap to grow.")
    assert ("QuantumLeap", "Organization") in found


def test_legal_suffixes_with_a_full_stop(nlp_en):
    found, _ = ents(nlp_en, "Other backers include Vexamor Corp., which has invested, and Brightline Inc.")
    assert {("Vexamor Corp.", "Organization"), ("Brightline Inc.", "Organization")} <= found


def test_appositions_and_relative_clauses_name_companies(nlp_de, nlp_en):
    found, _ = ents(nlp_en, "Quibbl, a Boston startup, hired staff. Zorblax, which makes robots, grew.")
    assert {("Quibbl", "Organization"), ("Zorblax", "Organization")} <= found
    found, _ = ents(nlp_de, "Quibbl, ein Start-up aus Berlin, wächst.")
    assert ("Quibbl", "Organization") in found
    # the head noun must end the apposition, and a person stays a person
    found, _ = ents(nlp_en, "Jane Roe, a startup founder, spoke. Dovid Brask, an investor at Acme Capital, spoke.")
    assert not {label for label, type_ in found if type_ == "Organization"} & {"Jane Roe", "Dovid Brask"}


def test_parameter_counts_are_versions_and_us_is_no_speaker(nlp_en):
    found, _ = ents(nlp_en, "Vexora released Vexora-7B and Quill 8x22B.")
    assert {("Vexora-7B", "AIModel"), ("Quill 8x22B", "AIModel")} <= found
    doc = nlp_en("The startup Quibbl competes with larger US rivals. We think so, Quibbl said.")
    anaphors = [m.text for m in doc._.kg_mentions if m.anaphor]
    assert "US" not in anaphors and "We" in anaphors


def test_propagated_names_are_found_as_the_phrase_matcher_finds_them(nlp_en):
    """EntityLinker._find_phrases gives PhraseMatcher's matches in its order, or None for a shared form."""
    import random

    from spacy.attrs import ORTH
    from spacy.matcher import PhraseMatcher

    from kg.extract.linking import EntityLinker

    rng = random.Random(5)
    matched = 0
    words = ["Acme", "Roe", "Jane", "V3", "-", "Inc.", "Acme's", "Zorblax", "and", "s"]
    for _ in range(200):
        doc = nlp_en.make_doc(" ".join(rng.choice(words) for _ in range(rng.randrange(0, 30))))
        forms = {" ".join(rng.choice(words) for _ in range(rng.randrange(1, 4))) for _ in range(rng.randrange(1, 5))}
        phrases = {f: [tuple(nlp_en.make_doc(v).to_array(ORTH).tolist()) for v in (f, f + "s")] for f in forms}
        found = EntityLinker._find_phrases(doc.to_array(ORTH).tolist(), phrases)
        if found is None:       # two forms share a variant
            seqs = [s for ss in phrases.values() for s in set(ss)]
            assert len(seqs) > len(set(seqs))
            continue
        matcher = PhraseMatcher(nlp_en.vocab, attr="ORTH")
        for f in forms:
            matcher.add(f, [nlp_en.make_doc(v) for v in (f, f + "s")])
        assert found == [(nlp_en.vocab.strings[k], s, e) for k, s, e in matcher(doc)]
        matched += len(found)
    assert matched > 100


# ---- recognition of names the catalogue lacks (branch gen-ner) ----------------------------------

def test_german_surnames_that_are_common_nouns_end_a_person_name(nlp_de):
    found, _ = ents(nlp_de, "Die Gründerin Katrin Vogel und Jonas Keller leiten das Start-up Quibbl.")
    assert {("Katrin Vogel", "Person"), ("Jonas Keller", "Person")} <= found
    # a common noun after a noun is still no person ("Der Konzern Vogel ...": no first name)
    found, _ = ents(nlp_de, "Die Firma verkauft Futter für Vogel und Fisch.")
    assert not any(t == "Person" for _, t in found)


def test_a_person_after_laut_is_no_media_outlet_and_role_compounds_mark_persons(nlp_de):
    found, _ = ents(nlp_de, "Laut Finanzchef Jonas Quirrel wächst Quibbl. Technikvorständin Ruoming Pang sprach.")
    assert {("Jonas Quirrel", "Person"), ("Ruoming Pang", "Person")} <= found
    assert not any("Finanzchef" in label for label, _ in found)
    found, _ = ents(nlp_de, "Laut Bloomfeld wächst der Markt.")
    assert ("Bloomfeld", "Organization") in found


def test_a_german_noun_before_an_org_head_is_the_name(nlp_de):
    found, _ = ents(nlp_de, "Das finnische KI-Labor Silo AI gehört zu Acme.")
    assert ("Silo AI", "Organization") in found
    # a noun after a capitalised word, or before a German noun, is no such name
    found, _ = ents(nlp_de, "Die Zukunft Generative AI ist offen. Die Finanzierungsrunde 40 lief gut.")
    assert not any(label in ("Zukunft Generative AI", "Generative AI", "Finanzierungsrunde 40") for label, _ in found)


def test_english_company_roles_and_model_cues(nlp_en, nlp_de):
    found, _ = ents(nlp_en, "Tessaro's chief scientist, Malte Quirrel, met Lumora co-founder Jonas Brask.")
    assert {("Tessaro", "Organization"), ("Lumora", "Organization"), ("Malte Quirrel", "Person"),
            ("Jonas Brask", "Person")} <= found
    # a person's possessive is no company; a German "Meta-Chef" still is one
    found, _ = ents(nlp_en, "Jane's co-founder left. Roe's CEO stayed.")
    assert not any(t == "Organization" for _, t in found)
    found, _ = ents(nlp_de, "Quibbl-Chef Anna Brask sprach.")
    assert ("Quibbl", "Organization") in found
    found, _ = ents(nlp_en, "Quibbl released its Z1 reasoning model and launched its chatbot Lumi. Kelvin Scientific grew.")
    assert {("Z1", "AIModel"), ("Lumi", "Product"), ("Kelvin Scientific", "Organization")} <= found
    found, _ = ents(nlp_de, "Quibbl stellte das Reasoning-Modell Z1 vor.")
    assert ("Z1", "AIModel") in found


def test_place_names_are_no_persons_and_german_company_compounds_are_cues(nlp_de):
    found, _ = ents(nlp_de, "Quibbl zeigte in San José neue Chips. Die Beteiligungsgesellschaft Norvanta kauft zu.")
    assert not any(label == "San José" for label, _ in found)
    assert ("Norvanta", "Organization") in found
    found, _ = ents(nlp_de, "Die Gesellschaft Zukunft wächst.")
    assert not any(label == "Zukunft" for label, _ in found)


def test_an_apposition_with_a_hyphenated_place_names_a_company(nlp_en):
    found, _ = ents(nlp_en, "Quantora, a Berlin-based startup founded by Katrin Vogel, raised money.")
    assert {("Quantora", "Organization"), ("Katrin Vogel", "Person")} <= found
    found, _ = ents(nlp_en, "Jane Roe, a Boston-based startup founder, spoke.")
    assert not any(t == "Organization" for _, t in found)


def test_a_name_before_an_amount_is_no_model_version(nlp_de, nlp_en):
    found, _ = ents(nlp_de, "Mit ihrem Start-up Vantiq 30 Millionen Euro eingesammelt. Acme stellte Quill 3 vor.")
    assert ("Vantiq", "Organization") in found and ("Quill 3", "AIModel") in found
    assert not any(label.startswith("Vantiq 30") for label, _ in found)
    found, _ = ents(nlp_en, "Shares of Vantiq 5 percent higher. Acme released Quill 3 today.")
    assert ("Quill 3", "AIModel") in found and not any(label.startswith("Vantiq 5") for label, _ in found)


# ---- weak cues: release verbs, possessives, institutes, roles and verbs before a company ----

def test_a_release_verb_with_a_possessive_or_article_marks_its_subject(nlp_de, nlp_en):
    found, _ = ents(nlp_en, "Kelvra unveiled its first model. Last week, Nexalink launched a chatbot.")
    assert {("Kelvra", "Organization"), ("Nexalink", "Organization")} <= found
    found, _ = ents(nlp_en, "Yesterday Quorvex has also released its chip. Tessaro said its model works.")
    assert {("Quorvex", "Organization"), ("Tessaro", "Organization")} <= found
    found, _ = ents(nlp_de, "Am Dienstag stellte Vantorix seine Plattform vor. Kelvra stellte sein Modell vor.")
    assert {("Vantorix", "Organization"), ("Kelvra", "Organization")} <= found
    found, _ = ents(nlp_de, "Zuvor hatte Lumora ein Modell vorgestellt. Kelvra und Orbisca stellten eine App vor.")
    assert {("Lumora", "Organization"), ("Kelvra", "Organization"), ("Orbisca", "Organization")} <= found


def test_a_release_verb_takes_no_common_word_place_or_person(nlp_de, nlp_en):
    for text in ("Researchers unveiled a new benchmark.", "In Paris, France launched a national plan.",
                 "Mr. Okonjo unveiled a plan.", "Jane and Alex announced a wedding."):
        found, _ = ents(nlp_en, text)
        assert not any(t == "Organization" for _, t in found), text
    for text in ("Später stellte ein Sprecher die Pläne vor.", "Im Mai stellte Frankreich seinen Plan vor.",
                 "Peter stellte sein Buch vor.", "Der Vorstand stellte seine Bilanz vor."):
        found, _ = ents(nlp_de, text)
        assert not any(t == "Organization" for _, t in found), text


def test_possessive_heads_mark_a_company(nlp_de, nlp_en):
    found, _ = ents(nlp_en, "Brightwave's new model is fast. Kairon's chief technology officer left.")
    assert {("Brightwave", "Organization"), ("Kairon", "Organization")} <= found
    found, _ = ents(nlp_de, "Brightwaves neues Modell ist schnell. Laut Kelvras Sprecherin wächst Kairons Technikchef.")
    assert {("Brightwave", "Organization"), ("Kelvra", "Organization"), ("Kairon", "Organization")} <= found
    for text in ("Here's the model everyone likes.", "Jane's new model is faster.", "It's a model."):
        found, _ = ents(nlp_en, text)
        assert not any(t == "Organization" for _, t in found), text
    found, _ = ents(nlp_de, "Deutschlands neues Modell überzeugt. Müllers neuer Chef kommt.")
    assert not any(t == "Organization" for _, t in found)


def test_institutes_with_their_field_are_one_name(nlp_de, nlp_en):
    found, _ = ents(nlp_de, "Das Kavlon-Institut für Intelligente Systeme forscht.")
    assert ("Kavlon-Institut für Intelligente Systeme", "Organization") in found
    found, _ = ents(nlp_en, "The Kavlon Institute for Theoretical Physics said so.")
    assert ("Kavlon Institute for Theoretical Physics", "Organization") in found


def test_roles_and_verbs_before_a_company(nlp_de, nlp_en):
    found, _ = ents(nlp_en, "Dr. Anika Obuya, head of policy at Pellora, said Dara Okonjo founded Zentrix.")
    assert {("Pellora", "Organization"), ("Zentrix", "Organization"), ("Anika Obuya", "Person")} <= found
    found, _ = ents(nlp_en, "Chief Product Officer Ruoming Pang left.")
    assert ("Ruoming Pang", "Person") in found and not any("Officer" in label for label, _ in found)
    found, _ = ents(nlp_de, "Sie arbeitet bei Kelvra. Er verließ Deutschland 2019. Sie verlässt Berlin.")
    assert ("Kelvra", "Organization") in found
    assert not any(label in ("Deutschland", "Berlin") for label, _ in found)
    found, _ = ents(nlp_de, "Die Chefin bei Kelvra heißt Anna Berg.")
    assert {("Kelvra", "Organization"), ("Anna Berg", "Person")} <= found


def test_a_short_name_found_by_another_cue_joins_its_long_form(nlp_en):
    found, doc = ents(nlp_en, "Corvex Labs raised money. Corvex's flagship model, Zeta-2, is fast. Corvex grew.")
    orgs = [e for e in doc._.kg_entities if e.type == "Organization"]
    assert [e.label for e in orgs] == ["Corvex Labs"] and "Corvex" in orgs[0].aliases


def test_an_apposition_with_hyphens_and_a_data_company(nlp_en):
    # "four - year - old": a hyphen token inside the apposition once crashed the linker
    found, _ = ents(nlp_en, "Acme agreed to buy Quibbl Data, a four-year-old startup. Zorblax, a - startup, grew.")
    assert ("Quibbl Data", "Organization") in found


def test_a_role_and_a_first_name_make_a_person_whose_family_name_is_a_noun(nlp_de):
    found, _ = ents(nlp_de, "„Wir wachsen“, sagte Acme-Chefin Jana Brücke der Zeitung Quorvex.")
    assert ("Jana Brücke", "Person") in found
    found, _ = ents(nlp_de, "Die Brücke Acme hält.")     # no role, no first name: no person
    assert not any(t == "Person" for _, t in found)


def test_a_name_after_called_or_namens_takes_its_type_from_the_noun_before(nlp_de, nlp_en):
    found, _ = ents(nlp_en, "Acme launched a chatbot called Pelko Assist and an accelerator named Verix. "
                            "It also trained a model called Tarn-2.")
    assert {("Pelko Assist", "Product"), ("Verix", "Hardware"), ("Tarn-2", "AIModel")} <= found
    found, _ = ents(nlp_de, "Acme stellt einen KI-Beschleuniger mit dem Namen „Ferrox“ vor. "
                            "Das fusionierte Unternehmen tritt unter dem Namen Quorvia auf. "
                            "Zorblax bringt einen Chatbot namens Velo Plus.")
    assert {("Ferrox", "Hardware"), ("Quorvia", "Organization"), ("Velo Plus", "Product")} <= found
    # the word before "namens" is no type noun: a model's name only, and no part of a company
    assert ("Zorblax", "Organization") in found and not any(t == "AIModel" and "Zorblax" in label for label, t in found)


def test_called_and_named_as_verbs_make_no_thing(nlp_en):
    found, _ = ents(nlp_en, "Acme named Jana Brask as its chief executive. A man called Peter Holm spoke.")
    assert ("Jana Brask", "Person") in found and ("Peter Holm", "Person") in found
    assert not [x for x in found if x[1] in ("AIModel", "Product", "Hardware")]


def test_lists_after_customers_include_or_kunden_zaehlen_are_organisations(nlp_de, nlp_en):
    found, _ = ents(nlp_en, "Its customers include Velmora, Quantix Bio and the trucking firm Ostrel Freight. "
                            "Startups such as Brindle and Lattico have begun testing it.")
    assert {("Velmora", "Organization"), ("Quantix Bio", "Organization"), ("Ostrel Freight", "Organization"),
            ("Brindle", "Organization"), ("Lattico", "Organization")} <= found
    found, _ = ents(nlp_de, "Zu den Kunden beider Firmen zählen Bremko, Tessel und die Sparkasse Hamburg. "
                            "Zu den ersten Kunden gehören der Autozulieferer Vorlak und der Roboterhersteller Grindl.")
    assert {("Bremko", "Organization"), ("Tessel", "Organization"), ("Sparkasse Hamburg", "Organization"),
            ("Vorlak", "Organization"), ("Grindl", "Organization")} <= found
    assert not any(label in ("Autozulieferer Vorlak", "Roboterhersteller Grindl") for label, _ in found)


def test_lists_take_no_persons_places_or_common_nouns(nlp_de, nlp_en):
    found, _ = ents(nlp_en, "Investors including Peter Holm and Acme joined. "
                            "Companies in countries like Germany and France pay more. "
                            "The new investors include the Paris-based fund Ombrel. "
                            "Investors include Jane Roe and the sovereign fund of Norvania.")
    assert ("Peter Holm", "Person") in found and ("Ombrel", "Organization") in found
    assert not any(label in ("Germany", "France", "Paris", "Peter Holm", "Norvania") and t == "Organization"
                   for label, t in found)
    found, _ = ents(nlp_de, "Zu den Kunden zählen Banken, Versicherungen und Behörden aus Berlin.")
    assert not [x for x in found if x[1] == "Organization"]


def test_founded_by_two_capitalised_words_is_a_person(nlp_de, nlp_en):
    found, _ = ents(nlp_en, "Velmora was co-founded by Llewyn Tarrant. Quibbl was founded by Brightpeak Capital.")
    assert ("Llewyn Tarrant", "Person") in found and ("Brightpeak Capital", "Organization") in found
    assert ("Brightpeak Capital", "Person") not in found
    found, _ = ents(nlp_de, "Velmora wurde gegründet von Oisin Tarrant.")
    assert ("Oisin Tarrant", "Person") in found


def test_a_thing_of_a_company_after_von_is_no_person(nlp_de):
    found, _ = ents(nlp_de, "Dahinter steckt das Sprachmodell Claudia von Acme. Die Gründerin Katrin von Hallberg lacht.")
    assert ("Acme", "Organization") in found and ("Katrin von Hallberg", "Person") in found
    assert not any(label.startswith("Claudia") and t == "Person" for label, t in found)


def test_names_with_apostrophes_and_accented_first_names_are_persons(nlp_en):
    found, _ = ents(nlp_en, "The project was led by Margaret O'Donnell. Fieldnote's founder, Inês Carvalho, will join.")
    assert {("Margaret O'Donnell", "Person"), ("Inês Carvalho", "Person")} <= found


def test_group_compounds_and_analysts_at_mark_companies(nlp_de, nlp_en):
    found, _ = ents(nlp_de, "Nordhalle ist eine Tochter der Energiegruppe Mervalo.")
    assert ("Mervalo", "Organization") in found
    found, _ = ents(nlp_en, "Analysts at Vormark expect the market to double.")
    assert ("Vormark", "Organization") in found


def test_a_new_name_opening_a_german_sentence_before_a_release_verb_and_an_indefinite_object(nlp_de):
    for text in ("Kelvra stellte ein Modell vor.", "Kelvra kündigte an, ein Modell zu bauen.",
                 "Kelvra hat eine App vorgestellt."):
        found, _ = ents(nlp_de, text)
        assert ("Kelvra", "Organization") in found, text
    for text in ("Überraschend stellte ein Start-up ein Modell vor.", "Gestern stellte das Unternehmen ein Modell vor.",
                 "Erstmals kündigte ein Konzern an, Chips zu bauen.", "Später kündigte ein Sprecher an, zu gehen.",
                 "Kürzlich stellte eine Gruppe ein Modell vor."):
        found, _ = ents(nlp_de, text)
        assert not any(t == "Organization" for _, t in found), text


def test_the_maker_after_a_chip_or_model_noun_and_von_or_from(nlp_de, nlp_en):
    found, _ = ents(nlp_de, "Trainiert wurde es auf H200-Chips von Nvalis. Dahinter steckt das Sprachmodell Quill von Brenko.")
    assert {("Nvalis", "Organization"), ("Brenko", "Organization"), ("Quill", "AIModel")} <= found
    found, _ = ents(nlp_en, "It runs on chips from Corvix and models from China. An app by Jane Roe helps.")
    assert ("Corvix", "Organization") in found and ("Jane Roe", "Person") in found
    assert not any(label in ("China", "Jane Roe") and t == "Organization" for label, t in found)
    found, _ = ents(nlp_de, "Das Modell wurde von Grund auf neu gebaut. Ein Chip von Jana Brask.")
    assert not [x for x in found if x[1] == "Organization"]


def test_a_parameter_count_after_a_german_noun_makes_a_model(nlp_de):
    found, _ = ents(nlp_de, "Das Modell schlägt Falke 40B deutlich. Es hat 7B Parameter und kostet 40 Millionen Euro.")
    assert ("Falke 40B", "AIModel") in found
    assert [x for x in found if x[1] == "AIModel"] == [("Falke 40B", "AIModel")]


def test_german_research_centres_with_their_field_are_one_name(nlp_de):
    found, _ = ents(nlp_de, "Brixwell arbeitet mit dem Nordischen Forschungszentrum für Maschinelles Lernen zusammen.")
    assert ("Nordischen Forschungszentrum für Maschinelles Lernen", "Organization") in found


def test_a_second_name_coordinated_after_a_company_cue(nlp_de):
    found, _ = ents(nlp_de, "Vantrix sieht sich als Konkurrent von Quorvia und Aleph Brenko. "
                            "Die Stuttgarter Softwarefirma Quellmark und der Berliner Datenspezialist Datavio fusionieren.")
    assert {("Quorvia", "Organization"), ("Aleph Brenko", "Organization"), ("Quellmark", "Organization"),
            ("Datavio", "Organization")} <= found
    found, _ = ents(nlp_de, "Das Start-up Kelvra und Peter Holm lachen. Die Firma Velmora und Berlin wachsen.")
    assert not any(label in ("Peter Holm", "Berlin", "Peter") and t == "Organization" for label, t in found)


def test_a_dative_name_after_a_german_speech_verb_is_a_media_outlet(nlp_de):
    found, _ = ents(nlp_de, "„Wir wachsen“, sagte Tobias Wendt dem Tagesblick. Das sagte sie der „Zeit“. "
                            "Das sagte der Chef der Firma.")
    assert {("Tagesblick", "Organization"), ("Zeit", "Organization")} <= found
    assert not any(label in ("Firma", "Chef") for label, _ in found)


def test_appositions_with_a_model_chip_or_product_head(nlp_en):
    found, _ = ents(nlp_en, "Sorrel beats Galvanta, the science model Zorblax withdrew in 2022. "
                            "The release also includes a lab assistant app, Sorrel Bench. "
                            "Quorvia, a model maker, grew. To use the app, Brenko said it would pay.")
    assert {("Galvanta", "AIModel"), ("Sorrel Bench", "Product")} <= found
    assert not any(label in ("Quorvia", "Brenko") and t != "Organization" for label, t in found)


def test_relative_clauses_competitors_and_raised_money_mark_companies(nlp_de, nlp_en):
    found, _ = ents(nlp_en, "Velmora, which built the protein model Foldex, is hiring. Kelvra raised $85 million.")
    assert {("Velmora", "Organization"), ("Kelvra", "Organization")} <= found
    found, _ = ents(nlp_de, "Ornell, ein kleiner Wettbewerber aus Köln, wächst.")
    assert ("Ornell", "Organization") in found


def test_models_and_chips_without_a_version_after_a_possessive_or_a_release_verb(nlp_de, nlp_en):
    found, _ = ents(nlp_en, "The startup's model, Tarnel, beats rivals. Its Quorra model is fast. "
                            "Velmora released Brisk last week. Zorblax's Ferrox chips are cheap.")
    assert {("Tarnel", "AIModel"), ("Quorra", "AIModel"), ("Brisk", "AIModel"), ("Ferrox", "Hardware")} <= found
    found, _ = ents(nlp_de, "Acme verkauft seine Ferrox-Chips.")
    assert ("Ferrox", "Hardware") in found


def test_a_release_verb_before_a_company_person_place_or_day_makes_no_model(nlp_en):
    found, _ = ents(nlp_en, "Acme launched Brindle Labs. Acme unveiled Monday a plan. Acme introduced Jane Roe as CEO. "
                            "Acme launched Zorblax's model. It launched in Paris.")
    assert not [x for x in found if x[1] == "AIModel"]


def test_rivals_partners_and_spokespeople_mark_companies(nlp_de, nlp_en):
    found, _ = ents(nlp_en, "A spokesperson for Kelvra declined to comment. Halcyra competes with Vantrix and Ornell. "
                            "Zorblax partnered with Lumora to build chips. It competes with Jane Roe and Berlin.")
    assert {("Kelvra", "Organization"), ("Vantrix", "Organization"), ("Ornell", "Organization"),
            ("Lumora", "Organization")} <= found
    assert not any(label in ("Jane Roe", "Berlin") and t == "Organization" for label, t in found)
    found, _ = ents(nlp_de, "Ein Sprecher von Kelvra schwieg. Halcyra konkuriert mit niemandem. "
                            "Quibbl konkurriert mit Vantrix und Ornell. Die Bewertung von Quorvia steigt.")
    assert {("Kelvra", "Organization"), ("Vantrix", "Organization"), ("Ornell", "Organization"),
            ("Quorvia", "Organization")} <= found


def test_the_subject_of_a_verb_of_rivalry_or_partnership_is_a_company(nlp_de, nlp_en):
    found, _ = ents(nlp_en, "Halcyra competes with Vantrix. In Berlin, Kelvra teamed up with Lumora. "
                            "Researchers partnered with Ornell. Jane Roe partnered with Quibbl.")
    assert {("Halcyra", "Organization"), ("Kelvra", "Organization"), ("Lumora", "Organization")} <= found
    assert ("Jane Roe", "Person") in found and ("Researchers", "Organization") not in found
    found, _ = ents(nlp_de, "Halcyra konkurriert mit Vantrix. Gemeinsam kooperiert man mit Lumora.")
    assert ("Halcyra", "Organization") in found and not any(label in ("Gemeinsam", "Man") for label, _ in found)


def test_a_family_name_alone_is_the_person_of_the_text_not_a_catalogue_namesake(nlp_de):
    doc = nlp_de("Gegründet wurde es von Jana Roe. Roe ist Geschäftsführerin.")
    persons = [(e.label, e.aliases) for e in doc._.kg_entities if e.type == "Person"]
    assert persons == [("Jana Roe", ["Roe"])]


def test_list_items_drop_a_descriptor_noun_but_keep_a_place_after_an_institution(nlp_de):
    found, _ = ents(nlp_de, "Zu den Kunden zählen die Versicherungskammer Bayern, die Sparkasse Ulm "
                            "und die Kanzlei Hengel Brask.")
    assert {("Versicherungskammer Bayern", "Organization"), ("Sparkasse Ulm", "Organization"),
            ("Hengel Brask", "Organization")} <= found
    assert not any(label in ("Ulm", "Bayern", "Kanzlei Hengel Brask") for label, _ in found)


def test_media_names_of_several_german_words_after_interview_mit(nlp_de):
    found, _ = ents(nlp_de, "Im Interview mit der Frankfurter Allgemeinen Zeitung sagte sie das. "
                            "Im Gespräch mit dem Konzern sagte er das.")
    assert ("Frankfurter Allgemeinen Zeitung", "Organization") in found
    assert not any(label == "Konzern" for label, _ in found)


def test_heisst_names_a_thing_only_after_its_noun(nlp_de):
    found, _ = ents(nlp_de, "Das aktuelle Modell heißt Kanor-2. Die App heißt Brixo Desk. Der Chef heißt Peter Holm.")
    assert {("Kanor-2", "AIModel"), ("Brixo Desk", "Product")} <= found
    assert not any(t in ("AIModel", "Product") and label.startswith("Peter") for label, t in found)


def test_heisst_is_typed_by_the_head_noun_not_by_its_genitive_attribute(nlp_de):
    found, _ = ents(nlp_de, "Das Start-up Velaris wurde 2022 gegründet. Das neue Modell des Start-ups heißt "
                            "Velaris Quill. Der Chip des jungen Unternehmens heißt Zephyr Z1.")
    assert {("Velaris", "Organization"), ("Velaris Quill", "AIModel"), ("Zephyr Z1", "Hardware")} <= found
    # a head that is no cue noun types nothing: the company keeps its own name
    found, _ = ents(nlp_de, "Das Start-up Velaris wurde 2022 gegründet. Das Flaggschiff des Start-ups heißt "
                            "Velaris Ledger und wertet Verträge aus.")
    assert ("Velaris", "Organization") in found
    assert not any(label == "Velaris Ledger" and t == "Organization" for label, t in found)
    # a partitive "eines der" is no head: the start-up is named
    found, _ = ents(nlp_de, "Eines der Start-ups heißt Velaris Labs.")
    assert ("Velaris Labs", "Organization") in found


def test_a_first_name_alone_before_a_company_apposition_is_a_company(nlp_de, nlp_en):
    found, _ = ents(nlp_de, "Lexaro sieht sich im Wettbewerb mit Harvey, einem US-Start-up für Anwälte.")
    assert ("Harvey", "Organization") in found
    found, _ = ents(nlp_en, "Jane, a startup founder, laughed. Peter Holm, an investor at Acme, said so.")
    assert not any(label in ("Jane", "Peter Holm") and t == "Organization" for label, t in found)


def test_modules_robots_authorities_and_appositions_with_a_participle(nlp_en):
    found, _ = ents(nlp_en, "Its robots run on Zorblax's Vexa Orin modules. Agilo makes the humanoid robot Dygit. "
                            "The Qorvan Investment Authority took part. It sells Brisk Cloud, a fleet service launched "
                            "last month, and tests Gemra Robotics, the model family Zorblax unveiled.")
    assert {("Vexa Orin", "Hardware"), ("Dygit", "Product"), ("Qorvan Investment Authority", "Organization"),
            ("Brisk Cloud", "Product"), ("Gemra Robotics", "AIModel")} <= found


def test_universities_and_savings_banks_keep_their_noun_and_place(nlp_de):
    found, _ = ents(nlp_de, "Sie lernten sich an der Technischen Universität Ostheim kennen. Kunde ist die Sparkasse Ulm. "
                            "Die Universität plant viel. An der Universität Jana Roe.")
    assert {("Technischen Universität Ostheim", "Organization"), ("Sparkasse Ulm", "Organization")} <= found
    assert not any(t == "Organization" and "Jana" in label for label, t in found)


def test_a_hyphenated_name_after_a_cue_noun_is_whole(nlp_de):
    found, _ = ents(nlp_de, "Die Zorblax-Tochter Q-Netzwerke baut. Die Firma V-Netlink wächst.")
    assert ("Q-Netzwerke", "Organization") in found and ("V-Netlink", "Organization") in found
    found, _ = ents(nlp_de, "Er sagte, dass der Hersteller E-Autos baut. Die Firma U-Bahn wächst.")
    assert not any(label in ("E-Autos", "U-Bahn") for label, _ in found)
    found, _ = ents(nlp_de, "Die Acme-Aktien stiegen, der Konzern Brixa-Chef sprach. Die Firma Quibbl-Werke wächst.")
    assert not any("-" in label for label, _ in found)


def test_a_foreign_article_opens_a_name_mid_sentence(nlp_de):
    found, _ = ents(nlp_de, "Die Zeitung Le Sommet berichtete. Die Firma La Mesa wächst.")
    assert {("Le Sommet", "Organization"), ("La Mesa", "Organization")} <= found
    found, _ = ents(nlp_de, "Die Zeitung Monde berichtete. Der Konzern Die Welt kauft.")
    assert not any(label in ("Monde", "Die Welt") for label, _ in found)


def test_a_cue_noun_takes_two_all_caps_words(nlp_de):
    found, _ = ents(nlp_de, "Die Reederei XKL TRV kaufte Anteile an Zorblax.")
    assert ("XKL TRV", "Organization") in found


def test_role_titles_are_no_names(nlp_de):
    found, _ = ents(nlp_de, "Zorblax ernannte Jana Krüger zum Chief Technology Officer. Der Vice President von "
                            "Zorblax sprach. Die IT-Tochter von Zorblax wächst. Quibbl Technology baut Chips.")
    assert ("Jana Krüger", "Person") in found and ("Quibbl Technology", "Organization") in found
    assert not any(label.startswith(("Chief", "Vice")) or label == "IT" for label, _ in found)


def test_a_model_name_keeps_a_letter_code(nlp_de):
    found, _ = ents(nlp_de, "Zorblax stellte das Modell Axelion A1 vor.")
    assert ("Axelion A1", "AIModel") in found


def test_a_verb_and_article_after_an_s_word_make_no_genitive(nlp_de):
    found, _ = ents(nlp_de, "Laut Tests ist das Modell schneller. Zorblax stellte das Modell Kira vor.")
    assert not any(label.startswith("Test") for label, _ in found)
    found, _ = ents(nlp_de, "Brixas neues Modell ist schnell.")
    assert ("Brixa", "Organization") in found


def test_a_first_name_and_a_german_noun_are_a_person(nlp_de):
    found, _ = ents(nlp_de, "Philipp Herzog leitet das Team. Jana sagte, Paul Engel habe Recht.")
    assert {("Philipp Herzog", "Person"), ("Paul Engel", "Person")} <= found
    found, _ = ents(nlp_de, "Anna Kunden kaufen gerne. Das Modell Paul Zukunft wächst.")
    assert not any(t == "Person" for _, t in found)


def test_a_named_unit_of_a_company_is_an_organisation(nlp_en):
    found, _ = ents(nlp_en, "Zorblax said its Skyward unit will grow.")
    assert ("Skyward", "Organization") in found
    found, _ = ents(nlp_en, "Zorblax said its Berlin unit and its Research division will grow.")
    assert not any(label in ("Berlin", "Research") for label, _ in found)


def test_discovery_ends_a_company_name(nlp_en):
    found, _ = ents(nlp_en, "Chai Discovery raised money. The company works on drug discovery.")
    assert ("Chai Discovery", "Organization") in found
    assert not any(t == "Person" for _, t in found)


def test_a_german_noun_after_a_cue_noun_names_a_company_only_where_no_object_can_stand(nlp_de):
    found, _ = ents(nlp_de, "Der Versicherer Wunder investiert in Zorblax. Zorblax arbeitet mit dem Versicherer Wunder, "
                            "sagte Jana.")
    assert ("Wunder", "Organization") in found
    found, _ = ents(nlp_de, "Er sagte, dass der Konzern Umsatz macht. Die Rendite, die für den Konzern Priorität hat, "
                            "ist hoch. Der Umsatz stieg, wie der Konzern Anfang Mai mitteilte.")
    assert not any(label in ("Umsatz", "Priorität", "Anfang") for label, _ in found)


def test_a_name_owned_by_a_country_is_a_company(nlp_en):
    found, _ = ents(nlp_en, "The round included France's Vexalon and Japan's Quibbl Labs.")
    assert {("Vexalon", "Organization"), ("Quibbl Labs", "Organization")} <= found
    found, _ = ents(nlp_en, "France's President Jean Roe spoke. Europe's AI Act takes effect. It is Germany's largest startup. "
                            "Europe's Digital Markets Act applies. China's Ministry of Industry said so.")
    # a ministry is a body of government, an organisation by its own name (named by its head word and
    # field, not by the country's possessive)
    assert [label for label, t in found if t == "Organization"] == ["Ministry of Industry"]


def test_a_media_outlet_after_its_cue_keeps_a_hyphenated_last_word(nlp_de):
    found, _ = ents(nlp_de, "Das berichtete der Ostheimer Abend-Kurier. Jana Roe sprach im Interview mit dem Acme-Team.")
    assert {("Ostheimer Abend-Kurier", "Organization"), ("Acme", "Organization")} <= found
    assert not any(label.endswith("-Team") for label, _ in found)


def test_the_apposition_after_a_released_name_gives_its_type(nlp_en):
    found, _ = ents(nlp_en, "Zorblax launched Orvane, its new subsidiary. Zorblax launched Brixo, its new chatbot. "
                            "Zorblax released Kelvo, which is fast.")
    assert {("Orvane", "Organization"), ("Brixo", "Product"), ("Kelvo", "AIModel")} <= found


def test_a_german_relative_clause_about_chips_or_models_does_not_type_the_company(nlp_de):
    found, _ = ents(nlp_de, "Acme übernimmt das Dresdner Start-up Zorvix, das spezialisierte Inferenzchips "
                            "für Rechenzentren entwickelt. Zu den Kunden gehört das Start-up Quibbl, das ein "
                            "Sprachmodell für die Industrie entwickelt.")
    assert {("Zorvix", "Organization"), ("Quibbl", "Organization")} <= found
    assert not any(label in ("Zorvix", "Quibbl") and t != "Organization" for label, t in found)


def test_a_chip_cue_types_a_code_that_is_elsewhere_bare(nlp_en, nlp_de):
    found, _ = ents(nlp_en, "Zorvix is shipping its QX-300 accelerator to customers. The QX-300 is built on a new process.")
    assert ("QX-300", "Hardware") in found and ("QX-300", "AIModel") not in found
    found, _ = ents(nlp_de, "Die Firma präsentiert den KI-Beschleuniger VB-70. Der VB-70 soll wenig Strom verbrauchen.")
    assert ("VB-70", "Hardware") in found
    # without a chip cue a code stays a model
    found, _ = ents(nlp_en, "Zorvix released Quill-7 on Monday. Quill-7 beats its rivals.")
    assert ("Quill-7", "AIModel") in found


def test_a_hyphenated_given_name_in_lower_case_after_a_family_name(nlp_en):
    found, doc = ents(nlp_en, "Zorvix chief executive Park Mi-rae said so. Park founded Zorvix with Lee Ha-neul, "
                              "a former researcher at Acme.")
    assert {("Park Mi-rae", "Person"), ("Lee Ha-neul", "Person")} <= found
    park = next(e for e in doc._.kg_entities if e.label == "Park Mi-rae")
    assert "Park" in park.aliases and not any(e.label in ("rae", "neul") for e in doc._.kg_entities)
    # an English compound after a name is no given name
    found, _ = ents(nlp_en, "The Kim Roe-led lab grew. Analyst Jana Roe-style notes sold.")
    assert not any(label.endswith(("-led", "-style")) for label, _ in found)


def test_a_variant_word_after_a_model_version_and_a_hyphen(nlp_en):
    found, _ = ents(nlp_en, "Zorvix says Quill 2.5 matches Acme's Vexo-4-mini on reading tasks.")
    assert ("Vexo-4-mini", "AIModel") in found and ("Vexo-4", "AIModel") not in found


def test_a_name_opening_with_a_digit(nlp_en, nlp_de):
    found, _ = ents(nlp_en, "The first chips went to 7Quanta, a Beijing-based enterprise AI firm.")
    assert ("7Quanta", "Organization") in found
    found, _ = ents(nlp_de, "Auch die Münchner Firma 5Vexel Analytics setzt den Chip ein.")
    assert ("5Vexel Analytics", "Organization") in found
    found, _ = ents(nlp_en, "The 3D chips and 5G modems of Zorvix sold 4Kx more.")
    assert not any(label[:1].isdigit() for label, _ in found)


def test_a_final_s_read_as_a_genitive_belongs_to_a_name_found_whole_elsewhere(nlp_de):
    found, _ = ents(nlp_de, "Kölner KI-Start-up Vexaris stellt Sprachmodell Quill vor\n\n"
                            "Das Kölner Start-up Vexaris hat am Dienstag ein Modell vorgestellt.")
    assert ("Vexaris", "Organization") in found and ("Vexari", "Organization") not in found
    found, _ = ents(nlp_de, "Das Start-up Zorvix hat Quill 2 vorgestellt. Zorvix' Modell und Acmes Sprachmodell sind groß.")
    assert ("Acmes", "Organization") not in found


def test_a_particle_before_a_company_noun_ends_no_person(nlp_de):
    found, _ = ents(nlp_de, "„Der Markt ist groß“, sagte Analyst Tobias Reinhardt von der Beratungsfirma Vexel Research. "
                            "Ursula von der Leyen sprach mit Jan van der Berg.")
    assert {("Tobias Reinhardt", "Person"), ("Ursula von der Leyen", "Person"), ("Jan van der Berg", "Person")} <= found
    assert not any("Beratungsfirma" in label for label, _ in found)


def test_software_nouns_type_the_name_after_them(nlp_en, nlp_de):
    found, _ = ents(nlp_en, "Vexel built a toolkit called Lumen that maps the features of open models. "
                            "Zorvix says its compiler, Vexo SDK 3.1, imports models without changes.")
    assert {("Lumen", "Product"), ("Vexo SDK 3.1", "Product")} <= found
    found, _ = ents(nlp_de, "Neben Anbietern wie Zorblax mit seinem Produkt Quillio drängen Start-ups nach Europa. "
                            "Bei Acme verantwortete sie die Einführung des KI-Assistenten Kompass in Europa.")
    assert {("Quillio", "Product"), ("Kompass", "Product")} <= found
    # an abstract noun after a genitive cue noun is no name
    found, _ = ents(nlp_de, "Die Stärke des Modells Leistung ist groß. Die Qualität des Dienstes Sicherheit zählt.")
    assert not any(label in ("Leistung", "Sicherheit") for label, _ in found)


def test_german_quantifiers_and_plural_compounds_are_no_names(nlp_de):
    found, _ = ents(nlp_de, "Beide Modelle sind frei verfügbar. Zu den Kunden zählen die Zorblax Bank, "
                            "die Vexelbank und mehrere Landesministerien.")
    assert not any(label in ("Beide", "Landesministerien") for label, _ in found)
    assert ("Vexelbank", "Organization") in found


def test_a_university_of_a_place(nlp_en, nlp_de):
    found, _ = ents(nlp_en, "said Jana Roe, a researcher at the University of Quellbridge and Acme. "
                            "A university of that size is rare.")
    assert ("University of Quellbridge", "Organization") in found
    found, _ = ents(nlp_de, "Sie forscht an der Hochschule für Technik und Wirtschaft Quellstadt.")
    assert ("Hochschule für Technik", "Organization") not in found


def test_a_german_adjective_name_of_the_catalogue_after_an_article(extractor_real):
    doc = extractor_real.pipeline("de")("Das Modell lief auf einem Rechencluster der Deutschen Telekom.")
    labels = {(e.label, e.type) for e in doc._.kg_entities}
    assert ("Deutsche Telekom", "Organization") in labels and ("Telekom", "Organization") not in labels


def test_a_double_family_name_in_an_apposition_and_its_short_form(nlp_en):
    found, doc = ents(nlp_en, "Acme has hired Jana O'Vexel-Roe, the co-founder of the start-up Quibbl Labs. "
                              "O'Vexel-Roe previously worked at Zorblax.")
    assert ("Jana O'Vexel-Roe", "Person") in found
    person = next(e for e in doc._.kg_entities if e.label == "Jana O'Vexel-Roe")
    assert "O'Vexel-Roe" in person.aliases


def test_a_place_after_an_investor_head_word(nlp_en):
    found, _ = ents(nlp_en, "Zorblax took part alongside Quibbl Ventures and Vexel Ventures Asia. "
                            "The Acme Labs Paris office opened.")
    assert {("Quibbl Ventures", "Organization"), ("Vexel Ventures Asia", "Organization")} <= found
    assert ("Acme Labs Paris", "Organization") not in found


def test_the_first_word_of_a_new_two_word_company_named_alone(nlp_en, nlp_de):
    found, doc = ents(nlp_en, "Acme has hired the co-founder of interpretability start-up Vexel Reasoning. "
                              "Three of Vexel's seven engineers are joining her.")
    assert ("Vexel Reasoning", "Organization") in found and ("Vexel", "Organization") not in found
    # two names open with the word: it stays apart
    found, _ = ents(nlp_de, "Beteiligt war die Vexel-Gruppe. Mit der Vexel-Tochter Vexel Digits hat Acme "
                            "eine Partnerschaft vereinbart.")
    assert ("Vexel Digits", "Organization") in found
    assert not any(label == "Vexel Digits" and t != "Organization" for label, t in found)


def test_a_family_name_before_zufolge_is_the_person(nlp_de):
    found, _ = ents(nlp_de, "Das sagte Acme-Gründer Henrik Vexelberg dem Handelsblatt. "
                            "Vexelberg zufolge liegen Anfragen vor.")
    assert ("Vexelberg", "Organization") not in found


def test_a_role_before_a_double_family_name(nlp_en):
    found, doc = ents(nlp_en, "Chief executive Oluwa Vexel-Grant said the funding would help. Vexel-Grant told Acme News.")
    assert ("Oluwa Vexel-Grant", "Person") in found
    assert "Vexel-Grant" in next(e for e in doc._.kg_entities if e.label == "Oluwa Vexel-Grant").aliases


def test_a_known_model_before_an_organisation_head_stays_a_model(extractor_real):
    doc = extractor_real.pipeline("en")("Vexel claims its model outperforms Google's Gemini Robotics on grasping tasks.")
    assert ("Gemini Robotics", "AIModel") in {(e.label, e.type) for e in doc._.kg_entities}


def test_a_place_after_a_thing_noun_is_no_name_and_a_hyphenated_university(nlp_de):
    found, _ = ents(nlp_de, "Der Rechner gilt als schnellster Supercomputer Europas. Das Modell hatte Zorvix gemeinsam "
                            "mit der Jana-Roe-Universität Quellstadt veröffentlicht.")
    assert not any(label == "Europas" for label, _ in found)
    assert ("Jana-Roe-Universität Quellstadt", "Organization") in found


def test_more_company_nouns_before_a_name(nlp_en, nlp_de):
    found, _ = ents(nlp_en, "Its arms are used by the grocery chain Quibbl, which installed 40 units.")
    assert ("Quibbl", "Organization") in found
    found, _ = ents(nlp_de, "Das Modell wird bereits vom Softwarehaus Vexel eingesetzt.")
    assert ("Vexel", "Organization") in found


def test_verbs_of_buying_take_a_company_as_object(nlp_en):
    found, _ = ents(nlp_en, "It is the third deal this year, after Acme bought Tabulo and the database start-up Quibbl. "
                            "Zorblax counts Vexel and Orvane among its customers. It counts Jana Roe among its advisers.")
    assert {("Tabulo", "Organization"), ("Quibbl", "Organization"), ("Vexel", "Organization"),
            ("Orvane", "Organization")} <= found
    assert ("Jana Roe", "Organization") not in found


def test_an_owned_thing_noun_after_a_name_makes_it_a_product(nlp_en):
    found, _ = ents(nlp_en, "It used Acme's Isaac Quill software and Zorblax' Vexel Hub platform. "
                            "Isaac Newton's software legacy lives on. He said 'Quill' twice.")
    assert {("Isaac Quill", "Product"), ("Vexel Hub", "Product"), ("Isaac Newton", "Person")} <= found
    assert ("Isaac Quill", "Person") not in found


def test_a_name_and_a_long_number_before_a_chip_noun_and_a_plural_device_noun(nlp_en):
    found, _ = ents(nlp_en, "It will run locally on the Vexo 2600 processor, on Zorblax's next Quillo smartphones. "
                            "In March 2024 chips sold well. Acme shipped 4000 chips.")
    assert {("Vexo 2600", "Hardware"), ("Quillo", "Product")} <= found
    assert not any("2024" in label or "4000" in label for label, _ in found)


def test_a_thing_after_whose_and_before_a_model_noun(nlp_en):
    found, _ = ents(nlp_en, "Jana Roe was a researcher at Zorblax, whose QuillMax X model was one of the first.")
    assert ("QuillMax X", "AIModel") in found and ("QuillMax", "Organization") not in found


def test_language_adjectives_and_two_word_places_are_no_names(nlp_en, nlp_de):
    found, _ = ents(nlp_en, "Quibbl will use the chips to run Tarn, its Arabic language model. Vorta released a "
                            "Swahili language model. The Abu Dhabi investment firm Quorvex took part.")
    assert not any(label in ("Arabic", "Swahili", "Abu", "Abu Dhabi") for label, _ in found)
    assert ("Quorvex", "Organization") in found
    found, _ = ents(nlp_de, "Auch der Staatsfonds Quorvex aus Abu Dhabi beteiligt sich.")
    assert ("Quorvex", "Organization") in found and not any(label.startswith("Abu") for label, _ in found)


def test_an_acronym_before_a_product_noun_stays_in_the_name(nlp_en):
    found, _ = ents(nlp_en, "It is offered through Zorblax's Business AI platform and the Vorta Cloud platform.")
    assert ("Business AI", "Product") in found
    assert not any(label == "Business" for label, _ in found)


def test_a_known_models_size_in_parameters_belongs_to_its_name(nlp_en, nlp_de):
    found, _ = ents(nlp_en, "The new model goes up against Acme's Rocket 2 8B on coding tests.")
    assert ("Rocket 2 8B", "AIModel") in found
    found, _ = ents(nlp_de, "Das Modell misst sich mit Acmes Rocket 2 70B und Rocket 2 Large 1.5B.")
    assert {("Rocket 2 70B", "AIModel"), ("Rocket 2 Large 1.5B", "AIModel")} <= found
    # a number of something else after the name is no size ("Rocket 2 8 Punkte")
    found, _ = ents(nlp_de, "Rocket 2 erreichte 8 Punkte.")
    assert ("Rocket 2", "AIModel") in found


def test_a_word_between_a_known_chip_family_and_a_chip_noun_names_a_member(nlp_en):
    found, _ = ents(nlp_en, "Its robots run on Kestro Edge Thor modules. Quibbl uses Kestro Edge chips.")
    assert {("Kestro Edge Thor", "Hardware"), ("Kestro Edge", "Hardware")} <= found
    assert ("Thor", "Hardware") not in found
    # a place or a known company there is no member's name
    found, _ = ents(nlp_en, "Kestro Edge Acme chips and Kestro Edge Berlin modules.")
    assert not any(label in ("Kestro Edge Acme", "Kestro Edge Berlin") for label, _ in found)


def test_a_name_written_as_a_web_address_is_a_company(nlp_en, nlp_de):
    found, _ = ents(nlp_en, "Quibbl competes with Vorta.com and with the Boston-based Kestrel.ai. Zeno.io raised money.")
    assert {("Vorta.com", "Organization"), ("Kestrel.ai", "Organization"), ("Zeno.io", "Organization")} <= found
    found, _ = ents(nlp_de, "Der Konkurrent Vorta.com wächst schneller als gedacht.")
    assert ("Vorta.com", "Organization") in found
    # lower case, or a file name, is no company
    found, _ = ents(nlp_en, "Details are on vorta.com and in the file Report.pdf.")
    assert not any(label in ("vorta.com", "Report.pdf") for label, _ in found)


def test_kinds_of_models_agents_and_protocols_name_what_stands_before_them(nlp_en):
    found, _ = ents(nlp_en, "Quibbl, a Dublin company whose Tarnex vision model is used by retailers, also sells the "
                            "Vorta agent. Zorblax backs a rival approach, its Kelvo protocol.")
    assert {("Tarnex", "AIModel"), ("Vorta", "Product"), ("Kelvo", "Product")} <= found
    # lower-case words before the noun are no name
    found, _ = ents(nlp_en, "The coding agent is popular, and a travel agent said the new protocol works.")
    assert not any(t in ("Product", "AIModel") for _, t in found)


def test_more_company_head_words(nlp_en):
    found, _ = ents(nlp_en, "The round was led by Quibbl Securities, with Vorta Health and Kelvo Insurance taking part.")
    assert {("Quibbl Securities", "Organization"), ("Vorta Health", "Organization"),
            ("Kelvo Insurance", "Organization")} <= found
    found, _ = ents(nlp_en, "Good health matters, and insurance costs rose.")
    assert not found


def test_an_acronym_in_an_apposition_before_its_thing_noun(nlp_en):
    found, _ = ents(nlp_en, "Vorta slipped after its own AI accelerator, the Kelvo K9, was delayed. "
                            "Tarnex, its new AI model, is fast.")
    assert {("Kelvo K9", "Hardware"), ("Tarnex", "AIModel")} <= found


def test_a_german_body_named_by_its_field_alone(nlp_de):
    # an institute, centre or federal agency with no name before it is named by its field after "für"
    for text, name in (("Das Institut für Kognitive Robotik arbeitet mit Acme zusammen.", "Institut für Kognitive Robotik"),
                       ("Acme kooperiert mit dem Zentrum für Angewandte Quantenmedizin.",
                        "Zentrum für Angewandte Quantenmedizin"),
                       ("Die Bundesanstalt für Digitale Sicherheit prüft Acme.", "Bundesanstalt für Digitale Sicherheit")):
        found, _ = ents(nlp_de, text)
        assert (name, "Organization") in found, text
    # a kind of body ("ein Institut für X") and a centre of something ("im Zentrum für die ...") are no names
    for text in ("Sie gründete ein Institut für Kognitive Robotik.", "Im Zentrum für die Entwicklung steht Acme."):
        found, _ = ents(nlp_de, text)
        assert not any(n.startswith(("Institut", "Zentrum")) for n, _ in found), text
