"""Deadlines: the year a document speaks from, and the year in force at each position of its text (到2025年 and the lists it heads), for targets.

A deadline holds from where it is written to the end of its paragraph; a paragraph that opens with
one (or ends in a colon, or with the deadline itself: 主要目标:到2025年,) passes it on to the next paragraphs until a section heading or another
deadline. A bare year opening a paragraph (2026年,) is a deadline when it is after the year the
document speaks from; a year before then dates a fact (截至2023年, 2023年,), not a goal.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from kg import cues
from kg.cues import deadline_year
from kg.extract.numbers import QUANTITY, parse_number
from kg.model import Document

DEADLINE = cues.DEADLINE
PAST_YEAR = re.compile(
    r"(?:^|[,。;])\s*(?:截至|截止)?\s*(?:19|20)\d{2}\s*年(?!前|以前|底前)|(?<![到至\d\-—–~、])(?:19|20)\d{2}\s*年(?:底|末)?(?:,|以来)"
)
HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.]|\(\s*[一二三四五六七八九十]+\s*\)"
    r"|第[一二三四五六七八九十百零]+[章节篇部分条])"
)
SUB_ITEM = re.compile(r"^\s*\(\s*[一二三四五六七八九十]+\s*\)")
LIST_LEAD = re.compile(
    r"^\s*(?:——|—|-|•|·|\d+[.、]|\(\d+\)|[一二三四五六七八九十]+是|[一二三四五六七八九十]+、"
    r"|\([一二三四五六七八九十]+\))?\s*(?:[\u4e00-\u9fff]{2,8}[。:.])?\s*$"  # (二)主要目标。到2025年,…: a heading run in
)
RUN_IN = re.compile(r"\s*\(\s*[一二三四五六七八九十]+\s*\)\s*(?P<label>[\u4e00-\u9fff]{2,12}[。.])?\s*$")  # (一)强化创新策源。 (tgt20)
ANNOUNCED = re.compile(r"(?:如下|以下目标|以下指标|下列目标)\s*[。:]?$")  # …到2025年主要目标如下。: the list below is the deadline's
HEADS_LIST = re.compile(r"[\s,:]*")  # nothing after a deadline but a comma or a colon: it heads the lines below
BRACKETED_END = re.compile(r"\s*(?:底|末)?\s*\)\s*:?\s*")  # (一)近期目标(到2025年): a goal heading's deadline in brackets heads its lines
# A paragraph or clause opening with a year (2026年, …;2027年,达到…): a deadline after the year the document speaks from
# …;116年|半導體產值達…: a year of the Republic (110-129) opening a clause of a Taiwan plan, a comma after it or not
# 2026年 alone on its line heads the list below it, as 2026年: does
# 2025—2027年,累计培育…; 113年至116年預計…: a span of years opening a line is a deadline at its last year, after a list's mark too
# (一、114年至116年累計補助企業120家次)
BARE_YEAR = re.compile(
    r"(?:^|(?<=[;:。]))\s*(?:[一二三四五六七八九十]+、|\d{1,2}[.、](?!\d))?\s*(?:(?:(?:19|20)\d{2}\s*年?\s*[-—–~至到]\s*)?(?P<year>(?:19|20)\d{2})\s*年\s*(?:[,:]|$)"
    r"|(?:1[1-2]\d\s*年?\s*[-—–~至到]\s*)?(?P<roc>1[1-2]\d)\s*年(?![\d度月来代级间]))", re.M
)
# (一)2025年 | 2026年目标: a list's mark and a year alone on their line head the lines below, as 2025年: does (tgt17)
LINE_YEAR = re.compile(
    r"\s*(?:\(\s*[一二三四五六七八九十]+\s*\)|[一二三四五六七八九十]+、|\d{1,2}[.、])\s*(?P<year>(?:19|20)\d{2})\s*年\s*(?:底|末)?\s*(?:目标|任务|目标任务)?\s*:?\s*$"
)
# 二、发展目标 2025年,…: a goal heading run into its first line (a PDF's or a page's), the year opening that line
HEADED_YEAR = re.compile(r"[\u4e00-\u9fff]{0,4}\s*(?P<year>(?:19|20)\d{2})\s*年(?:底|末)?(?![\d度月])")
# A five-year plan's years (“十三五”期间, 十三五以来) before the year the document speaks from: a review, not a goal
STATISTICS = re.compile(r"(?<![到至])(?:19|20)\d{2}\s*年(?:\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月|上半年|前三季度|一季度)")
GOAL_AFTER_YEAR = cues.lazy(lambda: rf"\s*(?:底|末)?\s*(?:{cues.alternation('comparator')})")
PAST_PLAN = re.compile(r"“?(?P<plan>十[一二三四五六七八九])五”?(?:期间|以来|时期)")
# A year inside a line (全市2026年高新技术企业达到…): a deadline only after the year the document speaks
# from, and never a date (2026年1月), a statistical year (2026年度) or the end of a span (规划(2010—2030年))
# A goal heading with the years it runs (近期目标(2023—2025年), 远期目标:2026-2030年): its last year is the deadline
GOAL_SPAN = re.compile(  # and in years of the Republic (目标:113年至116年); 近期目标(2025年): one year in brackets (tgt17)
    r"目标\s*[(:]?\s*(?:(?:19|20)\d{2}\s*年?\s*[-—–~至]\s*(?P<year>(?:19|20)\d{2})|(?<=\()\s*(?P<single>(?:19|20)\d{2})(?=\s*年\s*\))|1[0-2]\d\s*年\s*[-—–~至]\s*(?P<roc>1[0-2]\d))\s*年?\s*\)?"
)
REVIEW_HEADING = cues.lazy(lambda: cues.alternation("review_heading"))
GOAL_HEADING = cues.lazy(lambda: cues.alternation("goal_heading"))
GOAL_WORD = cues.lazy(lambda: cues.alternation("goal_word"))
# An aim right after a year (2024年,全区力争…): the year is a deadline, not the date of a fact
ASPIRED = cues.lazy(lambda: rf"\s*[,:]?\s*(?:{cues.alternation('scope_word')})*\s*(?:{cues.alternation('aspiration')})")
AS_OF = re.compile(r"(?:截至|截止)(?:到)?\s*(?P<year>(?:19|20)\d{2})\s*年(?:底|末)?")  # 截至2025年底: as of a date
ASPIRATION = cues.lazy(lambda: cues.alternation("aspiration"))
PRESENT_FACT = re.compile(r"^[^。;]*?(?:已|现有|目前)")  # 截至2025年底,已建成…: what stands by then, a fact
INNER_YEAR = re.compile(r"(?<![\d到至止\-—–~])(?P<year>(?:19|20)\d{2})\s*年(?:底|末)?(?![\d度月])")


# 截至2023年底, 比2022年, 2020年以来: a year the text looks back to, the latest the year it speaks from when undated
SINCE_YEAR = re.compile(r"(?:截至|截止|比|较|相比)\s*(?P<year>(?:19|20)\d{2})\s*年|(?P<since>(?:19|20)\d{2})\s*年以来")
FIVE_YEAR_TITLE = re.compile(r"(?P<n>十[一二三四五六七八九])五")  # the N-th five-year plan runs 1951 + 5N … 1955 + 5N
PLAN_TITLE = cues.lazy(lambda: rf"(?:{cues.alternation('plan_title_word')})(?:\(\d{{4}}[^()]*\))?》?(?:的通知)?$")  # …实施方案的通知: a plan


def speaks_from(doc: Document) -> int | None:
    """The year the document speaks from: the year before its period (a plan for 2024-2026 sets goals
    for 2024 too, and states facts of 2023), else its issue date; a plan's own year is one it sets goals
    for (2024年,新增… in a 实施方案 of 2024), a law's is not; else the five-year plan its title names."""
    if doc.meta.period_start:
        return doc.meta.period_start - 1
    issued = re.match(r"(?:19|20)\d{2}", doc.meta.issued or "")
    if issued:
        return int(issued.group()) - bool(PLAN_TITLE.search(doc.meta.title or ""))
    plan = FIVE_YEAR_TITLE.search(doc.meta.title or "")
    if plan:  # ××县“十四五”科技创新发展规划 on a page without its date: it speaks from the year before the plan
        return 1955 + 5 * int(parse_number(plan["n"]) or 0) - 5
    return max((int(m["year"] or m["since"]) for m in SINCE_YEAR.finditer(doc.text)), default=None)  # a page without its date


