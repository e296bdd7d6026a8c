"""German relations and names found missing on a fresh training set of 2026-11-28 (set de-af, p20b
round). Every name is invented; "Acme", "Zorblax", "Rocket", "Rocket 2", "Kestro Edge", "Jane Roe" and
"John Doe" (found by cue) stand for any company, model, chip or person."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text, ents

GERMAN = [
    # founders in a participle apposition: every person of the list
    ("Acme, 2019 von Jane Roe, John Doe und Max Mustermann gegründet, gilt als wertvoll.",
     {("Jane Roe", "founderOf", "Acme"), ("John Doe", "founderOf", "Acme"), ("Max Mustermann", "founderOf", "Acme")},
     set()),
    ("Acme, 2020 gegründet, arbeitet mit Zorblax und John Doe zusammen.", set(), {("John Doe", "founderOf", "Acme")}),
    # the head in a participle apposition "geführt von"; a founder's title also gives the founding
    ("Zorblax, geführt von Vorstandschef John Doe, setzt auf kleine Modelle.", {("John Doe", "ceoOf", "Zorblax")},
     set()),
    ("Acme, geführt von Gründer und Chef John Doe, wächst schnell.",
     {("John Doe", "ceoOf", "Acme"), ("John Doe", "founderOf", "Acme")}, set()),
    ("Zorblax, geführt von Vorstandschef John Doe, setzt auf kleine Modelle.", set(),
     {("John Doe", "founderOf", "Zorblax")}),
    # the lead investor "führt eine Runde ... bei X an"
    ("Der Investor Zorblax führt eine Finanzierungsrunde über 20 Millionen Euro beim Start-up Acme an.",
     {("Zorblax", "investsIn", "Acme")}, {("Acme", "investsIn", "Zorblax")}),
    # a stake with an amount between "sich" and the company
    ("Acme hat sich mit einem zweistelligen Millionenbetrag am Pariser Start-up Zorblax beteiligt.",
     {("Acme", "investsIn", "Zorblax")}, {("Zorblax", "investsIn", "Acme")}),
    # a model that reaches another; a family named in between is not the subject
    ("Rocket soll in Benchmarks nah an Rocket 2 heranreichen.", {("Rocket", "comparedTo", "Rocket 2")}, set()),
    ("In Tests kommt Rocket an Rocket 2 heran, bleibt aber zurück.", {("Rocket", "comparedTo", "Rocket 2")}, set()),
    ("Lumora 3 gehört zur Familie Rocket und soll nah an Rocket 2 heranreichen.", set(),
     {("Rocket", "comparedTo", "Rocket 2")}),
    # a pair of models in a race
    ("Rocket und Lumora 3 liefern sich seit Monaten ein Kopf-an-Kopf-Rennen um Kunden.",
     {("Rocket", "competesWith", "Lumora 3")}, set()),
    # a pair announcing its merger
    ("Am Mittwoch gaben die Berliner Firma Acme und das Datenunternehmen Zorblax ihren Zusammenschluss bekannt.",
     {("Acme", "mergedWith", "Zorblax")}, set()),
    # a company level with another
    ("Acme sieht sich mit Zorblax dennoch auf Augenhöhe.", {("Acme", "competesWith", "Zorblax")}, set()),
    # a partnership agreed by a pair, with a longer object between noun and participle
    ("Acme und Zorblax hatten bereits 2023 eine Zusammenarbeit bei KI-gestützten Waffensystemen vereinbart.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    # "antreten gegen": a name before a hyphen is part of a compound, no rival; nor a word after a compound's noun
    ("Im Wettbewerb um Aufträge der Nato-Staaten tritt Acme vor allem gegen den Rüstungs-Tech-Konzern Zorblax an.",
     {("Acme", "competesWith", "Zorblax")}, {("Nato", "competesWith", "Zorblax")}),
    # a fronted "fertigen lassen": the maker and the partner
    ("Fertigen lässt Acme den Kestro Edge ebenfalls bei Zorblax, ein Vertrag wurde unterschrieben.",
     {("Zorblax", "manufactures", "Kestro Edge"), ("Acme", "partnerOf", "Zorblax")},
     {("Acme", "manufactures", "Kestro Edge")}),
    # the former employer fronted before "wechseln"
    ("Vom kanadischen Rivalen Zorblax wechselte der Forscher John Doe als Leiter zu Acme.",
     {("John Doe", "worksFor", "Zorblax")}, set()),
    # a company sold "für ... an X ging": acquired, no stake of the seller
    ("Entwickelt hat es das KI-Labor Velora AI, das im vergangenen Jahr für 600 Millionen Dollar an den Konzern Acme "
     "ging.", {("Acme", "acquired", "Velora AI")}, {("Velora AI", "investsIn", "Acme")}),
    # a model superior to another with more words before "überlegen"
    ("Das hauseigene Modell Rocket sei dem Rocket 2 in juristischen Tests klar überlegen, sagt Doe.",
     {("Rocket", "comparedTo", "Rocket 2")}, set()),
    # a product presented by a company with an apposition before the verb
    ("Das Start-up Acme, gegründet von der früheren Zorblax-Forscherin Jane Roe, hat mit Lumora-2 ein eigenes "
     "Bildmodell vorgestellt.", {("Acme", "develops", "Lumora-2")}, {("Zorblax", "develops", "Lumora-2")}),
    ("Rocket, ein Modell von Zorblax, hat Acme vorgestellt.", set(), {("Rocket", "develops", "Acme")}),
    # a member of a group in a relative clause "zu der ... gehört"
    ("Finanziert wird Acme von der Gruppe Zorblax, zu der neben zwei Händlern auch der Cloud-Anbieter Velora gehört.",
     {("Velora", "subOrganizationOf", "Zorblax")}, {("Acme", "subOrganizationOf", "Zorblax")}),
    # a round led by a fronted investor
    ("Acme ist ein Konzern. Angeführt vom Wagniskapitalgeber Zorblax sammelte das Unternehmen im Frühjahr 42 Millionen "
     "Euro ein.", {("Zorblax", "investsIn", "Acme")}, {("Acme", "investsIn", "Zorblax")}),
    # a person heading a unit "innerhalb von X"
    ("Der Mitgründer John Doe führt die Einheit seither innerhalb von Acme weiter.", {("John Doe", "worksFor", "Acme")},
     set()),
    # a co-founder named in a relative clause of the company; a company after "mit" founds nothing
    ("John Doe leitet das Start-up Acme, das er 2022 mit der Informatikerin Jane Roe gegründet hat.",
     {("Jane Roe", "founderOf", "Acme")}, set()),
    ("Acme, das mit dem Konzern Zorblax gegründet wurde, wächst.", set(), {("Zorblax", "founderOf", "Acme")}),
]


@pytest.mark.parametrize("text, expected, wrong", GERMAN)
def test_relations_p20b(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "de")


@pytest.mark.parametrize("text, expected, wrong", [
    # a family named in the genitive after a noun ("die dritte Generation der Modellfamilie X")
    ("Auf diesen Chips soll Lumora-3 entstehen, die dritte Generation der Modellfamilie Aurora.",
     ("Aurora", "AIModel"), ("Aurora", "Organization")),
    ("Die Leistung der Modellfamilie Leistung ist hoch.", ("Leistung", "AIModel"), ("Leistung", "AIModel")),
    # a word after the first noun of a compound is no company ("der Rüstungs-Tech-Konzern")
    ("Acme tritt gegen den Rüstungs-Tech-Konzern Zorblax an.", ("Zorblax", "Organization"), ("Tech", "Organization")),
])
def test_names_p20b(nlp_de, text, expected, wrong) -> None:
    found = ents(nlp_de, text)
    assert wrong not in found
    if expected != wrong:
        assert expected in found
