"""ent19c: industries, agencies and regions on sentences of our own (support measures, plans, regulations, Taiwan).

Each case gives a document title (its place is the jurisdiction), one sentence, the Industry / Agency / Region /
Organization lines the annotators' conventions give it (`expected`; "a|b" accepts either name) and the lines left
ambiguous (`ambiguous`: neither counted nor forbidden). Every other line of those four types the extractor gives for
the sentence is a false one. Written and annotated before the extractor ran on them; none is taken from corpus-dev or
the gold documents. First look and final are in the README's ent19c paragraph.
"""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary

from sentencelines import Lines, judge, lines

TYPES = {"Industry", "Agency", "Region", "Organization"}

CASES: list[tuple[str, str, str, Lines, Lines]] = [
    ("a city body in support measures", "关于支持合肥市生物医药产业高质量发展的若干措施",
     "对新获批上市的一类创新药,由市科技局给予最高500万元奖励。", {("Agency", "合肥市科学技术局")}, set()),
    ("three economies", "苏州市关于加快数字经济发展的若干措施",
     "大力发展数字经济、平台经济和共享经济,推动数字产业化和产业数字化。",
     {("Industry", "数字经济"), ("Industry", "平台经济"), ("Industry", "共享经济")}, set()),
    ("neg generic classes of industry", "南京市加快培育新兴产业的实施方案",
     "加快培育新兴产业和未来产业,推动传统产业转型升级。", set(), {("Industry", "未来产业")}),
    ("a lead body by function", "武汉市科技创新促进条例", "市人民政府科学技术行政部门负责本市科技创新促进工作。",
     {("Agency", "武汉市科学技术局"), ("Region", "武汉市")}, {("Agency", "武汉市人民政府")}),
    ("three city bodies listed", "西安市促进中小企业发展的若干措施", "市工业和信息化局、市财政局、市科技局按职责分工负责。",
     {("Agency", "西安市工业和信息化局"), ("Agency", "西安市财政局"), ("Agency", "西安市科学技术局")}, set()),
    ("neg bodies concerned", "关于支持长沙市软件产业发展的若干政策", "市有关部门要加强协调配合,抓好政策落实。", set(), set()),
    ("a Taiwan administration", "經濟部產業發展署補助產業升級創新平台輔導計畫作業要點",
     "本要點由經濟部產業發展署辦理,補助對象為依公司法設立之企業。", {("Agency", "经济部产业发展署")}, set()),
    ("a Taiwan council", "國家科學及技術委員會補助產學合作研究計畫作業要點",
     "國家科學及技術委員會為鼓勵學研機構與企業合作,特訂定本要點。", {("Agency", "国家科学及技术委员会")}, set()),
    ("Taiwan fields", "數位發展部數位產業署補助資料經濟發展作業要點", "為推動資料經濟、資訊安全及人工智慧產業發展,特訂定本要點。",
     {("Industry", "人工智能")},
     {("Industry", "数据经济"), ("Industry", "资料经济"), ("Industry", "信息安全"), ("Industry", "资讯安全")}),
    ("two zones of a city", "青岛市促进海洋经济高质量发展的若干措施", "支持西海岸新区、青岛高新区建设海洋经济发展示范区。",
     {("Region", "青岛西海岸新区|西海岸新区"), ("Region", "青岛高新技术产业开发区|青岛高新区")}, {("Industry", "海洋经济")}),
    ("neg the real economy", "浙江省数字经济促进条例", "县级以上人民政府应当推动数字技术与实体经济深度融合。",
     set(), {("Agency", "县级以上人民政府"), ("Industry", "数字技术")}),
    ("provincial bodies short", "安徽省人民政府关于印发支持科技创新若干政策的通知", "省科技厅、省财政厅会同省发展改革委制定实施细则。",
     {("Agency", "安徽省科学技术厅"), ("Agency", "安徽省财政厅"), ("Agency", "安徽省发展和改革委员会")}, set()),
    ("a dated goal for a field", "山东省新一代信息技术产业发展行动计划", "到2025年,全省新一代信息技术产业营业收入达到2万亿元。",
     {("Region", "山东省"), ("Industry", "新一代信息技术|新一代信息技术产业")}, set()),
    ("services listed", "厦门市促进现代服务业发展的若干措施", "加快发展现代物流、金融服务、文化创意、会展经济等现代服务业。",
     {("Industry", "现代物流"), ("Industry", "金融服务"), ("Industry", "文化创意|文化创意产业"), ("Industry", "会展经济"),
      ("Industry", "现代服务业")}, set()),
    ("a zone in a plan", "重庆市两江新区支持人工智能产业发展若干政策", "支持在两江新区建设人工智能创新应用先导区。",
     {("Region", "重庆两江新区|两江新区")}, {("Industry", "人工智能")}),
    ("a new area's government", "天津市滨海新区促进数字经济发展的若干措施",
     "滨海新区人民政府负责组织实施本措施,新区各部门按照职责分工落实。",
     {("Agency", "天津市滨海新区人民政府|滨海新区人民政府"), ("Region", "滨海新区|天津市滨海新区")}, set()),
    ("neg the department in charge", "广东省促进中小企业发展条例",
     "县级以上人民政府负责中小企业促进工作综合管理的部门,应当会同有关部门制定扶持措施。",
     set(), {("Agency", "县级以上人民政府")}),
    ("cities and a new area", "河北省科技型中小企业培育行动方案", "发挥石家庄、保定、廊坊等市的引领作用,推动雄安新区建设创新高地。",
     {("Region", "石家庄市"), ("Region", "保定市"), ("Region", "廊坊市"), ("Region", "雄安新区")}, set()),
    ("strategic industries", "江苏省关于推动战略性新兴产业融合集群发展的实施方案", "培育壮大战略性新兴产业,前瞻布局未来产业。",
     {("Industry", "战略性新兴产业")}, {("Industry", "未来产业")}),
    ("fields of application", "上海市促进人工智能产业发展条例",
     "本市支持人工智能与实体经济深度融合,推进智能制造、智慧医疗、智能交通等领域的应用。",
     {("Region", "上海市"), ("Industry", "人工智能"), ("Industry", "智能制造")},
     {("Industry", "智慧医疗"), ("Industry", "智能交通")}),
    ("quantum fields", "合肥市加快推进量子科技产业发展行动方案",
     "到2025年,量子科技相关企业达到100家,量子通信、量子计算、量子精密测量等领域取得突破。",
     {("Industry", "量子科技"), ("Industry", "量子通信"), ("Industry", "量子计算"), ("Industry", "量子精密测量")}, set()),
    ("a national zone and a cluster", "湖北省促进光电子信息产业发展条例", "支持武汉东湖新技术开发区建设光电子信息产业集群。",
     {("Region", "武汉东湖新技术开发区"), ("Industry", "光电子信息|光电子信息产业")}, set()),
    ("Taiwan as a region", "福建省促进闽台科技合作的若干措施", "支持台湾地区科研机构与省内高校开展联合攻关。",
     {("Region", "台湾")}, {("Region", "福建省")}),
    ("a Taiwan city bureau", "高雄市政府經濟發展局補助產業創新研發計畫作業要點", "本府經濟發展局為促進本市產業創新,特訂定本要點。",
     {("Agency", "高雄市政府经济发展局|高雄市经济发展局"), ("Region", "高雄市")}, set()),
    ("a Taiwan administration under a ministry", "經濟部補助中小企業創新研發計畫作業要點",
     "經濟部中小及新創企業署得委託財團法人辦理審查作業。", {("Agency", "经济部中小及新创企业署")}, set()),
    ("neg key chains", "昆明市关于支持重点产业链发展的若干措施", "围绕重点产业链,市级财政每年安排产业发展专项资金5亿元。",
     set(), set()),
    ("a science city and a new area", "大连市科技创新三年行动计划", "建设大连英歌石科学城、金普新区等创新载体。",
     {("Region", "大连金普新区|金普新区")}, {("Region", "大连英歌石科学城"), ("Region", "英歌石科学城")}),
    ("digital technologies listed", "太原市促进数字经济发展行动方案",
     "推进工业互联网、大数据、云计算、区块链等新一代信息技术与制造业融合发展。",
     {("Industry", "工业互联网"), ("Industry", "大数据"), ("Industry", "云计算"), ("Industry", "区块链"),
      ("Industry", "新一代信息技术|新一代信息技术产业")}, {("Industry", "制造业")}),
    ("a district named in a reward", "南昌市关于支持VR产业发展的若干措施", "对落户红谷滩区的虚拟现实企业给予最高200万元奖励。",
     {("Region", "红谷滩区|南昌市红谷滩区")}, set()),
    ("a provincial administration", "贵州省大数据发展应用促进条例", "省大数据发展管理局负责全省大数据发展应用的统筹协调。",
     {("Agency", "贵州省大数据发展管理局"), ("Region", "贵州省"), ("Industry", "大数据")}, set()),
    ("a national demonstration zone", "关于加快建设科技强省的实施意见", "支持长株潭国家自主创新示范区建设,打造具有核心竞争力的科技创新高地。",
     {("Region", "长株潭国家自主创新示范区")}, set()),
    ("a new area's committee", "陕西省秦创原创新驱动平台建设三年行动计划", "省科技厅负责统筹推进,西咸新区管委会负责具体实施。",
     {("Agency", "陕西省科学技术厅"), ("Agency", "西咸新区管理委员会|陕西省西咸新区管理委员会")},
     {("Region", "西咸新区"), ("Region", "陕西省西咸新区")}),
    ("an autonomous region's body by function", "广西壮族自治区科学技术进步条例",
     "自治区人民政府科学技术行政部门负责全区科学技术进步工作。",
     {("Agency", "广西壮族自治区科学技术厅"), ("Region", "广西壮族自治区")}, {("Agency", "广西壮族自治区人民政府")}),
    ("a free-trade area's committee", "中国(上海)自由贸易试验区临港新片区促进产业发展若干措施",
     "临港新片区管委会对集聚发展的生物医药、民用航空企业给予支持。",
     {("Agency", "中国(上海)自由贸易试验区临港新片区管理委员会")},
     {("Region", "中国(上海)自由贸易试验区临港新片区"), ("Industry", "生物医药"), ("Industry", "民用航空")}),
    ("nano fields", "苏州工业园区关于推进纳米技术应用产业发展的若干意见", "大力发展纳米新材料、微纳制造、第三代半导体等产业。",
     {("Industry", "纳米新材料"), ("Industry", "微纳制造"), ("Industry", "第三代半导体")}, set()),
    ("neg a field inside a zone kind", "辽宁省人民政府关于推进农业现代化的实施意见", "支持沈阳、大连建设国家农业高新技术产业示范区。",
     {("Region", "沈阳市"), ("Region", "大连市")}, set()),
    ("a provincial goal for two fields", "四川省加快发展新能源汽车产业实施方案", "全省新能源汽车产量达到50万辆,动力电池产业规模突破2000亿元。",
     {("Region", "四川省"), ("Industry", "新能源汽车"), ("Industry", "动力电池")}, set()),
    ("fields of use", "湖南省促进人工智能发展的若干措施", "推动人工智能技术在医疗、教育、交通等领域的应用。",
     {("Industry", "人工智能")}, {("Industry", "医疗"), ("Industry", "教育"), ("Industry", "交通")}),
    ("a definition names the field", "云南省数字经济促进条例", "本条例所称数字经济,是指以数据资源为关键要素的经济形态。",
     {("Industry", "数字经济")}, set()),
    ("neg bodies after a government", "吉林省科学技术进步条例", "省人民政府应当加强对全省科学技术进步工作的领导,有关部门按照职责分工做好相关工作。",
     {("Agency", "吉林省人民政府"), ("Region", "吉林省")}, set()),
    ("an autonomous region's bodies", "宁夏回族自治区支持枸杞产业高质量发展的若干措施",
     "自治区林业和草原局会同自治区财政厅制定枸杞产业扶持资金管理办法。",
     {("Agency", "宁夏回族自治区林业和草原局"), ("Agency", "宁夏回族自治区财政厅"), ("Industry", "枸杞|枸杞产业")}, set()),
    # second batch (agencies and regions), written after the first rules and run once before the next ones
    ("neg addressees of a notice", "关于印发济南市支持科技创新若干政策措施的通知", "各区县人民政府,市政府各部门,各有关单位:",
     set(), {("Agency", "济南市人民政府")}),
    ("city bodies explain", "苏州市促进科技成果转化若干措施", "由市科技局会同市财政局、市市场监管局负责解释。",
     {("Agency", "苏州市科学技术局"), ("Agency", "苏州市财政局"), ("Agency", "苏州市市场监督管理局")}, set()),
    ("district bodies", "杭州市余杭区关于支持人工智能产业发展的实施意见", "区科技局、区财政局按照职责分工负责组织实施。",
     {("Agency", "杭州市余杭区科学技术局|余杭区科学技术局"), ("Agency", "杭州市余杭区财政局|余杭区财政局")}, set()),
    ("a Taipei bureau", "臺北市產業發展自治條例", "本自治條例之主管機關為臺北市政府產業發展局。",
     {("Agency", "台北市政府产业发展局")}, {("Region", "台北市")}),
    ("a Taiwan ministry's bureau", "經濟部工業局補助產業升級轉型要點", "經濟部工業局為協助業者提升競爭力,特訂定本要點。",
     {("Agency", "经济部工业局")}, set()),
    ("a park administration", "科學園區創新技術研究發展計畫補助要點", "國家科學及技術委員會新竹科學園區管理局得定期考核補助成果。",
     {("Agency", "国家科学及技术委员会新竹科学园区管理局")}, {("Region", "新竹科学园区"), ("Region", "新竹市")}),
    ("a province's government and body by function", "河北省促进中小企业发展条例",
     "省人民政府负责中小企业促进工作综合管理的部门负责全省中小企业促进工作。",
     {("Agency", "河北省人民政府"), ("Region", "河北省")}, {("Agency", "河北省工业和信息化厅")}),
    ("zones of a municipality", "重庆市科技创新促进条例", "市人民政府应当支持两江协同创新区、西部(重庆)科学城建设。",
     {("Agency", "重庆市人民政府")},
     {("Region", "两江协同创新区"), ("Region", "重庆两江协同创新区"), ("Region", "西部(重庆)科学城"), ("Region", "重庆市")}),
    ("a twin-city economic circle", "关于推动成渝地区双城经济圈建设的若干措施", "推动成渝地区双城经济圈建设,加强川渝合作。",
     {("Region", "成渝地区双城经济圈")}, {("Region", "四川省"), ("Region", "重庆市")}),
    ("the Greater Bay Area", "广东省培育发展战略性产业集群行动计划", "粤港澳大湾区国际科技创新中心建设取得显著成效。",
     {("Region", "粤港澳大湾区")}, set()),
    ("an integration demonstration zone", "长江三角洲区域一体化发展规划纲要实施方案", "推动长三角生态绿色一体化发展示范区建设。",
     {("Region", "长三角生态绿色一体化发展示范区")}, {("Region", "长三角"), ("Region", "长江三角洲")}),
    ("a province's abbreviation", "合肥市引进高层次科技人才若干措施", "对省外高校院所来皖设立研发机构的,给予最高500万元支持。",
     {("Region", "安徽省")}, set()),
    ("cities of a province", "湖北省科技创新条例", "支持武汉建设具有全国影响力的科技创新中心,推动襄阳、宜昌建设省域副中心城市。",
     {("Region", "武汉市"), ("Region", "襄阳市"), ("Region", "宜昌市")}, set()),
    ("a science city and a new area", "上海市推进科技创新中心建设条例", "张江科学城、临港新片区应当发挥示范引领作用。",
     {("Region", "张江科学城"), ("Region", "中国(上海)自由贸易试验区临港新片区|临港新片区")}, set()),
    ("a district's innovation bureau", "深圳市南山区促进科技创新若干措施", "区科技创新局负责本措施的解释。",
     {("Agency", "深圳市南山区科技创新局|南山区科技创新局")}, set()),
    ("a new area's committee", "关于支持雄安新区建设的若干措施", "雄安新区管委会负责统筹实施。",
     {("Agency", "河北雄安新区管理委员会|雄安新区管理委员会")}, {("Region", "雄安新区")}),
    ("neg units concerned", "南宁市科技创新若干措施", "各有关单位要高度重视,认真抓好落实。", set(), set()),
    ("a Taichung bureau", "臺中市產業升級補助辦法", "臺中市政府經濟發展局應邀集相關機關組成審查會。",
     {("Agency", "台中市政府经济发展局")}, {("Region", "台中市")}),
    ("a county-level city's bureau", "昆山市关于加快科技创新的若干政策", "市科技局负责项目受理和审核。",
     {("Agency", "昆山市科学技术局")}, set()),
]


