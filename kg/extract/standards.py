"""Standards written alone: a money word's standard as a heading, then its items, each a recipient and an amount
(奖励标准:国家级重点实验室100万元,省级重点实验室50万元; 补助标准为:新认定的国家级孵化器100万元,…), with no promise
before it; one promise (`Offer`) per item, for kg.extract.funding.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg import cues
from kg.extract.levels import LEVEL_LIST
from kg.extract.nouns import GRADE_LIST
from kg.extract.promises import Offer
from kg.model import Span

# The heading opens its sentence (read past an article's or item's number by the caller): 奖励标准:, 补助标准为:, 资助标准如下:
HEADING = cues.lazy(
    lambda: rf"\s*(?:(?!给予|对|按|由)[\u4e00-\u9fff]){{0,8}}?(?P<money>{cues.alternation('money_word')})(?:资金|经费)?(?:标准(?:为|是|如下|分别为)?)?\s*:(?![ \t]*\n)"  # (:|newline: a table; 高层次人才安家补贴标准为:, 人才住房补贴: fund19a)
)
# An item: whom (a name, not a number), an optional cap word, an amount, per what unit; ended by a mark or the sentence
ITEM = cues.lazy(
    lambda: rf"\s*(?P<who>(?:(?![,;、:。\d])[^\n]){{2,30}}?)\s*(?:给予|奖励|补助|资助)?\s*(?:每(?:人|家|个|项)(?:每年|每月)?)?(?P<amount>(?:{cues.alternation('cap')})*\s*[\d.]+\s*[千万亿]?元)"  # (博士|每人每月|2000元)
    r"(?:/[项家个件人])?\s*(?=[,;、。]|$)"
)


def standard_items(text: str, start: int, end: int, paragraph: int) -> Iterator[Offer]:
    """第八条 奖励标准:国家级重点实验室100万元,省级重点实验室50万元。: one promise per item (whom, then the amount); none
    unless every item reads so (评审标准:创新能力、成果转化… is no money)."""
    heading = HEADING.match(text, start, end)
    if not heading:
        return
    stops = [i for i in (text.find("。", start), text.find("\n", start)) if i >= 0]
    end = max(end, min(stops, default=len(text)))  # (items parted by ;, which ends a sentence: to the 。 or the line's end)
    items, at = [], heading.end()
    while at < end and (item := ITEM.match(text, at, end)):
        items.append(item)
        at = item.end() + 1
    if not items or at < end or any(GRADE_LIST.fullmatch(i["who"]) or LEVEL_LIST.fullmatch(i["who"]) for i in items):
        return  # (一等奖50万元, 国家级100万元: whom is named elsewhere)
    for item in items:
        who = Span(item.start("who"), item.end("who"))
        plain = "的" not in item["who"]  # (A类人才: a name as it stands; 新认定的国家级孵化器: a condition, then the name)
        yield Offer(who, Span(item.start("amount"), item.end("amount")), heading["money"], item.start("who"), item.end("amount"), paragraph, nouns=plain)
