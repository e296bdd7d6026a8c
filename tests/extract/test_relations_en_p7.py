"""English constructions of the p7 round (all names invented): a unit in an apposition, a chip
made on a foundry's process, a possessor's customers, investors joining a round, a version's
training hardware, rivals "among them", "which is led by", a role with a modifier after the
company ("former Acme chip architect"), leaving "to become" a head, two companies that "said
they would merge", a coordinated "B's fund C", a round's letter ("Series B") that is no name, and
"the startup" that is not the vendor of the chips named before it."""

from __future__ import annotations

import pytest

from kg.model import Document
from tests.extract.conftest import check_relations


def _en(extractor, text):
    return extractor.extract(Document("t", text, language="en"))


@pytest.mark.parametrize("text, expected, wrong", [
    # a unit of an organisation in an apposition
    ("Jana Roe, a former researcher at Acme's Vexa Lab, joined Quillo Labs.",
     {("Jana Roe", "worksFor", "Vexa Lab"), ("Jana Roe", "worksFor", "Quillo Labs")}, set()),
    # a chip made on a foundry's process; the chip noun types the code in the apposition
    ("Acme's new chip, the ZX-400, will be produced on Zorblax's 3-nanometer process.",
     {("Zorblax", "manufactures", "ZX-400"), ("Acme", "develops", "ZX-400")}, set()),
    ("Acme's current chip, the ZX-300, is made by Zorblax.", {("Zorblax", "manufactures", "ZX-300")},
     {("Zorblax", "develops", "ZX-300")}),
    ("The ZX-400 chip will be produced on Zorblax's advice.", set(), {("Zorblax", "manufactures", "ZX-400")}),
    # the possessor's customers, not the topic's
    ("Quillo Labs sells software. Acme's customers include Zorblax and Vexa Systems.",
     {("Zorblax", "partnerOf", "Acme"), ("Vexa Systems", "partnerOf", "Acme")}, {("Zorblax", "partnerOf", "Quillo Labs")}),
    ("Quillo Labs counts the carmaker Zorblax among its clients.", {("Zorblax", "partnerOf", "Quillo Labs")}, set()),
    # investors joining a round
    ("Quillo Labs raised $50 million. Acme led the round, joined by Zorblax and Vexa Capital.",
     {("Acme", "investsIn", "Quillo Labs"), ("Zorblax", "investsIn", "Quillo Labs"), ("Vexa Capital", "investsIn", "Quillo Labs")},
     set()),
    # "backed by A and by B's fund C": C is the investor, B only owns it
    ("Quillo Labs is backed by Zorblax and by Acme's Vexa Fund.",
     {("Zorblax", "investsIn", "Quillo Labs"), ("Vexa Fund", "investsIn", "Quillo Labs")}, {("Acme", "investsIn", "Quillo Labs")}),
    # a version of the topic's model trained on chips
    ("Quillo Labs released a new family of models on Monday. The largest version, Rocket 2 Max, has 70 billion "
     "parameters and was trained on 2,048 Vexa X100 chips.", {("Quillo Labs", "usesHardware", "Vexa X100")}, set()),
    ("Quillo Labs released a new family of models on Monday. Zorblax's largest model, Rocket 2, was trained on Vexa X100 chips.",
     set(), {("Quillo Labs", "usesHardware", "Vexa X100")}),
    # rivals "among them"
    ("Acme competes with a crowd of chip startups, among them Zorblax and Vexa Systems.",
     {("Acme", "competesWith", "Zorblax"), ("Acme", "competesWith", "Vexa Systems")}, set()),
    # heads and roles
    ("The deal includes Zorblax, which is led by veteran engineer Jana Roe.", {("Jana Roe", "ceoOf", "Zorblax")}, set()),
    ("The deal includes Zorblax, which is backed by Jana Roe.", set(), {("Jana Roe", "ceoOf", "Zorblax")}),
    ("Quillo Labs was founded by former Acme chip architect Jana Roe.",
     {("Jana Roe", "worksFor", "Acme"), ("Jana Roe", "founderOf", "Quillo Labs")}, set()),
    ("Acme hired Tom Berg, a former Zorblax chip engineer.", {("Tom Berg", "worksFor", "Zorblax"), ("Tom Berg", "worksFor", "Acme")},
     set()),
    ("Jana Roe, Acme's former head of infrastructure, who left in March to become chief executive of Quillo Labs, spoke.",
     {("Jana Roe", "ceoOf", "Quillo Labs"), ("Jana Roe", "worksFor", "Acme")}, {("Jana Roe", "ceoOf", "Acme")}),
    ("Jana Roe said Tom Berg would become chief executive of Quillo Labs.", {("Tom Berg", "ceoOf", "Quillo Labs")},
     {("Jana Roe", "ceoOf", "Quillo Labs")}),
    ("Jana Roe has left Acme to become president of Quillo Labs.",
     {("Jana Roe", "worksFor", "Quillo Labs"), ("Jana Roe", "worksFor", "Acme")}, set()),
    # a merger announced by both
    ("Acme and Zorblax said on Monday they would merge.", {("Acme", "mergedWith", "Zorblax")}, set()),
    ("Acme and Zorblax said on Monday they would combine their cloud units.", set(), {("Acme", "mergedWith", "Zorblax")}),
    # "the startup" after a vendor's chips: the startup the text is about, not the vendor
    ("Quillo Labs, a Boston startup, makes robots. The robots use Acme's Vexa X100 chips and a model the startup "
     "trained itself, called Rocket.", {("Quillo Labs", "develops", "Rocket")}, {("Acme", "develops", "Rocket")}),
    # a second verb phrase of a subject after four words ("Former chief technology officer X left ... and later founded")
    ("Former chief technology officer Jana Roe left Acme in 2024 and later founded Quillo Labs.",
     {("Jana Roe", "founderOf", "Quillo Labs"), ("Jana Roe", "worksFor", "Acme")}, {("Jana Roe", "founderOf", "Acme")}),
    # every name of an entity reads as its type: "the ZX-300" after "its chip, the ZX-300"
    ("Acme's current chip, the ZX-300, is made by Zorblax. Vexa Systems has tested the ZX-300 in its data centers.",
     {("Vexa Systems", "usesHardware", "ZX-300")}, set()),
    ("Acme released its own model, Tess-Coder 2, on Monday.", {("Acme", "develops", "Tess-Coder 2")}, set()),
    ("Jana Roe left Acme to start Quillo Labs in 2023 with Tom Berg.",
     {("Jana Roe", "founderOf", "Quillo Labs"), ("Tom Berg", "founderOf", "Quillo Labs")}, set()),
    ("Acme sells data tools. Besides Zorblax, it has acquired Vexa Systems and Quillo Labs.",
     {("Acme", "acquired", "Vexa Systems"), ("Acme", "acquired", "Quillo Labs")}, set()),
    ("The deal puts Acme in competition with Zorblax, and with Vexa Systems, its longtime rival in the database market.",
     {("Acme", "competesWith", "Vexa Systems")}, set()),
    ("The deal includes Zorblax, a labeling firm in which Acme took a 49% stake last year.", {("Acme", "investsIn", "Zorblax")}, set()),
    ("The deal includes Zorblax, in which Acme sees a rival.", set(), {("Acme", "investsIn", "Zorblax")}),
    ("Quillo Labs has positioned the ZX-400 as a cheaper alternative to Zorblax's chips.",
     {("Quillo Labs", "competesWith", "Zorblax")}, set()),
    ("Jana Roe started Quillo Labs in 2023 after leaving Acme, where she ran a team.", {("Jana Roe", "worksFor", "Acme")}, set()),
    ("Jana Roe joined Quillo Labs after Tom Berg left Acme.", set(), {("Jana Roe", "worksFor", "Acme")}),
    ("Jana Roe co-founded Quillo Labs with Tom Berg, a former engineer at Zorblax, after both left Acme.",
     {("Tom Berg", "worksFor", "Acme"), ("Tom Berg", "worksFor", "Zorblax")}, set()),
    # makers: "the startup behind the X family", "X, which Acme launched", "the X team at Acme", "built a toolkit called X"
    ("The deal was struck by Quillo Labs, the Boston startup behind the Rocket family of models.",
     {("Quillo Labs", "develops", "Rocket")}, set()),
    ("Rocket 4 is the successor to Rocket 3, which Quillo Labs launched in March.",
     {("Quillo Labs", "develops", "Rocket 3")}, set()),
    ("Jana Roe previously worked on the Rocket team at Acme.", {("Acme", "develops", "Rocket"), ("Jana Roe", "worksFor", "Acme")}, set()),
    ("Quillo Labs, founded in 2022 in Toronto, built a toolkit called Lantern.", {("Quillo Labs", "develops", "Lantern")}, set()),
    ("The app runs on Rocket, the open-weight family from Zorblax.", {("Zorblax", "develops", "Rocket")}, set()),
    # customers and suppliers
    ("Quillo Labs counts Acme and the German logistics group Zorblax among its customers.",
     {("Quillo Labs", "partnerOf", "Acme"), ("Quillo Labs", "partnerOf", "Zorblax")}, set()),
    ("Acme has already agreed to be the anchor customer for Quillo Labs' largest campus.",
     {("Acme", "partnerOf", "Quillo Labs")}, set()),
    # investors alongside others in a possessor's round
    ("Acme took part in Quillo Labs' $45 million Series A last year alongside Zorblax and Vexa Ventures.",
     {("Zorblax", "investsIn", "Quillo Labs"), ("Vexa Ventures", "investsIn", "Quillo Labs")}, set()),
    # hardware
    ("Unlike most of its peers, Quillo Labs has built its facilities around Acme's Z900 accelerators.",
     {("Quillo Labs", "usesHardware", "Z900")}, set()),
    ("Quillo Labs will train its models on Acme's clusters of Vexa X100 chips.", {("Acme", "usesHardware", "Vexa X100")}, set()),
    # a C-level role without its company: the company the passage is about
    ("Quillo Labs will equip the first building with new racks, said chief operating officer Jana Roe.",
     {("Jana Roe", "worksFor", "Quillo Labs")}, set()),
    ("Quillo Labs was co-founded by Tom Berg and Jana Roe. Roe remains president.", {("Jana Roe", "worksFor", "Quillo Labs")}, set()),
    ("Quillo Labs bought Zorblax. Zorblax founder Tom Berg will become chairman.", set(), {("Tom Berg", "worksFor", "Quillo Labs")}),
    # a founder with another role is an employee too; a founder alone is none
    ("The talks were led by Acme co-founder and chief scientist Jana Roe.",
     {("Jana Roe", "founderOf", "Acme"), ("Jana Roe", "worksFor", "Acme")}, set()),
    ("Jana Roe, a co-founder of Acme, spoke at the event.", {("Jana Roe", "founderOf", "Acme")}, {("Jana Roe", "worksFor", "Acme")}),
    # "the company" after a person's apposition is not the organisation inside it
    ("Quillo Labs builds data centers. Jana Roe, a former Acme executive, started the company in 2022 with Tom Berg.",
     {("Jana Roe", "founderOf", "Quillo Labs"), ("Tom Berg", "founderOf", "Quillo Labs"), ("Jana Roe", "worksFor", "Acme")},
     {("Jana Roe", "founderOf", "Acme"), ("Tom Berg", "founderOf", "Acme")}),
    # "Acme, its largest investor,": "its" is not Acme
    ("Quillo Labs has spread its computing needs across suppliers. Acme, its largest investor, is building a cluster for it.",
     {("Acme", "investsIn", "Quillo Labs")}, set()),
    ("Quillo Labs is backed by Acme and by Zorblax Partners, the hedge fund that has also invested in Vexa Systems.",
     {("Zorblax Partners", "investsIn", "Vexa Systems"), ("Zorblax Partners", "investsIn", "Quillo Labs")}, set()),
    ("Quillo Labs raised money in a round led by Acme. Vexa Capital and the UK's National Zorblax Fund also took part.",
     {("Vexa Capital", "investsIn", "Quillo Labs"), ("National Zorblax Fund", "investsIn", "Quillo Labs")}, set()),
    # roles named without the company
    ("Quillo Labs was founded by Jana Roe and Tom Berg. Roe is chief executive; Berg runs engineering.",
     {("Tom Berg", "worksFor", "Quillo Labs")}, set()),
    ("Quillo Labs plans to open an office in Oslo. It is also hiring Jana Roe, previously at Acme, as chief product officer.",
     {("Jana Roe", "worksFor", "Quillo Labs")}, set()),
    ("Quillo Labs sells agents. Its co-founder, Jana Roe, said the firm now runs its models on rented Vexa X100 servers from Acme.",
     {("Jana Roe", "founderOf", "Quillo Labs"), ("Quillo Labs", "partnerOf", "Acme")}, set()),
    ("Quillo Cloud is the group's cloud computing division. The group, Acme, is large.", set(), set()),
    ("Acme sells software. Quillo Cloud is Acme's cloud computing division.", {("Quillo Cloud", "subOrganizationOf", "Acme")}, set()),
    ("Acme's chip unit Zorblax designed the Vexa X100 processors.", {("Zorblax", "develops", "Vexa X100")}, set()),
    ("Quillo Labs has signed a four-year agreement to provide computing capacity to Acme.", {("Quillo Labs", "partnerOf", "Acme")}, set()),
    ("Quillo Labs is building a campus in Ohio. The site will be equipped with roughly 60,000 of Acme's Z900 accelerators.",
     {("Quillo Labs", "usesHardware", "Z900")}, set()),
    # the object of a preposition before "using" is not the user
    ("Quillo Labs trains its models on Acme Cloud, using Vexa X100 chips.",
     {("Quillo Labs", "usesHardware", "Vexa X100")}, {("Acme Cloud", "usesHardware", "Vexa X100")}),
    # a person ends a list of companies: the company after that person's apposition is theirs
    ("Quillo Labs was founded in 2023 by Jana Roe, who spent six years at Acme Labs and later Zorblax Systems, and Tom Berg, "
     "a former engineer at Vexa Systems.",
     {("Jana Roe", "worksFor", "Acme Labs"), ("Jana Roe", "worksFor", "Zorblax Systems"), ("Tom Berg", "worksFor", "Vexa Systems")},
     {("Jana Roe", "worksFor", "Vexa Systems")}),
    ("Quillo Labs counts the grocery chain Zorblax among its customers.", {("Zorblax", "partnerOf", "Quillo Labs")}, set()),
    # "It" after an investor's sentence is the company it funded
    ("Quillo Labs raised $40 million on Tuesday. The round was led by Acme Capital. It counts Zorblax Bank among its customers.",
     {("Acme Capital", "investsIn", "Quillo Labs"), ("Zorblax Bank", "partnerOf", "Quillo Labs")},
     {("Zorblax Bank", "partnerOf", "Acme Capital")}),
    ("Quillo Labs makes robots. Jana Roe started the company in 2021 with Tom Berg.",
     {("Jana Roe", "founderOf", "Quillo Labs"), ("Tom Berg", "founderOf", "Quillo Labs")}, set()),
    ("Quillo Labs makes robots. Jana Roe started the company's new lab in May.", set(), {("Jana Roe", "founderOf", "Quillo Labs")}),
    ("Quillo Labs has already signed the cloud provider Zorblax as its first customer.",
     {("Quillo Labs", "partnerOf", "Zorblax")}, set()),
    # an organisation that owns a model named inside the sentence before is not what "the company" continues
    ("Quillo Labs designs chips. Its chief said the chip would run Acme's Rocket models at half the power. "
     "The company has already signed Zorblax Cloud as its first customer.",
     {("Quillo Labs", "partnerOf", "Zorblax Cloud")}, {("Acme", "partnerOf", "Zorblax Cloud")}),
])
def test_p7_constructions(extractor, text, expected, wrong):
    check_relations(_en(extractor, text), expected, wrong)


def test_p7_names(extractor):
    r = _en(extractor, "Quillo Labs is backed by Zorblax and Acme, and raised a $40 million Series B in May. "
                       "Its chief executive, Élodie Roe, founded it with Adaeze Berg. Acme's first chip, the ZX-400, ships.")
    types = {e.label: e.type for e in r.entities}
    assert "B" not in types and "Series B" not in types
    assert types.get("Élodie Roe") == "Person" and types.get("Adaeze Berg") == "Person"
    assert types.get("ZX-400") == "Hardware"
    r = _en(extractor, "Vexa Systems built its reputation on Quill, a speech-recognition model.")
    assert {e.label: e.type for e in r.entities}.get("Quill") == "AIModel"
