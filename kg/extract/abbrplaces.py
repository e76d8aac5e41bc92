"""Abbreviated places: a province written by its one-character abbreviation (来皖, 驻鲁单位, 在沪机构, 京冀等) as a Region.

The annotators give a province's abbreviation as a surface of the province (gold-more 0041 冀, 0110 沪, 0167 津, 0175
京冀; gold-dev 004 晋; synth s007 鄂). One character names a place only where it cannot be the start of another word:
right after a verb of coming or staying (来, 在, 赴, 驻, …; cue list place_abbreviation_verb) with jieba cutting it as a
word of its own or glued to the verb (来|皖|设立, 驻鲁|单位), or two abbreviations jieba cuts apart before a word of
joint work (京|冀|等, 川|渝|合作). Only abbreviations that are no common character of other words are listed (cue list
province_abbreviation: not 新, 青, 宁, 云, 黑, 吉, 甘 …).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg import cues
from kg.extract.names import Name
from kg.extract.words import Word

NOT_COMMON = frozenset({"x", "ns", "j", "a", "@Region"})  # after an abbreviation: a name going on, not a common word
# Any one-character abbreviation (the list's short forms; a longer one would never be a character of the sentence)
ABBREVIATION = cues.lazy(lambda: "[" + "".join(re.escape(k) for k in cues.full_forms("province_abbreviation") if len(k) == 1) + "]")


def find(text: str, ws: Sequence[Word]) -> list[Name]:
    """The provinces written by abbreviation in one sentence's words."""
    if not ws or not ABBREVIATION.search(text, ws[0].start, ws[-1].end):
        return []  # one scan in C: most sentences write no abbreviation
    places = cues.full_forms("province_abbreviation")
    verbs, followers = cues.word_set("place_abbreviation_verb"), cues.words("abbreviation_pair_follower")
    found: list[Name] = []
    for i, word in enumerate(ws):
        if len(word.text) == 1 and word.text in places and i > 0 and ws[i - 1].text in verbs and _common_after(ws, i):
            found.append(Name(word.start, word.end, "Region", places[word.text]))  # 来|皖|设立, 在|沪|机构
        elif len(word.text) == 2 and word.text[0] in verbs and word.text[1] in places and _common_after(ws, i):
            found.append(Name(word.start + 1, word.end, "Region", places[word.text[1]]))  # 驻鲁|单位
        elif (pair := _pair(ws, i, places)) and text.startswith(followers, ws[i + len(pair) - 1].end):
            found += [Name(w.start + k, w.start + k + 1, "Region", places[w.text[k]]) for w in pair for k in range(len(w.text))]
    return found


def _common_after(ws: Sequence[Word], i: int) -> bool:
    """Whether a common word of two characters or more follows (在|沪|机构, 来|津|创新): not a mark, and not another place
    or abbreviation a name goes on with (在|沪|深北|证券交易所: the exchanges of 沪深北, no place; gold-synth s002)."""
    return i + 1 < len(ws) and len(ws[i + 1].text) >= 2 and ws[i + 1].tag not in NOT_COMMON


def _pair(ws: Sequence[Word], i: int, places: dict[str, str]) -> list[Word]:
    """京|冀 (two words): two provinces' abbreviations, else nothing; a pair names them only before a word of their joint
    work (京冀等, 川渝合作; cue list abbreviation_pair_follower). One dictionary word of two (京津, 京沪) is a name of its
    own, no two places: gold-more 0041 marks 京津 an ambiguous Region of its own, and 京沪高铁 is a railway's name."""
    word = ws[i]
    if len(word.text) == 1 and word.text in places and i + 1 < len(ws) and ws[i + 1].text in places and ws[i + 1].text != word.text:
        return [word, ws[i + 1]]
    return []
