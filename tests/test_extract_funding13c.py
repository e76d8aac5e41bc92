"""Funding, session 13 (fund13c): the classes support measures and plans still lost — sentences of our own in several
styles, negatives included: a fund's equity investment written with a clause between the fund and its 对 phrase
(发挥…引导基金作用,对X和Y进行股权投资; …引导基金下设…子基金,对X进行股权投资), the document's own place before whom it invests in
(我市), a ceiling per project after whom a fund invests in (重点投资X,对单个项目股权投资一般不超过…), a fund named with 引导 in
its name that sets up another (发挥…引导基金作用,设立…基金,重点投向…等领域企业); the buyers of services (支持X和Y购买…服务,
按合同金额的50%予以兑付: X and Y each with its cap, never the services); a local match of a promise just made
(…补助,所在市州按不低于1:1比例配套: the same recipients, ratio 1); a short level and a modifier outside the vocabulary
before a term (省重点|企业研究院 → 重点企业研究院, 省级); a capped running total after an amount per unit is no line
(每件给予2万元奖励,…累计不超过40万元: the unit's line), unless no other amount is written; another grade of a designation
listed after it shares its modifier and level (国家知识产权示范企业、优势企业 → 知识产权优势企业, 国家级); a body inside a
place (孵化器内在孵企业租用…的 → 在孵企业); 支持 right before an amount, a floor among them (首期支持不少于1000万元: cap false); a programme entered named alone (入选国家级人才计划的 → 人才计划入选者, 国家级); a certificate
naming its holders (取得…技术经理人职业能力证书的人员 → 技术经理人); operating money for what bodies build (支持A交易所、B交易所
建设…,给予运营经费支持 → A and B); a rate raised for a subgroup (…的,补助比例提高至15%,最高不超过一百五十万元: the subgroup); a voucher handed out unsized with
whom it is for named next (统筹发放“算力券”,对X…给予补贴: no line of its own, nor one for a body named before).
Rows: (recipient, level, amount_yuan, cap, ratio), read with the shipped vocabulary.
"""

from __future__ import annotations

import pytest
from test_extract_funding11 import Row, rows, shipped  # noqa: F401 (the same rows and the shipped vocabulary as fund11)

from kg import vocab as vocabulary

EQUITY: list[tuple[str, list[Row]]] = [
    # a clause between the fund and its 对 phrase; bodies joined by 和 each with the ceiling
    ('发挥市天使投资引导基金作用，对在杭初创企业和青年人才创办企业进行股权投资，单个企业投资额最高不超过300万元。',
     [('在杭初创企业', None, 3000000, True, None), ('青年人才创办企业', None, 3000000, True, None)]),
    # a sub-fund between; the document's own place before modifiers sharing a head
    ('市产业引导基金下设科技创新子基金，对我市种子期、初创期科技型企业进行股权投资，单个企业投资额度原则上不超过800万元。',
     [('种子期、初创期科技型企业', None, 8000000, True, None)]),
    ('区创业投资引导基金对本区初创期科技型中小企业开展股权投资，单个企业投资额最高不超过200万元。',
     [('科技型中小企业', None, 2000000, True, None)]),
    # a ceiling per project after whom the fund invests in; the fund's size is no amount
    ('设立省科技成果转化引导基金，总规模30亿元，重点投资种子期、初创期科技型企业，对单个项目股权投资一般不超过2000万元。',
     [('种子期、初创期科技型企业', None, 20000000, True, None)]),
    ('设立市科技创新基金，规模10亿元，重点投资专精特新企业。', [('专精特新企业', None, None, False, None)]),
    # a fund with 引导 in its name sets up another, that names its fields: one line per field
    ('发挥省新兴产业引导基金作用，设立规模100亿元的省人工智能产业主题基金，重点投向大模型、智能芯片、智能机器人等领域企业。',
     [('大模型领域企业', None, None, False, None), ('智能芯片领域企业', None, None, False, None), ('智能机器人领域企业', None, None, False, None)]),
    # negatives: others guided to set up a fund promise nothing; a fund's own stake share is no ratio
    ('引导社会资本设立天使投资基金，重点投资初创期科技型企业。', []),
    ('鼓励金融机构设立科技金融专营机构，对科技型企业开展股权投资。', []),
]


BUYERS: list[tuple[str, list[Row]]] = [
    # the buyers before what they buy, each with its own cap (in the order written); never the services or the sellers
    ('支持中小企业和创新团队购买高校、检测机构的研发设计、检验检测等服务，按服务合同金额的40%予以兑付，每家企业每年最高30万元，创新团队每年最高5万元。',
     [('中小企业', None, 300000, True, '0.4'), ('创新团队', None, 50000, True, '0.4')]),
    ('鼓励小微企业购买专业机构的知识产权服务，按合同金额的30%给予补助，每家企业每年最高20万元。', [('小微企业', None, 200000, True, '0.3')]),
    ('支持高校、科研院所和企业租用大型科研仪器设备，按租用费用的30%给予补贴。',
     [('高校', None, None, False, '0.3'), ('科研院所', None, None, False, '0.3'), ('企业', None, None, False, '0.3')]),
    # with 对, as before: the body, what it buys in the condition
    ('对企业购买检验检测服务的，按合同金额的20%给予补助，最高10万元。', [('企业', None, 100000, True, '0.2')]),
    # negative: a body that provides a service is no buyer
    ('支持检测机构为中小企业提供检验检测服务，按服务合同金额的20%给予补助，最高不超过10万元。', [('检测机构', None, 100000, True, '0.2')]),
]


