"""ent20c: names' left edges on sentences of our own (support measures, regulations): a verb that opens a list of
fields, a verb jieba tags a noun before a company, 与 before a school a place opens, a party office in short, and 区
alone in a city of an autonomous region.

Each case gives a document title, one sentence, the Industry / Organization / Agency lines the annotators'
conventions give it (`expected`; "a|b" accepts either name) and the lines left ambiguous (`ambiguous`: neither
counted nor forbidden). Every other line of those three types the sentence gives is a false one. Written before the
rules ran on them; none is taken from corpus-dev or the gold documents.
"""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary

from sentencelines import Lines, judge, lines

TYPES = {"Industry", "Organization", "Agency"}
MEASURES = "株洲市促进科技金融发展若干措施"
RULES = "某省科技创新促进条例"

CASES: list[tuple[str, str, str, Lines, Lines]] = [
    # a verb that opens a list of fields is no part of its first item (cue list field_list_verb; kg/extract/fields.py)
    ("a fund invests in fields", RULES, "省人民政府设立创新投资基金，重点投资电子信息、有色金属、航空等优势产业领域。",
     {("Industry", "电子信息"), ("Industry", "有色金属"), ("Industry", "航空")}, {("Agency", "省人民政府")}),
    ("a fund mainly invests in fields", RULES, "引导基金主要投资集成电路、新型显示等战略性新兴产业。",
     {("Industry", "集成电路"), ("Industry", "新型显示"), ("Industry", "战略性新兴产业")}, set()),
    ("pilot bases built on local fields", RULES, "各地可结合锂电新材料、精细化工、生物医药等主导产业建设中试基地。",
     {("Industry", "锂电新材料"), ("Industry", "精细化工"), ("Industry", "生物医药")}, set()),
    ("neg investment inside the last item of a list of finance", RULES, "支持自贸片区发展银行、证券、保险、私募股权投资等金融业态。",
     {("Industry", "银行"), ("Industry", "证券"), ("Industry", "保险"), ("Industry", "私募股权投资")}, set()),
    ("neg venture investment is no field", RULES, "鼓励天使投资、创业投资机构投资种子期企业。",
     set(), set()),
    # 委托 introduces the body entrusted (cue list introducer)
    ("a guarantee company entrusted", MEASURES, "风险补偿资金委托湘潭市融资担保有限公司进行专户管理。",
     {("Organization", "湘潭市融资担保有限公司")}, set()),
    ("a guarantee company entrusted by a bureau", MEASURES, "由市财政局委托湘潭市融资担保有限公司管理资金。",
     {("Organization", "湘潭市融资担保有限公司"), ("Agency", "株洲市财政局")}, set()),
    ("a company after 由, no verb before it", MEASURES, "资金池由湘潭市融资担保有限公司负责日常管理。",
     {("Organization", "湘潭市融资担保有限公司")}, set()),
    ("neg research entrusted to schools names no organisation", MEASURES, "支持企业委托高校开展技术开发，对委托研发费用给予补助。",
     set(), set()),
    # 与 before a place that opens a school's name joins two partners (kg/extract/names.py _named_alone)
    ("firms with two schools", MEASURES, "支持区内企业与湘潭大学、吉首大学等高校共建联合实验室。",
     {("Organization", "湘潭大学"), ("Organization", "吉首大学")}, set()),
    ("a school with a hospital", MEASURES, "鼓励高校与湘潭大学附属医院开展临床研究合作。",
     {("Organization", "湘潭大学附属医院")}, set()),
    ("neg 与 inside an institute's name", MEASURES, "依托材料科学与工程研究院开展共性技术研究。",
     set(), {("Organization", "材料科学与工程研究院")}),
    # a party committee's financial office in short (cue list agency_full_form)
    ("the party's financial office", MEASURES, "由市科技局会同市委金融办给予奖励。",
     {("Agency", "中共株洲市委金融委员会办公室"), ("Agency", "株洲市科学技术局")}, set()),
    ("the party's talent office (ent13b, unchanged)", MEASURES, "由市科技局会同市委人才办认定。",
     {("Agency", "中共株洲市委人才工作领导小组办公室"), ("Agency", "株洲市科学技术局")}, set()),
    ("neg the government's financial office is not the party's", MEASURES, "由市科技局会同市政府金融办给予奖励。",
     {("Agency", "株洲市科学技术局")}, {("Agency", "株洲市人民政府"), ("Agency", "株洲市人民政府金融工作办公室")}),
    # 区 alone in a city of an autonomous region is the city's districts, not the region (kg/extract/resolve.py)
    ("districts' governments in a Guangxi city", "桂林市促进科技创新若干措施", "市科技局会同各县、区人民政府组织实施。",
     {("Agency", "桂林市科学技术局")}, set()),
    ("neg the region's own government, written 自治区", "广西壮族自治区科技创新条例", "自治区人民政府应当加强组织领导，自治区科技厅负责实施。",
     {("Agency", "广西壮族自治区人民政府"), ("Agency", "广西壮族自治区科学技术厅")}, set()),
    ("neg a Guangxi district's own bodies", "南宁市青秀区促进科技创新若干措施", "区科技局负责组织实施，区人民政府统筹安排资金。",
     {("Agency", "南宁市青秀区科学技术局"), ("Agency", "南宁市青秀区人民政府")}, set()),
]


@pytest.mark.parametrize(("case", "title", "sentence", "expected", "ambiguous"), CASES, ids=[c[0] for c in CASES])
def test_ent20c(case: str, title: str, sentence: str, expected: Lines, ambiguous: Lines, vocab: vocabulary.Vocab) -> None:
    missed, false = judge(expected, ambiguous, lines(title, sentence, vocab, TYPES))
    assert not missed and not false, f"{case}: missed {missed}, false {false}"
