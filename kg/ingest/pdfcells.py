"""Tables in a PDF: an unruled row's cells on its table's grid, a cell's wrapped lines put back, a merged category in each row.

A table without rules is only words set apart: kg.ingest.pdf gives a row whose gaps are wide a tab between cells and
the x-extent of each cell (Line.spans); a word that begins where words of the rows near it begin opens a cell however
close it follows the one before (cell_starts). A row with a cell left empty (a category merged over rows) gets an empty
cell where the table's widest row has one, so each row's cells stay under their headers. A cell whose text wraps leaves its
other lines as lines of their own, each fitting within one column: below the row when the cells are set at the top of
their row (Word's default), above and below the row's middle when they are centred (a browser's). A fragment goes to
the next row when it is nearer to it than to the row above (a cell's lines are closer than two rows), else above.
A line that holds a figure (500, 12.5%), opens an item or stands alone (文号, date) is no fragment. A category cell merged
over the rows under it (国家级) is read into each of them, ruled (merged_down) or not (filled_down): one whole promise a row.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

WRAPPED = 1.8  # line heights from a row's last line down to its cell's next line
NEAR = 3  # lines: a row with another row this close is in a table (a date set apart on its own is not)
ALIGNED = 2  # other rows near a row whose words begin where one of its words does: a column of a table
EDGE = 1.0  # points: how far apart the left edges of one column's words may lie
FIGURE = re.compile(r"(?<![\w(])\d[\d.,%‰]*(?![\w)])")

Spans = tuple[tuple[float, float], ...]


def put_back(lines: list[Any], glue: Callable[[str, str], str], closed: Callable[[str], bool]) -> list[Any]:
    """Lines (kg.ingest.pdf.Line) of one frame of a page in reading order → the same with tables' rows whole."""
    rows = [k for k, line in enumerate(lines) if line.spans]
    in_table = {k for k in rows if any(0 < abs(k - j) <= NEAR for j in rows)}
    widest = _widest(lines, in_table)
    out: list[Any] = []
    grid: Spans = ()
    last = float("-inf")  # the top of the last line that went into out[-1]
    pending: list[Any] = []  # fragments held for the next row
    for k, line in enumerate(lines):
        if k in in_table:
            grid = widest[k] if not grid or len(widest[k]) > len(grid) else grid
            placed = _placed(line, grid)
            cells = placed or line.text.split("\t")
            grid = _widened(grid, line, cells) if placed else line.spans
            for fragment in pending:  # a centred cell's lines above the row's middle
                for column, text in enumerate(_placed(fragment, grid) or []):
                    cells[column] = text + glue(text, cells[column]) + cells[column] if text else cells[column]
            top = min([line.top, *(f.top for f in pending)])
            out.append(replace(line, text="\t".join(cells), spans=grid, top=top, x0=min([line.x0, *(f.x0 for f in pending)])))
            last, pending = line.top, []
            continue
        row = out[-1] if out and out[-1].spans and grid else None
        nearby = next((j for j in range(k + 1, min(k + NEAR, len(lines))) if j in in_table), None)
        following = lines[nearby] if nearby is not None else None
        fragment = not closed(line.text) and not FIGURE.search(line.text)
        pieces = _placed(line, grid) if row is not None and fragment else None
        if pieces is not None and following is not None and _to_next(line, following, grid, last):
            pending.append(line)
        elif pieces is not None and row is not None and line.top - last <= WRAPPED * row.size and not pending:
            cells = row.text.split("\t")
            for column, text in enumerate(pieces):
                cells[column] = cells[column] + glue(cells[column], text) + text if text else cells[column]
            out[-1] = replace(row, text="\t".join(cells))
            last = line.top
        elif row is None and fragment and nearby is not None and following is not None and _heads(line, following, widest[nearby]):
            pending.append(line)
        else:
            out += [*pending, line]
            pending, grid = [], ()
    return out + pending


def _widest(lines: list[Any], in_table: set[int]) -> dict[int, Spans]:
    """For each row of a table, the cells of the table's row with the most of them: a header whose cell wraps (奖励金额 |
    (万元)) has fewer cells on its middle line than the rows below, and its lines must find their columns all the same."""
    out: dict[int, Spans] = {}
    table: list[int] = []
    for k in [*sorted(in_table), None]:
        if table and (k is None or k - table[-1] > NEAR):
            spans = max((lines[j].spans for j in table), key=len)
            out.update((j, spans) for j in table)
            table = []
        if k is not None:
            table.append(k)
    return out


def _heads(fragment: Any, following: Any, grid: Spans) -> bool:
    """Whether a line just above a table's first row is the upper line of a cell centred in that row: it fits the
    table's grid, in a column the row leaves empty, less than a line above it (a caption or heading is a line away)."""
    placed, row = _placed(fragment, grid), _placed(following, grid)
    return (
        placed is not None and row is not None
        and 0 < following.top - fragment.top < following.size
        and all(not row[column] for column, text in enumerate(placed) if text)
    )


