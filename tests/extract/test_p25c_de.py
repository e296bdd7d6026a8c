"""German relations and names found missing on a fresh training set of 2026-11-29 (set de-av, p25c round).
Every name is invented; "Acme", "Zorblax", "Rocket", "Rocket 2", "Kestro Edge", "AGI" and "Jane Roe" are in
the test catalogue, the others are found by cues."""

from __future__ import annotations

import pytest

from tests.extract.conftest import ents, rels

GERMAN = [
    # a model's rank after the verb opening the clause, and a second rank after "aber"
    ("Im Test landete Rocket in der ersten Woche auf Platz 9, hinter Quill 3 von Zorblax und Quorra 2 von Borla, "
     "aber vor Vexo 5.",
     {("Rocket", "comparedTo", "Quill 3"), ("Rocket", "comparedTo", "Quorra 2"), ("Rocket", "comparedTo", "Vexo 5")},
     set()),
    ("Rocket landete auf Platz 3. Hinter Quill 3 lag Vexo 5.", set(), {("Rocket", "comparedTo", "Vexo 5")}),
    # a second verb phrase of a fronted comparison
    ("In den Tests übertrifft Rocket das Modell Quill 3 von Zorblax in Sprachtests, liegt in Mathematik aber hinter "
     "Vexo 5.", {("Rocket", "comparedTo", "Quill 3"), ("Rocket", "comparedTo", "Vexo 5")}, set()),
    # rivals listed for the passage's company, also after a relative clause on the first
    ("Das Start-up Acme hat einen Roboter vorgestellt. Zu den westlichen Konkurrenten zählen Zorblax, dessen Roboter "
     "Kestro Edge bereits getestet wird, und Borla Robotics mit seinem Modell Rocket.",
     {("Zorblax", "competesWith", "Acme"), ("Borla Robotics", "competesWith", "Acme"),
      ("Borla Robotics", "develops", "Rocket")}, {("Zorblax", "develops", "Rocket")}),
    ("Das Start-up Acme wächst. Zu den Kunden zählen Zorblax und Borla.", set(), {("Zorblax", "competesWith", "Acme")}),
    # a company counted as the main rival of the young company
    ("Das Start-up Acme hat einen Roboter vorgestellt. Zorblax gilt in Europa als wichtigster Rivale des jungen "
     "Unternehmens.", {("Zorblax", "competesWith", "Acme")}, set()),
    # a merger in a relative clause
    ("Acme, das im vergangenen Jahr mit dem früheren Rivalen Zorblax fusionierte, hat Geld eingesammelt.",
     {("Acme", "mergedWith", "Zorblax")}, set()),
    ("Acme, das im vergangenen Jahr mit Zorblax verhandelte, hat Geld eingesammelt.", set(),
     {("Acme", "mergedWith", "Zorblax")}),
    # backers named as the source of capital; one of the largest backers
    ("Acme baut Chips. Das Unternehmen hatte im vergangenen Jahr Kapital von Zorblax und dem Autobauer Borla "
     "eingesammelt.", {("Zorblax", "investsIn", "Acme"), ("Borla", "investsIn", "Acme")}, set()),
    ("Acme-Chef Jane Roe will wachsen. Der Konzern ist zudem einer der größten Geldgeber von Zorblax.",
     {("Acme", "investsIn", "Zorblax")}, {("Zorblax", "investsIn", "Acme")}),
    ("Acme ist einer der größten Kunden von Zorblax.", set(), {("Acme", "investsIn", "Zorblax")}),
    # the largest buyer of a chip; chips ordered from their maker
    ("Größter Abnehmer des Kestro Edge ist nach Berichten der Zeitung Borla der Konzern Acme.",
     {("Acme", "usesHardware", "Kestro Edge")}, set()),
    ("Zorblax entwickelt den Chip Kestro Edge. Nach Informationen der Agentur Borla hatten Acme und Vexa allein im "
     "ersten Quartal bei Zorblax Chips vom Typ Kestro Edge im Wert von mehr als zwei Milliarden Euro bestellt.",
     {("Acme", "usesHardware", "Kestro Edge"), ("Vexa", "usesHardware", "Kestro Edge")}, set()),
    # a thing a company described by its seat developed; conceived in a relative clause; a chip's stock by its maker
    ("Für Acme geht es um viel Geld. Der Konzern aus Ostheim hatte den Kestro Edge eigens entwickelt, um Auflagen "
     "einzuhalten.", {("Acme", "develops", "Kestro Edge")}, set()),
    ("Auch Acme, das den Kestro Edge für europäische Rechenzentren konzipiert hatte, nannte Zahlen.",
     {("Acme", "develops", "Kestro Edge")}, set()),
    ("Zorblax und Borla liefern sich einen Wettlauf um die verbliebenen Kestro-Edge-Bestände von Acme.",
     {("Acme", "develops", "Kestro Edge")}, set()),
    ("Zorblax baut ein Rechenzentrum mit Kestro-Edge-Chips von Acme.", {("Acme", "develops", "Kestro Edge")}, set()),
    # a thing made for a purpose after a possessive; presented in a relative clause after an apposition
    ("Selbst Acmes eigens für den europäischen Markt abgespeckter Kestro Edge ist genehmigungspflichtig.",
     {("Acme", "develops", "Kestro Edge")}, set()),
    ("Gesteuert wird der Roboter von Rocket, einem Grundlagenmodell für Roboter, das Acme im Frühjahr "
     "vorgestellt hatte.", {("Acme", "develops", "Rocket")}, set()),
    ("Gesteuert wird der Roboter von Rocket, einem Grundlagenmodell für Maschinen, das Acme im Frühjahr getestet hatte.",
     set(), {("Acme", "develops", "Rocket")}),
    # more nouns of a company's own thing after a possessive; a model of a company's series
    ("Acme will rund 50.000 Exemplare seines Beschleunigers Kestro Edge fertigen lassen.",
     {("Acme", "develops", "Kestro Edge")}, set()),
    ("Das Start-up Acme lockt Bewerber mit Rechenzeit auf seinem Supercomputer Kestro Edge.",
     {("Acme", "develops", "Kestro Edge")}, set()),
    ("Rocket 2 ist die aktuelle Version der Acme-Modellreihe Rocket.", {("Acme", "develops", "Rocket")}, set()),
    # a chip used in a company's data centres: the user is the maker's partner
    ("Acme entwickelt den Chip Kestro Edge. Der Chip soll ab 2027 in Rechenzentren von Zorblax eingesetzt werden.",
     set(), set()),
    ("Acme hat den Chip Kestro Edge entwickelt. Kestro Edge soll ab 2027 in Rechenzentren von Zorblax eingesetzt "
     "werden.", {("Zorblax", "usesHardware", "Kestro Edge"), ("Acme", "partnerOf", "Zorblax")}, set()),
    # the founder beside a co-founder named after a possessive; a person moving in a relative clause
    ("Acme-Chef Tom Berger, der das Unternehmen 2019 gemeinsam mit seinem Bruder Jan Berger gegründet hatte, sprach.",
     {("Tom Berger", "founderOf", "Acme"), ("Jan Berger", "founderOf", "Acme")}, set()),
    ("Jüngstes Beispiel ist Tom Berger, der bislang bei Acme für das Training zuständig war und nun zu Zorblax wechselt.",
     {("Tom Berger", "worksFor", "Acme"), ("Tom Berger", "worksFor", "Zorblax")}, set()),
    ("Tom Berger, der bislang bei Acme arbeitete, will nun nicht zu Zorblax wechseln.", set(),
     {("Tom Berger", "worksFor", "Zorblax")}),
    # a rival fronted with "mit", the subject after the verb
    ("Das Start-up Acme wächst. Zorblax investiert viel. Mit Acme konkurriert unter anderem das Kölner Unternehmen "
     "Borla, das ebenfalls Software anbietet.", {("Borla", "competesWith", "Acme")}, {("Zorblax", "competesWith", "Acme")}),
    # a published comparison is no model's maker
    ("In einem von der Universität Ostheim veröffentlichten Vergleich lag Rocket vor Quill 3.",
     {("Rocket", "comparedTo", "Quill 3")}, {("Universität Ostheim", "develops", "Rocket")}),
    ("Das von Acme veröffentlichte Modell Rocket schlägt alle.", {("Acme", "develops", "Rocket")}, set()),
    # an apposition with an indefinite article extends to no second name after "und"
    ("Ebenfalls dabei sind Zorblax Ventures, ein Ableger des Autobauers Acme, und der Borla Fund.",
     {("Zorblax Ventures", "subOrganizationOf", "Acme")}, {("Zorblax Ventures", "subOrganizationOf", "Borla Fund")}),
    # a report's source owns no possessive; an outlet named with its kind is no "der Konzern"
    ("Acme reagiert mit Prämien. Nach einem Bericht der Nachrichtenagentur Borla bietet der Konzern Forschern seiner KI-Tochter "
     "Zorblax Aktienpakete.", {("Zorblax", "subOrganizationOf", "Acme")}, {("Zorblax", "subOrganizationOf", "Borla")}),
    ("Das KI-Labor Acme wirbt Forscher ab. Acme-Chef Tom Berger, der früher als Forscher bei Zorblax in London tätig "
     "war, gründete das Unternehmen 2023 gemeinsam mit Jan Roe. „Wir wachsen“, sagte Berger der Wirtschaftszeitung "
     "„Borla“. Das Start-up hat sich dem Leitbild der AGI verschrieben.", {("Acme", "pursues", "AGI")},
     {("Borla", "pursues", "AGI")}),
    ("„Wir wachsen“, sagte Tom Berger dem „Borla“. Der Konzern Acme plant viel. Der Konzern will wachsen.", set(),
     {("Borla", "investsIn", "Acme")}),
    # the name ending a short copula sentence is what the next "der Konzern" refers to
    ("Größter Abnehmer ist der Konzern Zorblax. Noch größer ist das Geschäft von Acme. Der Konzern aus Ostheim will "
     "50.000 Exemplare seines Beschleunigers Kestro Edge fertigen lassen.", {("Acme", "develops", "Kestro Edge")},
     {("Zorblax", "develops", "Kestro Edge")}),
    ("Acme ist eine Ausgründung der Universität Ostheim. Das Unternehmen wird von Tom Berger geführt.",
     {("Tom Berger", "ceoOf", "Acme")}, {("Tom Berger", "ceoOf", "Universität Ostheim")}),
    # "Für X geht es um …": X is what the next "Der Konzern" refers to
    ("Die Regierung verschärft die Regeln für Zorblax. Für Acme geht es um viel Geld. Der Konzern aus Ostheim hatte "
     "den Kestro Edge eigens entwickelt.", {("Acme", "develops", "Kestro Edge")}, {("Zorblax", "develops", "Kestro Edge")}),
    # a person joining a team; a unit's things in a relative clause on it
    ("Tom Berger wechselt zu Acme. Dort soll er dem Forschungsteam Acme Seed beitreten, das unter anderem die "
     "Rocket-Modelle entwickelt.", {("Tom Berger", "worksFor", "Acme Seed"), ("Acme Seed", "develops", "Rocket"),
                                   ("Acme Seed", "subOrganizationOf", "Acme")}, set()),
    ("Tom Berger soll dem Team von Acme nicht beitreten.", set(), {("Tom Berger", "worksFor", "Acme")}),
    # a chip named after "mit" before "eigene"; made in a passive relative clause by a contract maker
    ("Acme entwickelt außerdem mit Vanta-Core eigene KI-Chips, die vom Dresdner Auftragsfertiger Zorblax produziert "
     "werden.", {("Acme", "develops", "Vanta-Core"), ("Zorblax", "manufactures", "Vanta-Core")}, set()),
    ("Acme entwickelt mit Vanta-Core eigene KI-Chips, die von Zorblax getestet werden.", set(),
     {("Zorblax", "manufactures", "Vanta-Core")}),
    # a flagship named and in use at two companies
    ("Acme baut Roboter für Lagerhallen. Das Flaggschiff Vanta Picker ist bereits bei der Kette Zorblax und dem "
     "Logistiker Borla im Einsatz.", {("Acme", "develops", "Vanta Picker"), ("Acme", "partnerOf", "Zorblax"),
                                       ("Acme", "partnerOf", "Borla")}, set()),
    # a rival named after "oder" and another company; not a list of rivals after "mit"
    ("Acme baut Chips für Rechenzentren. Ob dort auch Chips von Zorblax oder dem Konkurrenten Borla zum Einsatz kommen, "
     "ist offen.", {("Zorblax", "competesWith", "Borla")}, {("Borla", "competesWith", "Acme")}),
    ("Acme konkurriert mit Zorblax oder dem Konkurrenten Borla.", {("Acme", "competesWith", "Borla")},
     {("Zorblax", "competesWith", "Borla")}),
    # a merger in the past tense with a former rival is no rivalry with the passage's company
    ("Acme dominiert den Markt. Zorblax, das mit dem früheren Rivalen Borla fusionierte, sammelte Geld ein.",
     {("Zorblax", "mergedWith", "Borla")}, {("Borla", "competesWith", "Acme")}),
    # a supplier cleared to deliver, and one supplying after a relative clause on it
    ("Acme hat nach Tests die Freigabe erhalten, seine Speicherchips an Zorblax zu liefern.",
     {("Acme", "partnerOf", "Zorblax")}, set()),
    ("Der Chiphersteller Acme baut Werke. Das Unternehmen, das ein Drittel des Marktes für Sensoren hält, "
     "beliefert Zorblax seit 2023.", {("Acme", "partnerOf", "Zorblax")}, set()),
    # a partnership one list item signed with a third company is no partnership of the list
    ("Zu den Kunden von Acme zählen der Versicherer Zorblax und das Start-up Borla, das im vergangenen Jahr eine "
     "Partnerschaft mit den Briten geschlossen hatte.", {("Borla", "partnerOf", "Acme")},
     {("Zorblax", "partnerOf", "Borla")}),
    ("Zorblax und Borla haben im Mai eine Partnerschaft geschlossen.", {("Zorblax", "partnerOf", "Borla")}, set()),
    # a goal a person made their declared aim
    ("Acme-Chef Tom Berger hat die Entwicklung einer AGI zu seinem erklärten Ziel gemacht.",
     {("Tom Berger", "pursues", "AGI")}, set()),
    ("Acme unter seinem Chef Tom Berger habe die Entwicklung einer AGI offen zum Unternehmensziel erklärt.",
     {("Acme", "pursues", "AGI")}, {("Tom Berger", "pursues", "AGI")}),
    # the model family of a new version after a comma
    ("Die Tochterfirma Acme stellte am Mittwoch in Paris Rocket 2 vor, die dritte Generation ihres Sprachmodells Rocket.",
     {("Acme", "develops", "Rocket 2"), ("Acme", "develops", "Rocket")}, set()),
    # the source of capital is not a compound modifier
    ("Die Firma Borla, gegründet von früheren Acme-Ingenieuren, hatte 90 Millionen Euro von Zorblax eingesammelt.",
     {("Zorblax", "investsIn", "Borla")}, {("Zorblax", "investsIn", "Acme")}),
]


