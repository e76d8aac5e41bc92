"""Tables in real files reach the extractors as one line per row, cells apart: an unruled PDF table (cells apart only
by white space), a ruled one (pdfplumber's table finder), a Word table and a web page's table give the same money and
goal lines, each quoting its row; a title set with wide letter spacing and a heading's number set off by ideographic
spaces are no cells; an item broken across two lines without a comma is one line. Fixtures: tests/data/tables (made by
scripts/make_table_fixtures.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import pipeline
from kg.ingest.pdf import Page, Word, assemble
from kg.model import Funding, Target

TABLES = Path(__file__).parent / "data" / "tables"
FILES = ["unruled.pdf", "ruled.pdf", "measures.docx", "measures.html"]
FUNDING = {
    ("重点实验室", "国家级", 5_000_000, True, "新认定"),
    ("重点实验室", "省级", 1_000_000, True, "新认定"),
    ("技术创新中心", "国家级", 3_000_000, True, "新认定"),
    ("制造业创新中心", "国家级", 10_000_000, True, "新认定"),  # 国家级制造业创新中心: its cell wraps in unruled.pdf
    ("企业技术中心", "省级", 500_000, False, "新认定"),  # the item broken across two lines
}
TARGETS = {("高新技术企业数量", 1500, "家", 2025), ("省级以上研发机构", 120, "家", 2025), ("规模以上工业企业研发投入强度", 2.5, "%", 2025)}


@pytest.fixture(scope="module")
def builds(vocab) -> dict[str, pipeline.Build]:  # type: ignore[no-untyped-def]
    return {name: pipeline.build([TABLES / name], vocab, check=False) for name in FILES}


@pytest.mark.parametrize("name", FILES)
def test_each_form_gives_the_money_and_goal_lines_of_its_tables(builds, name: str) -> None:  # type: ignore[no-untyped-def]
    build = builds[name]
    doc = build.docs[0]
    funding = {(f.recipient, f.level, int(f.amount_yuan), f.one_off, f.condition) for f in build.facts if isinstance(f, Funding) and f.amount_yuan}
    targets = {(t.subject, float(t.value), t.unit, t.year) for t in build.facts if isinstance(t, Target)}
    assert funding == FUNDING
    assert not [f for f in build.facts if isinstance(f, Funding) and f.amount_yuan is None]  # the lead-in is sized by its table
    assert targets == TARGETS
    for fact in build.facts:
        assert doc.original[fact.evidence.start : fact.evidence.end] == fact.evidence.quote


@pytest.mark.parametrize("name", FILES)
def test_a_row_is_one_line_with_its_cells_apart(builds, name: str) -> None:  # type: ignore[no-untyped-def]
    text = builds[name].docs[0].text
    separator = " | " if name.endswith(".html") else "\t"
    rows = (["类别", "认定级别", "奖励金额(万元)"], ["重点实验室", "国家级", "500"], ["国家级制造业创新中心", "国家级", "1000"],
            ["高新技术企业数量(家)", "1000", "1500"], ["规模以上工业企业研发投入强度(%)", "2.1", "2.5"])
    for row in rows:
        assert separator.join(row) in text
    quotes = {f.evidence.quote for f in builds[name].facts if isinstance(f, Funding) and f.amount_yuan == 5_000_000}
    assert len(quotes) == 1 and "500" in quotes.pop()


def test_unruled_pdf_letter_spaced_title_and_spaced_heading_are_no_cells(builds) -> None:  # type: ignore[no-untyped-def]
    doc = builds["unruled.pdf"].docs[0]
    assert doc.original.startswith("若 干 措 施\n") and doc.text.startswith("若干措施\n")
    assert "\n一、总体要求\n" in doc.text
    assert doc.meta.title == "若干措施"


def test_split_item_is_joined_in_every_form(builds) -> None:  # type: ignore[no-untyped-def]
    for name in FILES:
        assert "三、对新认定的省级企业技术中心给予50万元奖励。" in builds[name].docs[0].text, name


SIZE = 10.0


def row(*cells: tuple[float, str], top: float = 50.0) -> list[Word]:
    return [Word(x0, x0 + SIZE * len(text), top, top + SIZE, text) for x0, text in cells]


def text_of(*rows: list[Word]) -> str:
    words = tuple(w for r in rows for w in r)
    return assemble([Page(400.0, 400.0, words)], "x.pdf")[0]


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        # an unruled table's row: gaps of two characters and more are column breaks
        ([(20, "重点实验室"), (90, "国家级"), (140, "500")], "重点实验室\t国家级\t500"),
        ([(20, "指标"), (60, "2025年")], "指标\t2025年"),
        # a title set with wide letter spacing: single characters, whatever the gap
        ([(100, "若"), (130, "干"), (160, "措"), (190, "施")], "若 干 措 施"),
        ([(100, "通"), (160, "知")], "通 知"),
        ([(40, "关"), (70, "于"), (100, "印"), (130, "发"), (160, "《科"), (200, "技"), (230, "》"), (260, "的"), (290, "通"), (320, "知")],
         "关 于 印 发 《科 技 》 的 通 知"),
        # a header of two-character cells in even columns is no title
        ([(20, "序号"), (70, "类别"), (120, "级别"), (170, "金额")], "序号\t类别\t级别\t金额"),
        # an item's number set off by ideographic spaces is no cell
        ([(20, "一、"), (60, "总体要求")], "一、 总体要求"),
        ([(20, "第三条"), (70, "本办法自发布之日起施行。")], "第三条 本办法自发布之日起施行。"),
        # a word gap of less than one and a half characters stays a space (normalisation takes it out between Chinese)
        ([(20, "创新生态的"), (82, "重大决策部署")], "创新生态的 重大决策部署"),
    ],
)
def test_pdf_row_gaps(cells: list[tuple[float, str]], expected: str) -> None:
    assert lines_of(row(*cells)) == [expected]


PROSE = [row((20, "为加快推进科技创新平台建设结合本市实际制定如下措施具体如下"), top=top) for top in (2, 14, 26)]


def lines_of(*rows: list[Word]) -> list[str]:
    """The lines of a table's rows under three lines of prose across the page (no two columns)."""
    return text_of(*PROSE, *rows).split("\n")[len(PROSE):]


