"""Cross-references of Taiwan's laws (第一項第一款, 前項第三款): the item of the article they point to.

A Taiwan article (第 6 條) is split into paragraphs (項), the lines that are not list items, and each
paragraph into the items (款, 一、…) listed under it. A cap written on its own (第一項第一款補助金額之
上限,每案為新臺幣五十萬元) names no one: whom it caps is the one the item it points to pays
(一、補助商圈提升美學 → 商圈). Used by kg.extract.promises.
"""

from __future__ import annotations

import re

from kg import cues
from kg.model import Span

NUMERAL = "一二三四五六七八九十"
# 第一项第一款, 前项第三款, 第二款 (the paragraph of the reference before it in the line, else the one before)
REFERENCE = re.compile(rf"(?:(?P<before>前项)|第(?P<paragraph>[{NUMERAL}]{{1,3}})项)?第(?P<item>[{NUMERAL}]{{1,3}})款")
ARTICLE_LINE = re.compile(r"(?m)^\s*第\s*[\d一二三四五六七八九十百零]+(?:-\d+)?\s*条")
ITEM_LINE = re.compile(rf"\s*[{NUMERAL}]{{1,3}}、")
# 补助|商圈|提升美学, 辅导与补助|直辖市、县(市)政府|办理…: whom the item's money word pays, up to what they do
PAID = cues.lazy(
    lambda: rf"(?:{cues.alternation('money_word')})(?P<who>[\u4e00-\u9fff、()]{{2,20}}?)"
    r"(?=提升|营造|办理|开展|推动|建立|发展|进行|实施|从事|参与|参加|举办|购置|导入|开发|改善|[,。;:]|$)"
)
REACH = 3000  # characters back from a reference to its article's heading


def referenced_payee(text: str, start: int, end: int) -> Span | None:
    """Whom the item a clause refers to pays (第一项第一款… → 一、补助商圈… → 商圈), or None."""
    refs = list(REFERENCE.finditer(text, max(0, start - 40), end))
    ref = next((m for m in reversed(refs) if m.start() >= start), None)
    if ref is None or "款" not in text[ref.start() : ref.end()]:
        return None
    earlier = next((m for m in reversed(refs) if m.end() <= ref.start() and (m["paragraph"] or m["before"])), None)
    lines = _article_lines(text, start)
    if not lines:
        return None
    current = sum(1 for a, b in lines if a <= start and not ITEM_LINE.match(text, a, b))  # this line's paragraph number
    source = ref if (ref["paragraph"] or ref["before"]) else earlier
    number = _paragraph_number(source, current) if source else current - 1
    items = _items_of(text, lines, number)
    index = _numeral(ref["item"])
    if index is None or not 0 < index <= len(items):
        return None
    a, b = items[index - 1]
    paid = PAID.search(text, a, b)
    return Span(paid.start("who"), paid.end("who")) if paid else None


def _article_lines(text: str, position: int) -> list[tuple[int, int]]:
    """The lines of the article holding position, up to position's line, heading excluded."""
    heads = list(ARTICLE_LINE.finditer(text, max(0, position - REACH), position))
    if not heads:
        return []
    first = text.find("\n", heads[-1].end(), position)
    if first < 0:
        return []
    last = text.find("\n", position)
    last = len(text) if last < 0 else last
    spans = []
    a = first + 1
    while a <= last:
        b = text.find("\n", a)
        b = len(text) if b < 0 or b > last else b
        if b > a:
            spans.append((a, b))
        a = b + 1
    return spans


def _paragraph_number(ref: re.Match[str], current: int) -> int:
    if ref["before"]:
        return current - 1
    return _numeral(ref["paragraph"]) or 0


def _items_of(text: str, lines: list[tuple[int, int]], number: int) -> list[tuple[int, int]]:
    """The item lines listed under paragraph `number` (1 = the article's first)."""
    seen = 0
    items: list[tuple[int, int]] = []
    for a, b in lines:
        if ITEM_LINE.match(text, a, b):
            if seen == number:
                items.append((a, b))
        else:
            seen += 1
            if seen > number:
                break
    return items


def _numeral(written: str) -> int | None:
    if written in ("十",):
        return 10
    if len(written) == 1:
        return NUMERAL.index(written) + 1
    if written.startswith("十"):
        return 10 + NUMERAL.index(written[1]) + 1
    return None
