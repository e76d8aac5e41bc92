"""Funding in support measures, second batch (fund11b): amount ranges (给予100万元至500万元支持: one line, its upper end, a
cap), a thing then the act of granting it (对发明专利授权), standards written alone (奖励标准:国家级重点实验室100万元,…),
为X提供 with X's name after its last 的, and Taiwan's 對X之補助,以不超過…為原則 and 經審查通過之計畫. Sentences of our own,
in the style of real 若干措施 and 補助要點 from many places, hard and negative cases included.
Rows: (recipient, level, amount_yuan, cap, ratio, condition), read with the shipped vocabulary.
"""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary
from kg.extract import funding
from kg.pipeline import from_text

Row = tuple[str, str | None, int | None, bool, str | None, str | None]


@pytest.fixture(scope="module")
def shipped() -> vocabulary.Vocab:
    return vocabulary.load()


def rows(text: str, vocab: vocabulary.Vocab) -> list[Row]:
    doc = from_text(text, vocab)
    return [(f.recipient, f.level, None if f.amount_yuan is None else int(f.amount_yuan), f.cap, None if f.ratio is None else str(f.ratio), f.condition)
            for f in funding.extract(doc, vocab)]


PROMISES: list[tuple[str, list[Row]]] = [
    # a range is one promise; the most it can be is its upper end
    ('对新认定的省级新型研发机构,根据绩效评价结果给予100万元至500万元支持。',
     [('新型研发机构', '省级', 5000000, True, None, '新认定')]),
    ('对获得省科学技术奖的项目,按获奖等次给予10万元至50万元奖励。',
     [('项目', None, 500000, True, None, '获得省科学技术奖')]),
    ('对引进的顶尖人才团队,给予1000万元至5000万元的综合资助。',
     [('顶尖人才团队', None, 50000000, True, None, '引进')]),
    ('对新获批的国家级工程技术研究中心,一次性给予50万—100万元补助。',
     [('工程技术研究中心', '国家级', 1000000, True, None, '新获批')]),
    ('对入选的项目,给予每项10-50万元资助。',
     [('项目', None, 500000, True, None, '入选')]),
    ('对大学生创业项目,给予5万元至20万元创业资助。',
     [('大学生创业项目', None, 200000, True, None, None)]),
    ('对企业研发投入增量部分,按5%至10%的比例给予补助。', [('企业', None, None, False, '0.1', None)]),
    ('对企业研发投入,按5%-10%给予补助,最高100万元。', [('企业', None, 1000000, True, '0.1', None)]),
    # (a range in the condition is no promise's range)
    ('对投资额5000万元至1亿元的项目,给予100万元奖励。',
     [('项目', None, 1000000, False, None, '投资额5000万元至1亿元')]),
    # (amounts listed, not a range: one line each)
    ('对新获批的国家级重点实验室、国家工程研究中心,分别给予1000万元、500万元支持。',
     [('重点实验室', '国家级', 10000000, False, None, '新获批'), ('工程研究中心', '国家级', 5000000, False, None, '新获批')]),
    # a thing, then the act of granting it
    ('对发明专利授权,每件资助3000元。', [('发明专利', None, 3000, False, None, '授权')]),
    ('对获得授权的发明专利,每件资助3000元。', [('发明专利', None, 3000, False, None, '获得授权')]),
    ('对实用新型专利授权,每件资助500元。', [('实用新型专利', None, 500, False, None, '授权')]),
    ('对软件著作权登记,每件补助300元。', [('软件著作权', None, 300, False, None, '登记')]),
    ('对企业注册,不收取任何费用。', []),
    # a standard written alone: one line per item
    ('第八条 奖励标准:国家级重点实验室100万元,省级重点实验室50万元。',
     [('重点实验室', '国家级', 1000000, False, None, None), ('重点实验室', '省级', 500000, False, None, None)]),
    ('补助标准为:新认定的国家级孵化器100万元,省级孵化器50万元。',
     [('孵化器', '国家级', 1000000, False, None, '新认定'), ('孵化器', '省级', 500000, False, None, None)]),
    ('补助标准如下:国家级企业技术中心200万元;省级企业技术中心50万元。',
     [('企业技术中心', '国家级', 2000000, False, None, None), ('企业技术中心', '省级', 500000, False, None, None)]),
    ('资助标准为:A类人才200万元,B类人才100万元。',
     [('A类人才', None, 2000000, False, None, None), ('B类人才', None, 1000000, False, None, None)]),
    ('评审标准:创新能力、成果转化和人才培养三个方面。', []),
    ('奖励标准由市科技局另行制定。', []),
    ('奖励标准:一等奖50万元,二等奖30万元,三等奖10万元。', []),  # (whom: named elsewhere)
    # 为X提供: X's name after its last 的
    ('为国家和省在本地实施的重大科学技术项目提供配套支持。',
     [('重大科学技术项目', None, None, False, None, '国家和省在本地实施')]),
    ('市财政为国家和省在我市布局建设的重大创新平台提供资金支持。',
     [('重大创新平台', None, None, False, None, '国家和省在我市布局建设')]),
    ('为金融机构开展科技企业的融资业务提供风险补偿。',
     [('金融机构', None, None, False, None, '开展科技企业的融资业务')]),
    ('为企业提供技术咨询服务。', []),
    # Taiwan
    ('本部對研發計畫之補助,以不超過該計畫總經費百分之四十為原則。', [('研发计划', None, None, False, '0.4', None)]),
    ('本署對創新研發計畫之補助,每案以新臺幣二百萬元為上限。', [('创新研发计划', None, 2000000, True, None, None)]),
    # (為限 after the share: the most it may be, cap true as SCHEMA's 不高于; fund14)
    ('本會對產學合作計畫之補助比率,以不超過計畫總經費百分之六十為限。', [('产学合作计划', None, None, True, '0.6', None)]),
    ('經審查通過之計畫,本局得補助其研發經費百分之五十。', [('计划', None, None, False, '0.5', '经审查通过')]),
    ('第二條 本辦法之補助對象為依公司法設立之中小企業。\n第五條 經審查通過者,核定補助金額以新臺幣五百萬元為上限。',
     [('中小企业', None, 5000000, True, None, '经审查通过')]),
    ('對研發計畫之補助,以新臺幣五百萬元為上限。', [('研发计划', None, 5000000, True, None, None)]),
    # the kind after a condition's 之 is read by taiwan_grants.conditional_kind (twn17), which keeps no condition yet
    ('經評選獲選之青年創業團隊,得獲補助新臺幣二十萬元至一百萬元。', [('青年创业团队', None, 1000000, True, None, None)]),
    ('第三條 本辦法補助對象為依法設立之中小企業。\n第六條 補助金額,每一計畫以新臺幣一千萬元為上限。', [('中小企业', None, 10000000, True, None, None)]),
    ('第三條 本辦法補助對象為依法設立之中小企業。\n第六條 補助金額,每案以新臺幣一千萬元為上限。', [('中小企业', None, 10000000, True, None, None)]),
    ('本辦法之補助,每一計畫以新臺幣一千萬元為上限。', []),  # (whom: not declared)
    ('經本部核定之補助案,補助款分二期撥付。', []),
    ('申請人應於計畫執行期滿後三十日內繳交成果報告。', []),
    ('对国际PCT专利申请,每件资助最高5万元。', [('国际PCT专利', None, 50000, True, None, '申请')]),
    # a person, then where it acts (在本市创业); a body, then the event after which it is paid (上市成功后)
    ('对高校毕业生在本市首次创业的,给予1万元一次性创业补贴。', [('高校毕业生', None, 10000, False, None, '高校毕业生在本市首次创业')]),
    ('企业上市成功后,给予300万元奖励。', [('企业', None, 3000000, False, None, None)]),
    ('项目通过验收后,给予50万元奖励。', [('项目', None, 500000, False, None, '通过验收后')]),
    ('有关部门审核后,给予50万元奖励。', []),
    ('经市政府批准后,给予一次性奖励100万元。', []),
    # a fund budgeted with its size: the fund is the instrument, not the amount (a budget total is no amount promised)
    ('每年安排5000万元人才发展专项资金,用于支持高层次人才引进。', [('高层次人才引进', None, None, False, None, None)]),
    ('每年安排不少于5000万元,用于支持新型研发机构建设。', [('新型研发机构', None, None, False, None, None)]),
    # a sequel with only its share (…,后两年减半补贴): the same recipients, half
    ('对入驻孵化器的初创企业,前三年给予全额房租补贴,后两年减半补贴。',
     [('初创企业', None, None, False, '1', '入驻孵化器'), ('初创企业', None, None, False, '0.5', '入驻孵化器')]),
    ('对入驻孵化器的初创企业,前三年给予全额房租补贴,后两年不再补贴。', [('初创企业', None, None, False, '1', '入驻孵化器')]),
    # a body, its verb of spending, then the cost: the body
    ('对科技型中小企业发生的研发费用,按照10%给予补助,每家最高50万元。', [('科技型中小企业', None, 500000, True, '0.1', None)]),
    ('对企业实际支付的技术交易费用,按10%给予补助。', [('企业', None, None, False, '0.1', None)]),
    ('对企业引进人才支付的猎头费用,按实际支付费用的30%给予补贴。', [('企业', None, None, False, '0.3', None)]),
    # 经费 sized right after the verb; Taiwan's 得酌予 (may, at discretion)
    ('对新建的省级以上重点实验室,给予一次性建设经费100万元。', [('重点实验室', None, 1000000, False, None, '新建')]),  # (以上: no level, fund18a)
    ('对市级以上重点实验室,每年给予运行经费最高50万元。', [('重点实验室', None, 500000, True, None, None)]),
    ('市财政给予科学技术经费保障。', []),
    ('對於首次參加國際標準制定之企業,得酌予獎勵新臺幣十萬元。', [('企业', None, 100000, False, None, '首次参加国际标准制定')]),
    # 在…的基础上: an adverbial before the verb, not whom
    ('对新进入规上统计的高新技术企业,在享受高企认定奖励的基础上,再给予10万元奖励。',
     [('高新技术企业', None, 100000, False, None, '新进入规上统计')]),
    ('在现有政策的基础上,对新认定的国家级孵化器给予最高100万元奖励。',
     [('孵化器', '国家级', 1000000, True, None, '新认定')]),
]


@pytest.mark.parametrize(("text", "expected"), PROMISES)
def test_support_measures_second_batch(shipped: vocabulary.Vocab, text: str, expected: list[Row]) -> None:
    assert rows(text, shipped) == expected


def test_budgeted_fund_is_the_instrument(shipped: vocabulary.Vocab) -> None:
    """安排1亿元科技创新专项资金,用于支持…: the fund named after its size is the instrument, not 1亿元."""
    doc = from_text("每年安排5000万元人才发展专项资金,用于支持高层次人才引进。", shipped)
    assert [f.instrument for f in funding.extract(doc, shipped)] == ["专项资金"]
    doc = from_text("每年安排不少于5000万元,用于支持新型研发机构建设。", shipped)  # (no fund named: the sum)
    assert [f.instrument for f in funding.extract(doc, shipped)] == ["不少于5000万元"]
