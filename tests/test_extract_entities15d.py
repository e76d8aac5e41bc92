"""ent15d: entities of real regulations: size and ownership classes of enterprise, bases, vouchers (sentences of our own).

Written in the style of regulations, support measures (若干措施) and action plans; none is taken from
corpus-dev or the gold documents. Each case gives the document's title, the sentence, the entities it
must yield and those it must not.
"""

from __future__ import annotations

import pytest
from test_extract_entities12 import Found, found

from kg import vocab as vocabulary

CASES: list[tuple[str, str, str, Found, Found]] = [
    ("size classes of a definition", "宁夏回族自治区中小企业促进条例", "本条例所称中小企业，是指符合国家划型标准的中型企业、小型企业和微型企业。",
     {("EnterpriseType", "中小企业"), ("EnterpriseType", "中型企业"), ("EnterpriseType", "小型企业"), ("EnterpriseType", "微型企业")}, set()),
    ("a large enterprise in a support measure", "关于促进大中小企业融通发展的若干措施", "鼓励大型企业向中小企业开放场景、数据和检测设备。",
     {("EnterpriseType", "大企业"), ("EnterpriseType", "中小企业")}, set()),
    ("a micro enterprise paid", "某市稳就业若干措施", "对首次创办微型企业的高校毕业生，给予一次性创业补贴5000元。",
     {("EnterpriseType", "微型企业")}, set()),
    ("large and medium together are no medium class", "某省制造业协同发展行动方案", "推动大中型企业与小型微型企业开展协作配套。",
     {("EnterpriseType", "大中型企业")}, {("EnterpriseType", "中型企业")}),
    ("new-type is no size class", "某市企业培育实施方案", "支持新型企业、创新型企业做大做强。",
     set(), {("EnterpriseType", "中型企业"), ("EnterpriseType", "小型企业")}),
    ("a base of the size class built", "某市促进中小企业发展条例", "各区应当在产业园区配套建设小型微型企业创业基地，并给予租金补贴。",
     {("PlatformType", "小型微型企业创业基地")}, {("EnterpriseType", "中小企业")}),
    ("bases and parks in a recognised list", "某省支持创业创新若干措施", "对经认定的小型微型企业创业创新示范基地、众创空间、文化产业园，给予一次性奖励20万元。",
     {("PlatformType", "小微企业创业创新基地"), ("PlatformType", "众创空间"), ("PlatformType", "文化产业园")}, set()),
    ("an experimental base of an institute", "某省农业科技推广条例", "农业科研机构有权自主管理和使用试验基地、仪器设备。",
     {("PlatformType", "试验基地")}, set()),
    ("a master studio shortened", "某市技能人才培养实施方案", "支持企业建立首席技师工作室、大师工作室等技能人才培养平台。",
     {("PlatformType", "技能大师工作室")}, set()),
    ("data handed to a data centre", "某省科学数据管理办法", "项目承担单位应当将科学数据汇交到相关科学数据中心。",
     {("PlatformType", "科学数据中心")}, set()),
    ("a test of a product is no base", "某市产品质量提升行动方案", "企业应当对新产品开展试验，建立试验记录。",
     set(), {("PlatformType", "试验基地")}),
    ("plans drawn up keep their whole names", "某省科学技术进步条例", "省人民政府制定中长期科学技术发展规划、科技创新发展规划，确定科学技术发展的目标。",
     {("Programme", "中长期科学技术发展规划"), ("Programme", "科技创新发展规划")}, {("Programme", "科学技术发展规划")}),
    ("first sets written in full", "某市推动制造业高质量发展若干措施", "支持首台首套新产品新技术推广应用，对纳入目录的给予奖励。",
     {("Programme", "首台套")}, set()),
    ("the state of science is no plan", "某市科学技术进步条例", "统计部门应当定期发布科学技术发展状况。",
     set(), {("Programme", "科学技术发展规划")}),
    ("vouchers handed out in a support measure", "某市促进人工智能产业发展若干措施", "按年度向中小企业发放算力券、数据券，单个企业每年最高100万元。",
     {("Programme", "算力券"), ("Programme", "数据券"), ("EnterpriseType", "中小企业")}, set()),
    ("a talent voucher of an action plan", "某区人才强区行动计划", "对新引进的高层次人才发放人才券，用于住房、子女入学等服务。",
     {("Programme", "人才券")}, set()),
    ("securities are no voucher", "某省金融支持科技创新实施方案", "支持科技型企业发行债券、资产证券化产品。",
     set(), {("Programme", "算力券"), ("Programme", "数据券")}),
    ("a wholly state-owned enterprise directed", "某省国有企业科技创新条例", "国有独资企业应当将研究开发投入纳入年度经营业绩考核。",
     {("EnterpriseType", "国有独资企业")}, set()),
    ("a venture capital body set up", "某省促进科技成果转化条例", "鼓励社会资本建立风险投资机构，投资科技型中小企业。",
     {("EnterpriseType", "创业投资企业"), ("EnterpriseType", "科技型中小企业")}, set()),
]


@pytest.mark.parametrize(("title", "sentence", "expected", "absent"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_ent15d_names(title: str, sentence: str, expected: Found, absent: Found, vocab: vocabulary.Vocab) -> None:
    got = found(title, sentence, vocab)
    assert expected <= got, got
    assert not absent & got
