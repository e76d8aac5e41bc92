"""Bilateral names: platforms and zones two parties set up, named by both (中以加速器, 中德(太仓)产业合作示范区,
北京-巴黎创新中心, 中国-东盟经贸创新发展示范区), as Platforms (ent12).

The name opens with 中 and a partner country's one-character short form (cue list partner_country_abbr), or with
a place, a dash and a second place or country; it runs over the words of a name (nouns, verbs used as nouns, a
place in parentheses) to the first word that ends in a platform's or zone's head word (cue lists
platform_kind_head, bilateral_head). Finding only: kg.extract.entities chooses among these and the other names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from kg import cues
from kg.extract.names import Name, branch_end
from kg.extract.words import Word

DASH = frozenset({"-", "—", "－", "–"})
PLACE = frozenset({"ns", "@Region", "j", "nz", "nt"})
INSIDE = frozenset({"n", "nz", "ng", "ns", "nt", "vn", "v", "t", "zg", "a", "j", "b", "@Region", "@Industry", "@PlatformType"})
MAX_NAME = 20  # characters


@cache
def _head() -> re.Pattern[str]:
    heads = sorted({*cues.words("platform_kind_head"), *cues.words("bilateral_head")}, key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, heads))})$")


@cache
def _signs() -> re.Pattern[str]:
    """中 before a partner's short form, or a dash: what a sentence holding a bilateral name writes."""
    return re.compile(f"中[{''.join(cues.words('partner_country_abbr'))}]|[{''.join(map(re.escape, sorted(DASH)))}]")


def find(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """Every bilateral name in one sentence's words (none where no 中 or dash is written)."""
    if not ws:
        return
    if not _signs().search(text, ws[0].start, ws[-1].end):
        return  # most sentences write neither 中 before a partner's short form nor a dash
    for i in range(len(ws)):
        first = _opening(ws, i)
        if first is not None:
            end = _end(text, ws, first)
            if end is not None:
                stop = branch_end(ws, end)  # 中国—东盟技术转移中心|南宁|分中心: its branch in a place is the platform named
                yield Name(ws[i].start, stop, "Platform", text[ws[i].start : stop])


def _opening(ws: Sequence[Word], i: int) -> int | None:
    """The index of the first word after the two parties that open a name at word i, else None."""
    word, abbr = ws[i], cues.word_set("partner_country_abbr")
    if len(word.text) == 2 and word.text[0] == "中" and word.text[1] in abbr:
        return i + 1  # 中葡|青年…, 中德|(太仓)…
    if word.text == "中" and i + 1 < len(ws) and ws[i + 1].text in abbr:
        return i + 2  # 中|以|加速器 (jieba reads 中 as a position, 以 as a preposition)
    if (word.tag in ("ns", "@Region") or word.text == "中国") and i + 2 < len(ws) and ws[i + 1].text in DASH and ws[i + 2].tag in PLACE:
        return i + 3  # 北京|-|巴黎|…, 中国|-|东盟|…
    return None


def _end(text: str, ws: Sequence[Word], k: int) -> int | None:
    """The index of the word where a head word closes the name opened before word k (read on the text so far:
    生态|城), if it comes before anything no name holds (punctuation, 和, 等, a function word)."""
    start = ws[k - 1].start
    bracket = False
    for j in range(k, len(ws)):
        word = ws[j]
        if word.end - start > MAX_NAME:
            return None
        if _head().search(text, start, word.end) and word.tag not in ("x", "p", "u"):
            return j
        if word.text in ("(", ")"):
            bracket = word.text == "("
        elif word.tag not in INSIDE and not bracket:
            return None
    return None
