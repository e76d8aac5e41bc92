"""Funding, whom: a condition that names what a body obtains from another (获得合作银行贷款的, 人才企业获得风险投资机构投资的,
租用孵化器办公用房的) — the bank, the investor or the landlord lends or lets and is not paid; for kg.extract.fundbuild.

Support measures pay the borrower, the firm invested in or the tenant: the one who obtains, written before the verb
(人才企业|获得…投资的) or, when the condition has no subject, named by the sentence's opening clause (高层次人才创办的科技型
中小企业,…;|获得合作银行贷款的,按…给予贴息).
"""

from __future__ import annotations

import re

from kg import cues
from kg.extract.nouns import Recipient, recipient_heads
from kg.extract.promises import Offer
from kg.vocab import Vocab

# (subject)获得|(the party)(贷款)的: the condition ends at the thing obtained
OBTAINED = cues.lazy(
    lambda: rf"(?P<subject>[^,。;]*?)(?:{cues.alternation('fund20a_obtain_verb')})(?P<party>[^,。;]{{2,30}}?)(?:{cues.alternation('fund20a_obtained_thing')})的$"
)
OPENING = re.compile(r"[^,。;:\n]{2,40}")  # the clause that opens the sentence
OWNER_TAIL = re.compile(r"(?:[^,。;的]*的)?(?P<who>[\u4e00-\u9fff]{2,12})$")  # …创办的|科技型中小企业


def obtainer(text: str, vocab: Vocab, offer: Offer, recipients: list[Recipient]) -> list[Recipient]:
    """The one who obtains, when every recipient read is the party inside what is obtained; else the recipients as read.
    No one (an empty list) when neither the condition nor its sentence names who obtains: the party is never paid."""
    if offer.phrase is None or not recipients:
        return recipients
    found = OBTAINED.fullmatch(text, offer.phrase.start, offer.phrase.end)
    if found is None or not all(found.start("party") <= r.start and r.end <= found.end("party") for r in recipients):
        return recipients
    heads = recipient_heads(vocab)
    subject = found["subject"].strip()
    if subject.endswith(heads) and len(subject) <= 12:  # 人才企业|获得…投资的
        return [Recipient(subject, None, found.start("subject"), found.end("subject"))]
    sentence = max(text.rfind(m, 0, offer.phrase.start) for m in "。\n") + 1
    opening = OPENING.match(text, sentence)
    owner = OWNER_TAIL.search(opening.group()) if opening and opening.end() < offer.phrase.start else None
    if opening and owner and owner["who"].endswith(heads) and "对" not in opening.group():  # 高层次人才创办的|科技型中小企业|,…;获得…贷款的
        start = opening.start() + owner.start("who")
        return [Recipient(owner["who"], None, start, start + len(owner["who"]))]
    return []
