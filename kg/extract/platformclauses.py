"""Platforms: a kind of platform set up somewhere, built by the verb of a relative clause (在海外|设立|的|X).

kg.extract.platforms reads a kind of platform as built when a build verb governs its list (建设|A、B). A support
measure also pays for kinds set up in a place through a relative clause: 在 and a place, a build verb and 的
(对在海外|设立|的|离岸创新创业基地, 在省外|建设|的|X). Without the place the clause tells which platforms of a kind
a law means, not that any is set up (利用财政性资金|设立|的|科学技术研究开发机构, 人力社保部门|设立|的|…), and
frames nothing; nor does a clause of what the kind has (建设|具有…作用|的|区域性创新平台: read on corpus-dev, it
adds a city's role or a generic kind more often than a kind).
"""

from __future__ import annotations

from collections.abc import Sequence

from kg import cues
from kg.extract.words import Word

MAX_PLACE = 4  # words between 在 and the build verb (在|海外, 在|本市|以外)
CLAUSE = frozenset({",", "，", ";", "；", "。", ":", "：", "的", "、"})


def built(ws: Sequence[Word], de: int) -> bool:
    """Whether the 的 at ws[de], right before a kind's list, closes 在 + a place + a build verb."""
    if de < 2 or ws[de].text != "的" or ws[de - 1].text not in cues.word_set("platform_build"):
        return False
    for j in range(de - 2, max(-1, de - 2 - MAX_PLACE), -1):
        if ws[j].text in CLAUSE:
            return False
        if ws[j].text == "在":
            return j < de - 2  # a place between 在 and the verb
    return False
