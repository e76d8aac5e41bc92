"""ent15a: Programme entities on real text: a rule or mechanism whose own short name is quoted before its kind
(推行“X”标识制度, 建立“X”机制), a count in figures after a programme run (组织实施…专项20项左右), and a numeral
inside a name between nouns (…一区多园…专项资金). Not a clause that sets a plan up or money aside
(指导…研究制定年度用地计划, 根据…规定安排专项资金), nor money of a kind set up with money (利用财政资金设立的…结余资金); a fund a government sets up whose name
holds a compound with a verb (科技成果|转化|基金) is one. Not a plan named only by whom it trains or brings in
(制定人才引进计划, 编制人才发展规划). A quoted enterprise type before a programme's kind (“科技小巨人”企业培育工程)
and figures between a quote and the kind (“5G+工业互联网”512工程) name one, as does a fund a sentence draws on
(所需资金由科技创新专项资金列支, 发挥天使投资引导基金作用: kg.extract.fundnames).

Sentences of our own in the style of support measures, action plans and regulations of several provinces;
none is taken from corpus-dev or the gold documents. Each case gives the document's title, the sentence,
the entities it must yield and those it must not.
"""

from __future__ import annotations

import pytest
from test_extract_entities12 import Found, found

from kg import vocab as vocabulary

P = "Programme"

