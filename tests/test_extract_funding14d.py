"""Funding, session 14 (fund14d): regulations' classes, sentences of our own, negatives included: a government paying by the
rules after the 对 phrase (对X,省人民政府按照有关规定给予奖励: the payer, no recipient); a long listed activity apart from the
headed item (支持市场主体创新能力建设、科技研发与成果转化、…创新创业平台建设: its own recipient, no 平台 glued on), two activities
joined by 与 one item (科技研发与成果转化); a Taiwan law's money word as the verb, then whose costs (補助中小企業之研究發展費用),
酌予/得予 right after the recipient; a law's 公民、法人和其他组织 (persons whole, 其他 no pronoun); one means alone (可以采取后补助方式给予支持);
penalties, fees, damages and confiscation: no funding.
Rows: (recipient, level, amount_yuan, cap, ratio), read with the shipped vocabulary.
"""

from __future__ import annotations

import pytest
from test_extract_funding11 import Row, rows, shipped  # noqa: F401 (the same rows and the shipped vocabulary as fund11)

from kg import vocab as vocabulary

PAYER_BY_RULE: list[tuple[str, list[Row]]] = [
    ('对获得国家科学技术奖的单位，省人民政府按照有关规定给予奖励。', [('单位', None, None, False, None)]),
    ('对获得国家科学技术奖的单位，省人民政府可以依照国家有关规定给予奖励。', [('单位', None, None, False, None)]),
    ('对获得国家科学技术奖的单位，有关部门根据相关标准给予补助。', [('单位', None, None, False, None)]),
    # already read before: the treasury, a modal alone, no payer
    ('对获得国家科学技术奖的单位和个人，市财政按照规定给予奖励。', [('单位和个人', None, None, False, None)]),
    ('对获得省科学技术奖的企业，县级以上人民政府可以给予奖励。', [('企业', None, None, False, None)]),
    ('对符合条件的企业，按照国家有关规定给予补助。', [('企业', None, None, False, None)]),
]

ACTIVITIES: list[tuple[str, list[Row]]] = [
    ('高新区应当设立科技专项资金，支持市场主体创新能力建设、科技研发与成果转化、产学研协同创新、创新创业平台建设等。',
     [('市场主体创新能力建设', None, None, False, None), ('科技研发与成果转化', None, None, False, None),
      ('产学研协同创新平台', None, None, False, None), ('创新创业平台', None, None, False, None)]),
    # short modifiers right before the headed item share its head; kinds listed before 等 too; bodies joined by 与 stay two
    ('市人民政府设立专项资金，支持研发、检测平台建设。', [('研发平台', None, None, False, None), ('检测平台', None, None, False, None)]),
    ('采取股权投资、贴息、补助等方式，重点支持示范区内的重大科技研发、成果转化项目。', [('重大科技研发项目', None, None, False, None)]),
    ('安排资金用于农业技术攻关、成果转化、技术推广等农业科技创新项目。',
     # (fund15b: the last item takes the head the others share, not the list's closing kind)
     [('农业技术攻关项目', None, None, False, None), ('成果转化项目', None, None, False, None), ('技术推广项目', None, None, False, None)]),
    ('市人民政府设立专项资金，支持孵化器与众创空间建设。', [('孵化器', None, None, False, None), ('众创空间', None, None, False, None)]),
    ('对技术转移、技术交易机构给予奖励。', [('技术转移机构', None, None, False, None), ('技术交易机构', None, None, False, None)]),
]

TAIWAN_COSTS: list[tuple[str, list[Row]]] = [
    ('主管機關得補助中小企業之研究發展費用。', [('中小企业', None, None, False, None)]),
    ('政府應編列預算，補助中小企業之研究發展費用。', [('中小企业', None, None, False, None)]),
    ('中央主管機關得補助地方政府辦理產業創新之經費。', [('地方政府', None, None, False, None)]),
    ('中央主管機關對於從事研究發展之中小企業，得予補助或獎勵。', [('中小企业', None, None, False, None)]),
    # Taiwan's 酌予/得予 ("may give") right after the recipient, no comma: no part of its name
    ('主管機關得視實際需要，對參與產業創新之事業酌予補助。', [('事业', None, None, False, None)]),
    ('主管機關對參與產業創新之中小企業得予獎勵。', [('中小企业', None, None, False, None)]),
]

# a law's 公民、法人和其他组织: persons are whole, 其他 ("other") is no pronoun
CITIZENS: list[tuple[str, list[Row]]] = [
    ('对做出突出贡献的公民、法人和其他组织给予奖励。',
     [('公民', None, None, False, None), ('法人', None, None, False, None), ('其他组织', None, None, False, None)]),
    ('国家设立的科学技术奖，对在科学技术进步活动中做出突出贡献的公民、组织给予奖励。',
     [('公民', None, None, False, None), ('组织', None, None, False, None)]),
]

# one means alone (no 等) before the verb after a 对 phrase
ONE_MEANS: list[tuple[str, list[Row]]] = [
    ('对承担重大科技项目的企业，可以采取后补助方式给予支持。', [('企业', None, None, False, None)]),
    ('对承担重大科技项目的企业，可以采取贷款贴息的方式给予支持。', [('企业', None, None, False, None)]),
    # negative: a means with no money word
    ('对承担重大科技项目的企业，可以采取揭榜挂帅方式给予支持。', []),
]

PENALTIES: list[tuple[str, list[Row]]] = [
    ('对违反本条例规定的单位，由科学技术行政部门责令改正，处一万元以上五万元以下罚款。', []),
    ('违反本办法规定，骗取财政资金的，责令退还，并处骗取资金一倍以上三倍以下的罚款。', []),
    ('技术服务机构可以按照国家规定收取服务费用。', []),
    ('给他人造成损失的，依法承担赔偿责任。', []),
    ('有违法所得的，没收违法所得。', []),
    ('对拒不改正的企业，处以二千元以上二万元以下罚款；情节严重的，吊销营业执照。', []),
]


@pytest.mark.parametrize(("text", "expected"), PAYER_BY_RULE + ACTIVITIES + TAIWAN_COSTS + CITIZENS + ONE_MEANS + PENALTIES)
def test_fund14d(text: str, expected: list[Row], shipped: vocabulary.Vocab) -> None:
    assert rows(text, shipped) == expected
