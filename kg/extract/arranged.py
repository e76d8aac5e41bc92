"""Arranged: money promised to those named earlier in the same sentence: in the means (采取向企业和创业者发放科技创新券…等方式,
支持X), or in a clause that lists or includes them first (将X列入…规划,并安排财政性资金予以支持; 将X纳入…,并按照规定给予培训
补贴) → Offer; for kg.extract.funding.
"""

from __future__ import annotations


from kg import cues
from kg.extract.instruments import instruments, named
from kg.extract.levels import list_items
from kg.extract.promises import Offer
from kg.model import Span

HANDED_OUT = cues.lazy(lambda: rf"(?:{cues.alternation('means_lead')})向(?P<who>[^,。;]{{2,30}}?)发放(?P<instruments>[^,。;]{{1,30}}?)等?(?:{cues.alternation('means_form')})")
# 将X列入|纳入…,并(按照规定)安排财政性资金予以支持 / 给予培训补贴: X, named before the money
LISTED_THEN = cues.lazy(
    lambda: rf"将(?P<who>[^,。;]{{2,40}}?)(?:{cues.alternation('put_into')})[^,。;]{{2,40}}?,\s*并(?:按照?(?:国家|有关|相关)?规定)?"
    rf"(?:安排(?P<fund>[^,。;]{{0,10}}?(?:资金|经费))(?:予以|给予)(?:支持|扶持)|(?:给予|予以)(?P<money>[^,。;]{{0,6}}?(?:{cues.alternation('money_word')})))(?=[,。;]|$)"
)


def handed_out(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """采取向企业和创业者发放科技创新券或者直接补助等方式,支持…: those the money is handed to."""
    handed = HANDED_OUT.search(text, start, end) if "发放" in text[start:end] else None
    money = next(instruments(text, handed.start("instruments"), handed.end("instruments")), None) if handed else None
    if handed is None or money is None:
        return None
    return Offer(Span(handed.start("who"), handed.end("who")), Span(handed.start(), handed.end()), named(money), handed.start(), handed.end(), paragraph, nouns=True)


def listed_then_funded(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """将数字经济重大科技攻关项目的自主创新研究、…列入…规划,并安排财政性资金予以支持: the project; 将符合条件的职业学校、
    职业培训机构纳入…,并按照规定给予培训补贴: each body after the condition's 的."""
    listed = LISTED_THEN.search(text, start, end) if "将" in text[start:end] else None
    if listed is None:
        return None
    a, b = listed.start("who"), listed.end("who")
    of = text.find("的", a, b)
    heads = cues.words("recipient_head")
    if of > a and not all(name.endswith(heads) for name, *_ in list_items(text, of + 1, b)):
        b = of  # X的|自主创新研究、应用示范和产业化发展: X, what the activities are of
    else:
        a = of + 1 if of > a else a  # 符合条件的|职业学校、职业培训机构
    if b - a < 2 or not text[a:b].endswith(heads):
        return None
    money = listed["fund"] or listed["money"]
    return Offer(Span(a, b), Span(listed.end("who"), listed.end()), money, listed.start(), listed.end(), paragraph, nouns=True)
