"""ent15c: entities of real regulations (dev6's classes): rules of science and patent work a government sets up
(建立科技战略决策咨询机制, 建立和完善…制度), funds named by the work they pay for (科学技术开发基金), kinds of platform
listed before 的设立/的建设, national bodies named by function after 国家, and kinds the vocabulary lacked.

Sentences of our own in the style of regulations, support measures and action plans of several provinces; none is
taken from corpus-dev or the gold documents. Each case gives the document's title, the sentence, the entities it
must yield and those it must not.
"""

from __future__ import annotations

import pytest
from test_extract_entities12 import Found, found

from kg import vocab as vocabulary

RULES: list[tuple[str, str, str, Found, Found]] = [
    ("a province's rule of science work", "江西省科学技术进步条例", "第十二条 省人民政府应当建立科技成果评价机制，引导社会资本参与成果转化。",
     {("Programme", "科技成果评价机制")}, set()),
    ("an action plan's item has no subject", "长沙市科技创新行动方案", "（三）建立科技特派员服务评价机制。市科技局负责，各区县配合。",
     {("Programme", "科技特派员服务评价机制")}, set()),
    ("a bureau sets up a patent rule", "宁波市专利促进条例", "市知识产权局应当建立专利导航分析机制，为重点产业提供服务。",
     {("Programme", "专利导航分析机制")}, set()),
    ("two verbs joined before the rule", "合肥市科技创新若干政策", "区人民政府应当建立和完善科技创新券兑付制度。",
     {("Programme", "科技创新券兑付制度")}, set()),
    ("建立并完善", "无锡市科技计划管理办法", "市科技行政部门建立并完善科技项目评审专家库管理制度。",
     {("Programme", "科技项目评审专家库管理制度")}, set()),
    ("an idiom inside a rule's name", "杭州市人才发展条例", "本市建立科技人才流动机制。",
     {("Programme", "科技人才流动机制")}, set()),
    ("neg an enterprise's own rule", "东莞市专利促进若干措施", "鼓励企业建立专利预警制度，防范海外知识产权风险。",
     set(), {("Programme", "专利预警制度")}),
    ("neg a university's own rule", "贵州省科技成果转化条例", "高等学校应当建立科技成果转化管理制度。",
     set(), {("Programme", "科技成果转化管理制度")}),
    ("neg a platform operator's rule", "浙江省知识产权保护条例", "电子商务平台经营者应当建立专利侵权投诉处理机制。",
     set(), {("Programme", "专利侵权投诉处理机制")}),
    ("neg an institute the government set up", "福建省科学技术进步条例", "政府设立的研究开发机构应当建立科技人员考核制度。",
     set(), {("Programme", "科技人员考核制度")}),
    ("neg a generic rule", "山西省专利条例", "县级以上人民政府应当建立专利工作机制。",
     set(), {("Programme", "专利工作机制")}),
    ("neg a budget's growth", "温州市科技创新行动方案", "建立财政科技投入稳定增长机制，市本级财政科技支出年均增长10%以上。",
     set(), {("Programme", "财政科技投入稳定增长机制")}),
    ("neg a rule improved, not set up", "昆明市科技计划项目管理办法", "完善科技项目管理机制。",
     set(), {("Programme", "科技项目管理机制")}),
]

FUNDS: list[tuple[str, str, str, Found, Found]] = [
    ("a fund named by the work it pays for", "广西壮族自治区农业科技条例", "省设立农业科学技术推广基金，用于支持农业新品种推广。",
     {("Programme", "农业科学技术推广基金")}, set()),
    ("two funds joined by 和", "珠海市科技创新若干措施", "市人民政府设立软件开发基金和科技成果转化基金。",
     {("Programme", "软件开发基金"), ("Programme", "科技成果转化基金")}, set()),
    ("neg a fund others are encouraged to set up", "陕西省科学技术进步条例", "鼓励社会力量设立公益性科学研究基金。",
     set(), {("Programme", "公益性科学研究基金")}),
    ("neg a verb opening the phrase", "河北省中小企业促进条例", "设立促进中小企业发展的专项基金。",
     set(), {("Programme", "促进中小企业发展的专项基金")}),
]

