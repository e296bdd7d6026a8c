"""The organisation a paragraph is about as the implicit argument (invented names): when every
sentence before it in the paragraph that opens with an organisation's name opens with the same one
("Quenta wurde 2019 gegründet. Zu den Kunden zählen X und Y."), that company is the argument, not
the one the whole text names most (the buyer of an acquisition article). Unclear paragraphs (two
different openers), openers after a preposition or inside a quotation, and a paragraph company
that is itself an explicit argument leave the text's main company.

Each case lists triples that must be found and triples that must not."""

from __future__ import annotations

import pytest

from tests.extract.conftest import rels

_BUY = ("Brovik kauft Quenta\n\nDer Softwarekonzern Brovik übernimmt das Kieler Start-up Quenta. Brovik "
        "zahlt dafür 90 Millionen Euro, teilte Brovik am Montag mit. Brovik will damit wachsen.\n\n")


@pytest.mark.parametrize("text, expected, wrong", [
    # the paragraph opens with the bought start-up: its customers and investors are the start-up's
    (_BUY + "Quenta wurde 2019 in Kiel gegründet und beschäftigt 40 Menschen. Zu den Kunden zählen die "
     "Reederei Alvaro und der Händler Tessin.",
     {("Alvaro", "partnerOf", "Quenta"), ("Tessin", "partnerOf", "Quenta")},
     {("Alvaro", "partnerOf", "Brovik"), ("Tessin", "partnerOf", "Brovik")}),
    (_BUY + "Quenta war 2020 als Ausgründung entstanden. Zu den Geldgebern zählten bislang der Fonds "
     "Nordkap Capital und der Konzern Velmar.",
     {("Nordkap Capital", "investsIn", "Quenta"), ("Velmar", "investsIn", "Quenta")},
     {("Nordkap Capital", "investsIn", "Brovik")}),
    # must not: two companies open the paragraph's sentences, so the text's main company stays
    (_BUY + "Quenta wurde 2019 in Kiel gegründet. Brovik hatte zuvor schon andere Firmen gekauft. Zu den "
     "Kunden zählen die Reederei Alvaro und der Händler Tessin.",
     {("Alvaro", "partnerOf", "Brovik")}, {("Alvaro", "partnerOf", "Quenta")}),
    # must not: a name after a preposition opens no sentence ("Für Quenta ist es ...")
    (_BUY + "Für Quenta ist es der erste Verkauf. Zu den Kunden zählen die Reederei Alvaro und der "
     "Händler Tessin.",
     {("Alvaro", "partnerOf", "Brovik")}, {("Alvaro", "partnerOf", "Quenta")}),
    # must not: a name inside a quotation opens no sentence
    (_BUY + "„Quenta passt zu uns“, sagte ein Sprecher. Zu den Kunden zählen die Reederei Alvaro und der "
     "Händler Tessin.",
     {("Alvaro", "partnerOf", "Brovik")}, {("Alvaro", "partnerOf", "Quenta")}),
    # must not: the paragraph's company named as an investor itself is not the company funded
    (_BUY + "Velmar hält seit Jahren Anteile an mehreren Firmen. Zu den Geldgebern zählen Velmar und "
     "der Fonds Nordkap Capital.",
     set(), {("Nordkap Capital", "investsIn", "Velmar")}),
])
def test_paragraph_topic(extractor, text, expected, wrong):
    found = rels(extractor, text)
    assert expected <= found, expected - found
    assert not (wrong & found), wrong & found
