"""Funding, session 12 second round (fund12b): support promised to those named a clause before the money, stages listed
before 的 (初创期、成长期的科技型中小企业), 单位和个人 in either order and without 的 (one line, as the conventions say), the doer
a support verb names before what it does (支持企业开展…,按…给予奖励), and a batch of our own in the style of district and
city 若干措施 (tiers by level, 分别给予, 按…的X%给予最高Y万元, 连续3年, 一次性, 首次认定).
Rows: (recipient, level, amount_yuan, cap, ratio), read with the shipped vocabulary.
"""

from __future__ import annotations

import pytest
from test_extract_funding11 import Row, rows, shipped  # noqa: F401 (the same rows and the shipped vocabulary as fund11)

from kg import vocab as vocabulary


CASES: list[tuple[str, list[Row]]] = [
    # 单位和个人 (组织、个人; either order, with or without 的): whoever, one line
    ('对单位和个人给予资金支持。', [('单位和个人', None, None, False, None)]),
    ('对组织或者个人给予奖励。', [('组织或者个人', None, None, False, None)]),
    ('对在人工智能基础研究等方面做出贡献的个人、组织给予奖励。', [('个人、组织', None, None, False, None)]),
    ('对专业服务机构和个人给予奖励。', [('专业服务机构', None, None, False, None), ('个人', None, None, False, None)]),
    # a modal left at the end of a 对 phrase (对X应当给予) is no part of whom
    ('对循环经济重点领域诚信模范单位、个人应当给予奖励。', [('循环经济重点领域诚信模范单位', None, None, False, None), ('个人', None, None, False, None)]),
    ('对首次认定的高新技术企业可以给予20万元奖励。', [('高新技术企业', None, 200000, False, None)]),
    # stages listed before 的 share the head (no condition); deeds listed before 的 are a condition
    ('对初创期、成长期的科技型中小企业，给予贷款贴息支持。',
     [('初创期、成长期科技型中小企业', None, None, False, None)]),
    ('对种子期、初创期的科技型企业，按研发投入的10%给予补助。',
     [('种子期、初创期科技型企业', None, None, False, '0.1')]),
    ('对上市、挂牌的企业给予奖励。', [('企业', None, None, False, None)]),
    ('对新认定、新引进的科技型企业给予50万元奖励。', [('科技型企业', None, 500000, False, None)]),
    # the doer a support verb names before what it does, not what it does (首台(套) is a programme)
    ('支持企业开展首台（套）装备研发，按产品销售额的15%给予奖励，最高不超过200万元。', [('企业', None, 2000000, True, '0.15')]),
    ('支持高校院所与企业共建联合实验室，每个给予最高100万元支持。', [('联合实验室', None, 1000000, True, None)]),
    # those a verb of support names a clause or a sentence before the money (where they go, what they found or choose)
    ('鼓励人才向企业流动，在科研经费、职称评定等方面给予支持。', [('人才', None, None, False, None)]),
    ('鼓励科技人员创办科技型企业，县级以上人民政府在创业资金、场地等方面给予支持。', [('科技人员', None, None, False, None)]),
    ('支持企业向高校购买技术，在资金等方面给予支持。', [('企业', None, None, False, None)]),
    # (what they build is supported: the built items, as before; no money word, no line)
    ('鼓励企业与科研机构联合建设产业化基地，并在规划、资金等方面给予支持。', [('产业化基地', None, None, False, None)]),
    ('鼓励人才向企业流动，在职称评定等方面给予支持。', []),
    # a fund drawn on (利用财政科技投入), then a clause later whom it supports; whom the body serves is no recipient
    ('县级以上人民政府应当利用财政科技投入，扶持科技型中小企业发展。', [('科技型中小企业', None, None, False, None)]),
    ('市和县（市）区人民政府应当利用财政科技投入，扶持担保机构对企业科技创新活动提供融资担保。', [('担保机构', None, None, False, None)]),
    ('利用财政性资金，扶持农业科技推广机构。', [('农业科技推广机构', None, None, False, None)]),
    # (资助的: a modifier, what was funded before; a balance a unit may use)
    ('鼓励利用财政性资金资助的自主创新项目信息和科研基础设施向企业开放。', []),
    ('利用财政资金设立的科技项目结余资金可以用于该项目科技成果转化和其他科研活动。', []),
    ('运用限制申报财政资金支持项目、预算管理等措施促进企业账款清偿。', []),
    # Taiwan's 本部得補助 with those picked (獲選之, 經核定之) and no 對: the plan or body, the choice a condition
    ('本部得補助獲選之研發計畫，每案補助金額以新臺幣五百萬元為上限。', [('研发计划', None, 5000000, True, None)]),
    ('本部得補助獲選之青年創業團隊，每案以新臺幣一百萬元為上限。', [('青年创业团队', None, 1000000, True, None)]),
    ('本部得補助經核定之產學合作計畫，每案以新臺幣五十萬元為上限。', [('产学合作计划', None, 500000, True, None)]),
    ('對獲選之研發計畫，每案補助上限為新臺幣三百萬元。', [('研发计划', None, 3000000, True, None)]),
    ('本部為鼓勵企業投入研發，得補助依法設立之中小企業，每案補助金額最高新臺幣二百萬元。', [('中小企业', None, 2000000, True, None)]),
    # 享受 by rule after several clauses of condition: who comes, named in the first (学费补偿 is money enjoyed)
    ('高校毕业生到基层就业，服务期满两年以上，考核合格的，按照规定享受学费补偿。', [('高校毕业生', None, None, False, None)]),
    ('高校毕业生到基层就业，服务期满两年以上的，按照规定享受学费补偿。', [('高校毕业生', None, None, False, None)]),
    ('企业吸纳就业困难人员，签订一年以上劳动合同并缴纳社会保险费的，按规定享受社会保险补贴。', [('企业', None, None, False, None)]),
    # (one clause: 留学人员创办企业 is the kind of enterprise, as before)
    ('留学人员创办企业按照规定享受相应的专项资金扶持。', [('留学人员创办企业', None, None, False, None)]),
    # those encouraged provide the money a clause or two later (为X提供资金支持 with no subject): theirs, no line
    ('鼓励商业银行、保险等金融机构创新金融产品，优化服务方式，为会展业发展提供资金支持。', []),
    ('鼓励银行保险机构在科创园建立科技金融特色分支机构，开展股权质押贷款等融资业务，为科创园创新主体提供资金支持。', []),
    ('鼓励社会资本为科技型企业提供资金支持。', []),
    # (the payer named in its own clause, or money given after what those encouraged do, stays)
    ('鼓励企业加大研发投入，县级以上人民政府应当为企业提供资金支持。', [('企业', None, None, False, None)]),
    ('鼓励金融机构为科技型中小企业提供贷款，对其发生的贷款损失给予风险补偿。', [('金融机构', None, None, False, None)]),
    # means that name banks among those supported: each body joined (gold-more/dev7 0185 lists 银行 and 小额贷款公司)
    ('县级以上人民政府可以通过风险补偿、贷款贴息等方式，鼓励和支持银行和小额贷款公司等金融机构开展科技成果质押贷款等金融业务。', [('银行', None, None, False, None), ('小额贷款公司', None, None, False, None)]),
    ('通过风险补偿、贷款贴息等方式，支持银行、保险机构、担保公司等金融机构为科技型企业提供信贷融资服务。', [('银行', None, None, False, None), ('保险机构', None, None, False, None), ('担保公司', None, None, False, None)]),
    ('通过资金补助、风险补偿等方式，鼓励、支持商业银行增加对专利技术产业化项目的信贷投入。', [('商业银行', None, None, False, None)]),
]

