"""Levels listed bare before one written whole (对新认定的国家、省级工程研究中心; 省、市级重点实验室; 国家、省、市级…; 国家和省级…):
each level shares the name after the last and its 级 → the recipient once per level, in order; for kg.extract.fundbuild
(fund17a). The list reader parts 国家 off as a name of its own, or drops 省 and keeps only the last level.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.levels import SHORT_LEVEL
from kg.extract.nouns import Recipient

# 国家、省、|市级|…: bare levels joined by 、和及与, then the last with 级 (not 省市级: no mark between)
RUN = re.compile(r"(?P<bare>(?:(?:国家|省|市)[、和及与])+)(?P<last>省|市)级")


def shared_level(text: str, start: int, end: int, recipients: list[Recipient]) -> list[Recipient]:
    """The recipients with the name after a run of bare levels given once per level (the bare ones first)."""
    run = RUN.search(text, start, end)
    if run is None:
        return recipients
    bare = [SHORT_LEVEL[w] for w in re.split(r"[、和及与]", run["bare"]) if w]
    named = next((r for r in recipients if r.start == run.end() and r.level == SHORT_LEVEL[run["last"]]), None)
    if named is None:
        return recipients
    kept = [r for r in recipients if not (run.start() <= r.start < run.end())]  # (国家: a level read as a name)
    i = kept.index(named)
    return kept[:i] + [replace(named, level=level) for level in bare] + kept[i:]
