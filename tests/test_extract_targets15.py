"""kg.extract.targets on action plans, 实施方案 and support measures (session 15, branch tgt15, a sweep of sentences written
in their style): a change from a base level (由…的X增加到Y), 各 giving each item of a list its number, ranges of shares,
a share of a population before its noun, lists of counts after 目标:, plans built 高标准; hard and negative cases included."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary

from test_extract_targets12 import Row, rows  # a text's targets, their quotes checked

GOALS = [
    # the level a change starts from (由2020年的1200家, 从2.1%) is no part of the subject and no goal
    ("到2025年,全市高新技术企业由2020年的1200家增加到2500家。", [("高新技术企业", "2500", None, "家", 2025, False)]),
    ("到2025年,全省研发投入强度从2020年的2.1%提高到2.8%。", [("研发投入强度", "2.8", None, "%", 2025, False)]),
    ("到2025年,全市科技型中小企业数量由1000家增至3000家。", [("科技型中小企业数量", "3000", None, "家", 2025, False)]),
    # 各: one number for each item of the list before it, or one each in order
    ("到2025年,新建市级以上工程技术研究中心、重点实验室各50家。",
     [("市级以上工程技术研究中心", "50", None, "家", 2025, False), ("重点实验室", "50", None, "家", 2025, False)]),
    ("到2025年,全市引进培育科技领军人才和创新团队各100名(个)。",
     [("科技领军人才", "100", None, "名", 2025, False), ("创新团队", "100", None, "名", 2025, False)]),
    ("到2025年,国家级、省级孵化器各达到5家和20家。",
     [("国家级孵化器", "5", None, "家", 2025, False), ("省级孵化器", "20", None, "家", 2025, False)]),
    ("到2025年,建成国家级、省级技术创新中心各2家和10家。",
     [("国家级技术创新中心", "2", None, "家", 2025, False), ("省级技术创新中心", "10", None, "家", 2025, False)]),
    ("每年新认定市级众创空间、孵化器各10家。",
     [("市级众创空间", "10", None, "家", None, True), ("孵化器", "10", None, "家", None, True)]),
    # 分别 over kinds sharing one measure of their size: the count of each kind
    ("到2025年,高新技术企业、科技型中小企业数量分别突破5000家和1万家。",
     [("高新技术企业数量", "5000", None, "家", 2025, False), ("科技型中小企业数量", "1", None, "万家", 2025, False)]),
    # 各类 and 各级 are no 各 of a list
    ("到2025年,全省各类创新平台达到500个。", [("各类创新平台", "500", None, "个", 2025, False)]),
    # two shares joined as a range are one goal from the first to the second
    ("到2025年,全市规上工业企业中有研发机构的企业占比达到40%-50%。",
     [("规上工业企业中有研发机构的企业占比", "40", "50", "%", 2025, False)]),
    ("到2025年,全市研发经费投入强度达到2.5%—3%。", [("研发经费投入强度", "2.5", "3", "%", 2025, False)]),
    ("到2025年,研发经费投入强度达到2.5%,基础研究经费占比达到8%。",
     [("研发经费投入强度", "2.5", None, "%", 2025, False), ("基础研究经费占比", "8", None, "%", 2025, False)]),
    # a share of a population written before its noun, which then acts: a goal under a deadline
    ("到2025年,实现全市50%以上的规上工业企业建立研发机构。", [("规上工业企业建立研发机构", "50", None, "%", 2025, False)]),
    ("到2025年,推动全市80%以上规模以上工业企业实现数字化转型。",
     [("规模以上工业企业实现数字化转型", "80", None, "%", 2025, False)]),
    ("到2027年,力争全省60%以上的规上工业企业开展数字化改造。", [("规上工业企业开展数字化改造", "60", None, "%", 2027, False)]),
    # counts listed with 、 after 目标: each a goal of the year
    ("2025年目标:研发经费投入强度3%、高新技术企业2000家、技术合同成交额500亿元。",
     [("研发经费投入强度", "3", None, "%", 2025, False), ("高新技术企业", "2000", None, "家", 2025, False),
      ("技术合同成交额", "500", None, "亿元", 2025, False)]),
    # 高标准建设 is how a plan builds, no standard to meet: the undated 不少于 after it is a goal
    ("高标准建设技术转移中心,累计促成技术转移项目不少于200项。", [("技术转移项目", "200", None, "项", None, False)]),
    # the base a change is from (在2020年基础上, 在“十三五”末基础上) is no part of the subject and no deadline
    ("到2025年,全市高新技术企业数量在2020年基础上翻一番,达到2400家。", [("高新技术企业数量", "2400", None, "家", 2025, False)]),
    ("到2025年,全市技术合同成交额在“十三五”末基础上增长50%。", [("技术合同成交额", "50", None, "%", 2025, False)]),
    # a clause that says how a measure changes year by year names the figure's subject (…的比例应当逐年提高,|到2025年达到…)
    ("全社会研究与试验发展经费占地区生产总值的比例应当逐年提高,到2025年达到2.5%以上。",
     [("全社会研究与试验发展经费占地区生产总值的比例", "2.5", None, "%", 2025, False)]),
    # a number of money before 的 picks out what is counted
    ("到2025年,全市年营业收入超10亿元的科技企业达到20家。", [("年营业收入超10亿元的科技企业", "20", None, "家", 2025, False)]),
    # the next count of an aimed goal (力争…, a span of years), undated as it is
    ("三年累计新增科技型中小企业2000家,高新技术企业500家。",
     [("科技型中小企业", "2000", None, "家", None, False), ("高新技术企业", "500", None, "家", None, False)]),
    ("力争全年新增市场主体5万户,企业1.5万户。", [("市场主体", "5", None, "万户", None, False), ("企业", "1.5", None, "万户", None, False)]),
    # a share of the economy a law sets (占…生产总值的比例应当达到…) is a goal without a deadline, as a budget floor is
    ("全社会研究开发经费支出占全市生产总值的比例应当达到百分之二点五以上。",
     [("全社会研究开发经费支出占全市生产总值的比例", "2.5", None, "%", None, False)]),
    # the current year of a work plan opens an undated goal's frame as 全年 does
    ("今年力争新增规上工业企业100家。", [("规上工业企业", "100", None, "家", None, False)]),
    # 截至 a year, in a line that aims or after the year the plan speaks from, is a date to reach by
    ("截至2025年底,全市高新技术企业力争达到3000家。", [("高新技术企业", "3000", None, "家", 2025, False)]),
    ("某市科技创新三年行动计划(2024—2026年)\n截至2025年底,全市高新技术企业达到3000家。",
     [("高新技术企业", "3000", None, "家", 2025, False)]),
    # a change to a level written with 为, its object moved before it by 将
    ("預計至2030年將再生能源發電占比提高為30%。", [("再生能源发电占比", "30", None, "%", 2030, False)]),
    ("到2025年,将平均担保费率降为1%以下。", [("平均担保费率", "1", None, "%", 2025, False)]),
    # a support measure's topic (对青年科技人才,) is what a yearly count with no object counts
    ("对青年科技人才,每年遴选100名左右,给予每人每年3万元生活补贴,连续支持3年。", [("青年科技人才", "100", None, "名", None, True)]),
]


@pytest.mark.parametrize(("text", "expected"), GOALS, ids=[f"tgt15-{k}" for k in range(len(GOALS))])
def test_plan_goals(text: str, expected: list[Row], vocab: vocabulary.Vocab) -> None:
    assert rows(text, vocab) == expected


NOT_GOALS = [
    "评审委员会由专家、企业代表各5人组成。",  # 各 with no deadline: who a panel is made of
    "省、市财政各安排1000万元。",
    "到2025年,省、市财政各安排1000万元支持孵化器建设。",  # money promised
    "甲、乙双方各持股50%。",
    "2023年,全市60%以上的规上工业企业开展了数字化改造。",  # a year gone by, no deadline
    "60%以上的规上工业企业开展数字化改造。",  # no deadline
    "到2025年,30%以上的资金用于支持基础研究。",  # a share of money: an allocation
    "到2025年,50%以上的企业。",  # a share of nothing done
    "申报单位须符合国家标准,研发人员不少于10人。",  # a standard to meet
    "孵化器场地面积应符合标准,在孵企业不少于30家。",
    "按5%至10%的比例给予补助。",
    "2023年,全市高新技术企业由1200家增加到1500家。",  # a change reported
    "对符合条件的企业,每年支持10家。",  # a condition names no kind counted
    "对获奖项目,每年评选不超过10项。",  # a cap with no deadline
    "对创新团队,遴选10个。",  # no 每年, no deadline
    "三年来累计新增科技型中小企业2000家,高新技术企业500家。",  # a look back
    "全市共有高新技术企业2000家,科技型中小企业5000家。",
    "评审专家不少于5人,财务专家1人。",
    "申报企业研发投入占营业收入的比例不低于3%。",  # an applicant's condition
    "今年以来,全市新增高新技术企业200家。",  # a look back
    "将补助比例提高为50%。",  # a rule's terms, no deadline
    "新创事业申请研发类者,自筹款比率得降为百分之五十。",  # what a rule permits (得)
    "截至2023年底,全市已有高新技术企业2368家。",  # a date of a fact
    "截至2022年底,全市高新技术企业达到2368家。",
    "某市科技创新三年行动计划(2024—2026年)\n截至2023年底,全市高新技术企业达到2368家。",
    "截至2025年底,力争建成省级以上重点实验室30家,已建成10家。",  # what stands by then is stated too: kept as a fact
    "当年新认定的企业,给予10万元奖励。",
    "企业研发经费占GDP比重达到2%以上的,给予奖励。",
]


@pytest.mark.parametrize("text", NOT_GOALS, ids=[f"tgt15-not-{k}" for k in range(len(NOT_GOALS))])
def test_not_goals(text: str, vocab: vocabulary.Vocab) -> None:
    assert rows(text, vocab) == []
