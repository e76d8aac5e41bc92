"""ent15e: entities real regulations name that the extractor missed: the country's full name before a word of its
territory (中华人民共和国境内) is Region 中国, not inside a law's title nor before its laws or orders.

Sentences of our own in the style of regulations, support measures and action plans; none is taken from corpus-dev or
the gold documents. Each case gives the document's title, the sentence, the entities it must yield and those it must not.
"""

from __future__ import annotations

import pytest
from test_extract_entities12 import Found, found

from kg import vocab as vocabulary

CHINA = ("Region", "中国")

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
]


@pytest.mark.parametrize(("title", "sentence", "must", "must_not"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_entities15e(title: str, sentence: str, must: Found, must_not: Found, vocab: vocabulary.Vocab) -> None:
    got = found(title, sentence, vocab)
    assert must <= got, f"missing {must - got}; got {sorted(got)}"
    assert not (must_not & got), f"unwanted {must_not & got}"
