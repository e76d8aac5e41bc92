"""Funding's standard written before whom it pays (省级财政按照每人每年2万元的标准,|对X给予补助): one promise, sized first."""

from __future__ import annotations

import re
from dataclasses import replace

from kg import cues
from kg.extract.promises import Offer
from kg.model import Span

# 按(照)… a rate or share and 的标准/比例, or a share itself (not 按照国家标准: no size)
RATE = r"(?:按照|按|依照|参照)(?=[^,。;对]*?(?:\d|百分之|[〇零一二三四五六七八九十百千万两]元))[^,。;对]{1,30}?(?:[的之]?(?:标准|比例)|%|‰)"
STANDARD_FIRST = re.compile(rf"\s*(?P<payer>[^,。;对按]{{0,12}}?)(?P<rate>{RATE})\s*")  # the payer (if any), then the rate, right before ,对
FOR_NEXT = re.compile(r",\s*(?:连续[\d一二三四五]+年)?对(?![接外标于照比口象])")  # (,连续3年对X: for years, the same)


def stated_first(text: str, start: int, cut: int) -> re.Match[str] | None:
    """The standard, when text[start:cut] is only a payer's rate and the next clause opens with 对.

    >>> bool(stated_first("市级财政按照每人每年3万元的标准,对市派科技特派员给予补助", 0, 16))
    True
    >>> bool(stated_first("按照国家有关标准,对认定的企业给予奖励", 0, 8))
    False
    """
    found = STANDARD_FIRST.fullmatch(text, start, cut)
    return found if found and FOR_NEXT.match(text, cut) else None


def sized_first(text: str, start: int, offer: Offer | None) -> Offer | None:
    """The promise read after a standard that opens its unit (…按照每人每年2万元的标准,|(连续3年)对X给予…): its terms from the rate
    on (the amount or share is there), its evidence from the payer."""
    comma = text.rfind(",", start, offer.start + 1) if offer else -1
    standard = STANDARD_FIRST.fullmatch(text, start, comma) if offer and comma > start and offer.start - comma <= 3 else None
    if standard is None or offer is None:
        return offer
    return replace(offer, terms=Span(standard.start("rate"), offer.terms.end), start=standard.start("payer"))


# the payer, 为, whom it pays, then what it buys or bears for them (省级财政|为|科技特派员|购买…保险)
PAID_FOR = cues.lazy(
    lambda: rf"\s*[^,。;为]{{0,12}}?(?:{cues.alternation('payer')}|{cues.alternation('government_end')})为(?P<who>[^,。;]{{2,30}}?)(?:{cues.alternation('fund18d_paid_for')})"
)


PER_ONLY = re.compile(r"\s*(?:每[\u4e00-\u9fff]{1,3}?(?:每年|每月|每天)?)\s*")  # ,每平方米每月|补助20元: only the unit paid per


def paid_for(text: str, phrase: Span | None, start: int) -> Span | None:
    """Whom a payer buys or bears a cost for, when the phrase read is the payer's whole clause (its level is not theirs), or
    only the unit paid per after that clause (区级财政为X承担场地租金,|每平方米每月|补助20元).

    >>> text = "省级财政为科技特派员购买人身意外伤害保险"
    >>> paid_for(text, Span(0, len(text)), 0)
    Span(start=5, end=10)
    """
    found = PAID_FOR.match(text, phrase.start, phrase.end) if phrase else None
    if phrase and not found and PER_ONLY.fullmatch(text, phrase.start, phrase.end) and text[phrase.start - 1 : phrase.start] == ",":
        found = PAID_FOR.match(text, start, phrase.start - 1)
    return Span(found.start("who"), found.end("who")) if found else phrase


RATE_TAIL = re.compile(rf"{RATE}$")


def sized_inside(text: str, offer: Offer | None) -> Offer | None:
    """对X按照每个最高1000万元的标准|给予支持 read with the phrase running to the standard: the phrase ends before it, the terms start at it."""
    tail = RATE_TAIL.search(text, offer.phrase.start, offer.phrase.end) if offer and offer.phrase else None
    if tail is None or offer is None or offer.phrase is None or tail.start() == offer.phrase.start:
        return offer
    return replace(offer, phrase=Span(offer.phrase.start, tail.start()), terms=Span(tail.start(), offer.terms.end))
