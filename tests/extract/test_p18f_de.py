"""German relations and names found missing or wrong on a fresh training set of 2026-11-28 (set de-z,
p18f round). Every name is invented; "Acme", "Zorblax", "Kestro Edge" and "Jane Roe" are in the test
catalogue, the others are found by cues."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text

GERMAN = [
    # interviews: "P warnte|sprach in der X", verb-first with a programme "von X", "P gegenüber der X", a long
    # relative clause before "sagte der X"
    ("Acme-Chef Jane Roe warnte in der Süddeutschen Zeitung vor neuen Zöllen.",
     {("Jane Roe", "interviewedBy", "Süddeutschen Zeitung"), ("Jane Roe", "ceoOf", "Acme")}, set()),
    ("Acme-Chef Jane Roe sprach im Radiosender BR24 von einem Erfolg.", {("Jane Roe", "interviewedBy", "BR24")},
     set()),
    ("Jane Roe warnte im Zorblax-Werk vor Zöllen.", set(), {("Jane Roe", "interviewedBy", "Zorblax")}),
    ("„Das wird knapp“, sagte Roe im Podcast von Financial Times.", {("Roe", "interviewedBy", "Financial Times")},
     set()),
    ("Pläne für einen Verkauf wies Jane Roe gegenüber der Süddeutschen Zeitung zurück.",
     {("Jane Roe", "interviewedBy", "Süddeutschen Zeitung")}, set()),
    ("Die Skepsis von Jane Roe gegenüber der Konkurrenz Zorblax ist groß.", set(),
     {("Jane Roe", "interviewedBy", "Zorblax")}),
    ("Roe, die früher unter anderem bei Zorblax und Acme Chips entwarf, sagte der Financial Times, sie wolle "
     "wachsen.", {("Roe", "interviewedBy", "Financial Times"), ("Roe", "worksFor", "Zorblax")},
     {("Roe", "interviewedBy", "Acme")}),
    # chips made to order in a passive with a pronoun or the chip fronted, also after a comma; "nicht in T,
    # sondern bei Z" is no negation
    ("Acme entwirft seine Beschleuniger vom Typ Kestro Edge zwar selbst, gefertigt werden sie aber beim "
     "taiwanischen Auftragsfertiger Zorblax.", {("Zorblax", "manufactures", "Kestro Edge")},
     {("Acme", "manufactures", "Kestro Edge")}),
    ("Acme stellt den Kestro Edge vor. Produziert wird er nicht in Taiwan, sondern bei Zorblax in Südkorea.",
     {("Zorblax", "manufactures", "Kestro Edge")}, set()),
    ("Gebaut wird der Kestro Edge ebenfalls von Zorblax.", {("Zorblax", "manufactures", "Kestro Edge")}, set()),
    ("Acme stellt den Kestro Edge vor. Gebaut wird er nicht von Zorblax.", set(),
     {("Zorblax", "manufactures", "Kestro Edge")}),
    # the chip fronted as the object; chips to be built in after a modal
    ("Acme testet den Kestro Edge. Die Chips entwickelt das niederländische Unternehmen Zorblax.",
     {("Zorblax", "develops", "Kestro Edge")}, set()),
    ("Acme testet den Kestro Edge. Den Beschleuniger fertigt Zorblax.", {("Zorblax", "manufactures", "Kestro Edge")},
     set()),
    ("Wie Zorblax bestätigte, wird der Konzern künftig Beschleuniger vom Typ Kestro Edge in Testfahrzeugen "
     "verbauen.", {("Zorblax", "usesHardware", "Kestro Edge")}, set()),
    ("Zorblax wird künftig Beschleuniger vom Typ Kestro Edge nicht verbauen.", set(),
     {("Zorblax", "usesHardware", "Kestro Edge")}),
    # names: a maker's name and a second word after "vom Typ" name a chip; a noun after it is no part of it
    ("Zorblax wird künftig Beschleuniger vom Typ Acme Metis in Autos verbauen.",
     {("Zorblax", "usesHardware", "Acme Metis")}, {("Zorblax", "usesHardware", "Acme")}),
    ("Zorblax setzt Beschleuniger vom Typ Kestro Edge Rechenzentren zuliebe ein.", set(),
     {("Zorblax", "usesHardware", "Kestro Edge Rechenzentren")}),
    # rivals: a gap between "gilt" and "als"; two companies that count as rivals or fight it out
    ("Zorblax arbeitet mit eigenen Modellen und gilt im Markt für KI-gestützte Prüfung als Rivale der Acme.",
     {("Zorblax", "competesWith", "Acme")}, set()),
    ("Zorblax gilt in Europa als wichtigster Herausforderer von Acme und Quibbl.",
     {("Zorblax", "competesWith", "Acme"), ("Zorblax", "competesWith", "Quibbl")}, set()),
    ("Zorblax gilt in Europa als wichtigster Partner von Acme.", set(), {("Zorblax", "competesWith", "Acme")}),
    ("Zorblax und Acme hatten bislang um dieselben Kunden gebuhlt und galten als direkte Konkurrenten.",
     {("Zorblax", "competesWith", "Acme")}, set()),
    ("Die Zorblax und die Acme liefern sich seit Jahren einen Kampf um reiche Kunden.",
     {("Zorblax", "competesWith", "Acme")}, set()),
    ("Zorblax und Acme liefern sich gegenseitig Chips.", set(), {("Zorblax", "competesWith", "Acme")}),
    # a company owned by another in a relative clause without article
    ("Acme, der mehrheitlich Zorblax gehört, wächst.", {("Acme", "subOrganizationOf", "Zorblax")}, set()),
    ("Acme, dem britischen Chipdesigner, der mehrheitlich Zorblax gehört, geht es gut.",
     {("Acme", "subOrganizationOf", "Zorblax")}, set()),
    ("Acme, der Zorblax gehört hat, wächst.", set(), {("Zorblax", "subOrganizationOf", "Acme")}),
    # takeover interest is no takeover
    ("Acme hatte Interesse an einer Übernahme von Zorblax signalisiert, Jane Roe lehnte aber ab.", set(),
     {("Acme", "acquired", "Zorblax")}),
    # founders: a participle apposition; a verb-final clause with a gap after the company
    ("Acme, 2022 von dem früheren Zorblax-Ingenieur Jane Roe gegründet, entwickelt Chips.",
     {("Jane Roe", "founderOf", "Acme"), ("Jane Roe", "worksFor", "Zorblax")}, {("Jane Roe", "founderOf", "Zorblax")}),
    ("Roe hatte Acme 2020 zusammen mit zwei Freunden im Umfeld des Campus von Zorblax gegründet.",
     {("Roe", "founderOf", "Acme")}, {("Roe", "founderOf", "Zorblax")}),
    ("Roe hatte bei Acme gearbeitet, bevor sie Zorblax gegründet hat.", {("Roe", "founderOf", "Zorblax")},
     {("Roe", "founderOf", "Acme")}),
    # heads: a name of two words glued into the compound; head and founder together in an apposition
    ("Zorblax-AI-Chef Jane Roe sieht darin eine Bestätigung.", {("Jane Roe", "ceoOf", "Zorblax")},
     {("Jane Roe", "worksFor", "Zorblax")}),
    ("Im Podcast war diese Woche Jane Roe zu Gast, Chef und Mitgründer der KI-Plattform Zorblax.",
     {("Jane Roe", "ceoOf", "Zorblax"), ("Jane Roe", "founderOf", "Zorblax")}, set()),
    ("Jane Roe, Mitgründerin und Chefin der Zorblax, spricht.",
     {("Jane Roe", "ceoOf", "Zorblax"), ("Jane Roe", "founderOf", "Zorblax")}, set()),
    # posts: "als Ingenieur bei X tätig", a unit "innerhalb von X", a department "der X"
    ("Zorblax-Mitgründer Jane Roe, der zuvor als Ingenieur bei Acme in Zürich tätig war, übernimmt die Technik.",
     {("Jane Roe", "worksFor", "Acme"), ("Jane Roe", "founderOf", "Zorblax")}, {("Jane Roe", "founderOf", "Acme")}),
    ("Jane Roe, zuvor Projektleiterin bei Acme, bleibt an Bord und leitet künftig eine eigene KI-Einheit "
     "innerhalb von Zorblax.", {("Jane Roe", "worksFor", "Acme"), ("Jane Roe", "worksFor", "Zorblax")}, set()),
    ("Zorblax-Gründer Jane Roe arbeitete vor der Firmengründung sieben Jahre im Risikomanagement der Acme.",
     {("Jane Roe", "worksFor", "Acme")}, {("Jane Roe", "founderOf", "Acme")}),
    # a unit in a genitive apposition; an investor in a relative after the company's place
    ("Das zeigt ein neuer Vergleich des Acme, eines Instituts der Zorblax in Bonn.",
     {("Acme", "subOrganizationOf", "Zorblax")}, {("Zorblax", "subOrganizationOf", "Acme")}),
    ("Das zeigt ein Vergleich des Acme, eines Kunden der Zorblax.", set(), {("Acme", "subOrganizationOf", "Zorblax")}),
    ("Zu den ersten Nutzern gehört Acme aus Heidelberg, an dem die Zorblax selbst beteiligt ist.",
     {("Zorblax", "investsIn", "Acme")}, {("Acme", "investsIn", "Zorblax")}),
    # products: an apposition whose head is a compound of an offer, "Das Produkt der Firma X heißt Y"
    ("Gerechnet wird im Kestro Edge, dem souveränen Cloud-Angebot der Zorblax.",
     {("Zorblax", "develops", "Kestro Edge")}, set()),
    ("Gerechnet wird im Kestro Edge, dem Rechenzentrum der Zorblax.", set(), {("Zorblax", "develops", "Kestro Edge")}),
    ("Das wichtigste Produkt der Firma Zorblax heißt Rocket.", {("Zorblax", "develops", "Rocket")}, set()),
    ("Der wichtigste Kunde der Firma Zorblax heißt Acme.", set(), {("Zorblax", "develops", "Acme")}),
    # chips made to order named after the maker
    ("Auch der Konkurrent Acme lässt bei Zorblax produzieren, etwa seinen Beschleuniger Kestro Edge.",
     {("Zorblax", "manufactures", "Kestro Edge"), ("Acme", "develops", "Kestro Edge")},
     {("Acme", "manufactures", "Kestro Edge")}),
    # a founding as a time, a post before "als ... gearbeitet"
    ("Roe hatte erzählt, dass sie vor der Gründung von Acme beim Stockholmer Start-up Zorblax als Ingenieurin "
     "gearbeitet habe.", {("Roe", "founderOf", "Acme"), ("Roe", "worksFor", "Zorblax")}, {("Roe", "founderOf", "Zorblax")}),
    # a field to grow in
    ("Mit dem Zusammenschluss will Acme vor allem im Bereich AGI wachsen.", {("Acme", "pursues", "AGI")}, set()),
    ("Acme will im Bereich AGI nicht wachsen.", set(), {("Acme", "pursues", "AGI")}),
    # bare titles at the start of a sentence: the company the passage is about, unless one is named after them
    ("Das Start-up Zorblax wächst. Geschäftsführerin Jane Roe, die früher bei Acme arbeitete, ist zufrieden.",
     {("Jane Roe", "ceoOf", "Zorblax"), ("Jane Roe", "worksFor", "Acme")}, {("Jane Roe", "ceoOf", "Acme")}),
    ("Das Start-up Zorblax wächst. Geschäftsführerin Jane Roe von Acme ist zufrieden.", set(),
     {("Jane Roe", "ceoOf", "Zorblax")}),
    ("Das Start-up Zorblax wächst. Mitgründer und Technikchef Jane Roe kam von Acme.",
     {("Jane Roe", "founderOf", "Zorblax")}, {("Jane Roe", "founderOf", "Acme")}),
    # nouns of people made from participles are no part of a name; a model described after its clause's end
    ("Als fünftes Modell nahmen die Forschenden Quill-7B ins Feld, ein kleines Modell des Start-ups Zorblax.",
     {("Zorblax", "develops", "Quill-7B")}, {("Zorblax", "develops", "Forschenden Quill-7B")}),
    ("Die Forschenden testeten Quill-7B von Acme, ein Modell des Start-ups Zorblax ebenfalls.",
     {("Acme", "develops", "Quill-7B")}, {("Zorblax", "develops", "Quill-7B")}),
    # chips taken into service by the clause's subject, also after a long apposition
    ("Quibbl, die Cloud-Tochter der Zorblax, zu der auch Acme gehört, hat in ihrem Rechenzentrum in Ulm mehrere "
     "tausend Kestro Edge in Betrieb genommen.", {("Quibbl", "usesHardware", "Kestro Edge")},
     {("Zorblax", "usesHardware", "Kestro Edge"), ("Acme", "usesHardware", "Kestro Edge")}),
    ("Acme nimmt in Ulm 500 Kestro Edge in Betrieb.", {("Acme", "usesHardware", "Kestro Edge")}, set()),
    ("Acme hat den Rechner von Zorblax mit Kestro Edge in Betrieb genommen.", set(),
     {("Zorblax", "usesHardware", "Kestro Edge")}),
    # no founding of a company left before the founding; no chip of an earlier sentence where one is named
    ("Die Forscherin Jane Roe hat Acme nach fünf Jahren verlassen und in Zürich ein eigenes Labor gegründet.",
     set(), {("Jane Roe", "founderOf", "Acme")}),
    ("Acme zeigt den Kestro Edge. Zorblax entwickelt mit dem Acme Z900 einen Chip, produziert wird er beim "
     "Auftragsfertiger Quibbl Semi.", {("Quibbl Semi", "manufactures", "Acme Z900")},
     {("Quibbl Semi", "manufactures", "Kestro Edge")}),
]


@pytest.mark.parametrize("text, expected, wrong", GERMAN)
def test_relations_p18f(extractor, text, expected, wrong) -> None:
    """Each case: the triples that must be found, and those that must not."""
    check_text(extractor, text, expected, wrong, "de")
