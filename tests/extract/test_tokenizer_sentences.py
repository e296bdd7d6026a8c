"""Compound tokenizer and sentence rules."""

from __future__ import annotations

import spacy

import kg.extract.sentences  # noqa: F401  (registers the component)
import kg.extract.tokenizer  # noqa: F401


def nlp(lang: str):
    n = spacy.blank(lang, config={"nlp": {"tokenizer": {"@tokenizers": "kg.compound_tokenizer.v1"}}})
    n.add_pipe("kg_sentences", config={"max_tokens": 20})
    return n


def test_hyphenated_compounds_split_but_abbreviations_stay():
    words = [t.text for t in nlp("de")("Acme-Chef Jane Roe, z.B. Z9-GPUs und GPT-4-Niveau.")]
    assert words[:3] == ["Acme", "-", "Chef"]
    assert "z.B." in words and ["Z9", "-", "GPUs"] == words[words.index("Z9"):words.index("Z9") + 3]


def test_trailing_hyphen_before_a_blank():
    words = [t.text for t in nlp("de")("sagte Acme- Chief Executive Jane Roe")]
    assert words[1:3] == ["Acme", "-"]


def test_headlines_abbreviations_and_dates():
    doc = nlp("de")("Neue Chips für alle\nDr. Roe kam am 18. September 2025 zu Acme. Sie blieb z.B. lange.")
    assert [s.text.strip() for s in doc.sents] == [
        "Neue Chips für alle", "Dr. Roe kam am 18. September 2025 zu Acme.", "Sie blieb z.B. lange."]


def test_corporate_suffix_before_a_new_sentence():
    doc = nlp("en")("Investors include Acme Inc. The company declined to comment.")
    assert len(list(doc.sents)) == 2
    doc = nlp("en")("Acme Inc. said it grew.")
    assert len(list(doc.sents)) == 1


def test_closing_quotes_stay_with_their_sentence():
    doc = nlp("en")('He said "we grow." Then he left.')
    assert [s.text.strip() for s in doc.sents] == ['He said "we grow."', "Then he left."]


def test_long_sentences_are_cut():
    doc = nlp("en")(" ".join(["word"] * 55))
    assert max(len(s) for s in doc.sents) <= 20


def test_a_version_number_before_a_capitalised_word_ends_the_sentence(extractor):
    nlp = extractor.pipeline("de")
    doc = nlp("Acme zeigt Quill 3. Das Modell folgt Zeta 2.\nAm 3. Mai startet es, im 2. Quartal auch.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents == ["Acme zeigt Quill 3.", "Das Modell folgt Zeta 2.", "Am 3. Mai startet es, im 2. Quartal auch."]
    assert [t.text for t in doc[2:5]] == ["Quill", "3", "."]


def test_a_capital_and_a_full_stop_after_a_name_word_ends_the_sentence_but_an_initial_does_not():
    doc = nlp("de")("Investiert hat die Quellbrand-Tochter Quellbrand X. Geführt wird sie von Jana Roe.")
    assert [s.text.strip() for s in doc.sents] == [
        "Investiert hat die Quellbrand-Tochter Quellbrand X.", "Geführt wird sie von Jana Roe."]
    assert "X" in [t.text for t in doc]
    doc = nlp("en")("Acme raised money in a Series B. The round was led by Zorblax.")
    assert len(list(doc.sents)) == 2
    # an initial between a first name and a family name, or after a title, stays inside
    for text in ("Das sagte Jana X. Roe am Montag.", "Laut Dr. H. Roe ist das gut.", "Das sagte George W. Roe."):
        assert len(list(nlp("de")(text).sents)) == 1, text


def test_a_legal_form_in_mixed_case_at_a_sentence_end_is_a_name_and_ends_the_sentence(extractor):
    # "GmbH." was one token, which the legal-form cue did not know: the company was lost
    nlp = extractor.pipeline("de")
    doc = nlp("Sie arbeitet bei der Zorbel GmbH. Die Firma wächst, wie die Quantix KGaA.")
    assert [s.text.strip() for s in doc.sents] == ["Sie arbeitet bei der Zorbel GmbH.", "Die Firma wächst, wie die Quantix KGaA."]
    assert {(e.label, e.type) for e in doc._.kg_entities} >= {("Zorbel GmbH", "Organization"), ("Quantix KGaA", "Organization")}
    # all-capital abbreviations keep their full stop
    assert "Inc." in [t.text for t in nlp("Er kam von Zorbel Inc. zu uns.")]
