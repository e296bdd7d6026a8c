"""German relations and names found missing on a fresh training set of 2026-11-29 (set de-aj, p21c round).
Every name is invented; "Acme", "Zorblax", "Rocket", "Rocket 2", "Kestro Edge", "AGI" and "Jane Roe" are in
the test catalogue, the others are found by cues."""

from __future__ import annotations

import pytest

from kg.config import Settings
from kg.extract import Extractor
from tests.extract.conftest import CATALOGUE, ents, rels

GERMAN = [
    # goals: after a colon that follows a mission (a relative clause before the colon), fronted before the
    # speaker ("ohne Umschweife" negates nothing; "nicht" does), in reported speech, "als Kernziel"
    ("Jane Roe verfolgt eine klare Mission, die sie bei jeder Gelegenheit wiederholt: AGI.",
     {("Jane Roe", "pursues", "AGI")}, set()),
    ("Das langfristige Ziel formuliert Jane Roe ohne Umschweife: Open Source soll Standard werden.",
     {("Jane Roe", "pursues", "Open Source")}, set()),
    ("Das Ziel formuliert Jane Roe nicht: Open Source soll Standard werden.", set(),
     {("Jane Roe", "pursues", "Open Source")}),
    ("Jane Roe betonte, ihr Ziel sei Open Source, nicht ein Wettlauf.", {("Jane Roe", "pursues", "Open Source")}, set()),
    ("Acme verfolge vielmehr AGI als Kernziel.", {("Acme", "pursues", "AGI")}, set()),
    ("Acme sieht AGI als Ziel von Zorblax.", set(), {("Acme", "pursues", "AGI")}),
    ("Jane Roe sprach von einem Kampf um AGI, die sie als erklärtes Ziel ihrer Arbeit bezeichnet.",
     {("Jane Roe", "pursues", "AGI")}, set()),
    # a founder after a relative clause bets on a goal
    ("Jane Roe, die Acme 2023 gegründet hat, setzt seit jeher auf Open Source.",
     {("Jane Roe", "pursues", "Open Source")}, set()),
    # co-founders of a founding idiom, and a bare "mit A und B gegründet"
    ("Jane Roe, die Acme 2023 gemeinsam mit Jan Berger und Tom Wolff aus der Taufe gehoben hat, spricht.",
     {("Jan Berger", "founderOf", "Acme"), ("Tom Wolff", "founderOf", "Acme"), ("Jane Roe", "founderOf", "Acme")}, set()),
    ("Jane Roe hatte Acme 2016 mit Jan Berger und Tom Wolff gegründet, ursprünglich als App.",
     {("Jan Berger", "founderOf", "Acme"), ("Tom Wolff", "founderOf", "Acme")}, set()),
    ("Jane Roe hatte Acme 2016 mit Geld von Zorblax gegründet.", set(), {("Zorblax", "founderOf", "Acme")}),
    # hardware in a participle apposition; a centre whose computer is equipped with a chip
    ("Acme betreibt einen der größten Rechencluster Europas, bestückt mit Kestro Edge.",
     {("Acme", "usesHardware", "Kestro Edge")}, set()),
    ("Acme rechnet beim Zentrum Zorblax, dessen Supercomputer Helios mit Kestro Edge bestückt ist.",
     {("Zorblax", "usesHardware", "Kestro Edge"), ("Zorblax", "usesHardware", "Helios")},
     {("Acme", "usesHardware", "Kestro Edge")}),
    # investors: an apposition before "gehört zu den Anteilseignern von X", a fronted further backer,
    # a company that invests through its fund (both), the fund alone when the company only owns it
    ("Die Globex-Gruppe, Mutterkonzern von Zorblax, gehört seit 2023 zu den größten Anteilseignern von Acme.",
     {("Globex", "investsIn", "Acme")}, {("Zorblax", "investsIn", "Acme")}),
    ("Der Industriekonzern Zorblax ist über seine Wagniskapitaltochter Globex Ventures mit einem Millionenbetrag "
     "bei Acme eingestiegen.", {("Globex Ventures", "investsIn", "Acme"), ("Zorblax", "investsIn", "Acme")}, set()),
    ("Der Konzern Zorblax kauft über seine Tochter Globex Ventures Chips bei Acme ein.", set(),
     {("Zorblax", "investsIn", "Acme"), ("Globex Ventures", "investsIn", "Acme")}),
    # interviews: a fronted programme with the perfect, an interview given to a programme, a guest in an
    # outlet's programme compound; a farewell names a former employer
    ("Im Podcast „Zorblax“ hat die Forscherin Jane Roe erstmals über ihren Abschied von Acme gesprochen.",
     {("Jane Roe", "interviewedBy", "Zorblax"), ("Jane Roe", "worksFor", "Acme")}, set()),
    ("Jane Roe gab kürzlich dem Sender Zorblax ein seltenes Interview.", {("Jane Roe", "interviewedBy", "Zorblax")}, set()),
    ("Jane Roe gab dem Sender Zorblax ihre Stimme.", set(), {("Jane Roe", "interviewedBy", "Zorblax")}),
    ("Jane Roe nannte die Fusion in der Zorblax-Sendung „Abendrunde“ einen Schritt.",
     {("Jane Roe", "interviewedBy", "Zorblax")}, set()),
    # a chip designed by one company, made or co-developed by another; a maker of another's chips
    ("Der Chip Kestro Edge wird von Acme selbst entworfen und bei Zorblax in Taiwan gefertigt.",
     {("Zorblax", "manufactures", "Kestro Edge"), ("Zorblax", "partnerOf", "Acme"), ("Acme", "develops", "Kestro Edge")},
     {("Acme", "manufactures", "Kestro Edge")}),
    ("Der Chip Kestro Edge wird von Acme entworfen und von Zorblax mitentwickelt.",
     {("Zorblax", "develops", "Kestro Edge")}, set()),
    ("Zorblax produziert auch die Grafikprozessoren von Acme.", {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Zorblax kauft auch die Grafikprozessoren von Acme.", set(), {("Zorblax", "partnerOf", "Acme")}),
    # a maker in an extraposed relative clause, a named chip among a maker's products
    ("Acme hat Beschleuniger des US-Herstellers Zorblax geordert, der den Großchip Kestro Edge baut.",
     {("Zorblax", "manufactures", "Kestro Edge")}, {("Acme", "manufactures", "Kestro Edge")}),
    ("Zorblax, das inzwischen zum Konzern Acme gehört, fertigt die sogenannten IPU-Prozessoren, darunter den Kestro Edge.",
     {("Zorblax", "manufactures", "Kestro Edge")}, {("Acme", "manufactures", "Kestro Edge")}),
    # a company known for its model, also after "und"
    ("Acme war 2021 entstanden und hat sich mit der Modellreihe Rocket einen Namen gemacht.",
     {("Acme", "develops", "Rocket")}, set()),
    ("Acme hat sich mit dem Streit um Rocket einen Namen gemacht.", set(), {("Acme", "develops", "Rocket")}),
    # partners called so, partners fronted with "mit"; rivals in a relative clause of the rival
    ("Acme und Zorblax sind seit 2023 Geschäftspartner.", {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Acme und Zorblax sind seit 2023 Konkurrenten.", set(), {("Acme", "partnerOf", "Zorblax")}),
    ("Mit Zorblax und Globex arbeite Acme bei der Veröffentlichung von Modellen regelmäßig zusammen.",
     {("Acme", "partnerOf", "Zorblax"), ("Acme", "partnerOf", "Globex")}, set()),
    ("Als Konkurrent sieht Jane Roe vor allem die Landsleute von Zorblax, mit denen Acme um dieselben Talente wirbt.",
     {("Acme", "competesWith", "Zorblax")}, set()),
    # comparisons with a feature of another model, a model reaching one and staying behind another;
    # the maker of a model shown in a relative clause
    ("Fachleute verglichen Rocket mit dem Sprachmodus von Rocket 2, der zur gleichen Zeit von Zorblax demonstriert wurde.",
     {("Rocket", "comparedTo", "Rocket 2"), ("Zorblax", "develops", "Rocket 2")}, {("Zorblax", "develops", "Rocket")}),
    ("Auf dem Benchmark erreicht Rocket fast das Niveau von Rocket 2, bleibt aber hinter Vela-9B des Labors Zorblax zurück.",
     {("Rocket", "comparedTo", "Vela-9B")}, set()),
    # employers: moving or joining with a team, a former and a present post in one compound list
    ("Der Gründer Jane Roe, ein früherer Ingenieur des Chipherstellers Zorblax, wechselt mit seinem Team zu Acme.",
     {("Jane Roe", "worksFor", "Acme"), ("Jane Roe", "worksFor", "Zorblax")}, set()),
    ("Die Gründerin Jane Roe, vormals beim Lieferdienst Globex, wird mit ihrem Team bei Acme anheuern.",
     {("Jane Roe", "worksFor", "Acme")}, set()),
    # backers: joined with an amount (the company of the sentence before), a further backer after a lead's
    # round, a development bank's loan; an amount without a company's name in the text is no stake
    ("Finanziell ist Acme gut ausgestattet. Der Risikokapitalgeber Zorblax Partners hat sich mit 22 Millionen Euro "
     "beteiligt.", {("Zorblax Partners", "investsIn", "Acme")}, set()),
    ("Der Investor Globex führte die Seed-Runde von Acme an, der Frühphaseninvestor Zorblax Ventures ist ebenfalls dabei.",
     {("Zorblax Ventures", "investsIn", "Acme"), ("Globex", "investsIn", "Acme")}, set()),
    ("Acme wächst. Außerdem hat die bayerische Förderbank Zorblax dem Start-up einen zinsgünstigen Kredit gewährt.",
     {("Zorblax", "investsIn", "Acme")}, set()),
    ("Acme wächst. Außerdem hat die Bank Zorblax dem Start-up ein Konto eröffnet.", set(), {("Zorblax", "investsIn", "Acme")}),
    # rivals vying for the same favour, a company that sees itself as another's rival
    ("Mit Zorblax und Globex ringen zwei US-Schwergewichte um die Gunst derselben Entwickler-Community wie Acme.",
     {("Zorblax", "competesWith", "Acme"), ("Globex", "competesWith", "Acme")}, set()),
    ("Acme ringt um die Gunst derselben Kunden wie Zorblax.", {("Acme", "competesWith", "Zorblax")}, set()),
    ("Acme ringt um die Gunst der Kunden von Zorblax.", set(), {("Acme", "competesWith", "Zorblax")}),
    ("Das Heidelberger Start-up Acme sieht sich als Rivale von Zorblax.", {("Acme", "competesWith", "Zorblax")}, set()),
    # a goal that comes first for a company
    ("Für Acme steht ohnehin ein anderes Ziel im Vordergrund: AGI, die prüfbar ist.", {("Acme", "pursues", "AGI")}, set()),
    ("Für Acme steht ein Treffen im Vordergrund: Zorblax und AGI.", set(), {("Acme", "pursues", "AGI")}),
    # a model named after its owner ("Das erste Modell von X trägt den Namen Y"); a person is no model
    ("Das erste Modell von Acme trägt den Namen Orca-Lx und wurde im Mai veröffentlicht.",
     {("Acme", "develops", "Orca-Lx")}, set()),
    ("Die Chefin von Acme heißt Jana Roe.", set(), {("Acme", "develops", "Jana Roe")}),
    # heads described before their names, each of two who share a family name; a relative clause after an
    # apposition with a genitive is about the apposition's head; one after "die Tochter von X" not about X
    ("Acme wird von den Geschwistern Jana und Tom Berger geleitet.",
     {("Jana Berger", "ceoOf", "Acme"), ("Tom Berger", "ceoOf", "Acme")}, set()),
    ("Jane Roe kommt von Acme, dem Rivalen von Zorblax, der von Tom Berger geleitet wird.",
     {("Tom Berger", "ceoOf", "Acme")}, {("Tom Berger", "ceoOf", "Zorblax")}),
    ("Die Tochter von Acme, die von Tom Berger geleitet wird, wächst.", set(), {("Tom Berger", "ceoOf", "Acme")}),
    ("Das Start-up Acme, das von Tom Berger geleitet wird, wächst.", {("Tom Berger", "ceoOf", "Acme")}, set()),
    # partners after a colon; a centre's computer after an extraposed particle; a founder in the genitive
    # (the passage's company); a founder who now serves as head; chips said to come from a maker
    ("Dabei schaut Jane Roe auch auf Europa: Mit Zorblax und Globex arbeite Acme regelmäßig zusammen.",
     {("Acme", "partnerOf", "Zorblax"), ("Acme", "partnerOf", "Globex")}, set()),
    ("Acme greift auf Rechenzeit beim Zentrum Zorblax zurück, dessen Rechner Atlas mit Kestro Edge bestückt ist.",
     {("Zorblax", "usesHardware", "Kestro Edge")}, set()),
    ("Acme wächst. Nach dem Rücktritt des Gründers Tom Berger übernahm Jane Roe den Chefposten.",
     {("Tom Berger", "founderOf", "Acme"), ("Jane Roe", "ceoOf", "Acme")}, {("Jane Roe", "founderOf", "Acme")}),
    ("Acme wurde von ehemaligen Zorblax-Forschern um Tom Berger gegründet, der heute als Geschäftsführer amtiert.",
     {("Tom Berger", "ceoOf", "Acme")}, {("Tom Berger", "ceoOf", "Zorblax")}),
    ("Globex betreibt einen Cluster mit Kestro Edge. Die Chips stammen vom US-Konzern Zorblax.",
     {("Zorblax", "manufactures", "Kestro Edge")}, {("Globex", "manufactures", "Kestro Edge")}),
    # the person who took the post, not the one named before the verb
    ("Acme wächst. Nach dem Rücktritt des Gründers Tom Berger übernahm Jane Roe den Chefposten.",
     {("Jane Roe", "ceoOf", "Acme")}, {("Tom Berger", "ceoOf", "Acme")}),
    ("Der ehemalige Acme-Forscher und heutige Zorblax-Berater Tom Berger warf Globex Fehler vor.",
     {("Tom Berger", "worksFor", "Acme"), ("Tom Berger", "worksFor", "Zorblax")}, {("Tom Berger", "worksFor", "Globex")}),
]


@pytest.mark.parametrize("text, expected, wrong", GERMAN)
def test_relations_p21c(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    found = rels(extractor, text, "de")
    assert expected <= found, found
    assert not wrong & found, found


def test_reasoning_ends_a_company_name(nlp_de) -> None:
    found = ents(nlp_de, "Sie ist Chefin des Berliner Start-ups Fjord Reasoning, das erst gegründet wurde.")
    assert ("Fjord Reasoning", "Organization") in found


def test_a_model_named_after_its_owner(nlp_de) -> None:
    assert ("Orca-Lx", "AIModel") in ents(nlp_de, "Das erste Modell von Acme Labs trägt den Namen Orca-Lx.")
    assert ("Zeta", "Hardware") in ents(nlp_de, "Der neue Chip von Acme heißt Zeta und kommt 2026.")


def test_two_given_names_share_a_family_name(nlp_de) -> None:
    found = ents(nlp_de, "Acme wird von den Geschwistern Jana und Tom Berger geleitet.")
    assert {("Jana Berger", "Person"), ("Tom Berger", "Person")} <= found
    # a given name after another given name is one person's second name, not a sibling
    assert ("Lena Berger", "Person") not in ents(nlp_de, "Es sprachen Anna Lena und Tom Berger.")


def test_a_short_alias_glued_to_a_word_is_part_of_a_longer_name(tmp_path) -> None:
    # "Nebel-Z9" is a model of its own, not the catalogue's short alias "Z9" of another model
    path = tmp_path / "catalogue.tsv"
    path.write_text(CATALOGUE + "zorblax-z9\tAIModel\tZorblax-Z9\t\tZorblax Z9|Z9\t\tinvented\n", encoding="utf-8")
    nlp = Extractor(Settings(learned_relations=False), catalogue_path=str(path)).pipeline("de")
    found = ents(nlp, "Acme hat mit Nebel-Z9 ein Modell veröffentlicht.")
    assert not {("Zorblax-Z9", "AIModel"), ("Z9", "AIModel")} & found, found
    alone = ents(nlp, "Acme vergleicht sein Modell mit Z9.")
    assert {("Zorblax-Z9", "AIModel"), ("Z9", "AIModel")} & alone, alone
