"""kg.extract.reader: header lines, offsets, and every way a file can be unusable."""

from __future__ import annotations

import pytest

from kg.errors import DocumentError
from kg.extract.reader import html_to_text, parse_document, read_document


def test_header_lines_become_metadata_and_offsets_point_into_the_body(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("# source: https://example.org/x\n# date: 2024-03-20\n# title: Hi\nAcme hires Jane Roe.\n",
                 encoding="utf-8")
    doc = read_document(p, max_bytes=10_000)
    assert doc.metadata == {"source": "https://example.org/x", "date": "2024-03-20", "title": "Hi"}
    assert doc.text.startswith("Acme hires")
    assert doc.text[doc.text.index("Jane"):][:8] == "Jane Roe"


def test_missing_date_line_is_fine():
    doc = parse_document("# source: https://example.org\nText here.", "x")
    assert "date" not in doc.metadata and doc.text == "Text here."


@pytest.mark.parametrize("make, message", [
    (lambda d: d / "nope.txt", "no such file"),
    (lambda d: d, "is a folder"),
])
def test_missing_file_and_folder(tmp_path, make, message):
    with pytest.raises(DocumentError, match=message):
        read_document(make(tmp_path), max_bytes=100)


def test_binary_content_is_refused(tmp_path):
    p = tmp_path / "b.bin"
    p.write_bytes(b"abc\x00def")
    with pytest.raises(DocumentError, match="NUL byte at offset 3"):
        read_document(p, max_bytes=100)


def test_non_utf8_names_the_byte_offset(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("Grüße".encode("latin-1"))
    with pytest.raises(DocumentError, match=r"offset 2") as exc:
        read_document(p, max_bytes=100)
    assert "iconv" in str(exc.value)


@pytest.mark.parametrize("content", ["", "   \n\t\n", "# source: x\n\n  \n"])
def test_empty_or_blank_document(tmp_path, content):
    p = tmp_path / "e.txt"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(DocumentError, match="no text"):
        read_document(p, max_bytes=100)


def test_too_large(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("x" * 101, encoding="utf-8")
    with pytest.raises(DocumentError, match="larger than the limit of 100 bytes"):
        read_document(p, max_bytes=100)


def test_html_is_stripped_with_a_warning():
    doc = parse_document("<html><body><h1>Acme</h1><p>Acme hires <b>Jane Roe</b>.</p>"
                         "<script>var x = 1;</script></body></html>", "page.html")
    assert "<" not in doc.text and "var x" not in doc.text
    assert "Acme hires Jane Roe." in doc.text
    assert "HTML" in doc.metadata["warning"]


def test_html_to_text_keeps_blocks_apart():
    assert html_to_text("<p>One</p><p>Two</p>").split() == ["One", "Two"]


def test_invisible_characters_and_no_break_spaces_are_normalised():
    doc = parse_document("\ufeffAcme\u00a0CEO\u200b Jane Roe sagt: Cafe\u0301.", "x")
    assert doc.text == "Acme CEO Jane Roe sagt: Café."
