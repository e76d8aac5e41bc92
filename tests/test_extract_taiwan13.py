"""kg.extract on Taiwan's subsidy rules of several agencies and cities (補助要點, 補助作業要點; branch twn13): their
bodies and short forms (國科會, 臺南市政府經濟發展局, 產業發展署), kinds of applicant (新創事業, 學研機構), foundations
(工研院), plan categories as recipients (數位轉型計畫), a kind's raised share (中小企業之補助比率得提高至…), and the
negatives. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary
from kg.extract import entities

from test_extract_fundrows12 import shipped  # noqa: F401  (the shipped vocabulary, a fixture)
from test_extract_taiwan12 import fund_rows, goal_rows, quoted


def names(text: str, vocab: vocabulary.Vocab) -> set[tuple[str, str]]:
    return {(e.type, e.name) for e in quoted(entities, text, vocab)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("國家科學及技術委員會(以下簡稱國科會)為鼓勵學研機構與企業合作,特訂定本要點。",
         {("Agency", "国家科学及技术委员会"), ("EnterpriseType", "学研机构")}),
        ("本計畫由國科會委託工業技術研究院辦理。", {("Agency", "国家科学及技术委员会"), ("Organization", "财团法人工业技术研究院")}),
        ("本部得委託工研院辦理審查作業。", {("Organization", "财团法人工业技术研究院")}),
        ("數位發展部數位產業署為促進數位經濟發展,特訂定本作業要點。", {("Agency", "数位发展部数位产业署")}),
        ("產業發展署得補助企業辦理研發計畫。", {("Agency", "经济部产业发展署")}),
        ("新竹科學園區管理局得補助園區事業辦理研發。", {("Agency", "国家科学及技术委员会新竹科学园区管理局")}),
        # a city's bureau named after its government in full, the city's government alone stays what it was
        ("臺南市政府經濟發展局為扶植在地新創事業,特訂定本要點。",
         {("Agency", "台南市政府经济发展局"), ("EnterpriseType", "新创事业"), ("Region", "台南市")}),
        ("高雄市政府經濟發展局得委託法人辦理。", {("Agency", "高雄市政府经济发展局")}),
        ("桃園市政府為鼓勵青年創業,訂定本辦法。", {("Agency", "桃园市政府")}),
        ("新北市政府研究發展考核委員會辦理評核。", {("Agency", "新北市政府研究发展考核委员会")}),
        # short forms after (以下簡稱…)
        ("國發會得邀集相關機關審查。", {("Agency", "国家发展委员会")}),
        ("金管會督導銀行辦理貸款。", {("Agency", "金融监督管理委员会")}),
        ("行政院國家發展基金管理會辦理投資。", {("Agency", "行政院国家发展基金管理会")}),
        ("補助對象為設立登記於本市之中小企業、新創事業及學研機構。",
         {("EnterpriseType", "中小企业"), ("EnterpriseType", "新创事业"), ("EnterpriseType", "学研机构")}),
    ],
)
def test_taiwan_bodies_and_kinds(text: str, expected: set[tuple[str, str]], shipped: vocabulary.Vocab) -> None:
    assert expected <= names(text, shipped)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("深圳市人民政府科技创新局负责。", ("Agency", "深圳市人民政府科技创新局")),  # mainland: no full form by pattern
        ("臺中市政府為推動產業布局,訂定本要點。", ("Agency", "台中市政府为推动产业布局")),  # 布局 names no body
        ("臺中市政府應會同經濟發展局辦理。", ("Agency", "台中市政府应会同经济发展局")),  # a verb ends the name
        ("臺中市政府與經濟部合作辦理。", ("Agency", "台中市政府与经济部")),  # two bodies, no bureau
    ],
)
def test_no_bureau_read_into_other_words(text: str, absent: tuple[str, str], shipped: vocabulary.Vocab) -> None:
    assert absent not in names(text, shipped)


PROMISES = [
    ("(二)數位轉型計畫:每案補助金額最高新臺幣一百萬元,補助比率不得超過計畫總經費之百分之四十。",
     [("数字化转型计划", 1000000, True, "0.4")]),
    ("新創事業每案補助新臺幣五十萬元為上限。", [("新创事业", 500000, True, None)]),
    # each category an item heads is whom its cap and rate are for, the declared kind (補助對象) applying to them all
    ("補助對象:依法設立登記於本市之中小企業。\n(一)數位工具導入計畫:每案補助金額以新臺幣三十萬元為上限,補助比率不得超過計畫總經費之百分之五十。",
     [("数位工具导入计划", 300000, True, "0.5")]),
    ("補助對象:依法設立登記於本市之中小企業。\n二、智慧製造升級計畫:每案補助金額以新臺幣一百萬元為上限。", [("智能制造升级计划", 1000000, True, None)]),
    ("二、補助項目:(一)創新研發計畫:每案補助金額以新臺幣二百萬元為上限,補助比率不得超過計畫總經費百分之五十。",
     [("创新研发计划", 2000000, True, "0.5")]),  # under the article's heading in its line
    ("(三)人才培育計畫:補助額度以新臺幣五十萬元為上限。", [("人才培育计划", 500000, True, None)]),  # whole, not 人才 培育計畫
    # a category's item naming whom it pays keeps them; an item not heading a line names no category
    ("(一)人才引进计划:对引进的高层次人才给予50万元补助。", [("高层次人才", 500000, False, None)]),
    ("補助對象:依法設立登記於本市之中小企業。(一)數位工具導入計畫:每案補助金額以新臺幣三十萬元為上限。", [("中小企业", 300000, True, None)]),
    ("國科會補助學研機構執行產學合作計畫,每案每年補助新臺幣二百萬元為上限。", [("学研机构", 2000000, True, None)]),
    # a kind's raised share: a promise of its own, as 申請人為中小企業者,補助比率得提高至… already read
    ("中小企業之補助比率得提高至百分之六十。", [("中小企业", None, False, "0.6")]),
    ("新創事業之補助比例,得提高至計畫總經費之百分之七十。", [("新创事业", None, False, "0.7")]),
    ("屬中小企業者,補助比率得提高至百分之六十。", [("中小企业", None, False, "0.6")]),
    ("申請人為中小企業者,補助比率得提高至計畫總經費之百分之六十。", [("中小企业", None, False, "0.6")]),
]


@pytest.mark.parametrize(("text", "expected"), PROMISES)
def test_taiwan_categories_and_raised_shares(text: str, expected: list, shipped: vocabulary.Vocab) -> None:
    assert fund_rows(text, shipped) == expected


@pytest.mark.parametrize(
    "text",
    [
        "企業研發投入比例提高至百分之三。",  # a goal's share, no kind paid
        "本市科技事業之比例提高至百分之十。",  # 事业 alone pays no one
        "實施計畫之比例提高至百分之五十。",
        "一、年度計畫:每年安排資金1000萬元。",  # a year's budget, no category paid
        "本局辦理媒合會,參加者應繳交保證金新臺幣一萬元。",  # a deposit, no goal nor promise
        "(一)年度工作计划:市财政每年安排专项资金2000万元。",
        "經核定之計畫,如有違反規定者,本局得撤銷補助並追繳已撥付款項。",
        "一百十三年度共核定補助案件八十件,補助金額新臺幣一億元。",
        "申請者最近一年營業額達新臺幣一億元以上者,不得申請。",
    ],
)
def test_raised_shares_and_reviews_promise_nothing(text: str, shipped: vocabulary.Vocab) -> None:
    assert fund_rows(text, shipped) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("五、預期效益:(一)至民國一百十五年輔導一百家企業導入人工智慧應用。", [("企业", "100", "家", 2026, False)]),
        ("預期效益:一百十四年底前培育數位人才三千人。", [("数位人才", "3000", "人", 2025, False)]),
        ("本計畫預期於民國115年協助500家中小企業完成數位轉型。", [("中小企业", "500", "家", 2026, False)]),
        # 媒合 (Taiwan: bring together) leads to a goal as 促成 does
        ("(三)預計每年媒合國內外投資新臺幣十億元。", [("国内外投资", "10", "亿元", None, True)]),
        ("預計至一百十五年媒合企業合作案五十件。", [("企业合作案", "50", "件", 2026, False)]),
    ],
)
def test_expected_benefits_in_years_of_the_republic(text: str, expected: list, shipped: vocabulary.Vocab) -> None:
    assert goal_rows(text, shipped) == expected
