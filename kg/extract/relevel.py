"""A condition's own level: …国家级X认定的,奖励80万元;|通过省级认定的,奖励30万元 — the later clause names no one, so its
recipients are read from what was named before, but at the level the condition names itself (省级), not the earlier one's
(fund19a)."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.levels import LEVEL_RE, level_of
from kg.extract.promises import Offer
from kg.model import Funding

CONDITION = re.compile(r"[^,;。:]{2,30}?的(?=,)")  # 通过省级认定的|,奖励…: a condition opening the promise, no phrase read


def own_level(text: str, offer: Offer, built: list[Funding]) -> list[Funding]:
    """`built` at the one level its condition (the offer's phrase, or the clause ending in 的 it opens with) names, when
    that condition names none of the recipients (they were read from before it); a threshold (省级以上) is no level."""
    if not built:
        return built
    found = CONDITION.match(text, offer.start) if offer.phrase is None else None
    a, b = (offer.phrase.start, offer.phrase.end) if offer.phrase else (found.start(), found.end()) if found else (0, 0)
    said = text[a:b].replace("“", "").replace("”", "")
    if text[b - 1 : b] != "的" or any(f.recipient in said for f in built) or len({f.level for f in built}) > 1:
        return built  # (whom it names itself, or levels the promise already spreads: 获批国家、省级X的,分别…)
    words = {m.group() for m in LEVEL_RE.finditer(text, a, b)}
    if len(words) != 1:
        return built
    word = words.pop()
    level = None if word.endswith("以上") else level_of(word)
    return [replace(f, level=level) for f in built]
