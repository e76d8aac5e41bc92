"""Promises that go on the one before them (kg.extract.funding): a condition alone after a promise that named its
persons (在站博士后…,由市财政给予…;|出站后…的,再给予每人30万元), the next tier of the same recipients (…的企业,奖励50万元;|首次超过
1亿元的,…), read with the recipients written in the earlier promise's phrase.
"""

from __future__ import annotations

from kg import cues
from kg.extract.nouns import PERSON, recipient_heads
from kg.extract.promises import Offer
from kg.model import Funding, Span
from kg.vocab import Vocab

NEAR_GAP = 12  # characters between a promise and a condition going on in its sentence (…生活补助,最长2年;|出站后…的)
TIER_GAP = 6  # characters from the last tier's amount to the next tier (给予30万元|奖励;|营业收入…的)


def named_in(text: str, anchor: Offer, lines: list[Funding]) -> tuple[Span, ...]:
    """Where the recipients of the lines built for anchor are written in its phrase (在站博士后,由…给予…;出站后…的,再给予…:
    the persons again, whatever the terms after them say)."""
    if anchor.phrase is None:
        return ()
    phrase = text[anchor.phrase.start : anchor.phrase.end]
    names = dict.fromkeys(f.recipient for f in lines if f.recipient in phrase)
    return tuple(Span(anchor.phrase.start + phrase.find(n), anchor.phrase.start + phrase.find(n) + len(n)) for n in names)


def near(text: str, before: Offer, offer: Offer, most: int) -> bool:
    """Whether offer goes on the sentence of the promise before it, at most `most` characters after it."""
    return 0 <= offer.start - before.end <= most and "。" not in text[before.end : offer.start]


def looked_back(text: str, vocab: Vocab, offer: Offer, built: list[Funding], last: tuple[Offer, list[Funding]] | None) -> bool:
    """A condition alone right after a promise that named its recipients (在站博士后研究人员,由市财政给予…;|出站后留厦工作…的,
    再给予每人30万元): its recipients, read from earlier in the paragraph, are the promise's before it."""
    if not (last and last[0].phrase and last[1] and offer.phrase and built) or "的" not in text[offer.phrase.end - 1 : offer.phrase.end + 1]:
        return False  # (a condition: …的, or 未购房|的,可按…申领: the phrase before its 的)
    if not all(f.recipient in text[last[0].phrase.start : last[0].phrase.end] for f in last[1]):
        return False  # (the promise before named its recipients)
    phrase = text[offer.phrase.start : offer.phrase.end]
    if cues.pattern("level").search(phrase):
        return False  # …;获批国家级的,再给予…: another level of what was named, read with it
    heads = recipient_heads(vocab)  # (a recipient named in the phrase, not the bare condition itself: 未购房|的)
    return not any(f.recipient in phrase and (f.recipient.endswith(heads) or PERSON.search(f.recipient) or f.recipient != phrase.removesuffix("的")) for f in built) and not any(f.recipient in phrase for f in last[1]) and near(text, last[0], offer, NEAR_GAP)
