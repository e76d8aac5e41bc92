"""Priorities: a fund that pays some first, named after a comma (…等其他专项资金,应当优先支持X; 调整…专项资金的使用方向,重点支持X),
and money means after a 对 phrase (对X,通过政府采购、研究开发资助…等方式予以支持) or after what a clause calls for or sets
up (公开征集X,通过…项目资助等方式予以支持), and what a prize set up rewards first
(省…设立的科学技术奖应当重点奖励…的科技成果) → Offer for X; for kg.extract.funding.

Both need a body or project as X (a recipient's head ends it): a fund that 重点支持清洁生产 or 品牌会展培育等工作 funds
activities, and means with no money word (政府采购、示范推广) promise no money.
"""

from __future__ import annotations

import re

from kg import cues
from kg.extract.levels import SHORT_LEVEL
from kg.extract.promises import OTHERS_SET_UP, Offer
from kg.model import Span

# the fund, a comma (at most one clause between), a modal, the priority adverb and the verb, then X up to the clause's end
FUND_PRIORITY = cues.lazy(
    lambda: rf"(?P<fund>{cues.alternation('fund')})[^,。;]{{0,16}}?,\s*(?:应当|可以|要|将)?(?:{cues.alternation('fund_priority')})"
    r"(?:支持|扶持|资助)(?:和鼓励|和扶持)?(?P<who>[^,。;:]{2,40})(?=[,。;]|$)"
)
# 对X, (payer, modal; one short clause: 应当区分情况,) 通过|采用 a list of means with a money word, 等方式予以支持: X
# (or one means alone: 可以采取后补助方式给予支持)
MEANS_AFTER_FOR = cues.lazy(
    lambda: r"(?:^|(?<=[,;。:\s])|(?<=[一二三四五六七八九十百零]条))[^,。;]{0,24}?对(?![接外标于照比口象])(?P<who>[^,。;]{2,40}),"
    rf"(?:[^,。;]{{0,12}},)?[^,。;]{{0,30}}?(?:{cues.alternation('means_lead')})(?P<means>[^,。;]{{2,80}}?)等?(?:多种)?的?方式(?:予以|给予)(?:支持|扶持|资助)"
)
# what a clause sets up or calls for (公开征集X和Y; 鼓励社会资本发起设立X和Y), then (payer) 通过|采取 means with a money word
# 等方式|形式予以支持: X and Y are supported (fund16d; a list's items that name no body, project or fund are left)
MEANS_AFTER_OBJECT = cues.lazy(
    lambda: rf"(?:^|(?<=[,;。:\s)])|(?<=[一二三四五六七八九十百零]条))[^,。;]{{0,20}}?(?:{cues.alternation('object_verb')})(?P<who>[^,。;的]{{2,30}}),\s*(?:[^,。;]{{0,8}}?)"
    rf"(?:{cues.alternation('means_lead')})(?P<means>[^,。;]{{2,60}}?)等?(?:多种)?的?(?:方式|形式)(?:予以|给予)(?:支持|扶持|资助)(?=[,。;]|$)"
)
LIST_MARK = re.compile(r"、|以及|和|及")
OTHERS_MONEY = cues.lazy(lambda: cues.alternation("guide_verb"))  # …基金,引导社会资金…,重点支持X: others' money guided


