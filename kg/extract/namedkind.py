"""Named examples before a kind (对浙江大学、宁波大学等驻甬高校院所向…转让专利的): the kind after 等 is whom a promise pays."""

from __future__ import annotations

from kg import cues
from kg.model import Span

# A、B(、C)等 (驻甬|在京|本市) X |向…: bodies named by their proper names, then where they are, then the kind, then what it does
NAMED_FIRST = cues.lazy(
    lambda: rf"\s*(?:[\u4e00-\u9fff]{{2,14}}?(?:{cues.alternation('fund18d_named_body_end')})、)+[\u4e00-\u9fff]{{2,14}}?(?:{cues.alternation('fund18d_named_body_end')})"
    rf"等(?:[驻在][\u4e00-\u9fff]|本市|本区|本省|区内|市内|省内)?(?P<kind>[\u4e00-\u9fff]{{0,6}}(?:{cues.alternation('recipient_head')}|{cues.alternation('fund18d_school_end')}))"
    r"(?=向|与|在|和|为|对|开展|转让|共建|承担|参与|合作|的|$)"
)


def kind_after_names(text: str, phrase: Span | None) -> tuple[Span, ...]:
    """The kind, when the phrase opens with named examples of it; else nothing.

    >>> text = "浙江大学、宁波大学等驻甬高校院所向本市企业转让专利的"
    >>> kind_after_names(text, Span(0, len(text)))
    (Span(start=12, end=16),)
    >>> text = "高新技术企业、科技型中小企业等企业"
    >>> kind_after_names(text, Span(0, len(text)))
    ()
    """
    named = NAMED_FIRST.match(text, phrase.start, phrase.end) if phrase else None
    return (Span(named.start("kind"), named.end("kind")),) if named else ()
