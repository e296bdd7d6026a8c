"""Names and relations found missing on fresh training articles of 2026-11-28, second round (German
de-f, de-g; English en-d, en-e). Every name is invented; "Acme", "Zorblax", "Jane Roe" and "Rocket"
are in the test catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import ents, rels


@pytest.mark.parametrize("text, expected", [
    # a German noun glued to its version by a hyphen is a model, and so is its family
    ("Lumen-3 umfasst 120 Milliarden Parameter. Es gehört zur Lumen-Familie.", {("Lumen-3", "AIModel"), ("Lumen", "AIModel")}),
    ("Dazu gehören die kleineren Varianten Kranich-8B und Kranich-1B.", {("Kranich-8B", "AIModel"), ("Kranich-1B", "AIModel")}),
    # a novel compound after a cue noun, an article and a place adjective, before a comma
    ("Acme übernahm bereits das Leipziger Start-up Tokenfabrik, das Software entwickelt.", {("Tokenfabrik", "Organization")}),
    # a code after a known chip family
    ("Trainiert wird es auf Beschleunigern vom Typ Kestro Edge MX250.", {("Kestro Edge MX250", "Hardware")}),
])
def test_german_names(nlp_de, text, expected) -> None:
    assert expected <= ents(nlp_de, text)


def test_a_capitalised_models_after_a_name_ends_a_company(nlp_en) -> None:
    found = ents(nlp_en, "Oslo-based Fjord Models released its Nordlys 70B model on Wednesday.")
    assert ("Fjord Models", "Organization") in found
    assert ("Llama", "AIModel") in ents(nlp_en, "Meta released its Llama models on Tuesday.")


def test_german_names_that_are_none(nlp_de) -> None:
    # a noun and a number apart, and "Covid-19", are no model
    assert not {t for _, t in ents(nlp_de, "In Phase 3 und wegen Covid-19 ruhte das Projekt.") if t == "AIModel"}
    # "Acmes Cloud-Tochter": the known company, no company "Acmes Cloud"
    found = ents(nlp_de, "Zorblax buhlt mit Acmes Cloud-Tochter um Kunden.")
    assert ("Acme", "Organization") in found and not any(label.startswith("Acmes") for label, _ in found)
    # the last part of a longer compound before a part noun is no company ("Venture-Capital-Einheit")
    found = ents(nlp_de, "Besonders aktiv ist Zorblax, die Venture-Capital-Einheit von Acme.")
    assert ("Capital", "Organization") not in found and ("Zorblax", "Organization") in found
    assert ("Acme", "Organization") in ents(nlp_de, "Das Acme-Team wächst.")


GERMAN = [
    ("Das Start-up Quenta wurde 2021 von der Informatikerin Jane Roe und dem früheren Acme-Ingenieur Tom Vask gegründet.",
     {("Jane Roe", "founderOf", "Quenta"), ("Tom Vask", "founderOf", "Quenta")}, set()),
    ("Der Gründer Tom Vask arbeitete bei Acme, bevor er 2011 den Logistik-Dienstleister Zorblax gründete.",
     {("Tom Vask", "founderOf", "Zorblax")}, set()),
    ("Zorblax fusionierte 2014 mit dem Bremer Wettbewerber Acme.",
     {("Zorblax", "mergedWith", "Acme"), ("Zorblax", "competesWith", "Acme")}, set()),
    ("Im Frühjahr fusionierten dort die Firmen Zorblax und Acme.", {("Zorblax", "mergedWith", "Acme")}, set()),
    ("Im März hatten sich die Firmen Zorblax und Acme zu einem Unternehmen verschmolzen.",
     {("Zorblax", "mergedWith", "Acme")}, set()),
    ("Zorblax buhlt dabei mit Acme um die lukrativen Kunden.", {("Zorblax", "competesWith", "Acme")}, set()),
    ("Mit dem Projekt tritt Zorblax in direkte Konkurrenz zu Acme.", {("Zorblax", "competesWith", "Acme")}, set()),
    ("Jane Roe leitete die KI-Sparte des Zorblax-Mutterkonzerns Acme.", {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    ("Das Start-up Quenta sammelte Geld ein. Angeführt wurde die Runde von Acme, außerdem beteiligte sich Zorblax.",
     {("Zorblax", "investsIn", "Quenta")}, set()),
    ("Das Start-up Quenta wächst. Zorblax hält rund zwölf Prozent der Anteile.", {("Zorblax", "investsIn", "Quenta")}, set()),
    # no money named: no investment ("stieg in das Geschäft ein")
    ("Das Start-up Quenta wächst. Im Frühjahr stieg Zorblax mit 15 Millionen Euro ein.", {("Zorblax", "investsIn", "Quenta")}, set()),
    ("Die Forscherin Jane Roe verlässt Zorblax und heuert beim Pariser Start-up Acme an.",
     {("Jane Roe", "worksFor", "Acme")}, set()),
    ("Dort arbeitet Tom Vask für Acme Labs, die Sparte, an deren Spitze Jane Roe steht.",
     {("Jane Roe", "ceoOf", "Acme Labs")}, set()),
    ("Rocket 3, eine überarbeitete Fassung des im Dezember vorgestellten Rocket 2, ist schnell.",
     {("Rocket 3", "versionOf", "Rocket 2")}, set()),
    ("Rocket 3 erreicht in mehreren Benchmarks das Niveau von Rocket 2.", {("Rocket 3", "comparedTo", "Rocket 2")}, set()),
    ("Geführt wird Zorblax von der bisherigen Acme-Chefin Jane Roe.",
     {("Jane Roe", "ceoOf", "Zorblax"), ("Jane Roe", "ceoOf", "Acme")}, set()),
    ("Die Managerin Jane Roe war vor ihrem Wechsel sechs Jahre als Beraterin bei Acme tätig.",
     {("Jane Roe", "worksFor", "Acme")}, set()),
    ("Technikchef Tom Vask, der vor seinem Wechsel drei Jahre bei Acme forschte, lobt die Arbeit.",
     {("Tom Vask", "worksFor", "Acme")}, set()),
    ("Zuvor forschte Jane Roe fünf Jahre lang im Londoner Labor Zorblax.", {("Jane Roe", "worksFor", "Zorblax")}, set()),
    ("Die beiden Zorblax-Gründer Jane Roe und Tom Vask bleiben an Bord.",
     {("Jane Roe", "founderOf", "Zorblax"), ("Tom Vask", "founderOf", "Zorblax")}, set()),
    ("Jane Roe, die neben Zorblax auch den Autobauer Acme als Chefin führt, lacht.",
     {("Jane Roe", "ceoOf", "Zorblax"), ("Jane Roe", "ceoOf", "Acme")}, set()),
    ("Beobachter vergleichen Quenta gern mit Vantor Capital, dem Investmentarm der Zorblax-Mutter Acme.",
     {("Vantor Capital", "subOrganizationOf", "Acme")}, {("Vantor Capital", "subOrganizationOf", "Zorblax")}),
    # the parent after an apposition takes no coordinated name after it
    ("Neben Quenta beteiligten sich Vantor Capital, der Beteiligungsarm des Konzerns Acme, sowie der Investor Zorblax.",
     {("Vantor Capital", "subOrganizationOf", "Acme")}, {("Vantor Capital", "subOrganizationOf", "Zorblax")}),
    ("Auch Zorblax ist bei Acme eingestiegen.", {("Zorblax", "investsIn", "Acme")}, set()),
    ("In Acme investiert haben bislang der Kölner Fonds Zorblax und mehrere Business Angels.",
     {("Zorblax", "investsIn", "Acme")}, set()),
    ("Die Gründer Jane Roe und Tom Vask hatten Zorblax 2020 aus der Universität Acme heraus gegründet.",
     {("Jane Roe", "founderOf", "Zorblax"), ("Tom Vask", "founderOf", "Zorblax")}, {("Jane Roe", "founderOf", "Acme")}),
    ("Im vergangenen Jahr hatte der Chipkonzern Acme das finnische KI-Labor Zorblax für 665 Millionen Dollar erworben.",
     {("Acme", "acquired", "Zorblax")}, set()),
    ("Fünf Jahre später fusionierte Zorblax mit dem Leipziger Betreiber Acme.", {("Zorblax", "mergedWith", "Acme")}, set()),
    ("Acme hat mit Quill 3 ein Modell entwickelt, das auf Rocket 2 aufsetzt.", {("Quill 3", "versionOf", "Rocket 2")}, set()),
    ("Zorblax, dessen Gründer und Chef Jane Roe das Unternehmen umbaut, wächst.",
     {("Jane Roe", "founderOf", "Zorblax"), ("Jane Roe", "ceoOf", "Zorblax")}, set()),
    ("Zorblax Labs wird von dem früheren Acme-Manager Tom Vask geführt.", {("Tom Vask", "ceoOf", "Zorblax Labs")}, set()),
    ("Gründer und Vorstandschef von Zorblax ist Tom Vask, der zuvor für Acme tätig war.",
     {("Tom Vask", "founderOf", "Zorblax"), ("Tom Vask", "ceoOf", "Zorblax")}, set()),
    ("Die Runde führte Vantor Capital an, die Wagniskapitaltochter von Acme.", {("Vantor Capital", "subOrganizationOf", "Acme")}, set()),
    ("Das Start-up Quenta Labs wächst. Dort ringt das Unternehmen mit Acme und Zorblax um Aufträge.",
     {("Quenta Labs", "competesWith", "Acme"), ("Quenta Labs", "competesWith", "Zorblax")}, set()),
    ("Für die bisherigen Geldgeber von Quenta Labs, darunter Acme und Zorblax, lohnt sich der Verkauf.",
     {("Acme", "investsIn", "Quenta Labs"), ("Zorblax", "investsIn", "Quenta Labs")}, set()),
    ("An die Spitze von Zorblax rückt Acme-Mitgründer Tom Vask.", {("Tom Vask", "ceoOf", "Zorblax")}, set()),
    ("Jane Roe arbeitete vor ihrem Wechsel in die Start-up-Welt als Produktmanagerin bei Acme.",
     {("Jane Roe", "worksFor", "Acme")}, set()),
    ("In Tests spielt Rocket 3 in derselben Liga wie Rocket 2.", {("Rocket 3", "comparedTo", "Rocket 2")}, set()),
    ("Jane Roe sagte, dass Zorblax langfristig auf AGI hinarbeitet.", {("Zorblax", "pursues", "AGI")}, set()),
]


def test_a_stake_without_money_is_no_investment(extractor) -> None:
    found = rels(extractor, "Das Start-up Quenta wächst. Im Frühjahr stieg Zorblax in das Geschäft mit Software ein.", "de")
    assert ("Zorblax", "investsIn", "Quenta") not in found


ENGLISH = [
    ("Quenta raised $210 million. Acme and the French state bank Zorblax also took part, the company said.",
     {("Acme", "investsIn", "Quenta"), ("Zorblax", "investsIn", "Quenta")}, set()),
    ("Quenta raised $900 million in a round led by Acme, with Zorblax and Vantor Capital participating.",
     {("Zorblax", "investsIn", "Quenta"), ("Vantor Capital", "investsIn", "Quenta")}, set()),
    ("Investors in Quenta Labs, including Acme, stand to make roughly six times their money.",
     {("Acme", "investsIn", "Quenta Labs")}, set()),
    # (owning and funding are one group of predicates: one of them per pair and sentence)
    ("Quenta Labs is owned and funded by Zorblax, a hedge fund.", {("Quenta Labs", "subOrganizationOf", "Zorblax")}, set()),
    ("Quenta Labs is funded by Zorblax, a hedge fund.", {("Zorblax", "investsIn", "Quenta Labs")}, set()),
    ("In March, Zorblax combined with its former Czech rival Acme.", {("Zorblax", "mergedWith", "Acme")}, set()),
    ("Zorblax and Acme have completed their merger.", {("Zorblax", "mergedWith", "Acme")}, set()),
    ("Zorblax's newest model, Quill 3, is a fine-tuned version of Acme's Rocket 2.",
     {("Quill 3", "versionOf", "Rocket 2")}, set()),
    ("Zorblax has backed eleven start-ups since 2021, among them the speech company Acme.",
     {("Zorblax", "investsIn", "Acme")}, set()),
    ("Quenta Labs, set up by former Acme researcher Jane Roe, wants to reach AGI.",
     {("Jane Roe", "founderOf", "Quenta Labs")}, set()),
    ("But he said Zorblax's real competitor is Acme.", {("Zorblax", "competesWith", "Acme")}, set()),
    ("The fiercest fight is between Zorblax and Acme.", {("Zorblax", "competesWith", "Acme")}, set()),
    ("Zorblax, led by co-founder Jane Roe, withdrew its listing.", {("Jane Roe", "ceoOf", "Zorblax")}, set()),
    ("Zorblax, which Jane Roe ran before Acme hired its staff, sells chatbots.", {("Jane Roe", "ceoOf", "Zorblax")}, set()),
    ("Zorblax Labs, the consumer division of Acme that Jane Roe has run since 2024, hired three researchers.",
     {("Jane Roe", "ceoOf", "Zorblax Labs")}, set()),
    ("Acme chief Jane Roe has said she sees no bubble.", {("Jane Roe", "ceoOf", "Acme")}, set()),
    # a title after "chief" is another post
    ("Acme chief scientist Jane Roe has said she sees no bubble.", set(), {("Jane Roe", "ceoOf", "Acme")}),
    ("Zorblax launched a European cloud service built together with Acme.", {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Zorblax sells its transcription models to Acme and Vantor Capital.",
     {("Zorblax", "partnerOf", "Acme"), ("Zorblax", "partnerOf", "Vantor Capital")}, set()),
    # a stake sold is no customer
    ("Zorblax sold its stake to Acme.", set(), {("Zorblax", "partnerOf", "Acme")}),
    ("Zorblax's largest shareholder, the state-backed fund Acme, supports the merger.", {("Acme", "investsIn", "Zorblax")}, set()),
    ("Zorblax, valued at $3.3 billion after a funding round led by Acme, declined to comment.",
     {("Acme", "investsIn", "Zorblax")}, set()),
    ("It competes with Zorblax, the San Francisco legal-AI startup backed by Acme.", {("Acme", "investsIn", "Zorblax")}, set()),
    ("Zorblax was set up in 2023 by Jane Roe and Tom Vask, two former engineers at Acme.",
     {("Jane Roe", "founderOf", "Zorblax"), ("Tom Vask", "founderOf", "Zorblax")}, set()),
    ("Acme also holds a stake in Quenta, a French developer that Zorblax competes with for contracts.",
     {("Zorblax", "competesWith", "Quenta")}, set()),
    ("Zorblax, which counts Vantor Capital among its investors, is widely seen as Acme's main rival.",
     {("Zorblax", "competesWith", "Acme")}, {("Acme", "investsIn", "Zorblax")}),
    ("Zorblax and Acme are now fighting head-to-head for the same customers.", {("Zorblax", "competesWith", "Acme")}, set()),
    ("In blind tests, Rocket 2 was preferred over Quill 3 from Zorblax.", {("Rocket 2", "comparedTo", "Quill 3")}, set()),
    ("Acme's Rocket 2 came within three points of Quill 3 in the same test.", {("Rocket 2", "comparedTo", "Quill 3")}, set()),
    ("Acme, which designs the Zeta Z900 and has it made by Zorblax, grew.",
     {("Acme", "develops", "Zeta Z900"), ("Zorblax", "manufactures", "Zeta Z900")}, set()),
    ("Quenta Labs' seed round was led by Acme, with Zorblax and Vantor Capital, the venture arm of Nvidia, also taking part.",
     {("Zorblax", "investsIn", "Quenta Labs"), ("Vantor Capital", "investsIn", "Quenta Labs")}, set()),
    # an apposition describes the last item of a list only
    ("Backers include Zorblax, Quenta and Vantor Capital, the investment arm of Acme.",
     {("Vantor Capital", "subOrganizationOf", "Acme")}, {("Zorblax", "subOrganizationOf", "Acme")}),
    ("Zorblax and Vantor Capital are among Acme's backers.",
     {("Zorblax", "investsIn", "Acme"), ("Vantor Capital", "investsIn", "Acme")}, set()),
    ("Jane Roe, who left Zorblax in January to become Acme's head of payments, spoke.",
     {("Jane Roe", "worksFor", "Acme")}, set()),
    ("It pairs the chips with Kestro Edge modules that Zorblax and Acme manufacture in Korea.",
     {("Zorblax", "manufactures", "Kestro Edge"), ("Acme", "manufactures", "Kestro Edge")}, set()),
    ("Acme's Quenta Lab, headed by Jane Roe, builds agents.", {("Quenta Lab", "subOrganizationOf", "Acme")}, set()),
    ("Zorblax is entering a crowded field. It will have to compete with Acme.", {("Zorblax", "competesWith", "Acme")}, set()),
    ("Zorblax and Acme now fight for the same enterprise customers.", {("Zorblax", "competesWith", "Acme")}, set()),
    ("Quenta Labs was founded in 2021 by Jane Roe and Tom Vask, two former Acme engineers.",
     {("Jane Roe", "worksFor", "Acme"), ("Tom Vask", "worksFor", "Acme")}, set()),
    ("Zorblax completed its takeover of Quenta Labs, a vector-database company.", {("Zorblax", "acquired", "Quenta Labs")}, set()),
    ("Zorblax, which goes head-to-head with Acme for the budgets of data teams, grew.",
     {("Zorblax", "competesWith", "Acme")}, set()),
    ("Zorblax and Vantor Capital are in a race with Acme for the best researchers.",
     {("Zorblax", "competesWith", "Acme"), ("Vantor Capital", "competesWith", "Acme")}, set()),
    ("Acme, which has committed $8 billion to Zorblax and made Quenta Labs its primary cloud provider, grew.",
     {("Acme", "investsIn", "Zorblax")}, {("Acme", "investsIn", "Quenta Labs")}),
    ("Quenta Labs was founded in 2021 by Tom Vask, who spent years at Acme, and is run by Jane Roe.",
     {("Jane Roe", "ceoOf", "Quenta Labs")}, set()),
    ("Jane Roe, who co-founded Zorblax in 2010 and later started Quenta Labs, joined Acme.",
     {("Jane Roe", "founderOf", "Zorblax"), ("Jane Roe", "founderOf", "Quenta Labs")}, set()),
    ("As part of the deal, Zorblax named Acme, the retailer's cloud division, its primary training partner.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Vantor Capital led the round in Quenta Labs, with Zorblax and Acme, the venture arm of Nvidia, also taking part.",
     {("Vantor Capital", "investsIn", "Quenta Labs"), ("Zorblax", "investsIn", "Quenta Labs"),
      ("Acme", "investsIn", "Quenta Labs")}, set()),
    # the lead investor is the described subject, not the parent named in its description
    ("Last week Zorblax, the venture unit of Acme, led a $90 million round in Quenta Labs.",
     {("Zorblax", "investsIn", "Quenta Labs")}, {("Acme", "investsIn", "Quenta Labs")}),
    ("Days later, Zorblax, Acme's venture fund, backed Quenta Labs, a Chicago company, alongside Vantor Capital.",
     {("Vantor Capital", "investsIn", "Quenta Labs")}, set()),
    ("Jane Roe is also an investor in Quenta Labs through her fund Zorblax.", {("Zorblax", "investsIn", "Quenta Labs")}, set()),
    ("Acme is among the largest shareholders in Quenta Labs, the Beijing start-up, alongside Zorblax.",
     {("Acme", "investsIn", "Quenta Labs"), ("Zorblax", "investsIn", "Quenta Labs")}, set()),
    ("Quenta Labs was founded by Jane Roe, who also co-founded the hedge fund Zorblax.",
     {("Jane Roe", "founderOf", "Zorblax")}, set()),
    ("Zorblax and Quenta Labs have signed up as Acme's first customers.",
     {("Zorblax", "partnerOf", "Acme"), ("Quenta Labs", "partnerOf", "Acme")}, set()),
    # the company that committed money made the other the provider of a third: no partnership of its own
    ("Acme, which has committed $8 billion to Zorblax and made Quenta Labs its primary cloud provider, grew.",
     set(), {("Acme", "partnerOf", "Quenta Labs")}),
]


@pytest.mark.parametrize("lang, text, expected, wrong", [("de", *c) for c in GERMAN] + [("en", *c) for c in ENGLISH])
def test_relations_p15(extractor, lang, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    found = rels(extractor, text, lang)
    assert expected <= found, found
    assert not wrong & found, found


def test_an_investor_with_an_explicit_company_does_not_fund_the_topic_too(extractor) -> None:
    """An investor's implicit company yields to an explicit one of the same sentence even where the
    rule with the explicit one comes later in the rule file."""
    text = ("Vantor Capital is a big topic here. Vantor Capital grew. Quenta raised $900 million in a round led by "
            "Acme, with Zorblax participating.")
    found = rels(extractor, text, "en")
    assert ("Zorblax", "investsIn", "Quenta") in found and ("Zorblax", "investsIn", "Vantor Capital") not in found
