"""Funding tables: a header naming money and its unit (奖励金额(万元)) over rows of recipients and amounts → funding lines.

Support measures state their money in tables as often as in prose (类别 | 认定级别 | 奖励金额(万元), then
重点实验室 | 国家级 | 500). A row reaches us as one line of cells (kg.extract.tables.cells: tabs from Word files, PDFs
and text laid out with spaces, `| a | b |` from web pages). The header gives each row's amount its unit (or the cell
does: 一次性奖励500万元, or a unit's cell of the row: 单位 | 万元) and may give each column of amounts a level
(国家级(万元) | 省级(万元), or levels in a second header row under a money header spanning them). The row gives the
recipient (the first cell naming one: it ends in a recipient's head; a condition before 的 is read off), its level (a cell that is a level, or a level opening the name)
and whether the amount is a cap (最高500, or a header 最高奖励(万元)). A recipient cell left empty (a cell merged over
rows) is the one above. The promise in the line before the table (对新认定的创新平台给予一次性奖励,标准如下表。) is
sized by it: the rows take its condition and 一次性, and a row naming only a level or a grade is its recipients'
money. The evidence is the row as the document has it (from the lead-in on when the recipient is named there).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from kg import cues
from kg.extract.levels import LEVEL_RE, level_of
from kg.extract.nouns import GRADE_LIST, recipient_heads
from kg.extract.numbers import to_yuan
from kg.extract.tables import SERIAL, aligned, cells, lines
from kg.extract.titled import title_recipient, title_unit
from kg.model import Document, Funding
from kg.vocab import Vocab

# 奖励金额(万元), 补助标准(万元/家), 最高资助额度(万元): a money column, the unit in brackets (or in a 单位:万元 line above)
MONEY_COLUMN = cues.lazy(
    lambda: rf"^(?P<words>[\u4e00-\u9fff]{{0,10}}?(?:{cues.alternation('money_word')}|{cues.alternation('money_column')})[\u4e00-\u9fff]{{0,6}})"
    r"(?:\(\s*(?P<unit>[千万亿]?元)(?:/[\u4e00-\u9fff]{1,2})?\s*\))?$"
)
UNIT_LINE = re.compile(r"单位\s*:\s*(?P<unit>[千万亿]?元)\s*$")
UNIT_CELL = re.compile(r"[千万亿]?元")  # a unit column's cell (支持对象 | 单位 | 奖励标准, then 新型研发机构 | 万元 | 500)
# 500, 最高500, 不超过 500, 500/家, 一次性奖励500万元, 给予最高100万元补助: the amount of a cell, its unit if written
# (else the header's), words of giving, capping or money around it and nothing else (a share, a condition: a sentence)
AMOUNT = cues.lazy(
    lambda: rf"^(?P<words>(?:{cues.alternation('give')}|{cues.alternation('cap')}|{cues.alternation('money_word')}|{cues.alternation('one_off')})*)\s*"
    r"(?P<number>\d+(?:\.\d+)?)\s*(?P<unit>[千万亿]?元)?(?:/[\u4e00-\u9fff]{1,2})?"
    rf"(?:{cues.alternation('money_word')})?$"
)
# 国家级(万元): a column of amounts for one level
LEVEL_COLUMN = cues.lazy(lambda: rf"^(?P<level>{LEVEL_RE.pattern})\(\s*(?P<unit>[千万亿]?元)\s*\)$")
TABLE_BELOW = re.compile(r"(?:按照?|依据|参照)(?:如?下表|附表)")  # …,按照下表标准给予一次性奖励: the table below sizes the promise
CAPTION = re.compile(r"\s*(?:附?表\s*\d+|表[一二三四五六七八九十])")  # 表2 创新平台认定奖励标准(单位:万元): a table's title
CONDITION = 10  # characters: 新认定, 首次获批 …; a longer phrase before 的 is no condition of ours to read


@dataclass(frozen=True, slots=True)
class Header:
    money: tuple[tuple[int, str | None], ...]  # the columns of the amounts, each with its level (国家级(万元)) or None
    unit: str
    cap: bool
    width: int


@dataclass(frozen=True, slots=True)
class Row:
    """One funding line read from a table's row; start and end span the row (normalised offsets)."""

    recipient: str
    level: str | None
    number: str
    unit: str
    cap: bool
    one_off: bool
    condition: str | None  # 新认定的国家级企业技术中心: what the cell says of its recipient before 的
    start: int
    end: int
    lead: tuple[int, int]  # the line before the table's header


