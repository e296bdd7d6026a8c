"""The organisation a paragraph is about as the implicit argument (invented names): when every
sentence before it in the paragraph that opens with an organisation's name opens with the same one
("Quenta wurde 2019 gegründet. Zu den Kunden zählen X und Y."), that company is the argument, not
the one the whole text names most (the buyer of an acquisition article). Unclear paragraphs (two
different openers), openers after a preposition or inside a quotation, and a paragraph company
that is itself an explicit argument leave the text's main company.

Each case lists triples that must be found and triples that must not."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text

_BUY = ("Brovik kauft Quenta\n\nDer Softwarekonzern Brovik übernimmt das Kieler Start-up Quenta. Brovik "
        "zahlt dafür 90 Millionen Euro, teilte Brovik am Montag mit. Brovik will damit wachsen.\n\n")


@pytest.mark.parametrize("text, expected, wrong", [
    # the paragraph opens with the bought start-up: its customers and investors are the start-up's
    (_BUY + "Quenta wurde 2019 in Kiel gegründet und beschäftigt 40 Menschen. Zu den Kunden zählen die "
     "Reederei Alvaro und der Händler Tessin.",
     {("Alvaro", "partnerOf", "Quenta"), ("Tessin", "partnerOf", "Quenta")},
     {("Alvaro", "partnerOf", "Brovik"), ("Tessin", "partnerOf", "Brovik")}),
    (_BUY + "Quenta war 2020 als Ausgründung entstanden. Zu den Geldgebern zählten bislang der Fonds "
     "Nordkap Capital und der Konzern Velmar.",
     {("Nordkap Capital", "investsIn", "Quenta"), ("Velmar", "investsIn", "Quenta")},
     {("Nordkap Capital", "investsIn", "Brovik")}),
    # must not: two companies open the paragraph's sentences, so the text's main company stays
    (_BUY + "Quenta wurde 2019 in Kiel gegründet. Brovik hatte zuvor schon andere Firmen gekauft. Zu den "
     "Kunden zählen die Reederei Alvaro und der Händler Tessin.",
     {("Alvaro", "partnerOf", "Brovik")}, {("Alvaro", "partnerOf", "Quenta")}),
    # must not: a name after a preposition opens no sentence ("Für Quenta ist es ...")
    (_BUY + "Für Quenta ist es der erste Verkauf. Zu den Kunden zählen die Reederei Alvaro und der "
     "Händler Tessin.",
     {("Alvaro", "partnerOf", "Brovik")}, {("Alvaro", "partnerOf", "Quenta")}),
    # must not: a name inside a quotation opens no sentence
    (_BUY + "„Quenta passt zu uns“, sagte ein Sprecher. Zu den Kunden zählen die Reederei Alvaro und der "
     "Händler Tessin.",
     {("Alvaro", "partnerOf", "Brovik")}, {("Alvaro", "partnerOf", "Quenta")}),
    # must not: the paragraph's company named as an investor itself is not the company funded
    (_BUY + "Velmar hält seit Jahren Anteile an mehreren Firmen. Zu den Geldgebern zählen Velmar und "
     "der Fonds Nordkap Capital.",
     set(), {("Nordkap Capital", "investsIn", "Velmar")}),
])
def test_paragraph_topic(extractor, text, expected, wrong):
    check_text(extractor, text, expected, wrong)


_INTRO = "Das Kieler Start-up Quenta entwickelt Software für Reedereien. "


@pytest.mark.parametrize("text, expected, wrong", [
    # a first customer that has committed itself
    (_INTRO + "Als erster Abnehmer hat sich der Cloudanbieter Nordwolke festgelegt, der die Software ab "
     "Mai einsetzen will.", {("Nordwolke", "partnerOf", "Quenta")}, set()),
    (_INTRO + "Als erster Kunde hat sich die Reederei Alvaro verpflichtet.", {("Alvaro", "partnerOf", "Quenta")}, set()),
    # customers among a larger number ("..., darunter X")
    (_INTRO + "Zu den Kunden zählen nach Firmenangaben mehr als 300 Unternehmen, darunter die Reederei "
     "Alvaro und der Händler Tessin.",
     {("Alvaro", "partnerOf", "Quenta"), ("Tessin", "partnerOf", "Quenta")}, set()),
    # must not: the companies "darunter" belong to another organisation named before it
    (_INTRO + "Zu den Kunden zählen mehrere Töchter des Konzerns Velmar, darunter die Firma Tessin.",
     set(), {("Tessin", "partnerOf", "Quenta")}),
    # a supplier fronted by what it supplies ("Die Rechenleistung stellt X bereit")
    (_INTRO + "Die Rechenleistung stellt der Cloudanbieter Nordwolke bereit.", {("Nordwolke", "partnerOf", "Quenta")}, set()),
    (_INTRO + "Die Speicherbausteine steuert der Konzern Velmar bei.", {("Velmar", "partnerOf", "Quenta")}, set()),
    # must not: a supplier of another named company
    (_INTRO + "Die Rechenleistung stellt der Cloudanbieter Nordwolke für den Konzern Velmar bereit.",
     set(), {("Nordwolke", "partnerOf", "Quenta")}),
    # a head with no organisation named ("An der Spitze steht X", "Chef des Unternehmens ist X")
    (_INTRO + "An der Spitze steht Malte Brix, der zuvor bei Velmar tätig war.", {("Malte Brix", "ceoOf", "Quenta")}, set()),
    (_INTRO + "Chef des Unternehmens ist Malte Brix.", {("Malte Brix", "ceoOf", "Quenta")}, set()),
    # must not: the organisation is named ("An der Spitze von Velmar steht X")
    (_INTRO + "An der Spitze des Konzerns Velmar steht Malte Brix.", {("Malte Brix", "ceoOf", "Velmar")},
     {("Malte Brix", "ceoOf", "Quenta")}),
    # an investor that gets in, after the verb
    (_INTRO + "Bei der jüngsten Runde stieg der Konzern Velmar als größter Einzelinvestor ein.",
     {("Velmar", "investsIn", "Quenta")}, set()),
    (_INTRO + "Daneben steigen der Fonds Nordkap Capital und der Konzern Velmar ein.",
     {("Nordkap Capital", "investsIn", "Quenta"), ("Velmar", "investsIn", "Quenta")}, set()),
    # must not: getting into a market is no investment
    (_INTRO + "Im Frühjahr stieg der Konzern Velmar in das Geschäft mit Reedereisoftware ein.",
     set(), {("Velmar", "investsIn", "Quenta")}),
    # a stake with no target named
    (_INTRO + "Der Konzern Velmar ist mit rund 20 Prozent beteiligt.", {("Velmar", "investsIn", "Quenta")}, set()),
    (_INTRO + "Auch der Konzern Velmar hält einen kleinen Anteil.", {("Velmar", "investsIn", "Quenta")}, set()),
    (_INTRO + "Daneben halten der Fonds Nordkap Capital und der Konzern Velmar noch Anteile.",
     {("Velmar", "investsIn", "Quenta")}, set()),
    # must not: the stake is in another named company
    (_INTRO + "Der Konzern Velmar ist mit rund 20 Prozent an der Reederei Alvaro beteiligt.",
     {("Velmar", "investsIn", "Alvaro")}, {("Velmar", "investsIn", "Quenta")}),
    (_INTRO + "Daneben hält der Konzern Velmar Anteile an der Reederei Alvaro.",
     set(), {("Velmar", "investsIn", "Quenta")}),
    # shareholders of a described company ("Zu den Gesellschaftern des Start-ups gehörten X und Y")
    (_INTRO + "Zu den bisherigen Gesellschaftern des Start-ups gehörten der Fonds Nordkap Capital und der "
     "Konzern Velmar.", {("Nordkap Capital", "investsIn", "Quenta"), ("Velmar", "investsIn", "Quenta")}, set()),
])
def test_passage_company_rules(extractor, text, expected, wrong):
    check_text(extractor, text, expected, wrong)


@pytest.mark.parametrize("text, other", [
    # "mit dem Softwarehaus X" is no subject: "die Firma" in the next sentence is the start-up
    (_INTRO + "Außerdem arbeitet das Start-up mit dem Softwarehaus Datovia zusammen. Die Rechenleistung "
     "bezieht die Firma von dem Cloudanbieter Nordwolke.", "Datovia"),
    # "von dem Berliner Zulieferer X": X is after a preposition too, so no subject of "die Firma"
    (_INTRO + "Die Sensoren kommen von dem Berliner Zulieferer Tessin. Die Rechenleistung bezieht die "
     "Firma von dem Cloudanbieter Nordwolke.", "Tessin"),
])
def test_description_before_name_is_after_preposition(extractor, text, other):
    check_text(extractor, text, {("Nordwolke", "partnerOf", "Quenta")}, {(other, "partnerOf", "Nordwolke")})


@pytest.mark.parametrize("text, expected, wrong", [
    # a sentence naming only the company says it is not alone, or takes on others: the names that
    # open the next sentence are its rivals
    (_INTRO + "Im Markt für Hafensoftware ist Quenta nicht allein. Das Hamburger Start-up Tessin bietet "
     "ähnliche Programme an.", {("Quenta", "competesWith", "Tessin")}, set()),
    (_INTRO + "Mit dem Angebot tritt Quenta gegen die großen Anbieter an. Der Konzern Velmar und das "
     "Start-up Tessin investieren derzeit Milliarden.",
     {("Quenta", "competesWith", "Velmar"), ("Quenta", "competesWith", "Tessin")}, set()),
    # the names of a fronted "Neben" phrase after a rivalry opener are rivals too
    (_INTRO + "Die Konkurrenz ist groß. Neben dem Konzern Velmar arbeitet auch das Start-up Tessin an "
     "ähnlichen Programmen.",
     {("Quenta", "competesWith", "Velmar"), ("Quenta", "competesWith", "Tessin")}, set()),
    # must not: "neben" without a rivalry opener before it
    (_INTRO + "Die Software läuft in vielen Häfen. Neben dem Konzern Velmar testet auch die Reederei "
     "Tessin das Programm.", set(), {("Quenta", "competesWith", "Velmar"), ("Quenta", "competesWith", "Tessin")}),
    # must not: an opener that names two companies, or whose "nicht allein" does not close it
    (_INTRO + "Mit dem Partner Velmar ist Quenta nicht allein. Das Hamburger Start-up Tessin bietet ähnliche Programme an.",
     set(), {("Quenta", "competesWith", "Tessin")}),
    (_INTRO + "Quenta ist nicht allein für die Häfen zuständig. Das Hamburger Start-up Tessin bietet "
     "ähnliche Programme an.", set(), {("Quenta", "competesWith", "Tessin")}),
])
def test_rivals_after_own_opener(extractor, text, expected, wrong):
    check_text(extractor, text, expected, wrong)


@pytest.mark.parametrize("text, expected, wrong", [
    # the founder in an apposition to "Gründerin des/von X"
    (_INTRO + "Die Gründerin von Quenta, Jana Roeder, hatte zuvor bei der Reederei Alvaro gearbeitet.",
     {("Jana Roeder", "founderOf", "Quenta")}, set()),
    (_INTRO + "Die Gründer von Quenta, Jana Roeder und Malte Brix, sollen an Bord bleiben.",
     {("Jana Roeder", "founderOf", "Quenta"), ("Malte Brix", "founderOf", "Quenta")}, set()),
    # a person's employer named as a compound modifier ("Der frühere Velmar-Manager") is not the
    # company "das Unternehmen" of the same sentence stands for
    (_INTRO + "Der frühere Velmar-Manager Rolf Bauer hat das Unternehmen 2022 gemeinsam mit der "
     "Informatikerin Elena Varga gegründet.",
     {("Rolf Bauer", "founderOf", "Quenta"), ("Elena Varga", "founderOf", "Quenta")},
     {("Rolf Bauer", "founderOf", "Velmar"), ("Elena Varga", "founderOf", "Velmar")}),
    # but a head's company is the one he founded ("Quenta-Chef X hatte das Start-up gegründet")
    ("Der Konzern Velmar kauft das Kieler Start-up Quenta. Quenta-Chef Malte Brix hatte das Start-up 2022 "
     "gegründet.", {("Malte Brix", "founderOf", "Quenta")}, {("Malte Brix", "founderOf", "Velmar")}),
])
def test_founders_described(extractor, text, expected, wrong):
    check_text(extractor, text, expected, wrong)


@pytest.mark.parametrize("text, expected, wrong", [
    # investors with no company named: fronted "Investiert haben", "Finanziert wurde die Entwicklung
    # von", a follower that "zieht mit" / "schießt nach", one "neu eingestiegen"
    (_INTRO + "Investiert haben unter anderem der Staatsfonds Bpifrance und der Fonds Nordkap Capital.",
     {("Bpifrance", "investsIn", "Quenta"), ("Nordkap Capital", "investsIn", "Quenta")}, set()),
    (_INTRO + "Finanziert wurde die Entwicklung bislang vom Fonds Nordkap Capital und vom Konzern Velmar.",
     {("Nordkap Capital", "investsIn", "Quenta"), ("Velmar", "investsIn", "Quenta")}, set()),
    (_INTRO + "Angeführt wird die Runde vom Fonds Atomico, auch der bisherige Geldgeber Nordkap Capital zieht mit.",
     {("Atomico", "investsIn", "Quenta"), ("Nordkap Capital", "investsIn", "Quenta")}, set()),
    (_INTRO + "Bestandsinvestor Nordkap Capital schießt ebenfalls nach.", {("Nordkap Capital", "investsIn", "Quenta")}, set()),
    (_INTRO + "Neu eingestiegen ist zudem der Fonds Nordkap Capital.", {("Nordkap Capital", "investsIn", "Quenta")}, set()),
    # must not: a company that moves ("zieht mit der Zentrale nach Berlin"), a funded project
    (_INTRO + "Der Konzern Velmar zieht mit seiner Zentrale nach Berlin.", set(), {("Velmar", "investsIn", "Quenta")}),
    (_INTRO + "Finanziert wurde das Projekt von der Stiftung Nordlicht und dem Konzern Velmar.",
     set(), {("Velmar", "investsIn", "Quenta")}),
])
def test_investors_without_target(extractor, text, expected, wrong):
    check_text(extractor, text, expected, wrong)


@pytest.mark.parametrize("text, expected, wrong", [
    # a co-founder's duty in a relative clause after the founding participle
    (_INTRO + "Quenta wurde 2021 von Malte Brix und der Juristin Jana Roeder gegründet, die heute die "
     "Produktentwicklung leitet.", {("Jana Roeder", "worksFor", "Quenta"), ("Jana Roeder", "founderOf", "Quenta")}, set()),
    # two co-founders who share duties
    (_INTRO + "Ihre Mitgründer Malte Brix und Jana Roeder kümmern sich um Chipdesign und Software.",
     {("Malte Brix", "worksFor", "Quenta"), ("Jana Roeder", "worksFor", "Quenta")}, set()),
    # must not: the duty is at another named company
    (_INTRO + "Malte Brix und Jana Roeder leiten die Forschung bei der Reederei Alvaro.",
     set(), {("Malte Brix", "worksFor", "Quenta"), ("Jana Roeder", "worksFor", "Quenta")}),
])
def test_cofounder_duties(extractor, text, expected, wrong):
    check_text(extractor, text, expected, wrong)
