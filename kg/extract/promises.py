"""Funding, the promises not written 对…给予: funds set up for a purpose, statutory shares, money one may
apply for, public money put into something → Offer (and the Offer itself); the forms of Taiwan's 辦法 (per case,
capped rates, 補助對象為…) are in kg.extract.cases.

Used by kg.extract.funding, which finds the 对…给予 promises and builds every Offer into Funding facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg import cues
from kg.extract import doers, fundlist, measures, recognised
from kg.extract.nouns import ACTION, PERSON
from kg.extract.enjoyers import lead_subject
from kg.extract.levels import ITEM_SPLIT, list_items
from kg.extract.earlier import CLAUSE_BREAK
from kg.extract.recipients import ZHI
from kg.model import Span

# 设立专利专项资金,用于专利事业的发展; 安排专项资金用于支持工业设计发展: support for a purpose, no amount
# …设立的工业结构调整资金、…等专项资金,优先支持…; …专项资金,每年由省财政预算安排,主要支持…
MAX_PURPOSE = 40
FUND_FOR = cues.lazy(
    lambda: rf"(?:{cues.alternation('fund_verb')})(?!单位|机构)[^,。;]{{0,60}}?(?P<fund>{cues.alternation('fund')}|(?<=安排)(?:不少于|不低于)?\s*[\d.]+\s*[万亿]元(?![^,。;]{{0,16}}?(?:{cues.alternation('fund')})))"
    r"\s*,?\s*(?:[^,。;]{0,14},\s*|(?:引导[^,。;]{2,30},\s*){1,3})??(?:应当(?=主要|专门|用于|重点))?"  # (…基金,引导社会资本进入…,扶持X: others' money guided, then X)
    r"(?:(?:主要|专门|优先|重点)?(?:鼓励[和、])?(?:用于|支持|扶持|资助)|(?:主要|专门|优先|重点)(?:投资|投向))(?:支持|扶持|资助|奖励)?(?!的)(?P<who>[^,。;:]{2,%d})" % MAX_PURPOSE
)
# a fund's ceiling per project or company right after whom it invests in (,对单个项目股权投资一般不超过3000万元)
STAKE_CEILING = cues.lazy(lambda: rf",\s*对?(?:单个|{cues.alternation('per_unit')})[^,。;]{{0,10}}?投资[^,。;]{{0,12}}?\d[^,。;]{{0,12}}?元")
PROCEDURE = cues.lazy(lambda: rf"\s*经[^,。;]{{2,30}}?(?:{cues.alternation('procedure_step')})")
FUND_VERB = cues.lazy(lambda: cues.alternation("fund_verb"))
# 与本市企业|联合开展…, 中小企业|开展技术创新: what they do, after them
JOINT_ACTION = cues.lazy(
    lambda: "(?:联合|共同|合作|" + "|".join(f"(?<={re.escape(w)})" for w in ("人", "者", "员", *cues.words("recipient_head")))
    + rf")(?:{ACTION.pattern})"
)
# …设立基金, but 鼓励社会力量…设立基金: a fund others are encouraged to set up promises nothing
# (a lower government encouraged to set one up pays: 鼓励有条件的县级以上人民政府设立…资金,对…给予)
OTHERS = r"(?:鼓励|引导(?![基资]金)|支持)(?![^,。;]{0,20}?政府)[^。;]{0,30}?设立"  # (发挥…引导基金作用,设立…: a fund's own name)
# others encouraged to give or to set up a fund: no promise of the document's own
OTHERS_GIVE = re.compile(r"(?:鼓励|引导)[^,。;]{0,20}?(?:组织|个人|社会力量|社会资本|捐赠人)(?:对|为|向)[^,。;]{1,30}?(?:提供|给予|捐赠)|(?:鼓励|引导)(?![^。;]{0,20}?政府)[^。;]{2,80}?,\s*(?:为|向)[^,。;]{1,30}?提供")  # (鼓励银行…,开展…,为X提供资金支持: a clause later, still theirs)
OTHERS_FUND = re.compile(OTHERS + r"[^,。;]{0,20}?(?:基金|资金)")
OTHERS_SET_UP = re.compile(OTHERS)
MEETS_TERMS = re.compile(r"(?:具备|符合|满足)(?:下列|以下|规定的?|相应的?)?条件的$")  # X|具备下列条件的: X, the subject
GUIDED_OUTLAY = re.compile(r"(?:引导|带动|鼓励)(?:和(?:引导|带动))?[^,。;]{2,30}?(?:加大|增加|扩大)[^,。;]{0,16}?(?:投入|投资)")  # (引导和带动社会资本|支持X: X is paid)
# …的各类专项资金应当支持X: a named fund as the subject of 支持, set up elsewhere
# (a modal or an adverb is needed: 引导基金扶持作用, 专项资金支持以下活动 name no one)
FUND_SUBJECT = cues.lazy(
    lambda: rf"(?P<fund>{'|'.join(w for w in cues.words('fund') if w not in ('资金', '经费'))})"  # a named fund, not 资金 alone
    r"(?=应当|可以|要|主要|专门|优先|重点|用于)(?:应当|可以|要)?(?:积极|主要|专门|优先|重点)?(?:用于)?"
    r"(?:支持|扶持|投资|投向)于?(?![以下])(?P<who>[^,。;:]{2,40})"  # (…投资基金重点投资X: whom a public fund invests in)
)
WHERE_AFTER_BODY = cues.lazy(
    lambda: "(?:" + "|".join(f"(?<={re.escape(w)})" for w in (*cues.words("person_ending"), *cues.words("recipient_head"))) + rf")(?:在(?=[^,。;]{{2,40}}?(?:{cues.alternation('work_verb')}))|[对为向](?=[^,。;]{{2,40}}?提供)|面向(?=[^,。;]{{2,40}}?(?:{cues.alternation('condition_action')})))"
)  # (扶持担保机构|对企业…提供融资担保: whom it serves, not whom the fund supports; 支持教学科研人员|面向基础领域…开展研究: where they work)
LOCAL_DOER = cues.lazy(lambda: rf"(?:各地|各市|各县|各区|各地市|市县|地方|有条件的地方)(?:政府)?(?:{ACTION.pattern})")
PURPOSE_LEAD = cues.lazy(lambda: rf"(?:(?:和|、)?(?:{cues.alternation('fund_lead')}|{cues.alternation('introducer')}|{cues.alternation('support_verb')}))+")  # 支持|和促进
PURPOSE_TAIL = cues.lazy(lambda: rf"的?(?:{cues.alternation('purpose_tail')})(?:[和与及、]?的?(?:{cues.alternation('purpose_tail')}))*$")  # (发展和建设)
# …,可以向…部门申请一定期限的资金支持, 可以优先获得…等资金支持, 依据…规定享受…补助 (or with no comma: …的外商投资企业可以按照本市有关规定申请补助资金) / 可以享受…资金补贴 / 经…审核,享受资金补贴支持
APPLY_VERB = (
    r"(?:并|还|也)?(?:最高|每年)?(?:(?:可以|可|得)(?:按照规定|按规定|(?:按照|依照|依据|根据|依)[^,。;]{2,16}?规定|按[^,。;]{2,20}?(?:%%|元的?标准))?(?:向[^,。;]{2,30}?)?(?:申请|申领|享受|优先获得|获得|(?<=可)获)|(?:应当|依法)?(?:(?:按|按照|依照|依据|根据)[^,。;]{0,12}?规定)?(?:优先)?享受)[^,。;]{0,40}?"
    r"(?P<money>%s)"
)
APPLY = cues.lazy(lambda: r"(?:,\s*|(?<=[\u4e00-\u9fff]{2})(?=可以|(?:最高|每年)?可(?:获得?|享受|申请)|得(?:向[^,。;]{2,20}?)?申请))" + APPLY_VERB % cues.alternation("applied_money"))  # (Taiwan's 中小企業|得向本部申請…補助)
ENJOY = cues.lazy(lambda: r"(?<=[\u4e00-\u9fff]{2})(?=应当享受|(?:应当|依法)?(?:按|依照|依据|根据)[^,。;]{0,12}?规定享受)" + APPLY_VERB % cues.alternation("applied_money"))  # also with no comma before 应当享受 / 按规定享受 (…企业按规定享受研发费用补助); tried only where 享受 is written
PER_CASE_AFTER = re.compile(r"(?:[^,。;]{0,12}(?=[,。;]|$))?(?:,\s*(?:每|单个|单项|最高|累计|年度)[^,。;]*)*")
SUBJECT_END = cues.lazy(lambda: rf"为|按照|按|在|向|通过|对|与|入选|获评|评为|{cues.alternation('introducer')}|{cues.alternation('goal_verb')}|提供|参加|购买|发行|从事|取得|获得|招用|吸纳|招收")
MAX_SUBJECT = 12
ACTED_ON = ("招用", "吸纳", "招收", "购买", "提供", "参加", "从事", "发行")  # verbs whose object is not who is paid
# 鼓励、支持|企业|建立研发机构: whom a sentence encourages, before what they are to do
ENCOURAGED = cues.lazy(
    lambda: rf"\s*(?:(?:{cues.alternation('support_verb')})[、和]?)+(?P<who>[\u4e00-\u9fff]{{2,8}}?)(?={ACTION.pattern})"
)
# A clause that opens with its subject, a name ending in a recipient's head, then 为/向/在…
SUBJECT_FIRST = cues.lazy(
    lambda: rf"\s*(?P<who>[\u4e00-\u9fff]{{2,10}}?(?:{cues.alternation('recipient_head')}))(?=为|向|在|与|通过)"
)
ARTICLE_HEAD = re.compile(r"\s*第[一二三四五六七八九十百零\d]+条\s*")
# 安排中小企业发展专项资金: a fund named for whom it supports
FUND_NAMED = re.compile(r"(?:安排|设立|建立)(?P<who>[\u4e00-\u9fff]{2,12}?)(?:发展)?(?P<fund>专项资金|发展资金|引导资金|扶持资金|发展基金)")
# A statutory share: 从…净收入中提取不低于百分之三十(的比例),奖励…人员
SHARE = r"(?P<share>百分之[零一二三四五六七八九十百]+|\d+(?:\.\d+)?\s*%)"
SHARE_TO = re.compile(
    rf"提取[^,。;]{{0,12}}?(?:不低于|不少于|不高于|不超过)?\s*{SHARE}(?:的比例)?,?\s*(?:用于)?"
    r"(?P<money>奖励|奖给|支付给|分配给)给?(?P<who>[^,。;]{2,40})"
)
# 增加对培养和引进高新技术人才的资金投入: public money put into something, named before 的
INVEST_IN = re.compile(r"(?:加大|增加|加强)对(?P<who>[^,。;的]{2,30}?)的(?P<money>(?:财政)?(?:资金|经费)|财政)投入")
VERB_PAIR = cues.lazy(lambda: rf"(?:(?:{cues.alternation('support_verb')}|引进|建设|发展)[和、及与])+(?:{cues.alternation('support_verb')}|引进|建设|发展)")
@dataclass(frozen=True, slots=True)
class Offer:
    """One promise found in the text, as spans of the normalised text."""

    phrase: Span | None  # who: 新认定的国家级、省级、市级重点实验室 (None: look back in the paragraph)
    terms: Span  # on what terms: 给予最高1000万元、100万元、10万元奖补经费
    instrument: str
    start: int  # the evidence
    end: int
    paragraph: int  # where the paragraph starts, for recipients named earlier in it
    means: bool = False  # 以奖励、补贴等方式鼓励链主企业…: the first recipient named is the one
    nouns: bool = False  # every item of the phrase is a recipient, vocabulary term or not
    capped: bool = False  # the amount is the most a case gets, said in the heading (补助金额之上限如下)
    items: tuple[Span, ...] = ()  # the recipients, when the finder has parted them (A以及|为大企业配套的B)


# a clause joined to the verb by 并 (,提供人才公寓并给予, ,学校应当减免学费并给予): another deed, not whom
JOINED_DEED = re.compile(r"\s*[^,。;]{1,24}?并\s*")


# the money word as the verb, then whom it pays (Taiwan's 得補助|中小企業|辦理…, 酌予補助|…業者)
MONEY_OBJECT = cues.lazy(
    lambda: rf"(?P<who>(?![其之与和])[\u4e00-\u9fff]{{2,12}}?(?:{cues.alternation('recipient_head')}|者)|[\u4e00-\u9fff]{{1,6}}之[\u4e00-\u9fff]{{2,8}}?计划"
    r"|(?![其之与和])[\u4e00-\u9fff、()]{2,16}?(?:政府|机关)(?=办理|执行|推动))(?=[,。;]|$|办理|从事|进行|开展|执行|推动|参与|参加|之[\u4e00-\u9fff]{0,10}?(?:费用|经费|成本))"
)  # (得補助|中小企業|之研究發展費用: whose costs; 得補助|獲選之研發計畫: a plan picked, as 對獲選之研發計畫 reads; 得補助|直轄市、縣(市)政府|辦理…: governments paid for what they carry out)


# a policy for X made or improved, then the aspects supported (完善入库项目扶持政策,在…资金安排…方面予以支持): X
POLICY_FOR = re.compile(r"(?:完善|制定|出台|落实|健全)(?:对)?(?P<who>[\u4e00-\u9fff]{2,12}?)的?(?:扶持|支持|激励)政策$")


def governments(text: str, who: Span) -> tuple[Span, ...]:
    """補助|直轄市、縣(市)政府|辦理…: governments paid are one recipient, their list whole (as the gold conventions read them); () else."""
    return (who,) if text[who.start : who.end].endswith(("政府", "机关")) else ()


def apply(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """Money one may apply for (…的中小企业,可以向…部门申请资金支持): the recipient is the sentence's subject."""
    unit = text[start:end]
    applied = APPLY.search(text, start, end) if "申请" in unit or "申领" in unit or "享受" in unit or "获" in unit else None  # (可获20万元奖励)
    applied = applied or (ENJOY.search(text, start, end) if "享受" in unit else None)
    if applied is None:
        return None
    bounds = [start, *(m.end() for m in CLAUSE_BREAK.finditer(text, start, applied.start())), applied.start() + 1]
    clauses = [Span(a, b - 1) for a, b in zip(bounds, bounds[1:]) if b - 1 > a]
    while len(clauses) > 1 and PROCEDURE.fullmatch(text, clauses[-1].start, clauses[-1].end):
        clauses.pop()  # ,经…部门审核,享受…: a step of the procedure, not who receives
    first = ARTICLE_HEAD.match(text, clauses[0].start, clauses[0].end)
    encouraged = ENCOURAGED.match(text, first.end() if first else clauses[0].start, clauses[0].end)
    if encouraged:  # 鼓励、支持|企业|建立研发机构…,并可…申请相应专项资金: whom the sentence encourages
        who = Span(encouraged.start("who"), encouraged.end("who"))
        return Offer(who, Span(applied.start(), applied.end()), applied["money"], start, applied.end(), paragraph, nouns=True)
    last = clauses[-1]
    named = text.rfind("的", last.start, last.end) < last.end - 2  # …的中小企业: named in the last clause
    clause = last if named or len(clauses) == 1 else clauses[0]  # …规定的: a condition; the subject opens
    article = ARTICLE_HEAD.match(text, clause.start, clause.end)
    clause = Span(article.end(), clause.end) if article else clause
    opening = SUBJECT_FIRST.match(text, clause.start, clause.end)
    met = MEETS_TERMS.search(text, clause.start + 2, clause.end)
    if met:  # 依托单位的科学技术人员|具备下列条件的,可以申请…资助: who meets the terms
        a, b = clause.start, met.start()
        a = text.rfind("的", a, b) + 1 if b - a > MAX_SUBJECT and "的" in text[a:b] else a  # (在本市注册的|科技型中小企业: the noun)
    elif opening:  # 创业培训定点机构|为青年提供免费创业培训的: the clause opens with who does it
        a, b = opening.start("who"), opening.end("who")
    elif text[clause.end - 1] == "的" and (kinds := recognised.levels_clause(text, clause)):  # 认定为国家级和省级X的: read as a 对 phrase, each level
        return Offer(kinds, Span(applied.start(), applied.end()), applied["money"], start, applied.end(), paragraph)
    elif text[clause.end - 1] == "的":  # 经…认定为|市级以上研发机构|的
        read = measures.subject_verbs(text, clause.start, clause.end - 1, SUBJECT_END.compiled, ACTED_ON)  # (获得|X|认定的: X)
        doer = doers.doer(text, clause.start, clause.end - 1)  # 高校毕业生|到中小微企业就业的: who comes
        doer = doer if read is None or not read[0] or doer and doer.end <= read[0][0].start() else None  # (…到县乡企业、社区服务机构就业的: verbs in the places)
        if read is None and doer is None:  # 招用|就业困难人员的: whom the unseen subject employs, not who is paid;
            led = lead_subject(text, start)  # the subject a lead-in names over the items (用人单位…可以享受以下扶持政策:)
            own_money = text[text.rfind("享受", applied.start(), applied.end()) + 2 : applied.end()]  # (岗位补贴, 社会保险补贴: each item's own)
            return Offer(led, Span(applied.start(), applied.end()), own_money or applied["money"], start, applied.end(), paragraph, nouns=True) if led else None
        verbs, b = ([], doer.end) if doer else read  # type: ignore[misc]
        a = verbs[-1].end() if verbs else doer.start if doer else clause.start
        if verbs and verbs[0].group() == "在" and PERSON.search(text, clause.start, verbs[0].start()) and 2 <= verbs[0].start() - clause.start <= MAX_SUBJECT:
            a, b = clause.start, verbs[0].start()  # 高等学校毕业生|在本市创办企业的: the person, not what they set up
        elif verbs and text[a:b].endswith(cues.words("prize_suffix")) and 2 <= verbs[0].start() - clause.start <= MAX_SUBJECT:
            a, b = clause.start, verbs[0].start()  # 创业团队|获得大赛一等奖的: the winner named, not the prize
    else:  # 创立十八个月内的|小企业|按照…, 担保机构|为中小企业…
        zhi = [m.end() for m in ZHI.finditer(text, clause.start, clause.end)  # 符合…規定之|業者: 之 is 的
               if text[m.end() : clause.end].endswith((*cues.words("recipient_head"), "者", "人"))]
        a = max(clause.start, text.rfind("的", clause.start, clause.end) + 1, *zhi)
        verb = SUBJECT_END.search(text, a + 2, clause.end)
        b = verb.start() if verb else clause.end
        b -= 1 if text[b - 1] == "等" and "、" in text[a:b] else 0  # A、B、C等,依据…规定享受…: the list closed
        d = doers.doer(text, clause.start, clause.end) if clause != last else None  # 高校毕业生|到基层就业,…考核合格的,享受…: who comes
        a, b = (d.start, d.end) if d and (not verb or d.end <= verb.start()) else (a, b)  # (…到城乡基层、社会组织就业: a verb in the places comes later)
        listed = _names_then_modified(text, clause.start, a - 1) if text[a - 1 : a] == "的" and 2 <= b - a <= MAX_SUBJECT else ()
        if listed:  # A以及|为大企业配套的B,可以享受…: A and the modified B, not B alone
            terms_end = PER_CASE_AFTER.match(text, applied.end(), end).end()  # type: ignore[union-attr]
            items = (*listed[:-1], Span(listed[-1].start, b))
            return Offer(Span(clause.start, b), Span(applied.start(), terms_end), applied["money"], start, terms_end, paragraph, nouns=True, items=items)
    if not 2 <= b - a <= MAX_SUBJECT and not _short_items(text, a, b):  # (A以及B,可以享受…: a list of short names)
        return None
    terms_end = PER_CASE_AFTER.match(text, applied.end(), end).end()  # type: ignore[union-attr]  # (matches empty) ,每家以新臺幣三百萬元為限
    platforms = list_items(text, a, b) if b - a > MAX_SUBJECT else []
    items = tuple(Span(p + (text[p] == "其"), q) for _, _, p, q in platforms) if any(_platform(name) for name, *_ in platforms) else ()  # each platform whole (A及其B: B)
    return Offer(Span(a, b), Span(applied.start(), terms_end), applied["money"], start, terms_end, paragraph, nouns=True, items=items)


