"""Rewards and subsidies with amounts by level and grade in support measures (kg/extract/ranked.py, evaluated.py,
measures.unit_totals; fund18a): a threshold level (省级以上) is no level; an upgrade (升级为国家级) is paid at the level
reached; the levels after 其中 share out a most written first; levels listed in a condition clause go to the payee named
after the verb; a unit counted before the amount makes a yearly total no line; an evaluation's grade with no body named
pays the kind the title names. Sentences of our own (若干措施, 实施细则, 管理办法), annotated before the extractor ran on
them; hard and negative cases included (payers after 其中, a level list, a plain level, 规模以上, titles naming no kind)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg import vocab as vocabulary
from kg.extract import funding
from kg.pipeline import from_text

W = Decimal(10_000)
CASES: list[tuple[str, set[tuple[str, str | None, Decimal | None]]]] = [
    # a threshold: any level at or above, no level of its own
    ("对新认定的省级以上新型研发机构，市财政给予最高200万元支持。", {("新型研发机构", None, 200 * W)}),
    ("对年度考核为优秀、良好的省级以上众创空间，分别给予30万元、15万元奖励。", {("众创空间", None, 30 * W), ("众创空间", None, 15 * W)}),
    ("第十条 经有关部门认定为市级及以上工程技术研究中心的，给予20万元奖励。", {("工程技术研究中心", None, 20 * W)}),
    # …but a level written plainly, or a list of levels, keeps its level; 规模以上 is no level at all
    ("对新认定的省级新型研发机构，市财政给予最高200万元支持。", {("新型研发机构", "省级", 200 * W)}),
    ("对新认定的国家级、省级、市级工程技术研究中心，分别给予200万元、50万元、20万元一次性奖励。",
     {("工程技术研究中心", "国家级", 200 * W), ("工程技术研究中心", "省级", 50 * W), ("工程技术研究中心", "市级", 20 * W)}),
    ("对首次纳入统计的规模以上工业企业，给予10万元奖励。", {("规模以上工业企业", None, 10 * W)}),
    # an upgrade: the level reached
    ("对省级企业技术中心升级为国家企业技术中心的，补差奖励150万元。", {("企业技术中心", "国家级", 150 * W)}),
    ("对市级众创空间晋级为国家级众创空间的，给予50万元奖励。", {("众创空间", "国家级", 50 * W)}),
    ("对省级专精特新中小企业晋升为国家级专精特新“小巨人”企业的，给予100万元奖励。", {("专精特新小巨人企业", "国家级", 100 * W)}),
    # 其中 levels after a most written first; payers after 其中 keep the total
    ("对新获批的重点实验室给予最高500万元建设经费支持，其中国家级重点实验室500万元，省级重点实验室100万元。",
     {("重点实验室", "国家级", 500 * W), ("重点实验室", "省级", 100 * W)}),
    ("对新认定的技术创新中心给予最高300万元奖励，其中国家级300万元，省级100万元，市级30万元。",
     {("技术创新中心", "国家级", 300 * W), ("技术创新中心", "省级", 100 * W), ("技术创新中心", "市级", 30 * W)}),
    ("对新认定的国家级技术创新中心给予300万元奖励，其中市财政承担200万元，区财政承担100万元。", {("技术创新中心", "国家级", 300 * W)}),
    # levels listed in a condition of its own, the payee named after the verb: one line per level, in order
    ("对入选国家级、省级创新型产业集群的，分别给予集群管理机构100万元、50万元经费支持。",
     {("集群管理机构", "国家级", 100 * W), ("集群管理机构", "省级", 50 * W)}),
    ("对获评国家级、省级特色产业基地的，分别给予基地运营单位50万元、20万元奖励。",
     {("基地运营单位", "国家级", 50 * W), ("基地运营单位", "省级", 20 * W)}),
    # …one level: that of what the payee had recognised; a threshold (省级以上) gives none
    ("对入选省级创新型产业集群的，给予集群管理机构50万元经费支持。", {("集群管理机构", "省级", 50 * W)}),
    ("对入选省级以上创新型产业集群的，给予集群管理机构50万元经费支持。", {("集群管理机构", None, 50 * W)}),
    # levels listed after 通过 (the list reader took the verb in): each level, in order; a named owner gets them too
    ("对通过国家级、省级知识产权示范企业认定的，分别给予20万元、10万元奖励。",
     {("知识产权示范企业", "国家级", 20 * W), ("知识产权示范企业", "省级", 10 * W)}),
    ("对通过国家级、省级技术创新中心验收的，分别给予100万元、50万元奖励。",
     {("技术创新中心", "国家级", 100 * W), ("技术创新中心", "省级", 50 * W)}),
    ("对通过国家级、省级知识产权示范企业认定的企业，分别给予20万元、10万元奖励。", {("企业", "国家级", 20 * W), ("企业", "省级", 10 * W)}),
    ("对通过省级众创空间备案的，给予10万元奖励。", {("众创空间", "省级", 10 * W)}),
    ("对通过省级以上众创空间备案的，给予10万元奖励。", {("众创空间", None, 10 * W)}),
    # one promise read over two conditions with a comma between: each amount at its own condition's level
    ("对新入选国家级人才计划的，给予100万元安家补贴，新入选省级人才计划的，给予50万元安家补贴。",
     {("人才计划入选者", "国家级", 100 * W), ("人才计划入选者", "省级", 50 * W)}),
    ("对新认定的省级工业设计中心给予50万元奖励，已获省级奖励后升级为国家级工业设计中心的，再给予100万元奖励。",
     {("工业设计中心", "省级", 50 * W), ("工业设计中心", "国家级", 100 * W)}),
    # …not a second condition naming no level
    ("对新认定的省级企业技术中心，给予50万元奖励，运行绩效评价优秀的，再给予20万元奖励。",
     {("企业技术中心", "省级", 50 * W), ("企业技术中心", "省级", 20 * W)}),
    # Taiwan's 要點: whoever is recognised as X (認定為X者) is X, at the level written; a grade recognised stays as read
    ("認定為國家級研發中心者，補助新臺幣五百萬元；認定為市級研發中心者，補助新臺幣一百萬元。",
     {("研发中心", "国家级", 500 * W), ("研发中心", "市级", 100 * W)}),
    ("經核定為示範場域者，本部補助新臺幣八百萬元。", {("示范场域", None, 800 * W)}),
    ("評選為優等者，核發獎勵金新臺幣十萬元。", {("评选为优等者", None, 10 * W)}),
    # matching a government's grant or prize money written without 级 (按国家奖金额度, 按照国家资助金额的20%): its level
    ("对获得国家科学技术奖的项目，按国家奖金额度给予1:1配套奖励，最高不超过200万元。", {("项目", "国家级", 200 * W)}),
    ("对获得国家科学技术奖的项目，按实际获奖金额给予1:1配套奖励。", {("项目", "国家级", None)}),  # (the prize's, ranked.prize_matched)
    # …to two recipients at once: each at the prize's level (this raised KeyError before session 19)
    ("对获得国家科学技术进步奖的企业和高等学校，市财政按照奖金1:1给予配套奖励。", {("企业", "国家级", None), ("高等学校", "国家级", None)}),
    ("对承担国家科技重大专项的企业，按实际到位资金给予1:1配套支持。", {("企业", None, None)}),
    # a threshold (or no level) first, then a level opening a later clause: each amount at its clause's level; a payer's
    # level in the one clause is none
    ("对新认定的市级以上工程技术研究中心给予50万元奖励，其中国家级的给予100万元。",
     {("工程技术研究中心", None, 50 * W), ("工程技术研究中心", "国家级", 100 * W)}),
    ("对认定为省级以上技术创新中心的企业，给予20万元奖励；获批国家级的，再给予80万元奖励。",
     {("技术创新中心", None, 20 * W), ("技术创新中心", "国家级", 80 * W)}),
    ("对获得国家科学技术奖一等奖、二等奖的项目，省级财政分别给予100万元、50万元配套奖励。", {("项目", None, 100 * W), ("项目", None, 50 * W)}),
    # a prize's medals written after its name (中国专利奖金奖、银奖): each medal's prize; grades (一等奖) stay conditions
    ("对于获得中国专利奖金奖、银奖、优秀奖的企业，分别奖励30万元、20万元、10万元。",
     {("中国专利金奖", None, 30 * W), ("中国专利银奖", None, 20 * W), ("中国专利优秀奖", None, 10 * W)}),
    ("对获得省科学技术奖一等奖、二等奖的第一完成单位，分别奖励50万元、30万元。", {("第一完成单位", None, 50 * W), ("第一完成单位", None, 30 * W)}),
    # one share per level listed (分别给予1:1、1:0.5、1:0.3的配套奖励); Taiwan's 獲選為 a level X之企業
    ("对获得国家级、省级、市级科学技术奖的项目分别给予1:1、1:0.5、1:0.3的配套奖励。",
     {("项目", "国家级", None), ("项目", "省级", None), ("项目", "市级", None)}),
    ("對獲選為國家級示範案例之企業，每家頒發獎金新臺幣五十萬元。", {("企业", "国家级", 50 * W)}),
    ("獲選為績優廠商者，頒發獎金新臺幣三十萬元。", {("绩优厂商", None, 30 * W)}),
    # prize money matched at a share: the level of the one prize won (none for a threshold)
    ("对获国家科技进步奖的项目完成单位，市财政按照奖金1:1给予配套奖励。", {("项目完成单位", "国家级", None)}),
    ("对获得省科学技术奖的项目，区财政按照奖金的50%给予配套奖励。", {("项目", "省级", None)}),
    ("对获得省级以上科学技术奖的项目，按照奖金的50%给予配套奖励。", {("项目", None, None)}),
    # a standard of levels' amounts in the sentence before a promise 按上述标准: a line per level; a standard naming no level, none
    ("奖励标准：国家级100万元，省级50万元，市级20万元。对新认定的工程技术研究中心按上述标准给予奖励。",
     {("工程技术研究中心", "国家级", 100 * W), ("工程技术研究中心", "省级", 50 * W), ("工程技术研究中心", "市级", 20 * W)}),
    ("（一）奖励标准：国家级重点实验室200万元、省级重点实验室50万元。\n（二）对新认定的重点实验室，按照上述标准给予一次性奖励。",
     {("重点实验室", "国家级", 200 * W), ("重点实验室", "省级", 50 * W)}),
    ("对研发投入超过1000万元的企业给予奖励。对新认定的工程技术研究中心按上述标准给予奖励。", {("企业", None, None), ("工程技术研究中心", None, None)}),
    # a kind after a level and 重点 (国家重点X, 市级重点X) is at that level; 全国重点 is not this rule's
    ("对新认定的国家重点农业产业化龙头企业，给予一次性100万元奖励。", {("农业产业化龙头企业", "国家级", 100 * W)}),
    ("对新认定的市级重点农业产业化龙头企业，给予一次性20万元奖励。", {("农业产业化龙头企业", "市级", 20 * W)}),
    ("对新认定的重点农业产业化龙头企业，给予一次性20万元奖励。", {("农业产业化龙头企业", None, 20 * W)}),
    # a title's award matched (获得国家X企业奖励的企业,…配套): the title at its level; a prize's 奖励 is no title
    ("对获得国家知识产权示范企业奖励的企业，所在县（市）区按照1:0.5的比例给予配套奖励。", {("知识产权示范企业", "国家级", None)}),
    ("对获得省级专精特新企业奖励的企业，区财政按照1:1的比例给予配套奖励。", {("专精特新企业", "省级", None)}),
    ("对获得国家科学技术奖励的项目，按照奖金1:1给予配套奖励。", {("项目", None, None)}),
    # a unit counted in the clause before the amount (每引进1名, 每新获得1件): the yearly running total after it is no line
    ("企业每引进1名博士，给予5万元补贴，每家企业每年补贴总额不超过50万元。", {("企业", None, 5 * W)}),
    ("对企业每新获得1件发明专利授权，给予2000元资助，每家企业每年最高资助10万元。", {("企业", None, Decimal(2000))}),
    ("对新认定的高新技术企业，给予10万元奖励，对重新认定的，给予5万元奖励。", {("高新技术企业", None, 10 * W), ("高新技术企业", None, 5 * W)}),
    # a body named by its role in the platform, after the verb, is paid (not the platform the 对 phrase names)
    ("对通过国家级、省级众创空间备案的，分别给予运营主体30万元、10万元的一次性奖励。", {("运营主体", "国家级", 30 * W), ("运营主体", "省级", 10 * W)}),
    ("对经市工信局认定的市级工业互联网平台，给予建设方最高200万元补助。", {("建设方", "市级", 200 * W)}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_levels_of_rewards(text: str, expected: set[tuple[str, str | None, Decimal | None]], vocab: vocabulary.Vocab) -> None:
    doc = from_text(text, vocab)
    facts = funding.extract(doc, vocab)
    assert all(doc.original[f.evidence.start : f.evidence.end] == f.evidence.quote for f in facts)
    assert {(f.recipient, f.level, f.amount_yuan) for f in facts} == expected


@pytest.fixture(scope="module")
def vocab() -> vocabulary.Vocab:
    return vocabulary.load()


TITLED: list[tuple[str, set[tuple[str, str | None, Decimal | None]]]] = [
    # a platform's management rules pay the platforms they manage by grade, with no body named in the article
    ("青岛市科技企业孵化器管理办法\n第十条　考核结果为优秀的，给予30万元奖励；良好的，给予10万元奖励；合格的，不予奖励。",
     {("科技企业孵化器", None, 30 * W), ("科技企业孵化器", None, 10 * W)}),
    ("某市新型研发机构管理办法\n第五条 对新认定的新型研发机构，给予100万元奖励。\n第九条 评估结果为A类的，给予50万元奖励；B类的，给予30万元奖励。",
     {("新型研发机构", None, 100 * W), ("新型研发机构", None, 50 * W), ("新型研发机构", None, 30 * W)}),
    # a body named in the condition is paid; a title naming no kind, or no grade asked, gives no one
    ("某市众创空间管理办法\n第八条 对年度考核优秀的市级众创空间，给予20万元奖励。", {("众创空间", "市级", 20 * W)}),
    ("某市科技计划项目管理办法\n第十二条 考核结果为优秀的，给予10万元奖励。", set()),
    ("某市科技企业孵化器管理办法\n第十条 运营满三年的，给予10万元奖励。", set()),
]


@pytest.mark.parametrize(("text", "expected"), TITLED)
def test_graded_by_title(text: str, expected: set[tuple[str, str | None, Decimal | None]], vocab: vocabulary.Vocab) -> None:
    test_levels_of_rewards(text, expected, vocab)
