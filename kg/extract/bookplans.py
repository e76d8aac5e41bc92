"""Book plans: a plan cited by its title in 《》 (国务院批准的《郑州航空港经济综合实验区发展规划》, 《河北雄安新区规划纲要》).

A plan, programme or works whose title a sentence quotes in book-title marks is named by the title, whatever verb
cites it (批准的, 按照, 落实, 符合); the title's kinds (cue list titled_plan_kind: …规划, …纲要, …计划, …工程) are data
in ontology/cues.ttl. Not a law, rule or notice (《…条例》, 《…办法》, 《关于…的通知》: their kinds are not plans'),
not a plan of no name (《规划》), and not the document's own title (kg.extract.entities drops that). Finding only,
over the words of kg.extract.words (ent17a).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kg import cues
from kg.extract.names import Name
from kg.extract.words import Word

OPEN, CLOSE = "《", "》"
MIN_OWN = 4  # characters of a title before its kind: 郑州航空港经济综合实验区|发展规划; not 《总体规划》
MAX_TITLE = 40  # characters: longer titles are documents' (关于…的若干措施), no plan's


def find(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """Each plan titled in 《》 in one sentence's words."""
    if not ws:
        return
    start, end = ws[0].start, ws[-1].end
    at = text.find(OPEN, start, end)
    while at >= 0:
        close = text.find(CLOSE, at + 1, end)
        if close < 0:
            return
        title = text[at + 1 : close]
        if _plan_title(title):
            yield Name(at + 1, close, "Programme", title.replace("“", "").replace("”", ""))
        at = text.find(OPEN, close + 1, end)


def _plan_title(title: str) -> bool:
    """A plan's title: ends with a plan's kind, its own words before the kind long enough, no other title inside
    and no word of a document's title (cue list not_plan_title: 关于, 若干, 印发)."""
    kind = next((k for k in cues.words("titled_plan_kind") if title.endswith(k)), None)
    if kind is None or len(title) > MAX_TITLE or len(title) - len(kind) < MIN_OWN or OPEN in title or "〈" in title:
        return False
    return not any(word in title for word in cues.words("not_plan_title"))
