"""Support measures' funding read in shapes of their own (kg/extract/respective.py and the hooks of branch fund16e):
分别 over the titles won in the 对… phrase. Sentences of our own in support measures' style, hard and negative cases
included; the shapes read before stay as they were."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg import vocab as vocabulary
from kg.extract import funding
from kg.pipeline import from_text


def lines(text: str, vocab: vocabulary.Vocab) -> list[tuple[str, str | None, Decimal | None]]:
    doc = from_text(text, vocab)
    facts = funding.extract(doc, vocab)
    for fact in facts:
        assert doc.original[fact.evidence.start : fact.evidence.end] == fact.evidence.quote
    return [(f.recipient, f.level, f.amount_yuan) for f in facts]


RESPECTIVE: list[tuple[str, list[tuple[str, str | None, int]]]] = [
    # the titles won carry the amounts, each with its level; the holder's kind after 的 does not
    ("对首次入选国家级专精特新“小巨人”企业、省级专精特新中小企业的人工智能企业，分别给予50万元、20万元奖励。",
     [("专精特新“小巨人”企业", "国家级", 500000), ("专精特新中小企业", "省级", 200000)]),
    ("对新获评国家级专精特新“小巨人”企业、省级专精特新中小企业的制造业企业，分别给予100万元、30万元一次性奖励。",
     [("专精特新“小巨人”企业", "国家级", 1000000), ("专精特新中小企业", "省级", 300000)]),
    ("对首次入选独角兽企业、瞪羚企业榜单的企业，分别给予300万元、100万元奖励。",
     [("独角兽企业", None, 3000000), ("瞪羚企业", None, 1000000)]),
    # one name at several levels: the levels carry the amounts, the name read as before
    ("对新获批建设国家级、省级技术创新中心的单位，分别给予最高500万元、100万元资助。",
     [("技术创新中心", "国家级", 5000000), ("技术创新中心", "省级", 1000000)]),
    ("对获评国家级、省级制造业单项冠军企业的企业，分别给予100万元、50万元奖励。",
     [("制造业单项冠军企业", "国家级", 1000000), ("制造业单项冠军企业", "省级", 500000)]),
    # no 分别, or fewer amounts than titles: each title the one amount, or the kind as before
    ("对入选省级专精特新中小企业、创新型中小企业的企业，给予20万元奖励。",
     [("专精特新中小企业", "省级", 200000), ("创新型中小企业", "省级", 200000)]),
    ("对在主板上市、在新三板挂牌的科技企业，分别给予100万元、50万元奖励。",
     [("科技企业", None, 1000000), ("科技企业", None, 500000)]),
    ("对牵头制定国际标准、国家标准的企业，分别给予50万元、30万元奖励。",
     [("企业", None, 500000), ("企业", None, 300000)]),
]


PER_HEAD: list[tuple[str, list[tuple[str, str | None, int]]]] = [
    # the person counted is paid per head, not the employer nor a body named before
    ("支持企业设立博士后科研工作站。企业每招收一名博士后研究人员，给予每人每年10万元生活补助。",
     [("博士后研究人员", None, 100000)]),
    ("用人单位每新引进一名全职博士，给予每人5万元安家补贴。", [("全职博士", None, 50000)]),
    ("机构每培养一名技术经理人，给予每人1万元培训补贴。", [("技术经理人", None, 10000)]),
    # the body named after the verb is paid (给予企业, 给予工作站每人): as read before
    ("企业每引进一名博士，给予企业5万元奖励。", [("企业", None, 50000)]),
    ("博士后工作站每招收一名博士后研究人员，给予工作站每人每年5万元日常经费补助。", [("博士后工作站", None, 50000)]),
]


LISTED_BEFORE: list[tuple[str, list[tuple[str, str | None, int]]]] = [
    # the kinds listed in a clause before, one amount each after 分别
    ("每年评选领军团队、重点团队和青年团队，经评审入选的，分别给予最高500万元、200万元、100万元资助。",
     [("领军团队", None, 5000000), ("重点团队", None, 2000000), ("青年团队", None, 1000000)]),
    ("每年认定一批示范企业和培育企业，对认定的，分别给予50万元、20万元奖励。",
     [("示范企业", None, 500000), ("培育企业", None, 200000)]),
    # as many recipients read as amounts: as read
    ("对A类、B类人才，分别给予100万元、50万元安家补贴。", [("A类人才", None, 1000000), ("B类人才", None, 500000)]),
    # the list in another sentence: not taken
    ("支持高校、科研院所建设概念验证中心。对建成的概念验证中心，给予最高200万元补助。", [("概念验证中心", None, 2000000)]),
]


def test_loss_share_and_serving_body(vocab: vocabulary.Vocab) -> None:
    """A share of a loss made good (按…损失本金的60%给予补偿) is support; 对X为/向Y提供|发放… pays X, the body that serves;
    compensation at law (依法给予补偿) stays none."""
    def facts(text: str) -> list[tuple[str, Decimal | None, Decimal | None]]:
        doc = from_text(text, vocab)
        return [(f.recipient, f.amount_yuan, f.ratio) for f in funding.extract(doc, vocab)]
    assert facts("对合作银行向科技型中小企业发放的信用贷款发生的损失，按照损失本金的60%给予补偿，单笔贷款补偿最高500万元。") == [
        ("合作银行", Decimal(5000000), Decimal("0.6"))]
    assert facts("对合作担保机构为科技企业提供担保所发生的代偿损失，按照代偿金额的30%给予补偿。") == [("合作担保机构", None, Decimal("0.3"))]
    assert facts("对融资担保机构为科技型中小企业提供的担保业务，按照年化担保额的1%给予担保费补贴。") == [("融资担保机构", None, Decimal("0.01"))]
    assert facts("对企业为员工提供职业技能培训的，按照培训费用的50%给予补贴。") == [("企业", None, Decimal("0.5"))]
    assert facts("对小额贷款公司为小微企业发放的信用贷款，按照贷款额的2%给予风险补偿。") == [("小额贷款公司", None, Decimal("0.02"))]
    assert facts("政府采取征收征用措施，给市场主体造成损失的，应当依法予以补偿。") == []
    assert facts("临时征用企业的动产或者不动产的，应当依法给予补偿，并及时返还。") == []


PROGRAMME_LEVELS: list[tuple[str, list[tuple[str, str | None, int]]]] = [
    # the programmes won, each at its issuer's level: a line per level for the holders
    ("对新入选国家重大人才工程、江西省“赣鄱俊才支持计划”、南昌市“洪城计划”的人才，区级按1:1比例给予配套资助，最高不超过100万元。",
     [("人才", "国家级", 1000000), ("人才", "省级", 1000000), ("人才", "市级", 1000000)]),
    ("对入选国家高层次人才特殊支持计划、广东省“珠江人才计划”的人才，按照1:1给予配套奖励，最高200万元。",
     [("人才", "国家级", 2000000), ("人才", "省级", 2000000)]),
    # levels written as such: as read before; one programme with no issuer: no level
    ("对新入选国家级、省级人才计划的人才，区级按1:1比例给予配套资助，最高不超过100万元。",
     [("人才", "国家级", 1000000), ("人才", "省级", 1000000)]),
    ("对新入选“洪城计划”的青年人才，区级另给予10万元奖励。", [("青年人才", None, 100000)]),
]


def test_unit_amount_with_a_body_total(vocab: vocabulary.Vocab) -> None:
    """每个给予100万元奖励,同一企业最高奖励300万元: the amount per unit, to the body that made the units (研发的…); the
    total over one body's units is no line. A cap in a clause of its own with no amount per unit before stays a line."""
    def facts(text: str) -> list[tuple[str, Decimal | None, bool]]:
        return [(f.recipient, f.amount_yuan, f.cap) for f in funding.extract(from_text(text, vocab), vocab)]
    assert facts("对企业研发的通用大模型、行业大模型，首次通过国家网信部门生成式人工智能服务备案的，每个给予100万元奖励，同一企业最高奖励300万元。") == [
        ("企业", Decimal(1000000), False)]
    assert facts("对企业获得授权的发明专利，每件给予1万元奖励，同一企业每年最高奖励50万元。") == [("企业", Decimal(10000), False)]
    assert facts("对企业开发的首版次软件产品，每个给予20万元奖励，同一企业最高奖励60万元。") == [("企业", Decimal(200000), False)]
    assert facts("对首次认定的高新技术企业，给予30万元奖励，同一企业最高奖励50万元。") == [
        ("高新技术企业", Decimal(300000), False), ("高新技术企业", Decimal(500000), True)]


