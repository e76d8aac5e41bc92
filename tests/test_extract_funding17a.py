"""Funding, session 17 (fund17a): support measures' amounts and ratios, sentences of our own in the styles of city,
district and province 若干措施, 实施细则, 管理办法 and 行动方案 (pasted from PDFs and web pages) and Taiwan 要點:
a rate per area under a recipient's ceiling (the rate is the line; gold-synth4's convention), stages paid out of a
total written first, a floor (最低补助) no amount, a cap over several items written after them, the matched grant's level.
Rows: (recipient, level, amount_yuan, cap, ratio), read with the shipped vocabulary.
"""

from __future__ import annotations

import pytest
from test_extract_funding11 import Row, rows, shipped  # noqa: F401 (the same rows and the shipped vocabulary as fund11)

from kg import vocab as vocabulary


CASES: list[tuple[str, list[Row]]] = [
    # a rate per area, then a recipient's ceiling in a clause of its own: the rate is the line (the ceiling a note)
    ('对租用孵化载体办公用房的初创企业，按每平方米每月20元的标准给予租金补贴，每家企业每年最高不超过10万元。',
     [('初创企业', None, 20, False, None)]),
    ('对在孵企业租用孵化器场地的，给予房租补贴，每月每平方米不超过15元，单个企业每年最高不超过10万元。',
     [('在孵企业', None, 15, True, None)]),
    ('对入驻孵化器的在孵企业，前两年按每平方米每月30元给予房租补贴，第三年减半。', [('在孵企业', None, 30, False, None)]),
    # … not a rate per head or per item, nor a total that is no ceiling
    ('对企业引进的博士研究生，按每人每月3000元标准给予生活补贴，最长补贴3年。', [('博士研究生', None, 3000, False, None)]),
    # a total written first, then the instalments it is paid in: the total is the line (gold-synth4's convention)
    ('企业在境内外证券交易所首发上市的，给予最高600万元奖励，按辅导备案、申报受理、成功上市三个阶段分别拨付100万元、200万元、300万元。',
     [('企业', None, 6000000, True, None)]),
    ('对新引进的高端人才，给予100万元安家补贴，分三年发放。', [('高端人才', None, 1000000, False, None)]),
    # … stages paid with no total written: a line per stage, as before
    ('对成功上市的企业，在完成股改、辅导备案、申报受理三个环节分别给予50万元、100万元、150万元奖励。',
     [('企业', None, 500000, False, None), ('企业', None, 1000000, False, None), ('企业', None, 1500000, False, None)]),
    # a floor beside the cap is no amount promised
    ('实施细则第五条：研发费用补助按企业上年度研发费用的5%核定，最高补助50万元，最低补助1万元。', [('企业', None, 500000, True, '0.05')]),
    # a cap over the items paid before it, in a sentence of its own: no line
    ('对新认定的市级企业技术中心给予30万元奖励，对新认定的市级工程研究中心给予30万元奖励。同一企业每年累计享受上述奖励不超过100万元。',
     [('企业技术中心', '市级', 300000, False, None), ('工程研究中心', '市级', 300000, False, None)]),
    ('对获得中国专利金奖的单位，给予50万元奖励。上述奖励同一单位每年累计不超过80万元。', [('单位', None, 500000, False, None)]),
    # … but a condition with its own promise after a sized one stays (累计投资额超过1亿元的,给予…)
    ('对新认定的省级企业技术中心给予50万元奖励。累计投资额超过1亿元的，给予最高500万元奖励。',
     [('企业技术中心', '省级', 500000, False, None), ('企业技术中心', '省级', 5000000, True, None)]),
    ('本条各项支持同一企业同一年度累计不超过1000万元。', []),
    # the matched grant's level: written in the base (按照市级奖励金额的50%) or in whom the match is for (获得市级资助的)
    ('对获得市级科技进步奖的项目，区财政按照市级奖励金额的50%给予配套奖励。', [('项目', '市级', None, False, '0.5')]),
    # … a body matched keeps its own level (gold-synth5: 新型研发机构 under 按照市级补助资金1:1的比例予以配套)
    ('对获得市级科技进步奖的单位，区财政按照市级奖励金额的50%给予配套奖励。', [('单位', None, None, False, '0.5')]),
    ('对新认定的新型研发机构，市财政给予最高200万元支持，所在区（市）按照市级补助资金1:1的比例予以配套。',
     [('新型研发机构', None, 2000000, True, None), ('新型研发机构', None, None, False, '1')]),
    ('对新认定的新型研发机构，市财政给予最高200万元支持，县市区按1:1比例配套。',
     [('新型研发机构', None, 2000000, True, None), ('新型研发机构', None, None, False, '1')]),
    # a clause naming another class with its yearly amount after a promise (…,B类新型研发机构每年给予不超过500万元…)
    ('A类新型研发机构在建设期内，市财政每年给予最高2000万元运行经费支持，支持期限不超过3年，B类新型研发机构每年给予不超过500万元的运行经费补助。',
     [('新型研发机构', None, 20000000, True, None), ('新型研发机构', None, 5000000, True, None)]),
    ('对获得市级资助的项目，区财政按1:0.5比例给予配套。', [('项目', '市级', None, False, '0.5')]),
    ('对获得省级科技计划项目立项的企业，按照省级资助金额的50%给予配套。', [('省级科技计划项目', '省级', None, False, '0.5')]),
    # … not a grant won that is no match (获得市级资助的项目 given a reward of its own keeps no level)
    ('对获得市级资助的项目，区财政再给予10万元奖励。', [('项目', None, 100000, False, None)]),
    # the classes a promise is graded by are no recipient
    ('对引进培育的高层次人才团队，经评审认定，分A、B、C三类，分别给予最高1000万元、500万元、300万元项目资助。',
     [('高层次人才团队', None, 10000000, True, None), ('高层次人才团队', None, 5000000, True, None), ('高层次人才团队', None, 3000000, True, None)]),
    # a money word as the verb after 分别, its payee, then the amounts
    ('对年度营业收入首次突破10亿元、50亿元、100亿元的企业，分别奖励企业经营团队100万元、300万元、500万元。',
     [('企业经营团队', None, 1000000, False, None), ('企业经营团队', None, 3000000, False, None), ('企业经营团队', None, 5000000, False, None)]),
    # classes listed after 其中 under an unsized promise: a line per class, each its amount
    ('对符合条件的人才给予购房补贴。其中，顶尖人才最高300万元，领军人才最高100万元。',
     [('顶尖人才', None, 3000000, True, None), ('领军人才', None, 1000000, True, None)]),
    ('对新引进的高层次人才给予安家补贴，其中A类人才200万元、B类人才100万元、C类人才50万元。',
     [('A类人才', None, 2000000, False, None), ('B类人才', None, 1000000, False, None), ('C类人才', None, 500000, False, None)]),
    # … not a part of a sum (one item), nor classes after a sized promise
    ('对企业给予补贴，其中设备购置补贴最高20万元。', [('企业', None, 200000, False, None)]),
    ('对新引进的高层次人才给予50万元安家补贴，其中市财政承担30万元、区财政承担20万元。', [('高层次人才', None, 500000, False, None)]),
    # a sequel on other terms the offer's terms ran on into, a cap for both after it: a line per share
    ('对新引进的研发机构，前三年按其研发投入的50%给予补助，后两年按30%给予补助，每年最高1000万元。',
     [('研发机构', None, 10000000, True, '0.5'), ('研发机构', None, 10000000, True, '0.3')]),
    # a raised share for a condition only (其中,…的,补助比例提高至30%): the same recipients, under the same cap
    ('对建设公共技术服务平台的单位，按平台设备投资额的25%给予补助，最高补助800万元。其中，服务中小企业数量超过100家的，补助比例提高至30%。',
     [('公共技术服务平台', None, 8000000, True, '0.25'), ('公共技术服务平台', None, 8000000, True, '0.3')]),
    # … a sub-group named after 对 keeps its own name
    ('对科技型中小企业的贷款，按照实际支付利息的50%给予贴息，单家企业年度贴息最高不超过100万元；其中，对首次获得银行贷款的“首贷户”科技企业，贴息比例提高到70%。',
     [('科技型中小企业', None, 1000000, True, '0.5'), ('科技企业', None, 1000000, True, '0.7')]),
    # bare levels listed before one written whole share its 级 and the name after it: a line per level
    ('对新认定的国家、省级工程研究中心，分别奖励100万元和50万元。',
     [('工程研究中心', '国家级', 1000000, False, None), ('工程研究中心', '省级', 500000, False, None)]),
    ('对新认定的省、市级重点实验室，分别给予100万元、50万元支持。',
     [('重点实验室', '省级', 1000000, False, None), ('重点实验室', '市级', 500000, False, None)]),
    ('对新认定的国家、省、市级企业技术中心，分别给予200万元、100万元、30万元奖励。',
     [('企业技术中心', '国家级', 2000000, False, None), ('企业技术中心', '省级', 1000000, False, None), ('企业技术中心', '市级', 300000, False, None)]),
    ('对获批国家、省级专精特新“小巨人”企业的，分别奖励100万元、50万元。',
     [('专精特新小巨人企业', '国家级', 1000000, False, None), ('专精特新小巨人企业', '省级', 500000, False, None)]),
    # … not 省市级 written together, nor a government's levels (市、县级人民政府 pays)
    ('市、县级人民政府对新认定的省级重点实验室给予50万元奖励。', [('重点实验室', '省级', 500000, False, None)]),
    # a clause opening with another level's name and its own amount is a promise of its own
    ('对新获批的国家级博士后科研工作站给予50万元资助，省级博士后创新实践基地给予20万元资助。',
     [('博士后科研工作站', '国家级', 500000, False, None), ('博士后创新实践基地', '省级', 200000, False, None)]),
    # … not a level alone (省级的给予…, 省级给予…: the same recipients), nor a payer (省级财政再给予…)
    ('对国家级科技企业孵化器给予100万元奖励，省级的给予50万元。',
     [('科技企业孵化器', '国家级', 1000000, False, None), ('科技企业孵化器', '省级', 500000, False, None)]),
    ('对新认定的国家级众创空间给予50万元，省级给予30万元，市级给予10万元。',
     [('众创空间', '国家级', 500000, False, None), ('众创空间', '省级', 300000, False, None), ('众创空间', '市级', 100000, False, None)]),
    # the local match after a promise, its payer written with whose place it is (企业所在区财政按1:1给予配套奖励)
    ('对认定的专精特新“小巨人”企业，市财政给予一次性奖励50万元，企业所在区财政按1:1给予配套奖励。',
     [('专精特新小巨人企业', None, 500000, False, None), ('专精特新小巨人企业', None, None, False, '1')]),
    # … not payers splitting a cost
    ('对新认定的国家级孵化器，给予200万元奖励，所需资金由市、区两级财政按1:1比例分担。', [('孵化器', '国家级', 2000000, False, None)]),
    # a lead-in whose items below are sized promises naming their recipients: the items are its lines
    ('第五条　对新认定的创新平台给予一次性奖励，奖励标准如下：\n（一）国家级重点实验室、技术创新中心，奖励500万元；\n（二）省级重点实验室、技术创新中心，奖励100万元。',
     [('重点实验室', '国家级', 5000000, False, None), ('技术创新中心', '国家级', 5000000, False, None),
      ('重点实验室', '省级', 1000000, False, None), ('技术创新中心', '省级', 1000000, False, None)]),
    # … an unsized promise with no items after it stays
    ('对新认定的创新平台给予一次性奖励。', [('创新平台', None, None, False, None)]),
    # a share right after the money word, ending its clause, is the promise's share (补助20%), in tiers too
    ('对企业新购置的研发仪器设备，按购置金额给予分档补助：500万元以上的，补助20%；100万元至500万元的，补助15%。',
     [('企业', None, None, False, '0.2'), ('企业', None, None, False, '0.15')]),
    ('对企业购置研发设备的，补助百分之二十，最高50万元。', [('企业', None, 500000, True, '0.2')]),
    # … not a share of something else (占比), nor a split with the applicant's own money named by no one
    ('研发费用补助占比达到20%。', []),
    ('政府补助20%，企业自筹80%。', []),
    # the thing a payment counts is not paid: whom the 对 phrase or the sentence's subject names is
    ('对科技企业孵化器，每孵化1家高新技术企业奖励5万元。', [('科技企业孵化器', None, 50000, False, None)]),
    ('新型研发机构孵化科技型企业的，每孵化1家高新技术企业奖励10万元。', [('新型研发机构', None, 100000, False, None)]),
    # … but persons counted and paid per head stay (企业每招收一名博士后研究人员,给予每人…)
    ('企业每招收一名博士后研究人员，给予每人10万元的生活补贴。', [('博士后研究人员', None, 100000, False, None)]),
    # a match opening the next sentence of the paragraph matches the promise before it (the same recipients)
    ('新型研发机构新购置科研仪器设备的，按照设备实际投入的30%给予建设补助，单个机构累计最高不超过1000万元。所在区（市）按照市级补助资金1:1的比例予以配套。',
     [('新型研发机构', None, 10000000, True, '0.3'), ('新型研发机构', None, None, False, '1')]),
    # … not payers splitting a cost in a sentence of their own
    ('对新认定的国家级孵化器给予200万元奖励。奖励资金由市、区两级财政按5:5比例承担。', [('孵化器', '国家级', 2000000, False, None)]),
    # … a deed opening the clause (孵化科技型企业的,) is no subject: no one rather than the thing counted
    ('新型研发机构开展技术服务的，每家每年最高奖励100万元；孵化科技型企业的，每孵化1家高新技术企业奖励10万元。',
     [('新型研发机构', None, 1000000, True, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fund17a(text: str, expected: list[Row], shipped: vocabulary.Vocab) -> None:
    assert sorted(rows(text, shipped), key=str) == sorted(expected, key=str)
