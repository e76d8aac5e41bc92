"""Recipients: who an offer of funding is for, read from its 对… phrase with the vocabulary.

The recipient is the noun phrase the clause is about: 对新认定的国家级、省级重点实验室 gives one
recipient per level and item; a list with a shared head (对人工智能、区块链领域企业) gives each
item the head; a 对… phrase that names only a condition (对承担国家重大任务的) points back to the
platforms or enterprises named last before it in the paragraph (kg.extract.earlier reads those).
Used by kg.extract.fundbuild.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kg import cues
from kg.extract import doers, hirers, measures, personlist, taiwan_conditions
from kg.extract.buyers import buyers, inside_place, operators
from kg.extract.doers import COMING
from kg.extract.earlier import GAINED, NOT_SUBJECT, SHORT_NOUN, SUBJECT_VERB, condition_before, condition_subject, leading_nouns, named_before, objects_before
from kg.extract.levels import LEVEL_LIST, LEVEL_RE, granted_levels, level_of, list_items
from kg.extract.subjects import past_opening
from kg.extract.won import certified, selected_alone, won_alone
from kg.extract.nouns import ACTION, before_kind, MAX_NOUN, PERSON, Recipient, coordinated, distinct_names, named_items, recipient_heads, recipient_hits, shared_before, split_persons, unquoted
from kg.vocab import Vocab

if TYPE_CHECKING:
    from kg.extract.promises import Offer

ENCOURAGED_FOR = re.compile(r"(?:鼓励|支持|引导)(?:[和、](?:鼓励|支持|引导))?(?P<who>[\u4e00-\u9fff]{2,10}?)$")  # 鼓励|金融机构|为…
COUNTED = re.compile(r"\d+(?:名|个|项|家|支)(?:左右|以上)?(?P<who>[\u4e00-\u9fff]{2,12}?)(?=[和、及]\d|$|[,。;])")
# A list of short names, maybe closed by 等领域: 绿色经济、数字经济、人才队伍建设等领域 (no verb, no 的 inside)
FIELD_LIST = re.compile(r"(?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8}?(?P<tail>等(?:领域|行业|产业|方面|方向)?)?")
# 对企业专利权质押保险保费: a short recipient (its head a cue word) owning what the money is paid on
OWNER = cues.lazy(lambda: rf"(?P<who>[\u4e00-\u9fff]{{0,4}}?(?:{cues.alternation('recipient_head')}))(?=[\u4e00-\u9fff]*?(?:{cues.alternation('paid_on')})$)")
# 发明人或者设计人, 发明人、设计人: persons only, short, joined by 或者/或/和/及/、
NUMBER = re.compile(r"\d")
# A body, then a yearly measure of it with a threshold: 企业|上年度研发费用加计扣除额在500万元以上的
MEASURED_BODY = cues.lazy(
    lambda: rf"(?P<who>[\u4e00-\u9fff]{{0,10}}?(?:{cues.alternation('recipient_head')}))"
    r"(?=(?:上|本|当)年度|年度|近[一二三两\d]年|(?:研发|营业|销售|主营|技术|纳税|产值)[\u4e00-\u9fff]{0,10}?(?:在|超过|达到|高于|不低于|增长|突破))"
)
# A thing, then what is done with it that the money is for (新能源汽车|推广应用, 农业机械|购置)
AIMED_AT = cues.lazy(lambda: rf"(?P<what>[\u4e00-\u9fff]{{2,10}}?)(?:{cues.alternation('put_to_use')})")
PAID_ON = cues.lazy(lambda: rf"“?[\u4e00-\u9fff]{{0,6}}?(?:{cues.alternation('paid_on')})”?")  # what money is paid on (“人才贷”: a loan named)
PERSON_LIST = re.compile(r"[\u4e00-\u9fff]{1,5}?(?:人|者|员|师)(?:(?:或者|或|和|及|、)[\u4e00-\u9fff]{1,5}?(?:人|者|员|师))+")
# 对发明人、设计人和对转化专利做出重要贡献的人员: short nouns listed before a 的 clause are recipients too
LEADING_LIST = re.compile(r"(?P<items>(?:[\u4e00-\u9fff]{2,5}、)+[\u4e00-\u9fff]{2,5})(?:和|及|以及)对?")
ESTABLISHED = re.compile(r"(?:(?:经|新)?(?:获批|批准|设立|建设|建立|组建|认定|备案)为?)+(?=[^的,]{2,20}$)")  # …设立X的单位, 认定为X的企业: X is funded
ZHI = re.compile(r"(?<=[\u4e00-\u9fff])之(?![一间后前内下上际类])(?!中(?!小))(?!外(?!国|商|资))(?=[\u4e00-\u9fff]{2})")  # 之|中小企业, 之|外国人才
LISTED_IN = re.compile(r"(?:列入|纳入|入选)")
DOING = re.compile(r"开展|实施|进行|参与|参加|承担|从事|购买|购置|新购置|租用|使用|利用|投保|发行|为|向|与|通过|在")  # the subject acts on the object
MEANS_SUBJECT_END = re.compile(r"为|到|在|开展|参与|提供|向|与|(?<![高同平中初均])等|获得|加强|发展|建设|增加|扩大|加大|提升|提高")  # not 高等院校
COMER = re.compile(r"[生人者员师年家]$")  # 青年, 毕业生, 留学人员: persons who come
PLACE_VERB = cues.lazy(lambda: cues.alternation("place_verb"))  # 青年|到孵化器创业: where the recipient goes
GENERIC_LEAD = re.compile(r"(?:各类|各级|相关|有关)?")
ANYONE = re.compile(r"(?:单位|组织|集体|企业)(?:和|及|、|或者?)个人|个人(?:和|及|、|或者?)(?:单位|组织|集体)")  # whoever, either order
PLACED_ANYONE = re.compile(rf"(?:本市|本省|本区|本县|我市|我省|我区|国内外|境内外)?(?P<who>{ANYONE.pattern})")  # 本市|单位和个人: the place no part of whoever
FOR_MARKS = ("对", "为", "于", "向")  # the marks of a phrase naming whom (对X给予, 对于X给予, 为X提供, 向X发放)
PARTY_FIRST = cues.lazy(lambda: rf"(?P<who>[\u4e00-\u9fff]{{0,6}}?(?:{cues.alternation('party_head')}))(?=[\u4e00-\u9fff])")
OWN_SHARE_NEXT = re.compile(r"\s*(?:按照?|根据)其[^,。;]{2,30}?\d+(?:\.\d+)?%")  # 按其实际支付…的20%: a share of its own spending
PAID_BY_NEXT = cues.lazy(lambda: rf",\s*由[^,。;]{{1,8}}?(?:财政|政府)(?:{cues.alternation('give')})(?:{cues.alternation('cap')})*\s*(?:一次性)?\s*(?:每人|每年|每月)*\s*\d")  # ,由市财政给予每人每年12万元
AMOUNT_NEXT = cues.lazy(lambda: rf"\s*(?:{cues.alternation('give')})(?:{cues.alternation('cap')})*\s*(?:一次性)?\s*\d")


def recipients_of(text: str, vocab: Vocab, offer: Offer) -> tuple[list[Recipient], str | None]:
    """The recipients of an offer and the condition the phrase names (新认定, 从省外引进 …)."""
    if offer.phrase is None:
        return condition_before(text, vocab, offer) or named_before(text, vocab, offer), None  # …的,X给予: whom the condition names first
    if offer.items:  # parted by the finder (A以及|为大企业配套的B)
        return [Recipient(text[s.start : s.end], None, s.start, s.end) for s in offer.items], None
    a, b = offer.phrase.start, offer.phrase.end
    if offer.nouns and COUNTED.match(text, a):  # 30名左右杰出青年和10个左右优秀创新团队
        return [Recipient(m["who"], None, m.start("who"), m.end("who")) for m in COUNTED.finditer(text, a, b)], None
    picked = doers.PICKED.match(text, a, b) if offer.nouns else None
    if picked:  # 得補助|獲選之|青年創業團隊: 之 is 的, the choice a condition (not 從事製造業之事業: a kind)
        return [Recipient(text[picked.end() : b], None, picked.end(), b)], doers.condition(text[a : picked.end() - 1])
    if offer.nouns:  # 加大对重点产业化项目、重点研发平台的支持: every item
        return named_items(text, vocab, a, b, nouns=True), None
    listed = FIELD_LIST.fullmatch(text, a, b) if offer.means else None
    if listed:  # …等方式,重点支持绿色经济、数字经济等领域: every item
        return named_items(text, vocab, a, listed.start("tail") if listed["tail"] else b, nouns=True), None
    if offer.means:  # 以奖励、补贴等方式鼓励链主企业组织…: the first one named, before what they do
        lead = MEANS_SUBJECT_END.search(text, a + 2, b)
        head = lead.start() if lead else b
        a += len(GENERIC_LEAD.match(text, a, head).group())  # type: ignore[union-attr]
        joined = _joined_doers(text, vocab, a, head)
        if joined:  # 鼓励和支持|银行和小额贷款公司等金融机构|开展…: every body joined before what they do
            after_kind = next((head + k for k in range(3, MAX_NOUN // 2) if text.startswith("等", head) and text[head + 1 : head + k].endswith(recipient_heads(vocab))), head)
            return joined, doers.condition(text[after_kind:b])  # (等金融机构|开展…: the kind no part of the condition)
        first = named_items(text, vocab, a, head, nouns=False)[:1]
        if not first and 2 <= head - a <= MAX_NOUN // 2 + 2:  # 引导|高等学校毕业生|到中小企业就业 (支持|银行|和小额贷款公司等: the first)
            first = coordinated(text, vocab, a, head)[:1] or [Recipient(text[a:head], None, a, head)]
        first = first or [replace(r, name=r.name[r.name.rfind("的") + 1 :]) for r in named_items(text, vocab, a, head, nouns=True) if r.name.endswith(recipient_heads(vocab))][:1] or named_items(text, vocab, a, b, nouns=False)[:1]  # (支持银行、保险机构等|为…)
        return first, doers.condition(text[first[0].end : b]) if first else None
    if text[a:b] == "其" or (text.startswith("其", a) and all(p[0] in cues.words("purpose_tail") for p in list_items(text, a + 1, b))):
        return objects_before(text, vocab, offer), None  # 支持融资担保机构…,对其(建设和经营)给予…: whom the sentence supports
    bought = (buyers(text, vocab, a, b) or operators(text, a, b, offer.terms)) if text[a - 1 : a] not in FOR_MARKS else []
    if bought:  # 支持X和Y购买…的技术开发、检验检测等服务,按…予以兑付: the buyers (…建设…,给予运营经费支持: who run it)
        return bought, None
    within = inside_place(text, vocab, a, b)
    if within:  # 孵化器内|在孵企业|租用孵化场地的: the body inside the place
        return within, doers.condition(text[within[0].end : b])
    hiring = hirers.hirers(text, vocab, offer, a, b) if text[a - 1 : a] not in FOR_MARKS else []
    if hiring:  # 孵化器、众创空间|聘请创业导师…的; …;|委托专业机构…的: who hires, not whom (fund19a)
        return hiring, doers.condition(text[hiring[-1].end : b] if hiring[-1].end > a else text[a:b])
    last_of = text.rfind("的", a, b)
    selected = selected_alone(text, a, last_of) if last_of > a and last_of + 1 == b else None
    selected = selected or (certified(text, a, last_of) if last_of > a and text[last_of + 1 : b] in cues.words("generic_person") else None)
    if selected:  # 对入选国家级人才计划的,给予每人…: those the programme selected (取得…技术经理人职业能力证书的人员: its holders)
        return [selected], doers.condition(text[a : selected.start]) if text[last_of + 1 : b] else None
    persons_at = personlist.persons_placed(text, vocab, a, b) if text[a - 1 : a] == "对" else []
    if persons_at:  # 对博士、硕士研究生|到我市企业工作的: each person, where they work a condition (fund19a)
        return persons_at, doers.condition(text[a : b - 1])
    placed = _doer_before_place(text, vocab, a, b) if text[a - 1 : a] == "对" or a == 0 or text[a - 1] in ",;。:\n" or taiwan_conditions.after_article(text, a) else None
    if placed:  # 对青年|到孵化器创业 (or opening its clause): who comes, not the place where (a platform named there is no recipient)
        return [placed], doers.condition(text[placed.end : b])
    encouraged = ENCOURAGED_FOR.search(text, max(text.rfind(m, 0, a) for m in ",;。\n") + 1, a - 1) if text[a - 1 : a] == "为" else None
    if encouraged and encouraged["who"].endswith(recipient_heads(vocab)):  # 鼓励|金融机构|为科技企业提供贷款,…给予风险补偿: who is encouraged
        return [Recipient(encouraged["who"], None, encouraged.start("who"), encouraged.end("who"))], None
    acting = ACTION.search(text, a + 2, b) if text[a - 1 : a] == "为" and not measures.named_after_act(text, vocab, a, b) else None
    if acting and (acting.start() - a <= MAX_NOUN // 2 or "、" in text[a : acting.start()] and acting.start() - a <= 2 * MAX_NOUN):  # (a list of bodies)  # 为金融机构|开展…的融资业务提供风险补偿: who does it
        return named_items(text, vocab, a, acting.start(), nouns=True), doers.condition(text[acting.start() : b])
    # 對…之企業, 獲選之|青年創業團隊 opening its clause: 之 is 的 in Taiwan's laws
    zhi = [m.start() for m in ZHI.finditer(text, a, b)] if text[a - 1 : a] in FOR_MARKS else []
    if not zhi and (a == 0 or text[a - 1] in ",;。:\n 条") and text[a:b].endswith(recipient_heads(vocab)):  # (第十條|新設立之研發中心)
        zhi = [m.start() for m in ZHI.finditer(text, a, b)]  # (a clause's subject: only a body's name after 之)
    of = max([text.rfind("的", a, b), *zhi, *taiwan_conditions.condition_end(text, a, b)])  # (…以上者: Taiwan's 的, twn19)
    if of > a and of + 1 < b and all(p[0] in cues.words("purpose_tail") or p[0].endswith(cues.words("spending_deed")) for p in list_items(text, of + 1, b)):
        b, of = of, text.rfind("的", a, of)  # 对科技园区的|建设、发展: the park, not its building (机构的|设备购置: the body)
        thing = max(text.rfind("等", a, b), text.rfind("、", a, b), a - 1) + 1  # …等重大发明专利技术|的创造和运用: the thing
        if of < a and not named_items(text, vocab, a, b, nouns=False) and 2 <= b - thing <= MAX_NOUN:
            return [Recipient(text[thing:b], None, thing, b)], None
    owners = _owner_of(text, vocab, a, of, b) if of > a and text[a - 1 : a] in FOR_MARKS else []
    if of > a and (text.startswith("其", a) or text[a:of] == "发生") and PAID_ON.fullmatch(text, of + 1, b):  # (对发生的贷款损失: theirs)  # 支持银行…,对其|发生的不良贷款损失
        return objects_before(text, vocab, offer), None
    if owners:  # 对科技型中小企业的|贷款: the money is for what the recipient pays
        return owners, None
    owner = OWNER.match(text, of + 1, b) if of >= 0 and text[a - 1 : a] in FOR_MARKS else None
    if owner and owner.end() < b:  # 对符合条件的|技术改造项目|贷款: the project that borrows
        return [Recipient(owner["who"], None, owner.start(), owner.end())], doers.condition(text[a:of])
    only_levels = LEVEL_LIST.fullmatch(text, of + 1, b) if of >= 0 else None
    if only_levels:  # 重点实验室\n新认定的|国家级、省级,分别给予…: the levels of whom is named before
        levels = [level_of(m.group()) for m in LEVEL_RE.finditer(only_levels.group())]
        return [replace(r, level=lv) for r in distinct_names(named_before(text, vocab, offer)) for lv in levels], doers.condition(text[a:of])
    worker = doers.worker(text, a, of, recipient_heads(vocab)) if of > a and text[of + 1 : b].endswith(cues.words("work_noun")) else None
    if worker:  # 对融资担保机构开展的|…业务: the body that does the work
        return [worker], None
    if of >= 0 and of + 1 < b:  # 对新认定的国家级、省级重点实验室
        anyone = PLACED_ANYONE.fullmatch(text, of + 1, b)  # 单位和个人: whoever, one recipient
        recipients = [Recipient(anyone["who"], None, anyone.start("who"), b)] if anyone else named_items(text, vocab, of + 1, before_kind(text, vocab, of + 1, b), nouns=True)
        shared = shared_before(text, vocab, a, of, recipients[0]) if len(recipients) == 1 else []
        if shared:
            return shared, None
        listed = LEADING_LIST.match(text, a, of)
        if listed:
            names = listed["items"].split("、")
            pos = listed.start()
            for name in names:
                recipients.append(Recipient(name, None, pos, pos + len(name)))
                pos += len(name) + 1
            return recipients, doers.condition(text[listed.end() : of])
        established = ESTABLISHED.search(text, a, of)
        platforms = [h for h in recipient_hits(vocab, text, established.end(), of) if h[2].type in ("PlatformType", "Platform")] if established else []
        if established and platforms and not recipient_hits(vocab, text, of + 1, b):  # 获批设立河北省院士工作站的企事业单位
            platform = named_items(text, vocab, established.end(), of, nouns=False)  # (获批…计划项目的牵头单位: the unit)
            if platform:
                return platform, doers.condition(text[a : established.end()])
        kind = text[of + 1 : b]
        gained = GAINED.search(text, a, of) if not recipient_hits(vocab, text, of + 1, b) else None
        inner = named_items(text, vocab, gained.end(), of, nouns=False) if gained else []
        if gained and inner and all(r.name.endswith(kind) for r in inner):  # 入选独角兽企业榜单的|企业: the kind
            return inner, doers.condition(text[a : gained.end()])
        people = all(PERSON.search(r.name) or r.name.endswith(cues.words("person_class")) for r in recipients)
        granted = granted_levels(text, a, of, people=people) if all(r.level is None for r in recipients) else []
        if granted:  # 对晋级为国家级的孵化器, 对获评国家级、省级绿色工厂的企业: the level granted is the recipient's
            recipients = [replace(r, level=level) for r in distinct_names(recipients) for level in granted]
        return recipients, doers.condition(text[a:of])
    if of >= 0:  # 获批省级院士合作重点单位的, / 对承担国家重大任务的,
        if led_by := taiwan_conditions.doer_before(text, vocab, a, of):  # 投資人於…新設廠房,|其投資金額達…者: the doer (twn19)
            return led_by, doers.condition(text[a:of])
        gained = GAINED.match(text, a, of)  # 认定为|国家级、省级企业技术中心的: the levels of what was granted
        inside = named_items(text, vocab, gained.end() if gained else a, of, nouns=False) or leading_nouns(text, vocab, a, of)
        # 获得中国专利优秀奖的单位: a prize won is no recipient when its winner is named; named alone, it stands for them
        inside = [r for r in inside if not (gained and r.name.endswith(cues.words("prize_suffix")))] or inside
        subject = condition_subject(text, vocab, a, of) if text[a - 1 : a] not in FOR_MARKS else []
        if subject and {r.name for r in inside} <= {r.name for r in subject}:  # 高层次人才和团队|来本市…的
            return subject, doers.condition(text[subject[-1].end : of])
        measured = MEASURED_BODY.match(text, a, of) if NUMBER.search(text, a, of) else None
        if measured and all(r.start >= measured.end() for r in inside):  # 企业|上年度研发费用…在500万元以上的: whose measure
            return [Recipient(measured["who"], None, a, measured.end())], doers.condition(text[measured.end() : of])
        doing = _doer_first(text, vocab, a, of, inside) or ([who] if (who := doers.investor(text, a, of, recipient_heads(vocab))) else [])
        if doing:  # 担保机构|开展小微企业融资担保业务的, 对企业|购买首台套装备的: who does it, not what it is done to
            return doing, doers.condition(text[doing[-1].end : of])
        won, verb = _won_items(text, vocab, a, of)
        if len(won) > len(inside):  # 企业|首次入选|省级“雄鹰企业”、国家级专精特新“小巨人”企业|的: each title won, with its level
            return won, doers.condition(verb)
        granted = granted_levels(text, inside[-1].end, of) if inside and all(r.level is None for r in inside) and GAINED.match(text, inside[-1].end, of) else []
        inside = [replace(r, level=level) for r in distinct_names(inside) for level in granted] or inside  # 企业|获评国家级、省级智能工厂的: the levels won
        if inside:
            before = text[a : inside[0].start]
            if inside[0].level:  # 获批省级院士合作重点单位: the level is not part of the condition
                before = re.sub(rf"(?:(?:{cues.alternation('level')}|国家|省|市)(?:及?以上)?[、和及或与]?)+$", "", before)
            return inside, doers.condition(before) or doers.condition(text[inside[-1].end : of])
        prize = won_alone(text, a, of)
        if prize:  # 获得“中华技能大奖”的: the prize stands for its winners
            return [prize], None
        listed_in = LISTED_IN.match(text, a, of)  # 对列入|省重点建设项目|的: the items listed are funded
        if listed_in and 2 <= of - listed_in.end() <= MAX_NOUN and text[listed_in.end() : of].endswith(cues.words("recipient_head")):
            return [Recipient(text[listed_in.end() : of], None, listed_in.end(), of)], None
        doer = doers.doer(text, a, of)
        if doer:  # 有创业意愿的|劳动者|参加创业培训的: who does what the condition names
            return [doer], doers.condition(text[a:of])
        party = PARTY_FIRST.match(text, a, of)
        if party:  # 对技术输出方|促成技术在我市转化的: the party to the deal that acts, not a body named before
            return [Recipient(party["who"], None, a, party.end("who"))], doers.condition(text[party.end("who") : of])
        named = named_before(text, vocab, offer)
        levels = [level_of(m.group()) for m in LEVEL_RE.finditer(text, a, of)]  # 经认定为国家级、省级的
        if levels:  # 获批国家级的,再给予: the level the condition names, whatever the level named before
            named = [replace(r, level=level) for r in distinct_names(named) for level in levels]
        return named, doers.condition(text[a:of])
    led = doers.supported(text, a, b, recipient_heads(vocab)) if text[a - 1 : a] not in FOR_MARKS else None  # 支持|企业|开展首台(套)…,按…给予奖励: the doer
    anyone = PLACED_ANYONE.fullmatch(text, a, b) if text[a - 1 : a] in FOR_MARKS else None  # 对单位和个人给予资金支持: whoever, one recipient
    if led:
        return [led], None
    if anyone:
        return [Recipient(anyone["who"], None, anyone.start("who"), b)], None
    persons = PERSON_LIST.fullmatch(text, a, b) if text[a - 1 : a] in FOR_MARKS else None
    if persons:  # 对发明人或者设计人: each person named
        return split_persons(text, a, b), None
    named = named_items(text, vocab, a, b, nouns=False)  # 对中试平台服务能力提升 / 在国家制造业创新中心…阶段
    if not named and text[a - 1 : a] in FOR_MARKS and "、" in text[a:b]:  # 对人工智能、区块链领域企业
        named = named_items(text, vocab, a, b, nouns=True)
        if named and (named[-1].name.endswith(recipient_heads(vocab)) or personlist.all_persons(named)):  # (对全职博士、硕士研究生)
            return named, None
        named = []
    joined = coordinated(text, vocab, a, b) if text[a - 1 : a] in FOR_MARKS else []
    if joined and len(joined) > len(named):  # 对优秀知识产权项目和知识产权权利人: each noun joined, each a body or person
        return [next((n for n in named if r.start <= n.start and n.end <= r.end), r) for r in joined], None
    partner = named and text[a - 1 : a] not in FOR_MARKS and text[a : named[0].start].endswith(("与", *cues.words("partner_manner")))
    subject = condition_subject(text, vocab, a, b) if partner else []
    if subject:  # 高等院校、科研院所|与|中小企业开展…合作,…部门给予: the subject, not its partner
        return subject, doers.condition(text[subject[-1].end : b])
    if named:
        return named, doers.condition(text[named[-1].end : b]) if text[a - 1 : a] in FOR_MARKS else None
    aimed = AIMED_AT.fullmatch(text, a, b) if text[a - 1 : a] in FOR_MARKS and "、" not in text[a:b] else None
    if aimed and not ACTION.search(text, a, aimed.end("what")):  # 对新能源汽车|推广应用给予补贴: what is put to use
        return [Recipient(aimed["what"], None, a, aimed.end("what"))], None
    owner = OWNER.match(text, a, b) if text[a - 1 : a] in FOR_MARKS else None
    if owner:  # 对企业|专利权质押保险保费给予补贴: the money is for what the recipient pays
        return [Recipient(owner["who"], None, a, owner.end("who"))], None
    if b - a <= SHORT_NOUN and "、" not in text[a:b] and text[a - 1 : a] in FOR_MARKS:  # 对企业给予
        return [Recipient(unquoted(text[a:b]), None, a, b)], None
    action = ACTION.search(text, a + 2, b) if text[a - 1 : a] in FOR_MARKS else None
    action = action or (COMING.search(text, a + 2, b) if text[a - 1 : a] in FOR_MARKS else None)
    if action and (action.start() - a <= SHORT_NOUN or action.start() - a <= MAX_NOUN and text[a : action.start()].endswith(recipient_heads(vocab)) and "、" not in text[a : action.start()]):  # 对企业|开展智能化改造给予, 对青年|到孵化载体创业, 对农民专业合作社|开展…: who does it
        return [Recipient(text[a : action.start()], None, a, action.start())], doers.condition(text[action.start() : b])
    if text[a - 1 : a] in FOR_MARKS and b - a <= MAX_NOUN and (text[a:b].endswith(recipient_heads(vocab)) or PERSON.search(text[a:b])) and "、" not in text[a:b]:
        return [Recipient(unquoted(text[a:b]), None, a, b)], None  # 对科技成果转化项目给予支持, 对全日制博士研究生: a body, a project or persons
    subject = condition_subject(text, vocab, a, b) if text[a - 1 : a] not in FOR_MARKS else []
    if subject:  # 学术机构和行业组织等|在本市举办…活动,市财政部门给予: whom the clause is about
        return subject, doers.condition(text[subject[-1].end : b])
    opens = (a == 0 or text[a - 1] in ",;。:\n)" or taiwan_conditions.after_article(text, a)) and (AMOUNT_NEXT.match(text, offer.terms.start) or PAID_BY_NEXT.match(text, offer.terms.start) or OWN_SHARE_NEXT.match(text, offer.terms.start))  # (X给予 + a word: X pays; 发榜企业|按其实际支付…的20%给予补助: X is paid on its own spending)
    paid_persons = bool(PERSON.search(text[a:b]) or text[a:b].endswith(cues.words("person_class"))) and b - a <= MAX_NOUN and "、" not in text[a:b] and PAID_BY_NEXT.match(text, offer.terms.start) is not None  # 在站博士后研究人员,由市财政给予每人…
    if opens and (b - a <= SHORT_NOUN + 2 or paid_persons) and (text[a:b].endswith(recipient_heads(vocab)) or PERSON.search(text[a:b]) or paid_persons) and not NOT_SUBJECT.search(text, a, b):
        return [Recipient(text[a:b], None, a, b)], None  # A类人才|给予200万元: a short noun opening its clause
    led = doers.supported(text, a, b, recipient_heads(vocab), clause=True)
    return ([led], None) if led else (named_before(text, vocab, offer), doers.condition(text[a:b]))  # 鼓励|人才|向企业流动,在…经费…方面给予支持


def _owner_of(text: str, vocab: Vocab, a: int, of: int, b: int) -> list[Recipient]:
    """对科技型中小企业的贷款, 对企业的研发投入: the body before 的 owns what the money is paid on."""
    if not PAID_ON.fullmatch(text, of + 1, b) or "的" in text[a:of]:
        return []
    named = named_items(text, vocab, a, of, nouns=False)
    if named and named[-1].end == of:
        return named
    got = re.search(r"(?:获得|取得)$", text[a:of])  # (人才创办企业|获得的“人才贷”: the borrower)
    noun = text[a : a + got.start() if got else measures.spender_end(text, a, of)]  # (企业|发生的研发费用)
    if len(noun) <= MAX_NOUN and noun.endswith(recipient_heads(vocab)) and "、" not in noun:
        return [Recipient(noun, None, a, of)]
    measured = MEASURED_BODY.match(text, a, of)  # 企业|研发费用较上年度增长的部分: whose measure grew
    if measured:
        return [Recipient(measured["who"], None, a, measured.end())]
    return condition_subject(text, vocab, a, of)  # 企业|引进人才支付的猎头费用: who pays it


def _doer_first(text: str, vocab: Vocab, a: int, of: int, inside: list[Recipient]) -> list[Recipient]:
    """The subject of a condition when it does something to the bodies named after its verb (开展, 购买,
    为, 向 …; not 建设/设立/获得, whose object is what is funded): the subject, named before the verb."""
    if not inside:
        return []
    start = past_opening(text, a, of)
    verb = SUBJECT_VERB.search(text, start + 2, of)
    if verb is None or not DOING.fullmatch(verb.group()) or all(r.start < verb.end() for r in inside):
        return []
    subject = condition_subject(text, vocab, a, of)
    if not subject or any(r.end > verb.start() for r in subject):
        return []
    return subject if all(r.start >= verb.end() or r.end <= subject[-1].end for r in inside) else []


def _doer_before_place(text: str, vocab: Vocab, a: int, b: int) -> Recipient | None:
    """对青年|到孵化器创业, 对高校毕业生|在众创空间创业的: a person or body, then where it goes or works,
    with the only vocabulary terms in the place."""
    place = PLACE_VERB.search(text, a + 2, min(b, a + SHORT_NOUN + 1))
    if place is None:
        return None
    noun = text[a : place.start()]
    hits = recipient_hits(vocab, text, a, b)
    if not hits or hits[0][0] < place.end() or "、" in noun or not (COMER.search(noun) or noun.endswith(recipient_heads(vocab))):
        return None
    return Recipient(noun, None, a, place.start())


def _won_items(text: str, vocab: Vocab, a: int, of: int) -> tuple[list[Recipient], str]:
    """A subject, a verb of gaining, then a list of titles each ending in a recipient's head (企业|首次入选|省级“雄鹰企业”、
    国家级专精特新“小巨人”企业|的): the titles, each with its level (分别 maps the amounts to them), and the verb."""
    verb = GAINED.search(text, a + 2, of)
    if verb is None or verb.start() - a > SHORT_NOUN or not text[a : verb.start()].endswith(recipient_heads(vocab)):
        return [], ""
    items = list_items(text, verb.end(), of)
    heads = recipient_heads(vocab)
    if len(items) < 2 or not all(unquoted(name).endswith(heads) for name, *_ in items):
        return [], ""
    return [Recipient(unquoted(name), level, p, q) for name, level, p, q in items], verb.group()


def _joined_doers(text: str, vocab: Vocab, a: int, head: int) -> list[Recipient]:
    """银行和小额贷款公司等金融机构, 高校和科研院所: bodies joined by 和/、 before the act the means support, each one
    (the last without its 等-kind when its name ends in a head: 小额贷款公司|等金融机构)."""
    items = coordinated(text, vocab, a, head)
    if not items:
        return []
    last = items[-1]
    kind = last.name.find("等")
    if kind >= 2 and last.name[:kind].endswith(recipient_heads(vocab)):
        items[-1] = replace(last, name=last.name[:kind], end=last.start + kind)
    return items
