"""ent17e: entity patterns that recur over regulations: a kind of firm named by its field (集成电路企业, 生物医药企业)
and a tax rule's verb 加计扣除 written alone (no programme).

Sentences of our own in the style of regulations, support measures (若干措施), action plans and Taiwan's 要點, annotated
before the extractor ran on them; none is taken from corpus-dev or the gold documents. Each case gives the document's
title, the sentence, the entities it must yield and those it must not. First look (the extractor at f9462a5) and final
are in the README's ent17e paragraph.
"""

from __future__ import annotations

import pytest
from test_extract_entities12 import Found, found

from kg import vocab as vocabulary

CASES: list[tuple[str, str, str, Found, Found]] = [
    # a kind of firm named by its field
    ("firms of a field in a regulation", "湖北省促进软件产业发展条例", "第十二条 符合条件的集成电路企业享受国家规定的优惠政策。",
     {("EnterpriseType", "集成电路企业")}, {("Industry", "集成电路")}),
    ("firms of a field paid in support measures", "关于促进生物医药产业高质量发展的若干措施", "对新落户的生物医药企业,按实际投资额的10%给予补助。",
     {("EnterpriseType", "生物医药企业")}, {("Industry", "生物医药")}),
    ("firms of a field guaranteed", "甘肃省循环经济促进条例", "鼓励融资担保机构为循环经济企业提供信用担保。",
     {("EnterpriseType", "循环经济企业")}, set()),
    ("firms of a field in an action plan", "某市通用航空产业发展行动计划(2024—2026年)", "引进培育通用航空企业20家以上,发展通用航空产业。",
     {("EnterpriseType", "通用航空企业"), ("Industry", "通用航空")}, set()),
    ("firms of a field with the field developed elsewhere", "某省数字经济促进条例", "大力发展数字经济,拓宽数字经济企业融资渠道。",
     {("EnterpriseType", "数字经济企业"), ("Industry", "数字经济")}, set()),
    ("neg a platform kind after a field", "某市智能制造三年行动方案", "支持智能制造企业技术中心提升研发能力。",
     {("PlatformType", "企业技术中心")}, {("EnterpriseType", "智能制造企业")}),
    ("neg entrepreneurs", "某市人工智能产业促进条例", "支持人工智能企业家参与标准制定。", set(), {("EnterpriseType", "人工智能企业")}),
    ("neg a class of industries before 企业", "某省开放型经济促进条例", "推动高新技术产业企业拓展境外市场。",
     set(), {("EnterpriseType", "高新技术产业企业")}),
    ("neg a field as a means", "某市促进中小企业发展条例", "支持中小企业应用人工智能技术改造生产线。", set(), {("EnterpriseType", "人工智能企业")}),
    # 加计扣除 written alone: a tax rule's verb, no programme; written in full it is the programme
    ("neg a tax rule's verb", "某省科学技术进步条例", "企业研究开发费用可以按照国家有关规定税前列支并加计扣除。",
     set(), {("Programme", "研发费用加计扣除")}),
    ("neg a deduction before tax in a list", "某省促进科技成果转化条例", "落实研究开发费用税前加计扣除、固定资产加速折旧等政策。",
     set(), {("Programme", "研发费用加计扣除")}),
    ("the deduction written in full", "关于支持科技企业创新发展的若干措施", "全面落实研发费用加计扣除政策,对研发投入增长的企业给予奖励。",
     {("Programme", "研发费用加计扣除")}, set()),
]


@pytest.mark.parametrize(("case", "title", "sentence", "expected", "unwanted"), CASES, ids=[c[0] for c in CASES])
def test_patterns_that_recur(case: str, title: str, sentence: str, expected: Found, unwanted: Found, vocab: vocabulary.Vocab) -> None:
    got = found(title, sentence, vocab)
    assert expected <= got, f"{case}: missing {expected - got}"
    assert not (unwanted & got), f"{case}: unwanted {unwanted & got}"
