"""Restated: whether a promise found again (same recipient, level, sizes, instrument and condition) is another promise
or the same one restated, for kg.extract.funding's once-only rule.

Regulations promise support without an amount to the same group in several articles (a fund that supports 中小企业, then
other funds that favour them, then money a district sets aside for them): each is a promise of its own. Only a near
word-for-word restatement (设立自然科学基金,资助基础研究 … 设立自然科学基金,支持基础研究) is the same one.
"""

from __future__ import annotations

from collections import Counter

from kg.model import Funding

ALIKE = 0.6  # Dice coefficient of the quotes' character bigrams at or above which a quote restates another


def another_promise(fact: Funding, earlier: list[str]) -> bool:
    """An unsized promise whose quote is unlike every earlier quote of the same promise: a promise of its own (a sized
    one found again is the same one: its amount says so)."""
    if fact.amount_yuan is not None or fact.ratio is not None:
        return False
    quote = _bigrams(fact.evidence.quote)
    return all(_dice(quote, _bigrams(q)) < ALIKE for q in earlier)


def _bigrams(text: str) -> Counter[str]:
    squashed = "".join(text.split())
    return Counter(squashed[i : i + 2] for i in range(len(squashed) - 1))


def _dice(a: Counter[str], b: Counter[str]) -> float:
    total = sum(a.values()) + sum(b.values())
    return 2 * sum((a & b).values()) / total if total else 1.0
