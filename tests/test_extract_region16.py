"""ent16c: regions on real text: places inside a port's name (宁波舟山港) are no places of the text; 港澳 and the
special economic zones are regions of their own, a special economic zone's regulation governs its city; a zone found
by its grammar has the division its name places it in as parent (regions.jsonl).

Sentences of our own in the style of support measures, action plans, regulations and Taiwan's rules; none is taken
from corpus-dev or the gold documents. Each case gives the document's title, the sentence, the entities it must
yield and those it must not.
"""

from __future__ import annotations

import pytest
from test_extract_entities12 import Found, found

from kg import vocab as vocabulary
from kg.pipeline import from_text

CASES: list[tuple[str, str, str, Found, Found]] = [
    # a port named after its place(s): no region
    ("ports listed in an action plan", "安徽省多式联运行动计划", "加强与青岛港、连云港港等枢纽港合作,拓展海铁联运通道。",
     set(), {("Region", "青岛市")}),
    ("a port named after two places", "江西省开放型经济若干措施", "支持企业经宁波舟山港开展外贸集装箱运输。",
     set(), {("Region", "宁波市"), ("Region", "舟山市")}),
    ("a port's own name after its city", "湖北省航运高质量发展实施方案", "推动武汉阳逻港与上海洋山港联动发展。",
     set(), {("Region", "上海市"), ("Region", "武汉市")}),
    ("a port before its verb", "四川省促进内河航运条例", "第十条 省人民政府支持泸州港建设成为长江上游航运枢纽。",
     {("Agency", "四川省人民政府")}, {("Region", "泸州市")}),
    ("neg the place named beside its port", "广西北部湾港口发展若干措施", "支持钦州市、北海市提升港口集疏运能力。",
     {("Region", "钦州市"), ("Region", "北海市")}, set()),
    ("neg a bonded zone keeps its name", "天津市开放型经济条例", "支持天津港保税区发展融资租赁业务。",
     {("Region", "天津港保税区")}, set()),
    ("neg Hong Kong is the place", "深圳市人才引进若干措施", "对在香港、澳门执业的专业人才给予便利。",
     {("Region", "香港特别行政区")}, set()),
    ("neg a port word inside a longer word", "福建省物流业发展规划", "支持福州市港口物流企业发展。",
     {("Region", "福州市")}, set()),
    # 港澳 alone, and the special economic zones
    ("港澳 before the persons it qualifies", "广州市青年就业创业若干措施", "支持港澳青年在本市创新创业,给予场地租金补贴。",
     {("Region", "港澳")}, {("Region", "港澳台")}),
    ("港澳 after a preposition", "上海市职业教育条例", "本市建立与港澳职业院校的交流合作机制。", {("Region", "港澳")}, set()),
    ("neg 港澳台 stays whole", "福建省台胞台企若干措施", "港澳台同胞投资企业享受同等待遇。", {("Region", "港澳台")}, {("Region", "港澳")}),
    ("neg 粤港澳大湾区 stays whole", "东莞市实施方案", "深度融入粤港澳大湾区建设。", {("Region", "粤港澳大湾区")}, {("Region", "港澳")}),
    ("a special economic zone", "深圳经济特区人工智能产业促进条例", "第二条 本条例适用于深圳经济特区内人工智能产业的促进活动。",
     {("Region", "深圳经济特区")}, {("Region", "深圳市")}),
    ("another special economic zone", "厦门市人民代表大会常务委员会关于促进科技创新的决定", "厦门经济特区应当发挥对台先行先试作用。",
     {("Region", "厦门经济特区")}, set()),
    # Taiwan style: a port written in Traditional characters
    ("a Taiwan port", "高雄市產業創新補助要點", "對於位於高雄港之業者,補助上限新臺幣五十萬元。", set(), {("Region", "高雄市")}),
]


@pytest.mark.parametrize(("title", "jurisdiction"), [
    ("深圳经济特区数据条例", "深圳市"),
    ("汕头经济特区企业技术创新条例", "汕头市"),
    ("横琴粤澳深度合作区发展促进条例", "横琴粤澳深度合作区"),
])
def test_special_economic_zone_governs_its_city(title: str, jurisdiction: str, vocab: vocabulary.Vocab) -> None:
    """深圳经济特区…条例 is the city's law (the annotators' jurisdiction 深圳市); a zone that is no city's whole stays."""
    doc = from_text(f"{title}\n第一条 为了促进发展,制定本条例。", vocab)
    assert doc.meta.jurisdiction == jurisdiction


