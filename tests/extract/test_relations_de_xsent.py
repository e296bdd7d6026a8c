"""German anaphors and topics across sentences (invented names): an anaphor after a preposition is
not an organisation named before it in its own clause and may be one the sentences before called
"das Unternehmen"; with no subject nearby, "der Konzern" is one named in the nearest sentence; a
bare plural after "und" is no anaphor; a possessive that opens a sentence names what it is about;
"Für X ist es ..." makes X the subject for an anaphor in the sentences after it."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text, resolved


@pytest.mark.parametrize("text, expected, wrong", [
    # "kam von X zu dem Start-up": the start-up is not X, nor the manufacturer named two sentences
    # before; it is the company the sentences before referred to as "das Unternehmen" and "wir"
    ("Der Dresdner Chipentwickler Quibbl hat einen Chip vorgestellt. Er soll Sprachmodelle "
     "beschleunigen. Gefertigt wird er beim Auftragsfertiger Nuvolo in Taiwan, wie das Unternehmen "
     "mitteilte. „Wir bauen schnelle Chips“, sagte Firmenchef Malte Brix. Der 51-Jährige kam 2022 vom "
     "Halbleiterkonzern Zorblax zu dem Start-up.",
     {("Malte Brix", "worksFor", "Zorblax"), ("Malte Brix", "ceoOf", "Quibbl")},
     {("Malte Brix", "worksFor", "Nuvolo")}),
    # no subject nearby: "der US-Konzern" is the one named in the sentence just before, not the
    # one named most often further back
    ("Der Chiphersteller Zorblax beteiligt sich an dem Start-up Quibbl. Die Summe ist geheim. Quibbl "
     "hat ein Problem gelöst, sagte Zorblax-Vorstand Malte Brix. Für die Simulation nutzt das Team "
     "Software von Acme. Der US-Konzern treibt mit seiner Plattform Zetaform das Thema Robotik voran.",
     {("Acme", "develops", "Zetaform")}, {("Zorblax", "develops", "Zetaform")}),
    # "Zu seinen Anteilseignern": the investors are the possessive's company's
    ("Das Start-up Quibbl baut Greifer. Der Konzern Zorblax und Quibbl arbeiten zusammen. Zorblax "
     "liefert Sensoren. Für Quibbl ist das ein wichtiger Schritt. Das Unternehmen konzentriert sich auf "
     "Software, mit der Behörden und Unternehmen Roboter steuern. Zu seinen Anteilseignern zählen neben "
     "Zorblax auch Acme Ventures und Nuvolo Capital.",
     {("Zorblax", "investsIn", "Quibbl"), ("Acme Ventures", "investsIn", "Quibbl"),
      ("Nuvolo Capital", "investsIn", "Quibbl")},
     {("Acme Ventures", "investsIn", "Zorblax"), ("Nuvolo Capital", "investsIn", "Zorblax")}),
    # must not: "für X" that is no topic ("für X tätig") leaves the subject to the sentence before
    ("Der Konzern Zorblax baut Chips. Zorblax hat 800 Mitarbeiter. Malte Brix war zehn Jahre für "
     "Nuvolo Capital tätig. Vorstandschef Jana Roeder will den Konzern umbauen.",
     {("Jana Roeder", "ceoOf", "Zorblax")}, {("Jana Roeder", "ceoOf", "Nuvolo Capital")}),
])
def test_anaphor_and_topic_across_sentences(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong)


def test_bare_plural_after_und_is_no_anaphor(extractor_real):
    text = ("Das Start-up Quibbl baut Greifer. Quibbl konzentriert sich auf Software, mit der Behörden "
            "und Unternehmen Roboter steuern.")
    assert ("Unternehmen", "Quibbl") not in resolved(extractor_real.pipeline("de"), text)
    # an article of its own keeps it an anaphor ("und das Unternehmen")
    text = "Das Start-up Quibbl baut Greifer. Der Gründer und das Unternehmen wollen wachsen."
    assert ("Unternehmen", "Quibbl") in resolved(extractor_real.pipeline("de"), text)


def test_fuer_topic_is_the_subject_for_der_konzern(extractor_real):
    # "Der Konzern" after "Für Quibbl ist es ...": Quibbl, not the retailer named as a customer
    text = ("Der Softwarekonzern Quibbl übernimmt das Start-up Zorblax. Zu den Kunden von Zorblax gehört "
            "der Handelskonzern Acme. Für Quibbl ist es der größte Zukauf seit Jahren. Der Konzern hatte "
            "zuvor eine Partnerschaft mit der Firma Nuvolo geschlossen.")
    assert ("Konzern", "Quibbl") in resolved(extractor_real.pipeline("de"), text)


def test_prepositional_anaphor_is_not_named_in_its_clause(extractor_real):
    # "vom Konzern X zu dem Start-up": the start-up is the company "das Unternehmen" and "wir"
    # referred to, not the manufacturer named two sentences before
    text = ("Der Dresdner Chipentwickler Quibbl hat einen Chip vorgestellt. Er soll Sprachmodelle "
            "beschleunigen. Gefertigt wird er beim Auftragsfertiger Nuvolo in Taiwan, wie das Unternehmen "
            "mitteilte. „Wir bauen schnelle Chips“, sagte Firmenchef Malte Brix. Der 51-Jährige kam 2022 "
            "vom Halbleiterkonzern Zorblax zu dem Start-up.")
    anaphors = resolved(extractor_real.pipeline("de"), text)
    assert ("Start-up", "Quibbl") in anaphors and ("Start-up", "Nuvolo") not in anaphors


def test_genitive_owner_of_a_model_is_no_subject(extractor_real):
    # "übertreffe Alibabas Qwen 2.5, teilte die Firma mit": the firm is the model's maker named
    # before, not the owner of the model it beats
    text = ("Das Start-up Quibbl hat das Sprachmodell Zeta-4 vorgestellt. In Tests liege es vor Googles "
            "Gemma 3 und übertreffe Alibabas Qwen 2.5, teilte die Firma mit.")
    anaphors = resolved(extractor_real.pipeline("de"), text)
    assert ("Firma", "Quibbl") in anaphors
    assert ("Firma", "Alibaba") not in anaphors and ("Firma", "Google") not in anaphors


def test_organisation_in_a_relative_clause_on_a_person_is_no_antecedent(extractor_real):
    # "Roeder, die zuvor bei X geforscht hatte, führt das Unternehmen": the company of the sentence
    # before, not X
    text = ("Der Konzern Zorblax wurde 2020 von Jana Roeder gegründet. Roeder, die zuvor beim Softwarehaus "
            "Nuvolo geforscht hatte, führt das Unternehmen heute.")
    anaphors = resolved(extractor_real.pipeline("de"), text)
    assert ("Unternehmen", "Zorblax") in anaphors and ("Unternehmen", "Nuvolo") not in anaphors
    # must not: an organisation the person's own clause names before the anaphor stays one
    text = ("Der Konzern Zorblax wächst. Jana Roeder hat beim Softwarehaus Nuvolo gearbeitet, bevor sie "
            "das Unternehmen verließ.")
    assert ("Unternehmen", "Nuvolo") in resolved(extractor_real.pipeline("de"), text)


_LONG = ("Der Softwarehersteller Zorblax übernimmt das Start-up Quibbl. Zu den Kunden von Quibbl gehört der "
         "Handelskonzern Acme. Quibbl baut Sensoren. Das Start-up hat 40 Mitarbeiter. Der Kaufpreis ist "
         "geheim. Zorblax will damit wachsen. ")


def test_headline_compound_introduces_its_organisation(extractor_real):
    # "Software-Konzern Zorblax" in the headline: "des Konzerns" is Zorblax, not the retailer
    # introduced as a "Handelskonzern" that the text calls so once
    text = ("Software-Konzern Zorblax kauft Start-up Quibbl\n\n" + _LONG
            + "Malte Brix soll künftig in den Vorstand des Konzerns aufrücken.")
    anaphors = resolved(extractor_real.pipeline("de"), text)
    assert ("Konzerns", "Zorblax") in anaphors and ("Konzerns", "Acme") not in anaphors


def test_noun_introduced_long_ago_once_is_no_antecedent(extractor_real):
    # "der Handelskonzern Acme", named once, eight sentences before "Der Konzern": the company the
    # sentences nearby are about
    text = (_LONG + "Die Firma Zorblax hat 900 Mitarbeiter. Sie sitzt in Kiel. Der Konzern steht im Wettbewerb mit Rivalen wie "
            "Nuvolo Systems.")
    anaphors = resolved(extractor_real.pipeline("de"), text)
    assert ("Konzern", "Zorblax") in anaphors and ("Konzern", "Acme") not in anaphors
    # must not: named as the noun in the window, it is still that one
    text = ("Der Handelskonzern Acme testet Roboter. Zorblax liefert die Software. Der Konzern will "
            "im Herbst entscheiden.")
    assert ("Konzern", "Acme") in resolved(extractor_real.pipeline("de"), text)


def test_neuter_noun_after_der_is_a_plural(extractor_real):
    # "der Hunger der Unternehmen": a genitive plural, no anaphor (the singular is "des Unternehmens")
    text = ("Das Start-up Quibbl baut Sprachassistenten. Der Hunger der Unternehmen nach KI ist groß, "
            "sagte Jana Roeder.")
    assert ("Unternehmen", "Quibbl") not in resolved(extractor_real.pipeline("de"), text)
    # must not: a masculine noun after "der" is a singular anaphor
    text = "Der Konzern Zorblax baut Chips. Der Konzern will wachsen."
    assert ("Konzern", "Zorblax") in resolved(extractor_real.pipeline("de"), text)


def test_we_in_a_quote_is_the_speakers_company(extractor_real):
    # "„Wir ...“, sagte Quibbl-Chefin X": Quibbl, not the company the text named most before
    text = ("Der Konzern Zorblax baut Rechenzentren. Zorblax investiert Milliarden, Zorblax wächst. Das "
            "Start-up Quibbl liefert Chips. „Wir liefern schneller als andere“, sagte Quibbl-Chefin Jana "
            "Roeder.")
    anaphors = resolved(extractor_real.pipeline("de"), text)
    assert ("Wir", "Quibbl") in anaphors and ("Wir", "Zorblax") not in anaphors


@pytest.mark.parametrize("text, expected, wrong", [
    # a head's title after a comma and a pronoun, with no company named: the passage's company
    ("Das Start-up Quibbl baut Roboter. Gegründet wurde Quibbl von Jana Roeder und Malte Brix. Sie leitet "
     "inzwischen die Forschung, er ist Geschäftsführer.",
     {("Malte Brix", "ceoOf", "Quibbl"), ("Jana Roeder", "worksFor", "Quibbl")}, set()),
    # must not: a company named after the title is the one
    ("Das Start-up Quibbl baut Roboter. Gegründet wurde Quibbl von Jana Roeder und Malte Brix. Sie leitet "
     "die Forschung, er ist Geschäftsführer bei der Firma Zorblax.",
     set(), {("Malte Brix", "ceoOf", "Quibbl")}),
    # "verantwortet heute als Technikchefin": an adverb before "als"
    ("Das Start-up Quibbl baut Chips. Gegründet wurde Quibbl von Jana Roeder. Roeder verantwortet heute "
     "als Technikchefin die Chiparchitektur.",
     {("Jana Roeder", "worksFor", "Quibbl")}, set()),
    # must not: the role at a named other company
    ("Das Start-up Quibbl baut Chips. Jana Roeder verantwortet heute als Technikchefin bei Zorblax Inc. "
     "die Chiparchitektur.",
     {("Jana Roeder", "worksFor", "Zorblax Inc.")}, {("Jana Roeder", "worksFor", "Quibbl")}),
])
def test_role_with_no_company_named(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong)


_MOVE = ("Die Forscherin Jana Roeder verlässt den Konzern Zorblax und wechselt zu dem Start-up Quibbl. Bei "
         "Zorblax hatte sie ein Team geleitet. Zorblax baut Chips, Zorblax wächst. ")


@pytest.mark.parametrize("text, expected, wrong", [
    # the company that raised the money in the sentence before is the one the round's investors
    # fund, not the larger company the text names more often
    (_MOVE + "Im Herbst hatte Quibbl 20 Millionen Euro eingesammelt. Angeführt wurde die Runde vom "
     "Investor Nuvolo Capital, auch der Fonds Acme Ventures beteiligte sich.",
     {("Nuvolo Capital", "investsIn", "Quibbl"), ("Acme Ventures", "investsIn", "Quibbl")},
     {("Nuvolo Capital", "investsIn", "Zorblax"), ("Acme Ventures", "investsIn", "Zorblax")}),
    # in the same sentence
    (_MOVE + "Quibbl sammelte im Herbst 20 Millionen Euro ein, angeführt wurde die Runde vom Investor "
     "Nuvolo Capital.",
     {("Nuvolo Capital", "investsIn", "Quibbl")}, {("Nuvolo Capital", "investsIn", "Zorblax")}),
    # must not: a company after a preposition raises nothing ("bei X eingesammelt")
    (_MOVE + "Quibbl hat bei der Bank Acme Capital einen Kredit erhalten. Angeführt wurde die Runde vom "
     "Investor Nuvolo Capital.",
     set(), {("Nuvolo Capital", "investsIn", "Acme Capital")}),
])
def test_round_of_the_company_that_raised(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong)