def test_unruled_table_cells_wrapped_below_their_row_are_put_back() -> None:
    # cells set at the top of their row (Word): the name's next line is a line of its own below the row
    got = lines_of(
        row((20, "类别"), (120, "级别"), (180, "奖励金额(万元)"), top=50),
        row((20, "国家级制造业创"), (120, "国家级"), (180, "1000"), top=64),
        row((20, "新中心"), top=77),
        row((20, "重点实验室"), (120, "省级"), (180, "100"), top=96),
    )
    assert got == ["类别\t级别\t奖励金额(万元)", "国家级制造业创新中心\t国家级\t1000", "重点实验室\t省级\t100"]


def test_unruled_table_cells_centred_in_their_row_are_put_back() -> None:
    # cells centred: the name's lines lie half a line above and below the row's other cells
    got = lines_of(
        row((20, "指标"), (200, "2023年"), (270, "2025年"), top=50),
        row((20, "高新技术企业"), top=64),
        row((200, "1000"), (270, "1500"), top=70),
        row((20, "数量(家)"), top=77),
        row((20, "省级研发机构(家)"), (200, "80"), (270, "120"), top=96),
    )
    assert got == ["指标\t2023年\t2025年", "高新技术企业数量(家)\t1000\t1500", "省级研发机构(家)\t80\t120"]


def test_unruled_table_row_under_a_merged_cell_keeps_its_columns_and_a_heading_after_stays() -> None:
    got = lines_of(
        row((20, "类别"), (120, "级别"), (180, "奖励金额(万元)"), top=50),
        row((20, "重点实验室"), (120, "国家级"), (180, "500"), top=64),
        row((120, "省级"), (180, "100"), top=78),  # the category cell merged over both rows: an empty first cell
        row((20, "二、"), (40, "保障措施"), top=92),  # a heading right under the table opens an item
        row((20, "对新认定的平台给予奖励。"), top=106),
    )
    # the merged category is read into the row under it (session 14: every row one whole promise)
    assert got == ["类别\t级别\t奖励金额(万元)", "重点实验室\t国家级\t500", "重点实验室\t省级\t100", "二、保障措施", "对新认定的平台给予奖励。"]


