"""Funding, whom: a body that sets up a platform, in a condition closed by 的 (对规上工业企业新建市级企业技术中心的,奖励20万元)
— the platform, at its level, is paid, not the body; for kg.extract.fundbuild.

As with 获批设立河北省院士工作站的企事业单位 (kg.extract.recipients: the platform), the reward is for the platform the level
names; the body that sets it up is who holds it.
"""

from __future__ import annotations

from kg import cues
from kg.extract.nouns import Recipient, named_items, recipient_hits
from kg.extract.promises import Offer
from kg.vocab import Vocab

# 规上工业企业|新建|市级企业技术中心|的: the body, the verb, the platform (no 的 or comma inside)
SET_UP = cues.lazy(lambda: rf"(?P<doer>[^,;。的]{{2,12}}?)(?:{cues.alternation('fund20a_set_up_verb')})(?P<what>[^,;。的]{{2,20}})的")
PLATFORM_TYPES = ("PlatformType", "Platform")


def platform_set_up(text: str, vocab: Vocab, offer: Offer, recipients: list[Recipient]) -> list[Recipient]:
    """The platforms set up, with their levels, when the body before the verb is among the recipients read; else as read."""
    if offer.phrase is None or not recipients:
        return recipients
    found = SET_UP.fullmatch(text, offer.phrase.start, offer.phrase.end)
    if found is None or not any(r.end <= found.end("doer") for r in recipients):
        return recipients
    if not any(hit[2].type in PLATFORM_TYPES for hit in recipient_hits(vocab, text, found.start("what"), found.end("what"))):
        return recipients
    return named_items(text, vocab, found.start("what"), found.end("what"), nouns=False) or recipients