def table_funding(doc: Document, vocab: Vocab, facts: list[Funding]) -> list[Funding]:
    """The facts, with the funding lines of the document's money tables, each quoting its row. A row read here is read
    here only (what the sentence reader made of it goes); an unsized promise in the line that leads into a table
    (给予一次性奖励,奖励标准如下表。) is sized by the table: its rows take its condition, 一次性 and money word, and it goes;
    a row naming only a level or a grade (国家级 | 500, 一等奖 | 50) is its recipients' money, quoted from the lead-in on."""
    heads = recipient_heads(vocab)
    rows = list(funding_rows(doc.text, heads))

    def within(fact: Funding, a: int, b: int) -> bool:
        return b > a and doc.starts[a] <= fact.evidence.start and fact.evidence.end <= doc.ends[b - 1]

    facts = [f for f in facts if not any(within(f, row.start, row.end) for row in rows)]
    keys = {(f.recipient, f.level, f.amount_yuan) for f in facts}  # a table restating a sentence's money: once
    out, led = [], set()
    for row in rows:
        leads = [f for f in facts if f.amount_yuan is None and f.ratio is None and within(f, *row.lead)]
        led |= {id(f) for f in leads}
        for lead in leads[:1] if row.recipient else leads:  # 国家级 | 500 under 对新认定的重点实验室给予奖励: its recipients',
            start = row.start if row.recipient else bisect_left(doc.starts, lead.evidence.start)  # quoted from the lead-in on
            fact = Funding(doc.id, row.recipient or lead.recipient, row.level or (None if row.recipient else lead.level),
                           to_yuan(row.number, row.unit), row.cap, None, row.one_off or lead.one_off, row.condition or lead.condition,
                           lead.instrument, doc.evidence(start, row.end))
            if (fact.recipient, fact.level, fact.amount_yuan) not in keys:
                out.append(fact)
        titled = title_recipient(doc.text[row.lead[0] : row.lead[1]], heads) if not row.recipient and not leads else None
        if titled:  # 附表:创新平台奖励标准|级别 | 奖励金额|国家级 | 500: the title's recipients
            fact = Funding(doc.id, titled[0], row.level, to_yuan(row.number, row.unit), row.cap, None, row.one_off, row.condition, titled[1],
                           doc.evidence(row.start, row.end))
            if (fact.recipient, fact.level, fact.amount_yuan) not in keys:
                out.append(fact)
        if row.recipient and not leads:
            fact = Funding(doc.id, row.recipient, row.level, to_yuan(row.number, row.unit), row.cap, None, row.one_off, row.condition, None,
                           doc.evidence(row.start, row.end))
            if (fact.recipient, fact.level, fact.amount_yuan) not in keys:
                out.append(fact)
    return [f for f in facts if id(f) not in led] + out


