"""A share the applicant raises itself (由申請人自籌款不得低於計畫總經費百分之二十, 企业自筹资金不低于50%) read as a subsidy's
rate: the rate dropped, for kg.extract.funding (twn20).

A subsidy rule often bounds both sides of a plan's budget: what the payer gives (補助…最高…) and what the applicant
must put in (自籌…不得低於…). The second is the applicant's duty, not the subsidy's share; a promise whose only share
is that one has none (its cap stays)."""

from __future__ import annotations

import re
from dataclasses import replace

from kg import cues
from kg.extract.numbers import parse_ratio
from kg.extract.promises import SHARE
from kg.model import Funding
from kg.normalize import simplified

OWN_SHARE = cues.lazy(lambda: rf"(?:{cues.alternation('twn20_own_money')})[^,。;，；]{{0,24}}?{SHARE}")


def own_share_dropped(facts: list[Funding]) -> list[Funding]:
    """The facts, each whose share is written only after a word of the applicant's own money in its quote without it."""
    out = []
    for fact in facts:
        if fact.ratio is not None and any(word in fact.evidence.quote for word in ("自筹", "自籌", "自行负担", "自行負擔", "自备", "自備")):
            quote = simplified(fact.evidence.quote)
            own = [parse_ratio(m["share"]) for m in OWN_SHARE.finditer(quote)]
            other = [parse_ratio(m["share"]) for m in re.finditer(SHARE, quote)]
            if fact.ratio in own and other.count(fact.ratio) == own.count(fact.ratio):
                fact = replace(fact, ratio=None, cap=fact.cap if fact.amount_yuan is not None else False)
                if fact.amount_yuan is None:
                    continue  # (自籌款不得低於…百分之五十 alone: no promise left)
        out.append(fact)
    return out
