"""The hand-curated tables scripts/make_regions.py adds to the package's divisions: short forms kept or refused,
named zones, towns, composites, ethnic suffixes, romanisations (data, each with its reason)."""

# ------------------------------------------------------------------ province-level divisions

PROVINCES = {  # code: (short form or None, English name)
    "110000": ("北京", "Beijing Municipality"),
    "120000": ("天津", "Tianjin Municipality"),
    "130000": ("河北", "Hebei Province"),
    "140000": ("山西", "Shanxi Province"),
    "150000": ("内蒙古", "Inner Mongolia Autonomous Region"),
    "210000": ("辽宁", "Liaoning Province"),
    "220000": (None, "Jilin Province"),  # 吉林 is also 吉林市
    "230000": ("黑龙江", "Heilongjiang Province"),
    "310000": ("上海", "Shanghai Municipality"),
    "320000": ("江苏", "Jiangsu Province"),
    "330000": ("浙江", "Zhejiang Province"),
    "340000": ("安徽", "Anhui Province"),
    "350000": ("福建", "Fujian Province"),
    "360000": ("江西", "Jiangxi Province"),
    "370000": ("山东", "Shandong Province"),
    "410000": ("河南", "Henan Province"),
    "420000": ("湖北", "Hubei Province"),
    "430000": ("湖南", "Hunan Province"),
    "440000": ("广东", "Guangdong Province"),
    "450000": ("广西", "Guangxi Zhuang Autonomous Region"),
    "460000": ("海南", "Hainan Province"),
    "500000": ("重庆", "Chongqing Municipality"),
    "510000": ("四川", "Sichuan Province"),
    "520000": ("贵州", "Guizhou Province"),
    "530000": ("云南", "Yunnan Province"),
    "540000": ("西藏", "Tibet Autonomous Region"),
    "610000": ("陕西", "Shaanxi Province"),
    "620000": ("甘肃", "Gansu Province"),
    "630000": ("青海", "Qinghai Province"),
    "640000": ("宁夏", "Ningxia Hui Autonomous Region"),
    "650000": ("新疆", "Xinjiang Uygur Autonomous Region"),
    "710000": ("台湾", "Taiwan Province"),
    "810000": ("香港", "Hong Kong Special Administrative Region"),
    "820000": ("澳门", "Macao Special Administrative Region"),
}
# A province-level division named otherwise than the package names it: gold-more names Taiwan 台湾
# (中華民國 in its own laws), so the package's 台湾省 is an alternative label.
PROVINCE_NAME = {"台湾省": "台湾"}
PROVINCE_EXTRA_ALT = {
    "台湾": ("台湾省", "台湾地区", "中华民国"),
    "香港特别行政区": ("香港特区",),
    "澳门特别行政区": ("澳门特区",),
}

# Short forms left out on purpose: the reason is printed with --verbose and kept here for review.
EXCLUDED_SHORT = {
    "吉林": "province 吉林省 and city 吉林市",
    "朝阳": "辽宁 朝阳市 and 北京 朝阳区; also the word 朝阳 (朝阳产业)",
    "中山": "中山大学, 中山路, 孙中山",
    "长治": "长治久安",
    "新乡": "创新乡村, 新乡贤",
    "安康": "幸福安康",
    "大理": "大理石",
    "白银": "silver",
    "来宾": "guests",
    "日照": "sunshine (日照时数)",
    "阿里": "阿里巴巴",
    "兴安": "兴安县 (广西), 大兴安岭",
    "海西": "海峡西岸 (海西经济区)",
    "海北": "substring of 沿海北部 …",
    "山南": "substring of 江山南 …",
    "大兴": "大兴调查研究",
    "路南": "马路南侧",
    "路北": "马路北侧",
}

