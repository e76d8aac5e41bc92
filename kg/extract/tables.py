"""Indicator tables: a header of years over rows of figures (| 指标 | 单位 | 2022年 | 2025年 |) → goals, for targets.

Action plans list their goals in a table of indicators as often as in prose. A page's table reaches us as
Markdown rows (trafilatura: `| a | b |`), a Word file's as tab-separated cells (kg.ingest.docx). A row
counts as a goal for each year column after the year the document speaks from (the base year's column
is a fact); with no such year known, for the last year column only. The unit is the row's 单位 cell (or a unit's cell
after the name where the header has no 单位 column), else the one in brackets after the indicator's name
(高新技术企业数量(家)) or in the year's header. Tables laid out with blanks reach us with tabs too (kg.cellgaps).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from kg import cues
from kg.extract.numbers import COUNT_UNITS, Quantity, parse_range

YEAR_CELL = re.compile(r"(?:19|20)\d{2}(?=\s*年)")
UNIT = rf"(?:千|万|亿|百万|千万|万亿)?(?:{COUNT_UNITS})(?:/(?:人|年|平方公里|亩|家))?|%|‰"
UNIT_IN_BRACKETS = re.compile(rf"\(\s*(?P<unit>{UNIT})\s*\)\s*$")
UNIT_CELL = re.compile(UNIT)
# 指标(单位:亿元), 2025年(%), 目标值(家): the unit a header gives every row
UNIT_IN_HEADER = re.compile(rf"\(\s*(?:单位\s*:\s*)?(?P<unit>{UNIT})\s*\)\s*$|单位\s*:\s*(?P<bare>{UNIT})\s*$")
# 1500, ≥3, 1-2, 2000家, 3%以上: the figure of a cell (its unit when written there)
FIGURE = re.compile(rf"\s*(?:[≥>≈约]|不少于|不低于|超过)?\s*(?P<number>\d+(?:,\d{{3}})*(?:\.\d+)?(?:\s*[-—~]\s*\d+(?:\.\d+)?)?)\s*(?P<unit>{UNIT})?\s*(?:以上|左右)?\s*")
NAME_HEADER = cues.lazy(lambda: cues.alternation("goal_table_name"))
BUDGET = cues.lazy(lambda: rf"{cues.alternation('public_budget')}|{cues.alternation('funding_word')}")  # 市级财政资金 | 万元: a budget by year
UNIT_HEADER = re.compile(r"^\s*(?:计量)?单位\s*$")
SERIAL = re.compile(r"^\s*(?:\d{1,3}|[一二三四五六七八九十]+|序号)\s*$")
BASE = re.compile(r"基期|基数|现状|基准")  # 2022年(基期): the year the plan starts from, a fact
GOAL_CELL = re.compile(r"目标|预期")  # 2025年目标值: a goal's column, whatever year the document speaks from


@dataclass(frozen=True, slots=True)
class Header:
    """A table's header: its goal years' columns, the columns of the name and the unit, how many cells, and the unit
    the header gives every row (指标(单位:亿元), 2025年(%)), if any."""

    years: list[tuple[int, int]]
    name: int | None
    unit: int | None
    width: int
    unit_written: str = ""


@dataclass(frozen=True, slots=True)
class Row:
    """One goal read from a row of a table: the figure under one year, with the row's span as evidence."""

    subject: str
    quantity: Quantity
    year: int
    start: int
    end: int


