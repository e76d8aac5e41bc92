"""Funding, session 13 (fund13): support measures' wording unseen documents use — a subject before a 的-condition whose
titles won are listed (企业首次入选省级A、国家级B的,分别给予…), or whose levels won are (企业获评国家级、省级智能工厂的);
two caps, one per item and one a running total (单个项目不超过100万元,每家每年累计不超过300万元: the per-item one);
vouchers whose recipients are named in the sentence before (向X和Y发放创新券。创新券按…抵扣,每家…不超过20万元); a public
fund's equity investment with a per-company ceiling (引导基金对X开展股权投资,单个企业投资额最高1000万元; 持股比例 is no share
of the money); Taiwan's governments as recipients after 得補助, money applied for with 得向…申請 capped in the next clause,
a rate capped with no amount (不得超過…之百分之五十: cap true). Negatives: penalties, fees charged, budgets, a unit
rewarding its own staff (本单位…人员, 本局工作人员, 作出突出贡献的职工).
Rows: (recipient, level, amount_yuan, cap, ratio), read with the shipped vocabulary; sentences our own.
"""

from __future__ import annotations

import pytest
from test_extract_funding11 import Row, rows, shipped  # noqa: F401 (the same rows and the shipped vocabulary as fund11)

from kg import vocab as vocabulary

