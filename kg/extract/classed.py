"""Funding, whom: the classes a support measure grades its people or bodies by (A类、B类、C类人才分别给予a、b、c) — one
recipient per class, in the order 分别 hands out the amounts; for kg.extract.fundbuild.

Talent and team measures write the classes as a list with one shared head, often after a long 对… phrase that names
who qualifies (对全职新引进…的高层次人才,签订…的,|A类、B类人才|分别给予…), or opening the sentence with no 对 at all
(B类、C类人才在区内工作期间,同时给予生活补贴,标准分别为每人每月…). The amounts belong to the classes, not to the
kind the 对… phrase names.
"""

from __future__ import annotations

import re

from kg.extract.nouns import Recipient, recipient_heads
from kg.extract.numbers import amounts
from kg.extract.promises import Offer
from kg.vocab import Vocab

_CLASS = r"(?:[A-Z]|[甲乙丙丁]|[一二三四五六七八九十])(?:类|档)"
# A类、B类和C类|人才: two or more classes, then the head they share (up to the clause's next mark or word of giving)
CLASS_LIST = re.compile(rf"(?<![A-Za-z\u4e00-\u9fff])(?P<items>{_CLASS}(?:(?:、|和|及|与|或)\s*{_CLASS})+)(?P<head>[\u4e00-\u9fff]{{1,6}}?)(?=分别|在|[,。;]|可|均|给予|$)")
EACH = re.compile(r"分别")
ITEM = re.compile(_CLASS)
CLAUSE_MARKS = ",;。\n"


def classes_each(text: str, vocab: Vocab, offer: Offer, recipients: list[Recipient]) -> list[Recipient]:
    """One recipient per class listed at the start of the clause that 分别 follows (or that opens the promise), when 分别
    hands out as many amounts as there are classes; else the recipients as read."""
    each = EACH.search(text, offer.start, offer.terms.end)
    if each is None:
        return recipients
    clause_end = min((i for i in (text.find(m, each.end(), offer.terms.end) for m in CLAUSE_MARKS) if i >= 0), default=offer.terms.end)
    count = sum(1 for _ in amounts(text, each.end(), clause_end))
    if count < 2:
        return recipients
    heads = recipient_heads(vocab)
    for listed in CLASS_LIST.finditer(text, offer.start, each.start()):
        opens = listed.start() == offer.start or text[listed.start() - 1] in CLAUSE_MARKS + "对"
        items = ITEM.findall(listed["items"])
        head = listed["head"]
        if opens and len(items) == count and len(set(items)) == count and head.endswith(heads):
            return [Recipient(item + head, None, listed.start(), listed.end()) for item in items]
    return recipients

