"""Clauses of a funding phrase that name no recipient: the stages a reward is paid in, a condition after whom 对 names."""

from __future__ import annotations

import re
from dataclasses import replace

from kg import cues
from kg.extract.levels import level_of
from kg.extract.promises import Offer
from kg.model import Funding, Span
from kg.extract.nouns import Recipient

# …,在辅导备案、申报受理、成功上市三个阶段|分别给予…; …,按照股改、辅导、申报三个环节|分别给予…: when, not whom
STAGE_CLAUSE = cues.lazy(
    lambda: rf"\s*(?:在|按照?|分)?[^,。;]{{2,40}}?[一二三四五六两\d]个(?:{cues.alternation('stage_noun')})(?:分别|均)?\s*"
)
# the clause whom 对 names ends on a recipient's head (对科技型中小企业|, 对A类人才在本区创办的企业|)
NAMED_FIRST = cues.lazy(lambda: rf"[^,。;]{{0,30}}(?:{cues.alternation('recipient_head')})")
# a condition clause ending in 的 whose last word before 的 is no recipient (获得银行贷款的, 首次获得…立项的), not a kind renamed
# (被认定为高新技术企业的: the kind named again, left as it was)
CONDITION_AFTER = re.compile(r"\s*(?!对)(?P<deed>[^,。;的]{2,40})的\s*")


def stage_clause(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] only lists the stages a reward is paid in.

    >>> stage_clause("在辅导备案、申报受理、成功上市三个阶段分别", 0, 21)
    True
    >>> stage_clause("在孵企业", 0, 4)
    False
    """
    return bool(STAGE_CLAUSE.fullmatch(text, start, end))


def named_then_condition(text: str, head: int, parts: list[int], verb: int) -> int | None:
    """Where whom 对 names ends when a condition clause ending in 的 follows it (对X,获得银行贷款的,给予贴息: X).

    >>> t = "科技型中小企业,获得银行贷款的,"
    >>> named_then_condition(t, 0, [0, 8], 15)
    7
    >>> named_then_condition("企业,被认定为高新技术企业的,", 0, [0, 3], 14) is None
    True
    """
    if len(parts) != 2 or not NAMED_FIRST.fullmatch(text, head, parts[1] - 1):
        return None
    condition = CONDITION_AFTER.fullmatch(text, parts[1], verb)
    if not condition or condition["deed"].endswith(cues.words("recipient_head")):
        return None
    return parts[1] - 1


# a unit that is only whom 对 names (对科技型中小企业|,获得银行贷款的,给予贴息): the phrase of the next unit, no promise
FOR_ONLY = re.compile(r"\s*(?:[并还可将均再要应]|同时)?对(?![接外标于照比口象])[^,。;]{2,30}")


def open_for(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] only names whom 对 is about, what it promises in the next clause.

    >>> open_for("对高新技术企业,获得银行贷款的,给予贴息", 0, 7)
    True
    >>> open_for("对高新技术企业给予奖励", 0, 11)
    False
    """
    unit = text[start:end]
    return bool(FOR_ONLY.fullmatch(text, start, end)) and not (cues.pattern("give").search(unit) or cues.pattern("money_word").search(unit) or "支持" in unit)


# ,|市级已有资助的,区级…配套; ,|市级已支持的项目,区级按照1:1给予配套: a lower level's match of a grant already made opens
# a promise of its own (the share or ratio after it is no part of the promise before)
MATCHED_NEXT = r",(?=\s*(?:国家级|省级|市级|区级|县级|国家|省|市|上级)已(?:有|获|经)?(?:资助|支持|立项|补助)[^,。;]{0,12},)"
# 市级已支持的项目,区级按照1:1给予配套: whom the upper grant went to, matched at a ratio (or a share) by the lower level
UPPER_MATCH = re.compile(
    r"\s*(?P<upper>(?:国家级|省级|市级|国家|省|市))已(?:有|获|经)?(?:资助|支持|立项|补助)的(?P<who>[\u4e00-\u9fff]{2,10}),\s*"
    r"(?:区级|县级|区|县)(?:财政)?(?P<terms>(?:按照|按)(?:不超过|不低于)?\s*(?:\d+(?:\.\d+)?:\d+(?:\.\d+)?|\d+(?:\.\d+)?%)(?:的?比例)?(?:给予|予以)(?P<word>配套|匹配))"
)


