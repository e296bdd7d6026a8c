"""Analytics results as triples in one named graph, and whether they are still fresh.

Results live in ``{base}graph/analytics``, replaced as a whole in one transaction. The
graph IRI itself describes the run: ``kgo:computedAt`` and ``kgo:basedOn``, a fingerprint
of the document graphs (their IRIs and ingest times); when the documents change, the
fingerprint no longer matches and the results are stale.

>>> from kg.analytics.sample import sample_store
>>> store = sample_store()
>>> is_stale(store)
True
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
from typing import Any

import pyoxigraph as ox

from kg.analytics.projection import entity_attributes, lexical_rows
from kg.analytics.result import AnalyticsResult
from kg.errors import InputError, StoreError
from kg.rdf.convert import literal
from kg.rdf.namespaces import ANALYTICS_GRAPH_LOCAL, KGO, XSD
from kg.rdf.store import KGStore

__all__ = ["analytics_graph", "community_iri", "fingerprint", "is_stale", "read_results", "write_results"]

# measure -> property (local name in kgo:)
_PROPERTIES = {"degree": "degree", "pagerank": "pagerank", "betweenness": "betweenness",
               "closeness": "closeness", "component": "component", "core_number": "coreNumber"}
_DOUBLES = {"pagerank", "betweenness", "closeness"}
# result attribute -> property of the run
_COUNTS = {"documents": "documentCount", "nodes": "nodeCount", "edges": "edgeCount", "components": "componentCount"}


def analytics_graph(store: KGStore) -> str:
    """IRI of the analytics named graph of ``store``.

    Examples
    --------
    >>> from kg.rdf.store import open_store
    >>> analytics_graph(open_store(":memory:", base_iri="https://e.org/"))
    'https://e.org/graph/analytics'
    """
    return store.base_iri + ANALYTICS_GRAPH_LOCAL


def community_iri(store: KGStore, index: int) -> str:
    """IRI of the ``index``-th community (slugs have no '/', so it cannot be an entity's)."""
    return f"{store.base_iri}community/{index}"


def fingerprint(store: KGStore) -> str:
    """SHA-256 of the sorted document graphs and their ingest times.

    Examples
    --------
    >>> from kg.rdf.store import open_store
    >>> len(fingerprint(open_store(":memory:")))
    64
    """
    stamps = {r["doc"]: r["t"] for r in store.select(
        "SELECT ?doc ?t WHERE { GRAPH ?doc { ?doc kgo:ingestedAt ?t } }", union_default_graph=False)}
    lines = [f"{d}\t{stamps.get(d, '')}" for d in store.document_iris()]
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def write_results(store: KGStore, result: AnalyticsResult) -> None:
    """Replace the analytics graph with ``result`` in one update (DROP + INSERT DATA).

    Examples
    --------
    >>> from kg.analytics.sample import sample_store
    >>> store = sample_store()
    >>> write_results(store, AnalyticsResult(entities={store.base_iri + "meta": {"pagerank": 0.5}},
    ...                                      based_on=fingerprint(store), computed_at="2026-01-01T00:00:00+00:00"))
    >>> store.select("SELECT ?p WHERE { ?e kgo:pagerank ?p }")
    [{'p': 0.5}]
    """
    graph = analytics_graph(store)
    run = ox.NamedNode(graph)
    triples: list[tuple[Any, Any, Any]] = []

    def add(s: ox.NamedNode, p: str, o: Any) -> None:
        triples.append((s, ox.NamedNode(KGO + p), o if isinstance(o, ox.NamedNode | ox.Literal) else literal(o)))

    add(run, "computedAt", ox.Literal(result.computed_at, datatype=ox.NamedNode(XSD + "dateTime")))
    add(run, "basedOn", result.based_on)
    for key, prop in _COUNTS.items():
        add(run, prop, int(getattr(result, key)))
    if result.filters:
        add(run, "filters", json.dumps(result.filters, sort_keys=True))
    for key, value in sorted(result.sampling.items()):
        if value:
            add(run, key + "Samples", int(value))
    for c in result.communities:
        node = ox.NamedNode(c["iri"])
        add(node, "communityLabel", c["label"])
        add(node, "communityIndex", int(c["index"]))
        add(node, "size", int(c["size"]))
        add(node, "computedIn", run)
    lines = [f"{s} {p} {o} ." for s, p, o in triples]
    # Entity lines are formatted directly: building a pyoxigraph term per value was 70 % of
    # the write-back time at 100 k entities. IRIs come from the store, so they are valid.
    community = {c["index"]: c["iri"] for c in result.communities}
    for iri, values in result.entities.items():
        props = []
        for measure, prop in _PROPERTIES.items():
            value = values.get(measure)
            if isinstance(value, float):
                # float(): numpy's float64 is a float whose repr is "np.float64(...)"
                props.append(f'kgo:{prop} "{float(value)!r}"^^xsd:double' if math.isfinite(value) else "")
            elif value is not None:
                props.append(f"kgo:{prop} {int(value)}")
        if values.get("community") is not None:
            props.append(f"kgo:community <{community[values['community']]}>")
        props = [x for x in props if x]
        if props:
            lines.append(f"<{iri}> " + " ; ".join(props) + " .")
    body = "\n".join(lines)
    try:
        store.update(f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} }}")
        store.flush()
    except RuntimeError as exc:   # pyoxigraph's answer on a store opened read-only
        raise StoreError(f"cannot write the analytics results: {exc}", hint="open the store writable") from exc
    result.stored = True


