"""ent15d: entities of real regulations (size classes of enterprise; sentences of our own).

Written in the style of regulations, support measures (若干措施) and action plans; none is taken from
corpus-dev or the gold documents. Each case gives the document's title, the sentence, the entities it
must yield and those it must not.
"""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary
from kg.extract import entities
from kg.pipeline import from_text

Found = set[tuple[str, str]]


def found(title: str, sentence: str, vocab: vocabulary.Vocab) -> Found:
    """The entities of the sentence (not of the title) in a document under that title."""
    doc = from_text(f"{title}\n{sentence}", vocab)
    return {(e.type, e.name) for e in entities.extract(doc, vocab) if e.evidence.start > len(title)}


CASES: list[tuple[str, str, str, Found, Found]] = [
    ("size classes of a definition", "宁夏回族自治区中小企业促进条例", "本条例所称中小企业，是指符合国家划型标准的中型企业、小型企业和微型企业。",
     {("EnterpriseType", "中小企业"), ("EnterpriseType", "中型企业"), ("EnterpriseType", "小型企业"), ("EnterpriseType", "微型企业")}, set()),
    ("a large enterprise in a support measure", "关于促进大中小企业融通发展的若干措施", "鼓励大型企业向中小企业开放场景、数据和检测设备。",
     {("EnterpriseType", "大企业"), ("EnterpriseType", "中小企业")}, set()),
    ("a micro enterprise paid", "某市稳就业若干措施", "对首次创办微型企业的高校毕业生，给予一次性创业补贴5000元。",
     {("EnterpriseType", "微型企业")}, set()),
    ("large and medium together are no medium class", "某省制造业协同发展行动方案", "推动大中型企业与小型微型企业开展协作配套。",
     {("EnterpriseType", "大中型企业")}, {("EnterpriseType", "中型企业")}),
    ("new-type is no size class", "某市企业培育实施方案", "支持新型企业、创新型企业做大做强。",
     set(), {("EnterpriseType", "中型企业"), ("EnterpriseType", "小型企业")}),
]


@pytest.mark.parametrize(("title", "sentence", "expected", "absent"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_ent15d_names(title: str, sentence: str, expected: Found, absent: Found, vocab: vocabulary.Vocab) -> None:
    got = found(title, sentence, vocab)
    assert expected <= got, got
    assert not absent & got
