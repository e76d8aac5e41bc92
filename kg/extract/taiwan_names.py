"""Proper names of Taiwan's bodies, programmes and platforms as written (苗栗縣政府經濟暨綠能發展處 → …经济暨绿能发展处): the
Taiwan vocabulary kg.normalize undoes for reading (綠能 → 绿色能源) is put back in a name where its quote writes it, as the
annotators convert names script only (twn19). Industries and kinds keep the mainland word (a field's name is normalised),
and a name the vocabulary holds stays as its concept reads (财团法人信息工业策进会, 经济部中小及新创企业署: chosen there).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from kg.model import Document, Entity
from kg.normalize import simplified
from kg.vocab import Vocab

PROPER = frozenset({"Agency", "Organization", "Platform", "Programme"})


def as_written(doc: Document, vocab: Vocab, found: Iterable[Entity]) -> Iterator[Entity]:
    """Each entity, a proper name's rewritten Taiwan words put back where its own quote writes them."""
    if not doc.traditional:
        yield from found
        return
    for entity in found:
        if entity.type in PROPER and vocab.by_label(entity.name) is None:  # (a vocabulary name stays as its concept reads)
            written = None
            for taiwan, mainland in vocab.variants:
                if mainland in entity.name and taiwan not in entity.name:
                    written = written if written is not None else simplified(entity.evidence.quote)
                    if taiwan in written and mainland not in written:
                        entity = replace(entity, name=entity.name.replace(mainland, taiwan))
        yield entity