def upper_match(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """A lower level's match of a grant the upper level made, as a promise to whom it went (ratio 1 for 1:1)."""
    found = UPPER_MATCH.match(text, start, end)
    if found is None:
        return None
    return Offer(Span(found.start("upper"), found.end("who")), Span(found.start("terms"), found.end("terms")), found["word"], found.start("upper"), found.end(), paragraph)


def at_upper_level(text: str, offer: Offer, built: list[Funding]) -> list[Funding]:
    """The lines of an upper grant's match at the upper grant's level: 市级已支持的项目,区级按照1:1给予配套 (市级);
    对获得国家、省、市科技计划立项支持的项目,区级按…20%给予配套 (a line for each: 国家级, 省级, 市级)."""
    found = UPPER_MATCH.match(text, offer.start) if offer.phrase and offer.phrase.start == offer.start else None
    if found:
        level = level_of(found["upper"].removesuffix("级") + "级")  # (市: 市级)
        return [replace(f, level=f.level or level) for f in built]
    listed = UPPER_LIST.search(text, offer.phrase.start, offer.phrase.end) if offer.phrase and offer.instrument in cues.words("match_word") else None
    if not listed or any(f.level for f in built):
        return built
    levels = [level_of(m + "级") for m in re.findall(r"国家|省|市", listed["levels"])]
    return [replace(f, level=level) for f in dict.fromkeys(built) for level in levels]


# 获得国家、省、市科技计划立项支持: the upper grants a match is of (bare levels; 国家级、省级 the level reader reads)
UPPER_LIST = re.compile(r"(?:获得|获|承担|入选)(?P<levels>(?:国家|省|市)(?:[、和及](?:国家|省|市))+)(?![级])")


RAISED = re.compile(r"(?:比例|比率)(?:提高|上浮|提升)(?:到|至)\s*\d+(?:\.\d+)?%")  # …,贴息比例提高到70%: a sub-group's higher rate


def raised_under_cap(text: str, offer: Offer, built: list[Funding], before: list[Funding]) -> list[Funding]:
    """A sub-group's higher rate under the cap of the promise before it (…按50%给予贴息,单家企业…最高不超过100万元;其中,
    对首贷户科技企业,贴息比例提高到70%): its lines take that cap, unless it names one of its own."""
    if not RAISED.search(text, offer.start, offer.end) or any(f.amount_yuan is not None for f in built):
        return built
    same = [f for f in before if f.instrument == offer.instrument]
    if same and offer.phrase and text[offer.phrase.end - 1 : offer.phrase.end] == "的" and "对" not in text[offer.phrase.start - 1 : offer.phrase.end]:
        ratio = next((f.ratio for f in built if f.ratio is not None), None)  # 其中,服务…超过100家的,|补助比例提高至30%: a condition, the same recipients (fund17a)
        built = [replace(f, ratio=ratio, condition=text[offer.phrase.start : offer.phrase.end - 1]) for f in dict.fromkeys(same)] if ratio is not None else built
    caps = {f.amount_yuan for f in before if f.cap and f.amount_yuan is not None and f.instrument == offer.instrument}
    if len(caps) != 1:
        return built
    return [replace(f, amount_yuan=next(iter(caps)), cap=True) if f.ratio is not None else f for f in built]


def quoted_whole(text: str, offer: Offer, recipients: list[Recipient]) -> list[Recipient]:
    """A quoted name that opens a class of persons (…和“双一流”建设高校本科毕业生): the whole class, quotes kept, not the
    quoted name alone."""
    if offer.phrase is None:
        return recipients
    out = []
    for r in recipients:
        whole = QUOTED_CLASS.match(text, r.start - 1, offer.phrase.end) if text[r.start - 1 : r.start] == "“" else None
        if whole is not None and whole.end() > r.end and whole.group().endswith(cues.words("person_class")):  # (“双一流”|高校: cut short)
            out.append(Recipient(whole.group(), r.level, whole.start(), whole.end()))
        else:
            out.append(r)
    return out


QUOTED_CLASS = re.compile(r"“[^”,。;]{1,12}”[\u4e00-\u9fff]{1,12}?(?=[、和及与,]|$)")
