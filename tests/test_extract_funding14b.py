"""Funding, session 14 (fund14b): the classes fresh support measures lose — sentences of our own in several provinces' styles,
negatives included: an autonomous region's level (自治区级 is 省级); a match of another government's grant, its level the grant's
and, for a project's grant, the programme its recipient (按国拨经费的15%给予县级配套, 按照省级资助金额给予1:1配套, 分别按1:1、1:0.5
的比例 over 国家、省级, 按所获奖金的30% over 国家、省科学技术奖); prizes listed with an amount each (获得中国外观设计金奖、银奖的
企业,分别给予… → a line per prize); the party or broker between the verb and the money word (给予揭榜方资助, 给予技术经理人奖励),
a rate per person before it (按每人每年8万元给予设站单位日常经费资助); tiers by revenue (营业收入2亿元以上的,给予…: the bound is
no amount, the later tiers the first's recipients); persons opening their clause before the payer (在站博士后研究人员,由市财政
给予…) and a condition going on in the sentence (…;出站后…的,再给予每人…: the same persons); a talent class before its condition
(D类人才首次购买…的); those picked, counted after their name or title (遴选青年拔尖人才80名左右, 评选一次“…杰出人才”,每次不超过10名);
the owner of a patent newly granted (对企业新获授权的发明专利,每件…); levels recognised listed before the verb (对经认定的国家、省
首台(套)…,分别给予研制企业…) or after the items (…,经省级认定后分别奖励); the party that acts in a condition (对技术输出方促成…的), a body paid on its own spending (发榜企业按其
实际支付…的20%), a loan product's borrower (…企业获得的“人才贷”), a voucher redeemed (予以抵扣); another thing counted later in the sentence (…,PCT国际专利进入…的,每件再给予…); a hard-wrapped text (a PDF's lines saved as text) read as the same text unwrapped.
Rows: (recipient, level, amount_yuan, cap, ratio), read with the shipped vocabulary.
"""

from __future__ import annotations

import pytest
from test_extract_funding11 import Row, rows, shipped  # noqa: F401 (the same rows and the shipped vocabulary as fund11)

from kg import vocab as vocabulary

AUTONOMOUS: list[tuple[str, list[Row]]] = [
    ('对新认定的自治区级企业技术中心，给予一次性30万元奖励。', [('企业技术中心', '省级', 300000, False, None)]),
    ('对首次获批的自治区级新型研发机构，由州财政给予20万元补助。', [('新型研发机构', '省级', 200000, False, None)]),
    ('对新认定的国家级、自治区级众创空间，分别给予50万元、20万元奖励。',
     [('众创空间', '国家级', 500000, False, None), ('众创空间', '省级', 200000, False, None)]),
    # negative: a district's own level stays 区级
    ('对新认定的区级科技企业孵化器，给予10万元奖励。', [('科技企业孵化器', '区级', 100000, False, None)]),
]

MATCHED_GRANT: list[tuple[str, list[Row]]] = [
    ('对承担国家重点研发计划项目的企业，按国拨经费的15%给予县级配套，最高150万元。',
     [('国家重点研发计划项目', '国家级', 1500000, True, '0.15')]),
    ('对牵头承担国家科技重大专项、国家重点研发计划项目的单位，按照国拨经费的10%给予区级配套支持，单个项目最高不超过300万元。',
     [('国家科技重大专项', '国家级', 3000000, True, '0.1'), ('国家重点研发计划项目', '国家级', 3000000, True, '0.1')]),
    ('获得株洲市科技计划项目立项支持的，区级按市级资助金额给予1:1配套，最高100万元。',
     [('株洲市科技计划项目', '市级', 1000000, True, '1')]),
    ('对承担江苏省科技成果转化专项资金项目的，按照省级资助金额给予1:1区级配套，最高不超过200万元。',
     [('江苏省科技成果转化专项资金项目', '省级', 2000000, True, '1')]),
    ('对入选国家、省级重点人才计划的领军人才，区财政分别按1:1、1:0.5的比例给予配套资助，最高分别不超过200万元、100万元。',
     [('领军人才', '国家级', 2000000, True, '1'), ('领军人才', '省级', 1000000, True, '0.5')]),
    ('企业作为第一完成单位获得国家、省科学技术奖的，按所获奖金的30%给予配套奖励。',
     [('科学技术奖', '国家级', None, False, '0.3'), ('科学技术奖', '省级', None, False, '0.3')]),
    # negatives: payers splitting a cost, a project's own funds, and a match of a grant with no level written (gold-synth2)
    ('市级资金与区级资金按1:1比例分担。', []),
    ('项目单位自筹资金与财政资金比例不低于1:1。', []),
    ('对牵头承担国家重大科技项目的单位，按国家支持经费给予1:1配套支持，单个项目最高800万元。', [('单位', None, 8000000, True, '1')]),
]

