"""A rate Taiwan's rules write once after several categories' caps (前三目之補助款,除第三目另有規定者外,不得超過計畫總經費
百分之五十): a capped rate line for each category the sentence counts back over, for kg.extract.funding (twn17).

Taiwan's 補助作業要點 list categories as items (1、個別企業研發計畫:…每案補助最高…; 2、聯合研發計畫:…), then one sentence
bounds the share of them all by counting back (前三目, 前二款); an item it names as excepted (除第三目另有規定者外) keeps
its own rate. Each counted category gets the rate as a line of its own, as gold-synth2's convention reads it. A rule may
also bound them all without counting (前項各類補助比率,不超過計畫總經費百分之五十): every category of the items right
before it gets the rate (gold-synth7 s042's convention; twn20)."""

from __future__ import annotations

import re

from kg.extract.numbers import parse_ratio
from kg.extract.promises import SHARE
from kg.extract.taiwan_rates import CATEGORY
from kg.model import Document, Funding

NUMERAL = "一二三四五六七八九十"
SHARED = re.compile(
    rf"前(?P<n>[二三四五六七八九])(?:目|款|项)之?(?:补助款|补助经费|补助金额|补助)(?P<rest>[^。;]{{0,40}}?)"
    rf"(?:不得超过|不超过|不得高于)[^。;,]{{0,16}}?{SHARE}"
)
# every category of the items before, uncounted: 前項各類補助比率,不超過…; 上述各類計畫之補助比例不得超過… (twn20)
EVERY = re.compile(
    rf"(?:前项|上述|前述|以上)各(?:类|类别|类型|组)(?:计划)?之?(?:补助)?(?:比率|比例|款|经费|金额)(?P<rest>[^。;]{{0,24}}?)"
    rf"(?:不得超过|不超过|不得高于|不高于)[^。;,]{{0,16}}?{SHARE}"
)
EXCEPT = re.compile(rf"除第(?P<k>[{NUMERAL[:9]}])(?:目|款|项)")
REACH = 1500  # characters back from the sentence to the categories it counts


def shared_rate(doc: Document, facts: list[Funding]) -> list[Funding]:
    """The facts, and a capped rate line per category a 前N目之補助款…不得超過…百分之X sentence counts back over
    (not the one it excepts, nor one already holding that rate)."""
    text = doc.text
    if "前" not in text or "新台币" not in text:
        return facts
    out = list(facts)
    for found in SHARED.finditer(text):
        share = parse_ratio(found["share"])
        if share is None:
            continue
        heads = [m for m in CATEGORY.finditer(text, max(0, found.start() - REACH), found.start()) if _opens_line(text, m.start())]
        count = NUMERAL.index(found["n"]) + 1
        excepted = {NUMERAL.index(m["k"]) + 1 for m in EXCEPT.finditer(found["rest"])}
        counted = heads[-count:] if len(heads) >= count else []
        whom = [head["who"] for k, head in enumerate(counted, 1) if k not in excepted] if counted else _items_paid(doc, out, found.start(), count, excepted)
        for who in dict.fromkeys(whom):
            if any(f.recipient == who and f.ratio == share for f in out):
                continue
            out.append(Funding(doc.id, who, None, None, True, share, False, None, "补助款", doc.evidence(found.start(), found.end())))
    for found in EVERY.finditer(text):
        share = parse_ratio(found["share"])
        for who in dict.fromkeys(_categories_right_before(text, found.start()) if share is not None else []):
            if not any(f.recipient == who and f.ratio == share for f in out):
                out.append(Funding(doc.id, who, None, None, True, share, False, None, "补助比率", doc.evidence(found.start(), found.end())))
    return out


def _categories_right_before(text: str, at: int) -> list[str]:
    """The categories heading the item lines right before the line at `at` (一、研發創新類:…|二、產學合作類:…|前項各類…),
    up to the first line that is no item; none unless two or more items each open with one (a list of plain items, or
    one category, is no set of categories)."""
    whom: list[str] = []
    end = text.rfind("\n", 0, at)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if not ITEM_LINE.match(text, start, end):
            break
        head = CATEGORY.match(text, start, end)
        if head is None:
            return []
        whom.insert(0, head["who"])
        end = start - 1
    return whom if len(whom) >= 2 else []


ITEM_LINE = re.compile(r"(?m)^\s*(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、])")


def _items_paid(doc: Document, facts: list[Funding], at: int, count: int, excepted: set[int]) -> list[str]:
    """Items no category names ((一)數位工具導入:每家補助上限…): whom the lines the items' own caps made are for, item by
    item, for the last `count` item lines before the sentence (twn18)."""
    starts = [m.start() for m in ITEM_LINE.finditer(doc.text, max(0, at - REACH), at)]
    if len(starts) < count:
        return []
    bounds = list(zip(starts[-count:], [*starts[-count + 1 :], at]))
    whom = []
    for k, (a, b) in enumerate(bounds, 1):
        first, last = doc.starts[a], doc.ends[b - 1]
        paid = [f.recipient for f in facts if first <= f.evidence.start < last and f.amount_yuan is not None and f.ratio is None]
        whom += paid[:1] if k not in excepted else []
    return whom if len(whom) == len(bounds) - len(excepted & set(range(1, count + 1))) else []


def _opens_line(text: str, at: int) -> bool:
    return at == 0 or text[at - 1] == "\n"
