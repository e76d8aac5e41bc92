"""Levels: the level written with a name (国家级、省级重点实验室, 省科技型中小企业, 河北省院士工作站),
the items of a list written out, each with its level, and which amount goes with which level
(分别给予…); for kg.extract.recipients and kg.extract.funding."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from kg import cues
from kg.vocab import Concept, Vocab

if TYPE_CHECKING:
    from kg.extract.nouns import Recipient

LEVEL_RE = cues.lazy(lambda: rf"(?:{cues.alternation('level')})(?:及?以上)?")
NATIONAL = cues.lazy(lambda: cues.alternation("national_prefix"))
LEVEL_AT_END = cues.lazy(lambda: rf"(?:{LEVEL_RE.pattern})$")
PAYER_AFTER = cues.lazy(lambda: rf"(?:{cues.alternation('payer')})")  # 省级|财政: a level that names who pays
# a level or a rank that is no level (获得国家级、省部级科技奖: a line for each, the rank's with no level)
RANK_RE = cues.lazy(lambda: rf"(?:{cues.alternation('level')}|{cues.alternation('not_level')})(?:及?以上)?")
# 国家级、省级、金华市级: a later item may name its place before the level (金华市级 is 市级, 浙江省级 is 省级)
PLACE_LEVEL = r"(?<=[、和及或与])[\u4e00-\u9fff]{2,3}?(?=[省市区县]级)"
LEVEL_LIST = cues.lazy(lambda: rf"(?:(?:{PLACE_LEVEL})?(?:{cues.alternation('level')})(?:及?以上)?[、和及或与]?)+")
SHORT_LEVEL = {"国家": "国家级", "省": "省级", "市": "市级"}
# 省/市 opening a longer noun outside the vocabulary, not a word of its own (省内, 市场, 市政府 …) nor a rank
# that is no level (省部级领军人才: the name keeps it)
SHORT_LEVEL_LEAD = cues.lazy(lambda: rf"(?!{cues.alternation('not_level')})[省市](?![内外级域场属直辖委政民会长份区县市省财派])")
SHORT_LEVEL_NOUN = 6  # 省科技型中小企业: only before a vocabulary term
REGION_LEVEL = {"省": "省级", "市": "市级", "区": "区级", "县": "县级"}  # 河北省院士工作站
ITEM_SPLIT = re.compile(r"、|以及|和|及|与")
# (获得市级奖励的项目: one award's level, not the project's; 获得国家级、省级质量奖的企业: a level for each amount)
GRANTED_LEVELS = cues.lazy(
    lambda: rf"(?:{cues.alternation('granted_level_verb')})(?P<levels>{LEVEL_LIST.pattern})|(?P<last>{LEVEL_LIST.pattern})$"
    rf"|(?:{cues.alternation('granted_list_verb')})(?P<many>(?:{RANK_RE.pattern})[、和及或与](?:(?:{RANK_RE.pattern})[、和及或与]?)+)"
    rf"|(?:通过|经过?)(?P<passed>{LEVEL_LIST.pattern})[^,;。的]{{0,12}}?(?:认定|评定|备案|验收|评审)"  # 通过省级认定的工业设计中心, 通过国家级、省级X认定的企业
    # 入选|国家级|人才工程, 纳入|国家|中试…试点, 入选|省|“万人计划”: the one level of a programme entered (not 以上, no list)
    rf"|(?:{cues.alternation('entered_verb')})(?P<entered>(?:{cues.alternation('level')})(?![、和及或与以])|国家(?!级)|{SHORT_LEVEL_LEAD.pattern})"
)
AMONG = re.compile(r"\s*其中[,:]?")


def list_items(text: str, start: int, end: int) -> list[tuple[str, str | None, int, int]]:
    """The items of a list written out (A、B和C), each with a level written on it."""
    out: list[tuple[str, str | None, int, int]] = []
    a = start
    bounds = [(m.start(), m.end()) for m in ITEM_SPLIT.finditer(text, start, end) if not bracketed(text, start, m.start())]
    bounds = _activities_joined(text, start, bounds + [(end, end)])
    for sep_start, sep_end in bounds:
        if sep_start == a and sep_start != end:  # a gap opening with its separator (…实验室|、工程研究中心、|众创空间)
            a = sep_end
            continue
        if sep_start - a < 2 and sep_start != end:
            continue
        piece = text[a:sep_start].strip()
        level = LEVEL_RE.match(piece)
        short = SHORT_LEVEL_LEAD.match(piece) if not level and len(piece) >= SHORT_LEVEL_NOUN else None
        if level and level.end() < len(piece):
            out.append((piece[level.end() :], level_of(level.group()), a + level.end(), sep_start))
        elif short:  # 省重大高新技术产业化项目: 省 is its level, as 省级 would be
            out.append((piece[1:], SHORT_LEVEL[short.group()], a + 1, sep_start))
        elif piece:
            out.append((piece, None, a, sep_start))
        a = sep_end
    return out


def _activities_joined(text: str, start: int, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """科技研发与成果转化, 社会公益性技术研究与应用基础研究: two activities joined by 与 name one item, not two
    (孵化器与众创空间: bodies, two)."""
    ends = cues.words("activity_item_end")
    kept: list[tuple[int, int]] = []
    for k, (a, b) in enumerate(bounds[:-1]):
        before = kept[-1][1] if kept else start
        if text[a:b] == "与" and text[before:a].endswith(ends) and text[b : bounds[k + 1][0]].endswith(ends):
            continue
        kept.append((a, b))
    return kept + bounds[-1:]


def bracketed(text: str, start: int, pos: int) -> bool:
    """Whether pos is inside a parenthesis opened after start: 县(市、区)人民政府 is one item."""
    return text.rfind("(", start, pos) > text.rfind(")", start, pos)


def granted_levels(text: str, a: int, of: int, *, people: bool = False) -> list[str | None]:
    """The levels a condition grants, written after its verb or closing it: 晋级为|国家级|的, 获评|国家级、省级|绿色工厂的;
    for people, the one level of a programme they entered (入选国家级人才工程的|高层次人才; not 列入省重点项目的|产业项目)."""
    granted = GRANTED_LEVELS.search(text, a, of)
    if granted and granted["entered"] and not people:
        granted = None
    if granted and "以上" in granted.group():
        return []  # 入选市级以上人才计划: a threshold, any level
    if granted and granted["many"]:  # (国家级、省部级: the rank is no level)
        return [None if m.group() in cues.word_set("not_level") else level_of(m.group()) for m in RANK_RE.finditer(granted["many"])]
    if granted and granted["entered"]:
        return [SHORT_LEVEL.get(granted["entered"]) or level_of(granted["entered"])]
    return [level_of(m.group()) for m in LEVEL_RE.finditer(granted["levels"] or granted["last"] or granted["passed"])] if granted else []


def level_before(text: str, vocab: Vocab, start: int, end: int) -> str | None:
    """The level written right before a term: 市级科技创新园区, 省科技型中小企业, 河北省院士工作站."""
    before = text[start:end].removesuffix("“")  # 省级|“瞪羚企业”: the level before the quoted name
    level = LEVEL_AT_END.search(before)
    if level:
        return level_of(level.group())
    for region_start, region_end, concept in vocab.find(text, start, end):
        if region_end == end and concept.type == "Region":
            return REGION_LEVEL.get(concept.label[-1])
    for short, name in SHORT_LEVEL.items():
        if before.endswith(short) and not re.search(f"[全我本该各城]{short}$", before):
            return name
    return None


SHORT_MODIFIER = re.compile(r"[\u4e00-\u9fff]{1,3}")


def short_led(piece: str) -> tuple[str, str] | None:
    """省重点 right before a term (省重点|企业研究院): the modifier, with the short level as its level; None if not so."""
    short = SHORT_LEVEL_LEAD.match(piece)
    rest = piece[1:] if short else ""
    return (rest, SHORT_LEVEL[short.group()]) if short and SHORT_MODIFIER.fullmatch(rest) else None


def level_of(word: str) -> str:
    level = re.sub(r"及?以上$", "", word)
    return "省级" if level in cues.word_set("province_level") else level  # 自治区级 is 省级


def surface(text: str, vocab: Vocab, start: int, end: int, concept: Concept) -> tuple[str, str | None]:
    """The name as written (a vocabulary surface) and a level written inside it (省博士后创新实践基地)."""
    surface, level = text[start:end], None
    written = LEVEL_RE.match(surface)
    if written and vocab.by_label(surface[written.end() :]) is concept:
        surface, level = surface[written.end() :], level_of(written.group())
    for short, name in SHORT_LEVEL.items():
        if surface.startswith(short) and vocab.by_label(surface[len(short) :]) is concept:
            surface, level = surface[len(short) :], name
    parenthesis = re.match(r"\(([^()]{1,6})\)", text[end:])
    if parenthesis and vocab.by_label(parenthesis.group(1)) is concept:
        parenthesis = None  # 企业研发中心(企业技术中心): the kind's other name in brackets, no part of the name
    return surface + (parenthesis.group() if parenthesis else ""), level


def level_first(r: Recipient) -> Recipient:
    """省级再担保机构 outside the vocabulary: the level written first is the recipient's level; 全国重点实验室
    (a national designation): 重点实验室 at the national level."""
    national = NATIONAL.match(r.name) if r.level is None else None
    if national and len(r.name) - national.end() >= 3:
        return replace(r, name=r.name[national.end() :], level="国家级")
    level = LEVEL_RE.match(r.name) if r.level is None else None
    if level is None or "级" not in level.group() or len(r.name) - level.end() < 2:
        return r
    return replace(r, name=r.name[level.end() :], level=level_of(level.group()))


def clause_levels(text: str, start: int, spans: list[tuple[Decimal, int, int]], first: str | None) -> list[str] | None:
    """The level opening the clause of each amount after the first (,省级给予30万元), or None; the
    recipient's own level, else the level opening the first amount's clause (,国家级的给予…,省级的给予…);
    the clauses are looked for from start (the promise's terms)."""
    levels = [first]
    for k, (_, amount_start, _) in enumerate(spans):
        clause = max(text.rfind(mark, start, amount_start) for mark in ",;")
        among = AMONG.match(text, clause + 1, amount_start) if clause >= 0 else None  # ,其中国家级奖励50万元
        level = LEVEL_RE.match(text, among.end() if among else clause + 1, amount_start) if clause >= 0 else None
        level = None if level and PAYER_AFTER.match(text, level.end()) else level  # ,省级财政给予100万元: who pays, not the level (fund18c)
        if k == 0:
            levels = [level_of(level.group())] if level else levels  # the first amount's own level, if written
            continue
        if level is None:
            return None
        levels.append(level_of(level.group()))
    known = [level for level in levels if level is not None]
    return known if len(known) == len(levels) == len(set(known)) else None


def amounts_levels(text: str, start: int, spans: list[tuple[Decimal, int, int]], levels: list[str | None]) -> list[str] | None:
    """The level of each amount, when the amounts say it (,省级给予30万元 / 国家级100万元、省级50万元) and the
    recipients name one level or none; else None."""
    one = len(levels) == 1
    by_clause = clause_levels(text, start, spans, levels[0]) if (len(spans) > 1 or levels == [None]) and one and spans else None
    return by_clause or (amount_levels(text, spans) if levels == [None] else None)


def amount_levels(text: str, spans: list[tuple[Decimal, int, int]]) -> list[str] | None:
    """按照国家级100万元、省级50万元的标准: the level written right before each amount, or None."""
    written = [LEVEL_AT_END.search(text, max(0, start - 6), start) for _, start, _ in spans]
    levels = [level_of(m.group()) for m in written if m]
    return levels if len(spans) > 1 and len(levels) == len(spans) == len(set(levels)) else None


def amount_for(money: list[Decimal], levels: list[str | None], names: list[str], r: Recipient) -> Decimal | None:
    """分别给予1000万元、100万元、10万元: one amount per level (or per recipient) in order."""
    if not money:
        return None
    if len(money) > 1 and len(money) == len(levels):
        return money[levels.index(r.level)]
    if len(money) > 1 and len(money) == len(names):
        return money[names.index(r.name)]
    return money[0]
