"""Stakes: a public fund that invests by taking a stake (本市设立创业投资引导基金,通过参股创业投资企业…; 引导基金
通过参股等方式支持天使投资机构) → Offer for the body it invests in or supports, and the verb of a fund that invests
in whom its 对 phrase names (引导基金对X开展股权投资); for kg.extract.funding.

Others' funds (鼓励社会资本设立…基金) and stakes others take (引导社会资本…参股子基金) promise nothing; a stake given to whom a fund's 对 phrase names (…引导基金对投资本区
初创企业的子基金给予参股支持: the sub-funds, no share: gold-synth3's convention).
"""

from __future__ import annotations

import re

from kg import cues
from kg.extract.promises import OTHERS_SET_UP, Offer
from kg.model import Span

# the fund, then (a comma, a modal) the means: 参股X (X, up to the next listed means), or 参股(、…)等方式支持X
FUND_STAKE = cues.lazy(
    lambda: rf"(?P<fund>{cues.alternation('fund')})\s*,?\s*(?:应当|可以|要|将)?(?:通过|以|采取|采用)(?:阶段)?(?:{cues.alternation('stake_verb')})"
    r"(?:(?P<who>[^,。;、等]{2,20}?)(?=[、,。;]|等)"
    r"|(?:、[^,。;、]{1,10}?)*等?(?:多种)?(?:方式|形式)\s*,?\s*(?:支持|扶持|投资)(?P<whom>[^,。;]{2,30}))"
)


# the fund, its 对 phrase, then a stake given (引导基金对投资本区初创企业的子基金|给予参股支持): the body after the phrase's 的
FUND_STAKE_FOR = cues.lazy(
    lambda: rf"(?P<fund>{cues.alternation('fund')})\s*对(?P<who>[^,。;]{{2,40}}?)(?:给予|予以)(?:{cues.alternation('stake_verb')})(?:支持|投资)?"
)


def stake(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """A public fund's stake: whom it takes a stake in (参股|创业投资企业) or supports by stakes (…等方式支持|X)."""
    unit = text[start:end]
    given = FUND_STAKE_FOR.search(text, start, end) if "股" in unit else None
    if given and not OTHERS_SET_UP.search(text, start, given.start("fund")):
        who = Span(max(given.start("who"), text.rfind("的", given.start("who"), given.end("who")) + 1), given.end("who"))
        return Offer(who, Span(given.end("who"), given.end()), given["fund"], start, given.end(), paragraph, nouns=True)
    found = FUND_STAKE.search(text, start, end) if "股" in unit else None
    if found is None or OTHERS_SET_UP.search(text, start, found.start("fund")):
        return None
    group = "who" if found["who"] else "whom"
    who = Span(found.start(group), found.end(group))
    return Offer(who, Span(found.start(), found.end()), found["fund"], start, found.end(), paragraph, nouns=True)


# a public fund named as the payer, its 对 phrase, then the verb it invests with right before the money word
# (or one clause between: 发挥…引导基金作用,对X进行股权投资; 引导基金下设…子基金,对X进行股权投资)
FUND_DEED = cues.lazy(lambda: rf"(?:{cues.alternation('fund')})(?:[^,。;对]{{0,6}}?|[^,。;]{{0,16}}?,\s*)对[^,。;]{{2,40}}?(?P<verb>{cues.alternation('fund_deed')})$")
DEED = cues.lazy(lambda: cues.alternation("fund_deed"))


def fund_invests(text: str, start: int, money: re.Match[str]) -> list[re.Match[str]]:
    """市科技创新引导基金对X|开展|股权投资,单个企业投资额最高1000万元: the fund's verb, as a verb of giving ([] if none)."""
    if not text.startswith(cues.words("fund_deed"), money.start() - 2):
        return []
    start = max(text.rfind(mark, 0, start) for mark in "。;\n") + 1  # (the fund may be named before the unit's ,对)
    deed = FUND_DEED.search(text, start, money.start())
    verb = DEED.match(text, deed.start("verb")) if deed and not OTHERS_SET_UP.search(text, start, deed.start()) else None
    return [verb] if verb else []


HOME = cues.lazy(lambda: cues.alternation("home_place"))
ITEM_MARK = re.compile(r"以及|和|及|、")


def invested_in(text: str, phrase: Span) -> tuple[Span, tuple[Span, ...]]:
    """Whom a fund invests in, past the document's own place (对|我市|种子期、初创期科技型企业), and its items when each
    names a body of its own (初创科技企业和|高层次人才创办企业); () when they share a head (种子期、初创期|科技型企业)."""
    home = HOME.match(text, phrase.start, phrase.end)
    a = home.end() if home else phrase.start
    edges = [a, *(x for m in ITEM_MARK.finditer(text, a, phrase.end) for x in (m.start(), m.end())), phrase.end]
    items = tuple(Span(edges[i], edges[i + 1]) for i in range(0, len(edges), 2))
    own = len(items) > 1 and all(text[s.start : s.end].endswith(cues.words("recipient_head")) for s in items)
    return Span(a, phrase.end), items if own else ()
