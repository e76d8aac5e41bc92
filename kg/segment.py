"""Step 3: header metadata (title, 文号, issuer, date, period) and sentences, the unit of provenance."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import Document, DocumentMeta, Span
from kg.vocab import Vocab

SENTENCE_END = re.compile(r"[。!?;\n]+|\.(?!\d)")
DOC_TYPES = (
    r"实施方案|行动计划|行动方案|工作方案|指导意见|实施意见|若干措施|若干政策|管理办法|实施细则|规划|意见|方案|办法"
    r"|条例|规定|决定|细则|规则|纲要|计划|措施|指引|指南|通告|公告"
)
TITLE_CHARS = 60  # of the first line, when a document has no title line
TITLE = re.compile(rf"^(?!为|根据|按照|以|在|对)(?P<title>[^,。;:]{{0,60}}?(?P<type>{DOC_TYPES})(?:\((?P<start>\d{{4}})-(?P<end>\d{{4}})年\))?)")
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}[〔\[【(]\d{4}[〕\]】)]\d{1,4}号")
AGENCY_END = re.compile(r"(?:人民政府|政府|局|委员会|委|厅|办公室|办|领导小组|部)$")
DATE_LINE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$")
FIELD = re.compile(r"^【(?P<key>[^】]+)】\s*:\s*(?P<value>.+)$")
DEADLINE = re.compile(r"(?:到|至)(\d{4})年")
HEADER_LINES = 40
PAGE_TITLE_SUFFIX = re.compile(r"\s*(?:[_|]|--|——| - )\s*")  # 标题_政策文件_某市人民政府


def segment(doc: Document, vocab: Vocab) -> Document:
    meta = metadata(doc.text, vocab, dict(doc.source.fields))
    warnings = doc.warnings
    if meta.title is None:
        title, source = fallback_title(doc)
        warnings += (f"no title line (a heading ending in a document type such as 实施方案 or 条例); titled by its {source}: {title}",)
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
        if text[start : stop.start()].strip():
            spans.append(_trimmed(text, start, stop.end()))
        start = stop.end()
    if text[start:].strip():
        spans.append(_trimmed(text, start, len(text)))
    return tuple(spans)


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def metadata(text: str, vocab: Vocab, stated: dict[str, str] | None = None) -> DocumentMeta:
    """The header of the text; what the source states outside it (an HTML page's table of
    发文字号, 发文机关, 成文日期; its <title>) comes first, the title from the text first."""
    stated = stated or {}
    lines = [line.strip() for line in text.splitlines() if line.strip()][:HEADER_LINES]
    fields = {m["key"]: m["value"].strip() for m in map(FIELD.match, lines) if m}
    title_match, title = _title(lines)
    fallback = stated.get("标题") or PAGE_TITLE_SUFFIX.split(stated.get("网页标题", ""))[0].strip()
    if title is None and fallback:
        title_match, found = _title([fallback])
        title = found or fallback
    number = stated.get("发文字号") or fields.get("文号") or _first(DOC_NUMBER, "\n".join(lines))
    issuer = stated.get("发文机关") or fields.get("颁布部门") or _issuer(lines, title)
    issued = (
        _iso(stated.get("成文日期")) or _iso(fields.get("颁布时间"))
        or next((_iso(line) for line in lines if DATE_LINE.match(line)), None) or _iso(stated.get("发布日期"))
    )
    years = [int(y) for y in DEADLINE.findall(text)]
    return DocumentMeta(
        title=title,
        number=number,
        issuer=issuer,
        issued=issued,
        jurisdiction=_jurisdiction(vocab, issuer, title),
        period_start=int(title_match["start"]) if title_match and title_match["start"] else None,
        period_end=int(title_match["end"]) if title_match and title_match["end"] else max(years, default=None),
        doc_type=title_match["type"] if title_match else None,
    )


def _title(lines: list[str]) -> tuple[re.Match[str] | None, str | None]:
    """The policy's own title: the first heading that ends in a document type, not the 通知 wrapper."""
    for i, line in enumerate(lines):
        line = line.strip("《》 ")
        if line.startswith(("关于印发", "印发")) or line.endswith("通知"):
            continue
        match = TITLE.match(line)
        if not match:
            continue
        if match.start("type") == 0 and i > 0:  # a title wrapped before its type word
            match = TITLE.match(lines[i - 1].strip("《》 ") + line)
        if match:
            return match, match["title"]
    return None, None


def _issuer(lines: list[str], title: str | None) -> str | None:
    if title and "关于" in title and AGENCY_END.search(title.split("关于")[0]):
        return title.split("关于")[0]
    for before, line in zip(lines, lines[1:]):
        if DATE_LINE.match(line) and AGENCY_END.search(before):
            return before
    return lines[0] if lines and AGENCY_END.search(lines[0]) else None


def _iso(value: str | None) -> str | None:
    match = re.match(r"^(\d{4})(?:-|年)(\d{1,2})(?:-|月)(\d{1,2})日?$", value or "")
    return f"{match[1]}-{int(match[2]):02d}-{int(match[3]):02d}" if match else None


def _jurisdiction(vocab: Vocab, *texts: str | None) -> str | None:
    """The innermost region the issuer (else the title) names: 北京市通州区… governs 通州区."""
    for text in texts:
        regions = [concept.label for _, _, concept in vocab.find(text or "") if concept.type == "Region"]
        if regions:
            return regions[-1]
    return None


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    return match.group() if match else None