CASES: list[tuple[str, str, str, Found, Found]] = [
    # a quoted short name right before 制度/机制, or before one noun that says what the rule does
    ("a quoted rule", "杭州市优化营商环境条例", "本市推行涉企审批“一件事”制度，实行一次告知、一表申请。",
     {(P, "一件事制度")}, set()),
    ("a quoted mechanism set up", "南京市促进民营经济发展条例", "市人民政府应当建立中小企业“直通车”服务机制，及时回应企业诉求。",
     {(P, "直通车服务机制")}, set()),
    ("a quoted rule of a city's brand", "苏州市标准化促进办法", "本市实施“苏州制造”品牌制度，提升产品质量和品牌价值。",
     {(P, "苏州制造品牌制度")}, set()),
    ("a quoted mechanism in an action plan", "合肥市科技成果转化行动方案", "健全“先用后转”机制，允许企业先行使用科技成果，再按约定支付费用。",
     {(P, "先用后转机制")}, set()),
    # negatives: a verb between (what the rule is for), a quote far from the kind, a generic pair (体制机制),
    # a slogan with 、 inside, no rule's kind after the quote
    ("neg a verb between", "宁波市专精特新企业培育若干措施", "建立“一企一策”支持机制，帮助企业解决发展难题。", set(),
     {(P, "一企一策支持机制")}),
    ("neg a quote far from the kind", "西安市科技金融若干措施", "探索“科技贷”企业信用评价机制，扩大信用贷款规模。", set(),
     {(P, "科技贷企业信用评价机制")}),
    ("neg the way things are organised", "长沙市招商引资若干措施", "理顺“内引外联”体制机制，提高招商引资实效。", set(),
     {(P, "内引外联体制机制")}),
    ("neg a slogan", "郑州市政务服务条例", "推行“马上办、网上办”工作机制，提高办事效率。", set(),
     {(P, "马上办、网上办工作机制"), (P, "马上办网上办工作机制")}),
    ("neg no rule's kind", "福州市营商环境条例", "推动“一件事”集成改革，减少办事环节。", set(), {(P, "一件事集成改革")}),
    # a count in figures after a programme run; a bare count of programmes names none
    ("a count after the programme", "武汉市科技创新行动计划", "每年组织实施重大科技专项15项左右，突破一批关键核心技术。",
     {(P, "重大科技专项")}, set()),
    ("neg a count of programmes", "济南市产业升级行动方案", "实施五大工程，推动产业转型升级。", set(), {(P, "五大工程")}),
    # a one-character numeral between nouns inside a fund's name
    ("a numeral inside a fund's name", "东湖高新区创新发展若干措施", "设立东湖一区多园产业协同专项资金，支持各园区错位发展。",
     {(P, "东湖一区多园产业协同专项资金")}, set()),
    # a verb that sets a plan up or money aside inside the words before a kind: a clause, no name
    ("neg a plan drawn up under guidance", "上海市土地节约集约利用办法", "市规划资源部门指导松江区研究制定年度用地计划。", set(),
     {(P, "市规划资源部门指导松江区研究制定年度用地计划"), (P, "年度用地计划")}),
    ("neg money set aside by rule", "江苏省科技型中小企业促进条例", "科学技术、财政等部门应当根据国家有关规定安排专项资金，支持融资服务平台建设。",
     set(), {(P, "国家有关规定安排专项资金")}),
    ("a plan drawn up after its verb still named", "东莞市人才发展条例", "市人民政府应当制定东莞市高层次人才引进计划，完善激励措施。",
     {(P, "东莞市高层次人才引进计划")}, set()),
    # money that sets something up: what follows is money of a kind, no fund's name
    ("neg leftovers of projects paid by the State", "湖北省促进科技成果转化条例", "利用财政资金设立的科研项目结余资金可以用于成果转化。",
     set(), {(P, "科研项目结余资金")}),
    ("neg venture capital set up with public money", "江西省专利促进条例", "以政府财政资金安排、设立的风险投资资金，应当优先支持专利技术产业化项目。",
     set(), {(P, "风险投资资金")}),
    ("a fund a government sets up still named", "赣州市科技创新促进条例", "市人民政府设立科技创新专项资金，支持企业开展技术攻关。",
     {(P, "科技创新专项资金")}, set()),
    # a fund a government sets up whose name holds a compound with a verb (成果|转化, 融资|担保): still a fund
    ("a fund with a compound set up", "九江市科技创新促进条例", "市人民政府应当设立技术成果转化基金，为科技型企业提供融资服务。",
     {(P, "技术成果转化基金")}, set()),
    ("a guarantee fund set up", "安徽省中小企业促进条例", "省、设区的市人民政府应当设立小微企业政策性融资担保基金，健全融资担保体系。",
     {(P, "小微企业政策性融资担保基金")}, set()),
    ("neg money raised, a clause", "天津市职业教育条例", "建立多渠道筹集职业教育资金的机制。", set(), {(P, "多渠道筹集职业教育资金")}),
    ("neg two kinds of body joined", "浙江省科技进步条例", "社会力量设立的研究开发机构与利用财政性资金设立的研究开发机构地位平等。", set(),
     {(P, "研究开发机构与利用财政性资金")}),
    # a plan named only by whom it trains or brings in: the plan every body draws up; one with a field is named
    ("neg a talent plan drawn up", "嘉兴市人才发展促进条例", "市、区人民政府应当制定人才引进计划，拓展引才渠道。", set(), {(P, "人才引进计划")}),
    ("neg a long-term talent plan", "绍兴市人才工作条例", "市、县级人民政府应当编制中长期人才发展规划，并纳入国民经济和社会发展规划。", set(),
     {(P, "中长期人才发展规划")}),
    ("neg an employer's training plan", "山东省职业教育条例", "用人单位应当根据生产经营需要，制定职工培训计划。", set(), {(P, "职工培训计划")}),
    ("a talent plan with a field", "宁波市知识产权促进条例", "知识产权部门应当制定和实施知识产权人才培养计划。", {(P, "知识产权人才培养计划")}, set()),
    ("a talent plan of a field run", "厦门市数字经济促进条例", "实施数字经济人才引进计划，每年引进高层次人才100名。", {(P, "数字经济人才引进计划")}, set()),
    # a quoted enterprise type with a programme's kind after it; figures between the quote and the kind
    ("a quoted enterprise type's programme", "苏州市科技型企业培育若干措施", "支持企业申报“科技小巨人”企业培育工程。",
     {(P, "科技小巨人企业培育工程")}, set()),
    ("neg a quoted enterprise type's pool", "常州市专精特新企业培育若干措施", "建立健全“专精特新”企业培育库。", set(),
     {(P, "专精特新企业培育库"), (P, "专精特新")}),
    ("a quoted name numbered", "宁波市5G应用行动计划", "加快实施“5G+工业互联网”512工程，建设5G全连接工厂10个。",
     {(P, "5G+工业互联网512工程")}, set()),
    # a fund a sentence draws on (由/从/在/通过/发挥/用好 …), each of a list; not money of a field, a level's fund or misuse
    ("a fund money is drawn from", "杭州市滨江区促进科技创新若干政策", "本政策所需资金由科技创新专项资金列支。", {(P, "科技创新专项资金")}, set()),
    ("a fund money is arranged from", "无锡市数字经济发展若干措施", "所需经费从数字经济发展专项资金中安排。", {(P, "数字经济发展专项资金")}, set()),
    ("a guidance fund put to work", "合肥市天使投资若干措施", "发挥天使投资引导基金作用，撬动社会资本投向初创企业。", {(P, "天使投资引导基金")}, set()),
    ("a national fund used, two words of its kind", "青岛市集成电路产业发展行动方案", "争取国家集成电路产业投资基金支持重大项目。",
     {(P, "国家集成电路产业投资基金")}, set()),
    ("funds of a list drawn on", "常州市制造业智能化改造若干措施", "统筹用好工业转型升级专项资金、智能制造发展专项资金，支持企业技术改造。",
     {(P, "工业转型升级专项资金"), (P, "智能制造发展专项资金")}, set()),
    ("neg money of a field", "佛山市智能制造促进条例", "本市统筹使用智能制造相关财政专项资金，支持企业改造。", set(),
     {(P, "智能制造相关财政专项资金")}),
    ("neg a kind alone", "温州市科技创新若干政策", "所需资金从专项资金中列支。", set(), {(P, "专项资金")}),
    ("neg money misused", "江苏省促进科技成果转化条例", "挪用科技成果转化专项资金的，依法追究责任。", set(), {(P, "挪用科技成果转化专项资金")}),
    # a quoted event with a few words of what it does before 活动; quotes listed before a count of programmes
    ("a quoted event", "漳州市人才引进若干措施", "每年组织开展“百企千岗”校园招聘活动，吸引高校毕业生来漳就业。", {(P, "百企千岗")}, set()),
    ("a quoted matchmaking event", "绍兴市产学研合作若干措施", "开展“百场千企”产学研对接活动。", {(P, "百场千企")}, set()),
    ("neg a long phrase before the event", "绍兴市产学研合作若干措施", "开展“百场千企”高校院所与企业产学研对接活动。", set(), {(P, "百场千企")}),
    ("neg quotes before a count of programmes", "衢州市人才发展行动计划", "重点实施“强基”“筑巢”“聚才”三大工程。", set(),
     {(P, "聚才三大工程"), (P, "三大工程")}),
    # works and funds of words of programmes or public money in general only; 专项 that says how, not which
    ("neg major works run", "大连市科技创新条例", "市人民政府应当组织开展关键技术攻关，实施重大科技工程。", set(), {(P, "重大科技工程")}),
    ("neg related talent works", "烟台市人才发展条例", "县级人民政府应当根据需要，设立并组织实施相关人才工程。", set(), {(P, "相关人才工程")}),
    ("neg a category of public money", "沈阳市优化营商环境条例", "设立政府性基金、涉企行政事业性收费，应当有法律依据。", set(), {(P, "政府性基金")}),
    ("a talent fund a government sets up", "珠海市人才发展条例", "市、区人民政府应当设立人才发展专项资金，保障人才政策落实。",
     {(P, "人才发展专项资金")}, set()),
    ("neg 专项 saying how", "临港新片区人才若干措施", "对在新片区工作的人员，实行居住证专项加分。", set(), {(P, "居住证专项")}),
    # a certification a quoted brand is given, and its rule
    ("a quoted certification", "浙江省标准化条例", "对获得“浙江制造”认证的企业，给予10万元奖励。", {(P, "浙江制造认证")}, set()),
    ("a quoted certification's rule", "苏州市标准化促进办法", "本市实施“苏州制造”认证制度，提升产品质量。", {(P, "苏州制造认证制度")},
     {(P, "苏州制造认证")}),
]


@pytest.mark.parametrize(("title", "sentence", "must", "must_not"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_programmes15(title: str, sentence: str, must: Found, must_not: Found, vocab: vocabulary.Vocab) -> None:
    got = found(title, sentence, vocab)
    assert must <= got, f"missing {must - got}; got {sorted(got)}"
    assert not (must_not & got), f"unwanted {must_not & got}"
