"""Which blanks between a line's words are gaps between a table's cells: a PDF's or web page's table laid out with
spaces (two or more, or one: U+3000 and NBSP are a space after NFKC) keeps its cells apart as tabs (kg.normalize), as
kg.ingest gives a Word file's or a PDF's cells, so that no later rewrite runs two cells together."""

from __future__ import annotations

import re
from functools import lru_cache

from kg import cues

# An item's number opening a line (一、 (二) 3. 第四条): a heading or an item, no table's row (nor, in kg.normalize, the
# next line of a sentence)
ITEM_OPENING = re.compile(r"\s*(?:[一二三四五六七八九十]+、|\(|\d+[.、]|第\s*[一二三四五六七八九十百零\d]+\s*[条條章节節])")
# A table laid out with spaces (a PDF's text saved with its layout): runs of two blanks or more between the cells of a
# line of three cells or more become tabs, as kg.ingest.pdf gives them, so that WRAP_SPACE does not run the cells
# together. Not in a heading (第一章  总  则), a line of prose (a cell holding a comma or a stop) or a title set with
# letter spacing (若  干  措  施).
CELL_GAP = re.compile(r"(?<=[^\s]) {2,}(?=[^\s])")  # spaces only: two tabs are an empty cell
CELL_PROSE = re.compile(r"[,。;:!?、]|\.(?!\d)")  # a comma or a stop; not the point of 2.5
# A table laid out with ONE blank between cells (a PDF's text, a web page's cells joined by U+3000 or NBSP, both a
# space after NFKC): a line of three cells or more, two of them figures (3000, 2.5%, ≥3, 2026年目标), no prose mark:
# its gaps become tabs, so that neither WRAP_SPACE (科技型中小企业 家 → 科技型中小企业家) nor NUMBER_SPACE (亿元 300 500 →
# 300500, read as a thousands group) runs its cells together. A date (2024 年 3 月 15 日) is no row, and figures that
# could be one number's thousands groups (高新技术企业 1 800家) are a row only under a row or after a unit's cell.
ROW_LINE = re.compile(r"^[^\n]*[^\s] [^\s][^\n]*$", re.MULTILINE)
# A row of wider gaps (tabs by now) whose figures are one blank apart (科技型中小企业  家  3000 5000, pdftotext's layout
# when a column is narrow), one cell short of its table for each: the blank between two figures is a cell gap too.
SPACED_FIGURES = re.compile(r"[≥>约]?\d+(?:\.\d+)?%?(?: [≥>约]?\d+(?:\.\d+)?%?)+")
FIGURE_GAP = re.compile(r"(?<=[\d%]) (?=[≥>约]?\d)")
FIGURE_GAPS = (-1, 0)  # in row_lines: only the blanks between figures are cell gaps
ROW_FIGURE = re.compile(r"[≥>≈约~]?\d+(?:[.,]\d+)*%?[^\dA-Za-z\s]{0,6}|[—–/-]")  # 3000, 2.5, 35%, 1200家, 2026年目标; — for none; not 5G
DATE_PART = frozenset("年月日")
FIGURE_MARK = re.compile(r"\d|[—–/-]")  # a row holds a figure or a dash; a header has a row of them one or two lines below
Shape = tuple[tuple[str, ...], int]  # a line's cells, and how many of them are figures
YEARS_LINE = re.compile(r"(?:19|20)\d{2}年\S{0,6}(?: (?:19|20)\d{2}年\S{0,6})+")  # 2025年 2027年: a header's second row
THOUSANDS = re.compile(r"(?<![\d.])\d{1,3}(?: \d{3})+(?![\d.])")


def cell_gap(match: re.Match[str]) -> str:
    """A tab for a gap between a table's cells; the gap as it is anywhere else."""
    text = match.string
    line = text[text.rfind("\n", 0, match.start()) + 1 : (text.find("\n", match.end()) + 1 or len(text) + 1) - 1]
    cells = CELL_GAP.split(line.strip())
    single = sum(len(cell) == 1 for cell in cells)
    table = len(cells) >= 3 and single < 0.8 * len(cells) and not ITEM_OPENING.match(cells[0]) and not any(CELL_PROSE.search(c) for c in cells)
    return "\t" if table else match.group()


def row_lines(text: str) -> dict[int, tuple[int, int]]:
    """Where the lines start that are a table's rows with one blank between cells: a line of two figures or more (a
    goal's base and target); a header naming columns (类别 认定级别 奖励金额(万元)) over a row of as many cells with a
    figure; such a row under a header or row of as many cells (重点实验室 国家级 500). Each with the cells that are one
    (first, how many gaps after it are inside it): a name with a blank in it (规模以上工业企业 研发经费投入强度) in a row
    wider than the header or row above."""
    rows: dict[int, tuple[int, int]] = {}
    lines, pos, starts = text.split("\n"), 0, []
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    figured = [FIGURE_MARK.search(line) is not None for line in lines] + [False, False]
    shapes: list[Shape | None] = [_row_shape(line) if any(figured[k : k + 3]) else None for k, line in enumerate(lines)]  # a row or a header over one
    shapes.append(None)
    width = 0  # cells of the row above, when it is a row laid out the same way (a table of tabs above is another table)
    years = -1  # the line of years under a header in two rows (指标 单位 预期目标, then 2025年 2027年)
    tabs = 0  # cells of the row of tabs above
    for k, (line, shape) in enumerate(zip(lines, shapes)):
        if k == years:
            rows[starts[k]] = (0, 0)
            continue
        if "\t" in line:
            cells_ = line.strip().split("\t")
            spread = sum(c.count(" ") + 1 if SPACED_FIGURES.fullmatch(c.strip()) else 1 for c in cells_)
            if tabs and len(cells_) < spread == tabs:
                rows[starts[k]] = FIGURE_GAPS
            else:
                tabs = len(cells_)
            width = 0
            continue
        tabs = 0
        cells, figures = shape if shape else ((), 0)
        near = bool(cells) and abs(len(cells) - width) <= 1 if width else False
        under = _under(k, lines, shapes) if cells and figures == 0 and _header_like(cells) else None
        header = under is not None and under[1][1] >= 1 and (under[0] > k + 1 or len(under[1][0]) == len(cells))
        row = bool(cells) and ((figures >= 2 and (near or not (_thousands(line) or _unit_after(cells)))) or (figures >= 1 and near) or header)
        if row:
            rows[starts[k]] = _wide_name(cells, width)
        years = k + 1 if header and under and under[0] > k + 1 else years
        width = (len(under[1][0]) if header and under else len(cells) - rows[starts[k]][1]) if row else 0  # cells as a row
    return rows


