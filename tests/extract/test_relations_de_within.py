"""German relations within one sentence (invented names): founders coordinated after a
description or listed after "darunter", a parent in an apposition, stakes in a relative clause, a
customer after "Kunde ist", the core product of the passage, an offering introduced with "mit",
capacity rented in a verb-first clause, a unit run at a former employer, a move to the top of a
company; and sentences with the same words that state no such relation."""

from __future__ import annotations

import pytest

from tests.extract.conftest import rels

CASES = [
    # founders: the first one described, the second coordinated with a description of its own
    ("Das Start-up Zorblax wurde 2022 von der früheren Quibbl-Ingenieurin Anna Roth und dem Informatiker "
     "Jens Kowalski gegründet.",
     {("Anna Roth", "founderOf", "Zorblax"), ("Jens Kowalski", "founderOf", "Zorblax"),
     }, {("Jens Kowalski", "worksFor", "Quibbl")}),
    ("Gegründet haben das Start-up Zorblax 2023 der frühere Quibbl-Manager Jens Kowalski und die "
     "Physikerin Anna Roth.",
     {("Anna Roth", "founderOf", "Zorblax"), ("Jens Kowalski", "founderOf", "Zorblax")}, set()),
    # founders listed after "darunter"; a head title makes the person the head, too
    ("Das Start-up Zorblax wurde 2021 von drei früheren Forschern des Konzerns Quibbl gegründet, darunter "
     "die heutige Chefin Anna Roth.",
     {("Anna Roth", "founderOf", "Zorblax"), ("Anna Roth", "ceoOf", "Zorblax")},
     {("Anna Roth", "founderOf", "Quibbl"), ("Anna Roth", "ceoOf", "Quibbl")}),
    ("Das Start-up Zorblax wurde 2021 von drei Absolventen gegründet, darunter der Informatiker Jens Kowalski.",
     {("Jens Kowalski", "founderOf", "Zorblax")}, {("Jens Kowalski", "ceoOf", "Zorblax")}),
    # a parent company in an apposition: every coordinated child
    ("Auch die Handelsgruppe Quibbl, Mutterkonzern von Zorblax und Fennix, baut ein Rechenzentrum.",
     {("Zorblax", "subOrganizationOf", "Quibbl"), ("Fennix", "subOrganizationOf", "Quibbl")}, set()),
    # a stake stated in a relative clause on the company held
    ("Auch das Start-up Zorblax, an dem der Konzern Quibbl beteiligt ist, sucht Kunden.",
     {("Quibbl", "investsIn", "Zorblax")}, set()),
    ("Das Labor leitet Anna Roth, die frühere Chefin von Zorblax, an dem der Konzern Quibbl inzwischen "
     "49 Prozent hält.",
     {("Quibbl", "investsIn", "Zorblax")}, set()),
    # a customer named after "Kunde ist" in the clause after the supplier
    ("Bislang arbeitet das Start-up Zorblax mit 40 Mittelständlern zusammen, Kunde ist unter anderem der "
     "Autozulieferer Quibbl.",
     {("Zorblax", "partnerOf", "Quibbl")}, set()),
    # an offering introduced with "mit"; a model of another maker offered so stays no product of it
    ("Der Chipkonzern Zorblax vermarktet mit Kestro Edge eine Plattform für digitale Zwillinge.",
     {("Zorblax", "develops", "Kestro Edge")}, set()),
    # capacity rented, the verb first
    ("Für das Training mietet das Start-up Zorblax Rechenkapazität beim Cloud-Anbieter Quibbl.",
     {("Zorblax", "partnerOf", "Quibbl")}, set()),
    # a unit built up or run at an earlier employer
    ("Anna Roth führt das Start-up Zorblax, zuvor hatte sie sieben Jahre lang bei der Reederei Quibbl das "
     "Digitalgeschäft aufgebaut.",
     {("Anna Roth", "worksFor", "Quibbl")}, set()),
    # a move to the top of a company
    ("Die langjährige Quibbl-Managerin Anna Roth wechselt an die Spitze des Kölner KI-Unternehmens Zorblax.",
     {("Anna Roth", "ceoOf", "Zorblax"), ("Anna Roth", "worksFor", "Quibbl")}, {("Anna Roth", "ceoOf", "Quibbl")}),
    # "zusammen" before an amount is "in total", no partnership
    ("Die Konzerne Zorblax und Quibbl stecken zusammen mehr als 20 Milliarden Euro in Rechenzentren.",
     set(), {("Zorblax", "partnerOf", "Quibbl")}),
    ("Die Konzerne Zorblax und Quibbl arbeiten zusammen an einem Rechenzentrum.",
     {("Zorblax", "partnerOf", "Quibbl")}, set()),
    # a chip designed by one company and made by another
    ("Das Start-up Zorblax hat den Chip Fennix-7 vorgestellt. Gefertigt wird der von Zorblax entworfene "
     "Baustein beim Auftragsfertiger Quibbl.",
     {("Zorblax", "develops", "Fennix-7")}, {("Zorblax", "manufactures", "Fennix-7")}),
]


