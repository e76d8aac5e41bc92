"""Targets: round counts a plan moves to act (到2027年,推动千家规模以上工业企业开展智能化改造), for kg.extract.judge.

A bare round count (百家, 千家) after a verb is a slogan unless something bounds it (以上, a ladder of counts: judge.py).
A causative verb (推动, 带动, 引导) whose counted object then acts in the same clause (开展…, 实施…, 完成…) counts the
participants a dated plan aims at: no campaign is named that way (tgt20).
"""

from __future__ import annotations

from kg import cues

CAUSATIVE = cues.lazy(lambda: rf"(?:{cues.alternation('tgt20_causative_verb')})\s*$")
# the object's own deed after it, in the same clause: 千家企业|开展智能化改造 (not a verb inside a noun: 实施方案)
DEED = cues.lazy(lambda: rf"[\u4e00-\u9fff]{{2,16}}?(?:{cues.alternation('tgt20_participant_deed')})(?![案式则细])")


def moved_to_act(text: str, before: str, q_end: int, clause_end: int) -> bool:
    """Whether the round count ending at q_end is the object of a causative verb right before it (`before` ends there)
    and then acts (推动|千家|规模以上工业企业开展智能化改造): the participants counted, not a slogan."""
    return bool(CAUSATIVE.search(before) and DEED.match(text, q_end, clause_end))
