"""Doc -> triples: namespaces, term conversion, the store and serialisation."""
