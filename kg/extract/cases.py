"""Funding in the forms of Taiwan's 辦法: amounts per case and rates under a heading that caps them (補助金額之上限
如下: 每案為新臺幣…; 補助比率,不得超過…之百分之五十), whom money goes to first or only (以中小企業為優先), and whom
a measure declares its money for (補助對象為…) → Offer, for kg.extract.funding to build.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg import cues
from kg.extract import measures
from kg.extract.numbers import amounts
from kg.extract.nouns import MAX_NOUN, PERSON, Recipient
from kg.extract.promises import SHARE, Offer, governments
from kg.extract.earlier import CLAUSE_BREAK
from kg.extract.recipients import ZHI
from kg.extract.references import referenced_payee
from kg.model import Span

# 补助比率,不得超过…总经费之百分之五十 (Taiwan's 補助辦法): the share a case may get, its recipient declared elsewhere
RATE_HEADING = cues.lazy(lambda: rf"(?P<money>{cues.alternation('money_word')})(?:之|的)?(?:比率|比例)")
RATE_LIMIT = re.compile(rf"(?:不得超过|不超过|不高于|最高为?)[^,。;:]{{0,24}}?(?:总经费|经费|费用|总额|成本|支出)(?:的|之)\s*{SHARE}(?:\s*[、和及]\s*{SHARE.replace('?P<share>', '')})*")  # (分别…之百分之四十及百分之五十)
# Per case (Taiwan's 辦法): 每案为新台币三千万元, under a heading that caps it: 补助金额之上限如下
PER_CASE = re.compile(r"每(?:案|项|件|家|户)(?:每年)?(?:为|最高|不超过|以)?\s*(?:新台币|人民币)?\s*(?=[\d零〇一二两三四五六七八九十百千])")
CASE_MONEY = cues.lazy(lambda: rf"(?:{cues.alternation('money_word')})(?=(?:金额|额度|经费)?[之的]?(?:上限|最高)|(?:项目)?(?:及|与|和)(?:额度|金额|基准)(?:如下)?\s*:|(?:额度|金额|基准)(?:如下)?\s*:)")  # (補助項目及額度如下:, 補助額度:)
HEADING_WINDOW = 400  # characters back from a per-case amount to its heading, within its article
ITEM_MARKER = re.compile(r"\s*(?:\(?[一二三四五六七八九十\d]+[)、.])")
ITEM_HEADING = re.compile(r"(?m)^[一二三四五六七八九十]+、(?P<who>[^,。;:\n]{2,16}):$")
MONEY_HEADING = cues.lazy(lambda: cues.alternation("money_word"))  # 補助基準, 獎勵標準: a heading of terms, not of whom
CASE_NOUN = cues.lazy(lambda: rf"[\u4e00-\u9fff]{{0,8}}?(?:{cues.alternation('recipient_head')})")


PRIORITY = cues.lazy(
    lambda: rf"(?P<money>{cues.alternation('money_word')})(?:计划|计画|案)?(?:应|原则上)?以(?:{cues.alternation('money_word')})?"
    r"(?P<who>[^,。;]{2,20}?)为(?:优先|限)"
)
DECLARED = cues.lazy(
    lambda: rf"(?:{cues.alternation('money_word')}|支持|扶持|适用|申请|申报)对象(?:为|是|:|包括|以"
    r"|(?P<qualified>[^。:]{0,12}?符合下列(?:资格)?条件(?:之一)?:\s*(?:[一1][、.])?))"  # 補助對象,應符合下列資格條件:一、…之公司
)


def per_case(text: str, start: int, end: int) -> Iterator[Offer]:
    """Amounts per case under a heading that caps them (补助金额之上限如下: …中小企业,每案为新台币一百五十万元).

    The recipient is the noun the item names before the amount (由中心厂带动…, 申请纳管之工厂), else the
    item heading it stands under (一、从事制造业之事业:). Without a heading that caps, no promise."""
    if "每" not in text[start:end]:
        return
    for case in PER_CASE.finditer(text, start, end):
        window = max(text.rfind("\n第", 0, case.start()), case.start() - HEADING_WINDOW)  # within its article
        if not CASE_MONEY.search(text, window, case.start()):  # the heading that caps it
            continue
        line = text.rfind("\n", 0, start) + 1  # …中心厂带动…,推动低碳化每案为…;推动智能化每案为…: the item's recipient
        who = referenced_payee(text, start, case.start()) or _case_recipient(text, start, case.start()) or (_case_recipient(text, line, start) if line < start else None) or _item_heading(text, window, start)
        who = who or next((Span(r.start, r.end) for r in declared(text, start)), None)  # 補助對象:…之中小企業 … (二)補助上限:每案…
        who = who or _item_label(text, start, case.start())  # (一)企業聯合申請:|每案最高新臺幣三百萬元: the item's label (twn18)
        if who is None:
            continue
        amount_end = max((e for _, s, e in amounts(text, case.end(), end) if s == case.end()), default=None)
        if amount_end is None:
            continue
        yield Offer(who, Span(case.start(), amount_end), CASE_MONEY.search(text, window, case.start()).group(),
                    max(who.start, start), amount_end, text.rfind("\n", 0, start) + 1, nouns=True, capped=True, items=governments(text, who))


def capped_rate(text: str, start: int, end: int) -> Iterator[Offer]:
    """The most a case's share may be, under a rate heading in its clause or its article (補助計畫之補助比率,不得
    超過申請補助計畫全案總經費之百分之五十; 補助比率,限制如下: 一、…:不得超過開班費用之百分之五十). Whom it is for
    the heading names (個別企業研發計畫之補助比率), else the measure declares elsewhere (its 補助對象), read when built."""
    part = text[start:end]
    if "%" not in part and "百分之" not in part:
        return  # no share, no rate: most clauses, skipped cheaply
    for limit in RATE_LIMIT.finditer(text, start, end):
        window = max(text.rfind("\n第", 0, start), start - HEADING_WINDOW)  # within its article
        headings = list(RATE_HEADING.finditer(text, window, limit.start()))
        if not headings:
            continue
        owners = measures.rate_owners(text, window, headings[-1].start())  # 個別企業研發計畫之|補助比率: whom it caps
        yield Offer(Span(owners[0].start, owners[-1].end) if owners else None, Span(limit.start(), limit.end()), headings[-1]["money"], start, limit.end(),
                    text.rfind("\n", 0, start) + 1, nouns=bool(owners), capped=True, items=tuple(owners) if len(owners) > 1 else ())


def _case_recipient(text: str, start: int, end: int) -> Span | None:
    """The first clause's noun ending in a recipient's head: (一)由|中心厂|带动…, 依…规定申请纳管之|工厂."""
    marker = ITEM_MARKER.match(text, start, end)
    a = marker.end() if marker else start
    a = max(a, text.rfind(":", a, end) + 1)  # 研發補助:|中小企業每案…: past the item's label
    for part in re.finditer(r"[^,;]+", text[a:end]):
        p, q = a + part.start(), a + part.end()
        of = max(text.rfind("之", p, q), text.rfind("的", p, q))
        if of >= 0 and CASE_NOUN.fullmatch(text, of + 1, q):  # …申请纳管之|工厂
            return Span(of + 1, q)
        noun = CASE_NOUN.match(text, p + (text[p] in "由其"), q)  # 由|中心厂|带动
        if noun and noun.start() < q:
            return Span(noun.start(), noun.end())
    return None


ITEM_LABEL = re.compile(r"\s*(?:\(?[一二三四五六七八九十\d]+[)、.])\s*(?P<label>[\u4e00-\u9fff]{2,12}):\s*$")


def _item_label(text: str, start: int, end: int) -> Span | None:
    """(一)企業個別申請:|每案最高…: the label of the item the per-case amount opens, when nothing else names whom (twn18);
    not a label that names terms (補助基準:, 補助上限:)."""
    label = ITEM_LABEL.match(text, text.rfind("\n", 0, end) + 1, end)
    if label is None or MONEY_HEADING.search(label["label"]) or label["label"].endswith(("上限", "额度", "金额", "基准", "标准")):
        return None
    return Span(label.start("label"), label.end("label"))


def _item_heading(text: str, start: int, end: int) -> Span | None:
    """The nearest item heading before a sub-list: 一、从事制造业之事业: → 从事制造业之事业."""
    heads = [m for m in ITEM_HEADING.finditer(text, start, end) if not MONEY_HEADING.search(m["who"])]  # (四、補助基準: names no one)
    return Span(heads[-1].start("who"), heads[-1].end("who")) if heads else None


def priority(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """Whom money goes to first or only (補助計畫以補助中小企業為優先, 獎勵以新創團隊為限): them, with the
    terms that follow in the sentence (補助比率不得超過…總經費之百分之五十). (補助對象以X為限 declares whom
    the amounts that follow are for: see `declared`.)"""
    unit = text[start:end]
    first = PRIORITY.search(text, start, end) if "以" in unit and ("为优先" in unit or "为限" in unit) else None
    if first is None:
        return None
    a, b = first.start("who"), first.end("who")
    a = max(a, text.rfind("之", a, b) + 1, text.rfind("的", a, b) + 1)  # 獲選之|新創團隊
    if b - a < 2 or not text[a:b].endswith((*cues.words("recipient_head"), "者", "人", "事业")):
        return None  # 以一次為限: how often, not whom
    return Offer(Span(a, b), Span(first.end(), end), first["money"], first.start(), end, paragraph, nouns=True)


def declared(text: str, before: int) -> list[Recipient]:
    """補助對象為設立登記於本市之中小企業, 本办法支持对象为…的企业: whom a measure declares its money for,
    in the last such sentence before `before`; the noun after the condition's last 之/的. A qualification list
    that names no kind (符合下列資格條件:一、中華民國國民) gives way to the declaration before it."""
    for found in reversed(list(DECLARED.finditer(text, 0, before))):
        noun = _declared_noun(text, found) or _last_clause_noun(text, found)
        if noun or found["qualified"] is None:
            return noun
    return []


def _declared_noun(text: str, found: re.Match[str]) -> list[Recipient]:
    end = CLAUSE_BREAK.search(text, found.end())
    return _kind_in(text, found.end(), end.start() if end else len(text), found["qualified"] is not None)


SENTENCE_END = re.compile(r"[。;\n]")


def _last_clause_noun(text: str, found: re.Match[str]) -> list[Recipient]:
    """補助對象:設籍本縣滿一年,年齡…以下之青年 (twn16): conditions in clauses before the kind, the kind in the sentence's
    last clause, after its last 之/的."""
    end = SENTENCE_END.search(text, found.end())
    b = end.start() if end else len(text)
    a = text.rfind(",", found.end(), b) + 1
    return [] if a <= found.end() or found["qualified"] is not None else _kind_in(text, a, b, False)


def _kind_in(text: str, start: int, b: int, qualified: bool) -> list[Recipient]:
    """The kind a declaration names in text[start:b]: the noun after the last 之/的."""
    marks = [m.end() for m in ZHI.finditer(text, start, b)] + [text.rfind("的", start, b) + 1]
    a = max([start, *marks])
    if qualified:  # 一、國內依法登記成立之獨資、合夥、有限合夥事業、公司: the list's last kind
        a = max([a] + [a + m.end() for m in re.finditer(r"[、或和及]", text[a:b])])
    noun = re.sub(r"(?:为限|为原则|为主)$", "", text[a:b].strip())  # 補助對象以…之中小企業為限
    heads = cues.words("recipient_head")
    return [Recipient(noun, None, a, b)] if 2 <= len(noun) <= MAX_NOUN and (noun.endswith(heads) or PERSON.search(noun)) and "、" not in noun else []
