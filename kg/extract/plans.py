"""Plans and funds set up (ent12): the verbs after which a plan's or fund's name opens, and where it opens.

kg.extract.names reads a programme's name after a verb that sets one up (建立…制度, 设立…资金); here are
the verbs beyond establish's that do the same for plans (组织编制|科学技术发展规划), the second verb that may
join the first before the name (制定和实施|高新技术产业发展规划), a verb that opens a fund's own name
(设立|应用基础研究专项资金) and a place's own plan a document puts work into (纳入|保定市国民经济和社会发展规划);
for rules set up (kg.extract.heads), a second establish verb joined to the first (建立和完善|…制度) and whether
a government sets the rule up (市人民政府应当建立|…, not 引导企业建立|…; ent15c).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from kg import cues
from kg.extract.words import Word

CLAUSE_END = re.compile(r"[,。;:、()“”]")
LISTED_MANNER = re.compile(r"[^、,，。;；:：]{4}(?:、[^、,，。;；:：]{4})+")  # 权责清晰、程序严密: how a rule is, no part of its name


@cache
def verbs() -> frozenset[str]:
    """The verbs after which a programme's name opens: establish's and draw_up_verb's."""
    return cues.word_set("establish") | cues.word_set("draw_up_verb")


@cache
def triggers() -> frozenset[str]:
    """The words whose presence in a sentence makes kg.extract.names look for a programme set up, put into or
    pushed on (cue list advance_verb, ent14a)."""
    return verbs() | cues.word_set("put_into") | cues.word_set("advance_verb") | cues.word_set("fund_set_up_verb")


def name_start(text: str, ws: Sequence[Word], i: int) -> int:
    """The word where the name opens after the verb at i: past 的 (设立的|A资金、B资金), past a second verb
    joined to the first (制定和实施|…规划, 制定并组织实施|…), else the next word."""
    k = past_amount(ws, i + 1)  # 设立|2亿元|科技创新专项资金
    if k + 1 < len(ws) and ws[k].text == "的":
        return k + 1
    if k + 1 < len(ws) and ws[k].text in ("和", "并", "、") and ws[k + 1].text in cues.word_set("joined_carry_out"):
        return k + 2
    return past_whole_place(text, ws, k)


def past_whole_place(text: str, ws: Sequence[Word], k: int) -> int:
    """编制|全市|…规划, 编制|本|行政区域|…规划, 落实|全省|…行动计划: the word after the whole place the document
    is about (cue list whole_place), no part of the plan's name, else k."""
    place = next((w for w in cues.words("whole_place") if text.startswith(w, ws[k].start)), None) if k < len(ws) else None
    after = next((j for j in range(k, len(ws)) if ws[j].start == ws[k].start + len(place)), None) if place else None
    return after if after is not None and after + 1 < len(ws) else k


def past_amount(ws: Sequence[Word], k: int) -> int:
    """设立|2|亿元|…专项资金, 安排|5|亿元|…: the word after a sum written right after the verb (the fund's size,
    no part of its name), else k (ent13); 设立|规模|50|亿元|的|…基金: past the size word too, the 的 left to
    name_start (cue list size_word, ent14a)."""
    sizes = cues.word_set("size_word")
    j = k + 1 if k < len(ws) and ws[k].text in sizes else k + 2 if k + 1 < len(ws) and ws[k].text + ws[k + 1].text in sizes else k  # 总|规模
    money = j + 1 < len(ws) and ws[j].tag == "m" and ws[j].text[:1].isdigit() and ws[j + 1].tag == "m" and ws[j + 1].text.endswith("元")
    return j + 2 if money and j + 2 < len(ws) else k


def past_modifier(text: str, ws: Sequence[Word], k: int) -> int:
    """建立|以…为导向的|科技人才分类评价机制, 建立|权责清晰、程序严密的|容错免责机制: the word after a 的 that closes
    what a rule is aimed at (以…为 and a word of cue list rule_modifier_end) or a list of how it is (four
    characters each, 、 between), within its clause; else k (ent14a)."""
    if k >= len(ws) or "的" not in text[ws[k].start : ws[min(len(ws), k + 24) - 1].end]:
        return k  # most rules set up are named right after the verb
    end = next((j for j in range(k, min(len(ws), k + 24)) if ws[j].text == "的" or ws[j].tag == "x" and ws[j].text != "、"), None)
    if end is None or ws[end].text != "的" or end + 1 >= len(ws):
        return k
    between = text[ws[k].start : ws[end].start]
    aimed = between.startswith("以") and re.search(rf"为(?:{cues.alternation('rule_modifier_end')})$", between)
    return end + 1 if aimed or LISTED_MANNER.fullmatch(between) else k


