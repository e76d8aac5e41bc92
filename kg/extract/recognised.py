"""Kinds recognised at a level or more that enjoy or may apply for support (被认定为国家级和省级人力资源服务产业园的,依照有关规定享受政府补贴): the clause read as a 对 phrase is, a line per level; for kg.extract.promises.

A 对 phrase naming kinds at levels (对被认定为国家级和省级X的,给予补贴) is read a line per level by the recipients' reader;
the same clause as the subject of 享受/申请 lost its levels and its name's head (产业园). Read whole, it gives what the 对
phrase gives (gold-synth and gold-more conventions: one line per recipient and level).
"""

from __future__ import annotations

from kg import cues
from kg.model import Span

# (被|经…)认定为|国家级和省级|…的: a verb of recognition, then a level or more joined
RECOGNISED_LEVELS = cues.lazy(
    lambda: rf"\s*(?:被|经[^,。;]{{0,12}}?)?(?P<verb>{cues.alternation('recognise_verb')})为?\s*(?:{cues.alternation('level')})(?:(?:[和、及与]|或者?)(?:{cues.alternation('level')}))*[^,。;]{{2,30}}?的"
)


def levels_clause(text: str, clause: Span) -> Span | None:
    """The clause from its verb, when it names kinds recognised at a level or more (认定为国家级、省级X的), else None."""
    found = RECOGNISED_LEVELS.fullmatch(text, clause.start, clause.end)
    return Span(found.start("verb"), clause.end) if found else None  # (经有关部门|认定为…: from the verb, as after 对)
