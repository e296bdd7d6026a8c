"""English constructions of the p11 round (all names invented): "X, a maker of chips" names a
company, not a chip; sentence adverbs ("Separately,") are no names; a fronted participle phrase
("Founded in 2019 by A and two former Acme engineers, Y ...") is no subject, for "its" and "It";
"an analyst at the research firm X"; startups "going after" X; "its compiler, called X"; and
"A and B, Y's venture fund" (the apposition is B's only); "customers, which include the
operator X"; "took part, along with X"; "with backing from the venture firm X"; "formerly the
company's head of sales"; "worked at X on the Y model"."""

from __future__ import annotations

import pytest

from kg.model import Document
from tests.extract.conftest import check_text


def _types(extractor, text):
    return {e.label: e.type for e in extractor.extract(Document("t", text, language="en")).entities}


@pytest.mark.parametrize("text, label, type_", [
    ("Zorblax agreed to acquire Quendrix, a maker of chips, for $1 billion.", "Quendrix", "Organization"),
    ("Zorblax agreed to acquire Quendrix, a maker of software that cleans data.", "Quendrix", "Organization"),
    # the thing noun heads the apposition: still a chip
    ("Zorblax unveiled Quendrix, a new chip for data centers.", "Quendrix", "Hardware"),
    # the noun of the apposition types a name with a version ("the Zeta-2, an accelerator"), also
    # after an article opening the sentence and before a participle ("built to run ...")
    ("The Quendrix-2, a chip for data centers, ships in May.", "Quendrix-2", "Hardware"),
    ("The Quasor, a chip for data centers, ships in May.", "Quasor", "Hardware"),
    ("Zorblax unveiled the Quendrix-2, an accelerator built to run large language models.", "Quendrix-2", "Hardware"),
    ("Zorblax launched Nimbro-4, a chatbot app for lawyers.", "Nimbro-4", "Product"),
    # a model noun, or none: the version's shape still makes a model
    ("Zorblax released Quendrix-3, a new model, on Monday.", "Quendrix-3", "AIModel"),
    ("Zorblax released Quendrix-3 on Monday.", "Quendrix-3", "AIModel"),
])
def test_maker_of_apposition_types(extractor_real, text, label, type_):
    assert _types(extractor_real, text).get(label) == type_


@pytest.mark.parametrize("word", ["Separately", "Elsewhere", "Additionally"])
def test_sentence_adverb_is_no_name(extractor_real, word):
    text = f"{word}, the company said its partnership with Zorblax would expand to Europe."
    assert word not in _types(extractor_real, text)


