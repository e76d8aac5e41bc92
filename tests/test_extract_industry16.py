"""What an item of a list of fields may not hold (kg.extract.fielditems; ent16b): a reform practice written with a plus,
words that govern a list or say where it holds, and lists of fields a law regulates. Sentences written for these tests,
in the style of regulations, support measures (若干措施) and action plans; each is a document of its own."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary
from kg.extract import entities
from kg.pipeline import from_text


def found(text: str, vocab: vocabulary.Vocab, kind: str) -> set[str]:
    return {e.name for e in entities.extract(from_text(text, vocab), vocab) if e.type == kind}


# (id, text, industries expected among those found, industries that must not be found)
CASES = [
    # a plus before government work: a reform practice, no industry
    ("regulation: a supervision system", "依托“互联网+监管”系统，推进各部门监管业务协同开展。", set(), {"互联网+监管"}),
    ("regulation: online government services", "优化互联网+政务服务，完善政务服务平台。", set(), {"互联网+政务"}),
    ("action plan: property registration", "（六）全面推广“互联网+不动产登记”，推行线上申请、网上反馈。", set(), {"互联网+不动产"}),
    ("support measure: public legal services", "推进“互联网+公共法律服务”建设，对入驻平台的律师事务所给予补贴。", set(), {"互联网+公共"}),
    ("a plus before a field stays a field", "（三）推进互联网+医疗健康服务发展，培育智慧医疗新业态。", {"互联网+医疗", "智慧医疗"}, set()),
    ("action plan: freight", "支持“互联网+货运”新业态发展，探索城市共同配送模式。", {"互联网+货运"}, set()),
    # words jieba glues to a list's first item
    ("a procurement list", "可以将云计算、大数据、人工智能等数字技术产品和服务列入全省集中采购目录。", {"云计算"}, {"将云计算"}),
    ("research a list of technologies", "研发人工智能、新一代移动通信技术、大数据、边缘计算等在工业领域的适用性技术。", {"人工智能"}, {"研发人工智能"}),
    ("a whole city's economy", "统筹推进全市数字经济、数字社会发展规划和建设。", {"数字经济"}, {"全市数字经济"}),
    ("a field after a kind of fields", "加快农业生产、农产品加工、农产品流通领域大数据基础和应用平台建设。", set(), {"农产品流通领域大数据"}),
    ("use of technologies in a field", "制定行政管理和公共服务领域使用大数据、云计算等技术及产品的风险评估制度。", set(), {"公共服务领域使用大数据"}),
    ("等为 after the last item", "构建以新一代电子信息、生物医药、装备制造、现代食品、商贸物流产业等为引领的现代产业体系。", {"生物医药", "现代食品"}, {"商贸物流产业等为引领"}),
    ("a field of research and design stays whole", "支持民营经济组织发展研发设计、商务咨询、检验检测等生产性服务业。", {"研发设计", "商务咨询"}, {"设计"}),
    # lists of fields a law regulates
    ("safety of sectors", "滨海新区人民政府应当建立健全危险化学品、建设施工、交通运输、特种设备、燃气等重点行业、领域安全风险防控体系。", set(), {"燃气", "交通运输", "特种设备"}),
    ("energy use of sectors", "建立对煤炭、电力、化工、建材等行业的能耗、水耗、碳排放监督管理制度。", set(), {"煤炭", "电力", "建材"}),
    ("infringement in fields", "依法查处网络文学、音乐、影视、动漫、游戏、计算机软件等领域的著作权侵权行为。", set(), {"音乐", "网络文学", "依法查处网络文学"}),
    ("law enforcement teams by field", "在农业农村、文化旅游、生态环境、交通运输等领域组建综合执法队伍。", set(), {"文化旅游", "交通运输"}),
    ("developing a list stays", "重点发展新一代信息技术、新能源、新材料、高端装备等战略性新兴产业。", {"新一代信息技术", "新能源", "新材料"}, set()),
    ("upgrading sectors stays", "推动钢铁、装备制造、石油化工、食品、医药等传统优势行业加快数字化转型。", {"钢铁", "装备制造", "石油化工"}, set()),
    # a count before a list's kind, and how the listed fields are to change after it
    ("action plan: three leading industries", "围绕集成电路、人工智能、生物医药三大先导产业，实施产业链强链补链行动。", {"集成电路", "人工智能", "生物医药"}, {"生物医药三大先导产业"}),
    ("action plan: digital upgrading of traditional trades", "推动纺织服装、食品加工等传统产业数字化改造。", {"纺织服装", "食品加工"}, set()),
    ("regulation: producer services made digital", "推进研发设计、现代物流、商务咨询等生产性服务业数字化。", {"研发设计", "商务咨询"}, set()),
    ("a definition's technology is no field", "本条例所称数字经济，是指以信息通信技术融合应用、全要素数字化转型为重要推动力的新经济形态。", set(), {"通信"}),
    # parks and other kinds of platform are no items of a list of fields
    ("action plan: parks by field", "依托高新区建设特色产业园、数字经济产业园和生物医药产业园。", {"数字经济", "生物医药"}, {"数字经济产业园", "生物医药产业园", "特色产业园"}),
    ("a data space is no field", "深化区块链、可信数据空间等技术应用。", set(), {"可信数据空间"}),
    ("support measure: a sector's projects paid", "对集成电路、新型显示等重点领域的技术改造项目，给予最高500万元补助。", {"集成电路", "新型显示"}, set()),
]


@pytest.mark.parametrize("text,expected,absent", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_industry_items(vocab: vocabulary.Vocab, text: str, expected: set[str], absent: set[str]) -> None:
    names = found(text, vocab, "Industry")
    assert expected <= names, names
    assert not names & absent, names


# (text, type, name): a reform practice is a Programme (the conventions' ambiguous line), named without what it runs on
# (系统, 平台); a kind of platform is named by what it does with a verb inside (实践, 实习, 支撑; cue list platform_process)
NAMED = [
    ("依托“互联网+监管”系统，推进各部门监管业务协同开展。", "Programme", "互联网+监管"),
    ("优化互联网+政务服务，完善政务服务平台。", "Programme", "互联网+政务服务"),
    ("全面推广“互联网+不动产登记”，推行线上申请。", "Programme", "互联网+不动产登记"),
    ("联合建立学生实习实践培训基地和研究生科研实践工作机构等方式，共同培养专业技术人才。", "PlatformType", "学生实习实践培训基地"),
    ("鼓励高等学校建立创新创业学院和创新创业教育实践基地。", "PlatformType", "创新创业教育实践基地"),
    ("与高等学校、科研机构合作共建知识产权公共服务平台和创新支撑平台。", "PlatformType", "创新支撑平台"),
]


@pytest.mark.parametrize("text,kind,name", NAMED)
def test_named_as_its_kind(vocab: vocabulary.Vocab, text: str, kind: str, name: str) -> None:
    assert name in found(text, vocab, kind)


def test_practice_alone_names_no_platform(vocab: vocabulary.Vocab) -> None:
    """实践 alone before a head says nothing of what a platform is for (实习和实践基地: no kind read from 实践基地)."""
    assert "实践基地" not in found("本市鼓励社会组织开展实践活动，加强管理。", vocab, "PlatformType")
