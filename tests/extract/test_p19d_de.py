"""German relations and names found missing on a fresh training set of 2026-11-28 (set de-ad, p19d
round). Every name is invented; "Acme", "Zorblax", "Rocket", "Rocket 2", "Kestro Edge" and "Jane Roe"
are in the test catalogue, the others are found by cues."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text, ents

GERMAN = [
    # founders named after the predicate: every person of the list
    ("Gründer von Acme sind die Physikerin Jane Roe und der Ingenieur John Doe.",
     {("Jane Roe", "founderOf", "Acme"), ("John Doe", "founderOf", "Acme")}, set()),
    ("Gründerin des Start-ups Zorblax ist die Informatikerin Jane Roe.", {("Jane Roe", "founderOf", "Zorblax")},
     set()),
    # a person after another company in the sentence is not the founder of the first
    ("Gründer von Acme sind zwei Physiker; Zorblax leitet John Doe.", set(), {("John Doe", "founderOf", "Acme")}),
    # a product made by a company, described in an attributive participle
    ("Kern ist Rocket, ein von Zorblax entwickeltes Modell, das Daten liest.", {("Zorblax", "develops", "Rocket")},
     set()),
    ("Im Mittelpunkt steht Lumoscan, ein von Acme trainiertes Sprachmodell für Röntgenbilder.",
     {("Acme", "develops", "Lumoscan")}, set()),
    ("Das von Acme entwickelte Modell Rocket liest Daten.", {("Acme", "develops", "Rocket")}, set()),
    # a model measured against another with "so/ähnlich ... wie"
    ("Rocket bewertet Daten nach Firmenangaben so zuverlässig wie Rocket 2.", {("Rocket", "comparedTo", "Rocket 2")},
     set()),
    ("Rocket ist nicht so gut wie erwartet, sagt Acme.", set(), {("Rocket", "comparedTo", "Acme")}),
    ("Als Rivale gilt Veltrix Labs in Oslo, eine Tochter des Konzerns Zorblax.",
     {("Veltrix Labs", "subOrganizationOf", "Zorblax")}, {("Oslo", "subOrganizationOf", "Zorblax")}),
    # "eine Tochter des Y-Mutterkonzerns Z": a subsidiary of Z, not of Y
    ("Als Rivale gilt Veltrix Labs in Oslo, eine Tochter des Zorblax-Mutterkonzerns Acme.",
     {("Veltrix Labs", "subOrganizationOf", "Acme")},
     {("Veltrix Labs", "subOrganizationOf", "Zorblax"), ("Oslo", "subOrganizationOf", "Zorblax")}),
    ("Veltrix, eine Tochter von Zorblax, wächst.", {("Veltrix", "subOrganizationOf", "Zorblax")}, set()),
    ("Das Unternehmen Veltrix, eine Tochter des Acme-Konzerns, baut Anlagen.",
     {("Veltrix", "subOrganizationOf", "Acme")}, set()),
    # chips of a named type run, rented or booked by a company
    ("Acme betreibt in Berlin mehr als 10.000 Chips vom Typ Kestro Edge.",
     {("Acme", "usesHardware", "Kestro Edge")}, set()),
    ("Für das Training mietete Acme mehrere hundert Grafikprozessoren vom Typ Kestro Edge.",
     {("Acme", "usesHardware", "Kestro Edge")}, set()),
    ("Gerechnet wird in der Cloud von Zorblax, wo Acme Grafikkarten vom Typ Kestro Edge gebucht hat.",
     {("Acme", "usesHardware", "Kestro Edge")}, set()),
    # the parent in an apposition before the clause's verb did not book the chips
    ("Die Veltrix Cloud, eine Tochtergesellschaft des Konzerns Zorblax, hat zwölf Racks vom Typ Kestro Edge "
     "gemietet.", set(), {("Zorblax", "usesHardware", "Kestro Edge")}),
    # selling chips is not using them
    ("Acme verkauft Chips vom Typ Kestro Edge an Zorblax.", set(), {("Acme", "usesHardware", "Kestro Edge")}),
]


@pytest.mark.parametrize("text, expected, wrong", GERMAN)
def test_relations_p19d(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    check_text(extractor, text, expected, wrong, "de")


@pytest.mark.parametrize("text, expected, wrong", [
    # a new name before "ein von X entwickeltes Modell" is a model, not a company
    ("Kern des Geschäfts ist Lumoscan, ein von Zorblax entwickeltes Modell, das Bilder liest.",
     ("Lumoscan", "AIModel"), ("Lumoscan", "Organization")),
    # the apposition names a company: no model
    ("Kern ist Veltrix, ein von Jane Roe geführtes Unternehmen.", ("Veltrix", "Organization"), ("Veltrix", "AIModel")),
    # a place after "in" before a company's apposition is no company; the company before it is
    ("Als Rivale gilt Veltrix Labs in Oslo, eine Tochter des Konzerns Zorblax.", ("Veltrix Labs", "Organization"),
     ("Oslo", "Organization")),
    ("Die Firma forscht in Veltrix, eine Tochter von Zorblax, an Chips.", ("Veltrix", "Organization"),
     ("Veltrix", "Place")),
])
def test_names_p19d(nlp_de, text, expected, wrong) -> None:
    found = ents(nlp_de, text)
    assert expected in found and wrong not in found