MATCHED: list[tuple[str, list[Row]]] = [
    # a local match right after a promise: the same recipients and level, ratio 1, no amount
    ('对新建的省级中试基地（平台），省级财政给予最高五百万元建设补助，所在市州按不低于1:1比例配套。',
     [('中试基地(平台)', '省级', 5000000, True, None), ('中试基地(平台)', '省级', None, False, '1')]),
    ('对首次认定的高新技术企业，给予10万元奖励，所在区县（开发区）按1:1比例配套。',
     [('高新技术企业', None, 100000, False, None), ('高新技术企业', None, None, False, '1')]),
    ('对新认定的国家级孵化器，市财政给予100万元奖励，所在区财政按照1:1的比例给予配套支持。',
     [('孵化器', '国家级', 1000000, False, None), ('孵化器', '国家级', None, False, '1')]),
    # negatives: payers splitting the cost are no match; a match written alone names no promise
    ('对新认定的高新技术企业，市、区两级财政按照6:4比例给予20万元奖励。', [('高新技术企业', None, 200000, False, None)]),
    ('对获批国家级技术创新中心的，所在市按不低于1:1比例配套。', []),
]


SHORT_LEVEL: list[tuple[str, list[Row]]] = [
    # a short level, then a modifier, right before a term: the modifier stays in the name, the level is the short one's
    ('新认定的省重点企业研究院，按省里下达经费给予1:1配套，最多不超过500万元。', [('重点企业研究院', '省级', 5000000, True, '1')]),
    ('对新认定的市重点企业研究院，给予30万元奖励。', [('重点企业研究院', '市级', 300000, False, None)]),
    ('对新认定的省重点实验室，给予100万元奖励。', [('重点实验室', '省级', 1000000, False, None)]),
    # negatives: the document's whole place (全市) and a word opening with 市 (市场化) are no level
    ('对全市重点企业研究院，给予30万元奖励。', [('企业研究院', None, 300000, False, None)]),
    ('对市场化运作的企业研究院，给予30万元奖励。', [('企业研究院', None, 300000, False, None)]),
]


TOTALS: list[tuple[str, list[Row]]] = [
    # an amount per unit, then a capped yearly total in a clause of its own: the unit's line alone, not capped
    ('对企业和个人获得授权的国内发明专利，每件给予2万元奖励，同一企业每年度该项奖励累计不超过40万元。', [('企业和个人', None, 20000, False, None)]),
    ('对经认定的人力资源服务机构为我市企业引进A类人才的，按每人10万元给予奖励，每家机构每年奖励总额不超过80万元。',
     [('人力资源服务机构', None, 100000, False, None)]),
    ('对企业主导制定国际标准的，每项奖励30万元，每家企业每年合计不超过100万元。', [('企业', None, 300000, False, None)]),
    # negatives: the total is the only amount written: its line stays
    ('对企业开展技术攻关的，给予奖励，每家企业每年奖励总额不超过100万元。', [('企业', None, 1000000, True, None)]),
    ('对在境内外主板上市的企业，分阶段给予总额不超过600万元的奖励。', [('企业', None, 6000000, True, None)]),
]


GRADES: list[tuple[str, list[Row]]] = [
    # another grade of the same designation, listed alone: the term's modifier and level
    ('对新认定的国家知识产权示范企业、优势企业，分别一次性奖励50万元、30万元。',
     [('知识产权示范企业', '国家级', 500000, False, None), ('知识产权优势企业', '国家级', 300000, False, None)]),
    ('对新认定的省知识产权示范企业、优势企业，分别给予20万元、10万元奖励。',
     [('知识产权示范企业', '省级', 200000, False, None), ('知识产权优势企业', '省级', 100000, False, None)]),
    # negatives: a kind of its own after the term is not a grade of it
    ('对新认定的省级工业设计中心、示范企业，分别奖励50万元、30万元。',
     [('工业设计中心', '省级', 500000, False, None), ('示范企业', '省级', 300000, False, None)]),
]


INSIDE: list[tuple[str, list[Row]]] = [
    # a body named inside a place of the vocabulary: the body, what it does in the condition
    ('孵化器内在孵企业租用孵化场地的，按实际租金给予每月每平方米15元的补贴。', [('在孵企业', None, 15, False, None)]),
    ('对众创空间内创业团队租用办公场地的，按实际租金的50%给予补贴，每个团队每年最高2万元。', [('创业团队', None, 20000, True, '0.5')]),
    ('对科技企业孵化器内的在孵企业，给予每家5万元补助。', [('在孵企业', None, 50000, False, None)]),
    # negatives: 内部 is no place's inside; the place alone is the recipient
    ('对孵化器内部管理规范的，给予10万元奖励。', [('孵化器', None, 100000, False, None)]),
    ('对孵化器给予10万元奖励。', [('孵化器', None, 100000, False, None)]),
]


