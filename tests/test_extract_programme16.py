"""ent16a: Programme entities that hold on support measures, action plans and regulations nobody tuned them to:
a programme pushed on and run by two verbs (推进实施|…专项行动: the name read after the second, 实施 no part of it).

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
]


@pytest.mark.parametrize(("title", "sentence", "must", "must_not"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_programmes16(title: str, sentence: str, must: Found, must_not: Found, vocab: vocabulary.Vocab) -> None:
    got = found(title, sentence, vocab)
    assert must <= got, f"missing {must - got}; got {sorted(got)}"
    assert not (must_not & got), f"unwanted {must_not & got}"
