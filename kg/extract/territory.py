"""The country named by its full name where the text speaks of its territory (中华人民共和国境内, 境外, 关境内):
Region 中国 (ent15e).

The full name mostly opens the title of a law (《中华人民共和国专利法》), a State Council order (中华人民共和国国务院令)
or its legal order (遵守中华人民共和国法律); only a territory word right after it (cue list territory_word) makes it
the place itself. Finding only: kg.extract.entities chooses among these and the other names.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kg import cues
from kg.extract.names import Name
from kg.extract.words import Word

COUNTRY, COUNTRY_NAME = "中华人民共和国", "中国"


def find(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """中华人民共和国|境内 → Region 中国 over the full name's characters; not inside a title (《…》, 〈…〉)."""
    if not ws or COUNTRY not in text[ws[0].start : ws[-1].end]:
        return  # one substring test: most sentences name no country in full
    at = text.find(COUNTRY, ws[0].start, ws[-1].end)
    while at >= 0:
        end = at + len(COUNTRY)
        if text.startswith(cues.words("territory_word"), end) and not _in_title(text, ws[0].start, at):
            yield Name(at, end, "Region", COUNTRY_NAME)
        at = text.find(COUNTRY, end, ws[-1].end)


def _in_title(text: str, start: int, at: int) -> bool:
    """A title mark opened before the name in its sentence and not closed since."""
    before = text[start:at]
    return before.count("《") > before.count("》") or before.count("〈") > before.count("〉")
