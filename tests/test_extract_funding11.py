"""Funding in support measures (若干措施), written as real ones from many cities and Taiwan write them: subject-first and
payer-first clauses, 可获得/可申请/享受, the money word as a verb (奖励X), amounts in the condition vs the promise, grades,
per-unit amounts, shares of a base and their caps, 前三年全额、后两年减半, no amount; and what is not funding (thresholds,
fines, fees, budget totals, funds set up with no one named). Sentences of our own (fund11, kg/extract/measures.py).
Rows: (recipient, level, amount_yuan, cap, ratio), read with the shipped vocabulary.
"""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary
from kg.extract import funding
from kg.pipeline import from_text

Row = tuple[str, str | None, int | None, bool, str | None]


@pytest.fixture(scope="module")
def shipped() -> vocabulary.Vocab:
    return vocabulary.load()


def rows(text: str, vocab: vocabulary.Vocab) -> list[Row]:
    doc = from_text(text, vocab)
    return [(f.recipient, f.level, None if f.amount_yuan is None else int(f.amount_yuan), f.cap, None if f.ratio is None else str(f.ratio))
            for f in funding.extract(doc, vocab)]


PROMISES: list[tuple[str, list[Row]]] = [
    ('鼓励企业加大研发投入，按企业上年度研发费用增量部分的10%给予补助，最高不超过200万元。',
     [('企业', None, 2000000, True, '0.1')]),
    ('市级财政对新引进的研发机构给予最高3000万元的启动资金。',
     [('研发机构', None, 30000000, True, None)]),
    ('获得国家级科技企业孵化器认定的，最高可获得100万元奖励。',
     [('科技企业孵化器', '国家级', 1000000, True, None)]),
    ('按照实际到位投资额的1%奖励天使投资机构，单笔奖励不超过100万元。',
     [('天使投资机构', None, 1000000, True, '0.01')]),
    ('区财政按照企业实际缴纳增值税区级留成部分的50%给予奖励。',
     [('企业', None, None, False, '0.5')]),
    ('对企业研发费用加计扣除后增长部分，按10%给予奖励。',
     [('企业', None, None, False, '0.1')]),
    ('对高校院所科技成果在本市转化的，按技术交易额的5%给予奖励，单项最高100万元。',
     [('高校院所', None, 1000000, True, '0.05')]),
    ('首次认定为国家高新技术企业的，给予30万元奖励。',
     [('高新技术企业', '国家级', 300000, False, None)]),
    ('新认定的省级企业技术中心，给予50万元一次性奖励。',
     [('企业技术中心', '省级', 500000, False, None)]),
    ('企业牵头承担国家科技重大专项的，按国家资助经费的20%给予配套支持，最高500万元。',
     [('企业', None, 5000000, True, '0.2')]),
    ('科技型中小企业购买科技服务的，可申请创新券支持，每家企业每年最高20万元。',
     [('科技型中小企业', None, 200000, True, None)]),
    ('经认定的市级新型研发机构，可享受最高500万元的建设补助。',
     [('新型研发机构', '市级', 5000000, True, None)]),
    ('新引进的顶尖人才团队，可获得最高1亿元的综合资助。',
     [('顶尖人才团队', None, 100000000, True, None)]),
    ('区级财政对入驻孵化器的初创企业给予房租补贴。',
     [('初创企业', None, None, False, None)]),
    ('市财政对获批的国家级制造业创新中心给予最高5000万元支持。',
     [('制造业创新中心', '国家级', 50000000, True, None)]),
    ('深圳市科技主管部门对新认定的国家重点实验室给予3000万元资助。',
     [('重点实验室', '国家级', 30000000, False, None)]),
    ('认定为瞪羚企业的，可获得50万元奖励。',
     [('瞪羚企业', None, 500000, False, None)]),
    ('入选杭州市领军型创新团队的，可申请最高1000万元项目资助。',
     [('杭州市领军型创新团队', None, 10000000, True, None)]),
    ('符合条件的小微企业可享受最高300万元的贴息贷款。',
     [('小微企业', None, 3000000, True, None)]),
    ('按技术合同成交额的2%奖励技术转移机构，每家每年最高50万元。',
     [('技术转移机构', None, 500000, True, '0.02')]),
    ('一次性奖励新上市企业200万元。',
     [('上市企业', None, 2000000, False, None)]),
    ('补助创业企业首年房租的50%。',
     [('创业企业', None, None, False, '0.5')]),
    ('年营业收入首次突破1亿元的企业，给予100万元奖励。',
     [('企业', None, 1000000, False, None)]),
    ('对年研发投入超过500万元的企业，按其研发投入的5%给予补助，最高200万元。',
     [('企业', None, 2000000, True, '0.05')]),
    ('对投资额在1000万元以上的技术改造项目，按设备投资额的10%给予补助。',
     [('技术改造项目', None, None, False, '0.1')]),
    ('对新认定的省级工程技术研究中心给予50万元的资金支持。',
     [('工程技术研究中心', '省级', 500000, False, None)]),
    ('对引进的国际知名高校给予最高1亿元的建设经费支持。',
     [('国际知名高校', None, 100000000, True, None)]),
    ('对获得市科学技术奖的项目，一等奖奖励50万元，二等奖奖励30万元，三等奖奖励10万元。',
     [('项目', None, 500000, False, None), ('项目', None, 300000, False, None), ('项目', None, 100000, False, None)]),
    ('对新引进的博士后，每人给予10万元生活补贴。',
     [('博士后', None, 100000, False, None)]),
    ('对新认定的众创空间，每家给予20万元奖励。',
     [('众创空间', None, 200000, False, None)]),
    ('对企业购置研发设备的，按购置金额的20%给予补助，单个企业最高不超过300万元。',
     [('企业', None, 3000000, True, '0.2')]),
    ('对科技成果转化项目，按照项目总投资的30%比例给予资助。',
     [('科技成果转化项目', None, None, False, '0.3')]),
    ('对入驻企业给予房租补贴，前三年全额补贴，后两年减半补贴。',
     [('入驻企业', None, None, False, '1'), ('入驻企业', None, None, False, '0.5')]),
    ('对在科技成果转化中做出突出贡献的个人给予一定奖励。',
     [('个人', None, None, False, None)]),
    ('对表现突出的孵化器给予适当补助。',
     [('孵化器', None, None, False, None)]),
    ('補助對象為中小企業，每案補助新臺幣一百萬元為上限。',
     [('中小企业', None, 1000000, True, None)]),
    ('本計畫對研發聯盟補助研發經費之百分之五十，最高新臺幣五千萬元。',
     [('研发联盟', None, 50000000, True, '0.5')]),
    ('对首次获评国家级专精特新“小巨人”企业的，给予一次性奖励100万元。',
     [('专精特新小巨人企业', '国家级', 1000000, False, None)]),
    ('对经认定的国家级、省级、市级企业技术中心，分别给予200万元、100万元、50万元奖励。',
     [('企业技术中心', '国家级', 2000000, False, None), ('企业技术中心', '省级', 1000000, False, None), ('企业技术中心', '市级', 500000, False, None)]),
    ('对A级、AA级、AAA级科技服务机构分别给予10万元、20万元、30万元奖励。',
     [('科技服务机构', None, 100000, False, None), ('科技服务机构', None, 200000, False, None), ('科技服务机构', None, 300000, False, None)]),
    ('对新建的概念验证中心，按其建设投入的30%给予最高500万元补助。',
     [('概念验证中心', None, 5000000, True, '0.3')]),
    ('对获得国家科学技术奖的项目，特等奖、一等奖、二等奖分别给予500万元、300万元、100万元奖励。',
     [('项目', None, 5000000, False, None), ('项目', None, 3000000, False, None), ('项目', None, 1000000, False, None)]),
    ('对新获批的国家级专精特新“小巨人”企业，一次性给予最高50万元奖励。',
     [('专精特新小巨人企业', '国家级', 500000, True, None)]),
    ('企业获评国家级知识产权示范企业的，奖励50万元。',
     [('知识产权示范企业', '国家级', 500000, False, None)]),
    ('对入选的重大创新团队，给予最高5000万元资助。',
     [('重大创新团队', None, 50000000, True, None)]),
    ('对研发投入超过1000万元的企业，按超过部分的5%给予奖励，最高不超过100万元。',
     [('企业', None, 1000000, True, '0.05')]),
    ('鼓励企业开展产学研合作，按技术合同实际支付额的20%给予补助，每家企业每年补助最高不超过50万元。',
     [('企业', None, 500000, True, '0.2')]),
    ('对新引进的海外高层次人才，给予最高800万元购房补贴。',
     [('海外高层次人才', None, 8000000, True, None)]),
    ('对首次入选国家级科技企业孵化器的，给予一次性奖励100万元。',
     [('科技企业孵化器', '国家级', 1000000, False, None)]),
    ('对年度技术合同登记额超过1000万元的技术转移机构，每家奖励30万元。',
     [('技术转移机构', None, 300000, False, None)]),
    ('对企业新建的省级重点企业研究院，给予最高1000万元补助。',
     [('企业研究院', '省级', 10000000, True, None)]),
    ('对在蓉设立的新型研发机构，给予最高1000万元的建设经费补助。',
     [('新型研发机构', None, 10000000, True, None)]),
    ('对新认定的国家级工业设计中心奖励100万元。',
     [('工业设计中心', '国家级', 1000000, False, None)]),
    ('对纳入统计的规模以上工业企业，给予10万元奖励。',
     [('规模以上工业企业', None, 100000, False, None)]),
    ('获得市级重点实验室认定的，一次性给予30万元经费支持。',
     [('重点实验室', '市级', 300000, False, None)]),
    ('对入驻园区的企业，前三年给予全额房租补贴，后两年按50%给予补贴。',
     [('企业', None, None, False, '1'), ('企业', None, None, False, '0.5')]),
    ('对引进的诺贝尔奖获得者，每年给予100万元工作经费，连续支持5年。',
     [('诺贝尔奖获得者', None, 1000000, False, None)]),
    ('對中小企業研發計畫，每案補助新臺幣一百萬元。',
     [('中小企业', None, 1000000, False, None)]),
    ('本部得補助中小企業辦理數位轉型，補助金額以新臺幣二百萬元為上限。',
     [('中小企业', None, 2000000, True, None)]),
    ('对作出突出贡献的科技人员，给予一定奖励。',
     [('科技人员', None, None, False, None)]),
    ('对积极参与科普活动的企业，给予适当资金支持。',
     [('企业', None, None, False, None)]),
    ('对获评的A类、B类、C类人才，分别给予200万元、100万元、50万元安家补贴。',
     [('A类人才', None, 2000000, False, None), ('B类人才', None, 1000000, False, None), ('C类人才', None, 500000, False, None)]),
    ('对新引进的全职院士，每人给予500万元安家费。',
     [('全职院士', None, 5000000, False, None)]),
    ('对主导制定国际标准的企业，每项奖励100万元。',
     [('企业', None, 1000000, False, None)]),
    ('对获得国家级项目立项的，按国家实际拨付资金给予1:1配套支持，最高1000万元。',
     [('项目', '国家级', 10000000, True, '1')]),
    ('对企业通过银行贷款开展研发的，按贷款市场报价利率的50%给予贴息，每家企业每年贴息最高100万元。',
     [('企业', None, 1000000, True, '0.5')]),
    ('对为科技型中小企业提供融资担保的担保机构，按担保额的1%给予风险补偿。',
     [('担保机构', None, None, False, '0.01')]),
    ('对新认定的高新技术企业，市、区两级财政给予30万元奖励。',
     [('高新技术企业', None, 300000, False, None)]),
    ('支持企业建设中试基地，经认定后给予最高300万元补助。',
     [('中试基地', None, 3000000, True, None)]),
    ('对科技企业孵化器内在孵企业，给予每平方米每月20元的房租补贴，最高不超过10万元。',
     [('在孵企业', None, 20, True, None)]),  # the rate, the ceiling a note (gold-synth4's convention, fund17a)
    ('对年度绩效评价为优秀的省级新型研发机构，给予最高200万元奖励；评价为良好的，给予最高100万元奖励。',
     [('新型研发机构', '省级', 2000000, True, None), ('新型研发机构', '省级', 1000000, True, None)]),
    ('对落户我市的世界500强企业研发总部，给予最高5000万元落户奖励。',
     [('世界500强企业研发总部', None, 50000000, True, None)]),
    ('对首次通过CMMI五级认证的软件企业，奖励50万元。',
     [('软件企业', None, 500000, False, None)]),
    ('科技领军人才创办的企业，可申请最高500万元股权投资。',
     [('企业', None, 5000000, True, None)]),
    ('对承担市重大科技专项的单位，每个项目资助最高1000万元。',
     [('单位', None, 10000000, True, None)]),
    ('对新认定的省级、市级技术创新示范企业，分别奖励30万元、10万元。',
     [('技术创新示范企业', '省级', 300000, False, None), ('技术创新示范企业', '市级', 100000, False, None)]),
    ('对获得中国专利金奖、银奖、优秀奖的项目，分别奖励100万元、50万元、20万元。',
     [('中国专利金奖', None, 1000000, False, None), ('中国专利银奖', None, 500000, False, None), ('中国专利优秀奖', None, 200000, False, None)]),  # the prizes (fund14b: as the gold-synth sets read)
    ('对科技服务机构为我市企业提供技术服务的，按服务合同金额的10%给予奖励，每家机构每年最高50万元。',
     [('科技服务机构', None, 500000, True, '0.1')]),
    ('市科技局对通过评审的项目给予一次性50万元资助。',
     [('项目', None, 500000, False, None)]),
    ('对引进的高层次人才给予安家补贴，博士每人10万元，硕士每人5万元。',
     [('高层次人才', None, 100000, False, None), ('高层次人才', None, 50000, False, None)]),
    ('对设立研发准备金制度的企业，按研发投入增量的10%给予奖补。',
     [('企业', None, None, False, '0.1')]),
    ('对在科创板上市的企业，给予一次性奖励500万元。',
     [('企业', None, 5000000, False, None)]),
    # headings, 可给予, shares of what an owner spends or pays in tax, interest on an owner's loans
    ('（一）研发费用补助：对规模以上工业企业研发费用增长部分，按15%给予补助，最高200万元。',
     [('规模以上工业企业', None, 2000000, True, '0.15')]),
    ('（二）平台建设奖励。新认定的国家级技术创新中心，最高可给予5000万元支持。',
     [('技术创新中心', '国家级', 50000000, True, None)]),
    ('对引进的重大科技成果转化项目，可给予不超过项目总投资20%的补助，最高1亿元。',
     [('重大科技成果转化项目', None, 100000000, True, '0.2')]),
    ('对新型研发机构购置科研仪器设备的，按实际支出的30%给予不超过500万元的补助。',
     [('新型研发机构', None, 5000000, True, '0.3')]),
    ('支持高校院所与企业共建联合实验室，每个给予最高100万元支持。',
     [('联合实验室', None, 1000000, True, None)]),
    ('对获批的国家级制造业单项冠军企业奖励一百万元。',
     [('制造业单项冠军企业', '国家级', 1000000, False, None)]),
    ('对企业引进的海外高端人才，按其年度个人所得税地方留成部分的100%给予奖励。',
     [('海外高端人才', None, None, False, '1')]),
    ('对新注册的外资研发中心，给予最高一千万元开办补贴。',
     [('外资研发中心', None, 10000000, True, None)]),
    ('对年营业收入首次超过10亿元、50亿元、100亿元的企业，分别给予100万元、300万元、500万元奖励。',
     [('企业', None, 1000000, False, None), ('企业', None, 3000000, False, None), ('企业', None, 5000000, False, None)]),
    ('对首次认定的国家级、省级科技企业孵化器，分别给予一次性100万元、50万元奖励。',
     [('科技企业孵化器', '国家级', 1000000, False, None), ('科技企业孵化器', '省级', 500000, False, None)]),
    ('经评估合格的众创空间，每年给予最高30万元运营补贴。',
     [('众创空间', None, 300000, True, None)]),
    ('企业获得省级以上科技奖励的，按获奖等级给予配套奖励。',
     [('企业', None, None, False, None)]),
    ('对技术合同成交额在500万元以上的技术输出方，按成交额的3%给予补贴。',
     [('技术输出方', None, None, False, '0.03')]),
    ('对科技型企业知识产权质押融资产生的利息，按50%给予贴息，单个企业每年最高50万元。',
     [('科技型企业', None, 500000, True, '0.5')]),
    ('申請補助之中小企業，每家補助上限為新臺幣二百萬元。',
     [('中小企业', None, 2000000, True, None)]),
    ('对被认定为独角兽企业的，给予最高2000万元奖励；对被认定为潜在独角兽企业的，给予最高500万元奖励。',
     [('独角兽企业', None, 20000000, True, None), ('潜在独角兽企业', None, 5000000, True, None)]),
    # a running total capped (累计), a clause that is only its subject (Taiwan's 獲選者,得補助其…), the subject before
    # what it does (企业|开展…的), a qualifier no part of the name (符合条件的)
    ('对企业参加国际标准制定的，每项给予50万元奖励，每家企业每年累计不超过200万元。',
     [('企业', None, 500000, False, None)]),  # (fund13c: a capped total after an amount per unit is no line, gold-synth's two-caps convention)
    ('对企业参加国际标准制定的，每项给予最高50万元奖励，每家企业每年累计不超过200万元。',
     [('企业', None, 500000, True, None)]),
    # 新創事業 is a kind of the vocabulary since twn13 (初创企业): the kind selected is paid, one node across documents
    ('新創事業獲選者，得補助其研發費用百分之五十，最高新臺幣一千萬元。',
     [('新创事业', None, 10000000, True, '0.5')]),
    ('企业开展研发活动的，可按研发投入的10%申请后补助。',
     [('企业', None, None, False, '0.1')]),
    ('对符合条件的企业首次购买首台（套）装备的，按合同金额的30%给予补贴，单个企业最高不超过500万元。',
     [('企业', None, 5000000, True, '0.3')]),
    # per-item amounts under a per-body cap, conditions after a phrase that opens with its recipients, grades named as
    # 等次, stages, 1:1 matching
    ('对新评为国家级“绿色工厂”的企业，奖补50万元。',
     [('企业', '国家级', 500000, False, None)]),
    # (a yearly cap per enterprise after the amount per patent: one promise with two caps, the unit's line alone, as
    # gold-synth's README reads 单个项目…,每家企业每年累计不超过…; fund14)
    ('对获得国际发明专利授权的企业，每件奖励5万元，每家企业每年最高奖励50万元。',
     [('企业', None, 50000, False, None)]),
    ('鼓励企业建设研发机构，对新建的省级研发机构给予20万元奖励。',
     [('研发机构', '省级', 200000, False, None)]),
    ('加大对科技型中小企业的支持力度，对首次入库的企业给予1万元奖励。',
     [('企业', None, 10000, False, None)]),
    ('对企业新购置研发仪器设备，给予购置金额10%、最高100万元的补助。',
     [('企业', None, 1000000, True, '0.1')]),
    ('对获批的博士后科研工作站，给予50万元建站资助；对获批的博士后创新实践基地，给予20万元建站资助。',
     [('博士后科研工作站', None, 500000, False, None), ('博士后创新实践基地', None, 200000, False, None)]),
    ('对引进的A类人才，给予最高1000万元综合支持；B类人才给予最高500万元综合支持。',
     [('A类人才', None, 10000000, True, None), ('B类人才', None, 5000000, True, None)]),
    ('重点产业链企业引进急需紧缺人才的，按其年薪的20%给予企业补贴。',
     [('企业', None, None, False, '0.2')]),
    ('对科技企业孵化器，根据年度考核结果，分别给予优秀、良好等次30万元、10万元奖励。',
     [('科技企业孵化器', None, 300000, False, None), ('科技企业孵化器', None, 100000, False, None)]),
    ('市财政每年安排1亿元，对入选项目给予资助。',
     [('入选项目', None, None, False, None)]),
    ('对承担国家重点研发计划项目的企业，按照国拨经费的10%予以配套，最高不超过200万元。',
     [('国家重点研发计划项目', '国家级', 2000000, True, '0.1')]),  # the programme, 国家级 (fund14b: gold-synth3's convention)
    ('对成功创建国家技术创新中心的，市财政给予最高1亿元支持。',
     [('技术创新中心', '国家级', 100000000, True, None)]),
    ('对企业牵头制定国家标准的，每项奖励30万元；参与制定的，每项奖励10万元。',
     [('企业', None, 300000, False, None), ('企业', None, 100000, False, None)]),
    ('对在境内外主板上市的企业，分阶段给予总额不超过600万元的奖励。',
     [('企业', None, 6000000, True, None)]),
    # 给予X…的补助, 奖励X…每人, whom a sentence supports (支持X创新创业,给予…), a money word's noun (补助金额不超过…) is no payee
    ('给予企业研发投入10%的补助，最高不超过100万元。',
     [('企业', None, 1000000, True, '0.1')]),
    ('对符合条件的项目，按照不超过项目总投资10%的比例给予补助。',
     [('项目', None, None, False, '0.1')]),
    ('对获评省级“专精特新”中小企业的，由市财政给予20万元奖励。',
     [('专精特新中小企业', '省级', 200000, False, None)]),
    ('对认定为国家级孵化器的，奖励运营机构100万元。',
     [('运营机构', '国家级', 1000000, False, None)]),  # (the level of what it had recognised: gold-synth2, fund18a)
    ('给予新认定的高新技术企业一次性奖励20万元。',
     [('高新技术企业', None, 200000, False, None)]),
    ('奖励引进人才的用人单位每人2万元。',
     [('用人单位', None, 20000, False, None)]),
    ('补助金额不超过项目总投资的30%，单个项目最高补助500万元。',
     []),
    ('对年度考核优秀的新型研发机构给予运行经费支持，每年最高1000万元，连续支持3年。',
     [('新型研发机构', None, 10000000, True, None)]),
    ('对企业购买首版次软件产品的，给予购买金额20%的补贴，单个企业最高100万元。',
     [('企业', None, 1000000, True, '0.2')]),
    ('对获得天使投资的初创企业，按实际获得投资额的10%给予奖励，最高50万元。',
     [('初创企业', None, 500000, True, '0.1')]),
    ('对新认定的技术先进型服务企业，一次性奖励30万元。',
     [('技术先进型服务企业', None, 300000, False, None)]),
    ('对当年新增规模以上工业企业，每家奖励10万元。',
     [('规模以上工业企业', None, 100000, False, None)]),
    ('支持高层次人才创新创业，给予最高100万元的创业资助。',
     [('高层次人才', None, 1000000, True, None)]),
    # 给予X…元(落户)奖励, funds of action plans with their purpose, Taiwan's 補助要點
    ('给予符合条件的企业最高50万元奖励。',
     [('企业', None, 500000, True, None)]),
    ('给予新落户的总部企业最高1000万元落户奖励。',
     [('总部企业', None, 10000000, True, None)]),
    ('市财政给予每家新认定的瞪羚企业30万元奖励。',
     [('瞪羚企业', None, 300000, False, None)]),
    ('对首次获得省长质量奖的企业奖励100万元，获得提名奖的奖励30万元。',
     [('企业', None, 1000000, False, None), ('企业', None, 300000, False, None)]),
    ('新获批国家级企业技术中心的，奖励100万元；新获批省级企业技术中心的，奖励30万元。',
     [('企业技术中心', '国家级', 1000000, False, None), ('企业技术中心', '省级', 300000, False, None)]),
    ('设立规模100亿元的人工智能产业基金，重点支持人工智能初创企业。',
     [('初创企业', None, None, False, None)]),
    ('统筹安排市级科技专项资金5亿元，支持关键核心技术攻关。',
     [('关键核心技术攻关', None, None, False, None)]),
    ('每年安排不少于2亿元资金，用于支持重点实验室建设。',
     [('重点实验室', None, None, False, None)]),
    ('对纳入“揭榜挂帅”的项目，给予最高1000万元资助。',
     [('项目', None, 10000000, True, None)]),
    ('对首次进入全国百强的企业，给予一次性奖励200万元。',
     [('企业', None, 2000000, False, None)]),
    ('市、区按1:1比例对获得国家支持的项目给予配套资助。',
     [('项目', None, None, False, '1')]),
    ('对认定的市级创新联合体，给予每年最高500万元经费支持，支持期限3年。',
     [('创新联合体', '市级', 5000000, True, None)]),
    ('对符合条件的首台（套）重大技术装备，按销售价格的15%给予首购企业补助。',
     [('首购企业', None, None, False, '0.15')]),
    ('本要點補助對象為依法設立登記之中小企業。補助金額以計畫總經費百分之五十為上限，每案最高新臺幣二百萬元。',
     [('中小企业', None, 2000000, True, '0.5')]),
    ('獲選之新創團隊，每隊補助新臺幣五十萬元。',
     [('新创团队', None, 500000, False, None)]),
    ('對獲得本計畫補助之業者，補助其參展費用百分之五十，每家最高新臺幣三十萬元。',
     [('业者', None, 300000, True, '0.5')]),
    ('各直轄市、縣（市）政府得補助轄內中小企業辦理智慧化升級，每案補助上限新臺幣一百萬元。',
     [('中小企业', None, 1000000, True, None)]),
]

