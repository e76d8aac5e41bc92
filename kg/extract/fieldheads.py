"""Field heads: a promise to the bodies of some fields (重点投向A、B、C等领域的X和Y) → X and Y, not the fields; for
kg.extract.fundbuild.

A fund or a scheme names the fields it invests in before 等…领域的, then whom it pays there (gold-synth8 s046 and s047:
the fields are a condition, the bodies after 的 the recipients). When every recipient read lies before that 的 (or is
one of the bodies after it), the bodies after it are the recipients: one per noun joined by 和/、/及, each ending in a
recipient's head (a verb inside is allowed: 转化项目). A 的 followed by no such noun (等领域的发展) keeps the recipients as read.
"""

from __future__ import annotations

from kg import cues
from kg.extract.nouns import COORDINATOR, MAX_NOUN, Recipient, recipient_heads
from kg.model import Span
from kg.vocab import Vocab

# 等|优势产业|领域的|初创科技企业和科技成果转化项目 (up to the clause's end); the fields' word may carry a qualifier
FIELDS_OF = cues.lazy(lambda: rf"等[\u4e00-\u9fff]{{0,8}}?(?:{cues.alternation('fund20c_field_word')})+的(?P<heads>[\u4e00-\u9fff、]{{2,40}}?)(?=[,。;:]|$)")

SPAN = 80  # how far past the phrase the clause is read


def bodies_after_fields(text: str, vocab: Vocab, phrase: Span | None, recipients: list[Recipient]) -> list[Recipient]:
    """The bodies named after 等…领域的 when the recipients read are the fields before it; else the recipients.
    The clause is read to its end, past the phrase (the finder may stop the phrase inside the list of fields)."""
    if phrase is None or not recipients:
        return recipients
    end = min(len(text), phrase.end + SPAN)
    stop = min((i for i in (text.find(m, phrase.start, end) for m in ",。;") if i >= 0), default=end)
    fields = FIELDS_OF.search(text, phrase.start, stop)
    if fields is None or not all(r.end <= fields.start() or fields.start("heads") <= r.start for r in recipients):
        return recipients
    if all(fields.start("heads") <= r.start for r in recipients):
        return recipients  # the bodies already read alone
    a, b = fields.span("heads")
    bounds = [a, *(x for m in COORDINATOR.finditer(text, a, b) for x in (m.start(), m.end())), b]
    bodies = [Recipient(text[p:q], None, p, q) for p, q in zip(bounds[::2], bounds[1::2])]
    heads = recipient_heads(vocab)
    if not all(2 <= len(r.name) <= MAX_NOUN and r.name.endswith(heads) for r in bodies):
        return recipients  # 等领域的发展, 等方向的技术改造: no bodies named
    return bodies
