"""Test helper owning how a sentence of our own is scored for entities: the lines a title and sentence give, as
kg evaluate matches them (name or surface), and the missed and false lines against what is expected or ambiguous."""

from __future__ import annotations

from collections.abc import Collection

from kg import vocab as vocabulary
from kg.extract import entities
from kg.pipeline import from_text

Lines = set[tuple[str, str]]
Found = tuple[Lines, set[tuple[str, str, str]]]


def lines(title: str, sentence: str, vocab: vocabulary.Vocab, types: Collection[str]) -> Found:
    """The names and surfaces of the given types the document (title and sentence) gives: a place the title names is the
    document's whatever the sentence calls it; and the lines only the sentence gives, each with its surface."""
    doc = from_text(f"{title}\n{sentence}", vocab)
    found = [e for e in entities.extract(doc, vocab) if e.type in types]
    titled = {(e.type, e.name) for e in entities.extract(from_text(title, vocab), vocab)}
    anywhere = {(e.type, e.name) for e in found} | {(e.type, e.surface) for e in found}
    return anywhere, {(e.type, e.name, e.surface) for e in found if e.evidence.start > len(title) and (e.type, e.name) not in titled}


def judge(expected: Lines, ambiguous: Lines, got: Found) -> tuple[Lines, Lines]:
    """Missed expected lines (found anywhere in the document) and false lines (of the sentence, neither name nor surface
    expected or ambiguous); "a|b" in expected or ambiguous accepts either name."""
    def alts(ls: Lines) -> Lines:
        return {(t, n) for t, names in ls for n in names.split("|")}
    missed = {line for line in expected if not alts({line}) & got[0]}
    allowed = alts(expected) | alts(ambiguous)
    return missed, {(t, n) for t, n, s in got[1] if (t, n) not in allowed and (t, s) not in allowed}
