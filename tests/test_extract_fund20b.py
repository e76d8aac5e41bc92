"""Funding in regulations (fund20b): promises to a group named after its kinds were listed (kg/extract/grouped.py);
promises under a condition naming no doer, right after those encouraged (kg/extract/encouraged.py); money means that meet
a group's need (kg/extract/needs.py); what is opened before 并…给予, another thing built between (kg/extract/helped.py); a 对 phrase of two groups joined by
,或者 (kg/extract/statutes.py), after the place that pays (本市对…: kg/extract/offers.py); an unsized promise found again in an unlike sentence
(kg/extract/restated.py). Sentences of our own; each case lists the recipients read, in order."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary

from funded import recipients


@pytest.fixture(scope="module")
def shipped() -> vocabulary.Vocab:
    return vocabulary.load()


GROUPED: list[tuple[str, list[str]]] = [
    # the kinds listed before 等更多|group, the group named back in the next sentence: the kinds
    ("鼓励和支持退役军人、返乡创业人员和留学回国人员等更多创业主体在本市创业。对各类创业主体按规定给予创业补贴。",
     ["退役军人", "返乡创业人员", "留学回国人员"]),
    # 上述 points back too; a head shared over 和 is given to both (海外和本地人才)
    ("市人力资源部门支持高校毕业生、海外和本地人才等各类创业主体创办企业,对上述创业主体给予场租补贴。",
     ["高校毕业生", "海外人才", "本地人才"]),
    # a bare 人才 after a run of kinds of 人才 in the same sentence: each kind
    ("区人民政府应当完善青年科技人才、卓越工程人才的培养机制,鼓励人才开展原创研究,在科研经费、生活补贴等方面给予支持。",
     ["青年科技人才", "卓越工程人才"]),
    # no list before the group: the group as written
    ("对各类创业主体按照有关规定给予一次性创业补贴。", ["创业主体"]),
    # a list of another group before: not these kinds (市场主体 ≠ 创业主体)
    ("鼓励退役军人、返乡创业人员等更多创业主体参加培训。对各类市场主体按规定给予补贴。", ["市场主体"]),
    # the list in another paragraph: out of reach
    ("鼓励退役军人、返乡创业人员等更多创业主体在本市创业。\n对各类创业主体按规定给予创业补贴。", ["创业主体"]),
    # a bare 人才 with no run of kinds before it: 人才
    ("对引进的人才按规定给予安家补贴。", ["人才"]),
    # the fields a group works in, listed in its 对 phrase: one kind of it per field
    ("区人民政府对从事集成电路设计、人工智能算法研发等领域的人才给予生活补贴。", ["集成电路设计人才", "人工智能算法研发人才"]),
    # one field only: the group as read, the field its condition
    ("市人民政府对从事基础研究的人才给予经费支持。", ["人才"]),
    # a single kind of 人才 before: no run, 人才 as read
    ("完善青年科技人才培养机制,鼓励人才开展原创研究,在科研经费等方面给予支持。", ["人才"]),
]


@pytest.mark.parametrize("text, expected", GROUPED)
def test_kinds_of_a_group(text: str, expected: list[str], shipped: vocabulary.Vocab) -> None:
    assert recipients(text, shipped) == expected


ENCOURAGED: list[tuple[str, list[str]]] = [
    # the sentence before urges three kinds, the condition names a deed and a place only: the three (past 省外的)
    ("鼓励省外的高等院校、科研院所和企业来本市开展技术合作。在本市设立研发中心的,按规定给予资金支持。",
     ["高等院校", "科研院所", "企业"]),
    # the clause before (after ;) urges them; the condition's noun is what the deed is done to (引进|高层次人才)
    ("鼓励、支持猎头企业以及其他的中介机构、个人,协助用人单位引进人才;对引进高层次人才作出突出贡献的,按照规定给予奖励。",
     ["猎头企业", "中介机构", "个人"]),
    # a subject and 鼓励和支持 before the kinds, a place phrase after them
    ("县级以上人民政府鼓励和支持高等院校、科研院所到基层开展服务。在基层服务满三年的,按照规定给予补贴。", ["高等院校", "科研院所"]),
    # the condition names its doer: that one, not all those urged
    ("鼓励高等院校和企业参与技术攻关。对承担重大攻关任务的企业,给予资金支持。", ["企业"]),
    # a sentence between the urging and the promise: no one read from it
    ("鼓励高等院校和企业参与技术攻关。市财政每年安排专项资金。在本市设立研发中心的,按规定给予资金支持。", []),
    # no one urged (a duty): no one read from it
    ("高等院校和企业应当参与技术攻关。在本市设立研发中心的,按规定给予资金支持。", []),
    # the urging in another paragraph: out of reach
    ("鼓励高等院校和企业参与技术攻关。\n在本市设立研发中心的,按规定给予资金支持。", []),
    # the promise joined by 并 to the clause that urges, no one named in it: those urged (up to where the deed starts)
    ("县人民政府鼓励、支持青年教师到乡村学校任教,并在职称评审、生活补贴等方面给予扶持、补助。", ["青年教师"]),
    # the clause urges a deed and names no one: no one
    ("鼓励、支持在乡村学校任教,并在生活补贴等方面给予补助。", []),
]


@pytest.mark.parametrize("text, expected", ENCOURAGED)
def test_those_encouraged(text: str, expected: list[str], shipped: vocabulary.Vocab) -> None:
    assert recipients(text, shipped) == expected


NEEDS: list[tuple[str, list[str]]] = [
    # a subsidy among the means, then whose housing need it meets: the group
    ("区人民政府应当通过发放租房补贴、提供人才公寓等形式,多渠道解决青年人才住房需求。", ["青年人才"]),
    ("市人民政府通过贷款贴息、风险补偿等方式,切实满足科技型中小企业融资需求。", ["科技型中小企业"]),
    # no money among the means (credit and guarantees are others' services; housing given in kind): no one
    ("通过信贷投放、融资担保等方式,满足中小企业融资需求。", []),
    ("区人民政府通过租赁住房、人才公寓等方式,解决人才居住需求。", []),
    # money means, but no need met (conditions improved): not this rule's, no one
    ("通过发放住房补贴等方式,改善人才居住条件。", []),
    # money put in among the means, then what it builds up: the building, one line as written
    ("市人民政府通过财政投入、购买服务等方式,推进社区养老服务体系建设。", ["社区养老服务体系建设"]),
    # no money among the means: no one
    ("市人民政府通过政策引导、标准制定等措施,推进智慧城市建设。", []),
    # money means, then no building named (a cooperation, a transfer): no one
    ("市人民政府通过财政投入等措施,推进高校与企业合作,促进科技成果转化。", []),
]


@pytest.mark.parametrize("text, expected", NEEDS)
def test_needs_met(text: str, expected: list[str], shipped: vocabulary.Vocab) -> None:
    assert recipients(text, shipped) == expected


OPENED: list[tuple[str, list[str]]] = [
    # what the parks are supported to open, one more thing built between, then 并…给予: what was opened
    ("区人民政府支持各类产业园区开辟众创空间和科技企业孵化器,建设具有投融资服务功能的公共服务平台,并根据孵化成效按照规定给予奖励补助。",
     ["众创空间", "科技企业孵化器"]),
    # the promise names whom it pays (对入驻企业): that one, not what was opened
    ("区人民政府支持各类产业园区开辟众创空间和科技企业孵化器,建设公共服务平台,对入驻企业按照规定给予房租补贴。", ["入驻企业"]),
]


@pytest.mark.parametrize("text, expected", OPENED)
def test_opened_then_paid(text: str, expected: list[str], shipped: vocabulary.Vocab) -> None:
    assert recipients(text, shipped) == expected


EITHER: list[tuple[str, list[str]]] = [
    # two groups in one 对 phrase, the second after ,或者: each
    ("区人民政府对牵头制定国家标准的高等院校,或者参与制定行业标准并取得显著成效的企业给予资助。", ["高等院校", "企业"]),
    # 本省对…: the province pays, its 对 phrase names whom (a long one, two groups)
    ("本省对主导制定国际标准、国家标准或者行业标准的单位,或者企业标准在推动产业升级方面成效突出的企业给予奖励。", ["单位", "企业"]),
    # the same kind on both sides: one group under two conditions
    ("区人民政府对牵头制定国家标准的企业,或者参与制定行业标准并取得显著成效的企业给予资助。", ["企业"]),
]


@pytest.mark.parametrize("text, expected", EITHER)
def test_either_group(text: str, expected: list[str], shipped: vocabulary.Vocab) -> None:
    assert recipients(text, shipped) == expected


RESTATED: list[tuple[str, list[str]]] = [
    # the same group supported without an amount in two unlike sentences: two promises
    ("市人民政府设立中小企业发展专项资金,支持中小企业发展。其他涉及产业发展的专项资金,应当优先支持符合条件的中小企业。",
     ["中小企业", "中小企业"]),
    # a near word-for-word restatement: once
    ("市人民政府设立自然科学基金,资助基础研究。市人民政府设立自然科学基金,支持基础研究。", ["基础研究"]),
    # a sized promise found again: once (its amount makes it the same)
    ("对新认定的专精特新中小企业给予50万元奖励。区人民政府对新认定的专精特新中小企业给予50万元奖励。", ["专精特新中小企业"]),
]


@pytest.mark.parametrize("text, expected", RESTATED)
def test_restated_or_another(text: str, expected: list[str], shipped: vocabulary.Vocab) -> None:
    assert recipients(text, shipped) == expected
