"""ent12: bodies named through a list of levels, plans drawn up, funds opened by a verb (sentences of our own).

Written in the style of regulations, support measures (若干措施) and action plans; none is taken from
corpus-dev or the gold documents. Each case gives the document's title (its place is the jurisdiction
a relative body resolves to), the sentence, the entities it must yield and those it must not.
"""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary
from kg.extract import entities, plans
from kg.pipeline import from_text

Found = set[tuple[str, str]]


def found(title: str, sentence: str, vocab: vocabulary.Vocab) -> Found:
    """The entities of the sentence (not of the title) in a document under that title."""
    doc = from_text(f"{title}\n{sentence}", vocab)
    return {(e.type, e.name) for e in entities.extract(doc, vocab) if e.evidence.start > len(title)}


CASES: list[tuple[str, str, str, Found, Found]] = [
    ("levels listed before a government", "舟山市科技创新促进条例", "第四条 市、县（区）人民政府应当将科技创新纳入国民经济和社会发展规划。",
     {("Agency", "舟山市人民政府")}, {("Programme", "国民经济和社会发展规划")}),
    ("levels listed before a body named by function", "青岛市科技创新促进条例", "第五条 市、区（市）科学技术行政部门负责本行政区域内科技创新工作的综合管理。",
     {("Agency", "青岛市科学技术局")}, set()),
    ("a level in parentheses before another", "成都市优化营商环境条例", "市和区（市）县人民政府及其有关部门应当依托政府信箱受理投诉。",
     {("Agency", "成都市人民政府")}, {("Agency", "成都市县政府")}),
    ("a province's list", "浙江省开发区条例", "第二十二条 省、市人民政府应当加强对开发区工作的领导。",
     {("Agency", "浙江省人民政府")}, set()),
    ("two-character levels and a parenthesised kind", "重庆市科技创新促进条例", "市、区县（自治县）人民政府应当加强对科技创新工作的领导。",
     {("Agency", "重庆市人民政府")}, set()),
    ("a province and its cities", "河北省科学技术进步条例", "省、设区的市人民政府科学技术行政主管部门负责科学技术进步工作。",
     {("Agency", "河北省人民政府"), ("Agency", "河北省科学技术厅")}, set()),
    ("neg a clause after a government is no body's function", "重庆市优化营商环境条例", "第六十条 市人民政府建立健全跨部门协调机制。",
     {("Agency", "重庆市人民政府")}, {("Agency", "重庆市人民政府建立健全跨部门")}),
    ("support measure: listed levels' finance bodies allot a fund with its amount", "成都市促进科技成果转化若干措施",
     "市、区（市）县财政部门每年安排科技成果转化专项资金5000万元，用于支持企业技术攻关。",
     {("Agency", "成都市财政局"), ("Programme", "科技成果转化专项资金")}, set()),
    ("neg a committee of the political consultative conference", "开封市优化营商环境条例", "人民政治协商会议市、县（区）委员会应当加强民主监督。",
     set(), {("Agency", "中共开封市委员会"), ("Agency", "开封市委员会")}),
    ("neg 城市 is no level", "杭州市城市规划条例", "城市、县城建设主管部门应当统筹规划。", set(), {("Agency", "杭州市县城建设主管部门")}),
    ("a plan drawn up", "青岛市科技创新促进条例", "第七条 市、区（市）人民政府应当组织编制科学技术发展规划。",
     {("Agency", "青岛市人民政府"), ("Programme", "科学技术发展规划")}, set()),
    ("action plan: the whole place is no part of the plan's name", "南京市数字经济行动计划", "组织编制全市战略性新兴产业发展规划，明确产业发展重点。",
     {("Programme", "战略性新兴产业发展规划")}, {("Programme", "全市战略性新兴产业发展规划")}),
    ("本行政区域 is no part of the plan's name", "浙江省信息化条例", "第十条 县级以上人民政府应当编制本行政区域信息化发展规划。",
     {("Programme", "信息化发展规划")}, {("Programme", "本行政区域信息化发展规划")}),
    ("neg a plan of generic words only", "珠海市产业发展条例", "合作区应当编制产业发展规划，发展新技术、新产业。", set(), {("Programme", "产业发展规划")}),
    ("neg 编制部门 is the drafting body, no plan", "宁波市智慧城市条例", "总体规划和专项规划的编制部门应当就规划的内容向公众提供咨询服务。",
     set(), {("Programme", "部门应当就规划")}),
    ("neg a year's work plan", "苏州市科技局工作要点", "市科技局编制年度工作计划。", set(), {("Programme", "年度工作计划")}),
    ("two verbs joined before the plan", "南京市人才发展条例", "制定和实施科技人才发展规划，完善人才评价机制。", {("Programme", "科技人才发展规划")}, set()),
    ("neg two verbs before any related plans", "南京市人才发展条例", "制定和实施相关规划，统筹推进工作。", set(), {("Programme", "相关规划")}),
    ("a place's own plan work is put into", "成都市科技创新条例", "将科技创新工作纳入成都市国民经济和社会发展规划。",
     {("Programme", "成都市国民经济和社会发展规划"), ("Region", "成都市")}, set()),
    ("neg any place's plan", "成都市科技创新条例", "符合条件的项目纳入国民经济和社会发展规划。", set(), {("Programme", "国民经济和社会发展规划")}),
    ("the plan of each level listed", "青岛市科技创新促进条例", "列入国家级、省级、市级重点新产品计划的产品，经鉴定投产后，由财政给予奖励。",
     {("Programme", "重点新产品计划")}, {("Programme", "国家级、省级、市级重点新产品计划")}),
    ("neg a level's generic plan", "青岛市科技创新促进条例", "列入省级科技计划的项目给予支持。", set(), {("Programme", "科技计划")}),
    ("a fund whose name opens with a verb", "青岛市科技创新促进条例", "本市设立应用基础研究专项资金，支持高等学校开展科学研究。",
     {("Programme", "应用基础研究专项资金")}, set()),
    ("a field before a generic platform kind names a kind of its own", "青岛市科技创新促进条例",
     "（二）重点实验室、工程技术研究中心、科技公共服务平台等科技条件平台建设和运行保障。",
     {("PlatformType", "科技公共服务平台"), ("PlatformType", "重点实验室")}, {("PlatformType", "公共服务平台")}),
    ("action plan: 科技创新 before the kind", "舟山市科技创新行动方案", "建设一批科技创新公共服务平台，为中小企业提供检验检测服务。",
     {("PlatformType", "科技创新公共服务平台")}, {("PlatformType", "公共服务平台")}),
    ("neg the generic kind alone", "舟山市科技创新行动方案", "鼓励建设公共服务平台。", {("PlatformType", "公共服务平台")}, set()),
    ("neg a field word inside another word", "舟山市科技创新行动方案", "支持建设高科技公共服务平台。", set(), {("PlatformType", "科技公共服务平台")}),
    ("bilateral platforms: a dash between two places, 中 and a partner's short form", "北京市开放创新行动计划",
     "加快建设中关村-德国创新园、北京-巴黎创新中心、中以加速器等创新合作载体。",
     {("Platform", "中关村-德国创新园"), ("Platform", "北京-巴黎创新中心"), ("Platform", "中以加速器")}, {("PlatformType", "加速器")}),
    ("bilateral zones, a place in parentheses", "江苏省对外开放行动方案", "高水平建设中以常州创新园和中德（太仓）产业合作示范区。",
     {("Platform", "中以常州创新园"), ("Platform", "中德(太仓)产业合作示范区")}, set()),
    ("a bilateral zone whose head jieba cuts in two", "天津市开放条例", "推动中新天津生态城建设国家绿色发展示范区。",
     {("Platform", "中新天津生态城")}, {("Platform", "中新天津生态城建设国家绿色发展示范区")}),
    ("support measure: a bilateral city of knowledge", "广州市促进科技创新若干措施", "支持中新广州知识城建设。", {("Platform", "中新广州知识城")}, set()),
    ("a leading group named by its task, a verb before 工作", "广州市促进科技创新若干措施", "建立市科技创新工作领导小组，由市长任组长。",
     {("Agency", "广州市科技创新工作领导小组")}, set()),
    ("neg a verb right after the level is the sentence's", "广州市促进科技创新若干措施", "市加强工作领导小组建设。", set(), {("Agency", "广州市加强工作领导小组")}),
    ("neg 中 as a position before a preposition", "苏州市科技创新条例", "在实施中以企业为主体建设创新中心。", set(), {("Platform", "中以企业为主体建设创新中心")}),
    ("neg 中西部 is no pair of countries", "河南省开放条例", "承接中西部地区产业转移示范区建设。", set(), {("Platform", "中西部地区产业转移示范区")}),
    ("a named fund as its clause's subject", "青岛市科技创新促进条例", "科学技术专项资金中应当安排一定比例资金，用于支持技术的消化吸收再创新。",
     {("Programme", "科学技术专项资金")}, set()),
    ("regulation: a fund after an article's number, its uses after it", "天津市职业教育条例", "第二十条 校企合作发展专项资金用于下列事项。",
     {("Programme", "校企合作发展专项资金")}, set()),
    ("neg budget money in general", "天津市职业教育条例", "财政专项资金应当加强监管。", set(), {("Programme", "财政专项资金")}),
    ("neg a fund of generic words", "杭州市科技条例", "第十条 科技发展专项资金支持以下科技活动。", set(), {("Programme", "科技发展专项资金")}),
    ("neg a place's fund the text names relative to it", "宁波市中小企业条例", "市中小企业发展专项资金应当专款专用。", set(), {("Programme", "市中小企业发展专项资金")}),
    ("neg a short fund of a verb and money", "青岛市科技创新促进条例", "本市设立扶持资金，支持企业发展。", set(), {("Programme", "扶持资金")}),
]




@pytest.mark.parametrize(("title", "sentence", "expected", "absent"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_ent12_names(title: str, sentence: str, expected: Found, absent: Found, vocab: vocabulary.Vocab) -> None:
    got = found(title, sentence, vocab)
    assert expected <= got
    assert not absent & got


@pytest.mark.parametrize(
    ("name", "generic"),
    [("产业发展规划", True), ("年度工作计划", True), ("科学技术发展规划", False), ("重大科技项目储备库", False), ("年度计划和有关专项规划", True)],
)
def test_ent12_only_generic_plans(name: str, generic: bool) -> None:
    assert plans.only_generic(name) is generic
