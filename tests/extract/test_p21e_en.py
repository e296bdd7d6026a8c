"""English relations and names found missing on the fresh training set en-ai (p21e round,
2026-11-29: AI-industry news on self-driving cars, drones, robots and frontier labs). Every name in
the relation cases is invented; "Acme", "Zorblax", "Jane Roe", "Rocket", "Rocket 2" and "Kestro Edge"
are in the test catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text, ents

CASES = [
    # a pair called rivals after a verb with words between, after a relative clause, in an apposition
    ("Acme and Zorblax are the two fiercest rivals in the field.", {("Acme", "competesWith", "Zorblax")}, set()),
    ("Acme and Zorblax remain the two most closely watched rivals in the market, and both grow.",
     {("Acme", "competesWith", "Zorblax")}, set()),
    ("Acme and Zorblax, which also holds a stake in Quill Labs, are themselves rivals in cloud services.",
     {("Acme", "competesWith", "Zorblax")}, set()),
    ("Acme and Zorblax, long-standing rivals in ride-hailing, are both courting robot makers.",
     {("Acme", "competesWith", "Zorblax")}, set()),
    # not two rivals of a third named before them, nor rivals "of" or "to" another
    ("Quill Labs will go up against Acme and Zorblax, two heavily funded rivals that also sell to banks.",
     {("Quill Labs", "competesWith", "Acme")}, {("Acme", "competesWith", "Zorblax")}),
    ("Acme and Zorblax are the two biggest rivals of Quill Labs.", set(), {("Acme", "competesWith", "Zorblax")}),
    # a pair called the challengers "to" a third: each competes with the third
    ("Acme and Zorblax are frequently described as the two main challengers to Quill Labs.",
     {("Acme", "competesWith", "Quill Labs"), ("Zorblax", "competesWith", "Quill Labs")}, set()),
    ("Acme and Zorblax are the two main suppliers to Quill Labs.", set(),
     {("Acme", "competesWith", "Quill Labs"), ("Zorblax", "competesWith", "Quill Labs")}),
    # a chip in apposition with a clause naming who brought it out, one "from" a company, a flagship "of" one
    ("Each Quill truck runs on two Kestro Edge computers, the system-on-chip that Acme began shipping last year.",
     {("Acme", "develops", "Kestro Edge")}, set()),
    ("Zorblax runs its models on Kestro Edge, a compact computer Acme introduced for robots.",
     {("Acme", "develops", "Kestro Edge")}, set()),
    ("Zorblax's drones will use the Kestro Edge, a vision chip from the California company Acme, for mapping.",
     {("Acme", "develops", "Kestro Edge")}, set()),
    ("Zorblax buys the Kestro Edge chip from Acme for its cars.",
     {("Acme", "develops", "Kestro Edge"), ("Zorblax", "partnerOf", "Acme")}, set()),
    ("Its new model scores within two points of Rocket 2, the flagship of Acme, on coding tasks.",
     {("Acme", "develops", "Rocket 2")}, set()),
    # not when a possessive names the owner before it ("Zorblax's Kestro Edge, a chip the company designed")
    ("Acme sells servers. Zorblax's Kestro Edge, a chip the company designed for China, is hard to buy.",
     set(), {("Acme", "develops", "Kestro Edge")}),
    # a subsidiary's brand apposition; "owned by X parent Y" names the owner Y
    ("Quill Motors, Acme's sports-car brand, will be first.", {("Quill Motors", "subOrganizationOf", "Acme")},
     set()),
    ("It competes with Quill Air, the delivery company owned by Zorblax parent Acme.",
     {("Quill Air", "subOrganizationOf", "Acme")}, {("Quill Air", "subOrganizationOf", "Zorblax")}),
    # a person leaving "the X subsidiary": the company named before belongs to X, the person works for it
    ("Zorblax's head of hardware, Jane Roe, is leaving the Acme subsidiary after nine years to run Quill Labs.",
     {("Zorblax", "subOrganizationOf", "Acme"), ("Jane Roe", "worksFor", "Zorblax")},
     {("Jane Roe", "worksFor", "Acme")}),
    # a joint venture formed by a pair: the pair are partners
    ("Quill Drive, the self-driving joint venture formed in 2020 by Acme and Zorblax, is getting a new structure.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    # founders: "led by co-founder P", "one of its founders" after a title, "since founding it", "after founder P"
    ("Zorblax, led by co-founder Jane Roe, has announced plans to expand.",
     {("Jane Roe", "founderOf", "Zorblax"), ("Jane Roe", "ceoOf", "Zorblax")}, set()),
    ("Jane Roe, Acme's chief executive and one of its three founders, said the model matched the best.",
     {("Jane Roe", "founderOf", "Acme"), ("Jane Roe", "ceoOf", "Acme")}, set()),
    ("Zorblax makes robots. Jane Roe, who has run Zorblax since founding it in 2020, will lead the merged business.",
     {("Jane Roe", "founderOf", "Zorblax")}, set()),
    ("Quill Sand, who took over as Acme's chief executive after founder Jane Roe stepped down, spoke.",
     {("Jane Roe", "founderOf", "Acme")}, {("Quill Sand", "founderOf", "Acme")}),
    # a person who will lead a company after an apposition
    ("Jane Roe, Zorblax's chief executive, will lead Acme, while Quill Labs founder Max Sand becomes its engineer.",
     {("Jane Roe", "ceoOf", "Acme"), ("Jane Roe", "ceoOf", "Zorblax")}, set()),
    # a shareholder to be: "will become X's largest outside shareholder"
    ("Quill Capital, which held a stake in Zorblax, will become Acme's largest outside shareholder.",
     {("Quill Capital", "investsIn", "Acme")}, set()),
    # a former employer after "after N years on the ... team at X"
    ("Jane Roe, who co-founded Zorblax in 2021 after four years on the planning team at Acme, spoke.",
     {("Jane Roe", "worksFor", "Acme"), ("Jane Roe", "founderOf", "Zorblax")}, {("Jane Roe", "founderOf", "Acme")}),
    # "it" after "said that", past a modal: the subject of its clause
    ("Zorblax, a Boston maker of robots, said on Thursday that it would merge with Quill Labs, a start-up.",
     {("Zorblax", "mergedWith", "Quill Labs")}, set()),
    # models locked in a race, compared "with those of", "on a par with"
    ("Rocket and Rocket 2 have been locked in a close race for enterprise customers.",
     {("Rocket", "competesWith", "Rocket 2")}, set()),
    ("The report covers Rocket 2, the largest model of the series, and compares its error rates with those of "
     "Rocket.", {("Rocket 2", "comparedTo", "Rocket")}, set()),
    ("In tests, Rocket 2 performed on a par with the largest version of Rocket.", {("Rocket 2", "comparedTo", "Rocket")},
     set()),
    # a model named in an apposition of "the system" after the sentence naming its developer; not when a
    # maker is named in its own sentence
    ("Acme released its second model on Wednesday. The system, called Rocket 2, is the newest of the family.",
     {("Acme", "develops", "Rocket 2")}, set()),
    ("Acme released a report. The model, called Rocket 2, was built by Zorblax.",
     {("Zorblax", "develops", "Rocket 2")}, {("Acme", "develops", "Rocket 2")}),
    # "the chips themselves are fabricated by Z"
    ("Zorblax designs the Kestro Edge. The chips themselves are fabricated by Acme in Taiwan.",
     {("Acme", "manufactures", "Kestro Edge")}, {("Zorblax", "manufactures", "Kestro Edge")}),
    # a person who will remain at a company in a role
    ("Jane Roe sold Zorblax to Acme. Roe will remain at Zorblax as chief technology officer.",
     {("Jane Roe", "worksFor", "Zorblax")}, {("Jane Roe", "worksFor", "Acme")}),
    # a strategy that "would centre on" a goal of robotics and mobility news (tentative concepts)
    ("Zorblax makes drones. Zorblax's strategy would centre on precision agriculture, spraying fields.",
     {("Zorblax", "pursues", "precision agriculture")}, set()),
    ("Zorblax's business rests on robotaxis.", {("Zorblax", "pursues", "robotaxis")}, set()),
    # a goal named between a rival noun and its copula does not hide the rival
    ("Acme's main rival in robotaxis is Zorblax, which has promised a service.",
     {("Acme", "competesWith", "Zorblax")}, set()),
    # not a goal named elsewhere in the sentence ("humanoid robots" after another verb)
    ("Zorblax's strategy would centre on Europe, while Acme runs robotaxis.",
     set(), {("Zorblax", "pursues", "robotaxis")}),
    # work of the passage's company carried out together with another organisation; not work done by it
    ("Acme published a report. The evaluations were carried out together with the Quill Institute, a non-profit.",
     {("Acme", "partnerOf", "Quill Institute")}, set()),
    ("Acme published a report. The evaluations were carried out by the Quill Institute.",
     set(), {("Acme", "partnerOf", "Quill Institute")}),
    # a company's own unit named so in the same sentence is no partner of it; "business customers" are no unit
    ("Acme also works with Zorblax, its own autonomy subsidiary, on trucks.",
     {("Zorblax", "subOrganizationOf", "Acme")}, {("Acme", "partnerOf", "Zorblax"), ("Zorblax", "partnerOf", "Acme")}),
    ("Zorblax is one of Acme's larger business customers.", {("Zorblax", "partnerOf", "Acme")},
     {("Zorblax", "subOrganizationOf", "Acme")}),
    # not a model named before another clause ("Rocket beat X on A and was on a par with Y on B")
    ("In tests, Kiwi-7B outperformed Rocket on translation and was on a par with Rocket 2 on questions.",
     set(), {("Rocket", "comparedTo", "Rocket 2")}),
]


@pytest.mark.parametrize("text, expected, wrong", CASES)
def test_relations_p21e_en(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")


@pytest.mark.parametrize("text", ["Earlier reports that Zorblax would switch vendors were denied.",
                                  "Later reports said Acme would stay."])
def test_a_sentence_opening_adverb_is_no_name(nlp_en, text) -> None:
    assert not {label for label, _ in ents(nlp_en, text) if label.startswith(("Earlier", "Later"))}


@pytest.mark.parametrize("text, name", [
    # "X's flagship aircraft, the X S4,", "X's vehicle, the X Pilot,": a product in apposition
    ("Quill Robotics builds drones. Quill's flagship aircraft, the Quill S4, carries parcels.", "Quill S4"),
    ("Quill Drive builds shuttles. Quill's vehicle, the Quill Pilot, is a six-seat pod.", "Quill Pilot"),
])
def test_a_mobility_thing_in_apposition_is_a_product(nlp_en, text, name) -> None:
    assert (name, "Product") in ents(nlp_en, text)


def test_a_sector_head_makes_a_short_form(extractor) -> None:
    # "Norvane Agritech" is named "Norvane" later (agritech is a company's head word)
    check_text(extractor, "Acme and Quill Labs will merge. The combined group, to be called Norvane Agritech, will "
               "be based in Milan. Jane Roe, Zorblax's chief executive, will lead Norvane.",
               {("Jane Roe", "ceoOf", "Norvane Agritech")}, set(), "en")


def test_a_web_name_is_named_by_its_stem(extractor) -> None:
    # "Quillo.ai" is named "Quillo" later
    check_text(extractor, "Quillo.ai, a robotaxi start-up, grew. Acme put $400 million into Quillo in 2020.",
               {("Acme", "investsIn", "Quillo.ai")}, set(), "en")
