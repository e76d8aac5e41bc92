"""Prizes won: the prize a condition or an award names after a verb of winning (获得|省科学技术奖|一等奖, 荣获|浙江省专利金奖).

A prize of a government is a named programme (SCHEMA.md: 中国专利奖, 国家科学技术奖 of the vocabulary); support measures
name the others by the verb of winning them, often after a level (省, 市: kg.extract.entities places it, as for a prize
set up) and with the grade won (一等奖, 金奖), which is no part of the prize's name. Finding only, over the words of
kg.extract.words; the verbs (cue list win_verb) and the grades (prize_grade) are data in ontology/cues.ttl (ent14a).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from kg import cues
from kg.extract.names import NOUN, Name
from kg.extract.words import Word

MAX_PRIZE = 12  # characters of a prize's name after the verb
MIN_OWN = 2  # characters of a prize's own words before 奖 (省|专利|奖, 浙江省|专利|奖), its level left out
LEVEL = re.compile(r"^(?:国家级|省级|市级|区级|县级|国家|省|市|区|县)")
LISTED = frozenset({"、", "和", "及", "或者", "以及"})  # joiners of a list of prizes won (ent17a)
PART = NOUN | {"@Region", "@Agency", "vn", "v", "a", "t"}  # 科学技术|进步|奖, 优秀|发明家|奖, 青年/t|科技|奖 (jieba's time word; ent20a)


def won(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """获得|省科学技术奖|一等奖 → 省科学技术奖; 荣获|浙江省专利金奖 → 浙江省专利奖 (the grade left out). Only a prize
    of a level or place (获得专利奖: any prize of patents); not a grade alone (获得一等奖) or a prize of the
    vocabulary (one word, found as such). Each of a list won (获得|国家科学技术奖、|省科学技术奖; ent17a)."""
    for i, word in enumerate(ws[:-1]):
        if word.text not in cues.word_set("win_verb"):
            continue
        first = i + 1
        while first < len(ws):
            known = ws[first].tag == "@Programme"  # 国家科学技术奖 of the vocabulary: found as such
            last = first if known else prize_end(ws, first)
            if last is None:
                break
            if not known and (name := _prize(text, ws, first, last)) is not None:
                yield name
            while last + 1 < len(ws) and ws[last + 1].text in cues.word_set("prize_grade"):
                last += 1  # 省科学技术奖|一等奖|、…: the grade won, the list goes on after it
            if last + 2 >= len(ws) or ws[last + 1].text not in LISTED:
                break
            first = last + 2


def prize_end(ws: Sequence[Word], first: int) -> int | None:
    """The last word of the prize whose name opens at word first: the first word ending in 奖 within MAX_PRIZE."""
    for k in range(first, len(ws)):
        part = ws[k]
        if part.end - ws[first].start > MAX_PRIZE or part.tag not in PART or part.tag == "@Programme":
            return None
        if part.text.endswith("奖") and part.tag[0] in "nv":
            return k
    return None


def _prize(text: str, ws: Sequence[Word], first: int, last: int) -> Name | None:
    """The prize of words first…last when it is of a level or place, its grade left out."""
    name = ungraded(text[ws[first].start : ws[last].end])
    if name is not None and (LEVEL.match(name) or ws[first].tag == "@Region"):
        return Name(ws[first].start, ws[last].end, "Programme", name)
    return None


def ungraded(prize: str) -> str | None:
    """省科学技术奖, 浙江省专利金奖 → 浙江省专利奖: the prize without the grade won (cue list prize_grade), or None
    when its own words, its level left out, are too few to name one (省|奖, 市|一等奖)."""
    grade = next((g for g in cues.words("prize_grade") if prize.endswith(g)), None)
    name = prize[: -len(grade)] + "奖" if grade else prize
    own = LEVEL.sub("", name)[:-1]
    return name if len(own) >= MIN_OWN and not own.endswith(("等", "大")) else None


SETTER = re.compile(r"(?:(省|市|区|县)(?:级)?人民政府|本(省|市))(?:应当|可以|每年)?$")  # who sets a prize up, right before the verb


def setter_level(text: str, verb: Word) -> str:
    """省人民政府|设立|科学技术进步奖: the level of the government that sets a prize up, written right before the
    verb (省, 市), so kg.extract.entities names the prize by the document's place (云南省科学技术进步奖), as a prize
    set up with its level written (设立省科学技术奖); "" when no such government is written there (ent17a)."""
    found = SETTER.search(text, max(0, verb.start - 12), verb.start)
    return (found.group(1) or found.group(2)) if found else ""


def short_prize(text: str, ws: Sequence[Word], k: int, verb: Word) -> Name | None:
    """市人民政府设立|专利|奖, 本市设立|专利|奖: a prize of two characters of its own, set up by a level's government
    written right before the verb, is that level's prize (市专利奖 → the city's), too short a name otherwise (ent17a)."""
    level = setter_level(text, verb)
    if not level or k + 1 >= len(ws) or ws[k + 1].text != "奖" or ws[k].tag not in NOUN or len(ws[k].text) != MIN_OWN:
        return None
    after = ws[k + 2] if k + 2 < len(ws) else None
    if after is not None and after.tag != "x" and after.text not in LISTED:
        return None  # 设立专利奖励基金: a fund, read as one
    return Name(ws[k].start, ws[k + 1].end, "Programme", level + ws[k].text + "奖")
