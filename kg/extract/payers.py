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


# A clause after a 对 phrase that is a government paying by the rules (对X,省人民政府按照有关规定给予奖励): the payer,
# no part of the recipient. Only a government, its departments or its treasury, then an optional modal and the rule.
BY_RULE_PAYER = re.compile(
    r"\s*[^,。;的]{0,12}?(?:人民政府|政府|管委会|管理委员会|部门|财政)(?:及其?有关部门|有关部门)?"
    r"(?:应当|可以|应|可|将)?(?:按照|依照|根据|参照)(?:国家|省|市|本省|本市)?[^,。;]{0,10}?(?:规定|标准|办法)\s*"
)


def pays_by_rule(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is only a government that pays by the rules (省人民政府按照有关规定)."""
    return BY_RULE_PAYER.fullmatch(text, start, end) is not None


# A clause that is the local government where the recipient is, matching or paying (新认定的省级孵化器,|所在县(市、区)按照
# 市级奖励资金1:1的比例给予配套奖励): the payer; the recipients are named in the clause before it (fund18c).
LOCAL_PAYER = cues.lazy(
    lambda: rf"\s*(?:{cues.alternation('local_payer')})(?:\([^)]{{1,8}}\))?(?:人民政府|政府|财政)?\s*(?:应当|可以|再|另|还)?\s*(?:按照|按|给予|予以|配套)"
)


def local_payer(text: str, start: int, end: int) -> bool:
    """Whether the clause text[start:end] opens with the recipient's local government paying (所在区按照…, 所在地政府给予…)."""
    return LOCAL_PAYER.match(text, start, end) is not None
