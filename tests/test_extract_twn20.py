"""Taiwan rules (branch twn20): a rate written once for every category of the items before it (前項各類補助比率…), a
category's item that pays for a plan (…類:以…之創生計畫,每案…), a per-person amount written before its money verb
(按每人每月新臺幣…補助人事費), a class's top-up (另加計), an applicant's kind before a raised share (申請者屬…); the
negatives. Sentences written for these tests (not taken from any gold document); tests/data/own-taiwan20/ holds the
annotated corpus-dev laws and their floor."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import vocab as vocabulary

from test_extract_taiwan12 import fund_rows


@pytest.fixture(scope="module")
def shipped() -> vocabulary.Vocab:
    return vocabulary.load()


CATEGORIES = (
    "第四條　補助類別及上限如下：\n一、技術研發類：補助新技術之開發，每案補助金額最高新臺幣二百萬元。\n"
    "二、品牌行銷類：補助品牌建立及通路拓展，每案補助金額最高新臺幣五十萬元。\n"
)

FUNDING = [
    # one rate for every category listed right before it: a rate line per category
    (CATEGORIES + "前項各類補助比率，不得超過計畫總經費百分之四十。",
     [("技术研发类", 2000000, True, None), ("品牌行销类", 500000, True, None), ("技术研发类", None, True, "0.4"), ("品牌行销类", None, True, "0.4")]),
    # a category's item that names the plan it pays for: the category is whom
    ("第五條　補助類別如下：\n一、產品開發類：補助新產品之設計，每案補助金額最高新臺幣一百萬元。\n"
     "二、青年創業類：以在地農產加工之創業計畫，每案補助金額最高新臺幣六十萬元。",
     [("产品开发类", 1000000, True, None), ("青年创业类", 600000, True, None)]),
    # a per-person amount before the money verb: whom the 者 clause opens with
    ("企業僱用本市青年者，本府按每人每月新臺幣三千元補助薪資。", [("企业", 3000, False, None)]),
    ("第九條　廠商聘用研發人員者，本府依每人每月新臺幣五千元之標準補助人事費。", [("厂商", 5000, False, None)]),
    # a class's top-up: the class, at the extra amount
    ("申請者負責人為返鄉青年，申請青年返鄉類補助時，每案得另加計新臺幣十萬元。", [("青年返乡类", 100000, False, None)]),
    # a 者 condition, then the payer's money verb and an amount in 新臺幣 no other reader took: whom the condition opens with
    ("農民向農會辦理農機貸款者，本府補貼其貸款利息，每戶每年最高新臺幣三萬元。", [("农民", 30000, True, None)]),
    # a 對 phrase before the payer's clause: its head
    ("臺東縣政府對回流就業之青年，補助安家費每人新臺幣六萬元。", [("青年", 60000, False, None)]),
    # the applicant's own share after the cap: no rate of the subsidy
    ("本府對通過審查之社區營造計畫，補助金額最高新臺幣五十萬元，申請人自籌款不得低於計畫總經費百分之三十。", [("社区营造计划", 500000, True, None)]),
    # the subsidy's own rate stays beside the applicant's share
    ("中小企業導入雲端服務者，補助比率不得超過百分之四十，其餘由申請者自籌，每家最高新臺幣二十萬元。", [("中小企业", 200000, True, "0.4")]),
    # the applicant's kind before a raised share, its places after 或
    ("申請者屬社區發展協會，或計畫執行地點位於離島地區者，補助比率得提高至百分之六十。", [("社区发展协会", None, True, "0.6")]),
]

NEGATIVES = [
    # items that are costs, not categories: no rate line for them
    "第四條　補助項目如下：\n一、參展費用。\n二、廣告費用。\n前項各類補助比率，不得超過計畫總經費百分之四十。",
    # the per-person amount with no kind named before it
    "本府按每人每月新臺幣三千元補助薪資，每案最多補助五人。",
    # no money verb after the amount
    "企業僱用本市青年者，本府按每人每月新臺幣三千元核實撥付。",
    # a top-up for no class
    "申請本補助時，每案得另加計新臺幣十萬元。",
    "各類補助之每案上限，不另加計。",
    # a threshold in 新臺幣 before the payer, no amount after its verb: no line
    "投資金額達新臺幣一億元以上者，本府得補助之。",
    # a fine, no money verb of giving
    "違反前條規定者，本府處新臺幣一萬元以上五萬元以下罰鍰。",
    # the applicant's kind and no share
    "申請者屬前條所定之對象者，應檢附相關證明文件。",
]


@pytest.mark.parametrize(("text", "expected"), FUNDING)
def test_taiwan_funding_twn20(text: str, expected: list, shipped: vocabulary.Vocab) -> None:
    assert fund_rows(text, shipped) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_taiwan_funding_negatives_twn20(text: str, shipped: vocabulary.Vocab) -> None:
    assert fund_rows(text, shipped) == []


def test_categories_without_a_shared_rate_get_none(shipped: vocabulary.Vocab) -> None:
    rows = fund_rows(CATEGORIES + "受補助者應於計畫結束後一個月內提出成果報告。", shipped)
    assert [r for r in rows if r[3] is not None] == []


def _named(text: str, vocab: vocabulary.Vocab, kind: str) -> set[str]:
    from kg.extract import entities
    from kg.pipeline import from_text

    return {e.name for e in entities.extract(from_text(text, vocab), vocab) if e.type == kind}


SCHOOLS = [
    # 國立 before a place the vocabulary knows: part of the school's name
    ("本計畫得與國立高雄科技大學、國立臺東大學合作辦理。", {"国立高雄科技大学", "国立台东大学"}),
    # a place before the generic kind: a school of its own
    ("本校得與新加坡國立大學合作培育人才。", {"新加坡国立大学"}),
    # the generic kind after a verb, a conjunction or a noun: no school named
    ("研究學院之預算，應由國立大學報主管機關備查。", set()),
    ("主管機關應以書面通知國立大學。", set()),
    ("教師及國立大學兼任人員之酬勞另定之。", set()),
]


@pytest.mark.parametrize(("text", "expected"), SCHOOLS)
def test_taiwan_national_universities(text: str, expected: set, shipped: vocabulary.Vocab) -> None:
    assert _named(text, shipped, "Organization") == expected


PARKS = [
    # a science park named by its place: a zone (Region); the kind alone: a PlatformType
    ("園區事業得進駐臺南科學園區或高雄科學工業園區。", "Region", {"台南科学园区", "高雄科学工业园区"}),
    ("進駐中部科學園區之廠商，得申請租金減免。", "Region", {"中部科学园区"}),
    ("主管機關得選擇適當地點設置科學園區。", "PlatformType", {"科学园区"}),
    # no place before the kind: no zone
    ("主管機關得選擇適當地點設置科學園區。", "Region", set()),
    # an industrial park of a county is no science park: not read by this rule as a zone
    ("本府推動產業園區之招商。", "Region", set()),
]


@pytest.mark.parametrize(("text", "kind", "expected"), PARKS)
def test_taiwan_science_parks(text: str, kind: str, expected: set, shipped: vocabulary.Vocab) -> None:
    assert {name for name in _named(text, shipped, kind) if name.endswith("园区")} == expected  # (the park's city is a Region too)


BODIES = [
    # Taiwan's central bodies the vocabulary now holds
    ("強制拍賣由法務部行政執行署所屬各分署辦理之。", "Agency", {"法务部行政执行署"}),
    ("其辦法由行政院會同司法院及監察院定之。", "Agency", {"行政院", "司法院", "监察院"}),
    ("中央研究院得報請核准設置科學研究基金。", "Organization", {"中央研究院"}),
]


@pytest.mark.parametrize(("text", "kind", "expected"), BODIES)
def test_taiwan_central_bodies(text: str, kind: str, expected: set, shipped: vocabulary.Vocab) -> None:
    assert _named(text, shipped, kind) == expected


FUNDS = [
    # a fund the Executive Yuan owns, cited with the Yuan first: named without it
    ("前項經費得由行政院國家發展基金支應。", {"国家发展基金"}),
    # a fund a Taiwan law sets up with 設置
    ("行政院應設置國家文化藝術發展基金，編製附屬單位預算。", {"国家文化艺术发展基金"}),
    # the fund's managing body the vocabulary holds: an Agency, no programme
    ("由行政院國家發展基金管理會審議之。", set()),
    # an agency's operating fund: every agency's account, no programme named
    ("管理處應設置作業基金，辦理園區之維護。", set()),
    # the Yuan, then a clause: no fund named
    ("行政院得動支第二預備金支應之。", set()),
]


@pytest.mark.parametrize(("text", "expected"), FUNDS)
def test_taiwan_named_funds(text: str, expected: set, shipped: vocabulary.Vocab) -> None:
    assert {n for n in _named(text, shipped, "Programme") if n.endswith("基金")} == expected


OWN = Path(__file__).parent / "data" / "own-taiwan20"
# own-taiwan20's fit group (corpus-dev 0228 科學園區設置管理條例, 0231 國家重點領域產學合作及人才培育創新條例), annotated
# before the extractor ran on them: entities 0.735 at first look (main 9795cfd), 0.936 reached on this branch (twn20);
# the floor just under. Funding has one unambiguous line (a fund's stake capped at 百分之四十九, not read): no floor.
# The blind group (0226, 0236) is scored by aggregates only, never here (a failing test would make its errors read).
FIT_FLOOR = {"entities": 0.92}


def test_own_taiwan20_fit_group_holds(shipped: vocabulary.Vocab, tmp_path: Path) -> None:
    from kg import pipeline
    from kg.evaluate import contract
    from kg.evaluate.score import evaluate
    from kg.model import Entity

    built = pipeline.build(sorted((OWN / "docs").glob("*.txt")), shipped, check=False)
    regions = shipped.region_parents({f.name for f in built.facts if isinstance(f, Entity) and f.type == "Region"})
    for name, data in contract.write(built.docs, built.facts, regions).items():
        (tmp_path / name).write_bytes(data)
    report = evaluate(contract.load(OWN / "fit"), contract.load(tmp_path))
    for relation, floor in FIT_FLOOR.items():
        assert report.relations[relation].f1 >= floor


CENTRES_AND_PLANS = [
    # a centre a Taiwan city or county names after itself, an innovation word inside: a Platform
    ("本府得委託花蓮縣青年創業輔導中心辦理說明會。", "Platform", {"花莲县青年创业辅导中心"}),
    ("進駐桃園市創新育成基地之企業，得申請租金補助。", "Platform", {"桃园市创新育成基地"}),
    # no innovation word: a service centre, no platform
    ("申請文件送交臺南市政府服務中心。", "Platform", set()),
    # a mainland city's centre: a status its plans aim at, not read by this rule
    ("加快建设上海科技创新中心。", "Platform", set()),
    # a plan with its Latin short form: named back to the verb that takes it, past 中央
    ("協助廠商爭取中央產業升級創新平台輔導計畫（ITIP）之補助。", "Programme", {"产业升级创新平台辅导计划"}),
    ("申請經濟部小型企業創新研發計畫（SBIR）者，得併同申請。", "Programme", {"小型企业创新研发计划"}),
    # brackets with no Latin short form: not this rule's
    ("依本市青年創業計畫（以下簡稱本計畫）辦理。", "Programme", set()),
]


@pytest.mark.parametrize(("text", "kind", "expected"), CENTRES_AND_PLANS)
def test_taiwan_centres_and_lettered_plans(text: str, kind: str, expected: set, shipped: vocabulary.Vocab) -> None:
    found = _named(text, shipped, kind)
    assert {n for n in found if n.endswith(("中心", "基地", "计划"))} == expected
