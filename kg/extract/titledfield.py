"""Titled field: the industry a law's own title names as one (细胞和基因 of 深圳经济特区细胞和基因产业促进条例), wherever its text names it.

kg.extract.headed leaves an unknown field with a bare 产业 unnamed (海水淡化产业发展 could be anything's), and ownrules
reads no field out of a title joining two words (细胞和基因). But a law whose title promotes X产业 (…X产业促进条例,
促进X产业发展若干规定) says itself that X is an industry: each X产业 of its text names X (ent17b; the annotators name
细胞和基因 with the surfaces 细胞和基因产业 and 细胞和基因).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.names import Name

# The title's place (…省, …市, 经济特区), then the field before 产业, then what the law does for it
TITLE = re.compile(r"^(?:.{0,8}?(?:经济特区|自治区|省|市|区|县))?(?:促进)?(?P<field>[\u4e00-\u9fff]{2,8}?)产业(?:发展)?(?:促进)?(?:条例|若干规定|规定|办法)$")
GENERIC = re.compile(r"(?:高新技术|战略性新兴|新兴|重点|优势|特色|传统|主导|现代)$")  # a class of industries, no field of its own


def field(title: str | None) -> str | None:
    """细胞和基因 of 深圳经济特区细胞和基因产业促进条例, 海水淡化 of 天津市促进海水淡化产业发展若干规定; None for another title."""
    m = TITLE.match((title or "").strip())
    return m["field"] if m and not GENERIC.search(m["field"]) else None


def find(text: str, start: int, end: int, own: str) -> Iterator[Name]:
    """Each X产业 of text[start:end] where X is the title's field: an Industry named X."""
    for m in re.finditer(re.escape(own) + "产业", text[start:end]):
        yield Name(start + m.start(), start + m.end(), "Industry", own)
