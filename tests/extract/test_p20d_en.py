"""English relations and names found missing on the fresh training set en-ae (p20d round,
2026-11-28): chips, phones, consoles and their makers. Every name in the relation cases is invented;
"Acme", "Zorblax", "Jane Roe", "Rocket", "Rocket 2" and "Kestro Edge" are in the test catalogue.
The name cases check real catalogue entries and name shapes."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text

CASES = [
    # a chip designed by one company and fabricated by another: two agents of two roles
    ("Inside the phone sits the Kestro Edge, a processor designed by Acme and fabricated by Zorblax on "
     "its new process.",
     {("Acme", "develops", "Kestro Edge"), ("Zorblax", "manufactures", "Kestro Edge")},
     {("Zorblax", "develops", "Kestro Edge")}),
    # one passive with two agents stays one list; so do investors "led by A and joined by B"
    ("Rocket was developed by Acme and Zorblax.",
     {("Acme", "develops", "Rocket"), ("Zorblax", "develops", "Rocket")}, set()),
    ("Acme raised $9 million in a round led by Zorblax and joined by Northwind Capital.",
     {("Zorblax", "investsIn", "Acme"), ("Northwind Capital", "investsIn", "Acme")}, set()),
    # a company's device carries or is powered by a chip
    ("Acme's Zorbo 2, meanwhile, is powered by Zorblax's Kestro Edge.",
     {("Acme", "usesHardware", "Kestro Edge"), ("Zorblax", "develops", "Kestro Edge")},
     {("Zorblax", "usesHardware", "Kestro Edge")}),
    ("Acme's Surface Pad 7 arrived with Zorblax's Kestro Edge.", {("Acme", "usesHardware", "Kestro Edge")}, set()),
    # the owner of a model that something else runs on uses no chip
    ("The start-up's engine is built on Acme's Rocket model and runs on Kestro Edge chips that it leases.",
     set(), {("Acme", "usesHardware", "Kestro Edge")}),
    # chiefs after "led by" or "under" with their title, and "run by" after a descriptive apposition
    ("Acme, led by founder and chief executive Jane Roe, recently launched a chip.",
     {("Jane Roe", "ceoOf", "Acme"), ("Jane Roe", "founderOf", "Acme")}, set()),
    ("Acme, under chief executive Jane Roe, is trying to win outside customers.",
     {("Jane Roe", "ceoOf", "Acme")}, set()),
    ("Acme, the Toronto chip designer run by industry veteran Jane Roe, has raised money.",
     {("Jane Roe", "ceoOf", "Acme")}, set()),
    # the explicit founder wins over the passage's company
    ("Zorblax makes phones. Zorblax is big. Acme, led by founder and chief executive Jane Roe, recently "
     "launched a chip in a challenge to both Zorblax and Initech.",
     {("Jane Roe", "founderOf", "Acme")}, {("Jane Roe", "founderOf", "Zorblax"), ("Jane Roe", "ceoOf", "Zorblax")}),
    # a person named before ", who" or ", a ... who", and one who directs a unit
    ("Jane Roe, an engineer who directs the newly formed Acme Robotics Lab, spoke.",
     {("Jane Roe", "worksFor", "Acme Robotics Lab")}, set()),
    ("Min-jun Park, who heads Acme's mobile division as president, framed the launch as a shot at Zorblax.",
     {("Min-jun Park", "worksFor", "Acme")}, set()),
    # a maker of another company's chips makes them and is its partner
    ("Acme produces Zorblax's Kestro Edge accelerators as well as processors for others.",
     {("Acme", "manufactures", "Kestro Edge"), ("Acme", "partnerOf", "Zorblax"), ("Zorblax", "develops", "Kestro Edge")},
     {("Acme", "develops", "Kestro Edge")}),
    # ... but a company rolling out another's model does not develop it
    ("Acme will roll out Zorblax's Rocket.", {("Zorblax", "develops", "Rocket")}, {("Acme", "develops", "Rocket")}),
    # rivals named as a pair before a verb of racing or a contest
    ("Analysts expect more makers to follow, as Acme and Zorblax race to put larger engines into their designs.",
     {("Acme", "competesWith", "Zorblax")}, set()),
    ("Acme and Zorblax remain locked in a fierce contest for the premium segment.",
     {("Acme", "competesWith", "Zorblax")}, set()),
    ("Acme and Zorblax sponsor a race for charity.", set(), {("Acme", "competesWith", "Zorblax")}),
    # work built together with a partner after its object
    ("Acme built the demo together with Zorblax.", {("Acme", "partnerOf", "Zorblax")}, set()),
    # founded in a year by a former employee
    ("Zorblax, a Boston company created in 2024 by former Acme researcher Jane Roe, makes Rocket.",
     {("Jane Roe", "founderOf", "Zorblax")}, {("Jane Roe", "founderOf", "Acme")}),
    # a release of a model; a model as good as another
    ("Rocket 2, an updated release of Rocket announced this week, adds images.", {("Rocket 2", "versionOf", "Rocket")}, set()),
    ("Jane Roe claims Rocket answers questions almost as accurately as Rocket 2 while using less energy.",
     {("Rocket", "comparedTo", "Rocket 2")}, set()),
    # a founder who now holds a title at another company
    ("Jane Roe, who co-founded Zorblax and is now Acme's chief creative officer, told reporters it works.",
     {("Jane Roe", "founderOf", "Zorblax"), ("Jane Roe", "worksFor", "Acme")}, {("Jane Roe", "worksFor", "Zorblax")}),
    # money contributed to a company, not to a unit named after it
    ("Zorblax contributed $120 million to Acme, according to two people.", {("Zorblax", "investsIn", "Acme")}, set()),
    ("Zorblax committed about €1.2 billion to a new Acme subsidiary.", set(), {("Zorblax", "investsIn", "Acme")}),
    # "the Texas-based PC maker" is a reference to a company, not a company "PC"
    ("Acme sells laptops. The Texas-based PC maker said its next laptop will use the Kestro Edge.",
     {("Acme", "usesHardware", "Kestro Edge")}, {("PC", "usesHardware", "Kestro Edge")}),
    # an apposition followed by a verb closes a clause: no list across it
    ("Zorblax, the owner of Northwind Capital, is among its backers, and Acme has teamed up with Rocketdyne Labs.",
     {("Acme", "partnerOf", "Rocketdyne Labs")}, {("Acme", "subOrganizationOf", "Zorblax")}),
    # ... but a relative clause inside the apposition does not ("A, a rival that was bought by C, and with B")
    ("Acme competes with Zorblax, a rival that was bought by Northwind Capital in 2020, and with the German "
     "company Rocketdyne Labs.", {("Acme", "competesWith", "Zorblax"), ("Acme", "competesWith", "Rocketdyne Labs")}, set()),
    # a thing in apposition with a relative clause naming its maker or builder
    ("The phone carries the Kestro Edge processor, an Acme design that Zorblax makes in Arizona.",
     {("Acme", "develops", "Kestro Edge"), ("Zorblax", "manufactures", "Kestro Edge")},
     {("Zorblax", "develops", "Kestro Edge")}),
    ("Its platform now powers Rocket, a mixed-reality headset that Acme builds and sells.",
     {("Acme", "develops", "Rocket")}, set()),
    ("The console upscales images with Rocket, a model that Acme's engineers trained in-house.",
     {("Acme", "develops", "Rocket")}, set()),
    # "engineers" is the noun there, not a verb
    ("Zorblax says Rocket writes headlines as well as Rocket 2 does, a claim that Acme's engineers have questioned.",
     set(), {("Acme", "develops", "Rocket 2")}),
    # a maker of chips for other companies is their partner
    ("Zorblax produces the Kestro Edge, as well as processors for Acme and Northwind Capital.",
     {("Zorblax", "manufactures", "Kestro Edge"), ("Zorblax", "partnerOf", "Acme"),
      ("Zorblax", "partnerOf", "Northwind Capital")}, set()),
    # a goal called a company's principle or foundation, by its speaker
    ("Jane Roe told reporters, describing AGI as Acme's strategic foundation.", {("Acme", "pursues", "AGI")},
     {("Jane Roe", "pursues", "AGI")}),
    ("Acme makes chips. \"Users want control,\" Jane Roe said, calling AGI the company's guiding principle.",
     {("Jane Roe", "pursues", "AGI")}, set()),
    ("Jane Roe described AGI, in which the assistant is always there, as the goal of the programme.",
     {("Jane Roe", "pursues", "AGI")}, set()),
    # something called by a name and then "a goal" of another: no goal of the speaker
    ("Acme's pitch centres on what Jane Roe calls AGI, a goal Zorblax has written into its charter.",
     set(), {("Jane Roe", "pursues", "AGI")}),
    # a company whose chips a foundry will produce is the foundry's partner
    ("Acme's next generation will be produced by Zorblax, the contract arm of Northwind Capital.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Jane Roe said Acme's edge chips would be made at Zorblax using its new process.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    # preloading another company's product
    ("Acme now preloads Zorblax's answer engine on its phones.", {("Acme", "partnerOf", "Zorblax")}, set()),
    # a pair fighting each other in a relative clause
    ("Acme and Zorblax, which have spent two years fighting over licences in court, both sent executives.",
     {("Acme", "competesWith", "Zorblax")}, set()),
    # a founder after a descriptor noun the extractor reads as a reference to the company
    ("Acme completed its takeover of Zorblax, the hardware start-up co-founded by former Northwind Capital "
     "partner Jane Roe, in a deal.", {("Jane Roe", "founderOf", "Zorblax")}, {("Jane Roe", "founderOf", "Acme")}),
    # a thing shown by a company and called its own
    ("Acme demonstrated Rocket, its life simulation, with townsfolk.", {("Acme", "develops", "Rocket")}, set()),
    ("Acme demonstrated Rocket to reporters, with Zorblax's help.", set(), {("Zorblax", "develops", "Rocket")}),
    # co-investors after "alongside" in the passage's round
    ("Acme has raised $70 million. Zorblax and Northwind Capital both took part in the round, alongside "
     "Hyundai Motor Group and Bezos Expeditions.",
     {("Hyundai Motor Group", "investsIn", "Acme"), ("Bezos Expeditions", "investsIn", "Acme"),
      ("Zorblax", "investsIn", "Acme")}, set()),
    # a model derived from its maker's own family
    ("Acme ships Zeta-4 Mini, a small language model derived from its Rocket series, to power text.",
     {("Zeta-4 Mini", "versionOf", "Rocket")}, set()),
    # a pair that folded its operations into one company; not into a third one
    ("Acme and its sister brand Zorblax, which folded their operations into one company in 2021, are preparing agents.",
     {("Acme", "mergedWith", "Zorblax")}, set()),
    ("Acme and Zorblax, which folded their operations into Northwind Capital, grew.",
     set(), {("Acme", "mergedWith", "Zorblax")}),
]


@pytest.mark.parametrize("text, expected, wrong", CASES)
def test_relations_p20d_en(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")


NAMES = [
    # a generation after a chip's name belongs to it, with a glued "+" before it
    ("Inside sits the Kestro Edge 8 Elite Gen 5, a chip.", {("Kestro Edge 8 Elite Gen 5", "Hardware")}, set()),
    ("Acme uses the Kestro XR2+ Gen 2 in its headset.", {("Kestro XR2+ Gen 2", "Hardware")}, set()),
    # no generation of its own after "and"
    ("Zorblax's Rocket 2 and Gen 3 of the chip.", {("Rocket 2", "AIModel")}, {("Rocket 2 and Gen 3", "Hardware")}),
    # people before ", who", also with a hyphenated given name; no person in a place or a company
    ("Pavel Dunaj, who runs devices at Acme, was diplomatic.", {("Pavel Dunaj", "Person")}, set()),
    ("Kaito Moriyama, a Japanese roboticist who directs a lab, spoke.", {("Kaito Moriyama", "Person")}, set()),
    ("Acme Labs, who make chips, grew.", set(), {("Acme Labs", "Person")}),
    ("In Paris, who knows.", set(), {("In Paris", "Person")}),
]


@pytest.mark.parametrize("text, expected, wrong", NAMES)
def test_names_p20d_en(extractor, text, expected, wrong) -> None:
    found = {(e.label, e.type) for e in extractor.pipeline("en")(text)._.kg_entities}
    assert expected <= found, (text, expected - found, found)
    assert not (wrong & found), (text, wrong & found)


CATALOGUE_NAMES = [
    # real phone, console and chip names; a chip family and its number ("Exynos 2600")
    ("Honor and Oppo ship phones with Exynos 2600 and Kirin 9020 chips.",
     {("Honor", "Organization"), ("Oppo", "Organization"), ("Exynos 2600", "Hardware"), ("Kirin 9020", "Hardware")}),
    ("Nintendo and Activision Blizzard sell games; Intel's Lunar Lake is a chip.",
     {("Nintendo", "Organization"), ("Activision Blizzard", "Organization"), ("Lunar Lake", "Hardware")}),
    # a shape-typed member of a known chip family is a chip
    ("Honor's new phone carries Qualcomm's Snapdragon 8 Elite.", {("Snapdragon 8 Elite", "Hardware")}),
]


@pytest.mark.parametrize("text, expected", CATALOGUE_NAMES)
def test_catalogue_names_p20d_en(extractor_real, text, expected) -> None:
    found = {(e.label, e.type) for e in extractor_real.pipeline("en")(text)._.kg_entities}
    assert expected <= found, (text, expected - found, found)
