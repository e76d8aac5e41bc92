"""Support enjoyed by rule without an amount (…按照规定享受…补贴): who enjoys it when the places they go to are listed
(高校毕业生到城乡基层、中小微企业、社会组织就业的), and when bodies or platforms are listed before it (A、B、C等,依据…规定
享受…补助); who meets the terms and may apply (X具备下列条件的,可以申请…资助); 代偿补偿; a fund that only leads others to
spend (用于引导X加大…投入) pays no one; persons led to training, then subsidised (组织A、B参加…培训,并按照规定给予补贴). Sentences of our own, in the style of regulations, support measures and action plans."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary
from kg.extract import funding
from kg.pipeline import from_text

from funded import recipients


CASES: list[tuple[str, list[str]]] = [
    # the places they go to are listed: the person who comes, not a place in the list
    ("符合条件的高校毕业生到城乡基层、中小微企业、社会组织就业，灵活就业和应征入伍的，按照国家、省有关规定享受社会保险补贴、学费补偿等优惠政策。", ["高校毕业生"]),
    ("退役士兵到县乡企业、农民专业合作社、社区服务机构就业的，按照规定享受一次性吸纳就业补贴。", ["退役士兵"]),
    ("留学回国人员在本市高等学校、科研院所、新型研发机构工作的，可以享受安家补贴。", ["留学回国人员"]),
    ("高校毕业生到城乡基层就业，灵活就业的，按照国家、省有关规定享受社会保险补贴。", ["高校毕业生"]),
    # platforms listed, closed by 等, each named whole (a long name too)
    ("经认定的小型微型企业创业创新示范基地、科技企业孵化器、大学科技园、文化产业园等，依据本市相关规定享受升级改造建设补助等资金支持。",
     ["小型微型企业创业创新示范基地", "科技企业孵化器", "大学科技园", "文化产业园"]),
    ("三、支持载体建设。科技企业孵化器、众创空间等，依据相关规定享受运营补贴。", ["科技企业孵化器", "众创空间"]),
    ("青年见习基地及其见习学员、带教人员，按照本市有关规定享受补贴。", ["青年见习基地", "见习学员", "带教人员"]),
    # who meets the terms may apply (X具备下列条件的,可以申请…资助); a long subject: the noun after its 的
    ("依托单位的科学技术人员具备下列条件的，可以申请国家自然科学基金资助：", ["依托单位的科学技术人员"]),
    ("在本市注册的科技型中小企业符合下列条件的，可以申请研发费用补助。", ["科技型中小企业"]),
    ("高层次人才符合条件的，可以向人才主管部门申请办理工作居住证。", []),
    # a guarantor's losses paid back in part
    ("对代偿率控制在合理区间的担保、再担保机构，给予一定比例的代偿补偿。", ["担保机构", "再担保机构"]),
    ("对房屋被征收的所有权人给予补偿。", []),
    # a fund that leads others to spend their own money pays none of them; one that leads others to support X pays X
    ("设立科技创新类产业基金，主要用于引导社会力量和设区的市、县（市、区）人民政府加大科技成果转化投入。", []),
    ("设立先进制造业发展基金，用于引导和带动社会资本支持先进制造业企业。", ["先进制造业企业"]),
    # persons led to training, then subsidised a clause later (kg/extract/trained.py): each person listed
    ("组织和引导贫困家庭子女、退役士兵、残疾人，以及符合条件的企业在职职工参加就业技能培训或者劳动预备制培训，并按照规定免收培训费用或者给予补贴。",
     ["贫困家庭子女", "退役士兵", "残疾人", "企业在职职工"]),
    ("（三）开展技能提升行动。组织高校毕业生、农民工参加职业技能培训，按规定给予职业培训补贴。", ["高校毕业生", "农民工"]),
    ("引导离校未就业高校毕业生参加就业见习，按规定享受见习补贴。", ["离校未就业高校毕业生"]),
    ("组织企业参加展会，给予展位费补贴。", []),
    ("组织专家学者参加培训交流，提高服务能力。", []),
    ("组织行业协会、产业联盟参加培训，推动标准落地。", []),
    # negative: no money enjoyed; a condition naming only whom an unseen subject employs
    ("科技企业孵化器、大学科技园、众创空间等，应当为入驻企业提供创业辅导服务。", []),
    ("招用就业困难人员的，按照国家和省有关规定享受岗位补贴。", []),
    ("吸纳就业困难人员的，按规定享受社会保险补贴。", []),
    ("高校毕业生到城乡基层、中小微企业、社会组织就业的，由有关部门做好服务保障。", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_enjoyed_by_rule(text: str, expected: list[str], vocab: vocabulary.Vocab) -> None:
    assert recipients(text, vocab) == expected


LEAD_IN = (
    "第八条 用人单位吸纳劳动者就业，符合规定条件的可以享受以下扶持政策：\n\n（一）国家规定的税费优惠；\n\n"
    "（二）招用就业困难人员的，按照国家和省有关规定享受岗位补贴；\n\n（三）招用毕业年度高校毕业生的，按照规定享受社会保险补贴；\n"
    "（四）吸纳脱贫劳动力的，按规定享受一次性吸纳就业补贴。\n"
)
NO_LEAD_IN = (
    "第九条 用人单位有下列情形之一的，由人力资源社会保障部门责令改正：\n\n（一）招用就业困难人员的，按照规定享受岗位补贴；\n"
)


def test_items_under_a_lead_in_are_its_subjects(vocab: vocabulary.Vocab) -> None:
    """(二)招用…的,…享受…补贴 under 用人单位…可以享受以下扶持政策: the employer, once per item."""
    doc = from_text(LEAD_IN, vocab)
    facts = funding.extract(doc, vocab)
    assert [(f.recipient, f.instrument) for f in facts] == [("用人单位", "岗位补贴"), ("用人单位", "社会保险补贴"), ("用人单位", "一次性吸纳就业补贴")]


def test_items_under_other_lead_ins_name_no_one(vocab: vocabulary.Vocab) -> None:
    assert recipients(NO_LEAD_IN, vocab) == []
