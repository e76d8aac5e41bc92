from __future__ import annotations

import pytest

from kg.model import DocumentMeta
from kg.segment import sentences

EXPECTED = {
    "000": DocumentMeta(
        title="北京市高精尖产业科技创新体系建设实施方案",
        number="京经信发〔2023〕30号",
        issuer="北京市经济和信息化局",
        issued="2023-06-19",
        jurisdiction="北京市",
        period_start=None,
        period_end=2030,
        doc_type="实施方案",
    ),
    "001": DocumentMeta(
        title="中关村国家自主创新示范区创新引领高质量发展行动计划(2018-2022年)",
        number="中示区组发〔2018〕4号",
        issuer="中关村国家自主创新示范区领导小组",
        issued="2018-12-27",
        period_start=2018,
        period_end=2022,
        doc_type="行动计划",
    ),
    "002": DocumentMeta(
        title="唐山市人民政府关于加快科技创新平台建设的实施方案",
        issuer="唐山市人民政府",
        jurisdiction="唐山市",
        period_end=2025,
        doc_type="实施方案",
    ),
    "003": DocumentMeta(
        title="北京城市副中心科技创新“三量齐升”行动计划(2024-2026年)",
        issuer="北京市通州区科技领导小组办公室",
        issued="2024-02-27",  # the page lost 年月日 under the signature (2024227), as gold-dev reads it
        jurisdiction="通州区",
        period_start=2024,
        period_end=2026,
        doc_type="行动计划",
    ),
}


@pytest.mark.parametrize("doc_id", sorted(EXPECTED))
def test_header_metadata_of_the_seeds(seed_build, doc_id: str) -> None:
    meta = next(d.meta for d in seed_build.docs if d.id.startswith(doc_id))
    expected = EXPECTED[doc_id]
    for field in ("title", "number", "issuer", "issued", "period_start", "period_end", "doc_type"):
        assert getattr(meta, field) == getattr(expected, field), field
    if expected.jurisdiction:
        assert meta.jurisdiction == expected.jurisdiction


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一、总体要求\n到2025年,建成10家。培育1.5万家企业;完善机制!", ["一、总体要求", "到2025年,建成10家。", "培育1.5万家企业;", "完善机制!"]),
        ("制定本指导意见.\n一是建立体系.二是完善", ["制定本指导意见.", "一是建立体系.", "二是完善"]),
        ("", []),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in sentences(text)] == expected


# ---------------------------------------------------------------- issue 10: metadata of real documents

