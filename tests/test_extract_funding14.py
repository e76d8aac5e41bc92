"""Funding, session 14 (fund14): classes of misses from a blind paraphrase sweep of support measures — sums in formal
capitals (伍拾万元); a programme people entered at one level (入选国家级人才工程的高层次人才: 国家级; a body listed, a prize won or a
project undertaken at a level gives none); a share's base named after the verb (给予|合作项目实际支付金额30%的补贴) when a 对 phrase
named whom; a body's spending named after it (新型研发机构的|研发设备购置); a lower level's purse matching a promise
(,区级财政按1:1配套); a subgroup's top-up (,其中在科创板上市的再奖励100万元); an investor before its verb (对创业投资机构|投资…科技企业的); a loan sized after its amount (可申请最高300万元的创业担保贷款);
a person kind opening its clause before where it works (高校毕业生|到…就业的); carriers after the verb (给予|孵化器|5万元); a yearly cap per recipient after an amount per unit (每件资助2万元,每家企业每年最高20万元:
the unit's line alone); amounts listed after the verb with no money word (分别给予100万元、50万元); a lead-in naming only the support
(给予奖励:|(一)国家级的,奖励100万元); a guide's fields (补助对象:…。补助标准:每家20万元). Negatives: penalties, thresholds, cost splits.
Rows: (recipient, level, amount_yuan, cap, ratio), read with the shipped vocabulary; sentences our own.
"""

from __future__ import annotations

import pytest
from test_extract_funding11 import Row, rows, shipped  # noqa: F401 (the same rows and the shipped vocabulary as fund11)

from kg import vocab as vocabulary

