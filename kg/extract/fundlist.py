"""A fund's listed uses (…科学技术资金主要用于下列事项:|(一)基础研究…;|(三)…的科学技术研究开发机构的运行) → Funding: a line for
the first use and for each use that names a body or persons; the activities alone are ambiguous (fund18b, dev10's
convention); for kg.extract.funding, after the promises are read."""

from __future__ import annotations

import re

from kg import cues
from kg.extract.levels import list_items
from kg.model import Document, Funding, Span

# 财政性科学技术资金应当按照…规定投入,主要用于下列事项: / …专项资金重点支持下列项目: / 专项资金对下列事项予以扶持:
LEAD = cues.lazy(
    lambda: rf"(?P<fund>{cues.alternation('fund')})(?:[^,。;:\n]{{0,30}},)?[^,。;:\n]{{0,12}}?"
    rf"(?:(?:主要|重点|专门|优先)?(?:用于|支持|扶持|资助)(?:支持|资助|扶持)?[^,。;:\n]{{0,16}}?(?:下列|以下)(?:{cues.alternation('listed_use_kind')})(?:的投入)?"
    rf"|对(?:下列|以下)(?:{cues.alternation('listed_use_kind')})(?:予以|给予)(?:扶持|支持|资助))\s*:"
)
ITEM = re.compile(r"\s*(?:\(\s*[一二三四五六七八九十\d]{1,3}\s*\)|[一二三四五六七八九十\d]{1,3}[.、])\s*(?P<use>[^;。\n]{2,80})[;。]?")
BODY = cues.lazy(lambda: rf"(?:{cues.alternation('recipient_head')}|{cues.alternation('listed_use_body')}|{cues.alternation('person_ending')})")
# 企业应当设立研究开发专项资金, 职业学校应当安排专项经费: a unit's own money for its own ends, not the document's promise
OWN_FUND = cues.lazy(lambda: rf"\s*(?:第[一二三四五六七八九十百零\d]+条\s*)?[\u4e00-\u9fff]{{0,10}}?(?:{cues.alternation('recipient_head')})(?:应当|可以|要|须)?(?:设立|安排|建立|设置|提取)")
NOT_USES = cues.lazy(lambda: cues.alternation("listed_use_not"))
BODY_END = cues.lazy(lambda: rf"(?:{BODY.pattern})$")
PIECES = re.compile(r"[、,]|以及|和|及")  # (not 与: 职业学校与企业合作开展…, doers)
DEED_FIRST = cues.lazy(lambda: rf"(?:{cues.alternation('listed_use_deed')})")
MONEY_TAIL = cues.lazy(lambda: rf"(?:{cues.alternation('money_word')})$")


def listed_uses(doc: Document, facts: list[Funding]) -> list[Funding]:
    """facts, then a line per listed use of each fund the text lists uses of (not restated)."""
    seen = {(f.recipient, f.instrument) for f in facts}
    added: list[Funding] = []
    text = doc.text
    for lead in LEAD.finditer(text):
        clause = max(text.rfind(mark, 0, lead.start()) for mark in "。;:\n") + 1
        if NOT_USES.search(text, clause, lead.end()) or OWN_FUND.match(text, clause, lead.start()):
            continue  # 依托单位…履行下列职责, 提取的…收益主要用于下列人员的奖励; 企业应当设立…专项资金: no uses the document pays
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
    (博士后科研工作站|建设: a deed of cue list listed_use_deed_tail, not 中小企业|服务体系); not a deed's object (资助|知识产权工作, 开展|…), not a project or a plan."""
    if DEED_FIRST.match(piece):
        return None
    head = piece.rpartition("的")[0]
    if head and BODY_END.search(head):
        name = head.rpartition("的")[2]
    else:
        body = next((m for m in reversed([*BODY.finditer(piece)]) if piece[m.end() :] in ("", *cues.words("listed_use_deed_tail"))), None)
        if body is None:
            return None
        name = piece[: body.end()].rpartition("的")[2]
    if len(name) < 3 or name.endswith(cues.words("listed_use_not_body")):
        return None  # (人才|培养: the bare kind names nobody; 品牌会展项目: a project, not who runs it)
    return name


LIST_GOES_ON = re.compile(r"[^,。;:]{0,60}?等(?=[,。;]|$)")  # …、重大科技成果转化以及科技创新平台建设、科学技术人才和创新团队培养等


def list_end(text: str, cut: int) -> int | None:
    """Where a fund's list of purposes cut at `cut` (promises.MAX_PURPOSE) ends, when it goes on to its 等 in the same
    clause (…以及科技创新平台建设、科学技术人才和创新团队培养等); None else (for kg.extract.promises.fund_for)."""
    more = LIST_GOES_ON.match(text, cut)
    return more.end() if more and "、" in more.group() else None


def bodies_built(text: str, start: int, end: int) -> tuple[Span, ...]:
    """The first item of a fund's list of purposes and the bodies it names, each without the deed done with it (科技创新平台|
    建设、科学技术人才和创新团队|培养), when some item is so written and no item has a 的; () else (for kg.extract.promises.fund_for)."""
    pieces = list_items(text, start, end - (text[end - 1] == "等"))
    if len(pieces) < 2 or "的" in text[start:end]:
        return ()
    bodies = [(_body(name), a, b) for name, _, a, b in pieces]
    if not any(body and b - a > len(body) for body, a, b in bodies):
        return ()
    first = [Span(a, a + len(body)) if body else Span(a, b) for body, a, b in bodies[:1]]  # the first use, whatever it names
    return tuple(first + [Span(a, a + len(body)) for body, a, _ in bodies[1:] if body])  # then the bodies: deeds alone are ambiguous (dev10)
