"""German names and relations found missing on fresh training articles of 2026-11-28 (sets de-m and
de-n, p16 round). Every name is invented; "Acme", "Zorblax", "Jane Roe", "Rocket", "Rocket 2" and
"Kestro Edge" are in the test catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text, ents


def _linked(nlp, text: str, label: str) -> list[str]:
    """The texts of the mentions of ``text`` that name the entity ``label``."""
    doc = nlp(text)
    return [m.text for m in doc._.kg_mentions if doc._.kg_entities[m.entity].label == label]


def test_a_cued_company_of_a_noun_and_an_acronym_has_its_short_name(nlp_de) -> None:
    text = "Das Kieler KI-Start-up Sturmvogel KI wächst. Zu den Kunden von Sturmvogel zählt Acme."
    assert "Sturmvogel" in _linked(nlp_de, text, "Sturmvogel KI")


def test_a_company_short_name_that_is_a_noun_names_it_only_where_it_stands_bare(nlp_de) -> None:
    text = "Das Hamburger Unternehmen Nordwind Intelligence wächst. Zu den Kunden von Nordwind zählt Acme."
    assert "Nordwind" in _linked(nlp_de, text, "Nordwind Intelligence")
    # after an article or an adjective the word is the noun
    text = "Das Hamburger Unternehmen Nordwind Intelligence wächst. Der kalte Nordwind weht über den Hafen."
    assert "Nordwind" not in _linked(nlp_de, text, "Nordwind Intelligence")


@pytest.mark.parametrize("text, expected", [
    # a compound ending in a model family is a model's cue noun
    ("Acme entwickelt die Sprachmodellreihe Zorbu, Zorblax baut Chips.", {("Zorbu", "AIModel")}),
    # after a company's cue noun, a German noun before a head word or an acronym is the name
    ("Das Kieler Start-up Sturmvogel Silicon baut Chips.", {("Sturmvogel Silicon", "Organization")}),
    ("Das Kieler KI-Start-up Sturmvogel KI stellte ein Modell vor.", {("Sturmvogel KI", "Organization")}),
    # a German noun before a company's head word after an article and a place adjective
    ("Jetzt fusionieren die Stockholmer Nordwind Intelligence und Acme.", {("Nordwind Intelligence", "Organization")}),
    # a German noun as the name after a model's cue noun, as a copula's predicate before a comma
    ("Bekanntestes Angebot von Acme ist die Modellreihe Kompass, die viele Behörden nutzen.",
     {("Kompass", "AIModel")}),
])
def test_german_names_p16(nlp_de, text, expected) -> None:
    assert expected <= ents(nlp_de, text)


def test_german_names_p16_that_are_none(nlp_de) -> None:
    # a car model range is no AI model; an abstract noun after a copula is no name
    assert ("Zorbu", "AIModel") not in ents(nlp_de, "Acme verkauft die Automodellreihe Zorbu.")
    assert not ents(nlp_de, "Das Ergebnis ist das Modell Leistung.")
    assert not ents(nlp_de, "Der Berliner Senat lobt die Stockholmer Forschung.")


GERMAN = [
    # object relative clauses whose verb stands far from the company
    ("Der Chip Zeta X1, den Acme eigentlich für Grafikaufgaben entworfen hat, ist schnell.",
     {("Acme", "develops", "Zeta X1")}, set()),
    ("Zorblax verkauft Chips vom Typ Kestro Edge, die das Unternehmen selbst in einer Fabrik bei Ostheim herstellt.",
     {("Zorblax", "manufactures", "Kestro Edge")}, set()),
    # a role before a described company
    ("Jane Roe, Vorstandschefin des Kölner Software-Anbieters Acme, lobte das Team.", {("Jane Roe", "ceoOf", "Acme")}, set()),
    # co-founders after a described partner; the partner's former employer is no partner of the company
    ("Roe hatte Acme 2019 zusammen mit der früheren Zorblax-Ingenieurin Jana Kern gegründet.",
     {("Roe", "founderOf", "Acme"), ("Jana Kern", "founderOf", "Acme")}, {("Acme", "partnerOf", "Zorblax")}),
    ("Heute beschäftigt Acme, das Start-up, das Roe gemeinsam mit dem Physiker Jan Berger gegründet hat, 60 Leute.",
     {("Roe", "founderOf", "Acme"), ("Jan Berger", "founderOf", "Acme")}, set()),
    ("Acme wurde 2020 von der früheren Zorblax-Managerin Jane Roe und dem Chemiker Jan Berger aus der Taufe gehoben.",
     {("Jane Roe", "founderOf", "Acme"), ("Jan Berger", "founderOf", "Acme")}, set()),
    ("Das Start-up Zorblax, gegründet von dem früheren Acme-Entwickler Jan Berger, hat den Spezialisten Globex übernommen.",
     {("Jan Berger", "founderOf", "Zorblax"), ("Zorblax", "acquired", "Globex")}, {("Jan Berger", "founderOf", "Acme")}),
    # a chair at a university; a head named with "unter Führung von"
    ("Acme wurde 2020 von Jane Roe und dem Ingenieur Jan Berger gegründet, der nebenher einen Lehrstuhl an der Universität Ostheim hält.",
     {("Jan Berger", "worksFor", "Universität Ostheim")}, set()),
    ("Der Konzern Acme unter Führung von Jane Roe hat zugekauft.", {("Jane Roe", "ceoOf", "Acme")}, set()),
    # the lab of a company, not the company, is led
    ("Rocket stammt von Zorblax, dem Forschungslabor von Acme unter Leitung von Jane Roe.",
     set(), {("Jane Roe", "ceoOf", "Acme")}),
    # ranking verbs after an apposition or a first verb of the model
    ("Rocket 2, der jüngste Spross der Rocket-Reihe, landet im Vergleichstest knapp hinter Zorblax 3.",
     {("Rocket 2", "comparedTo", "Zorblax 3")}, {("Rocket", "comparedTo", "Zorblax 3")}),
    ("Das Modell Rocket 2 erschien im Mai und liegt in Logik-Tests gleichauf mit Zorblax 3.",
     {("Rocket 2", "comparedTo", "Zorblax 3")}, set()),
    # a pronoun after the verb is the compared one, not the model before the comma
    ("Acme zeigt ein Modell. Es kommt auf ähnliche Werte wie Rocket 2, bei Code-Aufgaben liegt es sogar vor dem Modell Zorblax 3.",
     set(), {("Rocket 2", "comparedTo", "Zorblax 3")}),
    ("Im direkten Vergleich mit Rocket 2 von Acme erzielt Zorblax 3 im Test 80 Prozent.",
     {("Zorblax 3", "comparedTo", "Rocket 2")}, set()),
    ("Das Modell Rocket 2 übertrifft in Rechen-Tests sogar Zorblax 3.", {("Rocket 2", "comparedTo", "Zorblax 3")}, set()),
    ("Vorne liegt Rocket 2, das sich in Tests meist gegen Zorblax 3 durchsetzt.", {("Rocket 2", "comparedTo", "Zorblax 3")}, set()),
    # rivals
    ("Als wichtigste Konkurrenten von Acme nennt Roe vor allem Zorblax und die Firma Globex.",
     {("Zorblax", "competesWith", "Acme"), ("Globex", "competesWith", "Acme")}, set()),
    ("Der stärkste heimische Rivale von Acme, Zorblax, setzt auf Chips.", {("Zorblax", "competesWith", "Acme")}, set()),
    ("Jane Roe, bislang Managerin bei Acme, wechselt zum Berliner Konkurrenten Zorblax.",
     {("Zorblax", "competesWith", "Acme")}, set()),
    ("Auch Acme, mit der Zorblax um staatliche Aufträge konkurriert, wächst.", {("Zorblax", "competesWith", "Acme")}, set()),
    ("Erklärte Rivalen von Acme sind Zorblax und die Firma Globex.",
     {("Zorblax", "competesWith", "Acme"), ("Globex", "competesWith", "Acme")}, set()),
    ("Gegen den Anbieter Acme positioniert sich Zorblax als heimische Alternative.",
     {("Zorblax", "competesWith", "Acme")}, set()),
    # investors
    ("Zu den Großinvestoren von Acme zählen Zorblax und das Start-up Globex.",
     {("Zorblax", "investsIn", "Acme"), ("Globex", "investsIn", "Acme")}, set()),
    ("Der Chipausrüster Acme steigt beim französischen Software-Start-up Zorblax ein.", {("Acme", "investsIn", "Zorblax")}, set()),
    ("Auch das Unternehmen Acme, an dem Zorblax und die Firma Globex beteiligt sind, wächst.",
     {("Zorblax", "investsIn", "Acme"), ("Globex", "investsIn", "Acme")}, set()),
    ("Seit Mai ist zudem der Bremer Maschinenbauer Acme mit einem Minderheitsanteil an Zorblax beteiligt.",
     {("Acme", "investsIn", "Zorblax")}, set()),
    ("Der Versicherer Acme hat Zorblax früh finanziert.", {("Acme", "investsIn", "Zorblax")}, set()),
    # the relative clause is about the noun before "von A und B", not about B
    ("Der Rivale von Acme und Zorblax, an dem die Firma Globex beteiligt ist, wächst.",
     set(), {("Globex", "investsIn", "Zorblax")}),
    # acquisitions with a described object or after an apposition
    ("Acme hatte bereits 2022 das Bremer Sprachdaten-Start-up Zorblax gekauft.", {("Acme", "acquired", "Zorblax")}, set()),
    # units
    ("Zorblax Research, das Forschungslabor des Technikkonzerns Acme, stellte ein Modell vor.",
     {("Zorblax Research", "subOrganizationOf", "Acme")}, set()),
    ("Zorblax forscht künftig als Teil der Chip-Sparte von Acme.", {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    ("Acme kaufte das Start-up Globex, das nun unter dem Dach von Zorblax landet.",
     {("Globex", "subOrganizationOf", "Zorblax")}, set()),
    # goals
    ("Dabei verfolgt Acme nur ein Ziel: vertrauenswürdige KI für Banken.",
     {("Acme", "pursues", "vertrauenswürdige KI")}, set()),
    ("Acme habe sich Datensouveränität deshalb schon früh auf die Fahnen geschrieben.",
     {("Acme", "pursues", "Datensouveränität")}, set()),
    ("Open Source ist das Herzstück der Strategie von Acme.", {("Acme", "pursues", "Open Source")}, set()),
    # chips in a company's data centres, trained on, rented, fitted
    ("Die Firma Globex nutzt Zeta-X1-Chips von Acme, die in Zorblax-Rechenzentren in Irland installiert sind.",
     {("Zorblax", "usesHardware", "Zeta-X1")}, set()),
    ("Die Firma Globex greift auf 900 Zeta-X1-Beschleuniger des Herstellers Acme zurück, die in Rechenzentren von Zorblax laufen.",
     {("Zorblax", "usesHardware", "Zeta-X1"), ("Globex", "usesHardware", "Zeta-X1")}, set()),
    ("Acme liefert auch seine Chips Zeta X1, auf denen das Start-up Zorblax Teile seiner Modelle trainiert.",
     {("Zorblax", "usesHardware", "Zeta X1")}, set()),
    ("Zorblax mietet dafür 400 Beschleuniger vom Typ Zeta X1.", {("Zorblax", "usesHardware", "Zeta X1")}, set()),
    ("Gerechnet wird auf dem Supercomputer Zeta X1 des Forschungszentrums Acme, der mit 900 Prozessoren vom Typ Kestro Edge bestückt ist.",
     {("Acme", "usesHardware", "Kestro Edge")}, set()),
    # designer and maker of the chips named in the sentence before; a chip of the same sentence is no
    # chip named before
    ("Gerechnet wird auf 512 Chips vom Typ Kestro Edge. Entwickelt hat die Chips die Firma Acme, "
     "produziert werden sie bei Zorblax.",
     {("Acme", "develops", "Kestro Edge"), ("Zorblax", "manufactures", "Kestro Edge")}, set()),
    ("Im Rechenzentrum stehen Chips vom Typ Kestro Edge. Acme entwickelt mit dem Zeta X1 einen neuen Chip, "
     "produziert wird er beim Auftragsfertiger Zorblax.", set(), {("Zorblax", "manufactures", "Kestro Edge")}),
    # partners
    ("Erster Kunde von Acme ist der Cloud-Anbieter Zorblax, der schon 90 Karten betreibt.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Zorblax ist außerdem Lieferant und Technologiepartner von Acme.", {("Zorblax", "partnerOf", "Acme")}, set()),
    # jobs named after an apposition or in a relative clause
    ("Roe, heute Chefin von Acme, hatte zuvor bei Zorblax geforscht.", {("Roe", "worksFor", "Zorblax")}, set()),
    ("Der Acme-Gründer Jan Berger, ein früherer Forscher der Universität Ostheim, wird bei Zorblax das neue Labor leiten.",
     {("Jan Berger", "worksFor", "Zorblax")}, set()),
    ("Ein Beispiel ist die Informatikerin Jane Roe, die das Institut Ostheim verlässt und zu Zorblax nach Paris wechselt.",
     {("Jane Roe", "worksFor", "Zorblax")}, set()),
    # "der Marktführer" refers back to a company; founder and head in its object relative clause
    ("Auch Acme kauft zu. Der Marktführer, den Mitgründer Jan Berger seit Jahren als CEO lenkt, hat das Start-up "
     "Zorblax erworben.",
     {("Acme", "acquired", "Zorblax"), ("Jan Berger", "ceoOf", "Acme"), ("Jan Berger", "founderOf", "Acme")}, set()),
    ("Jane Roe zählt zu den bekanntesten Gründerinnen. Die 45-jährige Physikerin führt seit 2021 das Kieler Start-up Zorblax.",
     {("Jane Roe", "ceoOf", "Zorblax")}, set()),
    # a goal of the company of a person named by "dessen Firma"
    ("Acme-Chefin Jane Roe, deren Unternehmen sich der vertrauenswürdigen KI verschrieben hat, lobte das Team.",
     {("Acme", "pursues", "vertrauenswürdige KI")}, set()),
    ("Acme-Chef Jan Berger nannte Zorblax einen „ernstzunehmenden Wettbewerber“.", {("Acme", "competesWith", "Zorblax")}, set()),
    ("Jan Berger verantwortet die Chipentwicklung und lehrt außerdem an der Universität Ostheim.",
     {("Jan Berger", "worksFor", "Universität Ostheim")}, set()),
    ("Roe, heute Chefin von Acme, forschte zuvor; Jan Berger und Jana Kern kamen von Zorblax.",
     {("Jan Berger", "worksFor", "Zorblax"), ("Jana Kern", "worksFor", "Zorblax")}, {("Roe", "worksFor", "Zorblax")}),
    # founding and funding in relative clauses, a founder of a described company
    ("Gegründet wurde Acme 2023 von Jan Berger, der zuvor den Hedgefonds Zorblax aufgebaut hatte, welcher Acme bis heute finanziert.",
     {("Jan Berger", "founderOf", "Zorblax"), ("Zorblax", "investsIn", "Acme")}, set()),
    ("Rocket liegt vor Rocket 2, dem Modell von Zorblax, jenem KI-Unternehmen, das Jane Roe 2023 gegründet hat.",
     {("Jane Roe", "founderOf", "Zorblax")}, set()),
    ("Die Acme-Beteiligungsgesellschaft Zorblax führt eine Finanzierungsrunde an.", {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    ("Die Server montiert der Elektronikriese Zorblax, der auch Acmes Kestro-Edge-Racks zusammenbaut.",
     {("Zorblax", "manufactures", "Kestro Edge")}, set()),
    # "der Chipentwickler" refers back to a company; partners after a relative clause on the first
    ("Acme hat zugekauft: Für 90 Millionen Euro übernahm Acme den Serverbauer Globex, zuvor hatte der Chipentwickler "
     "schon das Kieler Start-up Zorblax geschluckt.", {("Acme", "acquired", "Zorblax")}, set()),
    ("Acme, das mit der Baureihe Kestro Edge gefragte Maschinen herstellt, und Zorblax vereinbarten zudem eine Partnerschaft.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    # heads
    ("„Wir wachsen“, sagte Acme-Gründer und Geschäftsführer Dr. Jan Berger der Zeitung.",
     {("Jan Berger", "ceoOf", "Acme"), ("Jan Berger", "founderOf", "Acme")}, set()),
    ("Zorblax entstand 2020 in Ostheim; Jane Roe steht dem Unternehmen seither als Geschäftsführerin vor.",
     {("Jane Roe", "ceoOf", "Zorblax")}, set()),
    # makers
    ("Auch Acme, das Unternehmen hinter Rocket, steht unter Druck.", {("Acme", "develops", "Rocket")}, set()),
    ("Hinzu kommen Chips vom Typ Kestro Edge, die Zorblax direkt beim Entwickler Acme gekauft hat.",
     {("Acme", "develops", "Kestro Edge")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", GERMAN)
def test_relations_p16(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    check_text(extractor, text, expected, wrong, "de")