# County-level names that are also phrases of policy text (集中新建区的用地, 港口区、物流区, 古城区保护,
# 振兴区域): left out of the gazetteer, with every county-level name no other division bears (recall9).
EXCLUDED_NAMES = frozenset({
    "新建区", "港口区", "古城区", "城北区", "城西区", "河口区", "新兴区", "新兴县", "运河区", "解放区", "前进区", "友好区",
    "平安区", "安定区", "和平县", "平原县", "资源县", "比如县", "南部县", "共和县", "合作市", "太平区", "东风区", "红旗区",
    "工农区", "复兴区", "富裕县", "前锋区", "宏伟区", "振兴区", "温泉县", "大同区", "延长县", "商城县", "天桥区",
    "乾安县",  # OpenCC reads 乾 as Traditional (干安县): the text normalised would never hold it
    "清水县", "长子县", "大方县", "新河县", "三元区", "永和县", "建平县", "中方县", "会同县",
})

# Local names that are also phrases of policy text even in their own city's documents (新社区, 新市区 of Taiwan;
# 城区, 郊区, 矿区 of several cities): no local region (ent18c).
LOCAL_EXCLUDED = frozenset({"新社区", "大社区", "新市区", "山上区", "新城乡", "新城区", "城区", "郊区", "矿区", "市中区",
                            "乾县"})  # OpenCC reads 乾 as Traditional (干县), as 乾安县 above

# A short form two regions want goes to the one named here (otherwise to neither).
KEEP_SHORT = {"海南": "海南省"}  # not 海南藏族自治州

# County-level units taken whatever their national uniqueness (named in the seed documents).
ALWAYS_COUNTIES_UNDER = ("110000", "130200")
# Short forms of county-level units: only these parents (the brief's examples 通州, 开平).
SHORT_FORMS_UNDER = ("110000", "130200")
EXTRA_ALT = {"浦东新区": ("浦东",), "曹妃甸区": ("曹妃甸",)}

# ------------------------------------------------------------------ hand-curated regions

TOWNS = (  # (name, English, parent, altLabels): the towns and township of 通州区
    ("宋庄镇", "Songzhuang Town", "通州区", ()),
    ("张家湾镇", "Zhangjiawan Town", "通州区", ()),
    ("漷县镇", "Huoxian Town", "通州区", ()),
    ("马驹桥镇", "Majuqiao Town", "通州区", ()),
    ("西集镇", "Xiji Town", "通州区", ()),
    ("台湖镇", "Taihu Town", "通州区", ()),
    ("永乐店镇", "Yongledian Town", "通州区", ()),
    ("潞城镇", "Lucheng Town", "通州区", ()),
    ("于家务回族乡", "Yujiawu Hui Ethnic Township", "通州区", ("于家务乡",)),
)

# Taiwan's cities and counties (GB/T 2260 lists Taiwan as one code): Taiwan's own support measures and
# regulations are issued by them (臺北市…補助要點). Names as they read after t2s (臺北市 → 台北市); 金门县 and
# 连江县 are left out (GB/T 2260 lists them under 泉州市 and 福州市). (name, English, level, altLabels)
TAIWAN = (
    ("台北市", "Taipei City", "City", ("台北",)), ("新北市", "New Taipei City", "City", ()),
    ("桃园市", "Taoyuan City", "City", ()), ("台中市", "Taichung City", "City", ("台中",)),
    ("台南市", "Tainan City", "City", ("台南",)), ("高雄市", "Kaohsiung City", "City", ("高雄",)),
    ("基隆市", "Keelung City", "City", ("基隆",)), ("新竹市", "Hsinchu City", "City", ()),
    ("嘉义市", "Chiayi City", "City", ()), ("新竹县", "Hsinchu County", "County", ()),
    ("苗栗县", "Miaoli County", "County", ("苗栗",)), ("彰化县", "Changhua County", "County", ("彰化",)),
    ("南投县", "Nantou County", "County", ("南投",)), ("云林县", "Yunlin County", "County", ("云林",)),
    ("嘉义县", "Chiayi County", "County", ()), ("屏东县", "Pingtung County", "County", ("屏东",)),
    ("宜兰县", "Yilan County", "County", ("宜兰",)), ("花莲县", "Hualien County", "County", ("花莲",)),
    ("台东县", "Taitung County", "County", ("台东",)), ("澎湖县", "Penghu County", "County", ("澎湖",)),
)

