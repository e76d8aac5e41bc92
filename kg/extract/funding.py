"""Funding: money and support promised (对新认定的…分别给予最高1000万元、100万元、10万元奖补经费) → Funding.

Finding and building are apart, as in spaCy's match()/set_annotations(): `find` cuts each
sentence into promises (`Offer`: who, on what terms, with which instrument, as text spans; one promise is
read by kg.extract.offers);
kg.extract.fundbuild's `build` reads the recipients with the vocabulary and the amounts with
kg.extract.numbers, and makes one Funding per recipient and level.

A promise is a money word (奖励, 奖补经费, 补贴, 资金支持 …) after a verb of giving (给予,
予以, 提高 …) or in 以奖励、补贴等方式支持…. Its recipients are named in the 对… phrase before
the verb (对新认定的国家级、省级重点实验室), or, without 对, in the clause before it; when that
phrase names only a condition (对承担国家重大任务的), they are the platforms or enterprises
named last before it in the same paragraph. kg.extract.promises reads the promises written
otherwise (funds for a purpose, money one may apply for), kg.extract.cases Taiwan's (amounts per case, capped rates).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from kg import cues
from kg.extract import capfirst, carried, examples, fundrows, instalments, helped, leadrows, measures, owners, people, perhead, staged, standards, statutes
from kg.extract.promises import Offer
from kg.extract.cases import capped_rate, per_case
from kg.extract.taiwan_rates import raised_rate
from kg.extract import eachcap, forestated, lossshare, relevel, fundgives, fundlater, fundlist, fundsubject, needs, notnew, restated, selfshare, stages
from kg.extract import subgroups, taiwan_priced, taiwan_prizes, taiwan_shared, taiwan_sized, taiwan_taxes, whereof
from kg.extract.trained import trained
from kg.extract.fundbuild import build
from kg.extract.instruments import MEANS_FOR
from kg.extract.matched import match_opening, matched
from kg.extract.subjects import past_opening
from kg.extract.offers import read_offer
from kg.model import Document, Funding, Span
from kg.vocab import Vocab

EMITS = (Funding,)

SIZE_NEXT = cues.lazy(lambda: rf"\s*(?:{cues.alternation('money_word')})(?:资金)?(?:标准|金额|额度)")  # 奖励标准为…: the last promise's size
NAMED_NEXT = re.compile(r",\s*对(?![接外标于照比口象])")  # the next unit opens with whom it is for
HANDED_UNSIZED = re.compile(r"\s*[^,。;对向为\d]{0,8}发放[^,。;对向为\d]{1,14}")  # 统筹发放“算力券”: no one named, no amount
TIER = re.compile(r"\s*[\u4e00-\u9fff]{2,8}?[\d.]+\s*[千万亿]?元(?:及?以上|以下|(?:[–—~-]|至|到)\s*[\d.]+\s*[千万亿]?元)的")  # ;营业收入5000万元–1亿元的,给予…: the tier of the last promise's recipients
# A new promise in the sentence: ,对…, or ,X给予 with X a body or persons (A类人才给予200万元,B类人才给予100万元)
UNIT_BREAK = cues.lazy(
    lambda: r"(?<!方面),(?=\s*(?:[并还可将均再要应]|同时)?对(?![接外标于照比口象]))"  # (在资金等方面,对X予以支持: one promise)
    rf"|,(?=\s*(?!{cues.alternation('level')}|{cues.alternation('support_verb')}|{cues.alternation('per_unit')})[^,。;的]{{1,8}}?(?:{cues.alternation('recipient_head')}|人|者|员|师|生|才)"
    rf"(?:每年度?)?(?:可以?)?(?:{cues.alternation('give')}|享受)(?:{cues.alternation('cap')})*\s*(?:一次性)?\s*\d)"  # (…,B类人才可享受100万元…: fund19a)
    rf"|,(?=\s*(?:{cues.alternation('level')})(?!财政|政府|部门)[^,。;的]{{2,14}}?(?<![财政府门再另可应还])(?:{cues.alternation('give')})(?:{cues.alternation('cap')})*\s*(?:一次性)?\s*\d)"  # …50万元,|省级博士后创新实践基地给予20万元 (fund17a)
    r"|,(?=\s*(?:首次|新)?(?:获得|荣获|获评|被授予)[^,。;]{2,20}?的,)"  # …给予每人30万元奖励,|获得“全国技术能手”称号的,给予…
    r"|,(?=\s*[\u4e00-\u9fff]{2,12}?在[^,。;]{2,24}?基础上再)"  # …分别奖励…,|省级企业研究院在…奖励基础上再奖励: a top-up of its own
    r"|,(?=\s*其中[^,。;]{2,24}?的,?\s*(?:再|另|还|额外)[^,。;]{0,6}?\d)"  # …给予最高300万元奖励,|其中在科创板上市的再奖励100万元: a top-up
    r"|,(?=\s*其中[^,。;]{2,24}?的,\s*(?:[\u4e00-\u9fff]{0,4}?(?:最高|上限))(?:可达|提高至|提高到)\s*\d)"  # …奖励,|其中属于X的,最高可达50万元: a higher cap (fund20a)
    r"|,(?=\s*(?!对)[^,。;]{2,30}?的,\s*每(?:件|项)(?:再|另)(?:给予|奖励|资助))"  # …每件资助5000元,|PCT国际专利进入…的,每件再给予1万元: another thing counted
    rf"|{staged.MATCHED_NEXT}"  # …分别给予最高1000万元、300万元资助,|市级已有资助的,区级按照不超过50%的比例给予配套: the match, its own
)


def extract(doc: Document, vocab: Vocab) -> list[Funding]:
    facts: list[Funding] = []
    seen: dict[tuple[object, ...], list[str]] = {}  # a promise's key → the quotes it was found in
    last: tuple[Offer, list[Funding]] | None = None
    anchor: Offer | None = None  # the last promise that named its recipients (not only a condition)
    items_end = 0  # where the items a lead-in's promise read end (they are no promises of their own)
    for offer in find(doc.text, doc.sentences):
        if offer.start < items_end:
            continue
        built = build(doc, vocab, offer)
        built = eachcap.caps_by_kind(doc, offer, built)  # …给予运营补贴,孵化器每家每年最高50万元,众创空间…20万元: each kind's cap (fund18d)
        built = eachcap.cap_unchanged(doc.text, offer, built, last[1] if last and last[0].paragraph == offer.paragraph else [])  # …70%给予贴息,上限不变
        if not built and not offer.nouns and leadrows.label_item(doc.text, offer, vocab):  # (一)国家级研发中心,补助1000万元: the label names whom
            built = build(doc, vocab, replace(offer, nouns=True))
        headed = leadrows.heading_recipient(doc.text, offer.start) if not built or offer.phrase is None else None
        if headed:  # 对新认定的孵化器:|——国家级的,一次性奖励200万元: whom the heading names, at the item's level
            built = leadrows.under_heading(doc.text, offer.start, build(doc, vocab, replace(offer, phrase=Span(*headed), nouns=False, items=()))) or built
        itemised, items_end = leadrows.itemised(doc, offer, built)  # …给予奖励:|——国家级的,奖励200万元;|…: a line per item
        built = measures.tabled(doc, offer, built) or itemised or built  # …奖励标准如下:|一等奖 50万元|…: a line per row
        if last and last[0].phrase and offer.phrase is None and (offer.paragraph == last[0].paragraph or leadrows.NEXT_ITEM.fullmatch(doc.text, last[0].end, offer.start)) and (SIZE_NEXT.match(doc.text, offer.start) or doc.text.startswith(last[0].instrument, offer.start)):
            built = build(doc, vocab, replace(offer, phrase=last[0].phrase, nouns=last[0].nouns, items=last[0].items))  # …给予奖励。奖励标准为每家100万元 (…发放创新券。创新券按…的50%抵扣,每家…不超过20万元)
            if any(f.amount_yuan is not None or f.ratio is not None for f in built):  # the sized promise replaces the unsized one
                facts = [f for f in facts if not (f in last[1] and f.amount_yuan is None and f.ratio is None)]
        elif last and carried.looked_back(doc.text, vocab, offer, built, last):  # …生活补助;|出站后…的,再给予每人30万元: the same persons
            built = [replace(f, recipient=r, level=lv) for r, lv in dict.fromkeys((g.recipient, g.level) for g in last[1]) for f in dict.fromkeys(replace(f, recipient="", level=None) for f in built)]
        elif (tier := bool(offer.phrase and TIER.fullmatch(doc.text, offer.phrase.start, offer.phrase.end)) or not built) and last and anchor and offer.phrase and doc.text[offer.phrase.end - 1] == "的" and (offer.paragraph == anchor.paragraph or leadrows.LINE_ON.fullmatch(doc.text, last[0].end, offer.start)) and carried.near(doc.text, last[0], offer, carried.TIER_GAP if tier else carried.NEAR_GAP if not built else 2):
            built = build(doc, vocab, replace(offer, phrase=anchor.phrase, nouns=anchor.nouns, items=anchor.items or carried.named_in(doc.text, anchor, last[1])))  # …的企业,奖励50万元;首次超过1亿元的,…: the same
        built = staged.at_upper_level(doc.text, offer, leadrows.among_level(doc.text, last, offer, relevel.own_level(doc.text, offer, built)))  # (通过省级认定的,奖励…)
        built = subgroups.rate_kept(doc.text, offer, built, last[1] if last and last[0].paragraph == offer.paragraph else [])  # 其中,对X,…贴息上限提高至150万元: the rate before (fund20a)
        built = staged.raised_under_cap(doc.text, offer, built, last[1] if last and last[0].paragraph == offer.paragraph else [])  # 其中,…贴息比例提高到70%  # …国家级众创空间…;|其中,专业化众创空间再给予…: 国家级
        head = max(doc.text.rfind(m, 0, offer.start) for m in "。;\n") + 1  # (the finder may cut at the : of 1:1)
        opening = match_opening(doc.text, head) if last and last[1] and last[0].paragraph == offer.paragraph and last[0].end <= head else None
        if opening and last and offer.start < opening[1]:  # …最高不超过1000万元。|所在区(市)按照市级补助资金1:1的比例予以配套: the same recipients matched (fund17a)
            built = [replace(last[1][0], recipient=r, level=lv, amount_yuan=None, cap=False, ratio=opening[0], one_off=False, instrument="配套",
                             evidence=doc.evidence(head, opening[1])) for r, lv in dict.fromkeys((f.recipient, f.level) for f in last[1])]
        if last and last[0].paragraph == offer.paragraph and instalments.total_over_items(doc.text, max(doc.text.rfind(m, 0, offer.start) for m in "。;") + 1, offer.terms, any(f.amount_yuan is not None for f in last[1])):
            continue  # …各给予30万元奖励。|同一企业每年累计享受上述奖励不超过100万元: a cap over the items, no line (an article of its own stays: gold-synth3) (fund17a)
        capped = leadrows.capped_after(doc.text, last, offer, built)
        if capped and last:  # 按…10%给予补助;|单个项目补助最高不超过500万元: the share's line, capped
            facts = [capped[last[1].index(f)] if f in last[1] else f for f in facts]
            last = (last[0], capped)
            continue
        built = owners.its_costs(doc.text, offer.phrase, built, last[1] if last and last[0].paragraph == offer.paragraph else [])  # 对其发生的…费用
        built += people.class_rate_next(doc, offer.start, offer.end, built)  # …生活补贴;|全职硕士每人每月1000元
        built = whereof.classes_after(doc, offer, built) or built  # …给予购房补贴。|其中,顶尖人才最高300万元,领军人才…: per class
        anchor = offer if built and offer.phrase and (doc.text[offer.phrase.end - 1] != "的" or measures.names_inside(doc.text, offer, built) or leadrows.subject_first(doc.text, offer, built)) else anchor if built else None
        added = []
        for fact in built:
            key = (fact.recipient, fact.level, fact.amount_yuan, fact.ratio, fact.instrument, fact.condition)
            if key not in seen or restated.another_promise(fact, seen[key]):  # the same promise restated word for word elsewhere: once (fund20b: unsized ones in unlike sentences are each a promise)
                seen.setdefault(key, []).append(fact.evidence.quote)
                added.append(fact)
        facts += added
        last = (offer, added)
    facts = perhead.per_head(doc, facts)  # (三)人才安居补贴:|博士每人每年…2万元,硕士每人每年1万元: a line per class
    facts = fundlist.listed_uses(doc, facts)  # …资金主要用于下列事项:|(一)…: the first use, and the uses naming bodies (fund18b)
    facts = whereof.lead_sized_below(doc, facts)  # …给予一次性奖励,奖励标准如下:|(一)国家级重点实验室…,奖励500万元: the items (fund17a)
    facts = [helped.past_article(f) for f in facts]  # 前项|业者: named by an article before
    facts = taiwan_shared.shared_rate(doc, facts)  # 前三目之補助款,…不得超過計畫總經費百分之五十: a line per category (twn17)
    facts = taiwan_sized.rate_before(doc, taiwan_sized.capped_before_verb(doc, taiwan_sized.raised_keeps_cap(doc, taiwan_sized.sized_after(doc, facts))))  # …之攤位費,|每案最高新臺幣…; a raised share under a cap; 最高|補助新臺幣 (twn18)
    facts = taiwan_prizes.prize_tiers(doc, facts)  # 特優獎一名,|獎金新臺幣十萬元: a line per tier (twn18)
    facts = taiwan_priced.unread_payer_sentences(doc, taiwan_priced.priced_first(doc, facts))  # 按每人每月新臺幣五千元補助人事費; 申請X類補助時,每案得另加計…; …者,本府補貼其…,每人最高新臺幣… (twn20)
    facts = selfshare.own_share_dropped(facts)  # …最高新臺幣一百萬元,由申請人自籌款不得低於…百分之二十: no rate (twn20)
    return stages.joined(notnew.dropped(fundrows.table_funding(doc, vocab, facts)))  # 类别 | 认定级别 | 奖励金额(万元): a line per row; (按差额给予奖励: no line)


# ---------------------------------------------------------------- finding


def find(text: str, sentences: tuple[Span, ...] = ()) -> Iterator[Offer]:
    """Every promise of money or support, sentence by sentence."""
    for sentence in sentences or (Span(0, len(text)),):
        paragraph = text.rfind("\n", 0, sentence.start) + 1
        start = past_opening(text, sentence.start, sentence.end)  # (三)|对…, 6.|企业…: the number is no part of the promise
        if examples.example_sentence(text, start):
            continue  # 例如,某企业…按8%计算补助56万元: a worked example, no promise (fund20a)
        if (listed := list(standards.standard_items(text, start, sentence.end, paragraph))):  # 奖励标准:国家级X100万元,…
            yield from listed
            continue
        if led := trained(text, start, sentence.end, paragraph):  # 组织A、B参加…培训,并…给予补贴: each person, then the rest
            yield led
            start = led.end + 1
        means_for = MEANS_FOR.search(text, sentence.start, sentence.end) if "方式" in text[sentence.start : sentence.end] else None
        if means_for:  # 通过设立引导资金、提供贷款贴息…等方式,对科技成果转化项目给予支持: one promise
            who = Span(means_for.start("who"), means_for.end("who"))
            yield Offer(who, Span(means_for.start(), means_for.end()), means_for["instruments"], means_for.start(), means_for.end(), paragraph)
            start = means_for.end() + 1
        elif need := needs.need_met(text, start, sentence.end, paragraph):  # …发放住房补贴等形式,多渠道解决人才居住需求 (fund20b)
            yield need
            start = need.end + 1
        gives = fundgives.fund_gives(text, start, sentence.end)
        for cut in [*(m.start() for m in UNIT_BREAK.finditer(text, start, sentence.end)), sentence.end]:
            if cut < sentence.end and staged.open_for(text, start, cut):
                continue  # 对X|,获得银行贷款的,给予贴息: whom the next unit pays
            if cut < sentence.end and forestated.stated_first(text, start, cut):
                continue  # 省级财政按照每人每年2万元的标准,|对X给予补助: the size of the next unit's promise
            offer = staged.upper_match(text, start, cut, paragraph) or read_offer(text, start, cut, paragraph)  # (市级已支持的项目,区级按照1:1给予配套)
            offer = lossshare.lender_share(text, sentence.start, start, cut, paragraph) or offer  # 合作银行向X发放的贷款形成实际损失的,…按40%给予补偿: the lender (fund20c)
            offer = offer or fundgives.fund_gives_offer(gives, start, cut, paragraph)  # …资金,对X给予重点支持
            offer = forestated.sized_inside(text, forestated.sized_first(text, start, offer))
            offer = capfirst.share_after_cap(text, offer, cut)  # 单台设备补助最高不超过50万元,|按…的20%给予补助: one promise (fund20a)
            if offer and HANDED_UNSIZED.fullmatch(text, start, cut) and NAMED_NEXT.match(text, cut):
                offer = None  # 统筹发放“算力券”,|对中小企业…给予补贴: handed out unsized, whom it is for named next
            for part in statutes.parted(text, statutes.voucher_user(text, offer)) if offer else ():  # 对A,以及对B给予: each group
                yield from measures.phased(text, part, cut, read_offer)  # (…,后两年按50%给予补贴; 前三年全额、后两年减半)
                yield from matched(text, part, cut)  # …补助,所在市州按不低于1:1比例配套: the local match
                yield from fundgives.next_purposes(text, part, cut, paragraph)  # …专项资金,重点支持X,扶持Y: Y too
            if not offer:  # 设立…奖励基金,奖励…; …享受…规定的津贴; per case, capped rates; else 輔導與補助X辦理…
                others = [
                    *statutes.found(text, start, cut, paragraph),
                    *per_case(text, start, cut),
                    *capped_rate(text, start, cut),
                    *raised_rate(text, start, cut), *taiwan_taxes.relief(text, start, cut, paragraph),  # (…之房屋稅,減徵百分之五十: twn19)
                    *subgroups.higher_cap(text, start, cut, paragraph),  # …奖励,|其中属于X的,最高可达50万元 (fund20a)
                ]
                yield from others or filter(None, [helped.series(text, start, cut, paragraph) or fundsubject.supports(text, start, cut, paragraph) or fundlater.later(text, start, cut, paragraph)])  # (…基金应当择优资助X: read last)
            start = cut + 1


