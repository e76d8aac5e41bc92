"""Step 3: header metadata (title, 文号, issuer, date, period) and sentences, the unit of provenance."""

from __future__ import annotations

import re
from dataclasses import replace

from kg import cues, doctypes, issuers, pagefields
from kg.issuers import AGENCY_END, MASTHEAD
from kg.taiwanheader import MINGUO_DATE
from kg.taiwanheader import minguo_date as _minguo_date, taiwan as _taiwan, taiwan_date as _taiwan_date, taiwan_letter as _taiwan_letter
from kg.model import Document, DocumentMeta, Span
from kg.normalize import simplified
from kg.validity import Period, stated_period, title_years
from kg.vocab import Concept, Vocab

SENTENCE_END = re.compile(r"[。!?;\n]+|\.(?!\d)")
# An item's marker (1. 一、 (1) ① 第一,): never a sentence alone; the stop after it (1.|支持…, 5.⏎对…) is no end
ITEM_MARKER = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、)]|[(]\s*[\d一二三四五六七八九十]{1,3}\s*[)][.、]?|[\u2460-\u2473]|第[一二三四五六七八九十]{1,3}[,、:]?")
ITEM_AFTER_COLON = re.compile(r"[:]\s*\d{1,2}$")  # 要求如下:1.…: the point numbers the item that follows
DOC_TYPES = cues.lazy(lambda: cues.alternation("doc_type"))
TITLE = cues.lazy(
    lambda: rf"^(?!为|根据|按照|以|在|对|依)(?P<title>[^,。;:]{{0,80}}?(?P<type>{cues.alternation('doc_type')})(?:\((?:{cues.alternation('doc_type_trial')})\))?"
    rf"(?:\(?(?P<start>\d{{4}})\s*年?\s*(?:-|—{{1,2}}|–|~|至)\s*(?P<end>\d{{4}})\s*年?\)?)?)(?=\s*$|\s*(?:为|根据|按照))"  # 规划2025-2030年 too
)
NOTICE = re.compile(r"^(?P<title>.+(?P<type>通知))(?P<start>)(?P<end>)$")
# 关于印发某市…行动计划(2025—2027年)的通知 as the title, the plan's own title line missing: its period still the plan's
NOTICE_PERIOD = re.compile(r"印发[^《》]{4,80}?\((?P<start>\d{4})\s*年?\s*(?:-|—{1,2}|–|~|至)\s*(?P<end>\d{4})\s*年?\)的通知$")
TITLE_CHARS = 60  # of the first line, when a document has no title line
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}[ \t]*[〔\[【(][ \t]*\d{4}[ \t]*[〕\]】)][ \t]*第?[ \t]*\d{1,4}[ \t]*号")  # a PDF's 〔 2025 〕6 号
# A promulgation notice or decree: 浙江省第十二届人民代表大会常务委员会公告第30号, 国务院令第706号.
# A 公告 numbered within its year (科学技术部 财政部公告⏎2025年第3号): the second of two bodies after a space too.
DECREE = re.compile(
    r"(?P<body>(?:[\u4e00-\u9fff]{2,20}?(?:部|局|厅|署|院|委员会)[ \t]+)?[\u4e00-\u9fff]{2,30}?(?:公告|令))\s*\(?\s*(?:(?P<y>\d{4})\s*年\s*)?第\s*(?P<n>\d+)\s*号"
)
DATE_LINE = re.compile(r"^\(?(\d{4})(?:年(\d{1,2})月(\d{1,2})日|\.(\d{1,2})\.(\d{1,2}))\)?$")  # (2025年2月14日) under a 文号 too; 2025.5.8
# A step in a regulation's history: 2015年9月25日 浙江省第十二届人民代表大会常务委员会第二十三次会议通过
HISTORY = re.compile(
    r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*(?P<by>[^,;。()]{0,100}?)"
    r"(?P<act>通过|批准|修正|修订|公布|发布|施行)"
)
CONGRESS = re.compile(r"^(?P<place>[\u4e00-\u9fff]*?)第?[一二三四五六七八九十]+届(?P<body>全国)?(?:人民代表大会常务委员会|人大常委会|人民代表大会(?=第))")
FIELD = re.compile(r"^【(?P<key>[^】]+)】\s*:?\s*(?P<value>.+)$")
FABAO_KEYS = {"发文字号": "文号", "发布部门": "颁布部门", "发布日期": "颁布时间"}  # 法宝's newer export, as its older one names them
# Page and export debris before a title: 【法宝引证码】, 原文链接, 法规类别, 日期:/来源: lines.
DEBRIS = re.compile(r"^(?:【(?!法规标题|标题)[^】]{2,8}】|原文链接|https?:|法规类别|最新异动日期|沿革|日期\s*:|来源\s*:|发布时间|索引号|[\u200b\ufeff\s]*$)")
# The marker that opens a document enclosed after a notice (附件1, 附件 alone): its title is the attachment's, not the notice's
ENCLOSED = re.compile(r"^附\s*件\s*\d{0,2}\s*:?$")
TITLE_LABEL = re.compile(r"^(?:(?:法规名称|名称|标题)\s*:|【(?:法规)?标题】\s*:?)\s*")  # a law database's copied header: 法規名稱:…要點
TITLE_HEAD = cues.lazy(lambda: rf"^[^\s]{{4,40}}(?:{cues.alternation('title_head')})$")
BODY_START = re.compile(r"^(?:第[一二三四五六七八九十]+[章条]|[一二三四五六七八九十]+、)")
HEADER_LINES = 40
PAGE_TITLE_SUFFIX = re.compile(r"\s*(?:[_|]|--|——| - )\s*")  # 标题_政策文件_某市人民政府


