"""ent13: relative bodies with no function list (科协, 工商联), funds named after a level, zones by their head.

Sentences of our own in the style of support measures (若干措施), action plans (行动计划/实施方案) and
regulations, from several provinces; none is taken from corpus-dev or the gold documents. Each case gives
the document's title (its place is the jurisdiction a relative name resolves to), the sentence, the
entities it must yield and those it must not.
"""

from __future__ import annotations

import pytest
from test_extract_entities12 import Found, found

from kg import vocab as vocabulary

CASES: list[tuple[str, str, str, Found, Found]] = [
    # relative bodies with no function list, resolved like 市科委
    ("people's bodies after their level", "长沙市人民政府关于支持科技创新的若干措施", "市科协、市工商联联合举办科技企业家创新论坛。",
     {("Agency", "长沙市科学技术协会"), ("Agency", "长沙市工商业联合会")}, {("Agency", "市科协")}),
    ("a province's people's bodies", "江西省人民政府关于印发江西省科技创新行动计划的通知", "省科协、省社科联要组织专家开展决策咨询。",
     {("Agency", "江西省科学技术协会"), ("Agency", "江西省社会科学界联合会")}, set()),
    ("a long kind jieba cuts in two", "嘉兴市科技创新促进条例", "市、县（区）科学技术协会协助科学技术行政部门开展科普工作。",
     {("Agency", "嘉兴市科学技术协会")}, set()),
    ("a long kind after a place in full", "关于加快建设科技强省的实施方案", "广西壮族自治区科学技术协会牵头组织科技工作者座谈会。",
     {("Agency", "广西壮族自治区科学技术协会")}, set()),
    ("a level jieba glues to a function", "青海省数字经济促进条例", "省网信部门负责统筹协调数据安全工作。",
     {("Agency", "中共青海省委网络安全和信息化委员会办公室")}, set()),
    ("a dictionary word that starts with a level", "青海省数字经济促进条例", "市场监管部门负责监督检查。",
     set(), {("Agency", "青海省场监管部门"), ("Agency", "场监管部门")}),
    ("a verb's last character glued to the level", "青岛市科技创新促进条例", "确有困难的，可以按程序报市税务机关审批。",
     {("Agency", "青岛市税务局")}, set()),
    ("a dictionary word that ends in a level", "青岛市科技创新促进条例", "全市人民政府各部门、城市管理部门应当加强协调。",
     set(), {("Agency", "青岛市人民政府"), ("Agency", "市管理部门")}),
    # funds named after a level
    ("a city's guidance fund", "合肥市人民政府关于支持科技创新的若干政策", "市科技创新引导基金对初创期科技企业开展股权投资。",
     {("Programme", "合肥市科技创新引导基金")}, set()),
    ("a district's industry fund", "杭州市滨江区人民政府关于促进数字经济发展的若干措施", "区产业基金参股设立的子基金投资区内企业的，给予风险补助。",
     {("Programme", "滨江区产业基金")}, {("Programme", "杭州市滨江区产业基金")}),
    ("two funds in a list", "武汉市人民政府关于加快培育科技企业的实施意见", "市产业投资基金、市天使基金重点支持种子期项目。",
     {("Programme", "武汉市产业投资基金"), ("Programme", "武汉市天使基金")}, set()),
    # negatives: no fund's name
    ("a fund's kind alone", "郑州市人民政府关于支持科技创新的若干措施", "市专项资金优先支持重大科技项目。",
     set(), {("Programme", "郑州市专项资金")}),
    ("money, no fund", "西安市人民政府关于支持科技创新的若干措施", "市财政资金对新认定的企业给予奖励。", set(),
     {("Programme", "西安市财政资金")}),
    ("a fund's rule", "广州市人民政府关于支持科技创新的若干措施", "市科技专项资金管理办法由市财政局另行制定。",
     {("Agency", "广州市财政局")}, {("Programme", "广州市科技专项资金")}),
    ("a list of levels before money", "南昌市科技创新促进条例", "市、县（区）专项资金优先支持产业集聚区建设。",
     set(), {("Programme", "南昌市专项资金"), ("Programme", "县专项资金")}),
    ("the body that sets a fund up", "厦门市人民政府关于支持科技创新的若干措施", "市人民政府设立科技成果转化引导基金。",
     {("Programme", "科技成果转化引导基金")}, {("Programme", "厦门市人民政府设立科技成果转化引导基金")}),
    ("a word that starts with a level", "武汉市人民政府关于支持科技创新的若干措施", "市场投资基金不断发展，城市发展资金持续增加。",
     set(), {("Programme", "武汉市场投资基金"), ("Programme", "城市发展资金")}),
    # a sum between the verb and the fund it sets up or allots
    ("a fund set up with its size", "福州市人民政府关于支持科技创新的若干措施", "区政府设立2亿元科技创新专项资金，用于支持企业研发。",
     {("Programme", "科技创新专项资金")}, {("Programme", "2亿元科技创新专项资金")}),
    ("a fund allotted with its size", "湖北省科技创新行动计划", "省财政每年安排3000万元人才发展专项资金。",
     {("Programme", "人才发展专项资金")}, set()),
    ("money of no named fund after a sum", "贵阳市人民政府关于支持科技创新的若干措施", "设立1000万元奖励资金，对获奖团队给予奖励。",
     set(), {("Programme", "奖励资金")}),
    # zones named by their head after a place
    ("an economic zone after a place jieba knows", "河南省促进科技成果转化条例", "第一条 为推动中原经济区建设，制定本条例。",
     {("Region", "中原经济区")}, set()),
    ("a corridor jieba cuts", "杭州市人民政府关于推进科技创新的实施方案", "加快打造杭州城西科创大走廊创新策源地。",
     {("Region", "杭州城西科创大走廊")}, set()),
    ("a science city after a place", "四川省科技创新行动计划", "支持成都科学城、中国（绵阳）科技城建设重大科技基础设施。",
     {("Region", "成都科学城"), ("Region", "中国(绵阳)科技城")}, set()),
    ("two zones joined by 和", "河南省科技创新行动计划", "加快建设郑洛新国家自主创新示范区和中原科技城。",
     {("Region", "中原科技城")}, {("Region", "郑洛新国家自主创新示范区和中原科技城")}),
    # vocabulary added in ent13 (reviewed: designations support measures fund by name, an alias of a known kind)
    ("a provincial designation of an R&D centre", "宁波市人民政府关于支持企业创新的若干措施", "对新认定的省级高新技术企业研究开发中心，给予20万元奖励。",
     {("PlatformType", "企业研究开发中心")}, set()),
    ("an enterprise designation in quotes", "温州市人民政府关于支持企业创新的若干措施", "企业首次入选省级“雄鹰企业”的，给予50万元奖励。",
     {("EnterpriseType", "雄鹰企业")}, set()),
    ("an alliance's short form", "湖北省促进科技成果转化条例", "鼓励企业与高等学校联合建立技术转移机构或者技术创新联盟。",
     {("PlatformType", "产业技术创新战略联盟")}, set()),
    # negatives: generic words, no place before the head
    ("a head with no place", "关于推进科技创新的实施方案", "在经济区内设立分支机构，打造科技创新区，建设科学城。",
     set(), {("Region", "经济区"), ("Region", "科技创新区"), ("Region", "科学城")}),
    ("a common noun jieba tags a place", "关于推进新型城镇化的实施方案", "推动城市经济区协调发展。", set(), {("Region", "城市经济区")}),
    ("a partner joined to a zone", "横琴粤澳深度合作区条例", "广东省有关部门与合作区管理机构建立协同机制。", set(),
     {("Region", "广东省有关部门与合作区")}),
]


@pytest.mark.parametrize(("case", "title", "sentence", "wanted", "unwanted"), CASES, ids=[c[0] for c in CASES])
def test_ent13_entities(vocab: vocabulary.Vocab, case: str, title: str, sentence: str, wanted: Found, unwanted: Found) -> None:
    got = found(title, sentence, vocab)
    assert wanted <= got, f"{case}: missing {wanted - got}, got {got}"
    assert not unwanted & got, f"{case}: unwanted {unwanted & got}"
