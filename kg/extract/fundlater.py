"""A public fund drawn on, then whom it supports in a later clause of the sentence (市自然科学基金应当按照…原则确定资助项目,|支持|基础研究…;
…加强对各类专项资金的统筹,|支持|中小企业发展; 发挥失业保险基金作用,|支持|职工…) → Offer, for kg.extract.funding (fund18b).

The fund must be the government's: the subject of its clause, or the object of a government's act on it (统筹, 用好, 发挥…作用,
设立); never others' money (鼓励社会资本设立…基金, 吸引…基金落地) or a unit's own (企业可以设立…基金)."""

from __future__ import annotations

import re

from kg import cues
from kg.extract.fundlist import OWN_FUND, bodies_built
from kg.extract.nouns import ACTION
from kg.extract.pledged import _owners, _trimmed
from kg.extract.promises import OTHERS_SET_UP, Offer
from kg.model import Span

# …基金|(应当按照…原则确定资助项目)|,重点|支持|X: the first clause opening with the verb of support after the fund's
LATER = cues.lazy(
    lambda: rf"(?P<fund>{cues.alternation('fund')})(?P<between>[^。;]{{0,60}}?),\s*(?:并|同时)?(?:重点|优先|主要|积极)?"
    r"(?P<money>支持|资助|扶持)(?!力度|方式|政策)(?P<who>[^,。;:]{2,40}?)(?=[,。;]|$)"
)
# the government's act on the fund, in the fund's own clause before it (统筹|用好|发挥|运用|设立 …, …的统筹)
GOVERNMENT_ACT = cues.lazy(lambda: rf"(?:{cues.alternation('fund_later_act')})")
# 引导和带动社会资金…, 鼓励金融机构…: others' money led on (not 按照宏观引导、…的原则: a principle)
OTHERS_LED = cues.lazy(lambda: rf"(?:{cues.alternation('guide_verb')})(?:和|、)?(?:{cues.alternation('guide_verb')})?(?:社会|民间|金融|各类|企业|其他|投资)")
LATER_ACT = cues.lazy(lambda: cues.alternation("fund_later_deed"))  # 支持职工|提升职业技能
SUBJECT_NEXT = cues.lazy(lambda: rf"(?:{cues.alternation('fund_subject_modal')})")  # 基金|应当…: the fund the subject


def later(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """X基金…,支持Y: Y, with the fund as instrument, when the fund is the government's and no one else's money is led on."""
    found = LATER.search(text, start, end)
    if found is None or not _governments(text, start, found):
        return None
    if OTHERS_SET_UP.search(text, start, found.end("fund")) or OTHERS_LED.search(text, start, found.start("who")) or OWN_FUND.match(text, start, found.start("fund")):
        return None  # 鼓励社会资本设立…基金, 引导社会资金…, 企业可以设立…基金: not the document's money
    a, b = _owners(text, found.start("who"), found.end("who"))
    act = ACTION.search(text, a + 2, b) or LATER_ACT.search(text, a + 2, b)  # 支持|职工|提升职业技能: whom, before their act
    b = act.start() if act else b
    who = _trimmed(text, a, b)
    if who.end - who.start < 2:
        return None
    items = bodies_built(text, who.start, who.end)  # 基础研究和青年科技人才|培养: the bodies without their deeds
    return Offer(who, Span(found.start("fund"), found.end()), found["fund"], found.start("fund"), found.end(), paragraph, nouns=True, items=items)


def _governments(text: str, start: int, found: re.Match[str]) -> bool:
    """A government's act on the fund before it in its clause (统筹|…, 发挥…|作用, 用好…) or right after it (…的统筹), or the
    fund its subject (市自然科学基金|应当按照…); not a means (通过资金整合,支持企业发展)."""
    clause = max(start, max(text.rfind(mark, start, found.start("fund")) for mark in ",;。") + 1)
    after = found["between"].split(",")[0]
    return bool(GOVERNMENT_ACT.search(text, clause, found.start("fund")) or after.startswith(("的统筹", "作用")) or SUBJECT_NEXT.match(found["between"]))
