"""Page fields: a government site's metadata table copied with its page as lines of text (发文机关:…, 发文字号:…,
成文日期:…, one to a line or all on one; a Taiwan law database's 发文字号), read as kg.ingest.html reads the table of a
saved page, for kg.segment (meta19)."""

from __future__ import annotations

import re

from kg import cues
from kg.ingest.html import FIELD, LABELS

PAGE_LINES = 12  # the table sits above the title, under the site's name and breadcrumb
KEPT = ("发文机关", "发文字号", "成文日期")  # not 发布日期: the page's, not the notice's (gold-synth2, gold-synth6)


def page_fields(lines: list[str]) -> dict[str, str]:
    """The fields of the lines among the first that open with a label of the table.

    Example:
        >>> page_fields(["首页 > 政策文件", "发布机构:杭州市科学技术局成文日期:2025-02-26发布日期:2025-03-03"])
        {'发文机关': '杭州市科学技术局', '成文日期': '2025-02-26'}
    """
    found: dict[str, str] = {}
    for line in lines[:PAGE_LINES]:
        if FIELD.match(line):
            for match in FIELD.finditer(line):
                key = LABELS.get("".join(match["label"].split()))
                value = _before_label(re.sub(r"(?<=号)[令函]$", "", match["value"].strip()))  # 华总一经字第…号 令: the act
                if key in KEPT and value:
                    found.setdefault(key, value)
    return found


def _before_label(value: str) -> str:
    """The value up to the next label of the table (义乌市人民政府|生成日期:2023-07-18): normalised text keeps no space
    between two Chinese runs, so a label kg.ingest.html does not keep (cue list page_label) ends a value only by its words."""
    return re.split(rf"(?:{cues.alternation('page_label')})\s*:", value, maxsplit=1)[0].strip()
