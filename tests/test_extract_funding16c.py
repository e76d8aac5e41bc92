"""Funding in support measures and action plans (fund16c): stages a reward is paid in are no recipients; whom 对 names
before a condition clause ending in 的 is the recipient. Sentences of our own. Rows: (recipient, level, amount_yuan, cap, ratio)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg import vocab as vocabulary
from kg.extract import funding
from kg.pipeline import from_text

Row = tuple[str, str | None, int | None, bool, Decimal | None]


def rows(text: str, vocab: vocabulary.Vocab) -> list[Row]:
    """Each funding line as (recipient, level, amount_yuan, cap, ratio); every quote exact (the session's vocab fixture)."""
    doc = from_text(text, vocab)
    facts = funding.extract(doc, vocab)
    assert all(doc.original[f.evidence.start : f.evidence.end] == f.evidence.quote for f in facts)
    return [(f.recipient, f.level, None if f.amount_yuan is None else int(f.amount_yuan), f.cap, f.ratio) for f in facts]


STAGES: list[tuple[str, set[str]]] = [
    # a listing reward paid in stages: the enterprise, never a stage
    ("对拟在境内证券交易所上市的企业,在辅导备案、申报受理、成功上市三个阶段分别给予50万元、100万元、150万元奖励,累计最高300万元。", {"企业"}),
    ("对拟挂牌上市的科技企业,按照股改、辅导、申报三个环节分别给予20万元、30万元、50万元补助。", {"科技企业"}),
    ("对完成股份制改造的企业,分上市辅导、报会受理两个节点分别给予30万元、50万元奖励。", {"企业"}),
    # negative: the platforms named inside an uncounted 不同阶段 clause stay (gold-dev's 在…建设、运营和成果转化不同阶段)
    ("支持共性技术平台建设,在国家制造业创新中心、产业创新中心建设、运营和成果转化不同阶段,采取多种方式给予资金支持。", {"制造业创新中心", "产业创新中心"}),
]


@pytest.mark.parametrize(("text", "whom"), STAGES)
def test_stages_are_no_recipients(text: str, whom: set[str], vocab: vocabulary.Vocab) -> None:
    assert {r[0] for r in rows(text, vocab)} == whom


CONDITIONED: list[tuple[str, list[Row]]] = [
    # 对X,获得银行贷款的,…: X borrows; the bank lends and is paid nothing
    ("对科技型中小企业,获得银行贷款的,按实际支付利息的50%给予贴息,每家企业每年最高20万元。",
     [("科技型中小企业", None, 200_000, True, Decimal("0.5"))]),
    ("对高新技术企业,获得银行贷款的,给予贴息。", [("高新技术企业", None, None, False, None)]),
    ("对科技型中小企业,获得国家科技计划项目立项的,给予10万元奖励。", [("科技型中小企业", None, 100_000, False, None)]),
    ("对A类、B类人才在本区创办的企业,获得银行贷款的,按实际支付利息的50%给予贴息,每家企业每年最高20万元。",
     [("企业", None, 200_000, True, Decimal("0.5"))]),
    # a condition that names no one, as before
    ("对科技型中小企业,研发投入超过500万元的,给予20万元奖励。", [("科技型中小企业", None, 200_000, False, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CONDITIONED)
def test_named_before_a_condition(text: str, expected: list[Row], vocab: vocabulary.Vocab) -> None:
    assert rows(text, vocab) == expected


def test_a_kind_named_again_is_left_alone(vocab: vocabulary.Vocab) -> None:
    # 对企业,被认定为高新技术企业的: the clause renames the kind; whatever the reader picks, it is a body named there
    found = {r[0] for r in rows("对企业,被认定为高新技术企业的,给予10万元奖励。", vocab)}
    assert found and found <= {"企业", "高新技术企业"}


def test_a_promise_after_a_bare_for_phrase_is_one_promise(vocab: vocabulary.Vocab) -> None:
    # …给予奖励;获得“全国技术能手”称号的,给予…: still two promises (the 对 phrase keeps its own)
    found = rows("对技能大师工作室给予10万元奖励,获得“全国技术能手”称号的,给予每人5万元奖励。", vocab)
    assert ("技能大师工作室", None, 100_000, False, None) in found and len(found) == 2


LEVEL_TABLE = (
    "对新获批的国家级、省级、市级重点实验室和工程技术研究中心,按照下表标准给予一次性奖励。\n\n"
    "表3  创新平台认定奖励标准(单位:万元)\n"
    "  平台类别          国家级      省级      市级\n"
    "  重点实验室          300        100        20\n"
    "  工程技术研究中心     —          80        10\n"
)


def test_a_table_whose_columns_are_levels(vocab: vocabulary.Vocab) -> None:
    # a PDF's text table: kinds down, levels across, the unit in the title; a — cell no line; the lead-in's unsized
    # lines go (the table sizes them)
    assert sorted(rows(LEVEL_TABLE, vocab)) == sorted([
        ("重点实验室", "国家级", 3_000_000, False, None), ("重点实验室", "省级", 1_000_000, False, None),
        ("重点实验室", "市级", 200_000, False, None), ("工程技术研究中心", "省级", 800_000, False, None),
        ("工程技术研究中心", "市级", 100_000, False, None)])


def test_levels_across_without_a_unit_pay_nothing(vocab: vocabulary.Vocab) -> None:
    # the same layout counting platforms (a statistics table, no money unit): no funding lines from its rows
    text = ("全市创新平台数量统计如下。\n\n表1  创新平台数量统计(单位:家)\n  平台类别      国家级    省级    市级\n"
            "  重点实验室      3        12       40\n")
    assert rows(text, vocab) == []


MATCHES: list[tuple[str, list[Row]]] = [
    # a district's match of a city grant, after another promise in the same sentence: its own line, at the city's level
    ("组织实施“揭榜挂帅”项目,单个项目按照项目总投资的40%给予资助,最高1000万元,市级已支持的项目,区级按照1:1给予配套。",
     [("揭榜挂帅项目", None, 10_000_000, True, Decimal("0.4")), ("项目", "市级", None, False, Decimal("1"))]),
    ("省级已立项的重大项目,县级按照1:1给予配套。", [("重大项目", "省级", None, False, Decimal("1"))]),
    # the upper grants listed as bare levels: a line for each
    ("对获得国家、省、市科技计划立项支持的项目,区级按上级实际到位资助资金的20%给予配套,单个项目最高200万元。",
     [("项目", "国家级", 2_000_000, True, Decimal("0.2")), ("项目", "省级", 2_000_000, True, Decimal("0.2")),
      ("项目", "市级", 2_000_000, True, Decimal("0.2"))]),
]


@pytest.mark.parametrize(("text", "expected"), MATCHES)
def test_a_lower_level_matches_an_upper_grant(text: str, expected: list[Row], vocab: vocabulary.Vocab) -> None:
    assert rows(text, vocab) == expected


def test_a_match_after_graded_money_keeps_the_grades(vocab: vocabulary.Vocab) -> None:
    # 分别 over levels, then 市级已有资助的,区级…配套: the share is the match's, the graded amounts stay the platforms'
    found = rows("对新认定的国家级、省级人工智能领域重点实验室、工程技术研究中心,分别给予最高1000万元、300万元资助,"
                 "市级已有资助的,区级按照不超过50%的比例给予配套。", vocab)
    assert {r for r in found if r[2]} == {("重点实验室", "国家级", 10_000_000, True, None), ("重点实验室", "省级", 3_000_000, True, None),
                                          ("工程技术研究中心", "国家级", 10_000_000, True, None), ("工程技术研究中心", "省级", 3_000_000, True, None)}


def test_a_non_matching_promise_keeps_no_levels_from_bare_names(vocab: vocabulary.Vocab) -> None:
    # negative: a reward (not a match) to enterprises in 国家、省 programmes gets no level from the bare names
    assert {r[1] for r in rows("对获得国家、省科技奖励的企业,给予10万元奖励。", vocab)} == {None}


SETTLED: list[tuple[str, set[str]]] = [
    # whom a sentence supports in coming to a place, then a condition only: those bodies, not the place
    ("支持算力服务商、数据标注企业落户西丽湖国际科教城,对新引进且年营收首次超过5000万元的,给予一次性落户奖励200万元。",
     {"算力服务商企业", "数据标注企业"}),
    ("引进软件企业、集成电路设计企业入驻软件园,对年营业收入首次超过1亿元的,给予100万元奖励。", {"软件企业", "集成电路设计企业"}),
]


@pytest.mark.parametrize(("text", "whom"), SETTLED)
def test_supported_bodies_coming_to_a_place(text: str, whom: set[str], vocab: vocabulary.Vocab) -> None:
    assert {r[0] for r in rows(text, vocab)} == whom


def test_a_place_alone_is_no_recipient(vocab: vocabulary.Vocab) -> None:
    # negative: nothing supported is named before 落户 (a place only): no line to the place
    assert {r[0] for r in rows("鼓励落户西丽湖国际科教城,对新引进且年营收首次超过5000万元的,给予一次性落户奖励200万元。", vocab)} <= {"企业"}


PER_THING: list[tuple[str, list[Row]]] = [
    # a reward counted per product: the maker named first is paid (its product is no one)
    ("保险机构创新开发科技保险产品并在我市首单落地的,每个产品奖励10万元。", [("保险机构", None, 100_000, False, None)]),
    ("企业研发的新药获得批准上市的,每个品种奖励100万元。", [("企业", None, 1_000_000, False, None)]),
    ("保险机构创新开发科技保险产品的,每款产品奖励10万元。", [("保险机构", None, 100_000, False, None)]),
    # as before: 每项, 每家企业
    ("企业主导制定国际标准的,每项奖励50万元。", [("企业", None, 500_000, False, None)]),
]


@pytest.mark.parametrize(("text", "expected"), PER_THING)
def test_a_reward_per_thing_goes_to_its_maker(text: str, expected: list[Row], vocab: vocabulary.Vocab) -> None:
    assert rows(text, vocab) == expected


RAISED: list[tuple[str, list[Row]]] = [
    # a sub-group's higher rate under the category's unchanged cap: its own line, capped as the category
    ("对科技型中小企业,按照实际支付贷款利息的50%给予贴息,单家企业年度贴息金额最高不超过100万元;其中,对首次获得银行贷款的“首贷户”科技企业,贴息比例提高到70%。",
     [("科技型中小企业", None, 1_000_000, True, Decimal("0.5")), ("科技企业", None, 1_000_000, True, Decimal("0.7"))]),
    # its own cap wins
    ("对企业购买技术成果的,按实际支付额的10%给予补助,每家企业每年最高100万元;承接技术的企业为首次购买技术成果的,补助比例提高至15%,最高不超过150万元。",
     [("企业", None, 1_000_000, True, Decimal("0.1")), ("承接技术的企业", None, 1_500_000, True, Decimal("0.15"))]),
    # negative: no cap before, none taken
    ("对科技型中小企业,按照实际支付贷款利息的50%给予贴息;对首次获得银行贷款的科技企业,贴息比例提高到70%。",
     [("科技型中小企业", None, None, False, Decimal("0.5")), ("科技企业", None, None, False, Decimal("0.7"))]),
]


@pytest.mark.parametrize(("text", "expected"), RAISED)
def test_a_raised_rate_keeps_the_cap(text: str, expected: list[Row], vocab: vocabulary.Vocab) -> None:
    assert rows(text, vocab) == expected


QUOTED: list[tuple[str, set[tuple[str, int]]]] = [
    # a quoted name opening a class of persons: the whole class is paid its own amount (分别 pairs all three)
    ("对新引进到区内企业工作的全日制博士研究生、硕士研究生和“双一流”建设高校本科毕业生,分别给予每人每月3000元、1500元、800元生活补贴。",
     {("全日制博士研究生", 3000), ("硕士研究生", 1500), ("“双一流”建设高校本科毕业生", 800)}),
    ("对新引进的博士研究生、硕士研究生和“双一流”高校本科毕业生,分别给予3000元、1500元、800元补贴。",
     {("博士研究生", 3000), ("硕士研究生", 1500), ("“双一流”高校本科毕业生", 800)}),
    # negative: a quoted title that is the recipient's own (“小巨人”企业) stays as it was read
    ("对新认定的国家级专精特新“小巨人”企业,给予50万元奖励。", {("专精特新小巨人企业", 500_000)}),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED)
def test_a_quoted_name_opening_a_class_of_persons(text: str, expected: set[tuple[str, int]], vocab: vocabulary.Vocab) -> None:
    assert {(r[0], r[2]) for r in rows(text, vocab)} == expected
