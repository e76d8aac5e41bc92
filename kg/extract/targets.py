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
from dataclasses import replace

from kg import cues
from kg.extract.deadlines import DEADLINE, Deadlines, speaks_from
from kg.extract.bare import with_bare
from kg.extract.judge import Found, end_of, judge
from kg.extract.numbers import RANGE_SEPARATOR, Quantity
from kg.extract.population import population_share
from kg.extract.notgoals import FUNDING_WORD, MONEY_OR_SHARE, SIZE_CLASS, not_a_goal
from kg.extract.spread import each, paired
from kg.extract.stacked import unstacked
from kg.extract.subjects import LEVEL_PREFIX, Piece
from kg.extract.quoted import inside, quoted_spans
from kg.extract.yeartitle import reports, title_year
from kg.extract.tables import cells as table_cells, table_rows
from kg.model import Document, Span, Target
from kg.vocab import Vocab

EMITS = (Target,)

# but 14,000家 is one number; 其中,|规模以上企业600家: the part's mark opens the clause it marks (subjects after it, AMONG)
# a tab parts a table's cells (政务服务\t…网上可办率达到98%以上\t10: the goal is its cell's, the weight another's; tgt19)
CLAUSE_END = re.compile(r"(?<!其中)(?::|(?<!\d),|,(?!\d{3}(?!\d))|\t)")

NEXT_DEADLINE = re.compile(rf"\s*(?:{DEADLINE.pattern}|(?:19|20)\d{{2}}\s*年(?:底|末)?(?:前|以前)?\s*,)")  # a line opening with a year
GENERIC = cues.lazy(lambda: rf"各类|各种|一批|相关|重点|{cues.alternation('level')}|以上")
SEPARATOR = re.compile(r"\s*(?:、|和|及|以及|与)\s*")  # used with .match(text, pos): no ^
PART_BEFORE = re.compile(r"其中[,:]?\s*$")
# 省级10家, 其中国家级备案5家: a level alone (recognised or not) counts the kind named before
LEVEL_ONLY = cues.lazy(lambda: rf"(?P<level>(?:{cues.alternation('level')})(?:及?以上)?)(?:{cues.alternation('level_recognition')})?")
PARALLEL = cues.lazy(lambda: rf"\s*(?:{cues.alternation('goal_adverb')})?(?:{cues.alternation('goal_verb')})")
RESULT = cues.lazy(lambda: rf"\s*(?:{cues.alternation('goal_adverb')})?(?:{cues.alternation('result_verb')}|{cues.alternation('leverage_verb')})")
COMPARATOR_OPENING = cues.lazy(lambda: rf"\s*(?:{cues.alternation('goal_adverb')}|{cues.alternation('subject_adverb')})*(?:{cues.alternation('comparator')})")
KIND_OF = re.compile(r"^(?:各类|各种|各级)")  # 平台500个,其中国家级20个: 国家级平台, not 国家级各类平台


def extract(doc: Document, vocab: Vocab) -> list[Target]:
    now = speaks_from(doc)
    due = title_year(doc)
    rows = [Found(r.quantity, r.subject, None, r.year, False, r.start, r.end) for r in table_rows(unstacked(doc.text), now, due)]
    prose = [f for f in find(doc.text, doc.sentences, now, due) if not any(r.start <= f.start < r.end for r in rows)
             and not (f.year is None and reports(doc))]  # a bulletin's undated figures are facts
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


def find(text: str, sentences: tuple[Span, ...] = (), now: int | None = None, due: int | None = None) -> Iterator[Found]:
    """Every goal in text, sentence by sentence, clause by clause; `now` is the year the document
    speaks from (a bare 2026年, opening a paragraph of a 2024 plan is its deadline)."""
    deadlines = Deadlines(text, now, due)
    carried: tuple[int, str] | None = None  # the paragraph and subject of the last goal found
    for sentence in sentences or (Span(0, len(text)),):
        last: Found | None = None
        subjects: list[str] = []  # of the goals found in the sentence, for a 分别 that refers back to them
        paragraph = text.rfind("\n", 0, sentence.start) + 1
        carry = carried[1] if carried and (carried[0] == paragraph or _next_by_year(text, carried[0], paragraph)) else None
        for start, end in clauses(text, sentence):
            near = last.subject if last and "\n" not in text[last.end : start] else None
            for found in in_clause(text, start, end, sentence, deadlines, near or carry, tuple(subjects), bool(near)):
                if found.year is None and last is None and PART_BEFORE.search(text, max(start, found.start - 4), found.start) and not _after_table(text, paragraph):
                    continue  # 全市研发投入280亿元,其中…: an undated part is one only of a goal of its own sentence (or of a table's, above)
                carried = (paragraph, found.subject)
                if last and (only := LEVEL_ONLY.fullmatch(found.subject)):  # …孵化器5家,省级10家; 其中国家级5家: the same kind
                    found = replace(found, subject=only["level"] + KIND_OF.sub("", LEVEL_PREFIX.sub("", last.subject)))
                elif last and (kind := _kind_of_level(found.subject, last.subject)):  # …团队100个,其中国家级团队10个: 国家级科技创新团队
                    found = replace(found, subject=kind)
                elif last and last.per_year and not found.per_year and last.year in (found.year, None) and _parallel(text, sentence.start, start):
                    found = replace(found, per_year=True, year=last.year)  # 每年新增…100家,|培育…50家: 每年 holds for the parallel verb
                elif last and found.subject in cues.word_set("reported_change"):
                    found = replace(found, subject=last.subject)  # 成交额突破100亿元,|同比增长20%以上: the same measure's change
                elif last and (found.subject.startswith("占") or found.subject in cues.words("bare_measure")) and not last.subject.startswith("占"):
                    found = replace(found, subject=last.subject + found.subject)  # …增加值3000亿元,|占GDP比重达到15%; 新增…1000家、|总数突破3000家
                yield found
                last = found
                subjects.append(found.subject)


