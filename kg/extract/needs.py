"""Needs: money means that meet a group's need (通过…发放住房补贴等形式,多渠道解决人才居住需求; 通过货币补贴、…等方式,
满足人才安居需求) or build something up (通过重点投入、…等措施,促进一流学科建设) → Offer for the group or the building,
for kg.extract.funding.

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
    lambda: rf"(?:通过|采取|采用)(?P<instruments>[^。;]{{0,60}}?(?:{instrument()}|{cues.alternation('means_money_put')})[^,。;]{{0,30}}?)等?(?:多种)?(?:方式|形式|措施),?\s*"
    rf"(?:(?:多渠道|多种渠道|切实)?(?:解决|满足|保障)(?P<who>[^,。;的]{{2,16}}?)的?(?:{cues.alternation('need_kind')})需求"
    r"|(?:促进|推进|加快|推动)(?P<built>[^,。;的]{2,20}?建设)(?=[,。;]|$))"  # (…等措施,促进|一流大学和一流学科建设|: what is built)
)


def need_met(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """…等形式,多渠道解决|人才|居住需求: one promise to the group whose need the money meets; …等措施,促进|X建设: to it."""
    if "需求" not in text[start:end] and "建设" not in text[start:end]:
        return None
    found = NEED_MET.search(text, start, end)
    if found is None:
        return None
    group = "who" if found["who"] else "built"
    who = Span(found.start(group), found.end(group))
    items = (who,) if group == "built" else ()  # (一流大学和一流学科建设: one thing built, as written)
    return Offer(who, Span(found.start(), found.end()), found["instruments"], found.start(), found.end(), paragraph, nouns=True, items=items)
