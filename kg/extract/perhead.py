"""Per-head items under a heading naming the money ((三)人才安居补贴:|博士每人每年发放租房补贴2万元,硕士每人每年1万元) → a funding
line per class of people, the amount per person; for kg.extract.funding.

Support measures for talents often name the money once, in the item's heading, and then list the classes of people
with an amount each, the money word not repeated (硕士每人每年1万元) or no promise verb at all. Without the heading
such a clause is a figure (人均产出), so the heading must name money; the lines read replace what the sentence reader
made of the same amounts there (its recipient is a class cut wrong or none).
"""

from __future__ import annotations

import re

from kg import cues
from kg.extract.numbers import to_yuan
from kg.model import Document, Funding

MARKERS = (r"\([一二三四五六七八九十]+\)", r"[一二三四五六七八九十]+、", r"\d+[.、]")
# (三)人才安居补贴: / 5.人才租房补贴 (the line alone): an item's heading that names only the money
HEADING = cues.lazy(
    lambda: rf"(?m)^\s*(?P<marker>{'|'.join(MARKERS)})\s*(?P<title>[\u4e00-\u9fff]{{0,12}}?(?P<money>(?:[\u4e00-\u9fff]{{0,2}})(?:{cues.alternation('money_word')})))"
    r"(?:标准)?(?::|\s*$)"
)
CLASS = cues.lazy(lambda: rf"(?:{cues.alternation('person_class')}|{cues.alternation('headed_person_class')})")
# 全职引进的院士每人奖励500万元, 新取得高级技师职业资格的,每人奖励5000元: a class and its amount per person
ITEM = cues.lazy(
    lambda: rf"(?:[\u4e00-\u9fff]{{0,4}}?(?:取得|获得|引进|认定|入选)的?)?(?P<who>[\u4e00-\u9fff]{{0,8}}?{CLASS.pattern})(?:[\u4e00-\u9fff]{{0,8}}的,?)?(?:每人|每名)(?:每(?:年|月))?"
    rf"(?P<said>(?:一次性)?(?:给予|发放)?(?:一次性)?(?P<word>[\u4e00-\u9fff]{{0,4}}?(?:{cues.alternation('money_word')}))?)"
    rf"(?P<amount>\d+(?:\.\d+)?)(?P<unit>[千万]?元)(?P<after>[\u4e00-\u9fff]{{0,4}}?(?:{cues.alternation('money_word')}))?(?=[,;。、]|$)"
)
BODY = 400  # characters: the items of one heading


def per_head(doc: Document, facts: list[Funding]) -> list[Funding]:
    """The facts, with a line per class of people under each heading naming money; the sentence reader's lines for the
    same amounts in the same clauses go."""
    text, out = doc.text, list(facts)
    for head in HEADING.finditer(text):
        body_end = _body_end(text, head)
        found, word = [], head["money"]
        for item in ITEM.finditer(text, head.end(), body_end):
            who = item["who"][item["who"].rfind("的") + 1 :]
            word = instrument = item["word"] or item["after"] or word  # 硕士每人每年1万元 after 博士…租房补贴: the money word said last
            found.append(Funding(doc.id, who, None, to_yuan(item["amount"], item["unit"]), False, None, "一次性" in item["said"],
                                 None, instrument, doc.evidence(item.start(), item.end())))
        if not found:
            continue
        spans = [(f.evidence.start, f.evidence.end) for f in found]
        amounts = {f.amount_yuan for f in found}
        out = [f for f in out if not (f.amount_yuan in amounts and any(f.evidence.start < b and a < f.evidence.end for a, b in spans))]
        out += found
    return out


def _body_end(text: str, head: re.Match[str]) -> int:
    """Where a heading's items end: at the next heading with the same kind of marker, or BODY characters on."""
    kind = next(m for m in MARKERS if re.fullmatch(m, head["marker"]))
    nxt = re.compile(rf"(?m)^\s*{kind}").search(text, head.end(), head.end() + BODY)
    return nxt.start() if nxt else min(len(text), head.end() + BODY)

