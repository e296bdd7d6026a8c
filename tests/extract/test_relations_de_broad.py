"""The broad German rules (invented names): roles, products, rivals and parts read from the head
of a compound ("Politikchef", "Modellfamilie", "Cloudsparte"), and short clauses with a role
verb. They come after every other rule, so they only add pairs no other rule found.

Each case lists triples that must be found and triples that must not (the same words in a
sentence that does not state the relation)."""

from __future__ import annotations

import pytest

from kg.extract.patterns import Rule, RuleIndex, required_words
from tests.extract.conftest import rels


def test_a_head_alternative_matches_a_compound_ending_in_it() -> None:
    rule = Rule.parse("x\tworksFor\t0.6\tO:ORG 's *chef|*chefin S!:PER", 1)
    assert required_words(rule.pattern) == [(frozenset({"'s"}), (), ()), (frozenset(), (), ("chef", "chefin"))]
    assert rule.regex.search("<ORG#0> 's politikchef <PER#1> sagte ")
    assert rule.regex.search("<ORG#0> 's chef <PER#1> sagte ")
    assert not rule.regex.search("<ORG#0> 's chefsache <PER#1> sagte ")
    # a mention is no word: "*chef" does not read "<PER#1>"
    assert not Rule.parse("x\tworksFor\t0.6\tO:ORG *chef S:PER", 1).regex.search("<ORG#0> <PER#1> <PER#2> ")
    index = RuleIndex((rule,))
    assert index.candidates({"'s", "rechenzentrumschef"}, {"ORG", "PER"}) == [rule]
    assert index.candidates({"'s", "chefsache"}, {"ORG", "PER"}) == []


ROLES = [
    # a role compound after a possessor or a name with a hyphen
    ("Der Konzern Nuvolo wächst. „Das ist ein Fehler“, sagte Nuvolos Politikchefin Anna Roth.",
     {("Anna Roth", "worksFor", "Nuvolo")}, set()),
    ("Quibbl-Rechenzentrumsleiterin Anna Roth sprach von einem Erfolg.",
     {("Anna Roth", "worksFor", "Quibbl")}, set()),
    ("Die Firma wurde von den früheren Zorblax-Forschern Anna Roth und Jens Kowalski gegründet.",
     {("Anna Roth", "worksFor", "Zorblax"), ("Jens Kowalski", "worksFor", "Zorblax")}, set()),
    # a singular role names one person, not the one coordinated after it
    ("Gegründet wurde die Firma von der früheren Zorblax-Forscherin Anna Roth und dem Informatiker "
     "Jens Kowalski.",
     {("Anna Roth", "worksFor", "Zorblax")}, {("Jens Kowalski", "worksFor", "Zorblax")}),
    # an apposition with a role and its place of work
    ("Das sagte Anna Roth, Bereichsleiterin für Digitalpolitik beim Branchenverband Zorblax.",
     {("Anna Roth", "worksFor", "Zorblax")}, set()),
    # a role and its place of work before the name
    ("Die frühere Forschungsleiterin bei Acme, Anna Roth, wechselt.", {("Anna Roth", "worksFor", "Acme")}, set()),
    # work in a relative clause, in the past
    ("Die Gründerin Anna Roth, die früher als Forscherin bei Zorblax in Paris arbeitete, wechselt zu Quibbl.",
     {("Anna Roth", "worksFor", "Zorblax")}, set()),
    ("Anna Roth arbeitete zuvor zehn Jahre bei Zorblax.", {("Anna Roth", "worksFor", "Zorblax")}, set()),
    ("Nachfolgerin wird Anna Roth, die bislang das Europageschäft von Zorblax verantwortete.",
     {("Anna Roth", "worksFor", "Zorblax")}, set()),
    # buying from a company is no work there
    ("Anna Roth kauft seit Jahren Halbleiter bei Zorblax ein.", set(), {("Anna Roth", "worksFor", "Zorblax")}),
]


PRODUCTS = [
    # a product noun after the name of a model or chip, then "von" and the maker
    ("Das Auto soll künftig auf Zetaflow-Modelle von Zorblax zurückgreifen.",
     {("Zorblax", "develops", "Zetaflow")}, set()),
    ("Im Rumpf steckt ein Quasar-X-Modul von Zorblax.", {("Zorblax", "develops", "Quasar-X")}, set()),
    # a possessor's model family
    ("Der Konzern Acme wächst. Die Informatikerin hatte zuvor an Acmes Modellfamilie Rocket gearbeitet.",
     {("Acme", "develops", "Rocket")}, set()),
    # a company that uses a model does not develop it
    ("Quibbl setzt auf Zetaflow-Modelle von Zorblax.", {("Zorblax", "develops", "Zetaflow")},
     {("Quibbl", "develops", "Zetaflow")}),
]


