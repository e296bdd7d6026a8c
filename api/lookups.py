"""What the store knows about an entity, and why: the read model behind the lookup routes.

Everything goes through pyoxigraph's pattern API with terms built from validated ids,
so no user input ever becomes query text. Labels and aliases are indexed once per store
generation for search (exact, prefix, word prefix, substring, trigram-fuzzy).
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections import OrderedDict, defaultdict, deque
from collections.abc import Callable
from typing import Any

import pyoxigraph as ox

from api.replica import Replica
from api.search import LabelIndex
from kg.errors import InputError, NotFoundError
from kg.rdf.namespaces import KGO, OWL, PROV, RDF, RDFS, SKOS
from kg.rdf.store import KGStore

log = logging.getLogger("kg.api.lookups")

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DOC_ID = re.compile(r"^[0-9a-f]{16}$")

_TYPE, _LABEL, _ALT = ox.NamedNode(RDF + "type"), ox.NamedNode(RDFS + "label"), ox.NamedNode(SKOS + "altLabel")
_SAME, _MENTIONED = ox.NamedNode(OWL + "sameAs"), ox.NamedNode(KGO + "mentionedIn")
_SUBJ, _PRED, _OBJ = ox.NamedNode(RDF + "subject"), ox.NamedNode(RDF + "predicate"), ox.NamedNode(RDF + "object")
_SENTENCE, _CONF = ox.NamedNode(KGO + "sentence"), ox.NamedNode(KGO + "confidence")
_START, _END, _RULE = ox.NamedNode(KGO + "start"), ox.NamedNode(KGO + "end"), ox.NamedNode(KGO + "rule")
_FROM_DOC = ox.NamedNode(PROV + "wasDerivedFrom")
_NOT_ENTITY = {KGO + "Document", KGO + "Evidence"}
_ENTITY_CACHE = 20_000
VIEW_BYTES = 256 << 20      # cap on the entity view's JSON bodies; above it, lookups are computed on demand
_MAX_VISITED = 20_000


def entity_node(store: KGStore, slug: str) -> ox.NamedNode:
    """The IRI of the entity ``slug``; the slug must match the strict slug pattern."""
    if not (0 < len(slug) <= 200 and SLUG.match(slug)):
        raise InputError(f"{slug[:80]!r} is not an entity id", hint="ids are lower-case slugs like 'mark-zuckerberg'")
    return ox.NamedNode(store.base_iri + slug)


def doc_node(store: KGStore, doc_id: str) -> ox.NamedNode:
    if not DOC_ID.match(doc_id):
        raise InputError(f"{doc_id[:80]!r} is not a document id", hint="ids are 16 hex digits, see GET /documents")
    return ox.NamedNode(f"{store.base_iri}doc/{doc_id}")


def _objects(raw: ox.Store, s: Any, p: ox.NamedNode) -> list[Any]:
    seen: dict[Any, None] = {}
    for q in raw.quads_for_pattern(s, p, None, None):
        seen.setdefault(q.object, None)
    return list(seen)


def _num(term: Any) -> Any:
    if term is None:
        return None
    try:
        return int(term.value) if term.datatype.value.endswith("integer") else float(term.value)
    except (AttributeError, ValueError):
        return term.value


def short(store: KGStore, iri: str) -> str:
    """The slug of an entity IRI or the short id of a document IRI (the IRI itself otherwise)."""
    for prefix in (store.base_iri + "doc/", store.base_iri):
        if iri.startswith(prefix) and "/" not in iri[len(prefix):]:
            return iri[len(prefix):]
    return iri


class EntityView:
    """The JSON body of ``GET /entities/{id}`` for every entity, made for one store generation.

    Built in the background from the in-memory replica right after it is made, so a cold
    lookup is one dict access. ``bodies`` is keyed on the entity IRI; an entity missing from
    it (over the memory cap, or not an entity) is computed on demand as before.
    """

    __slots__ = ("generation", "bodies", "size", "complete", "seconds")

    def __init__(self, generation: int, bodies: dict[str, bytes], size: int, complete: bool, seconds: float) -> None:
        self.generation, self.bodies, self.size, self.complete, self.seconds = generation, bodies, size, complete, seconds


class Lookups:
    """Read-only views of a store for the HTTP lookups."""

    def __init__(self, store: KGStore, *, replica: bool = True, view_bytes: int = VIEW_BYTES) -> None:
        self.store = store
        self._view: EntityView | None = None
        self._view_bytes = view_bytes
        self._replica = (Replica(store, on_current=self._make_view if view_bytes > 0 else None)
                         if replica and store.path is not None else None)
        self._index: LabelIndex | None = None
        self._lock = threading.Lock()
        self._summaries: dict[str, dict[str, Any]] = {}
        self._summaries_generation = -1
        self._entities: OrderedDict[str, bytes] = OrderedDict()     # entity IRI -> JSON of entity()
        self._entities_generation = -1
        self._cache_lock = threading.Lock()

    @property
    def raw(self) -> ox.Store:
        """The store to read: the in-memory replica when it is current, else the store itself."""
        if self._replica is not None:
            current = self._replica.current()
            if current is not None:
                return current
        return self.store.raw

    @property
    def in_memory(self) -> bool:
        """Lookups read memory: the replica is current and so is the entity view (disk stores)."""
        if self._replica is None:
            return True
        if self._replica.current() is None:
            return False
        view = self._view
        return self._view_bytes <= 0 or (view is not None and view.generation == self.store.generation)

    @property
    def reads_memory(self) -> bool:
        """Lookups read the in-memory replica (or an in-memory store), not RocksDB."""
        return self._replica is None or self._replica.current() is not None

    def _make_view(self, raw: ox.Store, generation: int) -> None:
        """Compute the JSON of every entity from ``raw``, the replica of ``generation``; called by
        the replica's thread. Gives up as soon as the store moves on (the view would be stale)."""
        try:
            self._fill_view(raw, generation)
        except Exception:   # noqa: BLE001 - lookups are computed on demand instead
            log.exception("the entity view could not be made")
            if generation == self.store.generation:
                self._view = EntityView(generation, {}, 0, False, 0.0)

    def _fill_view(self, raw: ox.Store, generation: int) -> None:
        t0 = time.perf_counter()
        bodies: dict[str, bytes] = {}
        summaries: dict[str, dict[str, Any]] = {}
        size, complete, seen = 0, True, set()

        def summary(node: Any) -> dict[str, Any]:
            found = summaries.get(node.value)
            if found is None:
                found = summaries[node.value] = self._summary_of(node, raw)
            return dict(found)

        for q in raw.quads_for_pattern(None, _TYPE, None, None):
            node: Any = q.subject
            t: str = getattr(q.object, "value", "")
            if not isinstance(node, ox.NamedNode) or not t.startswith(KGO) or t in _NOT_ENTITY or node.value in seen:
                continue
            seen.add(node.value)
            if generation != self.store.generation:
                return
            body = json.dumps(self._entity(raw, node, summary), ensure_ascii=False).encode()
            cost = len(body) + len(node.value) + 120      # bytes objects, keys and dict slots
            if size + cost > self._view_bytes:
                complete = False
                break
            bodies[node.value] = body
            size += cost
        if generation == self.store.generation:
            self._view = EntityView(generation, bodies, size, complete, time.perf_counter() - t0)
            log.info("entity view: %d entities, %.1f MB, %.1f s%s", len(bodies), size / 1e6,
                     self._view.seconds, "" if complete else " (memory cap reached: the rest on demand)")

    def warm(self) -> None:
        """Start building the in-memory replica (disk stores only)."""
        if self._replica is not None:
            self._replica.current()

    # ---- one entity ----------------------------------------------------------------------
    def _props(self, node: Any, raw: ox.Store | None = None) -> dict[str, list[Any]]:
        """Objects of ``node`` by predicate IRI, in store order, without duplicates (one index scan)."""
        out: dict[str, dict[Any, None]] = defaultdict(dict)
        for q in (self.raw if raw is None else raw).quads_for_pattern(node, None, None, None):
            out[q.predicate.value].setdefault(q.object, None)
        return {p: list(objs) for p, objs in out.items()}

    def types(self, node: Any, raw: ox.Store | None = None) -> list[str]:
        return sorted({t.value.removeprefix(KGO) for t in _objects(self.raw if raw is None else raw, node, _TYPE)
                       if t.value.startswith(KGO) and t.value not in _NOT_ENTITY})

    def label(self, node: Any, raw: ox.Store | None = None) -> str:
        labels = _objects(self.raw if raw is None else raw, node, _LABEL)
        return labels[0].value if labels else short(self.store, node.value)

    def _summary_of(self, node: Any, raw: ox.Store | None = None) -> dict[str, Any]:
        types = self.types(node, raw)
        return {"id": short(self.store, node.value), "iri": node.value, "label": self.label(node, raw),
                "type": types[0] if types else None}

    def summary(self, node: Any) -> dict[str, Any]:
        """id, IRI, label and type of an entity; cached until the store changes."""
        if self._summaries_generation != self.store.generation:
            self._summaries, self._summaries_generation = {}, self.store.generation
        found = self._summaries.get(node.value)
        if found is None:
            found = self._summary_of(node)
            if len(self._summaries) < 100_000:
                self._summaries[node.value] = found
        return dict(found)

    def exists(self, node: ox.NamedNode) -> bool:
        return next(iter(self.raw.quads_for_pattern(node, _TYPE, None, None)), None) is not None

    def entity_must_exist(self, node: ox.NamedNode) -> None:
        if not self.exists(node):
            raise NotFoundError(f"no entity {short(self.store, node.value)!r} in the store",
                                hint="GET /entities?q=... searches by label")

    def view_json(self, slug: str) -> bytes | None:
        """The JSON of ``GET /entities/{slug}`` from the entity view, if the view is of the store's
        current generation and holds that entity (else None: the route computes it)."""
        view = self._view
        if view is None or view.generation != self.store.generation or not (0 < len(slug) <= 200 and SLUG.match(slug)):
            return None
        return view.bodies.get(self.store.base_iri + slug)

    def cached_entity_json(self, node: ox.NamedNode) -> bytes | None:
        """The JSON of :meth:`entity` from the entity view or the LRU, if made for the store's generation."""
        view = self._view
        if view is not None and view.generation == self.store.generation:
            found = view.bodies.get(node.value)
            if found is not None:
                return found
        with self._cache_lock:
            if self._entities_generation != self.store.generation:
                return None
            found = self._entities.get(node.value)
            if found is not None:
                self._entities.move_to_end(node.value)
            return found

    def entity_json(self, node: ox.NamedNode) -> bytes:
        """:meth:`entity` as JSON, cached until the store changes (bounded LRU)."""
        found = self.cached_entity_json(node)
        if found is not None:
            return found
        generation = self.store.generation
        found = json.dumps(self.entity(node), ensure_ascii=False).encode()
        with self._cache_lock:
            if self._entities_generation != generation:
                self._entities.clear()
                self._entities_generation = generation
            if generation == self.store.generation:
                self._entities[node.value] = found
                if len(self._entities) > _ENTITY_CACHE:
                    self._entities.popitem(last=False)
        return found

    def entity(self, node: ox.NamedNode) -> dict[str, Any]:
        """Label, type, aliases, sameAs, documents and every relation out and in with its evidence."""
        return self._entity(self.raw, node, self.summary)

    def _entity(self, raw: ox.Store, node: Any, summary: Callable[[Any], dict[str, Any]]) -> dict[str, Any]:
        props = self._props(node, raw)
        types = sorted({t.value.removeprefix(KGO) for t in props.get(_TYPE.value, ())
                        if t.value.startswith(KGO) and t.value not in _NOT_ENTITY})
        if not types:
            raise NotFoundError(f"no entity {short(self.store, node.value)!r} in the store",
                                hint="GET /entities?q=... searches by label")
        labels = props.get(_LABEL.value, [])
        out: dict[str, Any] = {
            "id": short(self.store, node.value), "iri": node.value,
            "label": labels[0].value if labels else short(self.store, node.value),
            "type": types[0], "types": types,
            "labels": {(lab.language or ""): lab.value for lab in reversed(labels)},
            "aliases": sorted({a.value for a in props.get(_ALT.value, ())} - {lab.value for lab in labels}),
            "sameAs": sorted(x.value for x in props.get(_SAME.value, ())),
            "documents": sorted(short(self.store, d.value) for d in props.get(_MENTIONED.value, ())),
        }
        rels = self._relations(raw, node, None, "both", summary)
        out["relations"] = {"out": [r for r in rels if r["direction"] == "out"],
                            "in": [r for r in rels if r["direction"] == "in"]}
        return out

    def relations(self, node: ox.NamedNode, *, predicate: str | None = None,
                  direction: str = "both") -> list[dict[str, Any]]:
        """Relations of ``node`` grouped by (subject, predicate, object), each with its evidence."""
        return self._relations(self.raw, node, predicate, direction, self.summary)

    def _relations(self, raw: ox.Store, node: Any, predicate: str | None, direction: str,
                   summary: Callable[[Any], dict[str, Any]]) -> list[dict[str, Any]]:
        """:meth:`relations` read from ``raw``, with ``summary`` for the entity at the other end."""
        grouped: dict[tuple[str, str, str], dict[str, Any]] = {}
        for side, mine, other in (("out", _SUBJ, _OBJ), ("in", _OBJ, _SUBJ)):
            if direction not in ("both", side):
                continue
            for q in raw.quads_for_pattern(None, mine, node, None):
                ev = self._props(q.subject, raw)
                preds, others = ev.get(_PRED.value), ev.get(other.value)
                if not preds or not others:
                    continue
                pred = preds[0].value.removeprefix(KGO)
                if predicate is not None and pred != predicate:
                    continue
                key = (side, pred, others[0].value)
                rel = grouped.get(key)
                if rel is None:
                    rel = grouped[key] = {"direction": side, "predicate": pred,
                                          ("object" if side == "out" else "subject"): summary(others[0]),
                                          "evidence": []}
                first: dict[str, Any] = {p: (v[0] if v else None) for p, v in ev.items()}
                doc = first.get(_FROM_DOC.value)
                rel["evidence"].append({
                    "sentence": getattr(first.get(_SENTENCE.value), "value", None),
                    "document": short(self.store, doc.value) if doc is not None else None,
                    "confidence": _num(first.get(_CONF.value)),
                    "start": _num(first.get(_START.value)), "end": _num(first.get(_END.value))})
        rels = list(grouped.values())
        for r in rels:
            r["evidence"].sort(key=lambda e: (e["document"] or "", e["start"] or 0))
            r["confidence"] = max((e["confidence"] or 0 for e in r["evidence"]), default=None)
        rels.sort(key=lambda r: (r["direction"] != "out", r["predicate"],
                                 (r.get("object") or r["subject"])["label"].casefold()))
        return rels

    def description(self, node: ox.NamedNode) -> list[ox.Triple]:
        """The entity's triples, the relations pointing at it and their evidence records (for RDF)."""
        if not self.exists(node):
            raise NotFoundError(f"no entity {short(self.store, node.value)!r} in the store")
        triples: dict[ox.Triple, None] = {}
        for q in self.raw.quads_for_pattern(node, None, None, None):
            triples.setdefault(ox.Triple(q.subject, q.predicate, q.object), None)
        for q in self.raw.quads_for_pattern(None, None, node, None):
            if q.predicate.value.startswith(KGO) and q.predicate != _MENTIONED:
                triples.setdefault(ox.Triple(q.subject, q.predicate, q.object), None)
        for p in (_SUBJ, _OBJ):
            for q in self.raw.quads_for_pattern(None, p, node, None):
                for e in self.raw.quads_for_pattern(q.subject, None, None, None):
                    triples.setdefault(ox.Triple(e.subject, e.predicate, e.object), None)
        return list(triples)

    # ---- the graph around it ---------------------------------------------------------------
    def _edges(self, node: Any) -> list[tuple[Any, str, Any]]:
        """(subject, predicate, object) of the stated relations touching ``node``, without duplicates."""
        found: dict[tuple[str, str, str], tuple[Any, str, Any]] = {}
        for mine, other in ((_SUBJ, _OBJ), (_OBJ, _SUBJ)):
            for q in self.raw.quads_for_pattern(None, mine, node, None):
                preds, others = _objects(self.raw, q.subject, _PRED), _objects(self.raw, q.subject, other)
                if preds and others:
                    s, o = (node, others[0]) if mine == _SUBJ else (others[0], node)
                    pred = preds[0].value.removeprefix(KGO)
                    found.setdefault((s.value, pred, o.value), (s, pred, o))
        return list(found.values())

    def neighbors(self, node: ox.NamedNode, depth: int, limit: int = 500) -> dict[str, Any]:
        if not self.exists(node):
            raise NotFoundError(f"no entity {short(self.store, node.value)!r} in the store")
        dist = {node: 0}
        edges: dict[tuple[str, str, str], dict[str, str]] = {}
        frontier = deque([node])
        truncated = False
        while frontier:
            cur = frontier.popleft()
            if dist[cur] == depth:
                continue
            for s, pred, o in self._edges(cur):
                other = o if s == cur else s
                if other not in dist:
                    if len(dist) >= limit:
                        truncated = True
                        continue
                    dist[other] = dist[cur] + 1
                    frontier.append(other)
                edges.setdefault((s.value, pred, o.value), {
                    "subject": short(self.store, s.value), "predicate": pred, "object": short(self.store, o.value)})
        nodes = [{**self.summary(n), "depth": d} for n, d in sorted(dist.items(), key=lambda x: (x[1], x[0].value))]
        return {"center": short(self.store, node.value), "depth": depth, "nodes": nodes,
                "edges": [e for e in edges.values() if all(self.store.base_iri + e[k] in {n.value for n in dist}
                                                            for k in ("subject", "object"))],
                "truncated": truncated}

    def paths(self, start: ox.NamedNode, goal: ox.NamedNode, max_length: int, limit: int = 10) -> list[list[dict]]:
        """Shortest paths (relations taken in either direction), at most ``limit`` of them."""
        for n in (start, goal):
            if not self.exists(n):
                raise NotFoundError(f"no entity {short(self.store, n.value)!r} in the store")
        if start == goal:
            return [[]]
        parents: dict[Any, list[tuple[Any, tuple[Any, str, Any]]]] = defaultdict(list)
        dist = {start: 0}
        frontier = [start]
        for d in range(1, max_length + 1):
            nxt: list[Any] = []
            for cur in frontier:
                for edge in self._edges(cur):
                    s, _, o = edge
                    other = o if s == cur else s
                    if other not in dist:
                        dist[other] = d
                        nxt.append(other)
                    if dist[other] == d:
                        parents[other].append((cur, edge))
            if goal in dist:
                break
            frontier = nxt
            if len(dist) > _MAX_VISITED:      # a bound on the work of one request
                break
        if goal not in dist:
            return []
        out: list[list[dict]] = []

        def walk(n: Any, tail: list[dict]) -> None:
            if len(out) >= limit:
                return
            if n == start:
                out.append(list(reversed(tail)))
                return
            for prev, (s, pred, o) in parents[n]:
                step = {"subject": self.summary(s), "predicate": pred, "object": self.summary(o)}
                walk(prev, [*tail, step])

        walk(goal, [])
        return out

    # ---- search --------------------------------------------------------------------------
    def search(self, q: str | None, type_: str | None, limit: int) -> list[dict[str, Any]]:
        index = self._current_index()
        if not q:
            hits = [(1.0, i, "label") for i in range(len(index.entities))]
        else:
            hits = index.match(q)
        out, seen = [], set()
        for score, i, how in hits:
            ent = index.entities[i]
            if i in seen or (type_ and ent["type"] != type_):
                continue
            seen.add(i)
            out.append({**ent, "score": round(score, 3), "match": how})
            if len(out) >= limit:
                break
        return out

    def _current_index(self) -> LabelIndex:
        with self._lock:
            if self._index is None or self._index.generation != self.store.generation:
                self._index = LabelIndex.build(self)
            return self._index
