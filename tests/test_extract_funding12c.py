"""Funding, session 12 third round (syn12): support measures' wording — a national designation (全国重点实验室: 重点实验室
at the national level), the body paid written between 给予 and a money word with what the sum is for (给予投资机构风险补助),
the owner of a loan as the recipient of interest subsidies (X用于…的银行贷款,按…给予贴息), matching funds
with the ratio after the verb (给予1:1配套,最高5000万元), those picked named before their count (遴选支持青年科技人才100名左右,
给予每人50万元项目经费), a level written once before a list in a 的-condition (首次被认定为省级A、B的), and a quoted
name listed before a term there (入选省级“雄鹰企业”、国家级…的).
Rows: (recipient, level, amount_yuan, cap, ratio), read with the shipped vocabulary; sentences our own.
"""

from __future__ import annotations

import pytest
from test_extract_funding11 import Row, rows, shipped  # noqa: F401 (the same rows and the shipped vocabulary as fund11)

from kg import vocab as vocabulary

CASES: list[tuple[str, list[Row]]] = [
    # 全国重点实验室 (the national labs' name since 2022): 重点实验室, 国家级
    ('获批建设全国重点实验室的，给予1000万元支持。', [('重点实验室', '国家级', 10000000, False, None)]),
    ('对新认定的全国重点实验室，给予最高500万元奖励。', [('重点实验室', '国家级', 5000000, True, None)]),
    # (全国 before an event or an award is no recipient's level)
    ('全国科技创新大会期间，对参展企业给予5万元补贴。', [('参展企业', None, 50000, False, None)]),
    ('对获得全国科技进步奖的项目，给予50万元奖励。', [('项目', None, 500000, False, None)]),
    # 给予|body|what the sum is for|money word: the body, not the one the condition names
    ('天使投资基金投资初创期科技企业的，按其实际投资额的10%给予投资机构风险补助，单个投资机构每年最高100万元。',
     [('投资机构', None, 1000000, True, '0.1')]),
    ('按技术合同成交额的3%给予技术转移机构服务奖励，最高30万元。', [('技术转移机构', None, 300000, True, '0.03')]),
    ('创业投资机构投资本市种子期企业的，按投资额的5%给予投资机构奖励，最高50万元。', [('投资机构', None, 500000, True, '0.05')]),
    ('合作银行向科技企业发放贷款的，按贷款额的2%给予合作银行风险补偿，每家银行每年最高200万元。', [('合作银行', None, 2000000, True, '0.02')]),
    # the owner of a loan (X用于…的贷款, X获得的…贷款): X
    ('专精特新中小企业用于技术改造、研发投入的银行贷款，按照实际支付利息的50%给予贴息，单个企业每年贴息额最高50万元。',
     [('专精特新中小企业', None, 500000, True, '0.5')]),
    ('科技型企业用于研发的贷款，按实际利息的30%给予贴息，最高100万元。', [('科技型企业', None, 1000000, True, '0.3')]),
    ('高新技术企业获得的知识产权质押贷款，按贷款利息的50%给予贴息。', [('高新技术企业', None, None, False, '0.5')]),
    # (a bank that lends is paid itself; a cost with no owner named is no one)
    ('对银行发放的科技贷款，按贷款额的1%给予银行风险补偿。', [('银行', None, None, False, '0.01')]),
    ('对开拓市场的费用给予补助。', []),
    # matching funds 给予1:N配套 (the ratio between the verb and 配套), capped after it
    ('对新获批的国家技术创新中心、国家制造业创新中心，市级财政按照国家支持资金给予1:1配套，最高5000万元。',
     [('技术创新中心', '国家级', 50000000, True, '1'), ('制造业创新中心', '国家级', 50000000, True, '1')]),
    ('对承担国家重大科技专项的企业，按国家资助资金给予1:0.5配套，单个项目最高500万元。', [('企业', None, 5000000, True, '0.5')]),
    # (a unit's own matching share, or a budget line arranged: no promise)
    ('项目单位应按1:1配套，落实自筹资金。', []),
    ('地方财政按1:1比例安排配套资金。', []),
    # those picked named before their count, then a sum per person (给予每人50万元项目经费: 经费 sized right before)
    ('每年遴选支持青年科技人才100名左右，给予每人50万元项目经费。', [('青年科技人才', None, 500000, False, None)]),
    ('每年遴选优秀博士后50名，每人给予10万元生活补贴。', [('优秀博士后', None, 100000, False, None)]),
    ('每年评选优秀企业家10名，每人奖励5万元。', [('优秀企业家', None, 50000, False, None)]),
    ('对青年科技人才给予每人50万元项目经费。', [('青年科技人才', None, 500000, False, None)]),
    ('遴选10家左右标杆企业，每家给予100万元奖励。', [('标杆企业', None, 1000000, False, None)]),
    # (picked with no money, or a goal then a policy: no line)
    ('每年遴选支持青年科技人才100名左右。', []),
    ('到2025年引进高层次人才100名，给予政策支持。', []),
    # a level written once before a list in a 的-condition opened by 首次/被: every item's
    ('首次被认定为省级专精特新中小企业、创新型中小企业的，分别奖励30万元、5万元。',
     [('专精特新中小企业', '省级', 300000, False, None), ('创新型中小企业', '省级', 50000, False, None)]),
    ('被认定为省级科技型企业、创新型中小企业的，分别给予30万元、5万元奖励。',
     [('科技型企业', '省级', 300000, False, None), ('创新型中小企业', '省级', 50000, False, None)]),
    ('首次入选国家级、省级专精特新企业的，分别奖励50万元、20万元。',
     [('专精特新企业', '国家级', 500000, False, None), ('专精特新企业', '省级', 200000, False, None)]),
    # (a level won with a prize is not the winner's)
    ('首次获得省级科技进步奖的企业，奖励10万元。', [('企业', None, 100000, False, None)]),
    # a quoted name ending in a head (“雄鹰企业”), listed before a term in a 的-condition: a recipient with its own level
    ('首次入选省级“雄鹰企业”、国家级专精特新“小巨人”企业的，分别给予50万元、100万元奖励。',
     [('雄鹰企业', '省级', 500000, False, None), ('专精特新小巨人企业', '国家级', 1000000, False, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_support_measures(text: str, expected: list[Row], shipped: vocabulary.Vocab) -> None:
    assert rows(text, shipped) == expected


def test_quoted_title_without_head_is_no_recipient(shipped: vocabulary.Vocab) -> None:
    names = {row[0] for row in rows('入选“科技之星”、国家级高新技术企业的，分别给予20万元、30万元奖励。', shipped)}
    assert names == {'高新技术企业'}
