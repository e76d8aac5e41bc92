"""Funding, session 13 (fund13b): who is paid in support measures (若干措施, 扶持办法) and plans — sentences of our own in
several styles, negatives included: a level written as a place + 级 in a list of levels (金华市级 → 市级), a platform kind
with its alias in brackets, a total split between payers (其中市财政15万元), prizes and titles won named alone (获得“中华技能
大奖”的), a party between 给予 and the money word (给予技术输出方奖励), a body qualified by 经认定的 before what it does, what a
body owns or earns paid per unit (每件, 每项: the body), costs of the body 其 refers to, people paid per head (每人).
Rows: (recipient, level, amount_yuan, cap, ratio), read with the shipped vocabulary.
"""

from __future__ import annotations

import pytest
from test_extract_funding11 import Row, rows, shipped  # noqa: F401 (the same rows and the shipped vocabulary as fund11)

from kg import vocab as vocabulary

CASES: list[tuple[str, list[Row]]] = [
    # a level written with its place, in a list of levels mapped by 分别: one line per level
    ('对新认定的国家级、省级、金华市级企业研发中心（企业技术中心），分别奖励一百万元、五十万元、十万元。',
     [('企业研发中心', '国家级', 1000000, False, None), ('企业研发中心', '省级', 500000, False, None), ('企业研发中心', '市级', 100000, False, None)]),
    ('对新认定的国家级、浙江省级、宁波市级工程技术研究中心，分别给予100万元、50万元、20万元奖励。',
     [('工程技术研究中心', '国家级', 1000000, False, None), ('工程技术研究中心', '省级', 500000, False, None), ('工程技术研究中心', '市级', 200000, False, None)]),
    ('对新认定的市级重点实验室，给予50万元奖励。', [('重点实验室', '市级', 500000, False, None)]),
    ('对新认定的省级企业技术中心，给予50万元奖励。', [('企业技术中心', '省级', 500000, False, None)]),
    # a total split between payers: one line, the total
    ('对首次认定为高新技术企业的，奖励20万元，其中市财政15万元，企业所在镇街5万元。', [('高新技术企业', None, 200000, False, None)]),
    ('对新认定的专精特新企业，给予30万元奖励，其中区财政承担20万元、街道承担10万元。', [('专精特新企业', None, 300000, False, None)]),
    ('对新认定的国家级孵化器，奖励100万元，由市、区两级财政各承担50万元。', [('孵化器', '国家级', 1000000, False, None)]),
    # (a part of the sum that is no payer's share, and levels after 其中, stay as they were)
    ('对新认定的国家级、省级重点实验室，分别给予100万元、50万元奖励。',
     [('重点实验室', '国家级', 1000000, False, None), ('重点实验室', '省级', 500000, False, None)]),
    # prizes and titles won, named alone in the condition: the prize stands for its winners
    ('对获得“中华技能大奖”的，给予每人30万元奖励，获得“全国技术能手”称号的，给予每人10万元奖励。',
     [('中华技能大奖', None, 300000, False, None), ('全国技术能手', None, 100000, False, None)]),
    ('获得省专利金奖的，奖励三十万元。', [('省专利金奖', None, 300000, False, None)]),
    ('荣获“浙江工匠”称号的，给予每人5万元奖励。', [('浙江工匠', None, 50000, False, None)]),
    # (a winner named: the winner)
    ('对获得中国专利金奖的企业，奖励100万元。', [('企业', None, 1000000, False, None)]),
    # a party between the verb and the money word, the 对 phrase naming a thing
    ('对在本地转化的技术合同，按技术合同实际成交额的3%给予技术输出方奖励，单个合同最高50万元。', [('技术输出方', None, 500000, True, '0.03')]),
    ('对在本市实施转化的技术合同，按合同成交额的5%分别给予技术受让方和技术转让方补助。',
     [('技术受让方', None, None, False, '0.05'), ('技术转让方', None, None, False, '0.05')]),
    ('对企业购买的技术成果，按技术交易额的10%给予受让方补贴，最高100万元。', [('受让方', None, 1000000, True, '0.1')]),
    # a body qualified by 经认定的, then what it does: the body, both amounts (分别 over its classes of people)
    ('对经认定的人力资源服务机构为我市企业成功引进A类、B类人才的，分别按每人20万元、10万元给予引才奖励。',
     [('人力资源服务机构', None, 200000, False, None), ('人力资源服务机构', None, 100000, False, None)]),
    # money per unit for what a body gains or makes: the body, not the thing counted
    ('对企业和个人获得授权的国内发明专利，每件给予1万元奖励。', [('企业和个人', None, 10000, False, None)]),
    ('对高校和科研院所获得授权的发明专利，每件奖励5000元。', [('高校和科研院所', None, 5000, False, None)]),
    ('对企业获得的发明专利，按每件5000元给予资助。', [('企业', None, 5000, False, None)]),
    ('对高校院所获得的软件著作权，每件奖励2000元。', [('高校院所', None, 2000, False, None)]),
    # (no deed named before in the paragraph: what was read stays; a bracketed remark is never a recipient)
    ('对企业主导制定国际标准、国家标准、行业标准的，每项分别给予50万元、30万元、10万元奖励；参与制定的（排名前三），按主导制定奖励标准的30%给予奖励。主导制定“浙江制造”标准的，每项奖励20万元。',
     [('企业', None, 500000, False, None), ('企业', None, 300000, False, None), ('企业', None, 100000, False, None), ('企业', None, 200000, False, None)]),
    # places listed in a condition are never recipients; the body named with such a deed before is
    ('对企业和个人获得授权的国内发明专利，每件给予1万元奖励；获得美国、日本、欧盟等国家和地区授权的发明专利，每件奖励3万元。',
     [('企业和个人', None, 10000, False, None), ('企业和个人', None, 30000, False, None)]),
    # the costs of the body 其 refers to: the recipient of the promise before
    ('企业以专利、商标进行质押融资的，按银行实际收取利息的50%给予贴息，每家企业每年最高30万元；同时对其发生的评估、担保等费用按50%给予补助，最高五万元。',
     [('企业', None, 300000, True, '0.5'), ('企业', None, 50000, True, '0.5')]),
    # people paid per head: the classes named, mapped by 分别; a class with its own amount after a comma
    ('对到我市企业、新型研发机构工作的全日制博士研究生、硕士研究生（年龄在35周岁以下），首次在甬就业并缴纳社会保险的，分别按每人每月3000元、1500元发放生活补贴。',
     [('全日制博士研究生', None, 3000, False, None), ('硕士研究生', None, 1500, False, None)]),
    ('企业新引进全职博士的，按每人每月3000元给予生活补贴，硕士研究生按每人每月1500元，补贴期限三年。',
     [('全职博士', None, 3000, False, None), ('硕士研究生', None, 1500, False, None)]),
    ('用人单位新引进博士后的，按每人每年5万元给予生活补助。', [('博士后', None, 50000, False, None)]),
    ('对用人单位新招收的高校毕业生，给予每人每月1000元租房补贴。', [('高校毕业生', None, 1000, False, None)]),
    # talents of a programme: the talents, at the programme's level
    ('对入选省“万人计划”科技创业领军人才的，给予每人50万元资助。', [('科技创业领军人才', '省级', 500000, False, None)]),
    ('对入选国家“千人计划”创新人才的，给予每人100万元资助。', [('创新人才', '国家级', 1000000, False, None)]),
    # people named in the paragraph before: a condition naming none (未入住…的), a clause naming no one (同时给予每人…)
    ('对在我市无自有住房的全日制硕士研究生以上人才和经认定的高层次人才，可申请入住人才公寓；未入住人才公寓的，按每人每月1000元的标准给予租房补贴。',
     [('全日制硕士研究生以上人才', None, 1000, False, None), ('高层次人才', None, 1000, False, None)]),
    ('对新引进的顶尖人才，给予最高1000万元的项目资助。同时给予每人300万元安家补贴。',
     [('顶尖人才', None, 10000000, True, None), ('顶尖人才', None, 3000000, False, None)]),
    # a top-up for a kind of its own after the levels' amounts (在…基础上再奖励): a promise of its own
    ('对新认定的国家级、省级、金华市级企业研发中心（企业技术中心），分别奖励一百万元、五十万元、十万元，省级企业研究院在省级研发中心奖励基础上再奖励五十万元。',
     [('企业研发中心', '国家级', 1000000, False, None), ('企业研发中心', '省级', 500000, False, None), ('企业研发中心', '市级', 100000, False, None),
      ('企业研究院', '省级', 500000, False, None)]),
    ('对新认定的国家级、省级重点实验室，分别给予100万元、50万元奖励，省级重点实验室在绩效评价优秀的基础上再给予20万元奖励。',
     [('重点实验室', '国家级', 1000000, False, None), ('重点实验室', '省级', 500000, False, None), ('重点实验室', '省级', 200000, False, None)]),
    # negatives: people read whole stay (a person before its verb, a worker); a reward for bringing people in goes to the body that brings them
    ('对在站博士后研究人员给予每人每月3000元生活津贴。', [('在站博士后研究人员', None, 3000, False, None)]),
    ('企业职工参加技能提升培训并取得证书的，按照每人1500元给予职业培训补贴。', [('企业职工', None, 1500, False, None)]),
    ('对企业引进海外高层次人才的，按每人50万元给予企业引才奖励。', [('企业', None, 500000, False, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fund13b(text: str, expected: list[Row], shipped: vocabulary.Vocab) -> None:
    assert rows(text, shipped) == expected
