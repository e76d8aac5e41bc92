"""Header metadata, session 15: a Taiwan letter's number whose office code is long (新北府经商字)."""

from __future__ import annotations

import pytest

from kg.pipeline import from_text


@pytest.mark.parametrize(
    ("header", "number"),
    [
        ("中華民國一百十三年三月二十五日新北府經商字第1130512345號令訂定", "新北府经商字第1130512345号"),
        ("中華民國一百十二年三月一日經產字第11252600100號函訂定", "经产字第11252600100号"),
        ("中華民國一百十二年五月八日府授經商字第1120123456號令修正", "府授经商字第1120123456号"),
        ("中華民國一百十二年三月一日生效", None),  # a date alone names no letter
    ],
)
def test_a_taiwan_letter_number(vocab, header: str, number: str | None) -> None:
    text = f"某市政府產業創新補助作業要點\n\n{header}\n\n一、為鼓勵產業創新，特訂定本要點。\n"
    assert from_text(text, vocab).meta.number == number
