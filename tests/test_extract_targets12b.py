"""kg.extract.targets, second round of session 12 (branch tgt12b): goal tables headed 目标任务, 主要指标, 预期目标 or with
a 单位 column (a header in two rows, the unit in the header or the cell), and goals in prose of city and district
action plans and Taiwan's 方案 (a count of recipients a year, a year inside a line, 累计…以上). Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import pipeline
from kg import vocab as vocabulary
from kg.model import Target

from test_extract_targets12 import Row, rows  # a text's targets, their quotes checked


LEAD = "截至2023年底,全区高新技术企业达到700家。到2027年,全区科技创新能力显著增强,主要目标如下。\n"  # a plan speaking from 2023


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # 目标任务 names the rows; the unit in brackets after each name
        ("序号\t目标任务\t2025年\t2027年\n1\t高新技术企业数量(家)\t1500\t2000\n2\t研发投入强度(%)\t2.8\t3.0\n",
         [("高新技术企业数量", "1500", None, "家", 2025, False), ("高新技术企业数量", "2000", None, "家", 2027, False),
          ("研发投入强度", "2.8", None, "%", 2025, False), ("研发投入强度", "3", None, "%", 2027, False)]),
        # 主要指标 with a 单位 column and a base year's column (a fact)
        ("主要指标\t单位\t2022年(基期)\t2025年\t2027年\n技术合同成交额\t亿元\t100\t200\t300\n",
         [("技术合同成交额", "200", None, "亿元", 2025, False), ("技术合同成交额", "300", None, "亿元", 2027, False)]),
        # no indicator header, only a 单位 column: the name is the cell before the unit, not its category
        ("类别\t项目\t单位\t2025年\n创新主体\t科技型中小企业\t家\t3000\n\t专精特新中小企业\t家\t200\n",
         [("科技型中小企业", "3000", None, "家", 2025, False), ("专精特新中小企业", "200", None, "家", 2025, False)]),
        # 预期目标 spanning the years of the row below (a page's or a PDF's header in two rows)
        ("指标\t单位\t预期目标\n2025年\t2027年\n专精特新企业\t家\t100\t150\n",
         [("专精特新企业", "100", None, "家", 2025, False), ("专精特新企业", "150", None, "家", 2027, False)]),
        # the same from a Word file: the merged cells repeat
        ("指标\t单位\t预期目标\t预期目标\n指标\t单位\t2025年\t2027年\n专精特新企业\t家\t100\t150\n",
         [("专精特新企业", "100", None, "家", 2025, False), ("专精特新企业", "150", None, "家", 2027, False)]),
        # 预期目标 heading the name column; the unit in the years' headers
        ("预期目标\t2025年(%)\t2027年(%)\n研发投入强度\t2.5\t3\n", [("研发投入强度", "2.5", None, "%", 2025, False), ("研发投入强度", "3", None, "%", 2027, False)]),
        # the unit in the name's header, or in the cell with the figure; a range
        ("序号\t指标名称(单位:亿元)\t2027年\n1\t数字经济核心产业增加值\t500\n", [("数字经济核心产业增加值", "500", None, "亿元", 2027, False)]),
        ("序号\t指标名称\t2027年\n1\t高新技术企业\t2000家\n2\t新型研发机构\t3-5个\n",
         [("高新技术企业", "2000", None, "家", 2027, False), ("新型研发机构", "3", "5", "个", 2027, False)]),
        # the unit on a line of its own above the table (full-width as written)
        ("（单位：亿元）\n序号\t指标名称\t2027年\n1\t技术合同成交额\t200\n", [("技术合同成交额", "200", None, "亿元", 2027, False)]),
        # a base value's and a goal value's columns, each with its year; a column of kinds (预期性) and figures with ≥, 以上
        ("指标\t单位\t基期值(2022年)\t目标值(2025年)\t属性\n技术合同成交额\t亿元\t100\t≥200\t预期性\n研发投入强度\t%\t2.1\t2.5以上\t预期性\n",
         [("技术合同成交额", "200", None, "亿元", 2025, False), ("研发投入强度", "2.5", None, "%", 2025, False)]),
        # a page's table
        ("| 目标任务 | 单位 | 2027年 |\n|---|---|---|\n| 新增规上工业企业 | 家 | 200 |\n", [("新增规上工业企业", "200", None, "家", 2027, False)]),
    ],
)
def test_goal_tables_headed_by_task_main_indicator_expected_goal_or_a_unit_column(table: str, expected: list[Row], vocab: vocabulary.Vocab) -> None:
    assert sorted(rows(LEAD + table, vocab)) == sorted(expected)


@pytest.mark.parametrize(
    "table",
    [
        # a budget by year under a 单位 column: public money, no goal
        "类别\t项目\t单位\t2025年\t2026年\n科技投入\t市级财政资金\t万元\t500\t800\n",
        # projects by year: no column names an indicator or a unit
        "项目\t2025年\t2026年\n科技专项\t5000\t6000\n",
        # years gone by in a plan speaking from 2023 (the 指标 column's years are all past): facts
        "指标\t单位\t2021年\t2022年\n高新技术企业\t家\t800\t900\n",
        # a row of years under a header row that names no column
        "序号\t承担单位名录\t备注\n2025年\t2027年\n1\t某某大学\t3\n",
    ],
)
def test_tables_that_state_no_goals(table: str, vocab: vocabulary.Vocab) -> None:
    assert rows("截至2023年底,全区各项工作稳步推进。\n" + table, vocab) == []


TABLES = Path(__file__).parent / "data" / "tables"  # made by scripts/make_table_fixtures.py (goal_fixtures)
GOALS = {("高新技术企业数量", "800", "家", 2025), ("高新技术企业数量", "1000", "家", 2027), ("全社会研发经费投入强度", "2.8", "%", 2025),
         ("全社会研发经费投入强度", "3", "%", 2027), ("技术合同成交额", "150", "亿元", 2025), ("技术合同成交额", "200", "亿元", 2027)}


@pytest.mark.parametrize("name", ["goals.docx", "goals.pdf", "goals-unruled.pdf"])
def test_a_goal_table_with_a_two_row_header_in_real_files(name: str, vocab: vocabulary.Vocab) -> None:
    """指标 and 单位 merged down over both header rows, 预期目标 across the years: in Word (the merged cells repeat), in its
    ruled PDF export (the row of years below, its first cells empty) and printed from a page without rules (指标 | 单位 on a
    line of their own between 预期目标 and the years)."""
    build = pipeline.build([TABLES / name], vocab, check=False)
    doc = build.docs[0]
    assert {(t.subject, str(t.value), t.unit, t.year) for t in build.facts if isinstance(t, Target)} == GOALS
    assert all(doc.original[f.evidence.start : f.evidence.end] == f.evidence.quote for f in build.facts)


DATED = "截至2023年底,全市高新技术企业1000家。"  # a page speaking from 2023 (its first sentence a fact)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of recipients a year is a goal; 补助 is its verb (Traditional as written in Taiwan's 方案)
        ("每年補助50家中小企業導入數位工具。", [("中小企业", "50", None, "家", None, True)]),
        ("到2025年,每年资助30个青年科技人才团队。", [("青年科技人才团队", "30", None, "个", None, True)]),  # 每年: no year (tgt17, as blind gold)
        # 补助 ending a verb run with nothing after the number: the grants are what is counted
        ("預計115年完成補助50案。", [("补助", "50", None, "案", 2026, False)]),
        # a sum of services provided under a deadline (累计…以上)
        ("到2025年,累计为中小企业提供融资服务500亿元以上。", [("融资服务", "500", None, "亿元", 2025, False)]),
        ("到2025年,全市累计发放科技创新券1亿元。", [("科技创新券", "1", None, "亿元", 2025, False)]),
        # a range for each district under a deadline: a goal
        ("到2025年,每个区县建设1-2家科技企业孵化器。", [("科技企业孵化器", "1", "2", "家", 2025, False)]),
        # a year inside the line, right before its comparator, is the figure's year
        ("研发经费投入强度2025年达到3%。", [("研发经费投入强度", "3", None, "%", 2025, False)]),
        ("技术合同成交额2026年突破500亿元、2027年突破600亿元。",
         [("技术合同成交额", "500", None, "亿元", 2026, False), ("技术合同成交额", "600", None, "亿元", 2027, False)]),
        ("规上工业企业研发机构覆盖率2025年底达到50%。", [("规上工业企业研发机构覆盖率", "50", None, "%", 2025, False)]),
        ("全社会研发投入强度2023年达到2.6%,2025年达到3%。",
         [("全社会研发投入强度", "2.6", None, "%", 2023, False), ("全社会研发投入强度", "3", None, "%", 2025, False)]),
        ("全区研发投入强度2025年达到3%,高新技术企业数量2025年达到800家。",
         [("研发投入强度", "3", None, "%", 2025, False), ("高新技术企业数量", "800", None, "家", 2025, False)]),
        # a change from a base year to a later one: the later figure and its year
        ("高新技术企业数量由2020年的800家增加到2025年的1500家。", [("高新技术企业数量", "1500", None, "家", 2025, False)]),
        # on a dated page: a year inside the line over the deadline 截至 does not set
        (DATED + "全社会研发投入强度2024年达到2.6%,2025年达到3%。",
         [("全社会研发投入强度", "2.6", None, "%", 2024, False), ("全社会研发投入强度", "3", None, "%", 2025, False)]),
        (DATED + "全区2025年研发投入强度达到3%。", [("研发投入强度", "3", None, "%", 2025, False)]),
        # “十三五”期间 on a page with no five-year plan's title: the plan's goal when undated or speaking from before 2020
        ("“十三五”期间,全市新增高新技术企业500家。", [("高新技术企业", "500", None, "家", 2020, False)]),
        ("截至2015年底,全市高新技术企业800家。“十三五”期间,全市新增高新技术企业500家。", [("高新技术企业", "500", None, "家", 2020, False)]),
        ("“十三五”期间,全市高新技术企业数量达到2000家,研发投入强度达到2.5%。",
         [("高新技术企业数量", "2000", None, "家", 2020, False), ("研发投入强度", "2.5", None, "%", 2020, False)]),
    ],
)
def test_goals_of_city_district_and_taiwan_plans(text: str, expected: list[Row], vocab: vocabulary.Vocab) -> None:
    assert sorted(rows(text, vocab)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # caps and norms: a yearly cap per applicant, a cap before the verb, a count for each district with no deadline
        "每家企業每年度至多補助二案。",
        "補助期間以三年為限,每年度至多補助二案。",
        "每年度每一申請者以補助一案為限。",
        "每家孵化器每年最多推荐3个项目。",
        "數位轉型補助每案最高新臺幣100萬元,每年補助至多30家。",
        "每个区县至少配备1名科技特派员。",
        "每个区县建设1-2家科技企业孵化器。",  # with no deadline a norm for each district (到2025年,… is a goal)
        # “十三五”期间 on a page speaking from after it, and 以来: a review
        "截至2022年底,全市高新技术企业800家。“十三五”期间,全市新增高新技术企业500家。",
        "“十三五”以来,全市新增高新技术企业500家。",
        # 补助 inside a noun (补助对象, 补助标准): no verb
        "補助對象須具有研發人員5人以上。",
        "补助标准为每家企业5万元。",
        # a sum with 累计 but no deadline or aim: a fact reported as often as a goal
        "累计为中小企业提供融资服务500亿元以上。",
        # a year inside the line the page speaks from or before: a fact
        DATED + "全市研发投入强度2022年达到2.5%。",
        # 截至 dates a fact: no deadline for what follows
        "截至2023年底,全市累计培育高新技术企业1000家。",
        # an applicant's figure for a year inside the line: a threshold
        DATED + "申报企业2024年研发投入超过300万元。",
        "申报单位2022年营业收入达到1000万元。",
        # money paid out a year, capped: a funding rule
        "符合条件的企业每年发放补贴不超过5万元。",
        "市财政每年资助100万元用于人才培养。",
        # a base year (比2020年) before the comparator is no year of the goal
        "全市研发投入比2020年增加20亿元。",
        # money and thresholds in support measures
        "企业上年度研发投入不低于500万元的,给予最高50万元奖励。",
        "对年度研发投入超过1000万元的企业,按10%给予补助。",
        "全市现有高新技术企业1500家,省级以上研发平台300个。",
    ],
)
def test_caps_norms_facts_and_thresholds_state_no_goal(text: str, vocab: vocabulary.Vocab) -> None:
    assert rows(text, vocab) == []
