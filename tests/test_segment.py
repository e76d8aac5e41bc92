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
