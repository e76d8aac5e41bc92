"""One case: a case's cap read as a promise to the case (每年实施市级产学研合作项目20项左右,|单个项目|给予不超过50万元资助)
→ the things of that head named earlier in the sentence; for kg.extract.fundbuild.

单个项目, 单家企业 name no one: they say that the amount is per case of something the sentence named before (gold-synth8
s047's 产学研合作项目, gold-synth7 s045's 科技型企业 before 单家企业每年贴息…). The nearest earlier noun that ends in the
same head, after the verb or preposition that opens it, is the recipient; when the sentence names none, no one is.
"""

from __future__ import annotations

import re

from kg import cues
from kg.extract.levels import level_first
from kg.extract.nouns import ACTION, MAX_NOUN, Recipient

ONE_CASE = cues.lazy(lambda: rf"^(?:{cues.alternation('fund20c_case_word')})(?P<head>[\u4e00-\u9fff]{{2}})$")
HAN_RUN = re.compile(r"[\u4e00-\u9fff]+$")
# what opens the noun inside a run of characters: a verb of the clause, a preposition, 的 (实施|市级…项目, 对|科技型企业)
OPENER = cues.lazy(lambda: rf"(?:{ACTION.pattern}|组织|认定|支持|资助|获得|[对向为的从在])")


def named_earlier(text: str, paragraph: int, where: int, recipients: list[Recipient]) -> list[Recipient]:
    """Each one-case name (单个项目) replaced by the noun of its head named last before it in its sentence (within the
    paragraph; where, for a name read off the terms with no place of its own), at the level written first in it; dropped
    when there is none. Other recipients as read."""
    found: list[Recipient] = []
    for r in recipients:
        case = ONE_CASE.match(r.name)
        if case is None:
            found.append(r)
            continue
        at = r.start if r.end else where
        sentence = max(text.rfind(mark, paragraph, at) for mark in "。;") + 1 or paragraph
        noun = _noun_before(text, sentence, at, case["head"])
        if noun and all(noun.name != f.name for f in found):
            found.append(level_first(noun))
    return found


def _noun_before(text: str, start: int, end: int, head: str) -> Recipient | None:
    """The last noun ending in head between start and end, cut after its opener; None when none is 3 to MAX_NOUN long."""
    at = text.rfind(head, start, end)
    while at >= start:
        run = HAN_RUN.search(text, start, at + len(head))
        if run:
            openers = list(OPENER.finditer(text, run.start(), at))
            a = openers[-1].end() if openers else run.start()
            if 3 <= at + len(head) - a <= MAX_NOUN and not ONE_CASE.match(text[a : at + len(head)]):
                return Recipient(text[a : at + len(head)], None, a, at + len(head))
        at = text.rfind(head, start, at)
    return None
