"""kg.extract on Taiwan's subsidy rules and laws (branch twn16): the money verb that opens its clause pays its object, sized
in the next clause (補助本市企業汰換…,每家最高補助…; 補助商圈辦理…,每一商圈補助上限…), 發給 as a verb of giving, a ministry
or 署 paying before 對 (農業部得對X提供補助), a cost then a 新臺幣 amount after the money verb (補助生活費新臺幣八萬元), a declared
kind after conditions in clauses before it (補助對象:設籍本縣滿一年,…之青年), county departments in 處; and the negatives
(罰鍰, 規費, 繳回, limits on the applicant's own spending, 内部/全部 before 對). Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary
from kg.extract import entities

from test_extract_fundrows12 import shipped  # noqa: F401  (the shipped vocabulary, a fixture)
from test_extract_taiwan12 import fund_rows, goal_rows, quoted

PROMISES = [
    # the money verb opens the clause after its payer; whom it pays is its object; the amount per unit in the next clause
    ("高雄市政府為推動本市淨零轉型，補助本市企業汰換高耗能設備，每家最高補助新臺幣二十萬元。", [("本市企业", 200000, True, None)]),
    ("本府補助本市中小企業汰換高耗能設備，每家最高補助新臺幣二十萬元。", [("中小企业", 200000, True, None)]),
    ("雲林縣政府補助本縣青年返鄉創業，每人最高補助新臺幣三十萬元，補助比率不得超過創業計畫經費百分之八十。",
     [("本县青年", 300000, True, "0.8")]),
    ("經濟部國際貿易署補助企業參加海外展覽，每展補助上限新臺幣十五萬元，每一企業每年以補助二展為限。", [("企业", 150000, True, None)]),
    ("中部科學園區管理局得補助園區廠商辦理人才培訓，每人每年最高補助新臺幣二萬元。", [("园区厂商", 20000, True, None)]),
    # the unit the amount is per (每一商圈) stands for whom the clause before names
    ("經濟部商業發展署補助商圈辦理數位轉型，每一商圈補助上限為新臺幣三百萬元。", [("商圈", 3000000, True, None)]),
    # the applicants the clause before names, each kind its own cap per plan
    ("第七條 個別企業申請者，每一計畫補助金額最高新臺幣一千萬元；研發聯盟申請者，每一計畫補助金額最高新臺幣五千萬元。",
     [("个别企业申请者", 10000000, True, None), ("研发联盟申请者", 50000000, True, None)]),
    # 發給 a verb of giving
    ("本會對於獲得國際重要獎項之研究人員，得一次發給獎勵金新臺幣五十萬元。", [("研究人员", 500000, False, None)]),
    # the cost the money verb pays, then the amount in 新臺幣
    ("外籍專業人才來臺工作，本部每人每月補助租屋費用新臺幣五千元，最長二年。", [("外籍专业人才", 5000, False, None)]),
    ("對引進之外國專家，每人每月補助生活費新臺幣八萬元。", [("外国专家", 80000, False, None)]),
    # a ministry (部, 署) pays right before 對
    ("農業部得對從事智慧農業之農民團體提供補助。", [("农民团体", None, False, None)]),
    ("文化部得對文化創意事業予以補助。", [("文化创意事业", None, False, None)]),
    ("經濟部能源署得對服務業者提供補助。", [("服务业者", None, False, None)]),
    # negatives: money taken back, fines, fees, limits on what the applicant spends, words ending in 部 that are no ministry
    ("受補助者違反本要點規定者，本局得撤銷補助並以書面通知限期繳回已撥付之補助款。", []),
    ("違反第五條規定者，處新臺幣五萬元以上五十萬元以下罰鍰。", []),
    ("申請展延之審查費每件新臺幣三千元。", []),
    ("人事費不得超過計畫總經費百分之三十。", []),
    ("補助經費中之研究設備費，不得超過補助總額百分之四十。", []),
    ("被授予专利权的单位，应当自专利权公告之日起九十日内发给发明人或者设计人奖金。", []),  # 发给 only right before the money
    ("全部对企业给予补助。", []),
    ("内部对企业给予补助。", []),
]


@pytest.mark.parametrize(("text", "expected"), PROMISES)
def test_taiwan_money_verbs_and_their_objects(text: str, expected: list, shipped: vocabulary.Vocab) -> None:
    assert fund_rows(text, shipped) == expected


RULES = [
    # whom the rule declares its money for, after conditions in clauses before the kind, sizes every amount per case
    ("一、本府為鼓勵青年返鄉創業，特訂定本要點。\n二、補助對象：設籍本縣滿一年，年齡二十歲以上四十五歲以下之青年。\n"
     "三、補助額度：每人最高補助新臺幣三十萬元，補助比率不得超過創業計畫總經費百分之七十。\n"
     "四、申請者應自籌計畫總經費百分之三十以上之配合款。",
     [("青年", 300000, True, "0.7")]),
    ("二、補助對象：設籍本市滿一年，依法辦理公司登記之中小企業。\n三、補助額度：每案最高補助新臺幣五十萬元。",
     [("中小企业", 500000, True, None)]),
    # a declaration whose last clause names no kind gives no one
    ("二、補助對象：設籍本市滿一年，並依法辦理登記。\n三、補助額度：每案最高補助新臺幣五十萬元。", []),
]


@pytest.mark.parametrize(("text", "expected"), RULES)
def test_taiwan_declared_kind_after_conditions(text: str, expected: list, shipped: vocabulary.Vocab) -> None:
    assert fund_rows(text, shipped) == expected


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("屏東縣政府農業處補助農民購置設備。", "屏东县政府农业处"),
        ("花蓮縣政府建設處受理申請。", "花莲县政府建设处"),
        ("新竹縣政府產業發展處負責執行。", "新竹县政府产业发展处"),
        ("農業部得對農民團體提供補助。", "农业部"),
        ("原住民族委員會補助原住民族事業。", "原住民族委员会"),
    ],
)
def test_taiwan_departments_and_ministries(text: str, agency: str, shipped: vocabulary.Vocab) -> None:
    assert ("Agency", agency) in {(e.type, e.name) for e in quoted(entities, text, shipped)}


def test_a_lone_place_word_is_no_department(shipped: vocabulary.Vocab) -> None:
    """處 after a government only when a field word stands between (政府|處理: a verb, no department)."""
    names = {e.name for e in quoted(entities, "屏東縣政府處理申請案件。", shipped) if e.type == "Agency"}
    assert "屏东县政府处" not in names and not any(n.endswith("处理") for n in names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year written in numerals with ○/〇 for zero, before 年前, is the goal's deadline
        ("目標於二○三○年前，協助五百家中小企業導入人工智慧。", [("中小企业", "500", "家", 2030, False)]),
        ("本辦法於二○二四年一月一日施行。", []),  # a date the rule takes effect: no goal
    ],
)
def test_taiwan_years_written_with_circle_zero(text: str, expected: list, shipped: vocabulary.Vocab) -> None:
    assert goal_rows(text, shipped) == expected
