"""kg.extract.targets on action plans and support measures (session 13, branch tgt13b): 分别 over the subjects of the
goals before it, ladders of bare round counts (百家、千家、万家), ratios, and what tgt13 left; sentences written for
these tests, hard and negative cases included."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary

from test_extract_targets12 import Row, rows  # a text's targets, their quotes checked

NOTICE = "关于印发某市科技创新三年行动计划(2025—2027年)的通知\n"

GOALS = [
    # a clause opening with 分别 and a base year pairs its changes with the goals before it in the sentence
    ("到2026年,高新技术企业突破1.5万家,科技型中小企业达到2.5万家,分别较2023年增长40%、50%。",
     [("高新技术企业", "1.5", None, "万家", 2026, False), ("科技型中小企业", "2.5", None, "万家", 2026, False),
      ("高新技术企业较2023年增长", "40", None, "%", 2026, False), ("科技型中小企业较2023年增长", "50", None, "%", 2026, False)]),
    ("到2027年,技术合同成交额达到800亿元,专利授权量达到3万件,分别比2022年提高60%、30%。",
     [("技术合同成交额", "800", None, "亿元", 2027, False), ("专利授权量", "3", None, "万件", 2027, False),
      ("技术合同成交额比2022年提高", "60", None, "%", 2027, False), ("专利授权量比2022年提高", "30", None, "%", 2027, False)]),
    # three goals before, two changes: the last two
    ("到2026年,孵化器达到50家,高新技术企业突破3000家,规上工业企业达到1200家,分别较2023年增长20%、30%。",
     [("孵化器", "50", None, "家", 2026, False), ("高新技术企业", "3000", None, "家", 2026, False),
      ("规上工业企业", "1200", None, "家", 2026, False), ("高新技术企业较2023年增长", "20", None, "%", 2026, False),
      ("规上工业企业较2023年增长", "30", None, "%", 2026, False)]),
    # a ladder of bare round counts after a verb, yearly or dated: one goal per rung
    ("每年遴选百家科技领军企业、千家高成长企业、万家科技型中小企业,建立梯度培育库。",
     [("科技领军企业", "100", None, "家", None, True), ("高成长企业", "1000", None, "家", None, True),
      ("科技型中小企业", "10000", None, "家", None, True)]),
    ("到2026年,培育百家领军企业、千家专精特新企业。",
     [("领军企业", "100", None, "家", 2026, False), ("专精特新企业", "1000", None, "家", 2026, False)]),
    # 过 before a round count (过万家) is a comparator; 通过/经过 are verbs of their own
    ("到2025年,全市科技型中小企业数量过万家,高新技术企业超千家。",
     [("科技型中小企业数量", "10000", None, "家", 2025, False), ("高新技术企业", "1000", None, "家", 2025, False)]),
    ("到2025年,经过3年努力,高新技术企业达到500家。", [("高新技术企业", "500", None, "家", 2025, False)]),
    # a notice's title without 《》 and no date line: its plan's period still dates the lines opening with a bare year
    (NOTICE + "各区县人民政府:\n二、主要目标\n2026年,高新技术企业达到2000家。\n2027年,高新技术企业达到3000家。",
     [("高新技术企业", "2000", None, "家", 2026, False), ("高新技术企业", "3000", None, "家", 2027, False)]),
    ("某市人民政府" + NOTICE + "2026年,培育省级创新联合体10个。", [("省级创新联合体", "10", None, "个", 2026, False)]),
    # a PDF's line break between a comparator and its number is inside the goal (the sentence goes on after it)
    ("到2026年,全市高新技术企业数量达到\n2000家,科技型中小企业超过\n5000家。",
     [("高新技术企业数量", "2000", None, "家", 2026, False), ("科技型中小企业", "5000", None, "家", 2026, False)]),
    ("到2026年,研发投入强度达到\n3%,技术合同成交额突破\n100亿元,形成一批创新成果。",
     [("研发投入强度", "3", None, "%", 2026, False), ("技术合同成交额", "100", None, "亿元", 2026, False)]),
    # an undated sum a verb leads to under a goal heading, with or without 以上
    ("某市科技创新行动方案\n二、主要目标\n科技信贷规模新增200亿元以上,全市省级以上重点实验室新增15家。",
     [("科技信贷规模", "200", None, "亿元", None, False), ("省级以上重点实验室", "15", None, "家", None, False)]),
    ("某市科技创新行动方案\n二、主要目标\n新增科技信贷200亿元,带动社会投资100亿元。",
     [("科技信贷", "200", None, "亿元", None, False), ("社会投资", "100", None, "亿元", None, False)]),
    # 年均 is an average, and a comparator opening the next clause states a level: neither yearly
    ("到2026年,全市技术合同成交额年均增长15%,力争突破300亿元。",
     [("技术合同成交额", "15", None, "%", 2026, True), ("技术合同成交额", "300", None, "亿元", 2026, False)]),
    ("到2026年,每年新增高新技术企业100家,总数达到3000家。",
     [("高新技术企业", "100", None, "家", None, True), ("高新技术企业总数", "3000", None, "家", 2026, False)]),
    # 培训/服务 counted in 人次/家次 with nothing else named: the activity (and its object) is what is counted
    ("每年培训100万人次。", [("培训", "100", None, "万人次", None, True)]),
    ("到2025年,累计服务企业1000家次。", [("服务企业", "1000", None, "家次", 2025, False)]),
    ("到2025年,每年培训技能人才10万人次。", [("技能人才", "10", None, "万人次", None, True)]),  # the object named: as before
    # …but 培训基地, 服务平台, 孵化载体 are nouns, whole
    ("到2025年,建设培训基地10个。", [("培训基地", "10", None, "个", 2025, False)]),
    ("到2025年,培训基地达到10个,新建孵化载体20家。", [("培训基地", "10", None, "个", 2025, False), ("孵化载体", "20", None, "家", 2025, False)]),
    ("到2025年,建设服务平台20个。", [("服务平台", "20", None, "个", 2025, False)]),
    # 每年 carries over to a parallel verb of building, not to a result clause
    ("每年新增高新技术企业100家,培育专精特新企业50家。",
     [("高新技术企业", "100", None, "家", None, True), ("专精特新企业", "50", None, "家", None, True)]),
    ("每年新增高新技术企业100家,带动就业5000人。",
     [("高新技术企业", "100", None, "家", None, True), ("就业", "5000", None, "人", None, False)]),
    ("到2026年,每年新增高新技术企业100家,培育专精特新企业50家,带动社会投资100亿元。",
     [("高新技术企业", "100", None, "家", None, True), ("专精特新企业", "50", None, "家", None, True),
      ("社会投资", "100", None, "亿元", 2026, False)]),
]


@pytest.mark.parametrize(("text", "expected"), GOALS, ids=[f"tgt13b-{k}" for k in range(len(GOALS))])
def test_action_plan_goals(text: str, expected: list[Row], vocab: vocabulary.Vocab) -> None:
    assert rows(text, vocab) == expected


NOT_GOALS = [
    # 分别 with a base year but no goal before it in the sentence; a change reported, not aimed at
    "分别较2023年增长40%、50%。",
    "全市高新技术企业达到3000家,科技型中小企业达到5000家,分别较上年增长10%、12%。",
    # a single bare round count stays a slogan; round counts naming a programme or a place in a list
    "到2025年,培育千家企业。",
    "每年遴选百家企业。",
    "开展“百家科研院所进企业”活动。",
    "在百家企业、千家商户中开展宣传。",  # no verb of building, no deadline
    # round counts paired without a numeral name a campaign (千企万项, 百校千企)
    "开展“百家科研院所进企业”、千企万项对接活动。",
    "到2025年,实施百校千企协同创新行动。",
    # a ratio is no goal (1:1 read past the clause's end at its colon)
    "对新建的省级中试基地,省级财政给予最高500万元建设补助,所在市州按不低于1:1比例配套。",
    "所在区县按1:1比例配套。",
    "研发投入与产出按不低于1∶3核算。",
    "到2025年,科技型中小企业通过1000家。",  # 通过: no comparator
    "企业可以通过12345热线反映。",
    # a notice without a period in its title: a bare year opening a line stays no deadline
    "关于印发某市科技创新若干措施的通知\n2026年,高新技术企业达到2000家。",
    # money among tasks, or promised under a goal heading (安排, 给予: funding, not a goal)
    "某市科技创新行动方案\n三、重点任务\n科技信贷规模新增200亿元。",
    "某市科技创新行动方案\n二、主要目标\n省财政每年安排1亿元,支持企业研发。",
    "某市科技创新行动方案\n二、主要目标\n对首次认定的高新技术企业给予10万元奖励。",
    # counted in 人次 but no activity, no deadline, no 每年: a rule or a fact
    "累计服务企业1000家次。",
    "培训时长每人每年不少于40学时。",
    "申报单位上年度培训人数达到500人次的,给予补助。",
]


@pytest.mark.parametrize("text", NOT_GOALS, ids=[f"tgt13b-not-{k}" for k in range(len(NOT_GOALS))])
def test_not_goals(text: str, vocab: vocabulary.Vocab) -> None:
    assert rows(text, vocab) == []


def test_notice_title_gives_its_plans_period(vocab: vocabulary.Vocab) -> None:
    """关于印发…(2025—2027年)的通知 with no 《》: the period is the plan's; a notice of 若干措施 names none."""
    from kg.pipeline import from_text

    meta = from_text(NOTICE + "各区县人民政府:\n", vocab).meta
    assert (meta.period_start, meta.period_end) == (2025, 2027)
    meta = from_text("关于印发某市科技创新若干措施的通知\n各区县人民政府:\n", vocab).meta
    assert meta.period_start is None


def test_comparator_at_a_lines_end_joins_its_number(vocab: vocabulary.Vocab) -> None:
    """达到|2000家 across a line break is one sentence; a year or an item's number opening the next line is not joined."""
    from kg.pipeline import from_text

    assert from_text("高新技术企业数量达到\n2000家,科技型中小企业超过\n5000家。", vocab).text == "高新技术企业数量达到2000家,科技型中小企业超过5000家。"
    assert "\n" in from_text("主要指标达到\n1.高新技术企业2000家。", vocab).text
    assert "\n" in from_text("主要指标达到\n2026年,新增企业500家,培育", vocab).text
