"""Buyers: whom money for what they buy pays (支持X和Y购买…的技术开发、检验检测等服务,按服务合同金额的50%予以兑付: X and Y,
never the services bought, nor the sellers named before 的); for kg.extract.recipients.
"""

from __future__ import annotations

from kg import cues
from kg.extract.nouns import Recipient, coordinated, named_items
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
