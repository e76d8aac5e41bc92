"""A named fund as the subject of its verb of support (省自然科学基金应当择优资助|青年科学技术人员|的研究开发活动, …各项专项资金,应当重点支持|清洁生产): whom or what field the fund pays; for kg.extract.funding.

Regulations name a fund set up elsewhere and say, with a modal or an adverb of priority, whom it supports. The annotators
write a line per recipient, the field as the recipient when the fund names only a field (gold-more README, ninth draw:
"a fund … that names the field it supports, guiding no one else's money, is a line with the field as recipient").
Others' money (鼓励社会力量…设立基金, 引导社会资金) and a list ahead (重点支持下列项目:) give no line here.
"""

from __future__ import annotations

from kg import cues
from kg.extract.nouns import ACTION
from kg.extract.pledged import _owners, _trimmed
from kg.extract.promises import OTHERS_SET_UP, Offer
from kg.model import Span

# (…)专项资金|,?应当重点|支持|X: the fund closes its subject, a modal or an adverb of priority before the verb (never 资金支持, a noun)
FUND_SUBJECT = cues.lazy(
    lambda: rf"(?P<fund>{cues.alternation('fund')})\s*,?\s*"
    rf"(?:(?:{cues.alternation('fund_subject_modal')})(?:规定|安排)?(?:一定比例)?(?:{cues.alternation('fund_subject_adverb')})?|(?:{cues.alternation('fund_subject_adverb')}))"
    r"(?P<money>资助|支持|扶持)(?P<who>[^,。;:]{2,40}?)(?=[,。;]|$)"
)
GUIDED = cues.lazy(lambda: cues.alternation("guide_verb"))  # …基金,引导社会资金…: others' money
LIST_AHEAD = cues.lazy(lambda: cues.alternation("list_ahead"))  # …专项资金重点支持下列项目: the items say whom
SET_UP_BEFORE = cues.lazy(lambda: cues.alternation("fund_own_act"))  # 省人民政府设立自然科学基金…: the government's act, read elsewhere; 逐年加大财政科技投入: a budget-growth rule


def supports(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """X基金应当择优资助Y, …专项资金,应当重点支持Y: Y (its owner when Y is the owner's work), with the fund as instrument."""
    unit = text[start:end]
    if not any(w in unit for w in ("资金", "基金", "经费")):
        return None
    found = FUND_SUBJECT.search(text, start, end)
    if found is None or LIST_AHEAD.match(text, found.start("who")):
        return None
    clause = max((text.rfind(mark, start, found.start()) for mark in ",;。"), default=-1) + 1 or start
    subject = text[clause : found.start("fund")]
    if OTHERS_SET_UP.search(text, start, found.start()) or GUIDED.search(text, start, found.start("who")) or SET_UP_BEFORE.search(subject):
        return None
    a, b = _owners(text, found.start("who"), found.end("who"))
    act = ACTION.search(text, a + 2, b)  # 择优支持|杰出青年科学技术工作者|开展科学技术活动: whom, before their act
    b = act.start() if act else b
    who = _trimmed(text, a, b)
    return Offer(who, Span(found.start("fund"), found.end()), found["fund"], found.start("fund"), found.end(), paragraph, nouns=True)
