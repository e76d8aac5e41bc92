"""Taiwan's headers, for kg.segment: a law's 沿革 (the latest entry's body and number), a law database's 最新异动日期, a rule's
own lines of the Republic's dates and letters (中华民国一百十二年三月一日经产字第11252600100号函订定), the latest first."""

from __future__ import annotations

import re

from kg.extract.numbers import parse_number

# Taiwan: 行政院院台科字第 1060040507 号令, 总统华总一义字第 09100125220 号令
TAIWAN_NUMBER = re.compile(r"日\s*(?P<body>总统|[\u4e00-\u9fff]{1,12}?(?:院|部|委员会))(?:\(\d+\))?\s*(?P<n>[\u4e00-\u9fff()一]{1,8}字第\s*\d+\s*号)")
TAIWAN_DATE = re.compile(r"^最新异动日期\s*:\s*(\d{4})(\d{2})(\d{2})")
# A Taiwan rule's own header line: 中華民國一百十二年三月一日經產字第11252600100號函訂定 (a year of the Republic,
# in either numerals; the letter's number may follow with no body before it)
MINGUO_DATE = re.compile(r"(?:中华)?民国\s*(?P<y>[\d一二三四五六七八九十百零〇]{1,6})\s*年\s*(?P<m>[\d一二三四五六七八九十]{1,3})\s*月\s*(?P<d>[\d一二三四五六七八九十]{1,3})\s*日")
TAIWAN_LETTER = re.compile(r"民国[^\n]{2,16}?日\s*(?P<n>[\u4e00-\u9fff]{1,8}字第\s*\d+\s*号)")


def taiwan(header: list[str], group: str) -> str | None:
    """Taiwan's 沿革: the body (行政院, 总统) or number (院台科字第1060040507号) of the latest entry."""
    found = list(TAIWAN_NUMBER.finditer("\n".join(header)))
    return re.sub(r"\s+", "", found[-1][group]) if found else None


def taiwan_date(header: list[str]) -> str | None:
    match = next((m for m in map(TAIWAN_DATE.match, header) if m), None)
    return f"{match[1]}-{match[2]}-{match[3]}" if match else None


def minguo_date(header: list[str]) -> str | None:
    """The date of the Republic of the header's latest letter or a law database's 修正日期, else its first (民国一百十二年
    三月一日 → 2023-03-01)."""
    lettered = [line for line in header if TAIWAN_LETTER.search(line)][-1:]  # 生效 dates come after the letters
    lettered = lettered or [line for line in header if line.startswith("修正日期")][-1:]  # a law database's, not 公发布日
    match = next((m for m in map(MINGUO_DATE.search, lettered or header) if m), None)
    parts = [parse_number(match[k]) for k in ("y", "m", "d")] if match else []
    if not parts or None in parts:
        return None
    year, month, day = (int(p) for p in parts if p is not None)
    return f"{1911 + year}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


def taiwan_letter(header: list[str]) -> str | None:
    """经产字第11252600100号 after a date of the Republic, with no body written before it."""
    found = list(TAIWAN_LETTER.finditer("\n".join(header)))  # the latest: 函订定, then 函修正第四点; the letter may wrap to
    # the line under its date (中华民国一百十四年四月十日⏎府产业字第…号令订定)
    return re.sub(r"\s+", "", found[-1]["n"]) if found else None
