"""Entities, one step: a programme found by its grammar named as the document names it (its level left out, a short
form taken to the full name written earlier: 千家企业技术中心培优工程 → 企业技术中心培优工程)."""

from __future__ import annotations

import re

from kg import cues

NUMBER_PREFIX = re.compile(r"^[一二三四五六七八九十百千万两\d]+[大项家个批类]?")


def unlevelled(name: str) -> str:
    """设立省级|天使投资引导基金: a programme's level is no part of its name (as a platform type's)."""
    level = cues.pattern("level").match(name)
    return name[level.end() :] if level and len(name) - level.end() >= 4 else name


def earlier_name(name: str, earlier: list[str]) -> str:
    """The programme named earlier in the document that name is a short form of, else name."""
    for full in earlier:
        if full == name or full[-2:] != name[-2:] or len(name) < 4:
            continue
        core = NUMBER_PREFIX.sub("", full)
        if _subsequence(name, full) or (core != full and len(core) >= 5 and name.endswith(core)):
            return full
    return name


def _subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(char in chars for char in short)
