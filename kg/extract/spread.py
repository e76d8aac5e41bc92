"""Spread goals: a list paired in order with the numbers after 分别 (or 各), for kg.extract.targets.

A、B和C分别占比达30%、20%和10% gives one goal per subject (as A、B达到x、y, 分别 left out, does); 到2024年、2025年,企业分别达到1500家、2000家 one
goal per year, the subject shared; A、B分别新增10家和20家 has a verb where a comparator would be.
A、B各50家 gives each item the one number (新建A、B各50家; 各达到5家和20家 pairs as 分别 does).
Only the pairing is read here: targets judges whether each number is a goal at all.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from kg import cues
from kg.extract.numbers import Quantity
from kg.extract.subjects import Piece, clean, distribute, right_subject, verb_run, verbs_in

DISTRIBUTIVE = cues.lazy(lambda: cues.alternation("distributive"))
TRAILER = re.compile(r"\s*(?P<t>以上|左右|以内|上下|多)")
PLACE_OPEN = re.compile(r"^(?:在|于)")  # 在生物医药、…领域: the preposition opens the list, no part of its first item
SEPARATOR = re.compile(r"\s*(?:、|和|及|以及|与)\s*")
# What joins 分别 to its numbers: a comparator (分别达到), a verb (分别新增), or words and a comparator (分别占比达)
JOIN = cues.lazy(
    lambda: rf"(?:^\s*(?P<copula>{cues.alternation('distributive_copula')})|(?P<verbs>{verb_run()})|(?P<cmp>{cues.alternation('comparator')}))"
    r"\s*(?:新台币|人民币)?\s*$"
)
LEAD_VERB = cues.lazy(lambda: rf"(?:{verb_run()})")  # 建成|国家级和省级孵化器分别为…: the verb is no part of the list
LEVEL_ITEM = cues.lazy(lambda: rf"(?:{cues.alternation('level')})(?:及?以上)?")
VERB_END = cues.lazy(lambda: rf"(?:{verb_run()})$")
MEASURE_END = re.compile(r"(?:率|比重|占比|比例|强度|数量|规模|总量|总额)$")  # 研发投入强度和…覆盖率: each its own measure
COUNT_MEASURE = re.compile(r"(?:数量|总数|总量|规模)$")  # a measure of a kind's size, not of its rate (研发投入|强度)
LAST_ITEM = re.compile(r"\s*(?:以及|和|及|与)\s*")
# 到2024年、2025年(和2026年): the years a list of numbers is for, in order
YEAR_RUN = re.compile(r"(?:(?:到|至)\s*)?(?:19|20)\d{2}\s*年(?:底|末)?(?:\s*(?:、|和|及|至)\s*(?:19|20)\d{2}\s*年(?:底|末)?)+")
YEAR = re.compile(r"(?:19|20)\d{2}")
# 省、市、县(市、区)|财政用于…: short level or place names listed before a shared measure, the last maybe with its kinds in brackets
LEVEL_RUN = re.compile(r"(?P<levels>(?:[\u4e00-\u9fff]{1,3}(?:、|和|及))+[\u4e00-\u9fff](?:级)?)(?:\([^()]{1,8}\))?(?:人民政府|政府)?")
MAX_SUBJECT = 40
# 各 right before the number, its comparator or verb (A、B各50家, 各达到5家和20家, 各新增10家): not 各类, 各级
EACH = cues.lazy(lambda: rf"(?<=[\u4e00-\u9fff)”])各(?=\s*(?:{cues.alternation('comparator')}|{verb_run()})?\s*[\d一二两三四五六七八九十百千])")
BASE = re.compile(r"(?:较|比)\s*(?:19|20)\d{2}\s*年(?:底|末)?$")  # 分别|较2023年|增长: the base year each change is from


@dataclass(frozen=True, slots=True)
class Paired:
    """One number of the run after 分别 with its subject, and its own year when the list is of years."""

    quantity: Quantity
    subject: str
    comparator: str
    year: int | None
    start: int  # the evidence starts at the list


def paired(text: str, start: int, end: int, found: list[Quantity], sentence_start: int, earlier: tuple[str, ...] = ()) -> list[Paired]:
    """The numbers coordinated after 分别 in text[start:end], each with its subject (or year), in order;
    [] when the list and the numbers do not pair one to one. `earlier`: the subjects of the goals found
    before in the sentence, which a clause opening with 分别 pairs with (A突破…,B达到…,|分别较2023年增长40%、50%)."""
    cue = DISTRIBUTIVE.search(text, start, end)
    cue_start, cue_end = (cue.start(), cue.end()) if cue else _unmarked(text, start, found)
    run = _run(text, cue_end, end, found) if cue_end >= 0 else []
    if len(run) < 2:
        return []
    join = JOIN.search(text[cue_end : run[0].start])
    if join is None or not cue and not join["cmp"]:
        return []
    comparator = (join["copula"] or join["cmp"] or join["verbs"]).strip("、和及或")
    head = text[cue_end : cue_end + join.start()].strip()
    if join["verbs"] and head or VERB_END.search(head):
        return []  # 分别建设不少于…: the thing counted follows the number
    listed = clean(Piece(text[start:cue_start], start))
    listed = listed.sub(0, len(listed.text) - 1) if listed.text.endswith("各") else listed  # A、B各达到x、y: 各 is no part of B
    if cue and not listed.text.strip(" ,") and BASE.match(head) and len(earlier) >= len(run):
        return [Paired(q, item + head + comparator, comparator, None, cue_start) for item, q in zip(earlier[-len(run) :], run)]
    verb = LEAD_VERB.match(listed.text) if join["copula"] or join["cmp"] else None  # (创建|国家级、省级…中心分别达到…: tgt16)
    listed = clean(listed.sub(verb.end())) if verb and verb.end() < len(listed.text) else listed
    if not cue and "、" not in listed.text:
        return []
    years = _years(text, sentence_start, cue_start, len(run))
    if years:
        subject, at = years
        return [Paired(q, distribute(subject.text + head), comparator, year, subject.start) for q, year in zip(run, at)]
    items = _items(listed.text, head)
    if len(items) != len(run) and not join["copula"]:  # 甲、乙两方…分别为60%和40%: parties, not levels with a goal
        items = _levels(listed.text, len(run))
    if len(items) != len(run):
        return []
    return [Paired(q, distribute(item + head), comparator, None, listed.start) for item, q in zip(items, run)]


def _unmarked(text: str, start: int, found: list[Quantity]) -> tuple[int, int]:
    """Where 分别 would be in A、B达到x、y (right before the comparator of the clause's first number), else (-1, -1)."""
    first = next((q for q in found if q.start >= start), None)
    join = JOIN.search(text, start, first.start) if first else None
    return (join.start(), join.start()) if join and join["cmp"] else (-1, -1)


def _run(text: str, after: int, end: int, found: list[Quantity]) -> list[Quantity]:
    """The numbers after position `after`, each joined to the one before by 、/和 (its 以上 skipped)."""
    run: list[Quantity] = []
    for q in found:
        if q.start < after:
            continue
        if run:
            trailer = TRAILER.match(text, run[-1].end, end)
            if SEPARATOR.fullmatch(text, trailer.end() if trailer else run[-1].end, q.start) is None:
                break
        run.append(q)
    return run


def _items(listed: str, head: str) -> list[str]:
    """A、B和C → [A, B, C]; the measure the last item ends with is every item's (种植、收获|机械化率)."""
    items = listed.split("、")
    items = [*items[:-1], *LAST_ITEM.split(items[-1], maxsplit=1)]
    if not all(2 <= len(item) <= MAX_SUBJECT for item in items):
        return []
    level = LEVEL_ITEM.match(items[-1])
    if level and level.end() < len(items[-1]) and all(LEVEL_ITEM.fullmatch(item) for item in items[:-1]):
        return [item + items[-1][level.end() :] for item in items[:-1]] + items[-1:]  # 国家级和省级|孵化器: each level's
    shared = MEASURE_END.search(items[-1]) if not head else None
    if shared and len(items[-1]) > 3 and not any(MEASURE_END.search(item) for item in items[:-1]):
        shared_head = len(os.path.commonprefix([items[0], items[-1]]))  # 研发|机构、研发|活动|覆盖率: as long as the first
        tail = items[-1][len(items[0]) if shared_head else 2 :]
        size = len(items[0])
        if not shared_head and size > 2 and items[-1][size - 1 : size] == items[0][-1]:
            tail = items[-1][size:]  # 南昌市、…九江市|高新技术企业数量: names alike in length and last character, all the rest shared
        elif not shared_head and size > 2 and (counted := COUNT_MEASURE.search(items[-1])):
            tail = counted.group()  # 高新技术企业、科技型中小企业|数量: the count of each kind
        items = [item + tail for item in items[:-1]] + items[-1:]
    return items


def _levels(listed: str, count: int) -> list[str]:
    """省、市、县(市、区)财政用于科学技术经费占…的比例 with as many numbers as levels: each level's goal is the
    measure they share (the levels, one to three characters each, are who reaches it, not what)."""
    lead = LEVEL_RUN.match(listed)
    if lead is None or len(SEPARATOR.split(lead["levels"])) != count:
        return []
    measure = listed[lead.end() :]
    return [measure] * count if 2 <= len(measure) <= MAX_SUBJECT else []


def _years(text: str, sentence_start: int, cue: int, count: int) -> tuple[Piece, list[int]] | None:
    """到2024年、2025年,…企业分别…: as many years listed before 分别 as numbers, and the one subject between."""
    runs = list(YEAR_RUN.finditer(text, sentence_start, cue))
    if not runs:
        return None
    years = [int(y) for y in YEAR.findall(runs[-1].group())]
    if len(years) != count:
        return None
    subject = clean(Piece(text[runs[-1].end() : cue], runs[-1].end()))
    subject = subject.sub(len(subject.text) - len(subject.text.lstrip(",: ")))
    subject = clean(subject)
    return (subject, years) if 2 <= len(subject.text) <= MAX_SUBJECT and "、" not in subject.text else None


def each(text: str, start: int, end: int, found: list[Quantity]) -> list[Paired]:
    """The items of a list before 各, each with the one number after it (新建A、B各50家: 50家 each) or paired in order
    with as many numbers (国家级、省级孵化器各达到5家和20家); [] when no list or the counts differ."""
    cue = EACH.search(text, start, end)
    run = _run(text, cue.end(), end, found) if cue else []
    if not cue or not run:
        return []
    between = text[cue.end() : run[0].start]
    join = JOIN.search(between) if between.strip() else None
    if between.strip() and (join is None or between[: join.start()].strip()):
        return []
    comparator = (join["copula"] or join["cmp"] or join["verbs"]).strip("、和及或") if join else ""
    listed = text[start : cue.start()]
    first = min((listed.find(mark) for mark in ("、", "和", "及") if mark in listed), default=-1)
    verbs = [v for v in verbs_in(listed) if v.end() <= first]  # 新建|A、B: the verb before the list is no part of it
    lead = verbs[-1].end() if verbs else 0
    comparator = comparator or (verbs[-1].group().strip("、和及或") if verbs else "")
    piece = clean(Piece(listed[lead:], start + lead))
    items = _items(piece.text, "") if first > lead else []
    if len(items) < 2 or len(run) not in (1, len(items)):
        return []
    numbers = run * len(items) if len(run) == 1 else run
    trailer = TRAILER.match(text, run[-1].end)
    counted = right_subject(text, trailer.end() if trailer else run[-1].end, end)
    if join and join["verbs"] and len(run) == 1 and counted.text:  # 在A、B领域各建成1-2家孵化器: each field's 孵化器 (tgt19)
        items = [PLACE_OPEN.sub("", item) + counted.text for item in items]
    return [Paired(q, distribute(item), comparator, None, piece.start) for item, q in zip(items, numbers)]
