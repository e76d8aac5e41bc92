"""Headed: industries the vocabulary does not know, named by their head (…产业, …服务业, …服务贸易) where developed.

An industry's name is a short noun phrase ending in a head word of industries (cue list industry_head):
标准化服务业, 智能网联汽车检验检测产业, 知识产权高端服务业, 中医药服务贸易. It is named only in a frame of
development (kg.extract.developed: 支持…产业发展, 加快…服务业发展, 发展…服务贸易), and only when its words say
more than what industries are in general (本市优势特色产业, 相关产业, 新兴产业: cue list generic_industry_word).
A bare 产业 (or 特色产业, 新兴产业 …) or a head the vocabulary knows (服务贸易) takes only a known field with words
of its own (智能网联汽车检验检测产业, 中医药服务贸易): 高新区产业发展, 本行政区域产业, 跨境服务贸易 name none. A known
field with a bare kind word (生物医药产业) is the vocabulary's term, left to it.
Finding only: kg.extract.entities chooses among these and the other names (issue 10, ind11).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache

from kg import cues
from kg.extract import developed
from kg.extract.names import Name
from kg.extract.words import Word

MODIFIER_TAGS = frozenset({"n", "nz", "vn", "b", "j", "l", "eng", "ng", "@Industry"})
NUMERALS = frozenset("0123456789一二两三四五六七八九十百千")
OWN_NOUNS = 6  # characters of the nouns of a field unknown to the vocabulary before a bare 产业
MIN_OWN, MAX_NAME = 2, 18  # characters: of the name's own words (not generic), of the phrase with its head
HEADS = cues.lazy(lambda: cues.alternation("industry_head"))


@cache
def _lists() -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    stops = frozenset(w for name in ("develop_verb", "field_object_verb", "introducer", "goal_verb") for w in cues.words(name))
    return cues.words("industry_head"), cues.word_set("generic_industry_word"), stops


def find(text: str, ws: Sequence[Word]) -> list[Name]:
    """Each industry named by its head in one sentence's words, in a frame of development."""
    if not ws or not HEADS.search(text, ws[0].start, ws[-1].end):
        return []  # most sentences: no head of an industry's name (one search, no slice of the sentence)
    return list(_named(text, ws))


def _named(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    heads, generic, stops = _lists()
    fields = [(w.start, w.end) for w in ws if w.tag == "@Industry"]
    for k, word in enumerate(ws):
        if not word.text.endswith(heads) or (k + 1 < len(ws) and _goes_on(ws[k + 1], stops)):
            continue  # not a head, or one inside a longer noun (产业|园区; not 产业|生态, 产业|发展)
        j = k
        while j > 0 and word.end - ws[j - 1].start <= MAX_NAME and (_modifier(ws[j - 1], stops) or _joins_fields(ws, j - 1)):
            j -= 1
        modifiers = ws[j:k]
        own = [w for w in modifiers if w.text not in generic]
        if sum(len(w.text) for w in own) < MIN_OWN or any(w.text[0] in NUMERALS for w in own):
            continue  # 本市优势特色产业, 相关产业: no name of its own; 十大|省级|制造业: a count of industries
        bare = word.text in generic
        first = next((i for i, w in enumerate(own) if w.tag == "@Industry"), None)
        if first is None and bare and word.text in heads and _a_field_of_its_own(own):
            pass  # 数据要素|产业, 观光|产业: nouns of a field of their own before a bare 产业
        elif bare or word.tag == "@Industry":  # the name opens at its first known field, with words of its own after it
            if first is None or (bare and first == len(own) - 1) or (not bare and word.text not in heads):
                continue  # 高新区|产业发展, 跨境|服务贸易; 生物医药|产业 (the vocabulary's term); …|先进制造业 集群 (a cluster's)
            own = own[first:]
        start = own[0].start
        end = own[-1].end if bare and word.text not in heads else word.end  # 新能源与智能电网装备制造|主导产业
        lo, hi = ws[0].start, ws[-1].end
        if developed.framed(text, ws, start, end, fields, lo, hi, own_head=False):
            yield Name(start, end, "Industry", "".join(text[start:end].split()))


def _a_field_of_its_own(own: list[Word]) -> bool:
    """Nouns that name a field before a bare 产业 (数据要素, 观光, 文化): not a place's or a group's (高新区, 县域,
    分园, 链条, 集群; cue list not_field_end), at most OWN_NOUNS characters."""
    ends = cues.words("not_field_end")
    return 0 < sum(len(w.text) for w in own) <= OWN_NOUNS and all(w.tag in ("n", "nz") and not w.text.endswith(ends) for w in own)


def _modifier(word: Word, stops: frozenset[str]) -> bool:
    return word.tag in MODIFIER_TAGS and word.text not in stops


def _joins_fields(ws: Sequence[Word], k: int) -> bool:
    """与 between two known fields inside one name (新能源与智能电网装备制造)."""
    return ws[k].text == "与" and k > 0 and ws[k - 1].tag == ws[k + 1].tag == "@Industry"


def _goes_on(word: Word, stops: frozenset[str]) -> bool:
    """Whether the noun phrase goes on past a head at this word (产业|园区), not ending in a word that says
    what fields are (产业|生态, 产业|集群; cue list field_after) or a modifier of one (产业|数字化|转型)."""
    return word.tag in MODIFIER_TAGS and word.text not in stops | cues.word_set("field_after_skip") and not word.text.endswith(cues.words("field_after"))
