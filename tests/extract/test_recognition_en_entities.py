"""English entities a relation needs: names typed by an apposition, an investment arm, a firm's kind
(invented names)."""

from __future__ import annotations

from tests.extract.conftest import ents, rels


def test_a_first_name_alone_before_a_model_apposition_names_the_model(nlp_en):
    found = ents(nlp_en, "Quorvex unveils Marta, a reasoning model it says rivals larger systems.")
    assert ("Marta", "AIModel") in found
    # a first name and a family name stay a person's name
    found = ents(nlp_en, "Marta Quendel, a model of calm, said so.")
    assert ("Marta Quendel", "Person") in found and not any(t == "AIModel" for _, t in found)


def test_a_name_in_apposition_to_a_possessed_company_noun_is_an_organisation(nlp_en):
    found = ents(nlp_en, "Zorbix said its venture unit, Quillventures, had invested in the round.")
    assert ("Quillventures", "Organization") in found
    found = ents(nlp_en, "Zorbix's corporate venture arm, Nordkap, joined the round.")
    assert ("Nordkap", "Organization") in found
    # the company phrase is whole: a robot's arm is none
    found = ents(nlp_en, "The start-up's newest arm, the Velmar P7, lifts boxes.")
    assert not any(t == "Organization" and "Velmar" in label for label, t in found)
    # a person in that place stays a person; a role noun makes no company
    found = ents(nlp_en, "Zorbix's biggest rival, Jane Quendel, disagreed. Its chief scientist, Tovin, left.")
    assert ("Jane Quendel", "Person") in found and not any(label == "Tovin" for label, _ in found)


def test_a_known_chip_line_with_a_version_and_a_variant_before_a_chip_noun_is_one_chip(nlp_en):
    found = ents(nlp_en, "The phones will run on the Snapdragon 9 Elite chips that Qualcomm makes.")
    assert ("Snapdragon 9 Elite", "Hardware") in found and not any(label == "Elite" for label, _ in found)
    # without a chip noun a name with a version stays a model
    found = ents(nlp_en, "Zorbix released Quill 3 Elite on Monday.")
    assert ("Quill 3 Elite", "AIModel") in found


def test_a_first_name_opening_a_things_name_after_a_company_possessive(nlp_en):
    found = ents(nlp_en, "The app is built on Quorvex's Tiny Ember model, which is small.")
    assert ("Tiny Ember", "AIModel") in found
    # after a person's possessive it is no thing's name
    found = ents(nlp_en, "The app is built on Jane's Tiny Ember model, which is small.")
    assert ("Tiny Ember", "AIModel") not in found


def test_a_business_angel_is_a_person(nlp_en, nlp_de):
    found = ents(nlp_de, "Das Start-up finanziert sich über den Business Angel Tovin Marsk und den Fonds Nordkap.")
    assert ("Tovin Marsk", "Person") in found and not any("Angel" in label for label, _ in found)
    found = ents(nlp_en, "The round was joined by angel investor Jan Quendel and by Nordkap Capital.")
    assert ("Jan Quendel", "Person") in found


def test_a_name_and_version_before_a_licence_or_standard_is_no_model(nlp_en):
    found = ents(nlp_en, "Zorbix released Quill 2 under an Apache 2.0 license and supports the Wi-Fi 7 standard.")
    assert ("Quill 2", "AIModel") in found
    assert not any(label in ("Apache 2.0", "Fi 7", "Wi-Fi 7") for label, _ in found)


def test_capitalised_words_in_mid_sentence_belong_to_a_firms_name(nlp_en):
    found = ents(nlp_en, "The round was backed by New Quorvex Associates and First Velmar Capital.")
    assert ("New Quorvex Associates", "Organization") in found and ("First Velmar Capital", "Organization") in found
    # at the start of a sentence "New" is a word of the sentence
    found = ents(nlp_en, "New Quorvex Labs hired ten people.")
    assert ("Quorvex Labs", "Organization") in found


def test_a_data_centre_operator_and_its_short_name(extractor):
    found = rels(extractor, "Quorvex competes with Velmar Data Centers in Texas. Velmar is backed by Nordkap Capital.",
                 "en")
    assert ("Nordkap Capital", "investsIn", "Velmar Data Centers") in found


def test_a_first_name_and_a_model_variant_word_is_no_person(nlp_en, nlp_de):
    found = ents(nlp_en, "A smaller sibling, Aurora Mini, is designed to run on a laptop.")
    assert not any(t == "Person" for _, t in found)
    found = ents(nlp_de, "Die kleinere Variante Tessa Pro läuft auf einem Laptop.")
    assert not any(t == "Person" for _, t in found)
    # a family name that is also a variant word stays a family name
    found = ents(nlp_en, "Jane Small, a researcher at Quorvex Labs, said so.")
    assert ("Jane Small", "Person") in found