ZONES = (  # (name, English, parent or None, altLabels)
    # Beijing
    ("北京城市副中心", "Beijing Municipal Administrative Centre", "通州区", ()),
    ("中关村国家自主创新示范区", "Zhongguancun National Innovation Demonstration Zone", "北京市",
     ("中关村示范区", "中关村")),
    ("中关村科学城", "Zhongguancun Science City", "海淀区", ()),
    ("中关村科技军民融合发展先导区", "Zhongguancun civil-military integration pilot zone", "中关村国家自主创新示范区", ()),
    ("国家军民融合创新示范区", "National civil-military integration innovation demonstration zone", "北京市", ()),
    ("三城一区", "Beijing's three science cities and one district", "北京市", ()),
    ("三城", "Beijing's three science cities", "北京市", ()),
    ("运河商务区", "Canal Business District (Tongzhou)", "通州区", ()),
    ("文化旅游区", "Culture and Tourism Zone (Tongzhou)", "通州区", ()),
    ("北京数据基础制度先行区", "Beijing data-infrastructure pilot zone", "通州区", ()),
    ("通州区与北三县一体化高质量发展示范区", "Tongzhou and the three northern counties integration zone", None, ()),
    ("怀柔科学城", "Huairou Science City", "怀柔区", ()),
    ("未来科学城", "Future Science City", "昌平区", ()),
    ("北京经济技术开发区", "Beijing Economic-Technological Development Area", "北京市",
     ("北京经开区", "亦庄经济技术开发区")),
    # Hebei
    ("雄安新区", "Xiong'an New Area", "河北省", ("河北雄安新区", "雄安")),
    ("唐山高新区", "Tangshan High-tech Zone", "唐山市", ("唐山高新技术产业开发区",)),
    ("开平高新区", "Kaiping High-tech Zone", "开平区", ("开平高新技术产业开发区",)),
    ("迁安高新区", "Qian'an High-tech Zone", "迁安市", ("迁安高新技术产业开发区",)),
    ("曹妃甸协同发展示范区", "Caofeidian Coordinated Development Demonstration Zone", "曹妃甸区",
     ("曹妃甸示范区",)),
    ("津冀(芦台·汉沽)协同发展示范区", "Tianjin-Hebei (Lutai-Hangu) Coordinated Development Demonstration Zone",
     "唐山市", ("芦台、汉沽协同发展示范区", "芦台·汉沽协同发展示范区")),
    # Shanxi
    ("山西转型综合改革示范区", "Shanxi Comprehensive Transformation Reform Demonstration Zone", "山西省",
     ("山西综改示范区", "转型综改示范区")),
    ("太忻一体化经济区", "Taiyuan-Xinzhou Integrated Economic Zone", "山西省", ("太忻经济区",)),
    # national innovation demonstration zones
    ("张江国家自主创新示范区", "Zhangjiang National Innovation Demonstration Zone", "上海市", ("张江示范区",)),
    ("张江科学城", "Zhangjiang Science City", "浦东新区", ()),
    # ent15c: Shanghai's carriers of its science and innovation centre, named beside 张江科学城 (上海市科学技术进步条例)
    ("大零号湾", "Greater Neo Bay (Minhang, Shanghai)", "闵行区", ()),
    ("长三角G60科创走廊", "G60 Science and Technology Innovation Corridor of the Yangtze River Delta", None, ("G60科创走廊",)),
    ("东湖国家自主创新示范区", "Donghu National Innovation Demonstration Zone", "武汉市", ("东湖示范区",)),
    ("武汉东湖新技术开发区", "Wuhan East Lake High-tech Development Zone", "武汉市", ("东湖高新区",)),
    ("深圳国家自主创新示范区", "Shenzhen National Innovation Demonstration Zone", "深圳市", ()),
    ("苏南国家自主创新示范区", "Southern Jiangsu National Innovation Demonstration Zone", "江苏省", ()),
    ("长株潭国家自主创新示范区", "Changsha-Zhuzhou-Xiangtan National Innovation Demonstration Zone", "湖南省", ()),
    ("天津国家自主创新示范区", "Tianjin National Innovation Demonstration Zone", "天津市", ()),
    ("成都国家自主创新示范区", "Chengdu National Innovation Demonstration Zone", "成都市", ()),
    ("西安国家自主创新示范区", "Xi'an National Innovation Demonstration Zone", "西安市", ()),
    ("杭州国家自主创新示范区", "Hangzhou National Innovation Demonstration Zone", "杭州市", ()),
    ("珠三角国家自主创新示范区", "Pearl River Delta National Innovation Demonstration Zone", "广东省", ()),
    ("郑洛新国家自主创新示范区", "Zhengzhou-Luoyang-Xinxiang National Innovation Demonstration Zone", "河南省", ()),
    ("山东半岛国家自主创新示范区", "Shandong Peninsula National Innovation Demonstration Zone", "山东省", ()),
    ("沈大国家自主创新示范区", "Shenyang-Dalian National Innovation Demonstration Zone", "辽宁省", ()),
    ("福厦泉国家自主创新示范区", "Fuzhou-Xiamen-Quanzhou National Innovation Demonstration Zone", "福建省", ()),
    ("合芜蚌国家自主创新示范区", "Hefei-Wuhu-Bengbu National Innovation Demonstration Zone", "安徽省", ()),
    ("重庆国家自主创新示范区", "Chongqing National Innovation Demonstration Zone", "重庆市", ()),
    # state-level new areas (浦东新区 and 滨海新区 are districts, above)
    ("两江新区", "Liangjiang New Area", "重庆市", ("重庆两江新区",)),
    ("舟山群岛新区", "Zhoushan Archipelago New Area", "舟山市", ("浙江舟山群岛新区",)),
    ("兰州新区", "Lanzhou New Area", "兰州市", ()),
    ("南沙新区", "Nansha New Area", "广州市", ("广州南沙新区",)),
    ("西咸新区", "Xixian New Area", "陕西省", ("陕西西咸新区",)),
    ("贵安新区", "Gui'an New Area", "贵州省", ("贵州贵安新区",)),
    ("西海岸新区", "West Coast New Area", "青岛市", ("青岛西海岸新区",)),
    ("金普新区", "Jinpu New Area", "大连市", ("大连金普新区",)),
    ("天府新区", "Tianfu New Area", "四川省", ("四川天府新区",)),
    ("湘江新区", "Xiangjiang New Area", "长沙市", ("湖南湘江新区",)),
    ("江北新区", "Jiangbei New Area", "南京市", ("南京江北新区",)),
    ("福州新区", "Fuzhou New Area", "福州市", ()),
    ("滇中新区", "Central Yunnan New Area", "云南省", ("云南滇中新区",)),
    ("哈尔滨新区", "Harbin New Area", "哈尔滨市", ()),
    ("长春新区", "Changchun New Area", "长春市", ()),
    ("赣江新区", "Ganjiang New Area", "江西省", ("江西赣江新区",)),
    # Greater Bay Area and Hainan
    ("横琴粤澳深度合作区", "Guangdong-Macao In-Depth Cooperation Zone in Hengqin", "珠海市", ("横琴",)),
    ("前海深港现代服务业合作区", "Qianhai Shenzhen-Hong Kong Modern Service Industry Cooperation Zone", "深圳市",
     ("前海合作区", "前海")),
    ("河套深港科技创新合作区", "Hetao Shenzhen-Hong Kong Science and Technology Innovation Cooperation Zone",
     "深圳市", ("河套合作区",)),
    # ent16e: science cities and belts support measures and plans name beside them (光明科学城, 西丽湖国际科教城, 太湖湾科创带)
    ("光明科学城", "Guangming Science City", "光明区", ()),
    ("西丽湖国际科教城", "Xilihu International Science and Education City", "深圳市", ()),
    ("太湖湾科创带", "Taihu Bay Science and Innovation Belt", "无锡市", ()),
    ("重庆两江协同创新区", "Chongqing Liangjiang Collaborative Innovation Zone", "两江新区", ("两江协同创新区",)),
    ("海南自由贸易港", "Hainan Free Trade Port", "海南省", ("海南自贸港",)),
    ("苏州工业园区", "Suzhou Industrial Park", "苏州市", ()),
    # ent16c: the Lin-gang special area, written short after its zone (…自由贸易试验区及临港新片区) in five of corpus-dev's texts
    ("中国(上海)自由贸易试验区临港新片区", "Lin-gang Special Area of the China (Shanghai) Pilot Free Trade Zone", "上海市",
     ("临港新片区", "上海自贸试验区临港新片区")),
    # ent16c: the special economic zones, named in their own regulations' titles (深圳经济特区…条例; gold-more dev6)
    ("深圳经济特区", "Shenzhen Special Economic Zone", "深圳市", ()),
    ("珠海经济特区", "Zhuhai Special Economic Zone", "珠海市", ()),
    ("汕头经济特区", "Shantou Special Economic Zone", "汕头市", ()),
    ("厦门经济特区", "Xiamen Special Economic Zone", "厦门市", ()),
    ("海南经济特区", "Hainan Special Economic Zone", "海南省", ()),
)

