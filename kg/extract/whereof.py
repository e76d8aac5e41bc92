"""Unsized promises sized by what follows them: classes listed after 其中 (对符合条件的人才给予购房补贴。其中,顶尖人才最高
300万元,领军人才最高100万元 → a line per class, the promise's instrument and condition), and a lead-in whose items below
are sized promises of their own (…给予一次性奖励,奖励标准如下:|(一)国家级重点实验室…,奖励500万元 → the lead-in no line);
for kg.extract.funding (fund17a).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from kg import cues
from kg.extract.numbers import amounts
from kg.extract.promises import Offer
from kg.model import Document, Funding

# 。其中,|顶尖人才最高300万元,领军人才最高100万元: right after the promise, a class, maybe a cap, an amount
OPENS = re.compile(r"\s*[,;。]?\s*其中\s*[,:]?\s*")
ITEM = cues.lazy(
    lambda: rf"(?P<who>(?:[A-E]类)?[\u4e00-\u9fff“”]{{0,10}}?(?:{cues.alternation('recipient_head')}|{cues.alternation('person_class')}|人才|团队))"
    rf"(?:给予|补贴|奖励|补助|资助)?(?P<cap>(?:{cues.alternation('cap')})*)\s*(?P<amount>[\d.]+\s*[千万亿]?元)(?P<end>\s*[,、;。]|\s*$)"
)


def classes_after(doc: Document, offer: Offer, built: list[Funding]) -> list[Funding]:
    """The lines of the classes 其中 lists after a promise that gave no amount before it (…给予购房补贴。其中,…; …给予安家
    补贴,其中A类人才200万元、B类人才100万元), or [] (then the promise's lines stay)."""
    text = doc.text
    inside = re.search(r"[,;]\s*其中", text[offer.terms.start : offer.terms.end])
    end = offer.terms.start + inside.start() if inside else offer.end
    if not built or next(amounts(text, offer.start, end), None) is not None or any(f.ratio is not None for f in built):
        return []
    opened = OPENS.match(text, end)
    if not opened:
        return []
    out, at = [], opened.end()
    while (item := ITEM.match(text, at)) is not None:
        money = next(amounts(text, item.start("amount"), item.end("amount")), None)
        if money is None:
            break
        out.append(replace(built[0], recipient=item["who"], level=None, amount_yuan=money[0], cap=bool(item["cap"]), ratio=None,
                           evidence=doc.evidence(item.start("who"), item.end("amount"))))
        at = item.end()
        if text[item.end() - 1 : item.end()] == "。":
            break
    return out if len(out) >= 2 else []


# …给予一次性奖励,奖励标准如下:|(一)国家级重点实验室…,奖励500万元: the promise's size is in the items below it
SIZED_BELOW = re.compile(r"[^。;\n]{0,16}?(?:如下|以下)\s*:?\s*\n")
BELOW = 300  # characters after the lead-in where its items are read


def lead_sized_below(doc: Document, facts: list[Funding]) -> list[Funding]:
    """The facts without an unsized promise whose lead-in (标准如下:) is followed by items sized as promises of their own
    (each naming its recipients): those items are its lines; the unsized one is no promise of its own."""
    def start(f: Funding) -> int:  # the evidence's normalised start
        return bisect_left(doc.starts, f.evidence.start)

    out = []
    for f in facts:
        lead = SIZED_BELOW.match(doc.text, bisect_left(doc.ends, f.evidence.end) + 1) if f.amount_yuan is None and f.ratio is None else None
        if lead and any(g.amount_yuan is not None and 0 <= start(g) - lead.end() <= BELOW for g in facts):
            continue
        out.append(f)
    return out