PRIZES: list[tuple[str, list[Row]]] = [
    ('对获得中国外观设计金奖、银奖的企业，分别给予30万元、10万元奖励。',
     [('中国外观设计金奖', None, 300000, False, None), ('中国外观设计银奖', None, 100000, False, None)]),
    ('对新获评“齐鲁首席技师”“山东省技术能手”的职工，分别给予一次性奖励5万元、2万元。',
     [('齐鲁首席技师', None, 50000, False, None), ('山东省技术能手', None, 20000, False, None)]),
    # negative: one amount for every prize listed stays with the winners named
    ('对获得中国专利金奖、银奖的企业，给予20万元奖励。', [('企业', None, 200000, False, None)]),
]

PARTIES: list[tuple[str, list[Row]]] = [
    ('技术经理人促成技术交易的，按技术合同成交额的2%给予技术经理人奖励，每人每年最高5万元。', [('技术经理人', None, 50000, True, '0.02')]),
    ('对揭榜成功并通过验收的项目，按项目研发投入的30%给予揭榜方资助，最高不超过400万元。', [('揭榜方', None, 4000000, True, '0.3')]),
    ('对新招收的博士后研究人员，按每人每年8万元给予设站单位日常经费资助，最长两年。', [('设站单位', None, 80000, False, None)]),
    ('对新设立的院士工作站，按每人每年5万元给予建站单位工作经费补助。', [('建站单位', None, 50000, False, None)]),
]

TIERS: list[tuple[str, list[Row]]] = [
    ('对首次认定的高新技术企业，按上年度营业收入分档给予奖励：营业收入2亿元以上的，给予40万元奖励；营业收入5000万元至2亿元的，给予25万元奖励；营业收入5000万元以下的，给予15万元奖励。',
     [('高新技术企业', None, 400000, False, None), ('高新技术企业', None, 250000, False, None), ('高新技术企业', None, 150000, False, None)]),
    # projects run each year, counted, then a ceiling per project paid by the city's budget (not the ways of organising them)
    ('推行“揭榜挂帅”“赛马制”等项目组织方式，每年组织实施重大科技专项15项左右，单个项目市财政资助最高不超过200万元。',
     [('重大科技专项', None, 2000000, True, None)]),
    # negative: a threshold alone promises nothing
    ('营业收入1亿元以上的企业，应当建立研发机构。', []),
    ('对企业新建研发机构的，给予最高50万元补助，营业收入5亿元以上的企业应当设立研发机构。', [('企业', None, 500000, True, None)]),
]

