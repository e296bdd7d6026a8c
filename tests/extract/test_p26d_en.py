"""English rules of the p26d round (fresh set en-aw, 2026-11-29): rivals "X's rivals A and B" and "X, which
…, presents itself as Europe's answer to A and B"; a goal "has made X a core part of its strategy"; customers
"Among its (paying) customers are A and B", "Among the first tenants are A and B" (the passage's company), "X,
whose first customers will include A and B"; a head "who co-founded A … and also runs B and C"; hardware "add N
Y chips to its Z", "has built one of Europe's largest clusters of Y GPUs", "servers from X that run on Y GPUs", "X's Y
model, released in March, was trained partly on Z chips"; a foundry
"designed by A, …, and manufactured by B"; "is now training a successor, Y,"; partners "building data centres of
its own with A and B"; investors "X's own backers, among them A"; employees "P, chief analyst at the research
firm X", "previously worked on … for X's Y"; goals "a charter that commits it to building X"; hardware "plans to
move to Y's Z systems", "X's new AI factory, which is equipped with Y GPUs"; a chip's designer "Y accelerators
from the chip designer X", "X allocates its scarce Y and Z GPUs"; partners "offers Y's app to its customers", "… and is
building an AI cloud together with Y", "helps X design its chips", a chip rented "to outside customers including A
and B" (their use, its maker), "Y, which X built, runs on Z GPUs", a unit as the source of its news after a
dateline; and names and anaphors: no name opens with "Unlike", "Despite", "Amid" or "Neither", a name after a
fronted "Unlike" is no subject of the sentences after it, "the distributor" refers back. Every name is invented;
"Acme", "Zorblax", "Jane Roe", "Rocket" and "Kestro Edge" are in the test catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text, ents

CASES = [
    # rivals: "X's rivals A and B"; "X, which …, presents itself as Europe's answer to A and B"
    ("Acme's rivals Zorblax and Tarn Labs are following the same path.",
     {("Acme", "competesWith", "Zorblax"), ("Acme", "competesWith", "Tarn Labs")}, set()),
    ("Acme's customers Zorblax and Tarn Labs are following the same path.", set(),
     {("Acme", "competesWith", "Zorblax")}),
    ("Zorblax, which has made open weights a pillar of its strategy, presents itself as Europe's answer to Acme and "
     "Tarn Labs.", {("Zorblax", "competesWith", "Acme"), ("Zorblax", "competesWith", "Tarn Labs"),
                    ("Zorblax", "pursues", "Open Weights")}, set()),
    # a goal: "has made X a core part of its strategy" after a relative clause
    ("Zorblax, which is led by the veteran chip architect Jane Roe, has made open source a core part of its strategy.",
     {("Zorblax", "pursues", "Open Source")}, set()),
    # customers: "Among its paying customers are A and B"; "Among the first tenants are A and B, …, X said";
    # "X, whose first customers will include A and B"
    ("Acme sells its models to banks. Among its paying customers are the e-commerce group Zorblax and Brazil's Tarn "
     "Bank, which uses Rocket to answer queries.",
     {("Acme", "partnerOf", "Zorblax"), ("Acme", "partnerOf", "Tarn Bank")}, set()),
    ("Acme will open a data centre in Norway. Among the first tenants are the Paris-based model developer Zorblax "
     "and the German start-up Tarn Labs, both of which have signed contracts, Acme said.",
     {("Acme", "partnerOf", "Zorblax"), ("Acme", "partnerOf", "Tarn Labs")}, set()),
    ("Acme has committed $40 million to Tarn Cloud, whose first customers will include Zorblax and Vexa Bank.",
     {("Tarn Cloud", "partnerOf", "Zorblax"), ("Tarn Cloud", "partnerOf", "Vexa Bank")},
     {("Acme", "partnerOf", "Zorblax")}),
    # a head who also runs two more companies
    ("Jane Roe, who co-founded Acme in 2021 and also runs Zorblax and Tarn Motors, has said little.",
     {("Jane Roe", "ceoOf", "Zorblax"), ("Jane Roe", "ceoOf", "Tarn Motors")}, {("Jane Roe", "ceoOf", "Acme")}),
    # hardware
    ("Acme plans to add 200,000 Kestro Edge chips to its Vexa supercomputer in Ohio.",
     {("Acme", "usesHardware", "Kestro Edge")}, set()),
    ("Acme has built one of Europe's largest clusters of Kestro Edge chips in Paris.",
     {("Acme", "usesHardware", "Kestro Edge")}, set()),
    ("Zorblax will bundle its software with servers from Acme that run on Kestro Edge chips.",
     {("Acme", "usesHardware", "Kestro Edge")}, {("Zorblax", "usesHardware", "Kestro Edge")}),
    ("Acme's Zeta-3 model, released in March, was trained partly on Kestro Edge chips, the company said.",
     {("Acme", "usesHardware", "Kestro Edge")}, set()),
    # a foundry named after the designer
    ("Kestro Edge is designed by Zorblax, a chip unit that Acme bought in 2015, and manufactured by Tarn "
     "Semiconductor.", {("Tarn Semiconductor", "manufactures", "Kestro Edge")},
     {("Zorblax", "manufactures", "Kestro Edge")}),
    # a successor in training
    ("Acme trained its Rocket model on the system and is now training a successor, Quillon-4, that it will release "
     "soon.", {("Acme", "develops", "Quillon-4")}, set()),
    # partners in building
    ("Zorblax, which Jane Roe left, is building giant data centres of its own with Acme and Tarn Bank.",
     {("Zorblax", "partnerOf", "Acme"), ("Zorblax", "partnerOf", "Tarn Bank")}, set()),
    ("The plans put Acme in direct competition with Zorblax, which Jane Roe co-founded in 2015 and later left, and "
     "which is building giant data centres of its own with Tarn Bank.", {("Zorblax", "partnerOf", "Tarn Bank")},
     {("Acme", "partnerOf", "Tarn Bank")}),
    ("Zorblax is building data centres of its own. Acme bought chips from Tarn Bank.", set(),
     {("Zorblax", "partnerOf", "Tarn Bank")}),
    # investors: "X's own backers, among them A"; employees: "chief analyst at the research firm X"
    ("Acme's own backers, among them Zorblax Capital, were not planning to invest in the new lab.",
     {("Zorblax Capital", "investsIn", "Acme")}, set()),
    ("\"It makes sense,\" said Jane Roe, chief analyst at the research firm Zorblax.",
     {("Jane Roe", "worksFor", "Zorblax")}, set()),
    ("\"Every lab has a charter,\" said Jane Roe, a researcher at the advocacy group Zorblax.",
     {("Jane Roe", "worksFor", "Zorblax")}, set()),
    # a goal "a charter that commits it to building X"; hardware "It plans to move to Y's Z systems", "X's new AI
    # factory in M, which is equipped with N Y GPUs"
    ("Acme on Monday published a charter that commits it to building artificial general intelligence at a safe "
     "pace.", {("Acme", "pursues", "AGI")}, set()),
    ("Acme rents 16,000 GPUs from Tarn Cloud. It plans to move to Zorblax's Kestro Edge systems next year.",
     {("Acme", "usesHardware", "Kestro Edge")}, {("Tarn Cloud", "usesHardware", "Kestro Edge")}),
    ("The models will run in Acme's new AI factory in Munich, which is equipped with 10,000 Kestro Edge GPUs.",
     {("Acme", "usesHardware", "Kestro Edge")}, set()),
    # a worker "previously worked on post-training for X's Y models"
    ("Jane Roe previously worked on post-training for Zorblax's Rocket models in London.",
     {("Jane Roe", "worksFor", "Zorblax")}, set()),
    # a chip's designer after "from the chip designer X"; "X allocates its scarce Y and Z GPUs"
    ("Acme will build a cluster of 6,000 Quasar accelerators from the Toronto chip designer Zorblax.",
     {("Zorblax", "develops", "Quasar")}, {("Acme", "develops", "Quasar")}),
    ("At the centre of the case is how Acme allocates its scarce Kestro Edge and Quasar X9 GPUs.",
     {("Acme", "develops", "Kestro Edge"), ("Acme", "develops", "Quasar X9")}, set()),
    # partners: "offers Y's app to its customers", "… and is building an AI cloud together with Y"
    ("Acme already offers Zorblax's AI search app to its mobile customers free of charge and is building an "
     "industrial AI cloud together with Tarn Bank, which supplied the chips.",
     {("Acme", "partnerOf", "Zorblax"), ("Acme", "partnerOf", "Tarn Bank")}, set()),
    ("Acme will build a campus in Texas, with Zorblax Capital as the main investor.", set(),
     {("Acme", "partnerOf", "Zorblax Capital")}),
    # a partner that "helps X design its chips"; a chip rented "to outside customers including A and B" after an
    # apposition that names it; a supercomputer "Y, which X built, currently runs on N Z GPUs"; a unit as the
    # source of its own news after a dateline
    ("Zorblax, which helps Acme design its chips, has seen its shares rise.", {("Zorblax", "partnerOf", "Acme")},
     set()),
    ("Tarn Cloud sells servers. Acme, which has designed its own chips for a decade, rents its sixth-generation "
     "chip, Kestro Edge, to outside customers including Zorblax and the start-up Vexa Labs.",
     {("Zorblax", "partnerOf", "Acme"), ("Vexa Labs", "partnerOf", "Acme"), ("Zorblax", "usesHardware", "Kestro Edge"),
      ("Vexa Labs", "usesHardware", "Kestro Edge"), ("Acme", "develops", "Kestro Edge")},
     {("Zorblax", "partnerOf", "Tarn Cloud"), ("Acme", "usesHardware", "Kestro Edge")}),
    ("Kestro Edge, which Acme built in 122 days last year, currently runs on about 200,000 Quasar X9 GPUs.",
     {("Acme", "usesHardware", "Quasar X9")}, set()),
    ("SEATTLE - Acme has brought online a cluster of its chips, the cloud unit of Zorblax said on Thursday.",
     {("Acme", "subOrganizationOf", "Zorblax")}, set()),
    # a fronted "Unlike X," names no subject: the company of the sentences before raised the money
    ("Vexa Labs, a Berlin AI developer, published a charter. Unlike Tarn AI, which has released several of its "
     "models openly, the Berlin lab will publish only smaller models. The company has raised $1 billion from "
     "investors including Zorblax Capital.", {("Zorblax Capital", "investsIn", "Vexa Labs")},
     {("Zorblax Capital", "investsIn", "Tarn AI")}),
    # "the distributor" refers back to the distributor named before
    ("Acme signed a reseller deal with the IT distributor Zorblax Systems. The distributor signed a similar deal "
     "with Tarn AI in January, said Jane Roe, its chief executive.",
     {("Jane Roe", "ceoOf", "Zorblax Systems"), ("Zorblax Systems", "partnerOf", "Tarn AI")},
     {("Jane Roe", "ceoOf", "Tarn AI")}),
]


@pytest.mark.parametrize("text, expected, wrong", CASES)
def test_p26d_english_rules(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")


@pytest.mark.parametrize("text, name, type_, present", [
    # a preposition or "neither" opening the sentence starts no name
    ("Unlike Tarn AI, which has released its models openly, the lab keeps its systems closed.", "Tarn AI",
     "Organization", True),
    ("Unlike Tarn AI, which has released its models openly, the lab keeps its systems closed.", "Unlike Tarn AI",
     "Organization", False),
    ("Despite Vexa AI, the market grew.", "Despite Vexa AI", "Organization", False),
    ("Neither Vexa AI nor Acme replied.", "Neither Vexa AI", "Organization", False),
])
def test_p26d_names(nlp_en, text, name, type_, present) -> None:
    assert ((name, type_) in ents(nlp_en, text)) is present
