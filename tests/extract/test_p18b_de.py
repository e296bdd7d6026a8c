"""German relations found missing or wrong on a fresh training set of 2026-11-28 (set de-w, p18b
round). Every name is invented; "Acme", "Zorblax", "Jane Roe", "Rocket" and "Kestro Edge" are in the
test catalogue, the others are found by cues."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text

GERMAN = [
    # a company's own investment vehicle: it belongs to the company named last before "über"
    ("Die Firma Zorblax ist zudem über ihre Beteiligungsgesellschaft Quarzo Ventures an Acme beteiligt.",
     {("Quarzo Ventures", "subOrganizationOf", "Zorblax"), ("Quarzo Ventures", "investsIn", "Acme")},
     {("Zorblax", "subOrganizationOf", "Quarzo Ventures")}),
    ("Auch Zorblax hat über die Einheit Quarzo Labs in Acme investiert.",
     {("Quarzo Labs", "subOrganizationOf", "Zorblax")}, {("Quarzo Labs", "subOrganizationOf", "Acme")}),
    ("Die Bank Vantix Labs und der Konzern Zorblax über seinen Investmentarm Quarzo Ventures stiegen bei Acme ein.",
     {("Quarzo Ventures", "subOrganizationOf", "Zorblax")},
     {("Quarzo Ventures", "subOrganizationOf", "Vantix Labs")}),
    ("Zorblax verkauft über seinen Partner Quarzo Labs Software an Acme.", set(),
     {("Quarzo Labs", "subOrganizationOf", "Zorblax")}),
    # the second of two investors joining through its vehicle: the vehicle takes part, its owner's is the vehicle
    ("Acme hat Geld eingesammelt. Ebenfalls eingestiegen sind die Quarzo Labs und der Konzern Zorblax über "
     "seine Tochter Borvex Capital.",
     {("Quarzo Labs", "investsIn", "Acme"), ("Borvex Capital", "investsIn", "Acme"),
      ("Borvex Capital", "subOrganizationOf", "Zorblax")},
     {("Zorblax", "investsIn", "Acme"), ("Borvex Capital", "subOrganizationOf", "Quarzo Labs")}),
    # investors in a fronted predicate
    ("Acme hat Geld eingesammelt. Mit von der Partie waren außerdem der Staatsfonds Quarzo Labs und der "
     "Chemiekonzern Zorblax.",
     {("Quarzo Labs", "investsIn", "Acme"), ("Zorblax", "investsIn", "Acme")}, set()),
    ("Acme hat Geld eingesammelt. Weitere Geldgeber sind der Hamburger Fonds Quarzo Labs und Zorblax.",
     {("Quarzo Labs", "investsIn", "Acme"), ("Zorblax", "investsIn", "Acme")}, set()),
    ("Geld bekommt Acme unter anderem von Zorblax.", {("Zorblax", "investsIn", "Acme")}, set()),
    ("Weitere Kunden sind der Hamburger Händler Quarzo Labs und Zorblax.", set(),
     {("Quarzo Labs", "investsIn", "Acme"), ("Zorblax", "investsIn", "Acme")}),
    # a described first item of a list before "und der Konzern B"
    ("Auch der Fonds Quarzo Labs und der Konzern Zorblax sind an Acme beteiligt.",
     {("Quarzo Labs", "investsIn", "Acme"), ("Zorblax", "investsIn", "Acme")}, set()),
    # ... but not the owner named in the compound of the next item
    ("Das US-Unternehmen Quarzo Labs und die Acme-Tochter Zorblax arbeiten an ähnlichen Systemen.",
     {("Zorblax", "subOrganizationOf", "Acme")}, {("Quarzo Labs", "subOrganizationOf", "Acme")}),
    # heads by reference to the company the passage is about
    ("Gegründet wurde Acme 2020 von Jane Roe und Tom Poe. Roe ist Vorstandsvorsitzende, Poe verantwortet die "
     "Produktion.", {("Jane Roe", "ceoOf", "Acme")}, {("Tom Poe", "ceoOf", "Acme")}),
    ("Hinter Acme stehen Jane Roe und Tom Poe. Poe ist Professor, Roe führt als CEO die Geschäfte.",
     {("Jane Roe", "ceoOf", "Acme")}, {("Tom Poe", "ceoOf", "Acme")}),
    ("Gegründet hat die Firma Acme der frühere Manager Tom Poe, der heute als Vorstandschef amtiert.",
     {("Tom Poe", "ceoOf", "Acme"), ("Tom Poe", "founderOf", "Acme")}, set()),
    ("Acme wurde von Tom Poe gegründet, der das Unternehmen auch leitet.",
     {("Tom Poe", "ceoOf", "Acme"), ("Tom Poe", "founderOf", "Acme")}, set()),
    ("Acme wurde von Tom Poe gegründet. Er amtiert als Chef der Zorblax.", set(), {("Tom Poe", "ceoOf", "Acme")}),
    ("Acme wächst. Jane Roe ist Vorstandsvorsitzende von Zorblax.", {("Jane Roe", "ceoOf", "Zorblax")},
     {("Jane Roe", "ceoOf", "Acme")}),
    # rivals in a fronted frame
    ("Als Hauptkonkurrenten sieht Acme vor allem Zorblax und den US-Anbieter Quarzo Labs.",
     {("Zorblax", "competesWith", "Acme"), ("Quarzo Labs", "competesWith", "Acme")}, set()),
    ("Konkurrenz bekommt Acme vor allem vom Kölner Anbieter Zorblax und dem US-Schwergewicht Quarzo Labs.",
     {("Zorblax", "competesWith", "Acme"), ("Quarzo Labs", "competesWith", "Acme")}, set()),
    ("Als Partner sieht Acme vor allem Zorblax.", set(), {("Zorblax", "competesWith", "Acme")}),
    # a model with results like another's
    ("In einer Studie erzielte Rocket 2 bei der Zusammenfassung von Befunden ähnliche Werte wie Rocket.",
     {("Rocket 2", "comparedTo", "Rocket")}, set()),
    # a fronted investor frame reads no owner out of a genitive description
    ("Acme hat Geld eingesammelt. Neu eingestiegen ist der Gesundheitsfonds des Pharmakonzerns Zorblax, Quarzo "
     "Ventures.", set(), {("Zorblax", "investsIn", "Acme")}),
    # a person's list keeps the relative clause to the last item
    ("Gegründet wurde Acme von der Forscherin Jane Roe und dem Informatiker Tom Poe, der zuvor bei Zorblax "
     "gearbeitet hatte.", {("Tom Poe", "worksFor", "Zorblax")}, {("Jane Roe", "worksFor", "Zorblax")}),
    # founders in a pluperfect passive
    ("Gegründet worden war Acme von dem Softwareunternehmer Tom Poe, der heute im Aufsichtsrat sitzt.",
     {("Tom Poe", "founderOf", "Acme")}, set()),
    # partners: an adverb after the subject, a compound partner noun, a bond fronted, "verbunden mit"
    ("Die Firma Zorblax wiederum ist Vertriebspartner von Acme.", {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Der Betreiber Zorblax ist seit Jahren Infrastrukturpartner von Acme.", {("Zorblax", "partnerOf", "Acme")},
     set()),
    ("Mit Zorblax verbindet Acme seit 2023 eine strategische Partnerschaft.", {("Acme", "partnerOf", "Zorblax")},
     set()),
    ("Seit Kurzem ist Zorblax zudem mit dem Softwarekonzern Acme verbunden.", {("Zorblax", "partnerOf", "Acme")},
     set()),
    ("Zorblax ist mit hohen Kosten verbunden, sagt Acme.", set(), {("Zorblax", "partnerOf", "Acme")}),
    # chips made, the chip fronted
    ("Die Kestro Edge-Chips fertigt der kalifornische Chipkonzern Acme.", {("Acme", "manufactures", "Kestro Edge")},
     set()),
    ("Die Kestro-Edge-Karten stellt Acme her, die Server liefert Zorblax.", {("Acme", "manufactures", "Kestro Edge")},
     {("Zorblax", "manufactures", "Kestro Edge")}),
    # interviews: "äußerte sich in der X", "hatte sich im X geäußert", after a titled speaker
    ("Der Gründer Tom Poe äußerte sich in der „Acme“ kritisch über Sprachmodelle.",
     {("Tom Poe", "interviewedBy", "Acme")}, set()),
    ("Auch Zorblax-Chefin Jane Roe hatte sich zuletzt im Acme ähnlich geäußert.",
     {("Jane Roe", "interviewedBy", "Acme")}, {("Jane Roe", "interviewedBy", "Zorblax")}),
    ("„Das ist gut“, sagte Zorblax-Geschäftsführer Tom Poe in der Acme-Sendung „Plusminus“.",
     {("Tom Poe", "interviewedBy", "Acme"), ("Tom Poe", "ceoOf", "Zorblax")},
     {("Tom Poe", "interviewedBy", "Zorblax")}),
    ("Tom Poe äußerte sich über Acme.", set(), {("Tom Poe", "interviewedBy", "Acme")}),
    # a move to a company with a longer gap; the lead investor of a named round
    ("Zorblax-Gründer Tom Poe wechselte im Zuge der Übernahme als Bereichsleiter zu Acme.",
     {("Tom Poe", "worksFor", "Acme")}, {("Tom Poe", "worksFor", "Zorblax")}),
    ("Tom Poe wechselte von Zorblax zur Konkurrenz.", set(), {("Tom Poe", "worksFor", "Zorblax")}),
    ("Acme hat Geld eingesammelt. Lead-Investor der Serie-B-Runde ist der Londoner Fonds Zorblax.",
     {("Zorblax", "investsIn", "Acme")}, set()),
    # a model name whose first part is a common word keeps it: no name starts with a hyphen
    ("Acme nutzt seit einem Jahr das Modell Fracht-GPT, das Zorblax entwickelt hat.",
     {("Zorblax", "develops", "Fracht-GPT")}, {("Zorblax", "develops", "-GPT")}),
    ("Das KI-Modell Rocket stammt von Acme.", {("Acme", "develops", "Rocket")}, {("Acme", "develops", "KI-Modell Rocket")}),
    # rivals in a list before the particle
    ("Acme tritt vor allem gegen Zorblax und das israelische Unternehmen Quarzo Labs an.",
     {("Acme", "competesWith", "Zorblax"), ("Acme", "competesWith", "Quarzo Labs")}, set()),
    ("Acme tritt gegen Zorblax an, gemeinsam mit Quarzo Labs.", {("Acme", "competesWith", "Zorblax")},
     {("Acme", "competesWith", "Quarzo Labs")}),
    # a founder named by the role noun and an apposition
    ("Acme war aus dem Institut Zorblax hervorgegangen. Die Gründerin, die Elektroingenieurin Jane Roe, hatte "
     "zuvor am Institut geforscht.", {("Jane Roe", "founderOf", "Acme")}, {("Jane Roe", "founderOf", "Zorblax")}),
    ("Die Gründerin, die Ingenieurin Jane Roe von Zorblax, sprach.", set(), {("Jane Roe", "founderOf", "Zorblax")}),
    # ... nor the one before an item with a maker in the genitive
    ("Verglichen wurde Rocket mit dem offenen Modell Rocket 2 des Konzerns Acme.", {("Acme", "develops", "Rocket 2")},
     set()),
    ("Die Prüfer verglichen Zorblax' Modell Rocket und das offene Modell Vantix-7 des Konzerns Acme.",
     {("Acme", "develops", "Vantix-7")}, {("Acme", "develops", "Rocket")}),
    # a post at an institution in an apposition or a copula
    ("„Gut“, sagte Professor Tom Poe, Oberarzt an der Acme, dem Magazin Zorblax.", {("Tom Poe", "worksFor", "Acme")},
     {("Tom Poe", "worksFor", "Zorblax")}),
    ("Tom Poe ist weiterhin Gruppenleiter am Acme, Jane Roe führt die Geschäfte.", {("Tom Poe", "worksFor", "Acme")},
     set()),
    ("Tom Poe war Professor, bevor er an der Acme studierte.", set(), {("Tom Poe", "worksFor", "Acme")}),
    # "mit von der Partie" at a fair is no investment; "führt vor Gericht" is no leading
    ("Die Firma Zorblax stellt auf der Messe aus. Mit von der Partie ist auch der Konzern Acme.", set(),
     {("Acme", "investsIn", "Zorblax")}),
    ("Acme wurde von Tom Poe gegründet, der Zorblax vor Gericht führt.", {("Tom Poe", "founderOf", "Acme")},
     {("Tom Poe", "ceoOf", "Zorblax")}),
]


@pytest.mark.parametrize("text, expected, wrong", GERMAN)
def test_relations_p18b(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    check_text(extractor, text, expected, wrong, "de")
