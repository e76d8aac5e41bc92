"""Loss shares: a lender's loan losses covered at a share (合作银行向X发放的贷款形成实际损失的,资金池按本金损失的40%给予补偿,
单笔贷款补偿最高不超过200万元) → one promise to the lender; for kg.extract.funding.

Credit risk-compensation schemes pay the bank part of what it lost on loans to the firms a scheme serves (gold-synth8
s050 and s051, gold-synth7 s045, gold-synth8 s046's 风险补偿 to 合作银行): the lender is the recipient, not the borrowers
named after 向, nor the pool that pays. Bare 补偿 is no money word (依法对…受到的损失予以补偿 in laws is a duty to make
good a harm): only a loss on loans a lender made, covered 按 a share, makes it one here.
"""

from __future__ import annotations

from kg import cues
from kg.extract.promises import Offer
from kg.model import Span

# (对)|合作银行|向 (the lender's name opens a clause or follows 对: not 省基金对|银行)
# …发放的贷款(形成|出现)的实际损失(的),|(由…资金|资金池)|按…30%的比例给予补偿(,单笔…补偿最高…万元)
LOSS_SHARED = cues.lazy(
    lambda: r"(?:(?<![\u4e00-\u9fff])|对)(?P<lender>(?:(?![对由])[\u4e00-\u9fff]){0,8}?(?:" + cues.alternation("fund20c_lender") + r"))向[^,。;]{1,30}?发放[^,。;]{0,40}?损失的?,"
    r"[^,。;按]{0,30}?(?P<terms>按(?:照)?[^,。;]{0,24}?\d[^,。;]{0,12}?给予(?:风险)?补偿(?:,单(?:笔|个|户|家)[^,。;]{0,12}?补偿[^,。;]{0,12}?\d[\d.]*\s*[万亿]?元)?)"
)


def lender_share(text: str, sentence: int, start: int, cut: int, paragraph: int) -> Offer | None:
    """The lender's promise whose terms end in the unit start…cut (the lender named earlier in the sentence); else None."""
    if "补偿" not in text[start:cut] or "损失" not in text[sentence:cut]:
        return None
    found = LOSS_SHARED.search(text, sentence, cut)
    if found is None or found.end("terms") <= start:
        return None
    terms = Span(found.start("terms"), found.end("terms"))
    lender = Span(found.start("lender"), found.end("lender"))
    return Offer(lender, terms, "风险补偿", terms.start, terms.end, paragraph, nouns=True, items=(lender,))  # (not those it lends to after 向)