# Nothing promised to anyone: thresholds in conditions, fines, fees, budget totals, a fund set up for no one named,
# tables with no one named, tax rates, a share with only 其 as its owner.
NOT_FUNDING: list[tuple[str, list[Row]]] = [
    ('市财政每年安排10亿元科技创新专项资金。',
     []),
    ('一等奖 50万元',
     []),
    ('二等奖 30万元',
     []),
    ('企业年营业收入不低于2000万元。',
     []),
    ('对违反本规定的，处5万元以上10万元以下罚款。',
     []),
    ('设立规模100亿元的天使投资基金。',
     []),
    ('申请人应当缴纳申请费500元。',
     []),
    ('全市科技创新专项资金总规模达到50亿元。',
     []),
    ('研发投入超过1000万元的企业，方可申报。',
     []),
    ('按照其上年度研发投入的10%给予后补助，最高500万元。',
     []),
    ('補助經費以不超過計畫總經費百分之五十為原則，每案最高補助新臺幣三百萬元。',
     []),
    ('国家级 100万元',
     []),
    ('省级 50万元',
     []),
    ('每家企业每年累计获得各类奖补资金不超过500万元。',
     []),
    ('对未按期完成建设任务的，收回已拨付资金。',
     []),
    ('项目总投资不低于5000万元，其中设备投资不低于2000万元。',
     []),
    ('对弄虚作假骗取补助资金的，追回资金并处以骗取金额1倍罚款。',
     []),
    ('设立总规模50亿元的科创母基金。',
     []),
    ('申报企业上年度营业收入不低于1亿元，研发投入占营业收入比例不低于3%。',
     []),
    ('企业年纳税额500万元以上的，可优先推荐。',
     []),
    ('奖补资金由市、区两级财政按1:1比例分担。',
     []),
    ('对经认定的技术先进型服务企业，减按15%的税率征收企业所得税。',
     []),
    # a money word that opens its clause but names the payer or a noun after it (資助機關, 奖励企业名单)
    ('前項研發成果之歸屬，資助機關與執行研究發展之單位另以契約約定。',
     []),
    ('奖励资金由市、区财政按1:1比例承担。',
     []),
    ('补助标准另行制定。',
     []),
    ('奖励企业名单由市科技局向社会公布。',
     []),
    ('获得认定的，按有关规定执行。',
     []),
    # an article's number is no subject; an honour is no money
    ('第二十一条 企业实施财政扶持资金技术改造项目，应当执行项目法人责任制。',
     []),
    ('获奖者，给予表彰。',
     []),
]


