"""Owned things read as recipients: a promise written about what a body spends, owes or holds (企业在质押融资过程中发生的
评估费、担保费, 对科技型中小企业委托开展的检验检测服务, 合作银行发放的…贷款所形成的本金损失) → the body; for kg.extract.fundbuild.

kg.extract.costs finds the owner of a cost word (费用, 贷款) written right after 的; support measures name the costs
one by one (评估费、担保费、保险费), the services bought, the patents granted and the losses made, often in a long phrase.
When every recipient read is such a thing and the phrase (after its last 对) opens with a body's name before its first
的, the body is paid: the annotators name it (gold-synth6 s034; fund17a and fund18c sentences). A phrase that names no
owner (对获得授权的发明专利) keeps the thing.
"""

from __future__ import annotations

import re

from kg import cues
from kg.extract.nouns import Recipient
from kg.model import Span

OWNED = cues.lazy(lambda: rf"(?:{cues.alternation('owned_item_end')})$")
FOR = re.compile(r"对(?![接外标于照比口象])")
HAN = re.compile(r"[\u4e00-\u9fff]{2,16}")


def owner_of(text: str, phrase: Span | None, recipients: list[Recipient]) -> list[Recipient]:
    """The body that owns the things read as recipients, when the phrase opens with one; else the recipients."""
    if phrase is None or not recipients or not all(OWNED.search(r.name) and not r.name.endswith(cues.words("recipient_head")) for r in recipients):
        return recipients
    fors = list(FOR.finditer(text, phrase.start, phrase.end))
    start = fors[-1].end() if fors else phrase.start
    first_of = text.find("的", start, phrase.end)
    opening = HAN.match(text, start, first_of) if first_of > start else None
    words = opening.group() if opening else ""
    if words.startswith(cues.words("served_lead")):
        return recipients  # 对|为中小企业提供的…服务: whom the service is for, not who owns it (在孵企业 is a body)
    for size in range(2, len(words)):  # the first name that ends in a head, with what it did after it (企业|在…发生的)
        if words[:size].endswith(cues.words("recipient_head")):
            return [Recipient(words[:size], None, start, start + size)]
    return recipients
