"""Money means promised after whom a clause names (kg/extract/priorities.py, fund16d): what a clause sets up or calls
for (公开征集X, 发起设立A和B), then 通过|采取 means with a money word 等方式|形式予以支持; and 对X,通过…等方式予以支持
after an article's number (第二十九条市人民政府对X…). Sentences of our own in the style of regulations, support
measures and action plans, hard and negative cases included (no money among the means, a fund guiding others' money,
a budget duty, support with no money)."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary
from kg.extract import funding
from kg.pipeline import from_text

from funded import recipients


CASES: list[tuple[str, list[str]]] = [
    # what a clause calls for or sets up, then money means: the items that name a body, project or fund
    ("第二十一条 市科技部门应当公开征集科技创新项目和成果，通过非周期性项目资助等方式予以支持。", ["科技创新项目"]),
    ("鼓励引导社会资本发起设立股权投资基金和创业投资基金，政府采取参股、奖补等形式给予支持。", ["股权投资基金", "创业投资基金"]),
    ("（三）面向全球征集揭榜挂帅项目，通过项目资助、后补助等方式予以支持。", ["揭榜挂帅项目"]),
    ("鼓励社会力量建设众创空间，通过购买服务、场地租金补贴等方式予以支持。", ["众创空间"]),
    ("引进高层次人才团队，通过安家补贴、项目资助等方式给予支持。", ["高层次人才团队"]),
    # 对X after an article's number and the payer
    ("第二十九条 市人民政府对确立的重点科学技术成果转化项目，通过政府采购、研究开发资助、示范推广等方式予以支持。", ["重点科学技术成果转化项目"]),
    ("第八条　区人民政府对认定的新型研发机构，采取后补助、运营奖励等方式给予支持。", ["新型研发机构"]),
    # no money among the means, or no body named: no line
    ("鼓励企业设立研发机构，通过政府采购、示范推广等方式予以支持。", []),
    ("鼓励企业联合高校组建创新联合体，通过政策引导、宣传推广等方式给予支持。", []),
    # a fund guiding others' money, a budget duty, support with no money: no line
    ("设立科技成果转化引导基金，通过参股、跟进投资等方式引导社会资本投向科技成果转化项目。", []),
    ("县级以上人民政府应当设立科学技术经费，通过预算安排等方式予以保障。", []),
    ("市人民政府应当建立科技创新服务体系，通过完善政策、优化服务等措施予以支持。", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_means_after_object(text: str, expected: list[str], vocab: vocabulary.Vocab) -> None:
    assert recipients(text, vocab) == expected


def test_means_after_object_instrument(vocab: vocabulary.Vocab) -> None:
    """The instrument is the money word among the means; no amount."""
    facts = funding.extract(from_text("面向社会公开征集重大技术攻关项目，通过后补助等方式予以支持。", vocab), vocab)
    assert [(f.recipient, f.instrument, f.amount_yuan) for f in facts] == [("重大技术攻关项目", "补助", None)]
