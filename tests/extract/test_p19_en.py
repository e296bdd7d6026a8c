"""English relations found missing on the fresh training articles of the p19 round (2026-11-28:
en-aa … en-ad), read across the four sets for kinds that recur. Every name is invented; "Acme",
"Zorblax", "Jane Roe", "Rocket", "Rocket 2" and "Kestro Edge" are in the test catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text

INVESTORS = [
    # "A and B, both early backers of Z": every coordinated backer
    ("Acme and Brightwell Capital, both early backers of Zorblax, will put more money in.",
     {("Acme", "investsIn", "Zorblax"), ("Brightwell Capital", "investsIn", "Zorblax")}, set()),
    # "Z, which …, took $N from B"
    ("Zorblax, which builds translation tools, took $18 million from Brightwell Capital.",
     {("Brightwell Capital", "investsIn", "Zorblax")}, set()),
    ("Zorblax took a call from Brightwell Capital.", set(), {("Brightwell Capital", "investsIn", "Zorblax")}),
    # "B led Z's $N Series B"; "B led a round of $N in Z, alongside A and C"
    ("Brightwell Capital led Zorblax's $60 million Series B.", {("Brightwell Capital", "investsIn", "Zorblax")}, set()),
    ("Brightwell Capital led a funding round of $500 million in Zorblax in 2023, alongside Acme and Corvex Ventures.",
     {("Brightwell Capital", "investsIn", "Zorblax"), ("Acme", "investsIn", "Zorblax"),
      ("Corvex Ventures", "investsIn", "Zorblax")}, set()),
    # the owner named before the investor is not the one who led
    ("The Halvard Group, owner of the discount chain Zorblax, led a funding round of $500 million in Acme.",
     set(), {("Zorblax", "investsIn", "Acme")}),
]

EMPLOYERS = [
    # former employers: years spent at a company, a team of a company, a move from a company
    ("Jane Roe founded the company in 2022 after six years as a data editor at Acme.",
     {("Jane Roe", "worksFor", "Acme")}, set()),
    ("Jane Roe founded Zorblax after a decade at Acme.", {("Jane Roe", "worksFor", "Acme")}, set()),
    ("Acme co-founder Jane Roe, a former engineer in Zorblax's perception team, becomes chief scientist.",
     {("Jane Roe", "worksFor", "Zorblax")}, set()),
    ("Tom Berger co-founded Rocket Labs with Jane Roe, formerly a senior engineer on Acme's driver-assistance team.",
     {("Jane Roe", "worksFor", "Acme")}, set()),
    ("The deal was negotiated by Jane Roe, Zorblax's chief AI officer, who joined the group from Acme two years ago.",
     {("Jane Roe", "worksFor", "Zorblax"), ("Jane Roe", "worksFor", "Acme")}, set()),
    # "the X technology columnist": a description between the outlet and the role
    ("Jane Roe, the Acme technology columnist who co-hosts the show, pressed her.",
     {("Jane Roe", "worksFor", "Acme")}, set()),
    ("Jane Roe, the Acme critic, left.", set(), {("Jane Roe", "worksFor", "Acme")}),
]

PARTNERS = [
    ("Zorblax, a Paris start-up building robots, has chosen Acme as its model partner, the company said.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Zorblax teams up with robot makers: Acme and the Norwegian company Norvik Systems will test it.",
     {("Zorblax", "partnerOf", "Acme"), ("Zorblax", "partnerOf", "Norvik Systems")}, set()),
    ("Corvid runs on chips from Zorblax, the Beijing chipmaker that also supplies Acme and Norvik Systems.",
     {("Zorblax", "partnerOf", "Acme"), ("Zorblax", "partnerOf", "Norvik Systems")}, set()),
    ("Zorblax, which is majority-owned by Acme, had supplied Norvik Systems since 2021.",
     {("Zorblax", "partnerOf", "Norvik Systems")}, {("Acme", "partnerOf", "Norvik Systems")}),
    ("Zorblax has responded by deepening its ties with Acme, the Paris-based model developer.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Zorblax took the opposite route in 2024, licensing some nonfiction titles to Acme for model training.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    # a rival chosen over, or a company merely named beside the licence, is no partner
    ("Zorblax chose Acme over Norvik Systems as its model partner.", set(), {("Zorblax", "partnerOf", "Norvik Systems")}),
]

HARDWARE_AND_RIVALS = [
    ("Acme, which operates tens of thousands of Kestro Edge GPUs, said it was evaluating samples.",
     {("Acme", "usesHardware", "Kestro Edge")}, set()),
    ("Two cloud providers, Acme and Zorblax, already run the Kestro Edge in production.",
     {("Acme", "usesHardware", "Kestro Edge"), ("Zorblax", "usesHardware", "Kestro Edge")}, set()),
    ("Acme's flagship robot, the K2, runs on Kestro Edge.", {("Acme", "usesHardware", "Kestro Edge")}, set()),
    ("Customers include Acme, which fits the Kestro Edge into its humanoid.", {("Acme", "usesHardware", "Kestro Edge")}, set()),
    ("Acme's closest competitor on the continent is Zorblax, the Dutch start-up.",
     {("Acme", "competesWith", "Zorblax")}, set()),
    ("Acme's closest partner on the continent is Zorblax.", set(), {("Acme", "competesWith", "Zorblax")}),
    ("Rocket 2, the newest member of the family, has been benchmarked head-to-head against Rocket on coding tasks.",
     {("Rocket 2", "comparedTo", "Rocket")}, set()),
    ("Against Acme's Rocket, Rocket 2 lags noticeably on coding.", {("Rocket 2", "comparedTo", "Rocket")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", INVESTORS + EMPLOYERS + PARTNERS + HARDWARE_AND_RIVALS)
def test_relations_p19_en(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")
