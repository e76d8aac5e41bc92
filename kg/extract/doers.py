"""Doers: the person or body that does what a condition names (有创业意愿的|劳动者|参加创业培训, 高校毕业生|在本区创办企业的, 支持|企业|开展…),
a body acting on the bodies named after it (对|创业投资机构|投资本市初创期科技企业的: the investor),
and the body whose work a 对 phrase names (对|融资担保机构|开展的小微企业融资担保业务: the body, not the business) → Recipient;
for kg.extract.recipients; and those picked and counted (遴选|10家标杆企业, 遴选|青年科技人才|100名) for kg.extract.funding.
"""

from __future__ import annotations

import re

from kg import cues
from kg.extract.nouns import ACTION, PERSON, Recipient
from kg.extract.subjects import ITEM_MARK

MAX_BODY = 12  # characters of a body's name before its verb

# 大学毕业生|来本市…, 青年|到孵化载体创业, 高校毕业生|在本市首次创业, 高校毕业生|到城乡基层、中小微企业、社会组织就业 (places listed)
COMING = cues.lazy(lambda: rf"(?<=[生人者员师年兵])(?:来|到|在)(?=本|我|(?:[^,。;、]{{2,12}}、){{0,4}}[^,。;、]{{2,12}}?(?:{cues.alternation('work_taken_up')}))")
DOER_VERB = cues.lazy(lambda: rf"{cues.alternation('doer_manner')}|{cues.alternation('doer_verb')}")  # 高校毕业生|首次创业
SHORT_NOUN = 6  # a doer named without a head word is a very short noun
# 融资担保机构|开展的|小微企业融资担保业务, 科技型中小企业|开展的|研发活动: who does the work the money is for


def _manner() -> str:
    """独立或者联合大企业, 携手科研院所: how a supported body acts and the partner it names, between it and its act."""
    return rf"(?:(?:{cues.alternation('doer_manner')})(?:或者|或|和)?)*(?:(?:{cues.alternation('partner_manner')})[\u4e00-\u9fff]{{2,8}}?)?"


# 支持|企业|开展首台(套)装备研发: the doer a verb of support names before what it does (not 与企业共建X: X is what 每个 counts)
SUPPORTED = cues.lazy(lambda: rf"(?:{cues.alternation('support_verb')})(?P<who>(?:(?![向到在与为对])[\u4e00-\u9fff]){{2,10}}?){_manner()}(?={cues.alternation('supported_act')})")
# 鼓励|人才|向企业流动, 鼓励|科技人员|创办科技型企业, then the money a clause later: those encouraged, where they go or what they found
# (支持|中小企业|独立或者联合大企业|承担…: how they act, and the partner they act with, no part of them)
ENCOURAGED = cues.lazy(lambda: rf"(?:{cues.alternation('support_verb')})(?P<who>(?:(?![向到在与为对])[\u4e00-\u9fff]){{2,10}}?){_manner()}(?={cues.alternation('supported_act')}|向|到|{cues.alternation('encouraged_step')})")
PICKED = cues.lazy(lambda: rf"(?:经|新)?(?:{cues.alternation('picked_verb')})之(?=[\u4e00-\u9fff]{{2}})")  # 得補助|獲選之|X: those picked
WORK_OF = cues.lazy(lambda: rf"(?P<who>[^,。;的、]{{2,16}}?)(?:{cues.alternation('body_work_verb')})?$")  # (对科技型中小企业的|研发活动: theirs)


def doer(text: str, a: int, of: int) -> Recipient | None:
    """The person or body right before the action of a condition: 有创业意愿的|劳动者|参加创业培训."""
    inner = text.rfind("的", a, of)
    start = inner + 1 if inner >= 0 else a
    action = min((m for m in (ACTION.search(text, start, of), COMING.search(text, start, of)) if m), key=lambda m: m.start(), default=None) or DOER_VERB.search(text, start + 2, of)  # (毕业生|在本区创办)
    if action is None or not 2 <= action.start() - start <= SHORT_NOUN:
        return None
    noun = text[start : action.start()]
    return Recipient(noun, None, start, action.start()) if PERSON.search(noun) or noun.endswith(cues.words("recipient_head")) else None


def worker(text: str, a: int, of: int, heads: tuple[str, ...]) -> Recipient | None:
    """对|融资担保机构|开展的…业务: the body (ending in a head, or persons) that does the work named after 的."""
    work = WORK_OF.fullmatch(text, a, of)
    if work is None or not (work["who"].endswith(heads) or PERSON.search(work["who"])):
        return None
    return Recipient(work["who"], None, work.start("who"), work.end("who"))


