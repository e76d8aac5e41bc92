"""Step 1 (PDF): a PDF → its text in reading order, with the offset where each page begins.

pdfplumber (on pdfminer.six) reads the words and their boxes in a child process with a wall-clock
and a memory limit (malformed PDFs loop or balloon, RELIABILITY.md §1.6); everything after that
is pure: two-column pages are read column by column, running headers, footers, page numbers and
the date/URL lines a browser prints are left out, and lines are joined when a sentence wraps, since
a line break in the middle of a Chinese sentence is not a sentence end.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from kg.errors import KgError
from kg.ingest.pdfcells import cell_starts, filled_down, merged_down, put_back
from kg.ingest.pdfgutter import gutter
from kg.ingest.radicals import RADICALS

SECONDS = 120
MEMORY = 2 * 2**30
SHORT = 4  # characters short of its column's edge: a line that ends its paragraph, not one that
# wrapped early because the next character may not start a line (”, ,) or a number may not break
BAND = 0.09
# Lines of an official document (公文) that are never the end of a wrapped sentence: a 文号 or a
# date on its own, and the numbering that opens a section or an item.
STANDALONE = re.compile(r"^(?:[\u4e00-\u9fff]{1,12}[〔\[【(（]\d{4}[〕\]】)）]\d{1,4}[号號]|\d{4}年\d{1,2}月\d{1,2}日)$")
# Taiwan's articles: 第 一 章, 第 19 條 (a number in figures opens one only when its line goes on after a space).
OPENING = re.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[.、．](?!\d)|第\s*[一二三四五六七八九十百]+\s*[章条條節节]|第\s*\d{1,3}\s*[条條](?=\s|$))")  # of the page height: where running headers and footers sit
# A gap of this many characters between two words of a row is a column break of an unruled table (类别  认定级别  金额),
# kept as a tab: normalisation deletes spaces between Chinese characters, and the cells would run together. Not after
# an item's number set off by ideographic spaces (一、　　总体要求), nor in a row of single characters (letter spacing).
COLUMN_GAP = 1.5
SPACE = 0.4  # characters: a space is a quarter to a third of one; a gap no wider is no column, aligned or not (dates
# of the same length before the 人大 session of each revision: 2017年3月30日 浙江省…)
CENTRED = 2.5  # characters in from the margin on both sides, beyond a paragraph's 2-character indent: a centred line
HEADING = 1.3  # times the body's type size: a masthead's or a title's lines
SMALL = 0.8  # times the body's type size: a running header's
LETTERED = 0.8  # the share of single characters in a row set with letter spacing (序号  类别  金额: none)
SENTENCE_END = "。!?;:！？；：」』”)）"
# A line that wraps inside a sentence may begin with what reads as an item's number: 第 | 一、二类企业, 符合第 | (一)项条件,
# 依照本条例 | 第十条的规定. It runs on when the line before ends open (第, 、, a comma, a conjunction) or the mark is followed
# by what only goes on a reference (another number, 项, 类, 规定 …); a real item (一、加强组织领导) opens a line of its own.
OPEN_END = "第、，,和及与或"
RUNS_ON = re.compile(r"[一二三四五六七八九十\d(（、，,项款目类级档和及与至或的规之]")
PAGE_NUMBER = re.compile(r"^[-—–\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d+\s*页)?[-—–\s]*$")
BROWSER_LINE = re.compile(r"^(?:\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}|(?:https?|file)://\S+)")
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
_RADICALS = str.maketrans({code: chr(ideograph) for code, ideograph in RADICALS.items()})


@dataclass(frozen=True, slots=True)
class Word:
    x0: float
    x1: float
    top: float
    bottom: float
    text: str


@dataclass(frozen=True, slots=True)
class Page:
    width: float
    height: float
    words: tuple[Word, ...]
    images: int = 0


@dataclass(frozen=True, slots=True)
class Line:
    page: int  # 0-based
    x0: float
    x1: float
    top: float
    size: float
    text: str
    frame: str = "full"  # the column it is in: full (the page's width), left or right
    cells: bool = False  # words a character or more apart: a table row, which stays one line
    spans: tuple[tuple[float, float], ...] = ()  # an unruled table's row: where each of its cells lies (x0, x1)


def read_pdf(data: bytes, path: object) -> tuple[str, tuple[int, ...]]:
    """The text of a PDF and the offset at which each of its pages begins."""
    return assemble(_pages_in_child(data, path), path)


def assemble(pages: list[Page], path: object) -> tuple[str, tuple[int, ...]]:
    """Pages of positioned words → text in reading order and the page map; KgError without text."""
    if not any(page.words for page in pages):
        images = sum(page.images for page in pages)
        what = f"scanned PDF ({len(pages)} pages, {images} images) with no text layer" if images else "PDF with no text"
        raise KgError(path, f"{what}; kg does no OCR: give it a PDF with text (e.g. after ocrmypdf) or the DOCX/HTML")
    pages = without_running_lines(pages)
    two_columns = any(gutter(list(page.words), page.width) is not None for page in pages)
    lines = [line for number, page in enumerate(pages) for line in page_lines(page, number, two_columns)]
    return join(lines, pages)


def page_lines(page: Page, number: int, two_columns: bool = False) -> list[Line]:
    """A page's lines in reading order: full-width lines, and between them the left column, then the right."""
    body = list(page.words)
    middle = gutter(body, page.width)
    if middle is None:  # one column; or, in a two-column document, a page whose text ends in the left one
        half = two_columns and bool(body) and max(w.x1 for w in body) < 0.55 * page.width
        return _lines(body, number, "left" if half else "full")
    left = [w for w in body if w.x1 <= middle]
    right = [w for w in body if w.x0 >= middle]
    wide = _lines([w for w in body if w.x0 < middle < w.x1], number, "full")
    out: list[Line] = []
    above = float("-inf")
    for line in [*wide, None]:
        below = line.top if line is not None else float("inf")
        out += _lines([w for w in left if above <= w.top < below], number, "left")
        out += _lines([w for w in right if above <= w.top < below], number, "right")
        if line is not None:
            out.append(line)
            above = line.top + line.size / 2
    return out


