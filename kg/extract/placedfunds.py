"""Funds a place names in full: a place's name, the field the fund is for and a kind of named fund, wherever the sentence
writes it (湖南省|先进制造业|发展基金|重点投向…, 用好…和|四川省|人工智能产业|发展基金, 设立|佛山市|…资金池) (ent20a).

A fund opened by a level word alone (市|天使投资引导基金) is the document's own (kg.extract.ownfunds), one after a verb
that sets it up or draws on it is read there too (kg.extract.programmes, kg.extract.fundnames); a place's name in full
makes the fund one of its own name in any other position, its subject's too. Finding only, over the words of kg.extract.words;
the kinds are cue list own_fund_kind, with a bare 基金 and 资金池 (not a bare 资金: 北京市财政资金 is money).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kg import cues
from kg.extract import plans
from kg.extract.names import MAX_NAME, NOUN, Name, is_body
from kg.extract.words import Word

PLACE = frozenset({"@Region", "ns"})  # ns: a place jieba knows the vocabulary does not
FIELD = NOUN | {"@Industry", "@EnterpriseType", "a", "an"}  # 先进/a|制造业, 人工智能|产业
MIN_FIELD = 2  # characters between the place and the kind: 科技|专项资金 names one with the place, 专项资金 alone none
BARE_KINDS = ("基金", "资金池")
NOT_THE_FUND = ("公司", "机构", "管理人", "协会")  # …发展基金|管理公司: a body of the fund, no fund


def find(text: str, ws: Sequence[Word]) -> Iterator[Name]:
    """Each fund a place in full opens in one sentence's words."""
    kinds = (*cues.words("own_fund_kind"), *BARE_KINDS)
    for i, word in enumerate(ws[:-1]):
        if word.tag not in PLACE or len(word.text) < 2 or _drawn_on(text, word):
            continue
        for k in range(i + 1, len(ws)):
            part = ws[k]
            compound = part.tag in ("v", "vn") and ws[k - 1].tag in FIELD and k > i + 1  # 科技成果|转化, 产业|发展
            if part.end - word.end > MAX_NAME or not (part.tag in FIELD or compound) or is_body(part.text):
                break
            name = text[word.start : part.end]
            kind = next((w for w in kinds if name.endswith(w)), None)
            if kind is None:
                continue
            if _named(name[len(word.text) : -len(kind)], ws[k + 1] if k + 1 < len(ws) else None):
                yield Name(word.start, part.end, "Programme", name)
            break


def _drawn_on(text: str, place: Word) -> bool:
    """发挥|唐山市科技风险投资基金|作用: a fund right after a word that draws on it is kg.extract.fundnames' to read, by
    its conventions (gold-dev marks such a government venture fund an ambiguous Organization)."""
    return text[max(0, place.start - 4) : place.start].endswith(cues.words("fund_use_word"))


def _named(field: str, after: Word | None) -> bool:
    """Whether the words between the place and the kind name a fund: enough of them, not words of funds in general only
    (财政|专项资金: money), and no rule or body of the fund right after it (…基金|管理办法, …基金|管理公司)."""
    if len(field) < MIN_FIELD or plans.generic_words(field):
        return False
    return after is None or (after.text not in cues.word_set("fund_rule_word") and not after.text.endswith(NOT_THE_FUND))
