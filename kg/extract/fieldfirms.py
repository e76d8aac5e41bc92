"""Kinds of firm named by their field (集成电路企业, 生物医药企业, 通用航空企业): an industry written right before 企业."""

from __future__ import annotations

from kg import cues

FIRM = "企业"


def firm_kind(text: str, start: int, end: int, name: str, taken: list[tuple[int, int]]) -> str | None:
    """The kind of firm an industry's mention text[start:end] (named name) opens, or None.

    符合条件的集成电路企业、软件企业: the annotators name 集成电路企业 a kind of enterprise, and no industry there
    (ent17e: every dev document writing one, 0030's 人工智能企业, 0070's 集成电路企业 and 动漫企业). Not where 企业
    opens a word or name of its own (…企业家, 智能制造|企业技术中心: another mention starts at it), nor after a class
    of industries (高新技术产业|企业: cue list field_firm_not). The caller reads it only where the field is written as the
    vocabulary names it: 农产品加工|企业 is no 农产品精深加工企业 (an altLabel's firms are not the label's)."""
    if not text.startswith(FIRM, end) or text.startswith(cues.words("field_firm_not_after"), end + len(FIRM)):
        return None
    if name.endswith(cues.words("field_firm_not")) or any(s < end + len(FIRM) and e > end for s, e in taken):
        return None
    return name + FIRM
