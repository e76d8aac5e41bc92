"""Costs: money paid toward what a body spends or owes (对双创企业开拓市场的费用给予奖励, X用于…的银行贷款) → the body, not the cost; for kg.extract.funding.

A promise written about a cost (…申请和维持发明专利的费用给予资助) names its recipient as the cost's owner, the noun that
opens the phrase (双创企业, 专精特新中小企业) when it ends in a recipient's head; without one nobody is named (a cost is
no recipient).
"""

from __future__ import annotations

import re

from kg import cues
from kg.extract.nouns import Recipient
from kg.model import Span

COST = cues.lazy(lambda: rf"的[\u4e00-\u9fff]{{0,6}}?(?:{cues.alternation('cost_word')})$")  # (…的银行贷款)
HAN = re.compile(r"[\u4e00-\u9fff]{2,16}")


def cost_owner(text: str, phrase: Span | None, recipients: list[Recipient]) -> list[Recipient]:
    """The owner of the cost when every recipient read is only a cost word (费用): the body the phrase opens with."""
    if phrase is None or not recipients or not all(r.name.endswith(cues.words("cost_word")) for r in recipients):
        return recipients
    whom = text[phrase.start : phrase.end]
    if not COST.search(whom):
        return recipients
    opening = HAN.match(whom)
    words = opening.group() if opening else ""
    for size in range(2, len(words) + 1):  # the first name that ends in a head (科技型企业|知识产权质押融资产生的利息)
        if words[:size].endswith(cues.words("recipient_head")):
            return [Recipient(words[:size], None, phrase.start, phrase.start + size)]
    return []
