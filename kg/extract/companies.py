"""Companies: where a company's name starts before its legal form (…有限公司), for kg.extract.names.

jieba cuts trade names into odd pieces (科大|讯|飞|股份|有限公司), so the name is read back from the legal form
(cue list company_kind) over words of Han characters to a mark or an introducing verb; a place written right
before the common words of the name opens it (无锡市|创新|投资|集团|有限公司; ent16d).
"""

from __future__ import annotations

from collections.abc import Sequence

from kg import cues
from kg.extract.words import Word

TRADE_WORD = frozenset({"n", "vn", "v", "nz"})  # the common words of a company's name after its place (创新|投资|集团)


def start(ws: Sequence[Word], i: int, joiners: frozenset[str], verbs: frozenset[str], max_name: int) -> int | None:
    """科大|讯|飞|股份|有限公司: a company's trade name, which jieba cuts into odd pieces, is every word of Han
    characters between the mark or introducing verb before it and its kind (cue list company_kind)."""
    if ws[i].text not in cues.word_set("company_kind"):
        return None
    j = i - (ws[i - 1].text == "股份") if i else i  # 股份|有限公司: part of the kind
    kind = j
    while j > 0 and ws[i].start - ws[j - 1].start < max_name - len(ws[i].text):
        left = ws[j - 1]
        if left.tag in ("x", "p", "u", "uj", "c", "r", "m") or (left.tag[0] == "@" and left.tag != "@Industry") or left.text in joiners or left.text in cues.word_set("introducer"):
            break  # a mark, a function word or a known term (国家高新区; a field may be: 鑫创|微电子) is no part of a trade name
        if left.tag in verbs and len(left.text) > 1:
            break  # 进行|非上市: a verb of the clause (a trade name's odd pieces are single characters: 讯|飞)
        j -= 1
    placed = _placed_start(ws, j, kind, max_name)
    if placed is not None:
        return placed
    while j < kind and ws[j].tag in ("d", "b", "a", "vn"):
        j += 1  # 非上市|…, 国有|独资|有限公司: what kind of company, no trade name
    if j < kind and all(w.text in cues.word_set("organization_suffix") for w in ws[j:kind]):
        return None  # 集团|有限公司 cut from its trade name: kinds only, no company named (ent16d)
    return j if j < kind and ws[kind].start - ws[j].start >= 2 else None


def _placed_start(ws: Sequence[Word], j: int, kind: int, max_name: int) -> int | None:
    """无锡市|创新|投资|集团|有限公司: a company's name a place opens runs from the place over the common words
    (verbs too: 投资, 创新) between it and the kind; None where no place is written right before those words (ent16d)."""
    k = j
    while k > 0 and ws[kind].start - ws[k - 1].start < max_name and ws[k - 1].tag in TRADE_WORD and len(ws[k - 1].text) > 1:
        k -= 1
    if k == 0 or k >= kind or ws[k - 1].tag != "@Region" or any(w.text in cues.word_set("introducer") for w in ws[k:kind]):
        return None
    return k - 1
