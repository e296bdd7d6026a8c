"""English rules of the p27f round (fresh set en-bb, 2026-11-29): "It will be led by P"; "X, until now a unit
of Y, will be run by P" (and no head of Y after "of"); "Y will keep a stake in X"; "P, who previously worked on
Y's Z"; "P, who has led Y's AI research"; "X relies on Y's Z cloud", "X trains its models in Y's cloud"; "Z, a
supercomputer operated by X"; "…; A, the venture arm of B, and C also took part". Names: a hyphenated model
name whose last part is a stop word or a letter ("Kelvo-Act", "Tesvo-V." at a sentence's end); a short
name that opens two longer ones ("Varnholt" beside "Varnholt AI Lab" and "Varnholt Ventures") is a company of its
own. Every name is invented; "Acme", "Zorblax", "Jane Roe", "Rocket", "Rocket 2" and "Kestro Edge" are in the
test catalogue."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from tests.extract.conftest import CATALOGUE, RULES_ONLY, check_text, ents

CASES = [
    # "It will be led by P": a subject "it" before a passive
    ("Kelvra Labs is now an independent company. It will be led by Mira Kost, who previously headed the lab's "
     "perception team.", {("Mira Kost", "ceoOf", "Kelvra Labs")}, set()),
    # a head after an apposition that names the parent; not the parent's head
    ("Kelvra Labs, until now a unit of Quellix Systems, will be run by Mira Kost, who has led Quellix Systems's "
     "AI research since 2021.",
     {("Mira Kost", "ceoOf", "Kelvra Labs"), ("Mira Kost", "worksFor", "Quellix Systems")},
     {("Mira Kost", "ceoOf", "Quellix Systems")}),
    # a parent keeps a stake
    ("Kelvra Labs has become an independent company. Quellix Systems will keep a 19 percent stake in Kelvra Labs "
     "and has signed on as its first customer.", {("Quellix Systems", "investsIn", "Kelvra Labs")}, set()),
    # a former employer from the work on its product
    ("Kelvra Labs makes robots. Mira Kost, who spent six years working on Quellix Systems's Autopilot before "
     "founding Kelvra Labs, spoke.", {("Mira Kost", "worksFor", "Quellix Systems")}, set()),
    ("Mira Kost founded Kelvra Labs together with Tomas Brell, who previously worked on Quellix Systems's TPU chips.",
     {("Tomas Brell", "worksFor", "Quellix Systems")}, {("Mira Kost", "worksFor", "Quellix Systems")}),
    # a cloud partner
    ("Kelvra Labs's closest rival, Tavor Health, relies on Quellix Systems's Azure cloud, while others wait.",
     {("Tavor Health", "partnerOf", "Quellix Systems")}, {("Kelvra Labs", "partnerOf", "Quellix Systems")}),
    ("Its Swiss rival Tavor Health, which also designs antibodies, trains its models in Quellix Systems's cloud.",
     {("Tavor Health", "partnerOf", "Quellix Systems")}, set()),
    # the operator of a supercomputer
    ("Kelvra Labs trained the model on the Zeltron Booster, a supercomputer operated by Quellix Computing.",
     {("Quellix Computing", "usesHardware", "Zeltron Booster")}, set()),
    # backers after a semicolon, the first in an apposition
    ("Kelvra Labs raised $310 million in February from a group led by Quellix Ventures; Tavor Ventures, the "
     "venture capital arm of Brell Systems, and Ostra Capital also took part.",
     {("Tavor Ventures", "investsIn", "Kelvra Labs"), ("Ostra Capital", "investsIn", "Kelvra Labs"),
      ("Quellix Ventures", "investsIn", "Kelvra Labs")}, {("Brell Systems", "investsIn", "Kelvra Labs")}),
    # a parent in a relative clause after a partner
    ("Kelvra Labs has a distribution deal with Ostra Telecom, whose parent Ostra Group is also one of Kelvra's "
     "largest shareholders.", {("Ostra Telecom", "subOrganizationOf", "Ostra Group"),
                               ("Kelvra Labs", "partnerOf", "Ostra Telecom")}, set()),
    # backers putting in a combined sum (no merger)
    ("Kelvra Labs is spinning off a unit. Alongside it, the venture firms Tavor Capital and Ostra Ventures are "
     "putting in a combined $120 million.",
     {("Tavor Capital", "investsIn", "Kelvra Labs"), ("Ostra Ventures", "investsIn", "Kelvra Labs")},
     {("Tavor Capital", "mergedWith", "Ostra Ventures")}),
    ("Tavor Capital and Ostra Ventures combined their funds in May.", {("Tavor Capital", "mergedWith", "Ostra Ventures")},
     set()),
    # the model behind a company's chatbot
    ("Brisa 3 went live on Monday and is pitched as a rival to Quorra 2.5, the model behind Quorrix Labs's chatbot.",
     {("Quorrix Labs", "develops", "Quorra 2.5")}, set()),
    # a partner in a design
    ("Kelvra Labs makes robots, and Jane Roe said Kelvra Labs was designing its own control chip with help from "
     "Ostra Technology.", {("Kelvra Labs", "partnerOf", "Ostra Technology")}, set()),
    # rivals named as a person's: those of the passage's company, not of each other
    ("Kelvra Labs makes robots. On the podcast, Jane Roe described Tavor Robotics and Ostra Intelligence as her main "
     "competitors.", {("Kelvra Labs", "competesWith", "Tavor Robotics"),
                      ("Kelvra Labs", "competesWith", "Ostra Intelligence")},
     {("Tavor Robotics", "competesWith", "Ostra Intelligence")}),
    # an interview on an outlet's podcast
    ("Kelvra Labs makes robots. Jane Roe said on a Ostra News podcast this week that she was happy.",
     {("Jane Roe", "interviewedBy", "Ostra News")}, set()),
    # a contract maker picked to build the first processor
    ("Kelvra Labs, a chip designer, has picked Zorblax to build its first processor, Vexa-1, the start-up said.",
     {("Zorblax", "manufactures", "Vexa-1"), ("Kelvra Labs", "partnerOf", "Zorblax"),
      ("Kelvra Labs", "develops", "Vexa-1")}, {("Kelvra Labs", "manufactures", "Vexa-1")}),
    # the first customer of a chip
    ("Kelvra Labs raised money. Other backers include Tavor Capital and cloud operator Ostra Cloud, which has also "
     "agreed to become the first customer for Vexa-1 servers.",
     {("Ostra Cloud", "usesHardware", "Vexa-1"), ("Ostra Cloud", "partnerOf", "Kelvra Labs")},
     {("Tavor Capital", "usesHardware", "Vexa-1")}),
    # a stakeholder that is also the largest customer
    ("Kelvra Labs designs drugs. Part of the money comes from Ostra Pharma, which bought a minority stake in Kelvra "
     "Labs last year and is also its largest customer.", {("Ostra Pharma", "partnerOf", "Kelvra Labs")}, set()),
    # a unit's new head
    ("Kelvra AI Lab will continue to work on robotics and materials research under its new head, Joost van Aalst, "
     "who joined from Ostra Systems last year.",
     {("Joost van Aalst", "ceoOf", "Kelvra AI Lab"), ("Joost van Aalst", "worksFor", "Ostra Systems")},
     {("Joost van Aalst", "worksFor", "Kelvra AI Lab")}),
    # a described backer after "and the"
    ("Kelvra Labs raised 85 million euros in a Series A round led by Tavor Partners and the French state investment "
     "bank Ostrafin.", {("Tavor Partners", "investsIn", "Kelvra Labs"), ("Ostrafin", "investsIn", "Kelvra Labs")},
     set()),
    # a goal a person names for the company
    ("Kelvra Labs founder Jane Roe says the company will not chase users. She named AI safety, alongside growth, "
     "as the company's second priority.", {("Kelvra Labs", "pursues", "AI safety")}, set()),
    # a grant for the passage's organisation
    ("The Kelvra Institute released a model. The Ostra Foundation provided an additional grant.",
     {("Ostra Foundation", "investsIn", "Kelvra Institute")}, set()),
    # a backer's round in a relative clause
    ("Kelvra Labs has become a company. The remaining shares are held by the founders and by London-based Tavor "
     "Capital, which invested 22 million euros in a seed round.", {("Tavor Capital", "investsIn", "Kelvra Labs")},
     set()),
    # a supplier turned to
    ("Kelvra Labs makes chips. For packaging, Kelvra Labs has turned to Ostra Assembly, the largest provider of "
     "such services.", {("Kelvra Labs", "partnerOf", "Ostra Assembly")}, set()),
    # a machine a company trains on, named after "called" (no maker)
    ("Ostra Pharmaceuticals trains its models on a supercomputer called Helvo-2.",
     {("Ostra Pharmaceuticals", "usesHardware", "Helvo-2")}, {("Ostra Pharmaceuticals", "develops", "Helvo-2")}),
    ("Ostra Pharmaceuticals has built its own supercomputer called Helvo-2.",
     {("Ostra Pharmaceuticals", "develops", "Helvo-2")}, set()),
    # chips rented under an agreement
    ("Kelvra Labs, a Boston start-up, has signed a multi-year agreement to rent Kestro Edge GPUs from cloud provider "
     "Ostra Cloud, the company said on Tuesday.",
     {("Kelvra Labs", "usesHardware", "Kestro Edge"), ("Kelvra Labs", "partnerOf", "Ostra Cloud")}, set()),
    # a speaker's training on chips another provided
    ("The Kelvra Institute released a model. Training took place on a cluster of Kestro Edge GPUs provided by Ostra "
     "Cloud under a research partnership, the Kelvra Institute said.",
     {("Kelvra Institute", "usesHardware", "Kestro Edge"), ("Kelvra Institute", "partnerOf", "Ostra Cloud")}, set()),
    # a move to a cloud and the chips used there
    ("To train larger models, Kelvra Labs plans to move from Ostra Systems's in-house servers to Quorv Cloud, where "
     "it will use Quorv Cloud's Kestro Edge chips.",
     {("Kelvra Labs", "partnerOf", "Quorv Cloud"), ("Kelvra Labs", "usesHardware", "Kestro Edge")},
     {("Kelvra Labs", "partnerOf", "Ostra Systems")}),
    # the speaker of a reported clause owns its possessive
    ("Kelvra Labs on Tuesday accused rival Ostra AI of publishing misleading results, a day after Ostra AI claimed "
     "that its new model, Suzo-2, outperforms Kelvra's flagship model.",
     {("Ostra AI", "develops", "Suzo-2")}, {("Kelvra Labs", "develops", "Suzo-2")}),
    # a customer builds the chip named before into its product; the first chips go to a user
    ("Kelvra Semiconductors has built the Zeta S1 chip. Pemberton said the first samples would go to the auto supplier "
     "Ostra Automotive, which has agreed to build the chip into a driver-assistance system.",
     {("Ostra Automotive", "usesHardware", "Zeta S1")}, set()),
    ("Kelvra Silicon makes the Zeta V2 chip. The first V2 chips will go to Ostra Telecom, which has agreed to deploy "
     "them in edge data centres.", {("Ostra Telecom", "usesHardware", "V2")},
     {("Ostra Telecom", "partnerOf", "Kelvra Silicon")}),
    # compute given by an operator
    ("The Kelvra Institute trained its model on the Zeltron Booster, a supercomputer operated by Ostra Computing, "
     "which gave the institute computing time through a public research programme.",
     {("Kelvra Institute", "partnerOf", "Ostra Computing"), ("Ostra Computing", "usesHardware", "Zeltron Booster")},
     set()),
    # a show's host
    ("Jane Roe spoke on the weekly podcast of tech outlet Ostra Weekly. \"Chat is a distraction,\" Jane Roe told "
     "Mira Kost, who hosts the show for Ostra Weekly.", {("Mira Kost", "worksFor", "Ostra Weekly")},
     {("Jane Roe", "worksFor", "Ostra Weekly")}),
]


@pytest.mark.parametrize("text, expected, wrong", CASES)
def test_p27f_english_rules(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")


NAMES = [
    # a hyphenated model name whose last part is a stop word or a single letter
    ("Kelvra Labs built a new model. That model, Kelvo-Act, was trained on video.", {("Kelvo-Act", "AIModel")},
     {("Kelvo", "AIModel")}),
    ("It runs on Kelvra Labs's own vision-language model, Tesvo-V. The model is small.", {("Tesvo-V", "AIModel")},
     {("Tesvo", "AIModel")}),
    # a short name that opens two longer ones is a company of its own
    ("A team built systems for Dutch industrial group Varnholt. The team was part of Varnholt AI Lab, Varnholt's "
     "research unit. Varnholt's own venture fund, Varnholt Ventures, did not take part.",
     {("Varnholt", "Organization"), ("Varnholt AI Lab", "Organization"), ("Varnholt Ventures", "Organization")},
     set()),
    # a name with a dotted version typed by its apposition
    ("Tenri Labs trains its models on Kelvo 3.0, a government-funded supercomputer.", {("Kelvo 3.0", "Hardware")},
     {("Kelvo 3.0", "AIModel")}),
    # a medical variant after a hyphen
    ("Rocket-Med, as the model is called, is a new member of the Rocket family.", {("Rocket-Med", "AIModel")},
     set()),
]


@pytest.mark.parametrize("text, expected, wrong", NAMES)
def test_p27f_english_names(nlp_en, text, expected, wrong) -> None:
    found = ents(nlp_en, text)
    assert expected <= found, expected - found
    assert not (wrong & found), wrong & found


def test_p27f_catalogue_name_with_legal_form(tmp_path) -> None:
    """A catalogue entry whose name ends in a legal form ("Quorv Corp.", a telecom unit) is not the entry of
    its first word ("Quorv", the group) with the suffix joined."""
    path = tmp_path / "catalogue.tsv"
    path.write_text(CATALOGUE + "quorv\tOrganization\tQuorv\t\tQuorv Group\t\tinvented\n"
                    "quorv-corp\tOrganization\tQuorv Corp\t\tQuorv Corp.\t\tinvented\n", encoding="utf-8")
    found = ents(Extractor(RULES_ONLY, catalogue_path=str(path)).pipeline("en"),
                 "Kelvra Labs has a deal with Quorv Corp., whose parent Quorv Group is a shareholder.")
    assert {("Quorv Corp.", "Organization"), ("Quorv Group", "Organization")} <= found
