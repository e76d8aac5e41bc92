"""Shares of a population that does something, for kg.extract.targets: the share written before its noun
(到2025年,实现全市50%以上的规上工业企业建立研发机构; 推动80%以上规模以上工业企业实现数字化转型), a goal under a deadline."""

from __future__ import annotations

import re

from kg import cues
from kg.extract.deadlines import Deadlines
from kg.extract.judge import Found, end_of
from kg.extract.notgoals import FUNDING_WORD, not_a_goal
from kg.extract.numbers import Quantity
from kg.extract.subjects import Piece, clean, verbs_in
from kg.model import Span

# What may open the clause before the share: an aspiration, a verb that brings the population to act, a scope (力争|推动|全市)
LEAD = cues.lazy(lambda: rf"\s*(?:(?:{cues.alternation('aspiration')}|{cues.alternation('population_lead_verb')}|{cues.alternation('scope_word')})\s*)*\s*")
AFTER = re.compile(r"\s*的?\s*")
ACT = re.compile(r"[\u4e00-\u9fffA-Za-z“”\"]{4,40}")  # the population and what it does, to the clause's end: no number
MIN_NOUN = 2
MONEY = cues.lazy(lambda: rf"[\u4e00-\u9fff]{{0,6}}?(?:{cues.alternation('allocated_money_noun')})")


def population_share(text: str, q: Quantity, left: Piece, clause_end: int, sentence: Span, deadlines: Deadlines) -> Found | None:
    """The goal a share before its noun states (50%以上的|规上工业企业建立研发机构), or None: the clause must open
    with nothing but an aspiration, a verb or a scope, and the population must be followed by a verb of its own."""
    year = deadlines.at(q.start)
    if q.unit != "%" or year is None or not LEAD.fullmatch(left.text) or FUNDING_WORD.search(text, sentence.start, sentence.end):
        return None
    q_end = end_of(text, q, clause_end)
    after = AFTER.match(text, q_end, clause_end)
    if after is None:
        return None
    rest = text[after.end() : clause_end].rstrip(" 。;")
    if not ACT.fullmatch(rest) or MONEY.match(rest) or not_a_goal(text, q, text[sentence.start : q.start], after.end(), sentence, deadlines):
        return None
    acts = [v for v in verbs_in(rest) if v.start() >= MIN_NOUN]
    if not acts:
        return None  # 50%以上的企业: a share of nothing done
    subject = clean(Piece(rest, after.end()))
    tail = text[q.end : q_end].strip() or None
    return Found(q, subject.text.replace("“", "").replace("”", ""), tail, year, False, q.start, after.end() + len(rest))
