"""Programmes Taiwan's rules name their own way: a plan written with its abbreviation (小型企業創新研發計畫（SBIR）)
and the awards and contests a rule recommends its best for (推薦參加經濟部國家磐石獎、新創採購及本府新北產業創新獎等選拔).

Finding only, over the words of kg.extract.words; called by kg.extract.names.find with the names found so far, whose
bodies (經濟部, 本府) a programme's name does not take in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from kg import cues
from kg.extract.names import MAX_NAME, PROGRAMME_KIND, Name
from kg.extract.words import Word

ABBREVIATION = re.compile(r"[A-Z][A-Za-z0-9+\-]{1,9}")  # SBIR, SIIR, CITD
OUTSIDE = frozenset({"x", "p", "c", "u", "uj", "ud", "ul", "uz", "d", "r", "m", "q"})  # words no name runs over
OWN_BODY = ("本府", "本部", "本署", "本局", "本会", "本市", "本县")  # the rule's own body before its award: not in the name
BODY_END = cues.lazy(lambda: rf"(?:{cues.alternation('agency_suffix')}|{cues.alternation('sub_body_kind')}|部)$")  # 經濟部, …企業署
PRIZE_OR_PLAN = cues.lazy(lambda: rf"(?:{cues.alternation('prize_suffix')}|{cues.alternation('programme_suffix')}|大赛)$")
CONTEST_END = cues.lazy(lambda: rf"等?(?:{cues.alternation('contest_word')})")


def taiwan_programmes(text: str, ws: Sequence[Word], found: Sequence[Name]) -> Iterator[Name]:
    """Plans named with their abbreviation, and the awards and contests entered, in one sentence's words."""
    bodies: set[int] | None = None  # where bodies end, read once a plan or an entry is met (most sentences: none)
    entry = cues.word_set("contest_entry_verb")
    for i, word in enumerate(ws):
        if word.text == "(" and 0 < i < len(ws) - 2 and ABBREVIATION.fullmatch(ws[i + 1].text) and ws[i + 2].text == ")":
            if PROGRAMME_KIND.search(ws[i - 1].text):
                bodies = _body_ends(ws, found) if bodies is None else bodies
                name = _back(text, ws, i - 1, bodies)
                if name:
                    yield name
        elif word.text in entry:
            bodies = _body_ends(ws, found) if bodies is None else bodies
            yield from _entered(text, ws, i, bodies)


def _body_ends(ws: Sequence[Word], found: Sequence[Name]) -> set[int]:
    """Where a body named in the sentence ends: those found (only bodies, which this module never yields) and body words."""
    return {name.end for name in found if name.type in ("Agency", "Organization")} | {w.end for w in ws if _body(w)}


def _body(word: Word) -> bool:
    """A word that ends a body's name (經濟部, 中小及新創企業|署), not one that only ends so (部署, 格局)."""
    return BODY_END.search(word.text) is not None and word.text not in cues.word_set("not_agency_ending")


def _back(text: str, ws: Sequence[Word], last: int, bodies: set[int]) -> Name | None:
    """The name ending at word `last`, read back over its words to a verb that leads it (推動|…計畫), a mark or a body."""
    k = last
    while k > 0:
        before = ws[k - 1]
        if before.tag in OUTSIDE or before.text in cues.word_set("programme_lead_verb") or before.end in bodies or before.text in OWN_BODY:
            break
        if ws[last].end - before.start > MAX_NAME:
            return None
        k -= 1
    if ws[last].end - ws[k].start - len(ws[last].text) < 2:
        return None  # a kind alone (計畫(SBIR)): no name
    return Name(ws[k].start, ws[last].end, "Programme", text[ws[k].start : ws[last].end])


def _entered(text: str, ws: Sequence[Word], i: int, bodies: set[int]) -> Iterator[Name]:
    """參加|A獎、B及C獎|等選拔: each item of the list between the verb and the contest word is a contest (a body or
    the rule's own 本府 before an item is no part of it)."""
    start = ws[i].end
    close = CONTEST_END.search(text, start, min(len(text), start + 3 * MAX_NAME))
    if close is None or re.search(r"[,。;:]", text[start : close.start()]):
        return
    at, items = start, []
    for piece in re.split(r"、|及|和|与", text[start : close.start()]):
        a, b = at, at + len(piece)
        at = b + 1
        a = max([a, *(e for e in bodies if a < e < b)])  # 經濟部|國家磐石獎
        a += next((len(own) for own in OWN_BODY if text.startswith(own, a)), 0)  # 本府|新北產業創新獎
        if not (2 <= b - a <= MAX_NAME) or re.search(r"\s", text[a:b]):
            return  # not a list of names
        items.append(Name(a, b, "Programme", text[a:b]))
    if any(PRIZE_OR_PLAN.search(item.name) for item in items):  # (參加|人才|遴選: a kind of person, no contest)
        yield from items
