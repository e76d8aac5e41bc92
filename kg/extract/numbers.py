"""Chinese and Arabic numerals, amounts and units → Decimal (cn2an); shared by targets and funding.

The text has been through NFKC (kg.normalize), so digits, commas, colons and percent signs are
ASCII; "、" and "—" remain. Numbers are found with regular expressions here and converted with
cn2an for the Chinese numerals, which it reads well except the bare 百/千/万 of 百项, 千家.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
CHINESE = r"[零〇一二两三四五六七八九十百千万亿]+"
CHINESE_DECIMAL = rf"{CHINESE}(?:点[零〇一二三四五六七八九]+)?"  # 二点五, as shares are written in laws
MULTIPLIER = r"(?:十|百|千|万|亿|十万|百万|千万|万亿)"
NUMERAL = rf"(?:{ARABIC}{MULTIPLIER}?|{CHINESE})"  # 1800, 1.5万, 3000万, 十大, 两千
# The formal capitals of sums of money (伍拾万元, 壹佰万元; 参 as Traditional 參 converts, only before a place word)
CAPITAL = r"(?:[壹贰叁肆伍陆柒捌玖拾]|参(?=[拾佰仟]))(?:[壹贰叁肆伍陆柒捌玖拾佰仟零〇万亿]|参(?=[拾佰仟]))*"
_CAPITALS = str.maketrans("壹贰叁参肆伍陆柒捌玖拾佰仟", "一二三三四五六七八九十百千")
RANGE_SEPARATOR = r"\s*(?:-|—{1,2}|–|~|至|到)\s*"  # 3-5, 3—5, 3至5; NFKC made ～ and － ASCII

# Units a quantity is counted or measured in. 万/亿 before a unit belong to the unit, so a value
# stays "as written": 6000亿元 is 6000 in 亿元, 6万人 is 6 in 万人 (兆: Taiwan's 10^12, 新臺幣5兆元).
COUNT_UNITS = (
    r"个百分点|百分点|人年(?!均)|人次|家次|场次|家|个|项|所|名|人|件|户|座|条|支|种|款|台套|台|套|次|篇|位|场|处|批|只|部|张|本|期|园|区|类|"
    r"千瓦时|千瓦|兆瓦|吉瓦|GW|MW|辆|艘|公顷|立方米|吨标准煤|队|"
    r"平方公里|平方米|公里|亩|吨|倍|美元|元|案|大(?=[\x22”]?[\u4e00-\u9fff])|架|(?i:[EPT]FLOPS)(?![A-Za-z])|"  # 2万PFlops, 20EFLOPS: as written
    r"(?<![A-Za-z]\d)P(?![A-Za-z\d])|"  # 算力规模达到5000P: petaflops as plans write it (not P2P)
    r"(?<=[一二两三四五六七八九\d])成(?=[^\u4e00-\u9fff]|$|以上|左右|以内|的)"  # 占比不低于三成: tenths, a share as written
)
UNIT = rf"(?:(?:千|万|亿|兆|百万|千万|万亿)?(?:余|多)?(?:{COUNT_UNITS})(?:/(?:人|年|平方公里|亩|家))?|%|‰)"  # 5万余家: 5 in 万家

UNIT_ALONE = re.compile(UNIT)
QUANTITY = re.compile(
    rf"(?<![\d.第])(?P<value>{ARABIC}|{CHINESE_DECIMAL})"  # 二点六平方米, as laws write a decimal (tgt19)
    rf"(?:{RANGE_SEPARATOR}(?P<value_max>{ARABIC}|{CHINESE}))?"
    rf"\s*(?:余|多)?\s*(?P<unit>{UNIT})(?!级)"  # 亿元级企业: a size class, no quantity; 50余家, 100多个: at least 50, 100
)
# A share written out, as a quantity in %: 百分之二点五, 百分之二至三 (the second 百分之 may be left out)
PERCENT = re.compile(
    rf"百分之(?P<value>{CHINESE_DECIMAL}|{ARABIC})(?:{RANGE_SEPARATOR}(?:百分之)?(?P<value_max>{CHINESE_DECIMAL}|{ARABIC}))?"
)
_SHARE = (
    rf"(?<![\d.])(?:(?P<pct>{ARABIC})\s*(?P<sign>%|‰)|百分之(?P<cn_pct>{CHINESE_DECIMAL}|{ARABIC})"
    rf"|(?P<left>{ARABIC})\s*[:∶]\s*(?P<right>{ARABIC})"
)
RATIO_TEXT = re.compile(_SHARE + ")")
RATIO = re.compile(_SHARE + r"(?=\s*的?(?:[区县市省]级)?(?:匹配|配套|比例|配比)|\s*(?:给予|予以)[^,。;]{0,4}?(?:匹配|配套)))")  # in running text 10:30 is a time
# 万/亿 alone, 元 left out (给予20万奖励, 補助新臺幣200萬): only where nothing counted follows (not 20万人, 500万以上)
BARE_MULTIPLIER = r"(?:万|亿)(?=\s*(?:[,。;、)]|$|的?(?:奖|补|资|扶持|支持|贴|一次性|为上限|之上限|以内)))"
MONEY = re.compile(rf"(?<![\d.第])(?P<number>{ARABIC}|{CAPITAL}|{CHINESE})\s*(?P<unit>(?:千|万|亿|十万|百万|千万|万亿)?元|{BARE_MULTIPLIER})")

_MULTIPLIERS = {
    "": Decimal(1),
    "十": Decimal(10),
    "百": Decimal(100),
    "千": Decimal(1000),
    "万": Decimal(10**4),
    "十万": Decimal(10**5),
    "百万": Decimal(10**6),
    "千万": Decimal(10**7),
    "亿": Decimal(10**8),
    "万亿": Decimal(10**12),
}


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its unit as written, at [start, end) of the text searched."""

    value: Decimal
    value_max: Decimal | None
    unit: str
    start: int
    end: int
    chinese: bool  # written in Chinese numerals (十大, 百项): often slogans, not counts


