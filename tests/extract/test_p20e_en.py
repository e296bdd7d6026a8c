"""English relations and names found missing on the fresh training set en-af (p20e round,
2026-11-28). Every name in the relation cases is invented; "Acme", "Zorblax", "Jane Roe", "Rocket"
and "Kestro Edge" are in the test catalogue. The last cases check real catalogue entries."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text

CASES = [
    # founders after an appositive company noun written "start-up" (an anaphor of the company), with a
    # former employer before them
    ("Quenta, the Lisbon robotics start-up co-founded by former Acme engineers Jane Roe and Tom Vask, hired staff.",
     {("Jane Roe", "founderOf", "Quenta"), ("Tom Vask", "founderOf", "Quenta")}, set()),
    ("Zorblax, the Oslo chip designer founded by Jane Roe, hired staff.", {("Jane Roe", "founderOf", "Zorblax")}, set()),
    ("Quenta, the start-up backed by Acme, hired Jane Roe.", set(), {("Jane Roe", "founderOf", "Quenta")}),
    # a pair that competes or chases the same contracts, without a copula; a pair described as rivals
    ("Acme and Zorblax now compete head-to-head for hospital contracts.", {("Acme", "competesWith", "Zorblax")}, set()),
    ("Acme and Zorblax both chase the same navy tenders.", {("Acme", "competesWith", "Zorblax")}, set()),
    ("Analysts describe Acme and Zorblax as direct rivals in Europe.", {("Acme", "competesWith", "Zorblax")}, set()),
    # a body that sits inside or is part of another
    ("Quenta Labs, which sits inside the Acme Group, was set up in May.", {("Quenta Labs", "subOrganizationOf", "Acme Group")}, set()),
    ("Its tenant is Quenta Labs, the testing body set up last year, which is part of the Acme Group.",
     {("Quenta Labs", "subOrganizationOf", "Acme Group")}, set()),
    # (also en.sub.appos: a company after "with" in "part of a consortium with" is no parent)
    ("Quenta Labs, which is part of a consortium with Acme, was set up in May.", set(),
     {("Quenta Labs", "subOrganizationOf", "Acme")}),
    # taking part in a round "for" a company
    ("Zorblax has taken part in a $20 million funding round for Quenta Labs.", {("Zorblax", "investsIn", "Quenta Labs")}, set()),
    ("Zorblax took part in a panel for Quenta Labs.", set(), {("Zorblax", "investsIn", "Quenta Labs")}),
    # an interview on an outlet's programme
    ("Jane Roe spoke about the merger on Zorblax's morning programme.", {("Jane Roe", "interviewedBy", "Zorblax")}, set()),
    ("Jane Roe said the cuts hit Zorblax's training programme.", set(), {("Jane Roe", "interviewedBy", "Zorblax")}),
    # hardware operating at an institution
    ("Kestro Edge, the new cluster, is now fully operational at Zorblax.", {("Zorblax", "usesHardware", "Kestro Edge")}, set()),
    ("Kestro Edge is now operational at Zorblax's rival Acme.", set(), {("Zorblax", "usesHardware", "Kestro Edge")}),
    # "it was developed jointly by": the model named last
    ("Acme showed Rocket in May. It was developed jointly by Zorblax and Quenta Labs.",
     {("Zorblax", "develops", "Rocket"), ("Quenta Labs", "develops", "Rocket")}, set()),
    ("Acme showed Rocket in May. It was funded jointly by Zorblax.", set(), {("Zorblax", "develops", "Rocket")}),
    # "X's chief, P": the head; a chief of a field is staff
    ("Acme's chief, Jane Roe, said so.", {("Jane Roe", "ceoOf", "Acme")}, set()),
    ("Acme's chief scientist, Jane Roe, said so.", set(), {("Jane Roe", "ceoOf", "Acme")}),
    # "laboratory" ends a name; "A B National Laboratory" is named "A B" later
    ("Pellham National Laboratory signed a deal with Zorblax.", {("Pellham National Laboratory", "partnerOf", "Zorblax")}, set()),
    ("The Oakmere Ridge National Laboratory builds models. Oakmere Ridge is also working with Zorblax.",
     {("Oakmere Ridge National Laboratory", "partnerOf", "Zorblax")}, set()),
    # a role "at the" body
    ("Jane Roe, chief scientist at the Zorblax, told reporters.", {("Jane Roe", "worksFor", "Zorblax")}, set()),
    ("Jane Roe, chief scientist at the Zorblax's rival Acme, spoke.", set(), {("Jane Roe", "worksFor", "Zorblax")}),
    # hardware a company operates, named in a relative clause of its apposition
    ("Zorblax, a Lagos cloud company that operates one of the largest Kestro Edge clusters in Africa, grew.",
     {("Zorblax", "usesHardware", "Kestro Edge")}, set()),
    # a company's largest shareholder (not its owner's subsidiary)
    ("Acme's largest shareholder is now the Zorblax Group, the owner of Quenta Labs.",
     {("Zorblax Group", "investsIn", "Acme")}, set()),
    ("Acme's largest shareholder is Zorblax's founder Jane Roe.", set(), {("Zorblax", "investsIn", "Acme")}),
    # one of a body's contractors; companies that sell to a body
    ("Acme was one of Zorblax's first testing contractors.", {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Both Acme and Zorblax sell to the Quenta Labs, which uses their software.",
     {("Acme", "partnerOf", "Quenta Labs"), ("Zorblax", "partnerOf", "Quenta Labs")}, set()),
    ("Acme and Zorblax sell to Quenta Labs's customers.", set(), {("Acme", "partnerOf", "Quenta Labs")}),
    # a vehicle that has taken stakes in companies
    ("Zorblax, a technology vehicle that has taken stakes in Acme and in Quenta Labs, grew.",
     {("Zorblax", "investsIn", "Acme"), ("Zorblax", "investsIn", "Quenta Labs")}, set()),
    # a person who heads a company's initiative works for it; an agency of a body is part of it
    ("Jane Roe, who heads Zorblax's AI initiative, said so.", {("Jane Roe", "worksFor", "Zorblax")}, set()),
    ("It is tested by the Quenta Labs, an executive agency of the Acme Group.",
     {("Quenta Labs", "subOrganizationOf", "Acme Group")}, set()),
    # a body whose department is a partner of another; hardware operational "at the" institution
    ("It was built by Acme and the Quenta Labs, whose robotics department has been a long-standing research "
     "partner of Zorblax.", {("Quenta Labs", "partnerOf", "Zorblax")}, set()),
    ("Kestro Edge is now fully operational at the Quenta Labs, officials said.",
     {("Quenta Labs", "usesHardware", "Kestro Edge")}, set()),
    # a model a company is training (progressive); not a model whose outputs it trains on
    ("At home, Acme's AI unit Zorblax is training Rocket, a Swahili-language model.",
     {("Zorblax", "develops", "Rocket")}, set()),
    ("Zorblax is training its next model on Rocket's outputs.", set(), {("Zorblax", "develops", "Rocket")}),
    # a stake with no company after it: in the company the passage is about
    ("Quenta Labs raised money. Acme took a minority stake at the same time.", {("Acme", "investsIn", "Quenta Labs")}, set()),
    ("Quenta Labs raised money. Acme took a minority stake in Zorblax.", {("Acme", "investsIn", "Zorblax")},
     {("Acme", "investsIn", "Quenta Labs")}),
    # "Quorvane" of "Quorvane Defense Systems": a field word between the name and its head
    ("Quorvane Defense Systems, a Denver startup, raised money. Last year Quorvane bought Kestrel Robotics.",
     {("Quorvane Defense Systems", "acquired", "Kestrel Robotics")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", CASES)
def test_relations_p20e_en(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")


def test_laboratory_alone_is_no_name(extractor) -> None:
    assert not extractor.pipeline("en")("She joined the laboratory in May.")._.kg_entities


NAMES = [
    ("In-Q-Tel backed the start-up.", {("In-Q-Tel", "Organization")}),
    ("She told BBC Radio 4 about it.", {("BBC Radio 4", "Organization")}),
    ("The team trains tsuzumi and Sarashina.", {("tsuzumi", "AIModel"), ("Sarashina", "AIModel")}),
]


@pytest.mark.parametrize("text, expected", NAMES)
def test_catalogue_names_p20e_en(extractor_real, text, expected) -> None:
    found = {(e.label, e.type) for e in extractor_real.pipeline("en")(text)._.kg_entities}
    assert expected <= found
    # the name is not cut into pieces
    assert not {label for label, _ in found} & {"Q-Tel", "Radio"}


def test_short_form_of_a_catalogue_ai_company(extractor_real) -> None:
    # "Sakana" after the catalogue's "Sakana AI" is that company, also where "Sakana" is a first name
    doc = extractor_real.pipeline("en")("Sakana AI opened an office in Paris. Sakana later hired twelve engineers.")
    labels = {e.label for e in doc._.kg_entities}
    assert "Sakana AI" in labels and "Sakana" not in labels
    mentions = [doc[m.start:m.end].text for m in doc._.kg_mentions if m.entity >= 0
                and doc._.kg_entities[m.entity].label == "Sakana AI"]
    assert mentions.count("Sakana") == 1
