"""Universities whose name opens with no proper word kg.extract.names keys on: a direction (南方|科技|大学, 东北|大学) or
Taiwan's 国立/私立 before a city jieba does not tag as a place (国立|嘉义|大学). Finding only; kg.extract.entities
chooses among all the names.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kg import cues
from kg.extract.names import Name
from kg.extract import words
from kg.extract.words import Word

NAME_WORD = frozenset({"n", "nz", "ns", "nr", "vn", "j"})  # 科技, 嘉义, 交通: the words between the opener and 大学
LISTED_NAME_WORD = NAME_WORD | {"a"}  # 国立|成功|大学: after 国立/私立 jieba may tag a name's word an adjective
# (国立|屏东|大学: a place the vocabulary knows is a word of the name too; twn20)
LISTED_NAME_WORD |= {"@Region"}
MAX_WORDS = 3
PROPER_BEFORE = frozenset({"ns", "nr", "nz", "nt", "j", "@Region"})  # 新加坡|国立大学: a place or name opens a school's name
BOUNDARY = frozenset({"x", "v", "p", "c", "uj", "d", "vn"})  # what may come before the opener: a name starts there


def find(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """南方科技大学, 国立嘉义大学: an opener (a two-character direction, or cue list university_opener), one to three name
    words, then 大学 (cue list university_kind); not 国立|大学 (no name between), not after a word the name would go on
    from (高水平研究型|大学 has no opener)."""
    kinds = cues.word_set("university_kind")
    for i, word in enumerate(ws):
        if word.text not in kinds:
            continue
        j = i
        while j > 0 and i - j < MAX_WORDS and ws[j - 1].tag in LISTED_NAME_WORD:
            j -= 1
        if j == i or j == 0 or not _opens(ws[j - 1]) or (j >= 2 and ws[j - 2].tag not in BOUNDARY):
            continue
        if ws[j - 1].text not in cues.word_set("university_opener") and any(w.tag not in NAME_WORD for w in ws[j:i]):
            continue  # an adjective only after 国立/私立: 南方|优秀|大学 names no school
        yield Name(ws[j - 1].start, word.end, "Organization", text[ws[j - 1].start : word.end])


def _opens(word: Word) -> bool:
    return word.text in cues.word_set("university_opener") or (word.tag == "f" and len(word.text) == 2)


def generic(name: str) -> bool:
    """国立大学, 私立大学: an opener and the kind alone (jieba's one word 國立大學 in Taiwan's laws) name every such
    university, none in particular; so does one glued to a word before it that is no proper name (应报|国立大学,
    职员及|国立大学, 书面通知|国立大学; not 新加坡|国立大学: twn20)."""
    forms = [opener + kind for opener in cues.words("university_opener") for kind in cues.words("university_kind")]
    if name in forms:
        return True
    form = next((f for f in forms if name.endswith(f)), None)
    before = words.words(name, 0, len(name) - len(form)) if form else []
    return bool(before) and before[-1].tag not in PROPER_BEFORE
