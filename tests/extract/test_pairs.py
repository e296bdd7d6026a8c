"""The learned fallback of the relation rules (kg.extract.pairs) and its training (kg train-pairs).

A model is trained inside the tests on invented texts whose verb no rule knows ("florbt"), so that
what it finds can only come from the learned layer; hand-made models check the guards (pairs a rule
relates, types the ontology forbids, the threshold)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kg.cli import main
from kg.extract import Extractor
from kg.extract.lexicon import DEFAULT_LEXICON_DIR
from kg.extract.pairs import RULE_ID, PairModel, load_model, pair_classes, pair_features, unit_of
from kg.extract.pairs_train import examples_of, gold_files, train_files
from kg.model import Document

from .conftest import triples

COMPANIES = ["Quibbl", "Borvex", "Tarnik", "Welmo", "Praxel", "Dunvik", "Olvera", "Semtra", "Kavlo", "Rindel",
             "Zuvex", "Mordan", "Felgo", "Brintor"]


def _corpus(folder: Path) -> Path:
    """Twelve German texts: "A florbt B" states that A acquired B, "A lobt B" states nothing."""
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(12):
        a, b = COMPANIES[k], COMPANIES[(k + 5) % len(COMPANIES)]
        c, d = COMPANIES[(k + 3) % len(COMPANIES)], COMPANIES[(k + 9) % len(COMPANIES)]
        s1 = f"Die {a} AG florbt die {b} GmbH."
        s2 = f"Die {c} AG lobt die {d} GmbH."
        text = f"# source: invented\n{s1}\n{s2}\n"
        gold = {"entities": [{"label": f"{n} {suffix}", "type": "Organization", "aliases": [n]}
                             for n, suffix in ((a, "AG"), (b, "GmbH"), (c, "AG"), (d, "GmbH"))],
                "relations": [{"subject": f"{a} AG", "predicate": "acquired", "object": f"{b} GmbH",
                               "evidence": s1}]}
        (folder / f"de-{k:02d}.txt").write_text(text, encoding="utf-8")
        (folder / f"de-{k:02d}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def lexicons(tmp_path_factory) -> Path:
    """A copy of the project's lexicons without any pair model."""
    root = tmp_path_factory.mktemp("lex") / "lexicons"
    shutil.copytree(DEFAULT_LEXICON_DIR, root)
    for lang in ("de", "en"):
        (root / lang / "pairs.tsv").unlink(missing_ok=True)
    return root


@pytest.fixture(scope="module")
def trained(tmp_path_factory, lexicons, catalogue_path) -> Extractor:
    corpus = _corpus(tmp_path_factory.mktemp("corpus") / "de")
    plain = Extractor(catalogue_path=str(catalogue_path), lexicon_dir=str(lexicons))
    summary = train_files(gold_files([corpus], "de"), plain.pipeline("de"), lexicons / "de" / "pairs.tsv",
                          threshold=0.6, min_weight=0.01, min_count=1, epochs=10)
    assert summary["texts"] == 12 and summary["related"] == 12 and summary["examples"] == 24
    return Extractor(catalogue_path=str(catalogue_path), lexicon_dir=str(lexicons))


def _extract(ex: Extractor, text: str, lang: str = "de"):
    return ex.extract(Document("t", text, language=lang))


def test_a_trained_model_finds_the_relation_of_a_verb_no_rule_knows(trained):
    out = _extract(trained, "Die Selvan AG florbt die Hurtig GmbH.")
    rels = [r for r in out.relations if not r.negated]
    assert [(r.subject.label, r.predicate, r.object.label, r.rule) for r in rels] == \
        [("Selvan AG", "acquired", "Hurtig GmbH", RULE_ID)]
    r = rels[0]
    assert r.evidence == "Die Selvan AG florbt die Hurtig GmbH." and (r.start, r.end) == (0, len(r.evidence))
    assert 0 < r.confidence <= 0.5        # below every rule's


def test_a_trained_model_keeps_quiet_where_its_texts_state_nothing(trained):
    assert triples(_extract(trained, "Die Selvan AG lobt die Hurtig GmbH.")) == set()


def test_without_a_model_file_the_layer_does_nothing(lexicons, catalogue_path, tmp_path):
    root = tmp_path / "lexicons"
    shutil.copytree(lexicons, root)
    (root / "de" / "pairs.tsv").unlink(missing_ok=True)
    plain = Extractor(catalogue_path=str(catalogue_path), lexicon_dir=str(root))
    assert triples(_extract(plain, "Die Selvan AG florbt die Hurtig GmbH.")) == set()


