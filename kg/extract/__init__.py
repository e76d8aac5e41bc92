"""Step 4: Document → facts. Each extractor is a pure function of one document and the vocabulary."""

from __future__ import annotations

from kg.extract import entities, funding, supports, targets
from kg.model import Document, Fact
from kg.vocab import Vocab

EXTRACTORS = (entities, targets, funding, supports)


def extract(doc: Document, vocab: Vocab) -> list[Fact]:
    return [fact for extractor in EXTRACTORS for fact in extractor.extract(doc, vocab)]
