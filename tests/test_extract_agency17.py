"""ent17d: regions and agencies on documents nobody tuned the extractor to: the zone a title governs (天津市促进天开高教科创园
发展条例), bodies named by a function no holder list names (no body named), a zone committee's bureaus when it issues as
管委会, and a Taiwan rule's own bureaus after 本府 (本府建設處 → 嘉义市政府建设处).

Sentences of our own in the style of regulations, support measures, action plans and Taiwan's 要點, annotated before the
extractor ran on them; none is taken from corpus-dev or the gold documents. Each case gives the document's title, the
sentence, the entities it must yield and those it must not.
"""

from __future__ import annotations

import pytest
from test_extract_entities12 import Found, found

from kg import vocab as vocabulary
from kg.extract import entities, governed
from kg.pipeline import from_text

CASES: list[tuple[str, str, str, Found, Found]] = [
    # a zone the document's title governs, named by its own words (no known place opens it)
    ("a park a regulation governs", "苏州市促进金鸡湖科创园发展条例", "第三条 金鸡湖科创园应当建立健全科技成果转化服务体系。",
     {("Region", "金鸡湖科创园")}, set()),
    ("a science city a regulation governs", "合肥市滨湖科学城建设条例", "第五条 市人民政府应当加强对滨湖科学城建设工作的领导。",
     {("Region", "滨湖科学城"), ("Agency", "合肥市人民政府")}, set()),
    ("a park support measures govern", "关于支持青龙湖科创园高质量发展的若干措施", "对新入驻青龙湖科创园的科技型中小企业,给予三年租金补贴。",
     {("Region", "青龙湖科创园")}, set()),
    ("an industrial cluster zone a regulation governs", "嘉兴市秀洲产业集聚区管理条例", "秀洲产业集聚区管理委员会负责集聚区的规划、建设和管理。",
     {("Region", "秀洲产业集聚区")}, set()),
    ("neg a kind of zone in the title", "山东省开发区条例", "第八条 开发区应当加强生态环境保护。", set(), {("Region", "开发区")}),
    ("neg parks in general", "天津市科技创新条例", "第二十条 本市支持大学科技园、科技园区建设。", set(), {("Region", "科技园区")}),
    ("neg no zone in the title", "天津市促进会展业发展条例", "第六条 本市支持会展场馆建设。", set(), {("Region", "会展业")}),
    # a zone's committee named by the zone's kind in the regulation of the zone its title governs (written before the run)
    ("a new area's committee by its kind", "宜春明月山新区条例", "第六条 新区管理委员会负责新区的规划、建设和管理。",
     {("Agency", "宜春明月山新区管理委员会")}, {("Agency", "新区管理委员会")}),
    ("a high-tech zone's committee short", "株洲高新技术产业开发区条例", "高新区管委会应当建立企业服务专员制度。",
     {("Agency", "株洲高新技术产业开发区管理委员会")}, {("Agency", "高新区管理委员会")}),
    ("neg a committee in a province's law", "湖南省科技创新条例", "高新区管委会应当支持企业建设研发机构。",
     set(), {("Agency", "湖南省高新区管理委员会"), ("Agency", "湖南省科技创新管理委员会")}),
    ("neg a committee named by the zone's own words", "河北雄安新区条例", "雄安新区管理委员会是省人民政府的派出机构。",
     {("Agency", "雄安新区管理委员会")}, {("Agency", "河北雄安新区管理委员会")}),
    # a committee named by its short form 管委会 (written before the run)
    ("a zone's committee short", "陕西省秦创原创新驱动平台建设若干措施", "支持西咸新区管委会设立科技成果转化基金。",
     {("Agency", "西咸新区管理委员会")}, {("Agency", "西咸新区管委会")}),
    ("neg a kind's committee", "山东省经济开发区条例", "第八条 经济开发区管理委员会应当优化营商环境。",
     set(), {("Agency", "开发区管理委员会"), ("Agency", "经济开发区管理委员会")}),
    ("neg a committee written in full stays", "河北省数字经济促进条例", "河北雄安新区管理委员会应当推进数字城市建设。",
     {("Agency", "河北雄安新区管理委员会")}, {("Agency", "雄安新区管理委员会")}),
    # universities named after a direction or a Taiwan 国立 (written before the run)
    ("a university opened by a direction", "深圳市人工智能产业行动计划", "支持南方科技大学建设人工智能学院。",
     {("Organization", "南方科技大学")}, set()),
    ("a Taiwan national university", "嘉義市政府產學合作補助要點", "與國立嘉義大學合作提出者,每案補助最高新臺幣五十萬元。",
     {("Organization", "国立嘉义大学")}, set()),
    ("neg national universities in general", "國立大學校院校務基金設置條例", "國立大學應設置校務基金。",
     set(), {("Organization", "国立大学")}),
    ("neg a kind of university", "上海市高等教育促进条例", "支持建设高水平研究型大学。",
     set(), {("Organization", "研究型大学"), ("Organization", "高水平研究型大学")}),
    # committees the document's place sets up (written before the run)
    ("a committee the city sets up", "上海市高等教育促进条例", "本市设立高等教育投入评估咨询委员会,对重大投入政策提出咨询意见。",
     {("Agency", "上海市高等教育投入评估咨询委员会")}, set()),
    ("a committee a province's government sets up", "四川省数据条例", "省人民政府设立数据专家咨询委员会，为数据发展提供咨询。",
     {("Agency", "四川省数据专家咨询委员会")}, set()),
    ("neg a committee an enterprise sets up", "天津市科技创新条例", "鼓励企业设立技术委员会。", set(), {("Agency", "天津市技术委员会")}),
    # bodies named by their function
    ("neg a function nobody's holder list names", "杭州市会展业促进条例", "第五条 市会展业主管部门负责全市会展业的统筹协调。",
     set(), {("Agency", "杭州市会展业主管部门")}),
    ("neg a data body by function", "海口市数字政府建设若干规定", "市大数据发展部门负责统筹全市政务数据共享。",
     set(), {("Agency", "海口市大数据发展部门")}),
    ("a science body by function resolved", "天津市科技创新促进条例", "第六条 市科学技术行政部门负责本市科技创新促进工作。",
     {("Agency", "天津市科学技术局")}, set()),
    ("neg departments in general", "河南省促进科技成果转化条例", "县级以上人民政府有关部门应当在各自职责范围内做好相关工作。",
     set(), {("Agency", "有关部门"), ("Agency", "河南省有关部门")}),
    # Taiwan: 本府 is the issuing city's or county's government
    ("a Taiwan city's own division", "嘉義市政府青年創業補助作業要點", "本要點之執行機關為本府建設處。",
     {("Agency", "嘉义市政府建设处")}, set()),
    ("a Taiwan county's own bureau", "宜蘭縣政府產業創新研發補助要點", "申請案由本府工商旅遊處受理審查。",
     {("Agency", "宜兰县政府工商旅游处")}, set()),
    ("neg 本府 alone", "嘉義市政府青年創業補助作業要點", "本府得視預算調整補助額度。", set(), {("Agency", "嘉义市政府建设处")}),
]


