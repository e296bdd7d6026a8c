"""German names and relations found missing on the fresh training set de-zz (p18e, 2026-11-28): a
two-word name after a company-only cue written with a hyphen or ending in "-labor" ("das Start-up
Kalo Vorn", "das Forschungslabor Deep Vorn") names a company even where its first word is a given
name; a person leading a group at an organisation in a relative clause in the present tense; a
company devoted to a goal with the verb first; a newspaper named by a noun before "Zeitung"; a
subsidiary after "-tochter" at the start of a sentence or after a copula; robots named after their
kind; "Supreme" as a model's variant word; a bare board post of any "-vorstand" compound; a report denied right after its clause ("Berichte, X wolle Y kaufen, dementierte Z"). Every name is invented; "Acme", "Zorblax", "Jane Roe"
are in the test catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import ents, rels

NAMES = [
    ("Das Start-up Kalo Vorn hat ein Modell veröffentlicht.", {("Kalo Vorn", "Organization")}, set()),
    ("Das KI-Start-up Kalo Vorn wächst schnell.", {("Kalo Vorn", "Organization")}, set()),
    ("Das Münchner Forschungslabor Deep Vorn hat ein Modell veröffentlicht.", {("Deep Vorn", "Organization")}, set()),
    # must-nots: a person after a role or an agent noun, a company after a hyphenated compound cue
    ("Acme wurde von der KI-Forscherin Elif Yıldız gegründet.", {("Elif Yıldız", "Person")},
     {("Elif Yıldız", "Organization")}),
    ("Der Investor Kalo Vorn hat sich beteiligt.", {("Kalo Vorn", "Person")}, {("Kalo Vorn", "Organization")}),
    ("Acme kaufte das US-Softwarehaus Altar Engineering.", {("Altar Engineering", "Organization")}, set()),
    # a newspaper named by a German noun before "Zeitung"
    ("„Das ist gut“, sagte Jane Roe der Lebensmittel Zeitung.", {("Lebensmittel Zeitung", "Organization")}, set()),
    # must-not: the noun alone is no name
    ("Die Zeitung berichtet, Acme wachse.", set(), {("Zeitung", "Organization")}),
    # "Supreme" after a known model is its variant (a model variant word in common/cues.tsv)
    ("Das größte Mitglied der Familie, Rocket Supreme, liegt vorne.", {("Rocket Supreme", "AIModel")}, set()),
    # a robot named after its kind; must-not: the plural noun alone
    ("Acme baut den Greifroboter Picker One.", {("Picker One", "Product")}, set()),
    ("Die Industrieroboter packen Kisten.", set(), {("Industrieroboter", "Product")}),
]


@pytest.mark.parametrize("text, expected, wrong", NAMES)
def test_names_p18e(nlp_de, text, expected, wrong) -> None:
    found = ents(nlp_de, text)
    assert expected <= found, found
    assert not wrong & found, found


GERMAN = [
    # a person who leads a group at an organisation, in a relative clause in the present tense
    ("Projektleiter ist der Oberarzt Jane Roe, der an der Acme die Arbeitsgruppe für klinische Informatik leitet.",
     {("Jane Roe", "worksFor", "Acme")}, set()),
    ("Dort forscht Jane Roe, die heute beim Konzern Acme das Team für Robotik führt.",
     {("Jane Roe", "worksFor", "Acme")}, set()),
    # must-nots: an earlier post, a place of study before another clause
    ("Zorblax holt Jane Roe, die bisher beim Münchner Acme-Konzern die Datenplattform verantwortete.",
     set(), {("Jane Roe", "worksFor", "Acme")}),
    ("Jane Roe, die an der Acme studierte, leitet heute das Labor von Zorblax.",
     set(), {("Jane Roe", "worksFor", "Acme")}),
    # devoted to a goal, the verb first
    ("Wie Zorblax verschreibt sich auch Acme der AGI.", {("Acme", "pursues", "AGI")}, set()),
    ("Zudem verschrieb sich Acme ganz der AGI.", {("Acme", "pursues", "AGI")}, set()),
    # must-not: the speaker before the clause is not the one devoted
    ("Jane Roe sagt, seither verschreibe sich Acme der AGI.", set(), {("Jane Roe", "pursues", "AGI")}),
    # a report denied right after it is no takeover; one confirmed stays
    ("Berichte, Acme wolle Zorblax kaufen, dementierte Jane Roe.", set(), {("Acme", "acquired", "Zorblax")}),
    ("Acme hat Zorblax gekauft, bestätigte Jane Roe.", {("Acme", "acquired", "Zorblax")}, set()),
    # a denial in the relation's own clause negates nothing
    ("Acme-Chef Jane Roe dementierte Gerüchte über einen Verkauf.", {("Jane Roe", "ceoOf", "Acme")}, set()),
    # a board post of any compound of "-vorstand" named bare before a person: at the passage's company
    ("Acme baut eine KI-Fabrik. Technologievorständin Jane Roe verantwortet das Projekt.",
     {("Jane Roe", "worksFor", "Acme")}, set()),
    ("Acme baut eine KI-Fabrik. „Das ist gut“, sagte Technologievorstand Jane Roe.", {("Jane Roe", "worksFor", "Acme")}, set()),
    # must-not: an employer named in the sentence wins
    ("Acme wächst. Technikvorständin Jane Roe von Zorblax lobt das.", {("Jane Roe", "worksFor", "Zorblax")},
     {("Jane Roe", "worksFor", "Acme")}),
    # interviewed by a newspaper named by a noun
    ("„Das ist gut“, sagte Jane Roe der Lebensmittel Zeitung.", {("Jane Roe", "interviewedBy", "Lebensmittel Zeitung")}, set()),
    # a subsidiary after a compound of "-tochter" at the start, or after a copula: the passage's company
    ("Acme baut Rechenzentren. Die Großkundentochter Zorblax soll eines in Bayern betreiben.",
     {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    ("Acme will wachsen. Kern des Plans ist die Tochter Zorblax, die eine Cloud betreibt.",
     {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    # must-nots: the subsidiary of a company named after it; a "Tochter" that is a person's daughter
    ("Acme will wachsen. Kern des Plans ist die Tochter von Zorblax.", set(), {("Zorblax", "subOrganizationOf", "Acme")}),
    ("Acme will wachsen. Kern des Plans ist die Tochter Jane Roe.", set(), {("Jane Roe", "subOrganizationOf", "Acme")}),
]


@pytest.mark.parametrize("text, expected, wrong", GERMAN)
def test_relations_p18e(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    found = rels(extractor, text, "de")
    assert expected <= found, found
    assert not wrong & found, found