def means_after_for(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """Whom money means support after a 对 phrase (对X,通过…研究开发资助…等方式予以支持: X)."""
    unit = text[start:end]
    means = MEANS_AFTER_FOR.search(text, start, end) if "方式" in unit and "对" in unit else None
    money = cues.pattern("money_word").search(means["means"]) if means else None
    return _offer(text, means, money.group(), paragraph) if means and money else means_after_object(text, start, end, paragraph)


def means_after_object(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """公开征集X和成果,通过…项目资助等方式予以支持; 发起设立A和B,政府采取参股、奖补等形式给予支持: the items named as bodies, projects or funds."""
    unit = text[start:end]
    found = MEANS_AFTER_OBJECT.search(text, start, end) if "式" in unit and "对" not in unit else None
    money = cues.pattern("money_word").search(found["means"]) if found else None
    if found is None or money is None:
        return None
    heads = cues.words("recipient_head") + cues.words("fund")
    items = tuple(Span(p, q) for p, q in _items(text, found.start("who"), found.end("who")) if text[p:q].endswith(heads))
    if not items:
        return None
    return Offer(Span(items[0].start, items[-1].end), Span(items[-1].end, found.end()), money.group(), found.start(), found.end(), paragraph, nouns=True, items=items)


def fund_priority(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """Whom a fund supports first after a comma (…等其他专项资金,应当优先支持X: X); not others' money guided."""
    unit = text[start:end]
    found = FUND_PRIORITY.search(text, start, end) if "资金" in unit or "基金" in unit or "经费" in unit else None
    if found is None or OTHERS_SET_UP.search(text, start, found.start("fund")) or _guided(text, start, found):
        return None
    return _offer(text, found, found["fund"], paragraph)


def _guided(text: str, start: int, found: re.Match[str]) -> bool:
    """Others' money guided before the comma (…基金,引导和带动社会资金…,重点支持X), the fund's own name (引导资金) aside."""
    comma = text.rfind(",", start, found.start("who"))
    return bool(OTHERS_MONEY.search(text, start, found.start("fund")) or OTHERS_MONEY.search(text, found.end("fund"), comma))


def _offer(text: str, found: re.Match[str], instrument: str, paragraph: int) -> Offer | None:
    """X, up to its recipient's head (…项目|的投融资需求); none when X names no body or project."""
    a, b = found.start("who"), found.end("who")
    heads = cues.words("recipient_head")
    last = text.rfind("的", a, b)
    if last > a + 1 and text[a:b].endswith(cues.words("priority_need")) and text[a:last].endswith(heads):
        b = last  # 专利技术产业化项目|的投融资需求
    join = max(text.rfind(word, a, b) for word in cues.words("possessive_join"))
    if join > a + 1 and not text[a:b].endswith(heads) and text[a:join].endswith(heads):
        b = join  # 科技成果转化项目|及其产品
    if not text[a:b].endswith(heads):
        return None
    a = max(a, text.rfind("的", a, b) + 1)  # 确立的|重点科学技术成果转化项目
    ahead = next((w for w in cues.words("list_ahead") if text.startswith(w, a)), "")
    a += len(ahead)  # 对下列|科技成果转化项目
    items = tuple(Span(p, q) for p, q in _items(text, a, b) if text[p:q].endswith(heads))
    return Offer(Span(a, b), Span(b, found.end()), instrument, found.start(), found.end(), paragraph, nouns=True, items=items)


def _items(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The items of a list (基础设施、社会治理、民生服务和产业发展项目) as (start, end)."""
    cuts = [m for m in LIST_MARK.finditer(text, a, b)]
    edges = [a, *(x for m in cuts for x in (m.start(), m.end())), b]
    return [(edges[i], edges[i + 1]) for i in range(0, len(edges), 2)]


# a prize a government sets up, then whom it rewards first (省人民政府…设立的科学技术奖应当重点奖励取得…效益的科技成果):
# the thing or person rewarded, after its last 的; the level of the government that sets it up
PRIZE_REWARDS = cues.lazy(
    lambda: r"(?P<setter>[^,。;]{0,30}?)设立的(?P<prize>[\u4e00-\u9fff]{2,12}?"
    rf"(?:{cues.alternation('prize_suffix')}))(?:应当|可以|要|将)?(?:{cues.alternation('fund_priority')})?(?:奖励|授予)(?P<who>[^,。;:]{{2,60}}?)(?=[,。;]|$)"
)
SETTER_LEVEL = re.compile(r"(?P<level>国家|省|市)(?=人民政府|政府|、|和|级|设立)")  # 省人民政府, 省、设区的市: the first level named
SHORT_NOUN_MAX = 12  # what a prize rewards, after its modifiers: 科技成果, 科技人员


def prize_rewards(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """省人民政府…设立的科学技术奖应当重点奖励…的科技成果: what the prize rewards (its noun after the last 的)."""
    found = PRIZE_REWARDS.search(text, start, end) if "设立的" in text[start:end] else None
    if found is None or OTHERS_SET_UP.search(text, found.start(), found.start("prize")):
        return None  # (鼓励社会力量设立的科学技术奖: others' prize)
    a, b = found.start("who"), found.end("who")
    a = max(a, text.rfind("的", a, b) + 1)
    if not 2 <= b - a <= SHORT_NOUN_MAX:
        return None
    return Offer(Span(a, b), Span(found.start("prize"), b), found["prize"], found.start(), found.end(), paragraph, nouns=True, items=(Span(a, b),))


def prize_level(text: str, offer: Offer) -> str | None:
    """The level of the government that sets up the prize an offer rewards with (省…设立的科学技术奖: 省级)."""
    found = PRIZE_REWARDS.match(text, offer.start) if offer.instrument.endswith(cues.words("prize_suffix")) else None
    setter = SETTER_LEVEL.search(text, found.start("setter"), found.end("setter")) if found else None
    return SHORT_LEVEL[setter["level"]] if setter else None
