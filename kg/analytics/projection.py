"""Projection of the RDF graph to networkx: entities as nodes, evidenced relations as edges.

>>> from kg.analytics.sample import sample_store
>>> g = project(sample_store(), GraphFilter(ego="Marta Keller", depth=1))
>>> sorted(g.nodes[n]["label"] for n in g)
['Marta Keller', 'Meta']
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any

import networkx as nx
import pyoxigraph as ox

from kg.analytics.engine import gc_paused
from kg.errors import InputError, NotFoundError
from kg.model import ENTITY_TYPES, PREDICATES
from kg.rdf.namespaces import KGO, WD, slugify
from kg.rdf.store import KGStore

__all__ = ["GraphFilter", "entity_attributes", "lexical_rows", "project", "resolve_entity"]

_TYPE_ORDER = {t: i for i, t in enumerate(ENTITY_TYPES)}
_VALUES_TYPES = " ".join(f"kgo:{t}" for t in ENTITY_TYPES)


@dataclass
class GraphFilter:
    """Which part of the graph to project.

    Parameters
    ----------
    types : list of str, optional
        Entity types to keep (local names such as ``"Person"``, or full IRIs).
    predicates : list of str, optional
        Relations to keep (local names such as ``"ceoOf"``, or full IRIs).
    document : str, optional
        Keep only what one document states (its IRI, short id or file name).
    min_degree : int
        Drop nodes with fewer relations than this, after the other filters (one pass).
    ego : str, optional
        Keep only the ego network of this entity (IRI, slug or label, case-insensitive).
    depth : int
        Radius of the ego network, in hops, ignoring edge direction.

    Examples
    --------
    >>> GraphFilter(types=["Person"]).is_empty()
    False
    >>> GraphFilter().is_empty()
    True
    """

    types: list[str] | None = None
    predicates: list[str] | None = None
    document: str | None = None
    min_degree: int = 0
    ego: str | None = None
    depth: int = 1

    @classmethod
    def from_spec(cls, spec: str | list[str] | None) -> GraphFilter:
        """A filter from ``key=value`` pairs, as a command line gives them (``--filter``).

        Pairs are separated by ``;`` (or given as a list); lists by ``,``. Keys: ``type``
        or ``types``, ``predicate`` or ``predicates``, ``document``, ``min_degree`` (or
        ``min-degree``), ``ego``, ``depth``.

        Examples
        --------
        >>> GraphFilter.from_spec("type=Person,Organization; ego=Meta; depth=2")
        GraphFilter(types=['Person', 'Organization'], predicates=None, document=None, min_degree=0, ego='Meta', depth=2)
        """
        parts = [p for chunk in ([spec] if isinstance(spec, str) else spec or []) for p in chunk.split(";")]
        f = cls()
        for part in filter(None, (p.strip() for p in parts)):
            key, sep, value = part.partition("=")
            key, value = key.strip().replace("-", "_").lower(), value.strip()
            if not sep or not value:
                raise InputError(f"bad filter {part!r}", hint="write key=value, e.g. type=Person or ego=Meta")
            if key in ("type", "types"):
                f.types = (f.types or []) + [v.strip() for v in value.split(",") if v.strip()]
            elif key in ("predicate", "predicates"):
                f.predicates = (f.predicates or []) + [v.strip() for v in value.split(",") if v.strip()]
            elif key in ("document", "ego"):
                setattr(f, key, value)
            elif key in ("min_degree", "depth"):
                if not value.isdigit():
                    raise InputError(f"{key} must be a whole number, not {value!r}")
                setattr(f, key, int(value))
            else:
                raise InputError(f"unknown filter {key!r}",
                                 hint="use type, predicate, document, min_degree, ego or depth")
        return f

    def is_empty(self) -> bool:
        """True when the filter keeps the whole graph."""
        return not (self.types or self.predicates or self.document or self.min_degree > 0 or self.ego)

    def to_json(self) -> dict[str, Any]:
        """The filter as plain JSON (only the fields that are set)."""
        return {k: v for k, v in asdict(self).items() if v not in (None, [], 0) and not (k == "depth" and not self.ego)}


def _local(value: str, known: tuple[str, ...], what: str) -> str:
    name = value.removeprefix(KGO)
    if name not in known:
        raise InputError(f"unknown {what} {value!r}", hint=f"expected one of {', '.join(known)}")
    return name


def project(store: KGStore, filters: GraphFilter | None = None) -> nx.MultiDiGraph:
    """The entity graph of the store as a networkx multigraph.

    Nodes are entity IRIs with the attributes ``label``, ``kg_type``, ``aliases`` (list)
    and ``wikidata`` (a Q-id or None). Edges are keyed by predicate (its local name) with
    ``predicate``, ``weight`` (number of evidence records stating the relation),
    ``documents`` (number of documents stating it), ``first_date`` and ``last_date``
    (ISO dates of those documents, None when they have no date). Only relations with a
    ``kgo:Evidence`` record are projected.

    Parameters
    ----------
    store : KGStore
        The store to read.
    filters : GraphFilter, optional
        What to keep; everything by default.

    Returns
    -------
    networkx.MultiDiGraph

    Raises
    ------
    InputError
        An unknown type or predicate in ``filters``.
    NotFoundError
        An unknown document or ego entity.

    Examples
    --------
    >>> from kg.analytics.sample import sample_store
    >>> g = project(sample_store())
    >>> e = g.edges["https://w3id.org/kg-builder/id/meta", "https://w3id.org/kg-builder/id/nvidia-h200", "usesHardware"]
    >>> e["weight"], e["first_date"], e["last_date"]
    (2, '2024-03-19', '2024-04-18')
    """
    f = filters or GraphFilter()
    types = {_local(t, ENTITY_TYPES, "entity type") for t in f.types} if f.types else None
    preds = {_local(p, PREDICATES, "predicate") for p in f.predicates} if f.predicates else None
    if f.depth < 0 or f.min_degree < 0:
        raise InputError("depth and min_degree must not be negative")
    doc = store.resolve_document(f.document) if f.document else None

    g = nx.MultiDiGraph(base_iri=store.base_iri, filters=f.to_json())
    with gc_paused():
        for iri, attrs in entity_attributes(store, document=doc).items():
            if types is None or attrs["kg_type"] in types:
                g.add_node(iri, **attrs)
        for s, p, o, attrs in _relations(store, doc):
            if (preds is None or p in preds) and s in g and o in g:
                g.add_edge(s, o, key=p, predicate=p, **attrs)
    if f.ego:
        center = resolve_entity(g, f.ego)
        g = nx.ego_graph(g, center, radius=f.depth, undirected=True).copy()
    if f.min_degree > 0:
        g.remove_nodes_from([n for n, d in g.degree() if d < f.min_degree])
    return g


def entity_attributes(store: KGStore, *, document: str | None = None,
                      only: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """``label``, ``kg_type``, ``aliases`` and ``wikidata`` of entities, as :func:`project` sets them.

    Parameters
    ----------
    store : KGStore
    document : str, optional
        Only the entities this document graph (an IRI) mentions.
    only : list of str, optional
        Only these entity IRIs (from the store: they are spliced into the query).

    Examples
    --------
    >>> from kg.analytics.sample import sample_store
    >>> entity_attributes(sample_store(), only=["https://w3id.org/kg-builder/id/openai"])
    {'https://w3id.org/kg-builder/id/openai': {'label': 'OpenAI', 'kg_type': 'Organization', 'aliases': [], 'wikidata': 'Q21708200'}}
    """
    # Patterns are kept per graph and joined in Python: joining type and label in SPARQL over
    # the union graph multiplies rows by (documents mentioning the entity) squared.
    doc = document
    pick = f"VALUES ?e {{ {' '.join(f'<{e}>' for e in only)} }} " if only is not None else ""
    typed = f"{pick}VALUES ?t {{ {_VALUES_TYPES} }} ?e a ?t"
    where = f"GRAPH <{doc}> {{ {typed} }}" if doc else typed   # doc comes from resolve_document
    kinds: dict[str, str] = {}
    for r in store.select(f"SELECT DISTINCT ?e ?t WHERE {{ {where} }}"):
        t = r["t"].removeprefix(KGO)
        if r["e"] not in kinds or _TYPE_ORDER[t] < _TYPE_ORDER[kinds[r["e"]]]:
            kinds[r["e"]] = t
    labels: dict[str, Counter] = defaultdict(Counter)
    alts: dict[str, set[str]] = defaultdict(set)
    wikidata: dict[str, str] = {}
    for e, label, lang, n in lexical_rows(
            store, f"SELECT ?e ?l (LANG(?l) AS ?lang) (COUNT(*) AS ?n) WHERE {{ {pick}GRAPH ?g {{ ?e rdfs:label ?l }} }} "
                   "GROUP BY ?e ?l", ("e", "l", "lang", "n"), union=False):
        if e in kinds:
            labels[e][(label, lang)] += int(n)   # the number of documents using the label
    for e, label in lexical_rows(store, f"SELECT DISTINCT ?e ?l WHERE {{ {pick}?e skos:altLabel ?l }}", ("e", "l")):
        if e in kinds:
            alts[e].add(label)
    for e, w in lexical_rows(store, f"SELECT DISTINCT ?e ?w WHERE {{ {pick}?e owl:sameAs ?w }}", ("e", "w")):
        if e in kinds and w.startswith(WD):
            wikidata[e] = min(wikidata.get(e, w), w)
    out = {}
    for e, t in kinds.items():
        # the most frequent label, English first on ties, then the shortest
        ranked = sorted(labels[e].items(), key=lambda kv: (-kv[1], kv[0][1] != "en", len(kv[0][0]), kv[0][0]))
        label = ranked[0][0][0] if ranked else e.rsplit("/", 1)[-1]
        names = {lab for (lab, _), _ in ranked} | alts[e]
        out[e] = {"label": label, "kg_type": t, "aliases": sorted(names - {label}),
                  "wikidata": wikidata[e].removeprefix(WD) if e in wikidata else None}
    return out


def _relations(store: KGStore, doc: str | None) -> list[tuple[str, str, str, dict[str, Any]]]:
    # grouped in Python: several times faster than GROUP BY with the date join in SPARQL
    named = [doc] if doc else None
    dates = {g: d[:10] for g, d in lexical_rows(store, "SELECT ?g ?d WHERE { GRAPH ?g { ?g dct:date ?d } }",
                                         ("g", "d"), union=False, named=named)}
    graphs: dict[tuple[str, str, str], list[str]] = {}
    for g, s, p, o in lexical_rows(store, "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?ev rdf:subject ?s ; rdf:predicate ?p ; "
                                   "rdf:object ?o } }", ("g", "s", "p", "o"), union=False, named=named):
        k = (s, p, o)
        found = graphs.get(k)
        if found is None:
            graphs[k] = [g]
        else:
            found.append(g)
    out = []
    for (s, p, o), gs in graphs.items():
        if not p.startswith(KGO):
            continue
        days = [dates[g] for g in gs if g in dates]
        out.append((s, p.removeprefix(KGO), o, {
            "weight": len(gs), "documents": len(set(gs)) if len(gs) > 1 else 1,
            "first_date": min(days) if days else None, "last_date": max(days) if days else None}))
    return out


def lexical_rows(store: KGStore, sparql: str, names: tuple[str, ...], *, union: bool = True,
          named: list[str] | None = None) -> Iterator[tuple[str, ...]]:
    """Rows of a SELECT as tuples of lexical values ('' when unbound), without per-term conversion.

    ``names`` must be the projection of ``sparql`` in order: rows are read by position,
    which is several times faster than by variable.

    Examples
    --------
    >>> from kg.analytics.sample import sample_store
    >>> next(lexical_rows(sample_store(), "SELECT (1 AS ?one) WHERE {}", ("one",)))
    ('1',)
    """
    result = store.query(sparql, union_default_graph=union, named_graphs=named)
    assert isinstance(result, ox.QuerySolutions)
    assert tuple(v.value for v in result.variables) == names, (names, result.variables)
    for row in result:
        yield tuple("" if t is None else t.value for t in row)


def resolve_entity(graph: nx.Graph, ref: str) -> str:
    """The node of ``graph`` named by an IRI, a slug, a label or an alias (case-insensitive).

    Examples
    --------
    >>> g = nx.Graph()
    >>> g.add_node("https://e.org/meta", label="Meta", aliases=["Facebook"])
    >>> resolve_entity(g, "facebook")
    'https://e.org/meta'
    """
    if ref in graph:
        return ref
    want = ref.strip().casefold()
    slug = slugify(ref)
    by_slug = [n for n in graph if str(n).rsplit("/", 1)[-1] == slug]
    if len(by_slug) == 1:
        return by_slug[0]
    for key in ("label", "aliases"):
        hits = sorted(n for n, d in graph.nodes(data=True)
                      if any(want == str(v).casefold() for v in _as_list(d.get(key))))
        if hits:
            return hits[0]
    raise NotFoundError(f"no entity {ref!r} in the graph", hint="give its IRI, slug or label")


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple | set) else [value]
