"""The prizes of a Taiwan award rule listed tier by tier, each with its money in 新臺幣 (特優獎一名,獎金新臺幣十萬元;優等獎
二名,各頒發獎金新臺幣五萬元) → a Funding line per tier, the prize its recipient, for kg.extract.funding (twn18).

A 獎勵要點 names each tier, how many win it and what each gets, the money word opening its own clause with no verb before
it and no one named in it: the tier before is whom that money is for, as gold-more's conventions read 一等奖 lines."""

from __future__ import annotations

import re

from kg.extract.numbers import amounts
from kg.model import Document, Funding

# 特優獎一名,|獎金新臺幣…; 金質獎:|頒發獎金新臺幣…; 優等獎二名,|各頒發獎金新臺幣…
TIER = re.compile(
    r"(?:^|(?<=[,;。:\n]))\s*(?P<who>[\u4e00-\u9fff]{1,5}奖)(?:[一二三四五六七八九十\d]{1,3}\s*名)?\s*[,:]\s*"
    r"(?:各|每名)?(?:颁发|发给|核发|颁给)?(?P<money>奖金|奖励金|奖助金)\s*新台币\s*"
)


def prize_tiers(doc: Document, facts: list[Funding]) -> list[Funding]:
    """The facts, and a line per prize tier whose money no line holds yet."""
    text = doc.text
    if "奖" not in text or "新台币" not in text:
        return facts
    held = [(f.evidence.start, f.evidence.end) for f in facts if f.amount_yuan is not None]
    out = list(facts)
    for tier in TIER.finditer(text):
        amount = next(((y, e) for y, s, e in amounts(text, tier.end(), tier.end() + 12) if s == tier.end()), None)
        if amount is None:
            continue
        evidence = doc.evidence(tier.start("who"), amount[1])
        if any(s < evidence.end and evidence.start < e for s, e in held):
            continue  # the money is some line's already
        out.append(Funding(doc.id, tier["who"], None, amount[0], False, None, False, None, tier["money"], evidence))
    return out
