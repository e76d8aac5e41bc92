"""Indicator tables: a header of years over rows of figures (| 指标 | 单位 | 2022年 | 2025年 |) → goals, for targets.

Action plans list their goals in a table of indicators as often as in prose. A page's table reaches us as
Markdown rows (trafilatura: `| a | b |`), a Word file's as tab-separated cells (kg.ingest.docx). A row
counts as a goal for each year column after the year the document speaks from (the base year's column
is a fact); with no such year known, for the last year column only. The unit is the row's 单位 cell,
else the one in brackets after the indicator's name (高新技术企业数量(家)) or in the year's header.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.extract.numbers import COUNT_UNITS, Quantity, parse_range

YEAR_CELL = re.compile(r"(?:19|20)\d{2}(?=\s*年)")
UNIT_IN_BRACKETS = re.compile(rf"\(\s*(?P<unit>(?:千|万|亿|百万|千万|万亿)?(?:{COUNT_UNITS})(?:/(?:人|年|平方公里|亩|家))?|%|‰)\s*\)\s*$")
FIGURE = re.compile(r"\s*(?:[≥>≈约]|不少于|不低于|超过)?\s*(?P<number>\d+(?:,\d{3})*(?:\.\d+)?(?:\s*[-—~]\s*\d+(?:\.\d+)?)?)\s*(?:%|‰)?\s*(?:以上|左右)?\s*")
NAME_HEADER = re.compile(r"指标|名称")  # not 项目: a table of projects or budgets by year states no goals
UNIT_HEADER = re.compile(r"^\s*(?:计量)?单位\s*$")
SERIAL = re.compile(r"^\s*(?:\d{1,3}|[一二三四五六七八九十]+|序号)\s*$")
BASE = re.compile(r"基期|基数|现状|基准")  # 2022年(基期): the year the plan starts from, a fact


@dataclass(frozen=True, slots=True)
class Header:
    """A table's header: its goal years' columns, the columns of the name and the unit, how many cells."""

    years: list[tuple[int, int]]
    name: int | None
    unit: int | None
    width: int


@dataclass(frozen=True, slots=True)
class Row:
    """One goal read from a row of a table: the figure under one year, with the row's span as evidence."""

    subject: str
    quantity: Quantity
    year: int
    start: int
    end: int


def table_rows(text: str, now: int | None) -> Iterator[Row]:
    """Every goal in the indicator tables of text (normalised; offsets into it)."""
    header: Header | None = None
    for start, line in _lines(text):
        cells = _cells(line)
        if cells is None:
            header = None
            continue
        years = _year_columns(cells, now)
        if years:
            header = Header(years, _column(cells, NAME_HEADER), _column(cells, UNIT_HEADER), len(cells))
            continue
        if header is None or set(line.strip()) <= set("|-: \t"):
            continue  # no header yet, or the Markdown rule under it
        yield from _goals(_aligned(cells, header.width), header, start, start + len(line.rstrip()))


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
    else:
        return None
    return cells if len(cells) >= least else None


def _year_columns(cells: list[str], now: int | None) -> list[tuple[int, int]]:
    """The (column, year) of the header's goal years: after `now`, else the last one; [] for no header."""
    years = [(k, int(m.group())) for k, c in enumerate(cells) if (m := YEAR_CELL.search(c)) and len(c) <= 16 and not BASE.search(c)]
    if not years or not any(NAME_HEADER.search(c) for c in cells):  # an indicator names its row
        return []
    if now is not None:
        return [(k, y) for k, y in years if y > now]
    return [max(years, key=lambda ky: ky[1])]


def _column(cells: list[str], header: re.Pattern[str]) -> int | None:
    return next((k for k, c in enumerate(cells) if header.search(c)), None)


def _aligned(cells: list[str], width: int) -> list[str]:
    """A row with fewer cells than its header (a category cell spanning rows above it) filled on the left:
    the figures are the last cells."""
    return [""] * (width - len(cells)) + cells if len(cells) < width else cells


def _goals(cells: list[str], header: Header, start: int, end: int) -> Iterator[Row]:
    years, name_at, unit_at = header.years, header.name, header.unit
    name = _name(cells, name_at, {k for k, _ in years} | ({unit_at} if unit_at is not None else set()))
    if name is None:
        return
    bracket = UNIT_IN_BRACKETS.search(name)
    written = cells[unit_at].strip("() ") if unit_at is not None and unit_at < len(cells) else ""
    unit = written or (bracket["unit"] if bracket else "")
    subject = name[: bracket.start()].strip() if bracket else name
    if not unit or len(subject) < 2:
        return
    for column, year in years:
        figure = FIGURE.fullmatch(cells[column]) if column < len(cells) else None
        numbers = parse_range(figure["number"].replace(" ", "")) if figure else None
        if numbers is None:
            continue
        value, value_max = numbers
        yield Row(subject, Quantity(value, value_max, unit, start, end, False), year, start, end)


def _name(cells: list[str], name_at: int | None, taken: set[int]) -> str | None:
    """The indicator's name: the cell under 指标, else the first cell that is no serial number or figure."""
    if name_at is not None and name_at < len(cells):
        return cells[name_at] or None
    for k, cell in enumerate(cells):
        if k not in taken and cell and not SERIAL.match(cell) and not FIGURE.fullmatch(cell):
            return cell
    return None


# A row's cells and the lines of a text, for the other table readers (kg.extract.fundrows)
cells, lines, aligned = _cells, _lines, _aligned
