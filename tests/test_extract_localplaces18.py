"""Local places (ent18c): shared and short county names and Taiwan's districts, named where the document's place picks one parent."""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary
from kg.extract import entities
from kg.pipeline import from_text


@pytest.fixture(scope="module")
def vocab() -> vocabulary.Vocab:
    return vocabulary.load()


def regions(text: str, vocab: vocabulary.Vocab) -> set[str]:
    doc = from_text(text, vocab)
    return {e.name for e in entities.extract(doc, vocab) if e.type == "Region"}


# (document: title line, a blank line, the sentence; local places expected; local places that must not be named)
CASES = [
    ("南京市促进科技成果转化条例\n\n第十条 鼓楼区、玄武区应当建设科技成果转化服务平台。", {"鼓楼区"}, set()),
    ("株洲市人民政府关于印发《株洲市加快科技创新若干措施》的通知\n\n支持醴陵市、攸县建设省级高新技术产业开发区。", {"攸县"}, set()),
    ("广州市南沙区促进科技创新若干措施\n\n与福州鼓楼区开展科技合作，对在南沙区注册的企业给予奖励。", {"鼓楼区", "南沙区"}, set()),
    ("嘉義市青年創業補助要點\n\n（一）依法於本市辦理設立登記，且營運據點位於本市東區或西區者。", {"东区", "西区"}, set()),
    ("新北市產業聚落發展補助要點\n\n位於本市五股、新莊、土城等工業區之企業，得申請補助。", {"五股区", "新庄区", "土城区"}, set()),
    ("徐州市科技创新促进条例\n\n第八条 支持沛县、丰县建设农业科技园区。", {"沛县", "丰县"}, set()),
    ("江苏省科技创新行动计划\n\n推动南京市鼓楼区建设国家级科技企业孵化器。", {"鼓楼区"}, set()),
    ("臺北市產業發展獎勵補助要點\n\n設址於本市中山區、內湖區之企業，得申請補助。", {"中山区"}, set()),
    ("新北市地方產業補助要點\n\n以本市鶯歌陶瓷、三峽藍染、坪林茶業等地方特色產業業者為申請對象。", {"莺歌区", "三峡区", "坪林区"}, set()),
    ("台中市政府經濟發展局補助作業要點\n\n補助對象以設於本市北屯區、西屯區之新創企業為限。", {"北屯区", "西屯区"}, set()),
    # negatives: another city's name alone, a province's two, names inside words, no document place
    ("广州市科技创新条例\n\n鼓楼区的经验可以借鉴。", set(), {"鼓楼区"}),
    ("江苏省科学技术进步条例\n\n鼓楼区应当加强科技服务。", set(), {"鼓楼区"}),
    ("马鞍山市科技创新促进条例\n\n各市和县人民政府应当加大科技投入。", set(), {"和县"}),
    ("信阳市科技创新行动方案\n\n支持新县城建设，推动产业升级。", set(), {"新县"}),
    ("新北市產業聚落發展補助要點\n\n保護樹林和水源，推動綠色產業。", set(), {"树林区"}),
    ("支持攸县建设省级高新技术产业开发区。", set(), {"攸县"}),
    ("新北市產業聚落發展補助要點\n\n建立三重保障機制，強化樹林保育。", set(), {"三重区", "树林区"}),
    ("杭州市科技创新条例\n\n鼓楼区、西湖区和上城区应当支持科技企业孵化器建设。", {"西湖区"}, {"鼓楼区"}),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CASES)
def test_local_places(text: str, wanted: set[str], unwanted: set[str], vocab: vocabulary.Vocab) -> None:
    found = regions(text, vocab)
    assert wanted <= found, found
    assert not unwanted & found, found


def test_local_regions_are_no_surfaces(vocab: vocabulary.Vocab) -> None:
    assert vocab.by_label("鼓楼区") is None and len(vocab.local["鼓楼区"]) >= 2
    assert {c.label for c in vocab.local["东区"]} >= {"嘉义市东区", "新竹市东区", "台南市东区"}
    assert vocab.local["五股"] == vocab.local["五股区"]


def test_local_regions_get_their_parent_in_regions_lines(vocab: vocabulary.Vocab) -> None:
    pairs = vocab.region_parents({"攸县", "五股区", "鼓楼区", "东区", "嘉义市", "南京市"})
    assert {("攸县", "株洲市"), ("五股区", "新北市"), ("鼓楼区", "南京市"), ("东区", "嘉义市")} <= set(pairs)
    assert vocab.region_parents({"鼓楼区", "东区"}) == []  # no named place picks one parent: no line
    assert ("鼓楼区", "南京市") not in vocab.region_parents({"鼓楼区", "南京市", "福州市"})