def test_a_versioned_name_before_modifiers_and_a_chip_noun_is_a_chip(nlp_en):
    found = ents(nlp_en, "Quorvex Labs will supply its Photon-1 inference chips and its Fjell-2 inference card.")
    assert ("Photon-1", "Hardware") in found and ("Fjell-2", "Hardware") in found
    # a verb between makes no chip's name
    found = ents(nlp_en, "Quorvex Labs said Quill 2 needs fewer chips than its rivals.")
    assert ("Quill 2", "AIModel") in found


def test_an_abbreviated_month_and_a_day_is_no_model(nlp_en):
    found = ents(nlp_en, "Quorvex Labs released Quill 3 on Nov. 4 and will ship it on Oct 21.")
    assert ("Quill 3", "AIModel") in found and len([t for _, t in found if t == "AIModel"]) == 1


def test_a_dateline_source_in_brackets_owns_no_possessive(extractor_real):
    # (the project's catalogue knows the news agency)
    found = rels(extractor_real, "SAN FRANCISCO, Oct 14 (Reuters) - Zorbix Labs has agreed to license Quorvex AI's "
                 "models to power a rebuilt version of its Tandem assistant.", "en")
    assert ("Zorbix Labs", "develops", "Tandem") in found and ("Reuters", "develops", "Tandem") not in found


def test_a_possessive_in_a_relative_clause_after_an_apposition_is_the_names(extractor):
    found = rels(extractor, "Zorbix Labs's first chip is in use at Quorvex AI, the Toronto-based model developer, "
                 "which runs its Tandem models on racks of the processors.", "en")
    assert ("Quorvex AI", "develops", "Tandem") in found and ("Zorbix Labs", "develops", "Tandem") not in found


def test_a_model_named_before_and_a_variant_word_is_a_model_of_its_own(nlp_en, nlp_de):
    found = ents(nlp_en, "Zorbix unveils Tessa, a reasoning model. A smaller sibling, Tessa Mini, runs on laptops.")
    assert ("Tessa", "AIModel") in found and ("Tessa Mini", "AIModel") in found
    found = ents(nlp_de, "Zorbix stellt das Sprachmodell Tessa vor. Die kleinere Variante Tessa Pro läuft auf Laptops.")
    assert ("Tessa Pro", "AIModel") in found
    # no model named before: a name and a variant word alone is none
    found = ents(nlp_en, "A smaller sibling, Tessa Mini, runs on laptops.")
    assert not any(t == "AIModel" for _, t in found)


def test_a_name_after_a_hyphenated_or_vendor_led_model_apposition(nlp_en):
    found = ents(nlp_en, "The start-up Quorvex released a real-time voice model, Tandem, last year.")
    assert ("Tandem", "AIModel") in found
    found = ents(nlp_en, "Zorblax has been developing its own model, Zorblax Gauss, at its lab.")
    assert ("Zorblax Gauss", "AIModel") in found
    # a company's name in that place stays a company
    found = ents(nlp_en, "Its biggest partner model, Zorblax Labs, said so.")
    assert not any(t == "AIModel" for _, t in found)


def test_the_english_plural_of_a_known_chip_with_a_code(extractor_real):
    nlp = extractor_real.pipeline("en")
    found = ents(nlp, "The start-up bought 20,000 H100s and a few MI300Xs last year.")
    assert {t for label, t in found if "H100" in label or "MI300X" in label} == {"Hardware"}
    assert not any(label.endswith("s") and t == "Hardware" for label, t in found)


def test_korean_names_with_a_hyphenated_given_name(nlp_en, nlp_de):
    found = ents(nlp_en, "Chief executive Jun Ha-rin said so, and the lab hired Kwon Ji-hoon last year.")
    assert ("Jun Ha-rin", "Person") in found and ("Kwon Ji-hoon", "Person") in found
    found = ents(nlp_de, "Kwon Ji-hoon leitet die KI-Sparte.")
    assert ("Kwon Ji-hoon", "Person") in found
    # no listed family name: no person; a compound with a lower-case head is none either
    found = ents(nlp_de, "Die Quorvex Hotel-gruppe wächst.")
    assert not any(t == "Person" for _, t in found)


def test_a_code_after_a_known_product_line_is_a_product(extractor_real):
    found = ents(extractor_real.pipeline("en"), "Analysts expect the Galaxy S27 line to sell well, unlike the Snapdragon X95 chips.")
    assert ("Galaxy S27", "Product") in found and ("Snapdragon X95", "Hardware") in found
