"""Funding lines that promise nothing of their own: rules over promises made elsewhere (按差额给予奖励, 按就高原则给予支持).

A support measure often closes its rewards with how they combine: a unit that moves up a level is paid the difference
(已获得省级奖励后又晋级为国家级的,按差额给予奖励), a project that qualifies twice is paid once, the higher
(同一项目获得多个奖项的,按就高原则给予奖励). The sentence reads like a promise, but without an amount or a share of
its own it only restates the earlier ones; the annotators leave it out (gold-synth6 s034, s037; fund18c sentences).
"""

from __future__ import annotations

from kg import cues
from kg.model import Funding

COMBINING = cues.lazy(lambda: cues.alternation("combining_rule"))


def combining_rule(fact: Funding) -> bool:
    """按差额给予奖励, 按就高原则给予支持: a rule on how earlier promises combine, no amount or share of its own."""
    return fact.amount_yuan is None and fact.ratio is None and bool(COMBINING.search(fact.evidence.quote))


def dropped(facts: list[Funding]) -> list[Funding]:
    """The facts less the lines that only say how earlier promises combine."""
    return [f for f in facts if not combining_rule(f)]
