"""Test helper owning the recipients of the funding lines a sentence of our own gives, each quote checked exact."""

from __future__ import annotations

from kg import vocab as vocabulary
from kg.extract import funding
from kg.pipeline import from_text


def recipients(text: str, vocab: vocabulary.Vocab) -> list[str]:
    doc = from_text(text, vocab)
    facts = funding.extract(doc, vocab)
    for fact in facts:
        assert doc.original[fact.evidence.start : fact.evidence.end] == fact.evidence.quote
    return [f.recipient for f in facts]
