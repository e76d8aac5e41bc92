"""Needs: money means that meet a group's need (通过…发放住房补贴等形式,多渠道解决人才居住需求; 通过货币补贴、…等方式,
满足人才安居需求) → Offer for the group, for kg.extract.funding.

Regulations often pay a group through the need they meet instead of a 对… phrase: the group whose need it is receives the
money (a housing subsidy for 人才), as 通过…等方式,对X给予支持 names X.
"""

from __future__ import annotations

from kg import cues
from kg.extract.instruments import instrument
from kg.extract.promises import Offer
from kg.model import Span

# (通过|采取)…money…等(方式|形式|措施),(多渠道)(解决|满足)|X|的?(住房|居住…)需求
NEED_MET = cues.lazy(
    lambda: rf"(?:通过|采取|采用)(?P<instruments>[^。;]{{0,60}}?(?:{instrument()})[^,。;]{{0,30}}?)等?(?:多种)?(?:方式|形式|措施),?\s*"
    rf"(?:多渠道|多种渠道|切实)?(?:解决|满足|保障)(?P<who>[^,。;的]{{2,16}}?)的?(?:{cues.alternation('need_kind')})需求"
)


def need_met(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """…等形式,多渠道解决|人才|居住需求: one promise to the group whose need the money meets."""
    if "需求" not in text[start:end]:
        return None
    found = NEED_MET.search(text, start, end)
    if found is None:
        return None
    who = Span(found.start("who"), found.end("who"))
    return Offer(who, Span(found.start(), found.end()), found["instruments"], found.start(), found.end(), paragraph, nouns=True)
