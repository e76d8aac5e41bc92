"""Funding, whom: recipients read that name no one — a share or an amount cut out of its sentence (…提|高至LPR的70%,每家企业…:
the 70% read as whom, when a hard line break cut the sentence); for kg.extract.fundbuild.

Dropped before the builder looks for whom the terms name (每家企业每年最高…: 企业), so the line is read from the terms or
not at all.
"""

from __future__ import annotations

import re

from kg.extract.nouns import Recipient

# 70%, LPR的70%, 50万元, 1:1, 百分之五十: a share or a sum, maybe after what it is of, with nothing after it
NUMBER_ONLY = re.compile(r"(?:[A-Za-z\u4e00-\u9fff()]{0,8}的)?\s*(?:[\d.]+\s*(?:%|‰|[千万亿]?元|倍)|\d+:\d+|百分之[\d.一二三四五六七八九十百]+)")


def named(recipients: list[Recipient]) -> list[Recipient]:
    """The recipients whose names are more than a share or a sum."""
    return [r for r in recipients if not NUMBER_ONLY.fullmatch(r.name)]
