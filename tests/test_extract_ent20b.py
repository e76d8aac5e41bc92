"""ent20b: kinds of platform, industries and places on sentences of our own (support measures, plans, regulations).

Each case gives a document title, one sentence, the PlatformType / Platform / Industry / Region lines the annotators'
conventions give it (`expected`; "a|b" accepts either name) and the lines left ambiguous (`ambiguous`: neither counted
nor forbidden). Every other line of those four types the sentence gives is a false one. Written before the rules ran
on them; none is taken from corpus-dev or the gold documents.
"""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary

from sentencelines import Lines, judge, lines

TYPES = {"PlatformType", "Platform", "Industry", "Region"}
MEASURES = "某市促进科技创新若干措施"

CASES: list[tuple[str, str, str, Lines, Lines]] = [
    # computing power is a resource a plan provides, no industry (kg/extract/ontology: 算力 left out of industries.ttl)
    ("neg computing power pooled", "某省人工智能产业发展行动计划", "统筹通用算力、智能算力和超算算力,推动跨区域算力调度。",
     set(), {("Region", "某省")}),
    ("neg computing power as a principle", "某省人工智能产业发展行动计划", "坚持场景牵引、算力先行、数据赋能,打造产业生态。",
     set(), set()),
    ("neg data, algorithms and computing power", "某市数据条例", "鼓励企业融合数据、算法、算力资源,开展模型训练。",
     set(), set()),
    ("a computing industry developed", "某市数字经济促进条例", "大力培育算力产业,壮大软件和信息服务业。",
     {("Industry", "算力产业|算力"), ("Industry", "软件和信息服务业")}, set()),
    ("a computing network among emerging industries", "某省新兴产业发展规划",
     "重点发展低空经济、商业航天、算力网络、合成生物等战略性新兴产业。",
     {("Industry", "低空经济"), ("Industry", "商业航天"), ("Industry", "算力网络"), ("Industry", "合成生物"),
      ("Industry", "战略性新兴产业")}, set()),
    # a kind of platform set up in a place, through a relative clause (kg/extract/platformclauses.py)
    ("an offshore base set up abroad", MEASURES, "企业在境外设立的离岸创新创业基地可以申请市级认定。",
     {("PlatformType", "离岸创新创业基地")}, set()),
    ("a transfer centre built in another province", MEASURES, "鼓励高校在省外建设的技术转移服务中心承接本地成果转化。",
     {("PlatformType", "技术转移服务中心")}, set()),
    ("an offshore base paid (the frame of a payment, before ent20b too)", MEASURES,
     "对企业在境外设立的离岸创新创业基地,按年度运营费用的20%给予补助。", {("PlatformType", "离岸创新创业基地")}, set()),
    ("neg institutes a law means, set up with public money", "某省促进科技成果转化条例",
     "利用财政性资金设立的科学技术研究开发机构应当建立科技成果转化年度报告制度。", set(),
     {("PlatformType", "研发机构"), ("PlatformType", "科学技术研究开发机构")}),
    ("neg a body's own service centre", "某市人才发展条例", "人力资源社会保障部门设立的人才服务中心应当免费提供档案服务。",
     set(), set()),
    ("neg what a kind has, after the verb that builds it", "某市科技创新促进条例",
     "建设具有全国影响力的区域科技创新中心,打造创新策源地。", set(), set()),
    # talent stations a district recognises (ontology/vocab/platform-types.ttl)
    ("a talent station recognised", MEASURES, "对经认定的区级人才工作站,每年给予最高20万元运营补贴。",
     {("PlatformType", "人才工作站")}, set()),
    ("a recruiting station written so", MEASURES, "支持园区企业在高校集聚地设立引才工作站。",
     {("PlatformType", "人才工作站")}, set()),
    ("a young talent station, a kind of its own", "某市青年创新创业促进条例", "市、区两级建设青年创新人才工作站,为青年提供创业辅导。",
     {("PlatformType", "青年创新人才工作站")}, set()),
    ("an overseas recruiting station, a kind of its own", MEASURES, "对在海外设立的区级海外引才工作站,按年度给予工作经费补助。",
     {("PlatformType", "海外引才工作站")}, set()),
    # a field held up by 以…为代表/为重点/为主导 (kg/extract/developed.py exemplar; cue list field_exemplar)
    ("one field as the example of a cluster", "某市制造业高质量发展规划", "打造以新能源汽车为代表的千亿级产业集群。",
     {("Industry", "新能源汽车")}, set()),
    ("one field as the lead of an industrial system", "某市制造业高质量发展规划", "构建以集成电路为主导的现代化产业体系。",
     {("Industry", "集成电路")}, set()),
    ("neg a field as the means", "某市智慧城市条例", "以大数据为支撑,提升城市精细化治理水平。", set(), set()),
    ("neg a field inside a clause before 以…为代表", "某市科普条例", "举办以人工智能科普周为代表的群众性科普活动。", set(),
     {("Programme", "人工智能科普周")}),
    # a field inside the title of a text cited names no industry (kg/extract/developed.py cited)
    ("neg a field in a cited measure's title", MEASURES, "按照《某省促进科技金融发展若干措施》的规定,加大对科技型企业的信贷支持。",
     set(), {("Region", "某省")}),
    ("neg a field in a cited law's title", "某市网络数据管理办法", "违反本办法规定的,依照《中华人民共和国网络安全法》的有关规定处罚。",
     set(), {("Region", "中国")}),
    ("a field developed and a cited title", "某市生物医药产业发展规划",
     "大力发展生物医药,落实《某省促进集成电路产业发展若干措施》。", {("Industry", "生物医药")}, set()),
]


@pytest.mark.parametrize(("case", "title", "sentence", "expected", "ambiguous"), CASES, ids=[c[0] for c in CASES])
def test_ent20b(case: str, title: str, sentence: str, expected: Lines, ambiguous: Lines, vocab: vocabulary.Vocab) -> None:
    missed, false = judge(expected, ambiguous, lines(title, sentence, vocab, TYPES))
    assert not missed and not false, f"{case}: missed {missed}, false {false}"
