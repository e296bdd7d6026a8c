"""English rules of the p23f round (fresh set en-ap, 2026-11-29): investors listed after "Other backers
include", rivals a company "sees|describes as" one, backers in a relative clause, partnerships signed
after an apposition and groups "formed with" others, models "derived from|built on top of" another,
"as well as" in a list, a second "it" of one sentence, a family name with its particle ("De Vries"),
"both companies" after a reference, an interviewer that is no referent of "the company", goals named
"what it calls X", a catalogue name before "licence", and the precision fixes (a raise read across a
relative clause, a bare "chief" title, a unit before "at" a company, a cluster of chips that is bought,
not developed). Every name is invented; "Acme", "Zorblax", "Jane Roe", "Rocket", "Rocket 2" and
"Kestro Edge" are in the test catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text

CASES = [
    # investors listed after "Other backers|investors include": the company of the passage
    ("Acme raised 20 million dollars last year. Other backers in the round include the French bank Zorblax "
     "and the fund Brightwater Ventures.",
     {("Zorblax", "investsIn", "Acme"), ("Brightwater Ventures", "investsIn", "Acme")}, set()),
    ("Acme sells robots to farms. Its backers include Zorblax.", set(), {("Acme", "investsIn", "Zorblax")}),
    # a raise after a relative clause belongs to the company before the clause, not to a name inside it
    ("Acme, whose chips compete with both Zorblax and Brightwater Labs in inference, raised 640 million "
     "dollars last year from Corvane Capital.",
     {("Corvane Capital", "investsIn", "Acme")},
     {("Corvane Capital", "investsIn", "Zorblax"), ("Corvane Capital", "investsIn", "Brightwater Labs")}),
    ("Acme, which has received billions of dollars from Zorblax, sells chatbots.",
     {("Zorblax", "investsIn", "Acme")}, set()),
    # rivals a company sees or describes as such
    ("Zorblax, which sells its own AI-based tools and sees Acme as a direct rival, declined to comment.",
     {("Zorblax", "competesWith", "Acme")}, set()),
    ("Zorblax's founder has described Acme as its toughest domestic rival.",
     {("Zorblax", "competesWith", "Acme")}, set()),
    ("Zorblax has described Acme as a partner.", set(), {("Zorblax", "competesWith", "Acme")}),
    # backers in a relative clause, and the second verb after it
    ("Zorblax, which backs Acme and runs its own assistant, did not comment.",
     {("Zorblax", "investsIn", "Acme")}, set()),
    ("Zorblax, which is the largest Asian backer of Acme, has also invested in the US start-up Brightwater Labs.",
     {("Zorblax", "investsIn", "Acme"), ("Zorblax", "investsIn", "Brightwater Labs")}, set()),
    # a partnership signed after an apposition; a group formed with others
    ("Zorblax, the Saudi AI company backed by Corvane Capital, signed a 10 billion dollar collaboration with Acme.",
     {("Zorblax", "partnerOf", "Acme")}, {("Corvane Capital", "partnerOf", "Acme")}),
    ("Acme builds models. It is part of a group that Acme formed with Zorblax.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("The Sensa Alliance, a group that Acme formed with Zorblax, met on Monday.",
     {("Acme", "partnerOf", "Zorblax")}, {("Sensa Alliance", "subOrganizationOf", "Acme")}),
    # models derived from or built on top of another; not "fine-tuned from" (the gold of earlier sets)
    ("It runs on Acme's own Velo-3 model, which is derived from Zorblax's Qwix-2 and was tuned on call data.",
     {("Velo-3", "versionOf", "Qwix-2"), ("Acme", "develops", "Velo-3")}, {("Zorblax", "develops", "Velo-3")}),
    ("The group's model, Velo-3, is built on top of Zorblax's Qwix-2 and trained on transcripts.",
     {("Velo-3", "versionOf", "Qwix-2")}, {("Zorblax", "develops", "Velo-3")}),
    ("Acme uses Velo-3, which is built on top of the open-weight Qwix-2 from the French company Zorblax.",
     {("Velo-3", "versionOf", "Qwix-2"), ("Zorblax", "develops", "Qwix-2")}, set()),
    ("Acme's model, Velo-3, is fine-tuned from Zorblax's Qwix-2.", set(), {("Velo-3", "versionOf", "Qwix-2")}),
    # "as well as" continues a list; a second "it" of the sentence is the first one's referent
    ("Acme makes chips. Last year it bought the server builder Zorblax for 4.9 billion dollars, and it has "
     "acquired the lab Brightwater Labs as well as the start-up Corvane AI.",
     {("Acme", "acquired", "Zorblax"), ("Acme", "acquired", "Brightwater Labs"), ("Acme", "acquired", "Corvane AI")},
     {("Zorblax", "acquired", "Brightwater Labs")}),
    # people: a bare "chief" before a name; "now the startup's chief executive"; "serves as chief ... officer";
    # a hire in apposition "as head of"; "works as a vice president in X's group"
    ("Acme chief Jane Roe said the deal was done.", {("Jane Roe", "ceoOf", "Acme")}, {("Jane Roe", "worksFor", "Acme")}),
    ("Acme's chief scientist Jane Roe spoke.", {("Jane Roe", "worksFor", "Acme")}, {("Jane Roe", "ceoOf", "Acme")}),
    ("Zorblax is a Berlin startup. Jane Roe, now the startup's chief executive, said so.",
     {("Jane Roe", "ceoOf", "Zorblax")}, set()),
    ("Acme is a startup in Berlin. Jane Roe is chief executive; John Poe serves as chief technology officer.",
     {("Jane Roe", "ceoOf", "Acme"), ("John Poe", "worksFor", "Acme")}, {("John Poe", "ceoOf", "Acme")}),
    ("Acme is a startup in Berlin. The startup, which employs 48 people, has hired Jane Roe, formerly of "
     "Zorblax, as head of operations.",
     {("Jane Roe", "worksFor", "Acme"), ("Jane Roe", "worksFor", "Zorblax")}, set()),
    ("Jane Roe now works as a vice president in Acme's AI group.", {("Jane Roe", "worksFor", "Acme")}, set()),
    # a role of a unit at a company: the company employs the person, not the unit; "at X at the time" stays
    ("Jane Roe, president of Mobile Networks at Acme, only said the group welcomes competition.",
     {("Jane Roe", "worksFor", "Acme")}, {("Jane Roe", "worksFor", "Mobile Networks")}),
    ("Jane Roe, a researcher at Acme at the time, said so.", {("Jane Roe", "worksFor", "Acme")}, set()),
    # a list of chief executives after a company-titled one: the second has a company of its own
    ("Zorblax sells chips. Acme chief executive Jane Roe and Brightwater's John Poe appeared together.",
     {("Jane Roe", "ceoOf", "Acme")}, {("John Poe", "ceoOf", "Zorblax")}),
    # a family name with its particle opening a sentence is the person named before ("De Vries")
    ("Acme was founded in 2021 by Femke de Vries, a former engineer. De Vries, who heads the company, said "
     "the deal was worth millions.", {("Femke de Vries", "ceoOf", "Acme")}, {("De Vries", "ceoOf", "Acme")}),
    # an interviewer is no referent of "the company"
    ("Acme makes chips. Jane Roe, who is Acme's chief executive, said in an interview with Zorblax that the "
     "company's goal was artificial general intelligence.",
     {("Jane Roe", "interviewedBy", "Zorblax"), ("Acme", "pursues", "AGI")}, {("Zorblax", "pursues", "AGI")}),
    # a goal named "what it|P calls X": the phrase up to a punctuation mark or a determiner, not a name
    ("Acme openly pursues what it calls edge intelligence in orbit: processing data where it is captured.",
     {("Acme", "pursues", "edge intelligence in orbit")}, {("Acme", "pursues", "edge intelligence")}),
    ("Acme wants to move from autocomplete towards what Jane Roe calls autonomous software engineering, with "
     "agents that deliver.", {("Acme", "pursues", "autonomous software engineering")}, set()),
    ("Acme pursues what she calls Europe's dependence on suppliers.", set(),
     {("Acme", "pursues", "Europe's dependence"), ("Acme", "pursues", "dependence on suppliers")}),
    # "both companies" after a reference of its own sentence: that reference and the other name
    ("Zorblax AI builds models in Hangzhou. The lab, which is owned and funded by the hedge fund Acme and run "
     "by Jane Roe, the co-founder of both companies, said the model was good.",
     {("Jane Roe", "founderOf", "Zorblax AI"), ("Jane Roe", "founderOf", "Acme")}, set()),
    # a catalogue organisation before "licence" names the licence ("Zorblax" is in the test catalogue)
    ("Acme released Rocket 2 under an open Zorblax licence.", {("Acme", "develops", "Rocket 2")},
     {("Acme", "partnerOf", "Zorblax"), ("Zorblax", "develops", "Rocket 2")}),
    # rounds named by their series, and an investor joining
    ("Last month Acme's venture arm, Zorblax, led a 38 million euro Series A in Corvane AI, joined by the "
     "Berlin fund Brightwater Ventures.",
     {("Zorblax", "investsIn", "Corvane AI"), ("Brightwater Ventures", "investsIn", "Corvane AI")},
     {("Acme", "investsIn", "Corvane AI")}),
    ("Zorblax, the venture unit of the parent company Acme, led a $9 million Series A in Corvane AI.",
     {("Zorblax", "investsIn", "Corvane AI")}, {("Acme", "investsIn", "Corvane AI")}),
    # a chip that powers devices from companies; a tool used by one; a cluster of chips is used, not developed
    ("Acme is a chipmaker. The chipmaker's Kestro Edge processor already powers handsets from Corvane AI and Zorblax.",
     {("Acme", "partnerOf", "Zorblax"), ("Acme", "partnerOf", "Corvane AI")}, set()),
    ("Zorblax said it would build a cluster of 131,072 Kestro Edge chips for its cloud.",
     {("Zorblax", "usesHardware", "Kestro Edge")}, {("Zorblax", "develops", "Kestro Edge")}),
    ("Acme built the Kestro Edge chip.", {("Acme", "develops", "Kestro Edge")}, set()),
    # two described companies that merged their businesses
    ("The Hong Kong operator Acme and the Thai company Zorblax said that they had merged their ground-station "
     "businesses into a joint venture.", {("Acme", "mergedWith", "Zorblax")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", CASES)
def test_p23f_english_rules(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")
