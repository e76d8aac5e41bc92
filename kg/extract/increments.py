"""Funding, sizes: a sum paid per step of growth (研发投入每增长100万元,给予5万元奖励,最高不超过100万元) — the step's sum is
the line, the cap written after it is the most one body gets, no promise of its own; for kg.extract.fundbuild.

gold-synth4's convention: a per-unit amount with a per-enterprise ceiling takes the unit amount (the ceiling a note). A step
of growth is such a unit, written before the verb rather than after it (每件给予…, handled by kg.extract.measures.unit_totals).
"""

from __future__ import annotations

from decimal import Decimal

from kg import cues
from kg.extract.promises import Offer

# 每增长|100万元, 每增加1个百分点, 每新增1亿元: the step, its size in money or in points
STEP = cues.lazy(lambda: rf"每(?:{cues.alternation('fund20a_step_verb')})\s*[\d.]+\s*(?:[千万亿]?元|个百分点|%)")
CAP = cues.lazy(lambda: cues.alternation("cap"))
MARKS = ",;。\n"


def _clause(text: str, at: int) -> int:
    return max(text.rfind(mark, 0, at) for mark in MARKS) + 1


def step_cap_dropped(text: str, offer: Offer, spans: list[tuple[Decimal, int, int]]) -> list[tuple[Decimal, int, int]]:
    """The amounts without the caps that follow a sum paid per step of growth, each cap in a clause of its own; the
    amounts as read when no step is written in the clause before the first amount or in its own."""
    if len(spans) < 2:
        return spans
    first = _clause(text, spans[0][1])
    lead = _clause(text, first - 1) if first > offer.start else first
    if not STEP.search(text, max(lead, offer.start), spans[0][1]):
        return spans
    kept = [spans[0]]
    for span in spans[1:]:
        own = _clause(text, span[1])
        if not (own != first and CAP.search(text, own, span[1])):
            kept.append(span)
    return kept
