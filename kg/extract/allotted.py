"""Allotted funds: a fund of a named kind that money is allotted to (安排科技成果转化引导资金), by the verb before it.

Finding only, over the words of kg.extract.words; kg.extract.entities chooses among these and the other names.
The verbs (cue list arrange) and the kinds (named_fund_kind) are data in ontology/cues.ttl.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from kg import cues
from kg.extract import plans
from kg.extract.names import Name
from kg.extract.programmes import programme_after
from kg.extract.words import Word

GENERIC = frozenset({"使用", "用好", "相关", "有关", "各类", "各项", "现有", "财政"})  # 统筹|使用|…资金: money of any fund


def find(text: str, ws: Sequence[Word]) -> list[Name]:
    """Every allotted fund in one sentence's words, and every named fund its clause's subject (ent12); most
    sentences allot none and name no fund (tested on the text once)."""
    if not ws:
        return []
    sentence = text[ws[0].start : ws[-1].end]
    found = list(allotted_funds(text, ws)) if cues.pattern("arrange").search(sentence) else []  # one scan for the whole list
    return found + list(subject_funds(text, ws)) if _fund_kinds().search(sentence) else found


def subject_funds(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """科学技术专项资金|支持以下…, 校企合作发展专项资金|用于…: a fund of a named kind (cue list named_fund_kind)
    that opens its clause (after a comma or an article's number) and is followed by what it is for or how it
    is used (cue list fund_use_opening) is named there; not 财政专项资金 (words of funds in general only)."""
    for i, word in enumerate(ws):
        opens = i == 0 or ws[i - 1].text in ",;:。" or (ws[i - 1].text.startswith("第") and ws[i - 1].text.endswith("条"))
        if not opens or word.tag not in ("n", "nz", "vn", "j", "l", "@Industry", "@EnterpriseType"):
            continue
        end = next((k for k in range(i + 1, min(len(ws), i + 8)) if _fund_kind().search(text, ws[i].start, ws[k].end)), None)
        if end is None or end + 1 >= len(ws) or ws[end + 1].text not in cues.word_set("fund_use_opening"):
            continue
        name = text[ws[i].start : ws[end].end]
        kind = _fund_kind().search(name)
        if kind and not _generic(name[: kind.start()]) and not any(w.tag in ("x", "p", "c", "uj", "m") for w in ws[i : end + 1]):
            yield Name(ws[i].start, ws[end].end, "Programme", name)


def _generic(field: str) -> bool:
    """财政, 科技发展, 政府: the words before a fund's kind say which fund it is only when one is no general word
    (kg.extract.plans.generic_words) and they open with no owner of funds in general (cue list generic_fund_owner)
    or level (市级, 市: the fund of a place the caller would have to resolve)."""
    owners = (*cues.words("generic_fund_owner"), *cues.words("level"), *cues.words("short_level"))
    return plans.generic_words(field) or field.startswith(owners)  # 财政涉企…, 市级财政…, 市中小企业…: whose, not which


@cache
def _fund_kinds() -> re.Pattern[str]:
    return re.compile(cues.alternation("named_fund_kind"))


def allotted_funds(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """安排|科技成果转化引导资金: a fund of a named kind (cue list named_fund_kind) the money is allotted
    to; not 安排|财政性资金 (budget money in general) and not a clause with a place in it, nor a verb that sets a
    fund up (安排5000万元|设立|市…专项资金: kg.extract.programmes reads the fund after it; ent17a)."""
    for i, word in enumerate(ws[:-1]):
        if word.text in cues.word_set("arrange"):
            k = plans.past_amount(ws, i + 1)
            while k < len(ws):  # 统筹|A专项资金、B专项资金等: every fund of the list
                name = programme_after(text, ws[: _amount_after(ws, i)], k, kind=_fund_kind())
                if name is None or ws[k].text in plans.verbs() or any(w.tag in ("@Region", "ns") or w.text in GENERIC for w in ws if name.start <= w.start < name.end):
                    break
                yield name
                after = next((j for j in range(k, len(ws)) if ws[j].start >= name.end), len(ws))
                if after >= len(ws) or ws[after].text != "、":
                    break
                k = after + 1


@cache
def _fund_kind() -> re.Pattern[str]:
    """The kinds of named fund as one pattern, compiled once (not at every sentence that allots money)."""
    return re.compile(rf"(?:{cues.alternation('named_fund_kind')})$")


def _amount_after(ws: Sequence[Word], i: int) -> int:
    """安排|科技成果转化专项资金|5000万元: where the fund's name must end when the amount allotted follows it
    (the words up to a named fund kind right before a number), else all the words (ent12)."""
    for k in range(i + 1, min(len(ws) - 1, i + 12)):
        j = _past_floor(ws, k + 1)  # 统筹安排|科技创新专项资金|不少|于|10亿元 (ent14a)
        if j < len(ws) and ws[j].tag == "m" and ws[j].text[:1].isdigit() and _fund_kind().search(ws[k].text):
            return k + 1
    return len(ws)


def _past_floor(ws: Sequence[Word], j: int) -> int:
    """The word after a floor (cue list floor: 不少|于, 不低于) written from word j, else j."""
    for n in (1, 2):
        if "".join(w.text for w in ws[j : j + n]) in cues.word_set("floor"):
            return j + n
    return j
