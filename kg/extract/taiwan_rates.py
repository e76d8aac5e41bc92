"""A kind's raised share in Taiwan's subsidy rules (中小企業之補助比率得提高至百分之六十) → Offer, for kg.extract.funding;
the plan category an item heads (（一）數位工具導入計畫:每案…) as whom its cap and rate are for, for kg.extract.fundbuild.

A rule caps a case's share for every applicant, then lets one kind (中小企業, 新創事業) go higher: that kind's
higher share is a promise of its own, the kind its recipient, as when written 申請人為中小企業者,補助比率得提高至…."""

from __future__ import annotations

import re
from decimal import Decimal
from collections.abc import Callable, Iterator

from kg import cues
from kg.extract.numbers import amounts, parse_ratio
from kg.extract.promises import SHARE, Offer
from kg.extract.nouns import Recipient
from kg.model import Span

RAISED = cues.lazy(
    lambda: rf"(?P<who>[\u4e00-\u9fff]{{0,10}}?(?:{cues.alternation('recipient_head')}|{cues.alternation('favoured_person')}))(?:申请(?:本类|本项|本款)?)?(?:者)?[之的,]?\s*(?:其)?"
    rf"(?P<money>{cues.alternation('money_word')})?(?:之|的)?(?:比率|比例),?\s*得?(?:提高|提升|调高|调升)(?:至|到|为)"
    rf"[^,。;]{{0,16}}?{SHARE}"
)


def raised_rate(text: str, start: int, end: int) -> Iterator[Offer]:
    """中小企業之補助比率得提高至百分之六十, 新創事業之補助比例,得提高至計畫總經費之百分之七十 (新創事業申請本類者,補助
    比率得提高至…; persons favoured: 申請者為原住民者,…): the kind, its share."""
    part = text[start:end]
    if ("提" not in part and "调" not in part) or ("比率" not in part and "比例" not in part):
        return  # most clauses: no raise or no rate, skipped before the pattern's slow scan
    for found in RAISED.finditer(text, start, end):
        a, b = found.start("who"), found.end("who")
        a = max(a, text.rfind("之", a, b) + 1, text.rfind("的", a, b) + 1, text.rfind("为", a, b) + 1)  # 設籍本市之|中小企業, 申請者為|原住民
        if b - a < 2 or (text[a:b].endswith(cues.words("favoured_person")) and not found["money"] and not text.startswith("者", b)):
            continue  # (青年比例提高到30%: a goal's share, no one favoured)
        who = Span(a, b)
        money = found["money"] or cues.words("money_word")[0]
        yield Offer(who, Span(found.start("share"), found.end()), money, a, found.end(), text.rfind("\n", 0, start) + 1, nouns=True)


CAP_WORD = cues.lazy(lambda: cues.alternation("cap"))
CAP_REACH = 8  # characters from a cap word to its amount (每案補助上限為|新臺幣…)
LIMIT_AFTER = re.compile(r"\s*为(?:上限|限)")  # 以新臺幣五十萬元|為限
SHARED_RATE = re.compile(rf"(?:均|皆)(?:不得超过|不超过|不高于)[^,。;]{{0,24}}?{SHARE}")  # 補助比率均不得超過…百分之四十: every applicant's

# an item's number, a plan category or a subsidy class, a colon: (一)數位工具導入計畫:, 二、智慧製造升級計畫:, (三)數位及淨零轉型類:
CATEGORY = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、])\s*(?P<who>[\u4e00-\u9fff]{2,16}(?:计划|类|型|组))\s*:")  # (（一）一般型:, (二)加值組:, twn18)
ITEM_OPENING = re.compile(r"(?:[^\n]*:)?\s*(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、])\s*")  # before a category
# a class heading alone on its line, its items on the lines after it
CLASS_LINE = re.compile(r"(?m)^(?P<mark>[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、])\s*(?P<who>[\u4e00-\u9fff]{2,16}类)\s*:\s*$")
SIBLING = {  # a line opening with an item of the class heading's own numbering
    "word": re.compile(r"(?m)^\s*[一二三四五六七八九十]{1,3}、"), "paren": re.compile(r"(?m)^\s*\([一二三四五六七八九十\d]{1,3}\)"),
    "digit": re.compile(r"(?m)^\s*\d{1,2}[.、]"),
}
BLOCK_REACH = 400  # characters back from a promise's line to its class's heading
TAIWAN_MONEY = "新台币"  # a rule that pays in 新臺幣: Taiwan's, whose subsidy classes (…類) are whom their caps are for


