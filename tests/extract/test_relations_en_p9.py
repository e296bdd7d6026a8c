"""English constructions of the p9 round (all names invented): a company that trains or runs its
models on a cloud provider ("on Acme Cloud", "on Acme's clusters of X chips"), "X's largest
customer is Y", "Y has signed up as the first buyer", a chip that "has won orders from Y",
"worked on ... at X", "was a professor/an intern at X", "spent six years at X" after a longer
apposition, "X, where she helped build Y"; and "the company" after a sentence that a person opens
("Roe ran Zorblax's cloud group"): the organisation after the person's verb is no subject; "the
institute" / "the lab" for a name ending in that noun, and "the operator"."""

from __future__ import annotations

import pytest

from kg.model import Document
from tests.extract.conftest import check_relations


def _en(extractor, text):
    return extractor.extract(Document("t", text, language="en"))


@pytest.mark.parametrize("text, expected, wrong", [
    # a cloud provider the models are trained or run on is a supplier
    ("Zorbix Labs trained the model on Acme Cloud, using thousands of Kestro chips.",
     {("Zorbix Labs", "partnerOf", "Acme Cloud")}, set()),
    ("Zorbix Labs was founded in 2021. It trains its models on Acme Cloud TPUs.",
     {("Zorbix Labs", "partnerOf", "Acme Cloud")}, set()),
    ("Zorbix Labs has signed an agreement to train its models on Zorblax's clusters of Kestro Edge chips.",
     {("Zorbix Labs", "partnerOf", "Zorblax"), ("Zorbix Labs", "usesHardware", "Kestro Edge")}, set()),
    # chips or data of a vendor are no cloud
    ("Zorbix Labs trains its models on Acme chips.", set(), {("Zorbix Labs", "partnerOf", "Acme")}),
    ("Zorbix Labs trained the model on Zorblax data and on public text.", set(),
     {("Zorbix Labs", "partnerOf", "Zorblax")}),
    # customers
    ("Acme's largest customer is Zorblax, which uses its chips.", {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Acme's largest shareholder is Zorblax.", set(), {("Zorblax", "partnerOf", "Acme")}),
    ("Acme unveiled a new chip on Monday. Zorblax has signed up as the first large buyer.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Acme raised money on Monday. Zorblax has signed up as the first investor.", set(),
     {("Zorblax", "partnerOf", "Acme")}),
    ("Acme, whose Kestro Edge chips have won orders from Zorblax, grew fast.",
     {("Zorblax", "usesHardware", "Kestro Edge"), ("Acme", "partnerOf", "Zorblax")}, set()),
    # past work
    ("Jane Roe and Tom Berg, who met while working on data pipelines at Zorblax, founded Acme.",
     {("Jane Roe", "worksFor", "Zorblax"), ("Tom Berg", "worksFor", "Zorblax")}, set()),
    ("Jane Roe worked on a deal at Zorblax's request.", set(), {("Jane Roe", "worksFor", "Zorblax")}),
    ("Before Acme, Jane Roe was a professor at Zorblax University.",
     {("Jane Roe", "worksFor", "Zorblax University")}, set()),
    ("Tom Berg, the startup's chief executive, spent six years at Zorblax before founding Acme.",
     {("Tom Berg", "worksFor", "Zorblax")}, set()),
    # the company where someone worked on a product made it
    ("Jane Roe joined Acme in 2022 from Zorblax, where she worked on the Kestro Edge chip.",
     {("Zorblax", "develops", "Kestro Edge")}, set()),
    ("Jane Roe previously worked at Zorblax, where she helped build Acme's Rocket 2 model.", set(),
     {("Zorblax", "develops", "Rocket 2")}),
    # the organisation after a person's verb is no subject for "the company"
    ("Vexa Labs hired Tom Berg as its chief executive. Berg ran Zorblax's cloud group before he left. "
     "The company was founded in 2019 by Jana Roe.",
     {("Jana Roe", "founderOf", "Vexa Labs")}, {("Jana Roe", "founderOf", "Zorblax")}),
    # a unit at a named organisation is no anaphor of the company the text is about
    ("Jane Roe founded Acme in 2020. Before that, she spent six years running the perception group at Zorblax.",
     {("Jane Roe", "worksFor", "Zorblax"), ("Jane Roe", "founderOf", "Acme")}, set()),
    # rivals chasing the same customers as the company the passage is about
    ("Acme sells warehouse robots. Zorblax, Vexa Labs and a dozen other startups are all chasing the same contracts.",
     {("Zorblax", "competesWith", "Acme"), ("Vexa Labs", "competesWith", "Acme")}, set()),
    ("Acme sells warehouse robots. Zorblax is chasing a different market.", set(),
     {("Zorblax", "competesWith", "Acme")}),
    ("Acme positions itself as a cheaper, more specialised alternative to Zorblax.",
     {("Acme", "competesWith", "Zorblax")}, set()),
    # a co-founder's stated duty, and a chief executive's
    ("Jane Roe started Acme in 2023 with Tom Berg, a former engineer at Zorblax who now serves as its "
     "chief technology officer.",
     {("Tom Berg", "worksFor", "Acme"), ("Tom Berg", "founderOf", "Acme"), ("Tom Berg", "worksFor", "Zorblax")}, set()),
    ("Acme hired Tom Berg, a former engineer at Zorblax who now serves as its chief executive.",
     {("Tom Berg", "ceoOf", "Acme")}, {("Tom Berg", "worksFor", "Acme")}),
    # "It has signed a partnership with Y" (an article before the noun); a lease is no partnership
    ("Acme was valued at $1 billion in May. It has also signed a partnership with Zorblax.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Acme was valued at $1 billion in May. It has also signed a lease with Zorblax.",
     set(), {("Acme", "partnerOf", "Zorblax")}),
    ("Tom Berg will report to Jane Roe, the chief executive and co-founder of the Paris-based startup Acme.",
     {("Jane Roe", "ceoOf", "Acme"), ("Jane Roe", "founderOf", "Acme")}, set()),
    ("Acme replaced Tom Berg, the Zorblax co-founder, who moved to a new role leading Acme's internal incubator.",
     {("Tom Berg", "worksFor", "Acme")}, set()),
    ("Tom Berg, who once invested in Acme, is now leading Zorblax's robotics team.",
     set(), {("Tom Berg", "worksFor", "Acme")}),
    # "X, who has led Acme since 2021 and previously managed ... at Y"; not a company's past
    ("Jane Roe, who has led Acme since 2021 and previously managed data center operations at Zorblax, spoke.",
     {("Jane Roe", "worksFor", "Zorblax"), ("Jane Roe", "ceoOf", "Acme")}, set()),
    ("Jane Roe, who joined Acme in May, said Zorblax previously ran its tests at Vexa Labs.", set(),
     {("Jane Roe", "worksFor", "Vexa Labs")}),
    # a unit led by someone; a company's product named after a relative clause with names in it
    ("Vexa Labs will join Acme's AI division, which is led by vice president Jane Roe.",
     {("Jane Roe", "worksFor", "Acme")}, {("Jane Roe", "worksFor", "Vexa Labs")}),
    ("Acme, which was founded by former Zorblax scientist Jane Roe, has developed a family of models called Rocket.",
     {("Acme", "develops", "Rocket")}, {("Zorblax", "develops", "Rocket")}),
    # "the institute", "the lab": the organisation whose name ends in that noun; "the operator"
    ("The Vexa Safety Institute tested three models in May. The institute has signed testing agreements with "
     "Acme and Zorblax. Jane Roe, the institute's chief scientist, said the results were mixed.",
     {("Vexa Safety Institute", "partnerOf", "Acme"), ("Vexa Safety Institute", "partnerOf", "Zorblax"),
      ("Jane Roe", "worksFor", "Vexa Safety Institute")}, {("Jane Roe", "worksFor", "Zorblax")}),
    ("Quibbl Labs released a model in May. Jane Roe, a professor at the Zorblax Institute, praised it. "
     "The lab has signed a deal with Acme.",
     {("Quibbl Labs", "partnerOf", "Acme")}, {("Zorblax Institute", "partnerOf", "Acme")}),
    ("Acme makes chips. It raised money from Vexa Capital Company last year. "
     "Jane Roe, the company's chief executive, said demand was strong.",
     set(), {("Jane Roe", "ceoOf", "Vexa Capital Company")}),
    ("Zorblax Compute builds data centers in Texas. The operator has signed Acme as the anchor tenant.",
     {("Zorblax Compute", "partnerOf", "Acme")}, set()),
    # "X scored 71%, ahead of Y and roughly on par with Z"
    ("Quill 3 scored 71% on the coding test, ahead of Rocket 2 and roughly on par with Rocket.",
     {("Quill 3", "comparedTo", "Rocket 2"), ("Quill 3", "comparedTo", "Rocket")}, set()),
    ("Quill 3 scored 71% on the coding test, a record for Acme.", set(),
     {("Quill 3", "comparedTo", "Rocket 2")}),
    # "..., and it runs on X": the product of the company the passage is about, not a maker named
    # after "of" before it
    ("Vexa Labs builds factory software. Its product, Quill, is built on a version of Zorblax's Rocket 2, "
     "and it runs on Kestro Edge modules.",
     {("Vexa Labs", "usesHardware", "Kestro Edge")}, {("Zorblax", "usesHardware", "Kestro Edge")}),
    # "the company's biggest deal since it bought Y"; not a stake
    ("The purchase is Acme's largest acquisition since it bought the testing firm Zorblax in 2024.",
     {("Acme", "acquired", "Zorblax")}, set()),
    ("Acme's shares have doubled since it bought a stake in Zorblax.", set(), {("Acme", "acquired", "Zorblax")}),
    # "A and B's venture unit, C, also joined the round": A too
    ("Vexa Labs raised $40 million on Monday. Zorblax and Acme's venture unit, Acme Ventures, also joined the round.",
     {("Zorblax", "investsIn", "Vexa Labs"), ("Acme Ventures", "investsIn", "Vexa Labs")},
     {("Acme", "investsIn", "Vexa Labs")}),
    # a stake bought is an investment, no takeover
    ("Zorblax acquired a majority stake in Acme in 2024.",
     {("Zorblax", "investsIn", "Acme")}, {("Zorblax", "acquired", "Acme")}),
    # "to keep up with demand from Y" is no rivalry with Y; "keep pace with Y" is
    ("Acme is renting capacity from Zorblax to keep up with demand from Vexa Labs.",
     {("Acme", "partnerOf", "Zorblax")}, {("Acme", "competesWith", "Vexa Labs"),
                                           ("Zorblax", "competesWith", "Vexa Labs")}),
    ("Acme struggled to keep pace with Zorblax.", {("Acme", "competesWith", "Zorblax")}, set()),
    ("Acme, a Boston-based developer of speech models backed by Zorblax, said on Monday it would hire.",
     {("Zorblax", "investsIn", "Acme")}, set()),
    ("Acme makes chips. Its latest round drew participation from the state investor Vexa Labs.",
     {("Vexa Labs", "investsIn", "Acme")}, set()),
    ("Jane Roe spent a decade at Zorblax before setting up Acme with two colleagues.",
     {("Jane Roe", "founderOf", "Acme"), ("Jane Roe", "worksFor", "Zorblax")}, {("Jane Roe", "founderOf", "Zorblax")}),
    ("Acme makes chips. Acme's engineering team is run by Jane Roe.", {("Jane Roe", "worksFor", "Acme")}, set()),
    ("Zorblax was sold to Acme in 2023.", {("Acme", "acquired", "Zorblax")}, set()),
    ("Zorblax sold chips to Acme in 2023.", set(), {("Acme", "acquired", "Zorblax"), ("Zorblax", "acquired", "Acme")}),
    ("Vexa Labs will build a campus in Texas, with Acme as the sole tenant.",
     {("Vexa Labs", "partnerOf", "Acme")}, set()),
    # inside ", where ..." after a company's name, "the company" is that company
    ("Acme released a model on Monday. Jane Roe, Acme's chief executive, previously led the language group at "
     "Zorblax, where she worked on the company's Rocket chatbot.",
     {("Zorblax", "develops", "Rocket")}, {("Acme", "develops", "Rocket")}),
    # a site filled with chips; a model, with a relative clause, trained on chips
    ("Acme will fill the first two halls with Kestro Edge chips.", {("Acme", "usesHardware", "Kestro Edge")}, set()),
    ("Acme released a model on Monday. The model, which follows Rocket from April, was trained entirely on "
     "Kestro Edge chips, the company said.", {("Acme", "usesHardware", "Kestro Edge")}, set()),
])
def test_p9_constructions(extractor, text, expected, wrong):
    check_relations(_en(extractor, text), expected, wrong)
