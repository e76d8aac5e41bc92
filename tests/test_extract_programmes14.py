"""ent14a: Programme entities that hold on support measures, action plans and regulations nobody tuned them to:
programmes pushed on (推进/落实 …计划), lists of programmes run by one verb, a numbered heading (1.|…工程,
its number kept with it by the sentence splitter), rules set up past what they are aimed at (建立以…为导向的…机制), funds set up past
their size (设立规模50亿元的…基金) or allotted past a floor (统筹安排…专项资金不少于…), pilots of a reform carried
out (开展…改革试点), the State's science and technology awards, and 双招双引.

Sentences of our own in the style of support measures, action plans and regulations of several provinces and
Taiwan; none is taken from corpus-dev or the gold documents. Each case gives the document's title, the sentence,
the entities it must yield and those it must not.
"""

from __future__ import annotations

import pytest
from test_extract_entities12 import Found, found

from kg import vocab as vocabulary

P = "Programme"

CASES: list[tuple[str, str, str, Found, Found]] = [
    # a programme pushed on (cue list advance_verb) is named as one carried out (开展) is
    ("a plan pushed on", "济宁市高新技术企业培育若干措施", "继续推进高新技术企业倍增计划，加快建设高新技术企业培育库。",
     {(P, "高新技术企业倍增计划")}, set()),
    ("an action pushed on deeply", "江西省科技型企业培育行动方案", "深入推进科技型中小企业梯次培育行动，到2025年，全省科技型中小企业达到3万家。",
     {(P, "科技型中小企业梯次培育行动")}, set()),
    ("a province's plan carried out, the whole province left out", "福建省数字经济发展实施方案",
     "认真落实全省制造业数字化转型行动计划，推动规上工业企业数字化改造全覆盖。",
     {(P, "制造业数字化转型行动计划")}, {(P, "全省制造业数字化转型行动计划")}),
    ("Taiwan's plan pushed on", "產業創新條例施行細則", "推動臺灣AI行動計畫，強化人工智慧研發能量。", {(P, "台湾AI行动计划")}, set()),
    # negatives: the document's own plan, a plan of no words of its own, a clause set up under the verb, work pushed on
    ("neg this plan carried out", "合肥市科技创新行动计划", "各县（市、区）要抓紧落实本行动计划。", set(), {(P, "本行动计划"), (P, "行动计划")}),
    ("neg generic major works", "郑州市先进制造业发展实施方案", "推进实施本方案确定的各项重点工程。", set(), {(P, "重点工程")}),
    ("neg a plan others draw up", "宁波市青年创新创业若干措施", "推动学校制定创新创业人才培养计划。", set(),
     {(P, "学校制定创新创业人才培养计划")}),
    ("neg a repayment plan", "温州市中小企业融资若干措施", "督促企业制定并落实还款计划。", set(), {(P, "还款计划")}),
    ("neg projects pushed on", "洛阳市重大项目建设行动方案", "推进重大项目建设，加快形成实物工作量。", set(), {(P, "重大项目")}),
    # programmes run by one verb, each with its own kind: one each
    ("three actions run", "山东省制造业数字化转型行动方案", "启动实施制造业技术改造提升行动、企业上云行动和工业互联网创新发展行动。",
     {(P, "制造业技术改造提升行动"), (P, "企业上云行动"), (P, "工业互联网创新发展行动")}, set()),
    ("two projects pushed on", "天津市大数据发展行动计划", "推动大数据城市治理融合工程、大数据民生保障融合工程等重点工程。",
     {(P, "大数据城市治理融合工程"), (P, "大数据民生保障融合工程")}, set()),
    ("two programmes joined by 和 after 实施", "广东省制造业高质量发展行动方案", "组织实施产业链协同创新工程和重大技术装备攻关工程。",
     {(P, "产业链协同创新工程"), (P, "重大技术装备攻关工程")}, {(P, "产业链协同创新工程和重大技术装备攻关工程")}),
    ("neg one phrase joined, no kind before the joiner", "江苏省科学技术进步条例", "组织实施重大科学技术项目和工程。", set(),
     {(P, "重大科学技术项目")}),
    ("a quoted name and a kind of two words", "宁波市科技人才若干措施", "鼓励企业参与“科技副总”专项行动。", {(P, "科技副总专项行动")},
     {(P, "科技副总专项")}),
    ("neg work joined to a carried-out programme", "苏州市技术市场若干措施", "开展技术开发和技术咨询服务行动。", set(),
     {(P, "技术开发和技术咨询服务行动")}),
    # a numbered heading (its number kept in the sentence, seg14) still names its programme
    ("a heading numbered 1.", "成都市科技型企业培育若干措施", "1.科技型企业梯次培育工程。", {(P, "科技型企业梯次培育工程")}, set()),
    ("a heading numbered 2. run", "长沙市人才发展若干措施", "2.实施“湘江英才”引育工程。", {(P, "湘江英才引育工程")}, set()),
    ("neg a numbered task opened by a verb", "湖北省科技成果转化若干措施", "3.统筹省科技创新专项资金，对创新联合体给予重点支持。", set(),
     {(P, "统筹省科技创新专项资金")}),
    ("neg a numbered task run", "西安市人才发展行动计划", "9.深入实施长安英才计划，三年引进高层次人才1000名。",
     {(P, "长安英才计划")}, {(P, "深入实施长安英才计划")}),
    # a rule set up past what it is aimed at (以…为导向的) or how it is (四字、四字的)
    ("a rule aimed at", "嘉兴市科技创新促进条例", "第十八条 县级以上人民政府应当建立以创新价值、能力、贡献为导向的科技人才分类评价机制。",
     {(P, "科技人才分类评价机制")}, set()),
    ("a rule of support after how it is", "山东省优化营商环境条例", "建立健全权责清晰、程序严密的容错免责机制和澄清保护机制。",
     {(P, "容错免责机制")}, set()),
    ("neg a generic rule aimed at", "广州市科技创新条例", "建立以需求为导向的工作机制。", set(), {(P, "工作机制")}),
    ("neg a rule improved after what it is aimed at", "广州市科技创新条例", "完善以质量和贡献为导向的评价激励机制。", set(),
     {(P, "评价激励机制")}),
    ("neg a system built, no rule", "中山市科技服务业发展若干措施", "建立完善的科技服务体系。", set(), {(P, "科技服务体系")}),
    # funds: set up past their size, allotted past a floor
    ("a fund set up past its size", "四川省科技金融若干措施", "设立规模50亿元的天府科创投基金，重点投向种子期、初创期科技型企业。",
     {(P, "天府科创投基金")}, {(P, "规模50亿元的天府科创投基金")}),
    ("a fund set up past its size, a verb inside", "陕西省科技成果转化行动方案", "4.设立规模100亿元的秦岭科技成果转化基金，重点投向早期项目。",
     {(P, "秦岭科技成果转化基金")}, set()),
    ("a rule with a word jieba calls proper", "湖州市科技创新促进条例", "第四十条 市人民政府应当建立科技创新诚信监管机制。",
     {(P, "科技创新诚信监管机制")}, set()),
    ("a fund set up past its total size, cut in two words", "湖南省科技金融若干措施", "设立总规模20亿元的岳麓科创母基金，撬动社会资本。",
     {(P, "岳麓科创母基金")}, set()),
    ("a fund allotted past a floor", "昆明市科技创新若干措施", "市财政每年统筹安排科技创新专项资金不少于10亿元，支持关键核心技术攻关。",
     {(P, "科技创新专项资金")}, set()),
    ("neg money allotted", "昆明市科技创新若干措施", "市财政每年统筹安排财政资金不少于1亿元。", set(), {(P, "财政资金")}),
    # a pilot of a reform carried out; a pilot of a programme of the vocabulary names that programme
    ("a reform pilot carried out", "山西省科技成果转化若干措施", "支持高校、科研院所开展职务科技成果赋权改革试点，赋予科研人员职务科技成果所有权。",
     {(P, "职务科技成果赋权改革试点")}, set()),
    ("neg a pilot of a known reform", "广西国有企业改革实施方案", "鼓励国有企业开展混合所有制改革试点。", {(P, "混合所有制改革")},
     {(P, "混合所有制改革试点")}),
    ("neg a pilot carried out", "杭州市跨境电商发展若干措施", "开展跨境电商零售进口药品试点。", set(), {(P, "跨境电商零售进口药品试点")}),
    # the State's science and technology awards, and 双招双引 (vocabulary)
    ("the State's award won", "重庆市科技创新若干措施", "对获得国家科学技术奖一等奖的项目，给予200万元奖励。", {(P, "国家科学技术奖")}, set()),
    ("one award of the State's", "陕西省科学技术奖励办法", "推荐国家自然科学奖、国家技术发明奖候选项目。",
     {(P, "国家自然科学奖"), (P, "国家技术发明奖")}, set()),
    ("double attraction", "潍坊市招商引资若干措施", "深入实施“双招双引”，加大招商引资力度。", {(P, "双招双引")}, set()),
    # a prize won, of a level or place, the grade won left out; the level placed by the document's jurisdiction
    ("a province's prize won with its grade", "浙江省科技创新若干措施", "对获得省科学技术奖一等奖的项目，给予50万元配套奖励。",
     {(P, "浙江省科学技术奖")}, {(P, "省科学技术奖一等奖")}),
    ("a province's patent gold award", "浙江省知识产权若干措施", "获得浙江省专利金奖的，奖励三十万元。", {(P, "浙江省专利奖")},
     {(P, "浙江省专利金奖")}),
    ("the State's progress award, short form", "广州市科技创新若干措施", "对获得国家科技进步奖的项目，给予配套奖励。",
     {(P, "国家科学技术进步奖")}, set()),
    ("neg a grade won alone", "浙江省科技创新若干措施", "获得一等奖的，奖励10万元。", set(), {(P, "一等奖")}),
    ("neg a prize of patents of no level", "浙江省知识产权若干措施", "对获得专利奖的企业给予奖励。", set(), {(P, "专利奖")}),
    ("neg a prize of no name", "重庆市科技创新若干措施", "获得奖励的，按规定给予配套。", set(), {(P, "奖励")}),
]


@pytest.mark.parametrize(("title", "sentence", "must", "must_not"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_programmes14(title: str, sentence: str, must: Found, must_not: Found, vocab: vocabulary.Vocab) -> None:
    got = found(title, sentence, vocab)
    assert must <= got, f"missing {must - got}; got {sorted(got)}"
    assert not (must_not & got), f"unwanted {must_not & got}"
