"""German relations and names found missing on a fresh training set of 2026-11-29 (set de-ba, p27b round).
Every name is invented; "Acme", "Zorblax", "Rocket", "Kestro Edge", "AGI" and "Jane Roe" are in the test
catalogue, the others are found by cues."""

from __future__ import annotations

import pytest

from tests.extract.conftest import ents, rels

GERMAN = [
    # a lead that names its company with "Das Unternehmen heißt X": X is what the text is about, not the
    # larger lab its founders came from
    ("Kiel – Drei frühere Forscher von Acme haben in Kiel ein Start-up gegründet. Das Unternehmen heißt "
     "Quantix Labs und hat 25 Millionen Euro eingesammelt. Angeführt wurde die Runde vom Wagniskapitalgeber Velora "
     "Capital; beteiligt ist außerdem Norma Ventures.\n\nGründerin und Chefin ist Eva Lind, die bei Acme zuletzt "
     "ein Team leitete.",
     {("Velora Capital", "investsIn", "Quantix Labs"), ("Norma Ventures", "investsIn", "Quantix Labs"),
      ("Eva Lind", "founderOf", "Quantix Labs"), ("Eva Lind", "ceoOf", "Quantix Labs")},
     {("Velora Capital", "investsIn", "Acme"), ("Eva Lind", "founderOf", "Acme")}),
    # a joint venture held by the pair that founded it, in the clause after a semicolon or the sentence after
    ("Acme und der Versicherer Zorblax gründen ein Gemeinschaftsunternehmen. Die neue Firma mit dem Namen Velora "
     "Data soll in Ulm sitzen; beide Konzerne halten jeweils 50 Prozent.",
     {("Velora Data", "subOrganizationOf", "Acme"), ("Velora Data", "subOrganizationOf", "Zorblax")}, set()),
    ("Acme und Zorblax gründen ein Gemeinschaftsunternehmen. Das Gemeinschaftsunternehmen mit dem Namen Velora "
     "Data soll Software bauen. Beide Konzerne halten je die Hälfte der Anteile.",
     {("Velora Data", "subOrganizationOf", "Acme"), ("Velora Data", "subOrganizationOf", "Zorblax")}, set()),
    # the company that opens the sentence before is one of the pair: no unit of its partner
    ("Acme und Zorblax gründen ein Gemeinschaftsunternehmen. Beide Konzerne halten jeweils 50 Prozent.", set(),
     {("Zorblax", "subOrganizationOf", "Acme"), ("Acme", "subOrganizationOf", "Zorblax")}),
    # a described pair founding a joint lab are partners
    ("Der Versicherer Acme und der Chiphersteller Zorblax gründen ein gemeinsames KI-Labor.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Acme und Zorblax gründen kein gemeinsames Labor.", set(), {("Acme", "partnerOf", "Zorblax")}),
    # a chip made at a foundry on a client's behalf: the foundry makes it, the client is its partner, not its maker
    ("Das Start-up Quantix baut Chips. Der Chip Kestro Edge von Quantix spart Energie. Gefertigt wird er im Auftrag "
     "von Quantix bei Zorblax in Ulm.",
     {("Zorblax", "manufactures", "Kestro Edge"), ("Quantix", "partnerOf", "Zorblax"),
      ("Quantix", "develops", "Kestro Edge")},
     {("Quantix", "manufactures", "Kestro Edge")}),
    ("Das Start-up Quantix baut Chips. Gefertigt wird der Kestro Edge im Auftrag von Quantix bei Zorblax in Ulm.",
     {("Zorblax", "manufactures", "Kestro Edge"), ("Quantix", "partnerOf", "Zorblax")},
     {("Quantix", "manufactures", "Kestro Edge")}),
    # a head of the company named by its noun, after the sentence that says the person founded it
    ("Gegründet wurde Quantix von Tom Berger und Eva Lind. Lind ist heute Geschäftsführerin des Unternehmens, das "
     "30 Menschen beschäftigt.", {("Eva Lind", "ceoOf", "Quantix")}, {("Tom Berger", "ceoOf", "Quantix")}),
    # rivals described at length after "Im Wettbewerb steht X … mit"
    ("Das Start-up Quantix baut Chips. Im Wettbewerb steht Quantix unter anderem mit dem ebenfalls in Ulm "
     "ansässigen Unternehmen Velora Systems und dem US-Konzern Acme.",
     {("Quantix", "competesWith", "Velora Systems"), ("Quantix", "competesWith", "Acme")}, set()),
    # a pair of founders opening a sentence without their company: the passage's company, not their former employer
    ("Das Kölner Start-up Quantix hat ein Modell veröffentlicht. Die Gründer Tom Berger und Eva Lind hatten bei "
     "Acme an der Robotik gearbeitet.",
     {("Tom Berger", "founderOf", "Quantix"), ("Eva Lind", "founderOf", "Quantix")},
     {("Tom Berger", "founderOf", "Acme"), ("Eva Lind", "founderOf", "Acme")}),
    ("Das Kölner Start-up Quantix hat ein Modell veröffentlicht. Die Gründer Tom Berger und Eva Lind von Acme "
     "lobten es.", set(), {("Tom Berger", "founderOf", "Quantix"), ("Eva Lind", "founderOf", "Quantix")}),
    # chips ordered by a listed pair, trained on after a long insert, in use at a company
    ("Cloud-Anbieter wie Zorblax und Velora Systems hatten den Kestro Edge zuletzt in großen Stückzahlen geordert.",
     {("Zorblax", "usesHardware", "Kestro Edge"), ("Velora Systems", "usesHardware", "Kestro Edge")}, set()),
    ("Der Versicherer Zorblax trainiert seine Rocket-Modelle nach eigenen Angaben bereits zum Teil auf Clustern mit "
     "dem Kestro Edge.", {("Zorblax", "usesHardware", "Kestro Edge")}, set()),
    ("Acme, dessen Kestro-Edge-Beschleuniger unter anderem bei Zorblax im Einsatz sind, rechnet mit Verlusten.",
     {("Zorblax", "usesHardware", "Kestro Edge")}, {("Acme", "usesHardware", "Kestro Edge")}),
    ("Acme hat Kestro-Edge-Beschleuniger bei Zorblax im Einsatz getestet.", set(),
     {("Zorblax", "usesHardware", "Kestro Edge")}),
    ("Für das Training will Quantix Labs auf den Supercomputer Kestro Edge in Kassel zurückgreifen.",
     {("Quantix Labs", "usesHardware", "Kestro Edge")}, set()),
    # a second chip named by its type after a first one
    ("Das Start-up Quantix baut Modelle. Derzeit betreibt Quantix rund 300 Kestro-Edge-GPUs sowie einige Dutzend "
     "Beschleuniger vom Typ Nova X9 von Acme.",
     {("Quantix", "usesHardware", "Kestro Edge"), ("Quantix", "usesHardware", "Nova X9")},
     {("Acme", "usesHardware", "Nova X9")}),
    ("Das Start-up Quantix nutzt rund 300 Kestro-Edge-GPUs sowie einige Beschleuniger vom Typ Nova X9 von Acme.",
     {("Quantix", "usesHardware", "Nova X9")}, set()),
    # models used through a provider's platform
    ("Der Versicherer Zorblax nutzt seit dem Sommer Sprachmodelle über die Plattform Nova Flow von Acme, statt "
     "eigene Server zu kaufen.", {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Der Versicherer Zorblax nutzt seit dem Sommer keine Sprachmodelle über die Plattform Nova Flow von Acme.", set(),
     {("Zorblax", "partnerOf", "Acme")}),
    # a pair founding a start-up named after "namens", which merges into another
    ("Tom Berger und Eva Lind hatten Acme im Sommer verlassen und zunächst ein eigenes Start-up namens Velora Bio "
     "gegründet, das nun in Zorblax aufgeht.",
     {("Tom Berger", "founderOf", "Velora Bio"), ("Eva Lind", "founderOf", "Velora Bio"),
      ("Velora Bio", "mergedWith", "Zorblax")}, {("Tom Berger", "founderOf", "Acme")}),
    # a model named by its working title
    ("Ein erstes Modell von Acme mit dem Arbeitstitel Kranich soll im kommenden Jahr fertig sein.",
     {("Acme", "develops", "Kranich")}, set()),
    # a pair competing against a list; competition coming from companies
    ("Mit Quantix treten Acme und Zorblax gegen US-Anbieter wie Velora Systems und Norma Cloud an, die ihre "
     "Angebote vermarkten.",
     {("Acme", "competesWith", "Velora Systems"), ("Acme", "competesWith", "Norma Cloud"),
      ("Zorblax", "competesWith", "Velora Systems"), ("Zorblax", "competesWith", "Norma Cloud")},
     {("Quantix", "competesWith", "Velora Systems")}),
    ("Das Kölner Start-up Quantix baut Modelle. Konkurrenz kommt vor allem aus Lyon und Mannheim, wo Acme und "
     "Zorblax ähnliche Angebote entwickeln.",
     {("Quantix", "competesWith", "Acme"), ("Quantix", "competesWith", "Zorblax")}, set()),
    # a provider chosen as a partner
    ("Als Technologiepartner haben sich Acme und Zorblax für Velora Cloud entschieden, die Cloud-Tochter der Norma "
     "Gruppe.", {("Acme", "partnerOf", "Velora Cloud"), ("Zorblax", "partnerOf", "Velora Cloud")}, set()),
    # a model updated
    ("Neben dem großen Modell hat Acme auch Rocket 2 aktualisiert, eine kompakte Variante.",
     {("Acme", "develops", "Rocket 2")}, set()),
    # model rankings: a second clause after a score, a place and the ones ahead, a new model beating its predecessor
    ("Nach Messungen von Acme erreicht Rocket 2 bei Aufgaben 68 Punkte und liegt damit vor Zeta-3 von Zorblax, das "
     "auf 59 Punkte kommt.", {("Rocket 2", "comparedTo", "Zeta-3")}, {("Rocket 2", "comparedTo", "Acme")}),
    ("Die Plattform Velora Arena führt Rocket 2 derzeit auf Platz sieben, knapp hinter Zeta-3 von Acme und deutlich "
     "hinter Orbit-5.", {("Rocket 2", "comparedTo", "Zeta-3"), ("Rocket 2", "comparedTo", "Orbit-5")}, set()),
    ("Acme hat Rocket 2 vorgestellt. In Benchmarks übertrifft das neue Modell den Vorgänger Rocket, den Acme vor "
     "einem Jahr veröffentlicht hatte.", {("Rocket 2", "comparedTo", "Rocket")}, set()),
    ("Acme hat Rocket 2 vorgestellt. In Benchmarks übertrifft das neue Modell den Vorgänger Rocket nicht.", set(),
     {("Rocket 2", "comparedTo", "Rocket")}),
]


@pytest.mark.parametrize("text, expected, wrong", GERMAN)
def test_relations_p27b(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    found = rels(extractor, text, "de")
    assert expected <= found, found
    assert not wrong & found, found


def test_a_company_named_with_werke_after_a_cue_goes_by_its_first_word(nlp_de) -> None:
    text = "Der Automobilzulieferer Velbert Werke baut Teile. Velbert-Geschäftsführer Tom Berger lobte Acme."
    doc = nlp_de(text)
    labels = {doc._.kg_entities[m.entity].label for m in doc._.kg_mentions if doc[m.start:m.end].text == "Velbert"}
    assert labels == {"Velbert Werke"}, labels
    assert ("Velbert Werke", "Organization") in ents(nlp_de, text)


def test_a_description_in_a_relative_clause_after_a_preposition_is_not_its_antecedent(nlp_de) -> None:
    from tests.extract.conftest import resolved

    text = ("Quantix Labs hat 25 Millionen Euro eingesammelt. Trainiert wird im Rechenzentrum von Acme, bei dem das "
            "Start-up Kapazität mietet.")
    assert ("Start-up", "Quantix Labs") in resolved(nlp_de, text), resolved(nlp_de, text)
    assert ("Start-up", "Acme") not in resolved(nlp_de, text)


def test_a_spin_off_in_an_apposition_is_the_text_s_start_up(extractor) -> None:
    text = ("Ostheim – Die Förderbank Velora beteiligt sich mit vier Millionen Euro an Quantix Robotics, einer "
            "Ausgründung der Universität Ostheim. Neben der Velora steigt auch Norma Ventures ein. Für die Velora ist "
            "es eine von mehreren Beteiligungen, sagte Velora-Chefin Eva Lind. Erste Pilotkunden sind nach "
            "Unternehmensangaben der Autozulieferer Zorblax und der Versicherer Acme.")
    found = rels(extractor, text, "de")
    assert {("Zorblax", "partnerOf", "Quantix Robotics"), ("Acme", "partnerOf", "Quantix Robotics")} <= found, found
    assert ("Zorblax", "partnerOf", "Velora") not in found, found
