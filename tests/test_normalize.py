from __future__ import annotations

from dataclasses import replace as _replace

import pytest
from conftest import SEEDS
from hypothesis import example, given
from hypothesis import strategies as st

from kg import ingest, pipeline
from kg.extract import extract
from kg.model import Document
from kg.normalize import is_traditional, normalize
from kg.vocab import Vocab


def prepared(text: str, vocab: Vocab) -> str:
    return pipeline.from_text(text, vocab).text


@pytest.mark.parametrize(
    ("original", "normalised"),
    [
        # Traditional with Taiwan vocabulary: t2s, then our variants; corner quotes read as “ ”
        ("加快建設以「套用牽引」為目標的創新體系,最佳化產業結構。", "加快建设以“应用牵引”为目标的创新体系,优化产业结构。"),
        ("推動『台灣AI行動計畫』。", "推动“台湾AI行动计划”。"),
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


def test_corner_quotes_are_read_as_quotes_but_quoted_as_written(vocab: Vocab) -> None:
    doc = pipeline.from_text("推動「台灣AI行動計畫」。", vocab)
    at = doc.text.index("“")
    assert doc.evidence(at, at + 10).quote == "「台灣AI行動計畫」"


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


# ---- issue 15: normalisation that is total and idempotent, whatever the line ends and spaces ----

# The risky alphabet of RELIABILITY.md §5.1, plus the debris words and every line-end convention.
RISKY = st.sampled_from(
    list("高新技术企业达到家万元年到北京市套用最佳化來源分享首页打印〇两亿") + list("0123456789０１２ＡＩ")
    + ["\u200b", "\u200d", "\ufeff", "\u3000", "\u00a0", "\u2009", "\u2028", "\u2029", "\r", "\n", "\r\n", "\t", " ",
       "\x0c", "\x1b", "\x85", "<", ">", '"', "'", "&", "%", "\\", "•", ":", "：", "|", "\U000e0100", "\ufe0f", "\u0301"]
)
ANY_TEXT = st.one_of(st.text(alphabet=st.characters(codec="utf-8")), st.lists(RISKY).map("".join))


def normalised(text: str, vocab: Vocab) -> Document:
    return normalize(Document(id="d", name="d.txt", original=text, text=text, starts=(), ends=()), vocab)


@given(text=ANY_TEXT)
@example(text="來源:新华社\n正文。")  # debris that t2s makes (來源 → 来源)
@example(text="分\u200b享到:微信\n正文。")  # debris once the zero-width space is gone
@example(text="1\u3000800")
def test_normalisation_is_total_and_maps_back(text: str, vocab: Vocab) -> None:
    doc = pipeline.prepare(Document(id="d", name="d.txt", original=text, text=text, starts=(), ends=()), vocab)
    assert len(doc.starts) == len(doc.ends) == len(doc.text)
    assert all(0 <= s < e <= len(text) for s, e in zip(doc.starts, doc.ends))
    assert list(doc.starts) == sorted(doc.starts) and list(doc.ends) == sorted(doc.ends)
    assert "\r" not in doc.text and "\u2028" not in doc.text
    for sentence in doc.sentences:
        evidence = doc.evidence(sentence.start, sentence.end)
        assert text[evidence.start : evidence.end] == evidence.quote


@given(text=ANY_TEXT)
@example(text="來源:新华社\n正文。")
@example(text="分 享到:微信\n正文。")
@example(text="5 1 800家")
def test_normalising_twice_changes_nothing(text: str, vocab: Vocab) -> None:
    once = normalised(text, vocab).text
    assert normalised(once, vocab).text == once


@pytest.mark.parametrize("line_end", ["\r", "\r\n", "\u2028", "\x85"])
@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_issue_15_any_line_end_convention_gives_the_same_text_and_facts(path, line_end: str, vocab: Vocab) -> None:
    lf = ingest.read(path)
    other = lf.original.replace("\r\n", "\n").replace("\n", line_end)
    doc = _replace(lf, original=other, text=other)
    assert pipeline.prepare(doc, vocab).text == pipeline.prepare(lf, vocab).text
    facts_lf, facts_other = extract(pipeline.prepare(lf, vocab), vocab), extract(pipeline.prepare(doc, vocab), vocab)
    assert len(facts_other) == len(facts_lf) > 0
    assert all(f.evidence.quote == other[f.evidence.start : f.evidence.end] for f in facts_other)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("到2025\u3000年,高新技术企业达到1800家。", "1800"),
        ("到2025年,高新技术企业达到1\u3000800家。", "1800"),
        ("到2025年,高新技术企业达到1\u00a0800家。", "1800"),
        ("到2025年,高新技术企业达到\u00a01800\u00a0家。", "1800"),
        ("到\u20092025\u2009年,高新技术企业达到1\u202f800家。", "1800"),
    ],
)
def test_issue_15_ideographic_and_no_break_spaces_inside_numbers(sentence: str, value: str, vocab: Vocab) -> None:
    targets = [f for f in extract(pipeline.from_text(sentence, vocab), vocab) if type(f).__name__ == "Target"]
    assert [(str(t.value), t.year) for t in targets] == [(value, 2025)]


@pytest.mark.parametrize("text", ["2025 2026", "表 1 2025年", "AI 产业"])
def test_spaces_between_separate_numbers_and_words_stay(text: str, vocab: Vocab) -> None:
    assert " " in prepared(text, vocab)


# ---- recall7: a tab separates the cells of a table's row (docx, pdf); it is no wrap space


def test_recall7_tabs_between_cells_are_kept(vocab: Vocab) -> None:
    doc = normalised("指标名称\t单位\t2025年\n高新技术企业\t家\t30\t500\n创新 生态 1 800家", vocab)
    assert doc.text == "指标名称\t单位\t2025年\n高新技术企业\t家\t30\t500\n创新生态1800家"


@pytest.mark.parametrize(
    ("original", "normalised"),
    [
        # a web page's <br> inside a sentence, after a comma or 、, and a line of running text ending its sentence next
        ("对首次认定的高新技术企业,\n给予30万元奖励。", "对首次认定的高新技术企业,给予30万元奖励。"),
        ("到2025年,全市高新技术企业\n达到3000家。", "到2025年,全市高新技术企业达到3000家。"),
        ("对新认定的国家级、\n省级孵化器给予奖励。", "对新认定的国家级、省级孵化器给予奖励。"),
        ("给予最高1000\n万元支持。", "给予最高1000万元支持。"),
        # headings, lead-ins, items, table rows and a sentence going on past the next line stay apart
        ("一、总体要求\n到2025年,高新技术企业达到3000家。", "一、总体要求\n到2025年,高新技术企业达到3000家。"),
        ("主要目标如下:\n高新技术企业达到3000家。", "主要目标如下:\n高新技术企业达到3000家。"),
        ("对企业给予奖励,具体如下\n(一)国家级100万元。", "对企业给予奖励,具体如下\n(一)国家级100万元。"),
        ("(三)实施产业机制创新搭台工程,完善制度链\n在十大领域建设重大创新载体。", "(三)实施产业机制创新搭台工程,完善制度链\n在十大领域建设重大创新载体。"),
        ("指标,单位\t2025年\n高新技术企业\t家\t3000", "指标,单位\t2025年\n高新技术企业\t家\t3000"),
        ("施行期间,自一百十三年一月一日起\n日止\n第 一 章 总则", "施行期间,自一百十三年一月一日起\n日止\n第一章总则"),
    ],
)
def test_recall11_a_line_break_inside_a_sentence(original: str, normalised: str, vocab: Vocab) -> None:
    assert prepared(original, vocab) == normalised