def table_rows(text: str, now: int | None, due: int | None = None) -> Iterator[Row]:
    """Every goal in the indicator tables of text (normalised; offsets into it); `due`: the year a year's work document
    sets its goals for (kg.extract.yeartitle), the year of a goal column that names none (指标名称 | 目标值 | 分值)."""
    header: Header | None = None
    above: list[str] | None = None  # a header row naming the columns but no year: the years may be in the row below
    unit_line = ""  # 单位:亿元 on the line above the table
    for start, line in _lines(text):
        cells = _cells(line, 2 if above or header is None else 3)  # a header in two rows may be two cells a row
        if cells is None or (len(cells) == 2 and not above and not _names_columns(cells)):
            header = above = None
            unit_line = (m["unit"] or m["bare"]) if (m := UNIT_IN_HEADER.fullmatch(line.strip())) else ""
            continue
        years = _year_columns(cells, now)
        if not years and due is not None and _names_columns(cells):  # 指标名称 | 目标值 | 分值 in a 2024 assessment (tgt19)
            years = [(k, due) for k, c in enumerate(cells) if GOAL_CELL.search(c) and len(c) <= 6][:1]
        if not years and above and (spread := _years_below(above, cells, now)):
            cells, years = spread
        if years:
            header = Header(years, _column(cells, NAME_HEADER, years), _column(cells, UNIT_HEADER, years), len(cells), _header_unit(cells) or unit_line)
            above = None
            continue
        if header is None and _names_columns(cells):
            above = cells
            continue
        if header is None or set(line.strip()) <= set("|-: \t"):
            continue  # no header yet, or the Markdown rule under it
        cells, row_header = _unit_column(cells, header)
        yield from _goals(_aligned(cells, header.width), row_header, start, start + len(line.rstrip()))


