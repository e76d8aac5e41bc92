"""One promise of money or support in a sentence, as text spans (an Offer): a money word after a verb of giving, whom the
对… phrase before it names, the terms after it; kg.extract.funding cuts sentences into promises with it."""

from __future__ import annotations

import re

from kg import cues
from kg.extract import doers, instalments, helped, leadrows, measures, payers, pledged, staged
from kg.extract.numbers import amounts
from kg.extract.promises import JOINED_DEED, MONEY_OBJECT, POLICY_FOR, Offer, apply, fund_for, governments, included, invest, share_to
from kg.extract.cases import priority
from kg.extract import forestated, fundgives, namedkind, rewarded
from kg.extract import taiwan_grants
from kg.extract.fundbuild import MODAL_END
from kg.extract.instruments import BY_RULE, MEANS, MONEY_ASPECT, SUPPORT_AMOUNT, instruments, named
from kg.extract.stakes import fund_invests, invested_in, stake
from kg.extract.priorities import fund_priority, means_after_for, prize_rewards
from kg.extract.aspects import aspects_first, built_then_supported
from kg.extract.arranged import handed_out, listed_then_funded
from kg.extract.sizes import CAPPED_SHARE, CEILING_IS, COST_SHARE, MAY_GIVE, RATIO_IS, SHARE_AFTER, SHARE_BEFORE, STANDARD_IS, base_of_share
from kg.extract.nouns import GRADE_LIST
from kg.extract.earlier import CLAUSE_BREAK, sized_items_next
from kg.extract.recipients import COUNTED
from kg.model import Span

