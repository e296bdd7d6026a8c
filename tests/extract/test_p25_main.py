"""Deals denied after a noun phrase subject (p25 main session, 2026-11-29): where a noun of a deal, stake
or partnership (cue kind ``event_noun``) opens its clause, the clause's verb comes after the match, and a
negation or denial there marks the relation negated. Every name is invented; "Acme" and "Zorblax" are in
the test catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text

CASES_DE = [
    ("Eine Beteiligung von Acme an Zorblax, über die zuletzt spekuliert wurde, dementierte Jana Roe.",
     set(), {("Acme", "investsIn", "Zorblax")}),
    ("Über eine Zusammenarbeit zwischen Acme und Zorblax sei gesprochen worden, einen Vertrag gebe es aber nicht.",
     set(), {("Acme", "partnerOf", "Zorblax")}),
    ("Zorblax baut Chips. Auch ein Einstieg von Acme bei Zorblax wurde nicht bestätigt.",
     set(), {("Acme", "investsIn", "Zorblax")}),
    # not denied: the relation stands
    ("Eine Beteiligung von Acme an Zorblax hatte der Konzern schon im März gemeldet.",
     {("Acme", "investsIn", "Zorblax")}, set()),
    ("Die Partnerschaft zwischen Acme und Zorblax gilt als eine der wichtigsten der Branche.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    # the noun is no subject of its clause: a negation after it is another clause's
    ("Acme hat eine Beteiligung an Zorblax erworben, Details nannte der Konzern nicht.",
     {("Acme", "investsIn", "Zorblax")}, set()),
]

CASES_EN = [
    ("A partnership between Acme and Zorblax, which analysts had expected, was never confirmed.",
     set(), {("Acme", "partnerOf", "Zorblax")}),
    ("A partnership between Acme and Zorblax has been in place since 2021.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", CASES_DE)
def test_p25_german_denied_deal_nouns(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, lang="de")


@pytest.mark.parametrize("text, expected, wrong", CASES_EN)
def test_p25_english_denied_deal_nouns(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, lang="en")


# English inserts after a company that name others ("Acme, a firm backed by Zorblax, has ..."): the
# company meets its verb without them, and a name inside them is no subject of that verb
CASES_EN_INSERTS = [
    ("Zorblax, a data-centre developer backed by Acme, has agreed to buy 20,000 Kestro Edge chips.",
     {("Zorblax", "usesHardware", "Kestro Edge"), ("Acme", "investsIn", "Zorblax")},
     {("Acme", "usesHardware", "Kestro Edge")}),
    ("Zorblax, which is backed by Acme and Initech Partners, signed a deal with Globex Systems last year.",
     {("Zorblax", "partnerOf", "Globex Systems")},
     {("Acme", "partnerOf", "Globex Systems"), ("Initech Partners", "partnerOf", "Globex Systems")}),
    # an inner comma ends no insert where no verb follows it
    ("Zorblax, a start-up co-founded by Jane Roe, its chief executive, and John Doe, has raised money from Acme.",
     {("Jane Roe", "ceoOf", "Zorblax")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", CASES_EN_INSERTS)
def test_p25_english_inserts_that_name_others(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, lang="en")
