"""German relations and names found missing on a fresh training set of 2026-11-29 (set de-ap, p23c round).
Every name is invented; "Acme", "Zorblax", "Rocket", "Rocket 2", "Kestro Edge", "AGI" and "Jane Roe" are in
the test catalogue, the others are found by cues."""

from __future__ import annotations

import pytest

from tests.extract.conftest import ents, rels

GERMAN = [
    # a unit of "the X parent Y" belongs to Y, not to X; a unit of "the X group" still belongs to X
    ("Zorblax ist eine Tochter des Acme-Mutterkonzerns Globex.",
     {("Zorblax", "subOrganizationOf", "Globex")}, {("Zorblax", "subOrganizationOf", "Acme")}),
    ("Zorblax ist die KI-Forschungseinheit des Acme-Mutterkonzerns Globex.",
     {("Zorblax", "subOrganizationOf", "Globex")}, {("Zorblax", "subOrganizationOf", "Acme")}),
    ("Zorblax ist eine Tochter des Acme-Konzerns.", {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    ("Zorblax ist eine Tochter von Acme.", {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    # the same in an apposition, and a holding named by its owner; a unit of "the X group" belongs to X
    ("Der Hersteller Zorblax, eine Tochter der Acme-Nutzfahrzeugholding Globex AG, und das Start-up Quorix haben am "
     "Montag eine Entwicklungspartnerschaft unterzeichnet.",
     {("Zorblax", "subOrganizationOf", "Globex AG"), ("Globex AG", "subOrganizationOf", "Acme"),
      ("Zorblax", "partnerOf", "Quorix")},
     {("Zorblax", "subOrganizationOf", "Acme"), ("Zorblax", "subOrganizationOf", "Quorix")}),
    ("Zorblax, eine Tochter des Acme-Konzerns, wächst.", {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    ("Acme, eine Tochter von Zorblax, und das Start-up Quorix haben am Montag ein Gespräch geführt.",
     {("Acme", "subOrganizationOf", "Zorblax")}, {("Acme", "subOrganizationOf", "Quorix"),
                                                   ("Acme", "partnerOf", "Quorix")}),
    ("Außerdem stiegen Zorblax, Quorix Capital und Globex Ventures, der Beteiligungsarm des Stuttgarter Acme-Konzerns, "
     "bei Lumora ein.", {("Globex Ventures", "subOrganizationOf", "Acme")},
     {("Zorblax", "subOrganizationOf", "Acme"), ("Quorix Capital", "subOrganizationOf", "Acme")}),
    ("Beobachter vergleichen Zorblax gern mit Globex Ventures, dem Investmentarm der Acme-Mutter Quorix AG, der mehr "
     "bewegt.", {("Globex Ventures", "subOrganizationOf", "Quorix AG")},
     {("Globex Ventures", "subOrganizationOf", "Acme")}),
    # a partner "im" a place-like organisation is no subject of "arbeitet ... mit"
    ("Die Universität Tübingen arbeitet im Acme seit Jahren mit der Firma Quorix zusammen.", set(),
     {("Acme", "partnerOf", "Quorix")}),
    # a second comparison after "aber" when the first model has its maker after it; no maker "behind" a model
    ("Nach Angaben der Firma liegt Rocket 2 im Test damit vor Quorix-4 von Zorblax, aber knapp hinter Talon-3 von Acme.",
     {("Rocket 2", "comparedTo", "Talon-3"), ("Rocket 2", "comparedTo", "Quorix-4"), ("Acme", "develops", "Talon-3")},
     {("Zorblax", "develops", "Talon-3"), ("Quorix-4", "comparedTo", "Talon-3")}),
    # a rival named by someone, fronted: the passage's company's
    ("Acme entwickelt Rocket. Als direkten Rivalen nennt Chefin Jane Roe eher Zorblax aus Ulm.",
     {("Zorblax", "competesWith", "Acme")}, set()),
    ("Acme entwickelt Rocket. Als Partner nennt Chefin Jane Roe eher Zorblax aus Ulm.", set(),
     {("Zorblax", "competesWith", "Acme")}),
    # a bare founder's title after a semicolon
    ("Acme baut Chips. Chefin ist Jane Roe, die früher bei Zorblax war; Mitgründer Tom Berger leitet die Forschung.",
     {("Tom Berger", "founderOf", "Acme")}, {("Tom Berger", "founderOf", "Zorblax")}),
    # investors: a round of a company joined, money made available, support with a sum, co-financers in commas
    ("Acme hatte sich 2023 an einer Finanzierungsrunde des Heidelberger KI-Unternehmens Zorblax beteiligt.",
     {("Acme", "investsIn", "Zorblax")}, set()),
    ("Acme beteiligte sich an der Seed-Runde von Zorblax.", {("Acme", "investsIn", "Zorblax")}, set()),
    ("Acme stellt dem Zorblax über zehn Jahre 50 Millionen Euro zur Verfügung.",
     {("Acme", "investsIn", "Zorblax")}, set()),
    ("Acme stellt dem Zorblax seine Rechenzentren zur Verfügung.", set(), {("Acme", "investsIn", "Zorblax")}),
    ("Acme hatte Zorblax bereits 2022 mit zwölf Millionen Euro unterstützt.", {("Acme", "investsIn", "Zorblax")}, set()),
    ("Acme hatte Zorblax bereits 2022 mit Personal unterstützt.", set(), {("Acme", "investsIn", "Zorblax")}),
    ("Zorblax, von Acme und dem Konzern Globex mitfinanziert, will Chips bauen.",
     {("Acme", "investsIn", "Zorblax"), ("Globex", "investsIn", "Zorblax")}, set()),
    # a merger in a relative clause, with a rival: no rivals
    ("Acme konkurriert mit Zorblax, das sich 2024 mit dem Rivalen Globex zusammengeschlossen hat.",
     {("Zorblax", "mergedWith", "Globex"), ("Acme", "competesWith", "Zorblax")},
     {("Zorblax", "competesWith", "Globex"), ("Globex", "competesWith", "Acme")}),
    ("Acme konkurriert mit dem Rivalen Zorblax.", {("Acme", "competesWith", "Zorblax")}, set()),
    # a board seat in a relative clause
    ("Gegründet hatte die Firma 2019 der Informatiker Tom Berger, der heute im Aufsichtsrat von Acme sitzt.",
     {("Tom Berger", "worksFor", "Acme")}, set()),
    ("Tom Berger, der heute im Beirat von Acme sitzt, lehrt in Ulm.", set(), {("Tom Berger", "worksFor", "Acme")}),
    # rivals vying after an apposition that names an organisation
    ("Zorblax, die Cloudtochter des Konzerns Acme, und das Unternehmen Globex buhlen um dieselben Behörden.",
     {("Zorblax", "competesWith", "Globex")}, {("Acme", "competesWith", "Globex")}),
    # capacity rented in a second verb phrase
    ("Acme trainiert seine Modelle auf Kestro-Edge-Beschleunigern, die Zorblax herstellt, und mietet die "
     "Rechenkapazität bei der Firma Globex in München.",
     {("Acme", "partnerOf", "Globex")}, {("Zorblax", "partnerOf", "Globex")}),
    # a chip designed by a unit named with its parent, in a relative clause
    ("Wichtig ist der Chip Kestro Edge, den die Acme-Tochter Zorblax entworfen hat.",
     {("Zorblax", "develops", "Kestro Edge"), ("Zorblax", "subOrganizationOf", "Acme")},
     {("Acme", "develops", "Kestro Edge")}),
    ("Verfügbar ist Rocket, das das Institut Zorblax im Projekt Globex entwickelt hat.", set(),
     {("Globex", "develops", "Rocket")}),
    # heads and founders: a described company led, founded with others, a founder who heads it now
    ("Jane Roe führt den südkoreanischen Chipentwickler Zorblax, den sie 2020 gemeinsam mit zwei früheren "
     "Kollegen von Acme gegründet hat.",
     {("Jane Roe", "ceoOf", "Zorblax"), ("Jane Roe", "founderOf", "Zorblax")}, {("Jane Roe", "founderOf", "Acme")}),
    ("Zorblax wurde 2021 von Tom Berger, einem Ingenieur von Acme, und der Informatikerin Jane Roe gegründet, "
     "die heute Geschäftsführerin ist.",
     {("Jane Roe", "ceoOf", "Zorblax"), ("Jane Roe", "founderOf", "Zorblax")}, {("Tom Berger", "ceoOf", "Zorblax")}),
    ("Das Forschungsinstitut Zorblax in Ulm, das Acme-Mitgründer Jane Roe 1998 gestiftet hat, verhandelt.",
     {("Jane Roe", "founderOf", "Zorblax")}, set()),
    # principles followed
    ("Acme verfolge das Prinzip der menschlichen Kontrolle.", {("Acme", "pursues", "menschliche Kontrolle")}, set()),
    ("Acme hat sich der energieeffizienten Inferenz verschrieben.",
     {("Acme", "pursues", "energieeffiziente Inferenz")}, set()),
    ("Die Firma hat die volle Kontrolle über Acme.", set(), {("Acme", "pursues", "volle Kontrolle")}),
    # acquisitions completed as a noun, or as the means of a gain
    ("Der Münchner Chipkonzern Acme hat die Übernahme des Dresdner KI-Chip-Start-ups Zorblax abgeschlossen.",
     {("Acme", "acquired", "Zorblax")}, set()),
    ("Acme aus Ulm hatte sich zuvor mit dem Kauf des US-Unternehmens Zorblax Know-how gesichert.",
     {("Acme", "acquired", "Zorblax")}, set()),
    # partners: chips made at a foundry, fronted; a fronted partner with an acronym; a supplier of fronted goods
    ("Gefertigt werden die Chips von Acme und Zorblax bislang bei der Firma Globex in Taiwan.",
     {("Acme", "partnerOf", "Globex"), ("Zorblax", "partnerOf", "Globex")}, {("Acme", "partnerOf", "Zorblax")}),
    ("Mit dem Forschungszentrum Zorblax (ZBX) kooperiert Acme bei der Bewertung von Modellen.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Die Drohnen selbst liefert der Hersteller Zorblax aus Ulm an Acme.", {("Zorblax", "partnerOf", "Acme")}, set()),
    # investors named in a relative clause on a company are no partners of its partner
    ("Zorblax, an dem Acme und der Konzern Globex beteiligt sind, arbeitet seinerseits mit der Firma Quorix an "
     "Systemen zusammen.",
     {("Zorblax", "partnerOf", "Quorix"), ("Acme", "investsIn", "Zorblax")},
     {("Acme", "partnerOf", "Quorix"), ("Globex", "partnerOf", "Quorix")}),
]


@pytest.mark.parametrize("text, expected, wrong", GERMAN)
def test_relations_p23c(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    found = rels(extractor, text, "de")
    assert expected <= found, found
    assert not wrong & found, found


def test_defence_and_perception_end_a_company_name(nlp_de) -> None:
    # the first word alone then refers to the company
    found = ents(nlp_de, "Das Start-up Argon Defence hat Geld eingesammelt. Argon entwickelt Software.")
    assert ("Argon Defence", "Organization") in found, found
    found = ents(nlp_de, "Acme übernimmt das Start-up Veltro Perception. Veltro entwickelt Software.")
    assert ("Veltro Perception", "Organization") in found, found


def test_a_capitalised_article_after_a_colon_is_no_part_of_a_name(nlp_de) -> None:
    found = ents(nlp_de, "Die Ergebnisse sind frei: Das Berlin Robotics AI Lab hat sich Open Source verschrieben.")
    assert ("Berlin Robotics AI Lab", "Organization") in found, found
    assert not {e for e in found if e[0].startswith("Das ")}, found


def test_model_names_with_variants_and_families(nlp_de) -> None:
    assert ("Quorix-1-LLM", "AIModel") in ents(nlp_de, "Acme hat das Modell Quorix-1-LLM vorgestellt.")
    assert ("Quorix-2-VL", "AIModel") in ents(nlp_de, "Acme hat das Modell Quorix-2-VL vorgestellt.")
    assert ("Nova", "AIModel") in ents(nlp_de, "Acme präsentierte zudem die Modellreihe Nova.")


def test_a_hyphenated_model_name_with_a_version_is_one_name(nlp_de) -> None:
    found = ents(nlp_de, "Rocket schnitt ähnlich ab wie Quorix-Prover-V2 des Labors Acme.")
    assert ("Quorix-Prover-V2", "AIModel") in found, found
    assert ("Rocket-V2", "AIModel") in ents(nlp_de, "Acme hat Rocket-V2 vorgestellt.")


def test_know_how_is_no_part_of_a_name(nlp_de) -> None:
    found = ents(nlp_de, "Acme hat mit dem Kauf des US-Unternehmens Quorix Know-how gesichert.")
    assert ("Quorix", "Organization") in found, found
    assert not {e for e in found if "Know" in e[0]}, found


def test_a_foundry_noun_is_no_name(nlp_de) -> None:
    found = ents(nlp_de, "Gefertigt wird bei Acme in Taiwan, dem weltgrößten Auftragsfertiger.")
    assert not {e for e in found if e[0] == "Auftragsfertiger"}, found