PLATFORMS: list[tuple[str, str, str, Found, Found]] = [
    ("kinds listed before 的设立", "青岛市技术市场条例", "支持技术转移服务机构、科技成果评价机构的设立和发展。",
     {("PlatformType", "科技成果评价机构")}, set()),
    ("kinds listed before 的建设", "成都市科技创新若干政策", "加快推进工程技术研究中心、重点实验室等研发平台的建设。",
     {("PlatformType", "工程技术研究中心"), ("PlatformType", "重点实验室")}, set()),
    ("neg a layout, not a building", "湖北省科学技术进步条例", "优化研究开发机构的布局。",
     set(), {("PlatformType", "研究开发机构")}),
    ("neg a named park cut short", "苏州市开发区条例", "加快苏州新技术产业园区的建设。",
     set(), {("PlatformType", "技术产业园区")}),
    ("neg growth, not building", "南京市科技服务业促进办法", "支持各类服务机构的发展。",
     set(), {("PlatformType", "服务机构")}),
    ("vocabulary: venues of popular science", "云南省科学技术普及条例", "各类科普场馆应当向公众开放。",
     {("PlatformType", "科普场馆")}, set()),
    ("vocabulary: incubation organisations, no enterprise type", "天津市科技创新若干措施", "对科技企业孵化机构给予运营补贴。",
     {("PlatformType", "科技企业孵化机构")}, {("EnterpriseType", "科技型企业")}),
    ("vocabulary: functional platforms", "上海市促进科技成果转化条例", "支持研发与转化功能型平台建设。",
     {("PlatformType", "功能型平台")}, set()),
    ("vocabulary: research wards", "北京市生物医药产业行动计划", "支持三级医院设立研究型病房。",
     {("PlatformType", "研究型病房")}, set()),
]

BODIES: list[tuple[str, str, str, Found, Found]] = [
    ("a national body after 国家", "海南省药品管理条例", "申请人应当向国家药品监督管理部门提交上市许可申请。",
     {("Agency", "国家药品监督管理局")}, {("Agency", "国家药品监督管理部门")}),
    ("a short function after 国家", "重庆市数据条例", "数据出境应当通过国家网信部门组织的安全评估。",
     {("Agency", "国家互联网信息办公室")}, set()),
    ("国务院 and a drug function", "江苏省药品管理条例", "国务院药品监督管理部门会同有关部门制定办法。",
     {("Agency", "国家药品监督管理局")}, set()),
    ("neg 国家有关部门 names no body", "四川省科学技术进步条例", "配合国家有关部门开展工作。",
     set(), {("Agency", "国家有关部门")}),
    ("Shenzhen's science body by function", "深圳经济特区科技创新条例", "市科技创新部门、市卫生健康部门负责监督管理。",
     {("Agency", "深圳市科技创新委员会")}, {("Agency", "深圳市科技创新部门")}),
    ("zones named as carriers", "上海市科技创新中心建设条例", "推进大零号湾、长三角G60科创走廊等重要承载区建设。",
     {("Region", "大零号湾"), ("Region", "长三角G60科创走廊")}, set()),
    ("a city's leading industries", "上海市产业发展若干意见", "围绕先导产业、战略性新兴产业和未来产业发展。",
     {("Industry", "先导产业"), ("Industry", "未来产业")}, set()),
]

CASES = RULES + FUNDS + PLATFORMS + BODIES


@pytest.mark.parametrize(("title", "sentence", "must", "must_not"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_regulation_entities(title: str, sentence: str, must: Found, must_not: Found, vocab: vocabulary.Vocab) -> None:
    got = found(title, sentence, vocab)
    assert must <= got, f"missing {must - got}; got {sorted(got)}"
    assert not (must_not & got), f"unwanted {must_not & got}"
