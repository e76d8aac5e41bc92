"""ent20a: programmes named on unseen text — a prize a body gives (颁发|…奖), jieba's adjectival noun inside a
programme's name (…和安全/an治理行动), and a numeral run inside a quoted short name (链主企业“十百|千”培育计划).

Sentences of our own in the style of regulations, support measures and action plans, written before the extractor
ran on them; none is taken from corpus-dev or the gold documents. Each case gives the document's title, the sentence,
the Programme names it must yield and those it must not.
"""

from __future__ import annotations

import pytest
from test_extract_entities12 import found

from kg import vocab as vocabulary

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
]


@pytest.mark.parametrize(("case", "title", "sentence", "expected", "unwanted"), CASES, ids=[c[0] for c in CASES])
def test_programmes_on_unseen_text(case: str, title: str, sentence: str, expected: Names, unwanted: Names, vocab: vocabulary.Vocab) -> None:
    got = {name for kind, name in found(title, sentence, vocab) if kind == "Programme"}
    assert expected <= got, f"{case}: missing {expected - got}"
    assert not (unwanted & got), f"{case}: unwanted {unwanted & got}"
