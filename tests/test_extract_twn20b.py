"""Taiwan county and city rules (branch twn20b): a bureau of the rule's own government whose name joins two fields (本府
…暨…處) or that the word cutter keeps as one word (本府勞工處), a city's or county's council (縣議會, 議會 alone), and the
negatives. Sentences written for these tests (not taken from any gold document)."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary
from kg.extract import entities
from kg.pipeline import from_text


@pytest.fixture(scope="module")
def shipped() -> vocabulary.Vocab:
    return vocabulary.load()


COUNTY = "雲林縣青年創業補助自治條例\n第一條　"  # a county's own rule: its place is the document's jurisdiction
CITY = "臺南市產業升級獎勵辦法\n第一條　"


def _named(text: str, vocab: vocabulary.Vocab, kind: str) -> set[str]:
    return {e.name for e in entities.extract(from_text(text, vocab), vocab) if e.type == kind}


BUREAUS = [
    # two fields joined by 暨 or 及 inside the bureau's name
    (COUNTY + "本條例之主管機關為本府文化暨觀光處。", {"云林县政府文化暨观光处"}),
    (CITY + "申請案件由本府財政及經濟發展局受理。", {"台南市政府财政及经济发展局"}),
    # the bureau one word of the cutter's
    (COUNTY + "前項審查，由本府勞工處會同相關單位辦理。", {"云林县政府劳工处"}),
    (COUNTY + "本府建設處應於每年三月公告受理期間。", {"云林县政府建设处"}),
]


@pytest.mark.parametrize(("text", "expected"), BUREAUS)
def test_own_bureaus_twn20b(text: str, expected: set, shipped: vocabulary.Vocab) -> None:
    assert expected <= _named(text, shipped, "Agency")


BUREAU_NEGATIVES = [
    # 本府 then no bureau: places, deeds or generic words ending in 處
    COUNTY + "本府於各處設置服務窗口。",
    COUNTY + "本府得視需要派員至申請者之營業處所查核。",
    COUNTY + "本府應妥善處理申請者之個人資料。",
]


@pytest.mark.parametrize("text", BUREAU_NEGATIVES)
def test_no_own_bureau_twn20b(text: str, shipped: vocabulary.Vocab) -> None:
    assert not {name for name in _named(text, shipped, "Agency") if name.endswith(("处", "局"))}


COUNCILS = [
    # a council after its county or city, as written
    (COUNTY + "本府應每年將執行成果送雲林縣議會備查。", {"云林县议会"}),
    (CITY + "獎勵金額度應經臺南市議會同意。", {"台南市议会"}),
    # the council alone: the rule's own county's or city's
    (COUNTY + "補助經費如未獲議會審議通過，本府得停止受理。", {"云林县议会"}),
    (CITY + "本辦法所需經費，經市議會審議後編列預算支應。", {"台南市议会"}),
]


@pytest.mark.parametrize(("text", "expected"), COUNCILS)
def test_councils_twn20b(text: str, expected: set, shipped: vocabulary.Vocab) -> None:
    assert expected <= _named(text, shipped, "Agency")


COUNCIL_NEGATIVES = [
    # a review board or an agreement's body: no council of the county
    COUNTY + "本府設產業創新審議會，審查申請案件。",
    COUNTY + "申請者應與合作廠商簽訂協議會議紀錄。",
    # a mainland text: no Taiwan city or county to name a bare council by
    "某市科技创新促进办法\n第一条　本办法所需资金经议会审议后列入预算。",
]


@pytest.mark.parametrize("text", COUNCIL_NEGATIVES)
def test_no_council_twn20b(text: str, shipped: vocabulary.Vocab) -> None:
    assert not {name for name in _named(text, shipped, "Agency") if name.endswith("议会")}


ADOPTED = [
    # a field's equipment, system or tool a firm adopts or buys: no industry named by the item
    (COUNTY + "補助導入資訊安全系統、物聯網設備及電子商務平台。", {"物联网设备"}),
    (COUNTY + "補助業者導入電子商務系統、生物技術設備及數位行銷工具。", {"电子商务系统", "生物技术设备", "数位行销工具"}),
    (COUNTY + "廠商添置綠能設備、智慧農業系統者，每案補助新臺幣五十萬元。", {"智慧农业系统", "厂商添置绿色能源设备"}),
    # the verb cut into the item with its doer: the deed of buying, no field
    (CITY + "業者購置半導體設備、生物技術儀器者，按購置費用補助百分之三十。", {"业者购置半导体设备", "生物技术仪器"}),
    (CITY + "企業建置雲端運算系統、區塊鏈系統或資訊安全設備者。", {"企业建置云计算系统", "区块链系统"}),
]


@pytest.mark.parametrize(("text", "unwanted"), ADOPTED)
def test_adopted_things_are_no_industry_twn20b(text: str, unwanted: set, shipped: vocabulary.Vocab) -> None:
    assert not unwanted & _named(text, shipped, "Industry")


FIELDS_KEPT = [
    # fields adopted bare: fields still
    (COUNTY + "協助中小企業導入物聯網、人工智慧及雲端服務。", {"物联网", "人工智能"}),
    # equipment as an industry developed, no verb of adopting before it
    (CITY + "本市重點發展半導體設備、精密機械、綠能等產業。", {"半导体设备", "精密机械"}),
]


@pytest.mark.parametrize(("text", "expected"), FIELDS_KEPT)
def test_fields_not_adopted_stay_twn20b(text: str, expected: set, shipped: vocabulary.Vocab) -> None:
    assert expected <= _named(text, shipped, "Industry")


ZONES = [
    # a county's industrial zones listed together, only one opening with a place jieba knows: all of the list
    (COUNTY + "新設工廠位於彰濱工業區、全興工業區或芳苑工業區者，得申請補助。", {"彰滨工业区", "全兴工业区", "芳苑工业区"}),
    (CITY + "投資設廠於屏南工業區、大發工業區或全興工業區者，獎勵金得增加百分之十。", {"屏南工业区", "大发工业区", "全兴工业区"}),
]


@pytest.mark.parametrize(("text", "expected"), ZONES)
def test_listed_industrial_zones_twn20b(text: str, expected: set, shipped: vocabulary.Vocab) -> None:
    assert expected <= _named(text, shipped, "Region")


ZONE_NEGATIVES = [
    # kinds of zone named by what they are, no place in the list: no zone named
    CITY + "鼓勵企業進駐新興工業區、大型工業區或既有工業區。",
    "某市产业发展规划\n第一条　支持城市新区、产业园区和特色工业区建设。",
]


@pytest.mark.parametrize("text", ZONE_NEGATIVES)
def test_no_listed_zone_twn20b(text: str, shipped: vocabulary.Vocab) -> None:
    assert not {name for name in _named(text, shipped, "Region") if name.endswith(("工业区", "新区", "园区"))}
