"""English rules of the p22f round (fresh set en-am, 2026-11-29): quoted goals after "pursue" and "focus
on", "the merged|combined company" as the merger's survivor, partners that build with another or run on
its models, backers and founders after a clause between, owners and spin-offs, mergers of described
pairs, chips made by a parent's unit, models in an apposition with their size, and the precision fixes
(a buyer across another organisation, compute bought from a cloud). Every name is invented; "Acme",
"Zorblax", "Jane Roe", "Rocket" and "Kestro Edge" are in the test catalogue."""

from __future__ import annotations

import pytest

from tests.extract.conftest import check_text

CASES = [
    # quoted goals after a goal verb
    ('Acme says it pursues "privacy by design": data never leaves the building.',
     {("Acme", "pursues", "privacy by design")}, set()),
    ('Acme said it would pursue "AI-first legal services" and expects growth.',
     {("Acme", "pursues", "AI-first legal services")}, set()),
    ('The pair say Acme will focus on "verifiable alignment", meaning checked reasoning.',
     {("Acme", "pursues", "verifiable alignment")}, set()),
    # not a clause in quotes, nor the noun "focus"
    ('Acme will focus on "what customers want" instead.', set(), {("Acme", "pursues", "what customers want")}),
    ('Jane Roe of Acme praised the focus on "verifiable alignment".', set(),
     {("Acme", "pursues", "verifiable alignment"), ("Jane Roe", "pursues", "verifiable alignment")}),
    # "the merged company": the first of the pair, the company formed, or the name it will take
    ("Acme and Zorblax said they would merge. The new group keeps its name. "
     "The merged company will run its jobs on Kestro Edge chips.",
     {("Acme", "usesHardware", "Kestro Edge")}, {("Zorblax", "usesHardware", "Kestro Edge")}),
    ("Acme and Brightwater Labs merged to form Zorblax last year. The combined company runs on Kestro Edge chips.",
     {("Zorblax", "usesHardware", "Kestro Edge")}, {("Acme", "usesHardware", "Kestro Edge")}),
    ("Acme and Brightwater Labs said they would merge. The combined group, to be called Zorblax, will be "
     "based in Milan. The merged company runs on Kestro Edge chips.",
     {("Zorblax", "usesHardware", "Kestro Edge")}, {("Acme", "usesHardware", "Kestro Edge")}),
    # partners: built with another, a product running on another's models, an arrangement after an apposition
    ("Zorblax, which has built its own AI features with Acme, declined to comment.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Zorblax has built its models with Acme chips.", set(), {("Zorblax", "partnerOf", "Acme")}),
    ("Zorblax, whose tutoring assistant runs on Acme models, declined to comment.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Zorblax's software runs on Acme, where it trains.", {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Zorblax, its main rival in imaging, has a similar arrangement with Acme, according to the companies.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Zorblax, the Acme-backed startup that counts Brightwater Labs among its earliest customers, is growing.",
     {("Zorblax", "partnerOf", "Brightwater Labs"), ("Acme", "investsIn", "Zorblax")},
     {("Brightwater Labs", "investsIn", "Zorblax")}),
    # backers after the founder's relative clause; an investor's own "which backed" clause
    ("Zorblax was founded by Jane Roe, who spent four years at Acme, and is backed by Brightwater Ventures.",
     {("Brightwater Ventures", "investsIn", "Zorblax"), ("Jane Roe", "founderOf", "Zorblax")},
     {("Brightwater Ventures", "investsIn", "Acme")}),
    ("Investors include Brightwater Ventures, which backed Zorblax in 2023, and Acme.",
     {("Brightwater Ventures", "investsIn", "Zorblax")}, set()),
    # compute bought from a cloud is no investment
    ("Zorblax said it had secured $8 million of compute from Acme as part of a round led by Brightwater Ventures.",
     {("Brightwater Ventures", "investsIn", "Zorblax")}, {("Acme", "investsIn", "Zorblax")}),
    # people
    ("Zorblax's chief executive is Jane Roe.", {("Jane Roe", "ceoOf", "Zorblax")}, set()),
    ("Jane Roe, Acme's former chief scientist, set up Zorblax in 2024.",
     {("Jane Roe", "founderOf", "Zorblax"), ("Jane Roe", "worksFor", "Acme")}, {("Jane Roe", "founderOf", "Acme")}),
    ("Jane Roe, who led Acme's group, started Zorblax with two other defectors: John Smith, previously a "
     "scientist at Brightwater Labs, and Mary Major, an alignment researcher from Acme.",
     {("John Smith", "founderOf", "Zorblax"), ("Mary Major", "founderOf", "Zorblax"),
      ("Mary Major", "worksFor", "Acme")}, {("Mary Major", "founderOf", "Acme")}),
    # owners, spin-offs, programmes, mergers of a described pair
    ("Zorblax is owned by the Anglo-Dutch publisher Acme.", {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    ("Zorblax is a spin-off of Acme, and the group still holds a stake.",
     {("Zorblax", "subOrganizationOf", "Acme")}, set()),
    ("It received credits through Zorblax Ventures, a programme run by Acme.",
     {("Zorblax Ventures", "subOrganizationOf", "Acme")}, set()),
    ("Zorblax was formed last month through the merger of the tutoring firm Acme and the maker Brightwater Labs.",
     {("Acme", "mergedWith", "Brightwater Labs")}, set()),
    # a buyer across another organisation's clause
    ("Acme bought Zorblax, and Brightwater Labs snapped up Quillon Systems in 2023.",
     {("Acme", "acquired", "Zorblax"), ("Brightwater Labs", "acquired", "Quillon Systems")},
     {("Zorblax", "acquired", "Quillon Systems"), ("Acme", "acquired", "Quillon Systems")}),
    # chips: the parent's named unit makes or designs them, not the parent
    ("Zorblax trains on Kestro Edge chips designed by Acme's Brightwater Labs unit.",
     {("Brightwater Labs", "develops", "Kestro Edge")}, {("Acme", "develops", "Kestro Edge")}),
    ("Zorblax trains on Kestro Edge chips produced by Acme's Brightwater Labs.",
     {("Brightwater Labs", "manufactures", "Kestro Edge")}, {("Acme", "manufactures", "Kestro Edge")}),
    ("The first customer is Zorblax, a Texas data-centre operator that has agreed to deploy 2,000 Kestro Edge "
     "boards next year.", {("Zorblax", "usesHardware", "Kestro Edge")}, set()),
    # p22f (13, 14): an investor after a relative clause, a buyer after an apposition, a bare "is the chief
    # executive", chips reserved, a company's team releasing a model, founders "together with", a model
    # unveiled after a long apposition
    ("Zorblax, which offers its own assistant, is also Acme's largest investor.",
     {("Zorblax", "investsIn", "Acme")}, {("Acme", "investsIn", "Zorblax")}),
    ("Zorblax, a Copenhagen maker of field-service software, which snapped up Acme, a startup, for an "
     "undisclosed sum.", {("Zorblax", "acquired", "Acme")}, set()),
    ("Zorblax makes chips. Jane Roe is the chief executive; John Smith is chief architect.",
     {("Jane Roe", "ceoOf", "Zorblax")}, set()),
    ("Jane Roe is the chief executive of Acme.", {("Jane Roe", "ceoOf", "Acme")}, set()),
    ("Acme was founded in 2019. It has reserved several thousand Kestro Edge chips for its first run.",
     {("Acme", "usesHardware", "Kestro Edge")}, set()),
    ("Acme's research team released Rocket 2, a member of the Rocket line.", {("Acme", "develops", "Rocket 2")}, set()),
    ("Zorblax was started in 2023 by Jane Roe, a cardiologist at Acme, together with John Smith, who had led a team.",
     {("Jane Roe", "founderOf", "Zorblax"), ("John Smith", "founderOf", "Zorblax")}, {("John Smith", "founderOf", "Acme")}),
    ("Tallinn-based Zorblax, an edtech company formed last month through a merger of two apps, unveiled a model "
     "called Halo-2 on Monday.", {("Zorblax", "develops", "Halo-2")}, set()),
    # a list ends before ", and B's Y is ...": a new clause
    ("Acme competes with Zorblax and with Brightwater Labs, the Polish platform, and Quillon Systems's Rocket is "
     "used in schools.", {("Acme", "competesWith", "Zorblax"), ("Acme", "competesWith", "Brightwater Labs")},
     {("Acme", "competesWith", "Quillon Systems")}),
    # p22f (15, 16): a start-up programme, a merged group run by the other's chief
    ("Zorblax had already secured 4,000 GPU-hours through Acme's Inception programme, which it will keep.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Zorblax secured GPU-hours through the Inception programme of Acme.", set(), {("Zorblax", "partnerOf", "Acme")}),
    ("Acme and Zorblax said they would merge. The new group will keep the Acme name and be run by Zorblax's "
     "chief executive, Jane Roe.", {("Jane Roe", "ceoOf", "Zorblax"), ("Jane Roe", "ceoOf", "Acme")}, set()),
    # a model integrated into a company's own product: the integrator partners its maker
    ("Zorblax released Rocket last year. Acme has integrated Rocket into its Quillo app.",
     {("Zorblax", "partnerOf", "Acme"), ("Acme", "develops", "Quillo")}, {("Zorblax", "develops", "Quillo")}),
    # p22f (17): a bare "is chief architect" is the passage's company's; not one named after the role
    ("Zorblax makes chips. Jane Roe is the chief executive; John Smith, who also spent three years at Acme "
     "working on the Rocket chip, is chief architect.",
     {("John Smith", "worksFor", "Zorblax"), ("John Smith", "worksFor", "Acme")}, set()),
    ("Zorblax makes chips. John Smith is chief architect at Acme.", set(), {("John Smith", "worksFor", "Zorblax")}),
    # a company named by an apposition with "vendor"
    ("Last month Brightline Legal, a Chicago contract-management vendor, merged with Zorblax.",
     {("Brightline Legal", "mergedWith", "Zorblax")}, set()),
    # "under an agreement with A's cloud unit": A owns the partner, it is none itself
    ("Zorblax makes chips. Zorblax sells them. The workloads run under a five-year agreement with Acme.",
     {("Zorblax", "partnerOf", "Acme")}, set()),
    ("Zorblax makes chips. Zorblax sells them. The workloads run under a five-year agreement with Acme's cloud unit.",
     set(), {("Zorblax", "partnerOf", "Acme")}),
    # "A outperformed B and came level with C": A is level with C, not B; talks "about A licensing B's work"
    ("On the benchmark, Rocket outperformed Rocket 2 and came level with Quillo-7B, according to a report.",
     {("Rocket", "comparedTo", "Quillo-7B")}, {("Rocket 2", "comparedTo", "Quillo-7B")}),
    ("There had been early discussions about Acme licensing Zorblax's research, though nothing was agreed.",
     set(), {("Acme", "partnerOf", "Zorblax")}),
    ("Acme has licensed Zorblax's research.", {("Acme", "partnerOf", "Zorblax")}, set()),
    # p22f (18): "another X model"; the passage's company's engineers training on rented chips
    ("Zorblax reported that Rocket outperformed Rocket 2, another Acme model, on a benchmark.",
     {("Acme", "develops", "Rocket 2")}, {("Zorblax", "develops", "Rocket 2")}),
    ("Zorblax makes tutors. Zorblax sells them. Engineers trained Rocket on clusters of Kestro Edge chips rented "
     "from Acme under a compute deal.",
     {("Zorblax", "usesHardware", "Kestro Edge"), ("Zorblax", "partnerOf", "Acme")}, {("Acme", "usesHardware", "Kestro Edge")}),
    # models: an apposition with a size, compared directly or "about as reliably as" another
    ("Under the hood, the app runs on Halo-Med, a 14-billion-parameter model that Acme distilled from Rocket.",
     {("Acme", "develops", "Halo-Med")}, set()),
    ("The lab's first model, code-named Rocket, will be a small system meant to be compared directly with "
     "Acme's Rocket 2 on maths.", {("Rocket", "comparedTo", "Rocket 2")}, set()),
]


@pytest.mark.parametrize("text, expected, wrong", CASES)
def test_p22f_english_rules(extractor, text, expected, wrong) -> None:
    check_text(extractor, text, expected, wrong, "en")
