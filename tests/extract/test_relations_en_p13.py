"""English same-sentence constructions of the p13 round (all names invented): "its own family
of models, called X" and other possessed things named by "called"; "holds stakes in A, B and C"
without an article; "X, which relies on models from A and B"; "was spun out of ... by chemist A
and engineer B"; a conjunct described by its company ("founded by A and Acme professor B"); "the
Acme-backed company" is not Acme; "released a new voice model, X"; "plans to test X chips";
"supply its X chips to C"; "Y, which also sells data to C"."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text, resolved


@pytest.mark.parametrize("text, expected, wrong", [
    # a possessed thing named by "called" / "named"
    ("Vantorix AI has also developed its own family of smaller models, called Zephon-2, at its lab.",
     {("Vantorix AI", "develops", "Zephon-2")}, set()),
    ("Quibbl Labs said Vantorix AI's first product, called Zephon-2, would ship in May.",
     {("Vantorix AI", "develops", "Zephon-2")}, {("Quibbl Labs", "develops", "Zephon-2")}),
    # a company called so is no product of the possessor
    ("Vantorix AI's rival, a startup called Quibbl Labs, raised money.",
     set(), {("Vantorix AI", "develops", "Quibbl Labs")}),
    # "plans to ship complete racks, called X"
    ("Vantorix AI also plans to ship complete server racks, called Zephon-2, next year.",
     {("Vantorix AI", "develops", "Zephon-2")}, set()),
    # "released a new voice model, X" (a described thing named in apposition)
    ("Quibbl Labs released a real-time voice model, Zephon-2, on Tuesday.",
     {("Quibbl Labs", "develops", "Zephon-2")}, set()),
    ("Quibbl Labs unveiled its latest inference chip, the Zephon-2, in May.",
     {("Quibbl Labs", "develops", "Zephon-2")}, set()),
    # another company between the verb and the name: no develops of the subject's
    ("Quibbl Labs released a study of a model built by Vantorix AI, Zephon-2, last week.",
     set(), {("Quibbl Labs", "develops", "Zephon-2")}),
])
def test_named_things(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")


@pytest.mark.parametrize("text, expected, wrong", [
    # stakes without an article, over a list
    ("Vantorix Capital, which already holds stakes in Mistral AI, Cohere and Plumly Labs, led the round.",
     {("Vantorix Capital", "investsIn", "Mistral AI"), ("Vantorix Capital", "investsIn", "Cohere"),
      ("Vantorix Capital", "investsIn", "Plumly Labs")}, set()),
    ("Vantorix Capital holds stakes in Plumly Labs and Quibbl Labs.",
     {("Vantorix Capital", "investsIn", "Plumly Labs"), ("Vantorix Capital", "investsIn", "Quibbl Labs")}, set()),
    # ... but not "no stakes"
    ("Vantorix Capital holds no stakes in Plumly Labs, a spokesman said.",
     set(), {("Vantorix Capital", "investsIn", "Plumly Labs")}),
    # "which relies on models from A and B": suppliers
    ("Vantorix AI, which relies on models from Mistral AI and Cohere for its chatbot, said nothing.",
     {("Vantorix AI", "partnerOf", "Mistral AI"), ("Vantorix AI", "partnerOf", "Cohere")}, set()),
    # a relative clause that uses nothing from the other company
    ("Vantorix AI, which relies on its own models, competes with Cohere.",
     set(), {("Vantorix AI", "partnerOf", "Cohere")}),
    # "which also sells data to C"
    ("Quibbl Labs has licensed content from Plumly Labs, which also sells data to Vantorix AI.",
     {("Plumly Labs", "partnerOf", "Vantorix AI"), ("Quibbl Labs", "partnerOf", "Plumly Labs")},
     {("Quibbl Labs", "partnerOf", "Vantorix AI")}),
])
def test_stakes_and_suppliers(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")


@pytest.mark.parametrize("text, expected, wrong", [
    # spun out ... by described founders
    ("Brixel Labs was spun out of the University of Leeds in 2019 by chemist Tara Quill and software "
     "engineer Omar Haddad.",
     {("Tara Quill", "founderOf", "Brixel Labs"), ("Omar Haddad", "founderOf", "Brixel Labs")},
     {("Tara Quill", "founderOf", "University of Leeds")}),
    # a second founder described by a company
    ("Brixel Labs was founded in 2019 by former Acme engineer Tara Quill and Stanford professor Omar Haddad.",
     {("Tara Quill", "founderOf", "Brixel Labs"), ("Omar Haddad", "founderOf", "Brixel Labs"),
      ("Omar Haddad", "worksFor", "Stanford")}, set()),
    # ... but not a person of another clause ("and backed by ...", "and hired ...")
    ("Brixel Labs was founded by Tara Quill and backed by Vantorix Capital partner Omar Haddad.",
     {("Tara Quill", "founderOf", "Brixel Labs")}, {("Omar Haddad", "founderOf", "Brixel Labs")}),
    ("Brixel Labs was founded by Tara Quill and hired Vantorix Capital partner Omar Haddad in May.",
     {("Tara Quill", "founderOf", "Brixel Labs")}, {("Omar Haddad", "founderOf", "Brixel Labs")}),
])
def test_described_founders(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")


@pytest.mark.parametrize("text, expected, wrong", [
    # "plans to test X chips": a user
    ("Oracle Corp., which plans to test the Zephon-2 chips in two of its data centers, declined to comment.",
     {("Oracle Corp.", "usesHardware", "Zephon-2")}, set()),
    # "supply its X chips to C": C uses them
    ("Quibbl Labs will supply its Zephon-2 inference chips to Vantorix AI from next year.",
     {("Vantorix AI", "usesHardware", "Zephon-2"), ("Quibbl Labs", "develops", "Zephon-2")},
     {("Quibbl Labs", "usesHardware", "Zephon-2")}),
])
def test_hardware_users(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")


def test_backed_company_is_not_its_backer(extractor_real):
    """"the Acme-backed company" is the company the passage is about, not Acme."""
    nlp = extractor_real.pipeline("en")
    text = ("Quibbl Labs has closed a $40 million round, the startup said on Monday. "
            "The Vantorix Capital-backed company declined to say how much revenue it makes.")
    assert ("company", "Vantorix Capital") not in resolved(nlp, text)
    check_text(extractor_real, text, {("Vantorix Capital", "investsIn", "Quibbl Labs")}, set(), lang="en")


@pytest.mark.parametrize("text, expected, wrong", [
    # "Tara Quill of Acme": her employer
    ('"Prices will fall," said Tara Quill of Bernstein Research.',
     {("Tara Quill", "worksFor", "Bernstein Research")}, set()),
    ("Tara Quill of Bernstein Research and Omar Haddad of Plumly Labs disagreed.",
     {("Tara Quill", "worksFor", "Bernstein Research"), ("Omar Haddad", "worksFor", "Plumly Labs")},
     {("Tara Quill", "worksFor", "Plumly Labs")}),
    # a compound after "of" names another company's rival, not her employer
    ("Tara Quill of Quibbl Labs-rival Plumly Labs said so.", set(),
     {("Tara Quill", "worksFor", "Quibbl Labs")}),
    # "will pay $N for X": a purchase
    ("Quibbl Labs will pay $300 million for Zephon Systems, people familiar with the matter said.",
     {("Quibbl Labs", "acquired", "Zephon Systems")}, set()),
    ("Quibbl Labs agreed to pay $2.1 billion in cash for the chip designer Zephon Systems.",
     {("Quibbl Labs", "acquired", "Zephon Systems")}, set()),
    # ... not for a company's assets, a stake or a license
    ("Quibbl Labs paid $650 million for Zephon Systems' technology and staff.",
     set(), {("Quibbl Labs", "acquired", "Zephon Systems")}),
    ("Quibbl Labs paid $50 million for a 10% stake in Zephon Systems.",
     set(), {("Quibbl Labs", "acquired", "Zephon Systems")}),
    ("Quibbl Labs will pay Zephon Systems $300 million for a license to its models.",
     set(), {("Quibbl Labs", "acquired", "Zephon Systems")}),
])
def test_person_of_and_pay_for(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")


@pytest.mark.parametrize("text, expected, wrong", [
    # a second founder described by a company and a title outside the role lexicon
    ("Veyra Labs, founded in 2019 by Oren Malik and former Intel architect Sunita Rao, makes chips.",
     {("Oren Malik", "founderOf", "Veyra Labs"), ("Sunita Rao", "founderOf", "Veyra Labs"),
      ("Sunita Rao", "worksFor", "Intel")}, set()),
    # ... but a verb after the company opens a clause of its own
    ("Brixel Labs was founded by Tara Quill and Acme Capital hired Omar Haddad in May.",
     {("Tara Quill", "founderOf", "Brixel Labs")}, {("Omar Haddad", "founderOf", "Brixel Labs")}),
    ("Brixel Labs was founded by Tara Quill and Acme Capital named Omar Haddad its partner.",
     {("Tara Quill", "founderOf", "Brixel Labs")}, {("Omar Haddad", "founderOf", "Brixel Labs")}),
    # "a group of investors headed by X"
    ("Quibbl Labs, a two-year-old company building robots, said on Tuesday it had raised $220 million "
     "in new funding from a group of investors headed by Thrive Capital.",
     {("Thrive Capital", "investsIn", "Quibbl Labs")}, set()),
    # "X's venture fund Y" (the possessor only, not a company listed before it)
    ("Veyra Labs has raised $900 million from investors including Fidelity and Microsoft's venture fund M12.",
     {("M12", "subOrganizationOf", "Microsoft"), ("Fidelity", "investsIn", "Veyra Labs")},
     {("M12", "subOrganizationOf", "Fidelity")}),
    # "who covers X for Y": an analyst's employer
    ('"Most deployments are pilots," said Rhea Castellanos, who covers robotics for the research firm Interact Analysis.',
     {("Rhea Castellanos", "worksFor", "Interact Analysis")}, set()),
    # "Jane Roe, the former Acme chief executive"
    ("Zhou will report to Alexandr Wang, the former Scale AI chief executive who now leads the lab, the people said.",
     {("Alexandr Wang", "ceoOf", "Scale AI")}, set()),
    ("Tara Quill, the former Quibbl Labs chief of staff, joined Vantorix AI.",
     set(), {("Tara Quill", "ceoOf", "Quibbl Labs")}),
    # "also put money into the round, alongside existing backer X"
    ("Quibbl Labs raised $50 million this week. Vantorix Capital also put money into the round, alongside "
     "existing backer Plumly Ventures.",
     {("Vantorix Capital", "investsIn", "Quibbl Labs"), ("Plumly Ventures", "investsIn", "Quibbl Labs")}, set()),
])
def test_p13_second_round(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")


@pytest.mark.parametrize("text, expected, wrong", [
    # "who runs X's Y unit" / "who leads the university's Y": head of the named unit
    ("Tara Quill, a Google veteran who now runs Alphabet's Waymo unit, spoke on Monday.",
     {("Tara Quill", "ceoOf", "Waymo")}, set()),
    ('"Benchmarks tell part of the story," said Tara Quill, a Stanford professor who leads the '
     "university's Quibbl Robotics Lab.",
     {("Tara Quill", "ceoOf", "Quibbl Robotics Lab")}, set()),
    # a deal or an investment of the possessor is no unit
    ("Tara Quill, who led Microsoft's OpenAI investment, spoke on Monday.",
     set(), {("Tara Quill", "ceoOf", "OpenAI")}),
    ("Tara Quill, who runs Microsoft's OpenAI partnership, spoke on Monday.",
     set(), {("Tara Quill", "ceoOf", "OpenAI")}),
])
def test_head_of_possessed_unit(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")


@pytest.mark.parametrize("text, expected, wrong", [
    # a fronted "Backed by A and B," names the clause subject's investors
    ("Backed by Vantorix Capital and Nvidia, Quibbl Labs has raised $400 million.",
     {("Vantorix Capital", "investsIn", "Quibbl Labs"), ("Nvidia", "investsIn", "Quibbl Labs")}, set()),
    ("Backed by Vantorix Capital, the startup Quibbl Labs has raised $400 million.",
     {("Vantorix Capital", "investsIn", "Quibbl Labs")}, set()),
    # "developed jointly by A and B"
    ("Zephon-2 was developed jointly by Quibbl Labs and Vantorix AI.",
     {("Quibbl Labs", "develops", "Zephon-2"), ("Vantorix AI", "develops", "Zephon-2")}, set()),
    # a designer's chips made by a foundry; a foundry making a named chip for a designer
    ("Quibbl Labs designs its own chips, which are manufactured by Samsung Electronics.",
     {("Quibbl Labs", "partnerOf", "Samsung Electronics")}, set()),
    ("Samsung Electronics makes the Zephon-2 chip for Quibbl Labs.",
     {("Samsung Electronics", "partnerOf", "Quibbl Labs"), ("Samsung Electronics", "manufactures", "Zephon-2")}, set()),
    # "X owns Y": Y is X's; not a stake, nor Y's rival
    ("Vantorix AI owns Quibbl Labs.", {("Quibbl Labs", "subOrganizationOf", "Vantorix AI")}, set()),
    ("Vantorix AI owns a stake in Quibbl Labs.", {("Vantorix AI", "investsIn", "Quibbl Labs")},
     {("Quibbl Labs", "subOrganizationOf", "Vantorix AI")}),
    ("Vantorix AI owns Quibbl Labs' biggest rival.", set(), {("Quibbl Labs", "subOrganizationOf", "Vantorix AI")}),
    # "available through / on C": C distributes it
    ("Quibbl Labs makes its models available on Amazon Web Services and Google Cloud.",
     {("Quibbl Labs", "partnerOf", "Amazon Web Services"), ("Quibbl Labs", "partnerOf", "Google Cloud")}, set()),
    ("Quibbl Labs' chatbot will be available in Europe, Amazon Web Services said.",
     set(), {("Quibbl Labs", "partnerOf", "Amazon Web Services")}),
])
def test_p13_third_round(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")


@pytest.mark.parametrize("text, expected, wrong", [
    ("Tara Quill has stepped down as chief technology officer of Quibbl Labs.",
     {("Tara Quill", "worksFor", "Quibbl Labs")}, set()),
    # a chief executive stepping down stays ceoOf, with no extra worksFor
    ("Tara Quill has stepped down as chief executive of Quibbl Labs.",
     {("Tara Quill", "ceoOf", "Quibbl Labs")}, {("Tara Quill", "worksFor", "Quibbl Labs")}),
    ("Quibbl Labs' head of research, Tara Quill, is departing.", {("Tara Quill", "worksFor", "Quibbl Labs")}, set()),
    ("Tara Quill chairs Quibbl Labs.", {("Tara Quill", "worksFor", "Quibbl Labs")}, set()),
    ("Tara Quill is chairman of Quibbl Labs.", {("Tara Quill", "worksFor", "Quibbl Labs")}, set()),
    # a company describing a person is no second object of "co-founder of"
    ("Tara Quill, co-founder of Quibbl Labs and a former Vantorix AI researcher, said so.",
     {("Tara Quill", "founderOf", "Quibbl Labs")}, {("Tara Quill", "founderOf", "Vantorix AI")}),
    # ... while a list of companies still is one
    ("Quibbl Labs is backed by Vantorix Capital and Plumly Ventures.",
     {("Vantorix Capital", "investsIn", "Quibbl Labs"), ("Plumly Ventures", "investsIn", "Quibbl Labs")}, set()),
])
def test_p13_roles(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")


@pytest.mark.parametrize("text, expected, wrong", [
    ("Quibbl Labs will provide computing capacity to Vantorix AI under a five-year contract.",
     {("Quibbl Labs", "partnerOf", "Vantorix AI")}, set()),
    # money provided is no supply
    ("Quibbl Labs provided $10 million in funding to Vantorix AI.", set(), {("Quibbl Labs", "partnerOf", "Vantorix AI")}),
    ("Quibbl Labs won a $2 billion contract from Vantorix AI.", {("Quibbl Labs", "partnerOf", "Vantorix AI")}, set()),
    ("Quibbl Labs won a lawsuit against Vantorix AI.", set(), {("Quibbl Labs", "partnerOf", "Vantorix AI")}),
    ("Quibbl Labs relies on Vantorix AI for most of its revenue.", {("Quibbl Labs", "partnerOf", "Vantorix AI")}, set()),
    ("Quibbl Labs signed a memorandum of understanding with Vantorix AI.",
     {("Quibbl Labs", "partnerOf", "Vantorix AI")}, set()),
    ("Quibbl Labs said it would integrate Vantorix AI's models into its products.",
     {("Quibbl Labs", "partnerOf", "Vantorix AI")}, set()),
    ("Quibbl Labs hosts Vantorix AI's models on its cloud.", {("Quibbl Labs", "partnerOf", "Vantorix AI")}, set()),
])
def test_p13_suppliers(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")


@pytest.mark.parametrize("text, expected", [
    ("Zephon-3 falls short of GPT-4o on reasoning tasks.", {("Zephon-3", "comparedTo", "GPT-4o")}),
    ("Zephon-3 outscored GPT-4o and Gemini 1.5 Pro on the benchmark.",
     {("Zephon-3", "comparedTo", "GPT-4o"), ("Zephon-3", "comparedTo", "Gemini 1.5 Pro")}),
    ("Quibbl Labs is buying 50,000 Nvidia H100 chips this year.", {("Quibbl Labs", "usesHardware", "Nvidia H100")}),
])
def test_p13_models_and_chips(extractor_real, text, expected):
    check_text(extractor_real, text, expected, set(), lang="en")


@pytest.mark.parametrize("text, expected, wrong", [
    ("Quibbl Labs raised $50 million. The funding came from Vantorix Capital and Plumly Ventures.",
     {("Vantorix Capital", "investsIn", "Quibbl Labs"), ("Plumly Ventures", "investsIn", "Quibbl Labs")}, set()),
    # revenue is no funding
    ("Quibbl Labs raised $50 million. Most of its revenue came from Vantorix AI.",
     set(), {("Vantorix AI", "investsIn", "Quibbl Labs")}),
])
def test_p13_funding(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")
