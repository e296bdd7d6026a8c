"""English coordination of the p24 main session (2026-11-29): after a passive agent or a preposition,
", and B" followed by a finite verb opens a new clause, so B is no second agent. Every name is invented;
"Acme" and "Zorblax" are in the test catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text

CASES = [
    ("Zorblax was bought by Acme, and Brightwater Ventures partnered with Norfield Capital.",
     {("Acme", "acquired", "Zorblax"), ("Brightwater Ventures", "partnerOf", "Norfield Capital")},
     {("Brightwater Ventures", "acquired", "Zorblax")}),
    ("Zorblax is backed by Acme, and Brightwater Ventures invested in Norfield Capital.",
     {("Acme", "investsIn", "Zorblax"), ("Brightwater Ventures", "investsIn", "Norfield Capital")},
     {("Brightwater Ventures", "investsIn", "Zorblax")}),
    # a list of agents still reads as one
    ("Zorblax is backed by Acme, Brightwater Ventures, and Norfield Capital.",
     {("Acme", "investsIn", "Zorblax"), ("Brightwater Ventures", "investsIn", "Zorblax"),
      ("Norfield Capital", "investsIn", "Zorblax")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", CASES)
def test_p24_english_coordination(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, lang="en")
