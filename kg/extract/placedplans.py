"""Plans and prizes a place names: a kind of programme every province or city runs one of, right after a place's name
(湖南省|科技计划|项目, 江苏省|重点研发计划) or after the document's own level word (省|基础研究计划 → its place's); the prizes
a level's awards are listed as (省级科学技术奖励|设|A奖、B奖…); and the own funds and platforms of kg.extract.ownfunds,
which kg.extract.heads reaches through here. Finding only, over the words of kg.extract.words; the kinds are cue lists
placed_plan_kind and listed_prize_head (ontology/cues.ttl).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kg import cues
from kg.extract import ownfunds, placedfunds, prizes
from kg.extract.names import Name
from kg.extract.words import Word

KIND_WORDS = 4  # words a kind is cut into at most (科学技术|发展|计划)
LIST_JOINS = frozenset({"、", "和", "及", "与", "或者"})  # 国家、省|科技计划: one level of a list, every level's plan
KIND_ENDS = frozenset({"x", "c", "uj", "p"})  # what may follow a kind set up: a stop, 和, 的, 用于 (not 联合基金: a longer name)
PRIZE_JOINS = frozenset({"、", "和", "及"})  # 设|A奖、B奖和C奖
MAX_PRIZE = 12  # characters of one prize's name
LEVEL_BEFORE = 3  # words back from 设 to the level of the awards (省级|科学技术|奖励|设)


def find(text: str, ws: Sequence[Word], texts: set[str], tags: set[str], sentence: str) -> list[Name]:
    """The own funds and platforms (where a level word and a fund's, platform's, prize's or plan's kind are written)
    and the plans a place names (where a place or a level is written and a kind of cue list placed_plan_kind)."""
    found: list[Name] = []
    levelled = not texts.isdisjoint(ownfunds.LEVELS | ownfunds.GRADES)
    if levelled and ("基金" in sentence or "资金" in sentence or "平台" in sentence or "中心" in sentence or "奖" in sentence or "计划" in sentence):
        found += ownfunds.find(text, ws)
    if cues.pattern("placed_plan_kind").search(sentence):  # one scan for the whole list
        found += placed(text, ws) if "@Region" in tags or levelled else []
        found += set_up_by_level(text, ws) if not texts.isdisjoint(cues.word_set("establish")) else []
    if levelled and "设" in texts and "奖" in sentence:
        found += listed_prizes(text, ws)
    if ("@Region" in tags or "ns" in tags) and ("基金" in sentence or "资金" in sentence):
        found += placedfunds.find(text, ws)  # 湖南省|先进制造业发展基金 in any position (ent20a)
    return found


def placed(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """湖南省|科技|计划 (a Programme named in full), 省|基础|研究|计划 (the document's own place's: kg.extract.ownfunds.OWN_FUND,
    named by the entities' resolver); not a level listed with others (国家、省|科技计划), not a grade (省级: a kind of
    any province's, read by kg.extract.ownfunds where a Hebei law writes it) and not a place inside a longer name."""
    kinds = cues.word_set("placed_plan_kind")
    for i, word in enumerate(ws[:-1]):
        region = word.tag == "@Region"
        if not (region or word.text in ownfunds.LEVELS) or (i and ws[i - 1].text in LIST_JOINS):
            continue
        for k in range(i + 1, min(i + 1 + KIND_WORDS, len(ws))):
            rest = text[word.end : ws[k].end]
            if rest in kinds:
                yield Name(word.start, ws[k].end, "Programme" if region else ownfunds.OWN_FUND, (word.text if region else word.text[0]) + rest)
                break


def set_up_by_level(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """省人民政府|设立|自然科学基金, 省|设立|自然科学基金: a kind of cue list placed_plan_kind set up by a level's
    government written right before the verb (kg.extract.prizes.setter_level) is the document's place's (上海市自然科学基金
    in dev6 0120, as a prize set up so is); not one with more words of its own (设立|自然科学基金|联合基金)."""
    kinds = cues.word_set("placed_plan_kind")
    for i, word in enumerate(ws[:-1]):
        if word.text not in cues.word_set("establish") or not (level := prizes.setter_level(text, word) or _bare_level(ws, i)):
            continue
        for k in range(i + 1, min(i + 1 + KIND_WORDS, len(ws))):
            if text[ws[i + 1].start : ws[k].end] in kinds and (k + 1 == len(ws) or ws[k + 1].tag in KIND_ENDS):
                yield Name(ws[i + 1].start, ws[k].end, ownfunds.OWN_FUND, level + text[ws[i + 1].start : ws[k].end])
                break


def _bare_level(ws: Sequence[Word], i: int) -> str:
    """省|设立…, 。市|设立…: a level word alone as the verb's subject, opening the clause."""
    opens = i == 1 or (i >= 2 and ws[i - 2].tag == "x")
    return ws[i - 1].text if i and ws[i - 1].text in ownfunds.LEVELS and opens else ""


def listed_prizes(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """省级科学技术奖励|设|科学技术突出贡献奖、自然科学奖、…: the awards of a level (cue list listed_prize_head before 设)
    listed as prizes, each the document's place's (河北省自然科学奖, as dev annotators name them in 0041); not a
    prize's grades (一等奖, cue list prize_grade) nor 其他奖项."""
    for i, word in enumerate(ws[:-1]):
        if word.text != "设" or not i or ws[i - 1].text not in cues.word_set("listed_prize_head"):
            continue
        level = next((w.text for w in ws[max(0, i - 1 - LEVEL_BEFORE) : i - 1] if w.text in ownfunds.LEVELS | ownfunds.GRADES), None)
        if level is None:
            continue  # 国家科学技术奖励设…: no level word, the vocabulary's national prizes
        k = i + 1
        while k < len(ws):
            end = next((j for j in range(k, len(ws)) if ws[j].text.endswith("奖") or ws[j].text in PRIZE_JOINS or ws[j].tag == "x"), None)
            if end is None or not ws[end].text.endswith("奖") or ws[end].end - ws[k].start > MAX_PRIZE:
                break
            prize = text[ws[k].start : ws[end].end]
            if len(prize) < 3 or prize.endswith(tuple(cues.words("prize_grade"))):
                break
            yield Name(ws[k].start, ws[end].end, ownfunds.OWN_FUND, level[0] + prize)
            if end + 1 >= len(ws) or ws[end + 1].text not in PRIZE_JOINS:
                break
            k = end + 2