class Deadlines:
    """The deadline year in force at each position of the text (到2025年 and the lists it heads)."""

    def __init__(self, text: str, now: int | None = None, due: int | None = None) -> None:
        self.now = now
        self.due = due  # the year a year's work points or assessment sets its undated goals for (kg.extract.yeartitle)
        points: list[tuple[int, int | None]] = []
        self.aimed: set[int] = set()  # where a bare year is a deadline only because it is aimed at (the document's year unknown)
        carried: int | None = None
        pos = 0
        self.reviews: list[tuple[int, bool]] = []  # where each heading opens, and whether its section looks back
        self.goals: list[tuple[int, bool]] = []  # where each heading opens, and whether its section names goals
        self.goals_on = False  # whether the top section in force names goals
        top = False
        for line in text.splitlines(keepends=True):
            start, pos = pos, pos + len(line)
            body = line.strip()
            if not body:
                continue
            heading = HEADING.match(line)
            if heading:
                top = self._review(start, line, heading.end(), top)
            if (heading and not (SUB_ITEM.match(line) and (re.search(r"\d", body) or _counts(line)))) or _bare_title(body):
                carried = None  # but (一)高新技术企业达到2000家; (二)…达到一万家 (tgt19) is an item of the list the deadline heads
            points.append((start, carried))
            if not ("年" in body or "五" in body or "目标" in body):
                continue  # every year written has 年, a five-year plan 五, a goal span 目标: most lines have none (cheap to skip)
            mentions = list(DEADLINE.finditer(text, start, pos))
            # a past year's goals (2023年目标任务完成情况) and a plan ended by now (“十三五”期间 in a 十四五 plan) are a review
            mentions = [m for m in mentions if not (now is not None and (m["goal"] and _year(m) < now or m["plan"] and _year(m) <= now))]
            bare = [m for m in BARE_YEAR.finditer(text, start, pos) if _year(m) > now] if now is not None else [
                m for m in BARE_YEAR.finditer(text, start, pos) if _aimed_year(text, start, m) or self.goal_section(start)]  # 2024年,全区力争…: a page without its date; 二、目标任务|2026年,…
            if not bare and (alone := LINE_YEAR.match(text, start, pos)) and (now is None or _year(alone) > now) and not self.reviewed(start):
                bare = [alone]
            if heading and (titled := GOAL_HEADING.search(text, start + heading.end(), start + heading.end() + 12)):
                bare += [m for m in [HEADED_YEAR.match(text, titled.end())] if m and (now is None or _year(m) > now)]  # 二、发展目标 2025年,…
            spans = [m for m in GOAL_SPAN.finditer(text, start, pos) if now is None or _year(m) > now]
            if spans and not mentions:
                mentions = spans  # (一)近期目标(2023—2025年): the span's last year heads the list below
            elif bare and not mentions:
                mentions = bare  # 2026年,自主创新能力…显著提升 in a plan issued in 2024; …;2027年,达到…
                self.aimed.update(m.start() for m in bare if now is None)
            elif not mentions and (as_of := [m for m in AS_OF.finditer(text, start, pos) if _ahead(text, m, pos, now)]):
                mentions = as_of  # 截至2025年底,力争…达到: a date to reach by, in a plan's line that aims
                self.aimed.update(m.start() for m in as_of)
            elif now is not None and not mentions:
                mentions = [m for m in INNER_YEAR.finditer(text, start, pos) if int(m["year"]) > now][:1]
            elif not mentions and not self.reviewed(start):  # 1.高新技术企业:2027年达到1500家 on a page without its date (tgt17)
                mentions = [m for m in INNER_YEAR.finditer(text, start, pos) if GOAL_AFTER_YEAR.match(text, m.end())][:1]
            for mention in mentions:
                points.append((mention.start(), _year(mention)))
            if mentions and LIST_LEAD.match(text[start : mentions[0].start()]) and not _task_item(text[start : mentions[0].start()]):
                carried = _year(mentions[-1])
            elif mentions and (body.endswith(":") or ANNOUNCED.search(body) or HEADS_LIST.fullmatch(text, mentions[-1].end(), pos)
                               or GOAL_WORD.search(body) and BRACKETED_END.fullmatch(text, mentions[-1].end(), pos)):
                carried = _year(mentions[-1])  # 主要目标:到2025年, (the line ends with its deadline)
        self.starts: list[int] = [p for p, _ in points]
        self.years: list[int | None] = [y for _, y in points]

    def _review(self, start: int, line: str, end: int, top: bool) -> bool:
        """Record the heading opening `line`: a section that looks back (一、发展基础, (二)主要成效) states facts,
        down to the next heading of its rank or above; returns whether the top section in force looks back."""
        looks_back = bool(REVIEW_HEADING.search(line, end, end + 12))
        aims = bool(GOAL_HEADING.search(line, end, end + 12))  # 二、主要目标, 五、預期效益: its figures are aimed at
        if SUB_ITEM.match(line):  # (一)…: inside the top section, a section of its own
            self.reviews.append((start, top or looks_back))
            self.goals.append((start, (self.goals_on or aims) and not (top or looks_back)))  # (一)年度目标完成情况 under 发展基础: a review
            return top
        self.reviews.append((start, looks_back))
        self.goals.append((start, aims and not looks_back))  # 一、2024年度目标完成情况: a review
        self.goals_on = aims and not looks_back
        return looks_back

    def reviewed(self, pos: int) -> bool:
        """Whether pos is in a section that looks back (发展基础, 取得成效): its undated figures are facts."""
        index = bisect_right(self.reviews, (pos, True)) - 1
        return index >= 0 and self.reviews[index][1]

    def goal_section(self, pos: int) -> bool:
        """Whether pos is in a section whose heading names goals (主要目标, 预期效益): an undated sum led to is aimed at."""
        index = bisect_right(self.goals, (pos, True)) - 1
        return index >= 0 and self.goals[index][1]

    def at(self, pos: int) -> int | None:
        index = bisect_right(self.starts, pos) - 1
        year = self.years[index] if index >= 0 else None
        return self.due if year is None and self.due is not None and not self.reviewed(pos) else year

    def titled(self, pos: int) -> bool:
        """Whether the year in force at pos is only the one the title names (no deadline written): conditions and
        rules (申报条件:企业职工总数不超过500人) stay rules, as with no deadline."""
        index = bisect_right(self.starts, pos) - 1
        return self.due is not None and (index < 0 or self.years[index] is None)


    def aimed_at(self, pos: int) -> bool:
        """Whether the deadline in force at pos is a bare year aimed at on a page without its date (2024年,全区力争…):
        its figures are goals, though the year reads as a fact's."""
        index = bisect_right(self.starts, pos) - 1
        return index >= 0 and self.starts[index] in self.aimed

    def written(self, start: int, end: int) -> bool:
        """Whether a deadline is written in text[start:end] (到2035年, or a year opening a clause)."""
        first = bisect_right(self.starts, start - 1)
        return any(year is not None for p, year in zip(self.starts[first:], self.years[first:]) if p < end)

    def past(self, before: str) -> bool:
        """Whether a year in `before` dates a fact (截至2023年, 2023年,) rather than a goal."""
        if any(not (m["plan"] and self.now is not None and _year(m) <= self.now) for m in DEADLINE.finditer(before)):
            return False
        if self.now is not None and any(_year(m) <= self.now for m in PAST_PLAN.finditer(before)):
            return True  # “十三五”期间,累计培育…
        if STATISTICS.search(before):
            return True  # 2024年1—9月,…达到210亿元: figures of months gone by, whatever the year
        for match in PAST_YEAR.finditer(before):
            if GOAL_AFTER_YEAR.match(before, match.end()):
                continue  # 研发投入强度2023年达到2.6%,|2025年达到3%: the year a figure is aimed for, no date of a fact
            year = int(re.search(r"(?:19|20)\d{2}", match.group()).group())  # type: ignore[union-attr]
            if self.now is None or year <= self.now:
                return True
        return False