def _parallel(text: str, sentence: int, start: int) -> bool:
    """Whether the clause at start opens with a verb of building, not of a result (,|培育…, not ,|带动…) nor a
    comparator, after 每年 (not 年均增长15%,|力争突破300亿元: an average, then a level)."""
    opened = text[sentence:start]
    yearly = "每年" in opened and "年均" not in opened
    return yearly and bool(PARALLEL.match(text, start)) and not (RESULT.match(text, start) or COMPARATOR_OPENING.match(text, start))


def _after_table(text: str, paragraph: int) -> bool:
    """Whether the line above the paragraph at `paragraph` is a table's row (其中,国家级创新平台50个 under an indicator table)."""
    above = text.rfind("\n", 0, max(paragraph - 1, 0)) + 1
    return paragraph > 0 and table_cells(text[above : paragraph - 1]) is not None


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


def in_clause(
    text: str, start: int, end: int, sentence: Span, deadlines: Deadlines, carry: str | None = None, earlier: tuple[str, ...] = (),
    parallel: bool = False,
) -> Iterator[Found]:
    """The goals of one clause; `parallel`: `carry` is a goal found before in the same sentence."""
    previous: Found | None = None
    segment = start
    named = quoted_spans(text, start, end)  # “一件事一次办”事项不少于50项: 一次 is the name's, no count (tgt19)
    found_all = _share_ranges(text, [q for q in with_bare(text, start, end) if not inside(named, q.start, q.end)])
    spread = _distributed(text, start, end, found_all, sentence, deadlines, earlier) if len(found_all) > 1 or "各" in text[start:end] else []
    if spread:
        yield from spread
        previous, segment = spread[-1], spread[-1].end
    for q in found_all:
        if previous is not None and q.start < previous.end:
            continue  # inside the subject of the previous goal
        gap = SEPARATOR.match(text, segment, q.start)
        coordinated = previous is not None and gap is not None
        left = Piece(text[gap.end() if gap else segment : q.start], gap.end() if gap else segment)
        found = judge(text, q, left, end, sentence, deadlines, coordinated, previous.subject if previous else carry, parallel or previous is not None)
        found = found or (population_share(text, q, left, end, sentence, deadlines) if previous is None else None)
        if found:
            yield found
            previous, segment = found, found.end
        elif not ("元" in q.unit and SIZE_CLASS.match(text, q.end)):  # (…企业2家、超百亿元|企业15家: the list goes on)
            previous = None  # 每万人口…拥有量达到12件: the subject may run through a rejected number


def _share_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """Two shares joined as a range (占比达到40%-50%, 2.5%—3%) as one quantity from the first to the second,
    as 3-5家 is (SCHEMA.md: value and value_max)."""
    joined: list[Quantity] = []
    for q in found:
        last = joined[-1] if joined else None
        if (last and last.unit == q.unit == "%" and last.value_max is None and q.value_max is None and q.value > last.value
                and re.fullmatch(RANGE_SEPARATOR, text[last.end : q.start])):
            joined[-1] = replace(last, value_max=q.value, end=q.end)
        else:
            joined.append(q)
    return joined


def _distributed(
    text: str, start: int, end: int, found: list[Quantity], sentence: Span, deadlines: Deadlines, earlier: tuple[str, ...] = ()
) -> list[Found]:
    """The goals of a list paired with its numbers by 分别 (kg.extract.spread), when every number is one."""
    pairs = paired(text, start, end, found, sentence.start, earlier)
    by_each = not pairs and bool(pairs := each(text, start, end, found))
    if not pairs or any(not_a_goal(text, p.quantity, text[sentence.start : p.quantity.start], p.quantity.end, sentence, deadlines) for p in pairs):
        return []
    if any(MONEY_OR_SHARE.search(p.quantity.unit) and FUNDING_WORD.search(text, sentence.start, sentence.end) for p in pairs):
        return []
    before = text[sentence.start : pairs[0].quantity.start]
    per_year = "每年" in before or "年均" in before
    year = None if per_year and not DEADLINE.search(before) else deadlines.at(pairs[0].quantity.start)
    if pairs[0].comparator in cues.word_set("distributive_copula") and year is None:
        return []  # 甲、乙两方分别为20%和80%: shares stated; 到2025年,…分别为10家和30家: goals
    if by_each and year is None and not per_year:
        return []  # 由专家、企业代表各5人组成: who a panel is made of; 到2025年,新建A、B各50家: goals
    return [Found(p.quantity, p.subject, p.comparator, p.year or year, per_year, p.start, end_of(text, p.quantity, end)) for p in pairs]


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