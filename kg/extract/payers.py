"""Payers read as recipients: a government named right before what it does (…人民政府及其有关部门应当给予资金补贴) pays; for kg.extract.funding.

When no 对 phrase names whom a promise is for, the clause before the verb may be only its payer: a government or its
departments, then their modal verb or the act of paying. Such a name is no recipient. A government paid by another
(Taiwan's 直辖市、县(市)政府 under a central subsidy) is named otherwise and stays.
"""

from __future__ import annotations

import re

from kg import cues
from kg.extract.nouns import Recipient

GOVERNMENT = cues.lazy(lambda: rf"(?:{cues.alternation('government_end')})$")
PAYS_NEXT = cues.lazy(lambda: rf"\)?\s*(?:及其?有关部门|有关部门|和有关部门)?\s*(?:{cues.alternation('payer_act')})")


def pays(text: str, recipient: Recipient) -> bool:
    """Whether a recipient read is the government that pays: its name ends like a government and its act follows."""
    return bool(GOVERNMENT.search(recipient.name)) and PAYS_NEXT.match(text, recipient.end) is not None
