"""Pledged: support promised without an amount in the shapes no other finder reads → Offer, for kg.extract.funding:
money aspects then 为X提供支持 (在资金、场地等方面为X提供支持), the encouraged party paid after 并 (鼓励X开展…,并给予奖励),
a fund used to pay whom it names (…专项资金用于资助X, 用于对X的资助), money budgeted then the money word as the verb
(Taiwan's 編列預算補助X從事…, 設置…基金,補助X…, 統籌運用…基金,補助X…) (fund16a).
"""

from __future__ import annotations

import re

from kg import cues
from kg.extract import outlays
from kg.extract.nouns import ACTION
from kg.extract.promises import MONEY_OBJECT, OTHERS_GIVE, PURPOSE_TAIL, Offer
from kg.model import Span

# 在规划、用地、财政等方面为民营经济组织提供支持: a money aspect among those listed, then whom, after 为 (not 在…方面提供便利)
ASPECTS_FOR = cues.lazy(
    lambda: rf"在(?=[^,。;的]{{0,40}}?(?P<aspect>{cues.alternation('money_aspect')})(?!{cues.alternation('not_money')}))[^,。;的]{{1,40}}?等?方面"
    rf"(?:为|向)(?P<who>[^,。;]{{2,40}}?)提供(?:必要的?|相应的?|有力的?)?(?:支持|扶持)(?=[,。;]|$)"
)
# 鼓励社会力量参与人才引进,并按照有关规定给予奖励: whom the sentence encourages is paid (a payer may be named after
# the comma: 鼓励企业加大研发投入,县级以上人民政府按照规定给予研发费用补助)
ENCOURAGED_PAID = cues.lazy(
    lambda: rf"^\s*[^,。;]{{0,12}}?(?:{cues.alternation('pledge_encourage')})(?P<who>[\u4e00-\u9fff]{{2,10}}?)(?:{ACTION.pattern}|{cues.alternation('introducer')})[^。;]{{0,40}}?,"
    rf"(?P<give>(?:并|同时)?[^,。;对为向其]{{0,24}}?(?:{cues.alternation('give')})[^,。;对为向其]{{0,8}}?(?P<money>{cues.alternation('applied_money')}))"
)
PARTY_END = cues.lazy(lambda: rf"(?:{cues.alternation('recipient_head')}|{cues.alternation('person_ending')}|力量)$")  # (not 相关类别的社会|组织)
# …专项资金可以用于资助青年科技人才开展…, 专利奖资金应当用于奖励发明人、设计人…, …资金用于对X的资助:
# a fund (a named one, not 资金 alone) used to pay whom it names
FUND_USED = cues.lazy(
    lambda: rf"(?<=[\u4e00-\u9fff]{{2}})(?P<fund>{cues.alternation('fund')})(?:应当|可以|可)?(?:主要|专门|优先|重点)?用于"
    rf"(?:(?P<money>{cues.alternation('pledge_fund_verb')})(?P<who>[^,。;:]{{2,60}}?)(?=[,。;]|$|(?:{ACTION.pattern}))"
    rf"|对(?P<who2>[^,。;:]{{2,60}}?)的(?P<money2>{cues.alternation('pledge_fund_verb')}))"
)
OWN_SHARE = re.compile(r"提取")  # 从事业收入中提取…的经费用于资助学生: a body's own income set aside (a statutory share)
# 編列預算補助X從事…, 設置創業基金,補助青年創業: money budgeted or a fund set up, then the money word as the verb
BUDGETED = cues.lazy(
    lambda: rf"(?:(?:{cues.alternation('pledge_budget')})|(?:设置|设立|运用|统筹)[^,。;]{{0,12}}?(?P<fund>{cues.alternation('fund')})\s*,?)\s*(?P<money>补助|奖励|资助)"
)
SIZED = re.compile(r"\d|百分之")
CLAUSE_END = re.compile(r"[,。;]")
DOER_OBJECT = cues.lazy(lambda: rf"(?![在对为向于])(?P<who>[\u4e00-\u9fff]{{2,8}}?)(?<!的)(?={cues.alternation('doer_act')})")  # 補助|青年|創業: the persons before their act


