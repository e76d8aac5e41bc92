"""Rules and firms of a law's own field. Rules: a government that a 促进条例 of X charges sets up a rule named by X
(深圳经济特区人工智能产业促进条例: 市人民政府应当建立|人工智能产业发展协调工作机制; 烟台市民营经济促进条例:
建立|民营经济组织信贷激励机制) is a Programme the annotators name (ent16d). Rules in general stay unnamed
(kg.extract.heads: 建立|信息对接机制), and so do those a law of another kind sets up and those of enforcement or
filing (cue list enforcement_rule: 清洁生产投诉和举报制度).

Firms: the kind of firm of the field a 促进条例 promotes (会展业促进条例: 引进会展企业, 支持中小会展企业发展) is an
EnterpriseType the annotators name, a size word before it (cue list own_firm_size) part of the kind.

The field is the title's words between its place and 促进/发展/条例 (cue list own_field_tail strips 产业, 业 and the
like: 会展业 → 会展); a title joining two subjects (专利保护和促进) or naming a zone (…科创园) gives none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from kg import cues
from kg.extract import plans
from kg.extract.heads import _rule_head, _specific
from kg.extract.names import Name
from kg.extract.programmes import programme_after
from kg.extract.words import Word

PROMOTING = re.compile(r"^(?:.{0,8}?(?:经济特区|自治区|省|市|区|县))?(?:促进)?(?P<field>[\u4e00-\u9fff]{2,10}?)(?:发展)?(?:促进)?条例$")
MIN_FIELD = 2  # characters
ZONE_END = re.compile(r"[园区城港]$")  # 促进天开高教科创园发展条例: a zone the law develops, no field
OWN_PLACE = re.compile(r"^(?:本|全)[省市区县]")  # 建立|本市|人工智能产业发展协调工作机制: the place is the law's own, no part of the name


def field(title: str | None) -> str | None:
    """人工智能 of 深圳经济特区人工智能产业促进条例, 会展 of 天津市促进会展业发展条例; None for another kind of title."""
    m = PROMOTING.match(title or "")
    if not m or title is None or "促进" not in title or re.search(r"[和与及]", m["field"]):
        return None
    core = m["field"]
    for tail in cues.words("own_field_tail"):  # longest first
        if core.endswith(tail) and len(core) - len(tail) >= MIN_FIELD and not core.endswith("企" + tail):  # 中小企业 stays
            core = core[: -len(tail)]
            break
    return core if len(core) >= MIN_FIELD and not ZONE_END.search(core) else None


def find(text: str, ws: Sequence[Word], own: str) -> Iterator[Name]:
    """The rules of the law's own field (own) a government sets up in one sentence's words."""
    if own not in text[ws[0].start : ws[-1].end] if ws else True:
        return
    for i, word in enumerate(ws):
        if word.text not in cues.word_set("set_up_rule") or i + 1 >= len(ws) or not plans.set_by_government(text, ws, word):
            continue
        name = programme_after(text, ws, plans.past_modifier(text, ws, plans.past_joined_verb(ws, i + 1)), kind=_rule_head())
        if name is not None and own in name.name and not name.name.startswith(cues.words("establish")) and not any(w in name.name for w in (*cues.words("budget_rule"), *cues.words("enforcement_rule"))) and _specific(name.name, "rule_head", "generic_rule"):
            cut = OWN_PLACE.match(name.name)
            yield name._replace(start=name.start + cut.end(), name=name.name[cut.end() :]) if cut else name


def firms(text: str, start: int, end: int, own: str) -> Iterator[Name]:
    """The kinds of firm of the law's own field in text[start:end] (one sentence): 会展企业, 中小会展企业."""
    if own + "企业" not in text[start:end] and not any(own + tail + "企业" in text[start:end] for tail in cues.words("own_field_tail")):
        return
    kinds = rf"(?:{cues.alternation('own_firm_size')})?{re.escape(own)}(?:{cues.alternation('own_field_tail')})?企业(?:集团)?(?!{cues.alternation('field_firm_not_after')})"  # not 人工智能企业|家 (ent17e)
    for m in re.compile(kinds).finditer(text, start, end):  # (the re module caches the compiled pattern)
        yield Name(m.start(), m.end(), "EnterpriseType", m.group())
