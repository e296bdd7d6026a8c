"""German names right after a descriptor noun ("der Rüstungskonzern X", "der Energieversorger X",
"den Serverbauer X Systems", "das Sprachmodell X One"): the name is found, the descriptor is no part
of it, and common nouns after a descriptor stay nouns (invented names throughout)."""

from __future__ import annotations


def ents(nlp, text):
    doc = nlp(text)
    return {(e.label, e.type) for e in doc._.kg_entities}


def test_a_name_the_noun_list_only_guesses_a_compound_is_a_name_after_a_company_noun(nlp_de):
    # "Zorbmetall" ends in "Metall", but is no noun of the list: after the cue, a name
    assert ("Zorbmetall", "Organization") in ents(nlp_de, "Quibbl kooperiert mit dem Rüstungskonzern Zorbmetall.")
    assert ("Zorbmetall", "Organization") in ents(nlp_de, "Der Rüstungskonzern Zorbmetall meldete Gewinne.")
    assert ("Zorbmetall", "Organization") in ents(nlp_de, "Quibbl hat den Konzern Zorbmetall übernommen.")
    # nouns of the list, plurals and compounds of two nouns stay nouns
    for text in ("Er sagte, dass der Konzern Umsatz macht.", "Er sagte, dass der Konzern Rüstungsgüter liefert.",
                 "Er sagte, dass der Konzern Milliardenumsatz macht.",
                 "Er sagte, dass der Hersteller Quartalsumsatz meldet."):
        assert not any(t == "Organization" for _, t in ents(nlp_de, text)), text
