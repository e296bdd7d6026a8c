"""English relations and names found missing on the fresh training set en-aj (p21f round,
2026-11-29: AI news from film, music, advertising and publishing). Every name in the relation cases
is invented; "Acme", "Zorblax", "Jane Roe", "Rocket", "Rocket 2" and "Kestro Edge" are in the test
catalogue. The name cases check real catalogue entries."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text, ents

CASES = [
    # a model in apposition with "the newest version of X's ... model": X develops it
    ("Rocket 2, the newest version of Acme's flagship speech model, is out.", {("Acme", "develops", "Rocket 2")}, set()),
    ("Nimbus 3, the latest release of Zorblax's image model, ships today.", {("Zorblax", "develops", "Nimbus 3")}, set()),
    ("Rocket 2, a rival of Acme's speech model, is out.", set(), {("Acme", "develops", "Rocket 2")}),
    # a model seen or pitched as the rival of another: competesWith, not comparedTo
    ("Rocket is widely seen as the main rival to Acme's Nimbus 3 and to Rocket 2.",
     {("Rocket", "competesWith", "Nimbus 3"), ("Rocket", "competesWith", "Rocket 2")},
     {("Rocket", "comparedTo", "Nimbus 3"), ("Rocket", "comparedTo", "Rocket 2")}),
    ("Zorblax pitches Rocket as a direct challenger to Rocket 2.", {("Rocket", "competesWith", "Rocket 2")}, set()),
    ("Rocket rivals Rocket 2 on speed.", {("Rocket", "comparedTo", "Rocket 2")}, set()),
    # founders in a "which P and Q set up" clause; not a "which P joined" one
    ("Zorblax, which Jane Roe and her brother John Roe set up in 2021 after leaving Acme, has been slow.",
     {("Jane Roe", "founderOf", "Zorblax"), ("John Roe", "founderOf", "Zorblax")}, set()),
    ("Zorblax, which Jane Roe joined in 2021 after leaving Acme, has been slow.",
     set(), {("Jane Roe", "founderOf", "Zorblax")}),
    # partners of arrangements struck by X with A and B
    ("The deal follows similar arrangements struck by Acme with Zorblax and Quill Media.",
     {("Acme", "partnerOf", "Zorblax"), ("Acme", "partnerOf", "Quill Media")}, set()),
    ("The deal follows lawsuits filed by Acme against Zorblax.", set(), {("Acme", "partnerOf", "Zorblax")}),
    # backers of a company with a relative clause before "has raised"
    ("Zorblax has made films for years. Acme, which trains its models on Kestro Edge chips rented "
     "through Quill Cloud, has raised $500 million from backers such as Nexora Capital and Volantis Ventures.",
     {("Nexora Capital", "investsIn", "Acme"), ("Volantis Ventures", "investsIn", "Acme"),
      ("Acme", "partnerOf", "Quill Cloud")},
     {("Nexora Capital", "investsIn", "Zorblax"), ("Nexora Capital", "investsIn", "Quill Cloud")}),
    # goals: "has made what it calls X its goal"; after a coordinated verb
    ("Acme has made what it calls sustainable journalism its central goal for the decade.",
     {("Acme", "pursues", "sustainable journalism")}, set()),
    ("Jane Roe said Acme pays a royalty to each actor and has made consent-based cloning its guiding principle.",
     {("Acme", "pursues", "consent-based cloning")}, set()),
    ("Jane Roe said Acme's goal was multilingual image generation.", {("Acme", "pursues", "multilingual image generation")},
     set()),
    ("Jane Roe said the tools would be central to Acme's focus on brand safety.", {("Acme", "pursues", "brand safety")},
     set()),
    ("Acme has made carbon-neutral inference a topic of debate.", set(), {("Acme", "pursues", "carbon-neutral inference")}),
    # the first buyer of a company's chip: user of the chip, partner of the company
    ("The first buyer of Acme's Kestro Edge is Zorblax, a London start-up.",
     {("Zorblax", "usesHardware", "Kestro Edge"), ("Zorblax", "partnerOf", "Acme")}, set()),
    ("The first critic of Acme's Kestro Edge is Zorblax, a London start-up.",
     set(), {("Zorblax", "usesHardware", "Kestro Edge"), ("Zorblax", "partnerOf", "Acme")}),
    # both a shareholder and a customer
    ("The broadcaster Zorblax is both a shareholder and Acme's largest customer.",
     {("Zorblax", "investsIn", "Acme"), ("Zorblax", "partnerOf", "Acme")}, set()),
    ("The broadcaster Zorblax is both a rival and Acme's largest customer.", set(), {("Zorblax", "investsIn", "Acme")}),
    # co-investors after "B led the round, and C and D also took part"
    ("Zorblax raised $600 million, the company said. Nexora Capital led the round, and Acme and Volantis "
     "Ventures also took part.",
     {("Acme", "investsIn", "Zorblax"), ("Volantis Ventures", "investsIn", "Zorblax")}, set()),
    ("Zorblax raised $600 million, the company said. Nexora Capital led the protest, and Acme and Volantis "
     "Ventures also chipped in.", set(), {("Volantis Ventures", "investsIn", "Zorblax")}),
    # an agreement to use a company's model: partner of its maker
    ("Zorblax released Rocket last year. Acme has signed a two-year agreement to use Rocket in previews.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Zorblax released Rocket last year. Acme has signed a two-year agreement to replace Rocket in previews.",
     set(), {("Acme", "partnerOf", "Zorblax")}),
    # co-development with a company
    ("Zorblax, besides investing, will co-develop an anime pipeline with Acme.", {("Zorblax", "partnerOf", "Acme")},
     set()),
    # a person who will run a company; not a unit of it
    ("Its chief executive, Jane Roe, will run Zorblax, while John Roe becomes president.",
     {("Jane Roe", "ceoOf", "Zorblax")}, set()),
    ("Its chief executive, Jane Roe, will run Zorblax's chip unit.", set(), {("Jane Roe", "ceoOf", "Zorblax")}),
    ("Its chief executive, Jane Roe, will lead Zorblax, Acme's new sensor division.", set(),
     {("Jane Roe", "ceoOf", "Zorblax")}),
    # chips a company standardises on or trains with, through a provider
    ("Jane Roe said Zorblax would standardise on Kestro Edge systems for inference.",
     {("Zorblax", "usesHardware", "Kestro Edge")}, set()),
    ("Zorblax builds voices. The company trains new voices with Acme's Kestro Edge hardware through Quill Cloud, "
     "a US cloud provider.",
     {("Zorblax", "usesHardware", "Kestro Edge"), ("Zorblax", "partnerOf", "Quill Cloud")},
     {("Acme", "partnerOf", "Quill Cloud")}),
    # a field of another's challengers joined; a pitch that puts the company in competition with others
    ("Zorblax joins a crowded field of Acme challengers.", {("Zorblax", "competesWith", "Acme")}, set()),
    ("Zorblax joins a crowded field of Acme customers.", set(), {("Zorblax", "competesWith", "Acme")}),
    ("Zorblax's pitch puts it in direct competition with Acme and with Quill Labs.",
     {("Zorblax", "competesWith", "Acme"), ("Zorblax", "competesWith", "Quill Labs")}, set()),
    # a person who stays on as managing director runs the company; one who joins as it works there
    ("Jane Roe, who will stay on as Zorblax's managing director, said more.", {("Jane Roe", "ceoOf", "Zorblax")},
     {("Jane Roe", "worksFor", "Zorblax")}),
    ("Jane Roe joined Acme last year as Zorblax's managing director.", {("Jane Roe", "worksFor", "Zorblax")},
     {("Jane Roe", "ceoOf", "Zorblax")}),
    # a takeover only discussed is none; a company formed by a merger is no unit of the merging ones
    ("A report that Acme had discussed buying Zorblax was dismissed.", set(), {("Acme", "acquired", "Zorblax")}),
    ("Acme and Zorblax said they would merge to form Quillon, a company with clients.",
     {("Acme", "mergedWith", "Zorblax")}, {("Quillon", "subOrganizationOf", "Acme")}),
    ("Acme spun off Zorblax last year to form a new unit.", {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    # "The company" continues the organisation of the sentence before, not one introduced as "the
    # Berlin company X" paragraphs earlier
    ("Zorblax was formed when the Berlin company Quill Audio merged with Acme. Zorblax sells dubbing to studios. "
     "Its staff speak many languages. Demand is rising fast. Prices are falling.\n\nThe obvious benchmark is "
     "Acme. The company, co-founded by Jane Roe, is valued at $6 billion.",
     {("Jane Roe", "founderOf", "Acme")}, {("Jane Roe", "founderOf", "Quill Audio")}),
    # backers of the company valued after a round they led, not the passage's company
    ("Zorblax sells voices. Zorblax also sells dubbing, and Zorblax is growing. The obvious benchmark is Acme. "
     "The London-based company, co-founded by Jane Roe, is valued at $6.6 billion after a funding round led by "
     "Nexora Capital and Volantis Ventures.",
     {("Nexora Capital", "investsIn", "Acme"), ("Volantis Ventures", "investsIn", "Acme")},
     {("Nexora Capital", "investsIn", "Zorblax")}),
    # a data centre run by a provider
    ("Acme would train its next models on 2,048 Kestro Edge chips in a data centre run by Zorblax.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Acme trained Rocket on Kestro Edge chips, which are made by Quill Chips, in a data centre run by Zorblax.",
     {("Acme", "partnerOf", "Zorblax")}, {("Quill Chips", "partnerOf", "Zorblax")}),
]


@pytest.mark.parametrize("text, expected, wrong", CASES)
def test_relations_p21f_en(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")


@pytest.mark.parametrize("text, name, absent", [
    # "the original X" beside "X 2" or "X XL": X is a model; not a longer name, not without a version
    ("Acme's latest model, Drift 2, is an upgrade of the original Drift released last year.", "Drift", ""),
    ("Its Shutter XL model, an upgraded version of the original Shutter, can place products.", "Shutter", ""),
    ("Its Splice model, an upgrade of the firm's earlier Splice Lite, is fast.", "Splice Lite", "Lite"),
    ("Acme kept the original Corvo team after the merger.", "", "Corvo"),
])
def test_the_original_model_beside_its_version(nlp_en, text, name, absent) -> None:
    found = {label for label, type_ in ents(nlp_en, text) if type_ == "AIModel"}
    assert (not name or name in found) and absent not in found


def test_a_chip_named_before_its_use_and_a_chip_noun(nlp_en) -> None:
    # "its Halcyon X2 inference accelerator" names the chip; "Nvidia inference chips" names none
    assert ("Halcyon X2", "Hardware") in ents(nlp_en, "Acme unveiled its Halcyon X2 inference accelerator.")
    assert not {label for label, type_ in ents(nlp_en, "Acme uses Zorblax inference chips.") if type_ == "Hardware"}


NAMES = [
    ("WPP, Omnicom and Publicis Groupe compete; Omnicom bought Interpublic Group.",
     {("WPP", "Organization"), ("Omnicom", "Organization"), ("Publicis Groupe", "Organization"),
      ("Interpublic Group", "Organization")}),
    ("Canva bought Leonardo.Ai and added it to Magic Studio.",
     {("Canva", "Organization"), ("Leonardo.Ai", "Organization"), ("Magic Studio", "Product")}),
    ("Adobe put the feature into Premiere Pro.", {("Premiere Pro", "Product")}),
    ("The start-up serves its model on AWS Inferentia2 chips and rents servers from Scaleway.",
     {("AWS Inferentia2", "Hardware"), ("Scaleway", "Organization")}),
]


@pytest.mark.parametrize("text, expected", NAMES)
def test_catalogue_names_p21f_en(extractor_real, text, expected) -> None:
    found = {(e.label, e.type) for e in extractor_real.pipeline("en")(text)._.kg_entities}
    assert expected <= found


def test_the_short_name_of_a_catalogue_company_named_before(extractor_real) -> None:
    # "Annapurna" after "Annapurna Labs" is the same company (no second entity "Annapurna")
    found = {(e.label, e.type) for e in extractor_real.pipeline("en")(
        "Annapurna Labs designs chips. Annapurna, now a unit of Amazon, builds servers.")._.kg_entities}
    assert ("Annapurna Labs", "Organization") in found and ("Annapurna", "Organization") not in found


def test_a_full_stop_inside_a_name_ends_no_sentence(nlp_en) -> None:
    # "Vexa.Ai" is one name; "end. Then" still splits
    doc = nlp_en("Acme bought Vexa.Ai, which now operates as a unit of Zorblax. Then it grew.")
    assert [s.text.strip() for s in doc.sents] == ["Acme bought Vexa.Ai, which now operates as a unit of Zorblax.",
                                                   "Then it grew."]
