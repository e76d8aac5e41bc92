"""Prizes given: the prize a body gives, named after a verb of giving (颁发|齐鲁杰出人才奖, 授予|科学技术合作奖) (ent20a).

A prize won is named only with its level or place (kg.extract.prizes: 获得专利奖 is any prize of patents); a prize given
is the giver's own, so a name of words enough of its own is one (cue list award_give_verb). Finding only, over the
words of kg.extract.words.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kg import cues
from kg.extract import prizes
from kg.extract.names import Name
from kg.extract.words import Word

MIN_OWN = 4  # characters of a given prize's own words before 奖, its level and grade left out (杰出人才奖; not 特别奖)


def given(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """颁发|齐鲁杰出人才奖 → 齐鲁杰出人才奖; not 授予|一等奖 (a grade), 颁发|获奖证书 (no prize's name)."""
    for i, word in enumerate(ws[:-1]):
        if word.text not in cues.word_set("award_give_verb") or ws[i + 1].tag == "@Programme":
            continue  # 授予|国家科学技术奖: the vocabulary's, found as such
        last = prizes.prize_end(ws, i + 1)
        if last is None:
            continue
        name = prizes.ungraded(text[ws[i + 1].start : ws[last].end])
        if name is not None and len(prizes.LEVEL.sub("", name)) - 1 >= MIN_OWN:
            yield Name(ws[i + 1].start, ws[last].end, "Programme", name)
