"""English relations found missing on the fresh training set of the p19e round (2026-11-28: en-aa).
Every name is invented; "Acme", "Zorblax", "Jane Roe", "Rocket", "Rocket 2" and "Kestro Edge" are in the
test catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text

CASES = [
    # a pair that announces a merger after a long apposition, or that combined in a deal
    ("Acme and Zorblax, the chip unit spun out of a telecom group, combined in an all-share deal.",
     {("Acme", "mergedWith", "Zorblax")}, set()),
    ("Acme and Zorblax, two old rivals, said on Monday they will not merge.", set(),
     {("Acme", "mergedWith", "Zorblax")}),
    ("Acme and Zorblax, two old rivals, said on Monday that prices would combine badly with taxes.", set(),
     {("Acme", "mergedWith", "Zorblax")}),
    # a chip in apposition that one company designs or unveiled, and that another etches or produces
    ("Jane Roe praised the Kestro Edge, a processor that Acme designs and that Zorblax etches on one wafer.",
     {("Acme", "develops", "Kestro Edge"), ("Zorblax", "manufactures", "Kestro Edge")}, set()),
    ("Jane Roe praised the Kestro Edge, the processor that Acme designs and Zorblax produces.",
     {("Acme", "develops", "Kestro Edge"), ("Zorblax", "manufactures", "Kestro Edge")}, set()),
    ("Jane Roe praised the Kestro Edge, a second-generation chip that Acme unveiled in March.",
     {("Acme", "develops", "Kestro Edge")}, set()),
    ("Jane Roe praised the Kestro Edge, a chip that Acme bought in March.", set(),
     {("Acme", "develops", "Kestro Edge")}),
    ("Jane Roe praised the Kestro Edge, a chip that Acme designs.", set(),
     {("Acme", "manufactures", "Kestro Edge")}),
    # a foundry that etches or fabricates a chip
    ("Acme etches the Kestro Edge on its newest process.", {("Acme", "manufactures", "Kestro Edge")}, set()),
    ("Acme praised the Kestro Edge on its newest process.", set(), {("Acme", "manufactures", "Kestro Edge")}),
]


@pytest.mark.parametrize("text, expected, wrong", CASES)
def test_relations_p19e_en(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")

