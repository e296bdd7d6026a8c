"""German anaphors across sentences, second round (invented names): a compound noun after a
preposition fused with its article ("vom Softwarekonzern Acme") introduces its organisation for a
"der Konzern" further back than the anaphor window, but not against a subject nearby."""

from __future__ import annotations

from tests.extract.conftest import resolved


def test_compound_after_fused_preposition_introduces_its_organisation(extractor_real):
    # "vom Softwarekonzern Zorblax übernommen": "Der Düsseldorfer Konzern", many sentences later,
    # is Zorblax (named again later), not the start-up the paragraph before is about
    text = ("Die Kölner Firma Quibbl ist vom Softwarekonzern Zorblax übernommen worden. Der Preis ist geheim.\n\n"
            "Quibbl-Gründer Malte Brix bleibt an Bord. Er soll eine neue Einheit leiten. „Wir wachsen“, sagte Brix.\n\n"
            "Quibbl entwickelt Software für Roboter. Genutzt wird sie von mehreren Zulieferern. Die Firma hat 40 Mitarbeiter.\n\n"
            "Der Düsseldorfer Konzern hatte im vergangenen Jahr bereits den Anbieter Nuvolo gekauft. "
            "Zorblax-Chef Jan Hahn sprach von einem wichtigen Baustein.")
    anaphors = resolved(extractor_real.pipeline("de"), text)
    assert ("Konzern", "Zorblax") in anaphors and ("Konzern", "Quibbl") not in anaphors


def test_compound_after_fused_preposition_yields_to_a_subject_nearby(extractor_real):
    # must not: the name in the prepositional phrase of the sentence just before does not beat the
    # subject of "Für Acme ist es ..." ("Der Konzern" continues it)
    text = ("Quibbl baut einen Assistenten für den Autobauer Acme Motors. Quibbl nutzt dafür Technik vom Facebook-Konzern Zorblax. "
            "Für Acme Motors ist es nicht die erste Kooperation. Der Konzern arbeitet bereits mit Nuvolo zusammen.")
    anaphors = resolved(extractor_real.pipeline("de"), text)
    assert ("Konzern", "Acme Motors") in anaphors and ("Konzern", "Zorblax") not in anaphors


def test_a_bank_is_referred_back_to_as_die_bank_das_institut_das_geldhaus(extractor_real):
    # a bank named so ("Zorba Bank") or described so ("die Bank Acme Paribas"): "die Bank", "das
    # Institut", "das Frankfurter Geldhaus" refer back to it, across a start-up named in between
    text = ("Die Zorba Bank setzt künftig einen Chatbot ein. Die Software stammt von dem Start-up Quibbl. "
            "Die Bank nutzt das System in der Rechtsabteilung. Das Institut prüft weitere Einsatzfelder.")
    anaphors = resolved(extractor_real.pipeline("de"), text)
    assert ("Bank", "Zorba Bank") in anaphors and ("Institut", "Zorba Bank") in anaphors
    assert ("Bank", "Quibbl") not in anaphors
    text = ("Der Versicherer Nuvolo und die Bank Acme Paribas testen Modelle von Quibbl. Zum 1. Mai wechselt "
            "Jana Roe zu dem Pariser Geldhaus, wie die Bank mitteilte.")
    anaphors = resolved(extractor_real.pipeline("de"), text)
    assert ("Geldhaus", "Acme Paribas") in anaphors and ("Bank", "Acme Paribas") in anaphors


def test_die_bank_is_no_organisation_that_is_no_bank(extractor_real):
    # must not: with no bank named or described, "die Bank" (or "das Institut") is none of the
    # companies nearby, not even the one a speaker told something ("sagte dem Magazin X, die Bank ...")
    text = ("Das Berliner Start-up Quibbl hat 40 Millionen Euro eingesammelt. Quibbl-Chef Jan Roe sagte dem "
            "Magazin Zeta Kurier, die Bank habe den Kredit verlängert. Das Institut wolle wachsen.")
    anaphors = resolved(extractor_real.pipeline("de"), text)
    assert not [a for a in anaphors if a[0] in ("Bank", "Institut")]


def test_german_an_after_a_name_opens_no_apposition(extractor_real):
    # "Quibbl, an dem die Bank beteiligt ist": "an" is a preposition, not the English article, so
    # Quibbl is not described as a bank; the bank is the one the text named before
    text = ("Die Landesbank Zorbia setzt KI-Agenten ein. Die Software stammt von dem Frankfurter Start-up "
            "Quibbl, an dem die Bank seit dem Frühjahr beteiligt ist.")
    anaphors = resolved(extractor_real.pipeline("de"), text)
    assert ("Bank", "Quibbl") not in anaphors and ("Bank", "Landesbank Zorbia") in anaphors
