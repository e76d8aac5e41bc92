"""Entities: vocabulary terms (ontology/vocab) and named agencies and organisations by pattern."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Document, Entity
from kg.vocab import Vocab

EMITS = (Entity,)

_HAN = r"\u4e00-\u9fff"
# Named bodies end in a kind word; their left edge is punctuation or a verb/preposition that
# introduces them (依托华北理工大学, 与开滦集团). First version: patterns, not a parser.
_LEFT = r"(?:(?<=[^" + _HAN + r"])|(?<=依托|联合|支持|鼓励|推动|引进|组建|围绕|协同|深化|加强|建设|打造|培育|发挥)|(?<=[与和及同由在对以]))"
ORGANIZATION = re.compile(_LEFT + rf"[{_HAN}]{{2,14}}?(?:大学|学院|研究院|研究所|科学院|有限公司|股份公司|集团)")
AGENCY_KIND = r"(?:人民政府办公厅|人民政府办公室|人民政府|领导小组办公室|领导小组|委员会|管委会|办公室|厅|局|委)"
# Right after a region name: the shortest run that ends in a kind word (北京市|经济和信息化局).
AGENCY_AFTER_REGION = re.compile(rf"[{_HAN}]{{0,12}}?{AGENCY_KIND}")


def extract(doc: Document, vocab: Vocab) -> list[Entity]:
    return sorted(find(doc, vocab), key=lambda e: (e.evidence.start, e.type, e.name))


def find(doc: Document, vocab: Vocab) -> Iterator[Entity]:
    hits = list(vocab.find(doc.text))
    for start, end, concept in hits:
        yield _entity(doc, concept.type, concept.label, start, end)
    for start, end, concept in hits:
        if concept.type == "Region":
            agency = _agency_after(doc.text, end)
            if agency:
                yield _entity(doc, "Agency", doc.text[start:agency], start, agency)
    for match in ORGANIZATION.finditer(doc.text):
        yield _entity(doc, "Organization", match.group(), *match.span())


def _agency_after(text: str, region_end: int) -> int | None:
    match = AGENCY_AFTER_REGION.match(text, region_end)
    return match.end() if match else None


def _entity(doc: Document, type_: str, name: str, start: int, end: int) -> Entity:
    sentence = doc.sentence_at(start)
    return Entity(doc.id, type_, name, doc.text[start:end], doc.evidence(sentence.start, max(sentence.end, end)))
