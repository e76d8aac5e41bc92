"""Speed work of session 17 (perf17): the cheap first scans read exactly what the full ones read."""

from __future__ import annotations

import pytest

from kg.extract import helped
from kg.extract.deadlines import Deadlines
from kg.extract.instruments import MONEY_HINT, every_instrument, instruments

# one clause per pattern of kg.extract.instruments (money word, 资金支持, 扶持资金, 奖金, 元…经费, 经费保障, 配套, 经费 sized,
# 补偿 of a share, 元…支持, a list of supports, 激励, 在…方面, 支持 sized later, an amount given, 支持 an amount) and clauses without
CLAUSES = (
    "对认定的企业给予一次性奖励",
    "市财政给予资金支持",
    "统筹安排扶持资金",
    "颁发奖金",
    "给予每人50万元培养经费",
    "对农业技术推广机构给予经费保障",
    "区级按照1:1给予配套",
    "给予建设经费100万元",
    "按照损失本金的60%给予补偿",
    "给予30万元支持",
    "给予科研经费、项目资金和创业场地支持",
    "给予“金融+财政+土地+信用”的组合式激励",
    "在资金、土地等方面给予支持",
    "给予支持,单个项目支持金额最高不超过1亿元",
    "按规定给予200万元",
    "首期支持不少于1000万元",
    "支持企业建设研发机构",
    "加强知识产权保护",
    "建立健全科技成果转化机制",
    "每家企业最高1万",
)


@pytest.mark.parametrize("clause", CLAUSES)
def test_the_money_hint_finds_what_every_pattern_finds(clause: str) -> None:
    text = "。" + clause + "。"
    spans = [m.span() for m in every_instrument(text, 1, len(text) - 1)]
    assert [m.span() for m in instruments(text, 1, len(text) - 1)] == spans
    assert MONEY_HINT.search(text, 1, len(text) - 1) is not None or not spans


def test_most_clauses_have_no_money_hint() -> None:
    assert MONEY_HINT.search("加强知识产权保护") is None
    assert MONEY_HINT.search("建立健全科技成果转化机制") is None


def test_a_series_needs_a_money_verb() -> None:
    text = "辅导与补助直辖市、县(市)政府办理既有未登记工厂群聚地区整体规划"  # as normalised, past its item's number (funding15a)
    assert helped.series(text, 0, len(text), 0) is not None
    text = "辅导直辖市、县(市)政府办理既有未登记工厂群聚地区整体规划"
    assert helped.series(text, 0, len(text), 0) is None


def test_lines_without_a_year_keep_the_deadline_in_force() -> None:
    text = "主要目标:到2025年,\n高新技术企业达到1800家;\n科技型中小企业达到3000家。\n三、重点任务\n加强创新。"
    deadlines = Deadlines(text, 2023)
    assert deadlines.at(text.index("科技型")) == 2025
    assert deadlines.at(text.index("加强")) is None
