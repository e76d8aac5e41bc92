"""Industries in lists whose closing word was misread (kg.extract.fieldclose; ent17b): a chain's links and laws' areas
name no fields, a kind of finance or economy with a word of its own closes a list of fields, a field may end in 化, and a
field joined to a kind of it is two. Sentences written for these tests, annotated before the extractor ran on them, in the
style of support measures (若干措施), action plans, regulations and Taiwan 辦法/要點; each is a document of its own."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary
from kg.extract import entities
from kg.pipeline import from_text


def found(text: str, vocab: vocabulary.Vocab) -> set[str]:
    return {e.name for e in entities.extract(from_text(text, vocab), vocab) if e.type == "Industry"}


# (id, text, industries expected among those found, industries that must not be found)
CASES = [
    # written before the rules: the first look, kept as they were annotated
    ("support measure: labs in fields", "对在集成电路、生物医药、人工智能等领域新认定的省级重点实验室，给予一次性100万元奖励。", {"集成电路", "生物医药", "人工智能"}, set()),
    ("regulation: laws obeyed", "企业应当遵守网络安全、数据安全、个人信息保护等有关法律法规。", set(), {"数据安全", "个人信息保护"}),
    ("action plan: a chain's links", "推动研发设计、生产制造、营销服务等产业链各环节协同发展。", set(), {"研发设计", "生产制造", "营销服务"}),
    ("action plan: new industries", "到2027年，全市数字经济核心产业增加值达到3000亿元，培育壮大智能网联汽车、低空经济、商业航天等新兴产业。", {"数字经济", "智能网联汽车", "低空经济", "商业航天"}, set()),
    ("Taiwan: strategic industries", "本辦法所稱策略性產業，指半導體、生技醫藥、綠能及智慧機械等產業。", {"半导体", "智能机械", "绿色能源"}, set()),
    ("generic 产业", "推动产业链创新链深度融合，促进产业高质量发展。", set(), {"产业", "产业链"}),
    ("technologies as a means", "推广节水、节肥、节药等技术，提高农业生产效率。", set(), set()),
    ("regulation: industries joined", "县级以上人民政府应当支持发展商贸、文化、旅游、体育等产业，推动会展业与其联动发展。", {"商贸", "文化", "旅游", "体育"}, set()),
    ("support measure: kinds of finance", "发展科技金融、供应链金融、绿色金融等特色金融，支持设立融资租赁公司。", {"科技金融", "供应链金融", "绿色金融"}, set()),
    ("regulation: 领域 of law enforcement", "加强对知识产权、食品药品、安全生产等领域的执法检查。", set(), {"知识产权", "食品药品", "安全生产"}),
    ("action plan: four leading industries", "重点发展高端装备、新型储能、氢能和现代物流四大主导产业。", {"高端装备", "氢能", "现代物流"}, set()),  # 高端装备 as written (ent19c)
    ("Taiwan 要點: enterprises of fields", "本要點補助對象為從事人工智慧、物聯網或資訊安全產業之中小企業。", {"人工智能", "物联网", "信息安全"}, set()),
    ("new technologies in general", "加强科技创新和技术攻关，推动新技术、新产业、新业态发展。", set(), {"新技术", "新产业", "新业态", "科技"}),
    ("represented by", "打造以智能终端、新型显示为代表的电子信息产业集群。", {"智能终端", "新型显示", "电子信息"}, set()),
    ("support measure: leading enterprises", "对首次入选的独角兽企业给予500万元奖励，重点支持新一代信息技术、高端装备制造等战略性新兴产业企业。", {"新一代信息技术", "高端装备制造", "战略性新兴产业"}, set()),
    ("infrastructure", "加快建设5G基站、数据中心、通信管道等新型基础设施。", set(), {"通信管道", "数据中心"}),
    ("products in an advert", "不得发布以药品、医疗器械等产品为名义的虚假广告。", set(), {"医疗器械"}),
    ("a shared head", "大力发展新能源、新材料和生物等新兴产业。", {"新能源", "新材料", "生物"}, set()),
    ("events by field", "在本市举办文化、体育、科技等领域的大型活动，应当依法申请许可。", set(), {"科技"}),
    ("data industry", "培育数据采集、数据标注、数据交易等数据产业。", {"数据标注"}, set()),
    ("Taiwan: purpose", "為促進產業創新，提升技術研發能量，特訂定本辦法。", set(), {"产业"}),
    ("support measure: whole-chain upgrade", "支持企业开展研发设计、检验检测、生产制造等全产业链改造。", set(), {"研发设计", "生产制造"}),
    # written for the rules (ent17b)
    ("regulation: links of a chain named", "促进海水淡化研发设计、整机制造、装备集成、药剂生产、工程总包等产业链各环节集聚发展。", set(), {"整机制造", "装备集成", "药剂生产", "工程总包"}),
    ("regulation: a chain's links, upstream", "推动原料采购、加工制造、仓储配送等产业链上下游协同。", set(), {"原料采购", "加工制造", "仓储配送"}),
    ("a chain of fields stays", "围绕集成电路、生物医药、新能源汽车等产业链，实施强链补链工程。", {"集成电路", "生物医药", "新能源汽车"}, set()),
    ("regulation: areas of law", "数据处理者应当遵守数据安全、个人信息保护、电子商务等相关法律、法规的规定。", set(), {"数据安全", "个人信息保护"}),
    ("action plan: port economy", "依托口岸优势发展综合加工、商贸流通、冷链物流、文化旅游等口岸经济。", {"综合加工", "商贸流通", "冷链物流", "文化旅游"}, set()),
    ("a government's tasks, not fields", "管委会承担规划、教育、文化、财政、土地、市场监管等经济和社会事务管理权限。", set(), {"规划", "教育", "文化", "财政", "土地"}),
    ("support measure: finance of a zone", "支持自贸片区发展跨境金融、航运金融、离岸金融等特色金融，对新设立的持牌金融机构给予奖励。", {"跨境金融", "航运金融", "离岸金融"}, set()),
    ("finance services, not fields", "鼓励金融机构为中小企业提供融资、结算、理财等金融服务。", set(), {"融资", "结算", "理财"}),
    ("a field ending in 化", "推动石化、汽车、装备制造等传统优势产业转型升级。", {"汽车", "装备制造"}, set()),
    ("a quality ending in 化", "推动制造业高端化、智能化、绿色化发展。", set(), {"高端化", "智能化", "绿色化"}),
    ("joined with industries", "推动会展业与智能科技、绿色石化、汽车、生物医药等重点产业融合发展。", {"智能科技", "绿色石化", "汽车", "生物医药"}, set()),
    ("action plan: platforms by level", "新建国家级、省级人工智能创新平台10个以上。", set(), {"省级人工智能"}),
    ("a park named by its field", "依托设计小镇、国家网络安全产业园区，引入元宇宙、网络安全等产业资源。", set(), {"国家网络安全"}),
    ("infrastructure with a field inside", "信息基础设施包括通信网、互联网、公共大数据平台、云计算基础设施。", set(), {"公共大数据"}),
    ("action plan: bulk commodities", "片区重点发展国际大宗商品贸易、港航服务、高端装备制造等产业。", {"国际大宗商品贸易", "港航服务"}, {"商品贸易"}),
    ("support measure: new kinds of trade", "鼓励离岸贸易、国际大宗商品交易、期货保税交割等新型贸易发展，对年交易额超过1亿元的企业给予奖励。", {"离岸贸易", "国际大宗商品交易"}, {"商品交易"}),
    ("a place before a field", "促进与日本、韩国现代服务业集聚发展。", set(), {"韩国现代服务业"}),
    ("regulation: a broad item left out", "鼓励贸易与金融、航运、物流、制造、会展等产业融合发展。", {"金融", "航运", "物流", "会展"}, {"制造"}),
    ("action plan: research joined to a field", "支持整车及关键零部件制造、研发与人工智能、大数据、云计算等产业融合发展。", {"人工智能", "大数据", "云计算"}, {"研发与人工智能", "制造"}),
    ("only broad items: none", "用现代信息技术对工业、农业、服务业等产业进行全方位改造。", set(), {"工业", "农业", "服务业"}),
    ("support measure: 型 before the kind", "积极发展离岸贸易、国际贸易结算、保税展示交易等开放型经济业态，对年结算额超过5亿元的企业给予奖励。", {"离岸贸易", "国际贸易结算", "保税展示交易"}, set()),
    ("regulation: infrastructure opened", "公共设施应当开放用于通信管道、通信线路和通信基站等信息基础设施建设。", set(), {"通信管道", "通信线路", "通信基站"}),
    ("action plan: two sectors joined", "引导现代服务业与先进制造业、现代农业深度融合。", {"现代服务业", "先进制造业", "现代农业"}, {"现代服务业与先进制造业"}),
    ("one field joined with 与 stays one", "聚焦生物技术与大健康、新材料等领域，培育一批领军企业。", {"生物技术与大健康", "新材料"}, set()),
    ("action plan: what the fields reach", "力争轨道交通装备、先进陶瓷、硬质合金等优势产业营业收入年均增长10%以上。", {"轨道交通装备", "先进陶瓷", "硬质合金"}, {"力争轨道交通装备"}),
    ("action plan: scale of the fields", "推动集成电路、先进陶瓷等产业竞争力明显提升。", {"集成电路", "先进陶瓷"}, set()),
    ("action plan: scale of services' activities", "壮大研究开发、技术推广、创业孵化等科技服务产业规模。", set(), {"研究开发", "技术推广", "创业孵化"}),
    ("Taiwan 要點: fields favoured", "審查時，屬智慧機械、食品加工、文化創意及觀光服務等本市重點產業者，得優先予以補助。", {"智能机械", "食品加工"}, {"属智慧机械", "属智能机械"}),
    ("support measure: talents of fields", "引进培育一批人工智能、生物医药领域的高层次人才。", {"人工智能", "生物医药"}, {"生物医药领域"}),
    ("a list's last item without its kind", "推动云计算、大数据、人工智能、数字创意、虚拟现实技术等新兴产业发展。", {"数字创意", "虚拟现实"}, {"虚拟现实技术"}),
    ("a kind word inside a field's name stays", "围绕先进制造、绿色能源、数字产业三大板块，推进产业创新。", {"数字产业"}, {"数字"}),
    ("a field and a kind of it", "重点发展集成电路、生物医药、汽车和新能源汽车、航空航天等产业。", {"汽车", "新能源汽车", "航空航天"}, {"汽车和新能源汽车"}),
]


@pytest.mark.parametrize("text, expected, unwanted", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_industries_of_lists(text: str, expected: set[str], unwanted: set[str], vocab: vocabulary.Vocab) -> None:
    names = found(text, vocab)
    assert expected <= names, (expected - names, names)
    assert not (unwanted & names), (unwanted & names, names)


# A law whose title promotes X产业 names X wherever its text says X产业 (kg.extract.titledfield; ent17b)
TITLED = [
    ("regulation: a joint field", "深圳经济特区细胞和基因产业促进条例\n\n第一条 为了推动细胞和基因产业健康、持续、高质量发展，制定本条例。", {"细胞和基因"}),
    ("rules: an unknown field", "天津市促进海水淡化产业发展若干规定\n\n第二条 本市支持海水淡化产业发展，鼓励企业开展技术攻关。", {"海水淡化"}),
    ("a class of industries is none", "河南省促进高新技术产业发展条例\n\n第二条 本条例所称高新技术产业，是指从事高新技术产品研究开发的产业。", set()),
    ("another document's field is none", "天津市促进会展业发展条例\n\n第二条 本市支持海水淡化产业发展。", set()),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in TITLED], ids=[c[0] for c in TITLED])
def test_the_titles_field(text: str, expected: set[str], vocab: vocabulary.Vocab) -> None:
    names = found(text, vocab) - {"高新技术产业", "会展业"}
    assert names == expected, names
