"""Funding, session 14 (fund14c): multi-line, list-style measures — passages of our own in several styles, negatives
included: a promise whose lead-in ends its line over items sized for a level, a grade, a class or a condition (奖励标准为:|
国家级50万元;|…, ——国家级的,奖励100万元, 金奖,奖励50万元, 其中:|A类机构,每年给予300万元, (1)营业收入…的,奖励10万元); items
naming their own recipients stay promises of their own, an item opening with a recipient's name alone is one
(一、國家級研發中心,補助新臺幣一千萬元); a heading naming the recipient over sized lines (对新认定的孵化器:|
——国家级的,…; 对…博士研究生:|每月发放生活补贴3000元); a share then its cap in the next item or line (单个项目补助最高不超过
500万元); 分档 over lines after a condition opening with its recipient; statistics and budget tables, application materials,
contacts and a heading over duties give no line; a sized promise is not capped by a running total after it; a sub-item
(其中) of a promise for one level is of that level.
Rows: (recipient, level, amount_yuan, cap, ratio), read with the shipped vocabulary.
"""

from __future__ import annotations

import pytest
from test_extract_funding11 import Row, rows, shipped  # noqa: F401 (the same rows and the shipped vocabulary as fund11)

from kg import vocab as vocabulary

LISTS: list[tuple[str, list[Row]]] = [
    # lead-in promise over bare rows by level, each closed by ; or 。
    ("对新认定的高新技术企业给予奖励，奖励标准为：\n国家级50万元；\n省级20万元；\n市级10万元。",
     [("高新技术企业", "国家级", 500000, False, None), ("高新技术企业", "省级", 200000, False, None), ("高新技术企业", "市级", 100000, False, None)]),
    # a dash list under a promise
    ("对新认定的众创空间给予一次性奖励：\n——国家级的，奖励100万元；\n——省级的，奖励30万元。",
     [("众创空间", "国家级", 1000000, False, None), ("众创空间", "省级", 300000, False, None)]),
    # items by grade (优秀奖 too)
    ("对获得省级以上专利奖的本市企业给予配套奖励：\n金奖，奖励50万元；\n银奖，奖励30万元；\n优秀奖，奖励10万元。",
     [("本市企业", None, 500000, False, None), ("本市企业", None, 300000, False, None), ("本市企业", None, 100000, False, None)]),
    # items by class after 其中:
    ("对经认定的新型研发机构，根据绩效评价结果给予运营经费支持，其中：\nA类机构，每年给予300万元；\nB类机构，每年给予100万元。",
     [("新型研发机构", None, 3000000, False, None), ("新型研发机构", None, 1000000, False, None)]),
    # numbered items by condition (分档 by revenue): the amounts inside the condition are no amounts
    ("对首次升规的工业企业，按营业收入分档给予奖励：\n(1)营业收入5000万元以下的，奖励10万元；\n(2)营业收入5000万元以上的，奖励20万元。",
     [("工业企业", None, 100000, False, None), ("工业企业", None, 200000, False, None)]),
    # one item sized for a level only, the next naming its own recipient: each a promise of its own, the lead-in none
    ("对新认定的企业研发机构给予奖励：\n(一)国家级的，奖励100万元；\n(二)省级企业技术中心，奖励50万元。",
     [("企业研发机构", "国家级", 1000000, False, None), ("企业技术中心", "省级", 500000, False, None)]),
    # items naming their own recipients: promises of their own, the lead-in no line
    ("对新认定的企业研发机构给予奖励：\n1.国家级企业技术中心，奖励300万元；\n2.省级企业技术中心，奖励50万元。",
     [("企业技术中心", "国家级", 3000000, False, None), ("企业技术中心", "省级", 500000, False, None)]),
]

LABELS: list[tuple[str, list[Row]]] = [
    # an item opening with a recipient's name alone (not in the vocabulary), a comma, then the money
    ("补助额度如下：\n一、国家级研发中心，补助1000万元。\n二、市级研发中心，补助300万元。",
     [("研发中心", "国家级", 10000000, False, None), ("研发中心", "市级", 3000000, False, None)]),
    ("補助額度如下：\n一、國家級研發中心，補助新臺幣一千萬元。\n二、直轄市級研發中心，補助新臺幣三百萬元。",
     [("研发中心", "国家级", 10000000, False, None), ("研发中心", "市级", 3000000, False, None)]),
]

