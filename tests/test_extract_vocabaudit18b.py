"""Industries, kinds of enterprise, regions and agencies on sentences of our own (ent18b, a vocabulary audit of the four
types over the dev groups): support measures (若干措施), action plans, regulations and Taiwan 要點, negatives included.
Each sentence is a document of its own; all were annotated before the extractor ran on them. First batch: first look 73
of 86 items right, 78 after this branch's changes; second and third batches (kinds of firm by stage, the central bank's
branches), written for those changes: 15 of 15 after them. An expected item "Type:a|b" holds when one of the names is
found as a name or as the surface of the mention (as kg evaluate matches); a forbidden item when no entity of that type
has that name."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary
from kg.extract import entities
from kg.pipeline import from_text

# (id, text, expected items, forbidden items)
CASES = [
    ('sm: hi-tech reward by agency', '对新认定的国家高新技术企业，由苏州市科学技术局给予一次性30万元奖励。', ['EnterpriseType:高新技术企业', 'Agency:苏州市科学技术局'], []),
    ('sm: fields of SMEs', '支持集成电路、生物医药、人工智能等重点产业的专精特新中小企业开展技术改造。', ['Industry:集成电路', 'Industry:生物医药', 'Industry:人工智能', 'EnterpriseType:专精特新中小企业|专精特新企业'], []),
    ('plan: hydrogen', '到2027年，全省氢能产业规模突破500亿元，培育氢能领域科技型中小企业100家。', ['Industry:氢能', 'EnterpriseType:科技型中小企业'], []),
    ('reg: freedom of communication', '企业应当依法缴纳社会保险费，保障职工的通信自由和通信秘密。', [], ['Industry:通信']),
    ('plan: infrastructure', '加快推进5G网络、算力基础设施和通信网络建设，提升城市数字化水平。', [], ['Industry:5G', 'Industry:算力', 'Industry:通信']),
    ('plan: regions', '推动京津冀协同发展，支持雄安新区建设创新高地。', ['Region:京津冀', 'Region:雄安新区'], []),
    ('tw: purpose', '經濟部為鼓勵中小企業投入智慧機械及半導體產業，特訂定本要點。', ['Agency:经济部', 'EnterpriseType:中小企业', 'Industry:智能机械|智慧机械', 'Industry:半导体'], []),
    ('tw: city bureau', '申請人應檢具計畫書，向臺北市政府產業發展局提出申請。', ['Agency:台北市政府产业发展局|臺北市政府產業發展局'], []),
    ('reg: means', '任何单位和个人不得利用互联网、大数据等技术手段侵害他人合法权益。', [], ['Industry:互联网', 'Industry:大数据']),
    ('plan: delta', '支持浙江省、江苏省、上海市共建长三角科技创新共同体。', ['Region:浙江省', 'Region:江苏省', 'Region:上海市', 'Region:长三角'], []),
    ('plan: generic sectors', '推动制造业和服务业融合发展，提升产业链供应链韧性。', [], ['Industry:制造业', 'Industry:服务业', 'Industry:产业链']),
    ('sm: gazelles', '对首次认定的瞪羚企业、独角兽企业分别给予50万元、200万元奖励。', ['EnterpriseType:瞪羚企业', 'EnterpriseType:独角兽企业'], []),
    ('reg: ownership kinds', '鼓励外资企业、民营企业和国有企业平等参与政府采购。', ['EnterpriseType:外资企业', 'EnterpriseType:民营企业', 'EnterpriseType:国有企业'], []),
    ('plan: new and future', '加快发展低空经济、商业航天、生物制造等新兴产业和量子科技、人形机器人等未来产业。', ['Industry:低空经济', 'Industry:商业航天', 'Industry:生物制造', 'Industry:量子科技', 'Industry:人形机器人', 'Industry:未来产业'], ['Industry:新兴产业']),
    ('sm: provincial departments', '广东省科学技术厅会同广东省财政厅制定具体实施办法。', ['Agency:广东省科学技术厅', 'Agency:广东省财政厅'], []),
    ('sm: district fund', '深圳市南山区人民政府设立人工智能产业专项资金，支持人工智能企业发展。', ['Agency:深圳市南山区人民政府|南山区人民政府', 'Industry:人工智能'], []),
    ('reg: elsewhere', '外地企业来本市投资兴业的，享受同等待遇。', [], ['Region:外地']),
    ('plan: Taiwan youth', '支持台湾地区青年来闽创业就业。', ['Region:台湾', 'Region:福建省'], []),
    ('plan: software', '实施数字经济核心产业倍增计划，做大做强软件和信息技术服务业。', ['Industry:数字经济', 'Industry:软件和信息技术服务业|软件和信息服务业'], []),
    ('sm: champions', '对入选国家级制造业单项冠军企业的，给予100万元奖励。', ['EnterpriseType:制造业单项冠军企业'], ['Industry:制造业']),
    ('reg: farm machinery', '农业农村部门应当推广应用农业机械化技术，支持农机装备产业发展。', ['Industry:农机装备'], []),
    ('plan: HK Macao', '支持香港、澳门高校在珠海市横琴设立产学研基地。', ['Region:香港|香港特别行政区', 'Region:澳门|澳门特别行政区', 'Region:珠海市'], []),
    ('tw: start-ups', '本條例所稱新創事業，指依公司法設立未滿五年之公司。', ['EnterpriseType:新创事业'], []),
    ('reg: water source', '禁止在饮用水水源保护区内从事旅游、游泳、垂钓等活动。', [], ['Industry:旅游']),
    ('reg: devices used', '医疗机构使用的医疗器械应当符合国家标准。', [], ['Industry:医疗器械']),
    ('plan: clusters', '重点培育新能源汽车、智能网联汽车、动力电池等产业集群，打造国家级先进制造业集群。', ['Industry:新能源汽车', 'Industry:智能网联汽车', 'Industry:动力电池', 'Industry:先进制造业'], []),
    ('sm: IP pledge', '鼓励金融机构为科技型企业提供知识产权质押融资服务。', ['EnterpriseType:科技型企业'], []),
    ('sm: title', '湖北省人民政府办公厅关于印发湖北省促进光电子信息产业发展若干措施的通知', ['Agency:湖北省人民政府办公厅', 'Region:湖北省', 'Industry:光电子信息'], []),
    ('plan: Chengdu-Chongqing', '推进成渝地区双城经济圈建设，深化川渝合作。', ['Region:成渝地区双城经济圈'], []),
    ('reg: SME law', '县级以上地方人民政府应当将中小企业促进工作纳入国民经济和社会发展规划。', ['EnterpriseType:中小企业'], []),
    ('plan: fields joined by 与', '聚焦新能源与智能网联汽车、生物医药与大健康等重点领域。', ['Industry:新能源', 'Industry:智能网联汽车', 'Industry:生物医药', 'Industry:大健康'], []),
    ('plan: new formats', '培育元宇宙、数字孪生等新业态。', ['Industry:元宇宙', 'Industry:数字孪生'], []),
    ('tw: council', '行政院國家發展委員會得會同財政部訂定獎勵辦法。', ['Agency:国家发展委员会|行政院国家发展委员会', 'Agency:财政部'], []),
    ('sm: little giants', '对新认定的省级以上专精特新“小巨人”企业给予50万元奖励。', ['EnterpriseType:专精特新“小巨人”企业'], []),
    ('plan: Binhai parks', '支持在滨海新区、天津港保税区建设生物医药产业园。', ['Region:滨海新区', 'Region:天津港保税区', 'Industry:生物医药'], []),
    ('reg: supply-chain finance', '鼓励银行业金融机构发展供应链金融，为产业链上下游中小企业提供融资服务。', ['Industry:供应链金融', 'EnterpriseType:中小企业'], ['Industry:产业链']),
    ('reg: telecoms network', '电信业务经营者应当加快通信网络基础设施建设，提高通信服务质量。', [], ['Industry:通信']),
    ('sm: HR services', '对新引进的人力资源服务业龙头企业，给予最高100万元落户奖励。', ['Industry:人力资源服务业', 'EnterpriseType:龙头企业'], []),
    # written for the kinds of firm by stage added to the vocabulary (ent18b), annotated before the run
    ('sm: angel investment', '对投资初创期中小企业的天使投资机构，按投资额的10%给予奖励。', ['EnterpriseType:初创期中小企业'], ['EnterpriseType:中小企业']),
    ('sm: seed and start-up stages', '支持种子期、初创期科技型企业开展研发活动。', ['EnterpriseType:科技型企业'], ['EnterpriseType:初创科技企业']),
    ('plan: high-growth pool', '遴选一批高成长性科技型企业纳入培育库。', ['EnterpriseType:高成长性科技型企业'], ['EnterpriseType:科技型企业']),
    ('reg: innovative SMEs', '科技创新型中小企业可以申请研发费用补助。', ['EnterpriseType:科技创新型中小企业'], ['EnterpriseType:创新型中小企业']),
    ('sm: VC holding period', '对投资初创科技型企业满2年的创业投资企业给予奖励。', ['EnterpriseType:初创科技型企业|初创科技企业', 'EnterpriseType:创业投资企业'], []),
    # written for the central bank written without 中国 before a branch (ent18b), annotated before the run
    ('sm: PBoC branch', '人民银行长沙中心支行、湖南银保监局负责推动金融机构加大信贷支持。', ['Agency:中国人民银行长沙中心支行'], ['Agency:中国人民银行']),
    ('reg: PBoC itself', '人民银行应当加强对金融机构的指导。', ['Agency:中国人民银行'], []),
    ("plan: pilot in a branch's area", '鼓励在人民银行南京分行辖区内开展试点。', ['Agency:中国人民银行南京分行'], ['Agency:中国人民银行']),
]

# Left as they are (reasons in the report of ent18b): the test shows where the extractor and our annotation differ
KNOWN = {'tw: purpose': '智慧機械 after 投入 and before 及 is not read as a field (the list pattern needs 、)', 'sm: district fund': "人工智能产业 inside a fund's name and 人工智能企业 (a kind of firm) leave no industry line", 'plan: software': "数字经济 inside a programme's name: the annotators mostly mark such fields ambiguous", 'plan: fields joined by 与': '与 between two vocabulary fields is read as one field (gold-dev 001 生物技术与大健康); dev10 0041 and dev9 0170 split them: the annotators disagree'}


@pytest.fixture(scope="module")
def vocab() -> vocabulary.Vocab:
    return vocabulary.load()


def _found(text: str, vocab: vocabulary.Vocab) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    found = entities.extract(from_text(text, vocab), vocab)
    names = {(e.type, e.name) for e in found}
    return names, names | {(e.type, e.surface) for e in found}


PARAMS = [pytest.param(*c[1:], id=c[0], marks=[pytest.mark.xfail(reason=KNOWN[c[0]], strict=True)] if c[0] in KNOWN else []) for c in CASES]


@pytest.mark.parametrize("text, expected, forbidden", PARAMS)
def test_vocabulary_audit_sentence(text: str, expected: list[str], forbidden: list[str], vocab: vocabulary.Vocab) -> None:
    names, named = _found(text, vocab)
    for item in expected:
        type_, alternatives = item.split(":", 1)
        assert any((type_, name) in named for name in alternatives.split("|")), (item, sorted(names))
    for item in forbidden:
        type_, name = item.split(":", 1)
        assert (type_, name) not in names, (item, sorted(names))
