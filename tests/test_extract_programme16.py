"""ent16a: Programme entities that hold on support measures, action plans and regulations nobody tuned them to:
a programme pushed on and run by two verbs (推进实施|…专项行动: the name read after the second, 实施 no part of it);
titles and prizes awarded, quoted right after the verb that awards them (获评|“全国技术能手”, kg/extract/honours.py);
a place's programme a firm or person is selected into (入选|上海市科技小巨人工程: cue list put_into); a grant fund
money is allotted to (安排|就业创业补助资金: 补助资金 in named_fund_kind); national institutions of the vocabulary
(现代企业制度, 现代院所制度, 职业经理人制度, 网络安全等级保护制度) whoever sets them up; a fund of a kind written
with 类 (设立|科技创新类产业基金).

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
    # a verb that pushes on, then the verb that runs: the name after the second
    ("an action pushed on and run", "宁波市中小企业数字化转型实施方案", "推进实施中小企业数字化转型专项行动，打造一批数字化转型标杆企业。",
     {(P, "中小企业数字化转型专项行动")}, {(P, "实施中小企业数字化转型专项行动")}),
    ("a talent action sped up and run", "株洲市人才强企若干措施", "加快推进实施人才强企行动，每年引进高层次人才100名。",
     {(P, "人才强企行动")}, {(P, "实施人才强企行动")}),
    ("a quoted works pushed and run", "东莞市专精特新企业培育若干措施", "推动实施“专精特新”中小企业梯度培育工程。",
     {(P, "专精特新中小企业梯度培育工程")}, {(P, "实施专精特新中小企业梯度培育工程")}),
    ("an event pushed on and carried out", "嘉兴市科技成果转化行动方案", "持续推进开展科技成果转化攻坚行动。",
     {(P, "科技成果转化攻坚行动")}, {(P, "开展科技成果转化攻坚行动")}),
    # negatives: work pushed on and run, no programme of a name
    ("neg the document's own plan run", "合肥市制造业提升行动计划", "推进实施本行动计划，确保各项任务落地。", set(),
     {(P, "本行动计划"), (P, "行动计划"), (P, "实施本行动计划")}),
    ("neg projects pushed and run", "洛阳市重大项目建设行动方案", "推进实施重大项目建设，加快形成实物工作量。", set(),
     {(P, "重大项目"), (P, "实施重大项目建设")}),
    # a title or prize awarded, quoted after the verb: the title whole, a place inside kept
    ("two titles awarded", "绍兴市高技能人才若干措施", "对新获评“中华技能大奖”“全国技术能手”的高技能人才，分别给予一次性奖励20万元、10万元。",
     {(P, "中华技能大奖"), (P, "全国技术能手")}, set()),
    ("a city's title chosen every two years", "泉州市人才发展若干措施", "每两年评选一次“泉州杰出人才”，每次不超过10名，每人给予100万元奖励。",
     {(P, "泉州杰出人才")}, set()),
    ("a title with 称号", "山东省技能人才若干措施", "对荣获“齐鲁工匠”称号的技能人才，给予每人5万元奖励。", {(P, "齐鲁工匠")}, set()),
    ("a medal with a province inside", "江苏省职工技能提升行动方案", "获评“江苏省五一劳动奖章”的职工，给予奖励。",
     {(P, "江苏省五一劳动奖章")}, set()),
    # negatives: a quoted kind of enterprise (its own type), a quote that modifies a noun, a prize of no name
    ("neg a quoted kind of enterprise", "杭州市专精特新企业培育若干措施", "对首次获评“小巨人”企业的，给予一次性奖励50万元。", set(),
     {(P, "小巨人")}),
    ("neg a quote modifying a list", "西安市企业上市行动方案", "对当年入选“独角兽”企业榜单的，一次性给予奖励。", set(), {(P, "独角兽")}),
    ("neg rankings selected into", "深圳市科技创新行动计划", "入选“全球创新千强”“世界品牌百强”等世界榜单的企业超过40家。", set(),
     {(P, "全球创新千强"), (P, "世界品牌百强")}),
    ("neg a medal of no name", "温州市职业技能竞赛若干措施", "对获得“金牌”的选手给予奖励。", set(), {(P, "金牌")}),
    ("neg a quote after no awarding verb", "厦门市人才发展若干措施", "大力宣传“厦门杰出人才”的先进事迹。", set(), {(P, "厦门杰出人才")}),
    # a place's programme one is selected into, like one put into (列入|…)
    ("a city's works selected into", "嘉定区科技创新若干措施", "对新入选上海市科技小巨人工程的企业，按照市级资助金额给予1:1区级配套。",
     {(P, "上海市科技小巨人工程")}, set()),
    ("a province's plan selected into", "苏州市人才引进若干措施", "对入选江苏省双创计划的人才给予配套资助。", {(P, "江苏省双创计划")}, set()),
    ("neg a list selected into", "杭州市科技型企业培育若干措施", "对入选浙江省科技型中小企业名单的企业给予奖励。", set(),
     {(P, "浙江省科技型中小企业名单")}),
    # ent19a: later dev gold names a place's S&T plan (河北省科技计划 in dev10 0041, 长沙市科技计划 in synth3 s021), so this is one now
    ("a province's S&T plan, its place written", "石家庄市科技创新若干措施", "入选河北省科技计划的项目，给予配套。", {(P, "河北省科技计划")}, set()),
    # a grant fund allotted, named by what it is for; not a grant of no field
    ("a grant fund allotted", "四川省就业创业促进条例", "县级以上地方人民政府应当在本级财政预算中安排就业创业补助资金。",
     {(P, "就业创业补助资金")}, set()),
    ("neg a grant of no field", "成都市中小企业发展若干措施", "市财政按规定安排补助资金，支持中小企业发展。", set(), {(P, "补助资金")}),
    # national institutions: named wherever they are set up, improved or followed, by whomever
    ("a firm's modern system improved", "宁波市民营经济促进条例", "鼓励民营企业建立完善中国特色现代企业制度，完善法人治理结构。",
     {(P, "现代企业制度")}, set()),
    ("professional managers brought in", "广州市国有企业改革行动方案", "推行职业经理人制度，实行经理层成员任期制和契约化管理。",
     {(P, "职业经理人制度")}, set()),
    ("a research institute's modern system", "福建省科学技术进步条例", "新型研发机构应当建立现代院所制度，实行理事会领导下的院长负责制。",
     {(P, "现代院所制度")}, set()),
    ("the cybersecurity scheme followed", "重庆市数据条例", "数据处理者应当在网络安全等级保护制度的基础上，加强数据安全防护。",
     {(P, "网络安全等级保护制度")}, {("Industry", "网络安全")}),
    ("neg an enterprise's own rules", "宁波市民营经济促进条例", "鼓励企业建立内部管理制度。", set(), {(P, "内部管理制度"), (P, "现代企业制度")}),
    # 类 inside a fund's name set up; not 各类 (funds of every kind)
    ("a fund of a kind set up", "浙江省科技成果转化条例", "省人民政府设立科技创新类产业基金，引导社会资本投向科技成果转化。",
     {(P, "科技创新类产业基金")}, set()),
    ("neg funds of every kind", "湖南省科技创新若干措施", "统筹运用财政资金和各类产业基金，支持科技型企业发展。", set(),
     {(P, "各类产业基金"), (P, "产业基金")}),
]


@pytest.mark.parametrize(("title", "sentence", "must", "must_not"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_programmes16(title: str, sentence: str, must: Found, must_not: Found, vocab: vocabulary.Vocab) -> None:
    got = found(title, sentence, vocab)
    assert must <= got, f"missing {must - got}; got {sorted(got)}"
    assert not (must_not & got), f"unwanted {must_not & got}"