SUPPORT_SIZED: list[tuple[str, list[Row]]] = [
    # 支持 right before its amount: a floor is the amount, cap false; a ceiling, cap true
    ('对浙江大学、中国科学院等来义共建的新型研发机构，首期支持不少于1000万元。', [('新型研发机构', None, 10000000, False, None)]),
    ('对新引进的高端研发机构，市财政首期支持不少于500万元，后续根据绩效评估结果给予滚动支持。', [('高端研发机构', None, 5000000, False, None)]),
    ('对认定的市级制造业创新中心，每年支持最高300万元，连续支持3年。', [('制造业创新中心', '市级', 3000000, True, None)]),
    # negatives: an amount that is a threshold of what is supported
    ('支持1000万元以上的重大科技项目落地。', []),
    ('鼓励支持500万元以下的项目。', []),
    ('申请设立的公司注册资本金不低于500万元。', []),  # (a floor after another money word: a threshold)
]


SELECTED: list[tuple[str, list[Row]]] = [
    # a programme entered, named alone: those it selected, at its level
    ('对入选国家级人才计划的，给予每人100万元奖励。', [('人才计划入选者', '国家级', 1000000, False, None)]),
    # a certificate naming an occupation: its holders, not the generic 人员
    ('对在省内从事技术转移服务满一年、取得中级以上技术经理人职业能力证书的人员，给予每人一次性5000元培训补贴。', [('技术经理人', None, 5000, False, None)]),
    ('对新取得注册会计师执业证书的人员，给予每人1万元奖励。', [('注册会计师', None, 10000, False, None)]),
    # negatives: a body named after the programme is the recipient; a title is no certificate naming an occupation
    ('对入选国家级人才计划的企业，给予50万元奖励。', [('企业', None, 500000, False, None)]),
    ('对取得高级职称的人员，给予每人2万元奖励。', [('人员', None, 20000, False, None)]),
]


OPERATORS: list[tuple[str, list[Row]]] = [
    # operating money: the bodies supported that build and run, each named (交易所: a noun, whatever jieba's tag)
    ('支持甲技术交易所、乙知识产权交易所建设统一的技术市场，市级财政通过后补助方式给予运营经费支持。',
     [('甲技术交易所', None, None, False, None), ('乙知识产权交易所', None, None, False, None)]),
    ('支持丙技术转移中心和科技大市场运营全市技术交易平台，市财政每年给予运营补贴最高200万元。',
     [('丙技术转移中心', None, 2000000, True, None), ('科技大市场', None, 2000000, True, None)]),
    # negative: money to build a platform (no operating money) goes to the platform, as before
    ('支持高校建设概念验证中心，按实际投入的30%给予补助。', [('概念验证中心', None, None, False, '0.3')]),
]


RAISED: list[tuple[str, list[Row]]] = [
    # a rate raised for a subgroup after the promise: a line of its own, the subgroup named in the condition
    ('对企业吸纳技术合同实际支付金额在50万元以上的，按实际支付额的10%给予补助，每家企业每年最高100万元；承接技术的企业为首次购买技术成果的，补助比例提高至15%，最高不超过一百五十万元。',
     [('企业', None, 1000000, True, '0.1'), ('承接技术的企业', None, 1500000, True, '0.15')]),
    ('对企业研发投入给予10%的补助，最高50万元；其中中小企业的，补助比例提高至20%，最高不超过80万元。',
     [('企业', None, 500000, True, '0.1'), ('中小企业', None, 800000, True, '0.2')]),
    # negative: a tax rule's rate raised is no money promised
    ('科技型中小企业研发费用加计扣除比例提高至100%。', []),
]


HANDED_THEN_NAMED: list[tuple[str, list[Row]]] = [
    # handed out, unsized, then whom it is for after ,对: the 对 promise alone (not the platform named before)
    ('支持合肥、芜湖建设智能计算中心。统筹发放“算力券”，对中小企业租用智能算力开展模型训练的，按合同金额的30%给予补贴，单个企业每年最高500万元。',
     [('中小企业', None, 5000000, True, '0.3')]),
    # negative: a voucher handed to whom it names stays
    ('采取向科技型中小企业发放科技创新券等方式，支持企业开展研发活动。', [('科技型中小企业', None, None, False, None)]),
]


CASES = EQUITY + BUYERS + MATCHED + SHORT_LEVEL + TOTALS + GRADES + INSIDE + SUPPORT_SIZED + SELECTED + OPERATORS + RAISED + HANDED_THEN_NAMED


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fund13c(text: str, expected: list[Row], shipped: vocabulary.Vocab) -> None:
    assert rows(text, shipped) == expected
