"""Support enjoyed by rule without an amount (…按照规定享受…补贴): who enjoys it when the places they go to are listed
(高校毕业生到城乡基层、中小微企业、社会组织就业的), and when bodies or platforms are listed before it (A、B、C等,依据…规定
享受…补助). Sentences of our own, in the style of regulations, support measures and action plans."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary
from kg.extract import funding
from kg.pipeline import from_text


@pytest.fixture(scope="module")
def shipped() -> vocabulary.Vocab:
    return vocabulary.load()


def recipients(text: str, vocab: vocabulary.Vocab) -> list[str]:
    doc = from_text(text, vocab)
    facts = funding.extract(doc, vocab)
    for fact in facts:
        assert doc.original[fact.evidence.start : fact.evidence.end] == fact.evidence.quote
    return [f.recipient for f in facts]


CASES: list[tuple[str, list[str]]] = [
    # the places they go to are listed: the person who comes, not a place in the list
    ("符合条件的高校毕业生到城乡基层、中小微企业、社会组织就业，灵活就业和应征入伍的，按照国家、省有关规定享受社会保险补贴、学费补偿等优惠政策。", ["高校毕业生"]),
    ("退役士兵到县乡企业、农民专业合作社、社区服务机构就业的，按照规定享受一次性吸纳就业补贴。", ["退役士兵"]),
    ("留学回国人员在本市高等学校、科研院所、新型研发机构工作的，可以享受安家补贴。", ["留学回国人员"]),
    ("高校毕业生到城乡基层就业，灵活就业的，按照国家、省有关规定享受社会保险补贴。", ["高校毕业生"]),
    # platforms listed, closed by 等, each named whole (a long name too)
    ("经认定的小型微型企业创业创新示范基地、科技企业孵化器、大学科技园、文化产业园等，依据本市相关规定享受升级改造建设补助等资金支持。",
     ["小型微型企业创业创新示范基地", "科技企业孵化器", "大学科技园", "文化产业园"]),
    ("三、支持载体建设。科技企业孵化器、众创空间等，依据相关规定享受运营补贴。", ["科技企业孵化器", "众创空间"]),
    ("青年见习基地及其见习学员、带教人员，按照本市有关规定享受补贴。", ["青年见习基地", "见习学员", "带教人员"]),
    # negative: no money enjoyed; a condition naming only whom an unseen subject employs
    ("科技企业孵化器、大学科技园、众创空间等，应当为入驻企业提供创业辅导服务。", []),
    ("招用就业困难人员的，按照国家和省有关规定享受岗位补贴。", []),
    ("高校毕业生到城乡基层、中小微企业、社会组织就业的，由有关部门做好服务保障。", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_enjoyed_by_rule(text: str, expected: list[str], shipped: vocabulary.Vocab) -> None:
    assert recipients(text, shipped) == expected
