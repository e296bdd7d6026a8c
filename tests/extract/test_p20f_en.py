"""English relations and names found missing on the fresh training set en-ag (p20f round,
2026-11-28: AI-industry news from China, Japan, Korea and India). Every name in the relation cases
is invented; "Acme", "Zorblax", "Jane Roe" and "Rocket" are in the test catalogue. The name cases
check real catalogue entries."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text, ents, resolved

CASES = [
    # co-investors after a round the passage's company raised
    ("Zorblax has raised $95 million in a round. Acme led the financing, with Quill Capital and Nordwind "
     "Ventures returning as existing backers.",
     {("Quill Capital", "investsIn", "Zorblax"), ("Nordwind Ventures", "investsIn", "Zorblax")}, set()),
    ("Zorblax has closed a Series B round. The round was led by Acme, with Quill Capital and Nordwind Ventures "
     "also writing cheques.",
     {("Acme", "investsIn", "Zorblax"), ("Quill Capital", "investsIn", "Zorblax")}, set()),
    # not after an effort that is no round
    ("Zorblax builds models. Acme led the effort, with Quill Capital joining as a partner.",
     set(), {("Quill Capital", "investsIn", "Zorblax")}),
    ("Funding for Zorblax came from Acme and Quill Capital, which co-led a round last autumn.",
     {("Acme", "investsIn", "Zorblax"), ("Quill Capital", "investsIn", "Zorblax")}, set()),
    # a majority stake, control taken, a firm absorbed: acquired; a minority stake is none
    ("Acme, which bought a majority stake in Zorblax last year, is trying to catch up.",
     {("Acme", "acquired", "Zorblax")}, set()),
    ("Acme bought a minority stake in Zorblax last year.", set(), {("Acme", "acquired", "Zorblax")}),
    ("Acme, which took control of the start-up Zorblax last year, grew.", {("Acme", "acquired", "Zorblax")}, set()),
    ("Acme recently absorbed a second firm, the speech specialist Quill Labs, into its AI division.",
     {("Acme", "acquired", "Quill Labs")}, set()),
    ("Last month Berlin-based Zorblax, a smaller designer of chips, agreed to be bought by Acme for an "
     "undisclosed sum.", {("Acme", "acquired", "Zorblax")}, set()),
    # a pair in an apposition that completed a merger; a pair locked in a contest (not in a lawsuit)
    ("Earlier, two smaller labs, Quill Labs and Zorblax, completed a merger to share costs.",
     {("Quill Labs", "mergedWith", "Zorblax")}, set()),
    ("Acme and Zorblax are locked in a contest for government contracts.", {("Acme", "competesWith", "Zorblax")}, set()),
    ("Acme and Zorblax are locked in a lawsuit over patents.", set(), {("Acme", "competesWith", "Zorblax")}),
    # a consortium joined with a partner; a pair that signed an agreement, not one with a third party
    ("Zorblax has joined a consortium with Acme to build a server.", {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Zorblax and Acme signed a three-year capacity agreement in April.", {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Acme and Zorblax signed an agreement with Quill Labs.", {("Acme", "partnerOf", "Quill Labs")},
     {("Acme", "partnerOf", "Zorblax")}),
    # fronted interviews with a phrase after the outlet, or "the" before it
    ("Speaking to Quill News after the launch, Acme chief executive Jane Roe framed the deal as a bet.",
     {("Jane Roe", "interviewedBy", "Quill News")}, set()),
    ("In an interview with the Quill Herald, Jane Roe said Acme had no plans.",
     {("Jane Roe", "interviewedBy", "Quill Herald")}, set()),
    # a thing being developed "called Y" after a long apposition of its developer
    ("Zorblax, founded in 2022 by former Acme engineer Jane Roe, is developing an inference accelerator called "
     "Quill-1.", {("Zorblax", "develops", "Quill-1"), ("Jane Roe", "founderOf", "Zorblax")}, set()),
    # a board seat is no employment (the training gold's convention); a start-up launched by a person
    ("Acme partner Jane Roe, who joins Zorblax's board as part of the deal, spoke.",
     {("Jane Roe", "worksFor", "Acme")}, {("Jane Roe", "worksFor", "Zorblax")}),
    ("Jane Roe, who until March headed a team at Acme, has launched Zorblax, a Berlin start-up that will "
     "build models.", {("Jane Roe", "founderOf", "Zorblax"), ("Jane Roe", "worksFor", "Acme")},
     {("Jane Roe", "founderOf", "Acme")}),
    # "the chip" named before, fabricated by a maker
    ("Zorblax is developing the Kestro Edge. Acme will fabricate the chip on a 28-nanometre process.",
     {("Acme", "manufactures", "Kestro Edge")}, set()),
    # chairman and chief executive of the passage's company; chairman alone is no chief executive
    ("Zorblax builds models. Jane Roe remains chairman and chief executive.", {("Jane Roe", "ceoOf", "Zorblax")}, set()),
    ("Zorblax builds models. Jane Roe remains chairman.", {("Jane Roe", "worksFor", "Zorblax")},
     {("Jane Roe", "ceoOf", "Zorblax")}),
    # models pitted against or set side by side with another
    ("Rocket 2 was explicitly pitted against Rocket in a report.", {("Rocket 2", "comparedTo", "Rocket")}, set()),
    ("Acme set Rocket 2 side by side with Rocket and reported scores.", {("Rocket 2", "comparedTo", "Rocket")}, set()),
    # a person after "whose chairman" works for the company, which partnered with another
    ("Zorblax, whose chairman Jane Roe has promised growth, partnered with Acme to build data centres.",
     {("Jane Roe", "worksFor", "Zorblax"), ("Zorblax", "partnerOf", "Acme")}, set()),
    # a company that supplies its memory makes it; a merger in a clause names the two merged, not the
    # company described by the apposition
    ("Its sister company Zorblax supplies Kestro Edge memory to Acme.", {("Zorblax", "manufactures", "Kestro Edge")}, set()),
    ("Zorblax, the group formed when Acme merged with Quill Labs, grew.", {("Acme", "mergedWith", "Quill Labs")},
     {("Zorblax", "mergedWith", "Quill Labs")}),
    # a name before "supercomputer" is hardware
    ("Zorblax trained the model on the Quill 3.0 supercomputer last year.", {("Zorblax", "usesHardware", "Quill 3.0")},
     {("Zorblax", "develops", "Quill 3.0")}),
    # backed by an investor with "had been"; a spin-out is no subsidiary (the training gold's convention)
    ("Zorblax was spun out of Acme, which remains the largest shareholder, while Quill Labs had been backed by "
     "Nordwind Capital.", {("Nordwind Capital", "investsIn", "Quill Labs")},
     {("Acme", "investsIn", "Quill Labs"), ("Zorblax", "subOrganizationOf", "Acme")}),
    # a company with a "whose" clause that competes; a chip "which A designed and which Z fabricates"
    ("Zorblax, whose Kestro Edge chip is produced by Quill Labs, competes directly with Acme for customers.",
     {("Zorblax", "competesWith", "Acme")}, {("Quill Labs", "competesWith", "Acme")}),
    ("The Kestro Edge, which Acme designed in-house and which Zorblax fabricates on a 7-nanometre process, is fast.",
     {("Acme", "develops", "Kestro Edge"), ("Zorblax", "manufactures", "Kestro Edge")},
     {("Acme", "manufactures", "Kestro Edge")}),
    # money poured in by the subject of an earlier verb of the sentence
    ("Acme builds models. The group led a round in Zorblax last year and has poured money into Quill Labs.",
     {("Acme", "investsIn", "Zorblax"), ("Acme", "investsIn", "Quill Labs")}, {("Zorblax", "investsIn", "Quill Labs")}),
    # a unit founded by a company's chief; an investor that had also backed another
    ("Zorblax, the unit founded by Acme chief Jane Roe, disputed the comparison.",
     {("Jane Roe", "founderOf", "Zorblax")}, {("Jane Roe", "founderOf", "Acme")}),
    ("Quill Capital had also backed Zorblax earlier.", {("Quill Capital", "investsIn", "Zorblax")}, set()),
    # a company's flagship in an apposition (also after a bare apostrophe); not a company named so
    ("Quill Labs' flagship, Rocket 2, is a compact model.", {("Quill Labs", "develops", "Rocket 2")}, set()),
    ("Acme's flagship, Zorblax, said so.", set(), {("Acme", "develops", "Zorblax")}),
    # "announcing the company": the company founded, not another one named before
    ("Jane Roe left Acme to start Zorblax. In a post announcing the company, she said Zorblax will train Rocket.",
     set(), {("Acme", "develops", "Rocket")}),
    # one of a company's biggest buyers is its partner
    ("Zorblax has become one of Acme's biggest buyers.", {("Zorblax", "partnerOf", "Acme")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", CASES)
def test_relations_p20f_en(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")


def test_a_news_outlet_is_no_antecedent_of_the_lab(nlp_en) -> None:
    # "the tech outlet Quill News": "the lab" and "the company" after it are another organisation
    refs = resolved(nlp_en, "Zorblax builds chatbots. Its founder rarely speaks, but in an interview with the tech "
                            "outlet Quill News she said the lab's mission was AGI. The company says more.")
    assert refs and all(label == "Zorblax" for text, label in refs if text in ("lab", "company"))


def test_a_plural_chip_noun_before_an_apposition_is_no_part_of_the_name(nlp_en) -> None:
    found = ents(nlp_en, "Zorblax trained Rocket on 2,048 Kestro Z9 GPUs, a cut-down chip that Acme designed.")
    assert ("Kestro Z9", "Hardware") in found and not any(label.endswith("GPUs") for label, _ in found)


@pytest.mark.parametrize("text, name", [
    # a family name first: the apposition with a company's person role makes it a person
    ("Under the deal, Park Sunghyun, Acme's co-founder and chief executive, will lead it.", "Park Sunghyun"),
    ("Today Mori Kenji, Zorblax' chief technology officer, spoke.", "Mori Kenji"),
])
def test_person_before_a_company_role_apposition(nlp_en, text, name) -> None:
    assert (name, "Person") in ents(nlp_en, text)


def test_a_quantifier_opening_a_sentence_is_no_name(nlp_en) -> None:
    assert not {label for label, _ in ents(nlp_en, "Few Korean AI companies have grown as fast as Zorblax.")
                if label.startswith("Few")}


def test_company_before_a_company_noun_apposition_stays_a_company(nlp_en) -> None:
    found = ents(nlp_en, "Quill Labs, Acme's chief rival, grew.")
    assert ("Quill Labs", "Organization") in found and ("Quill Labs", "Person") not in found


NAMES = [
    ("It faces Rebellions and Sapeon Korea at home.", {("Rebellions", "Organization"), ("Sapeon Korea", "Organization")}),
    ("KDDI owns ELYZA; NTT makes tsuzumi.", {("KDDI", "Organization"), ("ELYZA", "Organization"), ("tsuzumi", "AIModel")}),
    ("Upstage released Solar Pro 2 after Naver's HyperCLOVA X model.",
     {("Upstage", "Organization"), ("Solar Pro 2", "AIModel"), ("HyperCLOVA X", "AIModel")}),
    ("PFN trains on MN-Core 2 chips.", {("PFN", "Organization"), ("MN-Core 2", "Hardware")}),
    ("HongShan and Qiming Venture Partners joined.", {("HongShan", "Organization"), ("Qiming Venture Partners", "Organization")}),
]


@pytest.mark.parametrize("text, expected", NAMES)
def test_catalogue_names_p20f_en(extractor_real, text, expected) -> None:
    found = {(e.label, e.type) for e in extractor_real.pipeline("en")(text)._.kg_entities}
    assert expected <= found
