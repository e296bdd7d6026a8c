"""Relation rules: every predicate in German and English, word orders, negation, qualifiers."""

from __future__ import annotations

import pytest

from kg.errors import ConfigError
from kg.extract.patterns import Rule, load_rules
from kg.model import Document
from tests.extract.conftest import rels, triples


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Acme-Chef Tobias Wendt lobt das Team.", ("Tobias Wendt", "ceoOf", "Acme")),
    ("de", "Tobias Wendt, Chief Executive Officer von Acme, sagte das.", ("Tobias Wendt", "ceoOf", "Acme")),
    ("en", "Acme CEO Dovid Brask said so.", ("Dovid Brask", "ceoOf", "Acme")),
    ("en", "Zorblax Capital, the venture firm headed up by Dovid Brask, grew.", ("Dovid Brask", "ceoOf", "Zorblax Capital")),
    ("de", "Ailsa Quorn, leitende Wissenschaftlerin bei Acme, forscht.", ("Ailsa Quorn", "worksFor", "Acme")),
    ("en", "Acme Chief Executive Dovid Brask will join Zorblax next year.", ("Dovid Brask", "worksFor", "Zorblax")),
    ("de", "Das Start-up Quibbl wächst. Gegründet wurde Quibbl 2021 von Tobias Wendt.", ("Tobias Wendt", "founderOf", "Quibbl")),
    ("en", "Claire Dubois, a co-founder of startup Nuvolo, spoke.", ("Claire Dubois", "founderOf", "Nuvolo")),
    ("de", "Außerdem trainiert Acme Quill 3, ein großes Sprachmodell.", ("Acme", "develops", "Quill 3")),
    ("en", "Zorblax on Tuesday introduced Vela 2.0 Flash.", ("Zorblax", "develops", "Vela 2.0 Flash")),
    ("en", "Acme will use 10,000 Zorblax Z900 chips.", ("Acme", "usesHardware", "Zorblax Z900")),
    ("de", "Acme führt seine Forschungsgruppe Quibbl Labs mit dem Nuvolo-Team zusammen.", ("Quibbl Labs", "subOrganizationOf", "Acme")),
    ("de", "Acme führt seine Forschungsgruppe Quibbl Labs mit dem Nuvolo-Team zusammen.", ("Quibbl Labs", "mergedWith", "Nuvolo")),
    ("de", "Acme kündigte eine Beteiligung von 5 Milliarden US-Dollar an Zorblax an.", ("Acme", "investsIn", "Zorblax")),
    ("en", "Acme has a partnership with Zorblax to integrate chatbots.", ("Acme", "partnerOf", "Zorblax")),
    ("en", "Acme seeks to expand and battle Zorblax.", ("Acme", "competesWith", "Zorblax")),
    ("de", "Gerüchten zufolge soll Quill 3 auf Rocket-2-Niveau liegen.", ("Quill 3", "comparedTo", "Rocket-2")),
    ("en", "Acme said it plans to acquire server maker Stackbay Systems for $2 billion.", ("Acme", "acquired", "Stackbay Systems")),
    ("de", "Das Start-up Quibbl wurde 2020 von Acme übernommen.", ("Acme", "acquired", "Quibbl")),
    ("en", "Acme CEO Dovid Brask said in an interview with Reuters that it grows.", ("Dovid Brask", "interviewedBy", "Reuters")),
    ("de", "Acme möchte an seiner Open-Source-Strategie festhalten.", ("Acme", "pursues", "Open Source")),
])
def test_each_predicate(extractor, lang, text, expected):
    assert expected in rels(extractor, text, lang)


def test_versions_come_from_names_and_families(extractor):
    found = rels(extractor, "Acme trainiert Rocket 2, das nächste Modell aus der Rocket-Reihe.", "de")
    assert ("Rocket 2", "versionOf", "Rocket") in found


def test_coordination_spreads_a_relation(extractor):
    found = rels(extractor, "Acme has hired Dovid Brask and Claire Dubois, co-founders of startup Nuvolo.", "en")
    assert {("Dovid Brask", "founderOf", "Nuvolo"), ("Claire Dubois", "founderOf", "Nuvolo"),
            ("Dovid Brask", "worksFor", "Acme"), ("Claire Dubois", "worksFor", "Acme")} <= found


def test_passive_english_word_order(extractor):
    found = rels(extractor, "The startup Nuvolo, which was purchased by Zorblax in 2014, grew.", "en")
    assert ("Zorblax", "acquired", "Nuvolo") in found


def test_negation_keeps_a_relation_out(extractor):
    ex = extractor.extract(Document("t", "Apexon Inc. did not participate in the round led by Acme.", language="en"))
    assert ("Apexon Inc.", "investsIn", "Acme") not in triples(ex)
    found = rels(extractor, "Acme has no plans to compete with companies such as Zorblax.", "en")
    assert ("Acme", "competesWith", "Zorblax") not in found


def test_speculation_is_marked_not_dropped(extractor):
    ex = extractor.extract(Document("t", "Gerüchten zufolge soll Quill 3 auf Rocket-2-Niveau liegen.", language="de"))
    rel = next(r for r in ex.relations if r.predicate == "comparedTo")
    assert rel.speculative and rel.to_json()["speculative"] is True


def test_implicit_subject_is_the_topic(extractor):
    text = ("Acme sammelt Geld ein. Acme wächst schnell. "
            "Mehr als 15 Milliarden Dollar pro Jahr sollen in Quibbl Labs und die Metaverse-Initiative fließen.")
    found = rels(extractor, text, "de")
    assert {("Acme", "investsIn", "Quibbl Labs"), ("Acme", "investsIn", "Metaverse")} <= found


def test_relations_carry_evidence_offsets_rule_and_qualifiers(extractor):
    text = "Acme wächst. Bis Ende des Jahres will das Unternehmen 340.000 Zorblax Z900-GPUs im Einsatz haben."
    ex = extractor.extract(Document("t", text, language="de"))
    rel = next(r for r in ex.relations if r.predicate == "usesHardware")
    assert rel.subject.label == "Acme" and rel.object.label == "Zorblax Z900"
    assert text[rel.start:rel.end].strip() == rel.evidence and rel.evidence.startswith("Bis Ende")
    assert rel.rule == "de.uses.verb" and 0 < rel.confidence <= 1
    assert rel.qualifiers == {"quantity": 340000}


def test_money_qualifier(extractor):
    ex = extractor.extract(Document("t", "Acme plans to acquire Stackbay Systems for $4.9 billion.", language="en"))
    rel = next(r for r in ex.relations if r.predicate == "acquired")
    assert rel.qualifiers == {"amount": 4.9e9, "currency": "USD"}


def test_domain_and_range_hold(extractor):
    found = rels(extractor, "The round was led by Acme, Dovid Brask and new investor Zorblax.", "en")
    assert all(s != "Dovid Brask" for s, p, _ in found if p == "investsIn")


def test_rule_syntax_errors_are_config_errors():
    with pytest.raises(ConfigError, match="unknown predicate"):
        Rule.parse("x\tbossOf\t0.9\tS:PER O:ORG", 1)
    with pytest.raises(ConfigError, match="no object slot"):
        Rule.parse("x\tceoOf\t0.9\tS:PER ceo", 1)
    with pytest.raises(ConfigError, match="unknown type code"):
        Rule.parse("x\tceoOf\t0.9\tS:HUMAN O:ORG", 1)
    with pytest.raises(ConfigError, match="confidence"):
        Rule.parse("x\tceoOf\thigh\tS:PER O:ORG", 1)


