"""Funding and targets, session 15 (fund15c): promises written the way regulations (条例) write them, the classes the
seventh draw's dev6 showed, with sentences of our own in the styles of regulations, support measures and action plans,
negatives included: a fund set up to reward (设立…奖励基金,奖励和表彰…的公民和组织: the group as written), a named fund that
picks whom it supports (…基金择优支持X开展…; not 择优支持的机制), an allowance enjoyed by rule (…专家享受国家和省规定的津贴,
…教师按照规定享受特殊教育津贴; not 申报享受政府特殊津贴专家, a title; not 带薪年休假), money among two means (通过资金支持和
政策保障,支持学生开展…; not 通过政策引导和舆论宣传), a fund arranged among listed means (通过优化…平台、安排专项资金等方式,
引导X开发…; not a guidance fund guiding social capital), one promise to two groups (对A,以及对B给予表彰、奖励: each group;
one line when both name the same kind; none for sanctions or an employer's rewards to its staff), a voucher held by those
served (通过科技创新券等方式,引导服务机构为X提供…服务: X; a risk compensation stays with the bank), 面向 ending whom a fund
supports (支持教学科研人员面向…领域开展研究), a public fund's 投资力度; and a share of the economy a law sets for society's
R&D spending, a goal with no deadline (not a procurement share, nor an employer's stake share).
Rows: (recipient, level, amount_yuan, cap, ratio), read with the shipped vocabulary.
"""

from __future__ import annotations

import pytest
from test_extract_funding11 import Row, rows, shipped  # noqa: F401 (the same rows and the shipped vocabulary as fund11)

from kg import vocab as vocabulary
from kg.extract import targets
from kg.pipeline import from_text

STATUTES: list[tuple[str, list[Row]]] = [
    # a fund set up to reward: the group after the condition, as written
    ('各级人民政府和有关部门建立和完善科学技术奖励制度，设立科学技术奖励基金，奖励和表彰在科学技术进步活动中做出突出贡献的公民和组织。',
     [('公民和组织', None, None, False, None)]),
    ('市人民政府设立青年人才奖励基金，奖励在本市创新创业的优秀青年人才。', [('优秀青年人才', None, None, False, None)]),
    ('鼓励社会力量设立科技奖励基金，奖励和表彰优秀科技工作者。', []),  # others' fund
    ('市财政设立科技创新奖励基金，奖励在关键核心技术攻关中取得重大突破的企业和团队。', [('企业和团队', None, None, False, None)]),
    # a named fund picking whom it supports
    ('青年科学基金择优支持杰出青年科学技术工作者开展科学技术活动；', [('杰出青年科学技术工作者', None, None, False, None)]),
    ('省级科技创新专项资金择优支持企业建设研发中心。', [('企业', None, None, False, None)]),
    ('基金管理机构采取宏观引导、自主申请、平等竞争、同行评审、择优支持的机制。', []),
    # an allowance by rule
    ('被命名的优秀科学技术专家享受国家和省规定的津贴。', [('优秀科学技术专家', None, None, False, None)]),
    ('从事残疾人职业教育的特殊教育教师按照规定享受特殊教育津贴。', [('特殊教育教师', None, None, False, None)]),
    ('入选省级高层次人才的，按照规定享受省政府规定的生活补贴。', [('高层次人才', '省级', None, False, None)]),
    ('优先推荐申报享受政府特殊津贴专家或者其他荣誉称号；', []),
    ('享受政府特殊津贴的专家优先推荐。', []),
    # sized, in the style of support measures
    ('入选的领军人才享受每月3000元的人才津贴。', [('领军人才', None, 3000, False, None)]),
    ('新引进的全职博士享受每人每年2万元生活补贴，连续享受3年。', [('全职博士', None, 20000, False, None)]),
    ('企业享受研发费用加计扣除政策。', []),
    ('企业职工享受国家规定的带薪年休假。', []),
    # money among two means
    ('高等学校应当通过资金支持和政策保障，支持学生开展创新创业活动；', [('学生', None, None, False, None)]),
    ('市人民政府通过财政投入和政策引导，扶持中小企业开展技术改造。', [('中小企业', None, None, False, None)]),
    ('各地要通过政策引导和舆论宣传，支持企业开展品牌建设。', []),
    # a fund arranged among listed means
    ('市科技行政部门应当通过优化企业公共服务平台、完善政府采购政策、安排专项资金等方式，引导科技型中小企业开发新技术、新产品、新工艺。',
     [('科技型中小企业', None, None, False, None)]),
    ('省财政通过安排科技成果转化专项资金、完善首台套保险补偿等方式，支持企业开展关键核心技术攻关。', [('企业', None, None, False, None)]),
    ('县级以上人民政府可以通过设立产业引导基金、科技投资风险补偿资金等方式，引导社会资本参与企业技术改造。', []),
    ('各地通过设立创业投资引导基金等方式，引导社会资本投向早期科技型企业。', []),
    ('通过开展宣传培训、组织专题讲座、完善统计制度等方式，引导企业加大研发投入。', []),
]

