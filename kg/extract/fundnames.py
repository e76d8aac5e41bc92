"""Funds named by their kind wherever a sentence uses them (所需资金由|科技创新专项资金|列支, 发挥|天使投资引导基金|作用).

Finding only, over the words of kg.extract.words; called by names.find on sentences that hold a fund's kind.
A fund set up by a verb is read by kg.extract.programmes, one of the document's own level by kg.extract.ownfunds;
this reads those a sentence draws on (从|…专项资金|中列支, 发挥|…引导基金|作用): the noun phrase after a word of
drawing on a fund (cue list fund_use_word) and before a kind of named fund (cue list own_fund_kind), its words a field.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kg import cues
from kg.extract import plans
from kg.extract.names import AND, MAX_NAME, NOT_BEFORE_AGENCY, NOUN, VERB, Name, is_body
from kg.extract.words import PROPER, Word

MIN_FIELD = 4  # characters before the kind: 科技创新|专项资金, not 人才|专项资金 (a kind any place has)
FIELD_TAGS = NOUN | {"@Industry", "@EnterpriseType"}


def funds(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """科技创新|专项资金, 国家|集成电路|产业|投资基金: from a kind of named fund back over nouns (a verb only inside
    a compound after a noun: 成果|转化) to the word that opens the phrase; not after a level or a word of any of
    a kind (省|…, 有关|…: kg.extract.ownfunds or no name), not words of funds in general only (财政|专项资金)."""
    listed = -1  # the end of the fund just read: a 、 after it opens the next of a list drawn on (用好|A资金、B资金)
    for i, word in enumerate(ws):
        if word.tag not in NOUN or not word.text.endswith(("资金", "基金")) or (i + 1 < len(ws) and ws[i + 1].text in cues.word_set("fund_rule_word")):
            continue  # …专项资金|管理办法: the fund's rule, read with the rule
        kind = _kind_start(text, ws, i)
        first = _first(text, ws, kind, listed) if kind is not None else None
        if first is None:
            continue
        name = text[ws[first].start : word.end]
        field = name[: -len(_kind(name))]
        if (len(field) >= MIN_FIELD or _proper_listed(ws, first, listed)) and not plans.generic_words(field) and name not in cues.word_set("generic_fund"):
            listed = word.end
            yield Name(ws[first].start, word.end, "Programme", name)


def _kind(written: str) -> str:
    return max((k for k in cues.words("own_fund_kind") if written.endswith(k)), key=len, default="")


def _kind_start(text: str, ws: Sequence[Word], i: int) -> int | None:
    """The word where the fund's kind begins: 引导|基金 (two words), 专项资金 (one), 科技专项资金 (the kind inside
    the word: the word itself, its field read off its text); None when no kind of named fund ends there."""
    for j in (i - 1, i):
        if j >= 0 and text[ws[j].start : ws[i].end] in cues.word_set("own_fund_kind"):
            return j
    if _kind(ws[i].text):
        return i
    inside = i and ws[i - 1].text in cues.word_set("fund_kind_inside")  # 创业投资|基金: the kind opens inside the word before (ent19a)
    return i - 1 if inside and _kind(text[ws[i - 1].start : ws[i].end]) else None


def _first(text: str, ws: Sequence[Word], i: int, listed: int) -> int | None:
    """The first word of the fund's name whose kind begins at word i, right after a word that draws on a fund
    (cue list fund_use_word: 从|…, 发挥|…); None after anything else (挪用|…, 设立|…: read by kg.extract.programmes,
    省|…: by kg.extract.ownfunds), or when a body or a word of any of a kind (有关) is inside."""
    j = i
    while j > 0 and ws[i].end - ws[j - 1].start <= MAX_NAME:
        left = ws[j - 1]
        compound = left.tag in VERB and j >= 2 and ws[j - 2].tag in FIELD_TAGS  # 成果|转化, 国家|集成电路 (jieba's verb)
        if not (left.tag in FIELD_TAGS or compound) or left.text in AND or left.text in cues.word_set("introducer") or left.text.endswith(cues.words("fund_use_word")):
            break  # 充分发挥/n|…: jieba's noun that draws on the fund opens no name (ent18a)
        j -= 1
    if j == i:
        return None
    drawn = j > 0 and text[max(0, ws[j].start - 4) : ws[j].start].endswith(cues.words("fund_use_word"))  # 用|好|…: read on the text
    after_fund = j >= 2 and ws[j - 1].text == "、" and (ws[j - 2].end == listed or ws[j - 2].tag == "@Programme")
    used = drawn or after_fund
    if not used or any(w.text in NOT_BEFORE_AGENCY or is_body(w.text) for w in ws[j:i]):  # 智能制造|相关|财政专项资金: money of a field
        return None
    return j


def _proper_listed(ws: Sequence[Word], first: int, listed: int) -> bool:
    """天使母基金、|海河|产业基金: after a fund of the list drawn on, a proper name of two characters is field enough;
    a common word is not (人才|专项资金, a kind any place has) (ent19a)."""
    return first >= 2 and ws[first - 1].text == "、" and ws[first - 2].end == listed and ws[first].tag in PROPER and len(ws[first].text) >= 2
