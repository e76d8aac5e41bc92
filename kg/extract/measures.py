"""Measures: how support measures (若干措施) name whom they pay without 对…给予 — the money word as a verb with its payee
after it (按投资额的1%奖励天使投资机构, 一次性奖励新上市企业200万元), the owner of a share's base (按企业上年度研发费用增量部分的
10%给予补助: 企业), a title gained (获得国家级科技企业孵化器认定的: the incubator), the subject before what it buys
(科技型中小企业购买科技服务的), a body before its cost or a second head (对企业研发费用…部分, 对高校院所…) — and how they
size it: periods with their shares (前三年全额、后两年减半), caps of a running total (累计不超过), tables flattened into lines
(奖励标准如下:|一等奖 50万元), ranges (100万元至500万元, 5%至10%: one promise at its upper end); whom a thing granted
(对发明专利|授权), what passed a procedure (經審查通過之|計畫) and a body before its spending (企业|发生的研发费用) name.
For kg.extract.funding and kg.extract.promises.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from kg import cues
from kg.extract import taiwan_conditions
from kg.extract.levels import level_of
from kg.extract.nouns import ACTION, GRADE_LIST, MAX_NOUN, Recipient, recipient_heads
from kg.extract.numbers import amounts
from kg.model import Span

if TYPE_CHECKING:
    from kg.extract.promises import Offer
    from kg.model import Document, Funding
    from kg.vocab import Vocab

SHARE = r"(?:\d+(?:\.\d+)?\s*%|百分之[零一二三四五六七八九十点]+)"  # 10%, 百分之五十 (as kg.extract.sizes reads them)
# The money word opens its clause (after 一次性, or the share it is sized by: 按…的1%|奖励): it is the verb
VERB_FIRST = re.compile(rf"(?:\s*(?:一次性|分别|再|另|并|还|按(?:照)?[^,。;:]{{0,24}}?的?\s*{SHARE}))*\s*$")
# …and its payee right after it: a name ending in a recipient's head, then an amount, the clause's end or what the
# share is of (补助|创业企业|首年房租的50%)
PAYEE = cues.lazy(
    lambda: rf"(?:[\u4e00-\u9fff]{{2,10}}的)?(?P<who>(?![其对给为向]|机关|部门|{cues.alternation('money_noun')})(?:(?![与和及之的]|不超过|最高)[\u4e00-\u9fff]){{2,12}}?(?:{cues.alternation('recipient_head')}))"  # (資助機關與…之單位: the payer)
    rf"(?=\s*(?:每人|每家|每个|每项)?(?:新台币|人民币)?\s*[\d.]+\s*[万亿]?元|\s*[,。;]|\s*$|[\u4e00-\u9fff]{{1,10}}?的\s*{SHARE}|[之的][\u4e00-\u9fff]{{0,10}}?(?:费用|经费|成本)(?=[,。;]|$))"  # (補助|中小企業|之研究發展費用: whose costs)
)
# 按(照)企业…的10%: the body that owns the base of the share (its spending, its taxes)
BASE_OWNER = cues.lazy(
    lambda: rf"按(?:照)?其?(?P<who>[\u4e00-\u9fff]{{0,6}}?(?:{cues.alternation('recipient_head')}))(?=[^,。;:]{{2,24}}?的?\s*{SHARE})"
)
# 获得|国家级科技企业孵化器|认定的: the title's holder, without the act of granting it
TITLE_END = cues.lazy(lambda: rf"(?:{cues.alternation('title_word')})$")
# 前三年按100%给予补贴,后两年按50%给予补贴: the same recipients, on other terms (read as a promise of its own)
SEQUEL = re.compile(r",\s*(?:前|后|第|此后|其后|之后|以后|超过部分)[一二三两四五六七八九十\d]*年?[^,。;]{0,16}?(?:给予|予以|补贴|补助|奖励)")
# …给予房租补贴,前三年全额补贴、后两年减半补贴: each period its share of the money promised before
PHASE = cues.lazy(
    lambda: r"[,、]\s*(?:前|后|第)[一二三两四五六七八九十\d]+(?:年|个月)(?:内)?(?:给予|予以|按)?(?P<share>全额|减半|\d+(?:\.\d+)?%)"
    rf"(?:给予|予以)?(?:{cues.alternation('money_word')})?(?=[,、。;]|$)"
)
WHOLE_OR_HALF = re.compile(r"(?<![^,、\s年月予以])(?P<share>全额|减半)")
INSIDE = cues.lazy(lambda: rf"(?:内|中)(?:的)?(?P<who>[\u4e00-\u9fff]{{0,8}}?(?:{cues.alternation('recipient_head')}))(?=的|$)")
SUBJECT = cues.lazy(lambda: rf"(?!第[一二三四五六七八九十百零\d]+条)[\u4e00-\u9fff]{{0,10}}?(?:{cues.alternation('recipient_head')}|者|人员)")  # a clause that is only a name
QUALIFIED = cues.lazy(lambda: cues.alternation("qualifier_lead"))  # 符合条件的|企业: no part of the name
# A lead-in that ends its line (…,奖励标准如下:), then a table flattened into lines: 一等奖 50万元, 国家级 100万元
TABLE_LEAD = re.compile(r"[^。;\n]{0,16}?:\s*\n")
TABLE_ROW = cues.lazy(
    lambda: rf"[ \t]*(?P<label>{GRADE_LIST.pattern}|(?:{cues.alternation('level')})(?:及?以上)?|[A-E]类)[ \t:]*(?:{cues.alternation('cap')})?[ \t]*"
    r"(?P<amount>[\d.]+\s*[万亿]?元)(?:/[项人家个件])?[ \t]*(?:\n|$)"
)
# 支持|高层次人才|创新创业,给予最高100万元的创业资助: whom the sentence supports, its money sized after it
SUPPORTED = cues.lazy(lambda: rf"(?:{cues.alternation('support_verb')})(?:[和、](?:{cues.alternation('support_verb')}))?(?P<who>[\u4e00-\u9fff]{{0,8}}?(?:{cues.alternation('recipient_head')}))")
# 企业|上市成功后,给予…: a body, then the event after which it is paid, as the clause before the verb
EVENT_AFTER = cues.lazy(lambda: rf"(?P<who>[\u4e00-\u9fff]{{0,8}}?(?:{cues.alternation('recipient_head')}))(?=[^,。;的]{{2,12}}?后$)")
ACTOR = cues.lazy(lambda: rf"[\u4e00-\u9fff]{{0,10}}?(?:{cues.alternation('recipient_head')})")
# 对|发明专利|授权: a thing, then the act of granting it, as the whole 对 phrase
GRANTED = cues.lazy(lambda: rf"(?P<who>(?:(?!的|、|和|及|或)[\u4e00-\u9fffA-Za-z]){{2,12}}?)(?P<act>{cues.alternation('granted_after')})")
SPENT = cues.lazy(lambda: rf"(?:{cues.alternation('spend_verb')})$")  # …企业|发生(的研发费用)
# 5%至10%, 5%-10%: a range of shares
SHARE_RANGE = re.compile(r"(?<![\d.])(?P<low>\d+(?:\.\d+)?)\s*%?\s*(?:至|到|—|–|-|~|～)\s*(?P<high>\d+(?:\.\d+)?)\s*%")
# 经审查通过之|计划, 经审查通过者 (Taiwan's 之 is 的): a procedure passed, then whom (者: those the measure declares)
PASSED = re.compile(r"经[\u4e00-\u9fff]{1,10}?(?:通过|核定|核准|同意|评选|选定|获选)(?:者|之(?P<who>[\u4e00-\u9fff]{2,10}))")
# The lower end of a range right before an amount (100万元至|500万元, 50万—|100万元, 10-|50万元, 二十萬元至|一百萬元): the range is one promise
RANGE_LOW = re.compile(r"(?<![\d.])(?:[\d.]+|[零〇一二两三四五六七八九十百千]+)\s*(?:[千万亿]?元|[千万亿])?\s*(?:至|到|—|–|-|~|～)\s*$")


def payee(text: str, start: int, money: re.Match[str], end: int) -> re.Match[str] | None:
    """奖励|天使投资机构|,单笔…: the body a money word that opens its clause, a verb, pays (named right after it)."""
    clause = max(text.rfind(mark, start, money.start()) for mark in ",;。") + 1 or start
    if money.group().endswith(cues.words("money_noun")):
        return None  # 补助资金|不得超过项目…: the money word is a noun (a fund), it pays no one
    return PAYEE.match(text, money.end(), end) if VERB_FIRST.fullmatch(text, clause, money.start()) else None


def named_otherwise(text: str, offer: Offer, recipients: list[Recipient], condition: str | None) -> tuple[list[Recipient], str | None]:
    """The recipients read, or the body before its cost or a second head (`opened_by`); with no one read, the owner of
    the share's base (区财政按照|企业|实际缴纳增值税…的50%给予奖励, 鼓励企业…,按|企业|上年度研发费用…的10%)."""
    recipients = [replace(r, name=r.name[len(q[0]) :]) if (q := QUALIFIED.match(r.name)) and len(r.name) - len(q[0]) >= 2 else r for r in recipients]
    if recipients:
        opened, cut = opened_by(text, offer.phrase, recipients)
        if opened is recipients:
            return recipients, condition
        rest = text[cut : offer.phrase.end].rstrip("的") if cut >= 0 and offer.phrase else ""
        return opened, rest or None
    owner = BASE_OWNER.search(text, offer.start, offer.terms.end)
    if owner:
        return [Recipient(owner["who"], None, owner.start("who"), owner.end("who"))], None
    phrase = offer.phrase
    if phrase is None:
        return [], None
    sized = next(amounts(text, offer.terms.start, offer.terms.end), None) or re.search(SHARE, text[offer.terms.start : offer.terms.end])
    opens = sized and (text[phrase.start - 1 : phrase.start] in ("", ",", ";", "。", "\n", "、", ")") or taiwan_conditions.after_article(text, phrase.start))  # (一、|X每案: an item's; 第十条|X: twn19)
    subject = (SUBJECT.fullmatch(text, phrase.start, phrase.end) or SUPPORTED.match(text, phrase.start, phrase.end) or EVENT_AFTER.match(text, phrase.start, phrase.end)) if opens else None
    subject = subject["who"] if subject and subject.re is not SUBJECT.compiled else subject.group() if subject else None
    subject = subject[len(q[0]) :] if subject and (q := QUALIFIED.match(subject)) and len(subject) - len(q[0]) >= 2 else subject  # 每一|企業
    return ([Recipient(subject, None, phrase.start, phrase.end)] if subject else []), None  # 新创事业获选者,得补助其…


