"""Firms: named enterprises listed before 等 and a kind of enterprise (三一集团、中联重科等龙头企业) as Organizations.

A list closed by 等 and a kind of enterprise the vocabulary knows (龙头企业, 链主企业, 央企) or a kind of firm (金融机构:
cue list firm_kind) names enterprises of that kind,
so each item the vocabulary and the other patterns do not know is a firm's name (中联重科, 三一集团, 青岛啤酒). The list
holds only names: an item ending in a word of parties in general (企业, 机构, 高校: cue list listed_party_word), or
holding a verb, leaves the whole list alone, and so does a list most of whose items hold no proper word (银行、证券、保险等金融机构:
kinds of firm). Finding only: entities.mentions chooses among these and the others.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kg import cues
from kg.extract.names import Name
from kg.extract.words import Word

NAME_PART = frozenset({"n", "nz", "nt", "nr", "nrt", "nrfg", "ns", "j", "m", "eng", "vn", "@Region", "@Organization", "@Industry"})
PROPER = frozenset({"nt", "nz", "nr", "nrt", "nrfg", "ns", "j", "m", "eng", "@Region", "@Organization"})
OPENS = frozenset({"v", "p", "x", "c"})
MAX_ITEM = 12  # characters


def find(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """The firms listed before 等 and a kind of enterprise in one sentence's words."""
    if not ws or "等" not in text[ws[0].start : ws[-1].end]:
        return  # most sentences close no list by 等
    for j in range(2, len(ws)):
        if ws[j - 1].text != "等" or not (ws[j].tag == "@EnterpriseType" or text.startswith(cues.words("firm_kind"), ws[j].start)):
            continue
        items = _items(ws, j - 1)
        proper = sum(any(w.tag in PROPER for w in ws[a : b + 1]) or b - a >= 2 for a, b in items)  # 兴业银行/nt, 国家|电|投
        if len(items) >= 2 and 2 * proper >= len(items) and all(_a_name(text, ws, a, b) for a, b in items):
            yield from (Name(ws[a].start, ws[b].end, "Organization", text[ws[a].start : ws[b].end]) for a, b in items)


def _items(ws: Sequence[Word], closer: int) -> list[tuple[int, int]]:
    """The items (first and last word) of the list that ends right before word closer, back to its opener."""
    items: list[tuple[int, int]] = []
    last = closer - 1
    k = last
    while k >= 0:
        if ws[k].text == "、":
            items.append((k + 1, last))
            last = k - 1
        elif ws[k].tag in OPENS:
            break
        k -= 1
    items.append((k + 1, last))  # the first item, after the opener or at the sentence's start
    return [(a, b) for a, b in reversed(items) if a <= b]


def _a_name(text: str, ws: Sequence[Word], a: int, b: int) -> bool:
    """An item that can be a firm's name: name-like words only, short, no party in general at its end."""
    item = text[ws[a].start : ws[b].end]
    known = a == b and ws[a].tag.startswith("@") and ws[a].tag != "@Organization"  # 杭州、宁波等…, 生物医药、新能源等…: no firms
    known = known or all(w.tag == "vn" for w in ws[a : b + 1])  # 研发、生产等…: activities
    return not known and 2 <= len(item) <= MAX_ITEM and all(w.tag in NAME_PART for w in ws[a : b + 1]) and not item.endswith(cues.words("listed_party_word"))
