"""GatedMatcher gives exactly what spaCy's Matcher (greedy LONGEST) gives: same matches, same order."""

import random

import spacy
from spacy.matcher import Matcher

from kg.extract.gated_matcher import GatedMatcher

WORDS = ["Acme", "Roe", "Jane", "Labs", "Inc.", "-", ",", "der", "die", "the", "startup", "3", "v2",
         "CEO", "„", "“", "und", "Chef", "Quibbl", "X9", "chips", "er", "."]

PATTERNS = [
    ("org_prefix", [[{"LOWER": {"IN": ["startup", "die"]}}, {"ORTH": "„", "OP": "?"},
                     {"IS_TITLE": True, "OP": "{1,4}"}]]),
    ("org_suffix", [[{"IS_TITLE": True, "OP": "{1,3}"}, {"LOWER": {"IN": ["inc.", "labs"]}}]]),
    ("person", [[{"ORTH": "Jane"}, {"LOWER": "der", "OP": "{0,2}"}, {"IS_TITLE": True}],
                [{"IS_TITLE": True}, {"ORTH": "-"}, {"ORTH": "Roe"}]]),
    ("role", [[{"LOWER": {"IN": ["ceo", "chef"]}}, {"IS_TITLE": True}, {"IS_TITLE": True}],
              [{"IS_TITLE": True}, {"IS_TITLE": True}, {"ORTH": ","}, {"LOWER": "die", "OP": "{0,2}"},
               {"LOWER": "ceo"}]]),
    ("version", [[{"IS_TITLE": True, "OP": "{1,2}"}, {"ORTH": "-", "OP": "?"},
                  {"TEXT": {"REGEX": r"^(?:\d+|v\d)$"}}, {"LOWER": "und", "OP": "{0,2}"}]]),
    ("code", [[{"IS_TITLE": True, "OP": "?"}, {"TEXT": {"REGEX": r"^[A-Z]\d$"}}]]),
    ("anaphor", [[{"LOWER": {"IN": ["der", "die"]}}, {"IS_PUNCT": False, "OP": "{0,4}"},
                  {"LOWER": {"IN": ["chef", "labs"]}}]]),
    ("pronoun", [[{"LOWER": "er"}]]),
    ("filler", [[{"LOWER": "der"}, {"TEXT": {"NOT_IN": [",", "."]}, "IS_SPACE": False, "OP": "{0,3}"},
                 {"LOWER": {"IN": ["chef", "labs"]}}]]),     # negative word tests: fixed-length forms
    ("not_chef", [[{"LOWER": "die"}, {"LOWER": "chef", "OP": "!"}, {"IS_TITLE": True}]]),   # runs its matcher
    ("pronoun_inside", [[{"LOWER": "er", "IS_SENT_START": False}]]),     # tests more than the word
    ("pair", [[{"LOWER": "die"}, {"ORTH": "Chef"}], [{"ORTH": "Acme"}, {"ORTH": "-"}, {"LOWER": "labs"}]]),
    ("title_number", [[{"IS_TITLE": True}, {"IS_DIGIT": True}]]),   # no word test: runs everywhere
    ("quoted", [[{"ORTH": "„"}, {"OP": "+"}, {"ORTH": "“"}]]),       # unbounded: runs everywhere
]


def test_same_matches_in_the_same_order_as_spacy():
    nlp = spacy.blank("de")
    reference = Matcher(nlp.vocab)
    for key, patterns in PATTERNS:
        reference.add(key, patterns, greedy="LONGEST")
    gated = GatedMatcher(nlp.vocab, PATTERNS, probe={"der": 1.0, "die": 1.0, "und": 1.0, ",": 20.0, "-": 20.0})
    rng = random.Random(7)
    for _ in range(1500):
        doc = nlp(" ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 60))))
        assert gated(doc) == reference(doc), doc.text
    assert gated.fallbacks == 0
