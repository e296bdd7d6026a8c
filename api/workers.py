"""Query workers: SPARQL from clients runs in child processes that are killed at the time limit.

pyoxigraph cannot cancel a running query, so each worker (``python -m kg.rdf.sparql``)
queries a snapshot of the store: a RocksDB checkpoint opened read-only, or an N-Quads
dump of an in-memory store. After a write (the store's ``generation`` moves) a new
snapshot is taken and each worker reloads it before its next query. A query over
``query_timeout`` gets its worker killed and replaced; the client gets a 503. An update is
first tried in a worker on a copy of the snapshot under the same limit (pyoxigraph cannot
cancel an update either): one that runs too long is stopped there and never reaches the
store; one that finishes is then applied to the store. Each worker's
address space is capped (half the machine's memory shared by the workers): a query that
needs more kills only its worker, and the client gets a 503 too.

Answers are cached per store generation (bounded LRU, small bodies only): the same
query over an unchanged store is answered without a worker.

Where ``unshare -rn`` works, workers run in an empty network namespace: beside the refusal
of SERVICE and LOAD, a query then has no network to reach at all.
"""

from __future__ import annotations

import asyncio
import logging
import os
import pickle
import resource
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
from collections import OrderedDict
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg import errors
from kg.errors import QueryTimeoutError, StoreError
from kg.rdf.sparql import Answer, QueryRequest
from kg.rdf.store import KGStore

log = logging.getLogger("kg.api.workers")
_CACHE_MAX_BODY = 256 * 1024


def _sandbox_prefix() -> list[str]:
    unshare = shutil.which("unshare")
    if unshare is None:
        return []
    try:
        ok = subprocess.run([unshare, "-rn", "true"], capture_output=True, timeout=5).returncode == 0
    except (OSError, subprocess.SubprocessError):
        ok = False
    return [unshare, "-rn"] if ok else []


class _Worker:
    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc
        self.generation = -1     # of the snapshot it has loaded
        self.path = ""           # that snapshot

    async def call(self, msg: Any) -> Any:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        data = pickle.dumps(msg, protocol=pickle.HIGHEST_PROTOCOL)
        self.proc.stdin.write(struct.pack(">I", len(data)) + data)
        await self.proc.stdin.drain()
        (size,) = struct.unpack(">I", await self.proc.stdout.readexactly(4))
        return pickle.loads(await self.proc.stdout.readexactly(size))

    def kill(self) -> None:
        if self.proc.returncode is None:
            self.proc.kill()


