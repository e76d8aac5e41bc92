"""Short kinds of platform in a list: items written without the leading words the list's first kind opens with
(博士后科研流动站、科研工作站、创新实践基地 → 博士后科研工作站, 博士后创新实践基地), as PlatformTypes.

After a vocabulary kind of platform, each later item of its list (、 和 及 与) that the vocabulary does not know alone
is read with a leading part of that first kind before it; when the two together are a kind the vocabulary knows, the
item is that kind (the writer left the shared words out). Only vocabulary kinds are named, so an item stays nothing
when no reading is known (重点实验室、|新型研发机构 are each known alone and are left as they are). ent17c.
Finding only: entities.mentions chooses among these and the others.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from operator import attrgetter

from kg.extract.names import Name
from kg.extract.words import Word
from kg.vocab import Vocab

SEPARATOR = frozenset({"、", "和", "及", "与"})
KIND = "@PlatformType"
MAX_ITEM = 8  # characters of one short item (科研工作站)
END = attrgetter("end")  # a word's end, the key its words are searched by
MIN_LEAD = 2  # characters of the shared words (博士后): a one-character lead is no shared part of a name


def find(text: str, ws: Sequence[Word], vocab: Vocab) -> Iterator[Name]:
    """Every short kind of platform after a listed vocabulary kind in one sentence's words."""
    for i, word in enumerate(ws):
        if word.tag != KIND or i + 1 >= len(ws) or ws[i + 1].text not in SEPARATOR:
            continue
        leads = [word.text[:n] for n in range(len(word.text) - 2, MIN_LEAD - 1, -1)]  # longest shared part first
        j = i + 1
        while j + 1 < len(ws) and ws[j].text in SEPARATOR:
            found = _short_kind(text, ws, j + 1, leads, vocab)
            if found is None:
                break
            yield found
            j = bisect_left(ws, found.end, key=END) + 1  # the word after the item


def _short_kind(text: str, ws: Sequence[Word], k: int, leads: list[str], vocab: Vocab) -> Name | None:
    """The longest item starting at word k (within MAX_ITEM characters, before any separator) that the vocabulary does
    not know alone and knows as a kind of platform after one of the leads (科研工作站 after 博士后)."""
    best = None
    for m in range(k, len(ws)):
        if ws[m].text in SEPARATOR or ws[m].end - ws[k].start > MAX_ITEM:
            break
        item = text[ws[k].start : ws[m].end]
        kind = None if item in vocab.by_surface else next((vocab.by_surface[lead + item] for lead in leads if lead + item in vocab.by_surface), None)
        if kind is not None and kind.type == "PlatformType":
            best = Name(ws[k].start, ws[m].end, "PlatformType", kind.label)
    return best