CASES: list[tuple[str, list[Row]]] = [
    # a subject, a verb of gaining, then titles listed with their levels: each title, 分别 mapping the amounts
    ('企业首次入选省级“雄鹰企业”、国家级专精特新“小巨人”企业的，分别给予50万元、100万元奖励。',
     [('雄鹰企业', '省级', 500000, False, None), ('专精特新小巨人企业', '国家级', 1000000, False, None)]),
    ('企业首次被认定为国家级专精特新“小巨人”企业、省级专精特新中小企业的，分别给予100万元、30万元一次性奖励。',
     [('专精特新小巨人企业', '国家级', 1000000, False, None), ('专精特新中小企业', '省级', 300000, False, None)]),
    # (one title won: the subject, at the level won)
    ('企业获评国家级绿色工厂的，给予50万元一次性奖励。', [('企业', '国家级', 500000, False, None)]),
    # the levels won by a subject, no title ending in a head: the subject at each level
    ('制造业企业获评国家级、省级、市级智能工厂的，分别奖励200万元、100万元、50万元。',
     [('制造业企业', '国家级', 2000000, False, None), ('制造业企业', '省级', 1000000, False, None), ('制造业企业', '市级', 500000, False, None)]),
    # two caps, per item and a running total: the per-item one
    ('企业购买高校院所科技成果并在区内实施转化的，按技术合同实际成交额的20%给予补助，单个项目补助不超过100万元，每家企业每年累计不超过300万元。',
     [('企业', None, 1000000, True, '0.2')]),
    ('对企业实施的技术改造项目，按设备投资额的10%给予补助，单个项目最高补助500万元，同一企业每年累计不超过1000万元。',
     [('技术改造项目', None, 5000000, True, '0.1')]),
    # (an amount per item that is no cap, then a capped total: the item's line alone, fund13c; the patent's owner is paid, fund13b)
    ('对企业获得的发明专利授权，每件资助5000元，每家企业每年资助总额不超过50万元。',
     [('企业', None, 5000, False, None)]),
    # vouchers: handed to X and Y, then sized in the next sentence that names the voucher first
    ('市科技局每年安排不少于2000万元，向科技型中小企业和创业团队发放科技创新券。创新券按服务合同金额的50%抵扣，每家企业每年使用额度不超过20万元。',
     [('科技型中小企业', None, 200000, True, '0.5'), ('创业团队', None, 200000, True, '0.5')]),
    ('区科技局每年向科技型中小企业和高校毕业生创业团队发放算力券。算力券按实际算力服务费用的30%抵扣，每家企业每年最高抵扣50万元。',
     [('科技型中小企业', None, 500000, True, '0.3'), ('高校毕业生创业团队', None, 500000, True, '0.3')]),
    ('对符合条件的小微企业发放创新券。创新券可用于购买研发设计服务，每家企业每年使用额度不超过10万元。',
     [('小微企业', None, 100000, True, None)]),
    # a public fund's equity investment, its ceiling per company (a stake's share is no share of the money)
    ('市科技创新引导基金对本市种子期、初创期科技型企业开展股权投资，单个企业投资额最高1000万元，持股比例原则上不超过被投企业总股本的20%。',
     [('种子期、初创期科技型企业', None, 10000000, True, None)]),  # (fund18c: stages of one promise are one line, as gold-synth s002, synth2 s007, synth3 s019 annotate; synth2 s013 splits)
    ('区产业投资基金对区内成长期高新技术企业进行股权投资，单个企业投资额原则上不超过2000万元。',
     [('高新技术企业', None, 20000000, True, None)]),
    # (others' investment encouraged, or a fund doing something else: no promise)
    ('鼓励社会资本设立创业投资基金，对初创期企业开展股权投资。', []),
    ('市引导基金对子基金开展绩效评价，评价结果作为续投依据。', []),
    # Taiwan: governments that carry out a plan, paid after 得補助; a rate capped with no amount
    ('本部得補助直轄市、縣（市）政府辦理地方產業創新計畫，每案補助金額以新臺幣五百萬元為上限。',
     [('直辖市、县(市)政府', None, 5000000, True, None)]),
    ('主管機關得補助地方政府辦理中小企業輔導業務，補助金額不得超過該計畫經費之百分之五十。', [('地方政府', None, None, True, '0.5')]),
    # Taiwan: money applied for with 得向…申請, capped in the next clause
    ('中小企業得向本部申請研發補助，每家企業每年度補助金額不得超過新臺幣一百萬元。', [('中小企业', None, 1000000, True, None)]),
    # other support measures' forms, read as before
    ('省财政每年安排2亿元专项资金，对新认定的省级制造业创新中心给予最高5000万元支持。', [('制造业创新中心', '省级', 50000000, True, None)]),
    ('对新获批的国家技术创新中心，一次性给予一千万元奖励。', [('技术创新中心', '国家级', 10000000, False, None)]),
    ('企业在境内主板上市的，给予500万元奖励；在新三板挂牌的，给予100万元奖励。',
     [('企业', None, 5000000, False, None), ('企业', None, 1000000, False, None)]),
    ('规上工业企业年营业收入首次突破10亿元、50亿元、100亿元的，分别给予50万元、100万元、200万元奖励。',
     [('规上工业企业', None, 500000, False, None), ('规上工业企业', None, 1000000, False, None), ('规上工业企业', None, 2000000, False, None)]),
    # payers splitting the cost (两级财政按照6:4比例): no share of the money paid
    ('对新引进的总部企业，市、区两级财政按照6:4比例给予落户奖励，最高2000万元。', [('总部企业', None, 20000000, True, None)]),
    # (a share of the money, as before)
    ('对首次获得风险投资机构投资的初创企业，按实际到位投资额的10%给予奖励，单家企业最高不超过100万元。', [('初创企业', None, 1000000, True, '0.1')]),
    ('对投资额超过十亿元的重大产业化项目，按固定资产投资额的5%给予补助，最高不超过一亿元。', [('重大产业化项目', None, 100000000, True, '0.05')]),
    ('本署得補助學研機構執行產學合作計畫，每案每年補助金額不得超過新臺幣三百萬元。', [('学研机构', None, 3000000, True, None)]),
    ('对新认定的省级重点实验室和省级工程研究中心，分别给予100万元和80万元奖励。',
     [('重点实验室', '省级', 1000000, False, None), ('工程研究中心', '省级', 800000, False, None)]),
    # negatives: penalties, fees charged, budgets, cost sharing between payers
    ('违反本办法规定，骗取财政补助资金的，由市科技局责令退回，并处骗取金额一倍以上三倍以下罚款。', []),
    ('对未按规定报送统计数据的企业，处以5万元罚款。', []),
    ('入驻孵化器的企业应当按月缴纳物业管理费，每平方米每月10元。', []),
    ('申请人应当按照国家规定标准缴纳专利申请费用。', []),
    ('本年度科技创新专项资金预算总额为3.5亿元，由市财政局统一拨付。', []),
    ('所需资金由市、区两级财政按1:1比例分担。', []),
    ('市场监管部门依法收取检验检测费用，收费标准按照省有关规定执行。', []),
    ('企业应当按照合同约定向技术服务机构支付服务费用，最高不超过合同金额的30%。', []),
    ('到2025年，全市规上工业企业研发投入达到300亿元。', []),
    # a unit's own staff, named as its own or as its employees: the unit's reward, no promise
    ('企业应当对在技术创新中作出突出贡献的职工给予奖励。', []),
    ('用人单位对本单位作出突出贡献的科技人员给予表彰和奖励。', []),
    ('市科技局对在科技管理工作中成绩显著的本局工作人员给予奖励。', []),
    ('企业事业单位对本单位在循环经济发展中做出突出贡献的集体和个人，应当给予表彰和奖励。', []),
    # (a government rewarding others' staff, or paying a sum to a unit's staff: a promise)
    ('市人民政府对在科技成果转化中作出突出贡献的科技人员给予奖励。', [('科技人员', None, None, False, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_support_measures13(text: str, expected: list[Row], shipped: vocabulary.Vocab) -> None:
    assert rows(text, shipped) == expected
