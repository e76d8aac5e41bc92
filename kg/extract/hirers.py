"""Who hires, commissions, rents or buys (fund19a): 孵化器、众创空间|聘请创业导师为在孵企业提供辅导服务的 — the bodies before the
verb, not the mentor hired; …每件给予五千元资助;|委托专业机构开展知识产权代理的,按…50%给予补助 — a clause that opens with the
verb names no one, so whom it pays was named before (在孵企业), not the agency commissioned. For kg.extract.recipients."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg import cues
from kg.extract.earlier import named_before
from kg.extract.nouns import Recipient, named_items, recipient_heads
from kg.extract.personlist import is_person
from kg.vocab import Vocab

if TYPE_CHECKING:
    from kg.extract.promises import Offer

HIRE = cues.lazy(lambda: cues.alternation("fund19a_hire_verb"))
SUBJECT_MAX = 16  # characters of the bodies listed before the verb
ITEM_MAX = 8  # characters of one body so listed (孵化器、众创空间)


def hirers(text: str, vocab: Vocab, offer: Offer, a: int, b: int) -> list[Recipient]:
    """The recipients of a phrase text[a:b] (no 对 before it) that names a hiring: the bodies listed before the verb, or,
    the verb opening the clause, those named before it in the paragraph; [] when the phrase names no hiring."""
    verb = HIRE.search(text, a, min(b, a + SUBJECT_MAX + 1))
    if verb is None or text[b - 1 : b] != "的":
        return []
    if verb.start() == a:
        return [r for r in named_before(text, vocab, offer) if r.end <= a]
    heads = recipient_heads(vocab)
    items = named_items(text, vocab, a, verb.start(), nouns=True)
    plain = all(len(r.name) <= ITEM_MAX and (r.name.endswith(heads) or is_person(r.name)) for r in items)  # (小微企业通过公共服务平台|购买…: a manner, not a list)
    return items if items and plain and "的" not in text[a : verb.start()] else []