# Annotated before the run and still wrong at the end (each with why; xfail, strict)
LEFT: list[tuple[str, str, str, Lines, Lines]] = [
    # 与 joining two known fields: the dev annotators split it (0041, 0170) and keep it (gold-dev 001-003, 0167, 0052): left
    ("a cluster list with one joined item", "杭州市推进先进制造业集群发展行动计划(2024—2026年)",
     "重点发展集成电路、新能源汽车、高端装备与智能制造、新材料等产业集群。",
     {("Industry", "集成电路"), ("Industry", "新能源汽车"), ("Industry", "高端装备"), ("Industry", "智能制造"),
      ("Industry", "新材料")}, set()),
    # 高新区管委会 needs the issuer (a zone's committee) the one-line document has not
    ("a zone's committee", "郑州高新区促进科技创新若干政策", "高新区管委会设立科技创新专项资金,每年安排不少于1亿元。",
     {("Agency", "郑州高新技术产业开发区管理委员会")}, {("Region", "郑州高新技术产业开发区")}),
    # 集成电路设计企业: the field before a kind of firm with a stage of its own (设计) is still read
    ("a district body", "广州市黄埔区促进先进制造业发展办法",
     "对在区内新设立的集成电路设计企业,区工业和信息化局给予最高100万元补助。",
     {("Agency", "广州市黄埔区工业和信息化局")}, {("Region", "黄埔区"), ("Region", "广州市黄埔区")}),
    # 港口物流 outside a list: no vocabulary field (one corpus-dev document writes it)
    ("port logistics", "宁波市关于加快发展海洋经济的实施意见", "推动港口物流与临港产业联动发展。",
     {("Industry", "港口物流")}, {("Industry", "临港产业")}),
    # the same 与 question
    ("joined fields split", "深圳市关于促进半导体与集成电路产业高质量发展的若干措施",
     "支持半导体与集成电路、智能传感器、第三代半导体等重点领域企业做大做强。",
     {("Industry", "半导体"), ("Industry", "集成电路"), ("Industry", "智能传感器"), ("Industry", "第三代半导体")}, set()),
    # 盐湖化工 cut to 化工 (盐湖 read as a place word)
    ("a province's characteristic industries", "青海省促进科技成果转化条例",
     "省人民政府及其有关部门应当支持盐湖化工、清洁能源、生态环保等特色产业发展。",
     {("Agency", "青海省人民政府"), ("Industry", "盐湖化工"), ("Industry", "清洁能源"), ("Industry", "生态环保")}, set()),
    # 中关村 inside a committee's name still gives the zone (a place inside a body's name says where it is)
    ("a park committee with city bodies", "北京市促进科技成果转化条例",
     "市科学技术、经济和信息化等部门和中关村科技园区管理委员会应当加强协调。",
     {("Agency", "中关村科技园区管理委员会")}, {("Agency", "北京市科学技术委员会"), ("Agency", "北京市经济和信息化局")}),
    # 平潭 is a county's short name the zone reader does not start from
    ("a comprehensive experimental zone", "关于支持台资企业参与福建自贸试验区建设的若干措施", "支持平潭综合实验区先行先试。",
     {("Region", "平潭综合实验区")}, set()),
    # 冰雪旅游、冰雪装备和冰雪体育产业: unknown fields, the kind glued to the last item
    ("ice and snow", "黑龙江省关于加快冰雪经济发展的若干措施", "大力发展冰雪旅游、冰雪装备和冰雪体育产业。",
     {("Industry", "冰雪旅游"), ("Industry", "冰雪装备"), ("Industry", "冰雪体育|冰雪体育产业")}, set()),
    # 数字经济 named only as the object of the body's work (数字经济促进工作): not developed, so not named, title included
    ("a provincial body by function", "浙江省数字经济促进条例", "省经济和信息化主管部门负责数字经济促进工作。",
     {("Agency", "浙江省经济和信息化厅"), ("Industry", "数字经济")}, set()),
]


@pytest.mark.parametrize(("case", "title", "sentence", "expected", "ambiguous"), CASES, ids=[c[0] for c in CASES])
def test_fields19(case: str, title: str, sentence: str, expected: Lines, ambiguous: Lines, vocab: vocabulary.Vocab) -> None:
    missed, false = judge(expected, ambiguous, lines(title, sentence, vocab, TYPES))
    assert not missed and not false, f"{case}: missed {missed}, false {false}"


@pytest.mark.xfail(strict=True, reason="not read yet (see LEFT)")
@pytest.mark.parametrize(("case", "title", "sentence", "expected", "ambiguous"), LEFT, ids=[c[0] for c in LEFT])
def test_left(case: str, title: str, sentence: str, expected: Lines, ambiguous: Lines, vocab: vocabulary.Vocab) -> None:
    test_fields19(case, title, sentence, expected, ambiguous, vocab)