PEOPLE: list[tuple[str, list[Row]]] = [
    # persons opening their clause, the payer after them; a condition going on in the sentence keeps them
    ('对新设立的国家级博士后科研工作站，给予一次性建站资助40万元。在站博士后研究人员，由市财政给予每人每年10万元生活补助，最长2年；出站后留榕工作且签订3年以上劳动合同的，再给予每人20万元留榕补贴。',
     [('博士后科研工作站', '国家级', 400000, False, None), ('在站博士后研究人员', None, 100000, False, None), ('在站博士后研究人员', None, 200000, False, None)]),
    ('在站博士后，由区财政给予每人每年8万元生活补贴，最长2年；出站后留区工作的，再给予每人10万元安家补贴。',
     [('在站博士后', None, 80000, False, None), ('在站博士后', None, 100000, False, None)]),
    # a talent class before its condition; money one may apply for at a rate, for those who did not
    ('D类人才在榕首次购买商品住房的，给予每人40万元购房补贴，分3年等额发放；未购房的，可按每人每月2500元标准申领租房补贴，最长不超过36个月。',
     [('D类人才', None, 400000, False, None), ('D类人才', None, 2500, False, None)]),
    # those picked, counted after the name or the title; an amount, then what it is for (培养经费)
    ('实施“榕城青年英才”计划，每年遴选青年拔尖人才80名左右，给予每人40万元培养经费。', [('青年拔尖人才', None, 400000, False, None)]),
    ('每两年评选一次“福州杰出人才”，每次不超过10名，每人给予80万元奖励。', [('福州杰出人才', None, 800000, False, None)]),
    # another class at its own rate after the promise, the money word left out; negative: a body at a rate is no class
    ('企业新引进的全职博士，每人每月给予3000元生活补贴，最长3年；全职硕士每人每月1500元，最长2年。',
     [('全职博士', None, 3000, False, None), ('全职硕士', None, 1500, False, None)]),
    ('对新引进的博士，给予每人每月2000元生活补贴；企业每年100万元。', [('博士', None, 2000, False, None)]),
    # negative: a condition naming its own winners keeps them (a prize named alone)
    ('对新认定的国家级技能大师工作室，给予30万元资助。对获得“中华技能大奖”的，给予每人20万元奖励。',
     [('技能大师工作室', '国家级', 300000, False, None), ('中华技能大奖', None, 200000, False, None)]),
]

OWNERS_LEVELS: list[tuple[str, list[Row]]] = [
    # the owner of what is paid per unit (新获授权的发明专利 → 企业); none named, the thing stays
    ('对企业新获授权的发明专利，每件给予3000元资助，每家企业每年资助总额不超过30万元。', [('企业', None, 3000, False, None)]),
    ('对新获授权的发明专利，每件给予3000元资助。', [('发明专利', None, 3000, False, None)]),
    # levels recognised, listed before the verb, whom after it (分别给予研制企业…); a level of the recognition after the items
    ('对经认定的国家、省首台（套）重大技术装备，分别给予研制企业最高200万元、80万元奖励。',
     [('研制企业', '国家级', 2000000, True, None), ('研制企业', '省级', 800000, True, None)]),
    ('首批次新材料、首版次软件产品，经省级认定后分别奖励30万元。', [('首批次', '省级', 300000, False, None), ('首版次', '省级', 300000, False, None)]),
]

SUBJECTS: list[tuple[str, list[Row]]] = [
    # the party to a deal that acts in the condition, not a body named earlier in the paragraph
    ('建设技术转移中心分中心。对技术输出方促成技术在我省转化的，按技术合同成交额的3%给予奖励，每家单位每年最高60万元。',
     [('技术输出方', None, 600000, True, '0.03')]),
    # a body paid on its own spending (按其…的25%); negative: a body that pays its staff under the rules
    ('发榜企业按其实际支付揭榜方金额的25%给予补助，最高80万元。', [('发榜企业', None, 800000, True, '0.25')]),
    ('企业按照有关规定给予员工奖励。', []),
    # the borrower of a loan product named in quotes
    ('对人才创办企业获得的“科创贷”，按贷款市场报价利率的30%给予贴息，单家企业每年贴息不超过20万元。', [('人才创办企业', None, 200000, True, '0.3')]),
    # a voucher redeemed against the fee (抵扣): the buyer
    ('区内科技型中小企业向服务机构购买检验检测服务的，按实际支付服务费用的40%予以抵扣，每家企业每年最高10万元。',
     [('科技型中小企业', None, 100000, True, '0.4')]),
]

