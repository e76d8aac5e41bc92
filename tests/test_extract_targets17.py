"""kg.extract.targets on action plans, their indicator tables and support measures (session 17, branch tgt17, texts of our
own in their style, tests/data/own-targets17): tables read with no year the document speaks from, pipe rows without outer
bars; hard and negative cases included."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary

from test_extract_targets12 import Row, rows  # a text's targets, their quotes checked

TABLES = [
    # no year known: the first year column is where the plan starts from, the later ones its goals
    ("专栏1 主要指标\n指标\t单位\t2024年\t2025年\t2026年\n高新技术企业\t家\t1200\t1400\t1600",
     [("高新技术企业", "1400", None, "家", 2025, False), ("高新技术企业", "1600", None, "家", 2026, False)]),
    # … and a base column marked as such leaves every later column a goal's
    ("指标\t单位\t2024年(基期)\t2025年\t2027年\n研发投入强度\t%\t2.4\t2.6\t3.0",
     [("研发投入强度", "2.6", None, "%", 2025, False), ("研发投入强度", "3", None, "%", 2027, False)]),
    # years each called a goal's (目标值): all of them
    ("指标\t单位\t2025年目标值\t2027年目标值\t指标属性\n高新技术企业\t家\t800\t1000\t预期性",
     [("高新技术企业", "800", None, "家", 2025, False), ("高新技术企业", "1000", None, "家", 2027, False)]),
    # two years: the first the base, the last the goal, as before
    ("指标\t2020年\t2025年\t属性\n研发经费支出(亿元)\t85\t150\t预期性", [("研发经费支出", "150", None, "亿元", 2025, False)]),
    # a pipe table without its outer bars (a page's text), the unit in full-width brackets
    ("主要目标表\n指标 | 2024年 | 2026年 | 2027年\n新型研发机构（家） | 30 | 40 | 50",
     [("新型研发机构", "40", None, "家", 2026, False), ("新型研发机构", "50", None, "家", 2027, False)]),
    # blanks between the cells (a PDF's layout)
    ("主要指标表\n指标名称                  单位      2024年    2025年    2026年\n数字经济核心产业增加值    亿元      800       950       1100",
     [("数字经济核心产业增加值", "950", None, "亿元", 2025, False), ("数字经济核心产业增加值", "1100", None, "亿元", 2026, False)]),
]


@pytest.mark.parametrize(("text", "expected"), TABLES, ids=[f"tgt17-table-{k}" for k in range(len(TABLES))])
def test_tables(text: str, expected: list[Row], vocab: vocabulary.Vocab) -> None:
    assert sorted(rows(text, vocab)) == sorted(expected)


NOT_TABLES = [
    "说明 | 备注",  # two cells, no header
    "甲方 | 乙方 | 丙方",  # a row of names, no years
    "年份 | 2022年 | 2023年\n收入(亿元) | 100 | 120",  # no column names an indicator or a unit: statistics
]


@pytest.mark.parametrize("text", NOT_TABLES, ids=[f"tgt17-not-table-{k}" for k in range(len(NOT_TABLES))])
def test_not_tables(text: str, vocab: vocabulary.Vocab) -> None:
    assert rows(text, vocab) == []


HEADED = [
    # a list's mark and a year alone on their line head the lines below, down to the next such heading
    ("三、目标任务\n(一)2025年\n新增国家高新技术企业150家,新增科技型中小企业300家。\n(二)2026年\n新增国家高新技术企业180家。",
     [("国家高新技术企业", "150", None, "家", 2025, False), ("科技型中小企业", "300", None, "家", 2025, False),
      ("国家高新技术企业", "180", None, "家", 2026, False)]),
    ("分年度目标\n1.2026年目标:\n建成中试基地5个。\n2.2027年目标:\n建成中试基地10个。",
     [("中试基地", "5", None, "个", 2026, False), ("中试基地", "10", None, "个", 2027, False)]),
]


@pytest.mark.parametrize(("text", "expected"), HEADED, ids=[f"tgt17-headed-{k}" for k in range(len(HEADED))])
def test_a_year_heading_its_list(text: str, expected: list[Row], vocab: vocabulary.Vocab) -> None:
    assert rows(text, vocab) == expected


NOT_HEADED = [
    "一、发展基础\n(一)2023年\n全市新增高新技术企业150家。",  # a review's year
    "(一)2024年\n已建成省级重点实验室12家。",  # a fact: 已
]


@pytest.mark.parametrize("text", NOT_HEADED, ids=[f"tgt17-not-headed-{k}" for k in range(len(NOT_HEADED))])
def test_a_year_heading_a_review(text: str, vocab: vocabulary.Vocab) -> None:
    assert rows(text, vocab) == []


PARTS = [
    # the items after 其中: each a part of the dated goal, on the lines below …
    ("到2027年,全省技术合同成交额达到2000亿元,其中:\n1.技术输出合同成交额1200亿元;\n2.吸纳技术合同成交额800亿元。",
     [("技术合同成交额", "2000", None, "亿元", 2027, False), ("技术输出合同成交额", "1200", None, "亿元", 2027, False),
      ("吸纳技术合同成交额", "800", None, "亿元", 2027, False)]),
    ("到2027年,全省孵化器达到100家,其中:\n——国家级孵化器10家;\n——省级孵化器40家。",
     [("孵化器", "100", None, "家", 2027, False), ("国家级孵化器", "10", None, "家", 2027, False), ("省级孵化器", "40", None, "家", 2027, False)]),
    # … or in its sentence, one after another
    ("到2027年,全省技术合同成交额达到2000亿元,其中:技术输出合同成交额1200亿元,吸纳技术合同成交额800亿元。",
     [("技术合同成交额", "2000", None, "亿元", 2027, False), ("技术输出合同成交额", "1200", None, "亿元", 2027, False),
      ("吸纳技术合同成交额", "800", None, "亿元", 2027, False)]),
    # 其中 opening the line under an indicator table: parts of the table's goals, undated as written
    ("主要指标表\n指标\t单位\t2024年\t2027年\n省级以上创新平台\t个\t310\t400\n其中,国家级创新平台力争达到50个以上。",
     [("国家级创新平台", "50", None, "个", None, False), ("省级以上创新平台", "400", None, "个", 2027, False)]),
]


@pytest.mark.parametrize(("text", "expected"), PARTS, ids=[f"tgt17-parts-{k}" for k in range(len(PARTS))])
def test_parts_listed_after_among(text: str, expected: list[Row], vocab: vocabulary.Vocab) -> None:
    assert rows(text, vocab) == expected


NOT_PARTS = [
    "市财政安排资金5亿元,其中:\n1.科技专项资金2亿元;\n2.人才专项资金1亿元。",  # a budget's breakdown, no deadline
    "市财政安排资金5亿元,其中:科技专项资金2亿元,人才专项资金1亿元。",
    "一、发展基础\n全市技术合同成交额达到150亿元,其中:\n1.技术输出合同成交额90亿元;",  # a review's figures
    "全市研发投入280亿元。\n其中,企业研发投入200亿元。",  # 其中 under a line of prose, no table: a breakdown
]


@pytest.mark.parametrize("text", NOT_PARTS, ids=[f"tgt17-not-parts-{k}" for k in range(len(NOT_PARTS))])
def test_parts_of_no_goal(text: str, vocab: vocabulary.Vocab) -> None:
    assert rows(text, vocab) == []


CHANGES_AND_SPANS = [
    # the change against a base year, right after a goal: that goal's change, under its deadline
    ("到2026年,全市科技型中小企业数量达到1200家以上,较2023年增长50%。",
     [("科技型中小企业数量", "1200", None, "家", 2026, False), ("科技型中小企业数量增长", "50", None, "%", 2026, False)]),
    ("到2027年,高新技术企业达到3000家,在2024年基础上增长50%。",
     [("高新技术企业", "3000", None, "家", 2027, False), ("高新技术企业增长", "50", None, "%", 2027, False)]),
    # a sum aimed at within a span of years (三年累计, 三年内) with 左右/以上: a goal, undated
    ("推广科技贷产品,三年累计发放科技信贷100亿元左右。", [("科技信贷", "100", None, "亿元", None, False)]),
]


@pytest.mark.parametrize(("text", "expected"), CHANGES_AND_SPANS, ids=[f"tgt17-change-{k}" for k in range(len(CHANGES_AND_SPANS))])
def test_changes_and_spans(text: str, expected: list[Row], vocab: vocabulary.Vocab) -> None:
    assert rows(text, vocab) == expected


NOT_CHANGES = [
    "全市高新技术企业达到1650家,较上年增长16%。",  # a change reported, no deadline
    "三年内累计投入财政资金不超过1000万元。",  # a cap
    "企业三年内研发投入累计达到500万元以上的,给予奖励。",  # a condition of aid
]


@pytest.mark.parametrize("text", NOT_CHANGES, ids=[f"tgt17-not-change-{k}" for k in range(len(NOT_CHANGES))])
def test_no_change_nor_span_goal(text: str, vocab: vocabulary.Vocab) -> None:
    assert rows(text, vocab) == []


def test_plans_counted_in_chinese_numerals(vocab: vocabulary.Vocab) -> None:
    """A count in Chinese numerals after the plans it counts (補助研發計畫一百案以上) is a goal; 百项 before a programme's
    name (实施百项产业筑基工程) stays a name."""
    assert rows("於中華民國一百十六年底前,累計補助研發計畫一百案以上。", vocab) == [("研发计划", "100", None, "案", 2027, False)]
    assert rows("到2027年,实施百项产业筑基工程。", vocab) == []


PLAN_ENDS = [
    # the end of an older five-year plan is a deadline (九五 2000, 十五 2005), as 十四五末 is; a deadline between the measure
    # and its comparator is no part of the subject
    ("第八条 全社会科技投入占地区生产总值的比例逐年提高,“九五”期末达到百分之一点五。",
     [("全社会科技投入占地区生产总值的比例", "1.5", None, "%", 2000, False)]),
    ("第九条 到“十五”期末,全市研究与开发经费占国内生产总值的比例达到百分之二。",
     [("研究与开发经费占国内生产总值的比例", "2", None, "%", 2005, False)]),
    ("全社会研发经费投入强度逐年提高,“十四五”末达到3%。", [("全社会研发经费投入强度", "3", None, "%", 2025, False)]),
]


@pytest.mark.parametrize(("text", "expected"), PLAN_ENDS, ids=[f"tgt17-plan-end-{k}" for k in range(len(PLAN_ENDS))])
def test_plan_ends(text: str, expected: list[Row], vocab: vocabulary.Vocab) -> None:
    assert rows(text, vocab) == expected


def test_no_plan_end_in_a_number() -> None:
    from kg.cues import DEADLINE
    assert DEADLINE.search("第十五期末考核") is None
    assert DEADLINE.search("二十五期间") is None


STEPS_AND_STAGES = [
    # a level a goal steps up to (迈上…台阶) is compared as 突破 is
    ("到2030年,全市新材料产业产值迈上5000亿元台阶。", [("新材料产业产值", "5000", None, "亿元", 2030, False)]),
    # a heading of goals by year: the bare years opening its lines are aimed at
    ("(二)分年度目标\n2025年:新增科技型中小企业200家。\n2026年:新增科技型中小企业250家。",
     [("科技型中小企业", "200", None, "家", 2025, False), ("科技型中小企业", "250", None, "家", 2026, False)]),
]


@pytest.mark.parametrize(("text", "expected"), STEPS_AND_STAGES, ids=[f"tgt17-steps-{k}" for k in range(len(STEPS_AND_STAGES))])
def test_steps_and_stages(text: str, expected: list[Row], vocab: vocabulary.Vocab) -> None:
    assert rows(text, vocab) == expected


def test_no_goal_in_a_step_without_number(vocab: vocabulary.Vocab) -> None:
    assert rows("到2027年,科技创新能力迈上新台阶。", vocab) == []
    assert rows("一、发展基础\n(一)年度目标完成情况\n2024年:新增科技型中小企业180家。", vocab) == []  # a review's year


def test_a_span_of_years_after_a_lists_mark() -> None:
    """A span of years of the Republic opening a list's item (一、114年至116年累計…) is a deadline at its last year, once
    the year the document speaks from is known; a past year after the mark stays a fact."""
    from kg.extract import targets

    text = "本计画预期效益:\n一、114年至116年累计补助企业120家次。"
    assert [(f.quantity.value, f.quantity.unit, f.year) for f in targets.find(text, now=2025)] == [(120, "家次", 2027)]
    assert [f.year for f in targets.find("三、工作安排\n一、2026年,完成企业数字化诊断100家。", now=2025)] == [2026]
    assert [f.year for f in targets.find("三、工作安排\n一、2024年,完成企业数字化诊断100家。", now=2025)] != [2024]


MORE_HEADERS = [
    # 目标值 over the years of a header in two rows: every year a goal's
    ("指标\t单位\t目标值\n\t\t2025年\t2027年\n高新技术企业\t家\t900\t1200",
     [("高新技术企业", "900", None, "家", 2025, False), ("高新技术企业", "1200", None, "家", 2027, False)]),
    # one year in brackets after 目标 heads its line and the lines below
    ("近期目标(2025年):高新技术企业达到800家。\n远期目标(2030年):高新技术企业达到1500家。",
     [("高新技术企业", "800", None, "家", 2025, False), ("高新技术企业", "1500", None, "家", 2030, False)]),
    # a yearly change (递增) compares as 增长 does
    ("到2027年,全市技术合同成交额每年递增10%以上。", [("技术合同成交额", "10", None, "%", None, True)]),
]


@pytest.mark.parametrize(("text", "expected"), MORE_HEADERS, ids=[f"tgt17-more-{k}" for k in range(len(MORE_HEADERS))])
def test_more_headers_and_changes(text: str, expected: list[Row], vocab: vocabulary.Vocab) -> None:
    assert rows(text, vocab) == expected


def test_no_goal_in_a_dated_bracket(vocab: vocabulary.Vocab) -> None:
    assert rows("全市技术合同成交额比上年递增15%。", vocab) == []  # a change reported, no deadline


def test_a_year_aimed_inside_a_line_without_the_documents_year(vocab: vocabulary.Vocab) -> None:
    """On a page without its date, a year right before a comparator (1.高新技术企业:2027年达到1500家) is the goal's deadline;
    in a section that looks back it stays a fact's."""
    assert rows("二、主要指标\n1.高新技术企业:2027年达到1500家。\n2.技术合同成交额:2027年达到120亿元。", vocab) == [
        ("高新技术企业", "1500", None, "家", 2027, False), ("技术合同成交额", "120", None, "亿元", 2027, False)]
    assert rows("一、发展基础\n1.高新技术企业:2023年达到1500家。", vocab) == []