REGULATION = """浙江省专利条例

2015年9月25日 浙江省第十二届人民代表大会常务委员会第二十三次会议通过

2015年9月25日 浙江省第十二届人民代表大会常务委员会公告第30号公布

2016年1月1日 施行

第一章 总则
第一条 为了鼓励发明创造,制定本条例。
"""
APPROVED = """济南市优化营商环境条例

2021年12月10日 济南市第十七届人民代表大会常务委员会第二十四次会议通过

2022年1月21日 山东省第十三届人民代表大会常务委员会第三十三次会议批准

第一章  总则
"""
RELATIVE = """宁波某新区条例
2014年12月26日 市十四届人大常委会第二十次会议通过
2015年3月27日 省十二届人大常委会第十八次会议批准
第一条 为了促进发展,制定本条例。
"""
INLINE = "河北省发展循环经济条例\n河北省发展循环经济条例 (2016年12月2日河北省第十二届人民代表大会常务委员会第二十四次会议通过,2021年7月29日河北省第十三届人民代表大会常务委员会第二十四次会议《河北省人民代表大会常务委员会关于修改<\n\n河北省发展循环经济条例>等五部法规的决定》修正)\n第一章 总 则\n"
TAIWAN = """政府科學技術研究發展成果歸屬及運用辦法
法規類別：行政＞國家科學及技術委員會＞科學技術目
最新異動日期：20180105
沿革：
1.中華民國八十九年二月二十五日行政院（89）台科字第 05913  號令訂
  定發布全文 15 條
2.中華民國一百零七年一月五日行政院院臺科字第 1060040507 號令修正
  發布全文 15 條
第 1 條
"""
FABAO = """    【法宝引证码】 CLI.11.4619854
原文链接：https://www.pkulaw.com/lar/b92b.html
广东省公共数据管理办法
广东省人民政府令

（第290号）
　　《广东省公共数据管理办法》已经2021年9月22日审议通过，现予公布。
2021年10月18日
广东省公共数据管理办法
第一章 总则
"""
WRAPPED = "国务院关于同意乌鲁木齐、昌吉、石河子\n高新技术产业开发区建设\n国家自主创新示范区的批复\n国函〔2018〕145号\n新疆维吾尔自治区人民政府：\n"
NOTICE = "国务院办公厅关于推广第二批\n支持创新相关改革举措的通知\n国办发〔2018〕126号\n各省、自治区、直辖市人民政府：\n"
ENCLOSING = "北京市经济和信息化局印发《关于推进北京市数据专区建设的指导意见》的通知\n京经信发〔2022〕87号\n各区政府,各相关单位：\n为促进数据融合,制定本意见。\n"
HEADINGS_ONLY = "河北雄安新区条例\n第一章 总 则\n第二章 管理体制\n"
TAIWAN_RULE = "經濟部產業發展署補助產業創新研發計畫作業要點\n中華民國一百十二年三月一日經產字第11252600100號函訂定\n一、本署為鼓勵研發,特訂定本要點。\n"
MEASURES = ("苏州市人民政府关于印发苏州市加快推进科技创新若干政策措施的通知\n苏府规字〔2023〕5号\n各市、区人民政府：\n"
            "现将《苏州市加快推进科技创新若干政策措施》印发给你们。\n苏州市人民政府\n2023年3月15日\n"
            "苏州市加快推进科技创新若干政策措施\n一、培育壮大创新主体\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (REGULATION, dict(title="浙江省专利条例", doc_type="条例", issuer="浙江省人民代表大会常务委员会", issued="2015-09-25",
                          number="浙江省第十二届人民代表大会常务委员会公告第30号", period_end=None)),
        (APPROVED, dict(issuer="济南市人民代表大会常务委员会", issued="2022-01-21", number=None)),
        (RELATIVE, dict(issuer="宁波市人民代表大会常务委员会", issued="2015-03-27")),
        (INLINE, dict(title="河北省发展循环经济条例", issuer="河北省人民代表大会常务委员会", issued="2021-07-29")),
        (TAIWAN, dict(title="政府科学技术研究发展成果归属及运用办法", doc_type="办法", issuer="行政院", issued="2018-01-05",
                      number="院台科字第1060040507号")),
        (FABAO, dict(title="广东省公共数据管理办法", doc_type="办法", number="广东省人民政府令第290号",
                     issuer="广东省人民政府", issued="2021-10-18")),
        (WRAPPED, dict(title="国务院关于同意乌鲁木齐、昌吉、石河子高新技术产业开发区建设国家自主创新示范区的批复",
                       doc_type="批复", issuer="国务院", number="国函〔2018〕145号")),
        (NOTICE, dict(title="国务院办公厅关于推广第二批支持创新相关改革举措的通知", doc_type="通知", issuer="国务院办公厅")),
        (ENCLOSING, dict(title="关于推进北京市数据专区建设的指导意见", doc_type="指导意见", issuer="北京市经济和信息化局")),
        # a support measure's own title after the notice that encloses it (若干政策措施 is its kind, as the annotators write it)
        (MEASURES, dict(title="苏州市加快推进科技创新若干政策措施", doc_type="若干政策措施", issuer="苏州市人民政府", issued="2023-03-15",
                        number="苏府规字〔2023〕5号")),
        # a Taiwan rule's own header: a date of the Republic in Chinese numerals and its letter's number
        (TAIWAN_RULE, dict(title="经济部产业发展署补助产业创新研发计划作业要点", doc_type="要点", issued="2023-03-01",
                           number="经产字第11252600100号", jurisdiction="台湾")),
        # negative: no history, no date, no issuer stated; the title still found
        (HEADINGS_ONLY, dict(title="河北雄安新区条例", issuer=None, issued=None, number=None)),
    ],
)
def test_issue_10_metadata_of_real_documents(vocab, text: str, expected: dict) -> None:
    from kg.pipeline import from_text

    meta = from_text(text, vocab).meta
    for field, value in expected.items():
        assert getattr(meta, field) == value, field


def test_recall11_a_traditional_title_keeps_its_own_words(vocab) -> None:
    """Names are normalised (生技 → 生物), a title is not: only its characters become Simplified."""
    from kg.pipeline import from_text

    doc = from_text("生技醫藥產業發展條例\n第一條 為促進生技醫藥產業發展,特制定本條例。\n", vocab)
    assert doc.traditional and "生物医药" in doc.text
    assert doc.meta.title == "生技医药产业发展条例"


def test_issue_10_every_document_has_a_title(vocab) -> None:
    from kg.pipeline import from_text

    for text in ("【法宝引证码】 CLI.1\n没有标点的一行\n正文。", "科技创新促进条例\n第一条 为了规范管理。"):
        assert from_text(text, vocab).meta.title