def _lines(words: list[Word], number: int, frame: str) -> list[Line]:
    rows = _rows(words)
    lines = [_line(row, number, frame, starts) for row, starts in zip(rows, cell_starts(rows))]
    return filled_down(put_back(lines, _glue, lambda text: bool(OPENING.match(text) or STANDALONE.match(text)))) if any(line.spans for line in lines) else lines


def _rows(words: list[Word]) -> list[list[Word]]:
    """Words → rows: words whose vertical middles are within half a line of each other."""
    out: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        if out and abs((word.top + word.bottom) / 2 - (out[-1][0].top + out[-1][0].bottom) / 2) <= (out[-1][0].bottom - out[-1][0].top) / 2:
            out[-1].append(word)
        else:
            out.append([word])
    return out


def _line(row: list[Word], number: int, frame: str, starts: frozenset[float] = frozenset()) -> Line:
    row = sorted(row, key=lambda w: w.x0)
    size = statistics.median(w.bottom - w.top for w in row)
    # 若 干 措 施, 关 于 印 发 《科 技 …: a title set with wide letter spacing (a mark may stick to its neighbour), no cells
    lettered = all(len(word.text) <= 2 for word in row) and sum(len(word.text) == 1 for word in row) >= LETTERED * len(row)
    text = row[0].text.translate(_RADICALS)  # before the tests below: chromium writes 第十二条 as 第⼗⼆条
    spans = [(row[0].x0, row[0].x1)]
    wide = False  # a gap wider than a character: cells, unless it sets off an item's number (第五条　市…)
    for before, word in zip(row, row[1:]):
        gap = word.x0 - before.x1
        numbered = OPENING.fullmatch(text.rstrip()) is not None
        column = (gap > COLUMN_GAP * size or (word.x0 in starts and gap > SPACE * size)) and not lettered and not numbered
        wide = wide or (gap > size and not numbered)
        text += ("\t" if column else " " if gap > size * 0.15 else "") + word.text.translate(_RADICALS)
        spans = [*spans, (word.x0, word.x1)] if column else [*spans[:-1], (spans[-1][0], word.x1)]
    cells = "\t" in text or wide
    line = Line(number, row[0].x0, row[-1].x1, row[0].top, size, text, frame, cells)
    return replace(line, spans=tuple(spans)) if len(spans) > 1 else line


