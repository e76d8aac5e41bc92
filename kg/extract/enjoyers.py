"""Enjoyers: who a lead-in names before the support its items list (用人单位吸纳劳动者就业,符合规定条件的可以享受以下扶持政策:
(二)招用就业困难人员的,按照…规定享受岗位补贴) → the span of that subject, for an item naming only a condition (kg.extract.promises)."""

from __future__ import annotations

import re

from kg.model import Span

LOOK_BACK = 600  # characters back to the lead-in, over the items before this one
# 第二十二条 用人单位|吸纳劳动者就业,符合规定条件的可以享受以下扶持政策: the subject, then what it does or meets, then 享受以下…:
LEAD_IN = re.compile(
    r"(?:第[一二三四五六七八九十百零\d]+条\s*)?(?P<who>[\u4e00-\u9fff]{2,10}?)(?=吸纳|招用|从事|开展|符合|具备|满足|,)"
    r"[^\n:。]{0,40}?(?:可以|可)?享受(?:以下|下列|如下)[^\n:。]{0,12}:\s*$"
)
ITEM_LINE = re.compile(r"\s*(?:\(\s*[一二三四五六七八九十\d]{1,3}\s*\)|[一二三四五六七八九十\d]{1,3}[.、])")  # (一)…, 1.…


def lead_subject(text: str, start: int) -> Span | None:
    """The subject of the lead-in over the item `start` is in, when every line between them is an item; None else."""
    line_start = text.rfind("\n", 0, start) + 1
    if not ITEM_LINE.match(text, line_start, start + 1):
        return None
    lines = text[max(0, line_start - LOOK_BACK) : line_start].split("\n")
    for line in reversed(lines):
        if not line.strip():
            continue
        if ITEM_LINE.match(line):
            continue
        lead = LEAD_IN.search(line)
        if lead is None:
            return None
        at = _line_start(text, line_start, lines, line)
        return Span(at + lead.start("who"), at + lead.end("who"))
    return None


def _line_start(text: str, before: int, lines: list[str], line: str) -> int:
    """Where `line` (the last one of `lines` so written, before `before`) starts in text."""
    return text.rfind(line + "\n", 0, before)
