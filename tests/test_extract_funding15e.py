"""Whom means of money support when bodies are joined before their act (通过风险补偿等方式,鼓励和支持银行和小额贷款公司等
金融机构开展…: each body), and the partner a supported body acts with (支持中小企业独立或者联合大企业承担…,对符合条件的给予…:
the partner is no recipient); what a prize a government sets up rewards first (省…设立的科学技术奖应当重点奖励…的科技成果:
the 成果, 省级). Sentences of our own, in the style of regulations, support measures and action plans."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary
from kg.extract import funding
from kg.pipeline import from_text

from funded import recipients


CASES: list[tuple[str, list[str]]] = [
    # bodies joined by 和 or 、 before their act, closed by a kind after 等: each body, not the kind
    ("县级以上人民政府可以通过风险补偿、贷款贴息等方式，鼓励和支持银行和小额贷款公司等金融机构开展知识产权质押贷款业务。", ["银行", "小额贷款公司"]),
    ("各区通过贷款贴息、风险补偿等方式，支持商业银行、融资担保机构等开展首贷业务。", ["商业银行", "融资担保机构"]),
    ("通过后补助、以奖代补等方式，支持高等学校和科研院所开展关键核心技术攻关。", ["高等学校", "科研院所"]),
    # one body alone, as before
    ("通过贷款贴息等方式，支持科技型中小企业开展研发活动。", ["科技型中小企业"]),
    # the partner named after 联合 is no recipient; the supported body is
    ("支持中小企业独立或者联合大企业承担科技重大专项。市科学技术部门对符合条件的给予政策和资金支持。", ["中小企业"]),
    ("鼓励高校联合龙头企业承担重大攻关任务，对符合条件的给予经费支持。", ["高校"]),
    ("支持民营企业携手科研院所参与国家重点研发计划，按照规定给予资金支持。", ["民营企业"]),
    # a subject clause without 的 (bodies, 与 a partner, their act), then a department paying with others (会同): the bodies
    ("高等院校、科研院所与中小企业开展产学研用合作，市、区中小企业工作主管部门会同同级科学技术、教育等部门按照规定给予资金支持。", ["高等院校", "科研院所"]),
    ("高等学校和科研机构与龙头企业共建中试平台，市科学技术部门会同财政部门给予经费支持。", ["高等学校", "科研机构"]),
    # the partner alone, 对 naming whom: as before (the 对 phrase decides)
    ("对与高等院校开展产学研合作的中小企业，市科学技术部门给予资金支持。", ["中小企业"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_joined_and_partnered(text: str, expected: list[str], vocab: vocabulary.Vocab) -> None:
    assert recipients(text, vocab) == expected


def test_money_joined_is_no_body(vocab: vocabulary.Vocab) -> None:
    """企业和社会资本: 社会资本 is the money they bring, never a recipient of its own."""
    assert "社会资本" not in recipients("通过以奖代补等方式，引导企业和社会资本加大研发投入。", vocab)


PRIZES: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    ("省人民政府和宁波市人民政府按照国家规定设立的科学技术奖应当重点奖励取得重大经济效益、社会效益的科技成果。", [("科技成果", "省级", "科学技术奖")]),
    ("第十二条 市人民政府设立的科学技术进步奖重点奖励在本市实现产业化的重大科技成果。", [("重大科技成果", "市级", "科学技术进步奖")]),
    ("省人民政府设立的科学技术奖应当奖励在科技成果转化中作出突出贡献的科技人员。", [("科技人员", "省级", "科学技术奖")]),
    # others' prize (社会力量), and a prize set up with no one named after 奖励: no line
    ("鼓励社会力量设立的科学技术奖重点奖励青年科技人才。", []),
    ("设立的科学技术奖应当重点奖励。", []),
]


@pytest.mark.parametrize(("text", "expected"), PRIZES)
def test_prize_set_up_rewards(text: str, expected: list[tuple[str, str | None, str]], vocab: vocabulary.Vocab) -> None:
    doc = from_text(text, vocab)
    facts = funding.extract(doc, vocab)
    assert [(f.recipient, f.level, f.instrument) for f in facts] == expected
    assert all(doc.original[f.evidence.start : f.evidence.end] == f.evidence.quote for f in facts)
