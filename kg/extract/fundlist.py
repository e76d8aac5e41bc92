"""A fund's listed uses (…科学技术资金主要用于下列事项:|(一)基础研究…;|(三)…的科学技术研究开发机构的运行) → Funding: a line for
the first use and for each use that names a body or persons; the activities alone are ambiguous (fund18b, dev10's
convention); for kg.extract.funding, after the promises are read."""

from __future__ import annotations

import re

from kg import cues
from kg.model import Document, Funding

# 财政性科学技术资金应当按照…规定投入,主要用于下列事项: / …专项资金重点支持下列项目: / 专项资金对下列事项予以扶持:
LEAD = cues.lazy(
    lambda: rf"(?P<fund>{cues.alternation('fund')})(?:[^,。;:\n]{{0,30}},)?[^,。;:\n]{{0,12}}?"
    rf"(?:(?:主要|重点|专门|优先)?(?:用于|支持|扶持|资助)(?:支持|资助|扶持)?[^,。;:\n]{{0,16}}?下列(?:{cues.alternation('listed_use_kind')})(?:的投入)?"
    rf"|对下列(?:{cues.alternation('listed_use_kind')})(?:予以|给予)(?:扶持|支持|资助))\s*:"
)
ITEM = re.compile(r"\s*(?:\(\s*[一二三四五六七八九十\d]{1,3}\s*\)|[一二三四五六七八九十\d]{1,3}[.、])\s*(?P<use>[^;。\n]{2,80})[;。]?")
BODY = cues.lazy(lambda: rf"(?:{cues.alternation('recipient_head')}|{cues.alternation('listed_use_body')}|{cues.alternation('person_ending')})")
NOT_USES = cues.lazy(lambda: cues.alternation("listed_use_not"))
BODY_END = cues.lazy(lambda: rf"(?:{BODY.pattern})$")
PIECES = re.compile(r"[、,]|以及|和|及")  # (not 与: 职业学校与企业合作开展…, doers)
DEED_FIRST = cues.lazy(lambda: rf"(?:{cues.alternation('listed_use_deed')})")
MONEY_TAIL = cues.lazy(lambda: rf"(?:{cues.alternation('money_word')})$")
AFTER_BODY = 4  # 高层次人才团队|引进, 民营经济组织|创新发展: what is done with the body, at most so long


def listed_uses(doc: Document, facts: list[Funding]) -> list[Funding]:
    """facts, then a line per listed use of each fund the text lists uses of (not restated)."""
    seen = {(f.recipient, f.instrument) for f in facts}
    added: list[Funding] = []
    text = doc.text
    for lead in LEAD.finditer(text):
        clause = max(text.rfind(mark, 0, lead.start()) for mark in "。;:\n") + 1
        if NOT_USES.search(text, clause, lead.end()):
            continue  # 依托单位…履行下列职责, 提取的…收益主要用于下列人员的奖励: no uses paid by the document
        at, first = lead.end(), True
        while item := ITEM.match(text, at):
            for name in _recipients(item["use"].rstrip("等"), first):
                if (name, lead["fund"]) not in seen:
                    seen.add((name, lead["fund"]))
                    ev = doc.evidence(item.start("use"), item.end("use"))
                    added.append(Funding(doc.id, name, None, None, False, None, False, None, lead["fund"], ev))
            at, first = item.end(), False
    return facts + added


def _recipients(use: str, first: bool) -> list[str]:
    """The bodies a use names, one per item of its list (新型研发机构的建设和运行, 承担…的科研院所的运行, 专利转移平台、
    专利孵化器和产业化基地建设), else the first use whole (基础研究和前沿技术研究; 专利申请|资助: the money word off)."""
    names = [name for piece in PIECES.split(use) if (name := _body(piece))]
    return names or ([MONEY_TAIL.sub("", use)] if first else [])


def _body(piece: str) -> str | None:
    """The body a piece of a use names: before 的 and what is done with it (…科研院所|的运行), or before a short deed
    (博士后科研工作站|建设); not a deed's object (资助|知识产权工作, 开展|…), not a project or a plan."""
    if DEED_FIRST.match(piece):
        return None
    head = piece.rpartition("的")[0]
    if head and BODY_END.search(head):
        name = head.rpartition("的")[2]
    else:
        body = next((m for m in reversed([*BODY.finditer(piece)]) if len(piece) - m.end() <= AFTER_BODY), None)
        if body is None or "的" in piece[body.end() :]:
            return None
        name = piece[: body.end()].rpartition("的")[2]
    if len(name) < 3 or name.endswith(cues.words("listed_use_not_body")):
        return None  # (人才|培养: the bare kind names nobody; 品牌会展项目: a project, not who runs it)
    return name
