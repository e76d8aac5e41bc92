"""Duties, not promises: a reward an employer owes its own staff (单位…对完成、转化职务科技成果做出重要贡献的人员给予奖励), budget for a government's own work (安排经费,用于…保护、服务与管理工作), a reward for informants (对举报人给予奖励) → no Funding; for kg.extract.funding.

The law makes the unit that owns a service invention or result reward those who made it; the document promises no money
of its own. With a statutory share (不低于60%) the line stays (an ambiguous line by the annotators' convention); without
one the persons are dropped, and with them the unit that pays when the promise names staff by their merit (read
before the 对 phrase, it is the payer, not a recipient).

Money for work named only as work (专利的创造、运用、保护、管理和服务工作, 加大对专利工作的财政支持力度), with no body, person
or project in it, is the government's budget for its own tasks (an ambiguous budget rule by the annotators' convention).
"""

from __future__ import annotations

import re

from kg import cues
from kg.extract.nouns import Recipient
from kg.model import Span

SERVICE_INVENTION = cues.lazy(lambda: cues.alternation("service_invention"))  # 职务发明…的发明人: the employer's duty
STAFF_MERIT = cues.lazy(lambda: cues.alternation("staff_merit"))  # …做出重要贡献的人员: a unit's own staff
PERSON = re.compile(r"(?:人|者|员|师)$")
OWN_WORK = cues.lazy(lambda: rf"(?:{cues.alternation('own_work_tail')})等?$")  # …服务与管理|工作: tasks, not whom
CLAUSE_END = re.compile(r"[,。;:]")
REPORT = cues.lazy(lambda: cues.alternation("report_word"))
# 第十三条 用人单位应当…, 企业可以…: an employer opens the sentence as the one obliged or allowed (not a government)
EMPLOYER_OBLIGED = cues.lazy(lambda: rf"\s*(?:第[一二三四五六七八九十百零]+条\s*)?[^,。;对]{{0,8}}?(?:{cues.alternation('employer_body')})(?:应当|应|须|必须|要|可以|可)")


def own_staff(text: str, sentence: int, start: int, end: int, recipients: list[Recipient]) -> list[Recipient]:
    """The recipients left once a reward owed to a unit's own staff is taken out (call only with no amount and no share)."""
    if EMPLOYER_OBLIGED.match(text, sentence, end):  # 用人单位应当对…职工给予岗位津贴: the employer pays its own staff (fund19b)
        recipients = [r for r in recipients if not r.name.endswith(cues.words("fund19b_own_staff"))]
    if not (SERVICE_INVENTION.search(text, sentence, end) or STAFF_MERIT.search(text, sentence, end)):
        return recipients
    if STAFF_MERIT.search(text, start, end):  # 对…做出重要贡献的人员 in the promise: persons only, whatever was read before
        return []
    return [r for r in recipients if not PERSON.search(r.name)]  # the employer rewards its inventors


def own_work(text: str, phrase: Span | None) -> bool:
    """Whether whom a promise names, up to its clause's end, is only work (…服务与管理工作), no body, person or project."""
    if phrase is None:
        return False
    stop = CLAUSE_END.search(text, phrase.start)
    whom = text[phrase.start : stop.start() if stop else len(text)]
    whom = whom[: whom.find("的") if whom.endswith(("的支持力度", "的财政支持力度", "的扶持力度")) else len(whom)]
    return bool(OWN_WORK.search(whom)) and not any(head in whom for head in cues.words("recipient_head")) and not PERSON.search(whom)


def informants(text: str, sentence: int, end: int) -> bool:
    """Whether the promise rewards reporting a wrong (对举报人给予奖励, 对查证属实的举报…给予奖励): enforcement, not support."""
    return REPORT.search(text, sentence, end) is not None


# 鼓励企业建立…激励分配机制,可以采取股权奖励和现金奖励等方式激励科技人员…: the encouraged employer rewards its staff
ENCOURAGED_EMPLOYER = cues.lazy(
    lambda: rf"鼓励(?:和支持)?[^,。;]{{0,12}}?(?:{cues.alternation('employer_body')})[^。;]{{0,40}}?(?:{cues.alternation('staff_reward_kind')})奖励"
)


def encouraged_reward(text: str, sentence: int, end: int) -> bool:
    """Whether the promise is a reward an employer is encouraged to give its staff (股权奖励、现金奖励): the employer's money."""
    return ENCOURAGED_EMPLOYER.search(text, sentence, end) is not None
