"""Rewards without an amount in regulations: 进行 as a verb of giving after a 对 phrase (对…的组织和个人进行表彰和奖励), and an employer's reward to its own people (用人单位应当对…职工给予奖励: no promise); for kg.extract.funding and kg.extract.fundbuild.

Regulations write a government's reward as 对…的单位和个人给予表彰和奖励 and as often 对…的组织和个人进行奖励 (本市建立科学
技术奖励制度, 对在科技创新活动中做出重要贡献的组织和个人进行奖励: a funding line in the annotators' gold). 进行 gives the
money word only when a 对 phrase before it names whom (进行奖励制度改革, 进行资助项目评审 name no one).

A reward whose payer, read before the 对 phrase, is a body paying its own people (该法人或者其他组织可以对开发软件的
自然人进行奖励, 高等学校可以依照本校规定对…教师给予奖励) is the employer's money: the annotators mark such lines ambiguous
(gold-more `dev2/` 0172, `dev7/` 0185), so with no amount and no share it gives no line.
"""

from __future__ import annotations

import re

from kg import cues

# (进行|表彰和|)奖励: the verb, perhaps an honour before the money word
CARRIED = cues.lazy(lambda: rf"(?:{cues.alternation('carry_out_give')})(?:(?:{cues.alternation('honour_word')})[和、及与]?)?$")
FOR_WHOM = re.compile(r"对(?![接外标于照比口象])")  # 对 naming whom (not 对接, 对外, 对标, 对照 …)
CLAUSE_MARK = re.compile(r"[,;。:]")
# …可以依照本校规定|对, …应当按照国家规定|对: adverbials between the payer and its 对 phrase
PAYER_TAIL = re.compile(r"(?:(?:按照|依照|根据|依据|按)[^,;。]{0,12}?规定|依法|可以|应当|应|可|得|要|须|必须|还|也|并|均)+$")
GOVERNMENT = cues.lazy(lambda: r"政府|部门|财政|机关|委员会|[局委厅办署]$")
ENCOURAGED_EMPLOYER = cues.lazy(lambda: rf"\s*(?:第[一二三四五六七八九十百零]+条\s*)?鼓励(?:和支持)?[^,。;]{{0,16}}?(?:{cues.alternation('employer_payer')})")
STAFF = re.compile(r"(?:人员|职工|员工|教师)(?=[和、,]|$)")  # (not 鼓励大学生创办企业,…,对大学生…给予奖励: no staff)
EMPLOYER_END = cues.lazy(lambda: rf"(?:{cues.alternation('employer_payer')})$")


def carried_out(text: str, start: int, instrument: re.Match[str]) -> list[re.Match[str]]:
    """进行 right before the money word (or before 表彰和 and it) when a 对 phrase before it, in the unit, names whom."""
    verb = CARRIED.search(text, max(start, instrument.start() - 10), instrument.start())
    if verb is None or not FOR_WHOM.search(text, start, verb.start()):
        return []
    return [verb]


def employer_rewards(text: str, sentence: int, phrase_end: int, instrument: str | None) -> bool:
    """Whether a reward (no amount) is paid by the body named before its 对 phrase to its own people (用人单位|应当|对…职工)."""
    fors = list(FOR_WHOM.finditer(text, sentence, phrase_end)) if instrument and "奖" in instrument else []
    if not fors:
        return False
    at = fors[-1].start()
    clause = max((m.end() for m in CLAUSE_MARK.finditer(text, sentence, at)), default=sentence)
    subject = PAYER_TAIL.sub("", text[clause:at].strip())
    if not subject:  # 鼓励研究开发机构、高等院校建立…奖励制度,…,依法|对…人员进行奖励: the employer the sentence encourages, its staff
        return ENCOURAGED_EMPLOYER.match(text, sentence, at) is not None and STAFF.search(text, at, phrase_end) is not None
    return EMPLOYER_END.search(subject) is not None and not GOVERNMENT.search(subject)
