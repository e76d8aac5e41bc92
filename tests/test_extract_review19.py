"""Lead review of session 19's merges: where two branches' rules met (a vocabulary term inside a longer name; 者 ending
a noun of persons, not a Taiwan condition), with our own sentences, negatives included."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary
from kg.extract import extract
from kg.model import Funding
from kg.pipeline import from_text

W = 10_000


@pytest.fixture(scope="module")
def vocab() -> vocabulary.Vocab:
    return vocabulary.load()


@pytest.mark.parametrize(("text", "expected"), [
    # a vocabulary term, then a short head it names a part of: one name (ent19b's 世界500强企业 had cut it)
    ("对落户我市的世界500强企业研发总部，给予最高5000万元落户奖励。", {("世界500强企业研发总部", 5000 * W)}),
    # …not a programme's: its projects are paid as the programme (重点研发计划|项目)
    ("对通过验收的市级重点研发计划项目，给予最高100万元后补助。", {("重点研发计划", 100 * W)}),
    # …not when the term is the name, nor across a list
    ("对新引进的世界500强企业，给予最高1000万元奖励。", {("世界500强企业", 1000 * W)}),
    ("对新认定的高新技术企业和科技型中小企业，分别给予20万元、5万元奖励。", {("高新技术企业", 20 * W), ("科技型中小企业", 5 * W)}),
    # 者 ending a noun of persons names whom (twn19's 者 conditions are Taiwan's 的, not 获得者, nor X者 after 获选为)
    ("对引进的诺贝尔奖获得者，每年给予100万元工作经费，连续支持5年。", {("诺贝尔奖获得者", 100 * W)}),
    ("企業投資金額達新臺幣五億元以上者，本府給予獎勵金新臺幣五百萬元。", {("企业", 500 * W)}),
    ("獲選為績優廠商者，頒發獎金新臺幣三十萬元。", {("绩优厂商", 30 * W)}),
])
def test_merged_rules_meet(text: str, expected: set[tuple[str, int]], vocab: vocabulary.Vocab) -> None:
    found = {(f.recipient, int(f.amount_yuan)) for f in extract(from_text(text, vocab), vocab) if isinstance(f, Funding) and f.amount_yuan is not None}
    assert found == expected
