"""Encouraged: a promise under a condition with no doer named, right after those encouraged to do it (鼓励A、B和C参与….
在省内设立…的,应当按规定在资金等方面给予支持; 鼓励、支持A以及其他的B、个人,与…合作引进人才;对引进人才起…作用的,按照规定给予奖励)
(鼓励、支持X向基层流动,并在…工资福利等方面给予扶持、补助: the promise joined to the urging) → those encouraged, for
kg.extract.fundbuild.

Regulations urge some bodies in one clause and reward whoever of them acts in the next; the condition (…的) then names
a deed, not a doer, and the noun it holds is what the deed is done to (引进|高层次人才).
"""

from __future__ import annotations

import re

from kg import cues
from kg.extract.levels import list_items
from kg.extract.nouns import PERSON, Recipient, recipient_heads
from kg.extract.promises import Offer
from kg.vocab import Vocab

# (第六十一条)|县级以上人民政府应当|鼓励、支持|A、B和C…: the encouraged, up to the clause's end
URGED = cues.lazy(
    lambda: r"\s*(?:第[一二三四五六七八九十百零〇]+条\s*)?[^,。;:\n]{0,16}?鼓励(?:[、和]?(?:支持|引导))?(?P<who>[^,。;:\n]{2,60})"
)
# a condition that opens with the deed or where it is done (对|引进高层次人才起…作用的, 在省内设立X…的): the noun read is
# what is done to, no doer
DEED_FIRST = cues.lazy(lambda: rf"(?:{cues.alternation('deed_verb')})|在|到|来|赴")
# where the deed starts inside the last item urged (企业|参与…, 机构|依法在省内设立…, 个人|到基层…)
DEED_INSIDE = cues.lazy(lambda: rf"(?:{cues.alternation('deed_verb')})|依法|在|到|为|向|来|赴")
JOINED = re.compile(r"\s*(?:并且|并|同时)")  # ,并在…方面给予: the promise is the urging clause's second half
MAX_ITEM = 16


def encouraged_doers(text: str, vocab: Vocab, offer: Offer, recipients: list[Recipient]) -> list[Recipient]:
    """Those encouraged in the clause (after ;) or sentence right before the promise's, when its condition names no
    doer (none read, or only the object of its first verb); else the recipients as read."""
    phrase = offer.phrase
    if phrase is None:
        return recipients or _urged_then_joined(text, vocab, offer)
    if text[phrase.end - 1] != "的":
        return recipients
    if recipients and not (len(recipients) == 1 and recipients[0].start == phrase.start and DEED_FIRST.match(recipients[0].name)):
        return recipients
    opening = phrase.start - 1 if text[phrase.start - 1 : phrase.start] == "对" else phrase.start
    if opening <= offer.paragraph or text[opening - 1] not in "。;":
        return recipients  # (the unit right before must end where the promise's begins)
    before = max(offer.paragraph, max(text.rfind(m, 0, opening - 1) for m in "。;\n") + 1)
    urged = URGED.match(text, before, opening - 1)
    if urged is None:
        return recipients
    return _doers(text, vocab, urged.start("who"), urged.end("who")) or recipients


def _urged_then_joined(text: str, vocab: Vocab, offer: Offer) -> list[Recipient]:
    """鼓励、支持|人才|向基层流动,并在…工资福利等方面给予扶持、补助: the promise joined by 并 to the clause that urges, no
    one named in its own: those urged."""
    joined = text.rfind(",", offer.start, offer.end)
    if joined < 0 or not JOINED.match(text, joined + 1):
        return []
    before = max(offer.paragraph, max(text.rfind(m, 0, joined) for m in ",;。\n") + 1)
    urged = URGED.match(text, before, joined)
    return _doers(text, vocab, urged.start("who"), urged.end("who")) if urged else []


def _doers(text: str, vocab: Vocab, a: int, b: int) -> list[Recipient]:
    """A、B以及其他的C、个人 (up to where the deed starts: …和企业|参与…): each a body or persons, past its modifiers
    (省外的|X)."""
    heads = recipient_heads(vocab)
    end = next((m.start() for m in DEED_INSIDE.finditer(text, a + 2, b) if _named(text[a : m.start()], heads)), b)
    out: list[Recipient] = []
    for name, level, p, q in list_items(text, a, end):
        of = name.rfind("的")
        if of >= 0 and len(name) - of > 2:
            p, name = p + of + 1, name[of + 1 :]
        if len(name) > MAX_ITEM or not _named(name, heads):
            return []
        out.append(Recipient(name, level, p, q))
    return out


def _named(name: str, heads: tuple[str, ...]) -> bool:
    return name.endswith(heads) or bool(PERSON.search(name))
