"""Support promised from a fund or a programme without an amount: 设立…专项资金,对X给予重点支持; 加大对X的支持力度; …计划,每年支持30名….

Read by kg.extract.funding's `find` and `_offer`: a fund set up or budgeted (FUND, FUND_GIVES) and whom it supports
next (NEXT_PURPOSE), the payer's effort for someone (SUPPORT_FOR, INTENSITY), a funding programme and whom it
supports, counted (PLAN_SUPPORT). Each helper returns the promise (`Offer`) or None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg import cues
from kg.extract.instruments import instruments
from kg.extract.promises import Offer
from kg.model import Span

# 设立…专项资金,加大对X、Y的支持力度: support promised without an amount, from a fund set up
FUND = re.compile(r"(?:设立|安排|统筹|用好|发挥)[^,。;]{0,30}?(?P<fund>专项资金|引导资金|扶持资金|投资基金|基金|资金|经费)")
# A funding programme, then whom it supports, counted: …资助计划,每年支持30名左右杰出青年和10个…团队
PLAN_SUPPORT = cues.lazy(
    lambda: rf"(?P<money>{cues.alternation('money_word')})(?:计划|专项|工程),\s*(?:每年|每年度)?(?:支持|资助|奖励)"
    r"(?P<who>(?:\d+(?:名|个|项|家|支)(?:左右|以上)?[\u4e00-\u9fff]{2,12}?[和、及]?){1,4})(?=[,。;])"
)
# A fund that pays, then whom it supports, without a money word (设立产业发展资金,对X给予重点支持;
# 相关专项资金可以对X给予引导和支持): the fund is the instrument. The fund is set up or budgeted (设立/安排/运用…)
# or is the subject of the clause (…专项资金可以对); 对 opens the next clause or follows the fund.
FUND_GIVES = cues.lazy(
    lambda: r"(?:(?:设立|安排|运用|统筹|用好|整合)[^,。;]{0,20}?|(?<=[\u4e00-\u9fff]{2}))"
    rf"(?P<fund>{cues.alternation('fund')})(?:等?(?:方式|渠道))?(?:,\s*(?:并|重点)?|(?:可以|应当|要|将|还)?)"
    r"对(?![接外标于照比口象])(?P<who>[^,。;]{2,40}?)(?:给予|予以|给以)(?:重点|优先|大力|积极|适当|必要的?|相应的?)?"
    r"(?:(?:引导|指导)[和、])?(?:支持|扶持)(?!力度|政策|措施)"
)
NEXT_PURPOSE = re.compile(r",\s*(?:并|同时)?(?:重点|优先)?(?:支持|扶持|资助)(?P<who>[^,。;]{2,40}?)(?:的?(?:设立|建设|发展|设立与发展|设立和发展))?(?=[,。;]|$)")
INTENSITY = re.compile(r"(?P<who>[^,。;]{2,30}?)的?(?:支持|扶持)力度")
SUPPORT_FOR = re.compile(r"加大对(?P<who>[^,。;]{2,60}?)的?(?:支持|扶持|资助|投资(?=力度))(?:力度)?")  # (…资金…应当加大对X的投资力度: a public fund investing)


def fund_gives(text: str, start: int, end: int) -> re.Match[str] | None:
    """设立产业发展资金,对X给予重点支持 in the sentence: the fund and whom it supports."""
    return FUND_GIVES.search(text, start, end) if "金" in text[start:end] or "经费" in text[start:end] else None


def fund_gives_offer(gives: re.Match[str] | None, start: int, cut: int, paragraph: int) -> Offer | None:
    """The promise of `fund_gives` when its recipient is in the unit start…cut."""
    if not gives or not start <= gives.start("who") < cut:
        return None
    who = Span(gives.start("who"), gives.end("who"))  # …资金,对X给予重点支持
    return Offer(who, Span(gives.end("who"), gives.end()), gives["fund"], gives.start(), gives.end(), paragraph)


def next_purposes(text: str, part: Offer, cut: int, paragraph: int) -> Iterator[Offer]:
    """…专项资金,重点支持X,扶持Y: Y too (a body or a project, not a purpose)."""
    if not part.nouns or part.instrument not in cues.words("fund"):
        return
    more = NEXT_PURPOSE.match(text, part.end, cut)
    while more and more["who"].endswith(cues.words("recipient_head")) and "和" not in more["who"]:
        who = Span(more.start("who"), more.end("who"))
        yield Offer(who, part.terms, part.instrument, part.start, more.end(), paragraph, nouns=True)
        more = NEXT_PURPOSE.match(text, more.end(), cut)


def planned(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """实施科技创新人才资助计划,每年支持30名左右杰出青年和10个左右优秀创新团队: the counted names."""
    plan = PLAN_SUPPORT.search(text, start, end)
    if not plan:
        return None
    who = Span(plan.start("who"), plan.end("who"))
    return Offer(who, who, plan["money"], plan.start(), plan.end(), paragraph, nouns=True)


def fund_supports(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """设立…专项资金,加大对X、Y的支持力度 (no money word in the 加大对 phrase): X and Y."""
    fund = FUND.search(text, start, end)
    support = SUPPORT_FOR.search(text, fund.end(), end) if fund else None
    if not fund or not support or next(instruments(text, support.start(), support.end()), None):
        return None
    who = Span(support.start("who"), support.end("who"))
    return Offer(who, Span(support.start(), support.end()), fund["fund"], fund.start(), support.end(), paragraph, nouns=True)


def stronger(text: str, means: re.Match[str], end: int, paragraph: int) -> Offer | None:
    """…等方式,加大对X的扶持力度: X, every item (`means` ends at 加大对)."""
    intensity = INTENSITY.match(text, means.end(), end)
    if not intensity:
        return None
    who = Span(intensity.start("who"), intensity.end("who"))
    return Offer(who, Span(means.start(), means.end()), means["instruments"], means.start(), intensity.end(), paragraph, nouns=True)


def stronger_for(text: str, phrase: Span | None) -> Span | None:
    """加大对X的支持力度,在资金等方面予以倾斜: X (else the phrase as it is)."""
    found = SUPPORT_FOR.search(text, phrase.start, phrase.end) if phrase and "加大对" in text[phrase.start : phrase.end] else None
    return Span(found.start("who"), found.end("who")) if found else phrase
