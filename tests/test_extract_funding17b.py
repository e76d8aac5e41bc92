"""Rewards and support promised without an amount in regulations (kg/extract/rewarded.py, statutes.ALSO_FOR, pledged's
supported party, a department that pays): 对…的组织和个人进行表彰和奖励, 对…的A,以及…的B给予奖励, 支持X承接…,按照规定给予奖励,
对X,市…局按照有关规定给予奖励. Sentences of our own in the style of regulations (第X条 …), support measures (对…的,给予…),
action plans and Taiwan 要點, hard and negative cases included (表彰 only, 处分, an employer's reward to its own people,
支持 with no money or body)."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary
from kg.extract import funding
from kg.pipeline import from_text

from funded import recipients


CASES: list[tuple[str, list[str]]] = [
    # 进行 gives the money word after a 对 phrase (regulations)
    ("第六条 本市建立科学技术奖励制度，对在科技创新活动中做出重要贡献的组织和个人进行奖励。", ["组织和个人"]),
    ("市人民政府对在知识产权保护工作中成绩突出的集体和个人进行表彰和奖励。", ["集体和个人"]),
    ("（五）对在技术交易服务中作出突出贡献的组织和个人进行表彰和奖励；", ["组织和个人"]),
    ("对在科学技术普及工作中做出突出贡献的组织和个人，由县级以上人民政府进行表彰奖励。", ["组织和个人"]),
    ("对参与国际标准制定的企业，市市场监督管理局进行资助。", ["企业"]),
    ("对按期完成任务的项目承担单位进行补助。", ["项目承担单位"]),
    # 进行 with no 对 phrase, or an honour alone: no line
    ("第十条 市人民政府应当进行奖励制度改革。", []),
    ("对做出突出贡献的科技社团按照有关规定进行表彰。", []),
    ("对违反本办法规定的单位，依法给予处分。", []),
    ("對違反本要點規定者，本部得撤銷其獎勵。", []),
    ("对考核不合格的孵化器，取消其奖励资格。", []),
    # an employer's reward to its own people (no amount): no line
    ("该法人或者其他组织可以对开发软件的自然人进行奖励。", []),
    ("用人单位应当按照国家规定对在安全生产工作中成绩显著的职工进行奖励。", []),
    ("高等学校可以依照本校规定对做出突出贡献的教师给予奖励。", []),
    ("鼓励企业对技术创新成效显著的员工进行奖励。", []),
    ("企业可以对完成、转化职务科技成果做出重要贡献的人员进行奖励。", []),
    ("鼓励科学技术研究开发机构、高等院校建立科技成果转化奖励制度，依法对为科技成果转化做出贡献的人员进行奖励。", []),
    # …the employer a sentence encourages is not whoever founds a firm (鼓励大学生创办企业): the 对 phrase's persons stay
    ("鼓励大学生创办企业，提升创新创业服务水平，对大学生在本市创新创业按照规定给予奖励。", ["大学生"]),
    # 对…的A,以及…的B: both groups (regulations' prizes and honours)
    ("第八条 市人民政府设立专利奖，对在本市发明创造中取得突出成绩的发明人或者设计人，以及取得重大经济效益的专利的专利权人给予奖励。", ["发明人", "设计人", "专利权人"]),
    ("对在经济社会发展中做出突出贡献的各类人才和团队，以及在人才工作中做出显著成绩的组织和个人给予表彰、奖励。", ["人才", "团队", "组织和个人"]),
    # one group, two conditions: one line
    ("对首次认定的高新技术企业，以及对从外地迁入本市的高新技术企业，给予奖励。", ["高新技术企业"]),
    # the party a sentence supports, paid after its comma
    ("支持科技园区企业承接高等学校、科研院所的科技成果，按照相关规定给予奖励。", ["科技园区企业"]),
    ("支持中小企业参与国际标准制定，并按照有关规定给予资助。", ["中小企业"]),
    # …unless a 对 phrase names whom, or no money is named
    ("支持高校院所与企业共建联合实验室，对绩效评价优秀的联合实验室给予资金支持。", ["联合实验室"]),
    ("支持企业开展技术创新，提升核心竞争力。", []),
    ("各区要加大对初创企业的支持力度。", []),
    # a department named after the 对 phrase pays (support measures)
    ("对在产业链协同创新中表现突出的企业，市工业和信息化局按照有关规定给予奖励。", ["企业"]),
    ("对年度考核优秀的孵化器，区科技局给予一定奖补。", ["孵化器"]),
    ("对新引进的研发团队，市人才工作领导小组办公室会同有关部门给予资金支持。", ["研发团队"]),
    # levels joined by 和 or 、 (support measures): a line per level
    ("对认定为国家级和省级制造业创新中心的，按照有关规定给予奖励。", ["制造业创新中心", "制造业创新中心"]),
    ("对首次认定的省级、市级工程技术研究中心给予奖励。", ["工程技术研究中心", "工程技术研究中心"]),
    # what those encouraged build is paid, a payer named between (not the builders)
    ("鼓励具备条件的组织和个人建立农业科技园区、示范基地，有关部门应当在技术、资金等方面给予扶持。", ["农业科技园区", "示范基地"]),
    ("鼓励企业和高等学校联合建立中试基地，县级以上人民政府应当在资金等方面给予支持。", ["中试基地"]),
    # a named fund as the subject of its verb of support: whom (or the field) it pays, read last
    ("省自然科学基金应当规定一定比例择优资助青年科学技术人员的研究开发活动。", ["青年科学技术人员"]),
    ("第五条 市人民政府用于支持企业生产、科技进步的各项专项资金，应当重点支持清洁生产。", ["清洁生产"]),
    ("青年科学基金择优支持杰出青年科学技术工作者开展科学技术活动。", ["杰出青年科学技术工作者"]),
    ("市级人才发展专项资金应当优先支持青年科技人才。", ["青年科技人才"]),
    # …a budget growing, others' money, a list ahead, a noun (资金支持): no line here
    ("第八条 市、区人民政府应当逐年加大财政科技投入，重点支持基础研究、社会公益性技术研究。", []),
    ("鼓励社会力量设立科学技术基金，重点支持基础研究。", []),
    ("市智能制造专项资金重点支持下列项目：", []),
    ("市人民政府应当安排资金支持中小企业公共服务平台建设，具体办法另行制定。", ["中小企业公共服务平台"]),
    # whoever, after the place it is in (本市|单位和个人): one recipient
    ("对获得国家科学技术奖的本市单位和个人，市人民政府给予配套奖励。", ["单位和个人"]),
    ("对在本省技术创新工作中做出突出贡献的境内外组织和个人给予奖励。", ["组织和个人"]),
    # capital put into a body (support measures): one means is enough
    ("市级财政通过资本金注入方式，支持政府性融资担保机构扩大业务规模。", ["政府性融资担保机构"]),
    ("通过注资、风险补偿等方式，支持融资担保机构扩大小微企业融资担保业务。", ["融资担保机构"]),
    # kinds recognised at levels as the subject of 享受/申请: a line per level, the kind's name whole
    ("被认定为国家级和省级人力资源服务产业园的，依照有关规定享受政府补贴和政策支持。", ["人力资源服务产业园", "人力资源服务产业园"]),
    ("认定为国家级、省级人力资源服务产业园的，可以享受补贴。", ["人力资源服务产业园", "人力资源服务产业园"]),
    ("经有关部门认定为市级以上研发机构的，可以享受国家和本市规定的资金补贴。", ["研发机构"]),
    # Taiwan 要點
    ("對於研發成果績優之中小企業，本部得予以獎勵。", ["中小企业"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rewarded(text: str, expected: list[str], vocab: vocabulary.Vocab) -> None:
    assert recipients(text, vocab) == expected


def test_rewarded_terms(vocab: vocabulary.Vocab) -> None:
    """The instrument is the money word (奖励, 资助), levels as written, amounts none."""
    def facts(text: str) -> list[tuple[str, str | None, str | None, object]]:
        return [(f.recipient, f.level, f.instrument, f.amount_yuan) for f in funding.extract(from_text(text, vocab), vocab)]
    assert facts("对在科技创新活动中做出重要贡献的组织和个人进行奖励。") == [("组织和个人", None, "奖励", None)]
    assert facts("对参与国际标准制定的企业，市市场监督管理局进行资助。") == [("企业", None, "资助", None)]
    assert facts("被认定为国家级和省级人力资源服务产业园的，依照有关规定享受政府补贴。") == [
        ("人力资源服务产业园", "国家级", "补贴", None), ("人力资源服务产业园", "省级", "补贴", None)]
    assert facts("对认定为国家级和省级制造业创新中心的，按照有关规定给予奖励。") == [
        ("制造业创新中心", "国家级", "奖励", None), ("制造业创新中心", "省级", "奖励", None)]
