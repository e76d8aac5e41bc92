"""Statutes: promises written the way regulations (条例) write them, read when no other promise is found in a unit → Offer;
for kg.extract.funding: a fund set up to reward (设立…奖励基金,奖励和表彰…的公民和组织), a named fund that picks whom it
supports (青年科学基金择优支持…), an allowance enjoyed by rule or sized (…专家享受国家和省规定的津贴), money named among two
means (通过资金支持和政策保障,支持学生开展…), a fund arranged among listed means (通过…、安排专项资金等方式,引导X开发…).
And two readings of an offer found elsewhere: one promise to two groups parted (对A,以及对B给予; 对A的,以及对B的,分别给予X、Y),
a voucher given to those a provider serves (通过科技创新券等方式,引导服务机构为X提供服务: X).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from kg import cues
from kg.extract.numbers import amounts
from kg.extract.promises import OTHERS_SET_UP, Offer
from kg.model import Span

# 设立科学技术奖励基金,奖励和表彰…的公民和组织: the fund's verb is the money word itself (not 鼓励社会力量设立…: others' fund)
FUND_REWARDS = cues.lazy(
    lambda: rf"(?:设立|安排)(?P<fund>[^,。;]{{0,16}}?(?:{cues.alternation('fund')})),\s*(?:用于)?(?P<money>奖励)(?:[和、]表彰)?(?P<who>[^,。;:]{{2,60}})(?=[,。;]|$)"
)
# 青年科学基金择优支持杰出青年科学技术工作者开展…: a fund named as the subject, picking whom it pays (not 择优支持的机制)
FUND_PICKS = cues.lazy(
    lambda: rf"(?P<fund>[\u4e00-\u9fff]{{2,16}}?(?:{cues.alternation('fund')}))(?:应当|可以)?择优(?:支持|资助|扶持)(?!的)(?P<who>[^,。;:]{{2,40}}?)(?=(?:{cues.alternation('condition_action')})|[,。;]|$)"
)
# 被命名的优秀科学技术专家享受国家和省规定的津贴, 入选的领军人才享受每月3000元的人才津贴: an allowance by rule or sized, enjoyed by
# the clause's subject (not 享受政府特殊津贴专家: a title)
ENJOYED = cues.lazy(
    lambda: rf"(?<![^,。;:\s])(?P<who>[^,。;:]{{2,30}}?)(?:按照?规定|依法)?享受(?P<rule>[^,。;]{{0,12}}?规定的|[^,。;]{{0,12}}?\d\s*[千万]?元的?)(?P<money>[\u4e00-\u9fff]{{0,6}}?(?:{cues.alternation('allowance_money')}))(?=[,。;]|$)"
)
# 通过资金支持和政策保障,支持学生开展…: money among two means, then whom the verb supports and what they do
SHORT_MEANS = cues.lazy(
    lambda: rf"通过(?P<money>(?:资金|财政|经费)(?:支持|扶持|投入|补助))(?:和|、|以及)[\u4e00-\u9fff]{{2,6}}?(?:保障|引导|支持),\s*(?:支持|扶持|鼓励)(?P<who>[\u4e00-\u9fff]{{2,12}}?)(?={cues.alternation('condition_action')})"
)
# 通过优化…平台、安排专项资金等方式,引导科技型中小企业开发…: a fund arranged among the means (not a guidance or investment
# fund, whose money guides others': 通过设立创业投资引导基金等方式,引导社会资本…)
MEANS_FUND = cues.lazy(
    lambda: rf"通过(?:[^,。;]{{0,40}}?[、和])?(?:安排|设立)(?P<fund>[^,。;、]{{0,10}}?(?:{cues.alternation('fund')}))(?:[、和][^,。;]{{1,16}}?)*?等?(?:方式|措施),\s*"
    rf"(?:引导|支持|鼓励|推动|扶持)(?:[和、](?:引导|支持|鼓励|推动|扶持))?(?!{cues.alternation('others_money')})(?P<who>[^,。;]{{2,40}})"
)
# 通过科技创新券等方式,引导科技服务机构|为科技型中小企业提供…服务: a voucher is held by those served, who pay the provider with it
SERVED = re.compile(r"[^,。;]{2,24}?为(?P<who>[^,。;]{2,30}?)提供")
GROUP_AFTER = re.compile(r",\s*(?:以及|并|同时)对(?P<who>[^,。;]{2,40}?的)(?=,)")  # a closed 对…的 phrase, then another
ALSO_FOR = re.compile(r",\s*(?:(?:以及|并|同时)对(?:(?=外商)|(?![接外标于照比口象]))|(?:以及|或者)(?=[^,。;]*的))")  # 对A,以及对B给予 (对…的A,以及|或者…的B给予): two groups promised at once


def found(text: str, start: int, end: int, paragraph: int) -> Iterator[Offer]:
    """The statute-style promises of a unit where no other promise was found."""
    unit = text[start:end]
    rewards = FUND_REWARDS.search(text, start, end) if "奖励" in unit else None
    if rewards and not OTHERS_SET_UP.search(text, start, rewards.end("fund")):
        of = text.rfind("的", rewards.start("who"), rewards.end("who"))  # …做出突出贡献的|公民和组织: one group, as written
        who = Span(of + 1 if of >= 0 else rewards.start("who"), rewards.end("who"))
        yield Offer(who, Span(rewards.start(), rewards.end()), rewards["fund"], rewards.start(), rewards.end(), paragraph, items=(who,))
        return
    picks = FUND_PICKS.search(text, start, end) if "择优" in unit else None
    if picks:
        yield _offer(picks, picks["fund"], paragraph, nouns=True)
        return
    enjoyed = ENJOYED.search(text, start, end) if "享受" in unit else None
    if enjoyed:
        yield _offer(enjoyed, enjoyed["money"], paragraph, nouns=False)
        return
    means = SHORT_MEANS.search(text, start, end) if "通过" in unit else None
    if means:
        yield _offer(means, means["money"], paragraph, nouns=True)
        return
    arranged = MEANS_FUND.search(text, start, end) if "通过" in unit and ("方式" in unit or "措施" in unit) else None
    if arranged and not re.search("引导|投资", arranged["fund"]):
        who = Span(arranged.start("who"), arranged.end("who"))  # the first recipient named is the one (as kg.extract.instruments' MEANS)
        yield Offer(who, Span(arranged.start(), arranged.start("who")), arranged["fund"], arranged.start(), arranged.end(), paragraph, means=True)


def _offer(match: re.Match[str], instrument: str, paragraph: int, nouns: bool) -> Offer:
    who = Span(match.start("who"), match.end("who"))
    return Offer(who, Span(match.start(), match.end()), instrument, match.start(), match.end(), paragraph, nouns=nouns)


def voucher_user(text: str, offer: Offer) -> Offer:
    """A voucher given by way of means that guide a provider to serve others: those served; else the offer as it is."""
    served = SERVED.match(text, offer.phrase.start, offer.phrase.end) if offer.means and offer.phrase and offer.instrument.endswith("券") else None
    return replace(offer, phrase=Span(served.start("who"), served.end("who"))) if served else offer


def parted(text: str, offer: Offer) -> Iterator[Offer]:
    """对具有…效益的优秀专利项目,以及对…做出突出贡献的单位和个人,给予表彰、奖励: one offer per group; else the offer."""
    phrase = offer.phrase
    closed = GROUP_AFTER.match(text, phrase.end) if phrase and not offer.items and text[phrase.end - 1 : phrase.end] == "的" else None
    if closed:  # 对认定为国家级孵化器的,以及对认定为省级孵化器的,(分别)给予100万元、50万元奖励: the second group, each its amount
        sized = [(a, b) for _, a, b in amounts(text, closed.end(), offer.terms.end)]
        each = len(sized) == 2 and "分别" in text[closed.end() : sized[0][0]]
        second = Span(closed.start("who"), closed.end("who"))
        yield replace(offer, terms=Span(closed.end(), sized[0][1]) if each else offer.terms)
        yield replace(offer, phrase=second, terms=Span(sized[1][0], offer.terms.end) if each else offer.terms)
        return
    also = ALSO_FOR.search(text, phrase.start, phrase.end) if phrase and not offer.items else None
    if also is None or phrase is None or also.start() - phrase.start < 2 or phrase.end - also.end() < 2:
        yield offer
        return
    first, second = Span(phrase.start, also.start()), Span(also.end(), phrase.end)
    if _head(text, first) == _head(text, second):  # 对首次认定的高新技术企业,以及对迁入本市的高新技术企业: one group, two conditions
        yield offer
        return
    yield replace(offer, phrase=first)
    yield replace(offer, phrase=second)


def _head(text: str, span: Span) -> str:
    """What a phrase names after its last 的 (…做出突出贡献的|单位和个人)."""
    words = text[span.start : span.end].removesuffix("的")
    return words[words.rfind("的") + 1 :]