def _aimed_year(text: str, line_start: int, year: re.Match[str]) -> bool:
    """Whether a year opening a clause is aimed at, read without the document's own year: an aim follows it
    (2024年,全区力争…), its line names goals before it (分年度目标:2024年,…;2025年,…) or it is all its line (2025年:)."""
    named = GOAL_WORD.search(text, line_start, year.start()) and not REVIEW_HEADING.search(text, line_start, year.start())
    line_end = text.find("\n", year.end())
    heads = not text[year.end() : line_end if line_end >= 0 else len(text)].strip()  # 2025年:|(the list below)
    return bool(ASPIRED.match(text, year.end()) or named or heads)  # (目标完成情况:2023年,…: a review)


def _ahead(text: str, as_of: re.Match[str], line_end: int, now: int | None) -> bool:
    """Whether 截至2025年底 is a date to reach by: a later year than the document speaks from, or its line aims after it
    (截至2025年底,全市…力争达到…) with no 已 (截至2025年底,已建成…: a fact)."""
    rest = text[as_of.end() : line_end]
    aims = bool(ASPIRATION.search(rest)) and not PRESENT_FACT.search(rest)
    return aims or (now is not None and _year(as_of) > now and not PRESENT_FACT.search(rest))


def _task_item(lead: str) -> bool:
    """Whether the text before a line's deadline is an item's mark and a task's run-in label ((一)强化创新策源。2024—2025年,
    每年…): the deadline is that task's, and the next items are its siblings, not a list it heads (tgt20); a goal label
    ((二)主要目标。到2025年,…) heads the items below."""
    label = RUN_IN.match(lead)
    return bool(label and label["label"] and not GOAL_HEADING.search(label["label"]))


