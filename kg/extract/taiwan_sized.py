"""Sizes Taiwan's rules write apart from the clause that promises: the amount in the clause after it, the money word not
repeated (本府補助本市新創事業參加展會之攤位費,|每案最高新臺幣二十萬元), a raised share under its sentence's cap, a cap word
before the money verb (每一地方政府每年最高|補助…), a share written before the unit's cap (補助比率為…三分之一,|每人最高
補助…): the lines kg.extract.funding built, completed (twn18).

A 縣市 rule writes the payer, 補助, whom and what for, then the size per case or per unit in a clause of its own that
names no money word (每案最高新臺幣…, 每家以新臺幣…為限); the unsized line found for the first clause then takes it."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from kg import cues
from kg.extract.numbers import amounts
from kg.extract.sizes import PCT, share
from kg.model import Document, Funding

# ,每案最高新臺幣, ,每一事業每年補助上限為新臺幣, ,每家以新臺幣: the unit the amount is per, its cap word, the currency
SIZED_NEXT = cues.lazy(
    lambda: rf"\s*每一?[\u4e00-\u9fff]{{1,3}}?(?:每年|每年度|每月)?(?:(?:{cues.alternation('cap')})为?|以)\s*新台币"
)
DEED_REACH = 40  # characters from the unsized line's quote to the end of its clause (…參加國內外新創展會之攤位費)
LIMIT_AFTER = re.compile(r"\s*为(?:上限|限)")  # 以新臺幣三十萬元|為限


def sized_after(doc: Document, facts: list[Funding]) -> list[Funding]:
    """Each unsized, rateless line whose clause is followed by 每…最高|上限 新臺幣N, with N as its cap, when no other line
    holds that amount already."""
    text = doc.text
    if "新台币" not in text:
        return facts
    held = {(f.evidence.start, f.evidence.end) for f in facts if f.amount_yuan is not None}
    out = []
    for fact in facts:
        sized = _size(doc, fact, held) if fact.amount_yuan is None and fact.ratio is None else None
        out.append(sized or fact)
    return out


def _size(doc: Document, fact: Funding, held: set[tuple[int, int]]) -> Funding | None:
    text, ev = doc.text, fact.evidence
    if ev.end <= ev.start or ev.end > len(doc.original):
        return None
    start = bisect_left(doc.starts, ev.start)
    end = bisect_left(doc.ends, ev.end) + 1  # the normalised end of the quote
    close = re.compile(r"[,。;:\n]").search(text, end - 1 if text[end - 1 : end] == "," else end)
    if close is None or text[close.start()] != "," or close.start() - end > DEED_REACH:
        return None
    found = SIZED_NEXT.match(text, close.end())
    if found is None:
        return None
    amount = next(((y, s, e) for y, s, e in amounts(text, found.end(), found.end() + 12) if s == found.end()), None)
    if amount is None:
        return None
    yuan, _, a_end = amount
    limit = LIMIT_AFTER.match(text, a_end)
    q_end = limit.end() if limit else a_end
    o_start, o_end = doc.starts[close.end()], doc.ends[q_end - 1]
    if any(s <= o_start < e or s < o_end <= e for s, e in held):
        return None  # the amount is some line's already
    return replace(fact, amount_yuan=yuan, cap=True, evidence=doc.evidence(start, q_end))


RAISED_WORD = re.compile(r"(?:提高|调高|提升|调升)(?:至|到|为)")


def raised_keeps_cap(doc: Document, facts: list[Funding]) -> list[Funding]:
    """A kind's raised share with no amount of its own (…每家最高新臺幣一百萬元,補助比率不得超過…;屬新創事業者,補助比率得
    提高至百分之六十): the cap the sentence set before it holds for that kind too, as gold-synth3's lines read it."""
    if "新台币" not in doc.text:
        return facts
    out = list(facts)
    for k, fact in enumerate(out):
        if fact.amount_yuan is not None or fact.ratio is None or not RAISED_WORD.search(fact.evidence.quote):
            continue
        capped = [f for f in out if f.amount_yuan is not None and f.cap and f.evidence.end <= fact.evidence.start
                  and "。" not in doc.original[f.evidence.end : fact.evidence.start] and "新台币" in doc.text[_at(doc, f.evidence.start) : _at(doc, f.evidence.end)]]
        if capped:
            out[k] = replace(fact, amount_yuan=max(capped, key=lambda f: f.evidence.end).amount_yuan, cap=True)
    return out


def _at(doc: Document, original: int) -> int:
    """The normalised position of an original offset."""
    return bisect_left(doc.starts, original)


CAP_BEFORE_VERB = cues.lazy(lambda: rf"(?:{cues.alternation('cap')})(?:{cues.alternation('series_money_verb')})?为?\s*新台币")


def capped_before_verb(doc: Document, facts: list[Funding]) -> list[Funding]:
    """每一地方政府每年最高|補助新臺幣六百萬元: a cap word before the money verb, read with the unit before it, still caps the
    amount (twn18)."""
    if "新台币" not in doc.text:
        return facts
    return [replace(f, cap=True) if not f.cap and f.amount_yuan is not None and CAP_BEFORE_VERB.search(_normalised(doc, f)) else f for f in facts]


def _normalised(doc: Document, fact: Funding) -> str:
    return doc.text[_at(doc, fact.evidence.start) : _at(doc, fact.evidence.end)]


RATE_OPENING = re.compile(rf"(?:补助|补贴)?(?:比率|比例)(?:为|以)[^,。;]{{0,12}}?{PCT}")


def rate_before(doc: Document, facts: list[Funding]) -> list[Funding]:
    """補助比率為購置價格三分之一,|每人最高補助新臺幣三十萬元: a line sized in new Taiwan dollars whose quote opens with the
    share written before it takes that share (twn18)."""
    if "新台币" not in doc.text:
        return facts
    out = []
    for fact in facts:
        rate = RATE_OPENING.match(_normalised(doc, fact)) if fact.ratio is None and fact.amount_yuan is not None else None
        value = share(rate["pct"]) if rate else None
        out.append(replace(fact, ratio=value) if value is not None else fact)
    return out
