"""English rules of the p27d round (fresh set en-az, 2026-11-29): reasoning variants named after a version
("Quill 2 Think", "Quill 3 Reason", "Quill 2 Deep Think", "Quill Reasoner"); executives who join or become CFO after
a clause on them; former employers ("who both worked on X's team", "and a former vice president at X"); investors
of a round "alongside A and B", "backed … as well as by A and by B", "which is also a major investor in X"; the
hardware of clouds and operators ("that has bought thousands of Y GPUs", "which runs clusters of Y chips", "will
install X's Y cards", "provide Y capacity to X") and of the passage's company's training; partners ("deploy
accelerators from X", "Under distribution deals with A and B, Y …", "a supplier to X", "an agreement that X signed
with A", "a trial with A", "which supply most of X's equipment", "also counts A among its customers" after an
apposition); rivals "Rival labs such as A and B", "competes with neoclouds such as A", "hired … from a rival: P, who
was CFO at X", "has been seen as a potential rival to X", "from A and … from B, two of its biggest rivals"; units
"the e-commerce and gaming group X", "a new X unit called Y", "the search giant's own lab, Y"; a goal "says its sole
purpose is solving X"; a head "who serves as the lab's chief executive"; a founder "start X with fellow Y researcher
P"; a foundry "The Q7, which X designed …, will be manufactured by Y"; "the carrier" refers back; goals "whose charter
commits it to releasing fully open models", "its commitment to open-weight AI"; rivals announced by a sentence that
names nobody ("Regional rivals are moving too."); investors "including Norway's A and Chile's B"; a model
"published …, along with a small open model called Y"; no rivalry of the owner named before "its own lab, Y,". Every name is invented; "Acme", "Zorblax", "Jane Roe", "Rocket" and "Kestro Edge" are in the test
catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text, ents

CASES = [
    # a reasoning variant after a version: a model of its own, a version of the family, compared in its own name
    ("Acme on Wednesday released Quill 2, a family of open models. The family includes a reasoning variant, Quill 2 "
     "Think, which works step by step. In internal tests, Quill 2 Think matched Zorblax's Rocket 2 on a benchmark.",
     {("Quill 2 Think", "versionOf", "Quill 2"), ("Quill 2 Think", "comparedTo", "Rocket 2"),
      ("Acme", "develops", "Quill 2 Think")},
     {("Quill 2", "comparedTo", "Rocket 2")}),
    ("Acme unveiled Quill 3, which includes a reasoning variant called Quill 3 Reason. Quill 3 Reason scored 71 "
     "percent, slightly ahead of Rocket 2.",
     {("Quill 3 Reason", "versionOf", "Quill 3"), ("Quill 3 Reason", "comparedTo", "Rocket 2")},
     {("Quill 3", "comparedTo", "Rocket 2")}),
    ("Acme released a reasoning version of its Quill 2 model. The new model, Quill 2 Deep Think, is built on the "
     "Quill 2 family.", {("Quill 2 Deep Think", "versionOf", "Quill 2"), ("Acme", "develops", "Quill 2 Deep Think")},
     set()),
    ("Acme is preparing to train Quill 2, the successor to its Quill model family, which includes a reasoning "
     "variant, Quill Reasoner, that chemists use.", {("Quill Reasoner", "versionOf", "Quill")}, set()),
    # executives: "P, who … at Y, joins X as CFO"; "P, who was CFO at Y, will take up the same role at X"; after a
    # clause on P, with no company: "…, becomes CFO", "…, joins as chief technology officer", "…, takes over as CTO"
    ("Acme has hired two executives. Jane Roe, who spent four years in Zorblax's finance team and most recently ran "
     "its investor relations, joins Acme as CFO, the company said on Thursday.",
     {("Jane Roe", "worksFor", "Acme"), ("Jane Roe", "worksFor", "Zorblax")}, set()),
    ("Acme has also hired a new finance chief from a rival: Siri Dahl, who was chief financial officer at Zorblax "
     "until last month, will take up the same role at Acme in January.",
     {("Siri Dahl", "worksFor", "Acme"), ("Siri Dahl", "worksFor", "Zorblax")}, set()),
    ("Acme also named two senior executives. Eva Rusk, previously vice president of finance at Zorblax, becomes "
     "chief financial officer, while Per Holm, who spent eleven years designing data center processors at Tarn Labs, "
     "joins as chief technology officer.",
     {("Per Holm", "worksFor", "Acme"), ("Per Holm", "worksFor", "Tarn Labs"), ("Eva Rusk", "worksFor", "Acme")},
     {("Per Holm", "worksFor", "Zorblax")}),
    ("Acme raised money last year. Ben Arko, who oversaw Zorblax's finances for three years, becomes CFO, while Clara "
     "Benz, one of the engineers behind Tarn Labs' Rocket models, takes over as CTO.",
     {("Ben Arko", "worksFor", "Acme"), ("Clara Benz", "worksFor", "Acme"), ("Ben Arko", "worksFor", "Zorblax"),
      ("Clara Benz", "worksFor", "Tarn Labs")}, {("Ben Arko", "worksFor", "Tarn Labs")}),
    # a subject of "is chief scientist" after a clause is the person opening it, not one named inside it
    ("Acme was founded by Pat Rolo. Rolo started the company in 2023 with Mei Soto, who remains its chief scientist.",
     set(), {("Pat Rolo", "worksFor", "Acme")}),
    ("Acme grew fast. Jon Vik, a veteran of Zorblax where he led work on training infrastructure, becomes chief "
     "technology officer.", {("Jon Vik", "worksFor", "Acme")}, set()),
    # former employers: "A and B, who both worked on X's Z team"; "P, X's chief executive and a former vice
    # president at Y"
    ("Acme was started in 2023 by Jane Roe and Tor Mikk, who both worked on Zorblax's interpretability team before "
     "leaving.", {("Jane Roe", "worksFor", "Zorblax"), ("Tor Mikk", "worksFor", "Zorblax")}, set()),
    ("\"We sell chips,\" said Nina Sorel, Acme's chief executive and a former vice president at Zorblax.",
     {("Nina Sorel", "worksFor", "Zorblax"), ("Nina Sorel", "ceoOf", "Acme")}, {("Nina Sorel", "ceoOf", "Zorblax")}),
    ("\"We sell chips,\" said Nina Sorel, Acme's chief executive and a former partner of Zorblax.", set(),
     {("Nina Sorel", "worksFor", "Zorblax")}),
    # investors: co-investors of a stake bought in a round; "backed by A, …, as well as by the venture firm B and
    # by C"; "A, which is also a major investor in X"
    ("Zorblax also owns a minority stake in Acme, which it bought in last year's Series B round alongside Vexa "
     "Ventures and the Dutch telecom group Tarn Labs.",
     {("Vexa Ventures", "investsIn", "Acme"), ("Tarn Labs", "investsIn", "Acme"), ("Zorblax", "investsIn", "Acme")},
     set()),
    ("Acme is backed by Civic Trust Fund, a grant-making foundation, as well as by the venture firm Vexa Capital and by "
     "Zorblax.", {("Civic Trust Fund", "investsIn", "Acme"), ("Vexa Capital", "investsIn", "Acme"),
                  ("Zorblax", "investsIn", "Acme")}, set()),
    ("Zorblax, which is also a major investor in Acme, did not take part in the round.",
     {("Zorblax", "investsIn", "Acme")}, set()),
    ("Zorblax, which is also a major rival of Acme, did not take part in the round.", set(),
     {("Zorblax", "investsIn", "Acme")}),
    # hardware: "X, a cloud provider that has bought thousands of Y GPUs"; "X, which runs clusters of Y chips"
    # (not its maker); "X will install A's Y cards"; "a contract to provide Y capacity to X" (both use it)
    ("Acme trains on capacity rented from Vexa Netz, a domestic cloud provider that has bought thousands of "
     "Kestro Edge GPUs with the help of subsidies.", {("Vexa Netz", "usesHardware", "Kestro Edge")}, set()),
    ("Both labs rent computing capacity from the German neocloud Vexa Cloud, which runs clusters of Kestro Edge "
     "chips in Leipzig.", {("Vexa Cloud", "usesHardware", "Kestro Edge")},
     {("Vexa Cloud", "develops", "Kestro Edge")}),
    ("Under the agreement, Zorblax will install Acme's Kestro Edge inference cards at 200 radio sites.",
     {("Zorblax", "usesHardware", "Kestro Edge"), ("Acme", "develops", "Kestro Edge")},
     {("Acme", "usesHardware", "Kestro Edge")}),
    ("Tarn Cloud has won a contract to provide Kestro Edge capacity to Zorblax, a safety-focused lab, the companies "
     "said.", {("Tarn Cloud", "usesHardware", "Kestro Edge"), ("Zorblax", "usesHardware", "Kestro Edge"),
               ("Tarn Cloud", "partnerOf", "Zorblax")}, set()),
    # the passage's company's training: "Training will run on A's Y machines under a partnership"; "Training runs
    # take place on Y servers rented from A"
    ("Acme raised money from investors. Training will run on Zorblax's Kestro Edge machines under a partnership "
     "announced alongside the hires.", {("Acme", "usesHardware", "Kestro Edge"), ("Acme", "partnerOf", "Zorblax")},
     {("Acme", "develops", "Kestro Edge")}),
    ("Acme raised money from investors. Training runs take place on Kestro Edge servers rented from Vexa Cloud Works, "
     "the cloud unit of Zorblax.", {("Acme", "partnerOf", "Vexa Cloud Works"), ("Acme", "usesHardware", "Kestro Edge")},
     {("Acme", "partnerOf", "Zorblax")}),
    # partners: "agreed to deploy accelerators from the chip start-up X"; "Under distribution deals with A and B, Y
    # will be available" (Y's maker); "X, which is also a supplier to A"; "a cloud agreement that X signed with A";
    # "announced a similar trial with A"; "A and B, which supply most of X's radio equipment"
    ("Tarn Telecom has agreed to deploy inference accelerators from U.S. chip start-up Vexa Silicon across its "
     "network.", {("Tarn Telecom", "partnerOf", "Vexa Silicon")}, set()),
    ("Acme released Quill 3. Under distribution deals with Zorblax and Tarn Cloud, Quill 3 will also be available "
     "through their clouds.", {("Acme", "partnerOf", "Zorblax"), ("Acme", "partnerOf", "Tarn Cloud")}, set()),
    ("Acme released Quill 3. Under distribution deals with Zorblax and Tarn Cloud, the company will sell more.",
     set(), {("Acme", "partnerOf", "Tarn Cloud")}),
    ("Zorblax, which is also a supplier to Vexa Labs in Oslo, did not say how many systems it sold.",
     {("Zorblax", "partnerOf", "Vexa Labs")}, set()),
    ("Acme's first task will be to move its work onto new chips, under a cloud agreement that Acme signed with Tarn "
     "Cloud in January.", {("Acme", "partnerOf", "Tarn Cloud")}, set()),
    ("Zorblax has pitched its systems for the purpose and last year announced a similar trial with Tarn Corp. in "
     "Peru.", {("Zorblax", "partnerOf", "Tarn Corp.")}, set()),
    ("Tarn Telecom and Vexa Networks, which supply most of Acme's radio equipment, did not comment.",
     {("Tarn Telecom", "partnerOf", "Acme"), ("Vexa Networks", "partnerOf", "Acme")}, set()),
    # rivals: "Rival science-focused labs such as A and B have …" (the passage's company's); "competes with larger
    # neoclouds such as A"
    ("Acme raised money. Rival science-focused labs such as Vexa Labs and Tarn Biotech have also raised large sums "
     "this year.", {("Acme", "competesWith", "Vexa Labs"), ("Acme", "competesWith", "Tarn Biotech")}, set()),
    ("Acme raised money. Partner labs such as Vexa Labs and Tarn Biotech have also raised large sums this year.",
     set(), {("Acme", "competesWith", "Vexa Labs")}),
    ("Acme competes with larger neoclouds such as Vexa Cloud and with Zorblax, whose cloud arm is also building "
     "capacity.", {("Acme", "competesWith", "Vexa Cloud"), ("Acme", "competesWith", "Zorblax")}, set()),
    # a unit "X, the research arm of e-commerce and gaming group Y"
    ("Vexa Lab, the research arm of e-commerce and gaming group Zorblax, said it would publish.",
     {("Vexa Lab", "subOrganizationOf", "Zorblax")}, set()),
    ("Acme's backers include Vexa Ventures, the venture arm of the state-owned Polish Growth Bank, and Zorblax.",
     set(), {("Vexa Ventures", "subOrganizationOf", "Zorblax")}),
    # a programme's models "X, which is training a family of Southeast European language models called Y" (the
    # family's words, `en.dev.appos-is-training-called` in place)
    ("Its customers include the government-backed programme Vexa Institute, which is training a family of Southeast "
     "European language models called Quillon.", {("Vexa Institute", "develops", "Quillon")}, set()),
    # a goal "X, the start-up that says its sole purpose is solving Y"
    ("Acme, the start-up that says its sole purpose is solving AGI, has hired a CFO.", {("Acme", "pursues", "AGI")},
     set()),
    # a founder "start X with fellow Y researcher P" (`en.found.with` in place: a company's name before the person)
    ("Kaito Rinn, who left Zorblax in 2021 to start Acme with fellow Zorblax researcher Lia Varo, said the company was "
     "hungry.", {("Lia Varo", "founderOf", "Acme")}, {("Lia Varo", "founderOf", "Zorblax")}),
    # "The carrier will install X's Y chips" (the carrier named before)
    ("Acme builds chips. The Danish carrier Tarn Telecom signed a deal. The carrier will install Acme's Kestro "
     "Edge chips in 40 data centers.", {("Tarn Telecom", "usesHardware", "Kestro Edge")},
     {("Acme", "usesHardware", "Kestro Edge")}),
    # customers "The company, founded in 2021 by A and B, also counts X and Y among its customers"
    ("Acme sells chips. The company, founded in 2021 by Ola Brenn and former crypto miner Ivo Tass, also counts "
     "Zorblax and the French start-up Tarn Labs among its customers.",
     {("Acme", "partnerOf", "Zorblax"), ("Acme", "partnerOf", "Tarn Labs")}, set()),
    # a head "P, who serves as the lab's chief executive"
    ("Acme was founded last year. Tomas Vell, who serves as the lab's chief executive, said the compute would be "
     "used.", {("Tomas Vell", "ceoOf", "Acme")}, set()),
    # units "a new X unit called Y"; "the search giant's own lab, Y," (X's own lab)
    ("Acme's open-source work will continue inside a new Zorblax unit called Tarn Commons, which will remain free.",
     {("Tarn Commons", "subOrganizationOf", "Zorblax")}, {("Tarn Commons", "subOrganizationOf", "Acme")}),
    ("Zorblax's participation has raised eyebrows because the search giant's own lab, Tarn Research, competes directly "
     "with Acme for researchers.", {("Tarn Research", "subOrganizationOf", "Zorblax")}, set()),
    # rivals "hired a new finance chief from a rival: P, who was CFO at X"; "X, which …, has been seen as a
    # potential rival to Y"; "hired a CFO from A and a CTO from B, two of its biggest rivals"
    ("The company Acme has also hired a new finance chief from a rival: Siri Dahl, who was chief financial officer "
     "at Zorblax until last month, will take up the same role at Acme in January.",
     {("Acme", "competesWith", "Zorblax")}, set()),
    ("Acme has also hired a new finance chief from a partner: Siri Dahl, who was chief financial officer at Zorblax "
     "until last month, will take up the same role at Acme in January.", set(),
     {("Acme", "competesWith", "Zorblax")}),
    ("Tarn Mobile is a subsidiary of Vexa Telecom, which is developing its own language model, Quillon, and has "
     "been seen as a potential rival to Acme.", {("Vexa Telecom", "competesWith", "Acme")},
     {("Tarn Mobile", "competesWith", "Acme")}),
    ("Acme, the start-up that says its sole purpose is solving AGI, has hired a chief financial officer from "
     "Zorblax and a chief technology officer from Tarn Labs, two of its biggest rivals, in a sign that it is "
     "growing.", {("Acme", "competesWith", "Zorblax"), ("Acme", "competesWith", "Tarn Labs")}, set()),
    ("Acme has hired a chief financial officer from Zorblax and a chief technology officer from Tarn Labs, two of "
     "its biggest customers.", set(), {("Acme", "competesWith", "Zorblax")}),
    # a chip's foundry "The Q7, which X designed for …, will be manufactured by Y" (the chip named last)
    ("Acme will install Zorblax's Kestro Edge chips. The Q7, which Zorblax designed for running rather than "
     "training large models, will be manufactured by Vexa Foundry on its 3-nanometer process.",
     {("Vexa Foundry", "manufactures", "Kestro Edge")}, set()),
    # goals of open labs: "commits it to releasing fully open models" (also after "merge with"), "what the company
    # calls its commitment to open-weight AI"
    ("Acme will merge with Zorblax, a Lisbon non-profit whose charter commits it to releasing fully open models, the "
     "two organisations said on Wednesday.", {("Zorblax", "pursues", "open models")},
     {("Acme", "pursues", "open models")}),
    ("Acme released two models. Both are released under a permissive license, in keeping with what the company calls "
     "its commitment to open-weight AI.", {("Acme", "pursues", "open-weight AI")}, {("Acme", "pursues", "Open Weights")}),
    # rivals announced by a sentence that names nobody ("Regional rivals are moving too. A and B unveiled …")
    ("Acme makes a chatbot for Peruvian users. Regional rivals are moving too. Chile's Zorblax and telecom "
     "operator Tarn Telecom unveiled Quillon, a family of models, last year.",
     {("Acme", "competesWith", "Zorblax"), ("Acme", "competesWith", "Tarn Telecom")}, set()),
    ("Acme makes a chatbot for Peruvian users. Regional partners are moving too. Chile's Zorblax unveiled "
     "Quillon, a family of models, last year.", set(), {("Acme", "competesWith", "Zorblax")}),
    # investors after a place's possessive "from investors including Norway's A and Chile's B"
    ("Acme founded a lab in Porto. The Porto-based company now employs 85 people and has raised $28 million from "
     "investors including Norway's Vexa Ventures and Chile's Tarn Capital.",
     {("Vexa Ventures", "investsIn", "Acme"), ("Tarn Capital", "investsIn", "Acme")}, set()),
    ("Acme founded a lab in Porto. The Porto-based company has raised $28 million from investors including Chile's "
     "biggest bank and Jane Roe.", set(), {("Jane Roe", "investsIn", "Acme")}),
    # a model published beside other work "X has so far published mostly research on Z, along with a small open
    # model called Y"
    ("Acme has so far published mostly research on interpretability, along with a small open model called Quillon "
     "that it says is meant for academic red-teaming.", {("Acme", "develops", "Quillon")}, set()),
    ("Acme has so far published mostly research, along with Zorblax, which released a small open model called "
     "Quillon.", set(), {("Acme", "develops", "Quillon")}),
    # the owner of a lab named before its apposition does not compete with what the lab competes with
    # (`en.comp.verb-gap` in place: no organisation in its gap)
    ("Zorblax's participation has raised eyebrows because the search giant's own lab, Tarn Research, competes directly "
     "with Acme for researchers.", {("Tarn Research", "competesWith", "Acme")}, {("Zorblax", "competesWith", "Acme")}),
]


@pytest.mark.parametrize("text, expected, wrong", CASES)
def test_p27d_english_rules(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")


@pytest.mark.parametrize("text, name, type_, present", [
    # a reasoning variant word belongs to the model's name after a version
    ("Acme released Quill 2 Think on Monday.", "Quill 2 Think", "AIModel", True),
    ("Acme released Quill 2 Deep Think on Monday.", "Quill 2 Deep Think", "AIModel", True),
])
def test_p27d_names(nlp_en, text, name, type_, present) -> None:
    assert ((name, type_) in ents(nlp_en, text)) is present
