"""Vouchers named by what opens them: a place or a field right before a kind of voucher the vocabulary knows
(青岛市|科技创新券, 南山|算力券, 科技金融|创新券) is a voucher of its own, named in full as the dev annotators name it
(4 of 4 dev documents that write one; ent18a). The kinds are cue list voucher_kind; the place stays a Region of its own.
The kind written alone after it (发放科技金融创新券…, 创新券按服务合同金额…) is that voucher again.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kg import cues
from kg.extract.names import Name
from kg.extract.words import Word

OPENERS = frozenset({"@Region", "ns", "@Industry"})  # ns: a place jieba knows the vocabulary does not (南山|算力券)


def find(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """Each voucher a place or a field opens in one sentence's words."""
    kinds = cues.word_set("voucher_kind")
    for before, word in zip(ws, ws[1:]):
        if word.tag == "@Programme" and word.text in kinds and before.tag in OPENERS and before.end == word.start:
            yield Name(before.start, word.end, "Programme", before.text + word.text)


def in_full(name: str, named: set[str]) -> str | None:
    """The one voucher of the document named in full by a place or a field that a voucher kind written alone refers to
    (创新券 after 科技金融创新券); None where the document names none, or two (then the kind alone says not which)."""
    if name not in cues.word_set("voucher_kind"):
        return None
    full = [other for other in named if other != name and other.endswith(name)]
    return full[0] if len(full) == 1 else None