def test_a_line_set_apart_on_its_own_is_no_table() -> None:
    # a signature and its date on one line, with no other row near: its next line stays a line of its own
    got = lines_of(row((20, "某市人民政府"), (150, "2023年5月1日"), top=50), row((20, "(此件公开发布)"), top=64))
    assert got == ["某市人民政府\t2023年5月1日", "(此件公开发布)"]


def test_word_cell_with_a_line_break_or_a_tab_keeps_its_row_one_line(tmp_path: Path, vocab) -> None:  # type: ignore[no-untyped-def]
    import docx

    document = docx.Document()
    document.add_paragraph("对新认定的创新平台给予一次性奖励,奖励标准如下表。")
    grid = document.add_table(rows=2, cols=3)
    for cell, value in zip(grid.rows[0].cells, ["类别", "认定级别", "奖励金额"]):
        cell.text = value
    grid.rows[0].cells[2].paragraphs[0].add_run().add_break()  # 奖励金额 / (万元): a break inside the header's cell
    grid.rows[0].cells[2].paragraphs[0].add_run("（万元）")
    for cell, value in zip(grid.rows[1].cells, ["重点实验室", "国家级", "500"]):
        cell.text = value
    grid.rows[1].cells[0].paragraphs[0].add_run("\t")  # a stray tab inside a cell is no cell of its own
    path = tmp_path / "measures.docx"
    document.save(str(path))
    build = pipeline.build([path], vocab, check=False)
    assert "类别\t认定级别\t奖励金额 （万元）\n重点实验室\t国家级\t500" in build.docs[0].original
    assert {(f.recipient, f.level, int(f.amount_yuan)) for f in build.facts if isinstance(f, Funding) and f.amount_yuan} == {("重点实验室", "国家级", 5_000_000)}


LAID_OUT = """关于支持科技创新平台建设的若干措施
一、对新认定的创新平台给予一次性奖励，奖励标准如下表。
    类别              认定级别      奖励金额（万元）
    重点实验室        国家级        500
    技术创新中心      省级          100
二、到2025年，全市科技创新能力显著提升，主要指标如下。
    指标                        2023年        2025年
    高新技术企业数量（家）      1000          1500
"""


def test_a_text_file_with_a_table_laid_out_with_spaces(tmp_path: Path, vocab) -> None:  # type: ignore[no-untyped-def]
    # as `pdftotext -layout` saves a PDF's text, in GB18030
    path = tmp_path / "measures.txt"
    path.write_bytes(LAID_OUT.encode("gb18030"))
    build = pipeline.build([path], vocab, check=False)
    doc = build.docs[0]
    funding = {(f.recipient, f.level, int(f.amount_yuan), f.one_off, f.condition) for f in build.facts if isinstance(f, Funding)}
    assert funding == {("重点实验室", "国家级", 5_000_000, True, "新认定"), ("技术创新中心", "省级", 1_000_000, True, "新认定")}
    assert {(t.subject, int(t.value), t.unit, t.year) for t in build.facts if isinstance(t, Target)} == {("高新技术企业数量", 1500, "家", 2025)}
    for fact in build.facts:
        assert doc.original[fact.evidence.start : fact.evidence.end] == fact.evidence.quote


