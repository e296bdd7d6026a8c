"""English rules of the p26f round (fresh set en-ay, 2026-11-29): a round "co-led by the X" and a second
backer "and by"; backers in apposition before "are also taking part"; "X, Y's venture fund, is leading the
round"; "X, Y's arm, is investing … in Z" and "is putting … into"; "one of X's largest shareholders,
alongside Y"; "funding … came from"; "X, a long-standing customer,"; "has been a partner of"; "have signed up
as first customers"; "will be sold through"; "signed a contract" without "with"; "has been using the model";
"which X buys from Y"; "A partnership with X, announced …"; "equip its vehicles with the Z processor from
the chip start-up X"; "P has been chief executive since"; "P, …, who still leads the company"; "P is in
charge of"; "who previously designed … at", "who until last month ran … at"; "after leading a group at";
"Z, a model that the company trained"; "developed in-house"; "is in development, X said"; "that Y
produces"; "Z, published … by X"; "Competition is fierce: rivals A and B"; "now its chief technology
officer"; "Its board member P"; "A, …, and B said they would merge"; "the owner of the Y chain"; "replacing
the Z modules it uses"; "The pendant is built around Y's Z chip"; "is a distilled version of"; GPUs "that Y
provided"; "who will both join X". Names: a company apposition with a
relative clause after a first name ("X Haulage, the Ohio start-up that runs …"), its short form; "a robotaxi
operator"; "a low-power AI chip"; "Seo-yeon Kim"; "the X Foundation on Monday"; the short form of "Lyon-based
X Optics"; "the collective". Every name is invented; "Acme", "Zorblax", "Jane Roe", "Rocket",
"Rocket 2" and "Kestro Edge" are in the test catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text, ents

CASES = [
    # a round co-led by "the" X (a second backer joins by coordination)
    ("Zorblax, an Ohio start-up, has raised $75 million in a round co-led by the Quellix Investment Authority and "
     "Vantor Capital, Acme's venture arm, the company said on Friday.",
     {("Quellix Investment Authority", "investsIn", "Zorblax"), ("Vantor Capital", "investsIn", "Zorblax")}, set()),
    # a second backer "and by" after an apposition
    ("Zorblax has secured €300 million. The round is being led by Quellix Ventures, the Gulf technology "
     "investor, and by Denmark's pension fund manager Vantor Capital, which is making its first bet.",
     {("Quellix Ventures", "investsIn", "Zorblax"), ("Vantor Capital", "investsIn", "Zorblax")},
     {("Vantor Capital", "investsIn", "Quellix Ventures")}),
    # backers in apposition before "are also taking part"
    ("Zorblax has secured €300 million. Quellix Ventures, the Spanish state development bank, and Vantor Capital, the "
     "venture capital arm of Acme, are also taking part, Zorblax said on Friday.",
     {("Quellix Ventures", "investsIn", "Zorblax"), ("Vantor Capital", "investsIn", "Zorblax")},
     {("Acme", "investsIn", "Zorblax")}),
    ("Zorblax raised $90 million. Quellix Ventures and Vantor Capital, the Malaysian state investor, are also "
     "participating.", {("Quellix Ventures", "investsIn", "Zorblax"), ("Vantor Capital", "investsIn", "Zorblax")},
     set()),
    # "X, Y's venture fund, is leading the round"; "the X, the owner of the Y chain, led a round"
    ("Zorblax raised $90 million. Quellix Ventures, Acme's venture fund, is leading the round.",
     {("Quellix Ventures", "investsIn", "Zorblax")}, {("Acme", "investsIn", "Zorblax")}),
    ("Zorblax builds models. The Quellix Group, the owner of the Acme discount chain, led a €40 million "
     "round in 2023.", {("Quellix Group", "investsIn", "Zorblax"), ("Acme", "subOrganizationOf", "Quellix Group")},
     {("Acme", "investsIn", "Zorblax")}),
    # "is investing … in", "is putting … into"
    ("Quellix Ventures, Acme's investment arm, is investing $2 billion in Zorblax, while Vantor Capital is putting "
     "a similar amount into Mekko Labs.",
     {("Quellix Ventures", "investsIn", "Zorblax"), ("Vantor Capital", "investsIn", "Mekko Labs")},
     {("Acme", "investsIn", "Zorblax"), ("Vantor Capital", "investsIn", "Zorblax")}),
    # one of the largest shareholders, alongside another
    ("Acme is also one of Zorblax's largest shareholders, alongside Quellix Ventures, which led a round in May.",
     {("Acme", "investsIn", "Zorblax"), ("Quellix Ventures", "investsIn", "Zorblax")}, set()),
    # funding came from
    ("Zorblax trains models. Funding for the labelling came from the Quellix Foundation, a charity.",
     {("Quellix Foundation", "investsIn", "Zorblax")}, set()),
    # a long-standing customer in apposition
    ("Zorblax builds robots. Quellix Systems, a long-standing customer, is testing Rocket in a warehouse near Lyon.",
     {("Quellix Systems", "partnerOf", "Zorblax")}, set()),
    # "has been a partner of"
    ("Acme itself has been a partner of Zorblax since 2019 and supplies the vans.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    # first customers
    ("Zorblax makes chips. Two cloud providers, Quellix Cloud and the Oslo-based Vantor Compute, have signed up "
     "as first customers, Jane Roe said.",
     {("Quellix Cloud", "partnerOf", "Zorblax"), ("Vantor Compute", "partnerOf", "Zorblax")},
     {("Quellix Cloud", "mergedWith", "Vantor Compute")}),
    # sold through
    ("Zorblax makes headsets. In Canada, the headset will be sold through Quellix Telecom, which will also rent it.",
     {("Zorblax", "partnerOf", "Quellix Telecom")}, set()),
    # a contract without "with"; the model being used
    ("Zorblax sells models. Acme uses the smaller Rocket for search, and Quellix Insurance signed a contract in "
     "April.", {("Quellix Insurance", "partnerOf", "Zorblax")}, set()),
    ("Zorblax sells models to industry. Acme has been using the model since January to sort its files, Jane Roe "
     "said.", {("Acme", "partnerOf", "Zorblax")}, set()),
    # a supplier after "which X buys from"
    ("The money will pay for 40 new vans, which Zorblax buys from Quellix Motors, and for a depot.",
     {("Zorblax", "partnerOf", "Quellix Motors")}, set()),
    # a partnership with a done deal's participle; not one under discussion
    ("Zorblax sells vans. A delivery partnership with retailer Quellix Stores, announced in May, already brings in "
     "half of the company's revenue.", {("Zorblax", "partnerOf", "Quellix Stores")}, set()),
    ("Zorblax sells vans. A partnership with Quellix Stores is under discussion, Jane Roe said.",
     set(), {("Zorblax", "partnerOf", "Quellix Stores")}),
    # vehicles equipped with a chip from a chip start-up; not a chip rented from a cloud
    ("Zorblax said on Monday that it would equip its new cars with the Kestro Edge processor from the "
     "Lyon chip start-up Acme, replacing the Rocket modules it uses now.",
     {("Zorblax", "usesHardware", "Kestro Edge"), ("Acme", "develops", "Kestro Edge")}, set()),
    ("For training, Zorblax will keep renting Kestro Edge accelerators from the cloud provider Acme.",
     set(), {("Acme", "develops", "Kestro Edge")}),
    # the chips a company replaces are its own
    ("Zorblax said it would fit its drones with new chips, replacing the Kestro Edge modules it uses at present.",
     {("Zorblax", "usesHardware", "Kestro Edge")}, set()),
    # chief executive since then (after a semicolon)
    ("Zorblax was set up in 2016 by Jane Roe and Tom Jones; Roe has been chief executive since then.",
     {("Jane Roe", "ceoOf", "Zorblax")}, set()),
    # who still leads the company; who leads the collective
    ("Zorblax was founded in 2017 by Jane Roe, a former engineer at Acme, who still leads the company.",
     {("Jane Roe", "ceoOf", "Zorblax")}, {("Jane Roe", "ceoOf", "Acme")}),
    ("Rocket was released by the Quellix Collective. Acme, a university lab, helped with testing. "
     "\"Code matters,\" said Jane Roe, who leads the collective and previously worked at Zorblax.",
     {("Jane Roe", "ceoOf", "Quellix Collective"), ("Jane Roe", "worksFor", "Zorblax")}, {("Jane Roe", "ceoOf", "Acme")}),
    # in charge of (after a semicolon)
    ("Zorblax was founded by Jane Roe and Tom Jones. Roe runs the company as chief executive; Jones is in charge of "
     "sales.", {("Tom Jones", "worksFor", "Zorblax")}, set()),
    # a former employer after an apposition, and "until last month"
    ("Zorblax unveiled a pendant. \"We build it here,\" said Jane Roe, the company's co-founder and chief executive, "
     "who previously built phone cameras at Acme.", {("Jane Roe", "worksFor", "Acme")}, set()),
    ("Jane Roe, who until last year ran the design studio at Acme, will lead the new unit.",
     {("Jane Roe", "worksFor", "Acme")}, set()),
    # not the first of two founders before the relative clause; not the head of a company's team
    ("Quellix was founded by Tom Jones and Jane Roe, who previously built phone cameras at Acme.",
     {("Jane Roe", "worksFor", "Acme")}, {("Tom Jones", "worksFor", "Acme")}),
    ("Jane Roe, who leads the Acme team, spoke on Monday.", set(), {("Jane Roe", "ceoOf", "Acme")}),
    ("Jane Roe, who joined Zorblax three years ago after leading a data team at Acme, said the model was good.",
     {("Jane Roe", "worksFor", "Acme"), ("Jane Roe", "worksFor", "Zorblax")}, set()),
    # a model the company trained; one developed in-house; one in development
    ("Zorblax's tractors are guided by Rocket, a vision model that the company trained on rented GPUs.",
     {("Zorblax", "develops", "Rocket")}, set()),
    ("Zorblax builds survey boats. Since 2023 its vessels have run Rocket, a navigation model "
     "developed in-house.", {("Zorblax", "develops", "Rocket")}, set()),
    ("Zorblax sells robots. A faster Rocket 2 is in development, Zorblax said.",
     {("Zorblax", "develops", "Rocket 2")}, set()),
    # a chip another company produces
    ("The headset runs on the Kestro Edge, a custom chip that Zorblax designed itself and that "
     "Acme produces in Taiwan.", {("Acme", "manufactures", "Kestro Edge")}, {("Zorblax", "manufactures", "Kestro Edge")}),
    # published by
    ("Rocket, published on Friday by the Quellix Collective, includes its code.",
     {("Quellix Collective", "develops", "Rocket")}, set()),
    # rivals after "Competition is fierce:" (of the company the sentence before opens with)
    ("Zorblax will buy the sensors. Acme was founded in 2015 by Jane Roe. Competition is fierce: American rivals "
     "Quellix Robotics and Vantor Technologies already sell sensors to many carmakers.",
     {("Acme", "competesWith", "Quellix Robotics"), ("Acme", "competesWith", "Vantor Technologies")},
     {("Zorblax", "competesWith", "Quellix Robotics")}),
    # now its chief technology officer; a board member
    ("Jane Roe co-founded Zorblax in 2018 with engineer Tom Jones, now its chief technology officer.",
     {("Tom Jones", "worksFor", "Zorblax")}, set()),
    ("Acme maintains the definition. Its board member Jane Roe said she hoped for stricter rules.",
     {("Jane Roe", "worksFor", "Acme")}, set()),
    # a merger after an apposition
    ("Zorblax, based in Boston, and Dublin's Acme said on Monday they would merge in a cash deal.",
     {("Zorblax", "mergedWith", "Acme")}, set()),
    # a device built around a chip
    ("Zorblax unveiled a headset. The headset is built around Acme's Kestro Edge chip.",
     {("Zorblax", "usesHardware", "Kestro Edge")}, {("Acme", "usesHardware", "Kestro Edge")}),
    # a distilled version
    ("Zorblax trains models. The model, called Lumen-2, is a smaller version of the company's flagship Rocket and "
     "runs on phones.", {("Lumen-2", "versionOf", "Rocket")}, set()),
    # GPUs another company provided
    ("Zorblax trained the model over six weeks on a cluster of 256 Kestro Edge GPUs that Acme provided at "
     "cost.", {("Zorblax", "partnerOf", "Acme"), ("Zorblax", "usesHardware", "Kestro Edge")}, set()),
    # both will join
    ("Quellix was spun out of a Dutch university in 2019 by Jane Roe and Tom Jones, who will both "
     "join Acme.", {("Jane Roe", "worksFor", "Acme"), ("Tom Jones", "worksFor", "Acme")}, set()),
    # the short form of a company named like a person, typed by its apposition
    ("Tiberius Haulage, the Ohio start-up that runs driverless vans between two cities, has raised money. "
     "Tiberius competes with Quellix Robotics.", {("Tiberius Haulage", "competesWith", "Quellix Robotics")}, set()),
    # the short form of a company named after its place
    ("Lyon-based Zentro Optics makes lenses. To improve the sound, Zentro acquired Kolder Audio, a Belgian maker of "
     "headphones.", {("Zentro Optics", "acquired", "Kolder Audio")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", CASES)
def test_p26f_english_rules(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")


NAMES = [
    # a company named like a person, with a company apposition (a split "start-up"; a relative clause after it)
    ("Tiberius Haulage, the Ohio start-up, has raised money.", {("Tiberius Haulage", "Organization")},
     {("Tiberius Haulage", "Person")}),
    ("Tiberius Haulage, the Ohio start-up that runs driverless vans between two cities, has raised money.",
     {("Tiberius Haulage", "Organization")}, {("Tiberius Haulage", "Person")}),
    ("Jane Roe, the founder that runs the company, has raised money.", {("Jane Roe", "Person")}, set()),
    # a robotaxi operator is a company
    ("Tsuru Autonomy, a Nagoya robotaxi operator, said on Monday that it would buy sensors.",
     {("Tsuru Autonomy", "Organization")}, set()),
    # a chip in apposition with a hyphenated modifier and an acronym
    ("The headset runs on the Z1 Core, a low-power AI chip that Acme designed itself.",
     {("Z1 Core", "Hardware")}, set()),
    # a hyphenated Korean given name before a known family name
    ("\"Costs matter,\" chief executive Seo-yeon Kim told the paper.", {("Seo-yeon Kim", "Person")}, set()),
    # a date after an institute's "on" is no field of its name
    ("The Zentro Foundation on Monday launched a fund.", {("Zentro Foundation", "Organization")},
     {("Zentro Foundation on Monday", "Organization")}),
]


@pytest.mark.parametrize("text, expected, wrong", NAMES)
def test_p26f_english_names(nlp_en, text, expected, wrong) -> None:
    found = ents(nlp_en, text)
    assert expected <= found, expected - found
    assert not (wrong & found), wrong & found
