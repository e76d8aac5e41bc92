"""kg.extract.numbers: numerals, ranges, amounts and shares as Decimals."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.numbers import amounts, parse_number, parse_range, parse_ratio, quantities, ratios, to_yuan


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1800", "1800"),
        ("14,000", "14000"),
        ("15.7", "15.7"),
        ("0.065", "0.065"),
        ("1.5万", "15000"),
        ("3000万", "30000000"),
        ("十", "10"),
        ("十六", "16"),
        ("百", "100"),  # cn2an refuses a bare 百 (百项)
        ("千", "1000"),  # …and a bare 千 (千家)
        ("万", "10000"),
        ("两千", "2000"),
        ("三百六十五", "365"),
        ("五十万", "500000"),
    ],
)
def test_parse_number(text: str, expected: str) -> None:
    assert parse_number(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "abc", "十四五x", "1.2.3"])
def test_parse_number_refuses(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3-5", ("3", "5")),
        ("3—5", ("3", "5")),
        ("5——10", ("5", "10")),
        ("3至5", ("3", "5")),
        ("1~2", ("1", "2")),
        ("十至二十", ("10", "20")),
        ("12", ("12", None)),
    ],
)
def test_parse_range(text: str, expected: tuple[str, str | None]) -> None:
    low, high = expected
    assert parse_range(text) == (Decimal(low), Decimal(high) if high else None)


@pytest.mark.parametrize(
    ("number", "unit", "yuan"),
    [
        ("50", "万元", "500000"),
        ("1000", "万元", "10000000"),
        ("1", "亿元", "100000000"),
        ("2000", "元", "2000"),
        ("1.5", "万元", "15000"),
        ("五十", "万元", "500000"),
    ],
)
def test_to_yuan(number: str, unit: str, yuan: str) -> None:
    assert to_yuan(number, unit) == Decimal(yuan)


@pytest.mark.parametrize(
    ("text", "share"),
    [("30%", "0.3"), ("15.7%", "0.157"), ("1‰", "0.001"), ("1:1", "1"), ("1:0.5", "0.5"), ("百分之三十", "0.3")],
)
def test_parse_ratio(text: str, share: str) -> None:
    assert parse_ratio(text) == Decimal(share)


def test_quantities_keep_the_unit_as_written() -> None:
    text = "达到1800家、3-5家、6000亿元、15.7%、6万人、3000人次、1.5万家、百项"
    found = [(str(q.value), q.value_max and str(q.value_max), q.unit, q.chinese) for q in quantities(text)]
    assert found == [
        ("1800", None, "家", False),
        ("3", "5", "家", False),
        ("6000", None, "亿元", False),
        ("15.7", None, "%", False),
        ("6", None, "万人", False),
        ("3000", None, "人次", False),
        ("1.5", None, "万家", False),
        ("100", None, "项", True),
    ]


@pytest.mark.parametrize("text", ["2023年6月19日", "第十条", "京经信发〔2023〕30号", "(2018-2022年)", "“十四五”时期"])
def test_no_quantity_in_dates_articles_and_numbers(text: str) -> None:
    assert list(quantities(text)) == []


def test_amounts_in_a_distributed_list() -> None:
    text = "分别给予最高1000万元、100万元、10万元奖补经费"
    assert [yuan for yuan, _, _ in amounts(text)] == [Decimal(10_000_000), Decimal(1_000_000), Decimal(100_000)]


def test_ratios_in_running_text_leave_clock_times_alone() -> None:
    text = "给予设备投资额30%、技术合同交易额1‰,按1:1匹配,10:30开会"
    assert [share for share, _, _ in ratios(text)] == [Decimal("0.3"), Decimal("0.001"), Decimal(1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("比重达到百分之二点五。", [("2.5", None)]),
        ("争取达到百分之二至三", [("2", "3")]),
        ("提取不低于百分之六十的比例", [("60", None)]),
        ("百分之一百", [("100", None)]),
    ],
)
def test_recall4_shares_written_out_are_quantities_in_percent(text: str, expected: list) -> None:
    found = list(quantities(text))
    assert [(str(q.value), None if q.value_max is None else str(q.value_max)) for q in found] == expected
    assert all(q.unit == "%" and not q.chinese for q in found)


def test_recall4_a_share_written_out_with_a_decimal_point() -> None:
    assert str(parse_ratio("百分之二点五")) == "0.025"


# ---- recall7: units of counts and Taiwan's 兆, for targets; money for funding unchanged


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("举办对接活动50场次以上", [("50", "场次")]),
        ("累计服务中小企业10万家次", [("10", "万家次")]),
        ("产值突破新臺幣5兆元", [("5", "兆元")]),
        ("培育企业14,000家", [("14000", "家")]),
    ],
)
def test_recall7_count_units_and_trillions(text: str, expected: list) -> None:
    assert [(str(q.value), q.unit) for q in quantities(text)] == expected


def test_recall7_funding_amounts_are_read_as_before() -> None:
    # amounts() (funding) reads its own units: 兆 is no money unit there, 万元/亿元 still are
    assert [yuan for yuan, _, _ in amounts("给予最高50万元奖励,总额不超过1亿元,产值5兆元")] == [Decimal(500000), Decimal(100000000)]
