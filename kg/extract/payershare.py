"""Payers' shares of a total: 奖励20万元,其中市财政15万元,企业所在镇街5万元 — the parts after 其中 (or 由…财政各承担)
say who pays what; the total is what the recipient gets (gold-synth2's convention), so the parts are no amounts of their own.
For kg.extract.sizes."""

from __future__ import annotations

from decimal import Decimal

from kg import cues

# ,其中市财政|15万元 / ,其中区财政承担|20万元 / ,由市、区两级财政各承担|50万元: the split opens
SPLIT = cues.lazy(
    lambda: rf"[,;]\s*(?:其中[^,。;]{{0,8}}?(?:{cues.alternation('payer')}|{cues.alternation('payer_share_verb')})"
    rf"|由[^,。;]{{0,12}}?(?:{cues.alternation('payer')})[^,。;]{{0,4}}?(?:{cues.alternation('payer_share_verb')}))"
)


def totals(text: str, start: int, spans: list[tuple[Decimal, int, int]]) -> list[tuple[Decimal, int, int]]:
    """The amounts before a split between payers (the total); all of them when no total is written before it."""
    if not spans:
        return spans
    split = SPLIT.search(text, start, spans[-1][1])
    if split is None:
        return spans
    before = [span for span in spans if span[2] <= split.start()]
    return before or spans
