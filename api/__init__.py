"""The HTTP API of kg-builder (FastAPI): SPARQL endpoint, entity lookups, documents, analytics, exports."""
