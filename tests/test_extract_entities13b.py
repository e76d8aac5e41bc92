"""ent13b: entities of support measures and plans: bodies of county-level cities and of the party committee's groups,
funds named after a level's grade, quoted initiatives and vouchers, organisations and fields in lists, zones' cities.

Sentences of our own in the style of support measures (若干措施), action plans (行动计划/实施方案) and regulations
of several provinces; none is taken from corpus-dev or the gold documents. Each case gives the document's title (its
place is the jurisdiction a relative name resolves to), the sentence, the entities it must yield and those it must not.
"""

from __future__ import annotations

import pytest
from test_extract_entities12 import Found, found

from kg import vocab as vocabulary

CASES: list[tuple[str, str, str, Found, Found]] = [
    # a county-level city's bodies are named by the city alone; a district's keep their city
    ("a county-level city's bureaus", "昆山市人民政府关于促进科技创新的若干政策", "本政策由市科技局、市财政局负责解释。",
     {("Agency", "昆山市科学技术局"), ("Agency", "昆山市财政局")}, {("Agency", "苏州市昆山市科学技术局")}),
    ("another county-level city", "慈溪市加快科技企业培育若干意见", "市市场监管局负责知识产权奖励的审核。",
     {("Agency", "慈溪市市场监督管理局")}, {("Agency", "宁波市慈溪市市场监督管理局")}),
    ("a district keeps its city", "杭州市余杭区促进科技创新若干政策", "区科技局负责组织实施。", {("Agency", "杭州市余杭区科学技术局")}, set()),
    # groups and offices of the party committee named by their work
    ("a leading group of the party committee", "温州市人才发展若干措施", "市委人才工作领导小组负责统筹协调，市委人才办负责日常工作。",
     {("Agency", "中共温州市委人才工作领导小组"), ("Agency", "中共温州市委人才工作领导小组办公室")}, {("Agency", "中共温州市委")}),
    ("a province's science committee", "湖南省科技创新行动计划", "省委科技委员会办公室负责统筹推进。",
     {("Agency", "中共湖南省委科技委员会办公室")}, {("Agency", "中共湖南省委")}),
    ("the cyberspace office in short", "南宁市数字经济发展若干措施", "牵头单位：市委网信办、市大数据局。",
     {("Agency", "中共南宁市委网络安全和信息化委员会办公室")}, {("Agency", "中共南宁市委")}),
    ("neg the party committee's department", "成都市人才发展若干措施", "市委组织部、市委宣传部按职责分工负责。",
     {("Agency", "中共成都市委组织部"), ("Agency", "中共成都市委宣传部")}, {("Agency", "中共成都市委")}),
    ("neg the party committee before a verb", "贵阳市科技创新行动方案", "市委统筹领导全市科技创新工作。", {("Agency", "中共贵阳市委")}, set()),
    ("a data bureau's short kind", "安徽省数字经济实施方案", "（省数据资源局牵头，省通信管理局配合）",
     {("Agency", "安徽省数据资源管理局"), ("Agency", "安徽省通信管理局")}, {("Agency", "安徽省数据资源局")}),
    # funds named after a level's grade (省级…资金) where no verb sets them up; more kinds of fund
    ("a province's fund named by its grade", "江西省加快科技成果转化若干措施", "所需经费从省级科技成果转化专项资金中列支。",
     {("Programme", "江西省科技成果转化专项资金")}, set()),
    ("neg a fund of that grade set up", "江西省加快科技成果转化若干措施", "设立省级天使投资引导基金，撬动社会资本。",
     {("Programme", "天使投资引导基金")}, {("Programme", "江西省天使投资引导基金")}),
    ("neg a grade of money, no fund", "江西省加快科技成果转化若干措施", "省级专项资金优先支持重大项目。", set(), {("Programme", "江西省专项资金")}),
    ("funds coordinated in a list", "湖南省加快科技成果转化若干措施", "统筹科技创新专项资金、人才发展专项资金等资金，对创新联合体给予支持。",
     {("Programme", "科技创新专项资金"), ("Programme", "人才发展专项资金")}, set()),
    ("neg money coordinated, no fund named", "湖南省加快科技成果转化若干措施", "统筹使用财政专项资金，支持企业研发。",
     set(), {("Programme", "使用财政专项资金"), ("Programme", "财政专项资金")}),
    ("neg coordinating work on a fund", "湖南省加快科技成果转化若干措施", "统筹推进科技创新专项资金管理改革。", set(), {("Programme", "推进科技创新专项资金")}),
    ("a province's theme fund", "山东省人工智能产业发展行动计划", "设立规模50亿元的省人工智能产业主题基金，投资早期项目。",
     {("Programme", "山东省人工智能产业主题基金")}, set()),
    ("a risk compensation fund", "四川省知识产权强省建设若干措施", "省知识产权质押融资风险补偿资金对合作银行给予风险分担。",
     {("Programme", "四川省知识产权质押融资风险补偿资金")}, set()),
    # quoted names: an initiative named X+, a voucher, an event with one word before 活动
    ("an initiative named X+", "河南省机器人产业发展行动方案", "全面推进“机器人+”行动，拓展应用场景。",
     {("Programme", "机器人+")}, {("Programme", "机器人+行动")}),
    ("a quoted voucher", "江苏省算力基础设施发展若干措施", "发放“数据券”，支持中小企业购买数据服务。", {("Programme", "数据券")}, set()),
    ("neg a bond, unquoted", "江苏省科技金融若干措施", "支持科技企业发行债券融资。", set(), {("Programme", "债券")}),
    ("an event with a word before 活动", "福建省科技成果转化行动方案", "每年举办“科技入企”对接活动50场以上。", {("Programme", "科技入企")}, set()),
    ("neg a short slogan before 活动", "福建省科技成果转化行动方案", "开展“双创”对接活动。", set(), {("Programme", "双创")}),
    ("a quoted prize", "广东省技能人才若干措施", "对获得“中华技能大奖”的，给予每人30万元奖励。", {("Programme", "中华技能大奖")}, set()),
    # a quoted title awarded is a Programme too (gold-synth2 s010 and gold-synth3 s019 annotate 全国技术能手 so; kg/extract/honours.py)
    ("a quoted title awarded", "广东省技能人才若干措施", "对获得“全国技术能手”称号的，给予奖励。", {("Programme", "全国技术能手")}, set()),
    # a programme whose kind word holds a word of its name (人才|安居工程), not a kind with one modifier (重大|工程)
    ("a kind word holding part of the name", "杭州市人才发展若干措施", "第十条 实施人才安居工程，保障人才住房。", {("Programme", "人才安居工程")}, set()),
    ("neg a kind with one modifier", "杭州市人才发展若干措施", "实施重大工程，推动产业升级。", set(), {("Programme", "重大工程")}),
    # organisations in lists, never a list's remainder
    ("universities closed by 等高校", "湖南省加快科技成果转化若干措施", "支持中南大学、湖南大学等高校和省实验室共建中试基地。",
     {("Organization", "中南大学"), ("Organization", "湖南大学")}, {("Platform", "湖南大学等高校和省实验室")}),
    ("a university of common nouns after a known one", "四川省加快科技成果转化若干措施", "依托四川大学、电子科技大学等高校建设中试基地。",
     {("Organization", "四川大学"), ("Organization", "电子科技大学")}, set()),
    ("neg kinds of school in a list", "江苏省职业教育若干措施", "支持本科学院、高职学院开展产教融合。", set(), {("Organization", "高职学院")}),
    ("a quoted loan product", "成都市科技金融若干措施", "扩大“科创贷”规模，对合作银行给予风险补偿。", {("Programme", "科创贷")}, set()),
    ("exchanges in a list", "浙江省技术要素市场建设实施方案", "支持宁波技术交易所、浙江知识产权交易所开展技术交易服务。",
     {("Organization", "宁波技术交易所"), ("Organization", "浙江知识产权交易所")}, set()),
    ("a company whose trade name jieba cuts", "浙江省智能制造行动计划", "支持海康威视数字技术股份有限公司牵头组建创新联合体。",
     {("Organization", "海康威视数字技术股份有限公司")}, set()),
    ("a trade name of odd pieces and a field", "江苏省集成电路产业发展若干措施", "鼓励企业与鑫创微电子有限公司合作开展芯片设计。",
     {("Organization", "鑫创微电子有限公司")}, set()),
    ("neg kinds of company, no name", "广东省专利促进条例", "以专利作价出资成立有限责任公司或者股份有限公司的，给予奖励。",
     set(), {("Organization", "股份有限公司"), ("Organization", "有限责任公司")}),
    ("neg a verb before a kind of company", "广东省科技金融若干措施", "支持园区进行非上市股份有限公司股份转让试点。",
     set(), {("Organization", "园区进行非上市股份有限公司"), ("Organization", "非上市股份有限公司")}),
    ("neg a company's ownership, no name", "广东省国有企业科技创新若干措施", "出资成立国有独资有限公司开展成果转化。", set(), {("Organization", "独资有限公司")}),
    ("neg abbreviations glued before an exchange", "江苏省专精特新企业培育若干措施", "企业在沪深北证券交易所上市的，给予奖励。",
     set(), {("Organization", "深北证券交易所")}),
    # fields in lists: two known fields with no mark, a list closed before who works in it, a verb before the list
    ("two known fields with no mark", "重庆市先进制造业发展行动计划", "聚焦集成电路、新能源新材料、生物医药等重点产业链。",
     {("Industry", "新能源"), ("Industry", "新材料")}, {("Industry", "新能源新材料")}),
    ("fields listed before 领域企业", "浙江省人工智能产业发展实施方案", "培育智能语音、机器视觉、智能机器人等领域企业。",
     {("Industry", "智能语音"), ("Industry", "机器视觉"), ("Industry", "智能机器人")}, set()),
    ("a fund's verb before the list", "广东省人工智能产业发展行动计划", "母基金重点投向大模型、智能芯片、智能机器人等领域企业。",
     {("Industry", "大模型"), ("Industry", "智能芯片")}, {("Industry", "投向大模型")}),
    ("an item jieba cut after its first character", "安徽省人工智能产业发展实施方案", "围绕多模态大模型、智能芯片、基础软件等方向开展联合攻关。",
     {("Industry", "智能芯片")}, {("Industry", "模态大模型")}),
    ("neg a list of policy areas", "湖北省科技成果转化若干措施", "围绕成果评价、作价投资、收益分配等领域企业开展试点。",
     set(), {("Industry", "成果评价"), ("Industry", "收益分配")}),
    # a city's zone named in a list is the zone, not the city too
    ("cities' zones in a list", "湖南省加快科技成果转化若干措施", "支持株洲高新区、湘潭高新区建设成果转化基地。",
     {("Region", "株洲高新区"), ("Region", "湘潭高新区")}, {("Region", "株洲市"), ("Region", "湘潭市")}),
    # metropolitan areas after a place (都市|圈: jieba cuts the head)
    ("a metropolitan area", "江苏省科技创新行动计划", "深化南京都市圈科技协同创新。", {("Region", "南京都市圈")}, set()),
    ("neg a metropolitan area of no place", "江苏省科技创新行动计划", "加快都市圈建设。", set(), {("Region", "都市圈")}),
    # platforms named after a level: the document's own (省|公共数据开放平台), not a grade or a kind
    ("a province's own data platform", "浙江省数字经济促进实施方案", "依托省公共数据开放平台，有序开放交通、气象等领域数据。",
     {("Platform", "浙江省公共数据开放平台")}, set()),
    ("a city's own data centre", "深圳市数字政府建设行动计划", "依托市政务大数据中心归集企业数据。", {("Platform", "深圳市政务大数据中心")}, set()),
    ("neg a grade of a kind of platform", "深圳市科技创新若干措施", "对认定为市级公共服务平台的，给予50万元奖励。",
     {("PlatformType", "公共服务平台")}, {("Platform", "深圳市公共服务平台")}),
    ("neg any platform of the province", "四川省社会信用条例", "纳入省有关信用信息平台统一管理。", set(), {("Platform", "四川省有关信用信息平台")}),
    ("neg a short kind after a level", "深圳市科技创新若干措施", "市创新平台建设取得新进展。", set(), {("Platform", "深圳市创新平台")}),
    ("neg the city named on its own", "湖南省加快科技成果转化若干措施", "支持株洲市、湘潭市建设成果转化基地。",
     {("Region", "株洲市"), ("Region", "湘潭市")}, set()),
]


@pytest.mark.parametrize(("title", "sentence", "must", "must_not"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_entities13b(title: str, sentence: str, must: Found, must_not: Found, vocab: vocabulary.Vocab) -> None:
    got = found(title, sentence, vocab)
    assert must <= got, f"missing {must - got}; got {sorted(got)}"
    assert not (must_not & got), f"unwanted {must_not & got}"
