"""The tokeniser step (kg.extract.words): jieba-rs's dictionary cut is jieba's, word for word."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import words

ROOT = Path(__file__).resolve().parents[1]
TEXTS = sorted([*ROOT.glob("seeds/*.txt"), *ROOT.glob("tests/data/gold-more/docs/*.txt")])


@pytest.mark.parametrize("path", TEXTS, ids=lambda path: path.name)
def test_the_fast_dictionary_cut_is_jiebas(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert words._dictionary_cut(text) == list(words._segmenter().tokenizer.cut(text, HMM=False))


@pytest.mark.parametrize("text", ["", "   ", "2025年高新技术企业达到1800家", "AI芯片、5G基站和新臺幣3,000萬元", "的" * 500, "\u4e00\ufffd\n\t𠀀"])
def test_the_fast_dictionary_cut_agrees_on_edge_cases(text: str) -> None:
    assert words._dictionary_cut(text) == list(words._segmenter().tokenizer.cut(text, HMM=False))