HEADINGS: list[tuple[str, list[Row]]] = [
    ("对新认定的科技企业孵化器：\n——国家级的，一次性奖励200万元；\n——省级的，一次性奖励50万元。",
     [("科技企业孵化器", "国家级", 2000000, False, None), ("科技企业孵化器", "省级", 500000, False, None)]),
    ("对在本区工作的博士研究生：\n每月发放生活补贴3000元，连续发放3年。", [("博士研究生", None, 3000, False, None)]),
    # an article's number before the heading
    ("第九条　对新认定的技术创新示范企业：\n（一）国家级的，一次性奖励100万元；\n（二）省级的，一次性奖励30万元。",
     [("技术创新示范企业", "国家级", 1000000, False, None), ("技术创新示范企业", "省级", 300000, False, None)]),
    # the heading's first item on its line, the next below it
    ("对在本区设立的研发中心：给予最高500万元的落户补助；\n前三年按其研发投入的10%给予运营补助。",
     [("研发中心", None, 5000000, True, None), ("研发中心", None, None, False, "0.1")]),
]

CAPS_NEXT: list[tuple[str, list[Row]]] = [
    ("(一)设备投资额在1000万元以上的技改项目，按设备投资额的10%给予补助；\n(二)单个项目补助最高不超过500万元。",
     [("技改项目", None, 5000000, True, "0.1")]),
    ("对技术转移机构促成技术交易的，按技术合同成交额的2%给予奖励；\n单家机构每年奖励不超过30万元。",
     [("技术转移机构", None, 300000, True, "0.02")]),
    # a promise unsized, its size in the next item or on the next line
    ("1.对新认定的省级制造业创新中心给予奖励；\n2.奖励金额最高不超过300万元。", [("制造业创新中心", "省级", 3000000, True, None)]),
    ("对新建的中试基地给予建设补助；\n补助标准为每家200万元。", [("中试基地", None, 2000000, False, None)]),
    # a standard in another paragraph (after 。, no item marker) sizes nothing before it (test_recall7_size_in_the_next_sentence)
    ("对新建的中试基地给予建设补助。\n补助标准为每家200万元。", [("中试基地", None, None, False, None)]),
    # the cap's clause names no recipient of its own
    ("对首版次软件产品的开发企业，按产品研发投入的30%给予补助；\n单个产品补助最高200万元。", [("开发企业", None, 2000000, True, "0.3")]),
    # the promise before is sized: a running total after it is a line of its own, not its cap
    ("对新认定的孵化器，给予50万元奖励；\n单个孵化器每年奖励不超过100万元。",
     [("孵化器", None, 500000, False, None), ("孵化器", None, 1000000, True, None)]),
    # 分档 over lines: the recipient opening the first condition is that of the next
    ("企业上年度研发费用在500万元以下的，按研发费用的5%给予补助；\n在500万元至2000万元之间的，按研发费用的3%给予补助。",
     [("企业", None, None, False, "0.05"), ("企业", None, None, False, "0.03")]),
]

AMONG: list[tuple[str, list[Row]]] = [
    # a sub-item (其中) of a promise for one level is of that level
    ("对新认定为国家级众创空间的，给予50万元一次性奖励；\n其中，专业化众创空间再给予20万元奖励。",
     [("众创空间", "国家级", 500000, False, None), ("专业化众创空间", "国家级", 200000, False, None)]),
    # the promise before names several levels: the sub-item names none
    ("对新认定的国家级、省级众创空间分别给予100万元、50万元奖励；\n其中，专业化众创空间再给予20万元奖励。",
     [("众创空间", "国家级", 1000000, False, None), ("众创空间", "省级", 500000, False, None), ("专业化众创空间", None, 200000, False, None)]),
]

NEGATIVES: list[str] = [
    # a lead-in over conditions that are no sizes
    "对符合下列条件的企业给予奖励：\n(一)年营业收入1000万元以上的；\n(二)研发投入占比3%以上的。",
    "2023年全区科技经费支出情况\n类别  金额(万元)  占比\n财政科技支出  12000  45%\n企业研发投入  15000  55%",
    "项目经费预算表\n项目类别\t项目数\t预算金额(万元)\n重点研发计划\t20\t2000\n合计\t70\t2500",
    "四、申报材料\n(一)项目申请书；\n(二)企业营业执照复印件；\n(三)上年度财务审计报告。",
    "十二、联系方式\n市科技局高新处，联系人：李某，电话：010-12345678。",
    "对新认定的重点实验室：\n(一)依托单位应当保障建设条件；\n(二)每年报送运行报告。",
    "三、主要指标\n2023年全市高新技术企业达到2000家；\n技术合同成交额达到500亿元。",
    # the payers of a reward named as a noun: no label of an item
    "企业、事业单位给予发明人或者设计人的奖励、报酬，按照国家有关财务、会计制度的规定进行处理。",
]


@pytest.mark.parametrize(("text", "expected"), LISTS + LABELS + HEADINGS + CAPS_NEXT + AMONG)
def test_fund14c(text: str, expected: list[Row], shipped: vocabulary.Vocab) -> None:
    assert rows(text, shipped) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_fund14c_no_money(text: str, shipped: vocabulary.Vocab) -> None:
    assert rows(text, shipped) == []
