"""kg.extract on Taiwan's subsidy rules (branch twn17): plan categories heading items that name their applicants
(1、個別企業研發計畫:在本市登記之中小企業…,每案補助最高…), a rate written once after several categories (前三目之補助款…
不得超過計畫總經費百分之五十), conditions opening with a kind and closing with 者 (青年創業者向…申辦創業貸款者,…每人累計
補貼最高…), the bureaus of 本府, national universities, Taiwan's names of fields, quotas that are no goals; and the
negatives (罰鍰, 規費, 繳回, limits on the applicant's own spending, 計畫總經費 thresholds, loan terms). Sentences written
for these tests (tests/data/own-taiwan17/, annotated before the extractor ran on them)."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary
from kg.extract import entities

from test_extract_fundrows12 import shipped  # noqa: F401  (the shipped vocabulary, a fixture)
from test_extract_taiwan12 import fund_rows, goal_rows, quoted

CATEGORIES = [
    # a plan category heading the item: whom its cap is for, the applicants its clauses name a condition
    ("四、補助類別及額度：（一）創新研發計畫：在本縣登記之中小企業，就產品或技術進行研發者，每案補助最高新臺幣八十萬元。",
     [("创新研发计划", 800000, True, None)]),
    ("1、品牌行銷計畫：依法登記之微型企業辦理品牌設計或通路拓展者，每案補助上限新臺幣十五萬元。", [("品牌行销计划", 150000, True, None)]),
    ("3、地方特色產業計畫：本縣特色產業業者辦理產品開發者，每一申請者補助上限新臺幣二十萬元。", [("地方特色产业计划", 200000, True, None)]),
    ("2、聯盟合作計畫：由三家以上中小企業共同提出者，每案補助最高新臺幣一百五十萬元。", [("联盟合作计划", 1500000, True, None)]),
    ("（一）技術升級計畫：每案補助最高新臺幣一百萬元，補助比率不得超過計畫總經費百分之五十。", [("技术升级计划", 1000000, True, "0.5")]),
    # a mainland item headed by a plan (no 新臺幣): its recipients as before
    ("(一)人才培育计划:对引进的博士给予每人10万元补贴。", [("博士", 100000, False, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CATEGORIES)
def test_plan_categories_heading_items(text: str, expected: list, shipped: vocabulary.Vocab) -> None:
    assert fund_rows(text, shipped) == expected


SHARED = (
    "四、補助類別及額度如下：\n（一）研發補助：\n1、創新研發計畫：在本市登記之中小企業，進行研發者，每案補助最高新臺幣一百萬元。\n"
    "2、合作研發計畫：由三家以上企業共同提出者，每案補助最高新臺幣二百萬元。\n"
    "3、青年研發計畫：由青年擔任負責人之新創事業提出，每案補助最高新臺幣五十萬元，補助比率得提高至計畫總經費百分之六十。\n"
    "前三目之補助款，除第三目另有規定者外，不得超過計畫總經費百分之五十，其餘由申請者自籌配合款。"
)


def test_a_rate_written_once_after_the_categories(shipped: vocabulary.Vocab) -> None:
    """前三目之補助款,除第三目另有規定者外,不得超過…百分之五十: a capped rate line for the first and second categories."""
    rows = fund_rows(SHARED, shipped)
    assert ("创新研发计划", None, True, "0.5") in rows and ("合作研发计划", None, True, "0.5") in rows
    assert ("青年研发计划", None, True, "0.5") not in rows and ("青年研发计划", 500000, True, "0.6") in rows


def test_a_counted_rate_with_no_categories_gives_no_line(shipped: vocabulary.Vocab) -> None:
    assert fund_rows("前二目之補助款，不得超過計畫總經費百分之五十，其餘由申請者自籌。", shipped) == []


CONDITIONS = [
    # a condition opening with a kind, closing with 者: the kind is whom the 新臺幣 amount is for
    ("青年創業者向本市金融機構申辦創業貸款者，本府就其貸款利息全額補貼前三年，每人累計補貼最高新臺幣十五萬元。",
     [("青年创业者", 150000, True, None)]),
    ("青年創業者申辦創業貸款者，每人最高補助新臺幣十五萬元。", [("青年创业者", 150000, True, None)]),
    ("本市企業申辦貸款者，每家最高補助新臺幣十五萬元。", [("本市企业", 150000, True, None)]),
    ("企業進用本縣設籍之青年擔任研發人員者，每進用一人每月補助新臺幣一萬五千元，每家最多補助五人。", [("企业", 15000, False, None)]),
    ("補助案件經結案審查評定為優等者，發給獎金新臺幣十萬元。", [("补助案件", 100000, False, None)]),
    ("經評定為績優之受補助者，由本府頒發獎狀並發給獎金新臺幣三萬元。", [("受补助者", 30000, False, None)]),
    ("獲本要點獎勵之年輕學者，每人每年獎勵新臺幣三十萬元，最多三年。", [("年轻学者", 300000, False, None)]),
    # more of Taiwan's deeds after whom the money verb pays
    ("宜蘭縣政府補助縣內民宿業者取得環保標章，每家補助新臺幣三萬元。", [("县内民宿业者", 30000, False, None)]),
    ("桃園市政府為協助本市青年創業，補助本市青年創業者租用辦公空間，每人每月補助租金二分之一，每月最高新臺幣八千元。",
     [("本市青年创业者", 8000, True, "0.5")]),
    ("本會補助博士後研究人員赴國外研究，每人每月補助生活費新臺幣六萬元。", [("博士后研究人员", 60000, False, None)]),
    # mainland: a 者 condition with no 新臺幣 amount is read as before
    ("违反本条例规定者，由市科技局责令改正。", []),
]


@pytest.mark.parametrize(("text", "expected"), CONDITIONS)
def test_kinds_opening_conditions(text: str, expected: list, shipped: vocabulary.Vocab) -> None:
    assert fund_rows(text, shipped) == expected


NEGATIVES = [
    "違反第八條規定者，處新臺幣十萬元以上一百萬元以下罰鍰。",
    "違反本條例規定者，處新臺幣三萬元以上十五萬元以下罰鍰，並得按次處罰。",
    "申請核發證明書者，應繳納規費新臺幣一千元。",
    "審查費每件新臺幣二千元，由申請者繳納。",
    "經依前項規定撤銷補助者，受補助者應於三十日內繳回已撥付之補助款。",
    "受補助者未依核定用途使用補助款者，本府得追回已撥付之補助款。",
    "申請者應自籌計畫總經費百分之五十以上之配合款。",
    "借款人應自籌創業所需資金百分之二十以上。",
    "人事費不得超過補助款百分之四十。",
    "委託研究費不得超過計畫總經費百分之三十。",
    "設備購置費占計畫總經費之比率，不得超過百分之二十。",
    "計畫總經費在新臺幣五百萬元以上者，應提出期中報告。",
    "申請補助之計畫總經費，不得低於新臺幣一百萬元。",
    "營業額達新臺幣一億元以上之企業，不得申請本項補助。",
    "本貸款每人最高貸款額度為新臺幣四百萬元。",
    "本府每年編列新臺幣三千萬元預算辦理本要點之補助。",
    "前項利息補貼，每一借款人以一次為限。",
    "土地、廠房購置及建築費用，不予補助。",
    "受獎勵者經查有違反學術倫理者，本會得撤銷其獎勵並追回已發給之獎勵金。",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_money_that_is_no_promise(text: str, shipped: vocabulary.Vocab) -> None:
    assert fund_rows(text, shipped) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("每年核定補助案件以二十件為原則。", []),  # a rule's quota, no goal
        ("補助名額以十名為限。", []),
        ("本要點之目標：於中華民國一百十五年底前，累計補助研發計畫八十案以上。", [("80", "案", 2026)]),
        ("預計於一百十六年前協助設立新創事業三十家。", [("30", "家", 2027)]),
    ],
)
def test_quotas_and_goals(text: str, expected: list, shipped: vocabulary.Vocab) -> None:
    assert [(value, unit, year) for _, value, unit, year, _ in goal_rows(text, shipped)] == expected


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("由中小企業與國立成功大學合作提出者。", ("Organization", "国立成功大学")),
        ("或由中小企業與國立嘉義大學、財團法人食品工業發展研究所等學研機構合作提出者。", ("Organization", "国立嘉义大学")),
        ("優先補助智慧機械、生技醫療及綠能產業。", ("Industry", "智能机械")),
        ("優先補助智慧機械、生技醫療及綠能產業。", ("Industry", "生物医疗")),
        ("審查時，屬智慧機械、生技醫療、食品加工等本市重點產業者，得優先予以補助。", ("Industry", "智能机械")),
        ("推動電動車關鍵零組件、離岸風電及循環經濟等產業。", ("Industry", "电动车")),
    ],
)
def test_taiwan_names(text: str, entity: tuple[str, str], shipped: vocabulary.Vocab) -> None:
    assert entity in {(e.type, e.name) for e in quoted(entities, text, shipped)}


def test_no_school_from_the_kind(shipped: vocabulary.Vocab) -> None:
    """國立大學 alone is the kind of school a law speaks of, no one school; 屬 is no part of a field."""
    assert ("Organization", "国立国立大学") not in {(e.type, e.name) for e in quoted(entities, "由國立大學報主管機關核定。", shipped)}
    found = {e.name for e in quoted(entities, "審查時，屬智慧機械、生技醫療等本市重點產業者，得優先補助。", shipped) if e.type == "Industry"}
    assert not any(name.startswith("属") for name in found)


def test_own_government_bureaus_named_in_full(shipped: vocabulary.Vocab) -> None:
    """本府建設處 in a Chiayi City rule: 嘉义市政府建设处 (the document's city names 本府)."""
    from kg.pipeline import from_text

    text = "嘉義市政府青年創業補助作業要點\n一、嘉義市政府（以下簡稱本府）為鼓勵青年創業，特訂定本要點。\n二、本要點執行機關為本府建設處。"
    doc = from_text(text, shipped)
    names = {(e.type, e.name) for e in entities.extract(doc, shipped)}
    assert ("Agency", "嘉义市政府建设处") in names
