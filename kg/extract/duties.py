"""Duties, not promises: a reward an employer owes its own staff (单位…对完成、转化职务科技成果做出重要贡献的人员给予奖励) → no Funding; for kg.extract.funding.

The law makes the unit that owns a service invention or result reward those who made it; the document promises no money
of its own. With a statutory share (不低于60%) the line stays (an ambiguous line by the annotators' convention); without
one the persons are dropped, and with them the unit that pays when the promise names staff by their merit (read
before the 对 phrase, it is the payer, not a recipient).
"""

from __future__ import annotations

import re

from kg.extract import cues
from kg.extract.nouns import Recipient

SERVICE_INVENTION = cues.lazy(lambda: cues.alternation("service_invention"))  # 职务发明…的发明人: the employer's duty
STAFF_MERIT = cues.lazy(lambda: cues.alternation("staff_merit"))  # …做出重要贡献的人员: a unit's own staff
PERSON = re.compile(r"(?:人|者|员|师)$")


def own_staff(text: str, sentence: int, start: int, end: int, recipients: list[Recipient]) -> list[Recipient]:
    """The recipients left once a reward owed to a unit's own staff is taken out (call only with no amount and no share)."""
    if not (SERVICE_INVENTION.search(text, sentence, end) or STAFF_MERIT.search(text, sentence, end)):
        return recipients
    if STAFF_MERIT.search(text, start, end):  # 对…做出重要贡献的人员 in the promise: persons only, whatever was read before
        return []
    return [r for r in recipients if not PERSON.search(r.name)]  # the employer rewards its inventors