CASES: list[tuple[str, list[Row]]] = [
    # formal capitals, simplified or Traditional (參 only before a place word)
    ('对获得省科学技术奖一等奖的项目完成单位，奖励伍拾万元。', [('项目完成单位', None, 500000, False, None)]),
    ('對參展廠商補助新臺幣參拾萬元。', [('参展厂商', None, 300000, False, None)]),
    ('对新引进的创业团队给予壹佰贰拾万元启动资金。', [('创业团队', None, 1200000, False, None)]),
    ('鼓励企业参加20万元以上的技术交易活动。', []),
    # a programme people entered at one level: its level (a body or project listed at a level keeps none, as earlier tests read)
    ('对入选国家级人才工程的高层次人才，给予100万元安家补贴。', [('高层次人才', '国家级', 1000000, False, None)]),
    ('对入选省级人才计划的青年博士，给予每人20万元资助。', [('青年博士', '省级', 200000, False, None)]),
    ('对纳入国家中试验证平台建设试点的中试基地，一次性奖励1000万元。', [('中试基地', None, 10000000, False, None)]),
    # (a threshold is any level; a prize won or a project undertaken gives none; 列入市场… is no level)
    ('对入选市级以上人才计划的青年人才，给予10万元资助。', [('青年人才', None, 100000, False, None)]),
    ('对牵头承担国家重大科技项目的单位，给予50万元奖励。', [('单位', None, 500000, False, None)]),
    ('对获得市级奖励的项目，给予5万元奖励。', [('项目', None, 50000, False, None)]),
    ('对列入市场监管重点名单的企业，给予5万元补助。', [('企业', None, 50000, False, None)]),
    # a share's base after the verb: whom the 对 phrase named (without one, the noun after the verb; a party stays)
    ('对开展产学研合作的企业，给予合作项目实际支付金额30%的补贴。', [('企业', None, None, False, '0.3')]),
    ('给予企业研发费用10%的补助。', [('企业', None, None, False, '0.1')]),
    ('对技术合同，按成交额的3%给予技术输出方奖励。', [('技术输出方', None, None, False, '0.03')]),
    # a body's spending named after it with 的
    ('新型研发机构的研发设备购置，按购置费用的30%给予补贴，最高300万元。', [('新型研发机构', None, 3000000, True, '0.3')]),
    ('对企业的技术改造，按设备投资额的10%给予补助。', [('企业', None, None, False, '0.1')]),
    # a lower level's purse matching the promise just made: the same recipient, ratio 1
    ('对获批建设的国家技术创新中心，市财政给予1000万元支持，区级财政按1:1配套。',
     [('技术创新中心', '国家级', 10000000, False, None), ('技术创新中心', '国家级', None, False, '1')]),
    ('对新认定的国家级孵化器给予100万元奖励，县财政按照1:1给予配套。',
     [('孵化器', '国家级', 1000000, False, None), ('孵化器', '国家级', None, False, '1')]),
    # (a split between payers, or a payer bearing the cost, is no match)
    ('对建设项目，市、区两级财政按照6:4比例分担。', []),
    ('对企业给予50万元奖励，区财政按1:1比例承担。', [('企业', None, 500000, False, None)]),
    # a subgroup's top-up after 其中: a line of its own (not a part of the sum earmarked)
    ('对科技企业上市的，给予最高300万元奖励，其中在科创板上市的再奖励100万元。',
     [('科技企业', None, 3000000, True, None), ('科技企业', None, 1000000, False, None)]),
    ('对新认定的高新技术企业给予20万元奖励，其中首次认定的，另给予10万元奖励。',
     [('高新技术企业', None, 200000, False, None), ('高新技术企业', None, 100000, False, None)]),
    ('对企业给予最高100万元补助，其中30万元用于设备购置。', [('企业', None, 1000000, True, None)]),
    # a body acting on the bodies named after it: the body (not the verb inside its name: 创业|投资|机构)
    ('对创业投资机构投资本市种子期、初创期科技企业的，按投资额的5%给予奖励，每家机构每年最高500万元。',
     [('创业投资机构', None, 5000000, True, '0.05')]),
    ('对科技企业孵化器孵化高新技术企业的，每孵化1家给予10万元奖励。', [('科技企业孵化器', None, 100000, False, None)]),
    ('对投资基金投资的项目，给予50万元奖励。', [('项目', None, 500000, False, None)]),
    # a loan sized after the amount is no amount of the subsidy (its 贴息 is); a loan's subsidy sized is
    ('符合条件的小微企业，可申请最高300万元的创业担保贷款，财政给予全额贴息。', [('小微企业', None, None, False, '1')]),
    ('对企业给予最高50万元的贷款贴息。', [('企业', None, 500000, True, None)]),
    # a person kind opening its clause, then where it goes to work: the persons, paid per head
    ('高校毕业生到中小微企业就业的，给予每人每年5000元就业补贴。', [('高校毕业生', None, 5000, False, None)]),
    ('留学人员在本市创办科技企业的，给予20万元创业资助。', [('留学人员', None, 200000, False, None)]),
    # a carrier named right after the verb of giving
    ('孵化器每培育一家国家高新技术企业，给予孵化器5万元奖励。', [('孵化器', None, 50000, False, None)]),
    # money one may get (可获), the winner named before the prize won
    ('创业团队获得大赛一等奖的，可获20万元奖励。', [('创业团队', None, 200000, False, None)]),
    ('入选的领军人才，可获500万元项目资助。', [('领军人才', None, 5000000, False, None)]),
    ('对获奖企业，可获得市级荣誉。', []),
    # the host of an event (not the event)
    ('对企业承办的国际性学术会议，每场给予最高30万元补贴。', [('企业', None, 300000, True, None)]),
    # a share named as the sum's measure (资助额度为…的30%)
    ('对通过评审的产学研合作项目，资助额度为项目总投入的30%，不超过100万元。', [('产学研合作项目', None, 1000000, True, '0.3')]),
    ('企业申请贷款额度为净资产的50%以内。', []),
    # a yearly cap of one recipient after an amount per unit or a cap per item is a running total, no line of its own
    ('对企业购置工业机器人的，按购置金额的10%给予补贴，单台补贴不超过5万元，单个企业年度补贴不超过200万元。',
     [('企业', None, 50000, True, '0.1')]),
    ('对通过PCT途径提交国际专利申请的企业，每件资助2万元，每家企业每年最高20万元。', [('企业', None, 20000, False, None)]),
    # (a yearly cap written first is whose it is; two promises' caps each a line)
    ('支持科技型中小企业和创业团队购买技术服务，按服务合同金额的50%予以兑付，每家企业每年最高50万元，创业团队每年最高10万元。',
     [('科技型中小企业', None, 500000, True, '0.5'), ('创业团队', None, 100000, True, '0.5')]),
    ('对企业给予最高100万元补助，每家企业每年最高200万元。', [('企业', None, 1000000, True, None), ('企业', None, 2000000, True, None)]),
    # amounts listed after the verb with no money word: one per level
    ('对新认定的国家级、省级企业技术中心，分别给予100万元、50万元。',
     [('企业技术中心', '国家级', 1000000, False, None), ('企业技术中心', '省级', 500000, False, None)]),
    ('对新认定的国家级企业技术中心，一次性给予50万元。', [('企业技术中心', '国家级', 500000, False, None)]),
    ('企业注册资本给予50万元以上的，方可申报。', []),
    # Taiwan: a rate capped with 以…為上限 after the kind declared before
    ('本辦法補助對象為中小企業。補助比率以百分之五十為上限。', [('中小企业', None, None, True, '0.5')]),
    # a lead-in naming only the support, its numbered items on the next lines sized: a line per item, the lead none
    ('第八条 对新认定的孵化器给予奖励:\n(一)国家级的,奖励100万元;\n(二)省级的,奖励50万元。',
     [('孵化器', '国家级', 1000000, False, None), ('孵化器', '省级', 500000, False, None)]),
    # (items that list cases, not sums: the lead stays; a penalty's lead-in is none)
    ('民营经济组织有下列情形之一的，县级以上人民政府可以给予奖励：\n（一）在技术创新中做出显著成绩的；\n（二）吸纳就业成绩突出的。',
     [('民营经济组织', None, None, False, None)]),
    ('对直接负责的主管人员依法给予处理：\n（一）未公示的；\n（二）未按照规定对科技人员给予奖励的。', []),
    # a guide's fields: 补助对象: then 补助标准: with the sum per unit
    ('补助对象:在本市注册的高新技术企业。\n补助标准:每家20万元。', [('高新技术企业', None, 200000, False, None)]),
    ('支持对象:科技型中小企业。\n支持标准:按研发投入的10%给予补助,最高50万元。', [('科技型中小企业', None, 500000, True, '0.1')]),
    # negatives
    ('违反本条例规定的，由市场监督管理部门责令改正，处一万元以上十万元以下罚款。', []),
    ('申报企业上年度营业收入不低于2000万元，研发费用占营业收入比例不低于3%。', []),
    ('入驻企业注册资本不低于1000万元。', []),
    ('项目单位自筹资金不低于项目总投资的50%。', []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sweep14(text: str, expected: list[Row], shipped: vocabulary.Vocab) -> None:
    assert rows(text, shipped) == expected