def parse_number(text: str) -> Decimal | None:
    """A numeral as a Decimal, or None if it is not one.

    Example:
        >>> parse_number("1.5万"), parse_number("百"), parse_number("两千"), parse_number("1,800")
        (Decimal('15000'), Decimal('100'), Decimal('2000'), Decimal('1800'))
    """
    text = text.strip().replace(",", "")
    match = re.fullmatch(rf"({ARABIC})({MULTIPLIER}?)", text)
    if match:
        try:
            return plain(Decimal(match[1]) * _MULTIPLIERS[match[2]])
        except InvalidOperation:
            return None
    if re.fullmatch(CHINESE_DECIMAL, text):
        return _chinese(text)
    return None


def parse_range(text: str) -> tuple[Decimal, Decimal | None] | None:
    """'3-5' → (3, 5), '3至5' → (3, 5), '12' → (12, None); None if not a number or range."""
    match = re.fullmatch(rf"({NUMERAL}){RANGE_SEPARATOR}({NUMERAL})", text.strip())
    if match:
        low, high = parse_number(match[1]), parse_number(match[2])
        return (low, high) if low is not None and high is not None else None
    value = parse_number(text)
    return (value, None) if value is not None else None


def to_yuan(number: str, unit: str) -> Decimal | None:
    """An amount of money in yuan: ('50', '万元') → 500000, ('1', '亿元') → 100000000."""
    value = parse_number(number.translate(_CAPITALS))
    if value is None or unit not in ("万", "亿") and not unit.endswith("元"):
        return None
    return plain(value * _MULTIPLIERS[unit.removesuffix("元")])


def parse_ratio(text: str) -> Decimal | None:
    """A share as a decimal: '30%' → 0.3, '1‰' → 0.001, '1:1' → 1 (matching one for one)."""
    match = RATIO_TEXT.fullmatch(text.strip())
    return _ratio(match) if match else None


def quantities(text: str, start: int = 0, end: int | None = None) -> Iterator[Quantity]:
    """Every number with a unit in text[start:end]: 1800家, 3-5家, 6000亿元, 15.7%, 百项, 百分之二点五."""
    end = len(text) if end is None else end
    found = [*_quantities(QUANTITY, text, start, end)]
    if text.find("百分之", start, end) >= 0:  # a share written out is a number in %, never a slogan
        found = sorted([*found, *_quantities(PERCENT, text, start, end)], key=lambda q: q.start)
    yield from found


