"""Things adopted or bought, named after a field (企業導入智慧製造設備、物聯網系統): equipment, no industry (twn20b).

A Taiwan rule pays a firm for the equipment it adopts (導入…設備、…系統, 購置…設備): the field before the thing word
says what kind of equipment, and the annotators name no industry there (gold-synth7, gold-synth8). A field adopted
bare stays a field (協助事業導入物聯網、人工智慧: gold-more dev2 names those industries). For kg.extract.fields."""

from __future__ import annotations

from kg import cues

REACH = 40  # characters before an item searched for the verb and the list's earlier items
# the verb, then the list's earlier items each closed by its mark, then the item itself
ADOPTED = cues.lazy(lambda: rf"(?:{cues.alternation('twn20b_adopt_verb')})(?:[^,;:。!?，；：！？、\s]{{1,14}}?(?:、|和|及|与|或))*$")


def adopted_thing(text: str, start: int, end: int, floor: int) -> bool:
    """Whether the field item text[start:end] ends in a thing word and stands right after a verb of adopting or buying
    (or after its list's earlier items), no earlier than floor (the sentence's start)."""
    item = text[start:end]
    if not item.endswith(cues.words("twn20b_adopted_thing")):
        return False
    if any(verb in item for verb in cues.words("twn20b_adopt_verb")):
        return True  # 業者購置|半導體設備 cut as one item: the deed of buying, no field
    before = text[max(floor, start - REACH) : start]
    return any(verb in before for verb in cues.words("twn20b_adopt_verb")) and ADOPTED.search(before) is not None
