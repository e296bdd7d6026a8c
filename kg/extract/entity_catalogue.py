"""The catalogue of known entities (``ontologies/catalogue.tsv``): names, types, Wikidata IDs.

The file is tab-separated with the header ``key type label label_de aliases wikidata note``;
aliases are ``|``-separated and ``wikidata`` is a Q-id or empty. The catalogue only helps to
recognise and link names; it is never a source of relations.

>>> import tempfile, os
>>> path = os.path.join(tempfile.mkdtemp(), "catalogue.tsv")
>>> _ = open(path, "w", encoding="utf-8").write(
...     "key\\ttype\\tlabel\\tlabel_de\\taliases\\twikidata\\tnote\\n"
...     "acme\\tOrganization\\tAcme Corp\\t\\tAcme|ACME\\tQ1\\t\\n")
>>> cat = load_catalogue(path)
>>> cat.entries["acme"].forms
['Acme Corp', 'Acme', 'ACME']
>>> cat.entries["acme"].same_as
['http://www.wikidata.org/entity/Q1']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.errors import ConfigError
from kg.model import ENTITY_TYPES

__all__ = ["CatalogueEntry", "Catalogue", "load_catalogue", "EMPTY_CATALOGUE"]

HEADER = ["key", "type", "label", "label_de", "aliases", "wikidata", "note"]
_QID = re.compile(r"Q\d+")


@dataclass(frozen=True)
class CatalogueEntry:
    """One known entity."""

    key: str
    type: str
    label: str
    label_de: str = ""
    aliases: tuple[str, ...] = ()
    wikidata: str = ""

    @property
    def forms(self) -> list[str]:
        """Every name of the entry: label, German label, aliases (no duplicates, in order)."""
        seen: list[str] = []
        for f in (self.label, self.label_de, *self.aliases):
            if f and f not in seen:
                seen.append(f)
        return seen

    @property
    def same_as(self) -> list[str]:
        return [f"http://www.wikidata.org/entity/{self.wikidata}"] if self.wikidata else []


@dataclass
class Catalogue:
    """Entries by key."""

    entries: dict[str, CatalogueEntry] = field(default_factory=dict)
    path: str = ""


EMPTY_CATALOGUE = Catalogue()


@lru_cache(maxsize=4)
def load_catalogue(path: str | Path) -> Catalogue:
    """Read the catalogue; a missing file gives an empty catalogue.

    Raises
    ------
    ConfigError
        If the header or a row is malformed (wrong column count, unknown type, bad Q-id).
    """
    p = Path(path)
    if not p.is_file():
        return Catalogue(path=str(p))
    rows = p.read_text(encoding="utf-8").splitlines()
    if not rows or rows[0].split("\t")[:len(HEADER)] != HEADER:
        raise ConfigError(f"{p}: the first line must be the header {HEADER}",
                          hint=f"got {rows[0].split(chr(9)) if rows else 'an empty file'}")
    entries: dict[str, CatalogueEntry] = {}
    for n, row in enumerate(rows[1:], 2):
        if not row.strip() or row.startswith("#"):
            continue
        cols = row.split("\t")
        cols += [""] * (len(HEADER) - len(cols))
        key, type_, label, label_de, aliases, wikidata = (c.strip() for c in cols[:6])
        if not key or not label:
            raise ConfigError(f"{p}:{n}: key and label are required", hint=f"got {row!r}")
        if type_ not in ENTITY_TYPES:
            raise ConfigError(f"{p}:{n}: unknown type {type_!r}", hint=f"expected one of {ENTITY_TYPES}")
        if wikidata and not _QID.fullmatch(wikidata):
            raise ConfigError(f"{p}:{n}: wikidata must be a Q-id like Q42", hint=f"got {wikidata!r}")
        entries[key] = CatalogueEntry(
            key=key, type=type_, label=label, label_de=label_de,
            aliases=tuple(a.strip() for a in aliases.split("|") if a.strip()), wikidata=wikidata)
    return Catalogue(entries=entries, path=str(p))
