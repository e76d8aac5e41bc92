"""Honours: a title or prize awarded, written in quotes right after the verb that awards it (获评|“全国技术能手”,
评选一次|“厦门杰出人才”, 获得|“中华技能大奖”称号): a Programme, the quoted words whole (ent16a).

Finding only, over the words of kg.extract.words; called by kg.extract.programmes at each opening quote. The
verbs (cue list honour_verb) and what may follow the title (cue list honour_after) are data of ontology/cues.ttl.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from kg import cues
from kg.extract.names import QUOTES, Name
from kg.extract.words import Word

SHORTEST, LONGEST = 3, 10  # characters of a title: 技术能手 … 全国五一劳动奖章; not a slogan
OFTEN = re.compile(r"(?:一次|为)$")  # 评选一次|“…”, 被评为|“…”: how often or as what, between the verb and the title
STANDS_ALONE = re.compile(r"[,。;、“]")  # a title in a list, or the clause ends: nothing after it it modifies


def honoured(text: str, ws: Sequence[Word], i: int) -> Iterator[Name]:
    """The quoted title whose opening quote is word i, when a verb that awards it (or another title awarded with
    it: 获评|“中华技能大奖”“全国技术能手”) is right before, and nothing after it but 的, 称号 or the clause's end.
    Not a quoted kind of enterprise, platform or industry (its own type) nor a programme of the vocabulary; a
    place inside is part of the title (“厦门杰出人才”)."""
    close = next((k for k in range(i + 1, min(len(ws), i + 12)) if ws[k].text == QUOTES[1]), None)
    if close is None or not _awarded(text, ws, i):
        return
    inside = text[ws[i].end : ws[close].start]
    if not SHORTEST <= len(inside) <= LONGEST or re.search(r"[、,;:。\d]", inside) or any(w.tag.startswith("@") and w.tag != "@Region" for w in ws[i + 1 : close]):
        return
    after = ws[close + 1].text if close + 1 < len(ws) else "。"
    if after in cues.word_set("honour_after") or STANDS_ALONE.match(after):
        yield Name(ws[i].start, ws[close].end, "Programme", inside)


def _awarded(text: str, ws: Sequence[Word], i: int) -> bool:
    """An awarding verb right before the quote, past how often (一次) and past titles awarded before it."""
    j = i
    while j >= 2 and ws[j - 1].text == QUOTES[1]:
        j = next((k for k in range(j - 2, max(-1, j - 14), -1) if ws[k].text == QUOTES[0]), 0)  # the title before
    before = OFTEN.sub("", text[max(0, ws[j].start - 8) : ws[j].start])
    return before.endswith(cues.words("honour_verb"))
