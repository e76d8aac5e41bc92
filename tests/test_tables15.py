"""Tables laid out with one space, an ideographic space (U+3000) or NBSP between cells, and with a unit column of their
own (kg/normalize.py row gaps, kg/extract/tables.py, kg/extract/fundrows.py): goal tables of 行动计划/实施方案 and money
tables of 若干措施 as PDFs and saved web pages give them, and lines whose single spaces are no cell gaps. Cases of our own."""

from __future__ import annotations

import unicodedata
from decimal import Decimal

import pytest

from kg import pipeline
from kg import vocab as vocabulary
from kg.model import Funding, Target
from kg.vocab import Vocab

S = "\u3000"
NB = "\u00a0"
PLAN = "某市推进科技创新行动计划(2024—2026年)\n一、主要目标\n到2026年,全市创新能力显著提升,主要指标如下表。\n"
PLAN7 = "某省加快建设创新型省份实施方案(2023—2027年)\n一、主要目标\n主要指标见下表。\n"
MEAS = "某市支持科技创新若干措施\n一、支持创新平台建设\n对新认定的创新平台给予一次性奖励,标准如下表。\n"

def plan(rows, sep, head="指标名称{s}单位{s}2023年基数{s}2026年目标", pre=PLAN):
    return pre + head.format(s=sep) + "\n" + "\n".join(r.format(s=sep) for r in rows) + "\n"

