"""Taiwan's conditions closed by 者 where mainland texts write 的 (企業投資金額達新臺幣五億元以上者,|本府核發獎勵金…):
where kg.extract.recipients reads the condition as ending, so whom it names is read before it (twn19).

Not a noun of persons in 者 (業者, 申請者, 身心障礙者: cue list twn19_person_zhe): those name whom, and stay whole.
"""

from __future__ import annotations

import re

from kg import cues

# a condition's 者 after what a body does or reaches (以上者, 認證者, 進駐…者), not right after a number (三者)
DEED_ZHE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![一二三四五六七八九十两兩])者$")


def condition_end(text: str, a: int, b: int) -> list[int]:
    """[where the condition's 者 stands] when the phrase text[a:b] is a condition closed by 者, else []."""
    if b - a < 4 or not DEED_ZHE.search(text, a, b):
        return []
    if text[a:b].endswith(cues.words("twn19_person_zhe")):
        return []
    return [b - 1]