def without_running_lines(pages: list[Page]) -> list[Page]:
    """The pages without the rows in their top or bottom band that repeat on half the pages (digits
    aside), running headers set small, page numbers, and the date and URL lines a browser prints."""

    def key(row: list[Word]) -> str:
        return re.sub(r"\d+", "#", " ".join(w.text for w in sorted(row, key=lambda w: w.x0)))

    rows_of = [_rows(list(page.words)) for page in pages]
    bands = [
        [row for row in rows if row[0].top < BAND * page.height or row[0].top > (1 - BAND) * page.height]
        for page, rows in zip(pages, rows_of)
    ]
    repeated = Counter(k for rows in bands for k in {key(row) for row in rows})
    threshold = max(2, len(pages) // 2)
    # a running header begins on page 2 (the first page has the masthead): on a two-page document it is on one page,
    # so a row set smaller than the body on every page after the first is one too
    later = Counter(k for rows in bands[1:] for k in {key(row) for row in rows})
    body = statistics.median([w.bottom - w.top for page in pages for w in page.words] or [0])
    out = []
    for number, (page, rows) in enumerate(zip(pages, bands)):
        dropped: set[object] = set()
        for row in rows:
            text = " ".join(w.text for w in sorted(row, key=lambda w: w.x0))
            smaller = max(w.bottom - w.top for w in row) < SMALL * body
            # on the first page (a one-page gazette print has nothing to repeat on), a row in the top band set smaller
            # than the body is a running header too (某市人民政府公报 above the title, which is set as large or larger)
            first = row[0].top < BAND * page.height and len(rows) < len(rows_of[number])  # not all the page has
            small = smaller and (later[key(row)] == len(pages) - 1 if number > 0 else first)
            if repeated[key(row)] >= threshold or small or PAGE_NUMBER.match(text) or BROWSER_LINE.match(text):
                dropped.update(id(w) for w in row)
        out.append(Page(page.width, page.height, tuple(w for w in page.words if id(w) not in dropped), page.images))
    return out


def join(lines: list[Line], pages: list[Page]) -> tuple[str, tuple[int, ...]]:
    """Lines → text: a line that fills its column and does not end a sentence runs on into the
    next unless that one is indented; the page map is where each page's first line begins."""
    page_count = len(pages)
    if not lines:
        return "", tuple(0 for _ in range(page_count))
    rights = _frame_rights(lines, min(page.width for page in pages))
    body = statistics.median(line.size for line in lines)
    parts: list[str] = []
    starts: dict[int, int] = {}
    length = 0
    for before, line in zip([None, *lines], lines):
        if before is not None:
            separator = "\n" if _breaks(before, line, rights, body) else _glue(before.text, line.text)
            parts.append(separator)
            length += len(separator)
        starts.setdefault(line.page, length)
        parts.append(line.text)
        length += len(line.text)
    page_starts: list[int] = []
    for number in range(page_count):
        page_starts.append(starts.get(number, page_starts[-1] if page_starts else 0))
    return "".join(parts), tuple(page_starts)


def _frame_rights(lines: list[Line], width: float) -> dict[str, tuple[float, float]]:
    """For each column frame: where its lines begin (the leftmost common x0) and end (the widest x1 within the margin;
    for the full width at least the left margin mirrored, so a page of short lines reads as such)."""
    out = {}
    for frame in {line.frame for line in lines}:
        members = [line for line in lines if line.frame == frame]
        starts = Counter(round(line.x0) for line in members)
        # the leftmost start many lines share: where one-line paragraphs outnumber wrapped lines, the most
        # common start is the indented one, and an indented line would no longer start a paragraph
        common, top = starts.most_common(1)[0]
        left = min((x for x, n in starts.items() if n >= max(2, top // 4)), default=common)
        # a line that runs into the right margin past its middle (a long URL, a wide table) is not the column's edge
        inside = [line.x1 for line in members if frame != "full" or line.x1 <= width - left / 2]
        right = max(inside or [line.x1 for line in members])
        if frame == "full":
            right = max(right, width - left - statistics.median(line.size for line in members))
        out[frame] = (float(left), right)
    return out


def _breaks(before: Line, line: Line, edges: dict[str, tuple[float, float]], body: float = 0.0) -> bool:
    if body and _heading_wraps(before, line, body):
        return False
    left, right = edges[before.frame]
    next_left, _ = edges[line.frame]
    unit = min(before.size, body) or before.size  # body characters: a large centred masthead is still short
    short = (1.5 if before.text.endswith(tuple(SENTENCE_END)) else SHORT) * unit
    indent, gap = before.x0 - left, right - before.x1
    return (
        before.cells
        or line.cells
        or before.x1 < right - short  # a short line ends its paragraph
        or (indent >= CENTRED * unit and abs(indent - gap) <= unit)  # a centred title (Word sets no indent to tell its end)
        or bool(STANDALONE.match(before.text) or STANDALONE.match(line.text))
        or (OPENING.match(line.text) is not None and not _runs_on(before.text, line.text))
        or line.x0 > next_left + 0.8 * line.size  # an indented line starts one
        or (line.page == before.page and line.frame == before.frame and line.top - before.top > 3 * before.size)
    )


def _runs_on(before: str, line: str) -> bool:
    """Whether a line opening with an item's number is the rest of the sentence the line before left open."""
    mark = OPENING.match(line)
    return (
        mark is not None
        and not before.rstrip().endswith(tuple(SENTENCE_END))
        and (before.rstrip().endswith(tuple(OPEN_END)) or RUNS_ON.match(line, mark.end()) is not None)
    )


def _heading_wraps(before: Line, line: Line, body: float) -> bool:
    """A masthead or title set larger than the body and wrapped: the next line is the same size and
    right under it (北京市人民代表大会|常务委员会文件), not a section's own heading."""
    return (
        before.page == line.page
        and min(before.size, line.size) >= HEADING * body
        and abs(before.size - line.size) <= 0.05 * before.size
        and 0 < line.top - before.top <= 2 * before.size
        and not (before.cells or line.cells or OPENING.match(line.text) or before.text.endswith(tuple(SENTENCE_END)))
    )


def _glue(before: str, after: str) -> str:
    """Nothing between Chinese characters; a space between two words of Latin script or numbers."""
    return " " if before[-1:].isascii() and after[:1].isascii() and before[-1:].isalnum() and after[:1].isalnum() and not _CJK.match(after[:1]) else ""


def _pages_in_child(data: bytes, path: object) -> list[Page]:
    """pdfplumber run in a child process with the wall-clock and memory limits; its errors → KgError."""
    package_root = str(Path(__file__).resolve().parents[2])  # the child imports this kg, installed or not
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")]))}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "kg.ingest.pdf"], input=data, capture_output=True, timeout=SECONDS, check=False, env=env
        )
    except subprocess.TimeoutExpired as error:
        raise KgError(path, f"PDF not read within {SECONDS} s (malformed?); print it to a new PDF and try again") from error
    if done.returncode != 0 or not done.stdout:
        tail = (done.stderr.decode("utf-8", "replace").strip().splitlines() or ["no output"])[-1]
        raise KgError(path, f"PDF reader failed ({'memory limit' if 'MemoryError' in tail else tail[:200]})")
    answer = json.loads(done.stdout)
    if "error" in answer:
        raise KgError(path, answer["error"])
    return [Page(p["width"], p["height"], tuple(Word(*w) for w in p["words"]), p["images"]) for p in answer["pages"]]


def _extract(data: bytes) -> dict[str, object]:
    """In the child: the words of every page, or the one-line problem."""
    import io
    import logging

    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # FontBBox warnings on every page of browser PDFs
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = []
            for page in pdf.pages:
                words, rows = _table_rows(page)
                pages.append({
                    "width": float(page.width),
                    "height": float(page.height),
                    "words": [*words, *rows],
                    "images": len(page.images),
                })
            return {"pages": pages}
    except Exception as error:  # pdfplumber wraps pdfminer's errors; the cause names the problem
        cause = error.__cause__ or error.__context__ or error
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)) or isinstance(error, (PDFPasswordIncorrect, PDFEncryptionError)):
            return {"error": "encrypted PDF (it needs a password to open); save an unprotected copy and build again"}
        return {"error": f"damaged or truncated PDF ({type(cause).__name__}: {str(cause)[:120] or 'no detail'}); download it again"}


def _table_rows(page) -> tuple[list[list[object]], list[list[object]]]:  # type: ignore[no-untyped-def]
    """In the child: the page's words outside ruled tables, and each table row as one word whose
    text is its cells joined by tabs (a cell's wrapped lines joined back, a cell merged down repeated in its rows)."""
    tables = page.find_tables()
    boxes = [table.bbox for table in tables]
    words = [
        [float(w["x0"]), float(w["x1"]), float(w["top"]), float(w["bottom"]), w["text"]]
        for w in page.extract_words(x_tolerance=3, y_tolerance=3, keep_blank_chars=False, use_text_flow=False)
        if w.get("upright", True) and not any(
            x0 <= (w["x0"] + w["x1"]) / 2 <= x1 and top <= (w["top"] + w["bottom"]) / 2 <= bottom for x0, top, x1, bottom in boxes
        )
    ]
    rows = []
    for table in tables:
        cells = [[None if cell is None else _unwrap(cell) for cell in row] for row in table.extract()]
        for row, texts in zip(table.rows, merged_down(table.rows, cells)):
            if any(texts):
                x0, top, x1, bottom = row.bbox
                rows.append([float(x0), float(x1), float(top), float(top) + min(float(bottom) - float(top), 12.0), "\t".join(texts)])
    return words, rows


def _unwrap(cell: str) -> str:
    lines = [line.strip() for line in cell.splitlines() if line.strip()]
    out = lines[0] if lines else ""
    for line in lines[1:]:
        out += _glue(out, line) + line
    return out


def _main() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))
    sys.stdout.write(json.dumps(_extract(sys.stdin.buffer.read()), ensure_ascii=False))


if __name__ == "__main__":
    _main()
