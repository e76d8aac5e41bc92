"""Lone numbers: which lines holding only a small number are a table's cells, not a page's numbers (for kg.normalize).

kg.normalize drops a line that holds only a 1–2 digit number as a page's number. An indicator table whose cells reach us
one a line (序号, 指标名称, 单位, 2025年, then 1, 研发人员, 万人, 35, …; kg.extract.stacked) has such lines too, and they
are its values and serials. A lone number is a cell when the short lines above it reach up to a header cell (cue list
tgt20_table_header_cell, or a year's cell) with no running text between; it is still a page's when blank lines set it
off and the numbers so set off in the document rise by one (…, 3, 4, 5: a PDF's page breaks), or when blank lines set it
off and the next line is running text (a page's break between a table and the text after it).
"""

from __future__ import annotations

import re

from kg import cues

LONE = re.compile(r"[ \t]*\d{1,2}[ \t]*")  # kg.normalize.BARE_NUMBER, one line
HEADER_CELL = cues.lazy(lambda: rf"[ \t]*(?:{cues.alternation('tgt20_table_header_cell')}|(?:19|20)\d{{2}} *年[\u4e00-\u9fff()]{{0,6}})[ \t]*")
CELL_MAX = 30  # characters: a cell, not a sentence (kg.extract.stacked.CELL_MAX)
REACH = 80  # lines: how far above a cell its table's header may be (a table of ~12 rows of 6 cells)
RUNNING = re.compile(r"[。;!?]")  # a mark only running text holds


def table_cells(lines: list[str]) -> frozenset[int]:
    """The indices of the lines of lines that hold a lone number standing as a table's cell."""
    lone = [index for index, line in enumerate(lines) if LONE.fullmatch(line)]
    if not lone:
        return frozenset()
    set_off = [index for index in lone if _set_off(lines, index)]
    paged, set_off_at = _page_series(lines, set_off), set(set_off)
    return frozenset(index for index in lone if _under_header(lines, index) and (
        index not in set_off_at or index not in paged and _cell_after(lines, index)))


def _set_off(lines: list[str], index: int) -> bool:
    """Whether blank lines (or the text's edge) stand on both sides of the line, as around a page's number."""
    return (index == 0 or not lines[index - 1].strip()) and (index + 1 == len(lines) or not lines[index + 1].strip())


def _page_series(lines: list[str], set_off: list[int]) -> set[int]:
    """Of the set-off lone numbers, those whose number is one more or one less than the set-off one before or after
    (a PDF's pages 3, 4, 5); a table's set-off cells seldom count up by one in a row."""
    values = [int(lines[index]) for index in set_off]
    return {index for j, index in enumerate(set_off)
            if (j > 0 and values[j - 1] + 1 == values[j]) or (j + 1 < len(values) and values[j] + 1 == values[j + 1])}


def _short_cell(line: str) -> bool:
    return len(line.strip()) <= CELL_MAX and RUNNING.search(line) is None


def _under_header(lines: list[str], index: int) -> bool:
    """Whether the lines above, all blank or short cells, reach a header cell within REACH lines."""
    for above in range(index - 1, max(-1, index - 1 - REACH), -1):
        line = lines[above]
        if HEADER_CELL.fullmatch(line):
            return True
        if line.strip() and not _short_cell(line):
            return False
    return False


def _cell_after(lines: list[str], index: int) -> bool:
    """Whether the next line that is not blank is a short cell too, or the text ends: no running text follows."""
    for below in range(index + 1, len(lines)):
        if lines[below].strip():
            return _short_cell(lines[below])
    return True