def segment(doc: Document, vocab: Vocab) -> Document:
    stated = {key: simplified(value) if doc.traditional else value for key, value in doc.source.fields}
    meta = metadata(doc.text, vocab, stated)  # a Taiwan page's table (發文機關: 經濟部) in the text's characters
    at = doc.text.find(meta.title) if doc.traditional and meta.title else -1
    if at >= 0 and meta.title:  # a title keeps its own words: 生技 stays, only the characters become Simplified
        own = simplified(doc.evidence(at, at + len(meta.title)).quote)
        opens = meta.issuer and meta.title.startswith(meta.issuer) and len(own) == len(meta.title)  # so does the body it opens with
        meta = replace(meta, title=own, issuer=own[: len(meta.issuer)] if opens and meta.issuer else meta.issuer)
    warnings = doc.warnings
    if meta.title is None:
        title, source = fallback_title(doc)
        warnings += (f"no title line (a heading ending in a document type such as 实施方案 or 条例); titled by its {source}: {title}",)
    elif meta.doc_type is None:  # titled by a heading line that names no kind of document
        warnings += (f"no title line (a heading ending in a document type such as 实施方案 or 条例); titled by its first heading: {meta.title}",)
    return replace(doc, sentences=sentences(doc.text), meta=meta, warnings=warnings)


def fallback_title(doc: Document) -> tuple[str, str]:
    """A title for a document whose header has none (an English text, an unusual kind): its first
    non-empty line, cut to TITLE_CHARS, else its file name; with where it came from.

    Example:
        >>> fallback_title(Document("d", "d.txt", "", "\\n  Measures on Science  \\n正文", (), ()))
        ('Measures on Science', 'first line')
    """
    line = next((line.strip(" \t《》") for line in doc.text.splitlines() if line.strip(" \t《》")), "")
    if line:
        return (line if len(line) <= TITLE_CHARS else line[: TITLE_CHARS - 1] + "…"), "first line"
    return doc.name.rsplit(".", 1)[0] or doc.id, "file name"


