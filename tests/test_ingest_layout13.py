"""PDFs in the layouts real government documents use give the facts of the same text typed as .txt (tests/layouts.py;
fixtures in tests/data/layout, made by scripts/make_layout_fixtures.py): a centred unruled table whose header cell
wraps, tables whose columns are half a character apart, sentences that wrap before 一、 or (一), two columns under a
title in two lines, a table cut by a page break. And the rules underneath, on made-up pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import pipeline
from kg.ingest.pdf import Page, Word, assemble
from kg.ingest.pdfcells import cell_starts
from kg.ingest.pdfgutter import gutter
from kg.model import Funding, Target

from layouts import LAYOUTS, text

LAYOUT = Path(__file__).parent / "data" / "layout"
SIZE = 10.0


def facts(build: pipeline.Build) -> set[tuple[object, ...]]:
    out: set[tuple[object, ...]] = set()
    for fact in build.facts:
        if isinstance(fact, Funding):
            out.add(("funding", fact.recipient, fact.level, fact.amount_yuan, fact.evidence.quote.replace("\t", " ")))
        elif isinstance(fact, Target):
            out.add(("target", fact.subject, fact.value, fact.unit, fact.year))
    return out


@pytest.fixture(scope="module")
def builds(vocab, tmp_path_factory) -> dict[str, tuple[pipeline.Build, pipeline.Build]]:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("layout")
    out = {}
    for name in LAYOUTS:
        typed = folder / f"{name}.txt"
        typed.write_text(text(name), encoding="utf-8")
        out[name] = (pipeline.build([LAYOUT / f"{name}.pdf"], vocab, check=False), pipeline.build([typed], vocab, check=False))
    return out


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_each_layout_gives_the_facts_of_its_text(builds, name: str) -> None:  # type: ignore[no-untyped-def]
    printed, typed = builds[name]
    assert facts(typed) and facts(printed) == facts(typed)
    doc = printed.docs[0]
    for fact in printed.facts:
        assert doc.original[fact.evidence.start : fact.evidence.end] == fact.evidence.quote


def test_centred_table_header_cell_that_wraps_stays_in_its_column(builds) -> None:  # type: ignore[no-untyped-def]
    lines = builds["centred"][0].docs[0].original.split("\n")
    assert lines[2:6] == ["类别\t认定级别\t奖励金额（万元）", "重点实验室\t国家级\t500", "重点实验室\t省级\t100", "技术创新中心\t国家级\t300"]


@pytest.mark.parametrize("name", ["tight", "tight-centred", "tight-right"])
def test_columns_half_a_character_apart_are_cells(builds, name: str) -> None:  # type: ignore[no-untyped-def]
    lines = builds[name][0].docs[0].original.split("\n")
    for row in [*LAYOUTS[name][0][2:6], *LAYOUTS[name][0][7:10]]:
        assert row in lines


def test_a_line_wrapped_before_an_item_mark_runs_on_and_a_real_item_opens_one(builds) -> None:  # type: ignore[no-untyped-def]
    lines = builds["wrapped"][0].docs[0].original.split("\n")
    assert lines == LAYOUTS["wrapped"][0]  # 第 | 一、二类, 第 | (一)项 joined; 所列 | (一)人工智能 and 。| 1.到2025年 not


def test_two_columns_under_a_two_line_title_read_in_order(builds) -> None:  # type: ignore[no-untyped-def]
    text_ = builds["columns"][0].docs[0].original
    order = ["\n" + line[:8] for line in LAYOUTS["columns"][0][3:10]]  # each opens a line, in the order typed
    assert [text_.index(start) for start in order] == sorted(text_.index(start) for start in order)


def test_a_table_cut_by_a_page_break_keeps_every_row(builds) -> None:  # type: ignore[no-untyped-def]
    doc = builds["pagebreak"][0].docs[0]
    for row in LAYOUTS["pagebreak"][0][3:9]:
        assert row in doc.original.split("\n")
    assert "—" not in doc.original and len(doc.source.pages) == 2


def page(*rows: tuple[float, float, str], width: float = 300.0) -> Page:
    return Page(width, 400.0, tuple(Word(x0, x0 + SIZE * len(t), top, top + SIZE, t) for x0, top, t in rows))


@pytest.mark.parametrize(
    ("before", "after", "joined"),
    [
        ("对新认定的专精特新中小企业中的第", "一、二类企业给予奖励。", True),  # the line before ends open
        ("依照本条例的有关规定对违反本条例", "第十条规定的单位予以处罚。", True),  # 第十条 goes on: 规定
        ("企业研发费用加计扣除备案后对符合", "（一）项条件的企业给予补助。", True),  # (一) goes on: 项
        ("对年度考核结果为优秀的单位分别按", "1、2级标准给予奖励。", True),
        ("加快建设科技强市提出如下方案内容", "（一）壮大技术创新主体。", False),  # a full line without a stop, a real item
        ("加快建设科技强市提出如下方案内容", "第十条　市人民政府应当加强领导。", False),
        ("对新认定的平台给予一次性奖励资金。", "一、二类企业给予奖励。", False),  # after a sentence's end: an item
    ],
)
def test_item_mark_at_a_wrapped_lines_start(before: str, after: str, joined: bool) -> None:
    width = 40 + SIZE * len(before)
    text_ = assemble([page((20, 50, before), (20, 62, after), width=width)], "x.pdf")[0]
    assert text_ == (before + after if joined else before + "\n" + after)


def test_aligned_words_open_cells_and_prose_gaps_do_not() -> None:
    # a table set tight: the second and third columns begin at the same x on every row
    table = [[Word(20, 60, top, top + SIZE, "重点实验室"), Word(65, 95, top, top + SIZE, "国家级"), Word(100, 130, top, top + SIZE, "500")] for top in (50, 62, 74)]
    assert cell_starts(table) == [frozenset({65, 100})] * 3
    # prose with a gap here and there (2025 年): no two other rows have a word beginning there
    prose = [[Word(20, 120, 50, 60, "到"), Word(125, 200, 50, 60, "2025 年")], [Word(20, 90, 62, 72, "全市"), Word(95, 200, 62, 72, "达到")],
             [Word(20, 200, 74, 84, "一行")], [Word(20, 60, 86, 96, "再一"), Word(125, 200, 86, 96, "行")]]
    assert cell_starts(prose) == [frozenset()] * 4


def test_a_centred_tables_last_column_is_no_gutter_and_a_title_over_two_columns_is_no_bar() -> None:
    # one column of prose, then a table whose money column lies apart from the rest: four rows of cells, no text
    words = [Word(20, 280, top, top + SIZE, "为" * 26) for top in (20, 32, 44)]
    words += [w for top in (60, 72, 84, 96) for w in (Word(40, 90, top, top + SIZE, "重点实验室"), Word(100, 130, top, top + SIZE, "国家级"), Word(200, 230, top, top + SIZE, "500"))]
    assert gutter(words, 300) is None
    # two columns of text under a title in two lines and a running header, each alone on its row across the gutter
    words = [Word(100, 200, 5, 15, "公报"), Word(30, 270, 20, 30, "标" * 24), Word(110, 190, 32, 42, "通知通知")]
    words += [Word(x, x + 110, top, top + SIZE, "左" * 11) for top in range(50, 170, 12) for x in (20, 170)]
    assert gutter(words, 300) == pytest.approx(150, abs=20)


def test_words_a_space_apart_stay_one_line_however_they_align() -> None:
    # a regulation's history: dates of one length, each followed by a space and its session; the words after the
    # dates begin at one x, but a gap no wider than a space is no column
    rows = [(20, top, "2004年1月16日") for top in (50, 62, 74)]
    words = [Word(x0, x0 + SIZE * len(t), top, top + SIZE, t) for x0, top, t in rows]
    words += [Word(20 + SIZE * 10 + 3.4, 300, top, top + SIZE, "浙江省人民代表大会常务委员会") for top in (50, 62, 74)]
    lines = assemble([Page(320.0, 400.0, tuple(words))], "x.pdf")[0].split("\n")
    assert all("\t" not in line for line in lines)
