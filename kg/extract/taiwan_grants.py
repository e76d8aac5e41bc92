"""Whom Taiwan's subsidy rules pay when the money word is the verb that opens the clause and the amount follows
(本府補助本市企業汰換高耗能設備,每家最高補助新臺幣二十萬元): the verb's object, not the whole clause, for kg.extract.funding.

Mainland measures name the recipient before the verb (对X给予); Taiwan's 要點 and 辦法 write the payer, the money verb,
then whom and what for (<city>政府補助|本市企業|汰換…), and size it in the next clause (每家最高補助…). The clause the
main finder reads as whom is then the payer's deed: its object, read as helped.SERIES reads it, is the recipient."""

from __future__ import annotations

import re

from kg import cues
from kg.extract.helped import MONEY_IN, SERIES
from kg.extract.numbers import amounts
from kg.model import Span

# the payer written before the money verb: a body (雲林縣政府, 經濟部商業發展署, 本府), with its modal (得)
PAYER_BEFORE = re.compile(r"(?:^|(?:政府|本府|[局署部处会])(?:得|并|另)?)$")
# the cost a money verb pays, then the amount in 新臺幣 (補助|生活費|新臺幣八萬元, 補助|租屋費用|新臺幣五千元)
# (補助|辦理行銷活動經費最高新臺幣四十萬元: the cost's cap between it and the currency, twn18)
PRICED_COST = cues.lazy(lambda: rf"[\u4e00-\u9fff]{{0,10}}?(?:费|费用|薪资|经费|津贴|创业金|奖助金)(?:,每一?[\u4e00-\u9fff]{{1,3}}?(?:每年|每月)?)?(?:(?:{cues.alternation('cap')})为?)?新台币")
# (補助其參加國際展會之費用,|每家最高新臺幣…: the unit the cap is per between, twn18)
APPLICANTS = re.compile(r"(?:第[一二三四五六七八九十百]+条)?[\u4e00-\u9fff]{2,14}申请者")  # 研發聯盟申請者 (after its article's number)
HANDED = cues.lazy(lambda: rf"(?:{cues.alternation('taiwan_hand_over')})")
NTD_NEXT = re.compile(r"[金款]?\s*新台币")  # (獎勵|金新臺幣: the money word read without its 金)
PER_UNIT = re.compile(r"每一?[\u4e00-\u9fff]{1,4}?(?:每年|每月)?(?:累计)?(?:最高)?")  # 每一商圈, 每家: the unit the amount is per, whom the clause before names
# a condition clause opening with a kind and closing with 者 (青年創業者|向本市金融機構申辦創業貸款者; 本市企業|申辦貸款者):
# the kind is whom the sentence's amount is for (twn17); or a kind after the condition's 之 (經評定為優等之|受補助者)


def _kind_head() -> str:
    return rf"(?:{cues.alternation('recipient_head')}|{cues.alternation('series_recipient_head')}|案件)"  # (補助案件經…評定為優等者)


KIND_FIRST = cues.lazy(lambda: rf"(?P<who>(?!本府|本部|本会|其)(?=[\u4e00-\u9fff]{{2}})[\u4e00-\u9fff]{{0,10}}?{_kind_head()})(?!申请者|申请人)(?=[向于经在以申办获进依由取从担雇聘购])[^,。;]{{2,40}}者")
KIND_AFTER = cues.lazy(lambda: rf"(?:经|获|依|受)[^,。;]{{1,30}}之(?P<who>[\u4e00-\u9fff]{{1,10}}?{_kind_head()})(?:[^,。;]{{2,30}}者)?")
NTD_REACH = 80  # characters after the condition to the amount in 新臺幣 that makes the sentence Taiwan's