def test_named_first_before_the_loan(vocab: vocabulary.Vocab) -> None:
    """对在本区注册的A、B,当年获得的贷款: every body named before the comma, their condition's 的 read off; a list that
    goes on after the comma (…人才和团队,以及…组织和个人) is no such case: two groups, each its line (fund17b, as dev9's gold reads)."""
    def names(text: str) -> list[str]:
        return [f.recipient for f in funding.extract(from_text(text, vocab), vocab)]
    assert names("对在本区注册的专精特新企业、瞪羚企业，当年获得的贷款，按照贷款利息的30%给予贴息。") == ["专精特新企业", "瞪羚企业"]
    assert names("对在我市注册的科技型中小企业、高新技术企业，当年从合作银行获得的流动资金贷款，按照实际支付贷款利息的50%给予贴息，"
                 "单家企业年度贴息金额最高不超过100万元。") == ["科技型中小企业", "高新技术企业"]
    assert names("对科技型中小企业、高新技术企业，当年从合作银行获得的信用贷款，按照实际支付利息的50%给予贴息。") == ["科技型中小企业", "高新技术企业"]
    assert names("对在经济社会发展中做出突出贡献的各类人才和团队，以及在人才发展促进工作中做出显著成绩的组织和个人给予表彰、奖励。") == ["人才", "团队", "组织和个人"]


def test_heading_is_no_promise(vocab: vocabulary.Vocab) -> None:
    """(七)奖励投资机构。对…给予奖励: a support measure's heading opening with the money word is no promise; the sentence
    after it is. A heading standing alone, or the sentence after it, are read as before."""
    def names(text: str) -> list[tuple[str, Decimal | None]]:
        return [(f.recipient, f.amount_yuan) for f in funding.extract(from_text(text, vocab), vocab)]
    assert names("    （七）奖励投资机构。对在我市完成备案的创业投资企业，投资我市种子期科技型企业满2年的，按照实际投资额的10%给予奖励，"
                 "单个机构每年奖励最高300万元。") == [("创业投资企业", Decimal(3000000))]
    assert names("    （二）奖励高新技术企业。对首次认定的高新技术企业给予30万元奖励。") == [("高新技术企业", Decimal(300000))]
    assert names("    三、支持创新平台建设。对新认定的国家级重点实验室，给予500万元奖励。") == [("重点实验室", Decimal(5000000))]


@pytest.mark.parametrize("text,expected", RESPECTIVE + PER_HEAD + LISTED_BEFORE + PROGRAMME_LEVELS)
def test_support_measures_recipients(text: str, expected: list[tuple[str, str | None, int]], vocab: vocabulary.Vocab) -> None:
    """Each sentence's lines: recipient, level and amount, in order."""
    assert lines(text, vocab) == [(r, lv, Decimal(a)) for r, lv, a in expected]
