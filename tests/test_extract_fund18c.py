"""Funding precision in support measures (fund18c): lines that promise nothing of their own, and a payer's level read
as the recipient's; sentences of our own, hard and negative cases included."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg import vocab as vocabulary
from kg.extract import funding
from kg.pipeline import from_text


@pytest.fixture(scope="module")
def shipped() -> vocabulary.Vocab:
    return vocabulary.load()


def lines(text: str, vocab: vocabulary.Vocab) -> list[tuple[str, str | None, Decimal | None, Decimal | None]]:
    return [(f.recipient, f.level, f.amount_yuan, f.ratio) for f in funding.extract(from_text(text, vocab), vocab)]


@pytest.mark.parametrize("text", [
    "已获得省级奖励后又晋级为国家级的，按差额给予奖励。",
    "同一项目获得多个奖项的，按就高原则给予奖励。",
    "同一项目符合本办法多项扶持政策的，按照就高不就低原则给予支持，不重复支持。",
])
def test_combining_rule_alone_is_no_promise(text: str, shipped: vocabulary.Vocab) -> None:
    assert lines(text, shipped) == []


def test_combining_rule_after_promises_adds_no_line(shipped: vocabulary.Vocab) -> None:
    text = "对新认定的省级孵化器给予50万元奖励，国家级孵化器给予100万元奖励；由低一级晋升为高一级的，按差额给予奖励。"
    assert sorted(lines(text, shipped)) == [("孵化器", "国家级", Decimal(1000000), None), ("孵化器", "省级", Decimal(500000), None)]


def test_difference_with_its_own_amount_stays(shipped: vocabulary.Vocab) -> None:
    # a line with an amount of its own under the same words is a promise (補足差額 with a sum)
    assert lines("对晋级为国家级的孵化器，按差额给予奖励，最高100万元。", shipped) != []


@pytest.mark.parametrize("text, level", [
    ("对年度考核优秀的市州，省级财政给予100万元奖励。", None),
    ("对首次认定的高新技术企业，市级财政给予20万元奖励。", None),
    ("对新认定的国家级孵化器，省级财政给予100万元奖励。", "国家级"),
])
def test_payer_level_is_not_the_recipients(text: str, level: str | None, shipped: vocabulary.Vocab) -> None:
    assert [lv for _, lv, _, _ in lines(text, shipped)] == [level]


def test_payers_of_two_amounts_keep_the_recipients_level(shipped: vocabulary.Vocab) -> None:
    text = "对新认定的国家级孵化器，省级财政给予100万元奖励，市级财政给予50万元配套奖励。"
    assert sorted(lines(text, shipped)) == [("孵化器", "国家级", Decimal(500000), None), ("孵化器", "国家级", Decimal(1000000), None)]


def test_level_opening_the_clause_still_reads(shipped: vocabulary.Vocab) -> None:
    # ,省级给予30万元: the amount's level (no payer word after it)
    text = "对新认定的众创空间，国家级给予50万元奖励，省级给予30万元奖励。"
    assert sorted(lv for _, lv, _, _ in lines(text, shipped)) == ["国家级", "省级"]


@pytest.mark.parametrize("text", [
    "新认定的省级孵化器，所在区按照1:1的比例给予配套奖励。",
    "新认定的省级孵化器，所在县（市、区）按照市级奖励资金1:1的比例给予配套奖励。",
])
def test_ratio_colon_is_no_clause_break(text: str, shipped: vocabulary.Vocab) -> None:
    # the : of 1:1 cut the clause: the recipient read was 比例 (gold-synth6 s037)
    assert lines(text, shipped) == [("孵化器", "省级", None, Decimal(1))]


def test_label_colon_still_breaks() -> None:
    # a heading's colon still ends a clause (奖励标准:|…), the : between two digits does not
    from kg.extract.earlier import CLAUSE_BREAK
    assert [m.group() for m in CLAUSE_BREAK.finditer("奖励标准:国家级按照1:1的比例,省级")] == [":", ","]


@pytest.mark.parametrize("text", [
    "新认定的国家级、省级孵化器，所在县（市、区）按照市级奖励资金1:1的比例给予配套奖励。",
    "新认定的国家级、省级孵化器，所在区按照1:1的比例给予配套奖励。",
])
def test_local_government_clause_is_the_payer(text: str, shipped: vocabulary.Vocab) -> None:
    # 所在县(市、区) pays: the recipients are the incubators named before it, at both levels
    assert sorted(lines(text, shipped)) == [("孵化器", "国家级", None, Decimal(1)), ("孵化器", "省级", None, Decimal(1))]


def test_local_clause_without_paying_stays_a_clause(shipped: vocabulary.Vocab) -> None:
    # 所在地 as a place, not paying (no 按照/给予 after it): no payer read
    from kg.extract.payers import local_payer
    assert not local_payer("所在地的科技型中小企业", 0, 10)
    assert local_payer("所在区按照1:1的比例", 0, 10)


@pytest.mark.parametrize("text, who", [
    ("企业在质押融资过程中发生的评估费、担保费、保险费，按照实际发生额的50%予以补助，每家企业每年最高5万元。", "企业"),
    ("对合作银行发放的科技贷款形成的本金损失，按照损失额的40%给予风险补偿。", "合作银行"),
    ("对科技型中小企业委托开展的检验检测服务，补助金额为服务费用的50%。", "科技型中小企业"),
    ("对企业通过PCT途径获得美国、日本、欧盟授权的发明专利，每件给予5万元资助。", "企业"),
])
def test_owner_of_costs_services_losses_is_paid(text: str, who: str, shipped: vocabulary.Vocab) -> None:
    assert {r for r, _, _, _ in lines(text, shipped)} == {who}


def test_thing_without_owner_stays(shipped: vocabulary.Vocab) -> None:
    # nobody owns the patents in the phrase: the patents are what the money is for
    assert [r for r, _, _, _ in lines("对获得授权的发明专利，给予每件1万元资助。", shipped)] == ["发明专利"]


@pytest.mark.parametrize("text, who", [
    ("对人才创办的种子期、初创期企业给予单笔最高300万元股权投资。", "种子期、初创期企业"),
    ("设立总规模20亿元的天使投资引导基金，重点投向种子期、初创期科技型企业。", "种子期、初创期科技型企业"),
])
def test_stages_of_one_promise_are_one_line(text: str, who: str, shipped: vocabulary.Vocab) -> None:
    assert [r for r, _, _, _ in lines(text, shipped)] == [who]


def test_stage_lines_of_different_terms_stay_apart(shipped: vocabulary.Vocab) -> None:
    # two promises, two amounts: no joining across terms
    text = "对种子期科技型企业给予最高100万元股权投资，对成长期科技型企业给予最高500万元股权投资。"
    assert sorted(a for _, _, a, _ in lines(text, shipped)) == [Decimal(1000000), Decimal(5000000)]


def test_stages_parts() -> None:
    from kg.extract.stages import _parts
    assert _parts("种子期、初创期科技型企业") == (["种子期", "初创期"], "科技型企业")
    assert _parts("高新技术企业") == ([], "高新技术企业")


def test_body_served_is_not_the_owner(shipped: vocabulary.Vocab) -> None:
    # 为中小企业提供的…服务: the firms are served; who is paid is not named here
    assert [r for r, _, _, _ in lines("对为中小企业提供的公共技术服务，按服务费用的30%给予补助。", shipped)] != ["为中小企业"]
    assert [r for r, _, _, _ in lines("对在孵企业发生的检测费、认证费，按实际发生额的50%给予补助。", shipped)] == ["在孵企业"]