def sentences(text: str) -> tuple[Span, ...]:
    spans, start = [], 0
    for stop in SENTENCE_END.finditer(text):
        if _opens_item(text, start, stop):
            continue
        if text[start : stop.start()].strip():
            spans.append(_trimmed(text, start, stop.end()))
        start = stop.end()
    if text[start:].strip():
        spans.append(_trimmed(text, start, len(text)))
    return tuple(spans)


def _opens_item(text: str, start: int, stop: re.Match[str]) -> bool:
    """Whether the stop ends an item's marker, not a sentence: all since the last end is a marker (1., (1)⏎, 一、⏎),
    or a point after a colon's number (如下:1.…); the marker then stays with its item's words."""
    if ITEM_MARKER.fullmatch(text[start : stop.end()].strip()):
        return True
    return stop.group() == "." and bool(ITEM_AFTER_COLON.search(text, max(start, stop.start() - 6), stop.start()))


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _last_deadline(text: str) -> int | None:
    """The latest deadline year the text writes (a plan runs to it); read only when nothing states the period."""
    return max((y for m in cues.DEADLINE.finditer(text) if (y := cues.deadline_year(m)) is not None), default=None)


def metadata(text: str, vocab: Vocab, stated: dict[str, str] | None = None) -> DocumentMeta:
    """The header of the text; what the source states outside it (an HTML page's table of
    发文字号, 发文机关, 成文日期; its <title>) comes first, the title from the text first."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:HEADER_LINES]
    stated = {**pagefields.page_fields(lines), **(stated or {})}  # a page's table copied as text lines, if any
    fields = {FABAO_KEYS.get(m["key"], m["key"]): m["value"].strip() for m in map(FIELD.match, lines) if m}
    title_match, title = _title(lines)
    fallback = stated.get("标题") or PAGE_TITLE_SUFFIX.split(stated.get("网页标题", ""))[0].strip()
    # the source's own title (a page's 标题 or <title>) beats a guess from the first short line (各县…人民政府:, when a
    # site shows the title only in its metadata table); a title the text types out beats both
    if fallback and (title is None or (title_match is None and title == _fallback_title(lines))):
        title_match, found = _title([fallback])
        title = found or fallback
    header = _header(lines)
    history = _history(header)
    number = stated.get("发文字号") or fields.get("文号") or _first(DOC_NUMBER, "\n".join(lines)) or _decree(header)
    read = title_match.groupdict() if title_match else None
    doc_type = doctypes.kind(read["type"]) if read else None
    congress = _congress(history, title, vocab)
    issuer = issuers.one(  # the masthead names in full (湖北省科学技术厅文件) what the notice may shorten (省科技厅关于印发)
        stated.get("发文机关") or fields.get("颁布部门") or issuers.masthead(lines) or _issuer(lines, title, vocab) or congress
        or _taiwan(header, "body") or _decree_body(number) or issuers.taiwan_government(number or _taiwan_letter(header), title, vocab)
        or issuers.law_database(lines, doc_type) or (issuers.titled_body(title) if _taiwanese(header) else None),
        vocab,
    )
    issued = (
        _iso(stated.get("成文日期"))
        or _iso(fields.get("颁布时间"))
        or (_enacted(history) if congress else None)  # a regulation's adoption or approval, not its 公告's date
        or next((_iso(line.strip("()")) for line in lines if DATE_LINE.match(line)), None)
        or issuers.numeral_date(lines)
        or issuers.lost_date(lines)
        or _enacted(history)
        or _taiwan_date(header)
        or _minguo_date(header)
        or _signed(text)
        or _iso(stated.get("发布日期"))
    )
    regulation = bool(history) or bool(_taiwan(header, "n"))
    taiwanese = _taiwanese(header)
    if not (read and read["start"]) and (enclosing := NOTICE_PERIOD.search(title or "")):
        read = _with_type(read, enclosing)
    if not (read and read["start"]) and (span := title_years(title)):  # 安徽省2025—2027年…行动方案
        read = {"type": read["type"] if read else None, "start": str(span.start), "end": str(span.end)}
    # a period the text states beats a plan's last deadline; a regulation has none unless it states one
    in_force = stated_period(text, issued, republic=not regulation) or Period(None, None if regulation else _last_deadline(text))
    return DocumentMeta(
        title=title,
        number=number or (_taiwan(header, "n") if regulation else None) or _taiwan_letter(header),
        issuer=issuer,
        issued=issued,
        jurisdiction=_jurisdiction(vocab, issuer, title)
        or _label(vocab, "台湾" if taiwanese else "中国" if issuers.national(issuer, vocab) else ""),
        period_start=int(read["start"]) if read and read["start"] else in_force.start,
        period_end=int(read["end"]) if read and read["end"] else in_force.end,
        doc_type=doc_type if read and read["type"] else None,
    )


def _taiwanese(header: list[str]) -> bool:
    """A Taiwan rule's header: a 沿革 number, a letter or a date of the Republic."""
    return bool(_taiwan(header, "n") or _taiwan_letter(header) or any(MINGUO_DATE.search(line) for line in header))


