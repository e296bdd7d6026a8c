"""English relations and names found missing on the fresh training set en-ak (p22d round,
2026-11-29: AI in banks, insurers, exchanges and trading firms). Every name in the relation cases is
invented; "Acme", "Zorblax", "Jane Roe", "Rocket", "Rocket 2" and "Kestro Edge" are in the test
catalogue. The name cases check real catalogue entries."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text, ents

CASES = [
    # customers a company counts among its customers or lists as clients (partners)
    ("Acme already counts Zorblax and Quill Bank among its customers.",
     {("Acme", "partnerOf", "Zorblax"), ("Acme", "partnerOf", "Quill Bank")}, set()),
    ("Acme counts Zorblax among the rivals of its customers.", set(), {("Acme", "partnerOf", "Zorblax")}),
    # a design partner after a long first clause
    ("Zorblax, by contrast, has tested Rocket for a year and is now a design partner of Acme.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Zorblax is now a rival of Acme.", set(), {("Zorblax", "partnerOf", "Acme")}),
    # relying on a list of companies for capacity
    ("The deal recalls the way Acme relies on Zorblax and Quill Cloud for capacity.",
     {("Acme", "partnerOf", "Zorblax"), ("Acme", "partnerOf", "Quill Cloud")}, set()),
    # backers in apposition after a possessive; a backer of "both A and B" (and no third after the clause)
    ("Acme's previous backers, Zorblax and Nexora Capital, will sell their shares.",
     {("Zorblax", "investsIn", "Acme"), ("Nexora Capital", "investsIn", "Acme")}, set()),
    ("Money comes from Zorblax, which had backed both Acme and Quill Labs, and from the pension fund Nexora Capital.",
     {("Zorblax", "investsIn", "Acme"), ("Zorblax", "investsIn", "Quill Labs")},
     {("Zorblax", "investsIn", "Nexora Capital")}),
    # production of a chip handled by another company
    ("Acme designs the Kestro Edge itself; production is handled by Zorblax on its newest process.",
     {("Zorblax", "manufactures", "Kestro Edge")}, set()),
    # "His co-founder P" opening a sentence: the passage's company
    ("Acme builds trading chips. His co-founder Jane Roe joined from Zorblax.",
     {("Jane Roe", "founderOf", "Acme")}, {("Jane Roe", "founderOf", "Zorblax")}),
    # a company that runs or moves its work onto a chip
    ("Acme currently runs most of its pricing models on Zorblax's Kestro Edge cards, a spokesperson said.",
     {("Acme", "usesHardware", "Kestro Edge")}, set()),
    ("Acme trains its models at Zorblax, but for inference it has moved to Kestro Edge cards.",
     {("Acme", "usesHardware", "Kestro Edge")}, {("Zorblax", "usesHardware", "Kestro Edge")}),
    # a company in apposition that sells the model; one with an alliance after a second verb
    ("Zorblax, a London startup that merged with Quill Labs last year, sells the news-reading model Rocket.",
     {("Zorblax", "develops", "Rocket")}, {("Quill Labs", "develops", "Rocket")}),
    ("Zorblax, which competes with Quill Labs in data, launched an assistant in May and has struck an alliance "
     "with Acme instead.", {("Zorblax", "partnerOf", "Acme")}, {("Quill Labs", "partnerOf", "Acme")}),
    # a model built by a company's unit: the unit develops it, and not the model before it in a list
    ("Rocket beat both Nimbus 3 and Rocket 2, the model built by Zorblax's Acme unit.",
     {("Acme", "develops", "Rocket 2")}, {("Acme", "develops", "Nimbus 3")}),
    # a founder with a title between "co-founded by" and the name
    ("Quill Labs, the online insurer co-founded by Zorblax chairman Jane Roe, grew fast.",
     {("Jane Roe", "founderOf", "Quill Labs")}, {("Jane Roe", "founderOf", "Zorblax")}),
    # a version of the maker's own model in apposition
    ("Zorblax has released Rocket 2, a version of its Rocket model tuned for banks.",
     {("Rocket 2", "versionOf", "Rocket")}, set()),
    # the company where a person led the team behind a model
    ("Jane Roe came from Zorblax, where she co-led the team behind Rocket, in May.",
     {("Zorblax", "develops", "Rocket")}, set()),
    # a rivalry between two models
    ("The ranking showed the rivalry between Rocket and Zorblax's Nimbus 3.",
     {("Rocket", "competesWith", "Nimbus 3")}, set()),
    # goals: a principle it calls C, continuing to focus on C, an approach built around C
    ("Acme said its models stay inside each client's servers, a principle it calls data sovereignty.",
     {("Acme", "pursues", "data sovereignty")}, set()),
    ("Acme will continue to focus on energy efficiency, Jane Roe said.", {("Acme", "pursues", "energy efficiency")}, set()),
    ('"We wanted a home that shared our focus on energy efficiency," Jane Roe of Acme said.',
     set(), {("Acme", "pursues", "energy efficiency")}),
    ("Jane Roe said Acme's approach is built around human oversight.", {("Acme", "pursues", "human oversight")}, set()),
    # a unit in apposition after its parent's possessive (not a former one)
    ("Acme's chip team, Zorblax, joined the company in a 2015 deal.", {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    ("Acme's former research lab, Zorblax, remains a subsidiary of Quill Labs.",
     set(), {("Zorblax", "subOrganizationOf", "Acme")}),
    # a company in apposition that manufactures a chip
    ("Zorblax, the Toronto chip designer run by Jane Roe, manufactures the Kestro Edge accelerators.",
     {("Zorblax", "manufactures", "Kestro Edge")}, set()),
    # a company that updated its model; a model after the maker's possessive and a descriptor
    ("The release came weeks after Acme updated Rocket, and Zorblax now competes for the same banks.",
     {("Acme", "develops", "Rocket")}, set()),
    ("Rocket 2 trailed Zorblax's Nimbus 3 but beat Acme's open Rocket.", {("Acme", "develops", "Rocket")}, set()),
    ("Its new HBM4 product, the Acme K12, will ship in May.", set(), {("Acme", "develops", "HBM4")}),
    # legal and press staff after a possessive; a person named between commas after a role
    ("Acme's general counsel, Jane Roe, declined to comment.", {("Jane Roe", "worksFor", "Acme")}, set()),
    ("Acme's chief executive, Bhavin Dalaya, said in an interview with Zorblax that growth slowed.",
     {("Bhavin Dalaya", "ceoOf", "Acme"), ("Bhavin Dalaya", "interviewedBy", "Zorblax")}, set()),
    ("Speaking to the Zorblax Times, Jane Roe said Acme's sales doubled.",
     {("Jane Roe", "interviewedBy", "Zorblax Times")}, set()),
    # a scientist noun between a university and a name
    ("Zorblax hired the Quill University roboticist Jane Roe.", {("Jane Roe", "worksFor", "Quill University")}, set()),
    # hardware donated by a partner
    ("Acme ran all tests on Kestro Edge chips donated by Zorblax.", {("Acme", "partnerOf", "Zorblax")}, set()),
    # a venture arm in apposition after its parent's possessive joins the round
    ("Quill Labs has raised $20 million. Nexora Capital led the round, with Acme's venture arm, Acme Ventures, "
     "joining as a co-investor.", {("Acme Ventures", "investsIn", "Quill Labs")}, set()),
    # a company's own assistant built on another company's model (partner of the model's maker)
    ("Acme launched a claims chatbot this year built on Zorblax's Rocket model.",
     {("Acme", "partnerOf", "Zorblax"), ("Zorblax", "develops", "Rocket")}, set()),
    ("Acme has begun rolling out Quill, its assistant for traders built on Zorblax's Rocket, to clients.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    # took full control of a company (also after "and in July it"); a unit that joined its parent in a takeover
    ("Acme has put money into Quill Labs, and in July it took full control of the data company Zorblax.",
     {("Acme", "acquired", "Zorblax")}, {("Acme", "acquired", "Quill Labs")}),
    ("Zorblax joined the company Acme in a 2015 takeover.", {("Acme", "acquired", "Zorblax")}, set()),
    ("Zorblax joined Acme in 2015 as a partner.", set(), {("Acme", "acquired", "Zorblax")}),
    # a company that finds itself fighting another
    ("Zorblax now finds itself fighting Acme for the same bank customers.", {("Zorblax", "competesWith", "Acme")}, set()),
    # a head of two fields; a unit after a place; an assistant served on a chip
    ("Acme holds a stake in Quill Labs, and its head of data and analytics, Jane Roe, sits on the board.",
     {("Jane Roe", "worksFor", "Acme")}, {("Jane Roe", "worksFor", "Quill Labs")}),
    ("Acme is taking a different path. Its Cambridge, Massachusetts, unit Zorblax has trained a model.",
     {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    ("Acme's assistant is served from Zorblax data centres on Kestro Edge clusters.",
     {("Acme", "usesHardware", "Kestro Edge")}, {("Zorblax", "usesHardware", "Kestro Edge")}),
    # a supplier in a second coordinated verb, with no other company between
    ("Zorblax, for its part, designs optical parts and has been supplying them to Acme since 2023.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Zorblax makes optics, while Quill Labs designs chips and has been supplying them to Acme.",
     {("Quill Labs", "partnerOf", "Acme")}, {("Zorblax", "partnerOf", "Acme")}),
    # a model in private testing with an organisation (partner of its maker); not with another's rivals
    ("Acme released Rocket in May. The lab's first model, Rocket 2, is in private testing with Zorblax.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Acme released Rocket in May. Rocket is in testing with Zorblax's rivals.", set(), {("Acme", "partnerOf", "Zorblax")}),
    # a person who helped train another company's models
    ("Acme was founded by Tom Vask and Jane Roe, who helped train Zorblax's Rocket models.",
     {("Jane Roe", "worksFor", "Zorblax")}, set()),
    ("Jane Roe, who helped Zorblax's rivals, spoke.", set(), {("Jane Roe", "worksFor", "Zorblax")}),
    # the first of two investors when the second follows a place's possessive
    ("In the round, Singapore's Zorblax and Saudi Arabia's Nexora Capital each took a stake in Acme.",
     {("Zorblax", "investsIn", "Acme"), ("Nexora Capital", "investsIn", "Acme")}, set()),
    ("Zorblax and Saudi Arabia's Nexora Capital each sold a stake in Acme.", set(), {("Zorblax", "investsIn", "Acme")}),
    # a pair with places named that are combining in a merger; not one combining forces
    ("Two startups, Zorblax of Eindhoven and Grenoble-based Acme, are combining in an all-stock merger.",
     {("Zorblax", "mergedWith", "Acme")}, set()),
    ("Zorblax of Eindhoven and Acme are combining forces against Quill Labs.", set(), {("Zorblax", "mergedWith", "Acme")}),
    # a domain word after a numbered model ends the name
    ("Acme has released Rocket 2 Finance, a version of its Rocket model, and it beat Nimbus 3.",
     {("Acme", "develops", "Rocket 2 Finance"), ("Rocket 2 Finance", "versionOf", "Rocket")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", CASES)
def test_relations_p22d_en(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")


def test_a_name_between_commas_after_a_role(nlp_en) -> None:
    # "X's chief executive, P, said": P is a person; a company in the same place is not
    assert ("Bhavin Dalaya", "Person") in ents(nlp_en, "Acme's chief executive, Bhavin Dalaya, said so.")
    assert ("Quill Robotics", "Person") not in ents(nlp_en, "The chief executive, Quill Robotics, and Acme met.")


def test_a_domain_word_ends_a_numbered_model(nlp_en) -> None:
    # "Sable-2 Finance" is one model; "Zorblax Finance" stays a company
    assert ("Vela-2 Finance", "AIModel") in ents(nlp_en, "Its current model, Vela-2 Finance, is a variant of Rocket.")
    assert ("Zorblax Finance", "Organization") in ents(nlp_en, "Jane Roe works at Zorblax Finance in Paris.")


def test_a_maker_inside_a_name_yields_to_the_maker_named(extractor) -> None:
    # "Zorblax's Cloud Acme Service": Zorblax develops it, not Acme (whose name is inside, not at the start)
    from tests.extract.conftest import rels

    found = rels(extractor, "Quill Labs built its assistant on Zorblax's Cloud Acme Service.", "en")
    assert ("Zorblax", "develops", "Cloud Acme Service") in found
    assert ("Acme", "develops", "Cloud Acme Service") not in found


@pytest.mark.parametrize("text, name, type_", [
    # a name shaped like a person's before an apposition headed by a company noun is a company
    ("Earlier this year Acme bought Tiberius Compilers, a small Israeli software team, in May.",
     "Tiberius Compilers", "Organization"),
    ("Acme bought Julia Kernels, a tiny chip startup.", "Julia Kernels", "Organization"),
    # not before a person's role or a phrase with a preposition
    ("Acme hired Tiberius Vask, a software developer, in May.", "Tiberius Vask", "Person"),
    ("Acme hired Tiberius Vask, a veteran of the firm, in May.", "Tiberius Vask", "Person"),
    ("Acme hired Tiberius Vask, a startup founder, in May.", "Tiberius Vask", "Person"),
])
def test_a_company_named_like_a_person_before_a_company_apposition(nlp_en, text, name, type_) -> None:
    assert (name, type_) in ents(nlp_en, text)


NAMES = [
    ("The London Stock Exchange Group and S&P Global sell data.",
     {("London Stock Exchange Group", "Organization"), ("S&P Global", "Organization")}),
    ("LSEG sells data.", {("LSEG", "Organization")}),
    ("Visa bought Featurespace; Feedzai and Kensho, a unit of S&P Global, compete.",
     {("Visa", "Organization"), ("Featurespace", "Organization"), ("Feedzai", "Organization"),
      ("Kensho", "Organization"), ("S&P Global", "Organization")}),
    ("Bloomberg updated BloombergGPT, and Google released TimesFM.",
     {("BloombergGPT", "AIModel"), ("TimesFM", "AIModel")}),
    ("He spoke to The Globe and Mail about Two Sigma and Jump Trading.",
     {("The Globe and Mail", "Organization"), ("Two Sigma", "Organization"), ("Jump Trading", "Organization")}),
]


@pytest.mark.parametrize("text, expected", NAMES)
def test_catalogue_names_p22d_en(extractor_real, text, expected) -> None:
    found = {(e.label, e.type) for e in extractor_real.pipeline("en")(text)._.kg_entities}
    assert expected <= found
