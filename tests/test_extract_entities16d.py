"""ent16d: names that support measures and plans write and regulations rarely do: a company's name a place opens
(无锡市创新投资集团有限公司, not 集团有限公司), a university's graduate school by place, a name after 和 that a place
opens (…科创带和无锡国家高新区), platforms counted as kinds to build (联合实验室5家), and the kinds of firm a
private-economy law or an incubator's measures name (民营经济组织, 在孵企业); rules a 促进条例 has a government set
up for the field it promotes (数字经济促进条例: 建立数字经济发展统筹协调机制) and the kinds of firm of that field
(会展业促进条例: 中小会展企业).

Sentences of our own in the style of regulations, support measures and action plans of several provinces; none is
taken from corpus-dev or the gold documents. Each case gives the document's title, the sentence, the entities it
must yield and those it must not.
"""

from __future__ import annotations

import pytest
from test_extract_entities12 import Found, found

from kg import vocab as vocabulary

CASES: list[tuple[str, str, str, Found, Found]] = [
    # a company's name a place opens, over common words (verbs too) before its legal form
    ("a city's investment group", "常州市科技金融若干措施", "发挥常州市产业投资集团有限公司等国有资本的引领作用。",
     {("Organization", "常州市产业投资集团有限公司")}, {("Organization", "集团有限公司")}),
    ("a province's venture group", "安徽省支持科技创新若干政策", "由安徽省创新投资有限公司牵头设立种子投资基金。",
     {("Organization", "安徽省创新投资有限公司")}, {("Organization", "创新投资有限公司")}),
    ("a place right before the trade name", "苏州市行动计划", "支持苏州科技城发展有限公司建设人才公寓。",
     {("Organization", "苏州科技城发展有限公司")}, {("Organization", "发展有限公司")}),
    ("neg a verb of the clause before a company", "宁波市实施方案", "鼓励企业进行非上市股份有限公司股份转让。",
     set(), {("Organization", "非上市股份有限公司"), ("Organization", "进行非上市股份有限公司")}),
    ("neg a legal form with kinds only", "杭州市若干措施", "对新设立的集团有限公司给予开办补助。",
     set(), {("Organization", "集团有限公司")}),
    # a graduate school of a university, named by its place
    ("a graduate school by place", "深圳市宝安区若干措施", "支持北京大学深圳研究生院与企业共建联合实验室。",
     {("Organization", "北京大学深圳研究生院")}, {("Organization", "北京大学")}),
    # a name after 和 that a place opens is its own, not joined to the words before 和
    ("a zone after 和 and a named belt", "无锡市若干措施", "引导社会资本投向太湖湾科创带和无锡国家高新技术产业开发区重点项目。",
     {("Region", "无锡国家高新技术产业开发区")}, {("Platform", "资本投向太湖湾科创带和无锡国家高新技术产业开发区")}),
    ("a national and a provincial platform joined by 和 stay one name", "成都市政务服务条例", "本市依托国家和四川省一体化在线政务服务平台推进一网通办。",
     {("Platform", "国家和四川省一体化在线政务服务平台")}, set()),
    # platforms counted as kinds to build
    ("joint labs counted", "南山区行动计划", "到2027年建成深港生物医药联合实验室5家左右。",
     {("PlatformType", "联合实验室")}, {("Platform", "深港生物医药联合实验室")}),
    ("joint labs counted in words", "前海若干措施", "支持建设粤港澳联合实验室三个。",
     set(), {("Platform", "粤港澳联合实验室")}),
    ("neg a named lab with a count of its work", "广州市实施方案", "支持广州实验室承担重大项目10项。",
     {("Platform", "广州实验室")}, set()),
    # kinds of firm
    ("private economic organisations", "泉州市民营经济促进条例", "各级人民政府应当依法保护民营经济组织及其经营者的合法权益。",
     {("EnterpriseType", "民营经济组织")}, {("EnterpriseType", "民营企业")}),
    ("incubated firms paid rent", "南昌高新区若干措施", "对在孵企业租用孵化器场地的，按实际租金的50%给予补贴。",
     {("EnterpriseType", "在孵企业")}, set()),
    ("incubated science firms", "合肥市实施方案", "每年评选一批成长性好的在孵科技企业。",
     {("EnterpriseType", "在孵企业")}, set()),
    # rules a 促进条例 has a government set up for the field it promotes
    ("a rule of the law's own field", "苏州市数字经济促进条例", "市人民政府应当建立数字经济发展统筹协调机制。",
     {("Programme", "数字经济发展统筹协调机制")}, set()),
    ("the law's own place left out", "南京市会展业促进条例", "本市建立国际会展项目引进联动机制。",
     {("Programme", "国际会展项目引进联动机制")}, {("Programme", "本市国际会展项目引进联动机制")}),
    ("an industry's field without 产业", "武汉市人工智能产业促进条例", "市科技部门应当建立人工智能伦理审查制度。",
     {("Programme", "人工智能伦理审查制度")}, set()),
    ("a rule set up with a second verb glued", "长沙市智能制造促进条例", "市人民政府应当建立完善智能制造人才服务机制。",
     set(), {("Programme", "完善智能制造人才服务机制")}),
    ("neg a firm sets up its own rule", "南京市会展业促进条例", "会展企业应当建立会展安全管理制度。",
     set(), {("Programme", "会展安全管理制度")}),
    ("neg a rule outside the field", "苏州市数字经济促进条例", "市人民政府应当建立信息对接机制。",
     set(), {("Programme", "信息对接机制")}),
    ("neg a law of another kind", "天津市会展业管理条例", "市商务部门应当建立会展业统计制度。",
     set(), {("Programme", "会展业统计制度")}),
    ("neg a budget's growth", "宁波市数字经济促进条例", "建立数字经济财政投入稳定增长机制。",
     set(), {("Programme", "数字经济财政投入稳定增长机制")}),
    ("neg a rule of enforcement", "杭州市跨境电子商务促进条例", "市商务部门应当建立跨境电子商务投诉举报处理制度。",
     set(), {("Programme", "跨境电子商务投诉举报处理制度")}),
    ("neg two subjects in the title", "广州市知识产权保护和促进条例", "建立知识产权纠纷调解协作制度。",
     set(), {("Programme", "知识产权纠纷调解协作制度")}),
    # kinds of firm of the field a 促进条例 promotes
    ("firms of the law's field", "南京市会展业促进条例", "市人民政府应当加快培育和引进会展企业。",
     {("EnterpriseType", "会展企业")}, set()),
    ("small firms of the field", "南京市会展业促进条例", "支持中小会展企业联合办展。",
     {("EnterpriseType", "中小会展企业")}, {("EnterpriseType", "会展企业")}),
    ("a large group of the field", "厦门市会展业促进条例", "鼓励企业组建大型会展企业集团。",
     {("EnterpriseType", "大型会展企业集团")}, set()),
    ("firms of a field with 产业 in the title", "武汉市人工智能产业促进条例", "支持人工智能企业参与标准制定。",
     {("EnterpriseType", "人工智能企业")}, set()),
    ("neg the same firms under a law of another kind", "南京市会展业管理条例", "支持中小会展企业联合办展。",
     set(), {("EnterpriseType", "中小会展企业")}),
    ("neg firms of a zone the law develops", "天津市促进天开高教科创园发展条例", "鼓励国有创投基金投资天开高教科创园企业。",
     set(), {("EnterpriseType", "天开高教科创园企业")}),
    ("neg private economy alone is no kind of firm", "温州市实施意见", "优化民营经济发展环境。",
     set(), {("EnterpriseType", "民营经济组织")}),
]


@pytest.mark.parametrize(("title", "sentence", "must", "must_not"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_entities16d(title: str, sentence: str, must: Found, must_not: Found, vocab: vocabulary.Vocab) -> None:
    got = found(title, sentence, vocab)
    assert must <= got, f"missing {must - got}; got {sorted(got)}"
    assert not (must_not & got), f"unwanted {must_not & got}"