def fund_opened_by_verb(text: str, ws: Sequence[Word], k: int) -> bool:
    """设立|应用基础研究专项资金, 设立|扶持企业自主创新资金: a verb opens the fund's own name when the words from
    it to the end of the clause end in a kind of named fund (cue list named_fund_kind) and hold no other verb
    that sets one up; 制定|实施国土空间规划 (a plan) is no fund."""
    end = CLAUSE_END.search(text, ws[k].start)
    clause = text[ws[k].start : end.start() if end else ws[-1].end]
    return 6 <= len(clause) <= 16 and clause.endswith(cues.words("named_fund_kind")) and not any(v in clause[2:] for v in verbs())


def place_plan(text: str, ws: Sequence[Word], i: int, read: Callable[..., Any], kind: re.Pattern[str]) -> Any:
    """纳入|保定市|国民经济和社会发展规划: after a verb that puts work into a plan (cue list put_into), a place
    (a region of the vocabulary, written in full) opens the plan's name, read by `read` (programmes.programme_after);
    列入|国家级、省级、市级|重点新产品计划: the plan of each level listed, its name after the levels. None when
    neither follows (纳入国民经济和社会发展规划: any place's) or the plan past them is only generic words
    (纳入河北省|科技计划)."""
    if ws[i].text not in cues.word_set("put_into") or i + 2 >= len(ws):
        return None
    levels = _past_levels(ws, i + 1)
    place = ws[i + 1]
    if levels == i + 1 and (place.tag != "@Region" or not place.text.endswith(cues.words("region_suffix"))):
        return None
    name = read(text, ws, levels, kind=kind) if levels < len(ws) else None
    own = ws[levels].start if levels > i + 1 else place.end  # where the plan's own words begin
    return None if name is None or only_generic(text[own : name.end]) else name


def _past_levels(ws: Sequence[Word], k: int) -> int:
    """The word after a list of levels from word k (国家级|、|省级|、|市级|…), k itself when none is written."""
    j = k
    while j + 1 < len(ws) and ws[j].text in cues.word_set("level") and (ws[j + 1].text in ("、", "和") or ws[j + 1].text not in cues.word_set("level")):
        j += 2 if ws[j + 1].text in ("、", "和") else 1
    return j if j > k and ws[j - 1].text in cues.word_set("level") else k


def only_generic(name: str) -> bool:
    """产业发展规划, 年度工作计划: a plan named by words of what programmes are in general only (cue list
    generic_programme_word, then its kind) says which plan it is no more than 规划 does; 科学技术发展规划 does.
    A name holding a word no plan's name holds (cue list not_in_plan_name) is none either."""
    if any(word in name for word in cues.words("not_in_plan_name")):
        return True  # 编制|部门应当就规划, 年度计划和有关专项规划: no one plan's name
    if not name.endswith(("规划", "计划")):
        return False  # a fund or a project library set up (重大科技项目储备库) is named by its kind and field
    return generic_words(name)


def bare_kind_joined(name: str) -> bool:
    """实施|科学技术人员培养规划和计划, 编制|…规划和年度计划: a bare kind joined on (cue list bare_plan_kind) makes
    the phrase plans of every sort, no one plan's name."""
    return any(name.endswith(joiner + kind) for kind in cues.words("bare_plan_kind") for joiner in "和与及")


def generic_words(phrase: str) -> bool:
    """Whether a phrase is made of words of what programmes are in general only (cue list generic_programme_word),
    maybe closed by a kind (产业发展|规划, 财政, 科技发展), so it says which one it is no more than its kind does."""
    rest = phrase
    while rest:
        if rest in cues.word_set("rule_suffix") or rest in cues.word_set("programme_suffix"):
            return True
        word = next((w for w in cues.words("generic_programme_word") if rest.startswith(w)), None)
        if word is None:
            return False
        rest = rest[len(word) :]
    return True


def past_joined_verb(ws: Sequence[Word], k: int) -> int:
    """建立|和完善|科学技术奖励制度: past a second establish verb joined to the first (ent15c); else k."""
    joined = k + 2 < len(ws) and ws[k].text in ("和", "并") and ws[k + 1].text in cues.word_set("establish")
    return k + 2 if joined else k


def set_by_government(text: str, ws: Sequence[Word], verb: Word) -> bool:
    """市人民政府应当|建立, 本市|建立, an action plan's item (（三）|建立…): the last subject written before the verb in
    its sentence is a government's or none, no enterprise or institute's (政府设立的研究开发机构应当|建立, 引导企业|
    建立; ent15c)."""
    before = text[ws[0].start : verb.start]
    government = max((before.rfind(w) for w in cues.words("rule_government")), default=-1)
    own = max((before.rfind(w) for w in cues.words("rule_own_setter")), default=-1)
    return own < 0 or government > own


def next_listed(ws: Sequence[Word], end: int) -> int | None:
    """The word after a joiner right after a name that ends at end (建立|A机制|和|B制度), the next item of a list one
    verb sets up; None when no joiner follows (ent17a)."""
    j = next((j for j, w in enumerate(ws) if w.start >= end), len(ws))
    return j + 1 if j + 1 < len(ws) and ws[j].text in ("和", "及", "、", "以及") else None