def titled(text: str, a: int, b: int) -> int:
    """The end of a title's holder (获得X认定的: X), or b."""
    title = TITLE_END.search(text, a, b)
    return title.start() if title and title.start() - a >= 2 else b


def subject_verbs(text: str, start: int, end: int, verbs: re.Pattern[str], acted_on: tuple[str, ...]) -> tuple[list[re.Match[str]], int] | None:
    """A condition's verbs (…的 at `end`) and where its subject ends: before a title's word (获得|X|认定的); with a
    verb whose object is not paid (购买, 招用, 开展), the subject written before it (科技型中小企业|购买科技服务的), else None."""
    b = titled(text, start, end)
    found = list(verbs.finditer(text, start, b))
    acting = found[0].start() if found and (found[0].group() in acted_on or found[0].group() in cues.word_set("subject_act")) and 2 <= found[0].start() - start <= 12 and ACTOR.fullmatch(text, start, found[0].start()) else None
    if acting is not None:
        return [], acting
    return None if found and found[-1].group() in acted_on else (found, b)


def opened_by(text: str, phrase: Span | None, recipients: list[Recipient]) -> tuple[list[Recipient], int]:
    """对|企业|研发费用加计扣除后增长部分, 对|高校|院所科技成果…的: a body's name opens the phrase right before (or joined to)
    the first recipient read, so the body is whom the money is for; and where the condition then starts."""
    if phrase is None or len(recipients) != 1 or text[phrase.start - 1 : phrase.start] != "对":
        return recipients, -1
    first = recipients[0]
    heads = cues.words("recipient_head")
    if first.start > phrase.start and "的" not in text[phrase.start : first.end]:
        lead = text[phrase.start : first.start]
        if 2 <= len(lead) <= 8 and lead.endswith(heads) and text[first.start : phrase.end].startswith(cues.words("cost_opening")):
            return [Recipient(lead, None, phrase.start, first.start)], -1  # the cost's owner
    inside = INSIDE.match(text, first.end, phrase.end) if first.start == phrase.start else None
    if inside:  # 对科技企业孵化器|内|在孵企业: those inside the place
        return [Recipient(inside["who"], None, inside.start("who"), inside.end("who"))], inside.end()
    joined = next((h for h in heads if len(h) == 2 and text.startswith(h, first.end)), "") if first.start == phrase.start else ""
    if joined and "的" in text[first.end : phrase.end]:  # 高校|院所: one name of two short heads (not 企业|知识产权…)
        return [replace(first, name=first.name + joined, end=first.end + len(joined))], first.end + len(joined)
    return recipients, -1


