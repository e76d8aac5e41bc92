"""Funding, session 12 (fund12): sentences of our own in the style of support measures (若干措施, 扶持办法), provincial
regulations that promise support without an amount, State Council guidance (指导意见) and Taiwan's 補助要點, and the
regulation phrasings mined from corpus-dev that gave no line: straight quotes around a name, modifiers that share a head
(种子期、初创期科技型企业), a rate alone (每平方米每月15元: the amount per unit, no total), a part of a sum (其中设备购置补助最高20万元),
money aspects before a 对 phrase after a comma (在建设资金…等方面,对X予以支持), 优先予以安排, 向X发放 in the means,
经费保障, a person before where they act (高校毕业生|在本区创办企业的), 补助以…为上限.
Rows: (recipient, level, amount_yuan, cap, ratio), read with the shipped vocabulary.
"""

from __future__ import annotations

import pytest
from test_extract_funding11 import Row, rows, shipped  # noqa: F401 (the same rows and the shipped vocabulary as fund11)

from kg import vocab as vocabulary


CASES: list[tuple[str, list[Row]]] = [
    # straight quotes read as the Chinese ones: one recipient, the vocabulary's name
    ('对新认定的专精特新"小巨人"企业，一次性给予50万元奖励。', [('专精特新小巨人企业', None, 500000, False, None)]),
    ('对首次获评国家级专精特新"小巨人"的企业，给予100万元奖励。', [('企业', '国家级', 1000000, False, None)]),
    ('对新认定的专精特新“小巨人”企业，一次性给予50万元奖励。', [('专精特新小巨人企业', None, 500000, False, None)]),
    ('对新认定的"瞪羚"企业，给予30万元奖励。', [('瞪羚企业', None, 300000, False, None)]),
    ('对新认定的“瞪羚”企业，给予30万元奖励。', [('瞪羚企业', None, 300000, False, None)]),
    ('对获得“科技创新”奖的团队给予10万元奖励。', [('团队', None, 100000, False, None)]),
    # modifiers listed before a term share it as their head
    ('对种子期、初创期科技型企业，按其年度研发投入的10%给予补助，最高不超过50万元。',
     [('种子期、初创期科技型企业', None, 500000, True, '0.1')]),
    ('对种子期、初创期、成长期科技型企业给予贷款贴息支持。',
     [('种子期、初创期、成长期科技型企业', None, None, False, None)]),
    # (not levels, places, verbs, or items that are bodies themselves)
    ('对国家级、省级重点实验室分别给予100万元、50万元奖励。',
     [('重点实验室', '国家级', 1000000, False, None), ('重点实验室', '省级', 500000, False, None)]),
    ('对高等学校、科研院所给予资金支持。', [('高等学校', None, None, False, None), ('科研院所', None, None, False, None)]),
    # a rate alone is no sum; with a cap the cap is what a recipient gets
    ('对符合条件的企业，按照每平方米每月15元的标准给予房租补贴。', [('企业', None, 15, False, None)]),
    ('对入驻产业园的科技型中小企业，按每平方米每月15元的标准给予房租补贴，每家企业每年最高不超过20万元。',
     [('科技型中小企业', None, 15, False, None)]),  # the rate, the ceiling a note (gold-synth4's convention, fund17a)
    ('对租用孵化载体办公的初创企业，按实际租金的50%给予房租补贴，每年最高不超过10万元。', [('初创企业', None, 100000, True, '0.5')]),
    # a part of the sum (其中…) is no promise of its own, and its cap is not the sum's
    ('对新引进的研发机构，给予50万元补助，其中设备购置补助最高不超过20万元。', [('研发机构', None, 500000, False, None)]),
    ('对新引进的研发机构，给予最高50万元补助，其中设备购置补助不超过20万元。', [('研发机构', None, 500000, True, None)]),
    # (其中 with a level is a line of its own, as before)
    ('对新认定的市级以上工程技术研究中心给予50万元奖励，其中国家级的给予100万元。',
     [('工程技术研究中心', None, 500000, False, None), ('工程技术研究中心', '国家级', 1000000, False, None)]),  # (市级以上: no level, fund18a)
    # money aspects, a comma, then whom: one promise
    ('县级以上人民政府及其有关部门应当在建设资金、建设用地、人才引进、科技项目等方面，对民营经济组织建立的各类研发机构予以支持。',
     [('研发机构', None, None, False, None)]),
    ('并在财政资金、政府性基金、土地供应等方面，对企业或者项目予以支持。', [('企业', None, None, False, None), ('项目', None, None, False, None)]),
    ('在基础设施建设、人才引进培养、项目资助等方面，对国家实验室的培育、建设和运营予以支持。', [('国家实验室', None, None, False, None)]),
    # (aspects with no money, and limits for the dishonest, promise nothing)
    ('在人才引进、土地供应等方面，对企业予以支持。', []),
    ('对存在失信行为的创新主体，在政府采购、财政资金支持、融资授信等方面依法予以限制。', []),
    # money arranged first for some
    ('对清洁生产先进单位，县级以上人民政府有关部门应当在产业结构调整、节能等专项资金方面优先予以安排。', [('清洁生产先进单位', None, None, False, None)]),
    ('对列入清洁生产指南鼓励的项目，市人民政府有关部门应当在立项、政策、资金等方面优先安排。', [('项目', None, None, False, None)]),
    ('在用地、能耗等方面优先安排重大项目。', []),
    # vouchers handed out
    ('科技主管部门可以采取向企业和创业者发放科技创新券或者直接补助等方式，支持科技创新和科技成果转化。',
     [('企业', None, None, False, None), ('创业者', None, None, False, None)]),
    ('市科学技术部门可以向符合条件的科技型中小企业和创新创业团队发放科技创新券。',
     [('科技型中小企业', None, None, False, None), ('创新创业团队', None, None, False, None)]),
    ('采取向社会公众发放宣传资料等方式，普及科学知识。', []),
    # 经费保障, 资金保障 given to a body
    ('县级以上人民政府应当对农业技术推广机构给予经费保障。', [('农业技术推广机构', None, None, False, None)]),
    ('县级以上人民政府应当强化资金保障，推进智慧城市建设。', []),
    # a person, then where they act
    ('对高校毕业生在本区创办企业的，给予一次性创业补贴1万元。', [('高校毕业生', None, 10000, False, None)]),
    ('对退役军人在本市首次创业的，给予一次性创业补贴2万元。', [('退役军人', None, 20000, False, None)]),
    # Taiwan: 补助以…为上限 with no 金额
    ('對獲選之研發計畫，每案補助以新臺幣五百萬元為上限。', [('研发计划', None, 5000000, True, None)]),
    # listed or included first, then the money (将X列入…,并安排财政性资金予以支持; 将X纳入…,并按照规定给予培训补贴)
    ('省人民政府应当将数字经济重大科技攻关项目的自主创新研究、应用示范和产业化发展列入省科技发展规划，并安排财政性资金予以支持。',
     [('数字经济重大科技攻关项目', None, None, False, None)]),
    ('将符合条件的职业学校、职业培训机构纳入统一的信息管理系统，并按照规定给予培训补贴。',
     [('职业学校', None, None, False, None), ('职业培训机构', None, None, False, None)]),
    ('将科技创新工作纳入年度考核，并安排专项资金予以支持。', []),
    ('将符合条件的企业纳入重点企业名录，并在用地方面予以保障。', []),
    # a fund drawn on, then what it supports (not 资金支持 given to the payer before it)
    ('省人民政府安排省级预算内基本建设资金支持三江新区符合条件的重大基础设施项目建设。', [('重大基础设施项目', None, None, False, None)]),
    ('县级以上人民政府应当加大财政资金支持。', []),
    # the payer's effort first (加大…资金支持力度), then the vouchers it hands out
    ('市科学技术部门应当加大科技创新资金支持力度，可以向符合条件的科技型中小企业发放科技创新券。',
     [('科技型中小企业', None, None, False, None)]),
    ('市科学技术部门应当加大对科技型中小企业的资金支持力度。', [('科技型中小企业', None, None, False, None)]),
    # means listed with 和, and long items after the money word
    ('市和区县人民政府通过资本注入、风险补偿和奖励补助等多种方式，鼓励和支持各类担保机构为中小企业提供融资担保。',
     [('担保机构', None, None, False, None)]),
    ('通过政府采购和示范推广等方式，支持企业开展技术创新。', []),
    # (the means name banks supported to lend: the first named; an employer encouraged to reward its staff pays itself)
    ('通过风险补偿、贷款贴息等方式，支持银行、保险机构、担保公司等金融机构为科技型企业提供信贷融资服务。', [('银行', None, None, False, None), ('保险机构', None, None, False, None), ('担保公司', None, None, False, None)]),
    ('鼓励企业建立健全科技成果转化的激励分配机制，可以采取股权奖励和现金奖励等方式激励科技人员开展科技成果转化。', []),
    # activities listed before a body take no body's head
    ('省人民政府应当安排财政性资金支持数字产业化发展、产业数字化转型以及数字经济企业培育等。', [('数字经济企业', None, None, False, None)]),
    # a rule's basis is no promise
    ('有关部门应当将评价结果作为确定科研申报项目和给予经费支持的重要依据。', []),
    # a procedure between whom and the money; a deed of the payer's between them
    ('对引进的国内外顶尖人才团队，经评审认定，给予最高1亿元项目资助。', [('国内外顶尖人才团队', None, 100000000, True, None)]),
    ('对经认定的企业，给予10万元奖励。', [('企业', None, 100000, False, None)]),
    ('对入驻众创空间的创业团队，免费提供办公场地，并给予每个团队每年2万元运营补贴。', [('创业团队', None, 20000, False, None)]),
    # a noun ending in a head, longer than a short one, before what it does
    ('县级以上人民政府应当安排资金，对农民专业合作社开展技术培训给予补助。', [('农民专业合作社', None, None, False, None)]),
    # a fund set up, then with a modal what it is mainly for; whom, then the aspects, then the money
    ('省人民政府设立的科技成果转化引导基金，应当主要用于支持科技成果转化项目。', [('科技成果转化项目', None, None, False, None)]),
    ('区财政安排的引导资金和投资机构，应当优先支持青年创业项目的融资需求。', [('青年创业项目', None, None, False, None)]),
    ('市、区人民政府应当对重点产业链关键环节企业在研发投入、技术改造等方面给予资金支持。', [('重点产业链关键环节企业', None, None, False, None)]),
    ('对在孵企业给予资金支持。', [('在孵企业', None, None, False, None)]),
    # (a fund's balance a unit may use is no promise; the first body the means name, after its 的)
    ('利用财政资金设立的科技项目结余资金可以用于该项目科技成果转化和其他科研活动。', []),
    ('通过补贴、奖励等措施，支持示范区内的企业、高等院校、科研院所及相关人员获得专利权。', [('企业', None, None, False, None)]),
    # a cost's owner, after 鼓励对
    ('鼓励对企业上市挂牌、发债等产生的相关费用给予适当补助。', [('企业', None, None, False, None)]),
    # (加大资金支持力度 after a 对 phrase earlier in the sentence promises to it; a list before its act is not one noun)
    ('对承担国家重大任务的企业技术中心,根据企业出资情况加大资金支持力度。', [('企业技术中心', None, None, False, None)]),
    ('对重大技术、设备、装置引进适度予以奖励。', []),
    # a public fund invests in some first (…投资基金重点投资X); not a fund others are encouraged to set up
    ('市政府投资基金重点投资种子期、初创期科技型企业。', [('种子期、初创期科技型企业', None, None, False, None)]),
    ('区天使投资引导基金主要投资于初创科技企业。', [('初创科技企业', None, None, False, None)]),
    ('鼓励社会资本设立的创业投资基金重点投资初创期科技型企业。', []),
    # the body whose work (业务, 活动) the money is for, not the work's object
    ('对融资担保机构开展的小微企业融资担保业务，按照担保额的1%给予奖补。', [('融资担保机构', None, None, False, '0.01')]),
    ('对科技型中小企业开展的研发活动，县级以上人民政府可以给予研发费用补助。', [('科技型中小企业', None, None, False, None)]),
    ('对企业实施的技术改造项目给予补助。', [('技术改造项目', None, None, False, None)]),
    ('对承担国家重大任务的企业给予资金支持。', [('企业', None, None, False, None)]),
    # 享受 by rule after a condition naming who comes or who takes others on
    ('符合条件的高校毕业生到中小微企业就业的，按照规定享受社会保险补贴。', [('高校毕业生', None, None, False, None)]),
    ('小微企业吸纳高校毕业生就业的，按规定享受社会保险补贴。', [('小微企业', None, None, False, None)]),
    ('招用就业困难人员的，按规定享受社会保险补贴。', []),
    # a prize won is no recipient
    ('对获得中国专利金奖的单位，给予50万元奖励。', [('单位', None, 500000, False, None)]),
    # a level before a quoted name is the name's (省级“瞪羚企业”), in a 分别 list too
    ('企业首次入选省级“瞪羚企业”、国家级“独角兽企业”的，分别给予30万元、80万元奖励。',
     [('瞪羚企业', '省级', 300000, False, None), ('独角兽企业', '国家级', 800000, False, None)]),
    ('对新认定的市级"雏鹰企业"，给予10万元奖励。', [('雏鹰企业', '市级', 100000, False, None)]),
    ('对获得“市级”荣誉的团队给予奖励。', [('团队', None, None, False, None)]),  # a quoted level names no term: not the recipient's
    # … and named alone, it stands for its winners (not a body named sentences before)
    ('申请发明专利的企业，给予资助。对获得中国专利金奖的，奖励50万元。', [('企业', None, None, False, None), ('中国专利金奖', None, 500000, False, None)]),
    # rent or fee relief: no money paid (ambiguous by the conventions; no line)
    ('对入驻孵化器的初创企业，三年内免收租金。', []),
    ('对科技企业孵化器内的在孵企业，减半收取物业管理费。', []),
    ('县级以上人民政府应当将农村实用人才培养经费纳入本级财政预算。', []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fund12(text: str, expected: list[Row], shipped: vocabulary.Vocab) -> None:
    assert sorted(rows(text, shipped), key=str) == sorted(expected, key=str)
