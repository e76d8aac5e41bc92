"""Three forms of support measures' money (fund14e): a standard stated as a share in the sentence after the promise
(kg/extract/instruments.py STANDARD_SHARE), classes of people paid per head under a heading naming the money
(kg/extract/perhead.py), and money tables headed by a title rather than a promise (kg/extract/titled.py). Sentences
of our own; negatives: thresholds, figures per head, statistics and budget tables. Lines: (recipient, level,
amount_yuan, cap, ratio, one_off, instrument)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg import vocab as vocabulary
from kg.extract import funding
from kg.pipeline import from_text

Line = tuple[str, str | None, int | None, bool, Decimal | None, bool, str | None]


def lines(text: str, vocab: vocabulary.Vocab) -> list[Line]:
    doc = from_text(text, vocab)
    facts = funding.extract(doc, vocab)
    for fact in facts:
        assert doc.original[fact.evidence.start : fact.evidence.end] == fact.evidence.quote
    return [(f.recipient, f.level, None if f.amount_yuan is None else int(f.amount_yuan), f.cap, f.ratio, f.one_off, f.instrument)
            for f in facts]


SHARES: list[tuple[str, list[Line]]] = [
    # the share and its cap in the sentence after the promise: they size it, the unsized line goes
    ("对新建中试基地的企业给予建设补贴。补贴标准为基地建设投入的25%,最高不超过300万元。",
     [("企业", None, 3_000_000, True, Decimal("0.25"), False, "补贴")]),
    # the share alone
    ("对新建中试基地的企业给予补贴。补贴标准为基地建设投入的25%。", [("企业", None, None, False, Decimal("0.25"), False, "补贴")]),
    # in one sentence, the cap per enterprise
    ("对实施技术改造的工业企业给予奖励,奖励标准为设备购置额的15%,单个企业最高奖励1000万元。",
     [("工业企业", None, 10_000_000, True, Decimal("0.15"), False, "奖励")]),
    ("对列入省重大科技专项的项目给予资助,资助比例为项目总投资的20%。", [("项目", None, None, False, Decimal("0.2"), False, "资助")]),
]

NO_SHARE = [
    "对固定资产投资额的30%以上用于研发设备的项目优先支持。",  # a threshold
    "全市研发投入占地区生产总值的比例为3.5%。",  # a figure
    "企业自筹资金比例不低于项目总投资的50%。",  # the firm's own money
    "补助标准为设备投资额的30%以上的项目,优先纳入储备库。",  # a threshold, no promise before
]


def per_head(instrument: str, *people: tuple[str, int], one_off: bool = False) -> list[Line]:
    """The lines of classes of people paid per head: no level, no cap, no share."""
    return [(who, None, amount, False, None, one_off, instrument) for who, amount in people]


PER_HEAD: list[tuple[str, list[Line]]] = [
    # the money word said once, the next class's rate without it
    ("(三)人才安居补贴:\n博士每人每年发放租房补贴2万元,硕士每人每年1万元。",
     per_head("租房补贴", ("博士", 20_000), ("硕士", 10_000))),
    # no verb, no money word: the heading's
    ("三、青年人才安家补贴:全日制博士每人5万元,全日制硕士每人3万元。",
     per_head("安家补贴", ("全日制博士", 50_000), ("全日制硕士", 30_000))),
    # numbered items, 一次性
    ("(五)引进人才购房补贴:\n1.博士每人一次性给予购房补贴15万元;\n2.硕士每人一次性给予购房补贴8万元。",
     per_head("购房补贴", ("博士", 150_000), ("硕士", 80_000), one_off=True)),
    # a condition before the class, the class and 每人 apart
    ("(四)技能人才奖励:\n新取得高级技师职业资格的,每人奖励5000元;新取得技师职业资格的,每人奖励3000元。",
     per_head("奖励", ("高级技师", 5_000), ("技师", 3_000))),
    # the sentence reader's class cut wrong (院士每人) is replaced, one line per class
    ("(一)人才引进奖励:\n全职引进的院士每人奖励500万元,杰出人才每人奖励200万元。",
     per_head("奖励", ("院士", 5_000_000), ("杰出人才", 2_000_000))),
    # a heading naming the money's standard, classes listed with 、, the money word after the amount
    ("(三)人才安居补贴标准:博士每人每年2万元、硕士每人每年1万元。",
     per_head("安居补贴", ("博士", 20_000), ("硕士", 10_000))),
    ("(三)人才安居补贴:博士每人每年2万元租房补贴,硕士每人每年1万元租房补贴。",
     per_head("租房补贴", ("博士", 20_000), ("硕士", 10_000))),
    # a heading with an arabic number on its own line
    ("5.人才租房补贴\n来我市就业的博士每人每年2.4万元,硕士每人每年1.2万元,连续发放3年。",
     per_head("租房补贴", ("博士", 24_000), ("硕士", 12_000))),
]

NO_PER_HEAD = [
    "(三)人才队伍情况:\n博士每人每年人均产出100万元,硕士每人每年50万元。",  # a heading naming no money: figures
    "博士每人每年2万元,硕士每人每年1万元。",  # no heading
]


TITLED: list[tuple[str, list[Line]]] = [
    # units in the cells
    ("附表:创新平台奖励标准\n级别\t奖励金额\n国家级\t500万元\n省级\t100万元",
     [("创新平台", "国家级", 5_000_000, False, None, False, "奖励"), ("创新平台", "省级", 1_000_000, False, None, False, "奖励")]),
    # the unit in the title
    ("附表1 科技企业孵化器补助标准(单位:万元)\n级别\t补助金额\n国家级\t200\n市级\t50",
     [("科技企业孵化器", "国家级", 2_000_000, False, None, False, "补助"), ("科技企业孵化器", "市级", 500_000, False, None, False, "补助")]),
    # a web page's table, the unit in the header
    ("附表:企业技术中心奖励标准\n| 级别 | 奖励(万元) |\n|---|---|\n| 国家级 | 200 |\n| 省级 | 50 |",
     [("企业技术中心", "国家级", 2_000_000, False, None, False, "奖励"), ("企业技术中心", "省级", 500_000, False, None, False, "奖励")]),
]

NO_TITLED = [
    "附表:2023年全市高新技术企业统计表\n区县\t企业数量(家)\t营业收入(万元)\n高新区\t500\t100000",  # statistics
    "附表:2024年科技经费预算表\n项目\t预算金额(万元)\n基础研究\t500\n应用研究\t300",  # a budget
    "附表:科技企业孵化器统计表\n级别\t奖励金额(万元)\n国家级\t200",  # a title naming no money standard
]


@pytest.mark.parametrize(("text", "expected"), SHARES + PER_HEAD + TITLED)
def test_money_of_the_three_forms(text: str, expected: list[Line], vocab: vocabulary.Vocab) -> None:
    assert lines(text, vocab) == expected


@pytest.mark.parametrize("text", NO_SHARE + NO_PER_HEAD + NO_TITLED)
def test_no_money_in_look_alikes(text: str, vocab: vocabulary.Vocab) -> None:
    assert lines(text, vocab) == []