COMPOSITES = (  # (name, English, parent or None, altLabels, members)
    ("港澳台", "Hong Kong, Macao and Taiwan", None, (), ("香港特别行政区", "澳门特别行政区", "台湾")),
    # ent16c: 港澳 alone (港澳青年, 与港澳高等教育合作) is one region of policy, as the annotators name it (gold-more)
    ("港澳", "Hong Kong and Macao", None, ("港澳地区",), ("香港特别行政区", "澳门特别行政区")),
    ("京津冀", "Beijing-Tianjin-Hebei", None, ("京津冀地区",), ("北京市", "天津市", "河北省")),
    ("长三角", "Yangtze River Delta", None, ("长江三角洲", "长三角地区", "长江三角洲地区"),
     ("上海市", "江苏省", "浙江省", "安徽省")),
    ("粤港澳大湾区", "Guangdong-Hong Kong-Macao Greater Bay Area", None, ("大湾区",),
     ("广东省", "香港特别行政区", "澳门特别行政区")),
    ("珠三角", "Pearl River Delta", "广东省", ("珠江三角洲", "珠三角地区"),
     ("广州市", "深圳市", "珠海市", "佛山市", "惠州市", "东莞市", "中山市", "江门市", "肇庆市")),
    ("成渝地区双城经济圈", "Chengdu-Chongqing Economic Circle", None, ("成渝双城经济圈", "成渝地区"),
     ("重庆市", "四川省")),
    ("长江经济带", "Yangtze River Economic Belt", None, (),
     ("上海市", "江苏省", "浙江省", "安徽省", "江西省", "湖北省", "湖南省", "重庆市", "四川省", "贵州省", "云南省")),
    ("黄河流域", "Yellow River Basin", None, (),
     ("青海省", "四川省", "甘肃省", "宁夏回族自治区", "内蒙古自治区", "山西省", "陕西省", "河南省", "山东省")),
    ("环渤海地区", "Bohai Rim", None, ("环渤海",), ("北京市", "天津市", "河北省", "辽宁省", "山东省")),
    ("东北地区", "Northeast China", None, (), ("辽宁省", "吉林省", "黑龙江省")),
    ("东部地区", "Eastern China", None, (),
     ("北京市", "天津市", "河北省", "上海市", "江苏省", "浙江省", "福建省", "山东省", "广东省", "海南省")),
    ("中部地区", "Central China", None, (), ("山西省", "安徽省", "江西省", "河南省", "湖北省", "湖南省")),
    ("西部地区", "Western China", None, (),
     ("内蒙古自治区", "广西壮族自治区", "重庆市", "四川省", "贵州省", "云南省", "西藏自治区", "陕西省", "甘肃省",
      "青海省", "宁夏回族自治区", "新疆维吾尔自治区")),
    # 中西部地区 is one region of policy, not 西部地区 with 中 before it (支持中西部地区承接产业转移)
    ("中西部地区", "Central and Western China", None, ("中西部",), ("中部地区", "西部地区")),
    ("长株潭", "Changsha-Zhuzhou-Xiangtan", "湖南省", ("长株潭城市群", "长株潭地区"), ("长沙市", "株洲市", "湘潭市")),
    ("关中平原城市群", "Guanzhong Plain Urban Agglomeration", None, (), ("陕西省", "山西省", "甘肃省")),
    ("北部湾经济区", "Beibu Gulf Economic Zone", "广西壮族自治区", ("广西北部湾经济区",),
     ("南宁市", "北海市", "钦州市", "防城港市")),
    ("海峡西岸经济区", "Economic Zone on the West Coast of the Taiwan Strait", None, ("海西经济区",), ("福建省",)),
    ("北三县", "Three Northern Counties (Langfang)", "廊坊市", (), ("三河市", "大厂回族自治县", "香河县")),
)

