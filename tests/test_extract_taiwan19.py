"""kg.extract.funding on Taiwan's county 自治條例 and 獎勵辦法 (branch twn19): conditions closed by 者 (Taiwan's 的), the doer
named in the clause or the lead-in before them, an article's number right before a clause, 獎勵金 with no verb, shares of
wages, tax and rent relief (房屋稅減徵百分之五十); the negatives. Sentences written for these tests, apart from
tests/data/own-taiwan19/ (annotated before the extractor ran on them)."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary

from test_extract_fundrows12 import shipped  # noqa: F401  (the shipped vocabulary, a fixture)
from test_extract_taiwan12 import fund_rows

COUNTY_RULES = [
    # a condition closed by 者: whom it names before it, not the whole clause
    ("企業於本市設立研發中心者，本府給予獎勵新臺幣三百萬元。", [("企业", 3000000, False, None)]),
    ("廠商投資金額達新臺幣二億元以上者，本府得核發獎勵金新臺幣二百萬元。", [("厂商", 2000000, False, None)]),
    # a person named by a noun in 者 stays whole
    ("本縣身心障礙者參加職業訓練，每人補助新臺幣一萬元。", [("本县身心障碍者", 10000, False, None)]),
    # the doer named in the clause before the condition
    ("投資人於本縣設立營運據點，其僱用員工達三十人以上者，本府得核發獎勵金新臺幣五十萬元。", [("投资人", 500000, False, None)]),
    # a lead-in names the doer of its items
    ("第六條　投資人於本縣新設工廠者，依下列規定核發獎勵金：\n一、投資金額達新臺幣三億元以上者，獎勵金新臺幣一百五十萬元。\n二、投資金額達新臺幣八億元以上者，獎勵金新臺幣四百萬元。",
     [("投资人", 1500000, False, None), ("投资人", 4000000, False, None)]),
    # a lead-in whose doer applies by the rule (依下列規定), after its article's number: not 第八条 as a doer
    ("第八條　廠商依下列規定申請獎勵金：\n一、新僱用員工達三十人以上者，獎勵金新臺幣六十萬元。", [("厂商", 600000, False, None)]),
    # the payer leads in: no doer named, no line
    ("第八條　本府依下列標準核發獎勵金：\n一、投資金額達新臺幣一億元以上者，獎勵金新臺幣一百萬元。", []),
    # an article's number right before the clause (its space dropped by normalising)
    ("第十二條　經評選為本縣優良店家者，頒發獎金新臺幣三萬元。", [("本县优良店家", 30000, False, None)]),
    # a share of wages
    ("企業僱用本縣籍青年達十人以上者，本府補助其薪資百分之二十，每家每年度最高新臺幣一百萬元。", [("企业", 1000000, True, "0.2")]),
    # the township offices a county pays
    ("鄉鎮市公所辦理觀光節慶活動，本府得補助其經費百分之六十，每一公所每年度最高新臺幣八十萬元。", [("乡镇市公所", 800000, True, "0.6")]),
]

RELIEF = [
    # a tax relieved by a share, whom the sentence opens with
    ("第九條　經核准之投資案，其新建廠房之房屋稅，自完工之次年起減徵百分之四十，以三年為限。", [("投资案", None, False, "0.4")]),
    ("投資人承租本縣縣有土地者，第一年租金減收百分之六十。", [("投资人", None, False, "0.6")]),
]

NEGATIVES = [
    # a limit on applications, no money
    "同一投資人每年度以申請一次獎勵金為限。",
    # money taken back, no promise
    "投資人未依計畫完成投資者，本府得追繳已核發之獎勵金。",
    # 奖励金额 is the reward's amount, a rule's term
    "獎勵金額之核定，由本府組成審查會辦理。",
    # a relief refused
    "投資人應繳納之租金，不得減免。",
    # a relief with no charge named
    "申請人之規費減免，依相關法令辦理。",
]


@pytest.mark.parametrize(("text", "expected"), COUNTY_RULES)
def test_county_rules_conditions_closed_by_zhe(text: str, expected: list, shipped: vocabulary.Vocab) -> None:
    assert fund_rows(text, shipped) == expected


@pytest.mark.parametrize(("text", "expected"), RELIEF)
def test_tax_and_rent_relief_with_its_share(text: str, expected: list, shipped: vocabulary.Vocab) -> None:
    rows = fund_rows(text, shipped)
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_county_rules_negatives(text: str, shipped: vocabulary.Vocab) -> None:
    assert fund_rows(text, shipped) == []


def _regions(text: str, vocab: vocabulary.Vocab) -> set[str]:
    from kg.extract import entities
    from kg.pipeline import from_text

    return {e.name for e in entities.extract(from_text(text, vocab), vocab) if e.type == "Region"}


def test_township_names_the_cutter_joins_to_the_word_before(shipped: vocabulary.Vocab) -> None:
    text = "苗栗縣產業園區設置自治條例\n第三條　本自治條例所稱產業園區，指頭份市、竹南鎮及後龍鎮境內之產業園區。"
    assert {"头份市", "竹南镇", "后龙镇"} <= _regions(text, shipped)


def test_township_stem_or_unlisted_name_not_taken(shipped: vocabulary.Vocab) -> None:
    # 指头 and 及后 are words here: no place after them
    text = "苗栗縣產業園區設置自治條例\n第三條　前項所指頭份之意涵及後續辦理事項，由本府定之。"
    assert not {"头份市", "后龙镇"} & _regions(text, shipped)


def _named(text: str, vocab: vocabulary.Vocab, kind: str) -> set[str]:
    from kg.extract import entities
    from kg.pipeline import from_text

    return {e.name for e in entities.extract(from_text(text, vocab), vocab) if e.type == kind}


def test_bureau_name_keeps_its_taiwan_words(shipped: vocabulary.Vocab) -> None:
    # a proper name as written (script converted only); a field's name keeps the mainland word
    text = "苗栗縣政府經濟暨綠能發展處為本辦法之執行機關，優先輔導綠能產業。"
    assert "苗栗县政府经济暨绿能发展处" in _named(text, shipped, "Agency")
    assert "绿色能源" in _named(text, shipped, "Industry")
