"""ent17a: Programme entities on documents nobody tuned the extractor to, by the grammar around a programme's name:
a list a verb runs that opens with a programme of the vocabulary (实施|产业基础再造工程、…攻关工程: the next items
read too); each prize of a list won (获得|国家科学技术奖、省科学技术奖) and of a list set up joined by 和
(设立|…技术发明奖和自然科学奖); a prize or natural science fund named after a level word wherever a sentence uses
it (申报|市科学技术奖, 省自然科学基金应当…: cue lists own_prize_kind, own_fund_kind); a level's counterpart right
after a national programme (国家科技重大专项和|省重大科技专项: ownfunds.counterparts); each rule of a list one verb
sets up (建立|A机制和|B机制: plans.next_listed); a count of the programmes run no part of a name
(实施|一批|重大科技专项: cue lists programme_count, programme_count_measure); how long a quoted action runs part
of its name (“智改数转”|三年|行动); a plan cited by its title in 《》 (kg/extract/bookplans.py); a fund set up after money
allotted (安排5000万元|设立|市…专项资金: 设立 no part of its name).

Sentences of our own in the styles of support measures (若干措施), action plans (行动方案), regulations (条例) and a
Taiwan 要點, written and annotated before the extractor ran on them; none is taken from corpus-dev or the gold
documents. Each case gives the document's title, the sentence, the entities it must yield and those it must not.
"""

from __future__ import annotations

import pytest
from test_extract_entities12 import Found, found

from kg import vocab as vocabulary

P = "Programme"
MEASURES = "昆明市人民政府关于促进科技创新的若干措施"
PLAN = "云南省制造业数字化转型行动方案(2024-2026年)"
RULES = "云南省科学技术进步条例"

