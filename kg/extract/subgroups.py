"""Funding, finding and building: a higher cap for a sub-group of the recipients just paid (…给予最高30万元奖励,其中属于专精
特新企业的,最高可达50万元; 其中,对…“小巨人”企业,年度贴息上限提高至150万元) — a line of its own, with the rate of the promise
before it kept; for kg.extract.funding.

gold-synth2/4/7: a higher cap or rate for a sub-group is its own line; a higher cap with the rate unchanged takes that rate.
Written with no money word (最高可达50万元), the clause is no promise to the main finder: the money word is the one of the
promise before it in the paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from kg.extract.instruments import instruments, named
from kg.extract.promises import Offer
from kg.model import Funding, Span

# 其中(属于)X的,最高可达50万元 / 其中,X最高可达50万元: the sub-group, then its higher cap (no money word)
HIGHER_CAP = re.compile(r"\s*其中\s*,?\s*(?P<who>[^,。;]{2,24}?的?)\s*,?\s*(?P<terms>(?:最高|上限)(?:可达|提高至|提高到|为)\s*[\d.]+\s*[千万亿]?元)\s*[。;]?\s*$")
# …上限提高至150万元, 最高可达50万元: a cap raised for some
RAISED_CAP = re.compile(r"(?:上限|最高)(?:可达|提高至|提高到|提升至|上调至)\s*[\d.]+\s*[千万亿]?元")
SUBGROUP = re.compile(r"(?:^|[,;。\n])\s*其中")


def higher_cap(text: str, start: int, end: int, paragraph: int) -> Iterator[Offer]:
    """The sub-group and its higher cap, as a promise with the money word of the promise before it in the paragraph."""
    found = HIGHER_CAP.fullmatch(text, start, end)
    if found is None:
        return
    word = next((named(m) for m in reversed(list(instruments(text, paragraph, start)))), None)
    if word is None:
        return
    yield Offer(Span(found.start("who"), found.end("who")), Span(found.start("terms"), found.end("terms")), word, start + len(text[start:end]) - len(text[start:end].lstrip()), found.end("terms"), paragraph)


def rate_kept(text: str, offer: Offer, built: list[Funding], before: list[Funding]) -> list[Funding]:
    """A sub-group's raised cap (其中…上限提高至150万元) with no rate of its own takes the one rate of the promise before it
    with the same money word; else the lines as built."""
    sentence = max(text.rfind(m, offer.paragraph, offer.start + 1) for m in "。;\n") + 1
    if not built or not RAISED_CAP.search(text, offer.start, offer.end) or not SUBGROUP.search(text, max(sentence - 1, 0), offer.start + 4):
        return built
    rates = {f.ratio for f in before if f.ratio is not None and (f.instrument or "")[-2:] == offer.instrument[-2:]}
    if len(rates) != 1 or any(f.ratio is not None for f in built):
        return built
    rate = next(iter(rates))
    return [replace(f, ratio=rate) if f.amount_yuan is not None else f for f in built]