def phased(text: str, offer: Offer, cut: int, read: Callable[[str, int, int, int], Offer | None]) -> Iterator[Offer]:
    """The offer, then its sequel on other terms (…,后两年按50%给予补贴, read by `read`); or, when periods with their
    shares follow an offer that names none (给予房租补贴,前三年全额补贴,后两年减半补贴), one offer per period instead."""
    later = (SEQUEL.search(text, offer.terms.end, cut) or _sequel_inside(text, offer)) if offer.phrase else None
    second = read(text, later.start() + 1, cut, offer.paragraph) if later else None
    periods = list(PHASE.finditer(text, offer.terms.end, cut)) if offer.phrase and not second else []
    if periods and not re.search(r"\d|全额|减半", text[offer.terms.start : offer.terms.end]):
        yield from (replace(offer, terms=Span(m.start(), m.end()), end=m.end()) for m in periods)
        return
    yield offer
    if second:
        yield replace(second, phrase=offer.phrase, nouns=offer.nouns, items=offer.items)
    elif later and WHOLE_OR_HALF.search(text, later.start(), later.end()):  # (…,后两年减半补贴: no verb, its share only)
        yield replace(offer, terms=Span(later.start() + 1, later.end()), start=later.start() + 1, end=later.end())


def _sequel_inside(text: str, offer: Offer) -> re.Match[str] | None:
    """A sequel its terms ran on into, a cap for both after it (前三年按…50%给予补助,|后两年按30%给予补助|,每年最高1000万元;
    fund17a): its share read after a share of the offer's own."""
    later = SEQUEL.search(text, offer.terms.start + 1, offer.terms.end)
    return later if later and re.search(r"\d\s*%", text[offer.terms.start : later.start()]) else None


