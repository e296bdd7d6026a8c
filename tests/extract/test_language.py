"""kg.extract.language: German or English, and the mixed case."""

from __future__ import annotations

from kg.extract.language import DEFAULT_LEXICON_DIR, detect_language, sentence_language


def test_german_and_english():
    assert detect_language("Der Konzern hat das neue Modell vorgestellt und will es verkaufen.",
                           DEFAULT_LEXICON_DIR) == "de"
    assert detect_language("The company has presented the new model and wants to sell it.",
                           DEFAULT_LEXICON_DIR) == "en"


def test_mixed_document_takes_the_majority():
    text = ("Der Konzern hat das Modell vorgestellt. Die Firma will es noch in diesem Jahr verkaufen. "
            "It is a good model.")
    assert detect_language(text, DEFAULT_LEXICON_DIR) == "de"
    assert sentence_language("It is a good model and the best of the year.", DEFAULT_LEXICON_DIR, "de") == "en"


def test_no_words_gives_the_default():
    assert detect_language("1234 5678 !!!", DEFAULT_LEXICON_DIR, default="en") == "en"
