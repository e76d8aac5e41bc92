"""Parts listed after 其中 (到2027年,…达到2000亿元,其中:|1.技术输出合同成交额1200亿元;|2.吸纳…800亿元): each item a part of the goal, for targets.

A part written right after 其中 is one already (kg.extract.judge's AMONG); the items after it are too, in the same
sentence (其中:A 1200亿元,B 800亿元) or on the lines below when 其中: ends its line, each opening with a list's mark
(1. (1) ——). The caller checks that a deadline is in force: a part of money stated with
none (市财政安排资金5亿元,其中科技专项资金2亿元,人才资金1亿元) is a breakdown, no goal.
"""

from __future__ import annotations

import re

from kg.model import Span

AMONG_LEAD = re.compile(r"其中\s*[,:]")  # 其中: or 其中, heading the parts after it
ENDS_AMONG = re.compile(r"其中\s*:\s*$")
ITEM_OPEN = re.compile(r"\s*(?:\d{1,2}\s*[.、]|\(\s*\d{1,2}\s*\)|——|—|-|•|·)\s*")


def listed_part(text: str, sentence: Span, clause: int) -> bool:
    """Whether the clause opening at `clause` is an item of a list of parts headed by 其中: (in its sentence, or on the
    line above, whose sentence ends with 其中:)."""
    if AMONG_LEAD.search(text, sentence.start, clause):
        return True
    if not ITEM_OPEN.match(text, sentence.start) or text.count("\n", sentence.start, clause):
        return False
    line = text.rfind("\n", 0, sentence.start)  # the lines above, back over the items before this one
    while line > 0:
        above = text.rfind("\n", 0, line) + 1
        body = text[above:line]
        if ENDS_AMONG.search(body):
            return True
        if not ITEM_OPEN.match(body):
            return False
        line = above - 1
    return False
