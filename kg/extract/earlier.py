"""Recipients named outside an offer's 对… phrase: the subject of a condition clause (企业|在示范区内…的), the
names before it in the paragraph or the sentence (支持|技术经理人|…,给予奖励), the lead-in of a list (对上市企业给予
以下支持:) or a title that names whom. Used by kg.extract.recipients, which reads the 对… phrase first.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kg import cues
from kg.extract import doers
from kg.extract.levels import LEVEL_LIST, list_items
from kg.extract.numbers import amounts
from kg.extract.nouns import ACTION, MAX_NOUN, PEOPLE_OF, PERSON, Recipient, lead_sentence, named_items, recipient_heads, split_persons
from kg.extract.subjects import past_opening
from kg.model import Span
from kg.vocab import Vocab

if TYPE_CHECKING:
    from kg.extract.promises import Offer

CLAUSE_BREAK = re.compile(r"[,;。]|(?<!\d):(?!\d)")  # (not the : of a 1:1 ratio: 所在区按照1:1的比例给予配套, fund18c)
APPROVED_LEAD = re.compile(r"(?:经|新|符合)[^,。;的]{0,10}的(?=[\u4e00-\u9fff]{2})")  # 经认定的, 符合条件的: how the subject qualifies
GAINED = re.compile(r"(?:首次|初次)?(?:经|新)?被?(?:获批|获得|批准|认定为|认定|获评|评为|列入|入选)")  # (首次被认定为|省级A、B的: the level is both's)
# The objects of a verb of support or of bringing in (or of several: 鼓励和支持), up to what they are to do or the clause's end
OBJECTS = cues.lazy(
    lambda: rf"(?:(?:{cues.alternation('support_verb')}|引进)[和、]?)+(?<![和、])(?P<objs>[\u4e00-\u9fff、]{{2,40}}?)(?=,|{ACTION.pattern}|设立|全程|积极|在|依法|独立|与|联合|依托|利用|通过|为|{cues.alternation('settle_verb')})"  # (…|落户: fund16c)
)
PREPOSITION = re.compile(r"[与和向对在为]")  # 与高等学校…签订: a partner, not the subject
# What ends the subject of a condition clause (企业|在示范区内…的, 人才和团队|来本市…的)
SUBJECT_VERB = cues.lazy(
    lambda: rf"在|来|到|为|向|与|通过|按照|按|对|经|被|获得|取得|举办|列入|租用|使用|利用|发放|投保|{ACTION.pattern}|{cues.alternation('goal_verb')}"
)
MANNER_END = cues.lazy(lambda: rf"(?:{cues.alternation('doer_manner')})+$")
INTRODUCED = cues.lazy(lambda: rf"(?:{cues.alternation('introducer')}|{cues.alternation('support_verb')})")
NOT_SUBJECT = cues.lazy(lambda: rf"{cues.alternation('payer')}|{cues.alternation('rule')}|政府(?!性)|可以")  # (政府性…机构: a kind of body)
TITLE_MONEY = cues.lazy(lambda: rf"(?:认定|建设|研发)?(?:{cues.alternation('money_word')}|支持|扶持)$")  # a measure's title: …企业|奖励
OBJECT_TAIL = cues.lazy(lambda: rf"(?:的?(?:{cues.alternation('purpose_tail')})[和、与及]?)+$")
LEAD_VERB = cues.lazy(lambda: rf"(?:(?:{cues.alternation('support_verb')})[和、]?)+(?:发展|建设|引进|培育|设立)?")  # 鼓励和支持发展|新型研发机构
# a list's items open their lines with a number: (一), 1., 一、
ITEMS_NEXT = re.compile(r"\s*:\s*\n\s*(?:\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、)")
# (or a lead-in that names only the support, its items on the lines after: 对新认定的孵化器给予奖励:|(一)国家级的,…)
# (its first item sized: 对…人员给予处理:|(一)…, 给予奖励和报酬:|(一)提取…比例 are no list of sums)
LEAD_IN = cues.lazy(
    lambda: r"对(?P<who>[^,。;:\n]{2,30}?),?\s*(?:分阶段|分别)?(?:给予|予以|提供)"
    rf"(?:[^,。;:\n]{{0,10}}?(?:以下|如下|下列)[^,。;:\n]{{0,6}}|[^,。;:\n]{{0,4}}?(?:{cues.alternation('money_word')})"
    rf"(?={ITEMS_NEXT.pattern}[^\n]*?\d(?:\.\d+)?\s*[万亿]?元)):"
)
LEAD_IN_REACH = 600  # characters back from an item to the lead-in of its list
SHORT_NOUN = 6  # …and without 的 to mark it off from a condition (对企业给予), a very short one

def leading_nouns(text: str, vocab: Vocab, start: int, end: int) -> list[Recipient]:
    """技术转移、技术交易机构促成…的: the list of names that opens a clause, up to its first head word."""
    gained = GAINED.match(text, start, end)  # 获批|省级院士合作重点单位的: what was granted
    start = gained.end() + text.startswith("的", gained.end()) if gained else start  # (经认定的|人力资源服务机构)
    heads = recipient_heads(vocab)
    ends = [m.end() for h in heads for m in re.finditer(re.escape(h), text[start : min(end, start + MAX_NOUN)])
            if not PEOPLE_OF.match(text, start + m.end())]  # 高等学校|毕业生: the persons, not the school
    if not ends:
        return []
    ends = sorted(set(ends))
    first = ends[0]
    for later in ends[1:] if not PREPOSITION.match(text, start) else ():  # 高校、科研院所|科技成果…: every item, each ending in a head
        if text[start + first : start + first + 1] != "、" or later <= first + 1 or "的" in text[start + first : start + later]:
            break
        first = later
    verb = GAINED.search(text, start + 2, start + first) or ACTION.search(text, start + 2, start + first)
    if verb:  # 高等职业学校学生|获得金融机构…的: the names end at the verb, the head after it is its object's
        noun = text[start : verb.start()]
        return [Recipient(noun, None, start, verb.start())] if noun.endswith(heads) or PERSON.search(noun) else []
    return named_items(text, vocab, start, start + first, nouns=True)


def named_before(text: str, vocab: Vocab, offer: Offer) -> list[Recipient]:
    """对承担国家重大任务的,…加大资金支持力度: the platforms named last before, in the paragraph."""
    end = offer.start
    for clause in reversed([(offer.paragraph, offer.paragraph), *((m.start(), m.end()) for m in CLAUSE_BREAK.finditer(text, offer.paragraph, offer.start))]):
        led = doers.supported(text, past_opening(text, clause[1], end), end, recipient_heads(vocab), clause=True)  # 鼓励|科技人员|创办科技型企业,…在…资金…方面给予支持: who is encouraged
        items = [led] if led else [r for r in named_items(text, vocab, past_opening(text, clause[1], end), end, nouns=False) if not r.name.endswith(cues.words("prize_suffix"))]  # (a prize won, no recipient; 第五条(科技企业培育): an article's title, no one)
        if items or clause[1] == offer.paragraph:
            break
        end = clause[0]
    return (items or objects_before(text, vocab, offer) or _subject_before(text, vocab, offer)
            or _lead_in(text, vocab, offer))


def _lead_in(text: str, vocab: Vocab, offer: Offer) -> list[Recipient]:
    """对上市企业给予以下支持:(一)完成股改的,给予100万元;…: the lead-in's recipients, for each item of its list."""
    found = None
    for lead in LEAD_IN.finditer(text, max(0, offer.start - LEAD_IN_REACH), offer.end):  # (its first item's sum may be this one's)
        found = lead if lead.end() <= offer.start else found
    who = Span(found.start("who"), found.end("who")) if found else None
    if who is None or offer.phrase == who:  # (already reading this lead-in's who, which names no one: not again, forever)
        return []
    from kg.extract.recipients import recipients_of  # (recipients reads this module when it loads)

    return recipients_of(text, vocab, replace(offer, phrase=who, nouns=False, means=False))[0]


