"""kg.extract.targets on action plans and support measures (session 16, branch tgt16, sentences written in their style):
a part after 其中, standing as its own clause, computing power in PFlops/EFlops as written, a count quoted alone
(打造“十大”标杆场景), the terms of aid (贴息比例提高到70%) and the unit a rate is paid per (每引进1名) as no goals,
另 before a goal verb; hard and negative cases included."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary
from kg.extract.numbers import quantities

from test_extract_targets12 import Row, rows  # a text's targets, their quotes checked

GOALS = [
    # 其中, standing as its own clause, marks the part of the goal before (its subject after the comma)
    ("到2027年,全区人工智能核心产业规模突破800亿元,其中,规模以上企业150家、上市企业10家以上。",
     [("人工智能核心产业规模", "800", None, "亿元", 2027, False), ("规模以上企业", "150", None, "家", 2027, False),
      ("上市企业", "10", None, "家", 2027, False)]),
    ("到2027年,全市孵化器达到100家,其中,国家级孵化器达到10家。",
     [("孵化器", "100", None, "家", 2027, False), ("国家级孵化器", "10", None, "家", 2027, False)]),
    ("到2026年,全市各类孵化载体达到150家,其中:国家级孵化器和众创空间30家。",
     [("各类孵化载体", "150", None, "家", 2026, False), ("国家级孵化器和众创空间", "30", None, "家", 2026, False)]),
    ("二、发展目标\n到2027年,人工智能产业实现跨越发展:\n——企业集聚。人工智能企业数量达到2500家以上,其中,规模以上企业600家、上市企业30家以上。",
     [("人工智能企业数量", "2500", None, "家", 2027, False), ("规模以上企业", "600", None, "家", 2027, False),
      ("上市企业", "30", None, "家", 2027, False)]),
    # computing power as plans write it: 万PFlops is the unit (as 万人), case as written
    ("到2027年,全市智能算力规模达到5万PFlops,其中自主可控算力占比不低于60%。",
     [("智能算力规模", "5", None, "万PFlops", 2027, False), ("自主可控算力占比", "60", None, "%", 2027, False)]),
    ("到2026年,新增智能算力3000PFlops,建成2—3个千P级智算中心。",
     [("智能算力", "3000", None, "PFlops", 2026, False), ("千P级智算中心", "2", "3", "个", 2026, False)]),
    ("到2027年,全省算力总规模超过20EFlops。", [("算力总规模", "20", None, "EFlops", 2027, False)]),
    ("区属国企建设的公共算力平台,每年向中小企业提供普惠算力不少于500PFlops。", [("普惠算力", "500", None, "PFlops", None, True)]),
    # a count quoted alone counts what follows the quote
    ("到2027年,打造“十大”数字经济应用标杆场景,累计开放应用场景不少于200个。",
     [("数字经济应用标杆场景", "10", None, "个", 2027, False), ("开放应用场景", "200", None, "个", 2027, False)]),
    ('到2027年,培育"五大"产业集群。', [("产业集群", "5", None, "个", 2027, False)]),
    # a share of aid's cost under a deadline is a goal; the unit 1 after 每年 a yearly goal
    ("到2027年,融资担保费率降至1%以下。", [("融资担保费率", "1", None, "%", 2027, False)]),
    ("每年新增1家省级重点实验室。", [("省级重点实验室", "1", None, "家", None, True)]),
    # 另 (besides) before the goal verb: its object is what the next clause counts
    ("另辅导育成单位进驻企业申请补助,每年不少于三十家。", [("育成单位进驻企业申请补助", "30", None, "家", None, True)]),
    ("到2027年,另建设省级以上孵化器10家。", [("省级以上孵化器", "10", None, "家", 2027, False)]),
    # a span of its own (三年内) after a goal verb with no object: the object of the verb in the clause before, undated
    ("三、重点任务\n(二)建设创新平台。支持龙头企业牵头组建创新联合体,到2026年累计组建10家。鼓励高校院所建设概念验证中心,三年内建成3—5个。",
     [("创新联合体", "10", None, "家", 2026, False), ("概念验证中心", "3", "5", "个", None, False)]),
    # a verb before a list of levels paired by 分别 with a comparator is no part of the first item
    ("到2027年,全市创建国家级、省级、市级工程技术研究中心分别达到5家、30家、100家。",
     [("国家级工程技术研究中心", "5", None, "家", 2027, False), ("省级工程技术研究中心", "30", None, "家", 2027, False),
      ("市级工程技术研究中心", "100", None, "家", 2027, False)]),
    # 目標為 before a year of the Republic: its deadline (Taiwan's plans)
    ("本方案目標為115年半導體產值達新臺幣5兆元。", [("半导体产值", "5", None, "兆元", 2026, False)]),
    ("本計畫目標為115年培育新創事業100家。", [("新创事业", "100", None, "家", 2026, False)]),
    ("到2027年,全区算力规模达到2000PFlops,其中,智能算力1500PFlops。",
     [("算力规模", "2000", None, "PFlops", 2027, False), ("智能算力", "1500", None, "PFlops", 2027, False)]),
]


@pytest.mark.parametrize(("text", "expected"), GOALS, ids=[f"tgt16-{k}" for k in range(len(GOALS))])
def test_plan_and_measure_goals(text: str, expected: list[Row], vocab: vocabulary.Vocab) -> None:
    assert rows(text, vocab) == expected


NOT_GOALS = [
    "全市研发投入280亿元,其中,企业研发投入200亿元。",  # a part of a figure stated, no deadline
    "对租用智能算力超过100PFlops的企业,按租金的20%给予补贴。",  # a condition of aid
    "实施“十大”行动。",  # a programme's name
    "到2027年,实施“十大”工程。",
    "推进“十大”领域重点平台建设。",  # the fields a goal is about, no count of what is built
    "围绕“十大”产业链开展招商。",
    "生物医药、航空航天等“十大产业人才创新创业联盟”发挥作用。",  # a name
    "对首次获得贷款的科技企业,贴息比例提高到70%。",  # the terms of aid
    "风险补偿比例提高到50%。",
    "担保费率降低至1%以下。",
    "首贷户贴息比例由50%提高到70%。",
    "每引进1名A类人才,给予用人单位10万元奖励。",  # the unit a reward is paid per
    "企业每新增1家研发机构,奖励20万元。",
    "另行安排资金不少于1亿元。",  # 另行: no goal verb
    "本計畫目標為5年內完成。",  # a span, no year of the Republic
]


@pytest.mark.parametrize("text", NOT_GOALS, ids=[f"tgt16-not-{k}" for k in range(len(NOT_GOALS))])
def test_not_goals(text: str, vocab: vocabulary.Vocab) -> None:
    assert rows(text, vocab) == []


def test_flops_units_as_written() -> None:
    assert [(str(q.value), q.unit) for q in quantities("2万PFlops、5000PFLOPS、3EFlops、500TFlops")] == [
        ("2", "万PFlops"), ("5000", "PFLOPS"), ("3", "EFlops"), ("500", "TFlops")]
    assert list(quantities("10PFlopsX")) == []