def _handmade(extractor: Extractor, weights: dict[str, dict[str, float]], threshold: float = 0.5) -> None:
    extractor.pipeline("de").get_pipe("kg_pairs").model = PairModel.of(weights, threshold)


@pytest.fixture
def handmade(lexicons, catalogue_path) -> Extractor:
    return Extractor(catalogue_path=str(catalogue_path), lexicon_dir=str(lexicons))


def test_a_pair_a_rule_relates_is_left_to_the_rule(handmade):
    _handmade(handmade, {"t:ORG-ORG": {"acquired>": 10.0}})
    out = triples(_extract(handmade, "Acme kooperiert mit Zorblax. Die Selvan AG lobt die Hurtig GmbH."))
    assert ("Acme", "partnerOf", "Zorblax") in out
    assert ("Acme", "acquired", "Zorblax") not in out and ("Selvan AG", "acquired", "Hurtig GmbH") in out


def test_a_class_the_ontology_forbids_for_the_types_is_never_answered(handmade):
    # a person cannot be CEO of a person: the best allowed class stays below the threshold
    _handmade(handmade, {"t:ORG-ORG": {"ceoOf>": 10.0}})
    assert triples(_extract(handmade, "Die Selvan AG lobt die Hurtig GmbH.")) == set()


def test_the_threshold_holds_back_an_unsure_answer(handmade):
    _handmade(handmade, {"t:ORG-ORG": {"acquired>": 10.0}}, threshold=1.01)
    assert triples(_extract(handmade, "Die Selvan AG lobt die Hurtig GmbH.")) == set()


def test_a_sentence_with_a_negation_is_left_to_the_rules(handmade):
    _handmade(handmade, {"t:ORG-ORG": {"acquired>": 10.0}})
    for text in ("Die Selvan AG lobt die Hurtig GmbH nicht.", "Die Selvan AG will mit der Hurtig GmbH nichts zu tun haben."):
        assert triples(_extract(handmade, text)) == set(), text


def test_a_nearer_name_of_the_same_type_or_a_possessive_blocks_a_pair(handmade):
    _handmade(handmade, {"t:ORG-ORG": {"partnerOf=": 10.0}, "t:PER-ORG": {"worksFor>": 10.0}})
    # "A lobte B, die bei C arbeitete": B stands between A and C
    out = triples(_extract(handmade, "Tobias Wendt lobte Jana Roth, die bei der Hurtig GmbH arbeitete."))
    assert ("Jana Roth", "worksFor", "Hurtig GmbH") in out and ("Tobias Wendt", "worksFor", "Hurtig GmbH") not in out
    handmade.pipeline("en").get_pipe("kg_pairs").model = PairModel.of({"t:ORG-ORG": {"partnerOf=": 10.0}}, 0.5)
    assert triples(_extract(handmade, "Selvan Inc. praised Hurtig Inc.'s archive unit.", "en")) == set()
    assert ("Selvan Inc.", "partnerOf", "Hurtig Inc.") in triples(
        _extract(handmade, "Selvan Inc. praised Hurtig Inc. last year.", "en"))


def test_an_organisation_that_titles_a_person_is_paired_only_with_people(handmade):
    # "founded by B co-founder P": B is part of P's title, stated only of P
    weights = {"t:ORG-ORG": {"partnerOf=": 10.0}, "t:PER-ORG": {"worksFor>": 10.0}}
    handmade.pipeline("en").get_pipe("kg_pairs").model = PairModel.of(weights, 0.5)
    titled = triples(_extract(handmade, "Selvan Inc. was set up by Hurtig Inc. co-founder Jana Roth.", "en"))
    assert ("Selvan Inc.", "partnerOf", "Hurtig Inc.") not in titled
    assert ("Jana Roth", "founderOf", "Hurtig Inc.") in titled        # the rules read the title
    for text in ("Selvan Inc. was set up by Hurtig Inc. and Jana Roth.",      # no role word
                 "Selvan Inc. was set up by Hurtig Inc. - Jana Roth said."):  # a dash alone is no title
        assert ("Selvan Inc.", "partnerOf", "Hurtig Inc.") in triples(_extract(handmade, text, "en")), text
    _handmade(handmade, {"t:ORG-ORG": {"partnerOf=": 10.0}})
    assert ("Selvan AG", "partnerOf", "Hurtig GmbH") not in triples(
        _extract(handmade, "Die Selvan AG wurde von Hurtig-GmbH-Chefin Jana Roth gegründet."))


