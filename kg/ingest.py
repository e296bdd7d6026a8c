"""Documents in, named graphs out: collect files, read them, extract, write each atomically.

Every document is read and checked before anything is written, so a bad file stops the
build with a clear error and the store as it was (unless ``keep_going`` skips bad files).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import DocumentError
from kg.model import Document
from kg.rdf.store import IngestResult, KGStore

__all__ = ["BuildReport", "build", "collect_paths", "read_documents"]

TEXT_SUFFIXES = {".txt", ".md", ".text", ".html", ".htm", ""}


@dataclass
class BuildReport:
    results: list[IngestResult] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)   # (path, why)

    @property
    def relations(self) -> int:
        return sum(r.relations for r in self.results)

    @property
    def entities(self) -> int:
        return sum(r.entities for r in self.results)


def collect_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named directly, and the text files inside named folders (recursively, sorted).

    ``-`` stands for standard input and is kept as it is.
    """
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if str(raw) == "-":
            out.append(p)
        elif p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith(".")
                           and f.suffix.lower() in TEXT_SUFFIXES)
            if not found:
                raise DocumentError(f"{p} holds no text files (.txt, .md, .html)",
                                    hint="point kg at a folder of articles or at the files themselves")
            out.extend(found)
        elif p.exists():
            out.append(p)
        else:
            raise DocumentError(f"{p}: no such file or folder", hint="check the path")
    return out


def read_documents(paths: list[Path], *, max_bytes: int, keep_going: bool = False,
                   skipped: list[tuple[str, str]] | None = None) -> list[Document]:
    """Read and check every document; raise on the first bad one unless ``keep_going``."""
    from kg.extract.reader import decode_document, read_document

    docs: list[Document] = []
    for p in paths:
        try:
            if str(p) == "-":
                data = sys.stdin.buffer.read(max_bytes + 1)   # one byte more tells "too large"
                docs.append(decode_document(data, "stdin", max_bytes=max_bytes))
            else:
                docs.append(read_document(p, max_bytes=max_bytes))
        except DocumentError as exc:
            if not keep_going:
                raise
            if skipped is not None:
                skipped.append((str(p), str(exc)))
    return docs


def build(store: KGStore, documents: list[Document], *, extractor=None,
          progress: Callable[[Iterable], Iterator] | None = None) -> BuildReport:
    """Extract every document and write its graph; each document is one transaction."""
    from kg.extract import get_extractor

    extractor = extractor or get_extractor()
    report = BuildReport()
    extractions = extractor.extract_many(documents)
    if progress is not None:
        extractions = progress(extractions)
    for ex in extractions:
        report.results.append(store.ingest(ex))
    store.flush()
    return report
