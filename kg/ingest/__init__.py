"""Step 1: files on disk → Documents holding the text as read, whatever form the file is in.

The only corpus reader. The kind of a file is told by its bytes first (a PDF is a PDF whatever it
is called) and by its name second: text in any Chinese encoding (text.py), saved web pages
(html.py), PDF (pdf.py) and Word (docx.py). Old binary formats (.doc, .wps …) are refused with the
conversion to make. For HTML, PDF and DOCX the text as read is the extracted plain text: every
quote is a substring of it, and `kg build` exports it (exports/text/<doc>.txt).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from kg.errors import KgError
from kg.model import Document, Source, printable

TEXT = (".txt", ".text")
HTML = (".html", ".htm", ".shtml", ".xhtml")
PDF = (".pdf",)
DOCX = (".docx",)
# Formats we do not read, and the conversion that makes them readable.
CONVERT_DOCX = "convert it to DOCX or PDF first (soffice --headless --convert-to docx FILE)"
OLD = {
    ".doc": f"Word 97-2003 (.doc) file; {CONVERT_DOCX}",
    ".wps": f"WPS Writer (.wps) file; {CONVERT_DOCX}",
    ".wpt": f"WPS template (.wpt); {CONVERT_DOCX}",
    ".rtf": f"RTF file; {CONVERT_DOCX}",
    ".odt": f"OpenDocument (.odt) file; {CONVERT_DOCX}",
    ".ofd": "OFD file (the Chinese fixed-layout format); export it as PDF from an OFD reader first",
    ".caj": "CAJ file; print it to PDF from CAJViewer first",
}
SUFFIXES = (*TEXT, *HTML, *PDF, *DOCX, *OLD)
MAX_BYTES = 50 * 1024 * 1024
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the container of .doc, .wps, .xls, .et


@dataclass(frozen=True)
class Survey:
    """The files a build will read, and those of a kind it does not read, each with the reason."""

    files: tuple[Path, ...]
    skipped: tuple[tuple[Path, str], ...] = ()


def survey(paths: Iterable[Path]) -> Survey:
    """Named files are read whatever they are called; in folders, files with a known suffix are,
    and the others are listed as skipped (hidden files aside)."""
    paths = list(paths)
    found: set[Path] = set()
    skipped: set[tuple[Path, str]] = set()
    for path in paths:
        if path.is_dir():
            for child in path.iterdir():
                if child.name.startswith(".") or child.name == "__init__.py" or not child.is_file():
                    continue  # hidden files, and the marker that ships seeds/ inside the package
                if child.suffix.lower() in SUFFIXES:
                    found.add(child)
                else:
                    skipped.add((child, f"unknown kind ({child.suffix or 'no suffix'}); kg reads {', '.join((*TEXT, *HTML, *PDF, *DOCX))}"))
        elif path.is_file():
            found.add(path)
        elif path.exists():
            raise KgError(path, "not a regular file or folder")
        else:
            raise KgError(path, "no such file or folder")
    if not found:
        raise KgError(", ".join(map(str, paths)) or ".", f"no documents ({'/'.join((*TEXT, *HTML, *PDF, *DOCX))} files) found")
    order = lambda p: (p.name, str(p))  # noqa: E731
    return Survey(tuple(sorted(found, key=order)), tuple(sorted(skipped, key=lambda s: order(s[0]))))


def find(paths: Iterable[Path]) -> list[Path]:
    """The documents named by paths (files, or folders of documents), sorted, each once."""
    return list(survey(paths).files)


def read(path: Path) -> Document:
    """Read one document in whatever form; the normalised text is filled in by the next step."""
    try:
        if path.stat().st_size > MAX_BYTES:  # before reading: a 3 GB file is never read whole
            raise KgError(path, f"larger than {MAX_BYTES // 2**20} MiB; split it or raise the limit")
        data = path.read_bytes()
    except OSError as error:
        raise KgError(path, f"cannot be read ({error.strerror or error})") from error
    return from_bytes(data, path)


def from_bytes(data: bytes, path: Path) -> Document:
    """The Document of a file's bytes; path gives its name (and, for ambiguous bytes, its kind)."""
    if len(data) > MAX_BYTES:
        raise KgError(path, f"larger than {MAX_BYTES // 2**20} MiB; split it or raise the limit")
    if not data.strip():
        raise KgError(path, "empty file (no text)")
    kind = sniff(data, path)
    encoding: str | None = None
    pages: tuple[int, ...] = ()
    fields: tuple[tuple[str, str], ...] = ()
    if kind == "pdf":
        from kg.ingest.html import stated_in
        from kg.ingest.pdf import read_pdf

        text, pages = read_pdf(data, path)
        fields = stated_in(text)
    elif kind == "docx":
        from kg.ingest.docx import read_docx

        text = read_docx(data, path)
    elif kind == "html":
        from kg.ingest.html import read_html

        text, encoding, fields = read_html(data, path)
    else:
        from kg.ingest.text import decode

        text, encoding = decode(data, path)
    if not text.strip():
        raise KgError(path, "empty file (no text)" if kind == "text" else f"{kind.upper()} file with no text")
    source = Source(kind, encoding, hashlib.sha256(data).hexdigest(), pages, fields)
    return Document(id=path.stem, name=path.name, original=text, text=text, starts=(), ends=(), source=source)


