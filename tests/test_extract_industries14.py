"""Industries and platform kinds that hold on unseen documents (ent14b): kinds and fields grown from corpus-dev,
fields named only as a means (kg.extract.means), lists of things, verbs glued to a field, and a place's level.

Sentences written for these tests in the styles of support measures (若干措施), action plans (行动计划, 实施方案) and
regulations of other provinces and cities, Taiwan's rules among them; none is taken from a seed, a gold document or
corpus-dev. Each case is a document of its own: the names expected among those found, and names that must not be.
"""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary
from kg.extract import entities
from kg.pipeline import from_text

Found = set[tuple[str, str]]


@pytest.fixture(scope="module")
def vocab() -> vocabulary.Vocab:
    return vocabulary.load()


def found(text: str, vocab: vocabulary.Vocab) -> Found:
    return {(e.type, e.name) for e in entities.extract(from_text(text, vocab), vocab)}


def ind(*names: str) -> Found:
    return {("Industry", n) for n in names}


def kind(*names: str) -> Found:
    return {("PlatformType", n) for n in names}


# (id, text, expected among those found, must not be found)
KINDS: list[tuple[str, str, Found, Found]] = [
    ("support measure: a rights-protection centre recognised",
     "对新获批的国家级、省级知识产权快速维权中心，分别给予200万元、50万元一次性奖励。", kind("知识产权快速维权中心"), set()),
    ("support measure: its short form", "支持行业协会建设快速维权中心，开展专利侵权纠纷快速处理。", kind("知识产权快速维权中心"), set()),
    ("regulation: a startup park of returned scholars",
     "县级以上人民政府应当支持建设留学人员创业园，为回国留学人员创办企业提供场地和服务。", kind("留学人员创业园"), set()),
    ("regulation: startup parks in a list", "鼓励社会资本兴办科技企业孵化器、创业园和众创空间。", kind("创业园", "科技企业孵化器", "众创空间"), set()),
    ("action plan: expert bases and maker communities counted",
     "到2026年，建设专家服务基地10个以上，新增创客社区5个。", kind("专家服务基地", "创客社区"), set()),
    ("support measure: a short wording of the incubator", "对经认定的市级科技孵化器，给予30万元奖励。", kind("科技企业孵化器"), set()),
    ("support measure: an enterprise R&D centre is a technology centre",
     "新认定的省级企业研发中心，给予20万元奖励。", kind("企业技术中心"), set()),
    ("regulation: a popular-science education base", "各级人民政府应当建设科普教育基地，加强科普队伍建设。", kind("科普基地"), set()),
    ("Taiwan: an incubation centre", "補助大專校院設立創新育成中心，輔導新創事業。", kind("科技企业孵化器"), set()),
    ("support measure: tenants of a startup park paid", "入驻留学人员创业园的初创企业，按每月每平方米20元给予房租补贴。", kind("留学人员创业园"), set()),
    ("action plan: services of parks improved", "完善海外人才创业园、创客社区的服务功能，提供低成本创业服务。", kind("海外人才创业园", "创客社区"), set()),
    ("regulation: a rights-protection centre's work", "知识产权维权援助中心应当为中小企业提供维权援助。", kind("知识产权维权援助中心"), set()),
    # kinds by their head (研究院, 工作室) and the verbs that recognise them (获评, 评为, 入选, 认定为)
    ("action plan: a research institute of an industry set up", "支持龙头企业牵头组建产业创新研究院。", kind("产业创新研究院"), set()),
    ("support measure: a studio selected", "对入选国家级劳模创新工作室的，给予10万元奖励。", kind("劳模创新工作室"), set()),
    ("support measure: a base rated", "对评为省级农业科技示范基地的，给予10万元奖励。", kind("农业科技示范基地"), set()),
    ("support measure: recognised as a centre", "对新认定为省级产业技术服务中心的，给予20万元奖励。", kind("产业技术服务中心"), set()),
    ("neg a university's institute is an organisation", "支持清华大学深圳研究院建设。", {("Organization", "清华大学深圳研究院")},
     kind("清华大学深圳研究院", "深圳研究院")),
    ("neg recognised as an enterprise, no platform", "对被认定为省级技术创新示范企业的，给予奖励。", set(), kind("技术创新示范企业")),
    ("a field widens a generic co-innovation centre", "探索采用PPP模式支持产业协同创新中心、新型研发机构等重大创新平台建设。",
     kind("产业协同创新中心", "新型研发机构"), kind("协同创新中心")),
    ("neg the generic centre alone", "支持高校建设协同创新中心。", kind("协同创新中心"), set()),
    # a place written with 级 is a level, no named platform
    ("support measure: a city's level before a kind",
     "对新认定的国家级、省级、嘉兴市级企业技术中心，分别给予100万元、50万元、10万元奖励。",
     kind("企业技术中心"), {("Platform", "嘉兴市级企业技术中心")}),
    ("support measure: a county's level before a kind", "对新认定的东阳市级重点实验室，给予20万元奖励。",
     kind("重点实验室"), {("Platform", "东阳市级重点实验室")}),
]

