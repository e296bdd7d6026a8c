"""German relations and names found missing on a fresh training set of 2026-11-29 (set de-ay, p26c round).
Every name is invented; "Acme", "Zorblax", "Rocket", "Rocket 2", "Kestro Edge", "AGI" and "Jane Roe" are in
the test catalogue, the others are found by cues."""

from __future__ import annotations

import pytest

from tests.extract.conftest import ents, rels

GERMAN = [
    # a dateline's agency in brackets is neither the passage's company nor the subject of its first sentence
    ("Ostheim (Acme) – Das Berliner KI-Start-up Quibbl hat 50 Millionen Euro eingesammelt. Angeführt wurde die Runde "
     "von Zorblax und dem Investor Borla Capital. Außerdem beteiligten sich Norvik Ventures und Tamber Capital.",
     {("Zorblax", "investsIn", "Quibbl"), ("Borla Capital", "investsIn", "Quibbl"),
      ("Norvik Ventures", "investsIn", "Quibbl")},
     {("Zorblax", "investsIn", "Acme"), ("Norvik Ventures", "investsIn", "Acme")}),
    # "X von A und Bs Y": A made X, B made Y; B is no conjunct of A
    ("Getestet wurden Quill 3 von Zorblax und Acmes Rocket 2.",
     {("Zorblax", "develops", "Quill 3"), ("Acme", "develops", "Rocket 2")},
     {("Acme", "develops", "Quill 3"), ("Zorblax", "develops", "Rocket 2")}),
    # production taken over; made in a relative clause in the perfect after an acronym; both chips made
    ("Acme entwickelt den Chip Kestro Edge. Die Fertigung des Kestro Edge übernimmt das Zorblax-Werk im Norden der "
     "Stadt.", {("Zorblax", "manufactures", "Kestro Edge")}, {("Acme", "manufactures", "Kestro Edge")}),
    ("Acme war bislang Kunde der Zorblax Semiconductor Company (ZSC), die den Vorgänger Kestro Edge in ihrem Werk in "
     "Kumamoto produziert hatte.", {("Zorblax Semiconductor Company", "manufactures", "Kestro Edge")},
     {("Acme", "manufactures", "Kestro Edge")}),
    ("Acme war Kunde der Zorblax Semiconductor Company (ZSC), die den Chip Kestro Edge in ihrem Werk getestet hatte.",
     set(), {("Zorblax Semiconductor Company", "manufactures", "Kestro Edge")}),
    ("Acme hat den Chip Kestro Edge entwickelt. Beide Chips werden bei Zorblax in Taiwan gefertigt.",
     {("Zorblax", "manufactures", "Kestro Edge")}, set()),
    # a fronted chip named after its noun, its maker, then a long phrase of purpose
    ("Das Start-up Acme baut Chips. Den Chip mit dem Namen Kestro Edge hat das Unternehmen nach eigenen Angaben vor "
     "allem für das Ausführen großer Sprachmodelle in Rechenzentren ausgelegt.", {("Acme", "develops", "Kestro Edge")},
     set()),
    ("Das Start-up Acme baut Chips. Den Chip Kestro Edge hat Zorblax nach eigenen Angaben vor allem für das Ausführen "
     "großer Sprachmodelle in Rechenzentren getestet.", set(), {("Zorblax", "develops", "Kestro Edge")}),
    # founded with a phrase of time before the participle, then led "als Chefin"
    ("Jane Roe sprach. Die 34-jährige Schwedin hat das Münchner Start-up Quibbl AI vor zwei Jahren gegründet und führt "
     "es seitdem als Chefin.", {("Jane Roe", "founderOf", "Quibbl AI"), ("Jane Roe", "ceoOf", "Quibbl AI")}, set()),
    ("Das Start-up Quibbl AI wächst. Jane Roe hat bei Zorblax vor zwei Jahren gearbeitet und führt es nun als Chefin "
     "von Acme.", set(), {("Jane Roe", "founderOf", "Zorblax"), ("Jane Roe", "ceoOf", "Quibbl AI")}),
    # a founder in a relative clause after the participle of leading, "gemeinsam mit" a co-founder
    ("Acme wird von Tom Berger geführt, der das Unternehmen 2022 gemeinsam mit Jane Roe gegründet hat.",
     {("Tom Berger", "founderOf", "Acme"), ("Jane Roe", "founderOf", "Acme")}, set()),
    ("Acme wird von Tom Berger geführt, der das Unternehmen 2022 gemeinsam mit Jane Roe verkauft hat.",
     set(), {("Tom Berger", "founderOf", "Acme")}),
    # the customers of a product in a relative clause are its maker's partners
    ("Acme hat das Modell Rocket 2 entwickelt. Kernprodukt ist das Modell Rocket 2, zu dessen Kunden Zorblax und die "
     "Bank Quibbl gehören.", {("Acme", "partnerOf", "Zorblax"), ("Acme", "partnerOf", "Quibbl")}, set()),
    ("Acme hat das Modell Rocket 2 entwickelt. Kernprodukt ist das Modell Rocket 2, zu dessen Rivalen Zorblax gehört.",
     set(), {("Acme", "partnerOf", "Zorblax")}),
    # a member of a society
    ("Das Tamber-Institut für Robotik ist Mitglied der Zorblax Group.",
     {("Tamber-Institut für Robotik", "subOrganizationOf", "Zorblax Group")}, set()),
    ("Das Tamber-Institut für Robotik ist das jüngste Mitglied der Zorblax Group.", set(),
     {("Tamber-Institut für Robotik", "subOrganizationOf", "Zorblax Group")}),
    # equipment from a supplier; chips delivered by a supplier; rented through a cloud; rented and provided
    ("Acme kooperiert mit Quibbl. Die Lithografie-Anlagen für das Werk stammen von Zorblax aus den Niederlanden.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Acme kooperiert mit Quibbl. Die Idee für das Werk stammt von Zorblax.", set(), {("Zorblax", "partnerOf", "Acme")}),
    ("Für das Training der Modelle nutzt Acme Beschleuniger vom Typ Kestro Edge, die Zorblax zu vergünstigten "
     "Konditionen liefert.", {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Für das Training nutzt Acme Chips vom Typ Kestro Edge, die das Unternehmen über Zorblax Cloud mietet.",
     {("Acme", "partnerOf", "Zorblax Cloud")}, set()),
    ("Für das Training hat das Start-up Acme Rechenkapazität auf rund 500 Kestro-Edge-Chips angemietet, bereitgestellt "
     "vom Cloud-Anbieter Zorblax.", {("Acme", "partnerOf", "Zorblax"), ("Zorblax", "usesHardware", "Kestro Edge")},
     set()),
    # the head of a company's new lab after a fronted verb: a person, not the lab's name
    ("Leiten wird das neue Acme-Labor Tom Berger, der zuvor bei Zorblax tätig war.",
     {("Tom Berger", "worksFor", "Acme"), ("Tom Berger", "worksFor", "Zorblax")},
     {("Tom Berger", "subOrganizationOf", "Acme")}),
    # models run in a data centre of a provider named with its parent
    ("Das Start-up Acme wächst. Acme betreibt seine Modelle nach eigenen Angaben in einem Rechenzentrum der "
     "Borla-Tochter Zorblax, und zwar auf Kestro-Edge-Karten.", {("Acme", "partnerOf", "Zorblax")},
     {("Acme", "partnerOf", "Borla")}),
    ("Das Start-up Acme wächst. Acme betreibt seine Modelle in einem Rechenzentrum in Ostheim, sagte Zorblax.", set(),
     {("Acme", "partnerOf", "Zorblax")}),
    # rivals named for the passage's company
    ("Das Start-up Acme wächst. Als Hauptkonkurrenten nennt er Zorblax und Borla.",
     {("Zorblax", "competesWith", "Acme"), ("Borla", "competesWith", "Acme")}, set()),
    ("Das Start-up Acme wächst. Als Kunden nennt er Zorblax und Borla.", set(), {("Zorblax", "competesWith", "Acme")}),
    # a merger partner described at length
    ("Das Start-up Acme wächst. Im vergangenen Jahr hatte Acme mit dem vietnamesischen Sprachtechnologie-Anbieter "
     "Zorblax fusioniert, der seither als Standort dient.", {("Acme", "mergedWith", "Zorblax")}, set()),
    ("Das Start-up Acme wächst. Im vergangenen Jahr hatte Borla mit dem vietnamesischen Sprachtechnologie-Anbieter "
     "Zorblax verhandelt, der mit Acme fusioniert.", set(), {("Borla", "mergedWith", "Zorblax")}),
    # an adverb between the conjunction and a described conjunct
    ("Das Start-up Acme hat Geld eingesammelt. Außerdem beteiligten sich Zorblax, Tamber Capital sowie erstmals der "
     "Staatsfonds Borla aus Singapur.", {("Borla", "investsIn", "Acme"), ("Zorblax", "investsIn", "Acme")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", GERMAN)
def test_relations_p26c(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    found = rels(extractor, text, "de")
    assert expected <= found, found
    assert not wrong & found, found


def test_an_article_after_a_datelines_dash_is_no_part_of_an_institutes_name(nlp_de) -> None:
    found = ents(nlp_de, "Ostheim – Das Tamber-Institut für Robotik und der Konzern Zorblax weiten ihre "
                         "Zusammenarbeit aus.")
    assert ("Tamber-Institut für Robotik", "Organization") in found, found
    assert not any(label.startswith(("Das", "Ostheim")) for label, _ in found), found


def test_a_compound_before_an_institute_is_no_part_of_its_name(nlp_de) -> None:
    found = ents(nlp_de, "Bei Zorblax ist die KI-Forschungseinheit Zorblax Center for Robotics zuständig.")
    assert ("Zorblax Center for Robotics", "Organization") in found, found
    assert not any(label.startswith("-") for label, _ in found), found


def test_a_class_of_supercomputer_is_no_chip(nlp_de) -> None:
    found = ents(nlp_de, "Das Institut stellt Acme Rechenzeit auf seinem Exascale-Rechner Kestro Edge zur Verfügung.")
    assert not any(label == "Exascale" for label, _ in found), found


def test_a_person_after_a_neuter_unit_noun_and_before_a_relative_pronoun_of_a_person(nlp_de) -> None:
    found = ents(nlp_de, "Leiten wird das neue Labor Tom Berger, der zuvor bei Zorblax tätig war.")
    assert ("Tom Berger", "Person") in found, found
