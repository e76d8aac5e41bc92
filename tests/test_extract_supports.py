"""Supports: a verb of support and the entity it supports, on word edges (issue 10)."""

from __future__ import annotations

import pytest

from kg.extract import supports
from kg.pipeline import from_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("支持高新技术企业建设研发中心。", [("支持", "高新技术企业")]),
        ("鼓励科技型中小企业加大研发投入。", [("鼓励", "科技型中小企业")]),
        ("培育一批专精特新企业。", [("培育", "专精特新企业")]),
        # negatives: the term is not there on word edges, or is in the next clause
        ("鼓励提高企业创新能力。", []),
        ("支持企业发展,高新技术企业数量增长。", []),
        ("加强监管。", []),
    ],
)
def test_support_objects(vocab, text: str, expected: list[tuple[str, str]]) -> None:
    doc = from_text(text, vocab)
    found = [(s.verb, s.object) for s in supports.extract(doc, vocab)]
    assert found == expected


def test_issue_10_supports_uses_the_word_boundary_rule(vocab) -> None:
    doc = from_text("鼓励提高企业创新能力", vocab)
    assert supports.extract(doc, vocab) == []


def test_quotes_are_exact(vocab) -> None:
    doc = from_text("一、\n支持國家級專精特新企業發展。", vocab)
    for s in supports.extract(doc, vocab):
        assert doc.original[s.evidence.start : s.evidence.end] == s.evidence.quote
