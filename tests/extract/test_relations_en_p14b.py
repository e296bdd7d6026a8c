"""English relations found missing on fresh training articles of 2026-11-28 (invented names):
backers listed "among the other backers" of a company's round, "the lab that P set up", a stake
held in a verb phrase coordinated with the first ("put $2 billion into A and holds a stake in B"),
"X, which owns Y", "X, which counts Y among its customers", "Y, the lab that X bought", and a
described shareholder ("counts the venture firm Y among its shareholders")."""

from __future__ import annotations

import pytest

from tests.extract.conftest import rels

CASES = [
    ("Zorblax's latest round was led by the fund Quibbl Capital, with Acme among the other backers.",
     {("Acme", "investsIn", "Zorblax")}, set()),
    ("Zorblax's round was led by the fund Quibbl Capital, with Acme and Vantor Ventures among the other backers.",
     {("Acme", "investsIn", "Zorblax"), ("Vantor Ventures", "investsIn", "Zorblax")}, set()),
    ("Zorblax, the lab that Jane Morrow set up in June, has not released a product.",
     {("Jane Morrow", "founderOf", "Zorblax")}, set()),
    # a relative clause of another verb: no founder
    ("Zorblax, the startup that Jane Morrow admired, grew.", set(), {("Jane Morrow", "founderOf", "Zorblax")}),
    ("The fund Quibbl Capital has also put $2 billion into Acme and holds a small stake in Zorblax.",
     {("Quibbl Capital", "investsIn", "Acme"), ("Quibbl Capital", "investsIn", "Zorblax")}, set()),
    ("Acme, which owns Zorblax, declined to comment.", {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    ("Acme, which owns a stake in Zorblax, declined to comment.", set(), {("Zorblax", "subOrganizationOf", "Acme")}),
    ("Zorblax, which counts Acme among its biggest customers, grew.", {("Zorblax", "partnerOf", "Acme")}, set()),
    ("The pressure comes from Zorblax, the Helsinki lab that Acme bought last year.",
     {("Acme", "acquired", "Zorblax")}, set()),
    ("Zorblax, the startup that Acme admired, grew.", set(), {("Acme", "acquired", "Zorblax")}),
    ("Zorblax counts the Stockholm venture firm Quibbl Capital among its shareholders.",
     {("Quibbl Capital", "investsIn", "Zorblax")}, {("Zorblax", "partnerOf", "Quibbl Capital")}),
]


@pytest.mark.parametrize("text, expected, wrong", CASES)
def test_relations_en_p14b(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    found = rels(extractor, text, "en")
    assert expected <= found, found
    assert not wrong & found, found