T = lambda s, v, u, y=2026: (s, v, u, y)
ROWS = ["科技型中小企业{s}家{s}3000{s}5000", "技术合同成交额{s}亿元{s}300{s}500", "研发经费投入强度{s}%{s}2.3{s}2.8"]
ROWS_T = {T("科技型中小企业", 5000, "家"), T("技术合同成交额", 500, "亿元"), T("研发经费投入强度", 2.8, "%")}
CASES = [
    ("unit column, tabs", plan(ROWS, "\t"), ROWS_T, set()),
    ("unit column, two spaces", plan(ROWS, "  "), ROWS_T, set()),
    ("unit column, one space", plan(ROWS, " "), ROWS_T, set()),
    ("unit column, U+3000", plan(ROWS, S), ROWS_T, set()),
    ("unit column, NBSP (web copy)", plan(ROWS, NB), ROWS_T, set()),
    ("one space, serial column", plan(["1{s}高新技术企业{s}家{s}1200{s}2000", "2{s}省级以上研发平台{s}个{s}150{s}260"], " ", "序号{s}指标{s}单位{s}2023年{s}2026年"),
     {T("高新技术企业", 2000, "家"), T("省级以上研发平台", 260, "个")}, set()),
    ("one space, 2025年/2027年 two goal columns", plan(["高新技术企业{s}家{s}1500{s}2000{s}2600", "全社会研发投入{s}亿元{s}120{s}160{s}200"], " ", "指标{s}单位{s}2022年{s}2025年{s}2027年", PLAN7),
     {T("高新技术企业", 2000, "家", 2025), T("高新技术企业", 2600, "家", 2027), T("全社会研发投入", 160, "亿元", 2025), T("全社会研发投入", 200, "亿元", 2027)}, set()),
    ("U+3000, years as column heads, unit in brackets", plan(["新增省级以上研发平台(个){s}20{s}25{s}30", "技术合同登记额(亿元){s}80{s}100{s}120"], S, "指标{s}2024年{s}2025年{s}2026年"),
     {T("新增省级以上研发平台", 20, "个", 2024), T("技术合同登记额", 80, "亿元", 2024), T("新增省级以上研发平台", 25, "个", 2025), T("新增省级以上研发平台", 30, "个", 2026), T("技术合同登记额", 100, "亿元", 2025), T("技术合同登记额", 120, "亿元", 2026)}, set()),
    ("tabs, a row with no unit cell, its unit in brackets", plan(["高新技术企业数量(家){s}1200{s}2000", "科技型中小企业{s}家{s}3000{s}5000"], "\t"),
     {T("高新技术企业数量", 2000, "家"), T("科技型中小企业", 5000, "家")}, set()),
    ("one space, shares in %", plan(["规上工业企业研发机构覆盖率{s}%{s}35{s}50", "战略性新兴产业增加值占比{s}%{s}18.5{s}25"], " "),
     {T("规上工业企业研发机构覆盖率", 50, "%"), T("战略性新兴产业增加值占比", 25, "%")}, set()),
    ("one space, 单位 line above, 亿元", PLAN + "单位:亿元\n指标 2023年 2026年\n全社会研发经费投入 300 500\n技术合同成交额 200 400\n",
     {T("全社会研发经费投入", 500, "亿元"), T("技术合同成交额", 400, "亿元")}, set()),
    ("U+3000, figures with their units in cells", plan(["高新技术企业{s}—{s}1200家{s}2000家"], S),
     {T("高新技术企业", 2000, "家")}, set()),
    # funding tables of 若干措施
    ("funding, tabs", MEAS + "类别\t认定级别\t奖励金额(万元)\n重点实验室\t国家级\t500\n重点实验室\t省级\t100\n", set(),
     {("重点实验室", "国家级", 5000000), ("重点实验室", "省级", 1000000)}),
    ("funding, one space", MEAS + "类别 认定级别 奖励金额(万元)\n重点实验室 国家级 500\n重点实验室 省级 100\n", set(),
     {("重点实验室", "国家级", 5000000), ("重点实验室", "省级", 1000000)}),
    ("funding, U+3000", MEAS + f"类别{S}认定级别{S}奖励金额(万元)\n技术创新中心{S}国家级{S}1000\n技术创新中心{S}省级{S}300\n", set(),
     {("技术创新中心", "国家级", 10000000), ("技术创新中心", "省级", 3000000)}),
    ("funding, NBSP", MEAS + f"支持对象{NB}认定级别{NB}支持标准(万元)\n科技企业孵化器{NB}国家级{NB}100\n科技企业孵化器{NB}省级{NB}50\n", set(),
     {("科技企业孵化器", "国家级", 1000000), ("科技企业孵化器", "省级", 500000)}),
    ("funding, unit column, one space", MEAS + "支持对象 认定级别 单位 奖励标准\n新型研发机构 国家级 万元 500\n新型研发机构 省级 万元 200\n", set(),
     {("新型研发机构", "国家级", 5000000), ("新型研发机构", "省级", 2000000)}),
    ("funding, unit column, tabs", MEAS + "支持对象\t认定级别\t单位\t奖励标准\n新型研发机构\t国家级\t万元\t500\n新型研发机构\t省级\t万元\t200\n", set(),
     {("新型研发机构", "国家级", 5000000), ("新型研发机构", "省级", 2000000)}),
    # negatives and spaces that are no cell gaps
    ("prose wrap, one space", "某市科技创新条例\n第一条 为贯彻落实国家创新驱动发展战略和省委省政府关于营造良好创新生态的 重大决策部署,制定本条例。\n", set(), set()),
    ("heading and letter-spaced title", f"某市支持科技创新若{S}干{S}措{S}施\n第一章{S}总则\n第二章 支持 措施\n", set(), set()),
    ("thousands group in prose", "某市科技创新行动计划\n到2025年,全市高新技术企业达到1 800家。\n", {T("高新技术企业", 1800, "家", 2025)}, set()),
    ("year and unit split by U+3000", f"某市科技创新行动计划\n到2025{S}年,技术合同成交额达到300{S}亿元。\n", {T("技术合同成交额", 300, "亿元", 2025)}, set()),
    ("date with spaces", "某市科技创新行动计划\n2024 年 3 月 15 日\n到2025年,高新技术企业达到2000家。\n", {T("高新技术企业", 2000, "家", 2025)}, set()),
    ("thousands group, no table", "某市科技创新行动计划\n到2025年 高新技术企业 达到 1 800家\n", {T("高新技术企业", 1800, "家", 2025)}, set()),
    # more layouts, written after the first look
    ("one space, a header in two rows (预期目标 over 2025年 2026年)", plan(["高新技术企业{s}家{s}1800{s}2000"], " ", "指标{s}单位{s}预期目标\n2025年{s}2026年"),
     {T("高新技术企业", 1800, "家", 2025), T("高新技术企业", 2000, "家", 2026)}, set()),
    ("one space, serial and attribute columns", plan(["1{s}研发经费投入强度{s}%{s}2.3{s}2.8{s}预期性"], " ", "序号{s}指标名称{s}单位{s}2023年{s}2026年{s}属性"),
     {T("研发经费投入强度", 2.8, "%")}, set()),
    ("Traditional, U+3000", plan(["高新技術企業{s}家{s}1200{s}2000"], S, "指標名稱{s}單位{s}2023年{s}2026年", "某縣推動產業創新行動方案(2024—2026年)\n主要指標如下表。\n"),
     {T("高新技术企业", 2000, "家")}, set()),
    ("funding, one space, a dash for none and a total", MEAS + "类别 级别 奖励金额(万元)\n重点实验室 国家级 500\n重点实验室 省级 —\n合计 — 500\n", set(),
     {("重点实验室", "国家级", 5000000)}),
    ("one space, a unit cell under a header with no 单位 column", plan(["高新技术企业{s}家{s}1200{s}2000", "研发投入强度{s}%{s}2.3{s}2.8"], " ", "指标{s}2023年{s}2026年"),
     {T("高新技术企业", 2000, "家"), T("研发投入强度", 2.8, "%")}, set()),
    ("one space, a name with a blank in it in a row wider than the header", plan(["1{s}规模以上工业企业 研发经费投入强度{s}%{s}2.3{s}2.8", "2{s}5G 基站{s}个{s}3000{s}5000"], " ", "序号{s}指标名称{s}单位{s}2023年{s}2026年"),
     {T("规模以上工业企业研发经费投入强度", 2.8, "%"), T("5G 基站", 5000, "个")}, set()),
    ("one space, the unit column last", plan(["高新技术企业{s}1200{s}2000{s}家", "技术合同成交额{s}300{s}500{s}亿元"], " ", "指标{s}2023年{s}2026年{s}单位"),
     {T("高新技术企业", 2000, "家"), T("技术合同成交额", 500, "亿元")}, set()),
    ("wider gaps, figures one blank apart (a narrow column)", plan(["科技型中小企业{s}家{s}3000 5000", "技术合同成交额{s}亿元{s}300 500"], "  "),
     {T("科技型中小企业", 5000, "家"), T("技术合同成交额", 500, "亿元")}, set()),
    ("page number line and contact", "某市支持科技创新若干措施\n联系电话 0571 8888 6666\n- 3 -\n", set(), set()),
]