def _quantities(pattern: re.Pattern[str], text: str, start: int, end: int) -> Iterator[Quantity]:
    for match in pattern.finditer(text, start, end):
        value = parse_number(match["value"])
        value_max = parse_number(match["value_max"]) if match["value_max"] else None
        if value is None or (match["value_max"] and value_max is None):
            continue
        if pattern is PERCENT:
            yield Quantity(value, value_max, "%", match.start(), match.end(), False)
            continue
        chinese = not match["value"][0].isdigit()
        unit = re.sub("余|多", "", match["unit"])  # 5万余家: at least 5 万家
        shifted = _multiplier_of_unit(match["value"], unit) if chinese and not match["value_max"] else None
        if shifted:  # 千亿元 is 1000 in 亿元, as 6000亿元 is 6000 in 亿元
            value, unit = shifted
        yield Quantity(value, value_max, unit, match.start(), match.end(), chinese)


def _multiplier_of_unit(numeral: str, unit: str) -> tuple[Decimal, str] | None:
    """A Chinese numeral ending in 万/亿 before a unit without one (千亿|元, 两万亿|元, 十万|人): the multiplier
    belongs to the unit, so the value stays as written (1000 in 亿元, 2 in 万亿元, 10 in 万人); 万亿 alone
    (突破万亿元) is one of them, as 1万亿元 is."""
    for multiplier in ("万亿", "亿", "万"):
        head = numeral[: -len(multiplier)]
        if not numeral.endswith(multiplier) or (head and head[-1] in "万亿") or not UNIT_ALONE.fullmatch(multiplier + unit):
            continue
        if not head and multiplier != "万亿":
            return None  # 亿元, 万人 alone: 每万人口, 万元增加值 name a base, not an amount aimed at
        value = parse_number(head) if head else Decimal(1)
        return (value, multiplier + unit) if value is not None else None
    return None


def amounts(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[Decimal, int, int]]:
    """Every amount of money in text[start:end] as (yuan, start, end): 最高1000万元 → 10000000."""
    for match in MONEY.finditer(text, start, len(text) if end is None else end):
        yuan = to_yuan(match["number"], match["unit"])
        if yuan is not None:
            yield yuan, match.start(), match.end()


def ratios(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[Decimal, int, int]]:
    """Every share in text[start:end] as (decimal, start, end): 30%, 1‰, 1:1."""
    for match in RATIO.finditer(text, start, len(text) if end is None else end):
        value = _ratio(match)
        if value is not None:
            yield value, match.start(), match.end()


def plain(value: Decimal) -> Decimal:
    """Without trailing zeros or an exponent: 15000.0 → 15000, 0.30 → 0.3."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def _ratio(match: re.Match[str]) -> Decimal | None:
    if match["pct"]:
        value = parse_number(match["pct"])
        return None if value is None else plain(value / (100 if match["sign"] == "%" else 1000))
    if match["cn_pct"]:
        value = parse_number(match["cn_pct"])
        return None if value is None else plain(value / 100)
    left, right = parse_number(match["left"]), parse_number(match["right"])
    if not left or right is None:
        return None
    return plain(right / left)


@lru_cache(maxsize=1024)  # a corpus writes a few hundred distinct numerals (十, 两, 百…), each read again clause by clause
def _chinese(text: str) -> Decimal | None:
    """cn2an reads 两千 and 十六 but not a bare 百/千/万 (百项, 千家): read those as 一百, 一千 …"""
    for candidate in (text, "一" + text):
        try:
            value = _cn2an()(candidate, "normal")
        except (ValueError, KeyError, IndexError):
            continue
        return plain(Decimal(str(value)))
    return None


@lru_cache(maxsize=1)
def _cn2an():  # type: ignore[no-untyped-def]
    import cn2an  # loaded on first use: importing kg stays cheap

    return cn2an.cn2an
