"""Trained: persons organised or led to take part in training, then subsidised for it in a later clause (组织和引导A、B、C
参加就业技能培训,并按照规定免收培训费用或者给予补贴) → Offer, one recipient per person listed; for kg.extract.funding."""

from __future__ import annotations

from kg import cues
from kg.extract.instruments import BY_RULE
from kg.extract.levels import list_items
from kg.extract.nouns import PERSON
from kg.extract.promises import Offer
from kg.model import Span

# the verbs that lead persons to training, the persons (a list, which may run past a comma: 残疾人,以及符合条件的企业在职职工),
# the training, then the subsidy a clause later (给予补贴, 享受职业培训补贴)
TRAINED = cues.lazy(
    lambda: rf"(?:{cues.alternation('trainee_lead')})(?:[和、](?:{cues.alternation('trainee_lead')}))?(?P<who>[^。;:]{{2,120}}?)(?:参加|参与)[^,。;]{{0,30}}?(?:{cues.alternation('training_kind')})"
    rf"[^,。;]{{0,20}}\s*,\s*(?:并|同时)?\s*(?:{BY_RULE}|按规定)?[^,。;]{{0,16}}?(?:给予|享受)(?P<money>[^,。;]{{0,10}}?(?:{cues.alternation('trainee_money')}))"
)


def trained(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """组织和引导|A、B…|参加…培训,并按照规定…给予|补贴: each person listed is paid; None when one listed is not a person."""
    led = TRAINED.search(text, start, end)
    if led is None:
        return None
    items = []
    for name, _, a, b in list_items(text, led.start("who"), led.end("who")):
        b -= len(name) - len(name.rstrip(", "))  # (残疾人,|以及…: the comma before the last item)
        if not (PERSON.search(text, a, b) or text[a:b].endswith((*cues.words("recipient_head"), *cues.words("trainee_person")))):
            return None  # (组织企业家、专家学者和社会力量… : a body or a crowd, not persons named)
        items.append(Span(a, b))
    if not items:
        return None
    who = Span(led.start("who"), led.end("who"))
    return Offer(who, Span(led.start("money"), led.end("money")), led["money"], led.start(), led.end(), paragraph, nouns=True, items=tuple(items))
