"""List closers: the kind of platform that closes a list of platform kinds (A、B等创新创业服务平台), by its grammar.

Finding only, over the words of kg.extract.words; kg.extract.entities chooses among these and the other names.
The heads (cue list closer_head), innovation words (innovation_word) and generic words (generic_platform) are data
in ontology/cues.ttl.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kg import cues
from kg.extract.names import Name
from kg.extract.words import Word

LONGEST = 12  # characters of a closer: a kind, not a clause
KIND = "@PlatformType"
CLAUSE_END = frozenset({",", "，", ";", "；", ":", "：", "。"})


def find(text: str, ws: Sequence[Word]) -> list[Name]:
    """Every closer in one sentence's words; most sentences close no list of platform kinds with 等."""
    if not ws or "等" not in text[ws[0].start : ws[-1].end]:
        return []
    return [name for i, word in enumerate(ws) if word.text == "等" and _closes_kinds(ws, i) for name in _closer(text, ws, i + 1)]


def _closes_kinds(ws: Sequence[Word], i: int) -> bool:
    """科技企业孵化器、众创空间|等: the clause 等 closes lists two kinds of platform or more."""
    kinds = 0
    for word in reversed(ws[:i]):
        if word.text in CLAUSE_END:
            break
        kinds += word.tag == KIND
    return kinds >= 2


def _closer(text: str, ws: Sequence[Word], i: int) -> Iterator[Name]:
    """等|创新创业服务平台: nouns up to a head word (cue list closer_head) that name a kind of their own:
    an innovation word and a word no platform has in general (高端人才集聚平台), or a kind known after innovation
    words (科技创新|公共服务平台); not 等|各类平台, 等|重大创新平台, 等|国家级创新平台, 等|交易平台."""
    heads = cues.words("closer_head")
    if i + 1 < len(ws) and cues.pattern("level").fullmatch(ws[i].text):
        i += 1  # 等|省级|科技条件平台: a kind's level is no part of it
    for k in range(i, len(ws)):
        word = ws[k]
        if word.end - ws[i].start > LONGEST or not (word.tag[0] in "nv" or word.tag in (KIND, "a", "l", "b")):
            return
        if word.text.endswith(heads) and k > i:
            inside = ws[i:k] if word.tag == KIND else ws[i : k + 1]
            # a known kind (科技创新|公共服务平台) or a head word longer than the bare head (创新创业|服务平台) refines
            if _own_kind(text, inside, refined=word.tag == KIND or word.text not in heads):
                yield Name(ws[i].start, word.end, "PlatformType", text[ws[i].start : word.end])
            return


def _own_kind(text: str, inside: Sequence[Word], refined: bool) -> bool:
    """An innovation word, and a word not covered by generic words as written (jieba's 高能|级 is 高能级 still)."""
    innovation = any(w.text in cues.word_set("innovation_word") for w in inside)
    covered = {i for m in cues.pattern("generic_platform").finditer(text, inside[0].start, inside[-1].end) for i in range(m.start(), m.end())}
    level = cues.pattern("level")  # 等|国家级创新平台: a level names no kind (as 国家级 is stripped from one)
    own = any(
        w.text not in cues.word_set("innovation_word") and not level.fullmatch(w.text) and any(i not in covered for i in range(w.start, w.end))
        for w in inside
    )
    return innovation and (own or refined)