def named_after_act(text: str, vocab: Vocab, a: int, b: int) -> bool:
    """为|国家和省在本地实施的|重大科学技术项目|提供配套支持: the 为 phrase ends in a recipient's name after its last 的, so
    the name is whom the money is for, not the bodies that act before it (国家和省)."""
    of = text.rfind("的", a, b)
    return of > a and 2 <= b - of - 1 <= MAX_NOUN and text[of + 1 : b].endswith(recipient_heads(vocab))


def spender_end(text: str, a: int, of: int) -> int:
    """对|科技型中小企业|发生的研发费用: where the body before its verb of spending ends (of, without such a verb, or
    with another act before it: 企业引进人才|支付的猎头费用 is no body's name)."""
    verb = SPENT.search(text, a + 2, of)
    return verb.start() if verb and not ACTION.search(text, a, verb.start()) else of


def granted(text: str, offer: Offer) -> tuple[list[Recipient], str | None] | None:
    """对发明专利授权,每件资助3000元: the thing granted is whom the money is for (as 对获得授权的发明专利), the act its condition."""
    phrase = offer.phrase
    found = GRANTED.fullmatch(text, phrase.start, phrase.end) if phrase and text[phrase.start - 1 : phrase.start] == "对" else None
    return ([Recipient(found["who"], None, found.start("who"), found.end("who"))], found["act"]) if found else None


def passed(text: str, offer: Offer) -> tuple[list[Recipient], str | None] | None:
    """經審查通過之計畫,本局得補助…: what passed the procedure (计划), the procedure its condition; 經審查通過者,核定補助…:
    whom the measure declares (its 補助對象), if it does."""
    phrase = offer.phrase
    found = PASSED.fullmatch(text, phrase.start, phrase.end) if phrase else None
    if found and found["who"]:
        return [Recipient(found["who"], None, found.start("who"), found.end("who"))], text[found.start() : found.start("who") - 1]
    from kg.extract.cases import declared  # (cases reads measures when it loads)

    named = declared(text, offer.start) if found else []
    return (named, found.group()[:-1]) if found and named else None