def _lines(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for line in text.splitlines(keepends=True):
        yield pos, line.rstrip("\n")
        pos += len(line)


def _cells(line: str, least: int = 3) -> list[str] | None:
    """The cells of a table's row, or None when the line is no row (fewer than `least` cells)."""
    body = line.strip()
    if body.startswith("|") and body.endswith("|"):
        cells = [c.strip() for c in body[1:-1].split("|")]
    elif "\t" in body:
        cells = [c.strip() for c in body.split("\t")]
    elif body.count("|") >= 2:  # 指标 | 2024年 | 2027年: a pipe table written without its outer bars
        cells = [c.strip() for c in body.split("|")]
    else:
        return None
    return cells if len(cells) >= least else None


def _year_columns(cells: list[str], now: int | None) -> list[tuple[int, int]]:
    """The (column, year) of the header's goal years: after `now`, else the last one; [] for no header (no column
    names the rows' indicators or units)."""
    years = [(k, int(m.group())) for k, c in enumerate(cells) if (m := YEAR_CELL.search(c)) and len(c) <= 16 and not BASE.search(c)]
    if not years or not _names_columns(cells):
        return []
    return _goal_years(years, now, _kinds(cells))


def _kinds(cells: list[str]) -> tuple[bool, bool]:
    """Whether a header marks its base year's column (2024年(基期)) and whether every year cell says it is a goal
    (2025年目标值 | 2027年目标值)."""
    dated = [c for c in cells if YEAR_CELL.search(c) and len(c) <= 16]
    return any(BASE.search(c) for c in dated), bool(dated) and all(GOAL_CELL.search(c) for c in dated)


def _goal_years(years: list[tuple[int, int]], now: int | None, kinds: tuple[bool, bool] = (False, False)) -> list[tuple[int, int]]:
    """The goal years' columns: after `now`; with `now` unknown, all when the base year's column is marked (left out
    already) or every year is a goal's, else all but the earliest (2024年 | 2025年 | 2026年 | 2027年: where the plan
    starts from, then its goals), or the one year alone."""
    if now is not None:
        return [(k, y) for k, y in years if y > now]
    based, aimed = kinds
    ordered = sorted(years, key=lambda ky: ky[1])
    return ordered if based or aimed else ordered[1:] or ordered


def _names_columns(cells: list[str]) -> bool:
    """Whether a header row names the column of its indicators (指标, 目标任务) or their units (单位)."""
    return any(not YEAR_CELL.search(c) and (NAME_HEADER.search(c) or UNIT_HEADER.match(c)) for c in cells)


def _years_below(above: list[str], cells: list[str], now: int | None) -> tuple[list[str], list[tuple[int, int]]] | None:
    """A header in two rows (指标 | 单位 | 预期目标 over 2025年 | 2027年): the row of years alone below the row naming
    the columns fills the columns after the named ones; the header as one row and its goal years, or None."""
    own = [c for c in cells if c and not (c in above and not YEAR_CELL.search(c))]  # a Word cell merged down repeats
    if not own or not all(YEAR_CELL.search(c) and len(c) <= 16 for c in own):
        return None
    lead = len(above) - 1 if len(above) > 1 and not UNIT_HEADER.match(above[-1]) else len(above)  # its last cell spans the years
    merged = above[:lead] + own
    years = [(lead + k, int(m.group())) for k, c in enumerate(own) if (m := YEAR_CELL.search(c)) and not BASE.search(c)]
    based, aimed = _kinds(own)
    return merged, _goal_years(years, now, (based, aimed or bool(GOAL_CELL.search(above[-1]))))  # 目标值 over 2025年 | 2027年


def _header_unit(cells: list[str]) -> str:
    """The unit a header gives all its rows (指标(单位:亿元)), or the one all its year cells agree on (2025年(%))."""
    units = {(m["unit"] or m["bare"]) for c in cells if (m := UNIT_IN_HEADER.search(c))}
    return units.pop() if len(units) == 1 else ""


def _column(cells: list[str], header: re.Pattern[str], years: list[tuple[int, int]]) -> int | None:
    taken = {k for k, _ in years}
    return next((k for k, c in enumerate(cells) if k not in taken and not YEAR_CELL.search(c) and header.search(c)), None)


def _aligned(cells: list[str], width: int) -> list[str]:
    """A row with fewer cells than its header (a category cell spanning rows above it) filled on the left:
    the figures are the last cells."""
    return [""] * (width - len(cells)) + cells if len(cells) < width else cells


def _unit_column(cells: list[str], header: Header) -> tuple[list[str], Header]:
    """A row and its header when the row's unit cell and the header's 单位 column disagree: a row one cell short of a
    unit column whose name gives its unit in brackets (高新技术企业数量(家) | 1200 | 2000 under 指标名称 | 单位 | 2023年 |
    2026年) gets an empty unit cell; a row one cell over a header with no unit column, a unit's cell after its name
    (高新技术企业 | 家 | 1200 | 2000 under 指标 | 2023年 | 2026年), loses it and gives the row that unit."""
    at = header.unit
    if at is not None and len(cells) == header.width - 1 and 0 < at < len(cells) and UNIT_IN_BRACKETS.search(cells[at - 1]):
        return [*cells[:at], "", *cells[at:]], header
    if at is None and len(cells) == header.width + 1 and header.name is not None and header.name + 1 < len(cells):
        unit = cells[header.name + 1]
        if unit in cues.words("table_unit"):
            return [*cells[: header.name + 1], *cells[header.name + 2 :]], replace(header, unit_written=unit)
    return cells, header


def _goals(cells: list[str], header: Header, start: int, end: int) -> Iterator[Row]:
    years, name_at, unit_at = header.years, header.name, header.unit
    name = _name(cells, name_at, {k for k, _ in years} | ({unit_at} if unit_at is not None else set()))
    if name is None:
        return
    bracket = UNIT_IN_BRACKETS.search(name)
    written = cells[unit_at].strip("() ") if unit_at is not None and unit_at < len(cells) else ""
    written = written if UNIT_CELL.fullmatch(written) else ""  # — or / in the unit column: none written
    unit = written or (bracket["unit"] if bracket else "") or header.unit_written
    subject = name[: bracket.start()].strip() if bracket else name
    if len(subject) < 2:
        return
    for column, year in years:
        figure = FIGURE.fullmatch(cells[column]) if column < len(cells) else None
        numbers = parse_range(figure["number"].replace(" ", "")) if figure else None
        measured = unit or (figure["unit"] if figure else None)  # the cell's own unit: 2000家
        if numbers is None or not measured or ("元" in measured and BUDGET.search(subject)):
            continue  # 市级财政资金 | 万元 | 500: a budget by year
        value, value_max = numbers
        yield Row(subject, Quantity(value, value_max, measured, start, end, False), year, start, end)


def _name(cells: list[str], name_at: int | None, taken: set[int]) -> str | None:
    """The indicator's name: the cell under 指标, else the nearest cell before the unit and the figures that is no
    serial number or figure (类别 | 项目 | 单位 | 2025年: the 项目, not its category)."""
    if name_at is not None and name_at < len(cells):
        return cells[name_at] or None
    first = min(taken, default=len(cells))
    for cell in reversed(cells[:first]):
        if cell and not SERIAL.match(cell) and not FIGURE.fullmatch(cell):
            return cell
    return None


# A row's cells and the lines of a text, for the other table readers (kg.extract.fundrows)
cells, lines, aligned = _cells, _lines, _aligned
