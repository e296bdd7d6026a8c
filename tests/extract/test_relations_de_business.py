"""German business constructions of relations (invented names): two verb phrases of one subject,
"nicht nur A, sondern auch B", investors joining a round in a relative clause, money raised
earlier or led by an investor, agreements and joint work, compute rented from a provider,
suppliers in a fronted object, venture arms and owners, hardware under test.

Each case lists triples that must be found and triples that must not (the same words in a
sentence that does not state the relation)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import rels


@pytest.mark.parametrize("text, expected, wrong", [
    # two verb phrases share the subject: the object of the first is no subject of the second
    ("Der US-Konzern Zorblax übernimmt das Kölner Start-up Quibbl und investiert zugleich in den "
     "Modellanbieter Nuvolo AI.",
     {("Zorblax", "acquired", "Quibbl"), ("Zorblax", "investsIn", "Nuvolo AI")},
     {("Quibbl", "investsIn", "Nuvolo AI")}),
    ("Der Konzern Zorblax hatte sich im Frühjahr an dem Entwickler Quibbl Labs beteiligt und arbeitet "
     "eng mit dem Chipanbieter Acme zusammen.",
     {("Zorblax", "investsIn", "Quibbl Labs"), ("Zorblax", "partnerOf", "Acme")},
     {("Quibbl Labs", "partnerOf", "Acme")}),
    ("Zorblax und Acme kaufen das Start-up Quibbl und wollen in den Anbieter Nuvolo AI investieren.",
     {("Zorblax", "acquired", "Quibbl"), ("Acme", "investsIn", "Nuvolo AI")},
     {("Quibbl", "investsIn", "Nuvolo AI")}),
    # a clause after a comma keeps its own subject
    ("Zorblax teilte mit, dass Quibbl das Start-up Nuvolo kauft und in Acme investiert.",
     set(), {("Zorblax", "investsIn", "Acme")}),
    # nicht nur A, sondern auch B
    ("Der Konzern Zorblax kooperiert nicht nur mit dem Chipanbieter Acme, sondern auch mit dem Anbieter "
     "Nuvolo Systems.",
     {("Zorblax", "partnerOf", "Acme"), ("Zorblax", "partnerOf", "Nuvolo Systems")}, set()),
    ("Nicht nur Zorblax Capital, sondern auch der Konzern Acme investierte in das Start-up Quibbl.",
     {("Zorblax Capital", "investsIn", "Quibbl"), ("Acme", "investsIn", "Quibbl")}, set()),
    # an investor joins the round in a relative clause
    ("Die Beteiligung an Quibbl ist Teil einer größeren Runde, an der sich auch der Chipkonzern Acme "
     "beteiligt hat.",
     {("Acme", "investsIn", "Quibbl")}, set()),
    # money raised earlier from an investor, a round led by one
    ("Das Start-up Quibbl hatte zuletzt 2022 Geld aufgenommen, damals vom Berliner Wagniskapitalgeber Zorblax Ventures.",
     {("Zorblax Ventures", "investsIn", "Quibbl")}, set()),
    ("Im September hatte das Start-up Quibbl 200 Millionen Euro eingesammelt, angeführt vom Chipkonzern Acme.",
     {("Acme", "investsIn", "Quibbl")}, set()),
    # agreements and joint work of two named organisations
    ("Der Konzern Zorblax und das Start-up Quibbl arbeiten künftig bei Sprachmodellen für die "
     "Industrie zusammen.",
     {("Zorblax", "partnerOf", "Quibbl")}, set()),
    ("Zorblax und Quibbl unterzeichneten am Montag eine Absichtserklärung.",
     {("Zorblax", "partnerOf", "Quibbl")}, set()),
    ("Das Start-up Quibbl hat mehrere Industrieabkommen geschlossen, unter anderem mit dem Versicherer Zorblax "
     "und der Reederei Acme.",
     {("Quibbl", "partnerOf", "Zorblax"), ("Quibbl", "partnerOf", "Acme")}, set()),
    # compute from a provider in the genitive
    ("Für das Training greift das Start-up Quibbl auf Rechenkapazität des Cloud-Anbieters Zorblax zurück.",
     {("Quibbl", "partnerOf", "Zorblax")}, set()),
    # the supplier in a fronted object
    ("Das Start-up Quibbl baut ein Rechenzentrum. Die Server liefert der Auftragsfertiger Zorblax.",
     {("Quibbl", "partnerOf", "Zorblax")}, set()),
    ("Das Start-up Quibbl baut ein Rechenzentrum. Die Server kauft der Auftragsfertiger Zorblax nicht.",
     set(), {("Quibbl", "partnerOf", "Zorblax")}),
    # competition with a named rival of the topic
    ("Der Konzern Zorblax kauft das Start-up Quibbl. Damit verschärft sich der Wettbewerb mit Acme.",
     {("Zorblax", "competesWith", "Acme")}, set()),
    # a venture arm named after a possessive; the arm holds the stakes, not its owner
    ("Der Konzern Zorblax setzt auf Start-ups. Seine Wagniskapitaltochter Zorblax Ventures hält Anteile "
     "am Start-up Quibbl und an dem Unternehmen Nuvolo Robotics.",
     {("Zorblax Ventures", "subOrganizationOf", "Zorblax"), ("Zorblax Ventures", "investsIn", "Quibbl"),
      ("Zorblax Ventures", "investsIn", "Nuvolo Robotics")},
     {("Zorblax", "investsIn", "Nuvolo Robotics"), ("Zorblax", "investsIn", "Quibbl")}),
    # a stake named by the possessive itself stays the owner's
    ("Der Konzern Zorblax erhöht seine Anteile an dem Start-up Quibbl.",
     {("Zorblax", "investsIn", "Quibbl")}, set()),
    # owners in relative clauses
    ("Das britische Start-up Quibbl, das inzwischen zu Zorblax gehört, baut Chips.",
     {("Quibbl", "subOrganizationOf", "Zorblax")}, set()),
    ("Das Start-up Quibbl, das zu den Kunden von Zorblax gehört, wächst.",
     set(), {("Quibbl", "subOrganizationOf", "Zorblax")}),
    ("Zorblax kauft den Datenspezialisten Quibbl, der bislang dem Investor Acme Capital gehörte.",
     {("Quibbl", "subOrganizationOf", "Acme Capital")}, set()),
    # hardware under test
    ("Das Start-up Quibbl stellt den KI-Chip Korrax vor. Als erster Kunde testet der Cloud-Anbieter Zorblax "
     "den Korrax in seinem Rechenzentrum.",
     {("Zorblax", "usesHardware", "Korrax")}, set()),
    ("Der Chip mit dem Namen Lumix-7 wird bei Zorblax gefertigt. Das Start-up Quibbl testet Software von Acme.",
     set(), {("Quibbl", "usesHardware", "Lumix-7")}),
    # English names do not make a German sentence English (it keeps the German rules)
    ("Das Start-up The Bot Company baut Roboter. Thrive Capital und Sequoia Capital investieren 50 "
     "Millionen Dollar in The Bot Company.",
     {("Thrive Capital", "investsIn", "The Bot Company"), ("Sequoia Capital", "investsIn", "The Bot Company")},
     set()),
    # buying into a company is a stake; buying chips from a vendor is no takeover
    ("Das Start-up Quibbl baut Software. Der Konzern Zorblax kauft sich bei Quibbl ein.",
     {("Zorblax", "investsIn", "Quibbl")}, {("Zorblax", "partnerOf", "Quibbl")}),
    ("Der Konzern Zorblax kauft 10.000 Grafikprozessoren vom Typ K900 beim Chiphersteller Quibbl.",
     {("Zorblax", "partnerOf", "Quibbl")}, {("Zorblax", "acquired", "Quibbl")}),
    ("Der Konzern Zorblax hält inzwischen 30 Prozent an dem Start-up Quibbl.",
     {("Zorblax", "investsIn", "Quibbl")}, set()),
    # money secured from an investor, not an order from a customer
    ("Das Start-up Quibbl sichert sich 100 Millionen Euro, unter anderem vom Investor Zorblax Capital.",
     {("Zorblax Capital", "investsIn", "Quibbl")}, set()),
    ("Das Start-up Quibbl sichert sich einen Auftrag über 10 Millionen Euro vom Konzern Zorblax.",
     set(), {("Zorblax", "investsIn", "Quibbl")}),
    # investors of the round the passage is about
    ("Das Start-up Quibbl hat eine Finanzierung über 50 Millionen Euro abgeschlossen. Lead-Investor ist "
     "der Fonds Zorblax Capital.",
     {("Zorblax Capital", "investsIn", "Quibbl")}, set()),
    ("Das Start-up Quibbl sammelt Geld ein. An der Runde beteiligten sich auch die Fonds Zorblax Capital "
     "und Nuvolo Ventures.",
     {("Zorblax Capital", "investsIn", "Quibbl"), ("Nuvolo Ventures", "investsIn", "Quibbl")}, set()),
    ("Das Start-up Quibbl sammelt 20 Millionen Euro ein. Angeführt von Zorblax Capital investieren auch "
     "Nuvolo Ventures und der Konzern Acme.",
     {("Zorblax Capital", "investsIn", "Quibbl"), ("Nuvolo Ventures", "investsIn", "Quibbl"),
      ("Acme", "investsIn", "Quibbl")}, set()),
    ("Das Start-up Quibbl baut Software. Der Konzern Zorblax investiert auch in das Start-up Nuvolo.",
     {("Zorblax", "investsIn", "Nuvolo")}, {("Nuvolo", "investsIn", "Quibbl")}),
    # partnerships entered, agreed on, planned; customers and suppliers with a description
    ("Der Konzern Zorblax und das Start-up Quibbl gehen eine strategische Partnerschaft ein.",
     {("Zorblax", "partnerOf", "Quibbl")}, set()),
    ("Der Konzern Zorblax hat sich mit dem Start-up Quibbl auf eine Zusammenarbeit verständigt.",
     {("Zorblax", "partnerOf", "Quibbl")}, set()),
    ("Der Konzern Zorblax will mit dem Start-up Quibbl ein Rechenzentrum in Texas bauen.",
     {("Zorblax", "partnerOf", "Quibbl")}, set()),
    ("Der Konzern Zorblax setzt künftig auf Chips des Herstellers Quibbl.",
     {("Zorblax", "partnerOf", "Quibbl")}, set()),
    ("Der Konzern Zorblax ist der größte Kunde des Chipherstellers Quibbl.",
     {("Zorblax", "partnerOf", "Quibbl")}, set()),
    ("Der Konzern Zorblax ist Partner der Initiative von Quibbl.", set(), {("Zorblax", "partnerOf", "Quibbl")}),
    # a takeover announced in a zu-infinitive; becoming part of a group
    ("Der Konzern Zorblax kündigte an, das Start-up Quibbl zu übernehmen.",
     {("Zorblax", "acquired", "Quibbl")}, set()),
    ("Das Start-up Quibbl wird Teil des Konzerns Zorblax.", {("Quibbl", "subOrganizationOf", "Zorblax")}, set()),
    ("Der Konzern Zorblax wird Teil der Lösung des Start-ups Quibbl.",
     set(), {("Zorblax", "subOrganizationOf", "Quibbl")}),
    # joining the round of the company the passage is about; where its money comes from
    ("Das Start-up Quibbl holt sich 40 Millionen Euro. Zudem beteiligt sich der Fonds Zorblax "
     "Capital an der Runde.",
     {("Zorblax Capital", "investsIn", "Quibbl")}, set()),
    ("Das Start-up Quibbl wächst. Finanziert wird das durch eine Kapitalerhöhung, an der sich im Frühjahr "
     "der Finanzinvestor Zorblax Capital und der Staatsfonds Nuvolo Capital beteiligt hatten.",
     {("Zorblax Capital", "investsIn", "Quibbl"), ("Nuvolo Capital", "investsIn", "Quibbl")}, set()),
    ("Das Start-up Quibbl hat 400 Millionen Euro gesichert. Die Summe stammt zum größten Teil vom "
     "Pensionsfonds Zorblax Capital.",
     {("Zorblax Capital", "investsIn", "Quibbl")}, set()),
    # rivalry: market share taken, the biggest rival without an article
    ("Der Chipkonzern Zorblax bemüht sich seit Langem, dem Konzern Quibbl Marktanteile abzunehmen.",
     {("Zorblax", "competesWith", "Quibbl")}, set()),
    ("Das Start-up Quibbl baut Rechenzentren. Größter Konkurrent in der Region ist der Anbieter Zorblax.",
     {("Quibbl", "competesWith", "Zorblax")}, set()),
    # hardware ordered at a vendor, in a relative clause
    ("Dort laufen 2000 Korrax-Chips, die das Start-up Quibbl beim Chipkonzern Zorblax geordert hat.",
     {("Quibbl", "partnerOf", "Zorblax"), ("Quibbl", "usesHardware", "Korrax")}, set()),
    # a comma between two clauses is no list: only the second clause's subject works with C
    ("Der Konzern Acme setzt auf Modelle des Start-ups Quibbl, der Konzern Zorblax arbeitet mit dem "
     "Anbieter Nuvolo zusammen.",
     {("Acme", "partnerOf", "Quibbl"), ("Zorblax", "partnerOf", "Nuvolo")},
     {("Acme", "partnerOf", "Zorblax"), ("Quibbl", "partnerOf", "Nuvolo")}),
    # a future head of a unit; a head who is a co-founder
    ("Die Gründerin Ailsa Quorn soll künftig die neue KI-Sparte von Zorblax leiten.",
     {("Ailsa Quorn", "worksFor", "Zorblax")}, set()),
    ("Das Start-up Quibbl beschäftigt 900 Menschen. Vorstandschef ist Mitgründer Tobias Wendt.",
     {("Tobias Wendt", "ceoOf", "Quibbl"), ("Tobias Wendt", "founderOf", "Quibbl")}, set()),
    # a hyphenated description counts as one word ("dem US-Unternehmen")
    ("Das Start-up Quibbl konkurriert unter anderem mit dem US-Unternehmen Zorblax.",
     {("Quibbl", "competesWith", "Zorblax")}, set()),
    # the round led by a named investor (verb second), the biggest customer without article
    ("Das Start-up Quibbl sammelt Geld ein. Die Runde führt der Wagniskapitalgeber Zorblax Capital an.",
     {("Zorblax Capital", "investsIn", "Quibbl")}, set()),
    ("Das Start-up Quibbl baut Software. Größter Kunde ist der Klinikbetreiber Zorblax.",
     {("Zorblax", "partnerOf", "Quibbl")}, set()),
    # founded: "ins Leben gerufen", with a co-founder
    ("Gemeinsam mit der Medizinerin Ailsa Quorn rief Tobias Wendt das Start-up Quibbl 2020 ins Leben.",
     {("Tobias Wendt", "founderOf", "Quibbl"), ("Ailsa Quorn", "founderOf", "Quibbl")}, set()),
    # capacity rented at a provider that bought hardware
    ("Das Start-up Quibbl mietet dafür Kapazitäten beim Cloud-Anbieter Zorblax, der dafür eigens 512 "
     "Korrax-Chips angeschafft hat.",
     {("Quibbl", "partnerOf", "Zorblax"), ("Zorblax", "usesHardware", "Korrax")},
     {("Quibbl", "usesHardware", "Korrax")}),
    # models drawn on, customers listed after "wie", catching up with a rival
    ("Das Start-up Quibbl greift auch auf Modelle von Zorblax zurück.", {("Quibbl", "partnerOf", "Zorblax")}, set()),
    ("Der Konzern Zorblax beliefert Hersteller wie Acme und Nuvolo mit Chips.",
     {("Zorblax", "partnerOf", "Acme"), ("Zorblax", "partnerOf", "Nuvolo")}, set()),
    ("Mit dem Kauf will der Konzern Zorblax gegenüber Acme aufholen.", {("Zorblax", "competesWith", "Acme")}, set()),
    # a partner or supplier named by a compound of the other company ("der Acme-Zulieferer X")
    ("Der Acme-Zulieferer Quibbl AG baut ein Werk. Auch der Zorblax-Partner Nuvolo AI wächst.",
     {("Quibbl AG", "partnerOf", "Acme"), ("Nuvolo AI", "partnerOf", "Zorblax")},
     {("Quibbl AG", "partnerOf", "Zorblax")}),
])
def test_german_business_relations(extractor, text, expected, wrong):
    found = rels(extractor, text)
    assert expected <= found, expected - found
    assert not wrong & found, wrong & found


@pytest.mark.parametrize("text, expected, wrong", [
    # two companies that are partners, by a partnership noun
    ("Quorvex AG und Zorbix GmbH vertiefen ihre Partnerschaft.", {("Quorvex AG", "partnerOf", "Zorbix GmbH")}, set()),
    # the partnership of others, named after the noun, is no partnership of the subjects
    ("Quorvex AG und Zorbix GmbH kritisieren die Partnerschaft, die Velmar mit Nordkap geschlossen hat.",
     set(), {("Quorvex AG", "partnerOf", "Zorbix GmbH")}),
    ("Quorvex AG und Zorbix GmbH begrüßen die Partnerschaft zwischen Velmar und Nordkap.",
     set(), {("Quorvex AG", "partnerOf", "Zorbix GmbH")}),
    # a business angel is a person, and the fund coordinated with the angel still invested
    ("Vor dem Verkauf hatten der Risikokapitalgeber Nordkap Capital und der Business Angel Jan Quendel in "
     "das Start-up Zorbix investiert.", {("Nordkap Capital", "investsIn", "Zorbix")},
     {("Jan Quendel", "investsIn", "Zorbix")}),
])
def test_partnership_nouns_and_angels(extractor, text, expected, wrong):
    found = rels(extractor, text)
    assert expected <= found and not wrong & found


@pytest.mark.parametrize("text, expected, wrong", [
    # the owner of the computers a model is trained on is no developer of it
    ("Trainiert wird Quillon-2 auf Rechnern von Zorblax.", set(), {("Zorblax", "develops", "Quillon-2")}),
    ("Trainiert wurde Quillon-2 auf Servern von Zorblax.", set(), {("Zorblax", "develops", "Quillon-2")}),
    ("Trainiert wurde Quillon-2 von Zorblax.", {("Zorblax", "develops", "Quillon-2")}, set()),
])
def test_trained_on_someones_computers(extractor, text, expected, wrong):
    found = rels(extractor, text)
    assert expected <= found and not wrong & found
