"""Local places the word cutter joins to the word before (指頭份市 → 指头|份市, 及後龍鎮 → 及后|龙镇): a township's or
district's full name right after a list mark or 指, which kg.extract.localplaces finds only as the cutter's words (twn19).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from kg.vocab import Concept, Vocab

BEFORE = "、和及与或指含"  # a list's mark, or 指/含 (本辦法所稱…,指|頭份市、…) right before the name
LEVEL_END = "乡镇市区县"  # only a full name (頭份市), never a stem (五股 of 五股區): stems stay the cutter's words
AFTER = "、和及与或,。;境内等之"  # what may follow a place in a list


def cut_apart(text: str, start: int, end: int, matcher: Any, local: Mapping[str, tuple[Concept, ...]], taken: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    """(start, end, key) of each full local name in text[start:end] the cutter's words did not give (指头|份市, 竹南|镇及),
    right after a list mark or 指 and before a list mark or the clause's end, overlapping no mention."""
    for _, a, b in matcher.find_matches_as_indexes(text[start:end]):
        s, e = start + a, start + b
        key = text[s:e]
        if key not in local or key[-1] not in LEVEL_END or len(key) < 3:
            continue
        if text[s - 1 : s] not in BEFORE or (e < len(text) and text[e] not in AFTER):
            continue
        if any(x < e and s < y for x, y in taken):
            continue
        yield s, e, key


def one_of(vocab: Vocab, concepts: tuple[Concept, ...], own: frozenset[str]) -> Concept | None:
    """The one local region of that name the document's own place holds, or None."""
    fits = [c for c in concepts if own & vocab.ancestors(c)]
    return fits[0] if len(fits) == 1 else None
