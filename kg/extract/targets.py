"""Targets: quantitative goals (到2025年,高新技术企业达到1800家) → Target.

Finding and building are apart, as in spaCy's match()/set_annotations(): `find` walks each
clause and yields `Found` records (plain offsets and strings), `build` turns them into Targets.

A number with a unit is a goal when something in its clause says so:
- a comparator right before it: 高新技术企业达到1800家, 超过50家, 提高到700件 (subject on the left);
- a verb of building right before it: 创建500家高精尖产业优秀企业技术中心 (subject on the right);
- a verb earlier in the clause: 建设科技成果中试基地(平台)3-5家 (subject in between);
- 左右/以上 after it: 10个左右中试服务平台;
- or it is coordinated with a goal just found: …3个、节能环保应用场景2个.
Verb- and 左右-goals also need a deadline (到2025年) or 每年 in force, since 围绕12个重点产业
is a description, not a goal. Deadlines hold from where they are written to the end of the
paragraph; a paragraph that opens with one (or ends in a colon) passes it on to the next
paragraphs until a section heading or another deadline.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from kg import cues
from kg.extract.deadlines import DEADLINE, Deadlines, speaks_from
from kg.extract.bare import with_bare
from kg.extract.framed import PERIOD_OPEN, framed
from kg.extract.numbers import Quantity, parse_number
from kg.extract.notgoals import (
    FUNDING_WORD, MONEY_OR_SHARE, RULE, SIZE_CLASS, budget_goal, looks_back, norm, not_a_goal, required, under_conditions,
)
from kg.extract.spread import paired
from kg.extract.subjects import (
    LEVEL_PREFIX, VERB_ANY, Piece, clause_start, clean, distribute, label_subject, left_subject, previous_subject,
    right_subject, verb_run, verbs_in,
)
from kg.extract.tables import table_rows
from kg.model import Document, Span, Target
from kg.vocab import Vocab

EMITS = (Target,)

CLAUSE_END = re.compile(r":|(?<!\d),|,(?!\d{3}(?!\d))")  # but 14,000家 is one number


LIMIT = cues.lazy(lambda: cues.alternation("limit"))  # 不低于, 不超过 …
RATIO_END = cues.lazy(lambda: rf"(?:{cues.alternation('ratio_head')})$")
LEADING_NUMBER = re.compile(r"\d+(?![A-Za-z\d])")
# 突破新台币5兆元: the currency between the comparator and its number is no part of either (only dated goals name one);
# 科技型中小企业评价入库5000家: entering a register is a comparator too
NEXT_DEADLINE = re.compile(rf"\s*(?:{DEADLINE.pattern}|(?:19|20)\d{{2}}\s*年(?:底|末)?(?:前|以前)?\s*,)")  # a line opening with a year
COMPARATOR_LISTS = ("comparator", "rate_comparator", "registered_comparator", "target_value_word", "change_to_comparator")
# 增加到2025年的1500家: the year the figure is for, between the comparator and its number
COMPARATOR_END = cues.lazy(lambda: rf"(?P<verbs>{verb_run()})?(?P<cmp>{'|'.join(map(cues.alternation, COMPARATOR_LISTS))})\s*(?:(?P<at>(?:19|20)\d{{2}})\s*年(?:底|末)?的)?\s*(?P<currency>{cues.alternation('currency_name')})?\s*$")
# 研发投入强度2025年|达到3%, …由2020年的800家|增加到…: a year inside the line before its comparator, the base a change starts from
YEAR_IN_LINE = re.compile(r"(?<![比较由截止至到])(?:(?<![截止])(?:到|至))?\s*(?P<year>(?:19|20)\d{2})\s*年(?:底|末)?\s*$")
FROM_BASE = re.compile(r"由\s*(?:19|20)\d{2}\s*年(?:底|末)?的?[^,;。]*$")
VERB_END = cues.lazy(lambda: rf"(?:{verb_run()})\s*(?:了|出)?\s*$")
TRAILER = re.compile(r"\s*(?P<t>以上|左右|以内|上下|多)")
GENERIC = cues.lazy(lambda: rf"各类|各种|一批|相关|重点|{cues.alternation('level')}|以上")
SEPARATOR = re.compile(r"\s*(?:、|和|及|以及|与)\s*")  # used with .match(text, pos): no ^
MAX_SUBJECT = 40
DISTRIBUTIVE_IN = cues.lazy(lambda: cues.alternation("distributive"))
PACKAGE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:政策|措施|举措|意见)")
# 支持十大领域重点平台: 十大 counts the fields the goal is about, not what it builds
SCOPE_COUNT = re.compile(r"领域|方向|板块|赛道")
# A、B、C等 before the comparator: examples of the thing counted, named after the number
EXAMPLES_END = re.compile(r"、[^、]*等\s*$")
PART_BEFORE = re.compile(r"其中[,:]?\s*$")
AMONG = re.compile(r"\s*\(?\s*其中[,:]?\s*")  # (其中国家级50家): a part named in brackets too
LEVEL_ONLY = cues.lazy(lambda: rf"(?:{cues.alternation('level')})(?:及?以上)?")
KIND_OF = re.compile(r"^(?:各类|各种|各级)")  # 平台500个,其中国家级20个: 国家级平台, not 国家级各类平台
# 带动社会投资100亿元, 達成半導體產值新臺幣5兆元, 提供融资服务500亿元: money a verb leads to, reaches or provides under a deadline
LEVERAGED = cues.lazy(lambda: rf"(?:{cues.alternation('leverage_verb')}|{cues.alternation('reach_verb')}|{cues.alternation('provide_verb')})[^,;。]{{2,20}}?(?:{cues.alternation('currency_name')})?\s*$")
CAP_BEFORE = cues.lazy(lambda: rf"(?:{cues.alternation('cap_before_verb')})\s*$")
AID_END = cues.lazy(lambda: rf"(?:{cues.alternation('aid_verb')})\s*$")
BATCH = cues.lazy(lambda: rf"(?:{cues.alternation('batch_word')})")
AIM = cues.lazy(lambda: rf"{cues.alternation('goal_frame')}|{cues.alternation('aspiration')}")  # 本计画目标为4年内带动民间投资…: aimed at, undated
APPLICANT = cues.lazy(lambda: cues.alternation("applicant"))
STAFF_END = cues.lazy(lambda: rf"(?:{cues.alternation('staff_noun')})$")
GOAL_LIST = re.compile(r"(?:目标|指标)(?:为|是)?\s*:")  # 2025年目标:高新技术企业2000家,研发投入强度3%: each count a goal
RATE_END = re.compile(r"(?:率|比重|占比|比例)\s*$")
RATE_ALONE = re.compile(r"[\u4e00-\u9fff]{0,2}率")  # 覆盖率 alone: a rate of what the clause before names
BASE_YEAR = re.compile(r"(?:比|较)(?:(?:19|20)\d{2}\s*年|“?十[一二三四五六七八九]五)")  # 比2022年增加600家: a change restated, no next count
# Before a comparator, no subject but adverbs or a year of its own (到2025年|达到…): the goal before, counted again or later
ADVERBS_ALONE = cues.lazy(lambda: rf"\s*(?:(?:力争|争取)?(?:到|至)?\s*(?P<year>(?:19|20)\d{{2}})\s*年(?:底|末)?|(?P<span>[一二两三四五\d]年(?:内|来)?))?\s*(?:{cues.alternation('subject_adverb')}|{cues.alternation('scope_word')})*\s*")


@dataclass(frozen=True, slots=True)
class Found:
    """One goal found in the normalised text, before it becomes a Target."""

    quantity: Quantity
    subject: str
    comparator: str | None
    year: int | None
    per_year: bool
    start: int  # the short span quoted as evidence
    end: int


def extract(doc: Document, vocab: Vocab) -> list[Target]:
    now = speaks_from(doc)
    rows = [Found(r.quantity, r.subject, None, r.year, False, r.start, r.end) for r in table_rows(doc.text, now)]
    prose = [f for f in find(doc.text, doc.sentences, now) if not any(r.start <= f.start < r.end for r in rows)]
    return [build(doc, found) for found in dedupe(iter(prose + rows))]  # a table restating the prose: once


def build(doc: Document, found: Found) -> Target:
    q = found.quantity
    return Target(
        doc=doc.id,
        subject=found.subject,
        value=q.value,
        value_max=q.value_max,
        unit="个" if q.unit == "大" else q.unit,  # 十大…: ten of a kind
        year=found.year,
        per_year=found.per_year,
        comparator=found.comparator,
        scope=doc.meta.jurisdiction,
        evidence=doc.evidence(found.start, found.end),
    )


def find(text: str, sentences: tuple[Span, ...] = (), now: int | None = None) -> Iterator[Found]:
    """Every goal in text, sentence by sentence, clause by clause; `now` is the year the document
    speaks from (a bare 2026年, opening a paragraph of a 2024 plan is its deadline)."""
    deadlines = Deadlines(text, now)
    carried: tuple[int, str] | None = None  # the paragraph and subject of the last goal found
    for sentence in sentences or (Span(0, len(text)),):
        last: Found | None = None
        paragraph = text.rfind("\n", 0, sentence.start) + 1
        carry = carried[1] if carried and (carried[0] == paragraph or _next_by_year(text, carried[0], paragraph)) else None
        for start, end in clauses(text, sentence):
            near = last.subject if last and "\n" not in text[last.end : start] else None
            for found in in_clause(text, start, end, sentence, deadlines, near or carry):
                if found.year is None and last is None and PART_BEFORE.search(text, max(start, found.start - 4), found.start):
                    continue  # 全市研发投入280亿元,其中…: an undated part is one only of a goal of its own sentence
                carried = (paragraph, found.subject)
                if last and LEVEL_ONLY.fullmatch(found.subject):  # …孵化器5家,省级10家; 其中国家级5家: the same kind
                    found = replace(found, subject=found.subject + KIND_OF.sub("", LEVEL_PREFIX.sub("", last.subject)))
                elif last and (kind := _kind_of_level(found.subject, last.subject)):  # …团队100个,其中国家级团队10个: 国家级科技创新团队
                    found = replace(found, subject=kind)
                elif last and found.subject in cues.word_set("reported_change"):
                    found = replace(found, subject=last.subject)  # 成交额突破100亿元,|同比增长20%以上: the same measure's change
                elif last and (found.subject.startswith("占") or found.subject in cues.words("bare_measure")) and not last.subject.startswith("占"):
                    found = replace(found, subject=last.subject + found.subject)  # …增加值3000亿元,|占GDP比重达到15%; 新增…1000家、|总数突破3000家
                yield found
                last = found


def _stretch(text: str, pos: int, sentence: Span) -> int:
    """Where the stretch of text holding pos opens (after ; 。 or a line break, within its sentence)."""
    return max(sentence.start, *(text.rfind(mark, 0, pos) + 1 for mark in ";。\n"))


def _next_by_year(text: str, before: int, paragraph: int) -> bool:
    """Whether the paragraph right after the one at `before` opens with a later deadline of the same goal
    (2024年底前,完成100家企业数字化诊断。|2025年底前,累计完成300家。)."""
    return paragraph > before and text.rfind("\n", 0, paragraph - 1) + 1 == before and bool(NEXT_DEADLINE.match(text, paragraph))


def _kind_of_level(subject: str, before: str) -> str | None:
    """A level and the head of the kind counted before (国家级|团队 after 科技创新团队): the level of that kind."""
    level = LEVEL_PREFIX.match(subject)
    head = subject[level.end() :] if level else ""
    kind = KIND_OF.sub("", LEVEL_PREFIX.sub("", before))
    return level.group() + kind if level and len(head) >= 2 and len(kind) > len(head) and kind.endswith(head) else None


def clauses(text: str, sentence: Span) -> Iterator[tuple[int, int]]:
    start = sentence.start
    for mark in CLAUSE_END.finditer(text, sentence.start, sentence.end):
        yield start, mark.start()
        start = mark.end()
    yield start, sentence.end


def in_clause(text: str, start: int, end: int, sentence: Span, deadlines: Deadlines, carry: str | None = None) -> Iterator[Found]:
    previous: Found | None = None
    segment = start
    found_all = with_bare(text, start, end)
    spread = _distributed(text, start, end, found_all, sentence, deadlines) if len(found_all) > 1 else []
    if spread:
        yield from spread
        previous, segment = spread[-1], spread[-1].end
    for q in found_all:
        if previous is not None and q.start < previous.end:
            continue  # inside the subject of the previous goal
        gap = SEPARATOR.match(text, segment, q.start)
        coordinated = previous is not None and gap is not None
        left = Piece(text[gap.end() if gap else segment : q.start], gap.end() if gap else segment)
        found = judge(text, q, left, end, sentence, deadlines, coordinated, previous.subject if previous else carry)
        if found:
            yield found
            previous, segment = found, found.end
        elif not ("元" in q.unit and SIZE_CLASS.match(text, q.end)):  # (…企业2家、超百亿元|企业15家: the list goes on)
            previous = None  # 每万人口…拥有量达到12件: the subject may run through a rejected number


def _distributed(text: str, start: int, end: int, found: list[Quantity], sentence: Span, deadlines: Deadlines) -> list[Found]:
    """The goals of a list paired with its numbers by 分别 (kg.extract.spread), when every number is one."""
    pairs = paired(text, start, end, found, sentence.start)
    if not pairs or any(not_a_goal(text, p.quantity, text[sentence.start : p.quantity.start], p.quantity.end, sentence, deadlines) for p in pairs):
        return []
    if any(MONEY_OR_SHARE.search(p.quantity.unit) and FUNDING_WORD.search(text, sentence.start, sentence.end) for p in pairs):
        return []
    before = text[sentence.start : pairs[0].quantity.start]
    per_year = "每年" in before or "年均" in before
    year = None if per_year and not DEADLINE.search(before) else deadlines.at(pairs[0].quantity.start)
    if pairs[0].comparator in cues.word_set("distributive_copula") and year is None:
        return []  # 甲、乙两方分别为20%和80%: shares stated; 到2025年,…分别为10家和30家: goals
    return [Found(p.quantity, p.subject, p.comparator, p.year or year, per_year, p.start, _end_of(text, p.quantity, end)) for p in pairs]


def _end_of(text: str, q: Quantity, clause_end: int) -> int:
    """Where a number ends with its 以上/左右."""
    trailer = TRAILER.match(text, q.end, clause_end)
    return trailer.end() if trailer else q.end


def judge(
    text: str, q: Quantity, left: Piece, clause_end: int, sentence: Span, deadlines: Deadlines, coordinated: bool,
    carry: str | None = None,
) -> Found | None:
    """The goal that quantity q states, or None when it is not one."""
    before = text[sentence.start : q.start]
    trailer = TRAILER.match(text, q.end, clause_end)
    q_end = trailer.end() if trailer else q.end
    tail = trailer["t"] if trailer and trailer["t"] in ("左右", "以上") else None
    if not_a_goal(text, q, before, q_end, sentence, deadlines) or text[q_end:clause_end].rstrip().endswith("的"):
        return None  # (支持企业建设3个以上研发机构的,给予…: the clause is a condition)
    if APPLICANT.search(before) and (deadlines.at(q.start) is None or not DEADLINE.search(before)):
        return None  # 申报单位近三年年均研发投入不低于500万元, 申报企业2024年研发投入超过300万元: what an applicant must show
    year = deadlines.at(q.start)
    clause = text[clause_start(text, q.start, sentence) : q.start]
    per_year = "每年" in clause or "年均" in clause  # (…年均增长12%,|基础研究经费占比达到8%: not yearly)
    if per_year and "年均" not in clause and not DEADLINE.search(before):
        year = None  # 每年…50家: a rate, not a goal for the year in force (年均增长15%: an average up to it)
    if year is None and (deadlines.reviewed(q.start) or looks_back(text, sentence, deadlines)):
        return None  # 一、发展基础 … 高新技术企业达到1.2万家: a section that looks back states facts
    comparator = COMPARATOR_END.search(left.text)
    written_year = _year_in_line(left, comparator)
    if written_year:  # 研发投入强度2025年达到3%: a goal for the year written (not the deadline in force); in a plan of a later year, a fact
        if deadlines.now is not None and written_year[0] <= deadlines.now:
            return None
        year = written_year[0]
    verb_end = VERB_END.search(left.text)
    verbs = verbs_in(left.text)
    counted = False  # 建设十大…中心, 实施百项…研发 (and the items coordinated with them): counts
    if q.chinese and not comparator and text[q.start] in "十百千万亿" and q.end - q.start == len(q.unit) + 1 and q.unit[0] not in "千万亿兆":
        counted = q.unit in ("大", "项") and bool(verb_end or verbs or coordinated)
        # 十个 right after a verb under a deadline counts what follows; undated, or 百家/千家, round numbers are slogans
        counted = counted or bool(year and verb_end and text[q.start] == "十" and q.unit in cues.word_set("round_count_unit"))  # 到2025年,建设十个…中心
        if not counted or SCOPE_COUNT.match(text, q.end):
            return None  # 十大领域, 千家企业: slogans; 支持十大领域重点平台: a scope, not a count
    aimed = (year or per_year) and tail and verbs and q.unit != "%" and not text[q_end:clause_end].strip(" 。;")  # (每年新增…4000亿元左右)
    aimed = aimed or (year and verbs and q.unit == "%" and RATE_END.search(left.text))  # 到2025年,实现…覆盖率50%以上
    aimed = aimed or ((year or AIM.search(before)) and "元" in q.unit and LEVERAGED.search(left.text))  # 到2025年,带动社会投资100亿元
    aimed = aimed or (tail and verbs and PERIOD_OPEN.match(clause))  # 全年完成技术合同登记额50亿元以上: a work plan's year
    in_list = bool(year and GOAL_LIST.search(text, sentence.start, left.start) and not text[q_end:clause_end].strip(" 。;"))
    aimed = aimed or in_list
    if MONEY_OR_SHARE.search(q.unit) and not comparator and not aimed and not ((year or carry) and AMONG.match(left.text)):
        return None  # (到2025年,新增融资担保规模1万亿元以上: a sum aimed at, dated, with its verb and 以上/左右; 其中…80亿元: a part)
    if q.unit == "条" and not comparator and PACKAGE.match(text, q.end):
        return None  # 落实20条支持政策: the name of a package of measures, not a goal
    if q.chinese and _items_before(left.text) == q.value:
        return None  # 推动数字经济、…和现代种业六大产业发展: the number sums up the list before it
    cmp: str | None = None
    borrowed: str | None = None
    trigger = left.start + (comparator.start() if comparator else len(left.text))
    if comparator and not year and comparator["cmp"] in cues.words("ceiling"):
        return None  # 每年评选科技进步奖不超过100项: a cap with no deadline is a rule
    if comparator and not year and (comparator["cmp"] in cues.words("dated_comparator") or comparator["currency"]):
        return None  # 比上年减少5%, 薪资所得超过新台币300万元 with no deadline: a change reported, a threshold
    if year is None and (CAP_BEFORE.search(left.text) or verb_end and CAP_BEFORE.search(left.text, 0, verb_end.start())):
        return None  # 每年度至多补助二案, 每年补助至多30家: a cap with no deadline is a rule
    part = AMONG.match(left.text) if year or carry else None  # 引育人才1000人以上,其中顶尖人才10人: a part of the goal before
    if comparator:
        cmp = comparator["cmp"]
        subject = left_subject(left.sub(0, written_year[1] if written_year else comparator.start()))
        listed = EXAMPLES_END.search(left.text, 0, comparator.start())
        if comparator["verbs"] or listed:  # 建设不少于15项场景项目, A、B等不少于15项场景: the object follows the number
            right = right_subject(text, q_end, clause_end)
            subject = right if right.text else subject
            cmp = comparator.group().strip() if comparator["verbs"] else cmp
        if not subject.text:
            cmp = comparator.group().strip()
            subject = right_subject(text, q_end, clause_end)
        if not subject.text:  # 高新技术企业数量实现倍增,|达到2000家: the clause before names it
            subject = previous_subject(text, left.start, sentence)
        if not subject.text and ADVERBS_ALONE.fullmatch(left.text, 0, comparator.start()):
            subject = label_subject(text, left.start)  # 1.高新技术企业:|到2025年达到2000家: the line's label names it
        stretch = _stretch(text, left.start, sentence)
        alone = ADVERBS_ALONE.fullmatch(left.text, 0, comparator.start())  # 累计|达到60家, 、2027年|达到200亿元
        if not subject.text and carry and alone and (alone["year"] or "年均" in clause or deadlines.written(stretch, left.start)):
            borrowed = carry  # …成交额达到1000亿元;到2035年,|达到2000亿元: the goal before, a later deadline (or its 年均增长)
            year = _own_year(alone, year)
    elif not (year or per_year or coordinated or verb_end or counted or part or tail == "左右" or framed(text, verbs, left, q_end, clause_end)):
        return None  # undated goals need the verb right before the number: 实施100项…, 建设10个…
    elif counted and not verb_end:  # 布局建设省十大重点实验室: the thing counted follows 十大
        cmp = verbs[-1].group().strip("、和及") if verbs else None
        subject = right_subject(text, q_end, clause_end)
    elif verb_end:
        cmp = verb_end.group().strip("、和及了出 ")
        subject = right_subject(text, q_end, clause_end)
        aid = AID_END.search(left.text, verb_end.start())
        if not subject.text and aid and aid.start() > verb_end.start():  # 完成|补助|50案: the aid is what is counted
            cmp, subject = cmp[: len(cmp) - len(aid.group())], left.sub(aid.start())
        trigger = left.start + verb_end.start()
        alone = ADVERBS_ALONE.fullmatch(left.text, 0, verb_end.start())
        written = deadlines.written(_stretch(text, left.start, sentence), left.start)  # 2025年底前,|累计完成|300家
        if not subject.text and carry and alone and (alone["year"] or alone["span"] or written):  # 新增…200家,|2025年新增|250家, 4年累计辅导|800家
            borrowed, year = carry, _own_year(alone, year)
        elif not subject.text and (year or per_year):  # 到2025年,省级以上重点实验室|新增|15家: named before its verb
            inner = verbs_in(left.text[: verb_end.start()])  # 开展|职业技能培训|500场: a noun ending in a verb
            subject = clean(left.sub(inner[-1].end())) if inner else left_subject(left.sub(0, verb_end.start()))
    elif verbs:
        cmp = verbs[-1].group().strip("、和及")
        subject = clean(left.sub(verbs[-1].end()))
        if BATCH.fullmatch(subject.text):  # 完成|首批|30家企业的诊断服务: a batch counts what follows
            subject = right_subject(text, q_end, clause_end)
        trigger = left.start + verbs[-1].start()
    elif tail or coordinated:
        subject = left_subject(left) if left.text.strip() else right_subject(text, q_end, clause_end)
    elif year and (carry or in_list) and left.start == clause_start(text, q.start, sentence) and not text[q_end:clause_end].strip(" 。;") and not BASE_YEAR.search(left.text):
        subject = left_subject(left)  # 到2025年,引进团队10个,|高层次人才500名: the next count of the goal before
    elif part:  # 到2025年,引进人才1000名,其中顶尖人才10名
        subject = clean(left.sub(part.end()))
    else:
        return None
    name = borrowed or distribute(subject.text)
    if comparator and not borrowed and (name in cues.words("bare_measure") or RATE_ALONE.fullmatch(name)):
        name = previous_subject(text, clause_start(text, q.start, sentence), sentence).text + name  # 培育新兴产业,|规模突破…
    if DISTRIBUTIVE_IN.search(name):
        return None  # 孵化器分别为10家|和30家: a list 分别 pairs, not one subject (kg.extract.spread)
    if len(name) < 2 or len(name) > MAX_SUBJECT or LEADING_NUMBER.match(name):  # 比2015年|提高: no subject (5G基站 is one)
        return None
    if q.chinese and not comparator and cues.pattern("programme_suffix").search(name[-4:]) and name.endswith(cues.words("programme_suffix")):
        return None  # 实施百项产业筑基工程: a programme's name, not a count
    if year is None and not per_year and under_conditions(text, sentence):
        return None  # 应当符合下列条件:…(二)专职工作人员不少于五人: a requirement, not a goal
    if year is None and not per_year and comparator and not budget_goal(text, q, sentence) and (required(text, sentence.start, q.start) or LIMIT.fullmatch(comparator["cmp"]) and (
            RATIO_END.search(name) or "元" in q.unit)):
        return None  # 预留…的比例不低于百分之六十, 注册资本不低于500万元, 须…员工人数达5人以上 with no deadline: rules
    if year is None and not per_year and comparator and not verbs and LIMIT.fullmatch(comparator["cmp"]) and (
            STAFF_END.search(name) or RULE.search(text, sentence.start, left.start) and not budget_goal(text, q, sentence)):
        return None  # 评审专家不少于5人: who a panel is made of; 孵化器…应当不低于3000平方米,在孵企业不少于30家: a rule's next term
    if year is None and not budget_goal(text, q, sentence) and norm(text, q, sentence):
        return None  # 每个孵化器配备…不少于5名, 每季度至少开展1次 with no deadline: norms (kg.extract.notgoals)
    if tail:
        cmp = f"{cmp}…{tail}" if cmp else tail
    start = min(trigger, subject.start, q.start)
    return Found(q, name, cmp, year, per_year, start, max(q_end, subject.end))


def _year_in_line(left: Piece, comparator: re.Match[str] | None) -> tuple[int, int] | None:
    """The year a comparator's figure is for when written inside the line (研发投入强度2025年|达到…, …增加到2025年的|1500家),
    and where the subject before it ends (before the year, or before 由2020年的800家)."""
    if comparator is None:
        return None
    if comparator["at"]:
        base = FROM_BASE.search(left.text, 0, comparator.start())
        return int(comparator["at"]), base.start() if base else comparator.start()
    written = YEAR_IN_LINE.search(left.text, 0, comparator.start())
    return (int(written["year"]), written.start()) if written and written.start() > 0 else None


def _own_year(alone: re.Match[str], year: int | None) -> int | None:
    """The year written before a comparator or verb alone (、2027年达到…), else the year in force."""
    return int(alone["year"]) if alone["year"] else year


def _items_before(left: str) -> int:
    """How many items the list that ends right before a number has (A、B和C → 3; no list → 0)."""
    verbs = list(VERB_ANY.finditer(left))
    listed = (left[verbs[-1].end() :] if verbs else left).strip()
    if "、" not in listed or re.search(r"(?:、|和|及|与)$|[一二两三四五六七八九十]大", listed):
        return 0
    return len(re.split(r"、|和|及|以及|与", listed.strip()))


def dedupe(found: Iterator[Found]) -> list[Found]:
    """The same goal restated later (高新技术企业达到1800家 in the summary and in its section) once."""
    kept: list[Found] = []
    for f in found:
        if not any(_same_goal(f, k) for k in kept):
            kept.append(f)
    return kept


def _same_goal(a: Found, b: Found) -> bool:
    qa, qb = a.quantity, b.quantity
    if (qa.value, qa.value_max, qa.unit, a.year, a.per_year) != (qb.value, qb.value_max, qb.unit, b.year, b.per_year):
        return False
    x, y = GENERIC.sub("", a.subject), GENERIC.sub("", b.subject)
    short, long = sorted((x, y), key=len)
    # 各类活动 (活动) is not 学习活动: a restatement keeps most of the subject
    return bool(short) and short in long and (len(short) >= 4 or 2 * len(short) > len(long))
