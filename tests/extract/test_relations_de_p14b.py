"""German relations found missing on fresh training articles of 2026-11-28 (invented names): stakes
in the plural and with the verb first, money "für X" that "kam von Y", interviews fronted with
"Im Interview mit"/"Mit der ... sprach", two companies that "gelten als Rivalen", work "für X" or
in a unit of X in the perfect, a model in apposition to "das kleine X-Modell", "die X-Cloud Y"."""

from __future__ import annotations

import pytest

from tests.extract.conftest import rels

CASES = [
    # the verb first: a minority stake, no takeover; a takeover stays one
    ("Das Start-up Zorblax baut Assistenten. Im Zuge der Vereinbarung erwirbt Acme zudem eine "
     "Minderheitsbeteiligung an Zorblax.",
     {("Acme", "investsIn", "Zorblax")}, {("Acme", "acquired", "Zorblax")}),
    ("Das Start-up Zorblax baut Assistenten. Nun übernimmt Acme das Start-up Zorblax komplett.",
     {("Acme", "acquired", "Zorblax")}, {("Acme", "investsIn", "Zorblax")}),
    ("Das Dresdner Start-up Zorblax baut Chips. Weitere Gelder für Zorblax kamen vom Fonds Quibbl Capital "
     "sowie vom Dresdner Risikokapitalgeber Vantor Ventures.",
     {("Quibbl Capital", "investsIn", "Zorblax"), ("Vantor Ventures", "investsIn", "Zorblax")}, set()),
    ("Jane Roe wechselt zu Acme. Im Interview mit dem „Handelsblatt“ begründete Roe den Wechsel.",
     {("Jane Roe", "interviewedBy", "Handelsblatt")}, set()),
    ("Das Start-up Zorblax baut Assistenten, der Zulieferer Quibbl auch. Zorblax und Quibbl gelten damit als "
     "direkte Rivalen.",
     {("Zorblax", "competesWith", "Quibbl")}, set()),
    ("Das Start-up Zorblax baut Assistenten, der Zulieferer Quibbl auch. Zorblax und Quibbl gelten als Partner.",
     set(), {("Zorblax", "competesWith", "Quibbl")}),
    ("Zorblax-Chef Jan Olvasz, der vor seinem Wechsel nach Dresden fünfzehn Jahre lang für Acme gearbeitet "
     "hatte, lachte.",
     {("Jan Olvasz", "worksFor", "Acme")}, set()),
    # "tätig" far from the company after "für": no employer
    ("Jana Olvasz, die für Acme den Deal mit Zorblax eingefädelt hatte, war lange in München tätig.",
     set(), {("Jana Olvasz", "worksFor", "Zorblax")}),
    ("Jana Olvasz hatte zuvor fünf Jahre in der Forschungsabteilung von Acme gearbeitet.",
     {("Jana Olvasz", "worksFor", "Acme")}, set()),
    ("Die Mathematikerin Jana Olvasz kam von Acme.", {("Jana Olvasz", "worksFor", "Acme")}, set()),
    ("Die Idee kam von Acme, sagte Jana Olvasz.", set(), {("Jana Olvasz", "worksFor", "Acme")}),
    ("Im Wettbewerb trifft das Start-up Zorblax vor allem auf den Londoner Spezialisten Acme und das Start-up "
     "Quibbl.",
     {("Zorblax", "competesWith", "Acme"), ("Zorblax", "competesWith", "Quibbl")}, set()),
    ("Jan Olvasz hatte das Start-up Zorblax 2019 aus der Taufe gehoben.", {("Jan Olvasz", "founderOf", "Zorblax")},
     set()),
    ("Besser als Rocket 2, das kleine Acme-Modell für Endgeräte, schnitt nur Quill ab.",
     {("Acme", "develops", "Rocket 2")}, set()),
]
ROUND2_CASES = [
    # a minority stake bought in the perfect is an investment, before the takeover rule
    ("Das Berliner KI-Labor Quendrix Labs wächst. Acme hatte im Gegenzug eine Minderheitsbeteiligung an Quendrix "
     "erworben.",
     {("Acme", "investsIn", "Quendrix Labs")}, {("Acme", "acquired", "Quendrix Labs")}),
    ("Das Münchner Start-up Zorblax wächst. Weitere Anteilseigner von Zorblax sind der Berliner "
     "Frühphaseninvestor Quibbl Ventures sowie der Münchner Geldgeber Vantor Partners.",
     {("Quibbl Ventures", "investsIn", "Zorblax"), ("Vantor Partners", "investsIn", "Zorblax")}, set()),
    ("An der Runde beteiligte sich auch Zorblax Ventures, die Investmentsparte von Acme.",
     {("Zorblax Ventures", "subOrganizationOf", "Acme")}, set()),
    ("Ähnlich aktiv ist Zorblax Ventures, der im kalifornischen Mountain View ansässige Fonds des Konzerns Acme.",
     {("Zorblax Ventures", "subOrganizationOf", "Acme")}, set()),
    # a parent company in apposition is no unit of the name before it
    ("Zorblax, die Muttergesellschaft von Acme, wächst.", set(), {("Zorblax", "subOrganizationOf", "Acme")}),
    ("Acme und Zorblax gelten im Geschäft mit Premiumfahrzeugen als erbitterte Rivalen.",
     {("Acme", "competesWith", "Zorblax")}, set()),
    ("Das Start-up Zorblax wächst. Im Wettbewerb um Kunden aus dem Mittelstand trifft Zorblax vor allem auf Acme.",
     {("Zorblax", "competesWith", "Acme")}, set()),
]



