"""Field-led kinds of platform: a field written right before a vocabulary kind that says only how a platform serves
(cue list ent19b_field_led_kind: 公共服务平台) is part of the kind's name (建设|临床研究支撑|公共服务平台,
推进|循环经济|公共服务平台), as the annotators name it (临床研究支撑公共服务平台, 科技创新公共服务平台). ent19b.

The field is read leftwards over the words kg.extract.platforms reads a kind's phrase across, stopping at a verb of
the frame, a separator, a level or a quality word; with an industry before or inside the field (智能制造|…, 海水淡化|产业|…)
the bare kind stays (the industry is named on its own), and a place before it (市|…) names one platform, no kind. Finding only: entities.mentions
chooses among these and the others (the longer name wins over the vocabulary's kind).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kg import cues
from kg.extract import platforms
from kg.extract.names import Name
from kg.extract.words import Word

MIN_FIELD = 2  # characters of the field: 行业|公共服务平台, not a lone character
INDUSTRY_END = "产业"  # a word closing an industry (海水淡化|产业): the bare kind stays


def find(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """Every field-led kind of platform in one sentence's words."""
    for i, word in enumerate(ws):
        if i == 0 or word.tag != "@PlatformType" or word.text not in cues.word_set("ent19b_field_led_kind"):
            continue
        first = platforms.phrase_start(ws, i)
        if first is None or first > 0 and ws[first - 1].tag == "@Region":
            continue
        first = _field_start(ws, first, i)
        if first is None:
            continue
        field = "".join(text[ws[first].start : word.start].split())
        if len(field) >= MIN_FIELD and not platforms.NOT_PLATFORM.search(field):
            yield Name(ws[first].start, word.end, "PlatformType", field + word.text)


def _field_start(ws: Sequence[Word], first: int, i: int) -> int | None:
    """The field's first word, past a leading verb that does something to the kind (cue list ent19b_kind_action_verb:
    优化|企业…), however jieba tags it; a verb of the field stays (临床/v|研究|支撑). None after an industry or with one
    inside (人工智能|安全检测|公共服务平台, 海水淡化|产业|共性技术…): the words describe the industry's platform, and the
    annotators name the industry and the bare kind (gold-synth2 s012)."""
    if first > 0 and ws[first - 1].tag == "@Industry" or any(ws[k].text.endswith(INDUSTRY_END) for k in range(first, i)):
        return None
    while first < i and ws[first].text in cues.word_set("ent19b_kind_action_verb"):
        first += 1
    return first