def _counts(line: str) -> bool:
    """Whether a (一)-item states a quantity in Chinese numerals after a comparator (（二）高新技术企业达到一万家;
    （一）…强度达到百分之二点八): an item of a regulation's goal list, not a heading (（一）总体要求)."""
    return bool(re.search(r"(?:达到|超过|突破|不少于|不低于|提高到)\s*(?:百分之)?[一二三四五六七八九十两百千万〇零]", line))


def _bare_title(body: str) -> bool:
    """Whether a short line without marks titles a section (主要任务); one that counts (高新技术企业达到2500家,
    a list's line from a page or a PDF without its semicolon) is an item of the list a deadline heads."""
    return len(body) <= 15 and not re.search(r"[,。;:]", body) and not (re.search(r"\d", body) and QUANTITY.search(body))


def _year(mention: re.Match[str]) -> int:
    if mention.re in (GOAL_SPAN, BARE_YEAR) and mention["roc"]:
        return 1911 + int(mention["roc"])
    if mention.re is GOAL_SPAN and mention["single"]:
        return int(mention["single"])
    if mention.re in (BARE_YEAR, INNER_YEAR, GOAL_SPAN, HEADED_YEAR, AS_OF, LINE_YEAR):
        return int(mention["year"])
    if mention["plan"]:  # the N-th five-year plan ends in 1955 + 5N: 十四五 → 2025
        return 1955 + 5 * int(parse_number(mention["plan"]) or 0)
    return deadline_year(mention) or 0
