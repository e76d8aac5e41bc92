"""Tax and rent relief a county rule grants with its share (符合…之投資案,其新建廠房之房屋稅,…減徵百分之五十; 投資人承租
縣有土地者,前三年租金減收百分之五十) → an Offer for kg.extract.funding: whom the sentence opens with, the share relieved,
the charge and verb its instrument (房屋税减征) (twn19). Cue lists twn19_relief_verb, twn19_relieved_charge.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg import cues
from kg.extract.promises import Offer
from kg.extract.sizes import PCT
from kg.model import Span

# the relief and its share right after it (減徵|百分之五十, 減收|二分之一, 减征|50%)
RELIEF = cues.lazy(lambda: rf"(?P<verb>{cues.alternation('twn19_relief_verb')})(?:其)?\s*{PCT}")
FOR = re.compile(r"(?:对于|对)?")
CHARGE = cues.lazy(lambda: cues.alternation("twn19_relieved_charge"))


def relief(text: str, start: int, end: int, paragraph: int) -> Iterator[Offer]:
    """The relief of one unit text[start:end] whose charge is named before its verb, whom the unit's first clause names."""
    found = RELIEF.search(text, start, end)
    if not found:
        return
    charges = list(CHARGE.finditer(text, start, found.start()))
    if not charges:
        return  # 減免二分之一 of nothing named: no relief read
    charge = charges[-1]
    first = text.find(",", start, found.start())
    who_end = first if first > start else charge.start()
    if charge.start() < who_end:  # 投資案之|房屋稅,…: the charge inside the first clause, whom before it
        who_end = charge.start() - (text[charge.start() - 1] in "之的")
    opening = FOR.match(text, start)
    who = opening.end() if opening else start  # 對|企業…: whom, after 對
    if who_end - who < 2:
        return
    yield Offer(Span(who, who_end), Span(found.start(), found.end()), charge.group() + found["verb"], start, found.end(), paragraph)