def test_a_verb_lemma_matches_as_its_written_out_forms(extractor):
    """``@lemma.SET`` in a rule is the same as its forms listed by hand; ``.split`` leaves the particle."""
    from kg.extract.patterns import load_verbs

    verbs = load_verbs(f"{extractor.lexicon_dir}/de/verbs.tsv")
    short = Rule.parse("x\tacquired\t0.9\tS:ORG _3 @übernehmen.fin|@kaufen.fin|schluckt _8 O:ORG @übernehmen.part?", 1,
                       verbs=verbs)
    long = Rule.parse("x\tacquired\t0.9\tS:ORG _3 übernimmt|übernehmen|übernahm|übernahmen|übernehme|kauft|kaufen|"
                      "kaufte|kauften|kaufe|schluckt _8 O:ORG übernommen?", 1)
    assert short.pattern == long.pattern and short.anchors == long.anchors
    rows = ["<ORG#0> übernahmen das start - up <ORG#1> ", "<ORG#0> kaufe <ORG#1> übernommen ",
            "<ORG#0> hat <ORG#1> übernommen ", "<ORG#0> übernommen <ORG#1> ", "<ORG#0> kauften <ORG#1> "]
    for row in rows:
        assert [m.groupdict() for m in short.finditer(row)] == [m.groupdict() for m in long.regex.finditer(row)]
    assert [bool(short.regex.search(r)) for r in rows] == [True, True, False, False, True]
    assert verbs["einstellen"]["split"] == ("stellt", "stellte", "stellten")     # "Stelle(n)" are left out
    assert "gründe" not in verbs["gründen"]["all"] and "gründen" in verbs["gründen"]["fin"]
    assert {"einstellt", "einzustellen", "eingestellt", "eingestelltes"} <= set(verbs["einstellen"]["all"])
    assert "stellt" not in verbs["einstellen"]["all"]
    assert verbs["einsteigen"]["inf"] == ("einsteigen", "einzusteigen")
    assert verbs["liefern"]["fin"][-1] == "liefere" and verbs["erwerben"]["fin"][-2:] == ("erwarben", "erwerbe")


def test_an_unknown_verb_is_a_config_error_naming_the_rule(tmp_path):
    (tmp_path / "verbs.tsv").write_text("kaufen\tkauft\tkaufte\tgekauft\n", encoding="utf-8")
    (tmp_path / "relations.tsv").write_text("x.ok\tacquired\t0.9\tS:ORG @kaufen O:ORG\n"
                                            "x.bad\tacquired\t0.9\tS:ORG @kaufn.fin O:ORG\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"relations.tsv:2: rule x.bad: unknown verb '@kaufn.fin'"):
        load_rules(str(tmp_path / "relations.tsv"))
    with pytest.raises(ConfigError, match="unknown form set '@kaufen.past'"):
        Rule.parse("x.set\tacquired\t0.9\tS:ORG @kaufen.past O:ORG", 1, verbs={"kaufen": {"all": ("kauft",)}})
    with pytest.raises(ConfigError, match="rule x.none: unknown verb"):
        Rule.parse("x.none\tacquired\t0.9\tS:ORG @kaufen O:ORG", 1)
    (tmp_path / "verbs.tsv").write_text("kaufen\tkauft\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="verbs.tsv:1"):
        from kg.extract.patterns import load_verbs
        load_verbs(tmp_path / "verbs.tsv")


def test_the_shipped_rules_name_only_known_verbs(extractor):
    from kg.extract.patterns import load_verbs

    rules = load_rules(f"{extractor.lexicon_dir}/de/relations.tsv")
    assert not [r.id for r in rules if "@" in r.pattern]
    assert len(load_verbs(f"{extractor.lexicon_dir}/de/verbs.tsv")) > 50


def test_the_shipped_rule_files_parse(extractor):
    for lang in ("de", "en"):
        rules = load_rules(f"{extractor.lexicon_dir}/{lang}/relations.tsv")
        assert len(rules) > 40
        assert len({r.id for r in rules}) == len(rules)


def test_pair_anaphor_stands_for_two_organisations(extractor):
    found = rels(extractor, "Acme and Zorblax reported results. Both companies will use Quibbl Z900 chips.", "en")
    assert {("Acme", "usesHardware", "Quibbl Z900"), ("Zorblax", "usesHardware", "Quibbl Z900")} <= found


@pytest.mark.parametrize("lang, text, expected, wrong", [
    ("en", "Jane Roe previously worked at Acme. Tom Hale runs the startup Zorblax. She joined Quibbl in 2023 "
           "as head of research.", ("Jane Roe", "worksFor", "Quibbl"), ("Tom Hale", "worksFor", "Quibbl")),
    ("de", "Jana Roe arbeitet bei Acme. Tobias Wendt leitet das Start-up Zorblax. Sie ist seit Mai Chefin von "
           "Quibbl.", ("Jana Roe", "ceoOf", "Quibbl"), ("Tobias Wendt", "ceoOf", "Quibbl")),
    # a first name of either gender ("Kim") may be "he" or "she": the nearest person, as before
    ("en", "Jane Roe previously worked at Acme. Kim Hale runs the startup Zorblax. She joined Quibbl in 2023 "
           "as head of research.", ("Kim Hale", "worksFor", "Quibbl"), ("Jane Roe", "worksFor", "Quibbl")),
])
def test_a_person_pronoun_skips_persons_of_the_other_gender(extractor, lang, text, expected, wrong):
    found = rels(extractor, text, lang)
    assert expected in found
    assert wrong not in found


def test_compound_noun_anaphor_is_the_same_in_every_run():
    """A compound that ends in two anaphor nouns ("Halbleiterchiphersteller": "chiphersteller",
    "hersteller") registers both; picking one from a set made the result depend on the hash seed."""
    import json
    import os
    import subprocess
    import sys
    text = ("Der Halbleiterchiphersteller Zorvix hat in Dresden eine Fabrik eröffnet. Der Chiphersteller "
            "beliefert den Softwarekonzern Quellwerk. Der Hersteller entwickelt zudem den Chip Zorvix Q7.")
    code = ("import json, sys; from kg.extract import Extractor; from kg.model import Document; "
            "r = Extractor().extract(Document('t', sys.argv[1], language='de')); "
            "print(json.dumps(sorted([x.subject.label, x.predicate, x.object.label] for x in r.relations)))")
    outs = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        outs.add(subprocess.run([sys.executable, "-c", code, text], env=env, check=True,
                                capture_output=True, text=True).stdout)
    assert len(outs) == 1
    assert ["Zorvix", "develops", "Zorvix Q7"] in json.loads(outs.pop())


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Zorblax-backed startup Quibbl raised money.", ("Zorblax", "investsIn", "Quibbl")),
    ("en", "Acme, the parent company of Zorblax, grew.", ("Zorblax", "subOrganizationOf", "Acme")),
    ("en", "Dovid Brask, a former Acme engineer, spoke.", ("Dovid Brask", "worksFor", "Acme")),
    ("en", "Zorblax completed its acquisition of Quibbl Labs.", ("Zorblax", "acquired", "Quibbl Labs")),
    ("de", "Die Acme-Tochter Zorblax wächst.", ("Zorblax", "subOrganizationOf", "Acme")),
    ("de", "Das Start-up Quibbl sammelte 20 Millionen Euro von Investoren wie Zorblax ein.", ("Zorblax", "investsIn", "Quibbl")),
    ("de", "Die Übernahme des Start-ups Quibbl durch Acme ist abgeschlossen.", ("Acme", "acquired", "Quibbl")),
    ("de", "Der Acme-Rivale Zorblax wächst.", ("Zorblax", "competesWith", "Acme")),
    ("en", "Zorblax has a partnership with Acme to integrate Rocket 2 on its phones.", ("Acme", "develops", "Rocket 2")),
    ("en", "The chief executive of Acme, Dovid Brask, declined to comment.", ("Dovid Brask", "ceoOf", "Acme")),
    ("en", "Acme is run by Dovid Brask.", ("Dovid Brask", "ceoOf", "Acme")),
    ("en", "Zorblax, an Acme subsidiary, makes robots.", ("Zorblax", "subOrganizationOf", "Acme")),
    ("de", "Der Chef von Acme, Tobias Wendt, lehnte ab.", ("Tobias Wendt", "ceoOf", "Acme")),
    ("de", "Acme wird seit 2019 von Tobias Wendt geleitet.", ("Tobias Wendt", "ceoOf", "Acme")),
    ("de", "Zorblax, eine Acme-Tochter, baut Roboter.", ("Zorblax", "subOrganizationOf", "Acme")),
])
def test_compounds_and_appositions(extractor, lang, text, expected):
    assert expected in rels(extractor, text, lang)