def _subject_before(text: str, vocab: Vocab, offer: Offer) -> list[Recipient]:
    """企业在境内上市的,给予300万元奖励;在新三板挂牌的,给予…: the subject of the part before the semicolon."""
    sentence = max(text.rfind(mark, offer.paragraph, offer.start) for mark in "。;") + 1 or offer.paragraph
    if sentence <= offer.paragraph or text[sentence - 1] != ";":
        return []
    before = max(text.rfind(mark, offer.paragraph, sentence - 1) for mark in "。;") + 1 or offer.paragraph
    clause = CLAUSE_BREAK.search(text, before, sentence - 1)
    end = clause.start() if clause else sentence - 1
    if text.startswith("对", before) and text.rfind("的", before, end) > before:  # 对参与制定国际标准的|企业,…;…的,每项…
        noun = text[text.rfind("的", before, end) + 1 : end]
        return [Recipient(noun, None, end - len(noun), end)] if 2 <= len(noun) <= SHORT_NOUN and noun.endswith(recipient_heads(vocab)) else []
    return condition_subject(text, vocab, before, end - (text[end - 1] == "的"))


def condition_before(text: str, vocab: Vocab, offer: Offer) -> list[Recipient]:
    """…的,有关部门给予奖励 without a phrase: the subject of the last clause ending in 的 before the promise."""
    sentence = max(text.rfind(mark, offer.paragraph, offer.start) for mark in "。;") + 1 or offer.paragraph
    ends = [m.start() for m in CLAUSE_BREAK.finditer(text, sentence, offer.end) if text[m.start() - 1 : m.start()] == "的"]
    if not ends:
        return []
    start = max([sentence, *(m.end() for m in CLAUSE_BREAK.finditer(text, sentence, ends[-1]))])
    return condition_subject(text, vocab, start, ends[-1])