@pytest.mark.parametrize("text, expected, wrong", [
    # a fronted participle phrase: its names are no subject of "its" or of a following "It"
    ("Zorblax agreed to buy Quendrix Labs. Founded in 2019 by Jana Roe and two former Acme engineers, "
     "Quendrix Labs counts Vexa among its clients. It was last valued at $600 million in a round led by Kestro Capital.",
     {("Jana Roe", "founderOf", "Quendrix Labs"), ("Kestro Capital", "investsIn", "Quendrix Labs")},
     {("Kestro Capital", "investsIn", "Acme"), ("Acme", "partnerOf", "Vexa")}),
    ("Founded by Jana Roe and two former Acme researchers, Quendrix Labs builds search tools.",
     {("Jana Roe", "founderOf", "Quendrix Labs")}, {("Jana Roe", "founderOf", "Acme")}),
    # not a fronted phrase: no founder of the company named after a comma
    ("Jana Roe and two former Acme engineers met in 2019, and Quendrix Labs hired them.", set(),
     {("Jana Roe", "founderOf", "Quendrix Labs")}),
    # a role at a described organisation
    ("Tom Berg, a partner at the consultancy Zorblax who tracks chips, said prices would fall.",
     {("Tom Berg", "worksFor", "Zorblax")}, set()),
    ("Jane Roe, an analyst at the research firm Zorblax, said demand was strong.",
     {("Jane Roe", "worksFor", "Zorblax")}, set()),
    ("Jane Roe, who spoke at the Zorblax Summit, said demand was strong.", set(),
     {("Jane Roe", "worksFor", "Zorblax Summit")}),
    # startups going after a company are its rivals; a regulator is no startup
    ("Quendrix Labs is one of a crowded field of startups going after Zorblax Systems, whose chips dominate.",
     {("Quendrix Labs", "competesWith", "Zorblax Systems")}, set()),
    ("The FTC is going after Zorblax over its cloud deals.", set(), {("FTC", "competesWith", "Zorblax")}),
    # a compiler or framework of the company
    ("Quendrix Labs says its compiler, called Vexlo, can run models without changes.",
     {("Quendrix Labs", "develops", "Vexlo")}, set()),
    # an apposition after a list belongs to its last item
    ("The startup raised money from Kestro Capital and Vexa Ventures, Zorblax Systems' AI-focused venture fund.",
     {("Vexa Ventures", "subOrganizationOf", "Zorblax Systems")}, {("Kestro Capital", "subOrganizationOf", "Zorblax Systems")}),
])
def test_p11_constructions(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")


@pytest.mark.parametrize("text, expected, wrong", [
    ("Quendrix Labs will keep serving its existing customers, which include the warehouse operator Vexa Group.",
     {("Vexa Group", "partnerOf", "Quendrix Labs")}, set()),
    ("Quendrix Labs raised $20 million. Kestro Capital and Vexa Partners also took part, along with Zorblax Ventures.",
     {("Zorblax Ventures", "investsIn", "Quendrix Labs"), ("Kestro Capital", "investsIn", "Quendrix Labs")}, set()),
    ("Jana Roe set up the company Quendrix Labs in 2023 with backing from the venture firm Kestro Capital.",
     {("Kestro Capital", "investsIn", "Quendrix Labs")}, set()),
    # the backing of another company's product is no investment in the subject
    ("Quendrix Labs built the app with funding from Kestro Capital's clients.", set(),
     {("Kestro Capital", "investsIn", "Quendrix Labs")}),
    # a former role of another kind than a post: no worksFor
    ("Quendrix Labs lost a partner. Jane Roe, formerly the company's largest customer, left in May.",
     set(), {("Jane Roe", "worksFor", "Quendrix Labs")}),
    ("Quendrix Labs lost two executives. Jane Roe, formerly the company's head of sales, left in May.",
     {("Jane Roe", "worksFor", "Quendrix Labs")}, set()),
    # the lab where one worked on a model made it; not a model of another company named there
    ("Jana Roe previously worked at Zorblax Research on the Kestro-2 robotics model.",
     {("Zorblax Research", "develops", "Kestro-2")}, set()),
    ("Jana Roe worked at Zorblax Research on the launch of Vexa Labs' Kestro-2 model.", set(),
     {("Zorblax Research", "develops", "Kestro-2")}),
])
def test_p11_investors_customers_roles(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")


@pytest.mark.parametrize("text, expected, wrong", [
    # studying somewhere is no employment; working there is
    ("Jana Roe, who did her doctorate at Zorblax University, previously worked at Quendrix Labs.",
     {("Jana Roe", "worksFor", "Quendrix Labs")}, {("Jana Roe", "worksFor", "Zorblax University")}),
    ("Jana Roe, who studied at Zorblax University, joined Quendrix Labs.",
     {("Jana Roe", "worksFor", "Quendrix Labs")}, {("Jana Roe", "worksFor", "Zorblax University")}),
    ("Tom Berg, who previously led infrastructure at Quendrix Labs, joined Vexa Systems in May.",
     {("Tom Berg", "worksFor", "Quendrix Labs")}, set()),
    # "buy X": X is the company bought
    ("Vexa Systems, which agreed to buy Quendrix last year, grew quickly.",
     {("Vexa Systems", "acquired", "Quendrix")}, set()),
])
def test_p11_study_and_buy(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")


def test_reporting_company_is_the_passage_topic(extractor_real):
    """"..., the company said" after a clause naming investors stands for the company the passage
    is about, not for an investor named in the clause it reports."""
    text = ("Quendrix Labs raised $40 million on Monday. The round was co-led by Kestro Capital and "
            "Vexa Ventures, the company said.")
    doc = extractor_real.pipeline("en")(text)
    ents = doc._.kg_entities
    said = [m for m in doc._.kg_mentions if m.anaphor and "company" in m.text.lower()]
    assert said and all(ents[m.entity].label == "Quendrix Labs" for m in said)
    check_text(extractor_real, text, {("Kestro Capital", "investsIn", "Quendrix Labs"),
                                      ("Vexa Ventures", "investsIn", "Quendrix Labs")}, set(), lang="en")


@pytest.mark.parametrize("text, expected, wrong", [
    # co-chief executives
    ("Jana Roe, one of Zorblax Systems' two chief executives, said the deal was signed.",
     {("Jana Roe", "ceoOf", "Zorblax Systems")}, set()),
    ("Jana Roe, one of Zorblax Systems' customers, said the deal was signed.", set(),
     {("Jana Roe", "ceoOf", "Zorblax Systems")}),
    # a role and "one of its co-founders"
    ("He will report to Jana Roe, Zorblax Systems' chief science officer and one of its co-founders.",
     {("Jana Roe", "founderOf", "Zorblax Systems")}, set()),
    ("Jana Roe, Zorblax Systems' head of research and one of the few women in the field, spoke.", set(),
     {("Jana Roe", "founderOf", "Zorblax Systems")}),
    # two founders in a fronted participle phrase
    ("Founded in 2022 by physician Jana Roe and former Vexa Systems engineer Tom Berg, Quendrix Labs sells a tool called Zetaflow.",
     {("Jana Roe", "founderOf", "Quendrix Labs"), ("Tom Berg", "founderOf", "Quendrix Labs"),
      ("Quendrix Labs", "develops", "Zetaflow")}, {("Jana Roe", "founderOf", "Vexa Systems")}),
    # a domain chief is no chief executive; losing a co-founder to another company
    ("Quendrix Labs, the startup founded by former OpenAI technology chief Jana Roe, lost co-founder Tom Berg to Zorblax Systems.",
     {("Jana Roe", "worksFor", "OpenAI"), ("Tom Berg", "founderOf", "Quendrix Labs"),
      ("Tom Berg", "worksFor", "Zorblax Systems")},
     {("Jana Roe", "ceoOf", "OpenAI"), ("Tom Berg", "founderOf", "OpenAI")}),
    # a chip made by a foundry after a coordination; the maker it acquired
    ("The Zeta-4 chip pairs Quendrix Labs' compute dies with memory from Vexa Systems and is manufactured by TSMC in Taiwan.",
     {("TSMC", "manufactures", "Zeta-4")}, {("Vexa Systems", "manufactures", "Zeta-4")}),
    ("Quendrix Labs plans to ship server racks built with Vexa Systems, the server maker it acquired last year.",
     {("Quendrix Labs", "acquired", "Vexa Systems")}, set()),
    ("Quendrix Labs sells server racks built with Vexa Systems, the server maker that Zorblax Systems acquired.", set(),
     {("Quendrix Labs", "acquired", "Vexa Systems")}),
    # preparing a new version of a model
    ("The hire comes as Quendrix Labs prepares a new version of Zetaflow-2.",
     {("Quendrix Labs", "develops", "Zetaflow-2")}, set()),
    ("Jana Roe, a partner at executive search firm Vexa Partners, said labs want people.",
     {("Jana Roe", "worksFor", "Vexa Partners")}, set()),
])
def test_p11_set2_constructions(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")


@pytest.mark.parametrize("text, expected, wrong", [
    ("Jana Roe, who also serves as co-chief executive of Zorblax Systems, told investors it had recovered.",
     {("Jana Roe", "ceoOf", "Zorblax Systems")}, {("Jana Roe", "worksFor", "Zorblax Systems")}),
    # "the chips" after an inserted phrase is left alone: the chip named last before is often
    # another one (memory for a processor the text does not name)
    ("Vexa Systems will supply its Zeta-5 memory for Zorblax Systems' next processors. The chips, designed by "
     "Zorblax Systems with help from Quendrix Labs, will be produced by TSMC.", set(),
     {("TSMC", "manufactures", "Zeta-5"), ("Zorblax Systems", "develops", "Zeta-5")}),
    ("Quendrix Labs raised $40 million. Existing investor Kestro Capital also put money in, as did Vexa Ventures.",
     {("Vexa Ventures", "investsIn", "Quendrix Labs"), ("Kestro Capital", "investsIn", "Quendrix Labs")}, set()),
    ("Quendrix Labs this year also struck a supply agreement directly with Zorblax Systems.",
     {("Quendrix Labs", "partnerOf", "Zorblax Systems")}, set()),
])
def test_p11_set3_constructions(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")


@pytest.mark.parametrize("text, expected, wrong", [
    # "the startup" / "its" after a sentence whose subject is a list of companies: not one of them
    ("Quendrix Labs is one of many startups going after Zorblax Systems. Kestro Labs, Vexa Labs and Tandem Labs "
     "are all pitching chips for inference. The startup has raised about $480 million. Its largest investor is Corvex Capital.",
     {("Corvex Capital", "investsIn", "Quendrix Labs")}, {("Corvex Capital", "investsIn", "Kestro Labs")}),
    # an apposition is no list: "X, Y's unit," still opens the sentence as its subject
    ("Kestro Labs, Zorblax Systems' chip unit, unveiled a processor. Its largest investor is Corvex Capital.",
     {("Corvex Capital", "investsIn", "Kestro Labs")}, set()),
    ("Quendrix Labs is Zorblax Systems' largest investor.", {("Quendrix Labs", "investsIn", "Zorblax Systems")},
     {("Zorblax Systems", "investsIn", "Quendrix Labs")}),
])
def test_p11_list_subject_and_largest_investor(extractor_real, text, expected, wrong):
    check_text(extractor_real, text, expected, wrong, lang="en")