def sniff(data: bytes, path: Path) -> str:
    """pdf, docx, html or text, by the bytes first; KgError for old formats and for a file whose
    name promises a kind its bytes are not."""
    suffix = path.suffix.lower()
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    if data.startswith(_OLE2) or data.startswith(b"{\\rtf"):
        problem = OLD.get(suffix) or OLD[".rtf" if data.startswith(b"{\\rtf") else ".doc"]
        raise KgError(path, problem)
    if suffix in OLD:
        raise KgError(path, OLD[suffix])
    if suffix in PDF:
        raise KgError(path, "not a PDF (no %PDF- header); it may be an error page saved under the PDF's name")
    if suffix in DOCX:
        raise KgError(path, "not a Word file (not a zip); save it again as .docx")
    if suffix in HTML or _looks_like_html(data):
        return "html"
    return "text"


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head")) or (head.startswith(b"<?xml") and b"<html" in head)


def read_all(files: Iterable[Path], keep_going: bool = False, ids: Mapping[Path, str] | None = None) -> tuple[list[Document], list[tuple[Path, str]]]:
    """Every file read; with keep_going a bad file is listed with its problem instead of stopping.
    `ids` names each document (kg.model.document_ids: unique even when two files share a stem)."""
    docs: list[Document] = []
    failed: list[tuple[Path, str]] = []
    seen: dict[str, Path] = {}
    for path in files:
        try:
            doc = read(path)
            if ids is not None:
                doc = replace(doc, id=ids[path], name=printable(path.name))
            if doc.id in seen:
                raise KgError(path, f"same document id ({doc.id}) as {seen[doc.id]}; rename one of them")
        except KgError as error:
            if not keep_going:
                raise
            failed.append((path, error.problem))
            continue
        seen[doc.id] = path
        docs.append(doc)
    if failed and not docs:
        path, problem = failed[0]
        raise KgError(path, f"{problem} (and no other file could be read either: {len(failed)} failed)")
    return docs, failed


def describe(sources: Iterable[Source]) -> str:
    """How the documents were read, counted by form and encoding: `pdf 2 (14 pages), txt 3 (big5 1, utf-8 2)`."""
    by_format: dict[str, list[Source]] = {}
    for source in sources:
        by_format.setdefault(source.format, []).append(source)
    parts = []
    for form, group in sorted(by_format.items()):
        encodings = sorted({s.encoding for s in group if s.encoding})
        detail = [f"{e} {sum(s.encoding == e for s in group)}" for e in encodings]
        if form == "pdf":
            detail = [f"{sum(len(s.pages) for s in group)} pages"]
        parts.append(f"{form} {len(group)}" + (f" ({', '.join(detail)})" if detail else ""))
    return ", ".join(parts)
