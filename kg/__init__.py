"""kg-builder: news articles about the AI industry in, an RDF knowledge graph out.

The data flows one way: text -> spaCy Doc -> triples -> store -> (networkx | SPARQL | HTTP | files).
"""

__version__ = "0.1.0"
