"""The period a document states it is in force for (kg.validity), and how it joins the header's metadata."""

from __future__ import annotations

import pytest

from kg.pipeline import from_text
from kg.validity import Period, stated_period


@pytest.mark.parametrize(
    ("text", "issued", "expected"),
    [
        ("本政策自2024年7月1日起施行，有效期至2028年6月30日。", None, Period(2024, 2028)),
        ("本措施由区科技局负责解释，自2024年10月1日起施行，有效期三年。", None, Period(2024, 2027)),
        ("本办法自2025年1月1日起施行，有效期3年。", None, Period(2025, 2027)),  # three full years from 1 January
        ("本方案自印发之日起实施，有效期至2026年12月31日。", "2024-05-06", Period(2024, 2026)),
        ("本政策措施自印发之日起施行，有效期五年。", "2024-03-01", Period(2024, 2029)),
        ("本办法自颁布之日起施行，有效期2年。", "2021-10-11", Period(2021, 2023)),
        ("本细则自2023年8月1日起执行，有效期为5年。", None, Period(2023, 2028)),
        ("本意见自2024年1月1日起至2026年12月31日止施行。", None, Period(2024, 2026)),
        ("本通知自发布之日起实施，有效期限至2027年12月31日。", None, Period(None, 2027)),  # no date issued: start unknown
        # the last clause is the document's own; a rule it replaces is named before it
        ("原《若干政策》自2020年1月1日起施行，有效期至2022年12月31日。本政策自2023年1月1日起施行，有效期至2025年12月31日。",
         None, Period(2023, 2025)),
    ],
)
def test_a_stated_period(text: str, issued: str | None, expected: Period) -> None:
    assert stated_period(text, issued) == expected


@pytest.mark.parametrize(
    "text",
    [
        "本条例自2016年1月1日起施行。",  # entry into force alone: a regulation's date, not a period
        "高新技术企业认定有效期为三年。",  # a qualification's validity, not the document's
        "从市外迁入且资格在有效期内的高新技术企业，给予30万元奖励。",
        "专利权有效期届满的，不再给予资助。本办法自2024年1月1日起施行。",
        "本办法自印发之日起施行，有效期三年。",  # N years from a date never stated
    ],
)
def test_no_stated_period(text: str) -> None:
    assert stated_period(text, None) is None


def test_a_stated_period_beats_the_last_deadline(vocab) -> None:
    text = "某市促进科技创新若干措施\n一、到2030年，高新技术企业达到500家。\n二、本措施自2024年4月1日起施行，有效期至2026年12月31日。\n"
    meta = from_text(text, vocab).meta
    assert (meta.period_start, meta.period_end) == (2024, 2026)


def test_a_title_period_beats_a_stated_one(vocab) -> None:
    text = "某市科技创新行动计划(2024-2027年)\n一、本计划自2024年3月1日起实施，有效期至2026年12月31日。\n"
    meta = from_text(text, vocab).meta
    assert (meta.period_start, meta.period_end) == (2024, 2027)


def test_a_plan_without_a_stated_period_runs_to_its_last_deadline(vocab) -> None:
    text = "某市科技创新实施方案\n一、到2027年，高新技术企业达到500家。\n本方案自印发之日起实施。\n"
    meta = from_text(text, vocab).meta
    assert (meta.period_start, meta.period_end) == (None, 2027)
