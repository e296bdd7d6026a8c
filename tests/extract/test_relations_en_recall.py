"""English constructions that unseen articles use often: earlier employers after "previously",
"co-founder and chief executive", investors in a participle ("backed by") or a coordinated verb
phrase, suppliers of compute, a speaker inserted between commas, negation scoped to its clause
(all names invented)."""

from __future__ import annotations

import pytest

from kg.model import Document
from tests.extract.conftest import check_relations

CASES = [
    # earlier employers
    ("The startup Quibbl makes chips. Its president, Tom Barr, previously ran construction at Vorta Labs "
     "and before that at Acme.",
     {("Tom Barr", "worksFor", "Vorta Labs"), ("Tom Barr", "worksFor", "Acme")}, set()),
    ("The startup Quibbl makes chips. Tom Barr previously led the data-center business at Vorta Labs and "
     "before that worked at Acme.",
     {("Tom Barr", "worksFor", "Vorta Labs"), ("Tom Barr", "worksFor", "Acme")}, set()),
    ("The startup Quibbl was founded by Jana Roe together with Tom Barr, who had spent eight years "
     "designing server processors at Acme.",
     {("Tom Barr", "worksFor", "Acme")}, {("Jana Roe", "worksFor", "Acme")}),
    # must not: the person after a hire is not the one who worked there before
    ("The startup Quibbl hired Tom Barr, who previously led sales at Acme.",
     {("Tom Barr", "worksFor", "Acme")}, set()),
    ("Jana Roe previously ran the lab before Acme moved it to a site at Zorblax.", set(),
     {("Jana Roe", "worksFor", "Zorblax")}),
    # heads
    ("The startup Quibbl makes chips. He will report to Quibbl co-founder and chief executive Jana Roe.",
     {("Jana Roe", "ceoOf", "Quibbl"), ("Jana Roe", "founderOf", "Quibbl")}, set()),
    ("Quibbl Labs, a startup backed by Acme, has hired Tom Barr as its chief scientist.",
     {("Tom Barr", "worksFor", "Quibbl Labs"), ("Acme", "investsIn", "Quibbl Labs")},
     {("Tom Barr", "worksFor", "Acme")}),
    ("Quibbl Labs, the search start-up backed by Acme, has named Jana Roe as chief executive.",
     {("Jana Roe", "ceoOf", "Quibbl Labs"), ("Acme", "investsIn", "Quibbl Labs")}, {("Jana Roe", "ceoOf", "Acme")}),
    # must not: the apposition's last name is not the employer
    ("Quibbl Labs, a startup backed by Acme and Zorblax, has hired Tom Barr.",
     {("Tom Barr", "worksFor", "Quibbl Labs")}, {("Tom Barr", "worksFor", "Acme"), ("Tom Barr", "worksFor", "Zorblax")}),
    # investors
    ("The startup Quibbl was founded in 2019 and is backed by Acme and Zorblax.",
     {("Acme", "investsIn", "Quibbl"), ("Zorblax", "investsIn", "Quibbl")}, set()),
    ("The startup Quibbl makes chips. It counts Vorta Labs among its customers and is backed by Acme.",
     {("Acme", "investsIn", "Quibbl"), ("Quibbl", "partnerOf", "Vorta Labs")},
     {("Vorta Labs", "investsIn", "Quibbl")}),
    # must not: a company backed by an investor is not the subject of another clause
    ("The startup Quibbl competes with Vorta Labs, which is backed by Acme.",
     {("Acme", "investsIn", "Vorta Labs")}, {("Acme", "investsIn", "Quibbl")}),
    # suppliers of compute
    ("The startup Quibbl makes models. It trains its models on Vorta X1 chips supplied by Acme.",
     {("Quibbl", "partnerOf", "Acme")}, set()),
    ("The startup Quibbl makes models. Its model Rocket 2 was trained on a cluster of 2,000 Vorta X1 chips in a "
     "data center operated by the cloud provider Acme.",
     {("Quibbl", "partnerOf", "Acme")}, set()),
    # must not: the maker of the chips is no supplier of the cluster's operator
    ("The startup Quibbl makes models. It was trained on a cluster of Zorblax chips operated by Acme.",
     set(), {("Zorblax", "partnerOf", "Acme")}),
    # rivals and customers in lists
    ("The startup Quibbl Labs competes with Acme and with a growing crop of specialists such as Zorblax and Vorta Labs.",
     {("Quibbl Labs", "competesWith", "Zorblax"), ("Quibbl Labs", "competesWith", "Vorta Labs")}, set()),
    ("The startup Quibbl sells tools. It has struck partnerships with the rail operator Zorblax and with developers "
     "such as Acme and Vorta Labs.", {("Quibbl", "partnerOf", "Acme"), ("Quibbl", "partnerOf", "Vorta Labs")}, set()),
    ("The startup Quibbl sells tools. Its agent runs on models from Acme, and the start-up counts Zorblax and "
     "Vorta Labs among its biggest customers.",
     {("Quibbl", "partnerOf", "Zorblax"), ("Quibbl", "partnerOf", "Vorta Labs")}, set()),
    ("The merger is meant to help the startup Quibbl compete with larger rivals such as Zorblax and Acme.",
     {("Quibbl", "competesWith", "Zorblax"), ("Quibbl", "competesWith", "Acme")}, set()),
    # must not: a name in a relative clause ("owned by A,") is no conjunct of a list after "and with"
    ("The startup Quibbl sells tools. Quibbl competes with the Rocket app, which is owned by Acme, and with younger "
     "rivals such as Zorblax and Vorta Labs.",
     {("Quibbl", "competesWith", "Zorblax")}, {("Acme", "competesWith", "Zorblax"), ("Zorblax", "develops", "Rocket")}),
]


@pytest.mark.parametrize("text, expected, wrong", CASES)
def test_recall_constructions(extractor, text, expected, wrong):
    check_relations(extractor.extract(Document("t", text, language="en")), expected, wrong)


SPEAKER_CASES = [
    # a speaker between commas is no subject
    ("Acme, Zorblax said, has invested in the startup Quibbl.",
     {("Acme", "investsIn", "Quibbl")}, {("Zorblax", "investsIn", "Quibbl")}),
    ("Acme, the filing says, has invested in the startup Quibbl.", {("Acme", "investsIn", "Quibbl")}, set()),
    # must not: a speech verb that closes a clause of its own keeps the clause
    ("The startup Quibbl bought Vorta Labs, Jana Roe said, and plans to hire more staff.",
     {("Quibbl", "acquired", "Vorta Labs")}, set()),
    # negation in a quotation before the clause does not reach into it
    ('The startup Quibbl makes chips. "We have no signal from buyers," Quibbl chief executive Jana Roe said.',
     {("Jana Roe", "ceoOf", "Quibbl")}, set()),
    # must not: a negation inside the clause still negates
    ("The startup Quibbl makes chips. Jana Roe is not the chief executive of Quibbl.",
     set(), {("Jana Roe", "ceoOf", "Quibbl")}),
]


@pytest.mark.parametrize("text, expected, wrong", SPEAKER_CASES)
def test_speakers_and_negation(extractor, text, expected, wrong):
    check_relations(extractor.extract(Document("t", text, language="en")), expected, wrong)
