"""kg.extract.targets on a year's work points and assessment schemes, regulations carrying plans and undated goals (session 19,
branch tgt19; texts of our own in their style, tests/data/own-targets19): the title's year dates undated goals, quoted names
keep their numbers and verbs, aimed counts per unit, fields each counted; hard and negative cases included (the batches'
floor: tests/test_own_targets.py)."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary

from test_extract_targets12 import Row, rows  # a text's targets, their quotes checked

CASES = [
    # an assessment scheme's undated tasks are goals for its title's year; its points (5分) and deductions no goals
    ("某市2024年数字政府建设考核办法\n一、考核内容\n（一）政务服务事项网上可办率达到95%以上（5分）。\n（二）高频事项跨省通办事项数量不少于100项（5分），每少1项扣0.1分。",
     [("政务服务事项网上可办率", "95", None, "%", 2024, False), ("高频事项跨省通办事项数量", "100", None, "项", 2024, False)]),
    # a year's work points: 全年 goals of that year; a 每年 goal stays yearly; a later deadline written keeps its year
    ("2024年全市科技工作要点\n全年技术合同成交额达到120亿元，高新技术企业总数达到1500家。",
     [("技术合同成交额", "120", None, "亿元", 2024, False), ("高新技术企业总数", "1500", None, "家", 2024, False)]),
    ("某区2024年度科技工作要点\n到2026年，全区高新技术企业达到300家。", [("高新技术企业", "300", None, "家", 2026, False)]),
    # the review section of a year's work points states facts
    ("某市2024年科技工作要点\n一、2023年工作完成情况\n全市高新技术企业达到1350家。\n二、2024年工作安排\n全市高新技术企业达到1500家。",
     [("高新技术企业", "1500", None, "家", 2024, False)]),
    # an assessment table: the goal column (目标值) is the title year's, the weight column (分值) no goal
    ("某市2024年科技创新考评细则\n指标名称\t目标值\t分值\t评分方法\n技术合同成交额\t25亿元\t10\t按完成比例计分",
     [("技术合同成交额", "25", None, "亿元", 2024, False)]),
    # a table whose cells hold sentences: the goal is its cell's
    ("某市2024年数字政府建设考评指标\n一级指标\t二级指标\t考评内容\t分值\n政务服务\t网上可办\t政务服务事项网上可办率达到98%以上\t10",
     [("政务服务事项网上可办率", "98", None, "%", 2024, False)]),
    # a quoted name's numbers and rule words are the name's
    ("到2023年，政务服务事项“最多跑一次”比例达到90%。", [("政务服务事项最多跑一次比例", "90", None, "%", 2023, False)]),
    ("某市2022年数字政府建设考评办法\n政务服务“一件事一次办”事项不少于50项。", [("政务服务一件事一次办事项", "50", None, "项", 2022, False)]),
    # a regulation's goal list in Chinese numerals under 到2025年实现下列目标:
    ("某省科学技术进步条例\n第五条　省人民政府应当制定科学技术发展规划，到2025年实现下列目标：\n（一）高新技术企业达到一万家；\n（二）技术合同成交额达到一千亿元。",
     [("高新技术企业", "1", None, "万家", 2025, False), ("技术合同成交额", "1000", None, "亿元", 2025, False)]),
    # a count per unit aimed at (推动每个…) is a goal; a norm per unit (每个孵化器配备…) is none
    ("推动每个市州至少建成1个省级以上农业科技园区。", [("省级以上农业科技园区", "1", None, "个", None, False)]),
    ("每个孵化器配备专职人员不少于5名。", []),
    # a report's goals for the coming year: 2024年主要预期目标是: dates what follows
    ("2024年某县政府工作报告\n过去一年，全县地区生产总值增长6.2%。\n2024年主要预期目标是：地区生产总值增长6%左右。",
     [("地区生产总值", "6", None, "%", 2024, False)]),
    # fields each counted: each field's kind
    ("到2026年，在城区、园区各新建2个众创空间。", [("城区众创空间", "2", None, "个", 2026, False), ("园区众创空间", "2", None, "个", 2026, False)]),
]

NEGATIVES = [
    # a call for applications names years and floors: conditions, no goals
    "某省2023年科技项目申报指南\n申报单位2022年研发投入不低于500万元，研发人员不少于10人。",
    # conditions under a year plan's 申报条件 stay rules, though the title names a year
    "某市2023年科技型企业培育工作方案\n（二）申报条件。企业职工总数不超过500人，年销售收入不超过2亿元。",
    # scoring tiers and weights
    "某市2024年科技创新工作考核评分细则\n（一）研发投入。全社会研发投入增长15%以上的，得10分；增长10%—15%的，得6分。",
    "某市2024年度高质量发展考核办法\n考核总分100分，其中基础指标60分，创新指标40分。",
    # a bulletin's and a report's undated figures are facts
    "某市2023年国民经济和社会发展统计公报\n全年规模以上工业增加值增长6.5%，高新技术企业达到1200家。",
    "某市2022年度目标责任考核结果的通报\n全市新增市场主体5200户，完成年度目标的104%。",
    # a plan over years has no title year: its undated facts stay undated or none
    "某市创新平台建设三年行动计划（2024—2026年）\n截至2023年底，全市已建成技术转移机构35家。",
    # a regulation's statutory shares and time limits
    "第十一条　科技成果完成单位应当从转让净收入中提取不低于百分之七十的比例用于奖励。",
    "第二十五条　知识产权行政部门应当自受理之日起三十日内作出处理决定。",
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"tgt19-{k}" for k in range(len(CASES))])
def test_goals(text: str, expected: list[Row], vocab: vocabulary.Vocab) -> None:
    assert sorted(rows(text, vocab)) == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVES, ids=[f"tgt19-not-{k}" for k in range(len(NEGATIVES))])
def test_no_goals(text: str, vocab: vocabulary.Vocab) -> None:
    assert rows(text, vocab) == []

