"""A kind's raised share in Taiwan's subsidy rules (中小企業之補助比率得提高至百分之六十) → Offer, for kg.extract.funding;
the plan category an item heads (（一）數位工具導入計畫:每案…) as whom its cap and rate are for, for kg.extract.fundbuild.

A rule caps a case's share for every applicant, then lets one kind (中小企業, 新創事業) go higher: that kind's
higher share is a promise of its own, the kind its recipient, as when written 申請人為中小企業者,補助比率得提高至…."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg import cues
from kg.extract.promises import SHARE, Offer
from kg.extract.nouns import Recipient
from kg.model import Span

RAISED = cues.lazy(
    lambda: rf"(?P<who>[\u4e00-\u9fff]{{0,10}}?(?:{cues.alternation('recipient_head')}))(?:者)?[之的,]?\s*(?:其)?"
    rf"(?P<money>{cues.alternation('money_word')})?(?:之|的)?(?:比率|比例),?\s*得?(?:提高|提升|调高|调升)(?:至|到|为)"
    rf"[^,。;]{{0,16}}?{SHARE}"
)


def raised_rate(text: str, start: int, end: int) -> Iterator[Offer]:
    """中小企業之補助比率得提高至百分之六十, 新創事業之補助比例,得提高至計畫總經費之百分之七十: the kind, its share."""
    part = text[start:end]
    if "提" not in part and "调" not in part:
        return  # most clauses: no raise, skipped cheaply
    for found in RAISED.finditer(text, start, end):
        a, b = found.start("who"), found.end("who")
        a = max(a, text.rfind("之", a, b) + 1, text.rfind("的", a, b) + 1)  # 設籍本市之|中小企業
        if b - a < 2:
            continue
        who = Span(a, b)
        money = found["money"] or cues.words("money_word")[0]
        yield Offer(who, Span(found.start("share"), found.end()), money, a, found.end(), text.rfind("\n", 0, start) + 1, nouns=True)


# an item's number, a plan category, a colon: (一)數位工具導入計畫:, 二、智慧製造升級計畫:
CATEGORY = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、])\s*(?P<who>[\u4e00-\u9fff]{2,16}计划)\s*:")


def category(text: str, offer: Offer) -> Recipient | None:
    """The plan category heading the item whose terms these are (Taiwan's 補助項目: (一)數位工具導入計畫:每案補助…):
    each category is whom its cap and rate are for, the measure's declared kind (補助對象) applies to them all."""
    phrase = offer.phrase
    if phrase is None or not text.startswith(("计划", "计画"), phrase.end - 2):
        return None
    line = text.rfind("\n", 0, phrase.start) + 1  # (a heading before it in its line: 二、補助項目:(一)創新研發計畫:)
    found = next((m for m in CATEGORY.finditer(text, line, phrase.end + 2) if m.end("who") == phrase.end), None)
    if found is None or not (found.start() == line or text[found.start() - 1] == ":"):
        return None
    return Recipient(found["who"], None, found.start("who"), found.end("who"))