GROUPS: list[tuple[str, list[Row]]] = [
    # 对A,以及对B: each group
    ('县级以上人民政府对具有重大经济、社会和生态效益的优秀专利项目，以及对发明创造和专利运用做出突出贡献的单位和个人，按照有关规定给予表彰、奖励。',
     [('优秀专利项目', None, None, False, None), ('单位和个人', None, None, False, None)]),
    ('区人民政府对本区域经济社会综合贡献度高的外商投资企业，以及对外商投资促进工作有突出贡献的机构和人员给予奖励。',
     [('外商投资企业', None, None, False, None), ('机构', None, None, False, None), ('人员', None, None, False, None)]),
    # the same kind under two conditions: one line
    ('对首次认定的高新技术企业，以及对迁入本市的高新技术企业，给予一次性奖励20万元。', [('高新技术企业', None, 200000, False, None)]),
    # two closed 对…的 phrases: each group, with its amount after 分别, or both with the one amount
    ('对认定为国家级孵化器的，以及对认定为省级孵化器的，分别给予100万元、50万元奖励。',
     [('孵化器', '国家级', 1000000, False, None), ('孵化器', '省级', 500000, False, None)]),
    ('对首次入选国家级专精特新“小巨人”企业的，以及对新认定的省级制造业单项冠军企业的，分别给予一次性奖励50万元、30万元。',
     [('专精特新小巨人企业', '国家级', 500000, False, None), ('制造业单项冠军企业', '省级', 300000, False, None)]),
    ('对认定为国家级孵化器的，以及对认定为省级孵化器的，给予一次性奖励50万元。',
     [('孵化器', '国家级', 500000, False, None), ('孵化器', '省级', 500000, False, None)]),
    ('对违反规定骗取财政资金的，以及对拒不配合检查的，依法追回已拨付资金。', []),
    # sanctions and an employer's rewards to its staff: none
    ('对违反本条例规定的单位，以及对直接负责的主管人员，依法给予处分。', []),
    ('用人单位对在技术创新中做出突出贡献的职工，以及对完成职务发明的发明人给予奖励。', []),
    ('违反本条例规定的，由市场监督管理部门处一万元以上五万元以下的罚款。', []),
    ('企业应当按照规定向职务发明人支付奖金和报酬。', []),
    ('市科技部门的工作经费列入本级财政预算。', []),
]

SERVED: list[tuple[str, list[Row]]] = [
    # a voucher is held by those served
    ('通过科技创新券等方式，引导科技服务机构为科技型中小企业提供研究开发、技术转移、知识产权、科技咨询等专业化服务。',
     [('科技型中小企业', None, None, False, None)]),
    ('各区通过发放服务券等方式，支持检验检测机构为小微企业提供检测认证服务。', [('小微企业', None, None, False, None)]),
    # a risk compensation is the bank's
    ('通过风险补偿、贷款贴息等方式，支持银行、担保公司等金融机构为科技型企业提供信贷融资服务。', [('银行', None, None, False, None), ('担保公司', None, None, False, None)]),
    # where they work is no recipient
    # a school's money for its own staff is an employer's duty, no promise (fund19b, duties; gold-more dev6 0110 ambiguous)
    ('高等学校应当安排专项经费，支持教学科研人员面向基础领域、学科交叉领域等开展科学研究活动。', []),
    ('市财政安排专项资金，支持高校面向集成电路、人工智能等领域建设创新平台。', [('高校', None, None, False, None)]),
    # a public fund's investment
    ('以政府财政资金安排和设立的创业风险投资资金的管理机构，应当加大对专利技术产业化项目的投资力度。', [('专利技术产业化项目', None, None, False, None)]),
    ('各级人民政府应当加大对科技创新的投入力度。', []),
]


@pytest.mark.parametrize(("text", "expected"), STATUTES + GROUPS + SERVED)
def test_fund15c(text: str, expected: list[Row], shipped: vocabulary.Vocab) -> None:
    assert rows(text, shipped) == expected


LAW_SHARES: list[tuple[str, tuple | None]] = [
    ('全社会科学技术研究开发经费应当占本市国内生产总值的百分之四以上。', ('4', None)),
    ('全社会研发经费应当占全省地区生产总值的2.5%以上。', ('2.5', None)),
    ('到2000年，全社会研究开发经费占全省国内生产总值的比例达到百分之一点五。', ('1.5', 2000)),
    ('向中小企业预留的采购份额应当占本部门年度政府采购项目预算总额的百分之三十以上。', None),
    ('其用于奖励的股权应当占该科技成果所占股份的百分之二十以上。', None),
    ('全社会科学技术研究开发经费应当占国内生产总值适当的比例，并逐步提高。', None),
]


@pytest.mark.parametrize(("text", "expected"), LAW_SHARES)
def test_law_share15c(text: str, expected: tuple | None, shipped: vocabulary.Vocab) -> None:
    found = targets.extract(from_text(text, shipped), shipped)
    assert [(str(t.value), t.year) for t in found] == ([expected] if expected else [])
