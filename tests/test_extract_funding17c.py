"""Support strengthened for someone, with the means named before (kg/extract/helped.py ASPECT_STRONGER): 综合运用财政、税收
等方面的措施,加强对X的扶持; 在平台建设、购买服务、人才培养等方面加强对X的扶持. Sentences of our own in the style of regulations
(第X条 …), support measures and action plans, annotated before the extractor ran on them; hard and negative cases included
(no money among the means, no means at all, a verb of oversight, Taiwan's 查核)."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary

from funded import recipients

CASES: list[tuple[str, list[str]]] = [
    # the means a body uses, then whom the support strengthens (regulations)
    ("第十六条 县级以上人民政府及其有关部门应当综合运用财政、税收、金融等方面的措施，加强对科技中介服务机构的扶持。", ["科技中介服务机构"]),
    ("应当综合运用财政、税收、金融等方面的措施，加强对科技成果转化和技术转移等科技中介机构的扶持，完善技术交易服务体系。", ["科技中介机构"]),
    ("市人民政府及其有关部门应当在平台建设、购买服务、人才培养等方面加强对技术转移服务机构的扶持。", ["技术转移服务机构"]),
    ("省人民政府应当在经费、师资等方面加强对农村职业学校的扶持。", ["农村职业学校"]),
    # …in support measures and plans: 方式, 手段 close the means
    ("综合运用政府购买服务、资金补助等措施，加强对孵化器的支持。", ["孵化器"]),
    ("（五）强化服务机构扶持。综合运用购买服务、资金奖补等方式，加强对科技服务机构的扶持。", ["科技服务机构"]),
    ("各区综合运用财政资金、政府采购等手段，加强对专精特新中小企业的扶持。", ["专精特新中小企业"]),
    ("在资金、场地等方面加大对众创空间的扶持力度。", ["众创空间"]),
    # no money among the means, no means at all, or no support: no line
    ("综合运用财政、税收、金融等方面的措施，加强对科技中介机构的监督管理。", []),
    ("省人民政府有关部门应当在规划编制、政策措施、项目布局等方面加强对新区建设的指导和支持。", []),
    ("综合运用税收、土地等政策措施，加强对实体经济的支持。", []),
    ("省人民政府建立基础研究投入机制，加强对基础研究的支持。", []),
    ("县级以上地方人民政府应当加强对高新技术企业、科技型中小企业等的扶持，培育科技领军企业。", []),
    ("綜合運用行政、法律等手段，加強對違規業者之查核。", []),
    ("综合运用财政资金等措施，加强对知识产权保护工作的支持。", []),
]


@pytest.fixture(scope="module")
def vocab() -> vocabulary.Vocab:
    return vocabulary.load()


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_strengthened_support(text: str, expected: list[str], vocab: vocabulary.Vocab) -> None:
    assert recipients(text, vocab) == expected
