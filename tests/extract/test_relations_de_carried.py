"""German relations whose argument is carried over from the passage (invented names): the
organisation a passage is about when a start-up is mostly called "das Start-up", a founder's
own duty stated in the founding sentence, first customers, shareholders and investors stated with
a copula, a role stated with a copula, a partnership in the perfect or after a comma, an investor
described before its name after the verb, a cloud provider's chips, the product a person worked on
at a company, a partner of an investor, a role after "als" that is no company anaphor, and a role
with no organisation named, at the company the sentence before said the person founded; a company
led together with someone (a "Co-Chefin", whose "Co" is no company); rivals named after a sentence
that announces them ("Konkurrenz kommt vor allem aus den USA.") or after its colon; a head after
an adverbial or with a description, co-founders after a possessive, a daughter in an apposition, a
company merged into a unit, first samples tested by a customer, a stake held with no target named,
a model that stays behind or reaches similar values; a model announced without its name and named
first in the next sentence.

Each case lists triples that must be found and triples that must not."""

from __future__ import annotations

import pytest

from tests.extract.conftest import rels


@pytest.mark.parametrize("text, expected, wrong", [
    # the start-up is named once and then called "das Start-up"; the founder's former employer is
    # named more often by name, but it is not what the passage is about
    ("Die Forscherin Jana Roeder, Mitgründerin des Chipentwicklers Zorblax, hat ein neues Unternehmen "
     "gegründet. Das Start-up Quibbl will Beschleuniger entwickeln. Zorblax gehört seit 2024 zum Konzern "
     "Nuvolo, Zorblax hatte zuletzt Stellen abgebaut. Das Start-up aus Bremen beschäftigt 20 Menschen. "
     "Das Start-up will schnell wachsen. Geleitet wird das Start-up von Malte Brix, Roeder kümmert sich "
     "um die Chiparchitektur.",
     {("Jana Roeder", "worksFor", "Quibbl"), ("Malte Brix", "ceoOf", "Quibbl")},
     {("Jana Roeder", "worksFor", "Zorblax")}),
    # a co-founder's duty in the founding sentence is a role as well
    ("Das Start-up Quibbl baut Roboter. Jana Roeder gründete Quibbl 2021 mit dem Informatiker Malte Brix, "
     "der heute die Technik verantwortet.",
     {("Malte Brix", "founderOf", "Quibbl"), ("Malte Brix", "worksFor", "Quibbl")}, set()),
    # must not: the founding alone makes no employee, nor does a head's title
    ("Das Start-up Quibbl baut Roboter. Jana Roeder gründete Quibbl 2021 mit dem Informatiker Malte Brix.",
     {("Malte Brix", "founderOf", "Quibbl")}, {("Malte Brix", "worksFor", "Quibbl")}),
    ("Das Start-up Quibbl baut Roboter. Gründer und Geschäftsführer ist Malte Brix.",
     {("Malte Brix", "ceoOf", "Quibbl")}, {("Malte Brix", "worksFor", "Quibbl")}),
    # first customers, also in the plural and with an adjective
    ("Das Start-up Quibbl baut Roboter. Erste Kunden sind der Autozulieferer Acme und der Chipkonzern "
     "Zorblax, die je zehn Roboter testen.",
     {("Acme", "partnerOf", "Quibbl"), ("Zorblax", "partnerOf", "Quibbl")}, set()),
    ("Das Start-up Quibbl baut Roboter. Erster großer Kunde ist der Autozulieferer Acme.",
     {("Acme", "partnerOf", "Quibbl")}, set()),
    # must not: no customer named
    ("Das Start-up Quibbl baut Roboter. Erste Kunden sind noch nicht in Sicht, sagte ein Sprecher des "
     "Autozulieferers Acme.",
     set(), {("Acme", "partnerOf", "Quibbl")}),
    # work together, in the perfect and in a verb phrase after a comma
    ("Das Start-up Quibbl baut Roboter. Zuvor hatte Quibbl bereits mit dem Autozulieferer Acme "
     "zusammengearbeitet.",
     {("Quibbl", "partnerOf", "Acme")}, set()),
    ("Das Start-up Quibbl baut Roboter. Der Chipkonzern Zorblax setzt auf eigene Modelle, arbeitet aber "
     "auch eng mit dem Autozulieferer Acme zusammen.",
     {("Zorblax", "partnerOf", "Acme")}, {("Quibbl", "partnerOf", "Acme")}),
    # must not: the reporting company is no partner, and working together is no merger
    ("Das Start-up Quibbl baut Roboter. Wie der Chipkonzern Zorblax mitteilte, arbeitet Quibbl mit dem "
     "Autozulieferer Acme zusammen.",
     {("Quibbl", "partnerOf", "Acme")}, {("Zorblax", "partnerOf", "Acme"), ("Quibbl", "mergedWith", "Acme")}),
    # shareholders and investors with a copula
    ("Das Start-up Quibbl baut Roboter. Großaktionäre sind der Autozulieferer Acme und der Chipkonzern "
     "Zorblax.",
     {("Acme", "investsIn", "Quibbl"), ("Zorblax", "investsIn", "Quibbl")}, set()),
    ("Das Start-up Quibbl hat 20 Millionen Euro eingesammelt. Neu an Bord ist die Beteiligungsgesellschaft "
     "Acme aus Oslo.",
     {("Acme", "investsIn", "Quibbl")}, set()),
    ("Das Start-up Quibbl hat 20 Millionen Euro eingesammelt. Angeführt wird die Runde vom Investor "
     "Zorblax, auch der Investor Acme ist wieder dabei.",
     {("Acme", "investsIn", "Quibbl"), ("Zorblax", "investsIn", "Quibbl")}, set()),
    # must not: a shareholder of another company; a person on board is no investor
    ("Das Start-up Quibbl baut Roboter. Großaktionär des Chipkonzerns Zorblax ist der Autozulieferer Acme.",
     set(), {("Acme", "investsIn", "Quibbl")}),
    ("Das Start-up Quibbl baut Roboter. Neu an Bord ist der Manager Jan Roeder vom Autozulieferer Acme.",
     set(), {("Acme", "investsIn", "Quibbl")}),
    # a role with a copula, beside a former employer in a relative clause
    ("Das Start-up Quibbl baut Roboter. Technikchef ist Jan Roeder, der zuvor beim Autozulieferer Acme "
     "gearbeitet hat.",
     {("Jan Roeder", "worksFor", "Quibbl"), ("Jan Roeder", "worksFor", "Acme")}, set()),
    # must not: the role is at another company
    ("Das Start-up Quibbl baut Roboter. Technikchef beim Autozulieferer Acme ist Jan Roeder.",
     set(), {("Jan Roeder", "worksFor", "Quibbl")}),
    # an investor described before its name, after the verb
    ("Das Start-up Quibbl baut Roboter. Zugleich steigt die Beteiligungsgesellschaft Acme bei Quibbl ein.",
     {("Acme", "investsIn", "Quibbl")}, set()),
    ("Das Start-up Quibbl hat 20 Millionen Euro eingesammelt. Neu dabei sind der Autozulieferer Acme und "
     "der Chipkonzern Zorblax.",
     {("Acme", "investsIn", "Quibbl"), ("Zorblax", "investsIn", "Quibbl")}, set()),
    # must not: a market is no company, a new feature no investor
    ("Das Start-up Quibbl baut Roboter. Zugleich steigt der Autozulieferer Acme in den Markt für Roboter ein.",
     set(), {("Acme", "investsIn", "Quibbl")}),
    # a cloud provider runs the chips it provides
    ("Das Start-up Quibbl trainiert auf Rechnern des Cloud-Anbieters Acme, der dafür rund 500 "
     "Grafikprozessoren vom Typ Zeta Z9 bereitstellt.",
     {("Acme", "usesHardware", "Zeta Z9"), ("Quibbl", "partnerOf", "Acme")}, set()),
    # the product a person worked on at a company
    ("Das Start-up Quibbl baut Roboter. Die Managerin Jana Roeder hatte zuvor beim Chipkonzern Acme am "
     "Sprachmodell Quill gearbeitet.",
     {("Acme", "develops", "Quill"), ("Jana Roeder", "worksFor", "Acme")}, set()),
    # must not: a model named in a clause about another company
    ("Das Start-up Quibbl baut Roboter. Jana Roeder hatte beim Chipkonzern Acme an einer Studie gearbeitet, "
     "in der das Modell Quill von Zorblax getestet wurde.",
     {("Zorblax", "develops", "Quill")}, {("Acme", "develops", "Quill")}),
    # a partner of an investor (a person), not a partner company
    ("Das Start-up Quibbl baut Roboter. Der Investor Acme hat Geld gegeben. Acme-Partnerin Jana Roeder "
     "soll das Start-up beraten.",
     {("Jana Roeder", "worksFor", "Acme")}, set()),
    # "als Entwickler" is a person's role, not "der ... Entwickler" as an anaphor of a company
    ("Das Start-up Quibbl baut Roboter. Jana Roeder hatte Quibbl 2020 gemeinsam mit Henrik Aalto "
     "gegründet, der zuvor als Entwickler beim Konzern Zorblax gearbeitet hatte.",
     {("Henrik Aalto", "worksFor", "Zorblax"), ("Henrik Aalto", "founderOf", "Quibbl")},
     {("Quibbl", "partnerOf", "Zorblax")}),
    # a head's title with a copula: at the company the person was just said to have founded
    ("Das Start-up Quibbl wurde 2021 von Jana Roeder gegründet. Sie ist bis heute Vorstandschefin.",
     {("Jana Roeder", "ceoOf", "Quibbl")}, set()),
    ("Der Chipkonzern Zorblax dominiert den Markt. Zorblax wächst schnell, Zorblax verdient viel. Das "
     "Start-up Quibbl wurde 2021 von Jana Roeder gegründet. Roeder ist Geschäftsführerin.",
     {("Jana Roeder", "ceoOf", "Quibbl")}, {("Jana Roeder", "ceoOf", "Zorblax")}),
    # must not: with no founding said, the passage's topic is too unsure for a head
    ("Das Start-up Quibbl baut Roboter. Die Managerin Jana Roeder ist Vorstandschefin.",
     set(), {("Jana Roeder", "ceoOf", "Quibbl")}),
    # a role after "als" with no organisation named
    ("Das Start-up Quibbl baut Roboter. Jana Roeder führt Quibbl als Chefin, Malte Brix verantwortet als "
     "Chief Technology Officer die Technik.",
     {("Jana Roeder", "ceoOf", "Quibbl"), ("Malte Brix", "worksFor", "Quibbl")}, set()),
    ("Der Chipkonzern Zorblax dominiert den Markt. Zorblax wächst schnell, Zorblax verdient viel. Das "
     "Start-up Quibbl wurde 2021 von Jana Roeder gegründet. Roeder leitet als Technikchefin ein Team von "
     "20 Entwicklern.",
     {("Jana Roeder", "worksFor", "Quibbl")}, {("Jana Roeder", "worksFor", "Zorblax")}),
    # must not: the role is at a company named after it
    ("Das Start-up Quibbl baut Roboter. Malte Brix arbeitet als Technikchef beim Konzern Zorblax.",
     set(), {("Malte Brix", "worksFor", "Quibbl")}),
    # led together with someone
    ("Das Start-up Quibbl baut Roboter. Jana Roeder, die das Unternehmen gemeinsam mit Malte Brix als "
     "Co-Chefin führt, sprach von einem Glücksfall.",
     {("Jana Roeder", "ceoOf", "Quibbl"), ("Malte Brix", "ceoOf", "Quibbl")}, {("Quibbl", "partnerOf", "Co")}),
    ("Das Start-up Quibbl baut Roboter. Die 34-Jährige Jana Roeder führt Quibbl gemeinsam mit Henrik Aalto.",
     {("Jana Roeder", "ceoOf", "Quibbl"), ("Henrik Aalto", "ceoOf", "Quibbl")}, set()),
    # must not: the head of another company named with him, talks led with someone
    ("Das Start-up Quibbl baut Roboter. Jana Roeder führt Quibbl gemeinsam mit dem Zorblax-Chef Henrik "
     "Aalto durch die Krise.",
     {("Henrik Aalto", "ceoOf", "Zorblax")}, {("Henrik Aalto", "ceoOf", "Quibbl")}),
    ("Das Start-up Quibbl baut Roboter. Jana Roeder führt Gespräche mit dem Konzern Zorblax gemeinsam mit "
     "Henrik Aalto.",
     set(), {("Henrik Aalto", "ceoOf", "Zorblax")}),
    # rivals named after a sentence that announces them, or after its colon
    ("Das Start-up Quibbl baut Roboter für Lager. Konkurrenz kommt vor allem aus den USA. Das "
     "kalifornische Start-up Zorblax, an dem auch der Konzern Acme beteiligt ist, arbeitet an ähnlichen "
     "Modellen.",
     {("Quibbl", "competesWith", "Zorblax")}, {("Quibbl", "competesWith", "Acme")}),
    ("Das Start-up Quibbl baut Roboter. Die Konkurrenz schläft nicht. Auch das US-Unternehmen Zorblax "
     "drängt mit Agenten in den Mittelstand.",
     {("Quibbl", "competesWith", "Zorblax")}, set()),
    ("Das Start-up Quibbl baut Roboter für Lager. Dort trifft das Start-up auf Konkurrenz: Der Konzern "
     "Zorblax und das Unternehmen Acme werben ebenfalls um Kunden.",
     {("Quibbl", "competesWith", "Zorblax"), ("Quibbl", "competesWith", "Acme")}, set()),
    # must not: a contest for staff; a comparison before the colon; an opener that names the rival
    # itself does not make the next sentence's investor a rival
    ("Das Start-up Quibbl baut Roboter für Lager. Der Wettbewerb um Fachkräfte ist hart. Der Konzern "
     "Zorblax zahlt hohe Gehälter.",
     set(), {("Quibbl", "competesWith", "Zorblax")}),
    ("Ein Chip, der nur halb so viel Strom braucht wie die Konkurrenz: Das verspricht Quibbl, ein Start-up "
     "aus Dresden. Der Konzern Zorblax baut ebenfalls Chips.",
     set(), {("Quibbl", "competesWith", "Zorblax")}),
    ("Das Start-up Quibbl baut Roboter. Die Konkurrenz schläft nicht: Der US-Rivale Zorblax hat zuletzt "
     "viel Geld eingesammelt. Finanziert wird Quibbl bislang vom Investor Acme.",
     {("Acme", "investsIn", "Quibbl")}, {("Quibbl", "competesWith", "Acme")}),
    ("Das Start-up Quibbl baut Roboter. Geführt wird Quibbl seit dem vergangenen Jahr von Jana Roeder.",
     {("Jana Roeder", "ceoOf", "Quibbl")}, set()),
    ("Das Start-up Quibbl baut Roboter. Chefin ist die Ingenieurin Jana Roeder, die zuvor beim Konzern "
     "Zorblax gearbeitet hat.",
     {("Jana Roeder", "ceoOf", "Quibbl"), ("Jana Roeder", "worksFor", "Zorblax")}, {("Jana Roeder", "ceoOf", "Zorblax")}),
    # must not: the head of a unit
    ("Das Start-up Quibbl baut Roboter. Chefin der Sparte ist die Ingenieurin Jana Roeder.",
     set(), {("Jana Roeder", "ceoOf", "Quibbl")}),
    ("Das Start-up Quibbl wurde von Jana Roeder gegründet. Ihre Mitgründer Malte Brix und Henrik Aalto "
     "kümmern sich um Chipdesign und Software.",
     {("Malte Brix", "founderOf", "Quibbl"), ("Henrik Aalto", "founderOf", "Quibbl"),
      ("Henrik Aalto", "worksFor", "Quibbl")}, set()),
    # must not: a duty done for another company
    ("Das Start-up Quibbl baut Roboter. Jana Roeder kümmert sich um Software für den Konzern Zorblax.",
     set(), {("Jana Roeder", "worksFor", "Quibbl")}),
    ("Das Start-up Quibbl baut Roboter. Mit dem Softwarehaus Zorblax, einer Acme-Tochter, entwickelt die "
     "Firma eine Plattform. Der Konzern Acme wächst.",
     {("Zorblax", "subOrganizationOf", "Acme")}, {("Acme", "subOrganizationOf", "Zorblax")}),
    ("Das Start-up Quibbl baut Roboter. Quibbl soll in die Digitalsparte Zorblax Industries eingegliedert "
     "werden.",
     {("Quibbl", "subOrganizationOf", "Zorblax Industries")}, set()),
    ("Das Start-up Quibbl baut den Chip Quill Q1. Erste Muster testet der Zulieferer Zorblax bereits in "
     "Versuchsfahrzeugen.",
     {("Zorblax", "partnerOf", "Quibbl")}, set()),
    ("Das Start-up Quibbl baut Roboter. Größter Anteilseigner ist der Investor Zorblax, daneben hielt der "
     "Autozulieferer Acme eine Minderheitsbeteiligung.",
     {("Zorblax", "investsIn", "Quibbl"), ("Acme", "investsIn", "Quibbl")}, set()),
    # must not: a stake in a company named
    ("Das Start-up Quibbl baut Roboter. Der Autozulieferer Acme hielt eine Minderheitsbeteiligung an der "
     "Firma Zorblax.",
     set(), {("Acme", "investsIn", "Quibbl")}),
    ("Das Start-up Quibbl hat das Modell Quill vorgestellt. Nach Angaben des Unternehmens erreicht das "
     "Modell ähnliche Werte wie das Modell Zeta-4, bleibt aber beim Programmieren hinter dem Modell "
     "Nimbus 2 zurück.",
     {("Quill", "comparedTo", "Zeta-4"), ("Quill", "comparedTo", "Nimbus 2")}, set()),
    # must not: a model behind expectations
    ("Das Start-up Quibbl hat das Modell Quill vorgestellt. Das Modell Zeta-4 bleibt hinter den "
     "Erwartungen zurück.",
     set(), {("Quill", "comparedTo", "Zeta-4")}),
    ("Das Heidelberger KI-Unternehmen Quibbl hat am Donnerstag eine neue Modellgeneration präsentiert. "
     "Quill 2 richtet sich an Ministerien und Kommunen.",
     {("Quibbl", "develops", "Quill 2")}, set()),
    # must not: a model the next sentence gives another maker; an announcement of no product
    ("Das Start-up Quibbl hat ein neues Modell vorgestellt. Das Modell Zeta von Zorblax bleibt aber "
     "Marktführer.",
     {("Zorblax", "develops", "Zeta")}, {("Quibbl", "develops", "Zeta")}),
    ("Das Start-up Quibbl hat neue Büros vorgestellt. Das Modell Zeta soll bald folgen.",
     set(), {("Quibbl", "develops", "Zeta")}),
    # investors named just after a company's founding are that company's, not the article's topic
    ("Der Konzern Zorblax bestellt Chips bei dem Start-up Quibbl. Zorblax will damit Kosten senken, sagte ein "
     "Zorblax-Sprecher. Quibbl wurde 2019 von Jana Roe gegründet. Zu den Geldgebern gehören der "
     "Fonds Nuvolo Capital und die Acme AG.",
     {("Nuvolo Capital", "investsIn", "Quibbl"), ("Acme AG", "investsIn", "Quibbl")},
     {("Nuvolo Capital", "investsIn", "Zorblax"), ("Acme AG", "investsIn", "Zorblax")}),
    # ... unless a company opens the sentence of the round
    ("Der Konzern Zorblax baut Chips. Zorblax wächst. Das Start-up Quibbl wurde 2019 von Jana Roe gegründet. "
     "Zorblax sammelte 2024 Geld ein, beteiligt haben sich "
     "außerdem der Fonds Nuvolo Capital und die Acme AG.",
     {("Nuvolo Capital", "investsIn", "Zorblax")},
     {("Nuvolo Capital", "investsIn", "Quibbl")}),
])
def test_carried_arguments(extractor, text, expected, wrong):
    found = rels(extractor, text)
    assert expected <= found, expected - found
    assert not (wrong & found), wrong & found