@pytest.mark.parametrize("lang, text, expected", [
    # German: passive with a long agent, verb-final clauses, V2 order, plural compounds, "dessen"
    ("de", "Quibbl wurde 2021 von den ehemaligen Acme-Forschern Tobias Wendt und Jana Roth gegründet.",
     {("Tobias Wendt", "founderOf", "Quibbl"), ("Jana Roth", "founderOf", "Quibbl"),
      ("Tobias Wendt", "worksFor", "Acme"), ("Jana Roth", "worksFor", "Acme")}),
    ("de", "Zorblax hat vier Milliarden Dollar in das Unternehmen Quibbl investiert.", {("Zorblax", "investsIn", "Quibbl")}),
    ("de", "Laut Tobias Wendt wird Zorblax weiter in Quibbl investieren.", {("Zorblax", "investsIn", "Quibbl")}),
    ("de", "Acme kündigte an, dass Zorblax im Dezember das Modell Rocket 2 veröffentlichen werde.",
     {("Zorblax", "develops", "Rocket 2")}),
    ("de", "Die Firma Zorblax, die den Chatbot Rocket 2 entwickelt, wächst.", {("Zorblax", "develops", "Rocket 2")}),
    ("de", "Acme und Zorblax konkurrieren mit Quibbl um Kunden.",
     {("Acme", "competesWith", "Quibbl"), ("Zorblax", "competesWith", "Quibbl")}),
    ("de", "Jana Roth verklagt Acme und dessen Chef Tobias Wendt.", {("Tobias Wendt", "ceoOf", "Acme")}),
    ("de", "Tobias Wendt, Gründer und Chef von Acme, sprach.", {("Tobias Wendt", "founderOf", "Acme")}),
    ("de", "Zu den Investoren von Quibbl gehören Acme und Zorblax.",
     {("Acme", "investsIn", "Quibbl"), ("Zorblax", "investsIn", "Quibbl")}),
    ("de", "Quibbl gehört seit 2014 zu Acme.", {("Quibbl", "subOrganizationOf", "Acme")}),
    ("de", "Tobias Wendt, der Acme im Mai verlassen hatte, gründete das Start-up Quibbl.",
     {("Tobias Wendt", "worksFor", "Acme"), ("Tobias Wendt", "founderOf", "Quibbl")}),
    ("de", "Quibbl hat eine Finanzierungsrunde abgeschlossen, an der sich Acme und Zorblax beteiligten.",
     {("Acme", "investsIn", "Quibbl"), ("Zorblax", "investsIn", "Quibbl")}),
    # English: passive without a comma, appositions before the verb, base verb forms after modals
    ("en", "The startup Quibbl was acquired by Zorblax.", {("Zorblax", "acquired", "Quibbl")}),
    ("en", "Quibbl, founded in 2021 by former Acme researchers, has raised money from Zorblax and Acme.",
     {("Zorblax", "investsIn", "Quibbl"), ("Acme", "investsIn", "Quibbl")}),
    ("en", "Jana Roth said Zorblax would release Rocket 2 in December.", {("Zorblax", "develops", "Rocket 2")}),
    ("en", "Investors in Quibbl include Acme and Zorblax.", {("Acme", "investsIn", "Quibbl"), ("Zorblax", "investsIn", "Quibbl")}),
    ("en", "Quibbl, an AI search startup backed by Jana Roth and Zorblax, grew.", {("Zorblax", "investsIn", "Quibbl")}),
    ("en", "Dovid Brask, who left Acme in May, founded the startup Quibbl.",
     {("Dovid Brask", "worksFor", "Acme"), ("Dovid Brask", "founderOf", "Quibbl")}),
    ("en", "Dovid Brask now runs Acme's consumer AI unit.", {("Dovid Brask", "worksFor", "Acme")}),
    ("en", "Quibbl, the Toronto-based rival to Acme, launched Rocket 2.", {("Quibbl", "develops", "Rocket 2")}),
])
def test_clause_orders_and_long_arguments(extractor, lang, text, expected):
    # the invented names are introduced with a cue first, as an article would
    intro = {"de": "Das Start-up Quibbl, der Konzern Acme und die Firma Zorblax sind bekannt. ",
             "en": "The startup Quibbl, the company Acme and the firm Zorblax are known. "}[lang]
    assert expected <= rels(extractor, intro + text, lang)


def test_passive_acquisition_keeps_its_direction(extractor):
    found = rels(extractor, "The startup Quibbl was acquired by Zorblax.", "en")
    assert ("Quibbl", "acquired", "Zorblax") not in found


def _random_rows(rules, n: int, seed: int):
    """Unit rows made of the rules' own words, mentions of every type, numbers and noise."""
    import random
    import re

    rng = random.Random(seed)
    vocab = sorted({w for r in rules for el in r.pattern.split() if el[:2] not in ("S:", "O:", "E:", "S!", "O!")
                    for alt in el.rstrip("?").split("|") for w in re.split(r"[+]", alt.rstrip("*")) if w})
    vocab += [w + "en" for w in vocab[:40]] + [",", ".", "und", "and", "'s", "-", "2021", "340.000", "(", ")"]
    codes = ["PER", "ORG", "MOD", "HW", "PRD", "CON"]
    for _ in range(n):
        units = [f"<{rng.choice(codes)}#{rng.randrange(5)}>" if rng.random() < 0.25 else rng.choice(vocab)
                 for _ in range(rng.randrange(1, 40))]
        yield units


@pytest.mark.parametrize("lang", ["de", "en"])
def test_rule_index_and_finditer_agree_with_the_plain_definitions(extractor, lang):
    """RuleIndex.candidates keeps every rule that can match and passes Rule.applies; Rule.finditer
    finds what regex.finditer finds."""
    from kg.extract.patterns import RuleIndex

    rules = load_rules(f"{extractor.lexicon_dir}/{lang}/relations.tsv")
    assert any(r.scanner is not None for r in rules)
    index = RuleIndex(rules)
    spans = lambda m: [m.span(g) for g in m.re.groupindex]  # noqa: E731
    matched = 0
    for units in _random_rows(rules, 1500, seed=len(lang)):
        words = set(units)
        codes = {u[1:u.index("#")] for u in units if u.startswith("<") and "#" in u}
        candidates = index.candidates(words, codes)
        assert candidates == [r for r in rules if r in candidates and r.applies(words, codes)]
        code = "".join(u + " " for u in units)
        for rule in rules:
            expected = [spans(m) for m in rule.regex.finditer(code)]
            assert [spans(m) for m in rule.finditer(code)] == expected, (rule.id, code)
            assert rule in candidates or not expected, (rule.id, code)
            matched += len(expected)
    assert matched > 50


