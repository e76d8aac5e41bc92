"""The second of two doers joined by 和/及 before what they do (企业和|社会资本|建设创新创业服务平台,政府财政…给予补贴): a
recipient too, not the first word of the condition; for kg.extract.fundbuild (fund18b)."""

from __future__ import annotations

from dataclasses import replace

from kg import cues
from kg.extract.nouns import Recipient

# 和|社会资本|建设…: a short name ending in a head (or 资本, 力量) right before what the doers do
SECOND = cues.lazy(
    lambda: rf"[和及](?P<who>[\u4e00-\u9fff]{{2,8}}?(?:{cues.alternation('recipient_head')}|{cues.alternation('joined_doer_end')}))"
    rf"(?={cues.alternation('condition_action')}|举办|兴办)"
)


def second_doer(text: str, recipients: list[Recipient], condition: str | None) -> tuple[list[Recipient], str | None]:
    """recipients and condition, with the doer joined after the one recipient by 和/及 (its name off the condition)."""
    if len(recipients) != 1 or not condition or not condition.startswith(("和", "及")):
        return recipients, condition
    first = recipients[0]
    joined = SECOND.match(text, first.end)
    if joined is None:
        return recipients, condition
    second = replace(first, name=joined["who"], start=joined.start("who"), end=joined.end("who"))
    return [first, second], condition[joined.end() - first.end :] or None
