"""kg.extract.targets on action plans, 实施方案 and support measures (session 14, branch tgt14, a blind paraphrase sweep):
bare years heading a goal section's lists, undated ladders of round counts, shares of a base, a tax policy's reach, 倍,
petaflops, a level recognised in a part; sentences written for these tests, hard and negative cases included."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary

from test_extract_targets12 import Row, rows  # a text's targets, their quotes checked

GOALS = [
    # a bare year opening a line under a goal heading is its deadline, on a page without its date too
    ("二、目标任务\n2026年,高新技术企业达到1800家;科技型中小企业达到5000家。\n2027年,高新技术企业达到2000家。",
     [("高新技术企业", "1800", None, "家", 2026, False), ("科技型中小企业", "5000", None, "家", 2026, False),
      ("高新技术企业", "2000", None, "家", 2027, False)]),
    # …and a year alone on its line heads the list below it, as 2026年: does
    ("二、目标任务\n2026年\n高新技术企业达到1800家;科技型中小企业达到5000家。",
     [("高新技术企业", "1800", None, "家", 2026, False), ("科技型中小企业", "5000", None, "家", 2026, False)]),
    # a span of years opening a line is a deadline at its last year, after the year the document speaks from
    ("关于印发某市科技创新三年行动计划(2025—2027年)的通知\n2025—2027年,累计培育高新技术企业300家。",
     [("高新技术企业", "300", None, "家", 2027, False)]),
    ("二、主要目標\n113年至116年預計培育國際級新創10家。", [("国际级新创", "10", None, "家", 2027, False)]),
    # …a span gone by states facts
    ("关于印发某市科技创新三年行动计划(2025—2027年)的通知\n一、发展基础\n2022—2024年,全市累计培育高新技术企业300家。", []),
    # a goal heading run into its first line (a PDF's or a page's) with a year: the year is that line's deadline
    ("某县行动方案\n二、发展目标 2025年,全县高新技术企业达到60家,科技型中小企业达到150家。",
     [("高新技术企业", "60", None, "家", 2025, False), ("科技型中小企业", "150", None, "家", 2025, False)]),
    ("某县行动方案\n二、目标任务 2026年 高新技术企业达到1800家;科技型中小企业达到5000家。",
     [("高新技术企业", "1800", None, "家", 2026, False), ("科技型中小企业", "5000", None, "家", 2026, False)]),
    ("某县行动方案\n一、发展基础 2023年,全县高新技术企业达到60家。", []),
    # 預期於115年: a year of the Republic expected
    ("本計畫預期於115年完成建置區域創新中心5處,輔導在地企業300家。",
     [("建置区域创新中心", "5", None, "处", 2026, False), ("在地企业", "300", None, "家", 2026, False)]),
    # a verb alone before the number under a deadline counts the object of the verb in the clause before
    ("支持龙头企业牵头组建创新联合体,到2026年累计组建20家。", [("创新联合体", "20", None, "家", 2026, False)]),
    ("大力培育科技型中小企业,到2025年新增500家。", [("科技型中小企业", "500", None, "家", 2025, False)]),
    # under a heading that looks back, a bare year dates facts
    ("一、发展基础\n2023年,高新技术企业达到1800家。", []),
    # a ladder of bare round counts after a verb is counts, dated or not
    ("实施“十百千万”工程,遴选十家链主企业、百家专精特新企业、千家创新型中小企业、万家科技型中小企业。",
     [("链主企业", "10", None, "家", None, False), ("专精特新企业", "100", None, "家", None, False),
      ("创新型中小企业", "1000", None, "家", None, False), ("科技型中小企业", "10000", None, "家", None, False)]),
    # …but one round count undated, or a pair naming a campaign, is a slogan
    ("走访千家企业,开展千企万项对接活动。", []),
    ("培育百家专精特新企业。", []),
    # a share of a base (达到GDP的3%, 占地区生产总值的12%) under a deadline
    ("到2027年,全市技术合同成交额达到GDP的3%。", [("技术合同成交额", "3", None, "%", 2027, False)]),
    ("到2027年,数字经济核心产业增加值占地区生产总值的12%。",
     [("数字经济核心产业增加值占地区生产总值", "12", None, "%", 2027, False)]),
    ("到2025年,财政科技支出占一般公共预算支出的3%以上。", [("财政科技支出占一般公共预算支出", "3", None, "%", 2025, False)]),
    # …and a budget floor a law sets for public money, undated (a goal without a deadline, as recall8 reads them)
    ("市级财政用于科学技术的经费应当占本级财政一般公共预算支出的百分之三以上。",
     [("市级财政用于科学技术的经费占本级财政一般公共预算支出", "3", None, "%", None, False)]),
    ("政府采购应当预留本部门年度采购项目预算总额的30%以上,专门面向中小企业采购。", []),
    # the indicator a sentence opens with as a clause of its own, the figure in the next
    ("本市全社会研究与试验发展经费投入占地区生产总值的比例,到2025年达到3%以上。",
     [("全社会研究与试验发展经费投入占地区生产总值的比例", "3", None, "%", 2025, False)]),
    ("全市高新技术企业数量,到2025年达到3000家。", [("高新技术企业数量", "3000", None, "家", 2025, False)]),
    ("在此基础上,到2025年达到3000家。", []),
    # …undated, or a fact, or a payout, a share of a base is no goal
    ("奖励总额不低于转让净收入的百分之五十。", []),
    ("截至2023年,数字经济核心产业增加值占地区生产总值的10%。", []),
    ("企业研发投入不低于销售收入的3%的,给予奖励。", []),
    # how far a tax policy reaches is a goal beside the tax word; the tax rule's own terms are not
    ("到2027年,规上工业企业研发费用加计扣除政策享受面达到90%。",
     [("规上工业企业研发费用加计扣除政策享受面", "90", None, "%", 2027, False)]),
    ("到2027年,研发费用加计扣除比例提高到100%。", []),
    # 一倍 is a count of times (增长一倍以上), not an article
    ("到2027年,全市创新型企业总数较2023年增长一倍以上。", [("创新型企业总数", "1", None, "倍", 2027, False)]),
    ("处违法所得一倍以上五倍以下罚款。", []),
    # computing power in petaflops as plans write it (5000P); P2P is no unit
    ("到2027年,总算力规模达到5000P,智能算力超过1000PFLOPS。",
     [("总算力规模", "5000", None, "P", 2027, False), ("智能算力", "1000", None, "PFLOPS", 2027, False)]),
    ("规范发展P2P网络借贷平台。", []),
    # a bound that picks out what is counted (500万元及以下的占比, 2000万元以下的企业) is no goal, and stays in the subject
    ("到2020年,担保业务占比达到80%以上,其中单户担保金额500万元及以下的占比不低于50%。",
     [("担保业务占比", "80", None, "%", 2020, False), ("单户担保金额500万元及以下的占比", "50", None, "%", 2020, False)]),
    ("到2025年,营业收入2000万元以下的企业占比达到60%。", [("营业收入2000万元以下的企业占比", "60", None, "%", 2025, False)]),
    # a goal's value stated as the goal (目标为, 目標為)
    ("到2025年,高新技术企业数量目标为2000家。", [("高新技术企业数量", "2000", None, "家", 2025, False)]),
    ("某某計畫\n二、計畫目標\n輔導企業家數目標為200家。", [("企业家数", "200", None, "家", None, False)]),
    ("考核目标为完成率100%。", []),
    # a level recognised (其中国家级备案5家) is the part of the kind before at that level
    ("到2026年,全市累计认定市级众创空间达到60家,其中国家级备案5家。",
     [("市级众创空间", "60", None, "家", 2026, False), ("国家级众创空间", "5", None, "家", 2026, False)]),
    ("到2026年,孵化器达到50家,其中国家级认定10家,省级20家。",
     [("孵化器", "50", None, "家", 2026, False), ("国家级孵化器", "10", None, "家", 2026, False),
      ("省级孵化器", "20", None, "家", 2026, False)]),
]


@pytest.mark.parametrize(("text", "expected"), GOALS, ids=[f"tgt14-{k}" for k in range(len(GOALS))])
def test_sweep_goals(text: str, expected: list[Row], vocab: vocabulary.Vocab) -> None:
    assert rows(text, vocab) == expected
