"""ent15b: industries and kinds of platform on real text: labs named by a place (天府实验室) are Platforms, not the
kind 实验室; a city's own big-data centre (市大数据中心) is one Platform; kinds support measures name (产业技术创新中心,
专利联盟, 特色产业园区 after a counted field, 海外/离岸 kinds); a verb opening a list's first field and 及 between two fields
in an item.

Sentences of our own in the style of regulations, support measures and action plans of several provinces; none is
taken from corpus-dev or the gold documents. Each case gives the document's title, the sentence, the entities it
must yield and those it must not.
"""

from __future__ import annotations

import pytest
from test_extract_entities12 import Found, found

from kg import vocab as vocabulary

CASES: list[tuple[str, str, str, Found, Found]] = [
    # a lab named by a place or landmark before the bare kind word: one Platform, no kind
    ("a provincial lab by a landmark", "湖南省科技创新若干措施", "支持岳麓山实验室、湘江实验室在长沙高新区设立成果转化中心。",
     {("Platform", "岳麓山实验室"), ("Platform", "湘江实验室")}, {("PlatformType", "实验室")}),
    ("labs listed with 和", "广东省实施方案", "支持鹏城实验室和广州实验室开展关键核心技术攻关。",
     {("Platform", "鹏城实验室"), ("Platform", "广州实验室")}, {("PlatformType", "实验室")}),
    ("a lab jieba reads as a common noun", "江苏省行动计划", "支持紫金山实验室建设网络通信与安全重大平台。",
     {("Platform", "紫金山实验室")}, {("PlatformType", "实验室")}),
    ("a lab organised on a national model", "成都市科技创新促进条例", "本市按照国家实验室标准组建天府实验室。",
     {("Platform", "天府实验室"), ("PlatformType", "国家实验室")}, {("PlatformType", "实验室")}),
    ("neg a province's own labs are the kind", "山西省若干措施", "加快山西省实验室和省重点实验室建设。",
     {("PlatformType", "重点实验室")}, {("Platform", "山西省实验室")}),
    ("neg a kind of lab by its users", "杭州市实施方案", "支持创新工场、创客空间、社会实验室建设。",
     set(), {("Platform", "社会实验室")}),
    ("neg a lab of a kind of scene", "成都市行动方案", "建设智慧城市应用场景实验室。",
     set(), {("Platform", "场景实验室")}),
    ("neg labs shared by enterprises", "河北省若干措施", "鼓励高等学校、大型企业向民营企业开放实验室。",
     set(), {("Platform", "企业实验室")}),
    # kinds of platform support measures and action plans name
    ("an industrial technology innovation centre counted", "合肥市实施方案", "围绕主导产业布局建设十大产业技术创新中心。",
     {("PlatformType", "产业技术创新中心")}, {("PlatformType", "技术创新中心")}),
    ("a patent alliance", "浙江省专利促进办法", "鼓励拥有核心专利的企业组建专利联盟。", {("PlatformType", "专利联盟")}, set()),
    ("specialised parks after a counted field", "安徽省人工智能行动方案", "打造十大人工智能特色产业园区。",
     {("PlatformType", "特色产业园区")}, set()),
    ("neg one zone named by its field stays no kind", "昆明市若干措施", "支持生物医药特色产业园区完善配套设施。",
     set(), {("PlatformType", "特色产业园区")}),
    # a place word jieba tags s (海外, 离岸 …) is part of a kind; a scope word (省内) is not
    ("overseas kinds listed", "浙江省人才若干政策", "支持建设海外创新孵化中心和离岸创新创业中心。",
     {("PlatformType", "海外创新孵化中心"), ("PlatformType", "离岸创新创业中心")}, {("PlatformType", "创新孵化中心")}),
    ("an overseas R&D centre among other activities", "天津市国际科技合作若干措施", "支持企业共建联合实验室、建立海外研发中心。",
     {("PlatformType", "海外研发中心")}, set()),
    ("neg a scope word before a kind", "某省高等教育促进条例", "统筹省内高等院校科技创新平台建设。",
     {("PlatformType", "高等院校科技创新平台")}, {("PlatformType", "省内高等院校科技创新平台")}),
    ("a patent navigation base recognised", "河北省知识产权若干措施", "对获批建设国家级专利导航服务基地的，给予50万元奖励。",
     {("PlatformType", "专利导航服务基地")}, {("PlatformType", "服务基地")}),
    # a plain verb opening a list's first item is no part of the field
    ("a verb before the first field", "深圳经济特区人工智能产业促进条例", "降低5G、物联网等新一代信息技术产品的市场准入门槛。",
     {("Industry", "5G"), ("Industry", "物联网")}, {("Industry", "降低5G")}),
    ("neg a verb inside a field's name", "北京市行动计划", "加快发展高端通用芯片、芯片设计工具、基础软件等产业。",
     {("Industry", "高端通用芯片")}, {("Industry", "芯片")}),
    ("neg an adverb and a verb of use", "某市节能条例", "鼓励优先使用新能源、可再生能源。",
     set(), {("Industry", "优先使用新能源")}),
    # 及 between a phrase and a vocabulary field inside a list's item parts two fields
    ("及 inside a middle item", "上海市嘉定区若干措施", "重点支持集成电路、高性能医疗设备及精准医疗、氢能等重点产业。",
     {("Industry", "高性能医疗设备"), ("Industry", "精准医疗")}, {("Industry", "高性能医疗设备及精准医疗")}),
    ("neg 及 before a bare head stays one", "陕西省实施方案", "大力发展航空发动机、软件产品及服务、新材料等产业。",
     set(), {("Industry", "服务")}),
]


@pytest.mark.parametrize(("title", "sentence", "must", "must_not"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_entities15b(title: str, sentence: str, must: Found, must_not: Found, vocab: vocabulary.Vocab) -> None:
    got = found(title, sentence, vocab)
    assert must <= got, f"missing {must - got}; got {sorted(got)}"
    assert not (must_not & got), f"unwanted {must_not & got}"


@pytest.mark.parametrize(("title", "centre"), [("上海市公共数据条例", "上海市大数据中心"), ("贵州省大数据发展应用促进条例", "贵州省大数据中心")])
def test_own_big_data_centre(title: str, centre: str, vocab: vocabulary.Vocab) -> None:
    """市|大数据中心 具体负责…: the one centre the document's province or city runs, named by its place, no kind."""
    level = centre[2]
    got = found(title, f"{level}大数据中心具体负责公共数据的归集、整合和共享工作。", vocab)
    assert ("Platform", centre) in got and ("PlatformType", "大数据中心") not in got


def test_a_graded_big_data_centre_stays_the_kind(vocab: vocabulary.Vocab) -> None:
    """建设市级大数据中心: a grade before the kind (市级), no one centre; 区大数据中心 in a city's law: every district's."""
    assert ("PlatformType", "大数据中心") in found("某市数字经济促进条例", "各区可以建设区级大数据中心。", vocab)
    assert not any(kind == "Platform" for kind, _ in found("杭州市数字经济促进条例", "区大数据中心负责本区公共数据汇聚。", vocab))
