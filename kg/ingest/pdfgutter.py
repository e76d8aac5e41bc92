"""Step 1 (PDF): two-column pages: the x of the gutter between the columns of a page, if it has one.

A gutter is an empty vertical strip in the middle of the page with rows of running text on both sides; a centred
table's columns, a signature block set right, a title across both columns are none.
"""

from __future__ import annotations

import statistics
from collections import Counter
from typing import Any

COLUMN_ROWS = 4  # rows of text on each side of a gutter, at least, for a page in two columns
PROSE = 6  # characters in a row of a column of text, at least (a narrow column of a newspaper-style page holds 10+)


def gutter(body: list[Any], width: float) -> float | None:
    """The x of an empty vertical strip in the middle of the page with text on both sides, if any."""
    if len(body) < 10:
        return None
    size = statistics.median(w.bottom - w.top for w in body)
    # a line alone on its row across the page's middle (a title in two or three lines, a running header) is read as a
    # full-width line above the columns; words sharing their row with others, or alone on it on one side of the middle
    # (a column's line where a table in the other column shifted its rows half a line), can close a gutter
    centre = width / 2
    crossing = [w for w in body if not w.x0 < centre < w.x1 or any(v is not w and w.top < (v.top + v.bottom) / 2 < w.bottom for v in body)]
    covered = Counter(x for w in crossing for x in range(int(w.x0), int(w.x1) + 1))
    lo, hi = int(width * 0.3), int(width * 0.7)
    allowed = max(2, len(body) // 20)  # a title or a table across both columns
    gap = [x for x in range(lo, hi) if covered[x] <= allowed]
    runs: list[list[int]] = []
    for x in gap:
        if runs and x == runs[-1][-1] + 1:
            runs[-1].append(x)
        else:
            runs.append([x])
    runs = [r for r in runs if len(r) >= size]
    if not runs:
        return None
    run = max(runs, key=len)
    middle = (run[0] + run[-1]) / 2
    left = sum(w.x1 <= middle for w in body)
    right = sum(w.x0 >= middle for w in body)
    # rows, not words, on each side: a last page's signature and date set right (绍兴市人民政府办公室  2024 年 3 月
    # 15 日印发) are many words on few rows, not a column
    rows = {side: _prose_rows([w for w in body if (w.x1 <= middle if side else w.x0 >= middle)], size) for side in (True, False)}
    return middle if min(left, right) >= len(body) // 5 and min(rows.values()) >= COLUMN_ROWS else None


def _prose_rows(words: list[Any], size: float) -> int:
    """Rows of running text on one side of a gutter: PROSE characters or more, no gap wider than a character. A
    centred table's last columns (奖励金额 | 500 | 100) lie apart from the others too, but their rows are cells."""
    rows: dict[int, list[Any]] = {}
    for word in words:
        rows.setdefault(round(word.top / size), []).append(word)
    count = 0
    for row in rows.values():
        row.sort(key=lambda w: w.x0)
        gaps = [b.x0 - a.x1 for a, b in zip(row, row[1:])]
        count += sum(w.x1 - w.x0 for w in row) >= PROSE * size and max(gaps, default=0) <= size
    return count
