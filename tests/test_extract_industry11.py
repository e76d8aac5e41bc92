"""Industries named for development, not fields met on the way (kg.extract.developed; ind11). Sentences written for
these tests, in the style of regulations, support measures (若干措施) and action plans; each is a document of its own."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary
from kg.extract import entities
from kg.pipeline import from_text


def industries(text: str, vocab: vocabulary.Vocab) -> set[str]:
    return {e.name for e in entities.extract(from_text(text, vocab), vocab) if e.type == "Industry"}


# (id, text, industries expected among those found, industries that must not be found)
NAMED = [
    # a verb of development before the field in its clause
    ("action plan: develop a list", "重点发展集成电路、生物医药和新能源汽车,做强新材料。", {"集成电路", "生物医药", "新能源汽车", "新材料"}, set()),
    ("support measure: grow one field", "对新引进的人工智能企业,按其实缴注册资本给予奖励;大力培育人工智能。", {"人工智能"}, set()),
    ("focus on fields", "聚焦氢能、储能等领域,布局一批概念验证中心。", {"氢能", "储能"}, set()),
    ("regulation: around a field", "鼓励高等学校围绕生物医药开展技术攻关。", {"生物医药"}, set()),
    # a word of what fields are after it
    ("field before 产业", "市人民政府应当支持智能网联汽车产业发展。", {"智能网联汽车"}, set()),
    ("field before 领域", "本市加强在集成电路领域的协同创新。", {"集成电路"}, set()),
    ("field before its development, adverb between", "推动数字经济高质量发展。", {"数字经济"}, set()),
    ("field before a list's kind", "推动新能源、现代物流等产业集聚。", {"新能源", "现代物流"}, set()),
    ("field before a scene of its use", "加快建设智慧农业应用场景。", {"智慧农业"}, set()),
    ("upgrading a trade", "（二）推进服务贸易升级", {"服务贸易"}, set()),
    ("research of a technology", "支持企业开展干细胞与再生医疗技术研发。", {"再生医疗"}, set()),
    # the whole object of a verb of support
    ("a support measure's heading", "19.支持服务外包", {"服务外包"}, set()),
    ("support, then a list of trades", "积极支持跨境电子商务、市场采购贸易等新型贸易方式。", {"跨境电子商务"}, set()),
    # items of a list of fields, and headings that are a field alone
    ("a list of technologies", "推动互联网、大数据、人工智能与实体经济深度融合。", {"互联网", "大数据", "人工智能"}, set()),
    ("a numbered item of a list of fields", "（三）新材料；", {"新材料"}, set()),
    ("a chapter named by its field", "第五章 科技金融", {"科技金融"}, set()),
    ("a develop verb before a list with verbs in its items", "鼓励发展国际贸易结算、国际大宗商品交易、跨境电子商务等开放经济业态。", {"跨境电子商务"}, set()),
    ("a list's kind after 等", "推动区块链、物联网等新一代信息技术在政务服务领域的应用。", {"新一代信息技术", "区块链", "物联网"}, set()),
    ("items with words of their own", "新型储能、第三代半导体、合成生物等未来产业建链。", {"储能", "第三代半导体", "合成生物"}, set()),  # 第三代半导体 a field of its own (ent19c)
    ("an item of a list its kind closes", "支持职业院校与装备制造、港口物流等特色优势行业企业合作。", {"装备制造"}, set()),
    # the term a law defines
    ("a measure's defined field", "第三条 本办法所称智能制造,是指基于新一代信息技术的新型生产方式。", {"智能制造"}, set()),
    ("Taiwan: an industry a law defines", "本法所稱電動車輛產業,指從事電動車輛研發、製造之產業。", {"电动车辆产业"}, set()),
    # its own words say it is one
    ("an industry by its head", "全市高新技术产业增加值年均增长10%以上。", {"高新技术产业"}, set()),
    ("a plus", "探索AI+教育新模式。", {"AI+教育"}, set()),
    # a support measure pays the field's enterprises
    ("support measure: the enterprises of a field paid", "对首次认定的集成电路设计企业,给予最高200万元奖励。", {"集成电路"}, set()),
    ("support measure: an enterprise kind after the field", "对租用园区标准厂房的新能源汽车零部件企业,给予三年租金补贴。", {"新能源汽车"}, set()),
    # the field right before 企业 names a kind of firm there (集成电路企业), not an industry: dev8 0070's gold (ent17e)
    ("regulation: enterprises of fields favoured", "符合条件的集成电路企业和经认定的动漫企业享受相关优惠政策。", set(), {"集成电路", "动漫"}),
    ("neg a means bought, though paid", "鼓励企业购置工业机器人,按设备投资额的10%给予补贴。", set(), {"工业机器人", "机器人"}),
    # targets measure an industry
    ("action plan: an industry's value added", "到2025年,全市数字经济核心产业增加值占地区生产总值比重达到10%。", {"数字经济"}, set()),
    ("action plan: an industry's size", "到2026年,集成电路产业规模突破500亿元。", {"集成电路"}, set()),
    ("action plan: applications of a technology promoted", "推动人工智能在制造、医疗、教育等领域深度应用。", {"人工智能"}, set()),
    ("a business line developed", "推动发展数据服务外包业务。", {"服务外包"}, set()),
    ("an industry word cut in two", "发展服务型制造业,打造现代化产业体系。", {"服务型制造"}, set()),
    # a verb of development is no part of a field's name
    ("Taiwan: a definition's list, no 指光伏", "本條例所稱綠能科技,指太陽光電、離岸風電及氫能等技術。", {"光伏", "风电", "氢能"}, {"指光伏"}),
    ("grow and strengthen, no 壮大生物制造", "培育壮大生物制造、量子科技等新兴产业。", {"生物制造"}, {"壮大生物制造"}),
    # named once for development: every mention of the document keeps it
    ("developed once, named everywhere", "第一条 为促进人工智能产业发展,制定本条例。第九条 政务服务可以运用人工智能。", {"人工智能"}, set()),
]

PASSING = [
    # a field met on the way: a means, a utility, a way to acquire, a right, a capacity
    ("neg trade over the internet", "技术交易可以通过互联网进行。", set(), {"互联网"}),
    ("neg utilities", "供水、供电、供气、通信等公用企业应当公开服务标准。", set(), {"通信"}),
    ("neg the people's health", "对直接涉及公共安全和人民群众生命健康等特殊行业,实施重点监管。", set(), {"生命健康"}),
    ("neg a capacity", "申请人应当具备网络安全和数据安全保障等能力。", set(), {"网络安全"}),
    ("neg a way to acquire, defined", "前項所稱融資租賃取得,指公司承租機器或設備。", set(), {"融资租赁"}),
    ("neg a way to acquire equipment", "购置包括向他人购买、融资租赁取得或者自行制造。", set(), {"融资租赁"}),
    ("neg new materials in a definition", "本办法所称研究发展,是指为开发新原料、新材料或零组件所从事之活动。", set(), {"新材料"}),
    ("neg an operator's kind", "鼓励和支持通信运营企业加快网络建设。", set(), {"通信"}),
    ("neg a right over a layout", "（六）集成电路布图设计；", set(), {"集成电路"}),
    ("neg medical devices used", "医疗机构可以使用临床急需的医疗器械。", set(), {"医疗器械"}),
    ("neg a national strategy's wording", "坚持面向人民生命健康。", set(), {"生命健康"}),
    ("neg a body's name, no development", "市发展改革部门负责公布通信资费标准。", set(), {"通信"}),
    ("neg a research platform's name", "建立具有中国特色的医药创新研发与转化平台。", set(), {"医药"}),
    ("neg items that act, no list of fields", "推动实体市场与电子商务融合、贸易与产业联动。", set(), {"电子商务"}),
    ("neg a field that names a platform brought in", "加快引进绿色算力中心、虚拟仿真平台、数字孪生孵化器等设施平台。", set(), {"数字孪生", "算力"}),
    ("neg a platform a field names", "支持企业建设互联网平台,推进资源集成共享。", set(), {"互联网"}),
    ("neg a verb ending another item", "在新经济培育、科技金融创新等方面实现突破。", set(), {"科技金融"}),
    ("neg the same field twice is no list", "企业应当建立网络安全管理制度和网络安全风险管控机制。", set(), {"网络安全"}),
    ("neg a technology fused in a definition", "本条例所称智能网联汽车,是指融合通信与网络等技术的汽车。", set(), {"通信"}),
    ("neg an item that is no field's", "建设新一代通信网络、数据中心、人工智能平台等重大基础设施。", set(), {"通信"}),
    ("neg care strengthened, no development", "加快水生态修复与治理,加强大气污染防治,严守土壤环境安全底线。", set(), {"大气污染防治"}),
    ("its growing after 的", "市和区人民政府应当加强对标准化服务业的培育。", {"标准化服务业"}, set()),
    ("neg what harm is done to", "任何单位和个人不得利用互联网从事危害网络安全的活动。", set(), {"网络安全", "互联网"}),
    ("neg a harm that is done", "从事危害网络安全的活动。", set(), {"网络安全"}),
    ("neg regulations an enterprise follows", "企业所引进的技术应当符合国家产业政策和节能环保的有关规定。", set(), {"节能环保"}),
]


# industries the vocabulary does not know, named by their head in a frame of development (kg.extract.headed)
HEADED = [
    ("regulation: a service industry grown", "县级以上人民政府应当加快发展标准化服务业,培育标准化服务机构。", {"标准化服务业"}, set()),
    ("support measure: an industry of a known field", "对智能网联汽车检验检测产业发展给予支持。", {"智能网联汽车检验检测产业"}, {"智能网联汽车"}),
    ("a trade of a known field", "发展中医药服务贸易,扩大中医药服务出口。", {"中医药服务贸易"}, {"服务贸易"}),
    ("action plan: a ranking head left out", "重点发展新能源与智能电网装备制造主导产业。", {"新能源与智能电网装备制造"}, {"新能源", "智能电网"}),
    ("a service industry before its development", "加快知识产权高端服务业发展。", {"知识产权高端服务业"}, set()),
    ("Taiwan: a high-tech industry brought in", "為引進高級技術產業及科學技術人才,特制定本條例。", {"高级技术产业"}, set()),
    ("a field unknown to the vocabulary before a bare 产业", "助力数据要素产业生态聚集。", {"数据要素产业"}, set()),
    ("Taiwan: tourism turned digital", "推動觀光產業數位轉型,補助業者導入行動支付。", {"观光产业"}, set()),
    ("regulation: a financial industry's cluster", "发展结构合理、功能互补的金融产业集群。", {"金融产业"}, set()),
    # a head with no name of its own, or no development
    ("neg an innovative cluster is a programme's", "共建创新型产业集群。", set(), {"创新型产业"}),
    ("neg a zone's industries", "培育综合保税区产业配套、营商环境等综合竞争新优势。", set(), {"综合保税区产业"}),
    ("neg a place's industrial development", "高新区土地出让收入应当作为高新区产业发展资金。", set(), {"高新区产业"}),
    ("neg some industries", "视个别产业发展及受景气影响情形,择定特定产业。", set(), {"个别产业"}),
    ("neg the document's own industries", "加快发展本市优势特色产业和战略性新兴产业。", {"战略性新兴产业"}, {"本市优势特色产业", "优势特色产业"}),
    ("neg a count of industries", "聚焦六大产业领域梳理科技创新短板。", set(), {"六大产业"}),
    ("neg a cross-border way of trading", "探索跨境服务贸易负面清单管理。", set(), {"跨境服务贸易"}),
    ("neg a cluster's name is no compound industry", "推动京津冀智能网联新能源汽车国家先进制造业集群建设。", {"智能网联新能源汽车"}, {"智能网联新能源汽车国家先进制造业"}),
    ("neg a known field with its kind is the known term", "宣传人工智能产业发展情况。", {"人工智能"}, {"人工智能产业"}),
    ("neg a service industry only regulated", "居民服务业收费标准由价格主管部门公布。", set(), {"居民服务业"}),
]


@pytest.mark.parametrize(("text", "expected", "absent"), [c[1:] for c in NAMED + PASSING + HEADED], ids=[c[0] for c in NAMED + PASSING + HEADED])
def test_industries_named_for_development(text: str, expected: set[str], absent: set[str], vocab: vocabulary.Vocab) -> None:
    got = industries(text, vocab)
    assert expected <= got
    assert not (absent & got)