def category(text: str, offer: Offer) -> Recipient | None:
    """The plan category or subsidy class heading the item whose terms these are (Taiwan's 補助項目: (一)數位工具導入計畫:
    每案補助…; (二)在地產業升級類:個別企業申請者,每案…): each category is whom its cap and rate are for, the measure's
    declared kind (補助對象) or the item's applicants (個別企業申請者, 以新創事業為申請對象) apply to them all."""
    phrase = offer.phrase
    if phrase is not None and text.startswith(("计划", "计画"), phrase.end - 2):
        found = _heading(text, phrase.start, phrase.end + 2, lambda m: m.end("who") == phrase.end)
    else:
        found = None
    if found is None:  # a class's item: every promise after its heading or in it (研發|補助類:), in a rule paying 新臺幣
        # (三、地方創生類:以…之創生事業計畫,|每案…: a plan the item pays for, not the category; twn20)
        at = phrase.start if phrase is not None else offer.start
        taiwan = TAIWAN_MONEY in text[text.rfind("\n", 0, at) + 1 : offer.end]
        found = _heading(text, at, offer.end, lambda m: m["who"].endswith(("类", "型", "组")) and (m.end() <= at or m.start("who") <= at < m.end())) if taiwan else None
        found = found or (_plan_item(text, at, offer.end) if taiwan else None)
        found = found or (_block_heading(text, at) if taiwan else None)
    return Recipient(found["who"], None, found.start("who"), found.end("who")) if found else None


def heads_item(text: str, cat: Recipient) -> bool:
    """The category opens its line or follows a heading's colon (1、個別企業研發計畫:, 四、…如下:(一)創新研發計畫:), not a
    sentence's end (…之中小企業。(一)數位工具導入計畫:): its item's applicants are then a condition (twn17)."""
    return bool(ITEM_OPENING.fullmatch(text, text.rfind("\n", 0, cat.start) + 1, cat.start))


def _plan_item(text: str, at: int, end: int) -> re.Match[str] | None:
    """A plan category heading the item, its applicants in the clauses after its colon (1、個別企業研發計畫:在本市
    登記之中小企業或新創事業,…者,每案補助最高…; twn17): the category is whom the item's cap is for, its applicants a
    condition, as for a subsidy class (…類:)."""
    found = _heading(text, at, end, lambda m: m["who"].endswith("计划") and m.end() <= at)
    return found if found and (found.start() == text.rfind("\n", 0, at) + 1 or text[found.start() - 1] == ":") else None  # (not after 。)


def _block_heading(text: str, at: int) -> re.Match[str] | None:
    """A class heading alone on a line before the promise's line ((一)新創研發類:|1.申請對象:…|2.補助額度:每案…), with no
    item of the same numbering between them (an item of its own rank closes the class)."""
    line = text.rfind("\n", 0, at) + 1
    heads = list(CLASS_LINE.finditer(text, max(0, line - BLOCK_REACH), line))
    if not heads:
        return None
    head = heads[-1]
    sibling = SIBLING[_rank(head["mark"])]
    return None if sibling.search(text, head.end(), line) else head


def _capped(text: str, start: int, amount: tuple[Decimal, int, int]) -> bool:
    """每案補助上限為|新臺幣…, 以新臺幣五十萬元|為限: an amount a cap word marks."""
    return bool(CAP_WORD.search(text, max(start, amount[1] - CAP_REACH), amount[1]) or LIMIT_AFTER.match(text, amount[2]))


def _rank(mark: str) -> str:
    return "paren" if mark.startswith("(") else "digit" if mark[0].isdigit() else "word"


def _heading(text: str, at: int, end: int, fits: Callable[[re.Match[str]], bool]) -> re.Match[str] | None:
    """The last category heading of the line up to `end` that fits, opening the line or right after a heading's colon
    (二、補助項目:(一)創新研發計畫:) or the item before it (…三百萬元。(二)升級型計畫:)."""
    line = text.rfind("\n", 0, at) + 1
    found = [m for m in CATEGORY.finditer(text, line, end) if fits(m) and (m.start() == line or text[m.start() - 1] in ":。;")]
    return found[-1] if found else None


def class_terms(text: str, cls: Recipient, offer: Offer, spans: list[tuple[Decimal, int, int]], shares: list[Decimal]
                ) -> tuple[list[tuple[Decimal, int, int]], list[Decimal], bool]:
    """A class's terms written apart from the promise: its cap before it (每案補助上限新臺幣一百五十萬元,|補助比率不得超過…;
    a kind's raised rate: 新創事業申請本類者,補助比率得提高至…, under the class's unchanged cap) and a rate for all its
    applicants after it (…;三家以上企業聯合申請者,每案…,補助比率均不得超過…百分之四十). Also whether the cap is one."""
    capped = False
    if not spans:
        before = [a for a in amounts(text, cls.end, offer.terms.start) if _capped(text, cls.end, a)]  # (in the class's line or block;
        if before:  # not a threshold: 營業額達新臺幣一億元以上之企業)
            spans, capped = [before[-1]], True
    if not shares:
        line_end = text.find("\n", offer.terms.end)
        every = SHARED_RATE.search(text, offer.terms.end, len(text) if line_end < 0 else line_end)
        shares = [q for q in [parse_ratio(every["share"])] if q is not None] if every else []
    return spans, shares, capped