CASES: list[tuple[str, str, str, Found, Found]] = [
    # a list run by one verb, opened by a programme of the vocabulary: every item
    ("a list run opened by a known works", PLAN, "实施产业基础再造工程、重大技术装备攻关工程，提升产业链供应链韧性。",
     {(P, "产业基础再造工程"), (P, "重大技术装备攻关工程")}, set()),
    ("a list run joined by 和", PLAN, "组织实施产业基础再造工程和数字化转型伙伴行动。",
     {(P, "产业基础再造工程"), (P, "数字化转型伙伴行动")}, set()),
    ("two works run by one verb", MEASURES, "实施科技型企业梯度培育工程和创新平台提能工程，每年遴选100家企业给予支持。",
     {(P, "科技型企业梯度培育工程"), (P, "创新平台提能工程")}, set()),
    # prizes won: each of a list, a level's prize named by the document's place, grades no part of a name
    ("two prizes won", MEASURES, "对获得国家科学技术奖、省科学技术奖的项目，按奖金额给予1:1配套奖励。",
     {(P, "国家科学技术奖"), (P, "云南省科学技术奖")}, set()),
    ("a prize won with its grade, then another", MEASURES, "获得省科学技术奖一等奖、市科学技术奖的第一完成单位，给予一次性奖励。",
     {(P, "云南省科学技术奖"), (P, "昆明市科学技术奖")}, {(P, "云南省科学技术奖一等奖")}),
    ("neg grades won name no prize", MEASURES, "获得一等奖、二等奖的团队，分别给予5万元、3万元奖励。", set(),
     {(P, "一等奖"), (P, "二等奖")}),
    # prizes set up: each of a list, 和 too
    ("three prizes set up", RULES, "第十二条 省人民政府设立科学技术进步奖、技术发明奖和自然科学奖。",
     {(P, "云南省科学技术进步奖"), (P, "云南省技术发明奖"), (P, "云南省自然科学奖")}, set()),
    ("a city's two-character prize set up by its government", MEASURES, "第十五条 市人民政府设立专利奖，对在本市实施并取得显著效益的专利给予奖励。",
     {(P, "昆明市专利奖")}, {(P, "专利奖")}),
    ("neg a prize a firm is encouraged to set up", MEASURES, "鼓励企业设立创新奖，激励职工开展技术革新。", set(), {(P, "创新奖"), (P, "昆明市创新奖")}),
    # a level's prize or natural science fund wherever it is used
    ("a city's prize applied for", MEASURES, "支持企业以标准创新成果申报市科学技术奖。", {(P, "昆明市科学技术奖")}, set()),
    ("a province's natural science fund as a subject", RULES, "第二十条 省自然科学基金应当加大对青年科学技术人员的资助。",
     {(P, "云南省自然科学基金")}, set()),
    ("a province's patent prize after a national one", RULES, "获得中国专利奖以及省专利奖的发明人，可以破格申报专业技术职称。",
     {(P, "中国专利奖"), (P, "云南省专利奖")}, set()),
    ("neg levels listed before a prize", MEASURES, "市、县科学技术奖的奖金由同级财政列支。", set(), {(P, "昆明市科学技术奖")}),
    # a fund a verb that sets up funds only sets up (组建), not a kind of investment fund, not others' fund
    ("a parent fund formed by its size", MEASURES, "组建总规模50亿元的人工智能产业母基金，撬动社会资本投向初创企业。",
     {(P, "人工智能产业母基金")}, set()),
    ("neg a kind of investment fund formed", MEASURES, "联合社会资本组建股权投资基金，加大对颠覆性技术的支持。", set(), {(P, "股权投资基金")}),
    ("neg a task group formed", PLAN, "组建人工智能产业推进工作专班，统筹推进各项任务。", set(), {(P, "人工智能产业推进工作专班")}),
    # a level's counterpart of a national programme, right after it in a list: named by the document's place
    ("a province's major project after the national one", MEASURES, "支持企业牵头承担国家科技重大专项和省重大科技专项。",
     {(P, "国家科技重大专项"), (P, "云南省重大科技专项")}, set()),
    ("a province's key R&D plan after the national one", MEASURES, "对承担国家重点研发计划、省重点研发计划项目的企业，给予配套支持。",
     {(P, "国家重点研发计划"), (P, "云南省重点研发计划")}, set()),
    ("a city's science fund after the nation's", MEASURES, "国家自然科学基金、市自然科学基金资助的项目，应当按期结题。",
     {(P, "国家自然科学基金"), (P, "昆明市自然科学基金")}, set()),
    ("neg a level's plan of generic words after a national one", MEASURES, "支持企业承担国家重点研发计划和省科技计划项目。",
     {(P, "国家重点研发计划")}, {(P, "云南省科技计划"), (P, "科技计划")}),
    # each rule of a list one verb sets up, each read by the rules' own filters
    ("two support rules set up", MEASURES, "建立健全融资担保风险补偿机制和科技型企业贷款风险补偿机制。",
     {(P, "融资担保风险补偿机制"), (P, "科技型企业贷款风险补偿机制")}, set()),
    ("two innovation rules set up by a government", RULES, "县级以上人民政府应当建立科技人才分类评价机制和科技成果转化尽职免责机制。",
     {(P, "科技人才分类评价机制"), (P, "科技成果转化尽职免责机制")}, set()),
    ("neg a generic rule after a named one", RULES, "省人民政府建立科技创新工作协调机制和信息共享机制。",
     {(P, "科技创新工作协调机制")}, {(P, "信息共享机制")}),
    # a count of the programmes run is no part of a name
    ("a batch of major projects run", PLAN, "每年组织实施10项左右市级重大科技专项，突破一批关键核心技术。",
     {(P, "重大科技专项")}, {(P, "10项左右市级重大科技专项"), (P, "10项左右重大科技专项")}),
    ("a batch run", PLAN, "实施一批重大科技专项。", {(P, "重大科技专项")}, {(P, "一批重大科技专项")}),
    ("neg a count of works", PLAN, "实施五大工程，推动产业升级。", set(), {(P, "五大工程"), (P, "工程")}),
    # how long a quoted action runs is part of its name
    ("a quoted three-year action", PLAN, "推进“智改数转”三年行动，对实施智能化改造的企业给予设备投资额10%的补助。",
     {(P, "智改数转三年行动")}, set()),
    ("a quoted three-year action plan", PLAN, "深入实施“数字云南”三年行动计划。", {(P, "数字云南三年行动计划")}, set()),
    ("neg a quote and a span of time", PLAN, "“智改数转”三年内覆盖规上工业企业。", set(), {(P, "智改数转")}),
    # a plan cited by its title in 《》, whatever verb cites it; not a law, a notice or a measures' title
    ("a zone's plan approved", RULES, "实验区的开发建设应当符合国务院批准的《滇中新区发展规划》。", {(P, "滇中新区发展规划")}, set()),
    ("a plan outline followed", PLAN, "按照《云南省“十四五”科技创新规划》的部署，加快建设创新型云南。", {(P, "云南省十四五科技创新规划")}, set()),
    ("neg a law cited", RULES, "依照《中华人民共和国促进科技成果转化法》的规定执行。", set(), {(P, "中华人民共和国促进科技成果转化法")}),
    ("neg a measures' title cited", MEASURES, "按照《关于进一步支持科技创新的若干措施》执行。", set(), {(P, "关于进一步支持科技创新的若干措施")}),
    ("neg a plan of no name", RULES, "建设项目应当符合《总体规划》。", set(), {(P, "总体规划")}),
    # a fund set up after money allotted: the verb no part of its name
    ("a fund set up after money allotted", MEASURES, "市财政每年安排5000万元设立市科技成果转化专项资金。",
     {(P, "昆明市科技成果转化专项资金")}, {(P, "设立市科技成果转化专项资金"), (P, "昆明市设立市科技成果转化专项资金")}),
    # cases that held before this branch (kept so they hold after it)
    ("a national programme joined", MEASURES, "对新入选国家重点研发计划的项目，按国家拨付经费的10%给予配套支持。",
     {(P, "国家重点研发计划")}, set()),
    ("a quoted talent plan run", MEASURES, "组织实施“智汇春城”人才引进计划，对入选人才给予最高100万元安家补贴。",
     {(P, "智汇春城人才引进计划")}, set()),
    ("a city's angel fund set up by its size", MEASURES, "设立总规模50亿元的市天使投资引导基金，重点投向种子期、初创期科技型企业。",
     {(P, "昆明市天使投资引导基金")}, set()),
    ("two city funds drawn on", MEASURES, "统筹用好市科技创新专项资金和市产业发展专项资金，支持企业开展关键核心技术攻关。",
     {(P, "昆明市科技创新专项资金"), (P, "昆明市产业发展专项资金")}, set()),
    ("a quoted special action", PLAN, "开展“科技副总”专项行动，选派高校院所专家到企业任职。", {(P, "科技副总专项行动")}, set()),
    ("a support rule set up", MEASURES, "完善企业研发投入后补助制度，扩大普惠性支持范围。", {(P, "企业研发投入后补助制度")}, set()),
    ("a quoted title awarded", MEASURES, "每年评选一次“春城工匠”，每人给予5万元奖励。", {(P, "春城工匠")}, set()),
    ("a quoted initiative", PLAN, "实施“人工智能+”行动，推动人工智能与实体经济深度融合。", {(P, "人工智能+")}, set()),
    ("a Taiwan plan run", "經濟部產業創新加速計畫補助作業要點", "實施「產業創新加速計畫」，補助企業研發費用。",
     {(P, "产业创新加速计划")}, set()),
    # negatives: generic work, the document itself, a recipient's own project, a kind of fund others set up
    ("neg the document's own work plan", MEASURES, "各地要结合实际制定工作方案，细化工作措施，确保各项任务落到实处。", set(),
     {(P, "工作方案"), (P, "工作措施")}),
    ("neg the document itself", MEASURES, "本措施自印发之日起施行，有效期三年。", set(), {(P, "本措施")}),
    ("neg a recipient's own project", MEASURES, "对企业自主实施的研发项目，按研发投入的20%给予补助。", set(), {(P, "研发项目")}),
    ("neg a kind of fund others set up", MEASURES, "鼓励社会资本设立创业投资基金，投资本市初创期科技企业。", set(), {(P, "创业投资基金")}),
    ("neg a generic rule set up", RULES, "有关部门应当建立健全相关管理制度。", set(), {(P, "相关管理制度"), (P, "管理制度")}),
    ("neg a generic mechanism", PLAN, "建立工作机制，加强统筹协调，形成工作合力。", set(), {(P, "工作机制")}),
    ("neg an applicant's plan (Taiwan)", "經濟部產業創新加速計畫補助作業要點", "依本要點申請補助之計畫，應於公告期限內提出。", set(),
     {(P, "计划"), (P, "申请补助之计划")}),
    ("neg a project plan document", RULES, "申报单位应当按照项目计划书组织实施项目。", set(), {(P, "项目计划书"), (P, "项目计划")}),
    ("neg a kind of enterprise selected", MEASURES, "入选国家级专精特新“小巨人”企业的，给予一次性奖励50万元。", set(),
     {(P, "小巨人"), (P, "专精特新小巨人")}),
]


@pytest.mark.parametrize(("title", "sentence", "must", "must_not"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_programmes17(title: str, sentence: str, must: Found, must_not: Found, vocab: vocabulary.Vocab) -> None:
    got = found(title, sentence, vocab)
    assert must <= got, f"missing {must - got}; got {sorted(got)}"
    assert not (must_not & got), f"unwanted {must_not & got}"
