"""Names in a promise that are no recipient: the grades it is paid by (…人才团队,经评审认定,分A、B、C三类,分别给予…:
"B、C三类"), and the things counted per payment (科技企业孵化器每孵化1家|高新技术企业|奖励5万元: the incubator is paid);
for kg.extract.fundbuild (fund17a). The amounts go to whom the 对 phrase or the clause's subject names.
"""

from __future__ import annotations

import re

from kg import cues
from kg.extract.nouns import Recipient

# A、B、C三类 / B、C三类 / 三档 / 一、二、三等 / 两个等次: letters or numerals listed, then how many classes
CLASS_COUNT = re.compile(r"(?:分为?)?(?:[A-Ea-e甲乙丙丁一二三四五]、)*[A-Ea-e甲乙丙丁一二三四五]?[一二三四五六两\d]+(?:个)?(?:类|档|等次|等级|级别|层次)")


def class_count(name: str) -> bool:
    """Whether a recipient's name only counts the classes a promise is graded by.

    >>> class_count("B、C三类"), class_count("三档"), class_count("A类人才")
    (True, True, False)
    """
    return CLASS_COUNT.fullmatch(name) is not None


# 每孵化1家 / 每引进一家 / 每培育1个: a deed counted per payment; the thing counted after it is not paid
COUNTED_DEED = re.compile(r"每(?:孵化|培育|引进|推荐|新增|带动|招引|引入|服务)\s*[\d一二两三四五六七八九十]+\s*(?:家|个|项|户)$")
# 新型研发机构|孵化科技型企业的,: the subject opening the sentence, a name ending in a recipient's head
SUBJECT = cues.lazy(lambda: rf"\s*(?P<who>[\u4e00-\u9fff]{{0,10}}?(?:{cues.alternation('recipient_head')}))")


def counted_things(text: str, start: int, recipients: list[Recipient]) -> list[Recipient]:
    """The recipients without the things a payment counts; when only those were read, the subject opening the sentence
    of the promise starting at `start` (新型研发机构孵化科技型企业的,每孵化1家高新技术企业奖励10万元: 新型研发机构)."""
    kept = [r for r in recipients if not COUNTED_DEED.search(text, max(0, r.start - 12), r.start)]
    if kept or not recipients:
        return kept
    sentence = max(text.rfind(mark, 0, start) for mark in "。;\n") + 1
    found = SUBJECT.match(text, sentence)
    if found is None or found.end() >= recipients[0].start or text.startswith("的", found.end()):
        return []  # (孵化科技型企业的,: a deed, its doer named before; no one read rather than the thing counted)
    return [Recipient(found["who"], None, found.start("who"), found.end("who"))]
