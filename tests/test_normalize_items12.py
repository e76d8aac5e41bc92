"""A line break inside an item with no comma before it (a web page's <br>, a Word file's paragraph mark, a PDF line
cut short): the line runs on when it ends in a word no clause ends with (给予, 最高, 达到, 的 …, cue list open_end) or the
next opens with one no sentence opens with (给予 …, open_start), and the next ends the sentence. Headings, short lines,
items and table rows stay apart (kg/normalize.py). Sentences of our own, in the style of support measures and plans."""

from __future__ import annotations

import pytest
from test_normalize import prepared

from kg.vocab import Vocab


@pytest.mark.parametrize(
    ("original", "normalised"),
    [
        # the line ends in a verb before its amount, a cap word, a preposition's object to come, a conjunction
        ("(一)对新认定的国家级重点实验室给予\n1000万元一次性奖励。", "(一)对新认定的国家级重点实验室给予1000万元一次性奖励。"),
        ("对符合条件的专精特新中小企业最高\n奖励50万元。", "对符合条件的专精特新中小企业最高奖励50万元。"),
        ("到2025年全市高新技术企业数量达到\n3000家。", "到2025年全市高新技术企业数量达到3000家。"),
        ("对首次认定的国家高新技术企业和\n省科技型中小企业给予奖励。", "对首次认定的国家高新技术企业和省科技型中小企业给予奖励。"),
        ("3.支持企业牵头建设面向重点产业的\n概念验证中心和中试基地。", "3.支持企业牵头建设面向重点产业的概念验证中心和中试基地。"),
        # the next line opens with the promise, which no sentence opens with
        ("2.支持企业建设研发机构,对新认定的省级企业技术中心\n给予50万元奖励。", "2.支持企业建设研发机构,对新认定的省级企业技术中心给予50万元奖励。"),
        ("对年度研发投入超过1000万元的科技型企业\n予以重点支持。", "对年度研发投入超过1000万元的科技型企业予以重点支持。"),
        ("对规模以上工业企业、高新技术企业和科技型中小企业\n的研发投入给予补助。", "对规模以上工业企业、高新技术企业和科技型中小企业的研发投入给予补助。"),
        ("对新认定的国家级重点实验室、工程技术研究中心\n等创新平台给予奖励。", "对新认定的国家级重点实验室、工程技术研究中心等创新平台给予奖励。"),
        # a line opening with a verb may open a sentence after a heading: it stays apart
        ("(一)突破关键核心技术瓶颈问题\n突破一批关键核心技术。", "(一)突破关键核心技术瓶颈问题\n突破一批关键核心技术。"),
        ("(二)到2025年主要发展目标\n达到国内先进水平。", "(二)到2025年主要发展目标\n达到国内先进水平。"),
        # headings and short lines stay apart, even when they end in such a word (目的, 参与, 普及 are not open)
        ("一、目的\n为了规范科技计划项目管理,制定本办法。", "一、目的\n为了规范科技计划项目管理,制定本办法。"),
        ("(二)鼓励社会参与\n支持社会资本投入科技创新。", "(二)鼓励社会参与\n支持社会资本投入科技创新。"),
        ("(四)推进科学普及\n加强科普基础设施建设。", "(四)推进科学普及\n加强科普基础设施建设。"),
        ("(三)加强人才引进和\n培养。", "(三)加强人才引进和\n培养。"),
        # the next line opens an item, runs past the sentence, or is a table's row
        ("对新认定的国家级重点实验室给予\n(一)奖励100万元。", "对新认定的国家级重点实验室给予\n(一)奖励100万元。"),
        ("对新认定的国家级重点实验室给予\n奖励,并在用地方面优先保障", "对新认定的国家级重点实验室给予\n奖励,并在用地方面优先保障"),
        ("对新认定的各级创新平台分别给予\n类别\t认定级别\t奖励金额(万元)", "对新认定的各级创新平台分别给予\n类别\t认定级别\t奖励金额(万元)"),
        # a title broken before 通知 is no sentence
        ("关于印发支持科技创新若干措施的\n通知", "关于印发支持科技创新若干措施的\n通知"),
    ],
)
def test_items_broken_without_a_comma(original: str, normalised: str, vocab: Vocab) -> None:
    text = prepared(original, vocab)
    assert text == normalised
    assert prepared(text, vocab) == text  # normalising again joins nothing more


@pytest.mark.parametrize(
    ("original", "normalised"),
    [
        # a table laid out with spaces (a PDF's text saved with its layout): its gaps are cells, as a PDF's are
        ("类别        认定级别    奖励金额(万元)\n重点实验室  国家级      500", "类别\t认定级别\t奖励金额(万元)\n重点实验室\t国家级\t500"),
        ("指标名称    2023年    2025年\n研发投入强度(%)  2.1  2.5", "指标名称\t2023年\t2025年\n研发投入强度(%)\t2.1\t2.5"),
        # headings, titles set with letter spacing, prose and a line of two pieces stay as they were (spaces out)
        ("第一章  总  则", "第一章总则"),
        ("若  干  措  施", "若干措施"),
        ("发布第 4、6、9  条条文;增订第 6-1  条条文", "发布第4、6、9条条文;增订第6-1条条文"),
        ("This is it.  Then more.  And so on", "This is it.  Then more.  And so on"),
        ("类别    奖励金额", "类别奖励金额"),
        # two tabs are an empty cell, kept
        ("重点实验室\t\t500", "重点实验室\t\t500"),
    ],
)
def test_a_table_laid_out_with_spaces(original: str, normalised: str, vocab: Vocab) -> None:
    text = prepared(original, vocab)
    assert text == normalised
    assert prepared(text, vocab) == text
