"""Support promised without an amount in shapes no other finder read (kg/extract/pledged.py): money aspects then 为X提供
支持, the encouraged party paid after 并, a fund used to pay whom it names (用于资助X, 用于对X的资助), money budgeted then the
money word as the verb (Taiwan's 編列預算補助X). Sentences of our own, in the style of regulations (第X条 …), support
measures (对…的,给予…) and action plans, hard and negative cases included; and the shapes other finders read stay theirs."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary
from kg.extract import funding
from kg.pipeline import from_text

from funded import recipients


CASES: list[tuple[str, list[str]]] = [
    # money aspects, then whom after 为 (regulations' style)
    ("第十四条 县级以上人民政府及其有关部门应当在财政、金融等方面为中小企业提供支持。", ["中小企业"]),
    ("县级以上人民政府应当在资金、场地等方面为科技企业孵化器提供支持。", ["科技企业孵化器"]),
    ("市人民政府应当在用地、资金等方面为新型研发机构提供必要的支持。", ["新型研发机构"]),
    # no money among the aspects: no line
    ("县级以上人民政府应当在规划、用地等方面为创业孵化基地建设提供支持。", []),
    ("有关人民政府或者部门应当在政策、人才等方面为改革创新举措提供便利。", []),
    # the party a sentence encourages, paid after 并 or after a payer
    ("第十六条 鼓励社会力量参与科技成果转化，并按照有关规定给予奖励。", ["社会力量"]),
    ("第二十三条 鼓励企业加大研发投入，县级以上人民政府按照规定给予研发费用补助。", ["企业"]),
    ("鼓励科研人员开展科学普及活动，并给予经费资助。", ["科研人员"]),
    # sized: read the usual way, amount and cap kept
    ("鼓励企业加大研发投入，按企业上年度研发费用增量部分的10%给予补助，最高不超过200万元。", ["企业"]),
    # those encouraged give to others, or a 对 phrase names whom: not the encouraged party
    ("鼓励金融机构开展科技信贷业务，为科技型中小企业提供资金支持。", []),
    ("鼓励高校院所与企业共建联合实验室，对绩效评价优秀的给予奖励。", ["联合实验室"]),
    # a fund used to pay whom it names
    ("第八条 市科技专项资金可以用于资助青年科技人才开展基础研究。", ["青年科技人才"]),
    ("专利奖励资金应当用于奖励发明人、设计人。", ["发明人", "设计人"]),
    ("专利专项资金用于对本市企业和个人的专利申请、专利技术产业化项目的资助。", ["本市企业", "个人"]),
    # a body's own income set aside, or a fund's use as the condition of a procedure: no line
    ("公办高等职业学校应当从事业收入中提取百分之五的经费用于资助学生。", []),
    ("校企合作专项资金用于资助合作项目的，应当由校企双方共同申报。", []),
    # money budgeted or a fund set up, then the money word as the verb (Taiwan)
    ("中央主管機關為推動產業創新，得編列預算補助企業從事創新研發。", ["企业"]),
    ("第十五條 政府應設置創業基金，補助青年創業。", ["青年"]),
    ("統籌運用科技發展基金，補助企業辦理研發計畫。", ["企业"]),
    # a fund set up, then the money word as the verb: whom, before their act (simplified, as before)
    ("设立科技成果转化基金，资助中小企业开展技术创新。", ["中小企业"]),
    # a 对 phrase, then the payer's deed of taking those who qualify into a plan, then the money: whom the 对 phrase names
    ("对引进的高层次人才，符合条件的纳入人才计划，并给予资金支持。", ["高层次人才"]),
    ("对新认定的高新技术企业，纳入培育库管理，并给予奖励。", ["高新技术企业"]),
    ("对符合条件的项目，列入省重点项目，给予资金支持。", ["项目"]),
    # support measures and action plans: as before
    ("（四）鼓励企业上市。对在境内外上市的企业，分阶段给予奖励。", ["企业"]),
    ("设立人工智能产业发展基金，重点投向人工智能初创企业。", ["初创企业"]),
    ("十、鼓励企业参加国际展会，对参展企业给予展位费补贴。", ["参展企业"]),
    # penalties, duties, staff rewards, support with no money: no line
    ("对违反本条例规定的单位，处以罚款。", []),
    ("各级人民政府应当将科普经费列入本级财政预算。", []),
    ("单位应当对完成、转化职务科技成果做出重要贡献的人员给予奖励和报酬。", []),
    ("县级以上人民政府应当支持高等学校开展科学研究。", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_pledged(text: str, expected: list[str], vocab: vocabulary.Vocab) -> None:
    assert recipients(text, vocab) == expected


def test_pledged_instruments(vocab: vocabulary.Vocab) -> None:
    """The instrument: the money aspect (财政支持), the money word paid (奖励), the fund (专项资金); amounts none."""
    def facts(text: str) -> list[tuple[str, str | None, object]]:
        return [(f.recipient, f.instrument, f.amount_yuan) for f in funding.extract(from_text(text, vocab), vocab)]
    assert facts("县级以上人民政府应当在规划、财政等方面为民营经济组织提供支持。") == [("民营经济组织", "财政支持", None)]
    assert facts("鼓励社会力量参与人才引进，并按照有关规定给予奖励。") == [("社会力量", "奖励", None)]
    assert facts("市科技专项资金可以用于资助青年科技人才开展基础研究。") == [("青年科技人才", "专项资金", None)]
    assert facts("政府應設置研發基金，獎勵中小企業從事研究發展。") == [("中小企业", "基金", None)]
    assert facts("經濟部應編列預算，獎勵中小企業進行數位轉型。") == [("中小企业", "奖励", None)]
