"""German relations found missing or wrong on fresh training articles of 2026-11-28 (set de-s, p17b
round). Every name is invented; "Acme", "Zorblax", "Jane Roe", "Rocket", "Rocket 2" and "Kestro Edge"
are in the test catalogue, the others are found by cues."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text

GERMAN = [
    # an academic title between a role compound and the name is no word of the rule
    ("Acme-Chefin Dr. Jane Roe kritisierte die Entwicklung.", {("Jane Roe", "ceoOf", "Acme")}, set()),
    ("Acme-Forschungschefin Prof. Dr. Jane Roe sagte das.", {("Jane Roe", "worksFor", "Acme")}, set()),
    ("Acme-Vorständin Dr. Jane Roe sagte das.", {("Jane Roe", "worksFor", "Acme")}, set()),
    # "Dr.-Ing." is one token: its full stop ends no sentence
    ("Gegründet haben Acme der Ingenieur Dr.-Ing. Jane Roe, zuvor Chipdesigner bei Zorblax, und die "
     "Informatikerin Ann Poe.",
     {("Jane Roe", "founderOf", "Acme"), ("Ann Poe", "founderOf", "Acme"), ("Jane Roe", "worksFor", "Zorblax")},
     {("Jane Roe", "founderOf", "Zorblax")}),
    # "Gründer und Geschäftsführer von X ist P": head and founder, not only an employee
    ("Gründerin und Geschäftsführerin von Acme ist die Biochemikerin Dr. Jane Roe.",
     {("Jane Roe", "ceoOf", "Acme"), ("Jane Roe", "founderOf", "Acme")}, set()),
    ("Partnerin bei Acme ist Jane Roe.", {("Jane Roe", "worksFor", "Acme")}, {("Jane Roe", "ceoOf", "Acme")}),
    # a chip trained on after "auf" has no user named after "auf"
    ("Acme hatte seine Modelle bisher auf Zorblax-Chips vom Typ Kestro Edge trainiert.",
     {("Acme", "usesHardware", "Kestro Edge")}, {("Zorblax", "usesHardware", "Kestro Edge")}),
    # after a company's cue noun, a German noun and a foreign word are one name
    ("Acme hat das Berliner Start-up Gabelwerk Audio übernommen.", {("Acme", "acquired", "Gabelwerk Audio")},
     {("Acme", "acquired", "Audio")}),
    ("Acme kooperiert mit dem Pariser Labor Atelier Neuronal.", {("Acme", "partnerOf", "Atelier Neuronal")}, set()),
    # (not a noun and a place)
    ("Acme hat das Start-up Zukunft Berlin gekauft.", set(), {("Acme", "acquired", "Zukunft Berlin")}),
    # a company's short name that is a German noun opens a role compound at the start of a sentence
    # and stands bare after an auxiliary; not a compound of another noun
    ("Das Start-up Lindwurm Labs wächst. Lindwurm-Chef Jane Roe sprach von einem Erfolg.",
     {("Jane Roe", "ceoOf", "Lindwurm Labs")}, set()),
    ("Das Start-up Lindwurm Labs wächst. Gegründet wurde Lindwurm 2023 von Jane Roe.",
     {("Jane Roe", "founderOf", "Lindwurm Labs")}, set()),
    ("Das Start-up Lindwurm Labs wächst. Bisher hatte Lindwurm seine Modelle auf Chips vom Typ Kestro Edge "
     "trainiert.", {("Lindwurm Labs", "usesHardware", "Kestro Edge")}, set()),
    ("Acme hat das Berliner Start-up Gabelwerk Audio übernommen. Gabelwerk-Gründerin Jane Roe bleibt an Bord.",
     {("Jane Roe", "founderOf", "Gabelwerk Audio")}, set()),
    ("Das Start-up Lindwurm Labs wächst. Lindwurm-Fans aus Acme jubeln, sagte Jane Roe.", set(),
     {("Jane Roe", "ceoOf", "Lindwurm Labs"), ("Jane Roe", "founderOf", "Lindwurm Labs")}),
    # chips trained on: verb-second with the subject after the verb, and in the perfect past a possessor
    ("Bislang trainiert Acme ausschließlich auf Beschleunigern vom Typ Kestro Edge.",
     {("Acme", "usesHardware", "Kestro Edge")}, set()),
    ("Bislang hatte Acme seine Modelle auf Zorblax' Prozessoren vom Typ Kestro Edge trainiert.",
     {("Acme", "usesHardware", "Kestro Edge")}, set()),
    ("Acme hatte seine Modelle bisher auf Zorblax-Chips vom Typ Kestro Edge trainiert.",
     {("Acme", "usesHardware", "Kestro Edge"), ("Zorblax", "develops", "Kestro Edge")},
     {("Zorblax", "usesHardware", "Kestro Edge")}),
    ("Acme hat seine Modelle bisher auf Chips vom Typ Kestro Edge trainiert.",
     {("Acme", "usesHardware", "Kestro Edge")}, {("Acme", "develops", "Kestro Edge")}),
    ("Acme hat den Chip Kestro Edge entwickelt.", {("Acme", "develops", "Kestro Edge")},
     {("Acme", "usesHardware", "Kestro Edge")}),
    # (a model trained is no chip)
    ("Bislang trainiert Acme das Modell Rocket auf eigenen Daten.", set(), {("Acme", "usesHardware", "Rocket")}),
    # chips reserved in a relative clause on the company: its data centres do not make it their developer
    ("Den Vertrag schloss Acme mit dem Konzern Zorblax, der dafür in seinen Rechenzentren in Frankfurt und "
     "Amsterdam rund 20.000 Beschleuniger vom Typ Kestro Edge reserviert.",
     {("Zorblax", "usesHardware", "Kestro Edge")}, {("Zorblax", "develops", "Kestro Edge")}),
    # access to chips
    ("Der Vertrag verschafft Acme Zugang zu 8.000 Kestro-Edge-Chips.", {("Acme", "usesHardware", "Kestro Edge")}, set()),
    ("Acme erhält damit Zugang zu Kestro-Edge-Chips.", {("Acme", "usesHardware", "Kestro Edge")}, set()),
    # production ordered from a partner
    ("Acme lässt seinen Beschleuniger Kestro Edge bei Zorblax in Südkorea fertigen.",
     {("Acme", "partnerOf", "Zorblax"), ("Acme", "develops", "Kestro Edge")}, {("Zorblax", "develops", "Kestro Edge")}),
    ("Acme hat den Fertiger Zorblax mit der Serienproduktion in dessen Werk in Ungarn beauftragt.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    # computing time provided on chips: a partner, and both use the chips
    ("Zorblax stellt dem Pariser Non-Profit-Labor Acme kostenlos Rechenzeit auf Tensor-Chips vom Typ Kestro Edge "
     "zur Verfügung.",
     {("Zorblax", "partnerOf", "Acme"), ("Acme", "usesHardware", "Kestro Edge"),
      ("Zorblax", "usesHardware", "Kestro Edge")}, {("Zorblax", "develops", "Kestro Edge")}),
    ("Zorblax stellt dem Labor Acme einen Raum zur Verfügung.", set(), {("Zorblax", "partnerOf", "Acme")}),
    # "übernimmt für X" takes over a task for X, not X's business
    ("Das Packaging der Chips übernimmt für Acme der Dresdner Dienstleister Zorblax.", set(),
     {("Acme", "acquired", "Zorblax")}),
    ("Im Mai übernimmt Acme den Dienstleister Zorblax.", {("Acme", "acquired", "Zorblax")}, set()),
    # shareholders listed after another's stake: they hold shares in the company, not in each other
    ("Zorblax hält 70 Prozent an Acme, Quarzo Labs und Vantix Labs sind mit jeweils zehn Prozent beteiligt.",
     {("Zorblax", "investsIn", "Acme"), ("Quarzo Labs", "investsIn", "Acme"), ("Vantix Labs", "investsIn", "Acme")},
     set()),
    # the fusion of two named companies
    ("Acme ist aus der Fusion der beiden Anbieter Zorblax und Quarzo Labs hervorgegangen.",
     {("Zorblax", "mergedWith", "Quarzo Labs")}, {("Acme", "mergedWith", "Zorblax")}),
    # a named unit led by a person, also after an apposition
    ("Jane Roe, Mitgründerin von Zorblax, leitet seitdem die neu geschaffene Sparte Acme AI.",
     {("Jane Roe", "ceoOf", "Acme AI"), ("Jane Roe", "founderOf", "Zorblax")}, {("Jane Roe", "ceoOf", "Zorblax")}),
    # rivals: "Als direkter Rivale von X gilt Y", a race of three, a second item after "und mit"
    ("Als direkter Rivale von Rocket gilt Rocket 2, ein Modell von Acme.",
     {("Rocket 2", "competesWith", "Rocket")}, set()),
    ("Die drei großen Anbieter Acme, Zorblax und Quarzo Labs liefern sich einen harten Wettbewerb um Kunden.",
     {("Acme", "competesWith", "Zorblax"), ("Acme", "competesWith", "Quarzo Labs"),
      ("Zorblax", "competesWith", "Quarzo Labs")}, set()),
    ("Im Wettbewerb steht Acme vor allem mit Zorblax aus Kalifornien und mit Quarzo Labs, das eigene Roboter testet.",
     {("Acme", "competesWith", "Zorblax"), ("Acme", "competesWith", "Quarzo Labs")},
     {("Zorblax", "competesWith", "Quarzo Labs")}),
    # a second comparison after "schlägt ... und liegt gleichauf mit"
    ("In den Tests schlägt Rocket 2 bei Wissensfragen das Modell Rocket und liegt etwa gleichauf mit Zorblax' "
     "Modell Rocket 3.",
     {("Rocket 2", "comparedTo", "Rocket"), ("Rocket 2", "comparedTo", "Rocket 3")}, set()),
    # a model built on another after its maker's relative
    ("Ähnlich geht die Firma Acme vor, deren Modell Rocket 2 auf Rocket aufsetzt.",
     {("Rocket 2", "versionOf", "Rocket"), ("Acme", "develops", "Rocket 2")}, {("Acme", "develops", "Rocket")}),
    # "ist ein Ableger des ... Modells Y" after a naming verb
    ("Das erste Modell heißt Zeta-7B und ist ein Ableger des französischen Open-Source-Modells Rocket.",
     {("Zeta-7B", "versionOf", "Rocket")}, set()),
    ("Zeta-7B ist ein Ableger des Konzerns Acme.", set(), {("Zeta-7B", "versionOf", "Acme")}),
]


@pytest.mark.parametrize("text, expected, wrong", GERMAN)
def test_relations_p17b(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    check_text(extractor, text, expected, wrong, "de")
