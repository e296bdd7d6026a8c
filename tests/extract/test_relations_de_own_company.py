"""The company a German headline and lead are about (invented names): a larger company named
there as an object or a modifier ("... will Zorblax Kunden abjagen", "Ex-Zorblax-Forscher ...")
and named more often later must not become the implicit argument of the sentences about the
start-up the lead introduces ("Das Kieler Start-up Quenta hat ...", "Quenta, ein Start-up aus
Kiel, ...", "Das Start-up heißt Quenta"). When another company opens a lead sentence as its
subject, or the start-up is only an object ("kauft das Start-up Quenta"), the topic is unclear
and stays as it was. Also: plural "die Entwickler" is no organisation, and "die beiden Konzerne"
after one named company in its sentence pairs it with the text's company.

Each case lists triples that must be found and triples that must not."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text, resolved

_RIVAL = ("Der Markt wird vom Chipkonzern Zorblax beherrscht. Zorblax verkauft die meisten "
          "Beschleuniger, Zorblax liefert auch Software.\n\n")
_BODY = ("Gründer und Geschäftsführer ist Malte Brix. Zu den Geldgebern gehört der Fonds Nordkap "
         "Capital.")


@pytest.mark.parametrize("text, expected, wrong", [
    # an indefinite apposition introduces the start-up
    ("Chip-Start-up aus Kiel will Zorblax Kunden abjagen\n\nEin Chip, der wenig Strom braucht: Das "
     "verspricht Quenta, ein Start-up aus Kiel, mit seinem ersten Produkt.\n\n" + _RIVAL + _BODY,
     {("Malte Brix", "ceoOf", "Quenta"), ("Nordkap Capital", "investsIn", "Quenta")},
     {("Malte Brix", "ceoOf", "Zorblax"), ("Nordkap Capital", "investsIn", "Zorblax")}),
    # the lead sentence opens with the described start-up
    ("Kieler Start-up fordert Zorblax heraus\n\nDas Kieler Start-up Quenta hat einen Chip vorgestellt.\n\n"
     + _RIVAL + _BODY,
     {("Malte Brix", "ceoOf", "Quenta"), ("Nordkap Capital", "investsIn", "Quenta")},
     {("Malte Brix", "ceoOf", "Zorblax"), ("Nordkap Capital", "investsIn", "Zorblax")}),
    # "Das Start-up heißt X" / "trägt den Namen X"
    ("Ex-Zorblax-Forscher gründet Labor\n\nDer frühere Zorblax-Forscher Jonas Weil hat ein Labor "
     "gegründet. Das Start-up trägt den Namen Quenta und will Modelle entwickeln.\n\n" + _RIVAL + _BODY,
     {("Malte Brix", "ceoOf", "Quenta"), ("Nordkap Capital", "investsIn", "Quenta")},
     {("Malte Brix", "ceoOf", "Zorblax"), ("Nordkap Capital", "investsIn", "Zorblax")}),
    # must not: another company opens a sentence of the lead as its subject
    ("Zorblax und Quenta\n\nDer Chipkonzern Zorblax baut Chips. Das Kieler Start-up Quenta hat einen "
     "Chip vorgestellt.\n\n" + _RIVAL + _BODY,
     set(), {("Malte Brix", "ceoOf", "Quenta"), ("Nordkap Capital", "investsIn", "Quenta")}),
    # must not: the start-up is bought (an object), not described as the subject
    ("Zorblax kauft Quenta\n\nDer Chipkonzern Zorblax kauft das Kieler Start-up Quenta.\n\n" + _RIVAL + _BODY,
     set(), {("Malte Brix", "ceoOf", "Quenta")}),
    # must not: a start-up in a genitive phrase opening the sentence ("Die Übernahme des Start-ups X")
    ("Zorblax kauft Quenta\n\nDie Übernahme des Kieler Start-ups Quenta ist abgeschlossen.\n\n" + _RIVAL + _BODY,
     set(), {("Malte Brix", "ceoOf", "Quenta")}),
])
def test_own_company_of_lead(extractor, text, expected, wrong):
    check_text(extractor, text, expected, wrong)


@pytest.mark.parametrize("text, plural", [
    ("Das Kieler Start-up Quenta baut Chips. Die Entwickler arbeiten an einer neuen Version.", "Entwickler"),
    ("Das Kieler Start-up Quenta baut Chips. Nach Angaben der Entwickler ist der Chip schneller.", "Entwickler"),
    ("Das Kieler Start-up Quenta baut Chips. Diese Unternehmen wollen wachsen.", "Unternehmen"),
])
def test_plural_organisation_noun_is_no_anaphor(nlp_de, text, plural):
    assert plural not in {a for a, _ in resolved(nlp_de, text)}


@pytest.mark.parametrize("text, resolved_as", [
    # singular: still the company
    ("Das Kieler Start-up Quenta baut Chips. Der Entwickler will 2026 wachsen.", "Quenta"),
    ("Das Kieler Start-up Quenta baut Chips. Die Firma will 2026 wachsen.", "Quenta"),
])
def test_singular_organisation_noun_is_anaphor(nlp_de, text, resolved_as):
    assert (text.split(". ")[1].split()[1], resolved_as) in resolved(nlp_de, text)


@pytest.mark.parametrize("text, expected, wrong", [
    # one company named before the pair in its sentence: it and the text's company
    ("Das Kieler Start-up Quenta baut Chips. Quenta wächst. Auch der Konzern Zorblax hält einen Anteil, "
     "seit die beiden Konzerne im vergangenen Jahr eine Partnerschaft vereinbart haben.",
     {("Quenta", "partnerOf", "Zorblax")}, set()),
    # must not: after a preposition the pair is two others ("X, der an beiden Unternehmen beteiligt ist")
    ("Das Kieler Start-up Quenta baut Chips. Quenta wächst. Der Fonds Nordkap Capital, der an beiden "
     "Unternehmen beteiligt ist, begrüßte die Partnerschaft.",
     set(), {("Nordkap Capital", "investsIn", "Quenta"), ("Nordkap Capital", "partnerOf", "Quenta")}),
    # two companies agreed a partnership, in the perfect
    ("Der Konzern Zorblax und das Start-up Quenta haben im Mai eine Kooperation geschlossen.",
     {("Zorblax", "partnerOf", "Quenta")}, set()),
    # must not: negated
    ("Der Konzern Zorblax und das Start-up Quenta haben bislang keine Kooperation vereinbart.",
     set(), {("Zorblax", "partnerOf", "Quenta")}),
])
def test_pair_and_joint_agreement(extractor, text, expected, wrong):
    check_text(extractor, text, expected, wrong)


@pytest.mark.parametrize("text, expected, wrong", [
    # the first sentence of a paragraph: the company that opens the paragraph before, not the last
    # one named there
    ("Der Konzern Brovik kauft das Kieler Start-up Quenta. Brovik zahlt 90 Millionen Euro. Brovik will "
     "wachsen.\n\nQuenta hat eine Software entwickelt. Zu den Kunden zählt der Autozulieferer Tessin.\n\n"
     "Gegründet wurde das Unternehmen 2019 von Jana Roeder.",
     {("Jana Roeder", "founderOf", "Quenta")}, {("Jana Roeder", "founderOf", "Tessin")}),
    # no company opens the paragraph before: the text's company
    ("Das Kieler Start-up Quenta baut Software. Quenta wächst. Quenta stellt ein.\n\nTechnisch setzt "
     "Quenta auf offene Modelle, betrieben wird alles bei der Telekom-Tochter Velmar, mit der Quenta "
     "kooperiert.\n\nZu den Geldgebern der Firma gehört der Fonds Nordkap Capital.",
     {("Nordkap Capital", "investsIn", "Quenta")}, {("Nordkap Capital", "investsIn", "Velmar")}),
])
def test_paragraph_start_anaphor(extractor, text, expected, wrong):
    check_text(extractor, text, expected, wrong)


def test_indefinite_noun_is_no_anaphor(nlp_de):
    text = "Das Kieler Start-up Quenta baut Chips. Für Jana Roeder ist es der erste Posten in einem Start-up."
    assert ("Start-up", "Quenta") not in resolved(nlp_de, text)[1:]


@pytest.mark.parametrize("text, expected, wrong", [
    # money received from investors, with the investors after "darunter", in the perfect
    ("Das Kieler Start-up Quenta baut Chips. Im vergangenen Herbst hatte die Firma 48 Millionen Euro von "
     "Investoren erhalten, darunter der Wagniskapitalgeber Nordkap Capital und der Fonds Velmar Partners.",
     {("Nordkap Capital", "investsIn", "Quenta"), ("Velmar Partners", "investsIn", "Quenta")}, set()),
    ("Das Kieler Start-up Quenta baut Chips. Quenta hat 2023 rund zehn Millionen Euro von Geldgebern "
     "eingesammelt, darunter der Fonds Nordkap "
     "Capital.",
     {("Nordkap Capital", "investsIn", "Quenta")}, set()),
    # must not: orders from customers are no investment
    ("Das Kieler Start-up Quenta baut Chips. Quenta hatte Aufträge von Kunden erhalten, darunter der "
     "Autozulieferer Tessin.",
     set(), {("Tessin", "investsIn", "Quenta")}),
])
def test_money_from_investors_among(extractor, text, expected, wrong):
    check_text(extractor, text, expected, wrong)


@pytest.mark.parametrize("text, expected, wrong", [
    # former staff of a company are not the company
    ("Ex-Zorblax-Forscher starten Konkurrenz für Brovik-Software\n\nDer Konzern Zorblax baut Chips. "
     "Ex-Zorblax-Forscher starten das Modell Quill-3.",
     set(), {("Zorblax", "develops", "Quill-3")}),
    # their former role stays
    ("Ex-Zorblax-Managerin Jana Roeder wird Chefin\n\nDer Konzern Zorblax baut Chips. Die "
     "Ex-Zorblax-Managerin Jana Roeder wechselt zum Start-up Quenta.",
     {("Jana Roeder", "worksFor", "Zorblax")}, set()),
])
def test_former_staff_modifier(extractor, text, expected, wrong):
    check_text(extractor, text, expected, wrong)
