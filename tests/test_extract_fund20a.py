"""Funding in support measures written densely (fund20a): classes listed before 分别 (A类、B类人才分别给予…), 同时 before the
verb, … Sentences are our own (none copied from a gold document); each rule has positives and hard negatives."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg import vocab as vocabulary
from kg.extract import funding
from kg.pipeline import from_text


@pytest.fixture(scope="module")
def shipped() -> vocabulary.Vocab:
    return vocabulary.load()


def lines(text: str, vocab: vocabulary.Vocab) -> set[tuple[object, ...]]:
    doc = from_text(text, vocab)
    facts = funding.extract(doc, vocab)
    for fact in facts:
        assert doc.original[fact.evidence.start : fact.evidence.end] == fact.evidence.quote
    return {(f.recipient, f.level, f.amount_yuan, f.ratio) for f in facts}


def yuan(n: int) -> Decimal:
    return Decimal(n)


@pytest.mark.parametrize("text, expected", [
    ("对来我市创业的青年科学家，经评审入选的，甲类、乙类团队分别给予最高800万元、300万元项目资助。",
     {("甲类团队", None, yuan(8000000), None), ("乙类团队", None, yuan(3000000), None)}),
    ("一类、二类、三类人才分别给予每人每年6万元、4万元、2万元生活补贴。",
     {("一类人才", None, yuan(60000), None), ("二类人才", None, yuan(40000), None), ("三类人才", None, yuan(20000), None)}),
    ("A类、B类企业在园区经营期间，同时给予房租补贴，标准分别为每平方米每月20元、10元。",
     {("A类企业", None, yuan(20), None), ("B类企业", None, yuan(10), None)}),
])
def test_classes_listed_before_each_are_the_recipients(shipped: vocabulary.Vocab, text: str, expected: set[tuple[object, ...]]) -> None:
    assert lines(text, shipped) == expected


def test_classes_not_matching_the_amounts_keep_the_kind(shipped: vocabulary.Vocab) -> None:
    # the classes inside the 对 phrase, whom the firm hires: the firm is paid
    got = lines("对引进A类、B类人才的企业，分别给予最高300万元、100万元奖励。", shipped)
    assert {r for r, *_ in got} == {"企业"}
    # three classes, two amounts: no line per class
    assert not lines("A类、B类、C类人才分别给予最高300万元、100万元安家补贴。", shipped)
    # the classes only counted (分三类), no list: nothing of this rule
    got = lines("对新引进的领军人才，按三类分别给予最高300万元、200万元、100万元安家补贴。", shipped)
    assert not any(str(r).endswith("类人才") for r, *_ in got)


def test_tongshi_alone_before_the_verb_names_no_one(shipped: vocabulary.Vocab) -> None:
    got = lines("科技型中小企业在孵化期间，同时给予房租补贴，标准为每平方米每月20元。", shipped)
    assert got == {("科技型中小企业", None, yuan(20), None)}
    # 同时 opening a condition (同时获得…的企业) is no adverb alone: the recipients stay
    got = lines("同时获得高新技术企业和专精特新企业认定的企业，给予10万元奖励。", shipped)
    assert got and all(amount == yuan(100000) for _, _, amount, _ in got)


@pytest.mark.parametrize("text, expected", [
    ("创业企业获得创业投资机构股权投资的，按实际投资额的5%给予奖励，最高不超过50万元。",
     {("创业企业", None, yuan(500000), Decimal("0.05"))}),
    ("青年创办的小微企业，入驻满一年；获得商业银行创业担保贷款的，按贷款利息的50%给予贴息，每家最高10万元。",
     {("小微企业", None, yuan(100000), Decimal("0.5"))}),
    ("留学人员创办的初创企业，在园区内租用孵化器、加速器办公用房的，按每月每平方米不超过25元给予房租补贴。",
     {("初创企业", None, yuan(25), None)}),
])
def test_who_obtains_is_paid_not_the_lender_or_the_landlord(shipped: vocabulary.Vocab, text: str, expected: set[tuple[object, ...]]) -> None:
    assert lines(text, shipped) == expected


def test_bodies_that_serve_or_are_named_kept(shipped: vocabulary.Vocab) -> None:
    # the bank lends and is paid for it: 发放 is no obtaining
    assert {r for r, *_ in lines("合作银行向科技型企业发放贷款的，按贷款本金损失的40%给予风险补偿。", shipped)} == {"合作银行"}
    # the firm named after 的: as read
    assert {r for r, *_ in lines("对获得风险投资的科技型企业，按投资额的10%给予奖励，最高100万元。", shipped)} == {"科技型企业"}
    # a title obtained, not a thing lent: the platform as before
    got = lines("对获得国家级科技企业孵化器认定的，给予100万元奖励。", shipped)
    assert got == {("科技企业孵化器", "国家级", yuan(1000000), None)}


def test_a_sum_per_step_of_growth_is_the_line_its_cap_no_promise(shipped: vocabulary.Vocab) -> None:
    got = lines("对规上工业企业研发投入每增长100万元，给予5万元奖励，最高不超过100万元。", shipped)
    assert got == {("规上工业企业", None, yuan(50000), None)}
    got = lines("对高新技术企业年营业收入每增加1亿元，奖励20万元，单个企业最高200万元。", shipped)
    assert got == {("高新技术企业", None, yuan(200000), None)}
    # a threshold crossed once is no step: the cap stays a line of its own, as before
    got = lines("对年营业收入首次突破1亿元的企业，给予10万元奖励，最高不超过100万元。", shipped)
    assert ("企业", None, yuan(1000000), None) in got
    # a second promise after the step, sized on its own, stays
    got = lines("对规上工业企业研发投入每增长100万元，给予5万元奖励；研发投入增长超过1000万元的，给予100万元奖励。", shipped)
    assert got == {("规上工业企业", None, yuan(50000), None), ("规上工业企业", None, yuan(1000000), None)}


@pytest.mark.parametrize("text, expected", [
    ("对企业购置研发设备的，单台设备补助最高不超过50万元，按设备购置额的20%给予补助。",
     {("企业", None, yuan(500000), Decimal("0.2"))}),
    ("对新建中试基地的企业，每个基地补助最高不超过200万元，按照项目投资额的30%的比例予以补助。",
     {("企业", None, yuan(2000000), Decimal("0.3"))}),
])
def test_a_cap_written_before_its_share_is_one_line(shipped: vocabulary.Vocab, text: str, expected: set[tuple[object, ...]]) -> None:
    assert lines(text, shipped) == expected


def test_a_share_given_with_another_money_word_is_not_the_caps(shipped: vocabulary.Vocab) -> None:
    # 补助 capped, then 奖励 at a share: not run on into one line
    got = lines("对企业购置研发设备的，单台设备补助最高不超过50万元，按设备购置额的20%给予奖励。", shipped)
    assert ("企业", None, yuan(500000), Decimal("0.2")) not in got
    # a share with no cap before it: as read, no amount
    assert lines("对新建中试基地的企业，按照项目投资额的30%的比例予以补助。", shipped) == {("企业", None, None, Decimal("0.3"))}


def test_its_equipment_bought_is_the_recipients_of_the_promise_before(shipped: vocabulary.Vocab) -> None:
    got = lines("对新认定的省级技术创新中心，给予100万元奖励，并对其研发设备购置给予30%补助。", shipped)
    assert got == {("技术创新中心", "省级", yuan(1000000), None), ("技术创新中心", "省级", None, Decimal("0.3"))}
    # 其他 (other firms) is no 其 (its): the share is not the centre's
    got = lines("对新认定的省级技术创新中心，给予100万元奖励，对其他企业研发设备购置给予30%补助。", shipped)
    assert ("技术创新中心", "省级", None, Decimal("0.3")) not in got


@pytest.mark.parametrize("text, expected", [
    ("合作银行每为一家科技型企业发放首笔贷款的，给予该合作银行1万元奖励。", {("合作银行", None, yuan(10000), None)}),
    ("合作银行每为一家科技型企业发放首笔贷款的，给予合作银行每笔1万元奖励。", {("合作银行", None, yuan(10000), None)}),
    ("担保机构为中小企业提供融资担保的，给予该担保机构每笔5000元补助，每年最高50万元。", {("担保机构", None, yuan(5000), None)}),
])
def test_the_body_named_after_the_verb_is_paid_per_loan(shipped: vocabulary.Vocab, text: str, expected: set[tuple[object, ...]]) -> None:
    assert lines(text, shipped) == expected


def test_no_body_after_the_verb_keeps_the_phrase(shipped: vocabulary.Vocab) -> None:
    # 给予其: the body before, as read
    got = lines("对新认定的科技企业孵化器，给予其每家20万元奖励。", shipped)
    assert {r for r, *_ in got} == {"科技企业孵化器"}
    # a ceiling per year over a promise with no unit: both amounts stay as read (no unit, no running total)
    got = lines("对新认定的科技企业孵化器，给予最高50万元奖励，每年最高不超过100万元。", shipped)
    assert ("科技企业孵化器", None, yuan(500000), None) in got


def test_caps_per_level_go_to_the_kind_named_at_each_level(shipped: vocabulary.Vocab) -> None:
    text = ("对入选长江学者奖励计划等国家级人才计划，以及浙江省“鲲鹏行动”等省级人才计划的专家，按上级资助资金给予1:1配套资助，"
            "国家级最高80万元、省级最高40万元。")
    assert lines(text, shipped) == {("人才计划", "国家级", yuan(800000), Decimal(1)), ("人才计划", "省级", yuan(400000), Decimal(1))}
    text = "对入选国家“万人计划”等国家级人才计划的人员，按上级资助资金给予1:1配套资助，国家级最高80万元、省级最高40万元。"
    assert lines(text, shipped) == {("人才计划", "国家级", yuan(800000), Decimal(1))}


def test_levels_listed_with_their_caps_read_as_before(shipped: vocabulary.Vocab) -> None:
    # the levels are the recipients' own: one line each, as before
    got = lines("对新认定的国家级、省级企业技术中心，分别给予奖励，国家级最高100万元、省级最高50万元。", shipped)
    assert got == {("企业技术中心", "国家级", yuan(1000000), None), ("企业技术中心", "省级", yuan(500000), None)}
    # one cap only, no kind at a level: nothing of this rule
    got = lines("对入选国家“杰出青年计划”等人才计划的人员，按上级资助资金给予1:1配套资助，最高80万元。", shipped)
    assert all(level is None or level == "国家级" for _, level, *_ in got) and all(r != "人才计划" or lv is None for r, lv, *_ in got)


def test_a_share_cut_out_of_its_sentence_is_no_recipient(shipped: vocabulary.Vocab) -> None:
    text = "第六条　科技型企业以商标权作质押取得的贷款，贴息比例提\n高至LPR的60%，每家企业每年最高贴息40万元。"
    got = lines(text, shipped)
    assert got and all(not str(r).endswith("%") for r, *_ in got)
    assert ("企业", None, yuan(400000), None) in got  # whom the terms name per year
    # a name that holds a share inside it stays (the share is no whole name)
    got = lines("对研发投入占比超过5%的企业，给予10万元奖励。", shipped)
    assert {r for r, *_ in got} == {"企业"}


@pytest.mark.parametrize("text, expected", [
    ("对首次认定的高新技术企业，给予最高30万元奖励，其中属于专精特新企业的，最高可达50万元。",
     {("高新技术企业", None, yuan(300000), None), ("专精特新企业", None, yuan(500000), None)}),
    ("对首次认定的高新技术企业，给予最高30万元奖励；其中，专精特新企业最高可达50万元。",
     {("高新技术企业", None, yuan(300000), None), ("专精特新企业", None, yuan(500000), None)}),
    ("对孵化器给予运营补贴，按运营费用的30%给予补贴，每家最高50万元；其中，国家级孵化器最高可达100万元。",
     {("孵化器", None, yuan(500000), Decimal("0.3")), ("孵化器", "国家级", yuan(1000000), Decimal("0.3"))}),
    ("对科技型企业，按贷款利息的50%给予贴息，每家企业每年最高100万元。其中，对国家级专精特新“小巨人”企业，单家企业年度贴息上限提高至150万元。",
     {("科技型企业", None, yuan(1000000), Decimal("0.5")), ("专精特新小巨人企业", "国家级", yuan(1500000), Decimal("0.5"))}),
])
def test_a_sub_groups_higher_cap_is_its_own_line_at_the_same_rate(shipped: vocabulary.Vocab, text: str, expected: set[tuple[object, ...]]) -> None:
    assert lines(text, shipped) == expected


def test_parts_of_a_sum_and_payers_shares_are_no_sub_group(shipped: vocabulary.Vocab) -> None:
    # a part of the sum (其中设备购置补助…): no line of its own (gold-more's convention)
    got = lines("对新建中试基地给予最高200万元补助，其中设备购置补助最高可达100万元。", shipped)
    assert got == {("中试基地", None, yuan(2000000), None)}
    # a payer's share of a budget: no promise
    assert not lines("市财政每年安排专项资金1亿元，其中，市级财政最高为5000万元。", shipped)


def test_support_after_a_share_and_the_party_paid_is_money_when_capped(shipped: vocabulary.Vocab) -> None:
    got = lines("按照项目总投入的20%给予牵头单位支持，最高500万元。", shipped)
    assert got == {("牵头单位", None, yuan(5000000), Decimal("0.2"))}
    # no cap after it: 支持 stays no money word here (nothing read, as before)
    assert not lines("按照项目总投入的20%给予牵头单位支持。", shipped)
    # no share before it: 给予X支持 with a cap is not this rule's
    got = lines("市科技局给予牵头单位支持，最高500万元。", shipped)
    assert ("牵头单位", None, yuan(5000000), Decimal("0.2")) not in got


def test_the_platform_a_body_sets_up_is_paid_at_its_level(shipped: vocabulary.Vocab) -> None:
    got = lines("对高新技术企业新建省级工程研究中心的，给予50万元奖励。", shipped)
    assert got == {("工程研究中心", "省级", yuan(500000), None)}
    # what is set up is no platform: the body, as before
    got = lines("对企业新建生产线的，给予50万元奖励。", shipped)
    assert got == {("企业", None, yuan(500000), None)}


def test_a_sentence_opening_as_a_worked_example_promises_nothing(shipped: vocabulary.Vocab) -> None:
    text = "对规上工业企业按研发投入增量的8%给予补助。例如，某企业研发投入增量为500万元，按8%计算补助40万元；该数额仅为示例。"
    assert lines(text, shipped) == {("规上工业企业", None, None, Decimal("0.08"))}
    # 例如 naming kinds inside a promise (no comma after it): the promise stays
    got = lines("对人工智能、生物医药等领域企业，例如独角兽企业，给予最高100万元奖励。", shipped)
    assert any(amount == yuan(1000000) for _, _, amount, _ in got)