FIELDS: list[tuple[str, str, Found, Found]] = [
    ("action plan: the six fields of future industries",
     "前瞻布局未来制造、未来信息、未来材料、未来能源、未来空间和未来健康六大方向。",
     ind("未来制造", "未来信息", "未来材料", "未来能源", "未来空间", "未来健康"), set()),
    ("action plan: future fields watched", "紧盯未来材料、未来空间和未来制造发展前沿，加强底层技术研发。", ind("未来材料", "未来空间", "未来制造"), set()),
    ("action plan: frontier fields", "聚焦边缘计算、基因治疗等前沿领域，组织实施一批重大科技项目。", ind("边缘计算", "基因治疗"), set()),
    ("regulation: renewable energies developed", "县级以上人民政府应当支持开发利用太阳能、风能、生物质能、地热能等可再生能源。",
     ind("太阳能", "风能", "生物质能", "地热能"), set()),
    ("action plan: digital culture", "大力发展网络视听、网络游戏、数字影视等数字文化产业。", ind("网络视听", "网络游戏", "数字影视"), set()),
    ("action plan: marine fields", "培育壮大海洋生物医药、海洋工程装备等海洋新兴产业。", ind("海洋生物医药", "海洋工程装备"), set()),
    ("regulation: marine emerging industries", "鼓励海洋科研机构开展海洋新兴产业关键技术研发。", ind("海洋新兴产业"), set()),
    ("support measure: the seed industry", "大力发展种业，对新育成的农作物品种给予奖励。", ind("现代种业"), set()),
]

MEANS: list[tuple[str, str, Found, Found]] = [
    ("neg regulation: technologies as a means of supervision",
     "有关部门应当运用互联网、大数据、人工智能等现代信息技术手段，提升监管效能。", set(), ind("互联网", "大数据", "人工智能")),
    ("neg action plan: technologies a park is built on",
     "以5G、物联网、云计算等新一代信息技术为支撑，建设智慧园区。", set(), ind("5G", "物联网", "云计算")),
    ("neg regulation: ways of using", "政务服务机构可以运用云计算、大数据、物联网等方式，提供在线服务。", set(), ind("云计算", "大数据", "物联网")),
    ("neg regulation: energies a building uses", "新建建筑应当因地制宜利用太阳能、地热能等可再生能源。", set(), ind("太阳能", "地热能")),
    ("neg regulation: new materials adopted", "企业应当采用先进适用的新技术、新工艺、新材料和新设备。", set(), ind("新材料")),
    ("neg Taiwan: technologies as a means", "業者得運用物聯網、人工智慧等技術手段，提升營運效率。", set(), ind("物联网", "人工智能")),
    ("a field developed elsewhere in the document stays",
     "第一条 本市重点发展大数据产业。第九条 有关部门应当运用大数据等技术手段加强监管。", ind("大数据"), set()),
    ("a list developed, then a means word elsewhere", "重点发展物联网、云计算等产业，以数字技术为支撑提升服务。", ind("物联网", "云计算"), set()),
    ("以…为重点 develops", "以人工智能、集成电路为重点，加快发展数字经济核心产业。", ind("人工智能", "集成电路"), set()),
    # a body named by its field
    ("neg web page: a footer's body named by its field", "主办单位：义乌市人民政府办公室　　承办：义乌市大数据发展中心", set(), ind("大数据")),
    ("neg regulation: an industry association", "支持人工智能产业协会开展行业自律。", set(), ind("人工智能")),
    ("the field developed, and a body named by it", "加快大数据发展，建设大数据发展中心。", ind("大数据"), set()),
    # lists of things, not fields
    ("neg regulation: equipment imported",
     "允许企业进口高附加值数控机床、工程设备、通信设备等旧机电设备。", set(), ind("高附加值数控机床", "工程设备", "通信设备")),
    ("neg action plan: scenes of smart farming",
     "打造精细化养殖种植、智能化农机装备等智慧农业应用场景。", set(), ind("精细化养殖种植", "智能化农机装备")),
    ("new technologies and products: the fields stay",
     "重点承载区块链、物联网、虚拟现实等新技术新产品落地应用。", ind("区块链", "物联网", "虚拟现实"), set()),
    ("fields of a list, then scenes made in them",
     "聚焦智慧交通、智慧医疗、智能建造等领域打造不少于30个应用场景。", ind("智慧交通", "智慧医疗", "智能建造"), set()),
    # a verb or a modal glued to a list's first item
    ("regulation: a modal and a verb before the first item",
     "有关部门应当推动物联网、数据挖掘、遥感监测、区块链等技术在农业生产中的推广。", ind("物联网"),
     ind("部门应当推动物联网", "推动物联网", "应当推动物联网")),
    ("action plan: a verb glued to an unknown field", "发展壮大智能科技、生物医药等新兴产业。", ind("智能科技", "生物医药"), ind("发展壮大智能科技")),
    ("action plan: a verb cut in two before the first field", "做强做优集成电路、新型显示、智能终端三大主导产业。",
     ind("集成电路", "新型显示", "智能终端"), ind("做优集成电路", "优集成电路")),
    ("action plan: a list's kind, then its upgrading", "推动纺织服装、食品饮料、家居建材等传统产业转型升级。",
     ind("纺织服装", "食品饮料", "家居建材"), set()),
    ("regulation: marine fields jieba reads as places", "围绕海洋工程装备、海洋智能制造等海洋产业，组织关键技术攻关。",
     ind("海洋工程装备", "海洋智能制造"), ind("智能制造")),
    ("neg areas of cooperation parted by 以及", "加强在海洋产业、高端制造业、旅游业以及科技、教育等方面的协同协作。",
     set(), ind("旅游业以及科技", "教育", "科技")),
    ("R&D design is a field, no verb stripped", "加快发展金融服务、研发设计、文化创意等现代服务业。", ind("研发设计"), ind("设计")),
]

CASES = KINDS + FIELDS + MEANS


@pytest.mark.parametrize(("text", "expected", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_industries_and_kinds(text: str, expected: Found, absent: Found, vocab: vocabulary.Vocab) -> None:
    got = found(text, vocab)
    assert expected <= got
    assert not (absent & got)


def test_quotes_are_exact(vocab: vocabulary.Vocab) -> None:
    for _, text, _, _ in CASES:
        doc = from_text(text, vocab)
        for entity in entities.extract(doc, vocab):
            assert doc.original[entity.evidence.start : entity.evidence.end] == entity.evidence.quote
