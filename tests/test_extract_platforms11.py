"""kg.extract.platforms: kinds of innovation platform by their head word in a frame that builds them (plat11).

Sentences written for these tests in the styles of regulations, support measures (若干措施) and action
plans; none is taken from a seed or gold-more document. Each case lists every PlatformType and Platform
the sentence must yield (other types are other tests' concern), so a case also checks that nothing of
these two types is made up.
"""

from __future__ import annotations

import pytest

from kg import vocab as vocabulary
from kg.extract import entities
from kg.pipeline import from_text

Found = set[tuple[str, str]]


@pytest.fixture(scope="module")
def vocab() -> vocabulary.Vocab:
    return vocabulary.load()


def platforms(text: str, vocab: vocabulary.Vocab) -> Found:
    return {(e.type, e.name) for e in entities.extract(from_text(text, vocab), vocab) if e.type in ("PlatformType", "Platform")}


CASES: list[tuple[str, str, Found]] = [
    # ---------------------------------------------------------------- regulations
    (
        "a build verb governs a list of kinds, one of them in the vocabulary",
        "县级以上人民政府应当支持建设技术转移服务网络、科技成果交易平台和农业技术示范推广基地。",
        {("PlatformType", "科技成果交易平台"), ("PlatformType", "农业技术示范推广基地")},
    ),
    (
        "联合组建: the kind after the verb, the partners before it are none",
        "鼓励高等学校与企业联合组建产学研合作研究开发中心。",
        {("PlatformType", "产学研合作研究开发中心")},
    ),
    (
        "建设 closes a list: every item is built, the vocabulary type keeps its label",
        "科学技术行政部门应当加强技术成果推广平台、科技资源共享平台建设。",
        {("PlatformType", "技术成果推广平台"), ("PlatformType", "科技资源共享平台")},
    ),
    (
        "等 and a kind close a list: the item is one of those kinds",
        "设区的市人民政府应当加强技术产权交易市场等科技成果转化平台建设。",
        {("PlatformType", "技术产权交易市场"), ("PlatformType", "科技成果转化平台")},
    ),
    (
        "a parenthesis inside a kind is part of it",
        "市人民政府应当在用地、资金等方面支持建立重点实验室、工程（技术）研究中心和众创空间。",
        {("PlatformType", "重点实验室"), ("PlatformType", "工程(技术)研究中心"), ("PlatformType", "众创空间")},
    ),
    (
        "兴办 and 各类: the quantity word is no part of the kind",
        "鼓励社会力量兴办各类知识产权交易中介服务机构。",
        {("PlatformType", "知识产权交易中介服务机构")},
    ),
    (
        "Traditional text: the kind is named in Simplified",
        "主管機關應推動設立產業技術研發服務平台及技術交易市場。",
        {("PlatformType", "产业技术研发服务平台"), ("PlatformType", "技术交易市场")},
    ),
    (
        "Taiwan: a research institute of a field is a kind, 育成中心 is an incubator",
        "經濟部得補助設立產業技術研究機構及創新育成中心。",
        {("PlatformType", "产业技术研究机构"), ("PlatformType", "科技企业孵化器")},
    ),
    (
        "research organisations in general are no kind",
        "支持企业与高校联合建立研究机构。",
        set(),
    ),
    # ---------------------------------------------------------------- support measures
    (
        "a recognised platform in a support measure (对经认定的X)",
        "对经认定的科技成果转化示范基地，给予一次性奖励20万元。",
        {("PlatformType", "科技成果转化示范基地")},
    ),
    (
        "the level after 认定为 is no part of the kind",
        "对新认定为省级工程技术研究中心、省级企业技术研发中心的企业，给予30万元奖励。",
        {("PlatformType", "工程技术研究中心"), ("PlatformType", "企业技术研发中心")},
    ),
    (
        "two kinds joined by 和 are two kinds",
        "鼓励高校设立技术转移办公室和知识产权运营中心，按其年度绩效给予补助。",
        {("PlatformType", "知识产权运营中心")},
    ),
    # ---------------------------------------------------------------- action plans
    (
        "一批高水平的: quantity and quality words before a kind are left out",
        "到2027年，打造一批高水平的技术转移转化服务平台。",
        {("PlatformType", "技术转移转化服务平台")},
    ),
    (
        "专业化 before a kind is left out",
        "加快建设专业化科技创新服务平台。",
        {("PlatformType", "科技创新服务平台")},
    ),
    (
        "a country and a place in parentheses before a platform type name one platform",
        "发挥中国（宁波）知识产权保护中心作用，推进专利快速预审。",
        {("Platform", "中国(宁波)知识产权保护中心")},
    ),
    (
        "a province before a kind it builds names one platform",
        "建设浙江省知识产权交易中心。",
        {("Platform", "浙江省知识产权交易中心")},
    ),
    # ---------------------------------------------------------------- hard and negative cases
    (
        "a zone named the same way is a zone, no platform",
        "支持中国（杭州）跨境电子商务综合试验区建设。",
        set(),
    ),
    (
        "generic heads and fields alone name no kind (科技创新平台, 研发中心)",
        "支持建设科技创新平台和研发中心。",
        set(),
    ),
    (
        "government service centres are no platforms",
        "鼓励各区建设政务服务中心和市民服务中心。",
        set(),
    ),
    (
        "a head without a field of innovation is no platform (物流中心, 数据中心)",
        "鼓励社会资本建设物流配送中心、商业综合体和数据中心。",
        set(),
    ),
    (
        "a kind not built, only named as a party, is none",
        "企业可以委托知识产权交易中介服务机构办理相关事项。",
        set(),
    ),
    (
        "a kind followed by a noun modifies it (…机构管理制度)",
        "建立科技成果评价服务机构管理制度。",
        set(),
    ),
    (
        "a city's role is no platform (…科技创新中心)",
        "推进成渝科技创新中心建设，加快建设国际科技创新中心。",
        set(),
    ),
    (
        "bank branches and research organisations are no platforms",
        "鼓励银行设立科技金融专营机构，支持企业与海洋科研机构联合建设海洋高新技术产业化基地。",
        {("PlatformType", "海洋高新技术产业化基地")},
    ),
    (
        "a technology market as a whole is no kind",
        "各地要加强技术市场建设，完善技术市场体系。",
        set(),
    ),
    (
        "two fields sharing a head: neither half is a kind",
        "支持建设科技研发与成果转化服务平台。",
        set(),
    ),
    (
        "an industry before a kind is named on its own, the rest is too generic",
        "支持建设智能网联汽车测试基地。",
        set(),
    ),
    (
        "a verb before a kind that is not a build verb (人才参与…) bounds nothing into it",
        "吸引各类人才参与科技中介服务平台建设。",
        {("PlatformType", "科技中介服务平台")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in CASES])
def test_platform_kinds(text: str, expected: Found, vocab: vocabulary.Vocab) -> None:
    assert platforms(text, vocab) == expected


def test_quotes_are_exact(vocab: vocabulary.Vocab) -> None:
    """Every platform's quote is a substring of the text as written (full-width parentheses kept)."""
    text = "市人民政府应当支持建立工程（技术）研究中心。发挥中国（宁波）知识产权保护中心作用。"
    doc = from_text(text, vocab)
    found = [e for e in entities.extract(doc, vocab) if e.type in ("PlatformType", "Platform")]
    assert found and all(e.evidence.quote in text for e in found)