def supported(text: str, a: int, b: int, heads: tuple[str, ...], *, clause: bool = False) -> Recipient | None:
    """The body a phrase opening with a verb of support names before what it does (支持|企业|开展…); with `clause`
    (the money a clause later), also before where it goes or what it founds (鼓励|人才|向企业流动)."""
    led = (ENCOURAGED if clause else SUPPORTED).match(text, a, b)
    if led is None or not (led["who"].endswith(heads) or clause and PERSON.search(led["who"])):
        return None
    return Recipient(led["who"], None, led.start("who"), led.end("who"))


def investor(text: str, a: int, of: int, heads: tuple[str, ...]) -> Recipient | None:
    """对|创业投资机构|投资|本市种子期、初创期科技企业|的: the body right before a verb of acting on others (not the verb
    inside its own name: 创业|投资|机构 goes on with a head), with a body or more named after the verb."""
    for verb in cues.pattern("acts_on_verb").finditer(text, a + 2, of):
        noun = text[a : verb.start()]
        inside_name = any(text[verb.start() : verb.end() + k].endswith(heads) for k in (1, 2))  # 孵化|器, 投资|机构
        if len(noun) <= MAX_BODY and "、" not in noun and not inside_name and noun.endswith(heads) and text[verb.end() : of].endswith(heads):
            return Recipient(noun, None, a, verb.start())
    return None


def condition(text: str) -> str | None:
    """The condition a phrase names, without its marks (对|新认定的 → 新认定)."""
    text = text.strip(" ,、的等")
    item = ITEM_MARK.match(text)  # 一是|对…, 1)|对…: an item's marker
    text = re.sub(r"^(?:对于|对|在对|其中)", "", text[item.end() :] if item else text)  # (其中|在科创板上市的: a subgroup's condition)
    return text or None


# those picked, counted, before a sum for each (每年遴选10家左右标杆企业,每家给予200万元): whom, after the count;
# or named first, counted after (每年遴选支持|青年科技人才|100名左右,给予每人50万元): whom, before the count
PICK = r"\s*(?:每年|每年度|每批|每届)?(?:择优)?(?:遴选|评选|选择|选拔|评定|确定|支持|培育|扶持|资助|引进|组织实施)(?:出|一批)?"  # (组织实施重大科技专项20项左右)
COUNT = r"\d+(?:家|个|名|项|支)(?:左右|以上)?"
COUNTED_PICK = re.compile(rf"{PICK}(?={COUNT}[\u4e00-\u9fff]{{2}})")
COUNT_CLAUSE = re.compile(rf"\s*(?:每次|每届|每批)?(?:不超过|最多)?{COUNT}\s*(?:,\s*(?:每人|每名))?\s*$")  # ,每次不超过10名,(每人): a count alone
COUNT_NEXT = re.compile(rf"{COUNT}\s*[,;]|”\s*,\s*(?:每次|每届|每批)?(?:不超过|最多)?{COUNT}\s*[,;]")  # the name picked, then its count (“…人才”,每次不超过10名,)
PICKED_COUNTED = re.compile(rf"{PICK}(?:支持|培育|资助)?(?P<who>[\u4e00-\u9fff]{{2,12}}?){COUNT}\s*$")
# a title picked, then how many each round (每两年评选一次“厦门杰出人才”,每次不超过10名,每人给予…): the title's holders
PICKED_TITLE = re.compile(rf"\s*(?:每年|每两年|每三年|每届)?(?:遴选|评选|评定|选拔)(?:一次)?“(?P<who>[\u4e00-\u9fff]{{2,12}})”\s*,\s*(?:每次|每届|每批)?(?:不超过|最多)?{COUNT}\s*,?\s*(?:每人|每名)?\s*$")


def counted_pick(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause's recipient starts and ends: at the count of those picked (遴选|10家左右标杆企业), or the
    name before it (遴选|青年科技人才|100名左右), else the whole clause."""
    title = PICKED_TITLE.search(text, text.rfind("。", 0, start) + 1, end) if COUNT_CLAUSE.match(text, start, end) else None
    if title:
        return title.start("who"), title.end("who")
    pick = COUNTED_PICK.match(text, start, end)
    named = PICKED_COUNTED.match(text, start, end) if pick is None else None
    return (named.start("who"), named.end("who")) if named else (pick.end() if pick else start, end)
