"""kg.lonecells and kg.normalize on lone small numbers (session 20, branch layout20b; texts of our own): a number alone on
its line under a stacked indicator table's header is a cell and kept (its row's goal read), a PDF's page numbers set off
by blank lines and counting up are dropped, both in one document; no header, running text after, or pages counting up
inside a table's reach: still a page's number. Normalising stays total, idempotent and quotes exact on such texts."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from kg import lonecells, pipeline
from kg.model import Document
from kg.normalize import normalize
from kg.vocab import Vocab

from test_extract_targets12 import Row, rows  # a text's targets, their quotes checked

LONE_LINE = re.compile(r"^\s*\d{1,2}\s*$", re.MULTILINE)

# an indicator table saved one cell a line, with small values under the target year
TABLE = ("某区创新驱动发展规划\n主要指标\n指标名称\n单位\n2023年\n2027年\n"
         "省级重点实验室\n家\n21\n35\n新型研发机构\n家\n8\n12\n高新技术企业\n家\n410\n600\n")
TABLE_GOALS: list[Row] = [("省级重点实验室", "35", None, "家", 2027, False), ("新型研发机构", "12", None, "家", 2027, False),
                          ("高新技术企业", "600", None, "家", 2027, False)]
# a PDF's text: paragraphs with the page's number between them, set off by blank lines, counting 1 … 9
PARAGRAPH = "加强基础研究和应用基础研究，完善科技成果转化机制，推动产学研深度融合。"
PDF_TEXT = "某市科技创新条例\n" + "".join(f"{PARAGRAPH}\n\n{page}\n\n" for page in range(1, 10)) + PARAGRAPH


def normalised(text: str, vocab: Vocab) -> Document:
    return normalize(Document(id="d", name="d.txt", original=text, text=text, starts=(), ends=()), vocab)


def lone_numbers(text: str) -> list[str]:
    return [m.group().strip() for m in LONE_LINE.finditer(text)]


def test_small_cells_of_a_stacked_table_are_kept_and_read(vocab: Vocab) -> None:
    assert lone_numbers(normalised(TABLE, vocab).text) == ["21", "35", "8", "12"]
    assert sorted(rows(TABLE, vocab)) == sorted(TABLE_GOALS)


def test_a_serial_column_kept_is_no_figure_outside_the_years(vocab: Vocab) -> None:
    text = ("某县科技发展计划\n序号\n指标名称\n单位\n2024年\n2026年\n属性\n1\n科技型中小企业\n家\n60\n90\n预期性\n"
            "2\n县级以上研发平台\n个\n9\n15\n预期性\n")
    assert sorted(rows(text, vocab)) == [("县级以上研发平台", "15", None, "个", 2026, False),
                                         ("科技型中小企业", "90", None, "家", 2026, False)]


def test_page_numbers_of_a_pdf_counting_up_are_dropped(vocab: Vocab) -> None:
    assert lone_numbers(normalised(PDF_TEXT, vocab).text) == []


def test_a_table_and_page_numbers_in_one_document(vocab: Vocab) -> None:
    text = PDF_TEXT.replace("\n\n5\n\n", "\n\n5\n\n" + TABLE.split("\n", 1)[1] + "\n", 1)
    kept = lone_numbers(normalised(text, vocab).text)
    assert kept == ["21", "35", "8", "12"]
    assert sorted(rows(text, vocab)) == sorted(TABLE_GOALS)


def test_page_numbers_counting_up_inside_a_tables_reach_are_dropped() -> None:
    lines = "指标名称\n单位\n2027年\n\n3\n\n研发投入\n\n4\n\n%\n\n5\n".split("\n")
    assert lonecells.table_cells(lines) == frozenset()


@pytest.mark.parametrize("text", [
    "引进高层次人才团队\n\n15\n\n支持企业设立研发中心",  # short lines, no table's header above
    "指标名称\n单位\n2027年\n\n7\n\n完善科技金融服务体系，引导社会资本投向早期科技企业。",  # set off, running text after
    "指标名称\n单位\n2027年\n" + PARAGRAPH + "\n9\n人才引育",  # running text between the header and the number
])
def test_lone_numbers_that_stay_a_pages(text: str) -> None:
    lines = text.split("\n")
    assert not lonecells.table_cells(lines)


@pytest.mark.parametrize(("text", "cells"), [
    ("指标\n单位\n2026年\n孵化器\n个\n18\n", {5}),
    ("计量单位\n2025年目标值\n技术经纪人\n人\n\n40\n\n", {5}),  # set off by blanks, but alone: no pages counting up
    ("序号\n名称\n2025年\n1\n众创空间\n6\n2\n中试基地\n3\n", {3, 5, 6, 8}),
])
def test_lone_numbers_under_a_header_are_cells(text: str, cells: set[int]) -> None:
    assert lonecells.table_cells(text.split("\n")) == cells


PIECES = st.lists(st.sampled_from(["指标名称", "单位", "2027年", "序号", "家", "35", "7", "12", "", " ", PARAGRAPH,
                                   "— 3 —", "研发平台", "\t", "第2页"]), max_size=30).map("\n".join)


@settings(max_examples=200, deadline=None)
@given(text=PIECES)
def test_normalising_tables_and_pages_is_total_idempotent_and_exact(text: str, vocab: Vocab) -> None:
    once = normalised(text, vocab).text
    assert normalised(once, vocab).text == once
    doc = pipeline.prepare(Document(id="d", name="d.txt", original=text, text=text, starts=(), ends=()), vocab)
    assert len(doc.starts) == len(doc.ends) == len(doc.text)
    for sentence in doc.sentences:
        evidence = doc.evidence(sentence.start, sentence.end)
        assert text[evidence.start : evidence.end] == evidence.quote


def test_a_page_number_between_halves_of_a_sentence_after_a_table_is_dropped(vocab: Vocab) -> None:
    text = TABLE + "\n二、重点任务\n加快建设一批高水平创新平台，推动\n\n14\n\n科技成果就地转化。"
    kept = normalised(text, vocab).text
    assert lone_numbers(kept) == ["21", "35", "8", "12"] and "推动科技成果就地转化" in kept
