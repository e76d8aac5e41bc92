"""Funding in support measures (fund20c): the bodies a fund pays in fields named before 等…领域的 (kg/extract/fieldheads.py);
a case's cap read as a promise to the case, 单个项目 → the projects named earlier in the sentence (kg/extract/onecase.py);
a lender's loan losses covered at a share → the lender, not the borrowers nor the pool (kg/extract/lossshare.py).
Sentences of our own; each case lists the recipients read, with level and amount, in order."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg import vocab as vocabulary
from kg.extract import funding
from kg.pipeline import from_text


@pytest.fixture(scope="module")
def shipped() -> vocabulary.Vocab:
    return vocabulary.load()


def read(text: str, vocab: vocabulary.Vocab) -> list[tuple[str, str | None, Decimal | None]]:
    doc = from_text(text, vocab)
    facts = funding.extract(doc, vocab)
    for fact in facts:
        assert doc.original[fact.evidence.start : fact.evidence.end] == fact.evidence.quote
    return [(f.recipient, f.level, f.amount_yuan) for f in facts]


FIELDS: list[tuple[str, list[tuple[str, str | None, Decimal | None]]]] = [
    # the fields before 等…领域的 are where, the two bodies after 的 are whom
    ("市天使投资基金主要投向集成电路、生物医药、人工智能等战略性新兴产业领域的早期科技型企业和高校院所转化项目。",
     [("早期科技型企业", None, None), ("高校院所转化项目", None, None)]),
    # one body after 行业的, with the per-firm ceiling of the stake
    ("区产业基金重点投资新材料、高端装备、节能环保等行业的专精特新企业,单个企业投资额不超过3000万元。",
     [("专精特新企业", None, Decimal("30000000"))]),
    # the bodies were read alone already: as read
    ("对新一代信息技术、新能源等领域的重大项目,给予最高500万元补助。", [("重大项目", None, Decimal("5000000"))]),
]

ONE_CASE: list[tuple[str, list[tuple[str, str | None, Decimal | None]]]] = [
    # 单个项目: the projects counted earlier in the sentence, at their level
    ("每年支持省级重点研发项目30项左右,单个项目给予最高100万元资助。", [("重点研发项目", "省级", Decimal("1000000"))]),
    # after a verb of the clause, the cap in the terms
    ("区里每年组织实施产学研联合攻关项目,单个项目资助金额最高不超过80万元。", [("产学研联合攻关项目", None, Decimal("800000"))]),
    # whom the 对 phrase names stays, the cap of one firm its amount
    ("对新认定的高新技术企业,单家企业给予20万元奖励。", [("高新技术企业", None, Decimal("200000"))]),
    # a sentence that names no projects: no one
    ("单个项目给予不超过50万元资助。", []),
    # the projects of another sentence are not this one's
    ("市级统筹实施一批关键技术攻关项目。单个项目给予不超过60万元资助。", []),
]

LOSSES: list[tuple[str, list[tuple[str, str | None, Decimal | None]]]] = [
    # the lender before 向, the pool after 由 pays; the share and the cap per loan
    ("对小额贷款公司向农户发放的贷款出现的坏账损失,由县风险补偿基金按照20%的比例给予补偿,单户补偿不超过5万元。",
     [("小额贷款公司", None, Decimal("50000"))]),
    # no 对, the payer named without 由, the share without 的比例
    ("合作银行向科技型企业发放的首贷形成损失的,市财政按照50%给予补偿。", [("合作银行", None, None)]),
    # a law's duty to make good a harm: no promise
    ("因政策调整给市场主体造成损失的,应当依法对市场主体因此受到的损失予以补偿。", []),
    # losses, but no share and no loan made by a lender: no promise
    ("企业因参与应急保供遭受损失的,市政府给予补偿。", []),
]


@pytest.mark.parametrize(("text", "expected"), LOSSES)
def test_lender_share(text: str, expected: list[tuple[str, str | None, Decimal | None]], shipped: vocabulary.Vocab) -> None:
    assert read(text, shipped) == expected


def test_lender_share_ratio(shipped: vocabulary.Vocab) -> None:
    """The share of the loss is the line's ratio."""
    doc = from_text("省担保基金对银行业金融机构向初创企业发放的信用贷款形成的本金损失,按照40%的比例给予补偿。", shipped)
    assert [(f.recipient, f.ratio) for f in funding.extract(doc, shipped)] == [("银行业金融机构", Decimal("0.4"))]


@pytest.mark.parametrize(("text", "expected"), FIELDS)
def test_bodies_after_fields(text: str, expected: list[tuple[str, str | None, Decimal | None]], shipped: vocabulary.Vocab) -> None:
    assert read(text, shipped) == expected


@pytest.mark.parametrize(("text", "expected"), ONE_CASE)
def test_one_case_named_earlier(text: str, expected: list[tuple[str, str | None, Decimal | None]], shipped: vocabulary.Vocab) -> None:
    assert read(text, shipped) == expected


def test_fields_never_recipients(shipped: vocabulary.Vocab) -> None:
    """However many fields a fund lists, none is paid (投向…等方向的X: the direction's word too)."""
    got = read("省引导基金重点投向量子信息、空天科技、海洋装备等方向的初创科技型企业。", shipped)
    assert [r for r, _, _ in got] == ["初创科技型企业"]