def test_the_second_name_can_be_the_subject(handmade):
    _handmade(handmade, {"t:ORG-ORG": {"acquired<": 10.0}})
    assert triples(_extract(handmade, "Die Selvan AG lobt die Hurtig GmbH.")) == {("Hurtig GmbH", "acquired", "Selvan AG")}


def test_features_describe_the_words_between_around_and_the_types():
    units = ["laut", "<ORG>", ",", "die", "0", "<PER>", "gegründet", "hat", "."]
    feats = pair_features(units, 1, 5, "ORG", "PER", "", "per", ["neg"])
    assert {"t:ORG-PER", "b:,", "b:0", "bf:,", "bl:0", "l1:laut", "r1:gegründet", "an2:per", "f:neg",
            "d:3", "tb:ORG-PER:die"} <= set(feats)
    assert [unit_of(w) for w in ("Acme", "2019", "3,5", "a\tb", "\n\n", " ")] == ["acme", "0", "0", "a_b", None, None]


def test_examples_leave_out_a_pair_the_gold_relates_in_another_sentence(lexicons, catalogue_path, tmp_path):
    text = "# source: invented\nDie Selvan AG lobt die Hurtig GmbH.\nDie Selvan AG florbt die Hurtig GmbH.\n"
    gold = {"entities": [{"label": "Selvan AG", "type": "Organization", "aliases": []},
                         {"label": "Hurtig GmbH", "type": "Organization", "aliases": []}],
            "relations": [{"subject": "Selvan AG", "predicate": "acquired", "object": "Hurtig GmbH",
                           "evidence": "Die Selvan AG florbt die Hurtig GmbH."}]}
    (tmp_path / "de-1.txt").write_text(text, encoding="utf-8")
    (tmp_path / "de-1.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    nlp = Extractor(catalogue_path=str(catalogue_path), lexicon_dir=str(lexicons)).pipeline("de")
    found = list(examples_of(tmp_path / "de-1.gold.json", tmp_path / "de-1.txt", nlp))
    assert [y for _, y in found] == [pair_classes().index("acquired>")]
    assert "b:florbt" in found[0][0]


def test_gold_files_are_told_apart_by_language(tmp_path):
    for name in ("de-1", "en-1", "other"):
        (tmp_path / f"{name}.txt").write_text("x", encoding="utf-8")
        (tmp_path / f"{name}.gold.json").write_text("{}", encoding="utf-8")
    assert [g.name for g, _ in gold_files([tmp_path], "de")] == ["de-1.gold.json"]
    assert [t.name for _, t in gold_files([tmp_path], "en")] == ["en-1.txt"]


def test_kg_train_pairs_writes_a_model_the_extractor_reads(tmp_path, capsys):
    corpus = _corpus(tmp_path / "de")
    out = tmp_path / "pairs.tsv"
    code = main(["train-pairs", "--lang", "de", str(corpus), "-o", str(out), "--min-count", "1", "-q"])
    err = capsys.readouterr().err
    assert code == 0 and "trained on 12 texts" in err and str(out) in err
    model = load_model(out)
    assert model.threshold == 0.7 and model.classes == pair_classes() and model.bias.any()
    row = model.row("b:florbt")
    assert row["acquired>"] == max(row.values()) > 0


def test_kg_train_pairs_without_gold_says_what_to_give(tmp_path, capsys):
    code = main(["train-pairs", "--lang", "en", str(tmp_path)])
    assert code == 2 and "no en gold files found" in capsys.readouterr().err


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_shipped_models_load_and_name_only_known_classes(lang):
    path = DEFAULT_LEXICON_DIR / lang / "pairs.tsv"
    with open(path, encoding="utf-8") as fh:
        rows = [line.rstrip("\n").split("\t") for line in fh if not line.startswith("#")]
    assert rows[0] == ["feature", *pair_classes()] and all(len(r) == len(rows[0]) for r in rows)
    assert all(float(x) == float(x) for r in rows[1:] for x in r[1:])
    model = load_model(path)
    assert 0.5 <= model.threshold < 1 and model.bias.any() and model.matrix.shape == (len(rows) - 1, len(rows[0]) - 1)


def _rule_cases() -> list[tuple[str, str, set, set]]:
    """(catalogue, text, expected, wrong) of every parametrised relation test of this folder whose
    parameters are ``text, expected, wrong``: sentences built to pin what the rules must find and
    what they must not ("real" when the test uses the project's catalogue, else "invented")."""
    import importlib.util
    import inspect

    cases = []
    for path in sorted(Path(__file__).parent.glob("test_*.py")):
        if path.name == Path(__file__).name:
            continue
        spec = importlib.util.spec_from_file_location(f"_cases_{path.stem}", path,
                                                      submodule_search_locations=None)
        module = importlib.util.module_from_spec(spec)
        module.__package__ = __package__
        spec.loader.exec_module(module)
        for func in vars(module).values():
            for mark in getattr(func, "pytestmark", []):
                if mark.name != "parametrize":
                    continue
                names = [n.strip() for n in (mark.args[0].split(",") if isinstance(mark.args[0], str) else mark.args[0])]
                if names[:3] != ["text", "expected", "wrong"]:
                    continue
                catalogue = "real" if "extractor_real" in inspect.signature(func).parameters else "invented"
                for values in mark.args[1]:
                    values = getattr(values, "values", values)
                    cases.append((catalogue, values[0], set(values[1]), set(values[2])))
    return cases


def test_the_learned_layer_adds_few_relations_the_rule_tests_call_wrong(catalogue_path):
    """The relation tests run on the rules alone; here the whole extractor reads their sentences.
    Those sentences are traps (a speaker at a company's summit, a model tested by a firm, years at a
    company giving a talk), so the bag-of-words model gets some wrong: this pins how many."""
    from kg.config import Settings

    from .conftest import triples

    cases = [c for c in _rule_cases() if c[3]]
    assert len(cases) > 500
    full = {"invented": Extractor(catalogue_path=str(catalogue_path)), "real": Extractor()}
    rules = {"invented": Extractor(Settings(learned_relations=False), catalogue_path=str(catalogue_path)),
             "real": Extractor(Settings(learned_relations=False))}
    added = wrong_added = 0
    for catalogue, text, _, wrong in cases:
        doc = Document("t", text)
        new = triples(full[catalogue].extract(doc)) - triples(rules[catalogue].extract(Document("t", text)))
        added += bool(new)
        wrong_added += bool(new & wrong)
    print(f"{len(cases)} cases; the learned layer adds to {added}, wrongly to {wrong_added}")
    assert added > 0                        # it is on by default
    assert wrong_added <= 0.03 * len(cases), wrong_added


@pytest.mark.slow
@pytest.mark.parametrize("lang, args", [("de", ["--skip", "ceoOf"]), ("en", ["--skip", "ceoOf"])])
def test_the_shipped_models_are_what_training_on_the_corpus_gives(lang, args, tmp_path, capsys):
    """No weight is set by hand: `make train-pairs` (these arguments) rebuilds the shipped file from
    ontologies/training/ (up to the last rounded digit, and features at the cut-off weight)."""
    import re

    makefile = (Path(__file__).parents[2] / "Makefile").read_text(encoding="utf-8")
    line = next(x for x in makefile.splitlines() if f"train-pairs --lang {lang}" in x)
    threshold = re.search(r"--threshold (\S+)", line).group(1)
    assert re.findall(r"--skip (\S+)", line) == args[1::2]
    out = tmp_path / "pairs.tsv"
    corpus = Path(__file__).parents[2] / "ontologies" / "training" / lang
    assert main(["train-pairs", "--lang", lang, str(corpus), "-o", str(out), "--threshold", threshold, "-q", *args]) == 0
    capsys.readouterr()
    shipped, again = load_model(DEFAULT_LEXICON_DIR / lang / "pairs.tsv"), load_model(out)
    assert (shipped.threshold, shipped.skip) == (again.threshold, again.skip)
    assert abs(shipped.bias - again.bias).max() <= 0.011
    for feature in set(shipped.index) | set(again.index):
        a, b = shipped.row(feature), again.row(feature)
        if a and b:
            assert max(abs(a[c] - b[c]) for c in a) <= 0.011, feature
        else:
            assert max(abs(w) for w in (a or b).values()) < 0.12, feature
