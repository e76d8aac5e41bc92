"""Ellipsis: a kind of enterprise written short after a listed one that shares its words (国家知识产权示范企业、优势企业
→ 知识产权优势企业), as an EnterpriseType.

A list item of two characters and 企业 the vocabulary does not know, right after a kind it knows that ends in two
characters and 企业 (知识产权|示范|企业), takes that kind's leading words: the writer left them out because the list shares
them. Finding only: entities.mentions chooses among these and the others.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kg.extract.names import Name
from kg.extract.words import Word

HEAD = "企业"


def find(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """Every short kind of enterprise after a listed kind in one sentence's words."""
    sentence = text[ws[0].start : ws[-1].end] if ws else ""
    if "、" not in sentence or sentence.count(HEAD) < 2:
        return  # most sentences list no two kinds of enterprise
    for i in range(2, len(ws)):
        before, comma = ws[i - 2], ws[i - 1]
        if comma.text != "、" or before.tag != "@EnterpriseType" or len(before.text) < 7 or not before.text.endswith(HEAD):
            continue
        end = _short_kind_end(ws, i)
        if end is not None:
            short = text[ws[i].start : end]
            yield Name(ws[i].start, end, "EnterpriseType", before.text[: -len(short)] + short)


def _short_kind_end(ws: Sequence[Word], i: int) -> int | None:
    """Where a two-character word and 企业 (优势|企业, or one word 优势企业) starting at word i end, else None."""
    word = ws[i]
    if word.tag.startswith("@"):
        return None
    if len(word.text) == 4 and word.text.endswith(HEAD):
        return word.end
    if len(word.text) == 2 and word.tag in ("n", "vn", "a") and i + 1 < len(ws) and ws[i + 1].text == HEAD:
        return ws[i + 1].end
    return None