def _with_type(read: dict[str, str | None] | None, period: re.Match[str]) -> dict[str, str | None]:
    """The period a notice's title gives its plan, with the type the title match read (if any)."""
    return {"start": period["start"], "end": period["end"], "type": read["type"] if read else None}


def _header(lines: list[str]) -> list[str]:
    """The lines before the body (第一章, 第一条, 一、): where a regulation states its history."""
    end = next((i for i, line in enumerate(lines) if BODY_START.match(line)), len(lines))
    return lines[:end]


def _title(lines: list[str]) -> tuple[re.Match[str] | None, str | None]:
    """The policy's own title: the first heading that ends in a document type, not the 通知 wrapper;
    a title wrapped over two or three lines is joined; else the 《…》 a notice encloses."""
    wrapped: str | None = None
    notice: str | None = None
    for i, raw in enumerate(lines[:HEADER_LINES]):
        line = TITLE_LABEL.sub("", raw).strip("《》 ")  # 法规名称:产业创新条例
        if ENCLOSED.match(line) and (notice or wrapped):
            break  # the titles after it are the enclosed documents'
        if DEBRIS.match(raw) or BODY_START.match(line):
            continue
        if line.startswith(("关于印发", "印发")) or line.endswith("通知"):
            back = next((b for b in (2, 1) if i >= b and all(map(_title_part, lines[i - b : i]))), 0)  # a notice wrapped
            whole = "".join(lines[i - back : i + 1])  # over lines: 关于印发《某市加快推进⏎科技企业…若干政策》的通知
            enclosed = re.search(r"《([^《》]{4,80})》", whole) or re.search(r"印发([^《》]{4,80})的通知$", whole)  # no 《》 in a PDF
            wrapped = wrapped or (enclosed[1] if enclosed else None)
            if not enclosed and "印发" not in line and notice is None:  # a notice that is the document
                start = i - 1 if i > 0 and _title_part(lines[i - 1]) else i
                notice = "".join(part.strip("《》 ") for part in lines[start : i + 1])
            continue
        match = TITLE.match(line)
        if not match:
            continue
        for back in (1, 2):  # a title wrapped over lines: 国务院关于同意…、石河子|高新…建设|…的批复
            if i - back < 0 or not _title_part(lines[i - back]):
                break
            joined = TITLE.match("".join(part.strip("《》 ") for part in lines[i - back : i + 1]))
            match = joined or match
        if not match["start"] and re.fullmatch(r"\(\d{4}\s*年?\s*[-—–~至]{1,2}\s*\d{4}\s*年?\)", lines[i + 1] if i + 1 < len(lines) else ""):
            match = TITLE.match(match["title"] + lines[i + 1]) or match  # 某市…行动计划⏎(2025—2027年): the period is the title's
        return match, match["title"]
    if wrapped:
        return TITLE.match(wrapped), wrapped
    if notice:
        return NOTICE.match(notice), notice
    return None, _fallback_title(lines)


