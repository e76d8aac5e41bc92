"""Outlays: money a payer arranges for an act it then carries out (安排资金,有计划地组织实施中小企业经营管理人员培训), or a fund
it sets up named for whose growth (设立促进杰出青年科技人才成长的…科学基金) → Offer, for kg.extract.pledged (fund19b).

The 中小企业促进法 shape, copied into local regulations: a payer 安排 money (资金, 专项资金, 经费), then, after a comma or
right after it, organises or carries out the act the money is for; the act's noun phrase is the recipient, as the
annotators name it (中小企业经营管理人员培训). Not when the money is denied (不予…安排资金) or only not arranged (未安排…经费).
A fund set up to promote whose growth (促进X成长的, 支持X发展的) pays X when X is a body or persons (a recipient's head).
"""

from __future__ import annotations

import re

from kg import cues
from kg.extract.nouns import ACTION
from kg.extract.promises import OTHERS_SET_UP, Offer
from kg.extract.subjects import past_opening
from kg.model import Span

# 安排(专项)资金,(有计划地)组织实施|X: the fund, then the act carried out, then X up to the clause's end
ARRANGED_ACT = cues.lazy(
    lambda: rf"(?<![不未])安排(?P<fund>[^,。;]{{0,12}}?(?:{cues.alternation('fund')}))\s*,?\s*"
    rf"(?:{cues.alternation('fund19b_act_manner')})?(?:{cues.alternation('fund19b_act_verb')})(?P<who>[^,。;:]{{2,30}}?)(?=[,。;]|$)"
)
# 设立促进|杰出青年科技人才|成长的杰出青年科学基金: the fund, named for whose growth
FUND_GROWTH = cues.lazy(
    lambda: rf"(?:{cues.alternation('fund19b_set_up')})(?:{cues.alternation('fund19b_promote')})(?P<who>[\u4e00-\u9fff、]{{2,16}}?)(?:{cues.alternation('fund19b_growth')})的"
    rf"[^,。;]{{0,16}}?(?P<fund>{cues.alternation('fund')})"
)
CLAUSE_END = re.compile(r"[,。;]")
JOINER = re.compile(r"以及|和|及|、")
WHO_END = cues.lazy(lambda: rf"(?:{cues.alternation('recipient_head')}|{cues.alternation('person_ending')}|科学家)$")
# 省自然科学基金|资助|基础研究…: a fund named in a few characters, its bare verb, then whom (not a noun compound: 基金资助|项目)
FUND_PAYS = cues.lazy(
    lambda: rf"(?P<fund>[\u4e00-\u9fff]{{1,16}}?(?:{cues.alternation('fund19b_named_fund')}))(?P<money>{cues.alternation('fund19b_fund_pay_verb')})"
    rf"(?!{cues.alternation('fund19b_fund_noun')})(?P<who>[^,。;:的]{{2,30}}?)(?=[,。;]|$|的(?:出版|研究|开发))"
)
# whom a fund pays ends as a body, persons or the work it pays (…研究项目, …著作): not 导向, 管理制度, 工作中
PAID_END = cues.lazy(lambda: rf"(?:{cues.alternation('recipient_head')}|{cues.alternation('person_ending')}|{cues.alternation('fund19b_paid_work')})$")
SET_UP_BEFORE = cues.lazy(lambda: rf"{cues.alternation('fund_own_act')}|{cues.alternation('fund19b_set_up')}|{cues.alternation('fund19b_fund_sought')}")
DENIED = cues.lazy(lambda: rf"不予[^,。;]{{0,12}}?$|(?:{cues.alternation('denial')})[^,。;]{{0,12}}?$")  # 不予立项或者|安排资金


def arranged_act(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """安排资金,有计划地组织实施X: X, the fund the instrument; None when the money is denied before it."""
    found = ARRANGED_ACT.search(text, start, end) if "安排" in text[start:end] else None
    if found is None or DENIED.search(text, start, found.start()):
        return None
    who = Span(found.start("who"), found.end("who"))
    fund = text[found.start("fund") : found.end("fund")]
    return Offer(who, Span(found.start(), found.start()), fund if len(fund) <= 6 else "资金", found.start(), found.end(), paragraph, nouns=True, items=(who,))  # the act whole


def fund_growth(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """设立促进X成长的…基金: X, when a body or persons (not 设立支持产业发展的基金: a field, no one)."""
    found = FUND_GROWTH.search(text, start, end) if "设立" in text[start:end] or "建立" in text[start:end] else None
    if found is None or not WHO_END.search(found["who"]):
        return None
    return Offer(Span(found.start("who"), found.end("who")), Span(found.start(), found.start()), found["fund"], found.start(), _clause_end(text, found.end(), end), paragraph, nouns=True)


def fund_pays(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """省自然科学基金资助X: X, a named fund opening its clause with a bare verb of support (not a noun: 基金资助项目申请人)."""
    found = FUND_PAYS.search(text, start, end) if "基金" in text[start:end] or "资金" in text[start:end] else None
    if found is None:
        return None
    clause = max((text.rfind(mark, start, found.start()) for mark in ",;。"), default=-1) + 1 or start
    opening = past_opening(text, clause, found.start("fund"))
    if found.start("fund") != opening or OTHERS_SET_UP.search(text, clause, found.start()) or SET_UP_BEFORE.search(text, clause, found.end("fund")):
        return None  # (鼓励社会力量设立基金资助X: others' money; 申请基金资助的: a fund inside a clause)
    act = ACTION.search(text, found.start("who") + 2, found.end("who"))  # 支持|初创期科技型中小企业|开展技术创新: whom, before their act
    who, stop = Span(found.start("who"), act.start() if act else found.end("who")), _clause_end(text, found.end(), end)
    if not (act or PAID_END.search(text, who.start, who.end)) or any(w in found["fund"] for w in cues.words("fund19b_fund_sought")):
        return None  # (…基金资助导向, 评审专家按照…基金: no one paid)
    return Offer(Span(who.start, stop), Span(found.start("fund"), found.end("money")), found["fund"], found.start("fund"), stop, paragraph, nouns=True, items=_items(text, who))  # (phrase to the clause's end: …著作|的出版 is no condition)


def _items(text: str, who: Span) -> tuple[Span, ...]:
    """基础研究和应用基础研究项目: each item joined by 和, 及 or 、 a recipient, as written (the whole when an item is one character)."""
    spans, at = [], who.start
    for joiner in JOINER.finditer(text, who.start, who.end):
        spans.append(Span(at, joiner.start()))
        at = joiner.end()
    spans.append(Span(at, who.end))
    return tuple(spans) if all(span.end - span.start >= 2 for span in spans) else (who,)


def _clause_end(text: str, at: int, end: int) -> int:
    """Where the clause from at ends: the evidence runs to it (…科学基金项目, …著作的出版), past a noun the promise names."""
    stop = CLAUSE_END.search(text, at, end)
    return stop.start() if stop else end