LEAD_IN_END = re.compile(r"\s*(?:如下)?\s*:")
HEADING_LABEL = re.compile(r"\s*:(?!\s*$)")  # 研發補助:|…: the label of an item, what it pays written after
LIST_AHEAD = cues.lazy(lambda: cues.alternation("list_ahead"))
COMMA = re.compile(r"[;。]|,(?!\d{3})")  # a clause ends (not at the : of a 1:1 ratio, nor in 1,000万元)
PROMISE = cues.lazy(lambda: cues.alternation("promise"))
DENIAL = cues.lazy(lambda: cues.alternation("denial"))
ADJACENT_PROMISE = cues.lazy(lambda: cues.alternation("promise_adjacent"))  # 实施|财政贴息: only right before
# 对 opening a clause: after a mark, a space or a heading (第三条对…, 【标题】对…, (三)对…, 6.对…); the rules before or after 并
# 为X提供…: X, the verb right after it (the search for a phrase ends at the verb)
FOR_WHOM = r"为(?=[^,。;]{2,60}?(?:提供|$))(?![^,。;]*的,)"  # (为X提供担保的, a condition: X is served, not paid)
FOR = re.compile(
    rf"(?<![^,:;。!?\s条】])\s*(?:{BY_RULE})?(?:[并还可将均再要应在]|同时|可以|应当|依法|鼓励)?(?:{BY_RULE})?(?:对于|对(?![接外标于照比口象])|向(?=[^,。;]{{2,30}}?(?:发放|$))|{FOR_WHOM})"
    r"|(?:(?<=[一二三四五六七八九十\d]、)|(?<=[一二三四五六七八九十\d]\))|(?<=\d\.))(?:对于|对(?![接外标于照比口象]))"  # 四、对…, (三)对…, 6.对…: after an item's marker
)
# …部门应当对X给予, 市政府引导基金对X给予, 主管机关得对X提供, 区科技局每年向X发放, 農業部得對X提供 (a ministry, not 内部/全部): 对 right after the body or fund that pays (and its modal verb)
FOR_AFTER_PAYER = cues.lazy(  # (…部: a ministry, not a part of a whole, cue list part_not_ministry)
    lambda: rf"(?:(?<=部门|政府|财政|机构|单位|基金|资金|机关|方面|本府|本部|本署|本局|本会|比例|各地|计划|计画|本市|本省)|(?<=[局委厅署])|(?<=[^{''.join(w.removesuffix('部') for w in cues.words('part_not_ministry'))}]部))(?:应当|可以|要|将|还|并|依法|按规定|得|应|可|每年|结合(?:本地|当地)?实际|{BY_RULE}(?:和标准)?|会同[^,。;对]{{2,12}}?){{0,3}}"
    rf"(?:对于|对(?![接外标于照比口象])|{FOR_WHOM}|向(?=[^,。;]{{2,30}}?(?:发放|$)))"  # (the search ends at the verb 发放)
)
OBJECT_NEXT = re.compile(r"(?!的)[\u4e00-\u9fff]")  # a verb's object right after it
AS_BASIS = cues.lazy(lambda: rf"的(?:重要|主要)?(?:{cues.alternation('basis_noun')})")  # 作为…给予经费支持的重要依据: what a rule is based on
# 给予|技术转移机构|(服务)奖励: a body (its name ending in a recipient's head) right between the verb and the money word (给予该|合作银行|每笔1万元奖励: fund20a)
GIVEN_TO = cues.lazy(
    lambda: rf"(?:{cues.alternation('give')})该?(?P<who>(?![其与和])(?!{cues.alternation('cap')}|不超过|按)[\u4e00-\u9fff]{{0,10}}(?:{cues.alternation('recipient_head')}|{cues.alternation('party_head')}))"  # (给予|不超过项目总投资20%的补助: a cap; 给予|技术输出方|奖励: a party)
    rf"(?:(?:{cues.alternation('per_unit')})?(?:{cues.alternation('cap')})*\s*[\d.]+\s*[千万亿]?元(?:至[\d.]+\s*[千万亿]?元|(?:、[\d.]+\s*[千万亿]?元)+)?[\u4e00-\u9fff]{{0,4}}?|[^,。;的之]{{1,24}}?[的之]|一次性|{cues.alternation('money_kind')})?"  # 给予|用人单位|5万元(落户)补贴, 给予|入驻企业|最长3年的房租减免 (|一次性)
)
RATE_BEFORE = re.compile(r"按照?(?:每(?:人|家|件|个|项)(?:每年|每月)?)\s*[\d.]+\s*[千万亿]?元(?:的?标准)?$")  # 按每人每年10万元|给予设站单位…
# 补助对象为X, 奖励对象是X (Taiwan's 補助對象為…之企業): whom the money is for, named as the object
OBJECT_IS = cues.lazy(lambda: rf"(?:{cues.alternation('money_word')}|支持|扶持)对象(?:为|是)")
FOR_AFTER_PROMISE = re.compile(r"对(?![接外标于照比口象])")
ADVERBIAL_PART = cues.lazy(
    lambda: rf"\s*(?:在[^,。;]{{0,20}}?(?:方面|基础上)|经[^,。;]{{1,12}}?后|经[^,。;的]{{0,10}}?(?:{cues.alternation('procedure_step')})\s*(?=,)|{cues.alternation('adverbial')})"
)  # (经鉴定投产后, 在享受…奖励的基础上, 经评审认定,: not 经认定的企业)
DEED_CLAUSE = cues.lazy(lambda: rf"\s*(?:{cues.alternation('deed_manner')})?(?:{cues.alternation('payer_deed_verb')})[^,。;]{{1,20}}|\s*并且?\s*")  # 对X,免费提供办公场地,并给予: the payer's deeds
TRAILING_ADVERB = cues.lazy(lambda: rf"(?:{cues.alternation('recipient_adverb')})+$")
CAPS_AFTER = cues.lazy(lambda: rf"(?:{cues.alternation('cap')})*")
FLOOR_AFTER = cues.lazy(lambda: rf"(?:{cues.alternation('floor')})?")  # (首期支持|不少于|1000万元: a floor, cap false; not 注册资本金不低于…: a threshold)
# Who pays, or per what unit, after the 对 phrase (PAYER_CLAUSE: or by what means, …部门可以通过服务券等方式): …部门应当, 市财政, 每件, 每家每年
# (PAYER_CLAUSE: or a department with those it acts with, …主管部门会同同级…等部门按照规定)
PAYER = cues.lazy(lambda: rf"{cues.alternation('payer')}|每(?:件|家|项|个|人|年|平方米)")
PAYER_CLAUSE = cues.lazy(
    lambda: rf"[^,。;]{{0,16}}?(?:{cues.alternation('payer')})(?:(?:{cues.alternation('partner_manner')})[^,。;]{{0,16}}?(?:{cues.alternation('payer')}))?(?:[^,。;]{{0,6}}|(?:通过|采取|采用)[^,。;]{{2,24}}?(?:方式|形式))$"
    r"|\s*(?![并还也再可应])[^,。;的]{2,16}?(?:按照|依照|根据)(?:国家|省|市)?(?:有关|相关)?(?:规定|标准|办法)$"  # 成都市、示范区按照有关规定: whoever pays
)
LEVEL_CLAUSE = cues.lazy(lambda: rf"\s*(?:{cues.alternation('level')}|{GRADE_LIST.pattern})(?:及?以上)?的?(?:分别)?\s*")  # ,国家级的给予…, ,一等奖奖励…: the amount's level or grade
MODAL_ONLY = ("", "得", "应", "可", "可以", "应当", "得予", "酌予", "得酌予", "核定", "得获", "优先", "可以优先", "应当优先", "可优先", "同时")  # ,得给予补助 (Taiwan's 得, "may"; ,得予補助; ,核定補助金額: approved; ,同时给予: fund20a): no recipient
# A clause that only says per what unit the money is paid (,每件资助3000元; ,每项每年最高奖励; ,每年度得補助): no recipient
PER_UNIT_CLAUSE = cues.lazy(
    lambda: rf"\s*(?:(?:(?:{cues.alternation('per_unit')})(?:{cues.alternation('recipient_head')}|{cues.alternation('reward_unit')})?(?:每年|每年度|每月)?|每年度?|每月)(?:{cues.alternation('cap')})*(?:可|再|另|分别|得)?|每(?:雇用|招用|引进|新增|吸纳)[^,。;]{{1,6}})\s*$"
)
# A clause that is only a government (and its departments) right before the verb: the payer (对X,县级以上人民政府给予)
GOVERNMENT_ONLY = re.compile(r"\s*[^,。;]{0,12}?(?:人民政府|政府|管委会|管理委员会|国家)(?:及其?有关部门|有关部门)?\s*")  # (,国家给予补贴)
USE_CAPPED = cues.lazy(lambda: rf"(?:使用|抵扣|兑付)?(?:额度|金额)(?:{cues.alternation('cap')})+\s*\d")  # (每家企业每年使用额度不超过10万元)
VERB_TO_AMOUNT = 6  # characters from a money word used as a verb to its amount (最高奖励100万元) …
CURRENCY = re.compile(r"\s*(?:新台币|人民币|港币|澳门币)")  # … after the currency: 补助新台币五百万元
def read_offer(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    aspects = aspects_first(text, start, end, paragraph)
    if aspects:  # 在资金、人才等方面支持建立X、Y等平台
        return aspects
    planned = fundgives.planned(text, start, end, paragraph) or fundgives.fund_supports(text, start, end, paragraph)
    if planned:  # 实施…人才资助计划,每年支持30名…; 设立…专项资金,加大对X的支持力度
        return planned
    unit = text[start:end]
    means = MEANS.search(text, start, end) if "方式" in unit or "形式" in unit or "措施" in unit else None
    if means and means.group().endswith("加大对"):  # …等方式,加大对X的扶持力度: X, every item
        stronger = fundgives.stronger(text, means, end, paragraph)
        if stronger:
            return stronger
        means = None
    handed = handed_out(text, start, end, paragraph) or listed_then_funded(text, start, end, paragraph)
    if handed:  # 采取向X发放科技创新券…等方式; 将X列入…,并安排财政性资金予以支持: X, named before the money
        return handed
    if means:
        clause_end = CLAUSE_BREAK.search(text, means.end(), end)
        stop = clause_end.start() if clause_end else end
        terms = Span(means.start(), means.end())
        return Offer(Span(means.end(), stop), terms, means["instruments"], means.start(), stop, paragraph, means=True)
    applied = apply(text, start, end, paragraph) or priority(text, start, end, paragraph) or means_after_for(text, start, end, paragraph) or prize_rewards(text, start, end, paragraph) or pledged.first(text, start, end, paragraph)
    if applied:  # (or money that goes to some first or only: 補助計畫以補助中小企業為優先)
        return applied
    for instrument in instruments(text, start, end):
        if HEADING_LABEL.match(text, instrument.end()) and next(amounts(text, instrument.end(), end), None):
            continue  # 一、研發補助:|中小企業每案最高新臺幣…: an item's label; the money is promised after it
        if text.startswith("力度", instrument.end()) and "对" not in text[start : instrument.start()] or AS_BASIS.match(text, instrument.end()):
            continue  # 加大…资金支持力度,可以向X发放创新券: the payer's effort (not 加大对X的…支持力度); …给予经费支持的重要依据: a noun
        drawn = fund_for(text, start, end, paragraph) if OBJECT_NEXT.match(text, instrument.end(), end) and instrument.group().endswith(("支持", "扶持")) else None
        if drawn:  # 安排…基本建设资金支持|X项目建设: a fund drawn on, X its purpose (not 资金支持 given to the payer before)
            return drawn
        promises = [m for m in PROMISE.finditer(text, start, instrument.start()) if not text.startswith("的", m.end())]  # (区级财政给予的奖励: a noun)
        promises += [m for m in ADJACENT_PROMISE.finditer(text, start, instrument.start()) if m.end() == instrument.start()]
        promises += rewarded.carried_out(text, start, instrument)  # 对…的组织和个人|进行表彰和|奖励
        promises += taiwan_grants.handed(text, start, instrument)  # 發給|獎勵金新臺幣…
        invested = fund_invests(text, start, instrument)  # 引导基金对X|开展|股权投资
        promises += invested
        promises.sort(key=lambda m: m.start())
        if instrument.re is MONEY_ASPECT.compiled and instrument["who"]:  # 在财政等方面对X给予支持: X, inside
            who = Span(instrument.start("who"), instrument.end("who"))
            return Offer(who, Span(instrument.end("who"), instrument.end()), named(instrument), instrument.start(), instrument.end(), paragraph)
        if instrument.re is MONEY_ASPECT.compiled:  # 在资金等方面给予支持: the verb is inside
            verb_start = instrument.start()
            break
        # the verb nearest the money word (对研发投入提高较快的企业给予奖励), in its clause: 加大对…的投入,
        # 并把…作为申请科技经费支持的条件 promises nothing
        if promises and not COMMA.search(text, promises[-1].end(), instrument.start()):
            verb_start = promises[-1].start()
            break
        after = CURRENCY.match(text, instrument.end(), end)
        at = after.end() if after else instrument.end()
        standard = STANDARD_IS.match(text, at)
        at = standard.start("amount") if standard else at
        at += len(CAPS_AFTER.match(text, at).group())  # 每个项目资助|最高|1000万元: the window starts at the amount
        currency = CURRENCY.match(text, at, end) if at > instrument.end() else None
        at = currency.end() if currency else at  # 每案補助上限|新臺幣|一百五十萬元
        at += len(FLOOR_AFTER.match(text, at).group()) if instrument.re is SUPPORT_AMOUNT else 0
        if next(amounts(text, at, min(end, at + VERB_TO_AMOUNT)), None) or taiwan_grants.priced_cost(text, at, end) or RATIO_IS.match(text, instrument.end(), end):
            verb_start = instrument.start()  # 最高奖励100万元, 补助比例不超过30%: the money word is the verb
            break
        if SHARE_BEFORE.search(text, start, instrument.start()) or MAY_GIVE.match(text, instrument.start() - 2) or SHARE_AFTER.match(text, instrument.end(), end) or measures.payee(text, start, instrument, end) or instalments.BARE_SHARE.match(text, instrument.end(), end):
            verb_start = instrument.start()  # 按实际投资额的30%跟投: the money word is the verb, sized before it
            break
        ceiling = CEILING_IS.match(text, instrument.end(), end)
        if ceiling and (next(amounts(text, ceiling.end(), min(end, ceiling.end() + 2 * VERB_TO_AMOUNT)), None) or SHARE_AFTER.match(text, ceiling.end(), end)):
            verb_start = instrument.start()  # 补助金额以新臺幣一百萬元為上限, 补助金额不得超过…: the most a case gets
            break
        if instrument.start() == start and USE_CAPPED.search(text, instrument.end(), end):
            verb_start = instrument.start()  # 创新券可用于…,每家企业每年使用额度不超过10万元: a voucher opening its sentence, sized
            break
    else:
        return fund_for(text, start, end, paragraph) or share_to(text, start, end, paragraph) or invest(text, start, end, paragraph) or included(text, start, end, paragraph) or stake(text, start, end, paragraph) or fund_priority(text, start, end, paragraph) or pledged.last(text, start, end, paragraph)
    clause = max(text.rfind(mark, start, verb_start) for mark in ",;。") + 1 or start
    if DENIAL.search(text, clause, verb_start) or (LEAD_IN_END.match(text, instrument.end()) and (LIST_AHEAD.search(text, verb_start, instrument.start()) or (not leadrows.items_next(text, instrument.end()) and sized_items_next(text, instrument.end())))):
        return None  # 有关部门不得给予其资金支持: money denied; 给予以下奖励:, 给予奖励:|(一)…: a list's lead-in, the items promise
    terms_end = max([instrument.end(), *(e for _, _, e in amounts(text, instrument.end(), end)),
                     *(m.end() for m in CAPPED_SHARE.finditer(text, instrument.end(), end)),  # ,贴息比例为利息的50%
                     *(m.end() for m in COST_SHARE.finditer(text, instrument.end(), end))])  # 以…總經費之百分之四十九為上限
    inner = FOR_AFTER_PROMISE.search(text, verb_start, instrument.start())
    if inner:  # 加大对区内企业奖励支持: the recipient between the verb and the money word
        who_end = instrument.start() - (text[instrument.start() - 1] == "的")  # 加大对青年科技人才的|奖励力度
        who_end = helped.whom_before_money(text, inner.end(), who_end)  # 加大对X|的扶持|补助力度
        return Offer(Span(inner.end(), who_end), Span(verb_start, terms_end), named(instrument), start, terms_end, paragraph)
    given = GIVEN_TO.fullmatch(text, verb_start, instrument.start()) if instrument.re is not MONEY_ASPECT.compiled else None
    if given and base_of_share(text, given) and _phrase(text, start, verb_start):
        given = None  # 对…的企业,给予|合作项目实际支付金额30%|的补贴: what the share is of, whom the 对 phrase named
    if given:  # 按交易额的5%给予技术转移机构奖励: the body between the verb and the money word (按每人每年10万元给予…: the rate before it)
        rate = RATE_BEFORE.search(text, start, verb_start)
        return Offer(Span(given.start("who"), given.end("who")), Span(rate.start() if rate else verb_start, terms_end), named(instrument), start, terms_end, paragraph, nouns=True)
    payee = (MONEY_OBJECT.match(text, instrument.end(), end) if MAY_GIVE.match(text, verb_start - 2) else measures.payee(text, start, instrument, end)) if verb_start == instrument.start() else None
    if payee:  # 得補助|中小企業|辦理數位轉型, 按…的1%奖励|天使投资机构: whom the money word as a verb pays
        who = Span(payee.start("who"), payee.end("who"))  # (直轄市、縣(市)政府: the governments, one recipient, as the gold conventions read them)
        return Offer(who, Span(verb_start, max(terms_end, payee.end())), named(instrument), start, max(terms_end, payee.end()), paragraph, nouns=True, items=governments(text, who))
    built = built_then_supported(text, start, verb_start, instrument.re is MONEY_ASPECT.compiled) if "其" not in text[verb_start : instrument.start()] else None  # (给予其: the builders)
    built = built or (helped.strengthened(text, start, verb_start) if instrument.re is not MONEY_ASPECT.compiled else None)  # 加强A、B的组织建设,并…给予补贴
    if built:  # 鼓励企业…联合建设A和B,并在…资金等方面给予支持 (…建立X,并…给予补贴): A and B, not the body that builds them
        return Offer(built, Span(verb_start, terms_end), named(instrument), start, terms_end, paragraph, nouns=True)
    phrase = _phrase(text, start, verb_start)
    phrase = fundgives.stronger_for(text, phrase)  # 加大对X的支持力度,在资金等方面予以倾斜: X
    phrase = forestated.paid_for(text, phrase, start)  # 省级财政为X购买…保险,每人每年补助200元: X, not the payer's level (fund18d)
    policy = POLICY_FOR.search(text, phrase.start, phrase.end) if phrase and instrument.re is MONEY_ASPECT.compiled else None
    if policy:  # 完善|入库项目|扶持政策,在…资金安排…等方面予以优先支持: whom the policy is for
        return Offer(Span(policy.start("who"), policy.end("who")), Span(verb_start, terms_end), named(instrument), start, terms_end, paragraph, nouns=True)
    prior = helped.built_before(text, paragraph, start) if phrase is None and instrument.re is MONEY_ASPECT.compiled else None
    if prior:  # 鼓励企业…联合建立A、B等,…。|…应当在项目、资金等方面给予支持: A and B
        return Offer(prior, Span(verb_start, terms_end), named(instrument), start, terms_end, paragraph, nouns=True)
    funded = None if phrase else fund_for(text, start, end, paragraph)
    if funded:  # 安排经费支持科普工作: no one before the verb, the fund's purpose after it
        return funded
    first = phrase.start - (2 if text[phrase.start - 2 : phrase.start] == "对于" else text[phrase.start - 1 : phrase.start] in ("对", "为")) if phrase else start
    terms = Span(phrase.end if phrase else start, terms_end)  # with 按15%, 最高 written before the verb
    counted = bool(phrase and (COUNTED.match(text, phrase.start, phrase.end) or doers.COUNT_NEXT.match(text, phrase.end)))  # 遴选|10家左右标杆企业|,每家给予 (|青年人才|10名,): the names
    if phrase and invested and verb_start == invested[0].start():  # 引导基金对X和Y进行股权投资: every body named
        phrase, items = invested_in(text, phrase)
        return Offer(phrase, terms, named(instrument), first, terms_end, paragraph, nouns=True, items=items)
    paid = taiwan_grants.object_of(text, phrase)  # 本府補助|本市企業|汰換…,每家最高補助…: the verb's object
    if paid:
        return Offer(paid, terms, named(instrument), first, terms_end, paragraph, nouns=True, items=governments(text, paid))
    kind = namedkind.kind_after_names(text, phrase)  # 对浙江大学、宁波大学等驻甬高校院所…的: the kind (fund18d)
    return Offer(phrase, terms, named(instrument), first, terms_end, paragraph, nouns=counted, items=kind)


def _phrase(text: str, start: int, verb: int) -> Span | None:
    """Who is promised: 对…的X, or without 对 the last clause before the verb."""
    openers = [*FOR.finditer(text, start, verb), *FOR_AFTER_PAYER.finditer(text, start, verb), *OBJECT_IS.finditer(text, start, verb)]
    opener = max(openers, key=lambda m: m.end()) if openers else None
    head = opener.end() if opener else start
    closed = text.find("的,", head, verb)  # 对…转化科技成果的,试点开展…给予: the 对 phrase ends at 的,
    if opener and closed >= 0:
        verb = closed + 1
    if opener:  # 对获得授权的发明专利,县级以上专利行政部门应当予以奖励: the 对 phrase ends before its payer
        payer = next((m for m in CLAUSE_BREAK.finditer(text, head, verb) if PAYER.search(text, m.end(), verb) or GOVERNMENT_ONLY.fullmatch(text, m.end(), verb) or payers.pays_by_rule(text, m.end(), verb)), None)
        verb = payer.start() if payer else verb
    parts = [head]
    parts += [m.end() for m in CLAUSE_BREAK.finditer(text, head, verb)]
    # drop the adverbial clauses right before the verb (,按绩效评价结果给予 / ,分别给予), and without
    # 对 the body that pays (…的,有关部门应当给予): the recipients are named before it (not 由|实施奖励的部门: who carries it out)
    while len(parts) > 1 and (
        (ADVERBIAL_PART.match(text, parts[-1]) and text[parts[-1] : verb].strip() != "由") or text[parts[-1] : verb].strip() in MODAL_ONLY or PER_UNIT_CLAUSE.match(text, parts[-1], verb)
        or LEVEL_CLAUSE.fullmatch(text, parts[-1], verb) or helped.article_rule(text, parts[-1], verb) or staged.stage_clause(text, parts[-1], verb) or payers.local_payer(text, parts[-1], verb)
        or (opener and (JOINED_DEED.fullmatch(text, parts[-1], verb) or DEED_CLAUSE.fullmatch(text, parts[-1], verb)))
        or (not opener and PAYER_CLAUSE.match(text, parts[-1], verb))
    ):
        verb = parts.pop() - 1
    named = staged.named_then_condition(text, head, parts, verb) if opener and text[head - 1] in "对于" else None
    verb = named or verb  # 对科技型中小企业|,获得银行贷款的,给予贴息: whom 对 names, the rest a condition
    if not opener and (ADVERBIAL_PART.match(text, parts[-1]) or PAYER_CLAUSE.match(text, parts[-1], verb)):
        return None  # …人民政府应当加大财政资金扶持: the payer, no recipient
    if not opener:
        head, verb = doers.counted_pick(text, parts[-1], verb)  # 每年遴选|10家左右标杆企业|,每家给予 (遴选|青年人才|10名)
    phrase = text[head:verb].strip()
    while True:
        trimmed = MODAL_END.sub("", TRAILING_ADVERB.sub("", phrase)).rstrip(" ,").removesuffix("之")  # (對研發計畫之|補助: Taiwan's 的; 对X|应当给予)
        trimmed = re.sub(r"(?<=.)(?:(?:按|按照|根据|依据|参照)[^,]*|在[^,]{1,30}?(?:方面|基础上))$", "", trimmed).rstrip(" ,")  # (对按照规定申报的X: a condition; 对X|在研发投入等方面; X|在…的基础上再)
        if trimmed == phrase:
            break
        phrase = trimmed
    head += len(text[head:verb]) - len(text[head:verb].lstrip())
    return Span(head, head + len(phrase)) if phrase else None
