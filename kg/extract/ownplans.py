"""Plans a firm or a school draws up for itself (企业应当制定|技术改造计划, 鼓励企业…制定|校企合作规划): no programme.

Read by kg.extract.programmes before it names what a verb sets up or draws up (ent18a). The doers are cue list
own_plan_doer; a government body in the same clause (市人民政府组织企业制定…) makes the plan the government's.
"""

from __future__ import annotations

import re

from kg import cues

CLAUSE_BREAK = re.compile(r"[,，。;；:：]")
MAX_CLAUSE = 30  # characters read back from the verb: a clause's subject is near its verb
DOER = cues.lazy(lambda: cues.alternation("own_plan_doer"))
GOVERNMENT = cues.lazy(lambda: cues.alternation("plan_government_doer"))


def firms_plan(text: str, verb_start: int, name: str) -> bool:
    """Whether a plan (cue list own_plan_kind; not a fund: 引导企业…设立|青年创新创业发展基金 stays one, the annotators
    name it or leave it open) is drawn up in a clause with a firm or a school as its doer and no government body."""
    if not name.endswith(cues.words("own_plan_kind")):
        return False
    window = text[max(0, verb_start - MAX_CLAUSE) : verb_start]
    clause = CLAUSE_BREAK.split(window)[-1]
    return DOER.search(clause) is not None and GOVERNMENT.search(clause) is None