@pytest.mark.parametrize("text, expected, wrong", GERMAN)
def test_relations_p25c(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    found = rels(extractor, text, "de")
    assert expected <= found, found
    assert not wrong & found, found


def test_a_noun_or_place_before_a_catalogue_model_is_no_part_of_its_name(nlp_de) -> None:
    found = ents(nlp_de, "Das Modell übertrifft in Vergleichstests Rocket 2. Acme stellte in Paris Rocket 2 vor.")
    assert ("Rocket 2", "AIModel") in found, found
    assert not any(label.startswith(("Vergleichstests", "Paris")) for label, _ in found), found


def test_a_noun_after_a_known_company_is_no_part_of_its_name(nlp_de) -> None:
    found = ents(nlp_de, "Der Konzern bietet Forschern seiner KI-Tochter Acme Aktienpakete im Wert von Millionen an.")
    assert ("Acme", "Organization") in found, found
    assert not any("Aktienpakete" in label for label, _ in found), found


def test_a_chip_code_alone_is_the_chip_named_before(extractor) -> None:
    text = "Acme liefert den Beschleuniger Instinct QX308. Acme, das den QX308 für Rechenzentren konzipiert hatte, klagt."
    found = rels(extractor, text, "de")
    assert ("Acme", "develops", "Instinct QX308") in found, found


def test_an_outlet_kind_and_a_team_noun_are_no_part_of_the_name(nlp_de) -> None:
    found = ents(nlp_de, "sagte Roe im Interview mit dem Technologieportal Vexcast. Er soll dem Forschungsteam Acme "
                         "Seed beitreten.")
    assert {("Vexcast", "Organization"), ("Acme Seed", "Organization")} <= found, found