def _title_part(line: str) -> bool:
    """Whether a line can be the first part of a wrapped title: not debris, a date, a 文号, a
    bracketed remark or a body's name standing alone, and no sentence mark."""
    line = line.strip("《》 ")
    return not (
        DEBRIS.match(line)
        or re.search(r"[,。;:]|\d{4}\s*年|〔\d{4}〕|^\(|第\s*\d+\s*号$", line)  # 第796号: a decree's or a Taiwan letter's number
        or MINGUO_DATE.search(line)  # 中华民国一百十三年三月一日府经产字第…号令订定: a Taiwan rule's date and letter
        or not re.search(r"[\u4e00-\u9fff]", line)  # a URL's tail, a code: no Chinese
        or AGENCY_END.search(line)
        or MASTHEAD.match(line)
        or TITLE.match(line)
        or len(line) > 40
    )


def _fallback_title(lines: list[str]) -> str | None:
    """The first line that reads as a heading (short, no sentence mark) when none ends in a type; before it, a heading
    of the header ending in a title's head (臺南市中小企業數位轉型補助要點, …計畫: cue list title_head), where a
    Taiwan rule's first line is its 民國 date and letter or the body that issued it."""
    for line in (TITLE_LABEL.sub("", line) for line in _header(lines)):
        if TITLE_HEAD.search(line) and not DEBRIS.match(line) and not re.search(r"[,。;:]|^(?:为|根据|按照|依)", line):
            return line.strip("《》 ")
    for line in lines:
        if not DEBRIS.match(line) and len(line) <= 80 and not re.search(r"[。;]", line):
            return line.strip("《》 ")
    return None


def _history(header: list[str]) -> list[re.Match[str]]:
    """The dated steps of a regulation (通过, 批准, 修正, 修订, 公布, 施行), in text order."""
    return list(HISTORY.finditer("\n".join(header)))  # a step may wrap over lines


def _congress(history: list[re.Match[str]], title: str | None, vocab: Vocab) -> str | None:
    """The congress (standing committee) that adopted the regulation: the first step's body; 市十四届
    人大常委会 in a city's regulation is that city's."""
    for step in history:
        match = CONGRESS.match(step["by"].strip())
        if match:
            place = match["place"] or ""
            if place in ("省", "市", "区", "县"):
                place = next((c.label for _, _, c in vocab.find(title or "") if c.type == "Region" and c.label.endswith(place)), place)
            body = "人民代表大会" if match.group().endswith("人民代表大会") else "人民代表大会常务委员会"
            return place + (match["body"] or "") + body
        if step["by"].strip().startswith(("中华人民共和国国务院", "国务院")):
            return "国务院"
    return None


def _enacted(history: list[re.Match[str]]) -> str | None:
    """The date of the version on file: the last step before it takes effect (施行); a congress's 公告 that publishes (公布)
    what was adopted or approved only when nothing was (宁波市…通过 / 省…批准 / 市…公告第12号公布: the approval); a 国务院令's
    公布 is the regulation's own date."""
    published = [m for m in history if m["act"] == "公布" and "公告" in m["by"]]
    steps = [m for m in history if m["act"] != "施行" and m not in published] or published
    if not steps:
        return None
    last = steps[-1]
    return f"{last['y']}-{int(last['m']):02d}-{int(last['d']):02d}"


def _decree(header: list[str]) -> str | None:
    """The last promulgation notice or decree number in the header (公告第30号, 国务院令第706号)."""
    found = [m for m in DECREE.finditer("\n".join(header))]
    if not found:
        return None
    last = found[-1]
    body = re.sub(r"^.*?日\s*", "", last["body"]) if "日" in last["body"][:2] else last["body"]
    return f"{body}{last['y'] + '年' if last['y'] else ''}第{last['n']}号"