@pytest.fixture(scope="module")
def vocab() -> Vocab:
    return vocabulary.load()


def facts(text: str, vocab: Vocab) -> tuple[set[tuple[object, ...]], set[tuple[object, ...]]]:
    doc, found = pipeline.process(pipeline.from_text(text, vocab, "t"), vocab)
    for fact in found:
        if isinstance(fact, (Target, Funding)):
            assert doc.original[fact.evidence.start : fact.evidence.end] == fact.evidence.quote  # quotes stay exact
    targets = {(f.subject, f.value, f.unit, f.year) for f in found if isinstance(f, Target)}
    money = {(f.recipient, f.level, f.amount_yuan) for f in found if isinstance(f, Funding)}
    return targets, money


@pytest.mark.parametrize(("name", "text", "targets", "money"), CASES, ids=[case[0] for case in CASES])
def test_table_cases(name: str, text: str, targets: set[tuple[object, ...]], money: set[tuple[object, ...]], vocab: Vocab) -> None:
    got_targets, got_money = facts(text, vocab)
    assert got_targets == {(s, Decimal(str(v)), u, y) for s, v, u, y in targets}
    assert got_money == {(r, lv, Decimal(a)) for r, lv, a in money}


@pytest.mark.parametrize(
    ("original", "normalised"),
    [
        (f"技术合同成交额{S}亿元{S}300{S}500", "技术合同成交额\t亿元\t300\t500"),  # no thousands group 300500
        ("科技型中小企业 家 3000 5000", "科技型中小企业\t家\t3000\t5000"),  # no 企业家
        (f"高新技术企业{NB}家{NB}1200{NB}2000", "高新技术企业\t家\t1200\t2000"),
        ("类别 认定级别 奖励金额(万元)\n重点实验室 国家级 500", "类别\t认定级别\t奖励金额(万元)\n重点实验室\t国家级\t500"),
        ("单位:亿元\n指标 2023年 2026年\n研发投入 300 500", "单位:亿元\n指标\t2023年\t2026年\n研发投入\t300\t500"),
        ("到2025年 高新技术企业 达到 1 800家", "到2025年高新技术企业达到1800家"),  # one number's thousands groups
        ("2024 年 3 月 15 日", "2024年3月15日"),  # a date
        ("表 1 2025年", "表1 2025年"),  # a caption, as before
        (f"若{S}干{S}措{S}施", "若干措施"),  # letter spacing
        (f"第一章{S}总则", "第一章总则"),
        ("营造良好创新生态的 重大决策部署,加快建设 创新型城市", "营造良好创新生态的重大决策部署,加快建设创新型城市"),
        ("类别 认定级别 奖励金额(万元)\n加大 支持 力度", "类别认定级别奖励金额(万元)\n加大支持力度"),  # a header needs a row under it
        ("指标名称  单位  2023年  2026年\n技术合同成交额  亿元  300 500", "指标名称\t单位\t2023年\t2026年\n技术合同成交额\t亿元\t300\t500"),
        ("指标名称  单位  2025年\n高新技术企业  家  1 800", "指标名称\t单位\t2025年\n高新技术企业\t家\t1800"),  # as many cells: 1 800 is one
        ("| 重点实验室 | 国家级 | 500 |", "| 重点实验室 | 国家级 | 500 |"),  # a page's table keeps its bars
        ("指标名称\t单位\t2025年\n创新 生态 1 800家", "指标名称\t单位\t2025年\n创新生态1800家"),  # a table of tabs is another table
    ],
)
def test_single_gaps_of_a_row_are_cell_gaps(original: str, normalised: str, vocab: Vocab) -> None:
    doc = pipeline.from_text(original, vocab)
    assert doc.text == normalised
    assert pipeline.from_text(doc.text, vocab).text == doc.text  # idempotent
    for k, char in enumerate(doc.text):  # the offset map stays exact: a cell's character is the original's, a tab its gap
        written = original[doc.starts[k] : doc.ends[k]]
        assert not written.strip(f" \t{S}{NB}") if char == "\t" else unicodedata.normalize("NFKC", written) == char


@pytest.mark.parametrize(
    "original",
    ["2023 年全市 高新技术企业 1200 家", "全市 研发投入 120 亿元 技术合同成交额 300 亿元", "2024 年 3 月 15 日 发布 2 号文件"],
)
def test_prose_spaced_around_its_numbers_is_no_row(original: str, vocab: Vocab) -> None:
    assert "\t" not in pipeline.from_text(original, vocab).text