# district and city 若干措施, written with their rows before the extractor ran on them (first look 24/25 cases exact)
MEASURES: list[tuple[str, list[Row]]] = [
    ('对首次认定的国家高新技术企业，一次性给予30万元奖励。',
     [('高新技术企业', '国家级', 300000, False, None)]),
    ('对新认定的国家级、省级、市级企业技术中心，分别给予100万元、50万元、20万元奖励。',
     [('企业技术中心', '国家级', 1000000, False, None), ('企业技术中心', '省级', 500000, False, None), ('企业技术中心', '市级', 200000, False, None)]),
    ('对企业购置研发仪器设备的，按设备购置额的20%给予补助，单个企业每年最高50万元。',
     [('企业', None, 500000, True, '0.2')]),
    ('对新落户我区的独角兽企业，连续3年每年给予最高500万元的经营奖励。',
     [('独角兽企业', None, 5000000, True, None)]),
    ('对获得国家科学技术奖一等奖、二等奖的第一完成单位，分别给予200万元、100万元奖励。',
     [('第一完成单位', None, 2000000, False, None), ('第一完成单位', None, 1000000, False, None)]),
    ('对年度研发投入超过1000万元的企业，按其研发投入增量的10%给予奖励，最高不超过300万元。',
     [('企业', None, 3000000, True, '0.1')]),
    ('对新获批的国家级科技企业孵化器，给予一次性200万元奖励；对新获批的省级科技企业孵化器，给予一次性100万元奖励。',
     [('科技企业孵化器', '国家级', 2000000, False, None), ('科技企业孵化器', '省级', 1000000, False, None)]),
    ('支持企业开展首台（套）装备研发，按产品销售额的15%给予奖励，最高不超过200万元。',
     [('企业', None, 2000000, True, '0.15')]),
    ('对经认定的市级新型研发机构，根据绩效评价结果给予最高500万元的运营补助。',
     [('新型研发机构', '市级', 5000000, True, None)]),
    ('对引进的顶尖人才团队，给予最高1亿元的综合资助。',
     [('顶尖人才团队', None, 100000000, True, None)]),
    ('对科技型中小企业获得的银行贷款，按照贷款市场报价利率的50%给予贴息，每家企业每年贴息最高不超过50万元。',
     [('科技型中小企业', None, 500000, True, '0.5')]),
    ('对主导制定国际标准、国家标准、行业标准的企业，分别给予50万元、30万元、10万元资助。',
     [('企业', None, 500000, False, None), ('企业', None, 300000, False, None), ('企业', None, 100000, False, None)]),
    ('对在我区新注册的创业团队，给予每年最高10万元的场地租金补贴，连续补贴3年。',
     [('创业团队', None, 100000, True, None)]),
    ('对获得天使投资的初创企业，按实际到位投资额的10%给予奖励，单个企业最高50万元。',
     [('初创企业', None, 500000, True, '0.1')]),
    ('对新建的院士专家工作站，给予一次性建站补助20万元。',
     [('院士专家工作站', None, 200000, False, None)]),
    ('对年度技术合同成交额在500万元以上的技术转移机构，按成交额的1%给予奖励，最高100万元。',
     [('技术转移机构', None, 1000000, True, '0.01')]),
    ('对首次入选国家级专精特新“小巨人”企业的，给予100万元一次性奖励。',
     [('专精特新小巨人企业', '国家级', 1000000, False, None)]),
    ('对高校、科研院所在本市转化科技成果的，按技术交易额的5%给予补助，最高不超过100万元。',
     [('高校', None, 1000000, True, '0.05'), ('科研院所', None, 1000000, True, '0.05')]),
    ('对认定为市级众创空间的，给予30万元奖励；升级为国家级的，再给予50万元奖励。',
     [('众创空间', '市级', 300000, False, None), ('众创空间', '国家级', 500000, False, None)]),
    ('企业研发费用加计扣除额在100万元以上的，按加计扣除额的5%给予奖励，每家企业最高不超过50万元。',
     [('企业', None, 500000, True, '0.05')]),
    ('对在科创板上市的企业，给予一次性奖励300万元。',
     [('企业', None, 3000000, False, None)]),
    ('对博士后科研工作站新招收的博士后，每人每年给予10万元生活补贴，连续资助2年。',
     [('博士后', None, 100000, False, None)]),
    ('对重大科技成果转化项目，按项目实际投资额的10%给予补助，最高不超过1000万元。',
     [('重大科技成果转化项目', None, 10000000, True, '0.1')]),
    ('对获批建设的国家级、省级工程研究中心，分别给予最高300万元、100万元支持。',
     [('工程研究中心', '国家级', 3000000, True, None), ('工程研究中心', '省级', 1000000, True, None)]),
    ('对高新技术企业的高层次人才，按其个人所得税区级留成部分的80%给予奖励。',
     [('高层次人才', None, None, False, '0.8')]),
]


@pytest.mark.parametrize(("text", "expected"), CASES + MEASURES)
def test_fund12b(text: str, expected: list[Row], shipped: vocabulary.Vocab) -> None:
    assert sorted(rows(text, shipped), key=str) == sorted(expected, key=str)
