"""The lexicon files: formats, documentation, and the packages they draw on."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import ConfigError
from kg.extract.lexicon import CUE_KINDS, DEFAULT_LEXICON_DIR, load_lexicon

README = DEFAULT_LEXICON_DIR / "README.md"


def test_every_cue_kind_is_documented():
    text = README.read_text(encoding="utf-8")
    assert not [k for k in sorted(CUE_KINDS) if f"`{k}`" not in text]


def test_every_verb_form_set_is_documented():
    from kg.extract.patterns import VERB_SETS

    text = README.read_text(encoding="utf-8")
    assert "`{lang}/verbs.tsv`" in text and "`@lemma`" in text
    assert not [k for k in VERB_SETS if f"`.{k}`" not in text]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_lexicons_load(lang):
    lex = load_lexicon(DEFAULT_LEXICON_DIR, lang)
    assert lex.cues["org_suffix"] and lex.cues["negation"] and lex.concepts
    assert "Tobias" in lex.first_names and "Zhang" in lex.surnames


def test_german_nouns_and_compounds():
    lex = load_lexicon(DEFAULT_LEXICON_DIR, "de")
    assert lex.is_common_noun("Konzern") and lex.is_common_noun("Serienunternehmer")
    assert not lex.is_common_noun("Zorblax") and not lex.is_common_noun("Süddeutschen")
    # an inflected head counts too ("Anbieter von Basismodellen")
    assert lex.is_common_noun("Basismodellen") and lex.is_common_noun("Sprachmodelle")
    assert not lex.is_common_noun("Nordischen") and not lex.is_common_noun("Europäischen")


def test_bad_cue_file_is_a_config_error(tmp_path: Path):
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "cues.tsv").write_text("no_such_kind\tword\n", encoding="utf-8")
    (tmp_path / "common").mkdir()
    with pytest.raises(ConfigError, match="kind"):
        load_lexicon(tmp_path, "xx")


def test_missing_language_is_a_config_error(tmp_path: Path):
    with pytest.raises(ConfigError, match="no lexicon folder"):
        load_lexicon(tmp_path, "fr")
