"""Helped: promises whose money word is a verb in a series of deeds, whom it pays its object (輔導與補助|直轄市、縣(市)政府|辦理…;
培養、輔導及獎勵|女性科學技術人員; 運用獎勵、補助或輔導計畫協助|事業|導入…) → Offer, for kg.extract.funding when no other
reading of the clause found a promise. Items of Taiwan's regulations and of plans are written so: the deed opens the clause.
"""

from __future__ import annotations

import re

from kg import cues
from kg.extract.promises import Offer, governments
from kg.model import Span

# who: a short noun phrase ending in a recipient's head, then what for, or the clause's end (not 补助|款, 奖励|办法: no one)
_WHO = (
    r"(?P<who>(?![其之与和对向为于]|款|金|费|经费|资金|标准|办法|对象|范围|比例|比率|额度|计划|案件|事项)(?=[\u4e00-\u9fff]{{2}})[^,。;:之]{{0,16}}?(?:{head}))"
    r"(?=[,。;:]|$|(?:{deed}))"
)
_HEADS = "{recipient}|{series}"
_PAYER = r"(?:[^,。;]{{0,16}}?(?:{payer}|本部|本会|本署|本局|机关)(?:得|应|可|并|应当|可以|将)?)?"  # 本部得|補助…, 主管机关应|辅导及奖励…

# 輔導與補助X辦理…, 培養、輔導及獎勵X: deeds joined to a money verb, opening the clause
SERIES = cues.lazy(
    lambda: _PAYER.format(payer=cues.alternation("payer"))
    + rf"(?:(?:{cues.alternation('series_help_verb')})[、与及和或暨])*(?P<money>{cues.alternation('series_money_verb')})"
    rf"(?:[、与及和或暨](?:{cues.alternation('series_help_verb')}))*"
    + _WHO.format(head=_HEADS.format(recipient=cues.alternation("recipient_head"), series=cues.alternation("series_recipient_head")),
                  deed=cues.alternation("series_deed_after"))
)
# 運用獎勵、補助或輔導計畫協助X…, 以補助、獎勵方式鼓勵X…: money words as the means, whom they help after
MEANS_HELP = cues.lazy(
    lambda: rf"(?:运用|以|透过|通过|采取)(?P<money>(?:(?:{cues.alternation('series_money_verb')}|{cues.alternation('series_help_verb')})[、与及和或]?){{1,5}}?)"
    rf"(?:{cues.alternation('series_means_noun')})(?:{cues.alternation('series_help_verb')})"
    + _WHO.format(head=_HEADS.format(recipient=cues.alternation("recipient_head"), series=cues.alternation("series_recipient_head")),
                  deed=cues.alternation("series_deed_after"))
)
LABEL = re.compile(r"\s*(?:[\u4e00-\u9fff]{2,8}:\s*)?")
MONEY_IN = cues.lazy(lambda: cues.alternation("series_money_verb"))


def series(text: str, start: int, end: int, paragraph: int) -> Offer | None:
    """The clause opens with deeds that pay whom they name (輔導與補助X辦理…; 運用獎勵、補助…計畫協助X…): X, every item."""
    lead = LABEL.match(text, start, end)  # 一、|低碳化:|運用…: the item's label is no part of it
    start = lead.end() if lead else start
    found = SERIES.match(text, start, end) or MEANS_HELP.match(text, start, end)
    if found is None or not MONEY_IN.search(found["money"]):
        return None
    who = Span(found.start("who"), found.end("who"))
    money = "、".join(dict.fromkeys(MONEY_IN.findall(found["money"])))
    return Offer(who, Span(found.start(), found.end()), money, found.start(), found.end(), paragraph, nouns=True, items=governments(text, who))