@pytest.mark.parametrize(("zone", "parent"), [
    ("中国(山东)自由贸易试验区济南片区", "济南市"),
    ("杭州城西科创大走廊", "杭州市"),
    ("宁波前湾新区", "宁波市"),
    ("中国(广东)自由贸易试验区珠海横琴新区片区", "珠海市"),
    ("成都东部新区", "成都市"),
    ("宁波杭州湾新区", "宁波市"),
    ("中国(杭州)跨境电子商务综合试验区", "杭州市"),
])
def test_zone_found_by_grammar_has_its_division_as_parent(zone: str, parent: str, vocab: vocabulary.Vocab) -> None:
    """A zone the gazetteer does not know is placed in the last division its name writes (regions.jsonl)."""
    assert (zone, parent) in vocab.region_parents({zone})


def test_a_name_with_no_division_has_no_parent(vocab: vocabulary.Vocab) -> None:
    assert vocab.region_parents({"新旧动能转换综合试验区"}) == []


ZONE_CASES: list[tuple[str, str, str, Found, Found]] = [
    # a part of a city named in its zone's name, and before a bracketed place
    ("a new area in the east of its city", "成都市国土空间规划实施方案", "支持成都东部新区建设国际航空枢纽。",
     {("Region", "成都东部新区")}, set()),
    ("a science city of a part of the country", "四川省科技创新行动计划", "推动西部(成都)科学城建设综合性科学中心。",
     {("Region", "西部(成都)科学城")}, set()),
    ("another region's new area", "湖北省若干措施", "支持武汉南部新区建设临空产业园。", {("Region", "武汉南部新区")}, set()),
    ("neg a side of a site is no part of a zone's name", "上海市临港新片区条例", "在浦东国际机场南侧区域设置新片区。",
     set(), {("Region", "浦东国际机场南侧区域设置新片区")}),
    ("neg the east of a city is a place", "长春市若干措施", "鼓励企业在长春东部发展冰雪产业。", set(), {("Region", "长春东部")}),
    # the Lin-gang special area written short after its zone
    ("a special area after its zone", "上海市科学技术进步条例", "本市支持浦东新区、中国(上海)自由贸易试验区及临港新片区先行先试。",
     {("Region", "中国(上海)自由贸易试验区临港新片区"), ("Region", "浦东新区")}, set()),
]

CASES += ZONE_CASES


@pytest.mark.parametrize(("title", "sentence", "must", "must_not"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_region16(title: str, sentence: str, must: Found, must_not: Found, vocab: vocabulary.Vocab) -> None:
    got = found(title, sentence, vocab)
    assert must <= got, f"missing {must - got}; got {sorted(got)}"
    assert not (must_not & got), f"unwanted {must_not & got}"


BODY_CASES: list[tuple[str, str, str]] = [
    # bodies named by their function: the body holding it at the place's level, as the annotators name it
    ("浙江省科技创新条例", "第八条 省国有资产监督管理部门应当完善国有企业研发投入考核制度。", "浙江省人民政府国有资产监督管理委员会"),
    ("北京市国有企业创新若干措施", "市国资部门应当将研发投入视同利润考核。", "北京市人民政府国有资产监督管理委员会"),
    ("天津市人才发展条例", "市人力社保部门应当会同市财政部门制定人才补贴办法。", "天津市人力资源和社会保障局"),
    ("上海市生物医药产业促进条例", "市药品监管部门应当优化细胞治疗产品审评服务。", "上海市药品监督管理局"),
    ("河北省数字经济促进条例", "省通信管理部门负责推进5G基站建设。", "河北省通信管理局"),
    ("天津市网络安全条例", "市互联网信息主管部门负责统筹协调网络数据安全工作。", "中共天津市委网络安全和信息化委员会办公室"),
    ("外商投资法实施条例", "国务院外经贸主管部门会同有关部门制定外商投资准入负面清单。", "商务部"),
    ("著作权法实施条例", "国务院著作权行政管理部门负责全国的著作权管理工作。", "国家版权局"),
    ("广东省版权条例", "省著作权行政管理部门负责本省的著作权管理工作。", "广东省版权局"),
]


@pytest.mark.parametrize(("title", "sentence", "body"), BODY_CASES, ids=[c[2] for c in BODY_CASES])
def test_body_by_function16(title: str, sentence: str, body: str, vocab: vocabulary.Vocab) -> None:
    assert ("Agency", body) in found(title, sentence, vocab)


def test_a_city_has_no_communications_bureau(vocab: vocabulary.Vocab) -> None:
    """通信管理局 is a province's (and a municipality's): a city's 市通信管理部门 keeps the wording."""
    got = found("杭州市信息基础设施条例", "市通信管理部门负责本市通信设施建设。", vocab)
    assert ("Agency", "杭州市通信管理局") not in got
