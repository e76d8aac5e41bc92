"""Means: fields named only as the means of something else, lists of things, and verbs glued to a field.

The annotators name an industry where a document develops it; a technology named only as a means is
ambiguous at best and most often not written (SCHEMA.md; gold-more README): 运用互联网、大数据等现代信息技术
手段, 以5G、互联网等新一代信息技术为支撑, 运用云计算、大数据、物联网等方式 (cue lists means_close, means_role,
use_verb). A list closed by a thing (…等旧机电设备, …等智慧农业应用场景; thing_close) names products or scenes,
no fields. And a list's first item found by pattern holds no verb before the field (推|动物|联网 cut wrongly:
物联网; 发展壮大|智能科技) nor a modal with the body before it (部门应当推动…; field_lead_verb, predicate_opener).
For kg.extract.developed (vocabulary fields) and kg.extract.fields (fields found by pattern); ent14b.
"""

from __future__ import annotations

import re
from functools import cache

from kg import cues

MARK = r"[,;:。!?，；：！？\n]"
ITEMS = r"(?:\s*(?:、|和|及|与|以及|/)\s*[^,;:。!?，；：！？、\n]{1,14}?)*?"  # the list's other items after the field
MODIFIERS = r"[^,;:。!?，；：！？、的\n]{0,10}?"  # between 等 and the word that closes the list (等现代信息技术|手段)
CLOSED_BY_MEANS = cues.lazy(lambda: rf"{ITEMS}\s*(?:等{MODIFIERS}|(?:信息)?技术)(?:{cues.alternation('means_close')})")
CLOSED_BY_WAYS = re.compile(rf"{ITEMS}\s*等{MODIFIERS}方式")
# A verb of using right before the field or the list's items before it (因地制宜利用|太阳能、|地热能); not 开发利用
USED = cues.lazy(lambda: rf"(?<!开发)(?:{cues.alternation('use_verb')})(?:\s*[^,;:。!?，；：！？、\s]{{1,14}}?\s*(?:、|和|及|与))*\s*$")
ROLE_AFTER = cues.lazy(lambda: rf"[^,;:。!?，；：！？为\n]{{0,30}}?为(?:{cues.alternation('means_role')})")
# 等 and a thing, no word of fields between (not 等新技术新产品, 等领域打造…应用场景: fields whose products or scenes
# are made), or 等 and a means word past any modifiers (等新一代信息技术手段)
PLAIN = r"(?:(?!技术|产业|领域|行业|方向)[^,;:。!?，；：！？、的\n]){0,10}?"
THING_LIST = cues.lazy(lambda: rf"{ITEMS}\s*等(?:{MODIFIERS}(?:{cues.alternation('means_close')})|{PLAIN}(?:{cues.alternation('thing_close')}))")
BODY_AFTER = cues.lazy(lambda: rf"(?:产业)?(?:{cues.alternation('body_after_field')})")
LEAD = cues.lazy(lambda: rf"(?:{cues.alternation('field_lead_verb')})")
MODAL = cues.lazy(lambda: "|".join(w for w in cues.words("predicate_opener") if len(w) > 1))  # not 应 (应急产业)
MIN_FIELD = 3  # 研发设计 stays whole: a verb is stripped only before a longer field (推进|物联网)


def as_means(text: str, start: int, end: int, a: int, b: int) -> bool:
    """Whether the field at [start, end) of the clause text[a:b] is named only as a means: its list closed
    by a means word (…等技术手段), right after a verb of using (利用|太阳能、地热能) or by 等…方式 after one,
    or the field between 以 and 为+role."""
    rest, before = text[end:b], text[a:start]  # substring tests first: most clauses hold none of these words
    if any(word in rest for word in cues.words("means_close")) and CLOSED_BY_MEANS.match(text, end, b):
        return True
    used = any(verb in before for verb in cues.words("use_verb"))
    if used and (USED.search(before) or "方式" in rest and CLOSED_BY_WAYS.match(text, end, b)):
        return True
    opened = before.rfind("以")
    return opened >= 0 and "为" in rest and "为" not in before[opened:] and ROLE_AFTER.match(text, end, b) is not None


def in_a_body(text: str, end: int) -> bool:
    """Whether the field ending at end opens a body's name (义乌市大数据|发展中心, 人工智能|产业协会; cue list
    body_after_field): a body named by its field, no field developed."""
    return text[end : end + 1] in _body_first() and BODY_AFTER.match(text, end) is not None


@cache
def _body_first() -> frozenset[str]:
    """The characters a body's head after a field may begin with (产业 too): one set test before the pattern."""
    return frozenset(word[0] for word in cues.words("body_after_field")) | {"产"}


def in_thing_list(text: str, end: int, stop: int) -> bool:
    """Whether the item ending at end is in a list closed by 等 and a thing before stop (…、通信设备等旧机电设备,
    …等智慧农业应用场景, …等技术手段)."""
    return THING_LIST.match(text, end, stop) is not None


def unled(text: str, start: int, end: int) -> int:
    """The start of a field found by pattern past a body and modal (部门应当|…) and a verb glued to it
    (推动|物联网, 发展壮大|智能科技, 做|优|集成电路 begun before it), leaving a field of three characters at
    least; start if there is none."""
    name = text[start:end]
    for k in (1, 2):  # 做|优|集成电路: a verb begun before the name and cut inside it
        lead = LEAD.match(text, max(0, start - k))
        if lead and start < lead.end() < end and len(text[lead.end() : end].strip()) >= MIN_FIELD:
            start, name = lead.end(), text[lead.end() : end]
            break
    modal = None
    for modal in MODAL.finditer(name):
        pass
    at = modal.end() if modal is not None else 0
    while (lead := LEAD.match(name, at)) and len(name[lead.end():].strip()) >= MIN_FIELD:
        at = lead.end()
        while at < len(name) and name[at].isspace():
            at += 1
    return start + at
