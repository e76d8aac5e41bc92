"""Matched: a local government's match of a promise just made (对X,省级财政给予最高500万元补助,所在市州按不低于1:1比例配套)
→ Offer of its own to the same recipients, its ratio the match's (1:1 → 1); for kg.extract.funding.

Only right after a promise in the same unit: a match written alone (所在市按1:1比例配套 after a condition) names no
promise to match, and payers splitting a cost (市、区两级财政按照6:4比例) are no match.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from kg import cues
from kg.extract.grants import RATIO
from kg.extract.promises import Offer
from kg.model import Span

# ,(企业)所在市州|所在区县(开发区)|(财政)按(照)(不低于)1:1(的)比例(给予)配套
# (or a lower level's purse: ,区级财政按1:1配套, ,县财政按照1:1给予配套, ,县市区按1:1比例配套; not 市、区两级财政按照6:4比例: a split;
# the grant matched may be named before the ratio: 按照市级补助资金1:1的比例予以配套, fund17a)
MATCH = cues.lazy(
    lambda: r",\s*(?:由)?(?:(?:企业|项目|单位|平台|机构)?所在[\u4e00-\u9fff]{1,4}(?:\([^)]{1,12}\))?(?:财政|政府|人民政府)?|[区县市省]级?(?:财政|人民政府|政府)|[区县市]{2,3}(?:财政)?)"
    r"(?:按照|按)(?:[^,。;\d:]{2,10}?)?(?:不低于|不少于)?\s*\d+(?:\.\d+)?:\d+(?:\.\d+)?\s*(?:的?比例)?"
    rf"(?:给予|予以)?(?:{cues.alternation('match_word')})"
)


def matched(text: str, offer: Offer, end: int) -> Iterator[Offer]:
    """The local match right after the promise (…补助,所在市州按不低于1:1比例配套): the same recipients, ratio 1."""
    found = MATCH.match(text, offer.end, end) if offer.phrase is not None else None
    if found:
        match_word = cues.pattern("match_word").search(text, found.start(), found.end())
        terms = Span(found.start() + 1, found.end())
        yield replace(offer, terms=terms, instrument=match_word.group() if match_word else "配套", start=terms.start, end=found.end())


def match_opening(text: str, start: int) -> tuple[Decimal, int] | None:
    """A match opening its own sentence right after the promise it matches (…给予建设补助,…最高不超过1000万元。|所在区(市)
    按照市级补助资金1:1的比例予以配套; gold-synth5): its ratio (1:1 → 1) and where it ends, or None (fund17a)."""
    found = MATCH.match("," + text[start : start + 80], 0)
    ratio = RATIO.search(found.group()) if found else None
    if ratio is None or Decimal(ratio["a"]) == 0:
        return None
    return Decimal(ratio["b"]) / Decimal(ratio["a"]), start + found.end() - 1