THINGS: list[tuple[str, list[Row]]] = [
    # the owner named in the phrase, after a heading; none named, the thing (a body with another deed before is no owner)
    ('第十二条（知识产权）对企业新获授权的发明专利，每件给予5000元资助，每家企业每年资助总额不超过50万元。', [('企业', None, 5000, False, None)]),
    ('区内企业获得中国专利金奖的，奖励100万元；新获得授权的发明专利，每件资助3000元。',
     [('中国专利金奖', None, 1000000, False, None), ('发明专利', None, 3000, False, None)]),
    ('区内企业获得中国专利金奖的，奖励100万元；新获得授权的发明专利，每件资助3000元，PCT国际专利进入国外国家阶段的，每件再给予2万元资助。',
     [('中国专利金奖', None, 1000000, False, None), ('发明专利', None, 3000, False, None), ('PCT国际专利', None, 20000, False, None)]),
    # an article's title in brackets after its number (district 实施细则): the 对 phrase after it
    ('第九条（科技成果转化）对企业购买高校、科研院所技术成果并在本区实施转化的，按照实际技术交易额的10%给予补贴，最高100万元。',
     [('企业', None, 1000000, True, '0.1')]),
    # a public fund's stake given to whom its 对 phrase names: the sub-funds, the stake's share no ratio
    ('区科技创新创业投资引导基金对投资本区种子期、初创期科技企业的子基金给予参股支持，参股比例最高不超过子基金规模的30%。',
     [('子基金', None, None, False, None)]),
    # negative: others' funds encouraged to take stakes promise nothing
    ('引导社会资本设立创业投资基金，对子基金给予参股支持。', []),
    # another thing counted in the same sentence, paid again per unit
    ('新获得授权的发明专利，每件资助3000元，单家企业每年资助总额最高10万元，PCT国际专利进入国外国家阶段的，每件再给予2万元资助。',
     [('发明专利', None, 3000, False, None), ('PCT国际专利', None, 20000, False, None)]),
]

CASES = AUTONOMOUS + MATCHED_GRANT + PRIZES + PARTIES + TIERS + PEOPLE + OWNERS_LEVELS + SUBJECTS + THINGS


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fund14b(text: str, expected: list[Row], shipped: vocabulary.Vocab) -> None:
    assert rows(text, shipped) == expected


# A measure of our own, hard-wrapped at 30 characters as a PDF's text saved as .txt: the same lines as unwrapped.
MEASURE = (
    "第五条（企业培育）对首次认定的高新技术企业，按照其上年度营业收入分档给予奖励：营业收入2亿元以上的，给予40万元奖励；"
    "营业收入5000万元至2亿元的，给予25万元奖励；营业收入5000万元以下的，给予15万元奖励。",
    "第六条（研发投入）对年度研发投入超过500万元的企业，按照其研发投入较上年度增量部分的15%给予补贴，最高不超过300万元。",
    "第七条（科技金融）对科技型中小企业获得银行贷款的，按照实际支付利息的40%给予贴息，每家每年最高不超过20万元。",
    "第八条（知识产权）对获得中国专利金奖、中国专利银奖的单位，分别给予40万元、15万元奖励。",
    "第九条（附则）本细则由区科技局负责解释，自印发之日起施行，有效期三年。",
)
WIDTH = 30


def wrapped(paragraphs: tuple[str, ...], width: int) -> str:
    return "\n".join("\n".join(p[i : i + width] for i in range(0, len(p), width)) for p in paragraphs)


def test_hard_wrapped_text_reads_as_unwrapped(shipped: vocabulary.Vocab) -> None:
    whole = rows("\n".join(MEASURE), shipped)
    assert ('企业', None, 3000000, True, '0.15') in whole and ('科技型中小企业', None, 200000, True, '0.4') in whole
    assert rows(wrapped(MEASURE, WIDTH), shipped) == whole


def test_short_lines_are_no_wrap(shipped: vocabulary.Vocab) -> None:
    # a list of short items, each its own line, is not joined (too few lines at any one width)
    text = "一、对新认定的众创空间，给予10万元奖励\n二、对新认定的孵化器，给予20万元奖励\n"
    assert rows(text, shipped) == [('众创空间', None, 100000, False, None), ('孵化器', None, 200000, False, None)]
