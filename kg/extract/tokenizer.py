"""Tokenizer of the extractor: spaCy's rule tokenizer that also splits hyphenated compounds.

Splitting ``Acme-Chef`` into ``Acme`` ``-`` ``Chef`` lets a name inside a German compound
("Konzern-Chef", "X-GPUs", "Open-Source-KI") be a mention of its own; the hyphen stays a
token, so the compound can still be read whole.

>>> import spacy
>>> nlp = spacy.blank("de", config={"nlp": {"tokenizer": {"@tokenizers": "kg.compound_tokenizer.v1"}}})
>>> [t.text for t in nlp("Acme-Chef Jane Roe nennt 340.000 Z9-GPUs, z.B. am 18. September.")]
['Acme', '-', 'Chef', 'Jane', 'Roe', 'nennt', '340.000', 'Z9', '-', 'GPUs', ',', 'z.B.', 'am', '18.', 'September', '.']
>>> [t.text for t in nlp("Gegründet von Dr.-Ing. Jane Roe.")]
['Gegründet', 'von', 'Dr.-Ing.', 'Jane', 'Roe', '.']
>>> [t.text for t in nlp("Sie nutzt Z900. Dann Quill-4. Dann Zeta 1.5. Am 3. Mai.")]
['Sie', 'nutzt', 'Z900', '.', 'Dann', 'Quill', '-', '4', '.', 'Dann', 'Zeta', '1.5', '.', 'Am', '3.', 'Mai', '.']
>>> [t.text for t in nlp("Sie arbeitet bei der Zorb GmbH. Ab Mai.")]
['Sie', 'arbeitet', 'bei', 'der', 'Zorb', 'GmbH', '.', 'Ab', 'Mai', '.']
"""

from __future__ import annotations

import re
from collections.abc import Callable

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_suffix_regex

__all__ = ["create_compound_tokenizer"]

# a hyphen between two letters or digits splits; a hyphen after a word before a blank too
_HYPHEN_INFIX = r"(?<=[^\W_])-(?=[^\W_])"
_HYPHEN_SUFFIX = r"(?<=[^\W\d_]{2})-"
# a full stop after a model or chip code ends the sentence: "B200.", "GPT-4.", "Gemini 1.5.", "Zeta-34B."
# (German keeps "3." whole as an ordinal; a code with letters or a dotted version is never one)
_CODE_STOP_SUFFIXES = [r"(?<=[A-Za-z]\d)\.", r"(?<=[A-Za-z]\d\d)\.", r"(?<=[A-Za-z]\d\d\d)\.",
                       r"(?<=[A-Za-z]\d\d\d\d)\.", r"(?<=[A-Za-z]-\d)\.", r"(?<=[A-Za-z]-\d\d)\.",
                       r"(?<=\d\.\d)\.", r"(?<=\d\.\d\d)\.", r"(?<=\d[A-Z])\.",
                       # a word ending in a capital after a small letter is no abbreviation: "GmbH.", "KGaA."
                       r"(?<=[a-zäöü][A-ZÄÖÜ])\.",
                       # p27f: a capital letter after a hyphen ends a name, no initial: "Tesvo-V."
                       r"(?<=[a-z]-[A-Z])\."]
# hyphenated academic titles are one token, so their full stop ends no sentence: "Dr.-Ing. Jane Roe"
_TITLE_EXCEPTIONS = ("Dr.-Ing.", "Dipl.-Ing.", "Dipl.-Inf.", "Dipl.-Kfm.", "Dr.-Ing.-habil.")


def _splits_name_dot(pattern: str | re.Pattern) -> bool:
    """Whether an infix pattern splits a full stop between a small and a capital letter."""
    return re.search(pattern, "Seven.One") is not None and re.search(pattern, "Acme-Chef") is None


@spacy.registry.tokenizers("kg.compound_tokenizer.v1")
def create_compound_tokenizer() -> Callable[[Language], Tokenizer]:
    """The language's default tokenizer with hyphen splitting added."""

    def make(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        infixes = list(defaults.infixes or []) + [_HYPHEN_INFIX]
        if nlp.lang == "de":
            # p24c: a full stop between a small and a capital letter stays inside a name ("Seven.One
            # Media", "hessian.AI"); news text puts a blank after a sentence's full stop
            infixes = [p for p in infixes if not _splits_name_dot(p)]
        suffixes = list(defaults.suffixes or []) + [_HYPHEN_SUFFIX] + _CODE_STOP_SUFFIXES
        prefix_search = (spacy.util.compile_prefix_regex(defaults.prefixes).search
                         if defaults.prefixes else None)
        return Tokenizer(
            nlp.vocab,
            rules=dict(defaults.tokenizer_exceptions) | {t: [{ORTH: t}] for t in _TITLE_EXCEPTIONS},
            prefix_search=prefix_search,
            suffix_search=compile_suffix_regex(suffixes).search,
            infix_finditer=compile_infix_regex(infixes).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return make
