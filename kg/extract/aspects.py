"""Aspects: support promised as aspects (在资金、人才等方面…) whose recipients are what is built or set up: named after
the verb (在资金、人才、场所等方面支持建立X、Y等平台), or by the clause before (鼓励企业…联合建设A和B,并在…方面给予支持;
支持…建立X,并根据…给予补贴) → Offer; for kg.extract.funding.
"""

from __future__ import annotations

from kg import cues
from kg.extract.nouns import KIND_AFTER_LIST
from kg.extract.promises import PURPOSE_TAIL, Offer
from kg.model import Span

# 在资金、人才、场所等方面支持建立X、Y等平台: the aspects named first, then the verb and whom it supports after it
# (without 给予: the recipients follow the verb; the body that builds them is not one)
ASPECT_THEN_WHOM = cues.lazy(
    lambda: rf"在(?=[^,。;的]{{0,40}}?(?:{cues.alternation('money_aspect')})(?!{cues.alternation('not_money')}))[^,。;的]{{1,40}}?等?方面"
    rf"(?:{cues.alternation('aspect_adverb')})?(?:支持|扶持)(?:{cues.alternation('aspect_object_verb')})?(?P<who>[^,。;]{{2,60}}?)(?=[,。;]|$)"
)


# 鼓励企业与高校联合建设A和B,并在…资金等方面给予支持: the support is for what the clause before builds (not when
# building is one of the deeds listed: 鼓励人才选择科研方向、组建科研团队,在…给予支持 supports the 人才)
# (or with 并 and the rule it follows: 支持…建立X,并根据…服务的质量和数量给予补贴)
BUILT = r"(?:{support})[^,。;]{{0,30}}?(?<!、)(?:{build})(?![和与及、])(?P<who>[^,。;]{{2,40}}?)\s*"  # (not 鼓励开发区建设和发展)
BUILT_THEN_SUPPORTED = cues.lazy(  # (…建立A、B,|有关部门应当|在…资金等方面给予扶持: the payer between)
    lambda: BUILT.format(support=cues.alternation("support_verb"), build=cues.alternation("build_verb")) + rf",?\s*(?:并且|并)?\s*(?:[^,。;]{{0,12}}?(?:{cues.alternation('payer')})(?:应当|可以|要|将)?\s*)?$"
)
BUILT_THEN_GIVEN = cues.lazy(
    lambda: BUILT.format(support=cues.alternation("support_verb"), build=cues.alternation("build_verb")) + r",\s*(?:并且|并)(?:(?:根据|按照|依据|按)[^,。;]{0,30}?)?\s*$"
)


def built_then_supported(text: str, start: int, verb: int, aspects: bool) -> Span | None:
    """鼓励企业…联合建设|A和B|,并在…方面给予支持 (verb: where 在…方面 starts; or 给予, after 并): what the clause right
    before builds."""
    built = (BUILT_THEN_SUPPORTED if aspects else BUILT_THEN_GIVEN).search(text, start, verb)
    return Span(built.start("who"), built.end("who")) if built else None


def aspects_first(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """在资金、人才等方面支持建立X、Y等平台: the aspects named first, then every item after the verb."""
    aspects = ASPECT_THEN_WHOM.search(text, start, end)
    if aspects is None:
        return None
    a, b = aspects.start("who"), aspects.end("who")
    kind = KIND_AFTER_LIST.search(text, a, b)  # …孵化器等|科技创新公共服务平台: the kind, not one more
    b = kind.start() if kind else b
    tail = PURPOSE_TAIL.search(text, a, b)  # 天开高教科创园|的建设和发展: the park
    b = tail.start() if tail and tail.start() > a + 1 else b
    of = text.rfind("的", a, b)  # 多种类型、多种所有制的|科技企业孵化器、…: the items after their modifiers
    a = of + 1 if of >= a and b - of > 2 else a
    return Offer(Span(a, b), Span(aspects.start(), aspects.start("who")), "资金支持", aspects.start(), aspects.end(), paragraph, nouns=True)
