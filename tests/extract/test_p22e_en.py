"""English relations found missing on the fresh training set en-al (p22e round, 2026-11-29: industrial
AI, supercomputers, robots and carmakers' chips). Every name in the relation cases is invented; "Acme",
"Zorblax", "Jane Roe", "Rocket", "Rocket 2" and "Kestro Edge" are in the test catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text

CASES = [
    # models of equal rank: "on a level with", "in the same league as"
    ("Rocket 2 performs on a level with Zorblax's Nimbus 3 on speech data.",
     {("Rocket 2", "comparedTo", "Nimbus 3")}, set()),
    ('Rocket 2, the smallest variant, is "in the same league as Nimbus 3 for its size".',
     {("Rocket 2", "comparedTo", "Nimbus 3")}, set()),
    ("Rocket 2 is in the same league as Zorblax for Acme.", set(), {("Rocket 2", "comparedTo", "Zorblax")}),
    # a chief named "the co-founder" in apposition; a director of an organisation
    ("Acme's chief executive, the co-founder Jane Roe, was once a researcher.",
     {("Jane Roe", "ceoOf", "Acme"), ("Jane Roe", "founderOf", "Acme")}, set()),
    ("Acme's chief executive, the former banker Jane Roe, was once a researcher.",
     set(), {("Jane Roe", "founderOf", "Acme")}),
    ('"We need chips," said Jane Roe, director of the Zorblax Institute.',
     {("Jane Roe", "ceoOf", "Zorblax Institute")}, set()),
    ("Jane Roe, director of research at Zorblax, said so.",
     {("Jane Roe", "worksFor", "Zorblax")}, {("Jane Roe", "ceoOf", "Zorblax")}),
    # a model in apposition with "the ... model it published"
    ("Whether Acme will update Rocket 2, the open-weight model it published last summer, is unclear.",
     {("Acme", "develops", "Rocket 2")}, set()),
    ("Whether Acme will update Rocket 2, the open-weight model Zorblax published last summer, is unclear.",
     set(), {("Acme", "develops", "Rocket 2")}),
    # a unit in apposition with "the X division that ..."; a unit controlled by "the group that controls" it
    ("Jane Roe now reports to Quill Systems, the Acme unit that makes controllers.",
     {("Quill Systems", "subOrganizationOf", "Acme")}, set()),
    ("Jane Roe now works with Quill Systems, the Acme customer that makes controllers.",
     set(), {("Quill Systems", "subOrganizationOf", "Acme")}),
    ("The deal sharpens Acme's contest with Zorblax and Quill Systems, the French group that controls the "
     "software house Nexora.",
     {("Acme", "competesWith", "Zorblax"), ("Acme", "competesWith", "Quill Systems"),
      ("Nexora", "subOrganizationOf", "Quill Systems")}, set()),
    ("Quill Systems, the Dutch investment group that owns 71 percent of Nexora, paid.",
     set(), {("Nexora", "subOrganizationOf", "Quill Systems")}),
    ("The deal sharpens Acme's contest with Zorblax, the French group that sells software to Nexora.",
     {("Acme", "competesWith", "Zorblax")}, {("Nexora", "subOrganizationOf", "Zorblax")}),
    # partners named after a descriptor noun; partners chosen "as partners"
    ("Acme has teamed up with the Japanese chip startup Zorblax on automotive AI.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Acme formed a joint venture with the electric-vehicle maker Zorblax to pool software work.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Acme filed a lawsuit against the Japanese chip startup Zorblax.", set(), {("Acme", "partnerOf", "Zorblax")}),
    ("Acme has chosen Zorblax and Quill Systems as partners to build its next supercomputer.",
     {("Acme", "partnerOf", "Zorblax"), ("Acme", "partnerOf", "Quill Systems")}, set()),
    ("Acme has chosen Zorblax over Quill Systems as its new logo designer.",
     set(), {("Acme", "partnerOf", "Zorblax"), ("Acme", "partnerOf", "Quill Systems")}),
    # "its" after a pair joined by "and" is not one of the pair
    ("Acme makes chips. The startup's engine runs on its own models, and Zorblax and Quill Capital both put "
     "money into its latest funding round.",
     {("Zorblax", "investsIn", "Acme"), ("Quill Capital", "investsIn", "Acme")},
     {("Quill Capital", "investsIn", "Zorblax")}),
    # buying a company's parts is no takeover
    ("Jane Roe told Reuters that Acme would keep buying Zorblax parts for its cars.",
     set(), {("Acme", "acquired", "Zorblax")}),
    ("Acme said it would buy Zorblax for $2 billion.", {("Acme", "acquired", "Zorblax")}, set()),
    # goals "the centre of its strategy", "its stated aim"; "what it calls" also with a resolved "it"
    ("Acme has made what it calls sovereign AI the centre of its strategy, and has earmarked $1 billion for it.",
     {("Acme", "pursues", "sovereign AI")}, set()),
    ("Acme has made sovereign AI its stated aim for the next decade.", {("Acme", "pursues", "sovereign AI")}, set()),
    ("Acme has made sovereign AI a topic of its talks.", set(), {("Acme", "pursues", "sovereign AI")}),
    # a founder who worked elsewhere "before leaving to start X"
    ("In Berlin, Jane Roe spent six years at Zorblax Research, the retailer Zorblax's machine-learning lab, before "
     "leaving in March to start Quill Robotics, which builds agents.",
     {("Jane Roe", "founderOf", "Quill Robotics"), ("Jane Roe", "worksFor", "Zorblax Research")},
     {("Jane Roe", "founderOf", "Zorblax Research")}),
    ("Jane Roe spent six years at Zorblax before leaving to study in Paris.", set(), {("Jane Roe", "founderOf", "Zorblax")}),
    # hardware a named model is trained on; a supercomputer a company keeps expanding
    ("Quill Robotics trains its planning model, Rocket 2, on Acme's Kestro Edge accelerators in a Berlin data centre.",
     {("Quill Robotics", "usesHardware", "Kestro Edge")}, {("Acme", "usesHardware", "Kestro Edge")}),
    ("In Memphis, Zorblax keeps expanding Kestro Edge, which the company calls the largest system.",
     {("Zorblax", "usesHardware", "Kestro Edge")}, set()),
    # money committed to "the project's operating company, Y"; a second investor that "took a stake"
    ("Acme has committed tens of billions of dollars to the project's operating company, Quill Holdings.",
     {("Acme", "investsIn", "Quill Holdings")}, set()),
    ("Zorblax put $40 million into Acme last year, and the pension investor Quill Capital took a minority stake "
     "in the spring.",
     {("Zorblax", "investsIn", "Acme"), ("Quill Capital", "investsIn", "Acme")}, set()),
    ("Zorblax put $40 million into Acme last year, and the pension investor Quill Capital took a minority stake "
     "in Nexora.",
     {("Quill Capital", "investsIn", "Nexora")}, {("Quill Capital", "investsIn", "Acme")}),
    # a subject "it" after a fronted time phrase without a comma
    ("Acme makes chips. Last year it combined with Zorblax, an Oslo-based designer of radar chips, in a merger.",
     {("Acme", "mergedWith", "Zorblax")}, set()),
    ("Acme makes chips. In 2023 it bought Zorblax.", {("Acme", "acquired", "Zorblax")}, set()),
    ("Acme and Quill Systems make chips. In 2023 it bought Zorblax.", set(),
     {("Acme", "acquired", "Zorblax"), ("Quill Systems", "acquired", "Zorblax")}),
    # "Investors in X include A and B"
    ("Investors in Acme include the Dutch fund Quill Capital and Zorblax, the venture unit of Nexora.",
     {("Quill Capital", "investsIn", "Acme"), ("Zorblax", "investsIn", "Acme")}, set()),
    # an organisation's own supercomputer is one it uses, another's chips stay developed
    ("Acme will dedicate a fifth of its Kestro Edge exascale system to training.",
     {("Acme", "usesHardware", "Kestro Edge")}, {("Acme", "develops", "Kestro Edge")}),
    ("Acme sells Zorblax's Kestro Edge chips.", {("Zorblax", "develops", "Kestro Edge")}, set()),
    # a speaker's goal after "told X that her goal ..."; not the outlet's
    ("Jane Roe said so. She told Reuters that her long-term goal remained sovereign AI, a distant aim.",
     {("Jane Roe", "pursues", "sovereign AI")}, {("Reuters", "pursues", "sovereign AI")}),
    # each member of a consortium that released a model develops it
    ("Rocket 2, a small Japanese model released in 2024 by a consortium that included Acme, Quill University and "
     "the internet group Zorblax, is open.",
     {("Acme", "develops", "Rocket 2"), ("Quill University", "develops", "Rocket 2"), ("Zorblax", "develops", "Rocket 2")},
     set()),
    # the chip in a carmaker's cars; the chips of a vendor a company buys hardware from
    ("Acme said Kestro Edge would be faster than Nimbus X, the chip in current Zorblax cars.",
     {("Zorblax", "usesHardware", "Nimbus X")}, {("Acme", "usesHardware", "Nimbus X")}),
    ("Acme also buys inference hardware from Zorblax, whose Kestro Edge chips serve Rocket 2 to banks.",
     {("Acme", "usesHardware", "Kestro Edge"), ("Zorblax", "develops", "Kestro Edge")}, set()),
    # a chief "who has run the company as chief executive"; a singular role in apposition is the nearest person's
    ("Acme makes robots. Jane Roe, who has run the company as chief executive since its start, now reports to Zorblax.",
     {("Jane Roe", "ceoOf", "Acme")}, set()),
    ("Jane Roe and John Doe, Acme's robotics chief, shared a panel.",
     {("John Doe", "worksFor", "Acme")}, {("Jane Roe", "worksFor", "Acme")}),
]


@pytest.mark.parametrize("text, expected, wrong", CASES)
def test_relations_p22e_en(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")


@pytest.mark.parametrize("text, name, type_", [
    ("Fujitsu builds the A64FX processor.", "Fujitsu", "Organization"),
    ("The model was trained on MareNostrum 5 by the Barcelona Supercomputing Center.",
     "Barcelona Supercomputing Center", "Organization"),
    ("Investors include the Dutch fund Innovation Quarter.", "Innovation Quarter", "Organization"),
])
def test_catalogue_names_p22e_en(extractor_real, text, name, type_) -> None:
    found = {(e.label, e.type) for e in extractor_real.pipeline("en")(text)._.kg_entities}
    assert (name, type_) in found


def test_a_fund_named_after_a_catalogue_company_keeps_its_short_name_apart(extractor_real) -> None:
    # "Rockwell" after "Rockwell Automation" and its fund "Rockwell Automation Ventures" is the company
    doc = extractor_real.pipeline("en")(
        "Rockwell Automation bought a startup. It had been backed by Rockwell's own venture fund, Rockwell "
        "Automation Ventures. The deal sharpens Rockwell's contest with Siemens.")
    labels = {doc[m.start:m.end].text: doc._.kg_entities[m.entity].label for m in doc._.kg_mentions if m.entity >= 0}
    assert labels.get("Rockwell's") == "Rockwell Automation"


def test_a_catalogue_short_name_that_is_a_common_word_with_a_possessive(extractor_real) -> None:
    # "Figure" of the catalogue's "Figure AI" where the text writes "Figure's": the company
    doc = extractor_real.pipeline("en")(
        "Figure AI builds humanoid robots. Figure's chief executive spoke. Figure is now valued at $1 billion.")
    labels = {doc[m.start:m.end].text: doc._.kg_entities[m.entity].label for m in doc._.kg_mentions if m.entity >= 0}
    assert labels.get("Figure") == "Figure AI"
