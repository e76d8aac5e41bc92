"""Speed-ups of branch perf14 that must not change what is read: the recipients' endings learnt once per
vocabulary (kg.extract.nouns.recipient_heads), the same as learnt afresh, and each vocabulary its own."""

from __future__ import annotations

from dataclasses import replace

from kg import vocab as vocabulary
from kg.extract import nouns


def test_recipient_heads_learnt_once_per_vocabulary(vocab: vocabulary.Vocab) -> None:
    first = nouns.recipient_heads(vocab)
    assert nouns.recipient_heads(vocab) is first  # asked again in every clause: the one learnt
    assert first == nouns._learnt_heads(vocab)
    assert "企业" in first and "中心" in first


def test_recipient_heads_of_another_vocabulary_are_its_own(vocab: vocabulary.Vocab) -> None:
    kept = {iri: c for iri, c in vocab.concepts.items() if c.type not in ("PlatformType", "EnterpriseType")}
    other = replace(vocab, concepts=kept)
    assert nouns.recipient_heads(other) == nouns._learnt_heads(other)
    assert nouns.recipient_heads(vocab) == nouns._learnt_heads(vocab)
    assert set(nouns.recipient_heads(other)) <= set(nouns.recipient_heads(vocab))
