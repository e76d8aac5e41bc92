"""Funding, building: an Offer found by kg.extract.funding read into Funding facts — its recipients with the
vocabulary (kg.extract.recipients), its amounts, shares and caps (kg.extract.numbers, kg.extract.sizes), one fact
per recipient and level, grade or share; the promises of others (those encouraged to give) dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from kg import cues
from kg.extract import classed, cojoined, costs, duties, encouraged, evaluated, fieldheads, graded, grants, grouped, increments, instalments, levelcaps, levelrun, measures, newbuilt, notnames, obtained, owned, owners, payers
from kg.extract import onecase, people, personlist, ranked, respective, rewarded, sizes, staged, taiwan_rates, tidy, won
from kg.extract.cases import declared
from kg.extract.levels import amount_for, amounts_levels, level_first
from kg.extract.nouns import GRADE, Recipient, clause_not_name
from kg.extract.numbers import amounts
from kg.extract.promises import OTHERS_FUND, OTHERS_GIVE, Offer
from kg.extract.recipients import recipients_of
from kg.extract.sizes import AMOUNT_BEFORE_RATE, CAP_FIRST, PER_RECIPIENT, PER_RECIPIENT_ALONE, given
from kg.model import Document, Funding, Span
from kg.vocab import Vocab

CAP = cues.lazy(lambda: cues.alternation("cap"))
SHARE_CAPPED = re.compile(r"不得超过[^,。;]{0,24}?(?:\d|百分之)|限度内")  # a share that must not be exceeded (不得超過…之百分之五十; not 以不超過…為原則)
CAPPED_COUNT = re.compile(r"(?:不超过|最多)\s*\d+\s*(?:名|家|个|项|支|人)")  # (每次不超过10名,每人给予…: how many, not how much)
MEANS_IN_PHRASE = re.compile(r"(?:通过|采取|采用)[^,。;]{2,30}?等?(?:形式|方式)$")
LIMIT_AFTER = re.compile(r"\s*为(?:上限|限)")  # 每案以新台币一百万元|为上限: the most a case gets
LIST_END = re.compile(r"(?<=[\u4e00-\u9fff]{3})等$|(?<=[\u4e00-\u9fff]{2})等(?=(?:领域|行业|产业)[\u4e00-\u9fff]{0,2}$)")
RATE_NEXT = re.compile(r"[,\s]*[\u4e00-\u9fff]{0,3}?(?:比率|比例)")  # (…十萬元|,補助比率不得超過…: the terms a rate's)
MODAL_END = re.compile(r"(?:还|也|均)?(?:可以|应当|得?酌予|得予|(?<![获取所值难记使应赢])得|获)$")  # Taiwan's 學研機構|得|補助, 企業|獲|補助, 事業|酌予|補助


def build(doc: Document, vocab: Vocab, offer: Offer) -> list[Funding]:
    text = doc.text
    recipients, condition = measures.granted(text, offer) or measures.passed(text, offer) or recipients_of(text, vocab, offer)  # (对发明专利|授权, 经审查通过之|计划)
    recipients, condition = cojoined.second_doer(text, recipients, condition)  # 企业和|社会资本|建设…: both (fund18b)
    recipients = respective.named_first(text, vocab, offer, recipients)  # 对在我市注册的A、B|,当年获得的贷款: A and B
    recipients = owners.owner_instead(text, vocab, offer.phrase, offer.paragraph, recipients)  # 企业和个人|获得授权的发明专利,每件…
    recipients = tidy.owner_first(text, vocab, offer.phrase, recipients)  # 对企业|购买…装备的保险保费: the owner
    recipients = people.people_instead(text, vocab, offer, staged.quoted_whole(text, offer, recipients))  # …博士研究生、硕士研究生,分别按每人…
    recipients = [r for r in recipients if r.name not in cues.words("per_unit")]  # 补助标准:|每家|20万元: a unit, no one
    recipients = fieldheads.bodies_after_fields(text, vocab, offer.phrase, recipients)  # 重点投向A、B等领域的|X和Y: X, Y (fund20c)
    recipients = respective.titles_won(text, vocab, offer, recipients)  # 对首次入选A、B的|X企业,分别给予a、b: the titles
    recipients = respective.counted_persons(text, offer, recipients)  # 企业每招收一名|博士后研究人员|,给予每人…: the person
    recipients = graded.counted_things(text, offer.start, recipients)  # …孵化器每孵化1家|高新技术企业|奖励…: not the thing counted
    recipients = respective.listed_before(text, vocab, offer, recipients)  # 每年遴选A、B和C,…,分别给予a、b、c: the kinds
    recipients = grouped.kinds_of_group(text, vocab, offer, recipients)  # A、B等更多创业主体…。对各类创业主体给予…: the kinds (fund20b)
    recipients = classed.classes_each(text, vocab, offer, recipients)  # …的,|A类、B类人才|分别给予a、b: the classes (fund20a)
    recipients = obtained.obtainer(text, vocab, offer, recipients)  # 获得|合作银行|贷款的: the borrower, not the lender (fund20a)
    recipients = notnames.named(recipients)  # …提|高至LPR的70%: a share, no one (fund20a)
    recipients = respective.serving_body(text, vocab, offer, recipients)  # 对|担保机构|为企业提供的…业务: who serves
    recipients = respective.programme_levels(text, vocab, offer, recipients)  # 对新入选国家…工程、江西省“…计划”的人才: per level
    recipients = grants.programmes(text, offer) or recipients  # 对承担…项目的,按国拨经费的20%给予配套: the programmes
    if not recipients and offer.phrase and CAP_FIRST.fullmatch(text, offer.phrase.start, offer.phrase.end):
        offer = replace(offer, terms=Span(offer.phrase.start, offer.terms.end))  # the cap, written first
    elif offer.phrase and RATE_NEXT.match(text, offer.terms.start) and AMOUNT_BEFORE_RATE.search(text, offer.phrase.start, offer.phrase.end):
        offer = replace(offer, terms=Span(offer.phrase.start, offer.terms.end))  # 每家最高新臺幣十萬元,|補助|比率…: the cap before the rate
    terms = text[offer.terms.start : offer.terms.end]
    if not recipients:  # 按研发投入的20%给予补助,单个企业不超过300万元; (一)创业补助:每家企业补助…
        alone = PER_RECIPIENT_ALONE.fullmatch(text, offer.phrase.start, offer.phrase.end) if offer.phrase else None
        per = PER_RECIPIENT.search(terms) or alone
        recipients = [Recipient(per["who"], None, 0, 0)] if per else []
        offer = replace(offer, capped=offer.capped or bool(alone and CAP.search(alone.group())))  # 每一企業最高|補助…
    category = taiwan_rates.category(text, offer)
    if category and (category.name.endswith("类") or taiwan_rates.heads_item(text, category) and not all(category.start <= r.start and r.end <= category.end for r in recipients)):  # (二)在地產業升級類:個別企業申請者,每案…: the class (or plan), its applicants a condition
        applicants = "、".join(r.name for r in recipients if not (category.start <= r.start and r.end <= category.end))
        recipients, condition = [category], applicants or None
    elif category and all(category.start <= r.start and r.end <= category.end for r in recipients):
        recipients, condition = [category], None  # (一)數位工具導入計畫:每案…, (三)人才|培育計畫:…: the category whole
    if not recipients and (next(amounts(text, offer.terms.start, offer.terms.end), None) or sizes.shares(text, offer.start, offer.terms, offer.paragraph)):
        recipients = declared(text, offer.start)  # 補助對象為…之中小企業 in an article before: whom every amount is for
    if not recipients and offer.phrase:  # 第十五条 绩效评价结果为优秀的,给予…: the kind the title names
        recipients = evaluated.title_kind(doc, vocab, offer.phrase.start, offer.phrase.end)
    if not recipients and offer.phrase and text[offer.phrase.end - 1] == "的":  # 博士后|进站的; 经认定的高层次人才,|在本市…的 (fund19a)
        recipients = personlist.person_opening(text, offer.phrase.start, offer.phrase.end) or personlist.noun_before(text, vocab, offer.phrase.start)
    recipients = encouraged.encouraged_doers(text, vocab, offer, recipients)  # 鼓励A、B…。在省内设立…的,给予支持: A, B (fund20b)
    sentence = max(text.rfind(mark, offer.paragraph, offer.start) for mark in "。;") + 1 or offer.paragraph
    if tidy.no_promise(text, sentence, offer.start, offer.end) or respective.heading_only(text, offer):  # ((七)奖励投资机构。对…)
        return []  # …未按照规定对有关人员给予奖励的; 对本年度予以资助的|研究项目
    if OTHERS_FUND.search(text, sentence, offer.start) and not next(amounts(text, offer.terms.start, offer.terms.end), None):
        return []  # 鼓励社会组织设立基金,为人才发展提供资金支持: the money of those encouraged
    if ("鼓励" in text[sentence : offer.end] or "引导" in text[sentence : offer.end]) and OTHERS_GIVE.search(text, sentence, offer.end):
        return []  # 鼓励境外的组织和个人对职业教育提供资助: those encouraged pay
    not_anyone = (*cues.words("purpose_tail"), *cues.words("money_word"))  # …中小企业|发展, …的|风险补偿: no one
    if offer.phrase and text[offer.phrase.start - 1 : offer.phrase.start] in ("对", "于"):  # 对…单位和个人|可以给予: whom, then the modal
        recipients = [replace(r, name=MODAL_END.sub("", r.name)) for r in recipients]
    means = MEANS_IN_PHRASE.search(text, offer.phrase.start, offer.phrase.end) if offer.phrase and not offer.means else None
    if means:  # 企业可以通过股权、期权和分红等形式|给予奖励: the forms the money takes, not whom it is for
        recipients = [r for r in recipients if r.start < means.start()]
    recipients = tidy.tidy(vocab, recipients)  # 企业|依法, 单位|给予通报表扬, 企业或者科研团队, 两院院士|等顶尖人才
    recipients = tidy.listed_before(text, vocab, Span(offer.paragraph, offer.end), recipients)  # 高校、科研院所或者|新型研发机构
    recipients = tidy.urged_payers(text, recipients)  # 鼓励|…人民政府|采取发放科技创新券: who pays
    recipients = [r for r in recipients if r.name and r.name not in not_anyone and not clause_not_name(r.name) and not payers.pays(text, r) and not graded.class_count(r.name)]
    recipients = [replace(r, name=LIST_END.sub("", r.name)) for r in recipients]  # 担保机构等, 生物医药等领域企业
    recipients = [level_first(r) if text[r.start - 1 : r.start] != "“" else r for r in owned.owner_of(text, offer.phrase, costs.cost_owner(text, offer.phrase, recipients))]  # 对X开拓市场的费用: X (“全国技术能手”: a title as written)
    recipients, condition = measures.named_otherwise(text, offer, recipients, condition)  # 按照|企业|…的50%, 对|企业|研发费用…
    recipients = levelrun.shared_level(text, offer.phrase.start, offer.phrase.end, recipients) if offer.phrase else recipients  # 国家、省级|X: X at each level
    recipients = ranked.key_level(text, ranked.chosen_as(ranked.listed_levels(text, ranked.thresholds(text, recipients))))  # 省级以上|众创空间: no level; 通过国家级、省级|X认定的: both; 认定为X者: X; 国家重点|X: 国家级
    recipients = ranked.upgraded(text, offer.phrase.start, offer.phrase.end, recipients) if offer.phrase else recipients  # 升级为国家级…的: the level reached
    recipients = ranked.condition_levels(text, offer.start, offer.phrase.start, recipients) if offer.phrase else recipients  # 对入选国家级、省级X的,分别给予|Y: Y per level
    recipients = newbuilt.platform_set_up(text, vocab, offer, recipients)  # 企业新建|市级企业技术中心|的: the platform (fund20a)
    recipients = onecase.named_earlier(text, offer.paragraph, offer.phrase.start if offer.phrase else offer.start, recipients)  # …合作项目20项左右,|单个项目|给予…: the projects (fund20c)
    if not recipients or duties.own_work(text, offer.phrase) or duties.informants(text, sentence, offer.end) or duties.encouraged_reward(text, sentence, offer.end):  # …服务与管理工作, 举报人
        return []
    spans, tops = measures.ranged(text, given(text, offer.terms))  # (100万元至500万元: one line, at most 500万元)
    spans = measures.item_caps(text, offer.terms, spans, CAP)  # (单个项目不超过100万元,每家每年累计不超过300万元: the first)
    spans = measures.unit_totals(text, offer.terms, spans, CAP)  # (每件给予1万元奖励,…每年度…累计不超过50万元: the first)
    spans = increments.step_cap_dropped(text, offer, spans)  # (每增长100万元,给予5万元奖励,最高不超过100万元: the first) (fund20a)
    spans = instalments.parts_dropped(text, offer.terms, spans)  # (最高600万元,按…三个阶段分别拨付100万元…; 最低补助1万元: no lines)
    spans = ranked.among_levels(text, offer.terms.start, offer.terms.end, spans)  # (最高500万元,其中国家级…500万元,省级…100万元: the levels')
    money = [yuan for yuan, _, _ in spans]
    shares = measures.share_tops(text, offer, sizes.shares(text, offer.start, offer.terms, offer.paragraph) or measures.whole_or_half(text, offer.terms) or instalments.bare_share(text, offer.terms))  # (全额, 减半; 5%至10%)
    if category and category.name.endswith("类"):  # a class's cap before the promise, its rate for all after it
        spans, shares, class_capped = taiwan_rates.class_terms(text, category, offer, spans, shares)
        offer = replace(offer, capped=offer.capped or class_capped)
        money = [yuan for yuan, _, _ in spans]
    if not money and not shares:  # 单位…对做出重要贡献的人员给予奖励: the employer's duty to its staff
        recipients = duties.own_staff(text, sentence, offer.start, offer.end, recipients)
        if not recipients or (offer.phrase and rewarded.employer_rewards(text, sentence, offer.phrase.end, offer.instrument)):
            return []
    levels = list(dict.fromkeys(r.level for r in recipients))  # distinct, in order
    names = list(dict.fromkeys(r.name for r in recipients))
    grades = list(dict.fromkeys(GRADE.findall(text, offer.start, offer.terms.start) or GRADE.findall(text, offer.terms.start, offer.terms.end))) if offer.phrase else []  # (,一等奖奖励50万元,二等奖…)
    facts = []
    pairs: list[tuple[Recipient, Decimal | None, str | None]]
    by_clause: Sequence[str | None] | None = amounts_levels(text, offer.terms.start, spans, levels) or ranked.condition_amounts(text, spans, levels)  # (…国家级…的,给予a,…省级…的,给予b)
    by_clause = by_clause or ranked.after_unlevelled(text, offer.terms.start, spans, levels)  # (…市级以上X…50万元,其中国家级的给予100万元)
    if by_clause:  # 对国家级众创空间给予50万元,省级给予30万元,市级给予10万元: each amount its level
        pairs = [(replace(r, level=level), m, condition) for r in recipients for m, level in zip(money, by_clause)]
    elif len(money) > 1 and len(money) == len(grades) and len(levels) == 1:
        # 对获得一等奖、二等奖的项目,分别给予100万元、50万元: one amount per grade, in order
        pairs = [(r, m, grade) for r in recipients for m, grade in zip(money, grades)]
    elif len(money) > 1 and len(money) not in (len(levels), len(names)):
        pairs = [(r, m, condition) for r in recipients for m in money]
    else:
        pairs = [(r, amount_for(money, levels, names, r), condition) for r in recipients]
    own_caps = measures.capped_in_clause(text, offer.terms, spans, CAP)  # (每项给予50万元,…累计不超过200万元: only the total)
    each = sizes.distributed(text, offer.terms) if len(shares) > 1 else []  # 分别按30%、20%: one share per line, in order
    ratios = each if len(each) == len(pairs) else [shares[0] if shares else None] * len(pairs)
    if len(pairs) == 1 and len(each) > 1:  # 对…的企业,分别给予研发费用10%、15%的奖励: one line per share
        pairs, ratios = pairs * len(each), each
    for (r, amount, why), ratio in zip(pairs, ratios):
        facts.append(
            Funding(
                doc=doc.id,
                recipient=r.name,
                level=r.level,
                amount_yuan=amount,
                cap=bool(offer.capped or CAP.search(CAPPED_COUNT.sub("", sizes.before_part(text, offer.terms))) or LIMIT_AFTER.match(text, offer.terms.end)) and amount is not None and (own_caps is None or amount in own_caps) or amount in tops
                or (amount is None and ratio is not None and bool(SHARE_CAPPED.search(text, offer.terms.start, offer.terms.end) or LIMIT_AFTER.match(text, offer.terms.end))),  # 不得超過…之百分之五十, 以百分之五十|為上限
                ratio=ratio,
                one_off="一次性" in text[offer.start : offer.end],
                condition=why,
                instrument=offer.instrument,
                evidence=doc.evidence(offer.start, offer.end),
            )
        )
    facts = won.prize_lines(text, sentence, offer.terms.start, facts)  # 获得中国专利金奖、银奖的单位,分别给予…: a line per prize
    facts = ranked.standard_above(text, offer, facts)  # 奖励标准:国家级100万元,省级50万元。|对X按上述标准给予奖励
    facts = levelcaps.per_level(text, offer, facts)  # …等国家级X,以及…等省级Y的人才,…,国家级最高a、省级最高b: X at a, Y at b (fund20a)
    return ranked.prize_matched(text, offer, grants.leveled(text, offer, facts))  # (按国拨经费的20%: 国家级; 获国家…奖的,按照奖金1:1: 国家级)
