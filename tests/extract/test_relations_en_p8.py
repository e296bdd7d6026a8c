"""English constructions of the p8 round (all names invented): the short form of an "X Silicon"
chip designer, "the company" after "told <outlet>" (the outlet is told, it is no subject), no
takeover of the owner in "agreed to buy its chips", a new backer beside existing investors, an
investor's fund named after a comma ("B's venture arm, C"), and "another co-founder and the
company's chief scientist" (a founder with a stated duty stays an employee too). Second part:
names after "under", "through", "against", "among" ... are no subjects for "its"; "X's rivals include
Y"; a venture fund in an apposition and an investor with an apposition that "also participated";
"X, which owns a stake in Y"; content licensed from a publisher; "who runs research" beside a
founding. Third part: "its own X" chips and models; "an Acme spokesperson, Jana Roe,"; a founder who "will
become chairman"; "co-founder and chief science officer of"; "most recently was chief operating
officer at"; two founders "after both left X"; "X's position against Y", "up against Y"; and a
unit someone runs in a clause after ";" that is not the first person's."""

from __future__ import annotations

import pytest

from kg.model import Document
from tests.extract.conftest import check_relations


def _en(extractor, text):
    return extractor.extract(Document("t", text, language="en"))


@pytest.mark.parametrize("text, expected, wrong", [
    # "Zentrix" later in the text is "Zentrix Silicon"
    ("Zentrix Silicon, a chip designer in Ohio, raised money on Monday. Zentrix faces rivals. "
     "Zentrix counts Vexa Systems among its customers.",
     {("Zentrix Silicon", "partnerOf", "Vexa Systems")}, set()),
    # the outlet after "told" is no antecedent of "the company" or of "its"
    ("Jana Roe founded Quillo Labs in 2020. Roe told Vexa News the company would open an office in Lyon. "
     "Its chief technology officer, Tom Berg, previously worked at Zorblax.",
     {("Tom Berg", "worksFor", "Quillo Labs"), ("Jana Roe", "interviewedBy", "Vexa News")},
     {("Tom Berg", "worksFor", "Vexa News")}),
    # buying the possessive's chips is no takeover of anyone
    ("Quillo Labs said on Tuesday that Acme has agreed to buy its Zeta accelerator.",
     set(), {("Quillo Labs", "acquired", "Acme"), ("Acme", "acquired", "Quillo Labs")}),
    ("Acme agreed to buy Quillo Labs and its chip unit.", {("Acme", "acquired", "Quillo Labs")}, set()),
    # a new backer beside the existing investors
    ("Quillo Labs raised $80 million this year. Existing investors Acme Capital and Vexa Capital also took part, "
     "along with new backer Zorblax Ventures.",
     {("Acme Capital", "investsIn", "Quillo Labs"), ("Vexa Capital", "investsIn", "Quillo Labs"),
      ("Zorblax Ventures", "investsIn", "Quillo Labs")}, set()),
    # "B's venture arm, C": C is B's unit, and no other name of the list is B's
    ("Its backers include Acme Capital and Zorblax's venture arm, Zorblax Catalyst Fund, which led the round.",
     {("Zorblax Catalyst Fund", "subOrganizationOf", "Zorblax")},
     {("Zorblax Catalyst Fund", "subOrganizationOf", "Acme Capital")}),
    # "another co-founder and the company's chief scientist"
    ("Quillo Labs released a model on Monday. Tom Berg, another co-founder and the company's chief scientist, "
     "said a larger one was in training.", {("Tom Berg", "founderOf", "Quillo Labs")}, set()),
    ("Tom Berg, a co-founder and Zorblax's chief technology officer, said so.",
     {("Tom Berg", "founderOf", "Zorblax")}, set()),
    ("Tom Berg, a co-founder of Vexa Labs and Zorblax's chief technology officer, said so.",
     {("Tom Berg", "founderOf", "Vexa Labs")}, {("Tom Berg", "founderOf", "Zorblax")}),
    ("Quillo Labs released a model on Monday. Tom Berg, another co-founder and the company's chief scientist, "
     "said so.", {("Tom Berg", "worksFor", "Quillo Labs")}, set()),
    # the possessor's rivals; not a name inside what follows
    ("Quillo Labs sells agents. Quillo Labs's rivals include Vexa Systems and Zorblax.",
     {("Quillo Labs", "competesWith", "Vexa Systems"), ("Quillo Labs", "competesWith", "Zorblax")}, set()),
    ("Acme's rivals include Zorblax's agent unit.", set(), {("Acme", "competesWith", "Zorblax")}),
    # a fund in an apposition, and investors with an apposition before "also participated"
    ("Quillo Labs raised $40 million. Vexa Ventures, Zorblax's venture fund, also took part.",
     {("Vexa Ventures", "subOrganizationOf", "Zorblax"), ("Vexa Ventures", "investsIn", "Quillo Labs")},
     {("Zorblax", "investsIn", "Quillo Labs")}),
    ("Quillo Labs raised $40 million. Vexa Ventures, the venture arm of Zorblax, also participated.",
     {("Vexa Ventures", "investsIn", "Quillo Labs")}, {("Zorblax", "investsIn", "Quillo Labs")}),
    # a stake in a relative clause
    ("Vexa Capital, which owns a 30% stake in Quillo Labs, backed the deal.",
     {("Vexa Capital", "investsIn", "Quillo Labs")}, set()),
    ("Vexa Capital, which owns a 30% stake in Acme's rival, backed Quillo Labs.", set(),
     {("Vexa Capital", "investsIn", "Acme")}),
    # content licensed from publishers
    ("Quillo Labs has licensed content from Vexa Media and from Zorblax.",
     {("Quillo Labs", "partnerOf", "Vexa Media"), ("Quillo Labs", "partnerOf", "Zorblax")}, set()),
    ("Quillo Labs has licensed content from Zorblax's archive unit.", set(), {("Quillo Labs", "partnerOf", "Zorblax")}),
    # a founder who runs research is an employee too
    ("The company Quillo Labs was started in 2022 by Jana Roe and Adaeze Berg, who runs research.",
     {("Adaeze Berg", "founderOf", "Quillo Labs"), ("Adaeze Berg", "worksFor", "Quillo Labs")}, set()),
    # "its" after a name behind "under": not that name's
    ("Zorblax is a supplier to Acme under the Vexa Labs program and counts Quillo Labs among its customers.",
     {("Zorblax", "partnerOf", "Quillo Labs")}, {("Vexa Labs", "partnerOf", "Quillo Labs")}),
    # "its own X"
    ("Acme designs its own Vexa processors through its chip unit Zorn Labs.",
     {("Acme", "develops", "Vexa")}, set()),
    ("Zorblax runs its models on its own Kestro accelerators.", {("Zorblax", "develops", "Kestro")}, set()),
    ("Zorblax owns its own offices near Acme's Rocket team.", set(), {("Zorblax", "develops", "Rocket")}),
    # a spokesperson named in an apposition
    ("An Acme spokesperson, Jana Roe, said the company would comply.", {("Jana Roe", "worksFor", "Acme")}, set()),
    ("An Acme spokesperson said Jana Roe, a lawyer, would comply.", set(), {("Jana Roe", "worksFor", "Acme")}),
    # a founder's new duty
    ("Vexa Labs founder Tom Berg will become chairman.",
     {("Tom Berg", "founderOf", "Vexa Labs"), ("Tom Berg", "worksFor", "Vexa Labs")}, set()),
    ("Tom Berg, co-founder and chief science officer of Vexa Labs, said so.",
     {("Tom Berg", "founderOf", "Vexa Labs"), ("Tom Berg", "worksFor", "Vexa Labs")}, set()),
    # a former role at another company
    ("Jana Roe spent nine years at Acme and most recently was chief operating officer at Vexa Labs.",
     {("Jana Roe", "worksFor", "Vexa Labs")}, set()),
    ("Jana Roe said the deal was good for the director at Vexa Labs.", set(), {("Jana Roe", "worksFor", "Vexa Labs")}),
    # two founders who both left a company
    ("Jana Roe co-founded Quillo Labs in 2023 with Tom Berg, a former scientist at Acme, after both left Zorblax.",
     {("Jana Roe", "worksFor", "Zorblax"), ("Tom Berg", "worksFor", "Zorblax")}, set()),
    ("Jana Roe co-founded Quillo Labs in 2023 with Tom Berg after Acme left Zorblax.", set(),
     {("Jana Roe", "worksFor", "Zorblax")}),
    # rivalry as a position against, or being up against
    ("The deal strengthens Zorblax's position against Acme and Vexa Systems in Europe.",
     {("Zorblax", "competesWith", "Acme"), ("Zorblax", "competesWith", "Vexa Systems")}, set()),
    ("Quillo Labs sells to banks, a market in which it is up against Acme and Zorblax.",
     {("Quillo Labs", "competesWith", "Acme"), ("Quillo Labs", "competesWith", "Zorblax")}, set()),
    ("Zorblax's position on Acme's pricing is unclear.", set(), {("Zorblax", "competesWith", "Acme")}),
    # "runs its team" after ";" is the second person's, and the first keeps the head role
    ("Quillo Labs was founded by Jana Roe and Tom Berg. Roe is the company's chief executive; "
     "Berg runs its engineering team.",
     {("Jana Roe", "ceoOf", "Quillo Labs"), ("Tom Berg", "worksFor", "Quillo Labs")},
     {("Jana Roe", "worksFor", "Quillo Labs")}),
    # the newest version of the possessor's models
    ("Vexa Labs built its name on Quill. Its newest version, Quill 3, ships today.",
     {("Vexa Labs", "develops", "Quill 3")}, set()),
    ("Vexa Labs said Acme's version of the deal, Quill 3, was wrong.", set(), {("Acme", "develops", "Quill 3")}),
    # customers of the possessor
    ("Vexa Labs sells agents to banks. Zorblax and Quillo Systems are among its customers.",
     {("Zorblax", "partnerOf", "Vexa Labs"), ("Quillo Systems", "partnerOf", "Vexa Labs")},
     {("Quillo Systems", "partnerOf", "Zorblax")}),
    ("Vexa Labs sells agents to banks. Zorblax is one of Acme's customers.",
     {("Zorblax", "partnerOf", "Acme")}, {("Zorblax", "partnerOf", "Vexa Labs")}),
    # investors joining a round in a "with" phrase, not any "with ... joining"
    ("Quillo Labs raised $90 million in a round led by Vexa Capital, with Acme's Zorn Fund and Zorblax also investing.",
     {("Vexa Capital", "investsIn", "Quillo Labs"), ("Zorn Fund", "investsIn", "Quillo Labs"),
      ("Zorblax", "investsIn", "Quillo Labs")}, set()),
    ("Quillo Labs hired staff, with Zorblax also joining the effort.", set(), {("Zorblax", "investsIn", "Quillo Labs")}),
    # a thing used by customers: a partnership with its maker
    ("Vexa Labs released Quill 2 in May. Quill 2 is already used by Zorblax and Acme, she said.",
     {("Vexa Labs", "partnerOf", "Zorblax"), ("Vexa Labs", "partnerOf", "Acme")}, set()),
    ("Vexa Labs designs chips. Its first chip, the VX-1, has been piloted by the cloud company Zorblax.",
     {("Vexa Labs", "partnerOf", "Zorblax"), ("Zorblax", "usesHardware", "VX-1")}, set()),
    ("Vexa Labs has developed a family of models called Quill. Its largest version, Quill 3, was released "
     "in August and has been licensed by Zorblax and Acme.",
     {("Vexa Labs", "partnerOf", "Zorblax"), ("Vexa Labs", "partnerOf", "Acme")}, set()),
    # no maker named: nothing; and never a customer of itself
    ("Quill 2 is already used by Zorblax, she said.", set(), {("Zorblax", "partnerOf", "Zorblax")}),
    ("Zorblax released Quill 2. Quill 2 is used by Zorblax's own staff.", set(), {("Zorblax", "partnerOf", "Zorblax")}),
    # a round led by an owner's fund
    ("Quillo Labs raised $90 million in June from investors led by Acme's venture arm Zorn Capital and Zorblax.",
     {("Zorn Capital", "investsIn", "Quillo Labs"), ("Zorblax", "investsIn", "Quillo Labs")},
     {("Acme", "investsIn", "Quillo Labs")}),
    ("Quillo Labs raised $90 million in June, led by Acme's founder Jana Roe.", set(), {("Acme", "investsIn", "Quillo Labs")}),
    # the possessor's product runs on a supplier's models
    ("Quillo Labs sells coding agents. Its agent runs on models from Zorblax and Acme, the company said.",
     {("Quillo Labs", "partnerOf", "Zorblax"), ("Quillo Labs", "partnerOf", "Acme")}, set()),
    ("Quillo Labs sells agents. Its agent runs on laptops from Zorblax's stores.", set(),
     {("Quillo Labs", "partnerOf", "Zorblax")}),
    # a long description of the rivals before "such as" / "among them"
    ("Quillo Labs competes with Acme and with a growing crop of vertical AI specialists such as Zelvo and Quarnix.",
     {("Quillo Labs", "competesWith", "Acme"), ("Quillo Labs", "competesWith", "Zelvo"),
      ("Quillo Labs", "competesWith", "Quarnix")}, set()),
    ("Quillo Labs competes with a crowd of inference-chip startups, among them Zelvo Labs and Quarnix.",
     {("Quillo Labs", "competesWith", "Zelvo Labs"), ("Quillo Labs", "competesWith", "Quarnix")}, set()),
    ("Quillo Labs works with a crowd of startups, among them Zelvo.", set(), {("Quillo Labs", "competesWith", "Zelvo")}),
    ("Quillo Labs has agreed to buy custom processors designed by Zorblax in a deal worth billions.",
     {("Quillo Labs", "partnerOf", "Zorblax")}, set()),
    ("Quillo Labs has agreed to buy custom processors designed by Zorblax's former engineers.", set(),
     {("Quillo Labs", "partnerOf", "Zorblax")}),
    ("Quillo Labs makes agents and raised money. Zorblax, another major shareholder, rents Quillo Labs chips.",
     {("Zorblax", "investsIn", "Quillo Labs")}, set()),
    ("Quillo Labs was founded in 2021 by former Zorblax researchers including Jana Roe and Tom Berg.",
     {("Jana Roe", "worksFor", "Zorblax"), ("Tom Berg", "worksFor", "Zorblax")}, set()),
    ("Quillo Labs builds robots. Those customers include the logistics group Zorblax.",
     {("Zorblax", "partnerOf", "Quillo Labs")}, set()),
    ("Quillo Labs builds robots. Jana Roe, the chief executive, said the money would help.",
     {("Jana Roe", "ceoOf", "Quillo Labs")}, set()),
    ("Quillo Labs builds robots. Jana Roe, the chief executive of Zorblax, said so.", set(),
     {("Jana Roe", "ceoOf", "Quillo Labs")}),
    ("Quillo Labs sells software. Jana Roe, who runs Quillo Labs's digital industries business, said so.",
     {("Jana Roe", "worksFor", "Quillo Labs")}, set()),
    ("Jana Roe, a Zorblax co-founder, leads the unit.", {("Jana Roe", "founderOf", "Zorblax")}, set()),
    ("Jana Roe, a Zorblax co-founder of Vexa Labs, leads the unit.", set(), {("Jana Roe", "founderOf", "Zorblax")}),
    ("Vexa Labs released Quill 2. Quill 2 is used by banks including Zorblax and Acme.",
     {("Vexa Labs", "partnerOf", "Zorblax"), ("Vexa Labs", "partnerOf", "Acme")}, set()),
    ("Vexa Labs sells tools. Vexa Labs's co-founder and chief technology officer is Tom Berg.",
     {("Tom Berg", "founderOf", "Vexa Labs"), ("Tom Berg", "worksFor", "Vexa Labs")}, set()),
    ("Vexa Labs sells tools. Its first product, a lab assistant called Benchkit, plans experiments.",
     {("Vexa Labs", "develops", "Benchkit")}, set()),
    ("Vexa Labs released Benchkit. The drugmaker Zorblax is piloting Benchkit in two research centers, "
     "and Acme has signed on as a research partner.",
     {("Vexa Labs", "partnerOf", "Zorblax"), ("Acme", "partnerOf", "Vexa Labs")}, set()),
    ("Quillo Labs, a Lyon startup backed by Acme, on Thursday released Quill 2, an open model.",
     {("Quillo Labs", "develops", "Quill 2"), ("Acme", "investsIn", "Quillo Labs")}, set()),
    ("Quillo Labs was spun out of Vexa University in 2023 by Jana Roe, who remains its chief executive.",
     {("Jana Roe", "founderOf", "Quillo Labs"), ("Jana Roe", "ceoOf", "Quillo Labs")}, set()),
    ("Quillo Labs was spun out of Acme in 2023 by Acme's board.", set(), {("Acme", "founderOf", "Quillo Labs")}),
    ("Quillo Labs said on Wednesday it will roll out Zorblax's VX-9 servers across its factories.",
     {("Quillo Labs", "usesHardware", "VX-9")}, {("Quillo Labs", "develops", "VX-9")}),
    ("Quillo Labs unveiled its VX-9 chip.", {("Quillo Labs", "develops", "VX-9")}, set()),
    ("Quillo Labs builds robots. The machine runs a control model named Quill 2, which the company trained on "
     "simulated data.", {("Quillo Labs", "develops", "Quill 2")}, set()),
    ("Vexa Labs's 70 employees, including co-founders Jana Roe and Tom Berg, will join Acme's AI division.",
     {("Jana Roe", "founderOf", "Vexa Labs"), ("Tom Berg", "founderOf", "Vexa Labs")},
     {("Jana Roe", "founderOf", "Acme")}),
    ("Vexa Labs's 70 employees, including engineers Jana Roe and Tom Berg, will join Acme.", set(),
     {("Jana Roe", "founderOf", "Vexa Labs")}),
    # a company after a preposition is no subject of a later verb phrase ("... on Google Cloud and has a
    # partnership with Y"); a name before a relative clause still is ("reports to X, which owns Y")
    ("Zorbix Labs trains its models on Acme Cloud and has a partnership with Quibbl Corp.",
     {("Zorbix Labs", "partnerOf", "Quibbl Corp.")},
     {("Acme Cloud", "partnerOf", "Quibbl Corp.")}),
    ("Zorbix Labs trains its models on Acme Cloud, using its chips, and has a partnership with Quibbl Corp.",
     set(),
     {("Acme Cloud", "partnerOf", "Quibbl Corp.")}),
])
def test_p8_constructions(extractor, text, expected, wrong):
    check_relations(_en(extractor, text), expected, wrong)



def test_p8_used_by_is_internal(extractor):
    r = _en(extractor, "Vexa Labs released Quill 2 in May. Quill 2 is already used by Zorblax. "
                       "Quill 3 is used by Acme.")
    assert {x.predicate for x in r.relations} <= {"develops", "partnerOf", "versionOf", "usesHardware"}
    assert all(x.predicate != "usedBy" for x in r.relations)


def test_p8_list_heads(extractor):
    r = _en(extractor, "The market is crowded with AI specialists such as Zelvo and Quarnix. "
                       "Game developers such as Jana Roe praised it.")
    types = {e.label: e.type for e in r.entities}
    assert types.get("Zelvo") == "Organization" and types.get("Quarnix") == "Organization"
    assert types.get("Jana Roe") == "Person"