def _names_then_modified(text: str, start: int, of: int) -> tuple[Span, ...]:
    """技术创新项目以及|为大企业产品配套的 (text[of] is 的): short names, a separator, then a clause that modifies the
    last item only; the names' spans and, last, where the modified item starts. () when the modifier is not opened
    by a preposition (企业和个人的|项目: an owner of all; 人才和团队创办的|企业: their doers) or no list is there."""
    seps = [m for m in ITEM_SPLIT.finditer(text, start, of) if not text.startswith("之", m.end())]  # (与之配套: with it)
    if not seps or "的" in text[start : seps[-1].start()]:
        return ()
    sep = seps[-1]
    modifier = text[sep.end() : of]  # a clause opened by a preposition (为…配套): not 个人的, 团队创办的 (of all)
    if len(modifier) < 2 or not modifier.startswith(cues.words("item_clause_opener")) or not _short_items(text, start, sep.start(), least=1):
        return ()
    return (*(Span(a, b) for _, _, a, b in list_items(text, start, sep.start())), Span(sep.end(), of))


def _short_items(text: str, a: int, b: int, least: int = 2) -> bool:
    """Whether text[a:b] is a list of two or more names, each as short as a subject (技术创新项目以及技术改造项目)."""
    items = list_items(text, a, b)
    heads = cues.words("recipient_head")  # (高校毕业生到城乡基层、中小微企业…就业: a place in the list, not a name)
    return least <= len(items) <= 6 and all(2 <= len(name) <= MAX_SUBJECT and (name.endswith(heads) or PERSON.search(name)) or _platform(name) for name, *_ in items)