class QueryPool:
    """A fixed number of query workers over snapshots of one store."""

    def __init__(self, store: KGStore, *, size: int = 2, timeout: float = 10.0, cache_entries: int = 2048,
                 memory_limit: int | None = None) -> None:
        self.store = store
        self.size = size
        self.timeout = timeout
        self.memory_limit = memory_limit if memory_limit is not None else default_memory_limit(size)
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._all: set[_Worker] = set()
        self._dir = Path(tempfile.mkdtemp(prefix="kg-snapshots-"))
        self._snapshot: tuple[int, str, str] | None = None     # generation, kind, path
        self._snapshot_lock = asyncio.Lock()
        self._trials: set[str] = set()     # snapshots that update trials are copying
        self._prefix: list[str] = []
        self.sandboxed = False
        # answers by request, for the current store generation only (a write empties it)
        self._cache: OrderedDict[tuple, Answer] = OrderedDict()
        self._cache_generation = -1
        self.cache_entries = cache_entries
        self.hits = self.misses = 0

    async def start(self) -> None:
        self._prefix = await asyncio.to_thread(_sandbox_prefix)
        self.sandboxed = bool(self._prefix)
        await asyncio.gather(*(self._spawn() for _ in range(self.size)))

    async def close(self) -> None:
        for w in list(self._all):
            w.kill()
            await w.proc.wait()
        self._all.clear()
        shutil.rmtree(self._dir, ignore_errors=True)

    async def _spawn(self) -> None:
        limit = self.memory_limit

        def before_exec() -> None:
            # in the child, before exec: a query that needs more memory dies alone; Ctrl-C in the
            # terminal reaches the whole process group, but the pool ends its workers itself, so
            # SIGINT is ignored from the start (an ignored signal stays ignored across exec), not
            # only once the worker has imported its modules
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            if limit:
                resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

        proc = await asyncio.create_subprocess_exec(
            *self._prefix, sys.executable, "-m", "kg.rdf.sparql",
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, preexec_fn=before_exec)
        w = _Worker(proc)
        self._all.add(w)
        self._idle.put_nowait(w)

    async def _current_snapshot(self) -> tuple[int, str, str]:
        generation = self.store.generation
        if self._snapshot is not None and self._snapshot[0] == generation:
            return self._snapshot
        async with self._snapshot_lock:
            generation = self.store.generation
            if self._snapshot is None or self._snapshot[0] != generation:
                self._snapshot = await asyncio.to_thread(self._take_snapshot, generation)
                self._prune()
            return self._snapshot

    def _take_snapshot(self, generation: int) -> tuple[int, str, str]:
        target = self._dir / f"g{generation}-{time.monotonic_ns()}"
        try:
            if self.store.path is not None:
                self.store.raw.backup(str(target))
                return generation, "rocksdb", str(target)
            path = target.with_suffix(".nq")
            self.store.raw.dump(str(path), format=ox.RdfFormat.N_QUADS)
            return generation, "nquads", str(path)
        except OSError as exc:
            raise StoreError(f"cannot snapshot the store for the query workers: {exc}") from exc

    def _prune(self) -> None:
        keep = {self._snapshot[2]} if self._snapshot else set()
        keep |= {w.path for w in self._all} | self._trials
        for p in self._dir.iterdir():
            if str(p) not in keep and str(p).rsplit(".trial-", 1)[0] not in self._trials:
                shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)

    async def run(self, req: QueryRequest) -> Answer:
        """The answer to ``req``: from the cache when the store has not changed since, else from a worker."""
        if self._cache_generation != self.store.generation:
            self._cache.clear()
            self._cache_generation = self.store.generation
        # the predeclared prefixes are the store's, the same for every request of this pool
        key = (req.sparql, tuple(req.default_graphs), tuple(req.named_graphs), req.base_iri, req.accept, req.max_rows)
        found = self._cache.get(key)
        if found is not None:
            self.hits += 1
            self._cache.move_to_end(key)
            return found
        self.misses += 1
        generation = self.store.generation
        answer = await self._execute(req)
        if self.cache_entries and generation == self.store.generation and len(answer.body) <= _CACHE_MAX_BODY:
            self._cache[key] = answer
            if len(self._cache) > self.cache_entries:
                self._cache.popitem(last=False)
        return answer

    async def trial_update(self, sparql: str, base_iri: str | None, prefixes: dict[str, str]) -> None:
        """Run an update on a copy of the current snapshot in a worker, within the time limit: a
        malformed or failing update raises its error, one over the limit ``QueryTimeoutError``,
        and the store is untouched either way (the caller then applies it to the store)."""
        snap = await self._current_snapshot()
        self._trials.add(snap[2])      # kept by _prune while the trial runs
        try:
            await self._execute(("update", snap[1], snap[2], sparql, base_iri, prefixes))
        finally:
            self._trials.discard(snap[2])

    async def _execute(self, req: QueryRequest | tuple) -> Answer:
        """Execute ``req`` in a worker within the time limit (waiting for a free worker included):
        a query, or an update trial (a worker message that names its own snapshot)."""
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                worker = await asyncio.wait_for(self._idle.get(), max(0.01, deadline - time.monotonic()))
            except TimeoutError:
                raise QueryTimeoutError(f"no query worker became free within {self.timeout:g} s",
                                        hint="the server is busy; retry later") from None
            if worker.proc.returncode is None:
                break
            await self._replace(worker)     # died while idle (killed from outside): use another
        try:
            if isinstance(req, tuple):
                msg = req
            else:
                snap = await self._current_snapshot()
                if worker.generation != snap[0]:
                    reply = await asyncio.wait_for(worker.call(("load", snap[1], snap[2])),
                                                   max(0.1, deadline - time.monotonic()) + 60)
                    if reply[0] != "ok":
                        raise StoreError(f"a query worker could not open the snapshot: {reply[2]}")
                    worker.generation, worker.path = snap[0], snap[2]
                msg = ("query", req)
            reply = await asyncio.wait_for(worker.call(msg), max(0.01, deadline - time.monotonic()))
        except TimeoutError:
            await self._replace(worker)
            if isinstance(req, tuple):
                # the copy the killed worker was updating (see kg.rdf.sparql.trial_update)
                shutil.rmtree(f"{req[2]}.trial-{worker.proc.pid}", ignore_errors=True)
                raise QueryTimeoutError(f"the update ran longer than {self.timeout:g} s on a copy of the store "
                                        "and was stopped; nothing was changed",
                                        hint="narrow the WHERE patterns, or ask for a larger KG_QUERY_TIMEOUT") from None
            raise QueryTimeoutError(f"the query ran longer than {self.timeout:g} s and was stopped",
                                    hint="add LIMIT, narrow the patterns, or ask for a larger KG_QUERY_TIMEOUT") \
                from None
        except (asyncio.IncompleteReadError, BrokenPipeError, ConnectionResetError) as exc:
            await self._replace(worker)
            log.error("a query worker died: %r", exc)
            raise StoreError("the query worker stopped unexpectedly; it has been replaced",
                             hint="retry; if it happens again, the query may exhaust memory") from None
        except BaseException:
            await self._replace(worker)
            raise
        self._idle.put_nowait(worker)
        if reply[0] == "ok":
            return reply[1]
        _, kind, message = reply
        raise getattr(errors, kind, errors.KGError)(message)

    async def _replace(self, worker: _Worker) -> None:
        worker.kill()
        self._all.discard(worker)
        try:
            await worker.proc.wait()
        finally:
            await self._spawn()


def default_memory_limit(workers: int) -> int:
    """Address space per worker: half the machine's memory shared by the workers, at least 2 GiB."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError):
        return 0
    return max(2 << 30, total // (2 * max(1, workers)))


def default_pool_size() -> int:
    return max(2, min(4, os.cpu_count() or 2))
