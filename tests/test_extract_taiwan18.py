"""kg.extract on Taiwan's subsidy rules (branch twn18): 縣市 rules whose named government or bureau pays (新竹市政府補助本市
新創事業…), sized in a clause of its own that repeats no money word (…之攤位費,每案最高新臺幣二十萬元), associations paid
(農會, 漁會, 協會), costs capped before the currency (補助辦理活動經費最高新臺幣…); the negatives. Sentences written for these
tests, apart from tests/data/own-taiwan18/ (annotated before the extractor ran on them)."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary
from kg.extract import entities
from kg.pipeline import from_text

from test_extract_fundrows12 import shipped  # noqa: F401  (the shipped vocabulary, a fixture)
from test_extract_taiwan12 import fund_rows, goal_rows

COUNTY_RULES = [
    # a named government or bureau pays, whom its verb names after it
    ("基隆市政府補助本市微型企業參加商展之場地費，每家最高新臺幣八萬元。", [("微型企业", 80000, True, None)]),
    ("南投縣政府補助縣內青年創業者參加創業競賽，每人補助最高新臺幣三萬元。", [("县内青年创业者", 30000, True, None)]),
    ("高雄市政府經濟發展局補助本市中小企業參加國際展覽，每家每年最高補助新臺幣二十萬元。", [("中小企业", 200000, True, None)]),
    # associations a county pays
    ("花蓮縣政府補助縣內漁會購置冷凍設備，每一漁會補助上限新臺幣六十萬元。", [("县内渔会", 600000, True, None)]),
    # the cost capped before the currency
    ("苗栗縣政府對縣內商圈組織，每年補助辦理促銷活動經費最高新臺幣三十萬元。", [("县内商圈组织", 300000, True, None)]),
    # a ministry's administration pays 雇主; the share and the yearly cap after
    ("勞動部勞動力發展署補助雇主辦理職場學習，補助訓練費用百分之六十，每一事業單位每年最高新臺幣三十萬元。", [("雇主", 300000, True, "0.6")]),
    ("雇主聘用中高齡者，每聘用一人每月補助新臺幣一萬元。", [("雇主", 10000, False, None)]),
    # the unit repeats the noun the verb pays, a kind no head list holds
    ("本府補助原住民部落辦理文化活動，每一部落補助最高新臺幣十萬元。", [("原住民部落", 100000, True, None)]),
    ("桃園市政府補助本市夜市辦理環境改善，每一夜市每年補助上限為新臺幣十五萬元。", [("本市夜市", 150000, True, None)]),
    # a council pays; the plan the unit its cap is per
    ("國家發展委員會補助地方政府執行地方創生計畫，每件計畫最高補助新臺幣一千萬元。", [("地方政府", 10000000, True, None)]),
    # households, a purchase opening the condition
    ("本市中低收入戶購置節能冰箱者，每戶補助新臺幣三千元。", [("本市中低收入户", 3000, False, None)]),
    # sized once: the amount the money verb names is not taken again by the clause before
    ("本府補助本市企業參加國際展覽，每家最高補助新臺幣十萬元。", [("本市企业", 100000, True, None)]),
    # sized by a limit on applications, no amount: unsized
    ("本府補助本市企業參加國際展覽，每家以申請一次為限。", [("本市企业", None, False, None)]),
    # a government's rules broken: no one paid
    ("申請者最近三年內曾違反政府補助規定經撤銷補助者，不得申請。", []),
    # a fine is no subsidy
    ("本府補助本市企業參加國際展覽，違反規定者處新臺幣一萬元罰鍰。", [("本市企业", None, False, None)]),
]


@pytest.mark.parametrize(("text", "expected"), COUNTY_RULES)
def test_county_rules_paid_by_a_named_body(text: str, expected: list, shipped: vocabulary.Vocab) -> None:
    assert fund_rows(text, shipped) == expected


RAISED = [
    # a higher cap for a kind, raised: the category's line
    ("（三）設備汰換計畫：每案補助上限為新臺幣一百萬元；偏鄉地區之申請者，每案補助上限提高為新臺幣一百五十萬元。",
     [("设备汰换计划", 1000000, True, None), ("设备汰换计划", 1500000, True, None)]),
    # categories named by their type (一般型, 加值型), a rate written once for them
    ("（一）基礎型：每案補助上限新臺幣三十萬元。\n（二）進階型：每案補助上限新臺幣八十萬元。\n前二目之補助比率，均不得超過計畫總經費百分之五十。",
     [("基础型", 300000, True, None), ("进阶型", 800000, True, None), ("基础型", None, True, "0.5"), ("进阶型", None, True, "0.5")]),
    # a kind's raised share keeps the cap set before it in the sentence
    ("本府補助縣內中小企業汰換節能設備，每家最高新臺幣五十萬元，補助比率不得超過百分之三十；屬微型企業者，補助比率得提高至百分之五十。",
     [("中小企业", 500000, True, "0.3"), ("微型企业", 500000, True, "0.5")]),
    # not across sentences: a cap of another sentence is no cap of the raise
    ("本府補助縣內中小企業汰換節能設備，每家最高補助新臺幣五十萬元。微型企業之補助比率得提高至百分之五十。",
     [("中小企业", 500000, True, None), ("微型企业", None, False, "0.5")]),
]


@pytest.mark.parametrize(("text", "expected"), RAISED)
def test_raised_caps_and_shares(text: str, expected: list, shipped: vocabulary.Vocab) -> None:
    assert fund_rows(text, shipped) == expected


GOALS = [
    # a full date of the Republic before 前: its year the deadline
    ("預計於中華民國一百十六年六月三十日前，輔導一百二十家商圈業者導入行動支付。", [("商圈业者", "120", "家", 2027, False)]),
    ("於一百十五年九月前完成十五案智慧場域示範。", [("智慧场域示范", "15", "案", 2026, False)]),
    # a year of the Republic before 前 opening the sentence
    ("一百十八年前，輔導縣內四十家農企業取得產銷履歷。", [("农企业", "40", "家", 2029, False)]),
    # the end of a month of the Republic's year
    ("於一百十六年三月底前完成三十處社區充電站建置。", [("社区充电站建置", "30", "处", 2027, False)]),
    # a century ago in digits: no year of the Republic
    ("早在100年前，本市已有二十家工廠。", []),
    # a date that bounds an application: no goal
    ("申請者應於一百十四年三月三十一日前檢具計畫書一式十份。", []),
    # the plan's period: no goal
    ("計畫期程自一百十四年一月一日起至一百十七年十二月三十一日止。", []),
]


@pytest.mark.parametrize(("text", "expected"), GOALS)
def test_goals_in_years_of_the_republic(text: str, expected: list, shipped: vocabulary.Vocab) -> None:
    assert goal_rows(text, shipped) == expected


def entity_names(text: str, vocab: vocabulary.Vocab, kind: str) -> list[str]:
    return sorted({e.name for e in entities.extract(from_text(text, vocab), vocab) if e.type == kind})


BODIES = [
    # a county's departments: cut across their kind (觀光|處及), two fields joined (財政及經濟發展處), a field tagged as time (青年)
    ("本案由宜蘭縣政府工商旅遊處及苗栗縣政府財政及經濟發展處共同辦理。", "Agency", ["宜兰县政府工商旅游处", "苗栗县政府财政及经济发展处"]),
    ("南投縣政府觀光處及彰化縣政府城市暨觀光發展處辦理評選。", "Agency", ["南投县政府观光处", "彰化县政府城市暨观光发展处"]),
    ("新竹市政府青年事務局辦理徵選。", "Agency", ["新竹市政府青年事务局"]),
    # a government alone, then a verb: the government
    ("臺南市政府補助本市企業。", "Agency", ["台南市政府"]),
    # a ministry's administration cut apart (國民|健康|署得); not a ministry's partner after 会同
    ("勞動部職業安全衛生署及衛生福利部國民健康署得辦理查核。", "Agency", ["劳动部职业安全卫生署", "卫生福利部国民健康署"]),
    ("财政部会同有关部门制定办法。", "Agency", ["财政部"]),
    ("由數位發展部會同金融監督管理委員會辦理。", "Agency", ["数位发展部", "金融监督管理委员会"]),
    ("认真落实天津市政府决策部署。", "Agency", ["天津市人民政府"]),
    # a legal person cut apart (社團|法人), its name to its kind
    ("社團法人台灣區電機電子工業同業公會協助辦理說明會。", "Organization", ["社团法人台湾区电机电子工业同业公会"]),
    # a ministry's bureau whose fields are joined and whose kind stands alone (影視|及|流行音樂|產業|局)
    ("文化部影視及流行音樂產業局辦理審查。", "Agency", ["文化部影视及流行音乐产业局"]),
    ("教育部青年發展署得會同勞動部勞動力發展署辦理。", "Agency", ["劳动部劳动力发展署", "教育部青年发展署"]),
    # a legal person after the verb that hires it: its name from its form
    ("本署得委託財團法人中華經濟研究院辦理評估。", "Organization", ["财团法人中华经济研究院"]),
    ("經濟部委託財團法人工業技術研究院及財團法人資訊工業策進會執行。", "Organization", ["财团法人信息工业策进会", "财团法人工业技术研究院"]),
]


@pytest.mark.parametrize(("text", "kind", "expected"), BODIES)
def test_county_departments_and_legal_persons(text: str, kind: str, expected: list, shipped: vocabulary.Vocab) -> None:
    assert entity_names(text, shipped, kind) == expected


PROGRAMMES = [
    # a quoted plan whose name opens with a kind of enterprise, its kind closing it
    ("申請者已獲「中小企業創新研發計畫」補助者，不得重複申請。", ["中小企业创新研发计划"]),
    # a loan programme quoted whole
    ("申辦「微型創業鳳凰貸款」者，得申請利息補貼。", ["微型创业凤凰贷款"]),
    # a quoted kind of enterprise alone names no plan
    ("推荐申报“专精特新中小企业”。", []),
]


@pytest.mark.parametrize(("text", "expected"), PROGRAMMES)
def test_quoted_plans_opening_with_a_kind(text: str, expected: list, shipped: vocabulary.Vocab) -> None:
    assert entity_names(text, shipped, "Programme") == expected


CENTRAL_RULES = [
    # items labelled by who applies, under a heading of amounts (補助額度:)
    ("四、補助額度：\n（一）單一企業申請：每案最高新臺幣八十萬元。\n（二）產業聯盟申請：每案最高新臺幣二百萬元。",
     [("企业申请", 800000, True, None), ("产业联盟申请", 2000000, True, None)]),
    # a label that names terms, not whom: the measure's declared kind, else no one
    ("四、補助額度：\n（一）補助上限：每案最高新臺幣八十萬元。", []),
    # the cost the verb pays, then the unit its cap is per
    ("本署對入選之新創團隊，補助其赴海外參展之費用，每隊最高新臺幣四十萬元。", [("新创团队", 400000, True, None)]),
    # per school
    ("參與本計畫之高級中等學校，每校每年補助新臺幣二十萬元。", [("高级中等学校", 200000, False, None)]),
    # prize tiers with their money in 新臺幣
    ("特優獎一名，獎金新臺幣二十萬元；優選獎三名，各頒發獎金新臺幣八萬元。", [("特优奖", 200000, False, None), ("优选奖", 80000, False, None)]),
    # the kind of plan a cap is per, opening the item
    ("（一）每一研發聯盟計畫補助金額最高新臺幣一千萬元，補助比率不得超過計畫總經費百分之四十。", [("研发联盟计划", 10000000, True, "0.4")]),
    ("每一計畫補助金額最高新臺幣二千萬元。", []),
    # items no category names, then a rate written once: a rate line for whom the items pay
    ("三、補助對象：依法於本縣設立登記之中小企業。\n四、補助項目及額度：\n（一）設備汰換：每家補助上限新臺幣十萬元。\n（二）通路拓展：每家補助上限新臺幣五萬元。\n前二款之補助比率，均不得超過實際支出百分之五十。",
     [("中小企业", 100000, True, None), ("中小企业", 50000, True, None), ("中小企业", None, True, "0.5")]),
    # the unit repeats whom the verb pays, its cap word before the verb
    ("本署補助地方政府辦理產業輔導，每一地方政府每年最高補助新臺幣四百萬元。", [("地方政府", 4000000, True, None)]),
    # no cap word: no cap
    ("本府對獲得國家磐石獎之本市企業，一次發給獎勵金新臺幣二十萬元。", [("本市企业", 200000, False, None)]),
    # a community college, farmers: whom a county pays; the share written before the unit's cap
    ("本府補助本市社區大學辦理課程，每一申請單位最高補助新臺幣六萬元。", [("本市社区大学", 60000, True, None)]),
    ("本府補助縣內漁民汰換漁船引擎，補助比率為購置價格二分之一，每人最高補助新臺幣二十萬元。", [("县内渔民", 200000, True, "0.5")]),
    # a start-up grant priced after the unit
    ("苗栗縣政府對設籍本縣之返鄉青年創業者，每人補助創業金新臺幣八萬元。", [("返乡青年创业者", 80000, False, None)]),
    # a mainland prize list in 元: as before, no tier lines
    ("一等奖1名，奖金10万元；二等奖2名，各奖励5万元。", []),
]


@pytest.mark.parametrize(("text", "expected"), CENTRAL_RULES)
def test_central_rules_items_and_prizes(text: str, expected: list, shipped: vocabulary.Vocab) -> None:
    assert fund_rows(text, shipped) == expected
