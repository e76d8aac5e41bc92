"""kg.extract on Taiwan's subsidy rules laid out by class (補助類別: (一)新創研發類:…; branch twn14): each class whom its
items' caps and rates are for, a class's cap and its rate for all (均不得超過) read where they stand, a kind's raised rate
under its class's cap, a part's rate after 其中, caps per applicant (每一企業最高), plans named with their abbreviation
(小型企業創新研發計畫（SBIR）), awards recommended for (參加…國家磐石獎…等選拔), money drawn in as a goal, and the
negatives (罰鍰, 規費, thresholds of capital and staff, dates). Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary
from kg.extract import entities

from test_extract_fundrows12 import shipped  # noqa: F401  (the shipped vocabulary, a fixture)
from test_extract_taiwan12 import fund_rows, goal_rows, quoted

PROMISES = [
    # each class an item heads is whom its cap and rate are for (the class itself read as whom, or its applicants)
    ("第五條 補助類別及額度如下：\n一、研發創新類：每案補助金額最高新臺幣二百萬元，補助比率不得超過計畫總經費百分之五十。\n"
     "二、設計加值類：每案補助上限為新臺幣八十萬元，補助比率不得超過計畫總經費百分之四十。",
     [("研发创新类", 2000000, True, "0.5"), ("设计加值类", 800000, True, "0.4")]),
    ("（三）淨零轉型類：每一申請者補助金額以新臺幣四十萬元為限，補助比率不得超過百分之五十。", [("净零转型类", 400000, True, "0.5")]),
    ("（四）產業園區示範類：由本市工業會偕同三家以上會員企業共同提出，每案最高補助新臺幣三百萬元。", [("产业园区示范类", 3000000, True, None)]),
    # the class's cap before the rate's money word; a kind's raised rate under the class's unchanged cap
    ("（一）智慧製造類：以中小企業為申請對象，每案補助上限新臺幣一百五十萬元，補助比率不得超過百分之四十；申請者為新創事業者，補助比率得提高至百分之五十。",
     [("智能制造类", 1500000, True, "0.4"), ("智能制造类", 1500000, True, "0.5")]),
    ("（三）數位及淨零轉型類：每一申請者補助金額以新臺幣五十萬元為限，補助比率不得超過百分之四十；新創事業申請本類者，補助比率得提高至百分之五十。",
     [("数位及净零转型类", 500000, True, "0.4"), ("数位及净零转型类", 500000, True, "0.5")]),
    # persons favoured with a raised rate (申請者為原住民者), under the class's cap; the cap written without 為 after 上限
    ("（二）青年創業類：以設籍本縣之青年為申請對象，每案最高補助新臺幣四十萬元，補助比率不得超過百分之六十；申請者為原住民者，補助比率得提高至百分之七十。",
     [("青年创业类", 400000, True, "0.6"), ("青年创业类", 400000, True, "0.7")]),
    ("申請者為原住民者，補助比率得提高至百分之七十。", [("原住民", None, False, "0.7")]),
    ("五家以上企業組團申請者，每案補助上限新臺幣一百五十萬元。", [("五家以上企业组团申请者", 1500000, True, None)]),
    # two kinds of applicant, each its own cap, the rate written once for both (均)
    ("（二）聯合升級類：個別企業申請者，每案補助上限為新臺幣六十萬元；二家以上企業共同申請者，每案補助上限為新臺幣二百萬元，補助比率均不得超過計畫總經費百分之四十五。",
     [("联合升级类", 600000, True, "0.45"), ("联合升级类", 2000000, True, "0.45")]),
    # a class heading after the item before it, in one line
    ("六、補助額度：（一）研發型計畫：最高補助新臺幣三百萬元。（二）升級型計畫：最高補助新臺幣一百萬元。",
     [("研发型计划", 3000000, True, None), ("升级型计划", 1000000, True, None)]),
    # a class heading alone on its line: its items on the lines after it, until an item of its own rank
    ("五、補助類別：\n（一）新創研發類：\n1.申請對象：新創事業。\n2.補助額度：每案最高補助新臺幣一百五十萬元，補助比率不得超過計畫總經費百分之五十。\n"
     "（二）在地升級類：\n1.申請對象：中小企業。\n2.補助額度：每案補助上限為新臺幣一百萬元。",
     [("新创研发类", 1500000, True, "0.5"), ("在地升级类", 1000000, True, None)]),
    # kinds each with a cap per case under an item's label (研發補助:), the article's heading capping them (補助項目及額度如下)
    ("第五條 補助項目及額度如下：\n一、研發補助：中小企業每案最高新臺幣一百萬元；新創事業每案最高新臺幣五十萬元。",
     [("中小企业", 1000000, True, None), ("新创事业", 500000, True, None)]),
    ("(一)创业补助:每家企业补助5万元。", [("企业", 50000, False, None)]),  # a label, then the promise: as before
    # a heading of terms (補助基準:) names no one: the declared kind is whom the cap per case is for
    ("三、補助對象：設籍本市之中小企業。\n四、補助基準：\n（一）補助比率：不得超過計畫總經費百分之五十。\n（二）補助上限：每案新臺幣一百萬元。",
     [("中小企业", None, True, "0.5"), ("中小企业", 1000000, True, None)]),
    # a threshold in the class's line is no cap
    ("（一）研發類：以營業額達新臺幣一億元以上之企業為申請對象，補助比率不得超過計畫總經費百分之五十。", [("研发类", None, True, "0.5")]),
    # a part's rate after 其中 is not the case's (an ambiguous line of the gold, not read)
    ("（四）產業聚落示範類：每案最高補助新臺幣五百萬元，其中屬設備購置費用部分，補助金額不得超過該項費用之二分之一。",
     [("产业聚落示范类", 5000000, True, None)]),
    ("对认定的企业给予50万元补助，其中设备购置补助比例不超过30%。", [("企业", 500000, False, None)]),
    # caps per applicant written alone before the verb; a cap before a rate's money word
    ("第六條 每一企業最高補助新臺幣十萬元，並以一次為限。", [("企业", 100000, True, None)]),
    ("（一）補助對象：設籍本市之中小企業。（二）補助金額：每家最高新臺幣十萬元，補助比率不得超過百分之五十。", [("中小企业", 100000, True, "0.5")]),
    # a clause's subject named after 之, right after its article; awards handed over (頒給); named kinds of money
    ("第十條 新設立之研發中心，每家最高獎勵新臺幣五百萬元。", [("研发中心", 5000000, True, None)]),
    ("獲獎者頒給獎金新臺幣二十萬元。", [("获奖者", 200000, False, None)]),
    ("五、新竹縣政府為鼓勵青年返鄉創業，對於設籍本縣滿一年之青年，每人補助創業啟動金新臺幣十五萬元。", [("青年", 150000, False, None)]),
]


@pytest.mark.parametrize(("text", "expected"), PROMISES)
def test_taiwan_classes_caps_and_rates(text: str, expected: list, shipped: vocabulary.Vocab) -> None:
    assert fund_rows(text, shipped) == expected


@pytest.mark.parametrize(
    "text",
    [
        "第十五條 違反第十條規定者，處新臺幣五萬元以上五十萬元以下罰鍰，並得按次處罰。",
        "第九條 申請人應繳納審查費新臺幣三千元；其收費標準由主管機關定之。",
        "第二條 本辦法所稱中小企業，指實收資本額在新臺幣一億元以下，或經常僱用員工數未滿二百人之事業。",
        "第三條 申請者資格：依公司法設立登記，員工人數在五十人以下，且最近一年營業額未達新臺幣一億元之企業。",
        "八、申請者應於每年三月一日至四月三十日止，檢具申請書向本局提出申請，逾期不予受理。",
        "第十三條 有下列情形之一者，不予補助：一、資本額新臺幣五千萬元以上者。二、最近三年內曾受停業處分者。",
        "第十條 延遲繳納者，每逾一日加徵應納金額百分之一之滯納金。",
        "第十二條 本辦法自中華民國一百十三年一月一日施行。",
        "青年比例提高到30%。",  # a goal's share: no one favoured
        "四、補助基準：\n（一）補助比率：不得超過計畫總經費百分之五十。\n（二）補助上限：每案新臺幣一百萬元。",  # no one declared
    ],
)
def test_fines_fees_thresholds_and_dates_promise_nothing(text: str, shipped: vocabulary.Vocab) -> None:
    assert fund_rows(text, shipped) == []


@pytest.mark.parametrize(
    "text",
    [  # mainland measures head items by class too (研发投入类:对…企业): those named are paid, not the class
        "(一)研发投入类:对年度研发投入超过1000万元的企业,给予50万元奖励。",
        "(一)研发投入类:\n1.对年度研发投入超过1000万元的企业,给予50万元奖励。",
    ],
)
def test_a_class_heading_in_a_rule_not_paying_new_taiwan_dollars_keeps_whom_it_names(text: str, shipped: vocabulary.Vocab) -> None:
    assert fund_rows(text, shipped) == [("企业", 500000, False, None)]


def test_an_item_of_the_class_headings_rank_closes_the_class(shipped: vocabulary.Vocab) -> None:
    text = "五、補助類別：\n（一）新創研發類：\n1.申請對象：新創事業。\n（二）其他事項：\n每一企業最高補助新臺幣一百五十萬元。"
    assert [row[0] for row in fund_rows(text, shipped)] == ["企业"]


def names(text: str, vocab: vocabulary.Vocab) -> set[tuple[str, str]]:
    return {(e.type, e.name) for e in quoted(entities, text, vocab)}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("五、經濟部中小及新創企業署為推動小型企業創新研發計畫（SBIR），得委託財團法人辦理審查作業。",
         {("Programme", "小型企业创新研发计划"), ("Agency", "经济部中小及新创企业署")}, set()),
        ("已獲經濟部中小及新創企業署小型企業創新研發計畫（SBIR）補助之同一計畫，不得重複申請。",
         {("Programme", "小型企业创新研发计划"), ("Agency", "经济部中小及新创企业署")}, {("Programme", "经济部中小及新创企业署小型企业创新研发计划")}),
        ("並優先推薦參加經濟部國家磐石獎、新創採購及本府新北產業創新獎等選拔。",
         {("Programme", "国家磐石奖"), ("Programme", "新创采购"), ("Programme", "新北产业创新奖"), ("Agency", "经济部")},
         {("Programme", "经济部国家磐石奖"), ("Programme", "本府新北产业创新奖")}),
        ("並推薦參加國家磐石獎選拔。", {("Programme", "国家磐石奖")}, set()),
        # a money verb governing a list of fields is no part of its first item
        ("優先補助智慧機械、資通訊、綠色能源及生技醫藥等產業。", {("Industry", "智能机械"), ("Industry", "生物医药")}, {("Industry", "优先补助智能机械")}),
        # a kind alone before its abbreviation, and people picked, name no programme
        ("申請計畫（SBIR）者應檢附文件。", set(), {("Programme", "申请计划")}),
        ("鼓励企业参加人才遴选。", set(), {("Programme", "人才")}),
    ],
)
def test_plans_with_their_abbreviation_and_awards_entered(text: str, expected: set, absent: set, shipped: vocabulary.Vocab) -> None:
    found = names(text, shipped)
    assert expected <= found and not absent & found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("預計至中華民國一百十五年底，累計補助企業三百家以上，帶動民間投資新臺幣二十億元。",
         [("企业", "300", "家", 2026, False), ("民间投资", "20", "亿元", 2026, False)]),
        ("到2026年，累计补助企业300家，带动民间投资20亿元。", [("企业", "300", "家", 2026, False), ("民间投资", "20", "亿元", 2026, False)]),
        # money drawn in with no deadline, beside aid: no goal
        ("每年补助不超过30家企业，带动投资5亿元。", []),
    ],
)
def test_money_drawn_in_is_a_goal_beside_aid_counted(text: str, expected: list, shipped: vocabulary.Vocab) -> None:
    assert goal_rows(text, shipped) == expected