def ranged(text: str, spans: list[tuple[Decimal, int, int]]) -> tuple[list[tuple[Decimal, int, int]], set[Decimal]]:
    """给予100万元至500万元支持: a range is one promise, and the most it can be is its upper end; the amounts without
    each range's lower end, and the upper ends (each a cap)."""
    kept: list[tuple[Decimal, int, int]] = []
    tops: set[Decimal] = set()
    for yuan, a, e in spans:
        low = RANGE_LOW.search(text, max(0, a - 12), a)
        if low:
            kept = [s for s in kept if not low.start() <= s[1] < a]
            tops.add(yuan)
        kept.append((yuan, a, e))
    return kept, tops


def share_tops(text: str, offer: Offer, shares: list[Decimal]) -> list[Decimal]:
    """按5%至10%的比例给予补助: as with amounts, a range of shares is one share, its upper end; the shares with each
    range's lower end replaced by its upper end."""
    tops = {Decimal(m["low"]) / 100: Decimal(m["high"]) / 100 for m in SHARE_RANGE.finditer(text, offer.start, offer.terms.end)}
    return [tops.get(s, s) for s in shares] if tops else shares


def whole_or_half(text: str, terms: Span) -> list[Decimal]:
    """全额 (the whole: 1), 减半 (half: 0.5) as the share of the money, in the terms."""
    return [Decimal(1) if m["share"] == "全额" else Decimal("0.5") for m in WHOLE_OR_HALF.finditer(text, terms.start, terms.end)]


def capped_in_clause(text: str, terms: Span, spans: list[tuple[Decimal, int, int]], cap: re.Pattern[str]) -> set[Decimal] | None:
    """With a running total capped (累计不超过200万元) or amounts in clauses of their own (每件奖励5万元,每家企业每年最高
    奖励50万元), the amounts a cap word marks in their own clause (每件…5万元 is no cap); None when all are in one clause
    and no total is capped (every amount takes the terms' cap word: 分别给予最高1000万元、500万元)."""
    own, clauses = set(), set()
    for yuan, a, _ in spans:
        clause = max(text.rfind(mark, terms.start, a) for mark in ",;。") + 1 or terms.start
        clauses.add(clause)
        if cap.search(text, clause, a) or "累计" in text[clause:a]:
            own.add(yuan)
    total = "累计" in text[terms.start : terms.end] or (  # (按每人10万元…,每家机构每年奖励总额不超过80万元: the total's cap, not the unit's)
        running_total(text, terms.start, terms.end) and cues.pattern("per_unit").search(text, terms.start, terms.end))
    return own if total or len(clauses) > 1 else None


# 每家企业每年, 单个企业年度: a cap over one recipient's year (a running total after an amount per unit or item)
YEARLY_SCOPE = cues.lazy(lambda: rf"(?:{cues.alternation('recipient_scope')})[\u4e00-\u9fff]{{0,4}}?(?:{cues.alternation('per_year_word')})")


# 每引进1名, 每新获得1件: the unit counted in the clause before the amount paid for it
COUNTED_UNIT = re.compile(r"每(?:新)?[\u4e00-\u9fff]{0,6}?[\d一二三四五六七八九十]+\s*(?:名|件|项|家|个|人|台|套|位)")


def running_total(text: str, clause: int, at: int) -> bool:
    """Whether the clause text[clause:at] before a capped amount makes it a running total (累计, 总额; 每家企业每年)."""
    return bool(cues.pattern("running_total").search(text, clause, at) or YEARLY_SCOPE.search(text, clause, at))


VERB_CLAUSE_END = re.compile(r"[,;。\s]*[^,;。]*(?P<end>[,;。])")


def item_caps(text: str, terms: Span, spans: list[tuple[Decimal, int, int]], cap: re.Pattern[str]) -> list[tuple[Decimal, int, int]]:
    """单个项目补助不超过100万元,每家企业每年累计不超过300万元: every amount a cap in a clause of its own, some of them
    running totals (累计): the line's is the cap per item, the totals are dropped (不超过100万元,累计不超过300万元 alike)."""
    first = VERB_CLAUSE_END.match(text, terms.start, terms.end)  # the end of the verb's clause
    if len(spans) < 2 or not running_total(text, terms.start, terms.end) or (first and spans[0][1] < first.start("end")):
        return spans  # (每项给予最高50万元,每家每年累计不超过200万元: the verb's own amount and the total, both)
    totals: list[bool] = []
    for _, a, _ in spans:
        clause = max(text.rfind(mark, terms.start, a) for mark in ",;。") + 1 or terms.start
        if not cap.search(text, clause, a) or text.rfind("、", clause, a) >= 0:
            return spans  # (an amount not capped, or a list of them: each its own line)
        totals.append("累计" in text[clause:a] or bool(totals) and running_total(text, clause, a))  # (a yearly cap first: whose it is, no total)
    return [s for s, total in zip(spans, totals) if not total] if any(totals) and not all(totals) else spans


