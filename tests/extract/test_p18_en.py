"""English names and relations found missing or wrong on fresh training articles of the p18 round
(2026-11-28: en-v, en-w). Every name is invented; "Acme", "Zorblax", "Jane Roe", "Rocket", "Rocket 2"
and "Kestro Edge" are in the test catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text, ents

NAMES = [
    # podcasts named before their noun (a hyphenated name, a name led by digits, a capitalised "Podcast"),
    # or before an apposition that calls them one
    ("Jane Roe told the All-In podcast that Rocket would win.", {("All-In", "Organization")}),
    ("Jane Roe said on the 20VC podcast that chips matter.", {("20VC", "Organization")}),
    ("Jane Roe said on the Lex Fridman Podcast that money mattered.", {("Lex Fridman Podcast", "Organization")}),
    ("Hours later, Jane Roe made the opposite case on Quillcast, the interview podcast of Vantor News.",
     {("Quillcast", "Organization")}),
    # a model number or a generation after a known chip family
    ("Zorblax builds the laptop around Acme's Kestro Edge 200V processor.", {("Kestro Edge 200V", "Hardware")}),
    ("Zorblax uses the Kestro Edge AR1 Gen 1 chip.", {("Kestro Edge AR1 Gen 1", "Hardware")}),
    # a description between a model's version and "model" is no variant
    ("Acme released the Zeta-R1 reasoning model in March.", {("Zeta-R1", "AIModel")}),
]


@pytest.mark.parametrize("text, expected", NAMES)
def test_english_names_p18(nlp_en, text, expected) -> None:
    assert expected <= ents(nlp_en, text)


NOT_NAMES = [
    # a year after a chip family is no model number
    ("Zorblax bought Kestro Edge 2024 stock.", ("Kestro Edge 2024", "Hardware")),
    # "Her co-founder", "His co-founder": a pronoun, no company
    ("Zorblax makes batteries. Her co-founder Tom Berger runs the tooling group.", ("Her", "Organization")),
    ("Zorblax makes batteries. His co-founder Tom Berger runs the tooling group.", ("His", "Organization")),
    ("Acme released the Zeta-R1 reasoning model in March.", ("Zeta-R1 reasoning", "AIModel")),
    ("Jane Roe said on the Lex Fridman Podcast that money mattered.", ("Lex Fridman", "Person")),
    ("The podcast was a hit, and Jane Roe liked the podcast.", ("The", "Organization")),
]


@pytest.mark.parametrize("text, wrong", NOT_NAMES)
def test_english_non_names_p18(nlp_en, text, wrong) -> None:
    assert wrong not in ents(nlp_en, text)


ENGLISH = [
    # a fronted "Founded by": two founders, the first described with a company; the startup after the comma
    ("Founded in 2021 by former Acme researcher Jane Roe and chemist Tom Berger, Zorblax designs drugs.",
     {("Jane Roe", "founderOf", "Zorblax"), ("Tom Berger", "founderOf", "Zorblax"), ("Jane Roe", "worksFor", "Acme")},
     {("Jane Roe", "founderOf", "Acme")}),
    ("Zorblax makes batteries. Founded in 2021 by engineer Jane Roe, the startup builds robots.",
     {("Jane Roe", "founderOf", "Zorblax")}, set()),
    # "X's P": a person named with the possessive of an organisation works there
    ("Zorblax said the deal was good, and Acme's Tom Berger agreed.", {("Tom Berger", "worksFor", "Acme")}, set()),
    ("Tom Berger praised Acme's Rocket model.", set(), {("Tom Berger", "worksFor", "Acme")}),
    # "whose chief P"; "whose Y unit"; "X's Y, the unit that"
    ("Acme, whose chief Jane Roe spoke first, did not mention Zorblax.", {("Jane Roe", "ceoOf", "Acme")}, set()),
    ("Acme, whose chief scientist Jane Roe spoke first, grew.", set(), {("Jane Roe", "ceoOf", "Acme")}),
    ("Zorblax, whose Quillon unit builds the Rocket model, declined to comment.",
     {("Quillon", "subOrganizationOf", "Zorblax"), ("Quillon", "develops", "Rocket")}, set()),
    ("Staff will join Acme's Quillon Lab, the unit that develops the company's agents.",
     {("Quillon Lab", "subOrganizationOf", "Acme")}, set()),
    # customers and licences
    ("Zorblax, Acme's largest buyer, declined to say.", {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Zorblax has also licensed Acme's Rocket model for its phones.", {("Zorblax", "partnerOf", "Acme")}, set()),
    # "X co-president P"; "P and Q now work in X's ... organization"
    ("Meanwhile Acme co-president Tom Berger said at a conference that prices fall.",
     {("Tom Berger", "worksFor", "Acme")}, set()),
    ("Zorblax's founders, Jane Roe and Tom Berger, now work in Acme's machine learning organization.",
     {("Jane Roe", "worksFor", "Acme"), ("Tom Berger", "worksFor", "Acme"), ("Tom Berger", "founderOf", "Zorblax")},
     {("Tom Berger", "worksFor", "Zorblax")}),
    # "and processes ... on" chips
    ("Zorblax hosts the system on Acme Cloud and processes audio on Kestro Edge accelerators.",
     {("Zorblax", "usesHardware", "Kestro Edge")}, {("Acme Cloud", "usesHardware", "Kestro Edge")}),
    # rivals: "in competition with A of C and with B"; "the A rival in which B has invested"
    ("The release puts Zorblax in direct competition with Acme of Heidelberg and with Quillon, the Toronto company.",
     {("Zorblax", "competesWith", "Acme"), ("Zorblax", "competesWith", "Quillon")}, set()),
    ("Zorblax, the Acme rival in which Quillon Ventures has invested, grew.",
     {("Zorblax", "competesWith", "Acme")},
     {("Zorblax", "competesWith", "Quillon Ventures"), ("Acme", "competesWith", "Quillon Ventures")}),
    # investors: "launched with $N from A and B"
    ("Zorblax, which launched with $1 billion from Brightpath Capital and Morvale Ventures, grew.",
     {("Brightpath Capital", "investsIn", "Zorblax"), ("Morvale Ventures", "investsIn", "Zorblax")}, set()),
    # comparisons: passive "pitted/benchmarked against", "preferred A over B", "competitive with"
    ("Rocket was pitted against Vexa 3 on chest X-rays.", {("Rocket", "comparedTo", "Vexa 3")}, set()),
    ("Its agent Rocket was benchmarked against Vexa 3 and scored higher.", {("Rocket", "comparedTo", "Vexa 3")}, set()),
    ("Participants preferred Rocket over Vexa 3 in most tests.", {("Rocket", "comparedTo", "Vexa 3")}, set()),
    ("Rocket is a model Acme says is competitive with Vexa 3 on benchmarks.", {("Rocket", "comparedTo", "Vexa 3")}, set()),
    # a chip assembled by a contractor
    ("The site uses Acme's Kestro Edge racks, assembled by Taiwanese server maker Zorblax.",
     {("Zorblax", "manufactures", "Kestro Edge")}, set()),
    # "A and its B unit": A's unit, not the subject's
    ("Zorblax works with Acme and its Quillon unit on robots.", {("Quillon", "subOrganizationOf", "Acme")},
     {("Quillon", "subOrganizationOf", "Zorblax")}),
    # takeovers: "completed its purchase of [description] X"; "has also absorbed X"
    ("Zorblax completed its purchase of Dutch AI cloud provider Acme.", {("Zorblax", "acquired", "Acme")}, set()),
    ("Zorblax has also absorbed Acme, a Dutch designer of modulators.", {("Zorblax", "acquired", "Acme")}, set()),
    # "P becomes X's chief technology officer"
    ("Jane Roe becomes Zorblax's chief technology officer.", {("Jane Roe", "worksFor", "Zorblax")}, set()),
    # "left to start a venture fund, X"; not "leaving to start his own company" (the company he leaves)
    ("Zorblax makes chips. Its chief engineer, Jane Roe, left in August to start a venture fund, Quillon Ventures, "
     "focused on AI safety.",
     {("Jane Roe", "founderOf", "Quillon Ventures"), ("Jane Roe", "worksFor", "Zorblax")}, set()),
    ("Zorblax named Jane Roe. She replaces Tom Berger, who is leaving to start his own company after three years.",
     set(), {("Tom Berger", "founderOf", "Zorblax")}),
    # "X's investors, including A and B": X's, not the topic's
    ("Acme has agreed to license the technology of Zorblax. Acme will pay. Zorblax's investors, including "
     "Quillon Ventures and Brightpath Capital, will be repaid.",
     {("Quillon Ventures", "investsIn", "Zorblax"), ("Brightpath Capital", "investsIn", "Zorblax")},
     {("Quillon Ventures", "investsIn", "Acme")}),
    # "X's most visible partner is Y"
    ("Zorblax's most visible partner is Acme, which has licensed Rocket.", {("Zorblax", "partnerOf", "Acme")}, set()),
    # a Series B led by A, with B and C participating
    ("Zorblax financed the launch with a $60 million Series B led by Acme, with Quillon Ventures and "
     "Brightpath Capital participating.",
     {("Acme", "investsIn", "Zorblax"), ("Quillon Ventures", "investsIn", "Zorblax"),
      ("Brightpath Capital", "investsIn", "Zorblax")}, set()),
    ("Acme had led the startup's $90 million Series A in 2023, with Quillon Ventures partner Jane Roe joining the board.",
     set(), {("Quillon Ventures", "investsIn", "Acme")}),
    # "X, led by former A technology chief P"
    ("It competes with Zorblax, led by former Acme technology chief Jane Roe.",
     {("Jane Roe", "ceoOf", "Zorblax"), ("Jane Roe", "worksFor", "Acme")}, {("Jane Roe", "ceoOf", "Acme")}),
    # goals: "which also says it wants to build AGI"; "a startup that says its only product will be AGI"
    ("Acme, which also says it wants to build AGI, declined to comment.", {("Acme", "pursues", "AGI")}, set()),
    ("Zorblax, a young startup that says its only product will be AGI, raised money.", {("Zorblax", "pursues", "AGI")}, set()),
    # co-investors: "takes a stake in X, joining A and the venture firm B"
    ("Under the agreement, Acme also takes a minority stake in Zorblax, joining Quillon Ventures and the venture firm "
     "Brightpath Capital, which led the round.",
     {("Acme", "investsIn", "Zorblax"), ("Quillon Ventures", "investsIn", "Zorblax"),
      ("Brightpath Capital", "investsIn", "Zorblax")}, set()),
    # two described founders, each after "the"
    ("Zorblax was founded in 2022 by the producer Jane Roe and the machine-learning researcher Tom Berger.",
     {("Jane Roe", "founderOf", "Zorblax"), ("Tom Berger", "founderOf", "Zorblax")}, set()),
    # a product named in an apposition after a tool or a software layer
    ("Acme sells a competing tool, Quill Copilot, to hospitals.", {("Acme", "develops", "Quill Copilot")}, set()),
    ("Zorblax said Acme uses a tool, Quill Copilot, from Vexa.", set(), {("Acme", "develops", "Quill Copilot")}),
]


@pytest.mark.parametrize("text, expected, wrong", ENGLISH)
def test_relations_p18_en(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")


PRECISION = [
    # a "power purchase deal" is no takeover
    ("Zorblax has agreed a 20-year power purchase deal with Acme that will supply power.", set(),
     {("Zorblax", "acquired", "Acme")}),
    # speculation of a merger is no merger (as for takeovers); a plan still is
    ("He also rejected speculation that Zorblax might merge with Acme, with which it has fought a dispute.", set(),
     {("Zorblax", "mergedWith", "Acme")}),
    ("Zorblax and Acme are in talks to merge.", set(), {("Zorblax", "mergedWith", "Acme")}),
    ("Zorblax plans to merge with Acme.", {("Zorblax", "mergedWith", "Acme")}, set()),
    # talks and rumours of a partnership or an investment are none either
    ("A rumoured tie-up between Zorblax and Acme has not been confirmed by either company.", set(),
     {("Zorblax", "partnerOf", "Acme")}),
    ("Zorblax is in talks with Acme about a partnership, people familiar with the matter said.", set(),
     {("Zorblax", "partnerOf", "Acme")}),
    ("Zorblax signed a partnership with Acme last year.", {("Zorblax", "partnerOf", "Acme")}, set()),
    # an implicit company yields to an explicit one of the sentence found by a later rule
    ("Zorblax released a model. Critics, including Acme chief science officer Jane Roe, have questioned it.",
     {("Jane Roe", "worksFor", "Acme")}, {("Jane Roe", "worksFor", "Zorblax")}),
    # a customer deals with a chip's designer, not with the foundry that fabricates it for the designer
    ("The Kestro Edge, which Acme designs and Zorblax fabricates, is in demand. Quillon Labs has deployed "
     "Kestro Edge cards in two regions.",
     {("Acme", "partnerOf", "Quillon Labs"), ("Zorblax", "manufactures", "Kestro Edge")},
     {("Zorblax", "partnerOf", "Quillon Labs")}),
    # a licence from the customer in an apposition goes to the subject, not the apposition's company
    ("Zorblax, Acme's largest customer, has also licensed Quillon Labs's Rocket model for the phone.",
     {("Zorblax", "partnerOf", "Acme")}, {("Acme", "partnerOf", "Quillon Labs")}),
]


@pytest.mark.parametrize("text, expected, wrong", PRECISION)
def test_precision_p18_en(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")


FRESH = [
    # "X ... and is run by P"; not the company of a relative clause before it
    ("The combined company keeps the Zorblax name and is run by Jane Roe, previously of Acme.",
     {("Jane Roe", "ceoOf", "Zorblax")}, {("Jane Roe", "ceoOf", "Acme")}),
    ("Zorblax was founded in 2021 by Tom Berger, who spent eight years on Acme's compiler team, and is run by Jane Roe.",
     set(), {("Jane Roe", "ceoOf", "Acme")}),
    # rivals: "count A and B among X's main rivals", "X counts A ... as its closest rivals", "often described as
    # X's fiercest rival", "locked in a race with A and with B", "another start-up that takes on X"
    ("Analysts count Quillon Labs, Brightpath AI and Acme's robot program among Zorblax's main rivals.",
     {("Quillon Labs", "competesWith", "Zorblax"), ("Brightpath AI", "competesWith", "Zorblax")}, set()),
    ("Zorblax counts Acme, with its Rocket chip, and the firm Quillon Labs, maker of a processor, as its closest rivals.",
     {("Acme", "competesWith", "Zorblax"), ("Quillon Labs", "competesWith", "Zorblax"), ("Acme", "develops", "Rocket")},
     {("Zorblax", "develops", "Rocket")}),
    ("Acme, often described as Zorblax's fiercest rival, has made safety its mission.",
     {("Acme", "competesWith", "Zorblax")}, set()),
    ("Zorblax is locked in a fierce race with Acme, the maker of Rocket, and with Quillon Labs.",
     {("Zorblax", "competesWith", "Acme"), ("Zorblax", "competesWith", "Quillon Labs")}, set()),
    ("Zorblax hired a former Acme executive as rivalry with Quillon Labs heats up.", set(),
     {("Acme", "competesWith", "Quillon Labs")}),
    ("Jane Roe would not say whether Zorblax had discussed a combination with Quillon Labs, another start-up that "
     "takes on Acme.", {("Quillon Labs", "competesWith", "Acme")}, set()),
    # goals: "built its strategy around open source"
    ("Zorblax, for its part, has built its strategy around open source.", {("Zorblax", "pursues", "Open Source")}, set()),
    # chips: "the model runs on"; "chips from A, which are made by B"
    ("Zorblax makes models. The model runs on Kestro Edge accelerators leased through Acme.",
     {("Zorblax", "usesHardware", "Kestro Edge")}, set()),
    ("Their vehicles rely on Kestro Edge processors from Acme, which are made by Zorblax.",
     {("Zorblax", "manufactures", "Kestro Edge")}, set()),
    # founders and interviews
    ("Zorblax lost Jane Roe, its former chief scientist, who went on to start Quillon Labs, a company.",
     {("Jane Roe", "founderOf", "Quillon Labs"), ("Jane Roe", "worksFor", "Zorblax")}, set()),
    ("Jane Roe has given only one interview since leaving, to Acme, in which she said little.",
     {("Jane Roe", "interviewedBy", "Acme")}, set()),
    ("Jane Roe used an appearance on Acme on Monday to brush off worries.", {("Jane Roe", "interviewedBy", "Acme")}, set()),
    ("On Acme, Zorblax chief executive Jane Roe argued that open designs win.", {("Jane Roe", "interviewedBy", "Acme")},
     {("Jane Roe", "interviewedBy", "Zorblax")}),
    ("In a post on Acme, Jane Roe said the team would keep publishing.", set(), {("Jane Roe", "interviewedBy", "Acme")}),
    # investors: "with A and B, the venture arm of ..., also taking part"; "became one of X's largest shareholders";
    # "X, the ... company, has raised N in a round led by A"
    ("Zorblax raised money. The round was led by Acme, with Quillon Ventures and Brightpath Capital, the venture arm "
     "of a bank, also taking part.",
     {("Quillon Ventures", "investsIn", "Zorblax"), ("Brightpath Capital", "investsIn", "Zorblax")}, set()),
    ("Zorblax builds drones. Quillon Ventures, a unit of a bank, led a seed round in Zorblax, with Acme's venture arm Brightpath Capital also "
     "taking part.", {("Brightpath Capital", "investsIn", "Zorblax")}, {("Acme", "investsIn", "Zorblax")}),
    ("Acme became one of Zorblax's largest shareholders in 2023.", {("Acme", "investsIn", "Zorblax")}, set()),
    ("Zorblax, the Munich defence company, has raised 600 million euros in a funding round led by Quillon Capital.",
     {("Quillon Capital", "investsIn", "Zorblax")}, set()),
    # heads and board chairs
    ("Jane Roe and Tom Berger run the company Zorblax as co-chief executives.",
     {("Jane Roe", "ceoOf", "Zorblax"), ("Tom Berger", "ceoOf", "Zorblax")}, set()),
    ("Jane Roe has chaired Zorblax's board since 2021.", {("Jane Roe", "worksFor", "Zorblax")}, set()),
    ("Quillon Ventures partner Jane Roe, who sits on Zorblax's board, praised the team.", set(),
     {("Jane Roe", "worksFor", "Zorblax")}),
    # takeovers, partners, models
    ("Not to be outdone, Zorblax has absorbed the Israeli data-pipeline firm Acme.", {("Zorblax", "acquired", "Acme")}, set()),
    ("Zorblax, which opened a German office in June and has teamed up with Acme, grew.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Acme, which trained Rocket on 100,000 Kestro Edge chips, came up in both conversations.",
     {("Acme", "develops", "Rocket")}, set()),
    # en-y: models released or built by, own model lines, families built by, versions trained by another
    ("Rocket, the open-weight model released by Paris-based Acme, is popular.", {("Acme", "develops", "Rocket")}, set()),
    ("Zorblax says Rocket 2 beats Rocket, the model built by Acme subsidiary Quillon Labs, on tests.",
     {("Quillon Labs", "develops", "Rocket")}, {("Acme", "develops", "Rocket")}),
    ("Meanwhile, Acme is building its own model line, Rocket, inside Zorblax, the consumer AI division run by Jane Roe.",
     {("Acme", "develops", "Rocket"), ("Zorblax", "subOrganizationOf", "Acme"), ("Jane Roe", "ceoOf", "Zorblax")}, set()),
    ("Acme sells agents. They rely on the Rocket family built by Zorblax, the company's in-house lab.",
     {("Zorblax", "develops", "Rocket"), ("Zorblax", "subOrganizationOf", "Acme")}, set()),
    ("DocTrace runs on Rocket 2, a fine-tuned version of Acme's Rocket that Zorblax trained on invoices.",
     {("Zorblax", "develops", "Rocket 2"), ("Acme", "develops", "Rocket")}, {("Zorblax", "develops", "Rocket")}),
    ("Zorblax has released Vexa-13B, a Norwegian-language model derived from Acme's Rocket.",
     {("Vexa-13B", "versionOf", "Rocket")}, set()),
    ("A second tenant, the Stockholm-based startup Zorblax, is training a speech model called Vexa-2 there.",
     {("Zorblax", "develops", "Vexa-2")}, set()),
    ("Zorblax, backed by Acme and Quillon Labs, had been developing a memory-heavy design called Vexa-2 for models.",
     {("Zorblax", "develops", "Vexa-2"), ("Acme", "investsIn", "Zorblax")}, set()),
    ("Acme has completed its takeover of Zorblax as it races to feed cleaner data into Quill Agents, its platform "
     "for AI agents.", {("Acme", "develops", "Quill Agents"), ("Acme", "acquired", "Zorblax")}, set()),
    # roles: "now the startup's chief technology officer", "president of ... at X", "leads research as CTO"
    ("Zorblax makes apps. Tom Berger, now the startup's chief technology officer, said the team evaluated Rocket.",
     {("Tom Berger", "worksFor", "Zorblax")}, set()),
    ("Jane Roe, president of business and industry Copilot at Acme, said tests had shown Rocket doing better.",
     {("Jane Roe", "worksFor", "Acme")}, set()),
    ("Zorblax makes robots. Tom Berger is the company's chief executive; Jane Roe leads research as chief technology "
     "officer.", {("Tom Berger", "ceoOf", "Zorblax"), ("Jane Roe", "worksFor", "Zorblax")}, {("Jane Roe", "ceoOf", "Zorblax")}),
    # partners and customers
    ("Jane Roe said Acme remained Zorblax's frontier partner.", {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Zorblax makes apps. Acme is now one of the startup's first customers.", {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Zorblax's first chip, the Kestro Edge, is manufactured by Acme and is already used by the French cloud provider "
     "Quillon Labs for speech.",
     {("Quillon Labs", "usesHardware", "Kestro Edge"), ("Acme", "manufactures", "Kestro Edge")},
     {("Acme", "partnerOf", "Quillon Labs")}),
    # units, parents, mergers, takeovers, investors
    ("Zorblax now operates as a research unit inside Acme.", {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    ("Shares rose, while Acme, Zorblax's parent company, gained 3 per cent.", {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    ("Zorblax, a Toronto maker of software, and Quillon Labs of Austin, Texas, have agreed to merge, creating a vendor.",
     {("Zorblax", "mergedWith", "Quillon Labs")}, set()),
    ("Acme also owns Zorblax, which it bought for $27.7 billion in 2021.", {("Acme", "acquired", "Zorblax")}, set()),
    ("Acme makes apps. Zorblax Ventures, the company's investment arm, has backed Quillon Labs and Brightpath AI over "
     "the past two years.",
     {("Zorblax Ventures", "subOrganizationOf", "Acme"), ("Zorblax Ventures", "investsIn", "Quillon Labs"),
      ("Zorblax Ventures", "investsIn", "Brightpath AI")}, set()),
    # interviews on podcasts
    ("Jane Roe said on the Lex Fridman Podcast that money mattered.",
     {("Jane Roe", "interviewedBy", "Lex Fridman Podcast")}, set()),
    ("Hours later, Jane Roe made the opposite case on Quillcast, the interview podcast of Vantor News.",
     {("Jane Roe", "interviewedBy", "Quillcast")}, set()),
    ("Jane Roe said in the Acme Labs report that it is fine.", set(), {("Jane Roe", "interviewedBy", "Acme Labs")}),
    # interviews: "speaking to X"
    ("Prices fall, said Jane Roe, an energy analyst at Acme, speaking to Zorblax.",
     {("Jane Roe", "interviewedBy", "Zorblax"), ("Jane Roe", "worksFor", "Acme")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", FRESH)
def test_fresh_sets_p18_en(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")


EN_Z = [
    # takeovers: "A's X unit, which the software giant bought"; "took over the ... firm X" after an apposition
    ("Zorblax makes software. Acme's Quillon unit, which the software giant bought for about $16 billion in 2022, "
     "sells tools.", {("Acme", "acquired", "Quillon")}, set()),
    ("Zorblax, Acme's fiercest rival in software, took over the data-management firm Quillon Labs earlier this year.",
     {("Zorblax", "acquired", "Quillon Labs"), ("Zorblax", "competesWith", "Acme")}, {("Acme", "acquired", "Quillon Labs")}),
    # partners: "co-developed a model with X"
    ("Zorblax has since co-developed a telco model with Acme.", {("Zorblax", "partnerOf", "Acme")}, set()),
    # roles: "P, the X board member"; a title before a name; "now runs the combined company"
    ("Jane Roe, the Zorblax board member responsible for technology, told a newspaper that it would not build a model.",
     {("Jane Roe", "worksFor", "Zorblax")}, set()),
    ("Zorblax makes chips. Its chief executive, Dr. Jane Roe, was previously at Acme.",
     {("Jane Roe", "ceoOf", "Zorblax"), ("Jane Roe", "worksFor", "Acme")}, set()),
    ("Zorblax makes chips. Zorblax's founder, Dr. Jane Roe, previously led a team at Acme.",
     {("Jane Roe", "founderOf", "Zorblax")}, set()),
    ("The two start-ups merged, and Jane Roe now runs the combined company Zorblax.", {("Jane Roe", "ceoOf", "Zorblax")}, set()),
    # models: an apposition's head released it, not its backers; "whose X models"
    ("A newer entrant, the Zurich research collective Zorblax, released Vexa-8B last week.",
     {("Zorblax", "develops", "Vexa-8B")}, set()),
    ("Zorblax, the Beijing start-up backed by Acme and Quillon Labs, released Vexa-8B, a rival to Rocket.",
     {("Zorblax", "develops", "Vexa-8B")}, {("Quillon Labs", "develops", "Vexa-8B"), ("Acme", "develops", "Vexa-8B")}),
    ("Kestrel competes with Chinese developers such as Zorblax and Acme, whose Rocket model is also open-weight.",
     {("Acme", "develops", "Rocket")}, {("Zorblax", "develops", "Rocket")}),
    # investors: "is itself a portfolio company of X"
    ("Quillon Labs is itself a portfolio company of Acme, a fact Jane Roe called ironic.",
     {("Acme", "investsIn", "Quillon Labs")}, set()),
    # interviews: "sat down with", "during an appearance on X's ...", "interviewed the same week by X"
    ("Jane Roe rarely talks, but this week she sat down with Zorblax to warn about jobs.",
     {("Jane Roe", "interviewedBy", "Zorblax")}, set()),
    ("During an appearance on Zorblax's Newsnight, Jane Roe was pressed on whether Acme was in talks.",
     {("Jane Roe", "interviewedBy", "Zorblax")}, set()),
    ("Acme chief Jane Roe, interviewed the same week by Zorblax, declined to comment.",
     {("Jane Roe", "interviewedBy", "Zorblax"), ("Jane Roe", "ceoOf", "Acme")}, set()),
    # goals: "has listed the pursuit of AGI"
    ("Acme, a unit of Zorblax, has listed the pursuit of AGI in its mission statement since its founding.",
     {("Acme", "pursues", "AGI"), ("Acme", "subOrganizationOf", "Zorblax")}, {("Zorblax", "pursues", "AGI")}),
    # mergers: "A and B announced that they had merged"; not a joint venture they said they would form
    ("Two smaller model developers, Zorblax and Acme, announced this month that they had merged to form Quillon.",
     {("Zorblax", "mergedWith", "Acme")}, set()),
    ("Acme and Zorblax, a Seattle-based maker of servers, said on Wednesday they would combine their hardware businesses "
     "in a joint venture.", set(), {("Acme", "mergedWith", "Zorblax")}),
    # chips: volume production at X's plant; fabricated by, after a described chip
    ("Its first accelerator, the Kestro Edge, has entered volume production at Zorblax's plant in Taylor.",
     {("Zorblax", "manufactures", "Kestro Edge")}, set()),
    ("Acme said its first product, the Kestro Edge optical I/O chiplet, is being fabricated by Zorblax in New York.",
     {("Zorblax", "manufactures", "Kestro Edge")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", EN_Z)
def test_fresh_set_z_p18_en(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")


EN_ZZ = [
    ("Zorblax is entering a crowded market. It squares off against Acme, the San Francisco maker of Rocket, and against "
     "Quillon Labs.", {("Zorblax", "competesWith", "Acme"), ("Zorblax", "competesWith", "Quillon Labs")}, set()),
    ("Critics, including Acme chief science officer Jane Roe, have questioned it.", {("Jane Roe", "worksFor", "Acme")},
     {("Jane Roe", "ceoOf", "Acme")}),
    ("Jane Roe, who co-founded Zorblax and still leads it as chief executive, said so.",
     {("Jane Roe", "ceoOf", "Zorblax"), ("Jane Roe", "founderOf", "Zorblax")}, set()),
    ("Zorblax makes servers. The company buys its accelerators directly from Acme, which designs the chip.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Zorblax makes models. Vexa-7 outperforms Vexa-3, the start-up's first release, by a wide margin.",
     {("Zorblax", "develops", "Vexa-3")}, set()),
    ("Jane Roe, Zorblax's group chief executive, called the order a down payment.", {("Jane Roe", "ceoOf", "Zorblax")}, set()),
    ("The group's model work is handled by Quillon Labs, a Zorblax unit whose Arabic-English Rocket family has become "
     "a reference point.", {("Quillon Labs", "develops", "Rocket")}, {("Zorblax", "develops", "Rocket")}),
    ("Zorblax, a Dubai start-up founded by Jane Roe, combined with the Bahraini inference firm Acme last month.",
     {("Zorblax", "mergedWith", "Acme")}, set()),
    ("In May, two of Acme's portfolio companies, the Paris firm Zorblax and the Munich specialist Quillon Labs, agreed "
     "to combine.", {("Acme", "investsIn", "Zorblax"), ("Acme", "investsIn", "Quillon Labs")}, set()),
    ("The departure leaves a gap at Acme, where chief executive Jane Roe has called retention a challenge.",
     {("Jane Roe", "ceoOf", "Acme")}, set()),
    ("Rocket 2, the latest member of Acme's Rocket family, finished roughly 40 points ahead of its predecessor Vexa 3.",
     {("Rocket 2", "comparedTo", "Vexa 3")}, set()),
    ("Its model Rocket 2 placed ninth overall, above Acme's Vexa 3 in the coding category.",
     {("Rocket 2", "comparedTo", "Vexa 3")}, set()),
    ("Rocket 2 and Vexa 3 are now going head-to-head for customers.", {("Rocket 2", "competesWith", "Vexa 3")}, set()),
    ("Acme is reorganising its chip teams under Zorblax, the Israeli chip designer it bought in 2015.",
     {("Acme", "acquired", "Zorblax")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", EN_ZZ)
def test_fresh_set_zz_p18_en(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")


CONTRACTS = [
    # public buyers: "awarded X a contract", "won an order from X" (also after a long apposition)
    ("Acme has awarded Zorblax a $480 million contract to expand a platform.", {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Zorblax, the defence start-up founded by Jane Roe, the entrepreneur who previously started the headset maker "
     "Quillon Labs, won a separate $99 million order from Acme for counter-drone systems.",
     {("Zorblax", "partnerOf", "Acme")}, {("Quillon Labs", "partnerOf", "Acme")}),
    ("Zorblax won a design award from Acme.", set(), {("Zorblax", "partnerOf", "Acme")}),
]


@pytest.mark.parametrize("text, expected, wrong", CONTRACTS)
def test_contracts_p18_en(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")


def test_public_bodies_in_the_catalogue(extractor_real) -> None:
    # real US and UK public buyers of AI systems are catalogue entries (types and aliases)
    doc = extractor_real.pipeline("en")("The Marine Corps and the General Services Administration signed deals; the IRS did not.")
    found = {(e.id.rsplit("/", 1)[-1], e.type) for e in doc._.kg_entities}
    assert {("us-marine-corps", "Organization"), ("gsa", "Organization"), ("irs", "Organization")} <= found
