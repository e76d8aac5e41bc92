"""Taiwan's conditions closed by 者 where mainland texts write 的 (企業投資金額達新臺幣五億元以上者,|本府核發獎勵金…):
where kg.extract.recipients reads the condition as ending, so whom it names is read before it (twn19).

Not a noun of persons in 者 (業者, 申請者, 身心障礙者: cue list twn19_person_zhe): those name whom, and stay whole.
"""

from __future__ import annotations

import re

from kg import cues
from kg.extract.nouns import Recipient, recipient_heads, recipient_hits
from kg.vocab import Vocab

# a condition's 者 after what a body does or reaches (以上者, 認證者, 進駐…者), not right after a number (三者)
DEED_ZHE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![一二三四五六七八九十两兩])者$")


def condition_end(text: str, a: int, b: int) -> list[int]:
    """[where the condition's 者 stands] when the phrase text[a:b] is a condition closed by 者, else []."""
    if b - a < 4 or not DEED_ZHE.search(text, a, b):
        return []
    if text[a:b].endswith(cues.words("twn19_person_zhe")):
        return []
    if text.startswith(cues.words("granted_level_verb"), a + (text[a] == "经")):
        return []  # 獲選為|績優廠商|者: whoever is chosen as X is X (kg.extract.ranked reads it), no condition's clause
    return [b - 1]


# the clause before a condition that names its doer first (投資人|於本縣…新設廠房,|其投資金額達…者): a short noun, then
# where or what it does; after an article's number (第五条) when the sentence opens with it
ARTICLE = r"第[一二三四五六七八九十百零〇\d]+条(?:之[一二三四五六七八九十]+)?"  # 第五條, 第十條之一: an article's number
DOER_FIRST = cues.lazy(lambda: rf"(?:{ARTICLE}\s*)?(?P<who>[\u4e00-\u9fff]{{2,10}}?)(?={cues.alternation('twn19_doer_verb')})")

# a lead-in's doer before the rule it applies by (投資人|依下列規定申請獎勵金:, 申請人|得依下列標準…:)
LEAD_DOER = re.compile(rf"(?:{ARTICLE}\s*)?(?P<who>[\u4e00-\u9fff]{{2,10}}?)(?=(?:得|应|可)?依)")


def doer_before(text: str, vocab: Vocab, a: int, of: int) -> list[Recipient]:
    """[投資人] for 投資人於本縣…新設廠房,|其投資金額達…以上者 (or |僱用…達五十人以上者): the condition names no one and
    the clause before it in the same sentence opens with a body, the doer of both; else []."""
    if text[of : of + 1] != "者" or recipient_hits(vocab, text, a, of):
        return []
    if a >= 2 and text[a - 1] == ",":
        clause = max(text.rfind(mark, 0, a - 1) for mark in ",;。:\n") + 1
        found = [DOER_FIRST.match(text, clause, a - 1)]
    else:  # 一、|投資金額達…者,獎勵金…: the item of a lead-in that names the doer (投資人於本縣…者,得依下列規定申請獎勵金:)
        lead = _lead_in(text, a)
        found = [DOER_FIRST.match(text, lead), LEAD_DOER.match(text, lead)] if lead >= 0 else []
    first = next((m for m in found if m and m["who"].endswith(recipient_heads(vocab))), None)  # (第八条|投资…: no doer)
    if first is None:
        return []
    return [Recipient(first["who"], None, first.start("who"), first.end("who"))]


ARTICLE_BEFORE = re.compile(rf"{ARTICLE}\s*$")  # 第十条|獲選為…: the article's number


def after_article(text: str, at: int) -> bool:
    """Whether text[at] opens a clause right after an article's number (第十條　獲選為…者 read as 第十条获选为…者, the
    space dropped): such a clause opens its sentence as one after a mark does."""
    return bool(ARTICLE_BEFORE.search(text, max(0, at - 12), at))


ITEM_MARK = re.compile(r"[一二三四五六七八九十]+、|\(?[一二三四五六七八九十]+\)|\d+[.、]")  # 一、, (一), 1.: an item's number


def _lead_in(text: str, a: int) -> int:
    """Where the line that leads the items text[a] stands in starts (the first line before it that is no item and ends
    with a colon), or -1 when text[a] opens no item."""
    line = text.rfind("\n", 0, a) + 1
    if not ITEM_MARK.fullmatch(text, line, a):
        return -1
    while line > 0:
        start = text.rfind("\n", 0, line - 1) + 1
        if not ITEM_MARK.match(text, start):
            return start if text[start : line - 1].rstrip().endswith(":") else -1
        line = start
    return -1
