"""Quoted names in goals: numbers and verbs inside a short “…” name (“最多跑一次”比例, “一件事一次办”事项) belong to the name, no count nor verb of a goal."""

from __future__ import annotations

import re

# a short quoted name: “最多跑一次”, “一网通办”, “一件事一次办” (no clause mark inside)
QUOTED = re.compile(r"“[^“”,。;:]{1,12}”")


def quoted_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The spans of short quoted names in text[start:end] (the marks included)."""
    return [m.span() for m in QUOTED.finditer(text, start, len(text) if end is None else end)]


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one quoted name and is not all of it (“十大” alone is a count quoted)."""
    return any(a < start and end < b and (a + 1, b - 1) != (start, end) for a, b in spans)