def condition_subject(text: str, vocab: Vocab, start: int, end: int) -> list[Recipient]:
    """企业、高等院校和科研院所|在示范区内实施科技成果转化的: without 对, whom a condition clause is
    about, named before its verb; each item a body or a person, none a verb of support."""
    start = past_opening(text, start, end)
    verb = SUBJECT_VERB.search(text, start + 2, end)
    if verb is None or INTRODUCED.match(text, start, verb.start()) or NOT_SUBJECT.search(text, start, verb.start()):
        return []  # 支持企业…, 人民政府应当完善…: a verb or the payer, not whom the clause is about
    approved = APPROVED_LEAD.match(text, start, verb.start())  # 经认定的|人力资源服务机构|为…引进人才的: the body, not its approval
    start = approved.end() if approved else start
    manner = MANNER_END.search(text, start + 2, verb.start())  # 企业|牵头承担…的: how it acts is no part of it
    stop = manner.start() if manner else verb.start()
    items = list_items(text, start, stop - (text[stop - 1] == "等"))
    heads = recipient_heads(vocab)
    named = [Recipient(name, level, a, b) for name, level, a, b in items if name.endswith(heads) or PERSON.search(name)]
    # every item a body or a person (企业和社会资本: one of two will do, the other is the money they bring)
    enough = len(named) == len(items) or (
        len(items) == 2 and len(named) == 1 and items[0][0] == named[0].name and len(items[1][0]) <= 4 and not PREPOSITION.match(named[0].name)
    )
    return named if named and enough and all(len(r.name) <= MAX_NOUN for r in named) else []


def objects_before(text: str, vocab: Vocab, offer: Offer) -> list[Recipient]:
    """支持|技术经理人|全程参与…,根据技术交易额给予奖励; 引进|高层次创新创业人才、…创新团队,依照规定给予补贴:
    whom the sentence supports or brings in, named after the verb, each ending in a recipient's head."""
    sentence = max(text.rfind(mark, offer.paragraph, offer.start) for mark in "。;") + 1 or offer.paragraph
    found = None
    for found in OBJECTS.finditer(text, sentence, offer.end):  # (offer.start may be the sentence's start)
        pass
    lead = lead_sentence(text, sentence, offer.paragraph) if found is None else None
    verb = LEAD_VERB.search(text, lead.start, lead.end) if lead else None
    if lead and verb:  # (三)鼓励企业技术改造。对设备投资额超过2000万元的,给予…: whom the title supports
        doer = doers.doer(text, verb.end(), lead.end)  # 支持|高校毕业生|来本市创业
        return leading_nouns(text, vocab, verb.end(), lead.end) or ([doer] if doer else [])
    title = past_opening(text, lead.start, lead.end) if lead else 0
    end = (m.start() if (m := TITLE_MONEY.search(text, title, lead.end)) else lead.end) if lead else 0  # 三、高新技术企业|奖励\n…
    if lead and 2 <= end - title <= SHORT_NOUN + 4 and text[title:end].endswith(recipient_heads(vocab)):
        return [Recipient(text[title:end], None, title, end)]  # (二)新型研发机构\n经认定的,给予…: the title names whom
    if found is None:
        return []
    a, b = found.start("objs"), found.end("objs")
    tail = OBJECT_TAIL.search(text, a, b)
    b = tail.start() if tail and tail.start() - a >= 2 else b  # 鼓励…开发区|建设和发展
    heads = recipient_heads(vocab)
    items = named_items(text, vocab, a, b, nouns=True) if LEVEL_LIST.match(text, a, b) else split_persons(text, a, b)
    if all(PERSON.search(r.name) or r.name.endswith(heads) for r in items):
        return items
    settled = cues.pattern("settle_verb").match(text, b)  # 支持算力服务商、数据标注企业|落户…: the list, the last one's head shared
    return leading_nouns(text, vocab, a, b) if settled and items and items[-1].name.endswith(heads) else []


def sized_items_next(text: str, at: int) -> bool:
    """给予奖励:|(一)国家级的,奖励100万元;…: numbered items on the next lines, the first sized (not 情形 listed: 有下列情形之一的)."""
    items = ITEMS_NEXT.match(text, at)
    line_end = text.find("\n", items.end()) if items else -1
    return bool(items and next(amounts(text, items.end(), line_end if line_end > 0 else len(text)), None))
