"""English rules of the p25d round (fresh set en-at, 2026-11-29): rivals "unlike rival X", "a smaller X rival",
"trying to catch up with rivals A and B" after an apposition, "losing ground to offerings from"; investors in a
fronted list with an owner's apposition ("Also participating were A, B's venture arm, the C and D") and "…, as
did the X"; a supplier that is also a shareholder; customers and suppliers ("The first customer is X",
computing capacity bought from X, a platform that hosts X's chatbot, GPUs X used, models distributed through
X's cloud, a data center operated by X, a study run with X, a pilot with X, a second licensor); hardware in
servers offered, in workloads run on a cloud, housed in a company's data centers; things of a company (its
software moat, a chip generation it designs, a successor and a family named after its predecessor); a unit that
is the source of its own news; "X, which is led by former Y executive P"; a chief executive's successor named
without the role; "the new model" in a reported clause; a possessive after a fronted "Unlike X," and a semicolon
that ends a negation's scope; "the startup" after a preposition as the one the text called a startup; no
comparison of a family named before "language models"; a foundry in a relative clause after "The chip,"; and
names: "X Chips" is a company, a chip's letter code alone is the chip, "whose GPUs X used" names no chip. Every
name is invented; "Acme", "Zorblax", "Jane Roe", "Rocket" and "Kestro Edge" are in the test catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text, ents, rels

CASES = [
    # rivals: "Unlike rival X, Y …"; "a smaller X rival"; "trying to catch up with larger rivals A and B" after an
    # apposition; "losing ground to offerings from A and B"
    ("Unlike rival Zorblax, Acme does not build its own servers.", {("Acme", "competesWith", "Zorblax")}, set()),
    ("Unlike Zorblax, Acme does not build its own servers.", set(), {("Acme", "competesWith", "Zorblax")}),
    ("Jane Roe said Acme had held talks with Tarn Cloud, a smaller Zorblax rival, and with Vexa Labs.",
     {("Tarn Cloud", "competesWith", "Zorblax")}, {("Vexa Labs", "competesWith", "Zorblax")}),
    ("Zorblax, the cloud computing unit of Acme, has spent the past two years trying to catch up with larger "
     "rivals Tarn Cloud and Vexa Labs.",
     {("Zorblax", "competesWith", "Tarn Cloud"), ("Zorblax", "competesWith", "Vexa Labs")},
     {("Acme", "competesWith", "Tarn Cloud")}),
    ("Zorblax, a Barcelona designer of inference chips, said on Monday that the two firms would merge in the spring "
     "to form a larger group able to compete with Acme.",
     set(), {("Zorblax", "competesWith", "Acme")}),
    ("Acme's assistant product, Zeta Copilot, which summarises sales calls for corporate clients, has been losing "
     "ground to offerings from Zorblax and Tarn Labs.",
     {("Acme", "competesWith", "Zorblax"), ("Acme", "competesWith", "Tarn Labs")}, set()),
    # investors: a fronted list with an owner's apposition in it; "…, as did the German software group X"
    ("Acme raised $40 million in a Series A round. Also participating were Vexa Capital, Zorblax's venture "
     "capital arm, the Halden Foundation, Tarn Ventures and Nordby Capital, the fund started by Jane Roe.",
     {("Vexa Capital", "investsIn", "Acme"), ("Halden Foundation", "investsIn", "Acme"),
      ("Tarn Ventures", "investsIn", "Acme"), ("Nordby Capital", "investsIn", "Acme")},
     {("Zorblax", "investsIn", "Acme"), ("Jane Roe", "founderOf", "Tarn Ventures")}),
    ("Acme raised $40 million. Vexa Capital and Tarn Ventures also took part, as did the German software group "
     "Zorblax.", {("Zorblax", "investsIn", "Acme")}, set()),
    # a supplier that is also a shareholder
    ("Zorblax, which is both a supplier and a shareholder of Acme, declined to comment.",
     {("Zorblax", "partnerOf", "Acme"), ("Zorblax", "investsIn", "Acme")}, set()),
    # customers and suppliers
    ("Acme unveiled a new chip on Tuesday. The first customer is Zorblax, which plans to deploy it next spring.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Acme, a startup founded by former Tarn Labs researchers, has agreed to spend about $4 billion over six "
     "years on computing capacity from Zorblax, the companies said.",
     {("Acme", "partnerOf", "Zorblax")}, {("Tarn Labs", "partnerOf", "Zorblax")}),
    ("It raises questions for Zorblax, whose Nimbus platform hosts Acme's current chatbot.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Zorblax, whose GPUs Acme used to train Rocket, did not comment.", {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Acme counts Tarn Labs among its shareholders and distributes its models through Zorblax's Nimbus cloud.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Acme said it had reserved capacity on several thousand Kestro Edge chips at a data center operated by "
     "Zorblax's subsidiary Tarn Systems.", {("Acme", "partnerOf", "Tarn Systems")}, {("Acme", "partnerOf", "Zorblax")}),
    ("Acme trained Rocket on 4,096 GPUs, which are made by Zorblax, in a data centre run by the cloud provider "
     "Tarn Cloud.", set(), {("Zorblax", "partnerOf", "Tarn Cloud")}),
    ("Acme builds models for hospitals. In a study run with Zorblax, Rocket made fewer errors than rivals, the "
     "company said.", {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Jane Roe said Acme would use the money to expand a pilot with the German hospital operator Zorblax.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Instead, Acme will license Tarn Labs's Rocket models and Zorblax's Nimbus-7 and build products on them.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    # hardware: servers offered; workloads run on a cloud; chips housed in a company's data centers or running
    # its workloads
    ("Acme remains one of Zorblax's largest customers and said it would offer servers built on Zorblax's "
     "Kestro Edge chips from the first quarter.", {("Acme", "usesHardware", "Kestro Edge")}, set()),
    ("The merged company Acme signed an agreement with Zorblax under which it will run its workloads on Zorblax "
     "Cloud, including clusters of Kestro Edge accelerators.", {("Acme", "usesHardware", "Kestro Edge")},
     {("Zorblax", "usesHardware", "Kestro Edge")}),
    ("Under the deal, Tarn Labs will get access to thousands of Kestro Edge processors housed in Acme data centers "
     "in Norway.", {("Acme", "usesHardware", "Kestro Edge")}, set()),
    ("Zorblax also developed the Kestro Edge server processors that now run a large share of Acme workloads.",
     {("Acme", "usesHardware", "Kestro Edge")}, set()),
    # things: a software moat; a chip generation a company designs; a successor and a family named after the
    # passage's company's model
    ("Zorblax's software moat, Rocket, is still the biggest obstacle for rivals.",
     {("Zorblax", "develops", "Rocket")}, set()),
    ("Acme will train its next models on Kestro Edge, the sixth generation of the Zeta processors that Zorblax "
     "designs in-house.", {("Zorblax", "develops", "Kestro Edge")}, {("Acme", "develops", "Kestro Edge")}),
    ("Acme's flagship model, Halo 2, scored close to rivals. A larger successor, Halo 3, is expected later this "
     "year.", {("Acme", "develops", "Halo 3")}, set()),
    ("Acme's current model, Rocket, was released in January. A new family of larger models, to be called Zeta-3, "
     "is due in the autumn.", {("Acme", "develops", "Zeta-3")}, set()),
    # a unit named as the source of its own news
    ("Zorblax plans to double the number of its chips available to customers, the cloud unit of Acme said on "
     "Wednesday.", {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    # a head described by a former employer
    ("Acme, which is led by former Zorblax executive Jane Roe, raised $900 million last year.",
     {("Jane Roe", "ceoOf", "Acme"), ("Jane Roe", "worksFor", "Zorblax")}, {("Jane Roe", "ceoOf", "Zorblax")}),
    # a chief executive's successor named without the role: the passage's company's new head; not a successor
    # in another role
    ("Jane Roe, who co-founded Acme in 2016, will step down as chief executive at the end of the month. His "
     "successor is Tom Miller, who joined from Zorblax.", {("Tom Miller", "ceoOf", "Acme")},
     {("Tom Miller", "ceoOf", "Zorblax")}),
    ("Acme said on Monday that Jane Roe would retire. His successor as chief technology officer is Tom Miller.",
     set(), {("Tom Miller", "ceoOf", "Acme")}),
    ("Acme said that its chief executive Jane Roe would leave. The board named Tom Miller, until now a senior "
     "vice president at Zorblax, as his successor.", {("Tom Miller", "ceoOf", "Acme")},
     {("Tom Miller", "ceoOf", "Zorblax")}),
    # "the new model" in a reported clause: the model named last
    ("Acme released Rocket 2 on Tuesday. Benchmarks always look good, said Jane Roe, an analyst at Zorblax, who "
     "said the new model still trailed Nimbus-7 on long tasks.", {("Rocket 2", "comparedTo", "Nimbus-7")}, set()),
    # a possessive after a fronted "Unlike (rival) X,": the clause's subject's; a semicolon ends a negation's scope
    ("Unlike rival Zorblax, Acme does not assemble its own servers; it buys the systems that house its chips from "
     "Tarn Systems.", {("Acme", "partnerOf", "Tarn Systems")}, {("Zorblax", "partnerOf", "Tarn Systems")}),
    ("Acme does not buy its servers from Zorblax; it builds them itself.", set(), {("Acme", "partnerOf", "Zorblax")}),
    # "invested in the startup": the organisation of the passage the text called a startup, not the most named one
    ("Tarn Cloud plans to double its capacity by next year. The largest user of Tarn Cloud is Zorblax, the AI "
     "startup in which Acme has invested $8 billion. Tarn Cloud chief executive Jane Roe spoke in Seattle. Zorblax "
     "also uses Tarn Cloud's chips, and Tarn Cloud remains one of Acme's customers. Vexa Labs has invested about $2 "
     "billion in the startup.", {("Vexa Labs", "investsIn", "Zorblax")}, {("Vexa Labs", "investsIn", "Tarn Cloud")}),
    # a family named before "language models" is no subject of a comparison (`en.cmp.than` in place)
    ("Acme on Thursday released Rocket 2, the second generation of its Rocket language models, and said the new "
     "system beats Nimbus-7 on coding benchmarks.", {("Rocket 2", "comparedTo", "Nimbus-7")},
     {("Rocket", "comparedTo", "Nimbus-7")}),
    # a foundry in a relative clause after "The chip," (the chip named last)
    ("Acme on Tuesday unveiled the Kestro Edge, a custom accelerator. The chip, which will be manufactured by "
     "Zorblax on a 3-nanometer process, is aimed at data centers.", {("Zorblax", "manufactures", "Kestro Edge")},
     {("Zorblax", "develops", "Kestro Edge")}),
    # the apposition of a person before a speech verb is no list ("P, an analyst at A, said … and that B and C …")
    ("Jane Roe, an analyst at Zorblax, said benchmark leads tend to vanish within weeks as rivals ship updates, and "
     "that Acme and Tarn Labs were both expected to release new models soon.",
     {("Jane Roe", "worksFor", "Zorblax")}, {("Jane Roe", "worksFor", "Acme")}),
    # a thing used by companies: a product too ("… and is used by A and B": its maker's partners)
    ("Acme's main product, Zeta Vision, inspects welds on car production lines and is used by Zorblax and Tarn "
     "Motors.", {("Acme", "partnerOf", "Zorblax"), ("Acme", "partnerOf", "Tarn Motors")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", CASES)
def test_p25d_english_rules(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")


@pytest.mark.parametrize("text, name, type_, present", [
    # a company named "X Chips" (title case); the lower-case chip noun after a name stays a chip's
    ("Orvano Chips, a Toronto-based designer of AI accelerators, said on Monday that its chief would leave.",
     "Orvano Chips", "Organization", True),
    ("Orvano Chips, a Toronto-based designer of AI accelerators, said on Monday that its chief would leave.",
     "Orvano", "Hardware", False),
    ("Acme trains its models on Orvano chips bought last year.", "Orvano", "Hardware", True),
    # a name after "whose GPUs" is the clause's subject, no chip
    ("Orvano AI signed a deal. Zorblax, whose GPUs Orvano used to train Rocket, did not comment.",
     "Orvano", "Hardware", False),
])
def test_p25d_names(nlp_en, text, name, type_, present) -> None:
    assert ((name, type_) in ents(nlp_en, text)) is present


def test_p25d_letter_code_alone_is_the_chip(extractor) -> None:
    """English "the T3" after "the Orvano T3": the chip named by its code alone (its user is found)."""
    text = ("Acme said on Monday that the Orvano T3 accelerator had been delayed. Its most important customer is "
            "Zorblax, which has been testing the T3 in its data centers since February.")
    assert ("Zorblax", "usesHardware", "Orvano T3") in rels(extractor, text, "en")
