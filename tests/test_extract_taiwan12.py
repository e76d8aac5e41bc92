"""kg.extract funding and targets on Taiwan's subsidy rules and plans (補助要點, 補助作業要點, 獎勵辦法, 推動方案; branch
twn12): years of the Republic written in words (一百十五年), caps per case and rates of a plan category, KPI lists, and
the negatives (申請資格 thresholds, 罰鍰, 追繳, 自籌款). Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary
from kg import cues
from kg.extract import funding, targets
from kg.pipeline import from_text

from test_extract_fundrows12 import shipped  # noqa: F401  (the shipped vocabulary, a fixture)

Fund = tuple[str, int | None, bool, str | None]  # recipient, amount (NT$ at face value), cap, ratio
Goal = tuple[str, str, str, int | None, bool]  # subject, value, unit, year, per_year


def quoted(extractor, text: str, vocab: vocabulary.Vocab) -> list:
    """The facts an extractor reads in a text, every quote checked against the text as written."""
    doc = from_text(text, vocab)
    found = extractor.extract(doc, vocab)
    assert all(doc.original[f.evidence.start : f.evidence.end] == f.evidence.quote for f in found)
    return found


def fund_rows(text: str, vocab: vocabulary.Vocab) -> list[Fund]:
    return [(f.recipient, None if f.amount_yuan is None else int(f.amount_yuan), f.cap, None if f.ratio is None else str(f.ratio))
            for f in quoted(funding, text, vocab)]


def goal_rows(text: str, vocab: vocabulary.Vocab) -> list[Goal]:
    return [(t.subject, str(t.value), t.unit, t.year, t.per_year) for t in quoted(targets, text, vocab)]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("預計於一百十五年前輔導", 2026),
        ("至一百一十五年創造", 2026),
        ("本方案目標為一百十四年底前完成", 2025),
        ("至一一五年", 2026),
        ("到民國一百零九年", 2020),
        ("至115年", 2026),
        ("至一百二十年", 2031),
    ],
)
def test_years_of_the_republic_in_words(text: str, year: int) -> None:
    """Taiwan's rules write the year of the Republic in words as often as in digits: 1911 + n."""
    match = cues.DEADLINE.search(from_text(text, vocabulary.load()).text)
    assert match is not None and cues.deadline_year(match) == year


@pytest.mark.parametrize(
    "text",
    [
        "二一百十四年底前",  # no year: a longer numeral
        "一百年來",  # a century, no deadline
        "成立一百十五年之企業",  # an age, no deadline
        "本辦法施行至中華民國一百二十年十二月三十一日止",  # a date the law runs to, no goal's deadline
        "自一百十一年一月一日起至一百二十年十二月三十一日止",
        "施行至115年12月31日止",
    ],
)
def test_numerals_that_are_no_year_of_the_republic(text: str) -> None:
    assert cues.DEADLINE.search(from_text(text, vocabulary.load()).text) is None


GOALS: list[tuple[str, list[Goal]]] = [
    ("預計於一百十五年前輔導三百家中小企業導入數位轉型。", [("中小企业", "300", "家", 2026, False)]),
    ("績效指標:(一)至一百十五年創造就業機會五千個。", [("就业机会", "5000", "个", 2026, False)]),
    ("(二)至一百十五年取得專利一百件以上。", [("取得专利", "100", "件", 2026, False)]),
    ("(二)至115年取得專利一百件以上。", [("取得专利", "100", "件", 2026, False)]),
    ("預期至民國116年帶動民間投資達新臺幣50億元。", [("民间投资", "50", "亿元", 2027, False)]),
    ("每年補助新創事業二百家。", [("新创事业", "200", "家", None, True)]),
    # a plan's line of goals opening 目標: with its year
    ("目標:一百十四年智慧機械產業產值達新臺幣一兆元。", [("智能机械产业产值", "1", "兆元", 2025, False)]),
    ("目標:114年智慧機械產業產值達新臺幣一兆元。", [("智能机械产业产值", "1", "兆元", 2025, False)]),
    ("目标:2025年,全市高新技术企业达到2000家。", [("高新技术企业", "2000", "家", 2025, False)]),
    ("推動目標:至民國一百十五年,生技產業產值達新臺幣三千億元。", [("生技产业产值", "3000", "亿元", 2026, False)]),
    ("預定於一一六年底前協助二千家企業完成數位轉型。", [("企业", "2000", "家", 2027, False)]),
    ("推動目標:一一四年前輔導五百家企業導入智慧製造。", [("企业", "500", "家", 2025, False)]),
    ("預計至一百十五年培育數位人才一萬人。", [("数位人才", "1", "万人", 2026, False)]),
    # a date a law runs to dates no goal after it
    ("本條例施行至一百二十年十二月三十一日止。每年補助新創事業二百家。", [("新创事业", "200", "家", None, True)]),
]


@pytest.mark.parametrize(("text", "expected"), GOALS)
def test_taiwan_plan_goals(text: str, expected: list[Goal], shipped: vocabulary.Vocab) -> None:
    assert goal_rows(text, shipped) == expected


