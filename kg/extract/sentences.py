"""Sentence boundaries for news text: full stops, line breaks, and no split inside abbreviations.

Rules (vectorised over the token array, so a large document stays cheap):

- a sentence ends at ``.``, ``!``, ``?`` or ``…`` (closing quotes and brackets stay with it);
- a line break ends a sentence, so a headline without a full stop is a sentence of its own;
- a full stop glued to letters on both sides ("Leonardo.Ai") is part of a name, no end;
- abbreviations the tokenizer keeps whole ("Dr.", "z.B.", "Inc.", "18.") never end one,
  except a corporate suffix before a typical sentence opener ("... Acme Inc. The company");
- a German ordinal-like number after a name ("Quill 3.", "Zeta 2.") ends a sentence when a
  capitalised word or a line break follows that is no month ("am 3. Mai" stays whole); the
  token is split into the number and the full stop, so the name does not carry the stop;
- a sentence longer than ``max_tokens`` is cut, which bounds the cost of the relation rules.

>>> import spacy
>>> nlp = spacy.blank("de")
>>> _ = nlp.add_pipe("kg_sentences")
>>> [s.text.strip() for s in nlp("Neue Chips für alle\\nDr. Roe kam am 18. September. Er blieb z.B. lange!").sents]
['Neue Chips für alle', 'Dr. Roe kam am 18. September.', 'Er blieb z.B. lange!']
>>> [t.text for t in nlp("Acme zeigt Quill 3. Am 3. Mai folgt Zeta 2.")]
['Acme', 'zeigt', 'Quill', '3', '.', 'Am', '3.', 'Mai', 'folgt', 'Zeta', '2', '.']
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import IS_LOWER, IS_SPACE, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.lexicon import DEFAULT_LEXICON_DIR, first_names

__all__ = ["SentenceSegmenter"]

_TERMINATORS = (".", "!", "?", "…", "...", "?!", "!!")
_CLOSERS = ('"', "'", "”", "“", "’", "«", "»", ")", "]", "“", "‘")
_CORP_SUFFIXES = ("Inc.", "Corp.", "Ltd.", "Co.", "Bros.", "Plc.", "S.A.", "N.V.", "Jr.", "Sr.")
_OPENERS = ("The", "It", "Its", "He", "She", "They", "We", "In", "On", "A", "An", "This", "That",
            "Der", "Die", "Das", "Er", "Sie", "Es", "Im", "Am", "Ein", "Eine", "Wir")
_TERM, _CLOSE, _CORP, _OPEN, _ORD, _INIT = 1, 2, 4, 8, 16, 32      # bits of a word's code
_ORDINALS = tuple(f"{k}." for k in range(1, 100))
_INITIALS = tuple(f"{c}." for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_MONTHS = frozenset("""januar februar märz april mai juni juli august september oktober november dezember
jan. feb. mär. apr. jun. jul. aug. sep. sept. okt. nov. dez. january february march may june july october
december""".split())
# words before a number that make it an ordinal or a date, never a version
_ORDINAL_LEFT = frozenset("""am im zum zur vom beim bis ab seit der die das den dem des ein eine einem einer
eines sein seine seinem seiner ihr ihre ihrem ihrer unser unsere jeder jede jedes zu von mit für nach vor
über um auf in an bei the on in at of""".split())


class SentenceSegmenter:
    """Sets ``Token.is_sent_start`` for every token of the doc."""

    def __init__(self, nlp: Language, name: str, max_tokens: int) -> None:
        if max_tokens < 10:
            raise ValueError(f"kg_sentences: max_tokens must be >= 10, got {max_tokens}")
        self.name = name
        self.max_tokens = max_tokens
        strings = nlp.vocab.strings
        # the words of each list as a bit of a code, looked up in one sorted array of their IDs
        codes: dict[int, int] = {}
        # a capital and a full stop after a word that is no first name ends a name and the sentence
        # ("die Allianz-Tochter Allianz X. Geführt wird ...", "der Serie A. Angeführt ..."), not an
        # initial ("Jana X. Roe")
        self._first_names = first_names(str(DEFAULT_LEXICON_DIR / "common" / "first_names.txt"))
        for bit, words in ((_TERM, _TERMINATORS), (_CLOSE, _CLOSERS), (_CORP, _CORP_SUFFIXES), (_OPEN, _OPENERS),
                           (_ORD, _ORDINALS), (_INIT, _INITIALS)):
            for w in words:
                key = strings.add(w)
                codes[key] = codes.get(key, 0) | bit
        self._keys = np.array(sorted(codes), dtype="uint64")
        # (p22c) a suffix split from its full stop ("Softbank Corp" "."), and the full stop
        self._bare_corp = np.array([strings.add(w.rstrip(".")) for w in _CORP_SUFFIXES], dtype="uint64")
        self._dot = strings.add(".")
        self._codes = np.array([codes[k] for k in sorted(codes)] + [0], dtype="uint8")

    def _word_codes(self, orth: np.ndarray) -> np.ndarray:
        """Per token, the bits of the word lists its word belongs to."""
        pos = np.searchsorted(self._keys, orth)
        pos[self._keys[np.minimum(pos, len(self._keys) - 1)] != orth] = len(self._keys)
        return self._codes[pos]

    def _version_stops(self, doc: Doc, candidates: np.ndarray) -> list[int]:
        """Indexes of ordinal-like tokens ("3.") that are a version number and a full stop."""
        out = []
        n = len(doc)
        for i in candidates.tolist():
            if i == 0:
                continue
            left = doc[i - 1].text
            if not (left[:1].isupper() and left.isalpha()) or left.lower() in _ORDINAL_LEFT \
                    or left.lower() in _MONTHS:
                continue
            right = doc[i + 1].text if i + 1 < n else ""
            if right == "" or "\n" in right and not right.strip() or \
                    right[:1].isupper() and right.lower() not in _MONTHS:
                out.append(i)
        return out

    def _name_letter_stops(self, doc: Doc, candidates: np.ndarray) -> list[int]:
        """Indexes of a capital and a full stop ("X.") that end a name and a sentence: after a
        capitalised word that is no first name nor an abbreviation, before a capitalised word."""
        out = []
        n = len(doc)
        for i in candidates.tolist():
            if i == 0 or i + 1 >= n:
                continue
            left, right = doc[i - 1].text, doc[i + 1].text
            if left[:1].isupper() and left.isalpha() and left not in self._first_names \
                    and right[:1].isupper() and right.isalpha() and doc[i].whitespace_:
                out.append(i)
        return out

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        arr = doc.to_array([ORTH, IS_SPACE]).astype("uint64")
        orth, space = arr[:, 0], arr[:, 1].astype(bool)
        code = self._word_codes(orth)
        ordinals = np.flatnonzero(code & _ORD)
        initials = np.flatnonzero(code & _INIT)
        if len(ordinals) or len(initials):
            splits = sorted(self._version_stops(doc, ordinals) + self._name_letter_stops(doc, initials))
            if splits:
                with doc.retokenize() as retokenizer:
                    for i in splits:
                        token = doc[i]
                        retokenizer.split(token, [token.text[:-1], "."], heads=[(token, 1), (token, 1)])
                n = len(doc)
                arr = doc.to_array([ORTH, IS_SPACE]).astype("uint64")
                orth, space = arr[:, 0], arr[:, 1].astype(bool)
                code = self._word_codes(orth)
        ends = (code & _TERM).astype(bool)
        # a full stop glued to letters on both sides is part of a name ("Leonardo.Ai", "Character.AI"):
        # only the ends with no blank before or after them are looked at as tokens
        if n > 2:
            trailing = doc.to_array(SPACY).astype(bool)     # a blank after the token
            for i in (np.flatnonzero(ends[1:-1] & ~trailing[1:-1] & ~trailing[:-2]) + 1).tolist():
                if doc[i].text == "." and doc[i - 1].text[-1:].isalpha() and doc[i + 1].text[:1].isalpha():
                    ends[i] = False
        # p22c: "der Softbank Corp. und dem Konzern X": a full stop after a corporate suffix before a
        # lower-case word ends no sentence
        if n > 2:
            lower = doc.to_array(IS_LOWER).astype(bool)
            ends[1:-1] &= ~((orth[1:-1] == self._dot) & np.isin(orth[:-2], self._bare_corp) & lower[2:])
        nxt_open = np.zeros(n, dtype=bool)
        nxt_open[:-1] = code[1:] & _OPEN
        ends |= (code & _CORP).astype(bool) & nxt_open
        # carry an end over closing quotes and brackets right after it
        close = (code & _CLOSE).astype(bool)
        for _ in range(2):
            moved = ends[:-1] & close[1:]
            ends[1:] |= moved
            ends[:-1] &= ~moved
        newline = np.zeros(n, dtype=bool)
        for blank in np.flatnonzero(space):
            newline[blank] = "\n" in doc[int(blank)].text
        start = np.zeros(n, dtype=bool)
        start[0] = True
        start[1:] = ends[:-1] | newline[:-1]
        # a sentence never starts on a blank: the blank stays with the sentence before it
        for _ in range(2):
            on_space = start & space
            on_space[0] = False
            start &= ~on_space
            start[1:] |= on_space[:-1]
        # cap very long sentences (a huge single line) so later rules stay bounded
        idx = np.flatnonzero(start)
        bounds = np.append(idx, n)
        for k in np.flatnonzero(np.diff(bounds) > self.max_tokens).tolist():
            a, b = int(bounds[k]), int(bounds[k + 1])
            start[a + self.max_tokens:b:self.max_tokens] = True
        values = np.where(start, 1, -1).astype("int64").view("uint64").reshape(-1, 1)
        doc.from_array([SENT_START], values)  # type: ignore[arg-type]
        # the tokens' ORTH ids, which the later components read (kg.extract.mentions.orth_ids)
        doc.user_data["kg_orths"] = orth.tolist()
        return doc


@Language.factory(
    "kg_sentences",
    default_config={"max_tokens": 150},
    assigns=["token.is_sent_start"],
    requires=[],
)
def make_sentence_segmenter(nlp: Language, name: str, max_tokens: int) -> SentenceSegmenter:
    """Rule-based sentence boundaries; ``max_tokens`` caps the length of one sentence."""
    return SentenceSegmenter(nlp, name, max_tokens)
