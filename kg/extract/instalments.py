"""Amounts in a promise's terms that are no line of their own: the instalments a total written first is paid in
(给予最高600万元奖励,按辅导备案、申报受理、成功上市三个阶段分别拨付100万元、200万元、300万元; gold-synth4's convention: the
total is the line), a floor beside the cap (最高补助50万元,最低补助1万元), a cap over the items sized before it; and the
bare share a money word pays (…500万元以上的,补助20%); for kg.extract.fundbuild and kg.extract.funding (fund17a).
"""

from __future__ import annotations

import re
from decimal import Decimal

from kg import cues
from kg.extract.numbers import parse_ratio
from kg.model import Span

# ,按…三个阶段分别拨付 / ,分三年拨付 / ,分两期兑现: the clause that pays a sum already named out in parts
PAID_IN_PARTS = cues.lazy(
    lambda: rf"[,;]\s*(?:(?:在|按照?)?[^,。;]{{2,40}}?[一二三四五六两\d]个(?:{cues.alternation('stage_noun')})"
    rf"|分[一二三四五六两\d]+(?:期|次|年|个年度))[^,。;]{{0,6}}?(?:{cues.alternation('pay_out')})"
)
FLOOR = re.compile(r"最低(?:补助|补贴|奖励|资助|支持)?\s*$")  # 最低补助|1万元: the least, no promise


def parts_dropped(text: str, terms: Span, spans: list[tuple[Decimal, int, int]]) -> list[tuple[Decimal, int, int]]:
    """The amounts of the terms without the instalments of a total named before them, and without a floor beside others."""
    parts = PAID_IN_PARTS.search(text, terms.start, terms.end)
    if parts and any(a < parts.start() for _, a, _ in spans):
        spans = [s for s in spans if s[1] < parts.start()]
    floors = [s for s in spans if FLOOR.search(text, max(terms.start, s[1] - 6), s[1])]
    return [s for s in spans if s not in floors] if floors and len(floors) < len(spans) else spans


# 同一企业每年累计享受上述奖励不超过100万元 / 上述奖励同一单位每年累计不超过80万元: one cap over the items paid before
OVER_ITEMS = re.compile(r"累计|合计|上述|本条|以上各项|前款|前述")


def total_over_items(text: str, sentence: int, terms: Span, before_sized: bool) -> bool:
    """Whether a promise is only the cap over several items sized before it (同一企业每年累计享受上述奖励不超过100万元),
    its sentence naming no one of its own: no line (the items' own amounts are the lines)."""
    head = text[sentence : terms.start]
    named = "对" in head or "的," in head or re.search(r"\d", head)  # (累计投资额超过1亿元的,给予最高…: a condition, a promise of its own)
    return before_sized and bool(OVER_ITEMS.search(head)) and not named and bool(cues.pattern("cap").search(text, sentence, terms.end))


# …500万元以上的,补助|20%; / 补助|百分之二十。: a share right after the money word, ending the clause (fund17a)
BARE_SHARE = re.compile(r"\s*(?P<share>\d+(?:\.\d+)?\s*%|百分之[零一二三四五六七八九十点]+)(?=\s*(?:[,。;]|$))")
MONEY_THEN_SHARE = cues.lazy(lambda: rf"(?:{cues.alternation('money_word')}){BARE_SHARE.pattern}")


def bare_share(text: str, terms: Span) -> list[Decimal]:
    """The share right after the money word that ends its clause (补助20%), as the promise's share; [] when none."""
    found = MONEY_THEN_SHARE.search(text, terms.start, min(len(text), terms.end + 12))  # (the terms end at the money word)
    share = parse_ratio(found["share"]) if found else None
    return [share] if share is not None else []