def test_word_and_page_tables_with_a_money_header_over_level_columns(tmp_path: Path, vocab) -> None:  # type: ignore[no-untyped-def]
    import docx

    document = docx.Document()
    document.add_paragraph("对新认定的创新平台给予一次性奖励,标准如下。")
    grid = document.add_table(rows=3, cols=3)
    grid.cell(0, 0).merge(grid.cell(1, 0)).text = "类别"  # over both header rows
    grid.cell(0, 1).merge(grid.cell(0, 2)).text = "奖励金额（万元）"  # over both level columns
    for (row, column), value in {(1, 1): "国家级", (1, 2): "省级", (2, 0): "重点实验室", (2, 1): "500", (2, 2): "100"}.items():
        grid.cell(row, column).text = value
    document.save(str(tmp_path / "levels.docx"))
    (tmp_path / "levels.html").write_text(
        "<html><head><meta charset='utf-8'></head><body><p>对新认定的创新平台给予一次性奖励,标准如下。</p><table border='1'>"
        "<tr><td rowspan='2'>类别</td><td colspan='2'>奖励金额（万元）</td></tr><tr><td>国家级</td><td>省级</td></tr>"
        "<tr><td>重点实验室</td><td>500</td><td>100</td></tr></table><p>二、本措施自发布之日起施行,由市科学技术局负责解释。</p></body></html>",
        encoding="utf-8",
    )
    for name in ("levels.docx", "levels.html"):
        build = pipeline.build([tmp_path / name], vocab, check=False)
        funding = {(f.recipient, f.level, int(f.amount_yuan), f.one_off) for f in build.facts if isinstance(f, Funding)}
        assert funding == {("重点实验室", "国家级", 5_000_000, True), ("重点实验室", "省级", 1_000_000, True)}, name


OLD_SITE = """<html><head><meta charset="utf-8"><title>若干措施</title></head><body>
<table width="100%"><tr><td>首页 | 政务公开</td></tr><tr><td><table width="900">
<tr><td align="center"><b>关于支持科技创新平台建设的若干措施</b></td></tr><tr><td class="content">
<p>为加快推进科技创新平台建设,结合本市实际,制定如下措施。各区、各部门要认真贯彻落实,确保各项政策措施落地见效。</p>
<p>一、对新认定的创新平台给予一次性奖励,奖励标准如下表。</p>
<table border="1"><tr><td>类别</td><td>认定级别</td><td>奖励金额(万元)</td></tr><tr><td>重点实验室</td><td>国家级</td><td>500</td></tr></table>
<p>二、到2025年,全市高新技术企业数量达到3000家。</p>
<p>三、本措施自发布之日起施行。各区、各部门要认真贯彻落实,确保各项政策措施落地见效,推动全市科技创新工作再上新台阶。</p>
</td></tr></table></td></tr></table></body></html>"""


def test_a_page_laid_out_in_tables_keeps_its_paragraphs_and_its_data_table(tmp_path: Path, vocab) -> None:  # type: ignore[no-untyped-def]
    # older government sites set the whole article in a cell of a layout table: it is no row of one cell
    path = tmp_path / "old-site.html"
    path.write_text(OLD_SITE, encoding="utf-8")
    build = pipeline.build([path], vocab, check=False)
    lines = build.docs[0].text.split("\n")
    assert "一、对新认定的创新平台给予一次性奖励,奖励标准如下表。" in lines and "二、到2025年,全市高新技术企业数量达到3000家。" in lines
    assert "| 重点实验室 | 国家级 | 500 |" in [line.strip() for line in lines]
    assert {(f.recipient, f.level, int(f.amount_yuan)) for f in build.facts if isinstance(f, Funding)} == {("重点实验室", "国家级", 5_000_000)}
    assert {(t.subject, int(t.value), t.year) for t in build.facts if isinstance(t, Target)} == {("高新技术企业数量", 3000, 2025)}


def test_a_short_page_read_without_trafilatura_keeps_a_row_on_one_line() -> None:
    import lxml.html

    from kg.ingest.html import _block_text

    tree = lxml.html.fromstring("<div><p>对新认定的平台给予奖励。</p><table><tr><th>类别</th><th>奖励金额（万元）</th></tr>"
                                "<tr><td>国家级重点实验室</td><td><p>500</p></td></tr></table></div>")
    lines = [line.strip() for line in _block_text(tree).splitlines() if line.strip()]
    assert lines == ["对新认定的平台给予奖励。", "| 类别 | 奖励金额（万元） |", "| 国家级重点实验室 | 500 |"]
