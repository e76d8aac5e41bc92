"""Texts that once crashed the extractor: each now extracts, and gives what it should (session 19).

Found by a blind document (a matched prize paid to two recipients) and by scripts/crash_sweep.py (documents spliced
from the clauses of real ones). The sentences here are our own, written to the shape that crashed."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary
from kg.extract import extract
from kg.model import Funding
from kg.pipeline import from_text


@pytest.fixture(scope="module")
def vocab() -> vocabulary.Vocab:
    return vocabulary.load()


@pytest.mark.parametrize("text", [
    # a lead-in (对…提供下列…:) whose who names no one, then a promise naming no one: its recipients were looked for in
    # the lead-in, which looked for them in itself again, until RecursionError
    "对申报、评审工作提供下列保障：经费、场地。按规定给予补助。",
    "对研发、中试、转化各环节提供下列服务：咨询、检测。经评审后给予补助。",
])
def test_a_lead_in_naming_no_one_is_read_once(text: str, vocab: vocabulary.Vocab) -> None:
    facts = extract(from_text(text, vocab), vocab)
    assert [f for f in facts if isinstance(f, Funding)] == []


def test_a_lead_in_naming_someone_still_gives_its_items_their_recipient(vocab: vocabulary.Vocab) -> None:
    text = "对上市企业给予以下支持：（一）完成股改的，给予100万元奖励；（二）成功上市的，给予300万元奖励。"
    recipients = {(f.recipient, f.amount_yuan) for f in extract(from_text(text, vocab), vocab) if isinstance(f, Funding)}
    assert ("上市企业", 1_000_000) in recipients and ("上市企业", 3_000_000) in recipients
