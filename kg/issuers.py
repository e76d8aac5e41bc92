"""Issuers: the one body a document's header names as its issuer, for kg.segment (meta19).

The annotators record one body: the first of a joint notice's (宁波市科学技术局|宁波市财政局, gold-synth6's convention, the
second in their note), the masthead's name in full over the notice's short form (湖北省科学技术厅文件 over 省科技厅关于印发),
a zone committee in full (南昌高新区管委会 → 南昌高新技术产业开发区管理委员会), a Taiwan city's or county's government behind
a letter it numbers with 府 (新北府经商字第…号 → 新北市政府), and a Taiwan law database's ministry (法规类别: 行政 > 经济部 > …)
or, for a law, 总统; and the date under a signature whose 年月日 a page lost (2024227). Also the jurisdiction of a body of the state (国务院办公厅, 科学技术部 → 中国). Normalised text has no
space between two Chinese names, so a joint list is one run of characters; it is cut where a body ends and a place or a
known body begins.
"""

from __future__ import annotations

import re

from kg import cues
from kg.extract import governed
from kg.extract.numbers import parse_number
from kg.vocab import Vocab

AGENCY_END = cues.lazy(lambda: rf"(?:{cues.alternation('agency_suffix')}|部|办)$")
# A 公文's masthead (红头) above the title: the issuing bodies, then 文件 or 函 (北京市人民政府办公厅文件, 科技部　财政部文件, 行政院函).
MASTHEAD = cues.lazy(lambda: rf"^(?P<by>[\u4e00-\u9fff、 \t]{{2,60}}?(?:{cues.alternation('agency_suffix')}|部|办|院))[ \t]*(?:文件|函)$")
ALIAS = re.compile(r"\((?P<alias>[^()]{2,30})\)")  # 合肥市市场监督管理局(合肥市知识产权局): the same body's second name
# A letter a Taiwan city's or county's government numbers (新北府经商字第…号, 府建产字第…号, 府授经商字第…号)
GOVERNMENT_LETTER = re.compile(r"^[\u4e00-\u9fff]{0,3}府[\u4e00-\u9fff]{0,4}字第")
LAW_CLASS = re.compile(r"^法规类别\s*:\s*(?P<path>.+)$")  # a Taiwan law database's header: 法规类别:行政 > 经济部 > 工业目
# A date under a signature in Chinese numerals (二〇二五年三月十八日, 二○二五年…: a circle for the zero), as printed notices date
NUMERAL_DATE = re.compile(r"^\(?(?P<y>[〇○零一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,2})月(?P<d>[一二三四五六七八九十]{1,3})日\)?$")
TITLED_REST = 6  # characters a title keeps after the body it opens with: 经济部产业发展署|产业创新研发补助作业要点
RELATIVE = ("省", "市", "区", "县")  # a body named by its level (省科技厅): the document's place's
LAW_KINDS = ("条例", "法", "通则")  # Taiwan's laws, which 总统 promulgates; the rest are a ministry's orders


def one(issuer: str | None, vocab: Vocab) -> str | None:
    """The first body of a joint issuer (宁波市科学技术局|宁波市财政局), without a second name in brackets, a zone
    committee in full."""
    if not issuer:
        return issuer
    name = ALIAS.sub(lambda m: "" if AGENCY_END.search(m["alias"]) else m[0], issuer)
    first = name.split("、", 1)[0]  # 中共某市委组织部、某市科学技术局、某市财政局: a list the notice's head writes out
    name = first if AGENCY_END.search(first) else name
    for cut in range(2, len(name) - 1):
        if AGENCY_END.search(name[:cut]) and _opens_body(name[cut:], vocab):
            name = name[:cut]
            break
    return governed.zone_committee_named(name, vocab) or name


def _opens_body(rest: str, vocab: Vocab) -> bool:
    """Whether rest is a second body of a joint list: a body's name that opens with a place, a known body or 中共."""
    if not AGENCY_END.search(rest):
        return False
    if rest.startswith("中共") or (rest.startswith(RELATIVE) and not rest.startswith("市场")):  # …|省财政厅, 中共…市委|市政府
        return True
    start, _, concept = next(iter(vocab.find(rest)), (-1, 0, None))
    return start == 0 and concept is not None and concept.type in ("Region", "Agency")


