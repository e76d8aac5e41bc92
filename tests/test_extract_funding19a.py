"""Funding with an amount or a ratio in support measures (fund19a): fields read right — an article's bracketed title is
no recipient, a later condition's own level, persons listed as whom a promise pays, who hires rather than whom;
fund19a's own annotated sentences (tests/data/fund19a) are held in tests/test_extract_funding17a_set.py."""

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
    return {(f.recipient, f.level, f.amount_yuan, f.ratio) for f in funding.extract(from_text(text, vocab), vocab)}


def test_an_articles_bracketed_title_is_no_recipient_of_the_tiers(shipped: vocabulary.Vocab) -> None:
    text = ("第五条（科技企业培育）对首次认定的高新技术企业，按照其上年度营业收入分档给予奖励：营业收入1亿元以上的，给予30万元奖励；"
            "营业收入5000万元以下的，给予10万元奖励。")
    assert {r for r, *_ in lines(text, shipped)} == {"高新技术企业"}
    text = "第七条（人才企业培育）对首次认定的科技型中小企业，按照其研发投入分档给予奖励：研发投入1000万元以上的，给予20万元奖励。"
    assert {r for r, *_ in lines(text, shipped)} == {"科技型中小企业"}


def test_a_later_condition_names_its_own_level(shipped: vocabulary.Vocab) -> None:
    got = lines("对通过国家级技术创新示范企业认定的，奖励80万元；通过省级认定的，奖励30万元。", shipped)
    assert got == {("技术创新示范企业", "国家级", Decimal(800000), None), ("技术创新示范企业", "省级", Decimal(300000), None)}
    got = lines("对通过国家级制造业创新中心认定的，奖励500万元；通过省级以上认定的，奖励100万元。", shipped)
    assert ("制造业创新中心", None, Decimal(1000000), None) in got  # a threshold is no level
    got = lines("对新认定的国家级企业技术中心，给予50万元奖励；认定为省级的，给予20万元奖励。", shipped)
    assert ("企业技术中心", "省级", Decimal(200000), None) in got


def test_persons_listed_are_each_a_recipient(shipped: vocabulary.Vocab) -> None:
    got = lines("对全职博士、硕士研究生，分别给予每人每月3000元、2000元生活补贴。", shipped)
    assert got == {("全职博士", None, Decimal(3000), None), ("硕士研究生", None, Decimal(2000), None)}
    got = lines("对人工智能、区块链领域企业给予最高50万元奖励。", shipped)  # (not persons: the kind, as before)
    assert {r for r, *_ in got} == {"人工智能领域企业", "区块链领域企业"} or {r for r, *_ in got} == {"区块链领域企业"}


def test_persons_before_where_they_work(shipped: vocabulary.Vocab) -> None:
    got = lines("对博士、硕士研究生到我市企业工作的，分别给予每人每月3000元、2000元生活补贴。", shipped)
    assert got == {("博士", None, Decimal(3000), None), ("硕士研究生", None, Decimal(2000), None)}
    got = lines("对博士研究生到我市企业工作的，给予每人每月3000元生活补贴。", shipped)
    assert got == {("博士研究生", None, Decimal(3000), None)}
    got = lines("对高新技术企业到我市设立研发中心的，给予最高100万元奖励。", shipped)  # a body, not persons: not this rule
    assert all(r != "高新技术企业到我市" for r, *_ in got)


def test_who_hires_not_whom(shipped: vocabulary.Vocab) -> None:
    got = lines("孵化器、众创空间聘请创业导师为在孵企业提供辅导服务的，按照每名导师每年二万元的标准给予载体服务补贴。", shipped)
    assert got == {("孵化器", None, Decimal(20000), None), ("众创空间", None, Decimal(20000), None)}
    got = lines("对在孵企业首次获得发明专利授权的，每件给予五千元资助；委托专业机构开展知识产权代理的，按实际代理费用的50%给予补助。", shipped)
    assert got == {("在孵企业", None, Decimal(5000), None), ("在孵企业", None, None, Decimal("0.5"))}
    got = lines("对中小企业购买检验检测服务的，按服务费用的50%给予补贴；租用共享实验室设备的，按租金的30%给予补贴。", shipped)
    assert got == {("中小企业", None, None, Decimal("0.5")), ("中小企业", None, None, Decimal("0.3"))}
    got = lines("对使用创新券的科技型中小企业，按服务费用的50%予以兑付，每家企业每年最高20万元。", shipped)  # 对: not this rule
    assert {r for r, *_ in got} == {"科技型中小企业"}


