"""English names and relations found missing on the fresh training articles of the p20 round
(2026-11-28: en-ae … en-ag), read across the sets for kinds that recur. Every name is invented;
"Acme", "Zorblax", "Jane Roe", "Rocket", "Rocket 2" and "Kestro Edge" are in the test catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text

NAMES = [
    # a chip named before an apposition keeps its name, not the plural noun after it
    ("Acme trained Rocket on 2,048 Zeta X1 GPUs, a cut-down chip.",
     {("Acme", "usesHardware", "Zeta X1")}, {("Acme", "usesHardware", "Zeta X1 GPUs")}),
    ("Acme trained Rocket on 2,048 Kestro Edge GPUs, a cut-down chip.",
     {("Acme", "usesHardware", "Kestro Edge")}, {("Acme", "usesHardware", "Kestro Edge GPUs")}),
    # a company whose name ends in a chip noun is no chip
    ("Acme runs its service on Zeta Chips, a chip maker from Ohio.", set(), {("Acme", "usesHardware", "Zeta")}),
    # a generation after a version is part of the chip's name ("Gen 5" is no model of its own)
    ("Inside the handset sits the Zeta 8 Elite Gen 5, a processor designed by Acme.",
     {("Acme", "develops", "Zeta 8 Elite Gen 5")}, {("Acme", "develops", "Gen 5"), ("Acme", "develops", "Zeta 8 Elite")}),
    ("Zorblax uses the Zeta 8 Gen 3 in its phones.", {("Zorblax", "usesHardware", "Zeta 8 Gen 3")},
     {("Zorblax", "usesHardware", "Gen 3")}),
    # a model version without a generation stays a model
    ("Acme released Zeta 8 this week.", {("Acme", "develops", "Zeta 8")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", NAMES)
def test_relations_p20_en(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")