REAL_CASES = [
    ("SAP hält bereits Beteiligungen an Aleph Alpha, Anthropic und Cohere.",
     {("SAP", "investsIn", "Aleph Alpha"), ("SAP", "investsIn", "Anthropic"), ("SAP", "investsIn", "Cohere")}, set()),
    ("Lena Hartwig gründete Quellwerk. Mit der „Frankfurter Allgemeinen Zeitung“ sprach Hartwig über Geld.",
     {("Lena Hartwig", "interviewedBy", "Frankfurter Allgemeinen Zeitung")}, set()),
    ("Das Start-up Fluxica will vor allem dem US-Marktführer Nvidia sowie dem kalifornischen Start-up Groq "
     "Konkurrenz machen.",
     {("Fluxica", "competesWith", "Nvidia"), ("Fluxica", "competesWith", "Groq")}, set()),
    ("Die Software läuft bislang in der Microsoft-Cloud Azure.",
     {("Microsoft", "develops", "Azure")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", CASES + ROUND2_CASES)
def test_relations_p14b(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    found = rels(extractor, text)
    assert expected <= found, found
    assert not wrong & found, found


def test_a_short_name_a_model_cue_took_is_the_company_named_in_full(extractor) -> None:
    # "die Sprach-KI Zorvo" in a headline, "Zorvo AI" and "an Zorvo" later: one company, no model "Zorvo"
    from kg.model import Document

    text = ("Kölner Sprach-KI Zorvo sammelt Geld ein\n\nDas Kölner Start-up Zorvo AI hat 20 Millionen Euro "
            "eingesammelt. Hinter Zorvo stehen die Investoren Quibbl Capital und Acme.")
    extraction = extractor.extract(Document("t", text, language="de"))
    types = {(e.label, e.type) for e in extraction.entities}
    assert ("Zorvo AI", "Organization") in types and ("Zorvo", "AIModel") not in types, types
    assert ("Quibbl Capital", "investsIn", "Zorvo AI") in rels(extractor, text)


@pytest.mark.parametrize("text, expected, wrong", REAL_CASES)
def test_relations_p14b_known_names(extractor_real, text, expected, wrong) -> None:
    """Each case (with the project's catalogue): the triples that must be found, and those that must not."""
    found = rels(extractor_real, text)
    assert expected <= found, found
    assert not wrong & found, found