ETHNIC = ("朝鲜族", "土家族", "布依族", "景颇族", "傈僳族", "哈尼族", "蒙古族", "苗族", "傣族", "藏族", "回族",
          "羌族", "彝族", "壮族", "白族", "侗族", "黎族", "满族", "畲族", "瑶族", "仡佬族", "仫佬族", "毛南族",
          "水族", "纳西族", "拉祜族", "佤族", "布朗族", "普米族", "独龙族", "怒族", "傈僳", "哈萨克族", "锡伯族",
          "塔吉克族", "达斡尔族", "鄂温克族", "鄂伦春族", "土族", "撒拉族", "东乡族", "保安族", "裕固族",
          "各族", "蒙古", "柯尔克孜", "哈萨克", "维吾尔")

ENGLISH_STEM = {  # customary romanisations, and polyphonic characters pypinyin reads wrongly
    "乐亭": "Laoting", "六安": "Lu'an", "蚌埠": "Bengbu", "亳州": "Bozhou", "重庆": "Chongqing", "阿坝": "Aba",
    "石柱": "Shizhu", "漷县": "Huoxian", "綦江": "Qijiang", "长寿": "Changshou", "长宁": "Changning",
    "朝阳": "Chaoyang", "漯河": "Luohe", "闵行": "Minhang", "丰都": "Fengdu", "吕梁": "Lüliang",
    "哈尔滨": "Harbin", "呼和浩特": "Hohhot", "乌鲁木齐": "Urumqi", "拉萨": "Lhasa", "日喀则": "Shigatse",
    "喀什": "Kashgar", "和田": "Hotan", "阿克苏": "Aksu", "吐鲁番": "Turpan", "克拉玛依": "Karamay",
    "伊犁": "Ili", "阿勒泰": "Altay", "博尔塔拉": "Bortala", "巴音郭楞": "Bayingolin", "克孜勒苏": "Kizilsu",
    "阿拉尔": "Aral", "图木舒克": "Tumxuk", "可克达拉": "Kokdala", "林芝": "Nyingchi", "那曲": "Nagqu",
    "阿里": "Ngari", "昌都": "Qamdo", "鄂尔多斯": "Ordos", "呼伦贝尔": "Hulunbuir", "巴彦淖尔": "Bayannur",
    "乌兰察布": "Ulanqab", "锡林郭勒": "Xilingol", "阿拉善": "Alxa", "齐齐哈尔": "Qiqihar", "果洛": "Golog",
}
