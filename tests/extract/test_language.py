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


def test_counts_per_token_give_the_sentence_language():
    """The relation extractor keeps token_language_counts per word and sums them over a
    sentence's tokens: the same answer as sentence_language on its text."""
    from kg.extract.language import LANGUAGES, counts_language, token_language_counts

    for text in ("It is a good model and the best of the year.", "Der Konzern hat das Modell vorgestellt.",
                 "Über Ärger: the company said, dass es größer wird.", "1234 5678 !!!", "Acme, Quibbl und Zorblax."):
        counts = [token_language_counts(t, DEFAULT_LEXICON_DIR) for t in text.split()]   # no word spans two
        fw = [sum(c[1][i] for c in counts) for i in range(len(LANGUAGES))]
        for default in LANGUAGES:
            assert counts_language(sum(c[0] for c in counts), fw, sum(c[2] for c in counts), default) == \
                sentence_language(text, DEFAULT_LEXICON_DIR, default), (text, default)
