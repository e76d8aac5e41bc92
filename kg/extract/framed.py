"""Framed goals: an undated goal whose clause its verb opens and its count closes (全市|力争3年内|新增…200家以上。), for kg.extract.targets.

With no deadline in force, a number is a goal only when its clause is framed as one: a list's marker, scope and
period words (全市, 全年) or a span of years (三年内) before the verb, and nothing after the count but the next count.
"""

from __future__ import annotations

import re

from kg import cues
from kg.extract.subjects import OPENING_MARK, Piece

DIGIT = re.compile(r"\d")
# A span of years from now opening a clause (五年内, 用三年时间, 通过3-5年努力): a term, not a year
WITHIN_YEARS = re.compile(r"\s*(?:用|通过|经过)?[一二两三四五\d]+(?:\s*[-—~至]\s*[一二两三四五\d]+)?年(?:左右)?(?:内|时间|努力)?\s*")  # 三年引进…
# What may open an undated goal's clause before its verb: scope words, the plan's goal (本计划目标为), a span of years, and 新 (全市|力争|
# 3年内|新增…, 新|培育…3-5家), never a subject of its own
FRAME_LEAD = cues.lazy(lambda: rf"\s*(?:(?:{cues.alternation('scope_word')}|{cues.alternation('frame_word')}|{cues.alternation('period_word')}|{cues.alternation('goal_frame')})\s*)*"
                       rf"(?:{WITHIN_YEARS.pattern}(?:(?:{cues.alternation('joint_adverb')})\s*)?)?"  # 三年内|联合|实施…, but not 联合|实施… alone
                       rf"(?:(?:{cues.alternation('scope_word')})\s*)*新?\s*")
LIST_MARKER = re.compile(r"\s*(?:\d{1,3}[.、]|[—\-·•●■◆▲]+)\s*")
PERIOD_OPEN = cues.lazy(lambda: rf"\s*(?:{cues.alternation('scope_word')})*\s*(?:{cues.alternation('period_word')})")  # 全市全年…


def framed(text: str, verbs: list[re.Match[str]], left: Piece, q_end: int, clause_end: int) -> bool:
    """An undated goal framed by its clause: the verb opens it (after a list's marker or 五年内) and the
    count closes it (打造千亿级产业集群3个。); 以上 alone is a condition (两个以上部门), a verb inside is a
    description (围绕12个…)."""
    rest = text[q_end:clause_end].strip(" 。;!?\n")
    if not verbs or (rest and not (rest[0] == "、" and DIGIT.search(rest))):
        return False  # …产业集群3个、百亿级企业10家: the next count of the list may follow
    opened = _clause_open(text, left.start)
    opened += len(text[opened : left.start]) - len(text[opened : left.start].lstrip())  # an indented line:|59.新增…
    verb = left.start + verbs[0].start()
    if left.start != opened:
        return False
    item = next((m for r in (OPENING_MARK, LIST_MARKER) if (m := r.match(text, opened, verb))), None)  # (三)|新增…
    return FRAME_LEAD.fullmatch(text, item.end() if item else opened, verb) is not None  # 全市|力争3年内|新增…200家以上


def _clause_open(text: str, pos: int) -> int:
    """Where the clause holding pos opens (after , ; 。 : or a line break)."""
    return max(text.rfind(mark, 0, pos) for mark in ",;。:\n") + 1