@pytest.mark.parametrize("lang, text, expected, wrong", [
    ("de", "Nach Angaben der Nachrichtenagentur Quorvex plant der Konzern Acme, das Start-up Quibbl zu kaufen.",
     ("Acme", "acquired", "Quibbl"), ("Quorvex", "acquired", "Acme")),
    ("de", "Der Zeitung Quorvex zufolge übernimmt der Konzern Acme das Start-up Quibbl.",
     ("Acme", "acquired", "Quibbl"), ("Quorvex", "acquired", "Quibbl")),
    # (a plan, not talks: talks of a takeover are no takeover, see test_p17_en)
    ("en", "According to the newspaper Kurier, the company Acme plans to buy the startup Quibbl.",
     ("Acme", "acquired", "Quibbl"), ("Kurier", "acquired", "Quibbl")),
])
def test_the_source_of_a_report_is_no_argument(extractor, lang, text, expected, wrong):
    found = rels(extractor, text, lang)
    assert expected in found and wrong not in found


@pytest.mark.parametrize("text, expected", [
    ("Zudem kooperiert der Konzern Acme mit dem Start-up Quibbl.", ("Acme", "partnerOf", "Quibbl")),
    ("Im Mai übernahm der Konzern Acme das Start-up Quibbl.", ("Acme", "acquired", "Quibbl")),
    ("2015 gründete Tobias Wendt das Start-up Quibbl.", ("Tobias Wendt", "founderOf", "Quibbl")),
])
def test_german_verb_second_after_a_fronted_phrase(extractor, text, expected):
    assert expected in rels(extractor, text, "de")


def test_an_implicit_subject_yields_to_an_explicit_one_found_before(extractor):
    text = ("Acme CEO Dovid Brask spoke. The startup Quibbl grew. "
            "Jana Roe is suing Acme and its CEO Dovid Brask.")
    found = rels(extractor, text, "en")
    assert ("Dovid Brask", "ceoOf", "Acme") in found and ("Dovid Brask", "ceoOf", "Quibbl") not in found


# --- German generalisation: word orders and noun phrases of news texts (invented names) -------------
_DE_INTRO = "Das Start-up Quibbl, der Konzern Acme und die Firma Zorblax sind bekannt. "


