"""ent15e: entities real regulations name that the extractor missed: the country's full name before a word of its
territory (中华人民共和国境内) is Region 中国, not inside a law's title nor before its laws or orders; the national
system of science-and-technology reports (建立科技报告制度) is a Programme, a report handed in is none; a fund set up
whose kind word jieba glues to its field (设立青年|科学基金) is named; the joint research centre (联合研究中心) is a kind of
platform, as the joint laboratory is.

Sentences of our own in the style of regulations, support measures and action plans; none is taken from corpus-dev or
the gold documents. Each case gives the document's title, the sentence, the entities it must yield and those it must not.
"""

from __future__ import annotations

import pytest
from test_extract_entities12 import Found, found

from kg import vocab as vocabulary

CHINA = ("Region", "中国")
REPORTS = ("Programme", "科技报告制度")

CASES: list[tuple[str, str, str, Found, Found]] = [
    # the country's full name before a word of its territory: the place itself
    ("territory in a scope article", "某省数字经济促进条例", "在中华人民共和国境内从事数字经济活动的单位，适用本条例。", {CHINA}, set()),
    ("territory as the sentence's subject", "某市若干措施", "中华人民共和国境内注册的企业均可申报本措施支持。", {CHINA}, set()),
    ("territory outside", "某省跨境数据行动方案", "向中华人民共和国境外提供数据的，应当依法开展安全评估。", {CHINA}, set()),
    ("customs territory", "某合作区条例", "合作区与中华人民共和国关境内其他地区之间实行分线管理。", {CHINA}, set()),
    # the full name inside a title, or before the country's laws, orders and treaties, names no place here
    ("neg a law's title", "某省科技创新条例", "根据《中华人民共和国科学技术进步法》等法律，制定本条例。", set(), {CHINA}),
    ("neg territory words inside a title", "某省条例", "依照《中华人民共和国境外非政府组织境内活动管理法》执行。", set(), {CHINA}),
    ("neg the country's laws", "某经济特区条例", "投资者必须遵守中华人民共和国法律、法规和本条例。", set(), {CHINA}),
    ("neg a State Council order", "某条例", "中华人民共和国国务院令第100号公布。", set(), {CHINA}),
    # the national system of science-and-technology reports, set up or improved
    ("report system set up by a city", "某市科技创新促进条例", "市科技行政部门应当建立科技报告制度，推动科技资源开放共享。", {REPORTS}, set()),
    ("report system improved, joined to another", "某省促进科技成果转化条例", "省人民政府建立健全统一的科技报告制度和科技成果信息系统。", {REPORTS}, set()),
    ("neg a report handed in", "某省科技计划项目管理办法", "项目承担单位应当在验收时提交科技报告。", set(), {REPORTS}),
    # a fund set up whose kind word jieba glues to its field (科学基金)
    ("a youth science fund set up by a province", "某省科学技术进步条例", "省设立青年科学基金，支持青年科技人员开展研究。",
     {("Programme", "青年科学基金")}, set()),
    ("neg a plan glued to its field", "某市科技创新条例", "市规划部门编制国土空间规划应当统筹科技设施用地。", set(), {("Programme", "国土空间规划")}),
    ("neg budget money of a level", "某市优化营商环境条例", "本市建立市级财政资金类惠企政策统一申报系统。", set(), {("Programme", "财政资金")}),
    # the joint research centre partners build
    ("joint research centres built abroad", "某省国际科技合作行动计划", "支持企业与境外高校共建联合研究中心和联合实验室。",
     {("PlatformType", "联合研究中心"), ("PlatformType", "联合实验室")}, set()),
    ("neg joint research done, no centre", "某市若干措施", "支持高校与企业开展联合研究，攻克关键核心技术。", set(), {("PlatformType", "联合研究中心")}),
    ("neg reports shared", "某市行动方案", "推动科学数据、科技报告等科技资源开放共享。", set(), {REPORTS}),
]


@pytest.mark.parametrize(("title", "sentence", "must", "must_not"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_entities15e(title: str, sentence: str, must: Found, must_not: Found, vocab: vocabulary.Vocab) -> None:
    got = found(title, sentence, vocab)
    assert must <= got, f"missing {must - got}; got {sorted(got)}"
    assert not (must_not & got), f"unwanted {must_not & got}"
