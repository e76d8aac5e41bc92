"""Funding whose size, caps or payer are written away from whom it pays (fund18d): a standard before the 对 phrase, a payer
buying for someone, caps per kind after a shared share; fund18d's own annotated sentences
(tests/data/fund18d) are held in tests/test_extract_funding17a_set.py."""

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
    return {(f.recipient, f.level, f.amount_yuan, f.cap, f.ratio) for f in funding.extract(from_text(text, vocab), vocab)}


def test_standard_before_the_for_phrase_sizes_it(shipped: vocabulary.Vocab) -> None:
    got = lines("市级财政按照每人每年3万元的标准，对市派科技特派员给予工作经费补助。", shipped)
    assert {(r, lv, a) for r, lv, a, _, _ in got} == {("科技特派员", None, Decimal(30000))}
    got = lines("区级财政按照实际投资额的15%，对新建的中试基地给予建设补贴，最高不超过500万元。", shipped)
    assert ("中试基地", None, Decimal(5000000), True, Decimal("0.15")) in got


def test_standard_before_keeps_the_recipients_own_level(shipped: vocabulary.Vocab) -> None:
    got = lines("省财政按每家每年50万元的标准，对省级农业科技园区给予运行经费补助。", shipped)
    assert {(r, lv, a) for r, lv, a, _, _ in got} == {("农业科技园区", "省级", Decimal(500000))}


def test_a_standard_without_a_size_is_no_amount(shipped: vocabulary.Vocab) -> None:
    got = lines("按照国家有关标准，对认定为国家级企业技术中心的企业给予300万元奖励。", shipped)
    assert {a for _, _, a, _, _ in got} == {Decimal(3000000)}


def test_payer_buying_for_someone_gives_them_no_level(shipped: vocabulary.Vocab) -> None:
    got = lines("省级财政为科技特派员购买人身意外伤害保险，每人每年补助300元。", shipped)
    assert {(r, lv, a) for r, lv, a, _, _ in got} == {("科技特派员", None, Decimal(300))}
    assert {lv for _, lv, _, _, _ in lines("市级财政对获批的省级重点实验室给予一次性200万元奖励。", shipped)} == {"省级"}


def test_caps_per_kind_after_a_shared_share(shipped: vocabulary.Vocab) -> None:
    text = "对科技服务机构为中小企业提供检验检测服务的，按服务合同金额的30%给予补贴，检验检测机构每家每年最高50万元，技术转移机构每家每年最高30万元。"
    assert {(r, a, c, s) for r, _, a, c, s in lines(text, shipped)} == {
        ("检验检测机构", Decimal(500000), True, Decimal("0.3")), ("技术转移机构", Decimal(300000), True, Decimal("0.3"))}


def test_one_cap_for_all_stays_one_line(shipped: vocabulary.Vocab) -> None:
    got = lines("对企业购买科技保险的，按照实际缴纳保费的40%给予补贴，每家企业每年最高不超过20万元。", shipped)
    assert {(a, s) for _, _, a, _, s in got} == {(Decimal(200000), Decimal("0.4"))}


def test_named_examples_before_a_kind_give_the_kind(shipped: vocabulary.Vocab) -> None:
    text = "对中国科学技术大学、合肥工业大学等驻肥高校院所向本市企业转让或者许可专利的，按照技术合同实际成交额的5%给予奖励，每家单位每年最高不超过100万元。"
    assert {(r, a, s) for r, _, a, _, s in lines(text, shipped)} == {("高校院所", Decimal(1000000), Decimal("0.05"))}
    kinds = {r for r, _, _, _, _ in lines("对高新技术企业、科技型中小企业等企业开展研发活动的，给予最高50万元补助。", shipped)}
    assert "企业" not in kinds or len(kinds) > 1  # kinds listed are no named examples


def test_a_threshold_level_is_shared_by_the_list(shipped: vocabulary.Vocab) -> None:
    assert {lv for _, lv, _, _, _ in lines("对省级以上科技企业孵化器和众创空间，给予50万元奖励。", shipped)} == {None}
    assert {lv for _, lv, _, _, _ in lines("对省级科技企业孵化器和众创空间，给予50万元奖励。", shipped)} == {"省级"}


def test_standard_inside_the_phrase_sizes_the_promise(shipped: vocabulary.Vocab) -> None:
    text = "到2027年，市级财政每年安排不少于5亿元科技专项资金，对重大创新平台按照每个最高1000万元的标准给予支持。"
    assert {(r, a, c) for r, _, a, c, _ in lines(text, shipped)} == {("重大创新平台", Decimal(10000000), True)}


def test_caps_per_level_after_a_shared_share(shipped: vocabulary.Vocab) -> None:
    text = "对国家级、省级制造业创新中心，按照其上年度研发投入的15%给予补助，国家级每家每年最高2000万元，省级每家每年最高500万元。"
    assert {(lv, a) for _, lv, a, _, _ in lines(text, shipped)} == {("国家级", Decimal(20000000)), ("省级", Decimal(5000000))}


def test_cap_unchanged_is_the_last_cap(shipped: vocabulary.Vocab) -> None:
    text = "对企业获得银行贷款的，按照贷款利息的50%给予贴息，单户企业年度贴息额最高不超过30万元；对首次获得贷款的科技型中小企业，按照贷款利息的80%给予贴息，上限不变。"
    assert ("科技型中小企业", None, Decimal(300000), True, Decimal("0.8")) in lines(text, shipped)
    text = "对首次获得贷款的科技型中小企业，按照贷款利息的80%给予贴息，期限不变。"
    assert {a for _, _, a, _, _ in lines(text, shipped)} == {None}


def test_named_examples_then_what_they_build(shipped: vocabulary.Vocab) -> None:
    got = lines("对浙江大学、中国科学院等来义共建的新型研发机构，首期支持不少于1000万元。", shipped)
    assert {r for r, _, _, _, _ in got} == {"新型研发机构"}
    got = lines("對國立臺灣大學、國立清華大學等大專校院與本市企業合作研發者，按合作經費百分之二十補助，每校每年最高新臺幣三百萬元。", shipped)
    assert {r for r, _, _, _, _ in got} == {"大专校院"}


def test_payer_bearing_a_cost_then_the_unit_paid_per(shipped: vocabulary.Vocab) -> None:
    got = lines("区级财政为入驻孵化器的初创企业承担场地租金，每平方米每月补助20元。", shipped)
    assert {(r, lv, a) for r, lv, a, _, _ in got} == {("初创企业", None, Decimal(20))}