def unit_totals(text: str, terms: Span, spans: list[tuple[Decimal, int, int]], cap: re.Pattern[str]) -> list[tuple[Decimal, int, int]]:
    """每件给予1万元奖励,同一企业每年度该项奖励累计不超过50万元 (分别按每人20万元、10万元…,每家机构每年奖励总额不超过100万元):
    amounts per unit first, then a capped running total in a clause of its own: the total is no line (the two-caps
    convention of gold-synth's README); kept when no amount per unit is written before it."""
    def clause(a: int) -> int:
        return max(text.rfind(mark, 0, a) for mark in ",;。\n") + 1
    first = clause(spans[0][1]) if spans else 0
    counted = COUNTED_UNIT.search(text, clause(first - 1) if first else 0, spans[0][1]) if spans else None  # 企业每引进1名博士,|给予5万元 (fund18a)
    if len(spans) < 2 or not (cues.pattern("per_unit").search(text, first, spans[0][1]) or counted):
        return spans
    totals = [clause(a) != first and (running_total(text, clause(a), a) or bool(cues.pattern("recipient_scope").match(text, clause(a)))) and bool(cap.search(text, clause(a), a)) for _, a, _ in spans]  # (,每家企业最高…: fund19a)
    return [s for s, total in zip(spans, totals) if not total] if any(totals) and not all(totals) else spans


def names_inside(text: str, offer: Offer, built: list) -> bool:
    """对|企业|牵头制定国家标准的,每项奖励30万元;参与制定的,…: a condition phrase that opens with its recipients, who are
    then those of the conditions that follow it (as a phrase that names them)."""
    phrase = offer.phrase
    return phrase is not None and text[phrase.start - 1 : phrase.start] == "对" and all(text.startswith(f.recipient, phrase.start) for f in built)


def tabled(doc: Document, offer: Offer, built: list[Funding]) -> list[Funding]:
    """对获得…的项目给予奖励,奖励标准如下:|一等奖 50万元|二等奖 30万元: an unsized promise whose lead-in ends its line, then
    one row per line (a grade or a level, then an amount); one line per recipient and row ([] when no row follows)."""
    from kg.extract.leadrows import rows_after  # (leadrows reads the items a lead-in sizes; the same rows here)

    text = doc.text
    _, rows, _ = rows_after(text, offer, built, TABLE_LEAD, TABLE_ROW.compiled)
    levels = cues.word_set("level")
    return [
        replace(f, amount_yuan=next(amounts(row["amount"]))[0], cap=bool(re.search(cues.alternation("cap"), row.group())),
                level=level_of(row["label"]) if row["label"].rstrip("及以上") in levels else f.level,
                condition=f.condition if row["label"].rstrip("及以上") in levels else row["label"],
                evidence=doc.evidence(offer.start, row.end("amount")))
        for f in built for row in rows
    ]


RATE_OWNER = re.compile(r"(?P<who>[^,;。:\n]{2,40}?)[之的]$")  # 個別企業研發計畫及聯合研發計畫之|補助比率


def rate_owners(text: str, start: int, heading: int) -> list[Span]:
    """Whom a rate heading names before its 之 (個別企業研發計畫及聯合研發計畫之補助比率: both plans), each item
    ending in a recipient's head; none when it names something else (本計畫之補助比率, 申請補助案之補助比率)."""
    start = max(start, 0)  # (a window reaching back before the text)
    clause = max(start, *(text.rfind(mark, start, heading) + 1 for mark in ",;。:\n"))
    owner = RATE_OWNER.fullmatch(text, clause, heading)
    if owner is None:
        return []
    items = [m for m in re.finditer(r"[^及和与、]+", owner["who"])]
    heads = cues.words("recipient_head")
    if not all(m.group().endswith(heads) for m in items):
        return []
    return [Span(clause + m.start(), clause + m.end()) for m in items]