@pytest.mark.parametrize(("case", "title", "sentence", "present", "absent"), CASES, ids=[c[0] for c in CASES])
def test_regions_and_agencies(case: str, title: str, sentence: str, present: Found, absent: Found, vocab: vocabulary.Vocab) -> None:
    got = found(title, sentence, vocab)
    assert present <= got, f"{case}: missing {present - got}"
    assert not (absent & got), f"{case}: wrong {absent & got}"


@pytest.mark.parametrize(("title", "zone"), [
    ("天津市促进金鸡湖科创园发展条例", "金鸡湖科创园"),
    ("山东省青岛前湾保税港区条例", "青岛前湾保税港区"),
    ("关于支持青龙湖科创园高质量发展的若干措施", "青龙湖科创园"),
    ("山东省经济开发区条例", None),
    ("国务院关于促进综合保税区高水平开放高质量发展的若干意见", None),
    ("科学园区设置管理条例", None),
    ("天津滨海新区条例", None),
    ("天津市科学技术进步条例", None),
])
def test_the_zone_a_title_governs(title: str, zone: str | None, vocab: vocabulary.Vocab) -> None:
    assert governed.zone(title, vocab) == zone


def test_a_zone_committee_issuing_as_guanweihui_names_its_bureaus(vocab: vocabulary.Vocab) -> None:
    """区财政金融局 in measures 南昌高新区管委会 issues: the zone's bureau, named by the zone as the issuer writes it."""
    doc = from_text("南昌高新区管委会\n南昌高新区支持企业研发若干措施\n区财政金融局负责资金保障,区审计局依法开展审计监督。", vocab)
    got = {(e.type, e.name) for e in entities.extract(doc, vocab)}
    assert {("Agency", "南昌高新区财政金融局"), ("Agency", "南昌高新区审计局")} <= got
    assert ("Agency", "南昌市财政金融局") not in got


DISTRICT_DOCS = [
    # (masthead, title, sentence, present, absent): a district two cities' districts bear, named by its issuer after the city
    ("杭州市西湖区人民政府办公室", "西湖区促进数字经济发展若干措施", "区财政局会同区经信局负责政策兑现,区政府统筹协调。",
     {("Agency", "杭州市西湖区财政局"), ("Agency", "杭州市西湖区人民政府")}, {("Agency", "杭州市财政局")}),
    ("广州市南沙区人民政府", "南沙区支持科技创新十条措施", "对新认定的高新技术企业,由区科技局给予一次性奖励。",
     {("Agency", "广州市南沙区科学技术局")}, {("Agency", "广州市科学技术局")}),
    ("北京市通州区人民政府", "通州区促进科技创新若干措施", "区科委负责组织实施。", {("Agency", "北京市通州区科学技术委员会")}, set()),
    ("深圳市南山区人民政府办公室", "南山区人才引进若干措施", "由区委组织部会同区人力资源局每年认定一次。",
     {("Agency", "中共深圳市南山区委组织部"), ("Agency", "深圳市南山区人力资源局")}, {("Agency", "中共深圳市委组织部")}),
    ("杭州市人民政府办公厅", "杭州市数字经济若干措施", "区财政局负责资金兑现。", set(), {("Agency", "杭州市西湖区财政局")}),
]


@pytest.mark.parametrize(("masthead", "title", "sentence", "present", "absent"), DISTRICT_DOCS, ids=[c[1] for c in DISTRICT_DOCS])
def test_a_districts_own_bodies(masthead: str, title: str, sentence: str, present: Found, absent: Found, vocab: vocabulary.Vocab) -> None:
    doc = from_text(f"{masthead}\n{title}\n{sentence}", vocab)
    got = {(e.type, e.name) for e in entities.extract(doc, vocab) if e.evidence.start > len(masthead) + len(title) + 1}
    assert present <= got, f"missing {present - got}"
    assert not (absent & got), f"wrong {absent & got}"


def test_the_issuers_district_is_a_region_where_the_text_writes_it(vocab: vocabulary.Vocab) -> None:
    doc = from_text("杭州市西湖区人民政府办公室\n西湖区促进数字经济发展若干措施\n支持西湖区企业开展技术攻关。", vocab)
    assert ("Region", "西湖区") in {(e.type, e.name) for e in entities.extract(doc, vocab) if e.evidence.start >= 30}
