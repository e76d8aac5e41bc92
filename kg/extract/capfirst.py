"""Funding, finding: a cap written before the share it caps (单台设备补助最高不超过50万元,按设备购置额的20%给予补助) — one
promise, its terms running on to the share; for kg.extract.funding.

The money word of the cap's clause reads as the verb (补助最高…50万元), so the promise the finder reads ends at the cap and
the share after it, given with the same money word, would be lost or read as a second promise. gold-synth7's convention
(ratio and cap in one clause, either order): one line with both.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg import cues
from kg.extract.promises import Offer
from kg.model import Span

# ,按(照)…的20%(的比例)给予补助 (or 予以补贴): a share, then the verb of giving and a money word, to the clause's end
SHARE_NEXT = cues.lazy(
    lambda: r"\s*,\s*(?:按|按照|依照)[^,。;]{1,30}?\s*[\d.]+\s*%(?:的比例)?\s*(?:给予|予以)"
    rf"(?P<word>[^,。;]{{0,4}}?(?:{cues.alternation('money_word')}))\s*(?=[,。;]|$)"
)
# …30%|的比例予以补助: the rest of the share's clause, when the terms were read to the share only
SHARE_REST = cues.lazy(lambda: rf"(?:的比例|的标准)?\s*(?:给予|予以)(?P<word>[^,。;]{{0,4}}?(?:{cues.alternation('money_word')}))\s*(?=[,。;]|$)")
CAP = cues.lazy(lambda: cues.alternation("cap"))
AMOUNT_END = re.compile(r"[\d.]+\s*[千万亿]?元\s*$")
SHARE_END = re.compile(r"[\d.]+\s*%\s*$")


def share_after_cap(text: str, offer: Offer | None, end: int) -> Offer | None:
    """The offer with its terms run on to a share written after its capped amount (or to the verb after a share read
    without it: …30%|的比例予以补助), when the share is given with the offer's own money word; else the offer as read."""
    if offer is None or offer.terms.end >= end:
        return offer
    terms = text[offer.terms.start : offer.terms.end]
    if not CAP.search(terms):
        return offer
    share = SHARE_NEXT.match(text, offer.terms.end, end) if AMOUNT_END.search(terms) else SHARE_REST.match(text, offer.terms.end, end) if SHARE_END.search(terms) else None
    if share is None or not share["word"].endswith(offer.instrument[-2:]):
        return offer
    return replace(offer, terms=Span(offer.terms.start, share.end()), end=max(offer.end, share.end()))