@pytest.mark.parametrize(("text", "expected"), PROMISES)
def test_support_measures_promise(text: str, expected: list[Row], shipped: vocabulary.Vocab) -> None:
    assert rows(text, shipped) == expected


@pytest.mark.parametrize(("text", "expected"), NOT_FUNDING)
def test_support_measures_not_funding(text: str, expected: list[Row], shipped: vocabulary.Vocab) -> None:
    assert rows(text, shipped) == expected


def test_quotes_are_exact() -> None:
    vocab = vocabulary.load()
    for text, _ in PROMISES:
        doc = from_text(text, vocab)
        for fact in funding.extract(doc, vocab):
            assert doc.original[fact.evidence.start : fact.evidence.end] == fact.evidence.quote


# Tables flattened into lines (PDFs, web pages): a lead-in that ends its line, then one row per line; an item's marker
# (四、, (三)) before 对 is no part of the condition.
TABLES: list[tuple[str, list[tuple[str, str | None, int | None, str | None]]]] = [
    ("四、对获得市科学技术进步奖的项目给予奖励，奖励标准如下：\n一等奖 50万元\n二等奖 30万元\n三等奖 10万元\n",
     [("项目", None, 500000, "一等奖"), ("项目", None, 300000, "二等奖"), ("项目", None, 100000, "三等奖")]),
    ("（三）对新认定的孵化载体给予一次性奖励：\n国家级 100万元\n省级 50万元\n市级 20万元\n",
     [("孵化载体", "国家级", 1000000, "新认定"), ("孵化载体", "省级", 500000, "新认定"), ("孵化载体", "市级", 200000, "新认定")]),
    ("对引进的人才给予安家补贴，标准如下：\nA类 200万元/人\nB类 100万元/人\n",
     [("人才", None, 2000000, "A类"), ("人才", None, 1000000, "B类")]),
    # no row after the lead-in: the unsized promise stays; a row not right after it is no part of it
    ("对新认定的众创空间给予奖励，具体办法如下：\n由市科技局另行制定。\n一等奖 50万元\n",
     [("众创空间", None, None, "新认定")]),
    ("（四）对新认定的国家级科技企业孵化器，给予100万元奖励。",
     [("科技企业孵化器", "国家级", 1000000, "新认定")]),
]


@pytest.mark.parametrize(("text", "expected"), TABLES)
def test_tables_flattened_into_lines(text: str, expected: list[tuple], shipped: vocabulary.Vocab) -> None:
    doc = from_text(text, shipped)
    facts = funding.extract(doc, shipped)
    assert [(f.recipient, f.level, None if f.amount_yuan is None else int(f.amount_yuan), f.condition) for f in facts] == expected
    assert all(doc.original[f.evidence.start : f.evidence.end] == f.evidence.quote for f in facts)


def test_a_fund_named_first_pays_no_one_after_it(vocab) -> None:
    """补助资金|不得超过项目总经费的50%: 补助资金 is a noun, no verb whose payee follows (a rule on shares, no recipient)."""
    from kg.extract import funding
    from kg.pipeline import from_text

    assert [f.recipient for f in funding.extract(from_text("补助资金不得超过项目总经费的百分之五十。", vocab), vocab)] == []
