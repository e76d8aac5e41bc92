"""Counted names: a platform's name written right before a count (建成深港人工智能联合实验室5家左右) is a kind of
platform to be built in numbers, no one platform (ent16d); kg.extract.entities drops such names before choosing,
so the kind the vocabulary knows inside them (联合实验室) stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.extract.names import Name

COUNT = re.compile(r"\s*(?:\d+(?:\s*[-—~～至到]\s*\d+)?|[一二三四五六七八九十百两]+)\s*(?:家|个|所|座)")


def kept(text: str, found: Iterable[Name]) -> list[Name]:
    """The names of found but platforms a count follows."""
    return [n for n in found if n.type != "Platform" or not COUNT.match(text, n.end)]