def funding_rows(text: str, heads: tuple[str, ...]) -> Iterator[Row]:
    """Every funding line in the money tables of text; heads are the endings of recipients' names."""
    header: Header | None = None
    above, above_at = "", 0  # the line before the table's header (单位:万元, or the promise it sizes)
    told_at = 0  # where the last line that points to a table below starts (…按照下表标准给予一次性奖励)
    recipient, column, lead = "", 0, (0, 0)
    for start, line in lines(text):
        row = cells(line, 2)  # 认定级别 | 奖励(万元): two columns are enough under a money header
        if row is None:
            header, above, above_at = None, line, start
            told_at = start if TABLE_BELOW.search(line) else told_at if not line.strip() or CAPTION.match(line) else -1
            continue
        found = _header(row, above if header is None else "") or _levels_under(row, header)
        if found is not None:
            header, recipient, column = found, "", 0
            lead = (told_at if told_at >= 0 and CAPTION.match(above) else above_at, above_at + len(above))  # the promise over the caption
            continue
        if header is None or set(line.strip()) <= set("|-: \t"):
            continue
        row = aligned(row, header.width)
        money = {k for k, _ in header.money}
        named = next(((k, c) for k, c in enumerate(row) if k not in money and c.endswith(heads) and not SERIAL.match(c)), None)
        if named is not None:
            column, recipient = named
        elif row[column]:
            recipient = ""  # a row that names no recipient where the one above did
        label = next((c for k, c in enumerate(row) if k not in money and (LEVEL_RE.fullmatch(c) or GRADE_LIST.fullmatch(c))), None)
        if not recipient and label is None:
            continue  # 合计 | 1000: no one's money; 国家级 | 500, 一等奖 | 50: the lead-in's recipients' (table_funding)
        condition, _, name = recipient.rpartition("的") if len(recipient.rpartition("的")[2]) >= 2 else ("", "", recipient)
        condition = condition.removeprefix("对") or (label if not recipient and label and GRADE_LIST.fullmatch(label) else "")
        levels = [m.group() for c in (*row, name) if (m := LEVEL_RE.match(c)) and (c == m.group() or c == name)]
        if levels and name.startswith(levels[0]) and name != levels[0]:
            name = name[len(levels[0]) :]  # 国家级重点实验室: the level written with the name
        written = next((c for k, c in enumerate(row) if k not in money and UNIT_CELL.fullmatch(c)), "")  # 单位 | 万元: the row's unit
        for k, level in header.money:
            amount = AMOUNT.match(row[k].replace(" ", "")) if k < len(row) else None
            unit = (amount["unit"] or written or header.unit) if amount else ""
            if amount is None or not unit:
                continue
            capped = header.cap or cues.pattern("cap").search(amount["words"]) is not None
            yield Row(name, level_of(level or levels[0]) if level or levels else None, amount["number"], unit, capped,
                      any(w in c for c in row for w in cues.words("one_off")), condition if 0 < len(condition) <= CONDITION else None,
                      start, start + len(line.rstrip()), lead)


def _header(row: list[str], above: str) -> Header | None:
    """A table's header with a money column; None for any other row. A cell with its unit in brackets first; else the
    last cell naming money (支持对象 | 补助标准: the amounts are on the right), its unit in a line above or in each cell;
    else a column for each level (国家级(万元) | 省级(万元))."""
    if any(AMOUNT.match(cell.replace(" ", "")) for cell in row):  # | 重点实验室 | 一次性奖励 | 500 |: a row
        return None
    found = [(k, m) for k, cell in enumerate(row) if (m := MONEY_COLUMN.match(cell.replace(" ", "")))]
    by_level = [(k, m) for k, cell in enumerate(row) if (m := LEVEL_COLUMN.match(cell.replace(" ", "")))]
    if by_level:
        return Header(tuple((k, m["level"]) for k, m in by_level), by_level[0][1]["unit"], False, len(row))
    bare = [(k, cell) for k, cell in enumerate(row) if k and LEVEL_RE.fullmatch(cell.replace(" ", ""))]
    unit_above = UNIT_LINE.search(above)
    unit = unit_above["unit"] if unit_above else title_unit(above)
    if len(bare) >= 2 and len(bare) == len(row) - 1 and unit:  # 平台类别 | 国家级 | 省级 | 市级 under a title (单位:万元)
        return Header(tuple(bare), unit, False, len(row))
    if not found:
        return None
    unit_above = UNIT_LINE.search(above)
    bracketed = [(k, m, m["unit"]) for k, m in found if m["unit"]]
    k, money, unit = bracketed[0] if bracketed else (*found[-1], unit_above["unit"] if unit_above else title_unit(above) or "")
    return Header(((k, None),), unit, cues.pattern("cap").search(money["words"]) is not None, len(row))


def _levels_under(row: list[str], header: Header | None) -> Header | None:
    """A second header row under a money column spanning several (| 类别 | 奖励金额(万元) | |, then | | 国家级 | 省级 |):
    a column of amounts for each level it names."""
    if header is None or len(header.money) != 1 or header.money[0][1] is not None:
        return None
    row = aligned(row, header.width)
    named = [(k, m.group()) for k, cell in enumerate(row) if cell and (m := LEVEL_RE.match(cell)) and m.group() == cell]
    if len(named) < 2 or any(cell for cell in row[named[0][0] :] if not LEVEL_RE.fullmatch(cell)):
        return None  # the levels, after the header's own cells repeated (类别, merged over both rows)
    return Header(tuple(named), header.unit, header.cap, max(header.width, len(row)))
