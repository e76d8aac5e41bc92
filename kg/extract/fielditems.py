"""Field items: what an item of a list of fields may not hold (a practice written with a plus, a word before the field).

kg.extract.fields reads lists of industries word by word; jieba glues or mistags words that govern a list or
say where it holds (将/n|云计算, 研发/j|人工智能, 依法查处/l|网络文学, 全市/n|数字经济, 流通领域/l|大数据), and a
plus joins a technology to government work as readily as to a field (互联网+监管: a reform practice, the
conventions' ambiguous Programme, no industry). These predicates keep such words out of the items; a practice is named as one, and a list of fields a law
regulates (…等重点行业安全风险防控, …等行业的能耗) names none for development (ent16b).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg import cues
from kg.extract.words import Word

# From a field to its list's kind (…、燃气|等重点行业、领域, …等行业的) and a few words after it, within the clause
REGULATED = cues.lazy(lambda: rf"[^，。；,;：:]{{0,40}}?等(?:重点|相关|有关)?(?:行业|领域)(?:、领域)?[^，。；,;：:]{{0,10}}?(?:{cues.alternation('regulated_after_fields')})")
COUNTED = re.compile(r"[\d一二两三四五六七八九十百千]+[大项个类]")  # 三大, 十大: a count before a list's kind (jieba's 三大/j)
PRACTICE_TAGS = frozenset({"n", "vn", "nz"})  # the words of a practice after its plus (政务|服务, 不动产|登记)
PRACTICE_CHARS = 8
NOUNS = frozenset({"n", "nz", "vn", "l", "j", "@Industry"})
KIND_INSIDE = ("领域", "行业", "产业")  # 流通领域|大数据: a word ending in a kind of fields closes a phrase, no modifier of the next field


def practice(ws: Sequence[Word], k: int) -> int | None:
    """互联网+|监管, 互联网+|政务服务, 互联网+|不动产登记: where the words after the plus name government work (cue list
    plus_practice_field), the end of the practice's name (its nouns, not the 系统 or 平台 it runs on), else None."""
    if not ws[k].text.startswith(cues.words("plus_practice_field")):
        return None
    end = k + 1
    while end < len(ws) and (ws[end].tag in PRACTICE_TAGS or ws[end].text in cues.word_set("plus_practice_field")) and ws[end].text not in cues.word_set("practice_carrier") and ws[end].end - ws[k].start <= PRACTICE_CHARS:
        end += 1
    return ws[end - 1].end


def lead(word: Word, nxt: Word) -> bool:
    """将|云计算, 依法查处|网络文学, 全市|数字经济, 公共服务领域|使用|大数据: a word that governs the list or says where
    it holds (cue list field_item_lead) before a noun; 研发|人工智能 (field_item_lead_before_term), 农产品流通领域|大数据 (a
    word ending in a kind of fields) only right before a vocabulary field: the item starts after it."""
    if COUNTED.fullmatch(word.text):
        return True  # 生物医药|三大|先导产业: the count of a list's kind, no part of its last item
    if word.text in cues.word_set("field_item_lead"):
        return nxt.tag in NOUNS
    if nxt.tag != "@Industry":
        return False
    return word.text in cues.word_set("field_item_lead_before_term") or (len(word.text) > 2 and word.text.endswith(KIND_INSIDE))


def closing_deng(word: Word) -> bool:
    """等为|引领 (jieba's 等为/v): 等 and a verb after a list's last item, no word of the item."""
    return len(word.text) > 1 and word.text[0] == "等" and word.tag in ("v", "p", "c", "u")


def regulated(text: str, end: int, stop: int) -> bool:
    """…燃气|等重点行业、领域安全风险防控体系, …建材|等行业的能耗, …计算机软件|等领域的著作权侵权行为: a field whose list a law
    regulates (cue list regulated_after_fields right after the list's kind) is not named for development there."""
    return REGULATED.match(text, end, stop) is not None