@pytest.mark.parametrize("text, expected, wrong", CASES)
def test_relations_within_a_sentence(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    found = rels(extractor, text)
    assert expected <= found, found
    assert not wrong & found, found


TOPIC_CASES = [
    # investors after a semicolon, and after "neben ... auch"
    ("Das Start-up Zorblax wächst. Im Frühjahr sammelte Zorblax 25 Millionen Euro ein; die Runde führte der "
     "Wagniskapitalgeber Quibbl Ventures an.",
     {("Quibbl Ventures", "investsIn", "Zorblax")}, set()),
    ("Das Start-up Zorblax wächst. Zu seinen Anteilseignern zählen neben dem Konzern Acme auch der "
     "Fonds Quibbl Ventures.",
     {("Acme", "investsIn", "Zorblax"), ("Quibbl Ventures", "investsIn", "Zorblax")}, set()),
    # a founder named as the head of the passage's company
    ("Das Start-up Zorblax wächst. Geführt wird die Firma von Mitgründerin Anna Roth.",
     {("Anna Roth", "founderOf", "Zorblax")}, set()),
    ("Das Start-up Zorblax wächst. Geführt wird die Firma von Anna Roth.",
     set(), {("Anna Roth", "founderOf", "Zorblax")}),
]


@pytest.mark.parametrize("text, expected, wrong", TOPIC_CASES)
def test_relations_with_the_passage_topic(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    found = rels(extractor, text)
    assert expected <= found, found
    assert not wrong & found, found


MORE_CASES = [
    # training on computers with named chips
    ("Das Start-up Zorblax trainiert seine Modelle auf Rechnern mit Acme-Chips vom Typ Kestro Edge.",
     {("Zorblax", "usesHardware", "Kestro Edge")}, set()),
    # rivalry stated with a verb and a long adverbial before "mit"
    ("Der Konzern Zorblax konkurriert im Geschäft mit Unternehmenssoftware vor allem mit dem Konzern Quibbl.",
     {("Zorblax", "competesWith", "Quibbl")}, set()),
    # a head named in a second verb phrase of the company
    ("Das fusionierte Unternehmen soll unter dem Namen Zorblax firmieren und von der Informatikerin Anna Roth "
     "geführt werden.",
     {("Anna Roth", "ceoOf", "Zorblax")}, set()),
    ("Das Start-up Zorblax wurde von Anna Roth gegründet und von Jens Kowalski geführt.",
     {("Jens Kowalski", "ceoOf", "Zorblax")}, {("Anna Roth", "ceoOf", "Zorblax")}),
    # a new role after an insert about the person
    ("Die Informatikerin Anna Roth, die zuvor bei Acme arbeitete, wird Vizepräsidentin bei Zorblax.",
     {("Anna Roth", "worksFor", "Zorblax")}, set()),
    # founders who called a company into being
    ("Anna Roth promovierte in München, bevor sie 2023 das Start-up Zorblax ins Leben rief.",
     {("Anna Roth", "founderOf", "Zorblax")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", MORE_CASES)
def test_more_relations_within_a_sentence(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    found = rels(extractor, text)
    assert expected <= found, found
    assert not wrong & found, found


CLAUSE_CASES = [
    # use of another company's models in a relative clause and with the object first
    ("Der Konzern Zorblax, der seit Jahren Modelle von Acme nutzt, baut sein Angebot aus.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Der Konzern Zorblax, der seit Jahren Modelle von Acme kritisiert, baut sein Angebot aus.",
     set(), {("Zorblax", "partnerOf", "Acme")}),
    ("Die Modelle von Acme nutzt auch der Konzern Zorblax.", {("Zorblax", "partnerOf", "Acme")}, set()),
    # "gemeinsam mit" first, the verb second
    ("Gemeinsam mit Acme entwickelt der Konzern Zorblax einen Assistenten.", {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Gemeinsam mit Acme hat der Konzern Zorblax ein Rechenzentrum gebaut.", {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Gemeinsam mit Acme hat der Konzern Zorblax nichts zu tun.", set(), {("Zorblax", "partnerOf", "Acme")}),
    # investors counted by the company, a stake in a main clause
    ("Der Konzern Zorblax zählt Acme zu seinen Geldgebern.", {("Acme", "investsIn", "Zorblax")}, set()),
    ("Acme ist an dem Konzern Zorblax mit rund 27 Prozent beteiligt.", {("Acme", "investsIn", "Zorblax")}, set()),
    ("Acme ist an einer Klage gegen den Konzern Zorblax beteiligt.", set(), {("Acme", "investsIn", "Zorblax")}),
    # a founder in a participle apposition; a head in a relative clause with the verb last
    ("Zorblax, 2019 von Jane Roe gegründet, hat neue Investoren.", {("Jane Roe", "founderOf", "Zorblax")}, set()),
    ("Jane Roe, die Zorblax seit 2014 führt, lobte Acme.", {("Jane Roe", "ceoOf", "Zorblax")}, set()),
    ("Jane Roe, die Zorblax vor Gericht führt, klagt.", set(), {("Jane Roe", "ceoOf", "Zorblax")}),
    # "Konkurrenz machen"
    ("Acme will Zorblax mit einem neuen Chip Konkurrenz machen.", {("Acme", "competesWith", "Zorblax")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", CLAUSE_CASES)
def test_relations_in_clauses(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    found = rels(extractor, text)
    assert expected <= found, found
    assert not wrong & found, found


MODEL_CASES = [
    # a product named while the company works on it
    ("Die Chiptochter Zorblax arbeitet an einem Beschleuniger namens Kestro Edge.",
     {("Zorblax", "develops", "Kestro Edge")}, set()),
    # a chip's maker in a relative clause after it
    ("Der Konzern Acme hat ein neues Modell vorgestellt. Trainiert wurde das Modell auf Chips vom Typ Kestro "
     "Edge, die der Konzern Zorblax herstellt.",
     {("Zorblax", "manufactures", "Kestro Edge"), ("Acme", "usesHardware", "Kestro Edge")},
     {("Zorblax", "usesHardware", "Kestro Edge")}),
    # superiority and a level in a second verb phrase
    ("Rocket 2 sei in Mathematik dem Konkurrenzmodell Rocket überlegen.", {("Rocket 2", "comparedTo", "Rocket")}, set()),
    ("Rocket 2 sei schneller als erwartet und liege etwa gleichauf mit Rocket.",
     {("Rocket 2", "comparedTo", "Rocket")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", MODEL_CASES)
def test_products_and_comparisons(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    found = rels(extractor, text)
    assert expected <= found, found
    assert not wrong & found, found


PLAN_AND_SUPPLY_CASES = [
    # plans stated in an infinitive clause; a verb of refusal states none
    ("Der Konzern Zorblax hat vereinbart, Chips von Acme zu kaufen.", {("Zorblax", "partnerOf", "Acme")},
     {("Zorblax", "acquired", "Acme")}),
    ("Der Konzern Zorblax hat abgelehnt, Chips von Acme zu kaufen.", set(),
     {("Zorblax", "partnerOf", "Acme"), ("Zorblax", "acquired", "Acme")}),
    ("Der Konzern Zorblax kündigte an, künftig enger mit Acme zusammenzuarbeiten.", {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Der Konzern Zorblax hat beschlossen, eigene Chips gemeinsam mit Acme zu entwickeln.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    # a takeover in the passive with its price between the buyer and the verb
    ("Das Start-up Zorblax wurde von Acme für 700 Millionen Dollar übernommen.", {("Acme", "acquired", "Zorblax")}, set()),
    # a chip made by a foundry: participle attribute, "lässt ... fertigen"
    ("Der von Zorblax gefertigte Chip Kestro Edge ist knapp.", {("Zorblax", "manufactures", "Kestro Edge")}, set()),
    ("Der von Zorblax gelieferte Chip Kestro Edge ist knapp.", set(), {("Zorblax", "manufactures", "Kestro Edge")}),
    ("Acme lässt den Chip Kestro Edge beim Auftragsfertiger Zorblax fertigen.",
     {("Zorblax", "manufactures", "Kestro Edge"), ("Acme", "partnerOf", "Zorblax")}, set()),
    ("Bei Zorblax lässt Acme seine Kestro-Edge-Chips fertigen.",
     {("Zorblax", "manufactures", "Kestro Edge"), ("Acme", "partnerOf", "Zorblax")}, set()),
    # a round of the company joined by investors; membership among investors or customers
    ("Acme und Zorblax Ventures beteiligen sich an der Finanzierungsrunde von Quibbl Labs.",
     {("Acme", "investsIn", "Quibbl Labs"), ("Zorblax Ventures", "investsIn", "Quibbl Labs")}, set()),
    ("Acme zählt zu den Geldgebern des Start-ups Zorblax.", {("Acme", "investsIn", "Zorblax")}, set()),
    ("Acme gehört zu den Kunden des Start-ups Zorblax.", {("Acme", "partnerOf", "Zorblax")}, set()),
    # models offered through another company's cloud
    ("Das Start-up Zorblax will seine Modelle künftig über die Cloud von Acme anbieten.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    # a president is staff, not the head
    ("Jane Roe ist Präsidentin von Zorblax.", {("Jane Roe", "worksFor", "Zorblax")}, {("Jane Roe", "ceoOf", "Zorblax")}),
]


@pytest.mark.parametrize("text, expected, wrong", PLAN_AND_SUPPLY_CASES)
def test_plans_supply_and_membership(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    found = rels(extractor, text)
    assert expected <= found, found
    assert not wrong & found, found


INVESTOR_CASES = [
    # a stake bought is no takeover
    ("Acme übernimmt eine Minderheitsbeteiligung an dem Start-up Zorblax.",
     {("Acme", "investsIn", "Zorblax")}, {("Acme", "acquired", "Zorblax")}),
    ("Acme übernimmt das Start-up Zorblax.", {("Acme", "acquired", "Zorblax")}, {("Acme", "investsIn", "Zorblax")}),
    # investors after "neben ... auch": the company named in the sentence, not the passage's topic
    ("Neben Acme investieren auch Quibbl Ventures und Fennix Capital in das Start-up Zorblax.",
     {("Quibbl Ventures", "investsIn", "Zorblax"), ("Fennix Capital", "investsIn", "Zorblax")},
     {("Quibbl Ventures", "investsIn", "Acme")}),
    ("Neben Acme ist auch Quibbl Ventures an dem Start-up Zorblax beteiligt.",
     {("Quibbl Ventures", "investsIn", "Zorblax")}, set()),
    # the other company after "neben" invests in nothing
    ("Acme hat neben Quibbl Labs auch in das Start-up Zorblax investiert.",
     set(), {("Quibbl Labs", "investsIn", "Zorblax")}),
    ("Das Start-up Zorblax hat Acme und Quibbl Ventures als Investoren gewonnen.",
     {("Acme", "investsIn", "Zorblax"), ("Quibbl Ventures", "investsIn", "Zorblax")}, set()),
    # supply
    ("Das Start-up Zorblax bezieht seine Chips künftig auch von Acme.", {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Acme soll das Start-up Zorblax mit Chips beliefern.", {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Das Start-up Zorblax setzt künftig auch auf Acme-Chips vom Typ Kestro Edge.",
     {("Zorblax", "usesHardware", "Kestro Edge")}, set()),
    # "X ist das neueste Modell von Y"
    ("Rocket 2 ist das neueste Modell von Zorblax.", {("Zorblax", "develops", "Rocket 2")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", INVESTOR_CASES)
def test_investors_supply_products(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    found = rels(extractor, text)
    assert expected <= found, found
    assert not wrong & found, found


BUSINESS_CASES = [
    # a head described before the name, and the founding in a relative clause with "es"
    ("Das Start-up Zorblax wird von dem Ingenieur Jens Kowalski geführt, der es 2022 mit zwei Kommilitonen "
     "gegründet hat.",
     {("Jens Kowalski", "ceoOf", "Zorblax"), ("Jens Kowalski", "founderOf", "Zorblax")}, set()),
    ("Das Start-up Zorblax wird von dem Ingenieur Jens Kowalski kritisiert.", set(),
     {("Jens Kowalski", "ceoOf", "Zorblax")}),
    # the biggest customer in a clause after the supplier
    ("Bislang verkauft das Start-up Zorblax vor allem Greifer; größter Abnehmer ist nach Firmenangaben Acme.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    # an order won from a customer
    ("Im vergangenen Jahr hat das Start-up Zorblax einen Auftrag des Konzerns Acme gewonnen.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Das Start-up Zorblax gewinnt einen Großauftrag von Acme.", {("Zorblax", "partnerOf", "Acme")}, set()),
    # a product launched with "mit", also in a second verb phrase
    ("Acme treibt das Thema voran und hat mit Kestro Edge einen eigenen Rechner auf den Markt gebracht.",
     {("Acme", "develops", "Kestro Edge")}, set()),
    # a chip to be made by the company named after a fronted infinitive
    ("Das Start-up Zorblax hat den Chip Kestro Edge entworfen. Produzieren will ihn der Konzern Acme in Dresden.",
     {("Acme", "manufactures", "Kestro Edge"), ("Zorblax", "develops", "Kestro Edge")}, set()),
    # a model of another company built on; a partnership stated in a relative clause on the partner
    ("Technisch baut das Start-up Zorblax auf ein Sprachmodell der Pariser Firma Acme.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Die Berechnungen laufen in der Cloud von Acme, mit dem das Start-up Zorblax seit dem Frühjahr ein "
     "Partnerabkommen hat.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    # capacity rented, in a relative clause with the verb last; a chip's maker in the perfect
    ("Trainiert wurde Rocket 2 auf einem Supercomputer, den das Start-up Zorblax bei dem Betreiber Acme "
     "angemietet hat.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Dort stehen Tausende Chips vom Typ Kestro Edge, die der Konzern Zorblax hergestellt hat.",
     {("Zorblax", "manufactures", "Kestro Edge")}, set()),
    # a model ranked in reported speech ("liege")
    ("Das Start-up Zorblax hat Rocket 2 vorgestellt. In Tests liege es vor Rocket.",
     {("Rocket 2", "comparedTo", "Rocket")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", BUSINESS_CASES)
def test_business_relations_within_a_sentence(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    found = rels(extractor, text)
    assert expected <= found, found
    assert not wrong & found, found


PARTNER_FOUNDER_CASES = [
    # two described companies that will work together
    ("Der Konzern Acme und das Heidelberger KI-Unternehmen Zorblax wollen künftig enger zusammenarbeiten.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Der Konzern Acme und das Heidelberger KI-Unternehmen Zorblax wollen künftig mehr verdienen.",
     set(), {("Acme", "partnerOf", "Zorblax")}),
    # something developed with another company
    ("Acme hat mit Zorblax einen Assistenten für Ingenieure entwickelt.", {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Acme hat mit Zorblax-Software einen Assistenten entwickelt.", set(), {("Acme", "partnerOf", "Zorblax")}),
    # a founder who built the company up with a co-founder
    ("Jane Roe hatte das Start-up Zorblax 2021 mit dem Juristen Jens Kowalski aufgebaut.",
     {("Jane Roe", "founderOf", "Zorblax"), ("Jens Kowalski", "founderOf", "Zorblax")}, set()),
    # backing stated in a relative clause
    ("Das US-Start-up Zorblax, das vom Fonds Acme unterstützt wird, drängt nach Europa.",
     {("Acme", "investsIn", "Zorblax")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", PARTNER_FOUNDER_CASES)
def test_partners_and_founders_within_a_sentence(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    found = rels(extractor, text)
    assert expected <= found, found
    assert not wrong & found, found


FOURTH_SET_CASES = [
    # another company's model adapted by the company, in a relative clause or "auf Basis von"
    ("Als Grundlage dient das offene Modell Rocket von Acme, das das Start-up Zorblax mit Verwaltungsdokumenten "
     "nachtrainiert hat.",
     {("Zorblax", "partnerOf", "Acme"), ("Acme", "develops", "Rocket")}, set()),
    ("Für die Bildanalyse setzt das Start-up Zorblax auf ein Modell, das es auf Basis von Rocket des Konzerns "
     "Acme weiterentwickelt hat.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    # investors in the perfect with the verb last, the first one described
    ("Vor der Übernahme hatten der Risikokapitalgeber Acme und der Fonds Quibbl Ventures in das Start-up "
     "Zorblax investiert.",
     {("Acme", "investsIn", "Zorblax"), ("Quibbl Ventures", "investsIn", "Zorblax")}, set()),
    ("Das Start-up Zorblax wächst. Außerdem hat sich der Berliner Investor Acme mit einem kleineren Betrag beteiligt.",
     {("Acme", "investsIn", "Zorblax")}, set()),
    # a named model trained by the company, object first
    ("Das zugrunde liegende Modell mit dem Namen Rocket 2 hat das Start-up Zorblax selbst trainiert.",
     {("Zorblax", "develops", "Rocket 2")}, set()),
    # chips the company runs in its own data centre
    ("Trainiert wurde auf Chips vom Typ Kestro Edge, die das Start-up Zorblax im eigenen Rechenzentrum betreibt.",
     {("Zorblax", "usesHardware", "Kestro Edge")}, set()),
    # the head and the rivals of the passage's company
    ("Das Start-up Zorblax wächst. Vorstandschefin ist seit vergangenem Jahr Jane Roe.",
     {("Jane Roe", "ceoOf", "Zorblax")}, set()),
    ("Das Start-up Zorblax wächst. Vorstandschefin ist seit vergangenem Jahr Jane Roe von Acme.",
     set(), {("Jane Roe", "ceoOf", "Zorblax")}),
    ("Das Start-up Zorblax wächst. Direkte Rivalen sind vielmehr Acme und Quibbl Labs.",
     {("Acme", "competesWith", "Zorblax"), ("Quibbl Labs", "competesWith", "Zorblax")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", FOURTH_SET_CASES)
def test_adapted_models_investors_heads(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    found = rels(extractor, text)
    assert expected <= found, found
    assert not wrong & found, found


FIFTH_SET_CASES = [
    # a series round led by an investor, the verb second
    ("Das Start-up Zorblax wächst. Die Serie B führt der US-Investor Acme Ventures an.",
     {("Acme Ventures", "investsIn", "Zorblax")}, set()),
    # cooperation stated in a relative clause on the partner
    ("Das System läuft auf Drohnen des Herstellers Acme, mit dem das Start-up Zorblax seit 2025 kooperiert.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    # another company's model used by the company, in a relative clause
    ("Grundlage ist das Modell Rocket von Acme, das der Händler Zorblax über eine Cloud-Plattform nutzt.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    # a change of employer in a relative clause
    ("Das Team leitet Jane Roe, die vor zwei Jahren vom Modekonzern Acme zu Zorblax gewechselt war.",
     {("Jane Roe", "worksFor", "Acme"), ("Jane Roe", "worksFor", "Zorblax")}, set()),
    # a founder who still leads the company
    ("Das Start-up Zorblax wurde 2021 von dem Meteorologen Jens Kowalski gegründet, der das Unternehmen bis heute führt.",
     {("Jens Kowalski", "founderOf", "Zorblax"), ("Jens Kowalski", "ceoOf", "Zorblax")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", FIFTH_SET_CASES)
def test_rounds_cooperation_and_careers(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    found = rels(extractor, text)
    assert expected <= found, found
    assert not wrong & found, found
