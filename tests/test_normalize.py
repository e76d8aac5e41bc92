from __future__ import annotations

import pytest

from kg import ingest, pipeline
from kg.normalize import is_traditional
from kg.vocab import Vocab

from conftest import SEEDS


def prepared(text: str, vocab: Vocab) -> str:
    return pipeline.from_text(text, vocab).text


@pytest.mark.parametrize(
    ("original", "normalised"),
    [
        # Traditional with Taiwan vocabulary: t2s, then our variants
        ("加快建設以「套用牽引」為目標的創新體系,最佳化產業結構。", "加快建设以「应用牵引」为目标的创新体系,优化产业结构。"),
        # Simplified text is left alone, even words a Taiwan table would rewrite
        ("建立核心文件体系,套用模板。", "建立核心文件体系,套用模板。"),
        # full-width digits and letters, zero-width space, ideographic space
        ("到２０２５年,高新\u200b技术企业达到１８００家,ＡＩ\u3000产业。", "到2025年,高新技术企业达到1800家,AI 产业。"),
        # PDF line-wrap spaces between Chinese characters
        ("省委、省政府关于全力打造一流创新生态的 重大决策部署", "省委、省政府关于全力打造一流创新生态的重大决策部署"),
        # web-page debris lines
        ("您当前所在位置:\n首页 > 政策\n分享到:\n正文。\n【打印本页】 【关闭窗口】\n编辑: 刘威", "正文。\n"),
    ],
)
def test_normalised_text(original: str, normalised: str, vocab: Vocab) -> None:
    assert prepared(original, vocab) == normalised


def test_traditional_detection() -> None:
    assert is_traditional("北京市經濟和信息化局關於印發實施方案的通知")
    assert not is_traditional("北京市经济和信息化局关于印发实施方案的通知")
    assert not is_traditional("2025 AI")


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_every_character_maps_back_into_the_original(path, vocab: Vocab) -> None:
    doc = pipeline.prepare(ingest.read(path), vocab)
    assert len(doc.starts) == len(doc.ends) == len(doc.text)
    assert all(0 <= s < e <= len(doc.original) for s, e in zip(doc.starts, doc.ends))
    assert list(doc.starts) == sorted(doc.starts)
    for sentence in doc.sentences:
        evidence = doc.evidence(sentence.start, sentence.end)
        assert doc.original[evidence.start : evidence.end] == evidence.quote


def test_quotes_of_a_traditional_document_are_in_traditional(vocab: Vocab) -> None:
    doc = pipeline.prepare(ingest.read(next(SEEDS.glob("000_*.txt"))), vocab)
    assert doc.traditional
    at = doc.text.index("应用牵引")
    assert doc.evidence(at, at + 4).quote == "套用牽引"
    at = doc.text.index("优化产业")
    assert doc.evidence(at, at + 4).quote == "最佳化產業"


def test_debris_never_reaches_the_text(seed_build) -> None:
    for doc in seed_build.docs:
        for debris in ("大汉网络", "打印本页", "分享到", "环渤海新闻网", "京ICP备", "编辑:", "转载链接"):
            assert debris not in doc.text, (doc.id, debris)
