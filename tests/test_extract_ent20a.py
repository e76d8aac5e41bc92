"""ent20a: programmes named on unseen text — a prize a body gives (颁发|…奖), jieba's adjectival noun inside a
programme's name (…和安全/an治理行动), and a numeral run inside a quoted short name (链主企业“十百|千”培育计划), an outline set up (制定和实施|…纲要), a grant scheme set up (设立|…资助项目), a fund a place names in full in
any position (湖南省|先进制造业发展基金|重点投向…).

Sentences of our own in the style of regulations, support measures and action plans, written before the extractor
ran on them; none is taken from corpus-dev or the gold documents. Each case gives the document's title, the sentence,
the Programme names it must yield and those it must not.
"""

from __future__ import annotations

import pytest
from test_extract_entities12 import found

from kg import vocab as vocabulary
from kg.extract import entities
from kg.pipeline import from_text

Names = set[str]

CASES: list[tuple[str, str, str, Names, Names]] = [
    # a prize a body gives, named after 颁发/授予 with words enough of its own (kg/extract/awarded.py)
    ("a talent prize given", "某省人才发展促进条例", "对作出突出贡献的高层次人才，省人民政府颁发钱江英才贡献奖。",
     {"钱江英才贡献奖"}, set()),
    ("a prize for young people given", "某市科学技术奖励办法", "对在科技创新中成绩突出的青年科技人员，授予青年科技创新杰出奖。",
     {"青年科技创新杰出奖"}, set()),
    ("neg a grade given", "某市科学技术奖励办法", "评审委员会认为成果特别重大的，可以授予特等奖。", set(), {"特等奖"}),
    ("neg certificates given", "某市科学技术奖励办法", "由市人民政府向获奖者颁发获奖证书和奖金。", set(), {"获奖", "获奖证书"}),
    ("neg a title given", "某省劳动模范评选办法", "对事迹突出的，授予省劳动模范荣誉称号。", set(), {"省劳动模范荣誉称号"}),
    ("neg a short prize given", "某市科学技术奖励办法", "对成绩特别优异的团队颁发团队奖。", set(), {"团队奖"}),
    # jieba's adjectival noun (安全/an) inside a programme's name, not opening it
    ("an action with 安全 inside, joined", "某省数字经济行动方案", "实施数据流通和安全保障行动，培育数据要素市场。",
     {"数据流通和安全保障行动"}, set()),
    ("an engineering plan with 安全 inside", "某市产业链发展规划", "组织实施产业链安全提升工程。",
     {"产业链安全提升工程"}, set()),
    ("neg 安全 in a task, no kind", "某市信息化发展规划", "实施网络和数据安全管理，落实安全责任。", set(), {"网络和数据安全管理"}),
    # a numeral run inside a quoted short name, with the kind of firm before it
    ("a quoted numeral run after a kind of firm", "某市先进制造业行动计划", "实施专精特新企业“千百十”培育计划，建立梯度培育库。",
     {"专精特新企业千百十培育计划"}, {"千百十培育计划"}),
    ("a quoted numeral run alone", "某市人才发展行动计划", "深入实施“十百千”人才引育计划。", {"十百千人才引育计划"}, set()),
    ("a quoted numeral run after a kind of firm, an action", "某市先进制造业行动计划", "实施骨干企业“十百千”升级行动。",
     {"骨干企业十百千升级行动"}, set()),
    ("neg a count of programmes", "某市先进制造业行动计划", "实施十大工程，推动产业升级。", set(), {"十大工程"}),
    # an outline a government draws up and carries out (制定和实施|…纲要: 纲要 in cue list rule_suffix, as 规划)
    ("an outline drawn up and carried out", "某市知识产权保护条例", "本市制定并实施知识产权强省建设纲要，加强知识产权保护。",
     {"知识产权强省建设纲要"}, set()),
    ("neg an outline of no name", "某市知识产权保护条例", "有关部门应当制定相关纲要。", set(), {"相关纲要", "纲要"}),
    # a scheme of grants set up (设立|…资助项目: 资助项目 in cue list rule_suffix), not a bare one nor a service
    ("a grant scheme set up", "某省科学技术进步条例", "省科学技术行政部门设立青年科学家资助项目，支持青年人才开展研究。",
     {"青年科学家资助项目"}, set()),
    ("neg a grant scheme of no name", "某省科学技术进步条例", "有关部门可以设立资助项目。", set(), {"资助项目"}),
    ("neg a service set up", "某市优化营商环境条例", "街道可以设立便民服务项目。", set(), {"便民服务项目"}),
    # the board for specialised SMEs of the regional equity markets (vocabulary: 专精特新专板, also written 专精特新板)
    ("the specialised SMEs' board supported", "某市中小企业促进条例", "支持上海股权托管交易中心专精特新专板建设。",
     {"专精特新专板"}, set()),
    ("the specialised SMEs' board, short form", "某省中小企业促进条例", "推动区域性股权市场设立专精特新板，服务企业融资。",
     {"专精特新专板"}, set()),
    ("neg the kind of firm alone", "某省中小企业促进条例", "培育一批专精特新中小企业。", set(), {"专精特新专板"}),
    # a fund a place names in full, in any position (kg/extract/placedfunds.py)
    ("a placed fund as the subject", "某省数字经济发展行动计划", "浙江省数字经济产业发展基金重点投向集成电路和软件领域。",
     {"浙江省数字经济产业发展基金"}, set()),
    ("a placed fund after 和 in a list drawn on", "某市促进天使投资若干措施", "统筹用好市级科技专项资金和合肥市天使投资基金。",
     {"合肥市天使投资基金"}, set()),
    ("a placed fund with a bare 基金 as the subject", "某市促进科技成果转化若干措施", "成都市科技成果转化基金按市场化方式投资种子期项目。",
     {"成都市科技成果转化基金"}, set()),
    ("a placed risk pool set up", "某市科技金融若干措施", "设立佛山市科技信贷风险补偿资金池，分担银行贷款损失。",
     {"佛山市科技信贷风险补偿资金池"}, set()),
    ("neg a placed fund drawn on (gold-dev: ambiguous Organization)", "某市科技创新行动计划", "进一步发挥无锡市科技风险投资基金作用。",
     set(), {"无锡市科技风险投资基金"}),
    ("neg a place's budget money", "某市科技金融若干措施", "北京市财政专项资金予以支持。", set(), {"北京市财政专项资金"}),
    ("neg a fund's rule", "某市产业基金管理办法", "杭州市产业发展基金管理办法由市财政局另行制定。", set(), {"杭州市产业发展基金"}),
    ("neg a fund's manager", "某市产业基金管理办法", "深圳市天使投资引导基金管理公司负责日常运营。", set(), {"深圳市天使投资引导基金"}),
]


@pytest.mark.parametrize(("case", "title", "sentence", "expected", "unwanted"), CASES, ids=[c[0] for c in CASES])
def test_programmes_on_unseen_text(case: str, title: str, sentence: str, expected: Names, unwanted: Names, vocab: vocabulary.Vocab) -> None:
    got = {name for kind, name in found(title, sentence, vocab) if kind == "Programme"}
    assert expected <= got, f"{case}: missing {expected - got}"
    assert not (unwanted & got), f"{case}: unwanted {unwanted & got}"


def test_national_overseas_talent_plan_written_whole(vocab: vocabulary.Vocab) -> None:
    """国家海外高层次人才引进计划: the vocabulary's 千人计划, its hit the whole written name with 国家 (the surface a
    gold line named so matches), not 海外高层次人才引进计划 with 国家 left a word of its own."""
    doc = from_text("某区人才发展若干措施\n对新入选国家海外高层次人才引进计划的青年人才，给予安家补贴。", vocab)
    surfaces = {e.surface for e in entities.extract(doc, vocab) if e.type == "Programme" and e.name == "千人计划"}
    assert surfaces == {"国家海外高层次人才引进计划"}
