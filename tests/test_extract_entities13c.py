"""ent13c: entities of regulations (条例, 办法, 规定): rules of innovation work set up anew by name; two bodies joined
by 和/与 read as two, not one;
plans of every sort (…规划和计划) no plan's name.

Sentences of our own in the style of regulations, support measures and action plans of several provinces; none is
taken from corpus-dev or the gold documents. Each case gives the document's title, the sentence, the entities it must
yield and those it must not.
"""

from __future__ import annotations

import pytest
from test_extract_entities12 import Found, found

from kg import vocab as vocabulary

CASES: list[tuple[str, str, str, Found, Found]] = [
    # a rule of innovation work set up anew (建立/实行/推行) is a Programme, generic words and all
    ("a coordination mechanism set up", "湖州市科技创新促进条例", "第五条 市、区县人民政府应当建立科技创新工作联席会议机制，统筹解决重大问题。",
     {("Programme", "科技创新工作联席会议机制")}, set()),
    ("a rule of young founders set up", "珠海市青年创新创业促进条例", "第六条 市人民政府建立青年创新创业服务保障制度。",
     {("Programme", "青年创新创业服务保障制度")}, set()),
    ("an award system set up", "江西省科学技术进步条例", "第八条 本省建立科学技术奖励制度，奖励在科学技术进步中作出突出贡献的个人和组织。",
     {("Programme", "科学技术奖励制度")}, set()),
    ("a responsibility system carried out", "绍兴市科技创新促进条例", "第四十条 市人民政府实行科技创新目标考核责任制，考核结果作为评价依据。",
     {("Programme", "科技创新目标考核责任制")}, set()),
    ("a talent rule set up in a support measure", "福州市加快人才集聚若干措施", "（三）推行科技人才分类评价制度，向用人单位下放职称评审权。",
     {("Programme", "科技人才分类评价制度")}, set()),
    ("a rule set up in an action plan", "山西省科技创新行动计划", "建立创新创业政策一致性评估机制，定期清理不合时宜的规定。",
     {("Programme", "创新创业政策一致性评估机制")}, set()),
    # negatives: a rule improved (完善, 健全) is one already there; a rule of no innovation work; rules in a list
    ("neg a rule improved", "湖州市科技创新促进条例", "完善科技创新工作协调机制，加强部门协同。", set(), {("Programme", "科技创新工作协调机制")}),
    ("neg a rule of other work", "湖州市优化营商环境条例", "建立营商环境投诉协调机制，及时处理企业诉求。", set(), {("Programme", "营商环境投诉协调机制")}),
    ("neg rules of procedure", "湖州市社会信用条例", "建立信用修复工作协调机制。", set(), {("Programme", "信用修复工作协调机制")}),
    ("neg rules in a list", "江西省科学技术进步条例", "建立健全科技人才引进、培养、评价和激励机制。", set(),
     {("Programme", "科技人才引进、培养、评价和激励机制"), ("Programme", "激励机制")}),
    ("neg an innovation word and generic rule words only", "山西省科技创新行动计划", "建立科技创新工作机制。", set(),
     {("Programme", "科技创新工作机制")}),
    # the instruments of support named before stay Programmes after any establish verb
    # two bodies joined by 和/与 (a level or place after it, or a body's head before it) are no one body
    ("neg a province and a city joined", "烟台市科技创新促进条例", "山东省和烟台市人民政府应当加强对科技创新工作的领导。",
     {("Agency", "烟台市人民政府")}, {("Agency", "山东省和烟台市人民政府")}),
    ("neg departments and district governments joined", "苏州市职业教育校企合作促进条例", "市人民政府将工作情况作为市有关部门和区人民政府考核的内容。",
     {("Agency", "苏州市人民政府")}, {("Agency", "苏州市有关部门和区人民政府"), ("Agency", "区人民政府")}),
    ("neg a department and a committee joined", "海南自由贸易港促进条例", "省派出机构与园区管理委员会应当建立信息共享机制。",
     set(), {("Agency", "海南省派出机构与园区管理委员会")}),
    ("neg a department and the government joined", "杭州市促进中小企业发展条例", "市经济信息化部门和政府其他部门应当加强协作。",
     set(), {("Agency", "杭州市经济信息化部门和政府")}),
    ("bodies with 和 inside stay one", "西安市科技创新促进条例", "市工业和信息化部门、市人力资源和社会保障部门按照职责做好相关工作。",
     {("Agency", "西安市工业和信息化局"), ("Agency", "西安市人力资源和社会保障局")}, set()),
    ("a province's bureau with 和 inside", "湖北省科技创新促进条例", "省发展和改革委员会负责统筹协调。", {("Agency", "湖北省发展和改革委员会")}, set()),
    # a plan with a bare kind joined on (…规划和计划) is plans of every sort; the plan before it stays
    ("neg plans of every sort run", "南昌市科学技术进步条例", "市人民政府应当制定并实施科技人才培养规划和计划。",
     {("Programme", "科技人才培养规划")}, {("Programme", "科技人才培养规划和计划")}),
    ("neg related plans and plans", "江苏省数字经济促进条例", "组织实施数字经济相关规划和实施方案。", set(),
     {("Programme", "数字经济相关规划和实施方案")}),
    ("a named plan run stays", "南昌市科学技术进步条例", "组织实施科技人才培养计划，每年遴选一批青年科技人才。", {("Programme", "科技人才培养计划")}, set()),
    ("a support rule improved", "湖州市科技创新促进条例", "完善科技型企业融资风险补偿机制。", {("Programme", "科技型企业融资风险补偿机制")}, set()),
]


@pytest.mark.parametrize(("title", "sentence", "must", "must_not"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_entities13c(title: str, sentence: str, must: Found, must_not: Found, vocab: vocabulary.Vocab) -> None:
    got = found(title, sentence, vocab)
    assert must <= got, f"missing {must - got}; got {sorted(got)}"
    assert not (must_not & got), f"unwanted {must_not & got}"
