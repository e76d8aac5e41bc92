"""kg.extract funding and targets on Taiwan's subsidy rules and plans (補助要點, 補助作業要點, 獎勵辦法, 推動方案; branch
twn12): years of the Republic written in words (一百十五年), caps per case and rates of a plan category, KPI lists, and
the negatives (申請資格 thresholds, 罰鍰, 追繳, 自籌款). Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary
from kg.extract import cues, funding, targets
from kg.pipeline import from_text

Fund = tuple[str, int | None, bool, str | None]  # recipient, amount (NT$ at face value), cap, ratio
Goal = tuple[str, str, str, int | None, bool]  # subject, value, unit, year, per_year


@pytest.fixture(scope="module")
def shipped() -> vocabulary.Vocab:
    return vocabulary.load()


def fund_rows(text: str, vocab: vocabulary.Vocab) -> list[Fund]:
    doc = from_text(text, vocab)
    found = funding.extract(doc, vocab)
    assert all(doc.original[f.evidence.start : f.evidence.end] == f.evidence.quote for f in found)
    return [(f.recipient, None if f.amount_yuan is None else int(f.amount_yuan), f.cap, None if f.ratio is None else str(f.ratio))
            for f in found]


def goal_rows(text: str, vocab: vocabulary.Vocab) -> list[Goal]:
    doc = from_text(text, vocab)
    found = targets.extract(doc, vocab)
    assert all(doc.original[t.evidence.start : t.evidence.end] == t.evidence.quote for t in found)
    return [(t.subject, str(t.value), t.unit, t.year, t.per_year) for t in found]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("預計於一百十五年前輔導", 2026),
        ("至一百一十五年創造", 2026),
        ("本方案目標為一百十四年底前完成", 2025),
        ("至一一五年", 2026),
        ("到民國一百零九年", 2020),
        ("至115年", 2026),
        ("至一百二十年", 2031),
    ],
)
def test_years_of_the_republic_in_words(text: str, year: int) -> None:
    """Taiwan's rules write the year of the Republic in words as often as in digits: 1911 + n."""
    match = cues.DEADLINE.search(from_text(text, vocabulary.load()).text)
    assert match is not None and cues.deadline_year(match) == year


@pytest.mark.parametrize(
    "text",
    [
        "二一百十四年底前",  # no year: a longer numeral
        "一百年來",  # a century, no deadline
        "成立一百十五年之企業",  # an age, no deadline
    ],
)
def test_numerals_that_are_no_year_of_the_republic(text: str) -> None:
    assert cues.DEADLINE.search(from_text(text, vocabulary.load()).text) is None


GOALS: list[tuple[str, list[Goal]]] = [
    ("預計於一百十五年前輔導三百家中小企業導入數位轉型。", [("中小企业", "300", "家", 2026, False)]),
    ("績效指標:(一)至一百十五年創造就業機會五千個。", [("就业机会", "5000", "个", 2026, False)]),
    ("(二)至一百十五年取得專利一百件以上。", [("取得专利", "100", "件", 2026, False)]),
    ("(二)至115年取得專利一百件以上。", [("取得专利", "100", "件", 2026, False)]),
    ("預期至民國116年帶動民間投資達新臺幣50億元。", [("民间投资", "50", "亿元", 2027, False)]),
    ("每年補助新創事業二百家。", [("新创事业", "200", "家", None, True)]),
]


@pytest.mark.parametrize(("text", "expected"), GOALS)
def test_taiwan_plan_goals(text: str, expected: list[Goal], shipped: vocabulary.Vocab) -> None:
    assert goal_rows(text, shipped) == expected
