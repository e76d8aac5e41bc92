"""Stacked tables: an indicator table whose cells reach us one per line (a web page's table saved as text) → tab rows, for targets.

A page's <table> flattened by a copy or an older converter puts every cell on a line of its own: 序号, 指标名称, 单位,
2020年, 2025年, 属性, then 1, 全社会研发经费投入强度, %, 2.1, 2.8, 预期性, … . The header tells the width: a run of short
lines each a header word (cue tgt20_table_header_cell) or a year's cell (2025年, 2025年目标值), a name's among them and a
year. Each later run of that many short lines is a row while one of its year cells holds a figure. Joining a row's lines
with tabs instead of line breaks keeps every offset, so kg.extract.tables reads the rows as a Word file's (tgt20).
"""

from __future__ import annotations

import re

from kg import cues

YEAR_HEAD = re.compile(r"\s*(?:19|20)\d{2}\s*年[\u4e00-\u9fff()（）]{0,6}\s*")  # 2025年, 2025年目标值, 2020年(基期)
HEAD_WORD = cues.lazy(lambda: rf"\s*(?:{cues.alternation('tgt20_table_header_cell')})\s*")
NAME_HEAD = cues.lazy(lambda: rf"\s*(?:{cues.alternation('goal_table_name')})")
FIGURE = re.compile(r"\s*[≥>≈约]?\s*\d+(?:\.\d+)?\s*(?:[-—~]\s*\d+(?:\.\d+)?)?\s*[%‰]?\s*(?:以上|左右)?\s*")
SERIAL_HEAD = re.compile(r"\s*序号\s*")
SERIAL = re.compile(r"\s*\d{1,3}\s*")
DASH = re.compile(r"\s*[-—/／]+\s*")  # a year with no figure
CELL_MAX = 30  # characters: a cell, not a sentence
LEAST, MOST = 3, 10  # header cells


def unstacked(text: str) -> str:
    """text with the rows of every stacked table joined by tabs (same length, same offsets); other text unchanged."""
    lines = text.split("\n")
    ends = ["\n"] * (len(lines) - 1) + [""]  # what follows each line: its break, or a tab when the next cell is the row's
    i = 0
    while i < len(lines):
        width = _header_width(lines, i)
        if not width:
            i += 1
            continue
        header = lines[i : i + width]
        if SERIAL_HEAD.fullmatch(header[0]) and i + width < len(lines) and not SERIAL.fullmatch(lines[i + width]):
            lines[i] = " " * len(lines[i])  # 序号 over rows whose serials normalising dropped (a lone number is a page's): no column
            ends[i], i, width, header = " ", i + 1, width - 1, header[1:]
        years = [k for k in range(width) if YEAR_HEAD.fullmatch(header[k])]
        serials = {k for k in range(width) if SERIAL_HEAD.fullmatch(header[k])}  # a kept serial is no figure (kg.lonecells)
        row = i
        while row + width <= len(lines) and (row == i or _is_row(lines[row : row + width], years, serials)):
            for k in range(row, row + width - 1):
                ends[k] = "\t"
            row += width
        i = row
    return "".join(line + end for line, end in zip(lines, ends))


def _header_width(lines: list[str], i: int) -> int:
    """How many one-cell lines from line i make a table's header (0 when none does)."""
    k = i
    while k < len(lines) and k - i < MOST and (HEAD_WORD.fullmatch(lines[k]) or YEAR_HEAD.fullmatch(lines[k])):
        k += 1
    cells = lines[i:k]
    has_name = any(NAME_HEAD.match(c) for c in cells)
    has_year = any(YEAR_HEAD.fullmatch(c) for c in cells)
    return k - i if k - i >= LEAST and has_name and has_year else 0


def _is_row(cells: list[str], years: list[int], serials: set[int]) -> bool:
    """Whether lines make one row: short cells, no sentence, a figure (or a dash) under every year and none elsewhere.
    Strict, since a lone number normalising still reads as a page's (kg.normalize, kg.lonecells) would leave a row a cell short: it
    shifts the rows after it, and a figure then lands outside the year columns or text inside them, so reading stops."""
    if any(not c.strip() or len(c) > CELL_MAX or "。" in c or "\t" in c for c in cells):
        return False
    in_years = all(FIGURE.fullmatch(cells[k]) or DASH.fullmatch(cells[k]) for k in years)
    return in_years and not any(FIGURE.fullmatch(c) for k, c in enumerate(cells) if k not in years and not (k in serials and SERIAL.fullmatch(c)))
