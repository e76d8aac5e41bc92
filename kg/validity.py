"""Step 3: the years a document says it is in force (本措施自2024年7月1日起施行，有效期至2028年6月30日; 有效期三年)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from kg.extract.numbers import parse_number

DATE = r"(?P<{p}y>\d{{4}})\s*年\s*(?P<{p}m>\d{{1,2}})\s*月\s*(?P<{p}d>\d{{1,2}})\s*日"
# A year of the Republic written out (中华民国一百十三年四月一日生效), as Taiwan's rules date their entry into force
REPUBLIC = r"(?:中华)?民国\s*(?P<roc>[\d一二三四五六七八九十百零〇]{1,6})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日"
# The clause that puts the document itself in force: 自2024年7月1日起施行, 自印发之日起实施, 中华民国…日生效. Starting with 本…
# or 自 keeps out a firm's or a title's own validity (资格在有效期内, 认定有效期为三年).
IN_FORCE = re.compile(
    rf"(?:自\s*(?:{DATE.format(p='s')}|(?P<issue>印发|发布|公布|颁布|印发公布)之日)\s*起(?:至\s*{DATE.format(p='e')}\s*止)?\s*"
    rf"|{REPUBLIC}\s*)(?:施行|实施|执行|生效)"
)
# What follows it in the same sentence: 有效期至2028年6月30日, 有效期到…, 有效期三年, 有效期为5年, 有效期限3年
VALID_FOR = re.compile(
    rf"[^。\n]{{0,30}}?有效期限?(?:为|是)?\s*(?:(?:至|到|截至)\s*{DATE.format(p='e')}|(?P<years>[\d一二三四五六七八九十]{{1,3}})\s*年)"
)

# How long a Taiwan rule runs after its date of the Republic: 施行至一百十八年十二月三十一日止 (the year alone, 民国 left out)
REPUBLIC_UNTIL = re.compile(r"\s*至\s*(?:中华)?(?:民国)?\s*(?P<y>[\d一二三四五六七八九十百零〇]{1,6})\s*年[^。;\n]{0,12}?止")

# A span of years a plan's title gives it: (2025—2027年), (2024年—2026年), (2025-2027), 2025—2027年 inside the title (meta19)
YEARS = r"(?P<start>\d{4})\s*年?\s*(?:-|—{1,2}|–|~|至)\s*(?P<end>\d{4})"
TITLE_YEARS = re.compile(rf"\(?{YEARS}\s*(?:年\)?|\))")


class Period(NamedTuple):
    start: int | None
    end: int | None


def stated_period(text: str, issued: str | None, republic: bool = True) -> Period | None:
    """The years from the last in-force clause to the end its 有效期 (or 起至…止) names; None without both. A start alone
    (本条例自2016年1月1日起施行) dates a rule's entry into force, not a period; a Taiwan 要点's date of the Republic starts
    one (republic: not for a law or a ministry's order, whose period is null).

    Example:
        >>> stated_period("本措施自2024年10月1日起施行，有效期三年。", None)
        Period(start=2024, end=2027)
        >>> stated_period("本方案自印发之日起实施，有效期至2026年12月31日。", "2024-05-06")
        Period(start=2024, end=2026)
        >>> stated_period("本条例自2016年1月1日起施行。", None) is None
        True
        >>> stated_period("高新技术企业认定有效期为三年。", None) is None
        True
    """
    clause = None
    for clause in IN_FORCE.finditer(text):
        pass
    if clause is None:
        return None
    start = _start(clause, issued)
    if clause["ey"]:
        return Period(start, int(clause["ey"]))
    valid = VALID_FOR.match(text, clause.end())
    if valid is None:
        return _republic(clause, text, start) if republic else None
    if valid["ey"]:
        return Period(start, int(valid["ey"]))
    end = _after(clause, issued, parse_number(valid["years"]))
    return Period(start, end) if end else None


def _republic(clause: re.Match[str], text: str, start: int | None) -> Period | None:
    """A Taiwan rule in force from a date of the Republic (中华民国一百十三年四月一日生效): the annotators' period starts that
    year (gold-synth3 s020, meta19 m10, m29) and ends where the rule says it stops (施行至一百十八年…止), else is open."""
    if not clause["roc"] or start is None or "\n" in clause.group():  # 修正日期:民国112年1月19日⏎生效状态: a database's labels
        return None
    until = REPUBLIC_UNTIL.match(text, clause.end())
    end = parse_number(until["y"]) if until else None
    return Period(start, 1911 + int(end) if end else None)


def _start(clause: re.Match[str], issued: str | None) -> int | None:
    if clause["sy"]:
        return int(clause["sy"])
    if clause["roc"]:
        year = parse_number(clause["roc"])
        return 1911 + int(year) if year else None
    return int(issued[:4]) if issued else None


def _after(clause: re.Match[str], issued: str | None, years: Decimal | None) -> int | None:
    """The last year of N years from the start: from 2024-10-01 three years run to 2027-09-30, from 2024-01-01 to 2026-12-31."""
    if not years:
        return None
    if clause["sy"]:
        year, month, day = int(clause["sy"]), int(clause["sm"]), int(clause["sd"])
    elif clause["issue"] and issued:
        year, month, day = (int(part) for part in issued.split("-"))
    else:
        return None
    return year + int(years) - (1 if (month, day) == (1, 1) else 0)


def title_years(title: str | None) -> Period | None:
    """The span of years a title writes (安徽省2025—2027年科技成果转化行动方案), or None.

    Example:
        >>> title_years("安徽省2025—2027年科技成果转化行动方案"), title_years("某市行动方案(2025-2027)"), title_years("某市2025年工作要点")
        (Period(start=2025, end=2027), Period(start=2025, end=2027), None)
    """
    found = TITLE_YEARS.search(title or "")
    return Period(int(found["start"]), int(found["end"])) if found and found["start"] <= found["end"] else None
