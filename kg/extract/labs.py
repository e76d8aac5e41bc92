"""Named laboratories: a proper name before the bare kind word (天府实验室, 海河实验室, 岳麓山实验室) is one
Platform, not the PlatformType 实验室 (ent15b).

Provincial and city labs are named by a place or landmark (之江, 鹏城, 崂山, 湘江) written right before 实验室
(cue list named_lab_head). The name is one word of two to four characters that jieba reads as a noun or place
and is no kind of lab (cue list lab_kind_word: 社会实验室, 企业实验室, 应用场景实验室) nor a field's realm
(field_place_word: 海洋实验室); a word a name is glued to (大数据|相关的, 生物安全|二级) is no name either.
Finding only: kg.extract.entities chooses among these and the other names.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kg import cues
from kg.extract.names import Name
from kg.extract.words import Word

NAME_TAGS = frozenset({"ns", "n", "nr", "nz", "@Region"})
NOUN_BEFORE = frozenset({"n", "nz", "ns", "nr", "vn", "j", "b", "a", "ng"})  # a name glued to a longer noun phrase


def find(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """Each lab named in one sentence's words."""
    heads = cues.word_set("named_lab_head")
    if len(ws) < 2 or not cues.pattern("named_lab_head").search(text, ws[0].start, ws[-1].end):
        return  # one substring test: most sentences name no lab
    for k in range(1, len(ws)):
        word, name = ws[k], ws[k - 1]
        if word.text in heads and word.tag == "@PlatformType" and _a_name(name) and not _glued(ws, k - 1):
            yield Name(name.start, word.end, "Platform", name.text + word.text)


def _a_name(word: Word) -> bool:
    return (
        word.tag in NAME_TAGS
        and 2 <= len(word.text) <= 4
        and all("\u4e00" <= ch <= "\u9fff" for ch in word.text)
        and word.text not in cues.word_set("lab_kind_word")
        and word.text not in cues.word_set("field_place_word")
        and not (word.tag == "@Region" and word.text[-1] in "省市区县")  # 山西省|实验室: the province's level, no name
    )


def _glued(ws: Sequence[Word], k: int) -> bool:
    """海洋|生物|实验室: the word before the name belongs to the same noun phrase (a kind, no name)."""
    return k > 0 and ws[k - 1].end == ws[k].start and (ws[k - 1].tag in NOUN_BEFORE or ws[k - 1].tag.startswith("@"))