def masthead(lines: list[str]) -> str | None:
    """The bodies a masthead (红头) at the top names: on the 文件 line (科技部 财政部文件) or on lines of their own above a
    文件 standing alone (无锡市工业和信息化局 / 无锡市财政局 / 文件)."""
    found = next((m for m in map(MASTHEAD.match, lines[:3]) if m), None)
    if found:
        return re.sub(r"[ \t]+", " ", found["by"]).strip()
    end = next((i for i, line in enumerate(lines[:4]) if line in ("文件", "函")), 0)
    return lines[0] if end and all(AGENCY_END.search(line) for line in lines[:end]) else None


def signer(lines: list[str], date_at: int) -> str | None:
    """The first of the bodies signed on the lines right above the date (工业和信息化部 / 国家发展改革委 / 2024年1月10日)."""
    top = date_at
    while top > 0 and AGENCY_END.search(lines[top - 1]):
        top -= 1
    return lines[top] if top < date_at else None


def lost_date(lines: list[str]) -> str | None:
    """The date under a signature whose 年月日 a page lost (北京市通州区科技领导小组办公室 / 2024227 → 2024-02-27), when its
    digits read as one date only (2024112 could be 1月12日 or 11月2日: none)."""
    for at, line in enumerate(lines[1:], 1):
        if re.fullmatch(r"20\d{5,6}", line) and AGENCY_END.search(lines[at - 1]):
            year, rest = line[:4], line[4:]
            read = [(rest[:k], rest[k:]) for k in (1, 2) if 1 <= int(rest[:k]) <= 12 and rest[k] != "0" and 1 <= int(rest[k:]) <= 31]
            return f"{year}-{int(read[0][0]):02d}-{int(read[0][1]):02d}" if len(read) == 1 else None
    return None


def taiwan_government(number: str | None, title: str | None, vocab: Vocab) -> str | None:
    """新北市政府 of a rule its letter 新北府经商字第…号 issued: the city or county of Taiwan its title opens with."""
    if not number or not GOVERNMENT_LETTER.match(number):
        return None
    start, _, place = next(iter(vocab.find(title or "")), (-1, 0, None))
    taiwan = vocab.by_surface.get("台湾")
    if start != 0 or place is None or place.type != "Region" or taiwan is None or taiwan.iri not in vocab.ancestors(place):
        return None
    return place.label + "政府"


def law_database(lines: list[str], doc_type: str | None) -> str | None:
    """A Taiwan law database's issuer: 总统 for a law, else the ministry its 法规类别 names (行政 > 经济部 > 中小企业目)."""
    found = next((m for m in map(LAW_CLASS.match, lines) if m), None)
    if found is None:
        return None
    if doc_type in LAW_KINDS:
        return "总统"
    parts = [part.strip() for part in re.split(r"[>＞]", found["path"])]
    return parts[1] if len(parts) > 1 and AGENCY_END.search(parts[1]) else None


def national(issuer: str | None, vocab: Vocab) -> bool:
    """A body of the state (国务院办公厅, 工业和信息化部): its document's jurisdiction is the country. Bodies whose names open
    with the state's (cue list national_body_lead), or ministries the vocabulary knows with no place in their names."""
    if not issuer:
        return False
    if issuer.startswith(cues.words("national_body_lead")):
        return True
    known = vocab.by_surface.get(issuer)
    return known is not None and known.type == "Agency" and issuer.endswith("部") and not any(
        c.type == "Region" for _, _, c in vocab.find(issuer)
    )



def numeral_date(lines: list[str]) -> str | None:
    """The first date line written in Chinese numerals (二〇二五年三月十八日 → 2025-03-18), a printed notice's signature date.

    Example:
        >>> numeral_date(["延边朝鲜族自治州人民政府", "二〇二五年三月十八日"]), numeral_date(["二〇二五年十三月一日"])
        ('2025-03-18', None)
    """
    for found in map(NUMERAL_DATE.match, lines):
        if found:
            year, month, day = (parse_number(found[k].replace("○", "〇")) for k in ("y", "m", "d"))
            if year and month and day and 1 <= month <= 12 and 1 <= day <= 31:
                return f"{int(year)}-{int(month):02d}-{int(day):02d}"
    return None


def titled_body(title: str | None) -> str | None:
    """经济部产业发展署 of a Taiwan rule titled by the body that issues it (经济部产业发展署产业创新研发补助作业要点), when its
    letter (经授产字) names no body: the longest opening that ends a body's name, with a title's worth after it."""
    for cut in range(len(title or "") - TITLED_REST, 1, -1):
        head = (title or "")[:cut]
        if (AGENCY_END.search(head) or head.endswith(cues.words("titled_body_end"))) and not head.endswith("办"):  # 补助办|法
            return head
    return None