def _to_next(fragment: Any, following: Any, grid: Spans, last: float) -> bool:
    """Whether a fragment belongs to the next row: it fits that row's grid and is nearer to it than to the row above
    (a cell's lines are closer to each other than two rows are)."""
    return _placed(following, grid) is not None and following.top - fragment.top < fragment.top - last


def _placed(line: Any, grid: Spans) -> list[str] | None:
    """The line's pieces in the grid's columns, "" where none; None if a piece fits in no column or two land in one.
    A piece fits a column when it lies clear of the columns on either side (the furthest any row reached into them)."""
    if not grid:
        return None
    cells = [""] * len(grid)
    for (x0, x1), text in zip(line.spans or ((line.x0, line.x1),), line.text.split("\t")):
        fits = [k for k in range(len(grid)) if (k == 0 or grid[k - 1][1] <= x0) and (k == len(grid) - 1 or x1 <= grid[k + 1][0])]
        column = min(fits, key=lambda k: abs(x0 - grid[k][0]), default=None)
        if column is None or cells[column]:
            return None
        cells[column] = text
    return cells


def _widened(grid: Spans, line: Any, cells: list[str]) -> Spans:
    """The grid with each column reaching as far as the row's piece in it."""
    spans = iter(line.spans or ((line.x0, line.x1),))
    out = []
    for (x0, x1), text in zip(grid, cells):
        a, b = next(spans) if text else (x0, x1)
        out.append((min(x0, a), max(x1, b)))
    return tuple(out)


def cell_starts(rows: list[list[Any]]) -> list[frozenset[float]]:
    """For each row of words (kg.ingest.pdf.Word), the left edges of its words that open a cell however close they follow
    the word before: ALIGNED other rows near it have a word (not their first) lined up with it (cells set left, centred
    or right). A table set tight (类别 认定级别 奖励金额, half a character apart) is told from prose by its columns, not
    its gaps; a line of prose has its gaps where its words happen to end."""
    inner = [sorted(row, key=lambda w: w.x0)[1:] for row in rows]
    out = []
    for k, row in enumerate(rows):
        near = [inner[j] for j in range(max(0, k - NEAR), min(len(rows), k + NEAR + 1)) if j != k]
        out.append(frozenset(word.x0 for word in row if sum(any(_lined_up(word, other, other is words[-1]) for other in words) for words in near) >= ALIGNED))
    return out


def _lined_up(word: Any, other: Any, last: bool) -> bool:
    """Left edges or middles at one x; right edges too, but a row's last word only over a figure (500, 1000): every
    line of prose ends at the margin."""
    return (
        abs(word.x0 - other.x0) <= EDGE
        or abs(word.x0 + word.x1 - other.x0 - other.x1) <= 2 * EDGE
        or (abs(word.x1 - other.x1) <= EDGE and (not last or FIGURE.fullmatch(other.text) is not None))
    )


def merged_down(rows: list[Any], texts: list[list[str | None]]) -> list[list[str]]:
    """A ruled table's cells (pdfplumber's rows, their cells' boxes, None where a merged cell covers the grid) → each
    row's texts, a cell merged over the rows under it (a category 国家级 spanning its rows) repeated in each: every row
    one whole promise, as a Word file's merged cell reads. A cell merged across columns leaves its others empty."""
    out: list[list[str]] = []
    for k, (row, cells) in enumerate(zip(rows, texts)):
        line = []
        for column, text in enumerate(cells):
            owner = next((j for j in range(k - 1, -1, -1) if rows[j].cells[column] is not None), None) if text is None else None
            spans = owner is not None and rows[owner].cells[column][3] >= row.bbox[3] - EDGE
            line.append(text if text is not None else out[owner][column] if spans and owner is not None else "")
        out.append(line)
    return out


def filled_down(lines: list[Any]) -> list[Any]:
    """An unruled table's rows of figures with the cells a category merged down leaves empty (国家级 over the rows under
    it) filled: the leading empty cells of a row of the same columns, from the row above when the category is set at
    the top of its rows (Word's default; the first row of figures has it), else from the nearest row that has them, the
    one above on a tie (a category centred in its rows stands on a middle row, or on the upper of two)."""
    out = list(lines)
    table: list[int] = []
    for k in [*range(len(out)), None]:
        if k is not None and out[k].spans and (not table or len(out[k].spans) == len(out[table[0]].spans)):
            table.append(k)
            continue
        data = [j for j in table[1:] if FIGURE.search(out[j].text)]  # not a header's second row (类别 merged over both)
        rows = [out[j].text.split("\t") for j in data]
        top = bool(rows) and bool(rows[0][0])
        donors = rows if top else [list(row) for row in rows]  # a centred category's rows are read off the rows as set
        for at, cells in enumerate(rows):
            empty = next((c for c, cell in enumerate(cells) if cell), 0)
            if not 0 < empty < len(cells) - 1:
                continue
            near = sorted((abs(at - j), j > at, j) for j, other in enumerate(donors) if all(other[:empty]) and (j < at or not top))
            if near and (not top or near[0][0] == 1):
                rows[at] = donors[near[0][2]][:empty] + cells[empty:]
                out[data[at]] = replace(out[data[at]], text="\t".join(rows[at]))
        table = [k] if k is not None and out[k].spans else []
    return out