def _wide_name(cells: tuple[str, ...], width: int) -> tuple[int, int]:
    """In a row wider than the header or row above, the name (after a serial) that takes the extra cells: its first cell
    and how many blanks are inside it; (0, 0) when the extra cells are no words of a name (a unit's cell after it)."""
    extra = len(cells) - width if width else 0
    first = 1 if ROW_FIGURE.fullmatch(cells[0]) else 0
    name = cells[first : first + extra + 1]
    if extra <= 0 or any(ROW_FIGURE.fullmatch(c) for c in name) or any(c in _unit_words() for c in name[1:]):
        return 0, 0
    return first, extra


def tabbed(body: str, name: tuple[int, int]) -> str:
    """A row's text with tabs for its cell gaps, the blanks inside its name (first cell, count) kept."""
    if name == FIGURE_GAPS:
        return FIGURE_GAP.sub("\t", body)
    first, inside = name
    cells = body.split(" ")
    return "\t".join([*cells[:first], " ".join(cells[first : first + inside + 1]), *cells[first + inside + 1 :]])


def _under(k: int, lines: list[str], shapes: list[Shape | None]) -> tuple[int, Shape] | None:
    """The first row under a header (line k), past a line of years alone (a header in two rows), and where it is."""
    if (next_row := shapes[k + 1]) is not None:
        return k + 1, next_row
    if k + 2 < len(lines) and YEARS_LINE.fullmatch(lines[k + 1].strip(" ")) and (after := shapes[k + 2]) is not None:
        return k + 2, after
    return None


def _row_shape(line: str) -> Shape | None:
    """The cells of a line with one blank between its words and how many of them are figures, when it could be a
    table's row (three cells or more, no prose mark, no date, no heading); None else."""
    body = line.strip(" ")
    if " " not in body or "  " in body or "\t" in body or "|" in body:
        return None  # cells set apart by wider gaps (CELL_GAP) or bars (a page's table): its single blanks are inside cells
    cells = tuple(body.split(" "))
    if len(cells) < 3 or ITEM_OPENING.match(cells[0]) or any(CELL_PROSE.search(c) for c in cells) or _dated(cells):
        return None
    if sum(len(cell) == 1 for cell in cells) >= 0.8 * len(cells):
        return None  # a title set with letter spacing (若 干 措 施)
    named = [cell for cell in cells if ROW_FIGURE.fullmatch(cell) is None]
    if not any(len(cell) >= 2 for cell in named):
        return None  # 表 1 2025年: a caption; a row names what its figures are of
    return cells, len(cells) - len(named)


def _dated(cells: tuple[str, ...]) -> bool:
    """Whether a bare number is followed by a date's part (2024 年 3 月 15 日, 2023 年全市): a date, no row."""
    return any(a.isdigit() and b[0] in DATE_PART for a, b in zip(cells, cells[1:]))


def _unit_after(cells: tuple[str, ...]) -> bool:
    """Whether a bare number (not the first cell, a serial) is followed by its unit: a PDF's prose spaced around its
    numbers (高新技术企业 1200 家 科技型中小企业 3000 家), unless under a table's header or row (a unit column last)."""
    units = tuple(_unit_words())
    return any(a.isdigit() and b.startswith(units) for a, b in zip(cells[1:], cells[2:]))


def _header_like(cells: tuple[str, ...]) -> bool:
    """Whether a line's cells name a table's columns (指标 单位 …, 类别 认定级别 奖励金额(万元))."""
    return any(word in cell for cell in cells for word in _header_words())


def _thousands(line: str) -> bool:
    """Whether the line's figures could be one number written in thousands groups (1 800, 12 500 000), not after a
    cell that is a unit's word (亿元 300 500: two figures under a unit column)."""
    found = THOUSANDS.search(line)
    if found is None:
        return False
    before = line[: found.start()].rstrip(" ").rsplit(" ", 1)[-1]
    return before not in _unit_words()


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    """The words a unit column's cell holds (家, 个, 亿元, %)."""
    return frozenset(cues.words("table_unit"))


@lru_cache(maxsize=1)
def _header_words() -> tuple[str, ...]:
    """Words that name a table's column (指标, 单位, 级别, 奖励 …)."""
    return tuple({*cues.words("table_header"), *cues.words("goal_table_name"), *cues.words("money_word"), *cues.words("money_column")})