def _run(store: KGStore) -> dict[str, Any] | None:
    graph = analytics_graph(store)
    rows = store.select(
        f"""SELECT ?at ?based ?filters ?docs ?nodes ?edges ?comps ?bs ?cs WHERE {{ GRAPH <{graph}> {{
              <{graph}> kgo:computedAt ?at ; kgo:basedOn ?based .
              OPTIONAL {{ <{graph}> kgo:filters ?filters }} OPTIONAL {{ <{graph}> kgo:documentCount ?docs }}
              OPTIONAL {{ <{graph}> kgo:nodeCount ?nodes }} OPTIONAL {{ <{graph}> kgo:edgeCount ?edges }}
              OPTIONAL {{ <{graph}> kgo:componentCount ?comps }}
              OPTIONAL {{ <{graph}> kgo:betweennessSamples ?bs }} OPTIONAL {{ <{graph}> kgo:closenessSamples ?cs }}
            }} }}""", union_default_graph=False)
    return rows[0] if rows else None


def is_stale(store: KGStore) -> bool:
    """True when the store has no analytics results, or they were computed from other
    documents than it holds now, or from a filtered part of the graph.

    Examples
    --------
    >>> from kg.analytics.sample import sample_store
    >>> store = sample_store()
    >>> write_results(store, AnalyticsResult(based_on=fingerprint(store), computed_at="2026-01-01T00:00:00Z"))
    >>> is_stale(store)
    False
    """
    run = _run(store)
    return run is None or bool(run["filters"]) or run["based"] != fingerprint(store)


def read_results(store: KGStore, *, top: int | None = None, by: str = "pagerank") -> AnalyticsResult | None:
    """The results stored in the analytics graph (``fresh`` tells whether they still hold), or None.

    Parameters
    ----------
    store : KGStore
    top : int, optional
        Read only the ``top`` entities with the highest ``by`` (fast on big graphs: SPARQL
        sorts, and only their labels are looked up); every entity by default.
    by : str
        A measure of :data:`~kg.analytics.result.MEASURES` except ``community``.

    Examples
    --------
    >>> from kg.analytics.sample import sample_store
    >>> read_results(sample_store()) is None
    True
    """
    run = _run(store)
    if run is None:
        return None
    graph = analytics_graph(store)
    comms = store.select(
        f"""SELECT ?c ?label ?i ?size WHERE {{ GRAPH <{graph}> {{
              ?c kgo:communityLabel ?label ; kgo:communityIndex ?i ; kgo:size ?size }} }} ORDER BY ?i""",
        union_default_graph=False)
    index = {c["c"]: int(c["i"]) for c in comms}
    measure_of = {KGO + p: m for m, p in _PROPERTIES.items()}
    if top is None:
        where = f"GRAPH <{graph}> {{ ?e ?p ?v }}"
    else:
        if by not in _PROPERTIES:
            raise InputError(f"cannot rank by {by!r}", hint=f"expected one of {', '.join(_PROPERTIES)}")
        where = (f"{{ SELECT ?e WHERE {{ GRAPH <{graph}> {{ ?e kgo:{_PROPERTIES[by]} ?k }} }} "
                 f"ORDER BY DESC(?k) ?e LIMIT {int(top)} }} GRAPH <{graph}> {{ ?e ?p ?v }}")
    entities: dict[str, dict[str, Any]] = {}
    for e, p, v in lexical_rows(store, f"SELECT ?e ?p ?v WHERE {{ {where} }}", ("e", "p", "v"), union=False):
        if p == KGO + "community":
            entities.setdefault(e, {})["community"] = index.get(v)
        elif p in measure_of:
            m = measure_of[p]
            entities.setdefault(e, {})[m] = float(v) if m in _DOUBLES else int(v)
    names = entity_attributes(store, only=sorted(entities) if top is not None else None)
    for e, values in entities.items():
        n = names.get(e, {})
        entities[e] = {"label": n.get("label") or e.rsplit("/", 1)[-1], "kg_type": n.get("kg_type", ""), **values}
    return AnalyticsResult(
        entities=entities,
        communities=[{"index": int(c["i"]), "iri": c["c"], "label": c["label"], "size": int(c["size"])}
                     for c in comms],
        nodes=int(run["nodes"] or len(entities)), edges=int(run["edges"] or 0), documents=int(run["docs"] or 0),
        components=int(run["comps"] or 0), computed_at=str(run["at"]), based_on=run["based"],
        filters=json.loads(run["filters"]) if run["filters"] else {},
        sampling={"betweenness": run["bs"], "closeness": run["cs"]},
        fresh=not is_stale(store), stored=True,
    )


def now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