def first(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """Shapes read before the money word's verb (their 给予 names no one the usual way), or None."""
    return aspects_for(text, start, end, paragraph) or encouraged_paid(text, start, end, paragraph) or budgeted(text, start, end, paragraph)


def last(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """Shapes read when no verb of giving was found for the money word, or None."""
    return fund_used(text, start, end, paragraph) or outlays.arranged_act(text, start, end, paragraph) or outlays.fund_growth(text, start, end, paragraph) or outlays.fund_pays(text, start, end, paragraph)  # (安排资金,组织实施X; 设立促进X成长的基金: fund19b)


def aspects_for(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """在资金、场地等方面为X提供支持: X, the instrument the money aspect (资金支持, 财政支持)."""
    found = ASPECTS_FOR.search(text, start, end) if "方面" in text[start:end] else None
    if found is None:
        return None
    aspect = found["aspect"]
    instrument = aspect if aspect in cues.word_set("money_word") else aspect + "支持"
    return Offer(_trimmed(text, found.start("who"), found.end("who")), Span(found.start(), found.end()), instrument, found.start(), found.end(), paragraph, nouns=True)


def encouraged_paid(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """鼓励X开展…,并…给予奖励: X (not when those encouraged give to others: 鼓励企业…为X提供资金支持)."""
    if not cues.pattern("pledge_encourage").search(text, start, end) or SIZED.search(text, start, end):
        return None  # (鼓励企业加大研发投入,按…增量部分的10%给予补助,最高不超过200万元: sized, read the usual way)
    found = ENCOURAGED_PAID.search(text[start:end])
    if found is None or OTHERS_GIVE.search(text, start, end) or not PARTY_END.search(found["who"]):
        return None
    if text.startswith(cues.words("build_verb"), start + found.end("who")):
        return None  # 支持科研机构建立|服务平台,并…给予补贴: what is built is paid (aspects.built_then_supported)
    who = Span(start + found.start("who"), start + found.end("who"))
    return Offer(who, Span(start + found.start("give"), start + found.end()), found["money"], start, start + found.end(), paragraph, nouns=True)


def fund_used(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """…专项资金用于资助X开展…, …资金用于对X的资助: X (not a body's own income set aside: 提取…经费用于资助学生)."""
    found = FUND_USED.search(text, start, end) if "用于" in text[start:end] else None
    if found is None or OWN_SHARE.search(text, start, found.start()):
        return None
    a, b = (found.start("who"), found.end("who")) if found["who"] else _owners(text, found.start("who2"), found.end("who2"))
    if text.startswith("的,", b):
        return None  # …资金用于资助相关合作项目的,应当由…申报: a condition of a procedure
    return Offer(_trimmed(text, a, b), Span(found.start(), found.end()), found["fund"], found.start(), found.end(), paragraph, nouns=True)


def budgeted(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """編列預算補助企業從事創新研發, 設置創業基金,補助青年創業: whom the money word as a verb pays."""
    found = BUDGETED.search(text, start, end) if "补助" in text[start:end] or "奖励" in text[start:end] or "资助" in text[start:end] else None
    if found is None:
        return None
    who = DOER_OBJECT.match(text, found.end(), end) or MONEY_OBJECT.match(text, found.end(), end)
    if who is None or text[who.start("who")] in "在对为向于" or "的" in who["who"]:
        return None  # (…基金,奖励在本市创新创业的优秀青年人才: a condition first, read the usual way)
    stop = CLAUSE_END.search(text, who.end(), end)  # the evidence runs to the clause's end (…中小企业开展技术创新)
    stop_at = stop.start() if stop else end
    return Offer(Span(who.start("who"), who.end("who")), Span(found.start(), stop_at), found["fund"] or found["money"], found.start(), stop_at, paragraph, nouns=True)


def _owners(text: str, a: int, b: int) -> tuple[int, int]:
    """用于对|本行政区域内的公民、法人或者其他组织|的专利申请、…项目的资助: the bodies whose work is paid for, when named."""
    of = text.rfind("的", a, b)
    owner_start = text.find("的", a, of) + 1 if text.find("的", a, of) >= 0 else a  # (本行政区域内的|公民…: where, not whom)
    if of > a and text[owner_start:of].endswith((*cues.words("recipient_head"), *cues.words("person_ending"))):
        return owner_start, of
    return a, b


def _trimmed(text: str, a: int, b: int) -> Span:
    """Whom, without what is said of them after (…中小企业|的发展) or the acts they are paid for."""
    tail = PURPOSE_TAIL.search(text, a, b)
    return Span(a, tail.start() if tail and tail.start() > a + 1 else b)
