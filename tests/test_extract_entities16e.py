"""ent16e: entity classes the first waves left: kinds of platform support measures name (智算中心, 科技金融服务中心,
人工智能开放创新平台, 国际 before a kind), guarantee funds a sentence draws on, science cities and belts in the gazetteer, a zone's bodies
after 中国(X), a group set up under its place's name, and no body across a head's verb; an action plan quoted in
full (…行动方案), the document's own title no programme.

Sentences of our own in the style of support measures, action plans and regulations; none is taken from corpus-dev or
the gold documents. Each case gives the document's title, the sentence, the entities it must yield and those it must not.
"""

from __future__ import annotations

import pytest
from test_extract_entities12 import Found, found

from kg import vocab as vocabulary

CASES: list[tuple[str, str, str, Found, Found]] = [
    # kinds of platform
    ("a computing centre written short", "合肥市算力产业若干措施", "对新建的智算中心,按设备投资额的10%给予补助。",
     {("PlatformType", "智能计算中心")}, set()),
    ("a finance service centre of a grade", "苏州市科技金融若干措施", "支持各区建设科技金融服务中心,经认定为省级的给予奖励。",
     {("PlatformType", "科技金融服务中心")}, set()),
    ("an AI open platform", "杭州市人工智能行动计划", "支持龙头企业牵头建设人工智能开放创新平台,向中小企业开放算力。",
     {("PlatformType", "人工智能开放创新平台")}, {("Industry", "人工智能")}),
    ("国际 before a kind of platform", "江苏省国际科技合作若干措施", "对新认定的国际科技企业孵化器给予一次性奖励50万元。",
     {("PlatformType", "国际科技企业孵化器")}, {("PlatformType", "科技企业孵化器")}),
    ("国际 before a kind's other wording", "四川省开放创新行动方案", "推进国际技术转移中心建设,促进技术跨境转移。",
     {("PlatformType", "国际技术转移中心")}, {("PlatformType", "技术转移机构")}),
    ("neg a kind not right after 国际", "浙江省科技创新条例", "建设国际一流的科技企业孵化器。",
     {("PlatformType", "科技企业孵化器")}, {("PlatformType", "国际科技企业孵化器")}),
    ("neg a finance service alone is no centre", "成都市科技金融条例", "鼓励银行为科技企业提供科技金融服务。",
     set(), {("PlatformType", "科技金融服务中心")}),
    ("the accreditation administration", "广州市检验检测行动方案", "对取得国家认监委资质认定的检验检测机构给予奖励。",
     {("Agency", "国家认证认可监督管理委员会")}, set()),
    # guarantee funds a sentence draws on
    ("a guarantee fund of a field", "湖南省小微企业融资若干措施", "发挥中小微企业融资担保基金作用,降低担保费率。",
     {("Programme", "中小微企业融资担保基金")}, set()),
    ("a guarantee fund named by its place", "重庆市科技型企业融资方案", "通过重庆市科技型企业融资担保基金为初创企业增信。",
     {("Programme", "重庆市科技型企业融资担保基金")}, set()),
    ("neg guarantee money of no fund", "江西省融资担保条例", "鼓励融资担保机构降低担保费率。", set(),
     {("Programme", "融资担保基金")}),
    # science cities and belts
    ("a science city beside other zones", "深圳市科技创新行动方案", "支持光明科学城、河套深港科技创新合作区建设大科学装置。",
     {("Region", "光明科学城"), ("Region", "河套深港科技创新合作区")}, set()),
    ("a science-and-innovation belt before a zone", "无锡市科技金融若干措施", "引导基金重点投向太湖湾科创带和无锡国家高新技术产业开发区。",
     {("Region", "太湖湾科创带"), ("Region", "无锡国家高新技术产业开发区")}, {("Region", "太湖湾科创带和无锡国家高新技术产业开发区")}),
    ("a science-and-education city", "深圳市人工智能若干措施", "支持人工智能企业落户西丽湖国际科教城。", {("Region", "西丽湖国际科教城")}, set()),
    ("a collaborative innovation zone in full", "重庆市科技创新若干措施", "加快建设重庆两江协同创新区,集聚高校院所。",
     {("Region", "重庆两江协同创新区")}, {("Region", "重庆两江协同")}),
    # a zone's bodies after 中国(X), and groups set up under their place's name
    ("a free trade zone's leading group", "福建省自由贸易试验区条例", "第六条 中国(福建)自由贸易试验区推进工作领导小组负责研究决定重大事项。",
     {("Agency", "中国(福建)自由贸易试验区推进工作领导小组")}, set()),
    ("a free trade zone's committee", "湖北省自由贸易试验区条例", "中国(湖北)自由贸易试验区管理委员会负责日常管理。",
     {("Agency", "中国(湖北)自由贸易试验区管理委员会")}, set()),
    ("a district's group set up under its head", "宝安区数字经济行动计划", "成立由区长任组长的宝安区数字经济发展领导小组,统筹推进各项工作。",
     {("Agency", "宝安区数字经济发展领导小组")}, {("Agency", "数字经济发展领导小组")}),
    ("neg a body's head, then its verb, then a group", "江苏省自由贸易试验区条例", "省商务主管部门承担领导小组日常工作。",
     set(), {("Agency", "江苏省商务主管部门承担领导小组")}),
    # action plans quoted: the plan's name ends with 方案; the document's own title is no programme it names
    ("an action plan quoted", "常州市科技金融若干措施", "为落实《江苏省数字经济高质量发展行动方案》要求,制定本措施。",
     {("Programme", "江苏省数字经济高质量发展行动方案")}, {("Programme", "江苏省数字经济高质量发展行动")}),
    ("neg the document's own title", "南京市人工智能产业发展行动计划(2025—2027年)",
     "南京市人民政府办公厅关于印发《南京市人工智能产业发展行动计划（2025—2027年）》的通知",
     set(), {("Programme", "南京市人工智能产业发展行动计划")}),
    ("another plan than the document's own", "南京市人工智能产业发展行动计划(2025—2027年)", "深入实施南京市数字经济提升行动计划,推动算力建设。",
     {("Programme", "南京市数字经济提升行动计划")}, set()),
    # a national body's office at a place, one name as written
    ("a regulator's branch in a city", "无锡市科技金融若干措施", "建立由市科技局、国家金融监督管理总局无锡监管分局等部门参加的联席会议制度。",
     {("Agency", "国家金融监督管理总局无锡监管分局")}, {("Agency", "无锡监管分局")}),
    ("a regulator's office in a province", "江苏省科技金融行动方案", "国家金融监督管理总局江苏监管局指导银行开展科技信贷。",
     {("Agency", "国家金融监督管理总局江苏监管局")}, {("Agency", "江苏监管局")}),
    ("neg a national body listed before a city's body", "苏州市科技创新条例", "科学技术部、苏州市科学技术局应当加强协作。",
     {("Agency", "科学技术部"), ("Agency", "苏州市科学技术局")}, {("Agency", "科学技术部苏州市科学技术局")}),
    ("neg every city's group", "河北省开放型经济条例", "各设区的市应当成立由市长任组长的对外开放领导小组。",
     set(), {("Agency", "对外开放领导小组")}),
]


@pytest.mark.parametrize(("title", "sentence", "must", "must_not"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_entities16e(title: str, sentence: str, must: Found, must_not: Found, vocab: vocabulary.Vocab) -> None:
    got = found(title, sentence, vocab)
    assert must <= got, f"missing {must - got}; got {sorted(got)}"
    assert not (must_not & got), f"unwanted {must_not & got}"