def _platform(name: str) -> bool:
    """A platform named in a list (科技企业孵化器、大学科技园、小型微型企业创业创新示范基地等,…享受…补助): a name may be longer."""
    return 2 <= len(name) <= MAX_SUBJECT + 4 and name.endswith((*cues.words("platform_kind_head"), *cues.words("placed_platform_head")))


def invest(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """Public money put into something (增加对培养和引进高新技术人才的资金投入): the something."""
    invest = INVEST_IN.search(text, start, end) if "投入" in text[start:end] else None
    if invest is None:
        return None
    verbs = VERB_PAIR.match(text, invest.start("who"), invest.end("who"))  # 培养和引进|高新技术人才
    who = Span(verbs.end() if verbs and invest.end("who") - verbs.end() >= 2 else invest.start("who"), invest.end("who"))
    return Offer(who, Span(invest.start(), invest.end()), invest["money"] + "投入", invest.start(), invest.end(), paragraph, nouns=True)


# 将X纳入…资金支持范围, 纳入…补贴范围: X is among those the money pays
INCLUDED = re.compile(
    r"将(?P<who>[^,。;]{2,30}?)纳入(?P<money>[^,。;]{0,20}?(?:资金|补贴|补助|资助|贴息|奖补))(?:支持|扶持)?(?:范围|名录|目录)"  # (not 科学技术奖励范围: an honour)
)


def included(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """Bodies brought into the reach of a fund or subsidy (将符合条件的众创空间纳入…扶持资金支持范围): the bodies."""
    inside = INCLUDED.search(text, start, end) if "纳入" in text[start:end] else None
    if inside is None:
        return None
    return Offer(Span(inside.start("who"), inside.end("who")), Span(inside.start("money"), inside.end()), inside["money"], inside.start(), inside.end(), paragraph)


def share_to(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """A statutory share and whom it rewards: 提取不低于20%的比例,奖励直接参加研究的人员."""
    share = SHARE_TO.search(text, start, end) if "提取" in text[start:end] else None
    if share is None:
        return None
    who = Span(share.start("who"), share.end("who"))
    nouns = "的" not in share["who"]  # 奖励科技人员: the noun itself; 奖励…的人员: after the 的
    return Offer(who, Span(share.start(), share.end()), share["money"], share.start(), share.end(), paragraph, nouns=nouns)


def fund_for(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """A fund set up for a purpose (设立专利专项资金,用于专利事业的发展): its recipients are the purpose,
    without the verb before it (组织, 支持) and the 发展/建设 after it."""
    unit = text[start:end]
    fund = FUND_FOR.search(text, start, end) if FUND_VERB.search(unit) else None
    if fund and OTHERS_SET_UP.search(text, start, fund.end()):
        return None
    if fund and fund.group().startswith("通过") and (fund.start("fund") - fund.start() <= 2 or text[fund.start("fund") - 1] in "和与及、") and text.startswith(cues.words("means_not_fund"), fund.end("fund")):
        return None  # 通过资金支持和政策保障, 通过政策和资金扶持: a means, not a fund drawn on
    fund = fund or (FUND_SUBJECT.search(text, start, end) if "资金" in unit or "基金" in unit else None)
    if fund is None:
        named = FUND_NAMED.search(text, start, end)
        if named is None or not named["who"].endswith(cues.words("recipient_head")) or OTHERS_SET_UP.search(text, start, named.end()):
            return None  # (鼓励社会资本设立…基金: the money of those encouraged)
        lead = PURPOSE_LEAD.match(text, named.start("who"), named.end("who"))  # 设立支持|企业发展专项资金
        who = Span(lead.end() if lead else named.start("who"), named.end("who"))
        if who.end - who.start < 2:
            return None
        return Offer(who, Span(named.start(), named.end()), named["fund"], named.start(), named.end(), paragraph, nouns=True)
    a, b = fund.start("who"), fund.end("who")
    if text.startswith(cues.words("list_ahead"), a):
        return None  # 重点用于下列项目:|(一)…: the items say what (kg.extract.fundlist)
    if GUIDED_OUTLAY.match(text, a, b):
        return None  # 用于引导|社会力量和…人民政府加大…投入: others' own outlay, led on, not money paid to them
    longer = fundlist.list_end(text, b) if b - a == MAX_PURPOSE and text[b : b + 1] not in ",。;:" else None  # a long list: to its 等 (fund18b)
    built = fundlist.bodies_built(text, a, longer) if longer else ()
    if built and longer is not None:  # …以及科技创新平台|建设、科学技术人才和创新团队|培养等: the first use and the bodies, not the deeds (fund18b)
        return Offer(Span(a, longer), Span(fund.start(), fund.start()), fund["fund"], fund.start(), fund.end(), paragraph, nouns=True, items=built)
    if longer:
        b = longer
    elif b - a == MAX_PURPOSE and text[b : b + 1] not in ",。;:" and text.rfind("、", a, b) > a:
        b = text.rfind("、", a, b)  # cut off inside a long list: up to its last whole item
    lead = PURPOSE_LEAD.match(text, a, b)
    a = lead.end() if lead else a
    local = LOCAL_DOER.match(text, a, b)  # 支持|各地建设|智能算力中心: who builds is not what is funded
    a = local.end() if local and b - local.end() >= 2 else a
    action = JOINT_ACTION.search(text, a + 2, b)
    b = action.start() if action and b - action.end() >= 2 else b  # 资助科研机构、…与本市企业|联合开展应用基础研究
    where = WHERE_AFTER_BODY.search(text, a + 2, b)
    b = where.start() if where else b  # 支持科研机构与高等学校|在本市…领域开展科学研究: where they work, not whom
    tail = PURPOSE_TAIL.search(text, a, b)
    b = tail.start() if tail and tail.start() > a + 1 else b
    of = text.find("的", a, b)
    last = text.rfind("的", a, b)
    pieces = list_items(text, a, b) if of != last else []
    if len(pieces) >= 2 and all(name.rfind("的") < len(name) - 2 for name, *_ in pieces) and all("的" in name for name, *_ in pieces):
        items = tuple(Span(p + name.rfind("的") + 1, q) for name, _, p, q in pieces)  # 需要的|初创科技企业和有前景的|…项目: each noun
        return Offer(Span(a, b), Span(fund.start(), fund.start()), fund["fund"], fund.start(), fund.end(), paragraph, nouns=True, items=items)
    if of > a + 1 and "、" in text[of:b]:  # 专利的创造、运用、保护和服务: what they are all of
        b = of
    elif last > a and b - last > 2 and "、" not in text[a:last]:  # 产业集聚区内的|高新技术产业发展项目: the noun after 的
        a = last + 1  # (not in a list whose last item has a 的 of its own: 专利申请、专利运用以及与专利相关的知识产权管理)
    if b - a < 2:
        return None
    terms = Span(fund.start(), fund.start())  # (安排专项资金10亿元,重点支持X: the fund's budget, no amount promised to X)
    ceiling = STAKE_CEILING.match(text, fund.end()) if "投" in text[fund.end("fund") : fund.start("who")] else None
    terms = Span(ceiling.start(), ceiling.end()) if ceiling else terms  # …基金重点投资X,对单个项目股权投资一般不超过3000万元 (past the unit's ,对)
    return Offer(Span(a, b), terms, fund["fund"], fund.start(), max(fund.end(), terms.end), paragraph, nouns=True)
