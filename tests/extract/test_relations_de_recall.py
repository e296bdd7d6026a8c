"""German constructions that carry a relation without the usual verb (invented names): a chip made
by a foundry named in a later sentence, a company's own product named by a description, bare
titles after a speech verb, investor and customer lists, division of labour, rivalry with
"antreten", training on someone else's computers, changes of employer.

Each case lists triples that must be found and triples that must not (the same words in a
sentence that does not state the relation)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import rels


@pytest.mark.parametrize("text, expected, wrong", [
    # a company named as the first part of a compound ("der Acme-Mutter") is not the subject of a
    # second verb phrase
    ("Die IT-Sparte der Acme-Mutter betreibt mit der Firma Quibbl eine eigene Cloud und arbeitet dabei mit "
     "Zorblax zusammen.", set(), {("Acme", "partnerOf", "Zorblax")}),
    ("Die Firma Quibbl betreibt eine eigene Cloud und arbeitet dabei mit Zorblax zusammen.",
     {("Quibbl", "partnerOf", "Zorblax")}, set()),
    # a company's venture arm after a possessive
    ("Auch der Softwarekonzern Zorblax beteiligte sich über seinen Risikokapitalarm Zorblax Ventures.",
     {("Zorblax Ventures", "subOrganizationOf", "Zorblax")}, set()),
    ("Die Firma Quibbl sucht einen Risikokapitalarm. Zorblax Ventures sagte ab.",
     set(), {("Zorblax Ventures", "subOrganizationOf", "Quibbl")}),
    # a foundry named in the sentence after the chip
    ("Das Start-up Zorblax hat den Beschleuniger Quibbl Q7 vorgestellt. Gefertigt wird er beim Auftragsfertiger "
     "Solvane Systems in Taiwan.",
     {("Solvane Systems", "manufactures", "Quibbl Q7")}, set()),
    ("Das Start-up Zorblax hat den Beschleuniger Quibbl Q7 vorgestellt. Der Chip wird vom Auftragsfertiger "
     "Solvane in Dresden gefertigt.",
     {("Solvane", "manufactures", "Quibbl Q7")}, set()),
    # must not: the chip is only sold there
    ("Das Start-up Zorblax hat den Beschleuniger Quibbl Q7 vorgestellt. Verkauft wird er bei Solvane.",
     set(), {("Solvane", "manufactures", "Quibbl Q7")}),
    # the company's own product, named by a description
    ("Das Start-up Zorblax baut Chips für Roboter. Der erste Chip, der Quibbl Q7, "
     "soll im Herbst erscheinen.",
     {("Zorblax", "develops", "Quibbl Q7")}, set()),
    ("Das Start-up Zorblax entwickelt Software für Kliniken. Das System mit dem Namen Medivo läuft "
     "bereits in 40 Krankenhäusern.",
     {("Zorblax", "develops", "Medivo")}, set()),
    # must not: a product named with its maker
    ("Das Start-up Zorblax entwickelt Software für Kliniken. Das System namens Medivo von Acme läuft "
     "dort bereits.",
     set(), {("Zorblax", "develops", "Medivo")}),
    # a model "von" its maker: only the conjunct next to it
    ("Das Modell Quibbl-3 von Zorblax schneidet besser ab als Vexa Large 2 und Nimbo 4 von Acme.",
     {("Acme", "develops", "Nimbo 4")}, {("Acme", "develops", "Vexa Large 2")}),
    # bare titles after a speech verb
    ("Das Start-up Zorblax hat 20 Millionen Euro eingesammelt. „Wir wachsen schnell“, sagte Mitgründerin "
     "und Geschäftsführerin Jana Quist dem Sender.",
     {("Jana Quist", "founderOf", "Zorblax"), ("Jana Quist", "ceoOf", "Zorblax")}, set()),
    ("Das Start-up Zorblax hat 20 Millionen Euro eingesammelt, wie Firmenchef Jonas Brack am Mittwoch sagte.",
     {("Jonas Brack", "ceoOf", "Zorblax")}, set()),
    # founding with the participle first
    ("Gegründet hat Jana Quist das Start-up Zorblax 2021 zusammen mit dem Informatiker Piet Marnow.",
     {("Jana Quist", "founderOf", "Zorblax"), ("Piet Marnow", "founderOf", "Zorblax")}, set()),
    # investors: "mit dabei", a financing in the passive, investors joining
    ("Das Start-up Zorblax hat 20 Millionen Euro eingesammelt. Mit dabei ist außerdem der Wagniskapitalgeber "
     "Acme Ventures.",
     {("Acme Ventures", "investsIn", "Zorblax")}, set()),
    ("Finanziert wird Zorblax vom Investor Acme Ventures und vom Fonds Quibbl Capital.",
     {("Acme Ventures", "investsIn", "Zorblax"), ("Quibbl Capital", "investsIn", "Zorblax")}, set()),
    # must not: "mit dabei" without an investor
    ("Das Start-up Zorblax stellt auf der Messe aus. Mit dabei ist auch der Konzern Acme.",
     set(), {("Acme", "investsIn", "Zorblax")}),
    # customers of the company the text is about
    ("Das Start-up Zorblax verkauft Software für Lager. Zu den Kunden des Start-ups zählen der Händler "
     "Acme und die Quibbl AG.",
     {("Zorblax", "partnerOf", "Acme"), ("Zorblax", "partnerOf", "Quibbl AG")}, set()),
    # division of labour
    ("Das Start-up Zorblax wurde 2022 gegründet. Jana Quist führt die Firma, Piet Marnow verantwortet "
     "die Technik.",
     {("Piet Marnow", "worksFor", "Zorblax")}, set()),
    # must not: the duty is at another company
    ("Das Start-up Zorblax wurde 2022 gegründet. Piet Marnow verantwortet die Technik bei Acme.",
     set(), {("Piet Marnow", "worksFor", "Zorblax")}),
    # rivalry with "antreten"
    ("Mit dem Chip tritt Zorblax gegen Acme und das Start-up Quibbl an.",
     {("Zorblax", "competesWith", "Acme"), ("Zorblax", "competesWith", "Quibbl")}, set()),
    ("Mit dem Chip will Zorblax vor allem gegen Acme antreten.", {("Zorblax", "competesWith", "Acme")}, set()),
    # training on the computers of a provider: the provider is a partner, and no trainer
    ("Das Start-up Zorblax hat das Modell Quibbl-3 vorgestellt. Es wurde auf einem Rechencluster der "
     "Acme Cloud mit 2000 Grafikprozessoren vom Typ Korvel K200 trainiert.",
     {("Zorblax", "partnerOf", "Acme Cloud"), ("Zorblax", "usesHardware", "Korvel K200")},
     {("Acme Cloud", "usesHardware", "Korvel K200")}),
    # changes of employer
    ("Jana Quist wechselt als Vizepräsidentin zu Zorblax.", {("Jana Quist", "worksFor", "Zorblax")}, set()),
    ("Die Forscherin Jana Quist verlässt Acme und wechselt zu Zorblax nach London.",
     {("Jana Quist", "worksFor", "Zorblax"), ("Jana Quist", "worksFor", "Acme")}, set()),
    ("Jana Quist, die zuvor am Acme-Institut für Robotik forschte, arbeitet inzwischen für Zorblax.",
     {("Jana Quist", "worksFor", "Acme-Institut für Robotik"), ("Jana Quist", "worksFor", "Zorblax")}, set()),
    ("Piet Marnow arbeitete zuvor zehn Jahre bei Zorblax.", {("Piet Marnow", "worksFor", "Zorblax")}, set()),
    # a model's origin
    ("Das Modell Quibbl-3 stammt vom Konzern Zorblax.", {("Zorblax", "develops", "Quibbl-3")}, set()),
    # a parent company after an adverb; not a list of customers
    ("Das Start-up Zorblax arbeitet an Robotern. Das Start-up Quibbl Labs gehört seit 2024 zum japanischen "
     "Konzern Zorblax.", {("Quibbl Labs", "subOrganizationOf", "Zorblax")}, set()),
    ("Das Start-up Quibbl Labs gehört seit Mai zu den Kunden von Zorblax.",
     set(), {("Quibbl Labs", "subOrganizationOf", "Zorblax")}),
    # a model that fares better than another; an interview "gegenüber"
    ("Das Modell Quibbl-3 ist neu. In einem Vergleich schneidet das Modell bei Rechtstexten besser ab als "
     "Nimbo 4.", {("Quibbl-3", "comparedTo", "Nimbo 4")}, set()),
    ("Jana Quist, die bis heute Geschäftsführerin von Zorblax ist, sprach gegenüber dem Magazin Quibbl Weekly "
     "von einem Erfolg.", {("Jana Quist", "interviewedBy", "Quibbl Weekly")}, set()),
    # a stake in a relative clause: the name before the comma is the one invested in
    ("Das Start-up Zorblax, an dem unter anderem der Konzern Vexa Systems beteiligt ist, arbeitet an Robotern.",
     {("Vexa Systems", "investsIn", "Zorblax")}, {("Zorblax", "investsIn", "Vexa Systems")}),
    # a change of employer with the verb first
    ("Wie der Konzern mitteilte, wechselt die Informatikerin Jana Quist im Januar vom Konzern Vexa Systems "
     "zum Start-up Zorblax.",
     {("Jana Quist", "worksFor", "Vexa Systems"), ("Jana Quist", "worksFor", "Zorblax")}, set()),
    # offering another company's models
    ("Zudem bietet der Konzern Zorblax Kunden über seine Plattform Modelle von Vexa Systems an.",
     {("Zorblax", "partnerOf", "Vexa Systems")}, set()),
    # co-founders after "mit"; a former employer in a compound founds nothing
    ("Jana Quist gründet derweil gemeinsam mit dem früheren Vexa-Manager Piet Marnow das Start-up Zorblax.",
     {("Jana Quist", "founderOf", "Zorblax"), ("Piet Marnow", "founderOf", "Zorblax")},
     {("Jana Quist", "founderOf", "Vexa")}),
    ("Jana Quist gründete Zorblax 2022 mit der Informatikerin Lena Marnow, die heute die Forschung leitet.",
     {("Lena Marnow", "founderOf", "Zorblax")}, set()),
    # a parent company in a relative clause after a participle
    ("Piet Marnow hatte beim Hersteller Zorblax gearbeitet, der inzwischen zum chinesischen Konzern "
     "Vexa Systems gehört.", {("Zorblax", "subOrganizationOf", "Vexa Systems")}, set()),
])
def test_german_recall_relations(extractor, text, expected, wrong):
    found = rels(extractor, text)
    assert expected <= found, expected - found
    assert not wrong & found, wrong & found
