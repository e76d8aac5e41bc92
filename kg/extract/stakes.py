"""Stakes: a public fund that invests by taking a stake (本市设立创业投资引导基金,通过参股创业投资企业…; 引导基金
通过参股等方式支持天使投资机构) → Offer for the body it invests in or supports; for kg.extract.funding.

Others' funds (鼓励社会资本设立…基金) and stakes others take (引导社会资本…参股子基金) promise nothing.
"""

from __future__ import annotations

from kg import cues
from kg.extract.promises import OTHERS_SET_UP, Offer
from kg.model import Span

# the fund, then (a comma, a modal) the means: 参股X (X, up to the next listed means), or 参股(、…)等方式支持X
FUND_STAKE = cues.lazy(
    lambda: rf"(?P<fund>{cues.alternation('fund')})\s*,?\s*(?:应当|可以|要|将)?(?:通过|以|采取|采用)(?:阶段)?(?:{cues.alternation('stake_verb')})"
    r"(?:(?P<who>[^,。;、等]{2,20}?)(?=[、,。;]|等)"
    r"|(?:、[^,。;、]{1,10}?)*等?(?:多种)?(?:方式|形式)\s*,?\s*(?:支持|扶持|投资)(?P<whom>[^,。;]{2,30}))"
)


def stake(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """A public fund's stake: whom it takes a stake in (参股|创业投资企业) or supports by stakes (…等方式支持|X)."""
    unit = text[start:end]
    found = FUND_STAKE.search(text, start, end) if "股" in unit else None
    if found is None or OTHERS_SET_UP.search(text, start, found.start("fund")):
        return None
    group = "who" if found["who"] else "whom"
    who = Span(found.start(group), found.end(group))
    return Offer(who, Span(found.start(), found.end()), found["fund"], start, found.end(), paragraph, nouns=True)
