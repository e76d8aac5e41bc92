"""Committees a law has its own place set up (本市设立高等教育投入评估咨询委员会, 省人民政府设立数据专家咨询委员会): a body
of the document's city or province, named after the place by kg.extract.entities like 市委 (上海市高等教育投入评估咨询委员会),
as the annotators name it. Finding only, over one sentence's text.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg import cues
from kg.extract.names import Name

# 本市|设立|…委员会, 省人民政府|应当|设立|…: the place's own act; the committee's name runs to the clause's end
SET_UP = cues.lazy(lambda: rf"(?P<by>本市|本省|(?<![\u4e00-\u9fff])[市省]人民政府)(?:应当|可以)?(?:{cues.alternation('group_set_up_verb')})"
                   rf"(?P<name>[\u4e00-\u9fff]{{2,16}}?(?:{cues.alternation('set_up_committee_kind')}))(?=[,，。;；(（、]|$)")


def find(text: str, start: int, end: int) -> Iterator[Name]:
    """The committees the sentence text[start:end] has its place set up, each named after the level of its place
    (市高等教育投入评估咨询委员会), for kg.extract.entities to name in full."""
    for found in SET_UP.finditer(text, start, end):
        level = "市" if "市" in found["by"] else "省"
        yield Name(found.start("name"), found.end("name"), "Agency", level + found["name"])