PROMISES: list[tuple[str, list[Fund]]] = [
    # a category of plan heads its item and is whom the cap per case and the rate are for
    ("一、個別企業研發計畫:每案補助金額以新臺幣五百萬元為上限,補助比率不得超過計畫總經費百分之五十。",
     [("个别企业研发计划", 5000000, True, "0.5")]),
    ("二、聯合研發計畫:每案最高補助新臺幣一千萬元,且補助款不得超過計畫總經費二分之一。",
     [("联合研发计划", 10000000, True, "0.5")]),
    ("(一)聯合研發計畫每案補助金額以新臺幣五百萬元為上限。", [("联合研发计划", 5000000, True, None)]),
    ("研發聯盟每案補助金額以新臺幣二千萬元為上限。", [("研发联盟", 20000000, True, None)]),
    # a per-case or per-year word between the recipient and the money is no part of the recipient
    ("微型企業每案補助上限為新臺幣三十萬元。", [("微型企业", 300000, True, None)]),
    ("一、微型企業:每案補助金額以新臺幣五百萬元為上限。", [("微型企业", 5000000, True, None)]),
    ("學研機構每年度補助新臺幣三百萬元。", [("学研机构", 3000000, False, None)]),
    # Taiwan's 得 (may) and 獲 (receives) before the money word
    ("學研機構得補助新臺幣三百萬元。", [("学研机构", 3000000, False, None)]),
    ("企業每年度獲補助總額以新臺幣一百五十萬元為限。", [("企业", 1500000, True, None)]),
    # a rate heading names whom it caps before its 之, each plan of a list its own share (分別); a rate that must not be
    # exceeded is a cap (fund13: cap true, as gold-more dev5 0229 and dev2 0235 read)
    ("個別企業研發計畫之補助比率,不得超過計畫總經費之百分之四十。", [("个别企业研发计划", None, True, "0.4")]),
    ("個別企業研發計畫及聯合研發計畫之補助比率,分別不得超過計畫總經費之百分之四十及百分之五十。",
     [("个别企业研发计划", None, True, "0.4"), ("联合研发计划", None, True, "0.5")]),
    # a heading naming no recipient: whom the measure declares (as before), or no one
    ("本要點補助對象為依公司法設立之公司。補助計畫之補助比率,不得超過申請補助計畫全案總經費之百分之五十。", [("公司", None, True, "0.5")]),
    ("本計畫之補助比率,不得超過計畫總經費之百分之五十。", []),
    # "each" before whom the cap is for; a clause saying only per what (,每年度得補助…) leaves whom to the clause before
    ("每一企業每年度獲補助總額以新臺幣一百五十萬元為限。", [("企业", 1500000, True, None)]),
    ("單一企業每案補助金額以新臺幣一百萬元為上限。", [("企业", 1000000, True, None)]),
    ("學研機構參與本計畫者,每年度得補助新臺幣三百萬元為限。", [("学研机构", 3000000, True, None)]),
    ("參與本計畫之學研機構,每年度得補助新臺幣三百萬元。", [("学研机构", 3000000, False, None)]),
    ("对新引进的研发机构,每年给予最高100万元补助。", [("研发机构", 1000000, True, None)]),
    ("青年創業團隊每隊補助金額以新臺幣三十萬元為上限。", [("青年创业团队", 300000, True, None)]),
    ("產學合作計畫之補助比率,不得超過計畫總經費之百分之七十。", [("产学合作计划", None, True, "0.7")]),
    ("每一研發計畫補助金額以新臺幣二百萬元為上限。", [("研发计划", 2000000, True, None)]),
    ("(二)在地企業:每案補助金額最高新臺幣八十萬元,補助比率不得超過計畫總經費之百分之四十。", [("在地企业", 800000, True, "0.4")]),
    ("補助企業辦理國際合作計畫。", []),  # what the recipient carries out, no recipient of its own
    # already read before this branch, kept
    ("本府對於設籍本市之中小企業,每家最高補助新臺幣二百萬元。", [("中小企业", 2000000, True, None)]),
    ("本要點補助對象為依公司法設立之公司。每案補助金額以新臺幣五百萬元為上限。", [("公司", 5000000, True, None)]),
    ("本局得補助中小企業參加國際展覽所需費用二分之一,每家最高新臺幣四十萬元。", [("中小企业", 400000, True, "0.5")]),
    ("对新认定的高新技术企业每家给予10万元奖励。", [("高新技术企业", 100000, False, None)]),
    ("对获得奖励的企业给予10万元补助。", [("企业", 100000, False, None)]),
]


@pytest.mark.parametrize(("text", "expected"), PROMISES)
def test_taiwan_subsidy_caps(text: str, expected: list[Fund], shipped: vocabulary.Vocab) -> None:
    assert fund_rows(text, shipped) == expected


@pytest.mark.parametrize(
    "text",
    [
        "申請資格:實收資本額達新臺幣一億元以上,且最近一年研究發展費用達新臺幣三千萬元者。",
        "受補助者違反本要點規定者,本部得撤銷補助,並追繳已撥付之補助款。",
        "違反前項規定者,處新臺幣十萬元以上五十萬元以下罰鍰。",
        "申請廠商最近一年度營業額不得低於新臺幣五千萬元。",
        "申請者應自籌款不得低於計畫總經費百分之五十。",
        "企業獲得補助後,應於計畫結束後三個月內提出成果報告。",
        "申請者應繳交履約保證金新臺幣十萬元。",
        "一百十年度共補助企業二百家,補助金額新臺幣三億元。",  # a year's review
        "經查核不實者,本部得停止補助三年。",
    ],
)
def test_taiwan_thresholds_and_penalties_promise_nothing(text: str, shipped: vocabulary.Vocab) -> None:
    assert fund_rows(text, shipped) == []
    assert goal_rows(text, shipped) == []
