"""Invented articles (names made up, so no catalogue helps): what a reader would annotate.

Each expectation is a relation the text states; the extractor must find it, and it must not
output the listed wrong ones. These guard the generalising rules, not the dev set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.reader import read_document
from tests.extract.conftest import triples

ARTICLES = Path(__file__).parent / "articles"

EXPECTED = {
    "de-quantora.txt": {
        ("Lakeside Ventures", "investsIn", "Quantora"), ("Northwind Capital", "investsIn", "Quantora"),
        ("Miriam Albers", "ceoOf", "Quantora"), ("Miriam Albers", "interviewedBy", "Handelsblatt"),
        ("Quantora", "develops", "Kestrel 2"), ("Kestrel 2", "comparedTo", "GPT-4o"),
        ("Miriam Albers", "founderOf", "Quantora"), ("Tobias Wendt", "founderOf", "Quantora"),
        ("Tobias Wendt", "worksFor", "Google"), ("Siemens", "partnerOf", "Quantora"),
        ("Siemens", "usesHardware", "Nvidia H200"), ("SAP", "acquired", "Flowgrid"),
    },
    "de-marvex.txt": {
        ("Marvex", "acquired", "Tessaron"), ("Daniel Okafor", "ceoOf", "Marvex"),
        ("Lena Hofbauer", "founderOf", "Tessaron"), ("Marvex", "develops", "Vortex X2"),
        ("Microsoft", "partnerOf", "Marvex"), ("Amazon", "partnerOf", "Marvex"),
        ("Daniel Okafor", "interviewedBy", "Süddeutschen Zeitung"),
    },
    "en-lumina.txt": {
        ("Redpoint Partners", "investsIn", "Lumina Labs"), ("Nvidia", "investsIn", "Lumina Labs"),
        ("Samsung", "investsIn", "Lumina Labs"), ("Claire Dubois", "founderOf", "Lumina Labs"),
        ("Ahmed Rahman", "founderOf", "Lumina Labs"), ("Claire Dubois", "worksFor", "Meta"),
        ("Lumina Labs", "develops", "Lumen-7"), ("Lumen-7", "comparedTo", "Llama 3.1"),
        ("Claire Dubois", "ceoOf", "Lumina Labs"), ("Claire Dubois", "interviewedBy", "Reuters"),
        ("Lumina Labs", "usesHardware", "AMD MI300X"), ("Lumina Labs", "develops", "Lumen-8"),
        ("Microsoft", "partnerOf", "Lumina Labs"), ("Oracle", "acquired", "Stackbay"),
        ("Ahmed Rahman", "worksFor", "Lumina Labs"), ("Ahmed Rahman", "worksFor", "DeepMind"),
    },
    "en-corvid.txt": {
        ("Corvid Research", "develops", "Finch-2"), ("Finch-2", "comparedTo", "GPT-4o"),
        ("Google", "investsIn", "Corvid Research"), ("Sequoia Capital", "investsIn", "Corvid Research"),
        ("Priya Natarajan", "founderOf", "Corvid Research"), ("Tom Elling", "founderOf", "Corvid Research"),
        ("Priya Natarajan", "worksFor", "DeepMind"), ("Priya Natarajan", "ceoOf", "Corvid Research"),
        ("Priya Natarajan", "interviewedBy", "Financial Times"), ("Corvid Research", "usesHardware", "TPU v5"),
        ("Corvid Research", "partnerOf", "Anthropic"), ("Amazon", "investsIn", "Corvid Research"),
    },
    "de-stratonet.txt": {
        ("Stratonet", "mergedWith", "Halvion"), ("Jonas Berger", "founderOf", "Halvion"),
        ("Stratonet", "investsIn", "Halvion"), ("BMW", "investsIn", "Halvion"),
        ("Petra Lindqvist", "ceoOf", "Stratonet"), ("Petra Lindqvist", "worksFor", "IBM"),
        ("Halvion", "develops", "Orion 4"), ("Stratonet", "partnerOf", "Velora"),
    },
    "en-stratonet.txt": {
        ("Stratonet", "mergedWith", "Halvion"), ("Jonas Berger", "founderOf", "Halvion"),
        ("Stratonet", "investsIn", "Halvion"), ("BMW", "investsIn", "Halvion"),
        ("Petra Lindqvist", "ceoOf", "Stratonet"), ("Petra Lindqvist", "worksFor", "IBM"),
        ("Halvion", "develops", "Orion 4"), ("Orion 4", "comparedTo", "GPT-4o"),
        ("Stratonet", "competesWith", "Baidu"), ("Stratonet", "partnerOf", "Velora"),
    },
    "en-zentrix.txt": {
        ("Maria Costa", "ceoOf", "Zentrix"), ("Maria Costa", "interviewedBy", "CNBC"),
        ("Raj Patel", "ceoOf", "Glowforge AI"), ("Glowforge AI", "develops", "Ember 3"),
        ("Raj Patel", "worksFor", "Google"),
    },
    "de-telekom.txt": {
        ("Telekom", "partnerOf", "Aleph Alpha"), ("Claudia Nemat", "worksFor", "Telekom"),
        ("Jonas Andrulis", "founderOf", "Aleph Alpha"), ("Aleph Alpha", "develops", "Luminous"),
    },
    "en-veltrix.txt": {
        ("Hannah Schwartz", "ceoOf", "Veltrix"), ("Marcus Lee", "ceoOf", "Veltrix"),
        ("Marcus Lee", "founderOf", "Veltrix"), ("Hannah Schwartz", "founderOf", "Kinetiq"),
        ("Kinetiq", "subOrganizationOf", "Veltrix"), ("Veltrix", "usesHardware", "Nvidia H200"),
        ("Veltrix", "develops", "Sentinel-5"), ("Sentinel-5", "comparedTo", "GPT-5"),
        ("Amazon", "acquired", "Coreweft"), ("Coreweft", "develops", "Pulse"),
    },
    "de-veltrix.txt": {
        ("Hannah Schwartz", "ceoOf", "Veltrix"), ("Marcus Lee", "founderOf", "Veltrix"),
        ("Hannah Schwartz", "founderOf", "Kinetiq"), ("Kinetiq", "subOrganizationOf", "Veltrix"),
        ("Veltrix", "usesHardware", "H200"), ("Veltrix", "develops", "Sentinel-5"),
        ("Sentinel-5", "comparedTo", "GPT-5"), ("Amazon", "acquired", "Coreweft"),
    },
    "en-silvaris.txt": {
        ("Silvaris", "develops", "Aurora X9"), ("Rina Matsuda", "ceoOf", "Silvaris"),
        ("Nimbusoft", "usesHardware", "Aurora X9"), ("Nimbusoft", "develops", "Cirrus"),
        ("Nimbusoft", "competesWith", "Amazon Web Services"), ("Rina Matsuda", "worksFor", "Intel"),
        ("Rina Matsuda", "interviewedBy", "Bloomberg"), ("Silvaris", "competesWith", "AMD"),
    },
    "de-silvaris.txt": {
        ("Silvaris", "develops", "Aurora X9"), ("Rina Matsuda", "ceoOf", "Silvaris"),
        ("Nimbusoft", "usesHardware", "Aurora X9"),
        ("Nimbusoft", "develops", "Cirrus"), ("Nimbusoft", "competesWith", "Amazon Web Services"),
        ("Rina Matsuda", "worksFor", "Intel"), ("Rina Matsuda", "interviewedBy", "Spiegel"),
    },
    "de-mistral.txt": {
        ("Mistral AI", "develops", "Mistral Large 3"), ("Mistral Large 3", "comparedTo", "Llama 3.1"),
        ("Meta", "develops", "Llama 3.1"), ("Arthur Mensch", "founderOf", "Mistral AI"),
        ("Mistral AI", "partnerOf", "Microsoft"), ("Arthur Mensch", "worksFor", "Google DeepMind"),
        ("Mistral AI", "pursues", "Open Source"),
    },
    "en-xai.txt": {
        ("Elon Musk", "founderOf", "xAI"), ("Andreessen Horowitz", "investsIn", "xAI"),
        ("Sequoia Capital", "investsIn", "xAI"), ("xAI", "usesHardware", "Nvidia H100"),
        ("Elon Musk", "ceoOf", "Tesla"), ("Elon Musk", "ceoOf", "SpaceX"),
        ("Elon Musk", "founderOf", "OpenAI"), ("Sam Altman", "ceoOf", "OpenAI"),
        ("Elon Musk", "interviewedBy", "CNBC"),
    },
    "en-anthropic.txt": {
        ("Anthropic", "develops", "Claude Opus 5"), ("Anthropic", "develops", "Claude Sonnet 5"),
        ("Claude Opus 5", "comparedTo", "GPT-5"), ("Claude Sonnet 5", "comparedTo", "GPT-5"),
        ("Claude Opus 5", "versionOf", "Claude"), ("Dario Amodei", "ceoOf", "Anthropic"),
        ("Dario Amodei", "interviewedBy", "The Information"), ("Amazon", "investsIn", "Anthropic"),
    },
    "de-amd.txt": {
        ("AMD", "develops", "MI400"), ("Lisa Su", "ceoOf", "AMD"), ("Nvidia", "develops", "Blackwell"),
        ("Meta", "partnerOf", "AMD"), ("Oracle", "partnerOf", "AMD"), ("AMD", "acquired", "ZT Systems"),
        ("Frank Zhang", "ceoOf", "ZT Systems"), ("Frank Zhang", "worksFor", "AMD"),
        ("Nvidia", "develops", "Cuda"), ("AMD", "competesWith", "Nvidia"),
    },
}
WRONG = {
    "de-amd.txt": {("Frank Zhang", "ceoOf", "AMD")},
    "en-anthropic.txt": {("Anthropic", "develops", "GPT-5")},
    "en-xai.txt": {("OpenAI", "investsIn", "xAI")},
    "de-veltrix.txt": {("Nvidia", "acquired", "Oracle"), ("Veltrix", "acquired", "Oracle"),
                       ("Nvidia", "partnerOf", "Oracle")},
    "en-veltrix.txt": {("Kinetiq", "competesWith", "OpenAI")},
    "en-zentrix.txt": {("Zentrix", "competesWith", "Microsoft"), ("Apple", "investsIn", "Glowforge AI")},
    "de-telekom.txt": {("Aleph Alpha", "competesWith", "OpenAI"), ("OpenAI", "develops", "Luminous")},
    "de-marvex.txt": {("Marvex", "mergedWith", "Intel")},                       # "wolle nicht ... fusionieren"
    "en-corvid.txt": {("Priya Natarajan", "founderOf", "Google"), ("Financial Times", "usesHardware", "TPU v5")},
    "en-lumina.txt": {("Ahmed Rahman", "worksFor", "Oracle")},
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invented_article(extractor_real, name):
    found = triples(extractor_real.extract(read_document(ARTICLES / name, max_bytes=1_000_000)))
    assert EXPECTED[name] <= found, sorted(EXPECTED[name] - found)
    assert not (WRONG.get(name, set()) & found)