def test_the_body_after_the_verb_is_paid_per_head(shipped: vocabulary.Vocab) -> None:
    assert lines("对企业引进的全职博士，给予用人单位每人5万元引才补贴。", shipped) == {("用人单位", None, Decimal(50000), None)}
    got = lines("对企业引进的全职博士，给予每人5万元生活补贴。", shipped)  # no body after the verb: the persons, as before
    assert all(r != "用人单位" for r, *_ in got)


def test_a_worked_example_in_brackets_promises_nothing(shipped: vocabulary.Vocab) -> None:
    text = "对企业研发费用加计扣除额给予奖补，奖补标准为加计扣除额的5%（例如企业加计扣除额为1000万元，可获奖补50万元），每家企业最高100万元。"
    assert lines(text, shipped) == {("企业", None, Decimal(1000000), Decimal("0.05"))}
    text = "对新认定的高新技术企业给予30万元奖励（含市级奖励10万元）。"  # brackets that are no example: the sum as before
    assert ("高新技术企业", None, Decimal(300000), None) in lines(text, shipped)


def test_talent_money_standards_and_classes(shipped: vocabulary.Vocab) -> None:
    got = lines("高层次人才安家补贴标准为：国内外顶尖人才300万元，国家级领军人才150万元，省级领军人才80万元。", shipped)
    assert {(lv, a) for _, lv, a, _ in got} == {(None, Decimal(3000000)), ("国家级", Decimal(1500000)), ("省级", Decimal(800000))}
    got = lines("人才住房补贴：博士每人每月2000元，硕士每人每月1000元。", shipped)
    assert got == {("博士", None, Decimal(2000), None), ("硕士", None, Decimal(1000), None)}
    got = lines("对企业给予奖励：营业收入1亿元以上的，给予30万元奖励。", shipped)  # a lead-in, not a standard: as before
    assert all(r != "对企业给予奖励" for r, *_ in got)
    got = lines("新引进的A类人才可享受200万元购房补贴，B类人才可享受100万元购房补贴。", shipped)
    assert got == {("A类人才", None, Decimal(2000000), None), ("B类人才", None, Decimal(1000000), None)}


def test_persons_named_apart_from_the_condition(shipped: vocabulary.Vocab) -> None:
    assert lines("博士后进站的，给予每人每年10万元生活补贴，最多补贴2年。", shipped) == {("博士后", None, Decimal(100000), None)}
    got = lines("经认定的高层次人才，在本市首次购买住房的，按房款的30%给予购房补贴，最高不超过100万元。", shipped)
    assert got == {("高层次人才", None, Decimal(1000000), Decimal("0.3"))}
    got = lines("企业年研发投入1000万元以上，在本市新建研发中心的，按投资额的10%给予补助，最高不超过100万元。", shipped)
    assert all(r != "企业年研发投入1000万元以上" for r, *_ in got)  # (a measure with its number: no bare noun clause)


def test_the_buyer_paid_per_unit_and_its_total_no_line(shipped: vocabulary.Vocab) -> None:
    got = lines("对企业新购置的工业机器人，每台给予1万元补贴，每家企业最高不超过100万元。", shipped)
    assert got == {("企业", None, Decimal(10000), None)}  # (机器人: a thing, not a person)
    got = lines("对新认定的孵化器，给予50万元奖励，每家企业最高不超过100万元。", shipped)  # no amount per unit: as before
    assert ("孵化器", None, Decimal(500000), None) in got


def test_shares_of_bases_named_each_are_a_line_each(shipped: vocabulary.Vocab) -> None:
    got = lines("企业以知识产权质押获得贷款的，按贷款利息的50%、评估费的30%给予补贴，合计每年最高30万元。", shipped)
    assert got == {("企业", None, Decimal(300000), Decimal("0.5")), ("企业", None, Decimal(300000), Decimal("0.3"))}
    got = lines("对企业按研发投入的10%、15%给予奖励。", shipped)  # one base, no 分别: as before
    assert {q for *_, q in got} == {Decimal("0.1")}