def object_of(text: str, phrase: Span | None) -> Span | None:
    """本府補助|本市企業|汰換…, 補助|商圈|辦理…: whom the clause's money verb pays, when the clause is all deed (also when
    the phrase is the unit the amount is per, 每一商圈, and that clause right before it)."""
    if phrase is None:
        return None
    if RATE_CLAUSE.fullmatch(text, phrase.start, phrase.end) and text[phrase.start - 1 : phrase.start] == ",":  # …購置農業機械,|補助比率為…,|每人最高補助…
        before = max(text.rfind(mark, 0, phrase.start - 1) for mark in ",。;\n") + 1
        return object_of(text, Span(before, phrase.start - 1))
    plan = EACH_PLAN.fullmatch(text, phrase.start, phrase.end)
    if plan:  # (一)每一|聯盟計畫|補助金額最高…: the kind of plan the cap is per (twn18)
        return Span(plan.start("who"), plan.end("who"))
    kind = conditional_kind(text, phrase)
    if kind:
        return kind
    unit = None
    if PER_UNIT.fullmatch(text, phrase.start, phrase.end):  # …補助商圈辦理數位轉型,|每一商圈|補助上限為…
        before = max(text.rfind(",", 0, phrase.start - 1), text.rfind("。", 0, phrase.start - 1), text.rfind(";", 0, phrase.start - 1)) + 1
        unit, phrase = phrase, Span(before, phrase.start - 1) if text[phrase.start - 1 : phrase.start] == "," else phrase
        if APPLICANTS.fullmatch(text, phrase.start, phrase.end):  # 個別企業申請者,|每一計畫補助金額最高…: those applicants
            return phrase
    found = SERIES.match(text, phrase.start, phrase.end)
    verbs = (m.start() for m in MONEY_IN.finditer(text, phrase.start, phrase.end) if PAYER_BEFORE.search(text[phrase.start : m.start()]))
    found = found or next(filter(None, (SERIES.match(text, at, phrase.end) for at in verbs)), None)  # 雲林縣政府|補助…
    if found is None and unit is not None:
        return _unit_named(text, phrase, unit)
    if found is None or found.start("who") == phrase.start:
        return None  # no money verb before whom it pays: the phrase names the recipient itself
    return Span(found.start("who"), found.end("who"))


RATE_CLAUSE = re.compile(r"(?:补助|补贴)?(?:比率|比例)(?:为|以)[^,。;]{2,20}")  # 補助比率為購置價格三分之一: a share, whom the clause before names
EACH_PLAN = re.compile(r"每一(?P<who>[\u4e00-\u9fff]{2,8}(?:计划|计画))")  # 每一聯盟計畫 (not 每一計畫: no kind named)
UNIT_NOUN = re.compile(r"每一?(?P<noun>[\u4e00-\u9fff]{2,4}?)(?:每年|每月)?(?:累计)?(?:最高)?")
UNIT_REACH = 10  # characters from the money verb to the noun the unit repeats (補助|本市|商店街)


def _unit_named(text: str, clause: Span, unit: Span) -> Span | None:
    """補助本市商店街辦理節慶活動,|每一商店街|每年補助上限…: the unit repeats the noun the money verb pays, a kind no head
    list holds (商店街, 社區, 部落); that noun, from right after the verb (twn18)."""
    noun = UNIT_NOUN.fullmatch(text, unit.start, unit.end)
    if noun is None:
        return None
    for verb in MONEY_IN.finditer(text, clause.start, clause.end):
        at = text.find(noun["noun"], verb.end(), min(clause.end, verb.end() + UNIT_REACH))
        if at >= 0 and PAYER_BEFORE.search(text[clause.start : verb.start()]):
            return Span(verb.end(), at + len(noun["noun"]))
    return None


def priced_cost(text: str, at: int, end: int) -> bool:
    """每人每月補助|生活費新臺幣八萬元: the money word is the verb, its amount after the cost it pays and the currency."""
    cost = PRICED_COST.match(text, at, end)
    return cost is not None and any(a == cost.end() for _, a, _ in amounts(text, cost.end(), end))


def handed(text: str, start: int, instrument: re.Match[str]) -> list[re.Match[str]]:
    """一次發給|獎勵金新臺幣五十萬元: Taiwan's verb of handing over, right before the money word and its amount in 新臺幣
    (not 發給發明人…獎金, an employer's duty to its staff, written with no 新臺幣 amount)."""
    if not NTD_NEXT.match(text, instrument.end()):
        return []
    return [m for m in HANDED.finditer(text, max(start, instrument.start() - 4), instrument.start()) if m.end() == instrument.start()]


def conditional_kind(text: str, phrase: Span) -> Span | None:
    """青年創業者向…申辦創業貸款者,|(…,)每人累計補貼最高新臺幣…; 經評定為優等之受補助者,發給獎金新臺幣…: the kind the
    condition opens with (or names after its 之) is whom the amount in 新臺幣 is for, the rest a condition. The phrase
    itself, or the sentence's first clause when the phrase is the unit the amount is per (每人累計)."""
    if "新台币" not in text[phrase.end : phrase.end + NTD_REACH]:
        return None
    at = phrase.start
    if PER_UNIT.match(text, phrase.start):  # the sentence's first clause, whom 每人 stands for
        at = max(text.rfind("。", 0, phrase.start), text.rfind(";", 0, phrase.start), text.rfind("\n", 0, phrase.start), text.rfind(":", 0, phrase.start)) + 1
        close = text.find(",", at, phrase.start)
        end = close if close >= 0 else phrase.end
    else:
        end = phrase.end
    found = KIND_FIRST.fullmatch(text, at, end) or KIND_AFTER.fullmatch(text, at, end)
    return Span(found.start("who"), found.end("who")) if found else None
