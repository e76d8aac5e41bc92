"""Allotted funds: a fund of a named kind that money is allotted to (安排科技成果转化引导资金), by the verb before it.

Finding only, over the words of kg.extract.words; kg.extract.entities chooses among these and the other names.
The verbs (cue list arrange) and the kinds (named_fund_kind) are data in ontology/cues.ttl.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from kg.extract import cues
from kg.extract.names import Name, programme_after
from kg.extract.words import Word


def find(text: str, ws: Sequence[Word]) -> list[Name]:
    """Every allotted fund in one sentence's words; most sentences allot none (tested on the words once)."""
    if not ws or not any(verb in text[ws[0].start : ws[-1].end] for verb in cues.words("arrange")):
        return []
    return list(allotted_funds(text, ws))


def allotted_funds(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """安排|科技成果转化引导资金: a fund of a named kind (cue list named_fund_kind) the money is allotted
    to; not 安排|财政性资金 (budget money in general) and not a clause with a place in it."""
    for i, word in enumerate(ws[:-1]):
        if word.text in cues.word_set("arrange"):
            name = programme_after(text, ws[: _amount_after(ws, i)], i + 1, kind=_fund_kind())
            if name is not None and not any(w.tag in ("@Region", "ns") for w in ws if name.start <= w.start < name.end):
                yield name


@cache
def _fund_kind() -> re.Pattern[str]:
    """The kinds of named fund as one pattern, compiled once (not at every sentence that allots money)."""
    return re.compile(rf"(?:{cues.alternation('named_fund_kind')})$")


def _amount_after(ws: Sequence[Word], i: int) -> int:
    """安排|科技成果转化专项资金|5000万元: where the fund's name must end when the amount allotted follows it
    (the words up to a named fund kind right before a number), else all the words (ent12)."""
    for k in range(i + 1, min(len(ws) - 1, i + 12)):
        if ws[k + 1].tag == "m" and ws[k + 1].text[:1].isdigit() and _fund_kind().search(ws[k].text):
            return k + 1
    return len(ws)
