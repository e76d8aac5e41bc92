"""Respective titles: 对首次入选A、B的|X企业,分别给予a、b — the titles won in the 对… phrase, one amount each, are whom
分别 pays (X only names who holds them); for kg.extract.fundbuild.

Support measures reward titles gained (国家级专精特新“小巨人”企业、省级专精特新中小企业, 独角兽企业、瞪羚企业) with one amount
per title; the holder's kind after 的 (人工智能企业, 制造业企业) is the same for all and cannot carry the amounts.
"""

from __future__ import annotations

import re

from kg.extract.earlier import GAINED
from kg.extract.levels import list_items
from kg.extract.nouns import Recipient, recipient_heads, unquoted
from kg.extract.numbers import amounts
from kg.extract.promises import Offer
from kg.vocab import Vocab

EACH = re.compile(r"分别")


def titles_won(text: str, vocab: Vocab, offer: Offer, recipients: list[Recipient]) -> list[Recipient]:
    """The titles gained in the 对… phrase, when 分别 hands out as many amounts as titles (two distinct names at least);
    else the recipients as read."""
    if offer.phrase is None or text[offer.phrase.start - 1 : offer.phrase.start] != "对":
        return recipients
    a, b = offer.phrase.start, offer.phrase.end
    each = EACH.search(text, b, offer.terms.end)
    of = text.rfind("的", a, b)
    gained = GAINED.search(text, a, of) if each and of > a else None
    if gained is None or gained.start() - a > 4:  # (首次|入选: the verb opens the phrase)
        return recipients
    clause_end = min((i for i in (text.find(m, each.end(), offer.terms.end) for m in ",;。") if i >= 0), default=offer.terms.end)
    count = sum(1 for _ in amounts(text, each.end(), clause_end))
    items = list_items(text, gained.end(), of)
    heads = recipient_heads(vocab)
    names = [name for name, *_ in items]
    if count != len(items) or len(set(names)) < 2 or not all(unquoted(n).endswith(heads) for n in names):
        return recipients
    return [Recipient(name, level, p, q) for name, (_, level, p, q) in zip(names, items)]