def _signed(text: str) -> str | None:
    """The date under the signature at the end (国务院 / 2018年11月7日 / (此件公开发布))."""
    tail = [line.strip() for line in text[-400:].splitlines() if line.strip()][-4:]
    return next((_iso(line) for line in reversed(tail) if DATE_LINE.match(line)), None)


def _decree_body(number: str | None) -> str | None:
    """广东省人民政府令第290号 was issued by 广东省人民政府."""
    match = re.match(r"^(?:中华人民共和国)?(?P<body>.+?)令第", number or "")
    return match["body"] if match and AGENCY_END.search(match["body"]) or (match and match["body"] == "国务院") else None


def _issuer(lines: list[str], title: str | None, vocab: Vocab) -> str | None:
    if title and "关于" in title:
        body = title.split("关于")[0]
        known = vocab.by_surface.get(body)
        if AGENCY_END.search(body) or (known is not None and known.type == "Agency"):
            return body
    relative = None  # 省科技厅 省财政厅关于印发…: the signers above the date name the bodies in full
    for line in lines[:5]:  # a notice's wrapper: 北京市经济和信息化局印发《…》的通知
        wrapper = re.match(r"^(?P<by>[\u4e00-\u9fff、]{3,40}?)(?:关于)?印发", line)
        if wrapper and AGENCY_END.search(wrapper["by"]):
            if not wrapper["by"].startswith(issuers.RELATIVE):
                return wrapper["by"]
            relative = relative or wrapper["by"]
    for at, line in enumerate(lines):
        if at and DATE_LINE.match(line) and (signed := issuers.signer(lines, at)):
            return signed
    return relative or (lines[0] if lines and AGENCY_END.search(lines[0]) else None)


def _iso(value: str | None) -> str | None:
    match = re.match(r"^(\d{4})(?:-|年|\.)(\d{1,2})(?:-|月|\.)(\d{1,2})日?$", value or "")  # 法宝's 2025.01.24 too
    return f"{match[1]}-{int(match[2]):02d}-{int(match[3]):02d}" if match else None


def _jurisdiction(vocab: Vocab, issuer: str | None, title: str | None) -> str | None:
    """The innermost region the issuer (else the title) names: 北京市通州区… governs 通州区; a
    congress's regulation for a zone inside its region (广东省…: 横琴粤澳深度合作区…条例) governs the zone."""
    by_issuer = _city_wide(vocab, _innermost(vocab, issuer))
    by_title = _city_wide(vocab, _innermost(vocab, title))
    if by_issuer and by_title and "人民代表大会" in (issuer or "") and by_issuer.iri in _ancestors(vocab, by_title):
        return by_title.label
    found = by_issuer or by_title
    return found.label if found else None


def _city_wide(vocab: Vocab, concept: Concept | None) -> Concept | None:
    """深圳经济特区 → 深圳市: a special economic zone spans its city, whose congress writes its regulations (cue
    list city_wide_zone; the annotators' jurisdiction of 深圳经济特区…条例 is 深圳市; ent16c)."""
    if concept is None or not concept.label.endswith(cues.words("city_wide_zone")):
        return concept
    return next((vocab.concepts[p] for p in concept.part_of if p in vocab.concepts), concept)


def _label(vocab: Vocab, surface: str) -> str | None:
    concept = vocab.by_surface.get(surface)
    return concept.label if concept else None


def _innermost(vocab: Vocab, text: str | None) -> Concept | None:
    found = [c for _, _, c in vocab.find(text or "") if c.type == "Region"]
    inner = [c for c in found if not any(o is not c and c.iri in _ancestors(vocab, o) for o in found)]
    return (inner or found)[-1] if (inner or found) else None


def _ancestors(vocab: Vocab, concept: Concept) -> set[str]:
    return vocab.ancestors(concept)


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    return re.sub(r"[ \t]+", "", match.group()) if match else None