COMPANIES = [
    ("Der Konzern Zorblax und das Start-up Quibbl bauen Chips. Zorblax sieht sich im Kampf gegen Quibbl gut "
     "aufgestellt.", {("Zorblax", "competesWith", "Quibbl")}, set()),
    ("Das Start-up Zorblax baut Chips wie der Konzern Quibbl und das Start-up Nuvolo. Mit dem Chip tritt "
     "Zorblax gegen Quibbl und Nuvolo an.",
     {("Zorblax", "competesWith", "Quibbl"), ("Zorblax", "competesWith", "Nuvolo")}, set()),
    # customers named after a list word
    ("Zorblax vermietet seine Chips an externe Kunden, darunter das Start-up Quibbl.",
     {("Zorblax", "partnerOf", "Quibbl")}, set()),
    # a part of a company: "gehört zum", a possessor's unit, "über ihre Tochter"
    ("Das Start-up Quibbl gehört inzwischen zum US-Konzern Zorblax.",
     {("Quibbl", "subOrganizationOf", "Zorblax")}, set()),
    ("Das Start-up Quibbl gehört zu den Kunden des Konzerns Zorblax.", set(),
     {("Quibbl", "subOrganizationOf", "Zorblax")}),
    ("Acmes Cloudsparte Zorblax kündigte neue Chips an.", {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    # a possessor's rival named after the rival noun
    ("Der Konzern Acme wächst. Acmes größter Rivale Zorblax kontert.", {("Zorblax", "competesWith", "Acme")},
     {("Zorblax", "subOrganizationOf", "Acme")}),
    ("Der Konzern Zorblax vermarktet über seine Tochter Quibbl eine eigene Cloud.",
     {("Quibbl", "subOrganizationOf", "Zorblax")}, set()),
    # a takeover in a passive relative clause
    ("Viele sind gescheitert, darunter das Start-up Quibbl, das 2024 von Zorblax übernommen wurde.",
     {("Zorblax", "acquired", "Quibbl")}, set()),
]


INTERVIEWS = [
    ("Quibbl-Gründerin Anna Roth sagte der Zeitung „Zeta Kurier“, der Schritt sei nötig.",
     {("Anna Roth", "interviewedBy", "Zeta Kurier")}, set()),
    ("Anna Roth sprach gegenüber dem Magazin Zetaworld von einer bitteren Entscheidung.",
     {("Anna Roth", "interviewedBy", "Zetaworld")}, set()),
    # reported speech about an organisation is no interview with it
    ("Anna Roth sagte, der Konzern Zorblax wachse schnell.", set(), {("Anna Roth", "interviewedBy", "Zorblax")}),
]


IMPLICIT_ARGUMENTS = [
    # the chip or model of the sentence before, made or developed by the company named here
    ("Das Start-up Zorblax baut den Chip Kerbel-1. Gefertigt wird er beim Auftragsfertiger Quibbl in Dresden.",
     {("Zorblax", "develops", "Kerbel-1"), ("Quibbl", "manufactures", "Kerbel-1")},
     {("Zorblax", "manufactures", "Kerbel-1")}),
    ("Das Start-up Zorblax stellt das Sprachmodell Merula vor. Entwickelt wurde es gemeinsam mit dem "
     "Start-up Quadrant Labs.",
     {("Zorblax", "develops", "Merula"), ("Quadrant Labs", "develops", "Merula")}, set()),
    ("Das Start-up Zorblax baut den Assistenten Zetabot. Entwickelt wurde er gemeinsam mit dem Start-up Quibbl.",
     {("Quibbl", "develops", "Zetabot")}, set()),
    # a role without its company: the company the passage is about
    ("Das Start-up Zorblax baut Chips. Der frühere KI-Chef Tom Berger tritt dagegen kürzer.",
     {("Tom Berger", "worksFor", "Zorblax")}, set()),
    # a new role there, even when a relative clause names where the person comes from
    ("Das Start-up Zorblax baut Chips. Neuer CTO wird Mehmet Aksoy, der von Acme kommt.",
     {("Mehmet Aksoy", "worksFor", "Zorblax"), ("Mehmet Aksoy", "worksFor", "Acme")}, set()),
    # a place of making without a maker named is none
    ("Das Start-up Zorblax baut den Chip Kerbel-1. Gefertigt wird er in Dresden.",
     {("Zorblax", "develops", "Kerbel-1")}, {("Zorblax", "manufactures", "Kerbel-1")}),
]


OWN_PRODUCTS = [
    # a company's own product introduced by name, presented, or offered
    ("Das Start-up Zorblax setzt auf eine eigene Software namens Flowdeck 2.0, mit der Entwickler Modelle übertragen.",
     {("Zorblax", "develops", "Flowdeck 2.0")}, set()),
    ("Der Halbleiterentwickler Zorblax hat mit dem Helix-N3 seinen ersten KI-Beschleuniger vorgestellt.",
     {("Zorblax", "develops", "Helix-N3")}, set()),
    ("Neben Acme bietet auch das Start-up Quibbl mit dem Chatbot Kimi eigene Modelle an.",
     {("Quibbl", "develops", "Kimi")}, {("Acme", "develops", "Kimi")}),
    # a product a company tests is not its own
    ("Der Konzern Zorblax testet mit dem Chatbot Kimi die Software eines Partners.", set(),
     {("Zorblax", "develops", "Kimi")}),
]


SECOND_CLAUSES_AND_INSERTS = [
    # a second verb phrase that makes the subject a head ("... und wird Chef des Start-ups X")
    ("Anna Roth verlässt den Softwarekonzern nach elf Jahren und wird Chefin des Heidelberger Start-ups "
     "Zorblax, das Sprachmodelle entwickelt.", {("Anna Roth", "ceoOf", "Zorblax")}, set()),
    ("Anna Roth verlässt den Softwarekonzern und wird nicht Chefin des Start-ups Zorblax.", set(),
     {("Anna Roth", "ceoOf", "Zorblax")}),
    # a stake stated after an inserted relative clause
    ("Die Acme-Gruppe, zu der auch zwei Handelsketten gehören, ist seit 2023 an Zorblax beteiligt.",
     {("Acme", "investsIn", "Zorblax")}, set()),
    # moving to a company with a team
    ("Quibbl-Gründerin Anna Roth wechselt mit ihrem Team zu Zorblax und übernimmt dort die Forschung.",
     {("Anna Roth", "worksFor", "Zorblax")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", ROLES + PRODUCTS + COMPANIES + INTERVIEWS + IMPLICIT_ARGUMENTS
                         + OWN_PRODUCTS + SECOND_CLAUSES_AND_INSERTS)
def test_broad_rules(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    found = rels(extractor, text)
    assert expected <= found, found
    assert not wrong & found, found
