"""Step 1 (DOCX): a Word file → its paragraphs and tables in document order, one line each.

python-docx reads the body; a table row becomes one line of its cells separated by a tab, a cell
spanning several columns counted once, the line breaks and tabs inside a cell read as spaces (the row stays one line
and its cells stay where they are). Word's own list numbers (一、 (一) drawn by Word, not typed) are put back before
their paragraphs (docxnum.py), the text of a text box follows the paragraph it is anchored in, and paragraphs in
content controls are read where they stand. Headers and footers (running heads, page numbers) are not
the text and are left out.
"""

from __future__ import annotations

import io
import zipfile

from kg.errors import KgError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def read_docx(data: bytes, path: object) -> str:
    """The text of a .docx file; KgError for a zip that is not one, or a damaged one."""
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except zipfile.BadZipFile as error:
        raise KgError(path, f"damaged Word file, not a readable zip ({error}); save it again as .docx") from error
    if "word/document.xml" not in names:
        kind = "an OpenDocument file (.odt): convert it with `soffice --headless --convert-to docx`" if "content.xml" in names else "a zip archive, not a Word document (no word/document.xml); unpack it"
        raise KgError(path, kind)
    import docx  # loaded on first use: importing kg stays cheap

    from kg.ingest.docxnum import Numbering

    try:
        document = docx.Document(io.BytesIO(data))
        lines = list(_lines(_blocks(document.element.body, document._body), Numbering(document)))
    except Exception as error:  # python-docx raises KeyError, ValueError, lxml errors on damaged parts
        raise KgError(path, f"damaged Word file ({type(error).__name__}: {str(error)[:120]}); save it again as .docx") from error
    return "\n".join(line.rstrip() for line in lines)


def _lines(blocks, numbering):  # type: ignore[no-untyped-def]
    """Each paragraph a line (its list number first, its text boxes after it); a data table's rows a line each; a table
    that lays out the page (the body in one cell) read as the paragraphs and tables of its cells."""
    from docx.text.paragraph import Paragraph

    for block in blocks:
        if isinstance(block, Paragraph):
            yield numbering.label(block) + block.text
            yield from _boxes(block)
        elif _layout(block):
            for cell in _cells(block):
                yield from _lines(_blocks(cell._tc, cell), numbering)
        else:
            yield from _rows(block)


def _cells(table) -> list:  # type: ignore[type-arg]
    """A table's cells in reading order, a merged cell once."""
    out: list = []  # type: ignore[type-arg]
    for row in table.rows:
        out += [cell for cell in row.cells if not any(cell._tc is seen._tc for seen in out)]
    return out


def _layout(table) -> bool:  # type: ignore[no-untyped-def]
    """Whether a table lays out the page rather than holding data, as kg.ingest.html tells (one column, or a cell of
    several paragraphs of running text)."""
    from kg.ingest.html import LAYOUT_PARAGRAPHS, LAYOUT_TEXT

    rows = table.rows
    if all(len({id(cell._tc) for cell in row.cells}) <= 1 for row in rows):
        return True
    return any(len(cell.paragraphs) >= LAYOUT_PARAGRAPHS and len("".join(p.text for p in cell.paragraphs)) > LAYOUT_TEXT for cell in _cells(table))


def _blocks(parent, proxy):  # type: ignore[no-untyped-def]
    """The paragraphs and tables of the body in order, those inside content controls (w:sdt, a template's title or
    date placeholder) and custom XML included, which python-docx's own walk passes over."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in parent.iterchildren():
        if child.tag == f"{{{W}}}p":
            yield Paragraph(child, proxy)
        elif child.tag == f"{{{W}}}tbl":
            yield Table(child, proxy)
        elif child.tag in (f"{{{W}}}sdt", f"{{{W}}}customXml"):
            inner = child.find(f"{{{W}}}sdtContent") if child.tag == f"{{{W}}}sdt" else child
            yield from _blocks(inner, proxy) if inner is not None else ()


FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"  # the VML copy of a DrawingML box


def _boxes(paragraph) -> list[str]:  # type: ignore[no-untyped-def]
    """The paragraphs of the text boxes anchored in a paragraph (a note, a 文号 or a table's title set in a box):
    after it, once each (Word writes a box twice, as DrawingML and as its VML fallback)."""
    boxes = [box for box in paragraph._p.iter(f"{{{W}}}txbxContent") if not any(a.tag == FALLBACK for a in box.iterancestors())]
    return ["".join(t.text or "" for t in p.iter(f"{{{W}}}t")) for box in boxes for p in box.iter(f"{{{W}}}p")]


def _rows(table) -> list[str]:  # type: ignore[no-untyped-def]
    """A table's rows, each its distinct cells' text joined by tabs; nested tables after their row."""
    out: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        seen: list[object] = []
        for cell in row.cells:
            if any(cell._tc is tc for tc in seen):
                continue  # a merged cell appears once per grid column it spans
            seen.append(cell._tc)
            cells.append(" ".join(_flat(p.text) for p in cell.paragraphs if p.text.strip()))
        out.append("\t".join(cells))
        for cell in row.cells:
            for inner in cell.tables:
                out.extend(_rows(inner))
    return out


def _flat(text: str) -> str:
    """A cell's paragraph on one line: its line breaks and tabs (python-docx's \\n and \\t) as spaces, so that the row
    stays one line and its cells stay where they are."""
    return text.replace("\n", " ").replace("\t", " ").strip()
