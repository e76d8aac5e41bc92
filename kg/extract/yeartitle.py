"""Year titles: the one year a document's title names for its own work (某市2024年科技工作要点, 2022年…考评办法), the deadline of its undated goals."""

from __future__ import annotations

import re

from kg import cues
from kg.model import Document

# 2024年, 2023年度; not a span (2024—2026年, 2024-2026年度) nor a revision or a number ((2024年修订), 2022年第3号)
TITLE_YEAR = re.compile(r"(?<![\d\-—–~至到])(?P<year>(?:19|20)\d{2})\s*年度?(?![\d\-—–~至到月修第])")
SPAN = re.compile(r"(?:19|20)\d{2}\s*年?\s*[-—–~至到]\s*(?:19|20)\d{2}")
# the title's last words, brackets (试行) and a notice's 的通知 aside
REPORT_END = cues.lazy(lambda: rf"(?:{cues.alternation('tgt19_report_title')})》?\s*(?:\([^()]*\))?$")
WORK_END = cues.lazy(lambda: rf"(?:{cues.alternation('tgt19_year_work_title')})》?\s*(?:\([^()]*\))?\s*(?:的通知)?$")


def title_year(doc: Document) -> int | None:
    """The year a document's title sets work for, when it names exactly one and is a year's work points, plan or assessment
    (某区2023年科技创新工作要点, 某市2025年度数字经济发展考评细则): what it asks for is due that year, though undated in the
    text. A plan over years (行动计划(2024—2026年)), a law, a report (2023年统计公报) or a call (申报指南) has none."""
    title = doc.meta.title or ""
    if SPAN.search(title) or not WORK_END.search(title):
        return None
    years = {m["year"] for m in TITLE_YEAR.finditer(title)}
    return int(years.pop()) if len(years) == 1 else None


def reports(doc: Document) -> bool:
    """Whether the document reports what was done (某市2023年国民经济和社会发展统计公报, …考核结果的通报): its figures
    are facts, but for goals under a deadline it writes (到2025年…)."""
    return bool(REPORT_END.search(doc.meta.title or ""))
