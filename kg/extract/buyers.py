"""Buyers and tenants: whom money for what they buy or rent pays (支持X和Y购买…的技术开发、检验检测等服务,按服务合同金额的
50%予以兑付: X and Y, never the services bought, nor the sellers named before 的; 孵化器内|在孵企业|租用孵化场地的: the
body inside the place, not the place); operating money for what bodies build and run (支持A交易所、B交易所建设…市场,
…给予运营经费支持: A and B, who run it); for kg.extract.recipients.
"""

from __future__ import annotations

from kg import cues
from kg.extract.nouns import Recipient, coordinated, named_items, recipient_heads, recipient_hits
from kg.model import Span
from kg.vocab import Vocab

# 支持|科技型中小企业和创业团队|购买…服务: the buyers, between the verb of support and the verb of buying
BUYERS = cues.lazy(lambda: rf"(?:{cues.alternation('support_verb')})[和、]?(?:{cues.alternation('support_verb')})?(?P<who>[^,。;的]{{2,24}}?)(?:{cues.alternation('buy_verb')})")


def buyers(text: str, vocab: Vocab, a: int, b: int) -> list[Recipient]:
    """The buyers a phrase with no 对 names before what they buy, each noun joined (科技型中小企业|和|创业团队); [] if none."""
    found = BUYERS.match(text, a, b)
    if found is None:
        return []
    p, q = found.start("who"), found.end("who")
    return coordinated(text, vocab, p, q) or named_items(text, vocab, p, q, nouns=False)


MAX_INSIDE = 8


def inside_place(text: str, vocab: Vocab, a: int, b: int) -> list[Recipient]:
    """A body named inside a place of the vocabulary opening the phrase (孵化器内|在孵企业|租用孵化场地的): the body; [] if none."""
    place = next((hit for hit in recipient_hits(vocab, text, a, b) if hit[0] == a), None)
    if place is None or not text.startswith("内", place[1]):
        return []
    start, heads = place[1] + 1 + text.startswith("的", place[1] + 1), recipient_heads(vocab)  # (孵化器内的|在孵企业)
    cut = next((c for c in range(start + 2, min(b, start + MAX_INSIDE) + 1) if text[start:c].endswith(heads)), None)  # the shortest: 在孵企业|租用…
    return [Recipient(text[start:cut], None, start, cut)] if cut else []


# 支持|A交易所、B交易所|建设…: the bodies named before what they build
BUILDERS = cues.lazy(lambda: rf"(?:{cues.alternation('support_verb')})(?P<who>[^,。;的]{{2,30}}?)(?:{cues.alternation('operate_verb')})")
ITEM = cues.lazy(lambda: r"、|和|及")


def operators(text: str, a: int, b: int, terms: Span) -> list[Recipient]:
    """Operating money (运营经费) in the terms for what the bodies a phrase supports build: each of them; [] otherwise."""
    found = BUILDERS.match(text, a, b) if cues.pattern("operating_money").search(text, terms.start, terms.end) else None
    if found is None:
        return []
    edges = [found.start("who"), *(x for m in ITEM.finditer(text, found.start("who"), found.end("who")) for x in (m.start(), m.end())), found.end("who")]
    return [Recipient(text[p:q], None, p, q) for p, q in zip(edges[::2], edges[1::2]) if q - p >= 2]
