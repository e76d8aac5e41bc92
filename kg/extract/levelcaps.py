"""Funding, building: caps written per level after one promise (…按上级资助资金给予1:1配套支持,国家级最高100万元、省级最高50万元)
— one line per level, whom each level's kind names in the phrase (…等国家级重大人才工程,以及…等省级重大人才工程的人才); for
kg.extract.fundbuild.

Talent measures match the grants of programmes listed as examples before a kind at each level; the kinds, not the examples
nor the persons after them, carry the levels the caps are written for (gold-synth7: a line per level, the cap as amount, the
ratio the match's).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.numbers import amounts
from kg.extract.promises import Offer
from kg.model import Funding

LEVELS = "国家级|省级|市级"
# 国家级最高100万元、省级最高50万元: a level, its cap, its amount; listed
LEVEL_CAP = re.compile(rf"(?<![\u4e00-\u9fff])(?P<level>{LEVELS})(?:最高|不超过|最多|可达)+\s*(?=[\d.]+\s*[千万亿]?元)")
# …等|国家级|重大人才工程, (以及)…: the kind named at a level after examples of it
KIND_AT_LEVEL = re.compile(rf"等(?P<level>{LEVELS})(?P<kind>[\u4e00-\u9fff]{{2,12}}?)(?=[,;、]|以及|和|及|的|$)")


def per_level(text: str, offer: Offer, facts: list[Funding]) -> list[Funding]:
    """One line per level capped in the terms whose kind the phrase names (…等国家级X), when the lines read do not already
    pair each level with its cap; else the lines as read."""
    if not facts or offer.phrase is None:
        return facts
    caps = []
    for m in LEVEL_CAP.finditer(text, offer.terms.start, offer.terms.end):
        amount = next(amounts(text, m.end(), offer.terms.end), None)
        if amount:
            caps.append((m["level"], amount[0]))
    if len(caps) < 2 or len({level for level, _ in caps}) < len(caps):
        return facts
    if {(f.level, f.amount_yuan) for f in facts} == set(caps):
        return facts  # (对国家级、省级X…,国家级最高a、省级最高b: read already)
    kinds = {m["level"]: m["kind"] for m in KIND_AT_LEVEL.finditer(text, offer.phrase.start, offer.phrase.end)}
    if not any(level in kinds for level, _ in caps):
        return facts
    first = facts[0]  # (a group parted from the others by 以及 names its own levels only: their lines)
    return [replace(first, recipient=kinds[level], level=level, amount_yuan=amount, cap=True, condition=None) for level, amount in caps if level in kinds]
