"""Bare counts: the numbers a comparator gives without their unit (高新技术企业力争突破1500, 打造不少于30应用场景), for kg.extract.targets."""

from __future__ import annotations

import re

from kg import cues
from kg.extract.numbers import Quantity, parse_number, quantities

DIGIT = re.compile(r"\d")
RATIO = re.compile(r"\s*[:：∶]\s*\d")
# A comparator and a number without a unit (力争突破1500“小升规”, 不少于30应用场景); not a year,
# a date, a share, an amount or a grade (达到3级)
BARE = cues.lazy(
    lambda: rf"(?:{cues.alternation('comparator')})\s*(?P<value>\d+(?:\.\d+)?)"
    r"(?=[\u4e00-\u9fff“\"]|\s*[,。;]|\s*$)(?![年月日号时分秒岁级类期倍元万亿千百十])"
)
BODY = cues.lazy(lambda: cues.alternation("counted_body_head"))  # counted in 家
BODY_AHEAD = cues.lazy(lambda: rf"[\u4e00-\u9fff]*?(?:{cues.alternation('counted_body_head')})")


def with_bare(text: str, start: int, end: int) -> list[Quantity]:
    """The quantities of a clause, with the numbers a comparator gives without a unit: 高新技术企业
    力争突破1500, 打造不少于30应用场景 (the unit left out; counted in 家 for bodies, else 个)."""
    found = list(quantities(text, start, end))
    if not DIGIT.search(text, start, end):
        return found
    taken = {q.start for q in found}
    for match in BARE.finditer(text, start, end):
        value = parse_number(match["value"])
        if value is None or match.start("value") in taken or RATIO.match(text, match.end("value")):
            continue  # (不低于1:1比例配套: a ratio, read past the clause's end at its colon)
        head = text[match.end() : match.end() + 8]
        unit = "家" if BODY_AHEAD.match(head) or BODY.search(text, start, match.start()) else "个"
        found.append(Quantity(value, None, unit, match.start("value"), match.end("value"), False))
    return sorted(found, key=lambda q: q.start)
