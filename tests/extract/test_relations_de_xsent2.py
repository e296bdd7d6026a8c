"""German anaphors across sentences, second round (invented names): a compound noun after a
preposition fused with its article ("vom Softwarekonzern Acme") introduces its organisation for a
"der Konzern" further back than the anaphor window, but not against a subject nearby."""

from __future__ import annotations

from tests.extract.test_relations_de_xsent import _anaphors


def test_compound_after_fused_preposition_introduces_its_organisation(extractor_real):
    # "vom Softwarekonzern Zorblax übernommen": "Der Düsseldorfer Konzern", many sentences later,
    # is Zorblax (named again later), not the start-up the paragraph before is about
    text = ("Die Kölner Firma Quibbl ist vom Softwarekonzern Zorblax übernommen worden. Der Preis ist geheim.\n\n"
            "Quibbl-Gründer Malte Brix bleibt an Bord. Er soll eine neue Einheit leiten. „Wir wachsen“, sagte Brix.\n\n"
            "Quibbl entwickelt Software für Roboter. Genutzt wird sie von mehreren Zulieferern. Die Firma hat 40 Mitarbeiter.\n\n"
            "Der Düsseldorfer Konzern hatte im vergangenen Jahr bereits den Anbieter Nuvolo gekauft. "
            "Zorblax-Chef Jan Hahn sprach von einem wichtigen Baustein.")
    anaphors = _anaphors(extractor_real, text)
    assert ("Konzern", "Zorblax") in anaphors and ("Konzern", "Quibbl") not in anaphors


def test_compound_after_fused_preposition_yields_to_a_subject_nearby(extractor_real):
    # must not: the name in the prepositional phrase of the sentence just before does not beat the
    # subject of "Für Acme ist es ..." ("Der Konzern" continues it)
    text = ("Quibbl baut einen Assistenten für den Autobauer Acme Motors. Quibbl nutzt dafür Technik vom Facebook-Konzern Zorblax. "
            "Für Acme Motors ist es nicht die erste Kooperation. Der Konzern arbeitet bereits mit Nuvolo zusammen.")
    anaphors = _anaphors(extractor_real, text)
    assert ("Konzern", "Acme Motors") in anaphors and ("Konzern", "Zorblax") not in anaphors
