"""German relations found wrong or missing in the p17 round (2026-11-28). Every name is invented;
"Acme", "Zorblax", "Jane Roe", "Rocket" and "Kestro Edge" are in the test catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text

GERMAN = [
    # things "von X" bought are no takeover of X; a majority "von X" is
    ("Acme hat die Chips von Zorblax gekauft.", set(), {("Acme", "acquired", "Zorblax")}),
    ("Acme hat im Mai die Server von Zorblax übernommen.", set(), {("Acme", "acquired", "Zorblax")}),
    ("Acme hat 2024 die Mehrheit von Zorblax übernommen.", {("Acme", "acquired", "Zorblax")}, set()),
    ("Acme hat Zorblax im Januar für 2 Milliarden Euro übernommen.", {("Acme", "acquired", "Zorblax")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", GERMAN)
def test_relations_p17_de(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "de")


CONCEPTS = [
    ("Acme hat sich dem Datenschutz verschrieben.", {("Acme", "pursues", "Datenschutz")}, set()),
    ("Zorblax setzt auf humanoide Robotik.", {("Zorblax", "pursues", "humanoide Robotik")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", CONCEPTS)
def test_goals_p17_de(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "de")


def test_talks_of_a_takeover_are_none_a_plan_is(extractor) -> None:
    check_text(extractor, "Acme führt Gespräche, um Zorblax zu übernehmen.", set(), {("Acme", "acquired", "Zorblax")}, "de")
    check_text(extractor, "Acme plant, Zorblax zu übernehmen.", {("Acme", "acquired", "Zorblax")}, set(), "de")
