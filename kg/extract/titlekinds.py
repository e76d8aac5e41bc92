"""Kinds of platform written only in a numbered title (2.研究搭建科技公共服务平台。 （六）孵化载体。 1.建设十大创新平台。):
the annotators leave them out (dev: 1 of 12 such kinds annotated, 4 ambiguous), while a kind the body also writes stays,
and a programme a title names stays a programme (53 of 56 annotated). Read by kg.extract.entities over a document's
entities (ent18a).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from kg.extract.names import HEADING
from kg.model import Entity

CLAUSE = re.compile(r"[,，;；:：]")
MAX_TITLE = 20  # characters of a title's words after its number: a longer line is a sentence


def is_title(quote: str) -> bool:
    """A numbered line of a few words and no clause: a heading, no sentence that says what is built or paid."""
    line = unicodedata.normalize("NFKC", quote).strip()
    number = HEADING.match(line)
    words = line[number.end() :].rstrip("。.") if number else ""
    return bool(words) and len(words) <= MAX_TITLE and not CLAUSE.search(words)


def title_only(entities: Iterable[Entity]) -> set[str]:
    """The names of the kinds of platform every mention of which is in a numbered title."""
    inside: set[str] = set()
    outside: set[str] = set()
    for entity in entities:
        if entity.type == "PlatformType":
            (inside if is_title(entity.evidence.quote) else outside).add(entity.name)
    return inside - outside
