"""Funding, session 13 (fund13b): who is paid in support measures (若干措施, 扶持办法) and plans — sentences of our own in
several styles, negatives included: a level written as a place + 级 in a list of levels (金华市级 → 市级), a platform kind
with its alias in brackets, a total split between payers (其中市财政15万元), prizes and titles won named alone (获得“中华技能
大奖”的), a party between 给予 and the money word (给予技术输出方奖励), a body qualified by 经认定的 before what it does.
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
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fund13b(text: str, expected: list[Row], shipped: vocabulary.Vocab) -> None:
    assert rows(text, shipped) == expected
