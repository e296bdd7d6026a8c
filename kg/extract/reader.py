"""Read an article from disk into a :class:`~kg.model.Document`, refusing what is not text.

A document is plain UTF-8 text (normalised to NFC, zero-width characters removed, no-break
spaces made plain). Leading ``# key: value`` lines are metadata (``source``,
``date``, ``title``, ...); they are removed, so every offset points into the remaining text.
HTML is turned into text with a warning in ``Document.metadata["warning"]``.

>>> doc = parse_document("# source: https://example.org/a\\n# date: 2024-03-20\\nAcme hires Jane Roe.", "a.txt")
>>> doc.metadata["date"], doc.text
('2024-03-20', 'Acme hires Jane Roe.')
"""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

from kg.errors import DocumentError
from kg.model import Document

__all__ = ["read_document", "decode_document", "parse_document", "html_to_text"]

_INVISIBLE = {0x200B: None, 0x200C: None, 0x200D: None, 0xFEFF: None, 0x00A0: " ", 0x202F: " "}
_HEADER = re.compile(r"#\s*([A-Za-z][\w-]*)\s*:\s*(.*)")
_HTML_HINT = re.compile(r"<\s*(html|body|p|div|article|head|!doctype)\b", re.IGNORECASE)
_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article",
               "section", "header", "footer", "blockquote", "title", "ul", "ol", "table"}
_SKIP_TAGS = {"script", "style", "noscript", "template"}


class _TextCollector(HTMLParser):
    """Collects the visible text of an HTML page, one line per block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:  # noqa: ARG002
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self._skip:
            self._skip -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, with block elements on their own lines.

    >>> html_to_text("<html><body><h1>Title</h1><p>One <b>bold</b> word.</p><script>x()</script></body></html>")
    'Title\\n\\nOne bold word.'
    """
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    text = "".join(collector.parts)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def parse_document(text: str, name: str) -> Document:
    """Split header lines from the body of ``text`` and return the document.

    Raises
    ------
    DocumentError
        If no text is left once the header lines are removed.

    Examples
    --------
    >>> parse_document("# title: Hello\\nBody.", "x").metadata
    {'title': 'Hello'}
    """
    # one spelling for what looks the same: NFC, no zero-width characters, plain spaces
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    metadata: dict[str, str] = {}
    warnings: list[str] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        m = _HEADER.fullmatch(lines[i].rstrip("\r"))
        if not m:
            break
        metadata[m.group(1).lower()] = m.group(2).strip()
        i += 1
    body = "\n".join(lines[i:])
    if _HTML_HINT.search(body[:2000]):
        body = html_to_text(body)
        warnings.append("the document looks like HTML; its tags were stripped")
    if not body.strip():
        raise DocumentError(f"{name}: the document holds no text",
                            hint="give a file with the article text after any '# key: value' lines")
    if warnings:
        metadata["warning"] = "; ".join(warnings)
    return Document(name=name, text=body, metadata=metadata)


def read_document(path: str | Path, *, max_bytes: int) -> Document:
    """Read one UTF-8 text file as a document.

    Raises
    ------
    DocumentError
        If the file is missing, a folder, larger than ``max_bytes``, binary, not UTF-8, or empty.
    """
    p = Path(path)
    if not p.exists():
        raise DocumentError(f"{p}: no such file", hint="check the path")
    if p.is_dir():
        raise DocumentError(f"{p}: is a folder, not a document", hint="give the files inside it")
    size = p.stat().st_size
    if size > max_bytes:
        raise DocumentError(f"{p}: {size} bytes is larger than the limit of {max_bytes} bytes",
                            hint="raise KG_MAX_DOCUMENT_BYTES or split the text")
    return decode_document(p.read_bytes(), str(p), max_bytes=max_bytes)


def decode_document(data: bytes, name: str, *, max_bytes: int) -> Document:
    """Check raw bytes (size, binary content, UTF-8) and parse them as a document.

    >>> decode_document("# source: x\\nText.".encode(), "a.txt", max_bytes=100).metadata["source"]
    'x'
    """
    if len(data) > max_bytes:
        raise DocumentError(f"{name}: {len(data)} bytes is larger than the limit of {max_bytes} bytes",
                            hint="raise KG_MAX_DOCUMENT_BYTES or split the text")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise DocumentError(f"{name}: binary content (NUL byte at offset {nul})",
                            hint="give a plain UTF-8 text file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"{name}: not UTF-8 (invalid byte at offset {exc.start})",
                            hint="convert it, e.g. iconv -f latin1 -t utf-8") from exc
    return parse_document(text, name)