@pytest.mark.parametrize("text, expected, wrong", [
    # acquisitions: a long object phrase, a passive with "von dem ...", verb-second perfect,
    # a fronted noun phrase, a participle attribute, "durch den Konzern"
    ("Der Softwarekonzern Acme übernimmt das Berliner KI-Start-up Quibbl.", {("Acme", "acquired", "Quibbl")}, set()),
    ("Das Start-up Quibbl wird von dem US-Konzern Acme gekauft.", {("Acme", "acquired", "Quibbl")}, set()),
    ("Bereits im Mai hatte Acme den Softwareanbieter Quibbl gekauft.", {("Acme", "acquired", "Quibbl")}, set()),
    ("Mit der Übernahme von Quibbl sichert sich Acme wichtige Talente.", {("Acme", "acquired", "Quibbl")}, set()),
    ("Durch den Kauf von Quibbl stärkt Acme sein Geschäft.", {("Acme", "acquired", "Quibbl")}, set()),
    ("Der von Acme übernommene Anbieter Quibbl wächst.", {("Acme", "acquired", "Quibbl")}, set()),
    ("Die Übernahme von Quibbl durch den Konzern Acme wurde abgeschlossen.", {("Acme", "acquired", "Quibbl")}, set()),
    # a failed deal is negated: "Negation is not a relation" (../shared/eval/dev/README.md)
    ("Die Übernahme von Quibbl durch den Konzern Acme scheiterte.", set(), {("Acme", "acquired", "Quibbl")}),
    ("Mit der Übernahme von Quibbl wächst der Druck auf Acme.", set(), {("Acme", "acquired", "Quibbl")}),
    # funding rounds
    ("Quibbl hat in einer Finanzierungsrunde unter Führung von Acme und Zorblax Geld eingesammelt.",
     {("Acme", "investsIn", "Quibbl"), ("Zorblax", "investsIn", "Quibbl")}, set()),
    ("Quibbl sammelt 60 Millionen Euro ein. Angeführt wird die Runde vom Investor Acme.",
     {("Acme", "investsIn", "Quibbl")}, set()),
    ("Quibbl sammelt Geld ein. Die Finanzierungsrunde wurde von Acme angeführt.", {("Acme", "investsIn", "Quibbl")}, set()),
    ("Acme führt eine Finanzierungsrunde für Quibbl an.", {("Acme", "investsIn", "Quibbl")}, set()),
    ("Die Finanzierungsrunde des Start-ups Quibbl wurde von Acme angeführt.", {("Acme", "investsIn", "Quibbl")}, set()),
    ("Zu den Geldgebern des Berliner Start-ups Quibbl zählen neben Acme auch Zorblax.",
     {("Acme", "investsIn", "Quibbl"), ("Zorblax", "investsIn", "Quibbl")}, set()),
    ("Die Beteiligung von Acme an dem Start-up Quibbl ist viel wert.", {("Acme", "investsIn", "Quibbl")}, set()),
    ("Acmes Beteiligung an Quibbl steht auf dem Prüfstand.", {("Acme", "investsIn", "Quibbl")}, set()),
    ("Das von Acme und Zorblax unterstützte Start-up Quibbl wächst.",
     {("Acme", "investsIn", "Quibbl"), ("Zorblax", "investsIn", "Quibbl")}, set()),
    # people
    ("Tobias Wendt ist Mitgründer und CEO von Quibbl.",
     {("Tobias Wendt", "founderOf", "Quibbl"), ("Tobias Wendt", "ceoOf", "Quibbl")}, set()),
    ("Jana Roth ist eine der Gründerinnen von Quibbl.", {("Jana Roth", "founderOf", "Quibbl")}, set()),
    ("Tobias Wendt, Mitgründer von Acme, hat mit Quibbl ein eigenes Unternehmen gegründet.",
     {("Tobias Wendt", "founderOf", "Acme"), ("Tobias Wendt", "founderOf", "Quibbl")}, set()),
    ("Tobias Wendt hat mit Acme einen Vertrag unterschrieben.", set(), {("Tobias Wendt", "founderOf", "Acme")}),
    ("Der von Tobias Wendt gegründete Konzern Acme wächst.", {("Tobias Wendt", "founderOf", "Acme")}, set()),
    ("Tobias Wendt wechselte von Acme zu Zorblax.",
     {("Tobias Wendt", "worksFor", "Acme"), ("Tobias Wendt", "worksFor", "Zorblax")}, set()),
    ("Tobias Wendt wechselt nach zehn Jahren von Acme zum Start-up Quibbl.",
     {("Tobias Wendt", "worksFor", "Acme"), ("Tobias Wendt", "worksFor", "Quibbl")}, set()),
    ("Nach seinem Abschied heuerte Tobias Wendt bei dem Konzern Acme an.", {("Tobias Wendt", "worksFor", "Acme")}, set()),
    ("An der Spitze des Start-ups Quibbl steht Jana Roth.", {("Jana Roth", "ceoOf", "Quibbl")}, set()),
    ("Neue Chefin von Quibbl wird Jana Roth.", {("Jana Roth", "ceoOf", "Quibbl")}, set()),
    ("Quibbl wurde von Tobias Wendt und Jana Roth gegründet, die zuvor bei Acme arbeiteten.",
     {("Tobias Wendt", "worksFor", "Acme"), ("Jana Roth", "worksFor", "Acme")}, set()),
    ("Tobias Wendt lobte Jana Roth, die zuvor bei Acme arbeitete.",
     {("Jana Roth", "worksFor", "Acme")}, {("Tobias Wendt", "worksFor", "Acme")}),
    # interviews
    ("Im Interview mit dem Magazin Zorblax erklärte Acme-Chef Tobias Wendt, man wachse.",
     {("Tobias Wendt", "interviewedBy", "Zorblax")}, set()),
    ("Jana Roth, Chefin von Acme, sagte der Zeitung Zorblax, man prüfe Optionen.",
     {("Jana Roth", "interviewedBy", "Zorblax")}, set()),
    ("Tobias Wendt erklärte gegenüber der Zeitung Zorblax, dass Acme wachse.", {("Tobias Wendt", "interviewedBy", "Zorblax")}, set()),
    # models, chips, partners, rivals
    ("Der von Acme entwickelte Chip Z900 kommt im Herbst.", {("Acme", "develops", "Z900")}, set()),
    ("Das Modell Rocket 2 wurde von Acme im Juni vorgestellt.", {("Acme", "develops", "Rocket 2")}, set()),
    ("Vorgestellt wurde das Modell Rocket 2 vom Start-up Quibbl.", {("Quibbl", "develops", "Rocket 2")}, set()),
    ("Mit Rocket 2 hat Acme eine neue Generation seiner Sprachmodelle vorgestellt.", {("Acme", "develops", "Rocket 2")}, set()),
    ("Mit dem Modell Rocket 2 stellt Acme ein neues Modell vor.", {("Acme", "develops", "Rocket 2")}, set()),
    ("Acme bringt seinen KI-Assistenten Quillo auf eine neue Basis.", {("Acme", "develops", "Quillo")}, set()),
    ("Zorblax will 5000 Z900-GPUs von Acme einsetzen.", {("Acme", "develops", "Z900")}, set()),
    ("Acme arbeitet bei einer KI-Cloud eng mit Zorblax zusammen.", {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Der Konzern Acme fertigt die Z900-Chips für Zorblax.", {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Im Wettbewerb mit Zorblax setzt Acme auf seine Z900-Beschleuniger.",
     {("Acme", "competesWith", "Zorblax"), ("Acme", "develops", "Z900")}, {("Zorblax", "develops", "Z900")}),
])
def test_german_generalisation_news_constructions(extractor, text, expected, wrong):
    found = rels(extractor, _DE_INTRO + text, "de")
    assert expected <= found and not (wrong & found)


def test_a_chip_named_after_its_vendor_is_not_developed_by_another_company(extractor):
    text = ("Der Konzern Acme baut den Chip Acme Z900. Die Firma Quibbl wächst. "
            "Trainiert wurde das Modell auf Acme-Z900-Chips von Quibbl.")
    found = rels(extractor, text, "de")
    assert ("Acme", "develops", "Acme Z900") in found
    assert not any(s == "Quibbl" and p == "develops" for s, p, _ in found)


# --- English generalisation: constructions of news text beyond the dev set (invented names) ------
@pytest.mark.parametrize("text, expected, wrong", [
    # heads and founders: titles with a modifier, coordinated titles, fronted participles
    ("Acme's former CEO Dovid Brask joined Quibbl.", {("Dovid Brask", "ceoOf", "Acme")}, {("Dovid Brask", "ceoOf", "Quibbl")}),
    ("Acme named Jana Roe, a former Zorblax executive, as its new chief executive.",
     {("Jana Roe", "ceoOf", "Acme"), ("Jana Roe", "worksFor", "Zorblax")}, {("Jana Roe", "worksFor", "Acme")}),
    ("Jana Roe, co-founder and chief executive of Quibbl, spoke.",
     {("Jana Roe", "founderOf", "Quibbl"), ("Jana Roe", "ceoOf", "Quibbl")}, set()),
    ("Jana Roe, chief executive and co-founder of Quibbl, spoke.",
     {("Jana Roe", "founderOf", "Quibbl"), ("Jana Roe", "ceoOf", "Quibbl")}, set()),
    ("Jana Roe, Quibbl's chief executive and co-founder, spoke.",
     {("Jana Roe", "founderOf", "Quibbl"), ("Jana Roe", "ceoOf", "Quibbl")}, set()),
    ("Founded by Jana Roe in 2019, Quibbl now employs 200 people.", {("Jana Roe", "founderOf", "Quibbl")}, set()),
    ("Jana Roe left Acme to start Quibbl.", {("Jana Roe", "worksFor", "Acme"), ("Jana Roe", "founderOf", "Quibbl")}, set()),
    ("Jana Roe, who co-founded Acme, left the company in May to start Zorblax.",
     {("Jana Roe", "founderOf", "Acme"), ("Jana Roe", "founderOf", "Zorblax")}, set()),
    # moves between employers
    ("Acme hired Dovid Brask from Zorblax last month.",
     {("Dovid Brask", "worksFor", "Acme"), ("Dovid Brask", "worksFor", "Zorblax")}, set()),
    ("Jana Roe previously spent a decade at Acme.", {("Jana Roe", "worksFor", "Acme")}, set()),
    ("Dovid Brask, who built the first prototype, has left Zorblax.", {("Dovid Brask", "worksFor", "Zorblax")}, set()),
    # makers: participles, "from", manufacturing
    ("The Vorta X1 chip, made by Acme, is fast.", {("Acme", "manufactures", "Vorta X1")}, {("Acme", "develops", "Vorta X1")}),
    ("The Vorta X1 chips, which are manufactured by Zorblax, are fast.", {("Zorblax", "manufactures", "Vorta X1")}, set()),
    ("The Vorta X1 chip, designed by Acme, is fast.", {("Acme", "develops", "Vorta X1")}, set()),
    ("Rocket 2, the latest model from Acme, was released.", {("Acme", "develops", "Rocket 2")}, set()),
    ("Rocket 2, developed by the Berlin startup Quibbl, is popular.", {("Quibbl", "develops", "Rocket 2")}, set()),
    ("Rocket 2, developed by former Acme researchers, is popular.", set(), {("Acme", "develops", "Rocket 2")}),
    # ownership and units
    ("Quibbl is an Acme-owned company.", {("Quibbl", "subOrganizationOf", "Acme")}, set()),
    ("Quibbl, the robotics unit of Zorblax, grew.", {("Quibbl", "subOrganizationOf", "Zorblax")}, set()),
    ("Quibbl, Zorblax's AI research lab, grew.", {("Quibbl", "subOrganizationOf", "Zorblax")}, set()),
    ("Quibbl, Zorblax's biggest rival, grew.", {("Quibbl", "competesWith", "Zorblax")},
     {("Quibbl", "subOrganizationOf", "Zorblax")}),
    ("Quibbl agreed to merge with the company Acme.", {("Quibbl", "mergedWith", "Acme")}, set()),
    # acquisitions
    ("Quibbl, acquired by Acme in 2020, now employs 200 people.", {("Acme", "acquired", "Quibbl")}, {("Quibbl", "acquired", "Acme")}),
    ("Acquired by Acme in 2020, Quibbl now employs 200 people.", {("Acme", "acquired", "Quibbl")}, set()),
    ("Acme's acquisition of the startup Quibbl closed in May.", {("Acme", "acquired", "Quibbl")}, set()),
    ("Acme completed its $3 billion purchase of Quibbl.", {("Acme", "acquired", "Quibbl")}, set()),
    # investments
    ("Zorblax's $2 billion investment in Quibbl was approved.", {("Zorblax", "investsIn", "Quibbl")}, set()),
    ("Acme is among the investors in Quibbl.", {("Acme", "investsIn", "Quibbl")}, set()),
    ("Acme is one of the investors in Quibbl's latest round.", {("Acme", "investsIn", "Quibbl")}, set()),
    ("Acme is leading a $100 million funding round for Quibbl.", {("Acme", "investsIn", "Quibbl")}, set()),
    ("Quibbl raised money. Acme led the round, which also included Zorblax.",
     {("Acme", "investsIn", "Quibbl"), ("Zorblax", "investsIn", "Quibbl")}, set()),
    ("Quibbl is a Zorblax-backed company.", {("Zorblax", "investsIn", "Quibbl")}, set()),
    ("Acme told investors in Quibbl that it would not sell.", set(), {("Acme", "investsIn", "Quibbl")}),
    # partnerships
    ("Acme and Zorblax signed a new agreement that reshapes their partnership.", {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Acme and Zorblax signed an agreement to settle their dispute.", set(), {("Acme", "partnerOf", "Zorblax")}),
    ("Acme and Zorblax have signed a multiyear cloud deal.", {("Acme", "partnerOf", "Zorblax")}, set()),
    ("In partnership with Zorblax, Acme will build a data center.", {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Acme's research team works with the startup Quibbl.", set(), {("Acme", "partnerOf", "Quibbl")}),
    # rivalry
    ("Quibbl, which competes against Acme, grew.", {("Quibbl", "competesWith", "Acme")}, set()),
    ("Acme is trying to challenge Zorblax's dominance in chips.", {("Acme", "competesWith", "Zorblax")}, set()),
    ("Acme is racing to catch up with Zorblax.", {("Acme", "competesWith", "Zorblax")}, set()),
    # interviews
    ("In an interview with Reuters, Jana Roe, the CEO of Quibbl, said sales grew.",
     {("Jana Roe", "interviewedBy", "Reuters"), ("Jana Roe", "ceoOf", "Quibbl")}, set()),
    # second round: heads in appositions and relative clauses, fronted participles with a long agent
    ("Quibbl, the robotics startup led by Jana Roe, grew.", {("Jana Roe", "ceoOf", "Quibbl")}, set()),
    ("Jana Roe, who previously ran the chip design software maker Zorblax, spoke.", {("Jana Roe", "ceoOf", "Zorblax")}, set()),
    ("Jana Roe, who led the research team at Zorblax, spoke.", set(), {("Jana Roe", "ceoOf", "Zorblax")}),
    ("Founded in 2021 by former Acme researchers Jana Roe and Dovid Brask, Quibbl builds robots.",
     {("Jana Roe", "founderOf", "Quibbl"), ("Dovid Brask", "founderOf", "Quibbl"), ("Jana Roe", "worksFor", "Acme")},
     {("Jana Roe", "founderOf", "Acme")}),
    ("Acme has hired former Zorblax executive Jana Roe.", {("Jana Roe", "worksFor", "Acme"), ("Jana Roe", "worksFor", "Zorblax")}, set()),
    ("Acme said on Tuesday it would release Rocket 2.", {("Acme", "develops", "Rocket 2")}, set()),
    ("Acme is building its own model, called Rocket 2.", {("Acme", "develops", "Rocket 2")}, set()),
    ("Acme said on Wednesday it would invest up to $1 billion in Quibbl.", {("Acme", "investsIn", "Quibbl")}, set()),
    ("Quibbl, the Zorblax-backed robot maker, grew.", {("Zorblax", "investsIn", "Quibbl")}, set()),
    # an organisation in a person's role title is not the argument, the person is
    ("Quibbl had raised $9 million from Zorblax co-founder Jana Roe.", set(), {("Zorblax", "investsIn", "Quibbl")}),
    ("Quibbl raised money from Zorblax chief executive Jana Roe.", set(), {("Zorblax", "investsIn", "Quibbl")}),
    ("Quibbl raised $9 million from Zorblax.", {("Zorblax", "investsIn", "Quibbl")}, set()),
    # a spin-out is a company of its own, no division of the one it left
    ("Quibbl, which was spun out of Acme in 2022, builds robots.", set(), {("Quibbl", "subOrganizationOf", "Acme")}),
    ("Quibbl raised money. Other investors included Acme and Zorblax.",
     {("Acme", "investsIn", "Quibbl"), ("Zorblax", "investsIn", "Quibbl")}, set()),
    ("Acme will supply its Vorta X1 chips to Zorblax.", {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Quibbl, Zorblax's main rival, has been Acme's primary supplier.",
     {("Quibbl", "partnerOf", "Acme"), ("Quibbl", "competesWith", "Zorblax")}, {("Zorblax", "partnerOf", "Acme")}),
    # an organisation written as a modifier ("Acme-backed Quibbl") is no argument of the verb
    ("Zorblax-backed Quibbl plans to buy Acme.", {("Zorblax", "investsIn", "Quibbl"), ("Quibbl", "acquired", "Acme")},
     {("Zorblax", "acquired", "Acme")}),
    ("Acme-owned Quibbl competes with Zorblax.", {("Quibbl", "subOrganizationOf", "Acme"), ("Quibbl", "competesWith", "Zorblax")},
     {("Acme", "competesWith", "Zorblax")}),
    # "according to Acme chief executive X": Acme is her employer, not the source of the report
    ("The startup Quibbl grew, according to Acme chief executive Jana Roe.", {("Jana Roe", "ceoOf", "Acme")},
     {("Jana Roe", "ceoOf", "Quibbl")}),
])
def test_english_generalisation_news_constructions(extractor, text, expected, wrong):
    intro = "The startup Quibbl, the company Acme and the firm Zorblax are known. "
    found = rels(extractor, intro + text, "en")
    assert expected <= found and not (wrong & found), (expected - found, wrong & found)


@pytest.mark.parametrize("lang, text, triple", [
    ("de", "Die Übernahme des Start-ups Quibbl durch den Konzern Acme ist gescheitert.", ("Acme", "acquired", "Quibbl")),
    ("de", "Der Konzern Acme übernimmt das Start-up Quibbl nicht.", ("Acme", "acquired", "Quibbl")),
    ("en", "The company Acme abandoned its planned acquisition of the startup Quibbl.", ("Acme", "acquired", "Quibbl")),
    ("en", "The company Acme's acquisition of the startup Quibbl collapsed.", ("Acme", "acquired", "Quibbl")),
])
def test_failure_and_a_closing_negation_keep_a_relation_out(extractor, lang, text, triple):
    assert triple not in rels(extractor, text, lang)


def test_a_negation_of_another_verb_leaves_the_relation(extractor):
    found = rels(extractor, "Das dürfte Acme-Chef Tobias Wendt nicht schmecken.", "de")
    assert ("Tobias Wendt", "ceoOf", "Acme") in found


# ---- anaphors and topics (gen-ana) ---------------------------------------------------------
@pytest.mark.parametrize("lang, text, expected, wrong", [
    # a tie in mentions: an organisation written as a modifier ("Acme-owned Quibbl") is not the topic
    ("en", "Acme-owned startup Quibbl raised money. Acme said Quibbl grows. The round was led by Zorblax.",
     {("Zorblax", "investsIn", "Quibbl")}, {("Zorblax", "investsIn", "Acme")}),
    # an investor of the passage is not the company it invests in
    ("de", "Die Finanzierungsrunde wurde von der Firma Acme angeführt. Auch die Firma Zorblax beteiligte sich.",
     set(), {("Zorblax", "investsIn", "Acme")}),
    # an implicit topic is never an organisation the text names only later
    ("en", "Analysts expect more deals. \"We grow,\" said chief executive Jana Roe. Later the startup Quibbl "
           "announced a model. Quibbl hired staff.", set(), {("Jana Roe", "ceoOf", "Quibbl")}),
])
def test_anaphors_and_topics(extractor, lang, text, expected, wrong):
    found = rels(extractor, text, lang)
    assert expected <= found and not (wrong & found), (expected - found, wrong & found)


@pytest.mark.parametrize("lang, text, expected, wrong", [
    # a name inside a relative clause that closes before the verb stands for the clause's subject
    ("en", "The company Acme, which acquired the startup Quibbl in 2014, has invested in Zorblax.",
     {("Acme", "investsIn", "Zorblax")}, {("Quibbl", "investsIn", "Zorblax")}),
    # the other argument inside a relative clause: the clause is about the name before it
    ("en", "The firm Zorblax said that the startup Quibbl, which was founded by Jane Roe, is a partner.",
     {("Jane Roe", "founderOf", "Quibbl")}, {("Jane Roe", "founderOf", "Zorblax")}),
    ("en", "Zorblax invested in the startup Quibbl, which was founded by Jane Roe.",
     {("Jane Roe", "founderOf", "Quibbl")}, {("Jane Roe", "founderOf", "Zorblax")}),
    # a fronted prepositional phrase holds no subject
    ("de", "Im Wettbewerb mit Zorblax setzt Acme auf Nvidia-Chips.",
     {("Acme", "usesHardware", "Nvidia")}, {("Zorblax", "usesHardware", "Nvidia")}),
    ("en", "Together with Zorblax, Acme uses Nvidia chips.",
     {("Acme", "usesHardware", "Nvidia")}, {("Zorblax", "usesHardware", "Nvidia")}),
    # but a genitive after a preposition is read by its rule
    ("de", "Die Chips werden in Acmes Rocket-Modellen eingesetzt.", {("Acme", "develops", "Rocket")}, set()),
])
def test_relative_clauses_and_fronted_phrases(extractor, lang, text, expected, wrong):
    found = rels(extractor, text, lang)
    assert expected <= found and not (wrong & found), (expected - found, wrong & found)


def test_an_anaphor_takes_the_organisation_introduced_with_its_noun(nlp_de, nlp_en):
    doc = nlp_de("Acme hat in das Start-up Quibbl investiert. Das Berliner Start-up will nun expandieren.")
    ents = doc._.kg_entities
    assert [ents[m.entity].label for m in doc._.kg_mentions if m.anaphor] == ["Quibbl"]
    # a name after a relative pronoun is not the subject the next sentence continues
    doc = nlp_en("In a deal that Acme backed, Zorblax raised money. The company wants to grow.")
    ents = doc._.kg_entities
    assert [ents[m.entity].label for m in doc._.kg_mentions if m.anaphor] == ["Zorblax"]


@pytest.mark.parametrize("lang, text, expected, wrong", [
    # "the Rocket maker" is the organisation the text names as Rocket's developer
    ("en", "Acme released Rocket on Monday. The firm Zorblax is talking to the startup Quibbl. "
           "The Rocket maker now wants to build chips.", set(), {("Zorblax", "develops", "Rocket")}),
    ("de", "Die Firma Zorblax hat Milliarden in Acme gesteckt, das Rocket entwickelt. Auch das Start-up Quibbl "
           "verhandelt mit Zorblax. Der Rocket-Entwickler will nun eigene Chips bauen.",
     {("Acme", "develops", "Rocket")}, {("Zorblax", "develops", "Rocket"), ("Quibbl", "develops", "Rocket")}),
])
def test_an_anaphor_described_by_a_product_is_its_maker(extractor, lang, text, expected, wrong):
    found = rels(extractor, text, lang)
    assert expected <= found and not (wrong & found), (expected - found, wrong & found)


# --- held-out article round (gen-art): general constructions missed on unseen news ---------------
@pytest.mark.parametrize("lang, text, expected, wrong", [
    # an apposition after "A and B, who ..." belongs to B only
    ("en", "The startup Acme was founded by Tobias Wendt and Dovid Brask, who previously led research at Zorblax Labs.",
     {("Dovid Brask", "worksFor", "Zorblax Labs")}, {("Tobias Wendt", "worksFor", "Zorblax Labs")}),
    # a singular title before "A and B" belongs to A only; a plural one to both
    ("en", "The startup Quibbl was started by former Zorblax researcher Tobias Wendt and Dovid Brask.",
     {("Tobias Wendt", "worksFor", "Zorblax")}, {("Dovid Brask", "worksFor", "Zorblax")}),
    ("en", "Former Zorblax researchers Tobias Wendt and Dovid Brask started the company Quibbl.",
     {("Tobias Wendt", "worksFor", "Zorblax"), ("Dovid Brask", "worksFor", "Zorblax")}, set()),
    # "X is the company's chief scientist"; "serves as chief executive" without a comma
    ("en", "The startup Acme hired two people. Tobias Wendt serves as chief executive, while Dovid Brask is "
           "the company's chief scientist.",
     {("Tobias Wendt", "ceoOf", "Acme"), ("Dovid Brask", "worksFor", "Acme")}, {("Dovid Brask", "ceoOf", "Acme")}),
    # "Acme co-founder and chief executive Tobias Wendt"; "Dovid Brask, another co-founder,"
    ("en", "The startup Acme grew fast. Acme co-founder and chief executive Tobias Wendt said so. "
           "Acme also said Dovid Brask, another co-founder, will lead a lab.",
     {("Tobias Wendt", "founderOf", "Acme"), ("Dovid Brask", "founderOf", "Acme")}, set()),
    # "Acme, which counts Zorblax as its largest shareholder, is competing with Quibbl"
    ("en", "The startup Acme, which counts the firm Zorblax as its largest shareholder after a large investment, "
           "is competing with the company Quibbl.",
     {("Zorblax", "investsIn", "Acme"), ("Acme", "competesWith", "Quibbl")}, {("Zorblax", "competesWith", "Quibbl")}),
    # "Existing investors A and B's venture arm C also participated": B owns the arm, it is no investor
    ("en", "The startup Acme raised money. Existing investors Zorblax Capital and Quibbl's venture arm also participated.",
     {("Zorblax Capital", "investsIn", "Acme")}, {("Quibbl", "investsIn", "Acme")}),
    # renting hardware: the renter, not the landlord, uses it
    ("en", "The startup Acme has signed an agreement with the cloud provider Zorblax to rent clusters of Nvidia H200 GPUs.",
     {("Acme", "usesHardware", "Nvidia H200")}, {("Zorblax", "usesHardware", "Nvidia H200")}),
    # "a research partnership with pharmaceutical giant X"; "X, the Y drug-discovery spinout"
    ("en", "The startup Acme announced a research partnership with pharmaceutical giant Zorblax.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("en", "The startup Acme competes with Quibbl Labs, the Zorblax drug-discovery spinout.",
     {("Quibbl Labs", "subOrganizationOf", "Zorblax")}, {("Acme", "subOrganizationOf", "Zorblax")}),
    # "Acme, whose X chips ..." and "the company's wafer-scale X processor"
    ("en", "The chipmaker Acme, whose Z9 chips power most data centers, grew. It sells the company's wafer-scale "
           "Q7 processor.", {("Acme", "develops", "Z9"), ("Acme", "develops", "Q7")}, set()),
    # German: earlier employers in a relative clause with a participle
    ("de", "Das Start-up Acme wurde von Tobias Wendt und Dovid Brask gegründet, die zuvor beide bei der Firma "
           "Zorblax gearbeitet hatten.",
     {("Tobias Wendt", "worksFor", "Zorblax"), ("Dovid Brask", "worksFor", "Zorblax")}, set()),
    # "Gegründet wurde X von dem früheren Y-Ingenieur Z"
    ("de", "Gegründet wurde das Start-up Quibbl 2019 von dem früheren Ingenieur Tobias Wendt.",
     {("Tobias Wendt", "founderOf", "Quibbl")}, set()),
    # past tense of "zu den Investoren von X gehörten"
    ("de", "Zu den bisherigen Investoren von dem Start-up Quibbl gehörten der Konzern Acme.",
     {("Acme", "investsIn", "Quibbl")}, set()),
    # verb-first competition, "Im Wettbewerb steht X mit Y", "Konkurrenten wie X"
    ("de", "Im deutschen Markt konkurriert das Start-up Acme mit dem Konzern Zorblax.",
     {("Acme", "competesWith", "Zorblax")}, set()),
    ("de", "Im Wettbewerb steht das Start-up Acme vor allem mit der Firma Zorblax.",
     {("Acme", "competesWith", "Zorblax")}, set()),
    ("de", "Im Wettbewerb mit Zorblax setzt Acme auf Nvidia-Chips.", set(), {("Acme", "competesWith", "Nvidia")}),
    # "X, dessen Y-Modelle ..." and "Y, das X veröffentlicht hatte"
    ("de", "Die Firma Acme konkurriert mit der Firma Zorblax, dessen Rocket-Modelle führend sind.",
     {("Zorblax", "develops", "Rocket")}, {("Acme", "develops", "Rocket")}),
    # "im Gespräch mit der Nachrichtenagentur X"
    ("de", "Acme-Chef Tobias Wendt sagte im Gespräch mit der Nachrichtenagentur Zorblax, man wolle wachsen.",
     {("Tobias Wendt", "interviewedBy", "Zorblax")}, set()),
    # "setzt das Start-up konsequent auf Open Source"
    ("de", "Das Start-up Quibbl ist neu. Anders als andere setzt das Start-up konsequent auf Open Source.",
     {("Quibbl", "pursues", "Open Source")}, set()),
])
def test_held_out_article_constructions(extractor, lang, text, expected, wrong):
    found = rels(extractor, text, lang)
    assert expected <= found and not (wrong & found), (expected - found, wrong & found)


def test_a_pair_anaphor_reads_in_the_documents_language(extractor):
    found = rels(extractor, "The firm Acme works with the company Zorblax. The two companies signed a new "
                            "partnership last year.", "en")
    assert ("Acme", "partnerOf", "Zorblax") in found or ("Zorblax", "partnerOf", "Acme") in found


def test_a_reporting_company_and_an_appositive_noun_find_the_article_company(extractor):
    text = ("Quibbl, a Boston startup, raised $5 million in a round led by Zorblax Capital, the company said. "
            "The startup was founded in 2023 by former Acme Labs researcher Jana Roe. "
            "Dovid Brask is the company's chief scientist.")
    found = rels(extractor, text, "en")
    assert {("Zorblax Capital", "investsIn", "Quibbl"), ("Jana Roe", "founderOf", "Quibbl"),
            ("Dovid Brask", "worksFor", "Quibbl")} <= found
    assert not any(o in ("Zorblax Capital", "Acme Labs") for s, p, o in found if p == "founderOf") \
        and ("Dovid Brask", "worksFor", "Acme Labs") not in found


def test_german_appositive_noun_and_perfect_funding(extractor):
    text = ("Quibbl, ein Start-up aus Berlin, hat fünf Millionen Euro von Zorblax Capital erhalten, "
            "teilte das Unternehmen mit. Das Start-up wurde 2023 von der früheren Acme-Forscherin Jana Roth gegründet.")
    found = rels(extractor, text, "de")
    assert {("Zorblax Capital", "investsIn", "Quibbl"), ("Jana Roth", "founderOf", "Quibbl")} <= found


def test_an_anaphor_skips_a_previous_sentence_without_a_subject_company(extractor):
    text = ("Der Konzern Acme hat ein neues Modell vorgestellt. Die Firma Zorblax liefert Chips. "
            "Acme will damit wachsen. Trainiert wurde das Modell auf Chips von Zorblax. "
            "Parallel baut der Konzern die Zusammenarbeit mit dem Start-up Quibbl aus.")
    found = rels(extractor, text, "de")
    assert ("Acme", "partnerOf", "Quibbl") in found and ("Zorblax", "partnerOf", "Quibbl") not in found


def test_a_genitive_of_a_known_name_is_not_its_venture_arm(extractor):
    doc = extractor.pipeline("en")("The company Acme agreed to buy the startup Quibbl. The deal is Acme's largest. "
                                   "Quibbl raised money from Acme Ventures.")
    arm = next(e for e in doc._.kg_entities if e.label == "Acme Ventures")
    assert "Acme" not in arm.aliases and len(arm.mentions) == 1


@pytest.mark.parametrize("text, expected", [
    ("Das Start-up Quibbl wächst. Quibbl-Gründer und Geschäftsführer Tobias Wendt bleibt.",
     {("Tobias Wendt", "founderOf", "Quibbl"), ("Tobias Wendt", "ceoOf", "Quibbl")}),
    ("Der Konzern Acme wächst. Acme-Chefin und Mitgründerin Jana Roth lacht.",
     {("Jana Roth", "founderOf", "Acme"), ("Jana Roth", "ceoOf", "Acme")}),
    ("Der Konzern Acme baut den Chip Acme Z900. Gefertigt wird der Chip Acme Z900 vom Auftragsfertiger Zorblax.",
     {("Zorblax", "manufactures", "Acme Z900")}),
])
def test_german_coordinated_titles_and_passive_manufacturing(extractor, text, expected):
    assert expected <= rels(extractor, text, "de")


def test_english_ceo_and_founder_titles(extractor):
    found = rels(extractor, "The company Acme grew. Acme CEO and founder Dovid Brask spoke. "
                            "The startup Quibbl's CEO and co-founder Jana Roe spoke.", "en")
    assert {("Dovid Brask", "ceoOf", "Acme"), ("Dovid Brask", "founderOf", "Acme"),
            ("Jana Roe", "ceoOf", "Quibbl"), ("Jana Roe", "founderOf", "Quibbl")} <= found
