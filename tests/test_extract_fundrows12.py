"""Funding in money tables (kg/extract/fundrows.py): a header naming money and its unit over rows of recipients and
amounts, as support measures (若干措施, 扶持办法) print them; and tables that state no money given. Sentences and tables
of our own. Rows: (recipient, level, amount_yuan, cap, one_off, condition)."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary
from kg.extract import funding
from kg.pipeline import from_text

Row = tuple[str, str | None, int | None, bool, bool, str | None]


@pytest.fixture(scope="module")
def shipped() -> vocabulary.Vocab:
    return vocabulary.load()


def rows(text: str, vocab: vocabulary.Vocab) -> list[Row]:
    doc = from_text(text, vocab)
    facts = funding.extract(doc, vocab)
    for fact in facts:
        assert doc.original[fact.evidence.start : fact.evidence.end] == fact.evidence.quote
    return [(f.recipient, f.level, None if f.amount_yuan is None else int(f.amount_yuan), f.cap, f.one_off, f.condition) for f in facts]


TABLES: list[tuple[str, list[Row]]] = [
    # a Word or PDF table (tabs) after the promise it sizes: the rows take its condition and 一次性
    ("对新认定的创新平台给予一次性奖励,标准如下。\n类别\t认定级别\t奖励金额(万元)\n重点实验室\t国家级\t500\n技术创新中心\t省级\t100",
     [("重点实验室", "国家级", 5_000_000, False, True, "新认定"), ("技术创新中心", "省级", 1_000_000, False, True, "新认定")]),
    # a web page's table (| a | b |), the level written with the name, a cap in the cell, a merged cell carried down
    ("对新认定的研发机构给予奖励。\n| 类别 | 方式 | 奖励金额(万元) |\n|---|---|---|\n| 国家级重点实验室 | 一次性奖励 | 500 |\n"
     "| 省级重点实验室 | 一次性奖励 | 最高100 |\n| 技术创新中心 | 国家级 | 300 |\n| | 省级 | 50 |",
     [("重点实验室", "国家级", 5_000_000, False, True, "新认定"), ("重点实验室", "省级", 1_000_000, True, True, "新认定"),
      ("技术创新中心", "国家级", 3_000_000, False, False, "新认定"), ("技术创新中心", "省级", 500_000, False, False, "新认定")]),
    # two columns are enough under a money header; a cap in the header caps every row
    ("类别\t最高资助额度(万元)\n国家级专精特新小巨人企业\t50\n省级专精特新中小企业\t20",
     [("专精特新小巨人企业", "国家级", 500_000, True, False, None), ("专精特新中小企业", "省级", 200_000, True, False, None)]),
    # the unit in a line above the table; the money column is the last one naming money (支持对象 names recipients)
    ("单位:万元\n序号\t支持对象\t补助标准\n1\t专精特新企业\t30\n2\t项目总投资\t20",
     [("专精特新企业", None, 300_000, False, False, None)]),
    # the unit in each cell under a header without one, words of giving and capping around the amount
    ("为支持创新平台建设,对新认定的平台给予奖励。\n序号\t平台类别\t奖励标准\n1\t国家级重点实验室\t一次性奖励500万元\n"
     "2\t省级重点实验室\t最高100万元\n3\t市级工程技术研究中心\t给予10万元补助",
     [("重点实验室", "国家级", 5_000_000, False, True, "新认定"), ("重点实验室", "省级", 1_000_000, True, False, "新认定"),
      ("工程技术研究中心", "市级", 100_000, False, False, "新认定")]),
    # the condition written in the recipient's cell; a cell that is a sentence (a share and its cap) is left to the
    # sentence reader
    ("| 序号 | 支持事项 | 支持对象 | 支持标准 |\n| 1 | 研发机构建设 | 新认定的国家级企业技术中心 | 给予一次性奖励300万元 |\n"
     "| 2 | 研发投入补助 | 规模以上工业企业 | 按研发投入增量的10%给予补助,最高不超过200万元 |",
     [("企业技术中心", "国家级", 3_000_000, False, True, "新认定"), ("规模以上工业企业", None, 2_000_000, True, False, None)]),
    # a column of amounts for each level: under a money header spanning them, or each naming its level and unit
    ("对新认定的创新平台给予一次性奖励,标准如下。\n| 类别 | 奖励金额(万元) | |\n| | 国家级 | 省级 |\n| 重点实验室 | 500 | 100 |",
     [("重点实验室", "国家级", 5_000_000, False, True, "新认定"), ("重点实验室", "省级", 1_000_000, False, True, "新认定")]),
    ("类别\t奖励金额(万元)\n类别\t国家级\t省级\n重点实验室\t500\t100",  # a Word file repeats 类别, merged over both rows
     [("重点实验室", "国家级", 5_000_000, False, False, None), ("重点实验室", "省级", 1_000_000, False, False, None)]),
    ("类别\t国家级(万元)\t省级(万元)\n技术创新中心\t300\t50",
     [("技术创新中心", "国家级", 3_000_000, False, False, None), ("技术创新中心", "省级", 500_000, False, False, None)]),
    # rows naming only a level or a grade: the money of the recipients the lead-in names, one line each
    ("对新认定的重点实验室、技术创新中心给予一次性奖励,奖励标准如下。\n认定级别\t奖励金额(万元)\n国家级\t500\n省级\t100\n合计\t600",
     [("重点实验室", "国家级", 5_000_000, False, True, "新认定"), ("技术创新中心", "国家级", 5_000_000, False, True, "新认定"),
      ("重点实验室", "省级", 1_000_000, False, True, "新认定"), ("技术创新中心", "省级", 1_000_000, False, True, "新认定")]),
    ("对获得市科学技术奖的项目给予奖励。\n等级\t奖金(万元)\n一等奖\t50\n二等奖\t30",
     [("项目", None, 500_000, False, False, "一等奖"), ("项目", None, 300_000, False, False, "二等奖")]),
    # with no lead-in, a row naming only a level is no one's
    ("认定级别\t奖励金额(万元)\n国家级\t500", []),
    # a table restating a sentence's money gives no second line
    ("对新认定的国家级重点实验室给予500万元奖励。\n类别\t认定级别\t奖励金额(万元)\n重点实验室\t国家级\t500",
     [("重点实验室", "国家级", 5_000_000, False, False, "新认定")]),
    # not money given: investment and revenue in brackets of 亿元, a money header without a unit, rows naming no recipient
    ("项目名称\t总投资金额(亿元)\t建设年限\n智能制造产业园项目\t12\t2023-2025", []),
    ("指标\t营业收入(亿元)\t2025年\n高新技术企业\t500\t800", []),
    ("类别\t奖励金额\t备注\n重点实验室\t500\t一次性", []),
    ("类别\t奖励金额(万元)\n一等奖\t50\n二等奖\t30", []),
    # a signature and date set apart on one line is no table
    ("本措施自发布之日起施行。\n某市人民政府\t2023年5月1日", []),
]


@pytest.mark.parametrize(("text", "expected"), TABLES)
def test_money_tables(text: str, expected: list[Row], shipped: vocabulary.Vocab) -> None:
    assert sorted(rows(text, shipped), key=str) == sorted(expected, key=str)
