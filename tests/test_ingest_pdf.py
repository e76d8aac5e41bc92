"""PDF reading: reading order, wrapped lines, running lines, page map (pure, on made-up pages) and
the fixtures of tests/data/formats (made by scripts/make_format_fixtures.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import ingest, pipeline
from kg.errors import KgError
from kg.ingest.pdf import Page, Word, assemble
from kg.model import Funding

FORMATS = Path(__file__).parent / "data" / "formats"
SIZE = 10.0


def page(*rows: tuple[float, float, str], width: float | None = None, height: float = 400.0) -> Page:
    """A page of words, each (x0, top, text), one character = SIZE points wide; by default as wide
    as its longest line and a margin of 20 points on either side."""
    width = width or 40 + SIZE * max(len(text) for _, _, text in rows)
    return Page(width, height, tuple(Word(x0, x0 + SIZE * len(text), top, top + SIZE, text) for x0, top, text in rows))


def text_of(*pages: Page) -> str:
    return assemble(list(pages), "x.pdf")[0]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # a sentence wrapped over full lines is one line; the short last line ends the paragraph
        ([(20, 50, "对新认定的国家级重点实验室给予最高一千万元"), (20, 62, "奖补经费。"), (20, 74, "二、保障措施")],
         "对新认定的国家级重点实验室给予最高一千万元奖补经费。\n二、保障措施"),
        # a line that wrapped a few characters early (”, numbers may not start or split a line) still runs on
        ([(20, 50, "围绕八个发展和培育壮大12个重点"), (20, 62, "产业。")], "围绕八个发展和培育壮大12个重点产业。"),
        # an indented line starts a paragraph, even after a full line
        ([(20, 50, "第一段的最后一行恰好占满整行的宽度没有句"), (40, 62, "第二段。")], "第一段的最后一行恰好占满整行的宽度没有句\n第二段。"),
        # a full line ending a sentence runs on: the paragraph goes on (到2025年 must stay in it)
        ([(20, 50, "给予不高于五十万元资金支持。到二〇二五年,"), (20, 62, "园区达到十家。")], "给予不高于五十万元资金支持。到二〇二五年,园区达到十家。"),
        # numbered items and a 文号 alone on its line are never the tail of a wrapped sentence
        ([(20, 50, "北京市经济和信息化局关于印发实施方案的通知"), (20, 62, "京经信发〔2023〕30号")],
         "北京市经济和信息化局关于印发实施方案的通知\n京经信发〔2023〕30号"),
        ([(20, 50, "加快建设科技强市提出如下方案具体内容如下"), (20, 62, "1.壮大技术创新主体。")], "加快建设科技强市提出如下方案具体内容如下\n1.壮大技术创新主体。"),
        # Latin words wrapped get their space back; Chinese characters never do
        ([(20, 50, "the policy supports open"), (20, 62, "innovation. 到此为止。")], "the policy supports open innovation. 到此为止。"),
    ],
)
def test_lines_are_joined_where_a_sentence_wraps(rows: list[tuple[float, float, str]], expected: str) -> None:
    assert text_of(page(*rows)) == expected


def test_two_columns_are_read_left_then_right_below_a_full_width_title() -> None:
    rows = [(20, 50, "北京市促进科技创新的若干措施与实施细则全文全文全文")]  # across the gutter
    rows += [(20, 70 + 12 * i, f"左栏第{i}行内容十个字") for i in range(8)]
    rows += [(160, 70 + 12 * i, f"右栏第{i}行内容十个字") for i in range(8)]
    text = text_of(page(*rows, width=300))
    assert text.index("北京市") < text.index("左栏第0行") < text.index("左栏第7行") < text.index("右栏第0行") < text.index("右栏第7行")


def test_running_headers_footers_and_page_numbers_are_left_out_and_pages_mapped() -> None:
    pages = [
        page((20, 10, "某市人民政府文件"), (20, 50, f"第{n}页的正文。"), (140, 385, f"— {n} —"), width=300)
        for n in (1, 2, 3)
    ]
    text, starts = assemble(pages, "x.pdf")
    assert text == "第1页的正文。\n第2页的正文。\n第3页的正文。"
    assert starts == (0, 8, 16)


def test_browser_date_and_url_lines_are_left_out_on_a_single_page() -> None:
    one = page((5, 5, "11/26/26, 10:00 AM"), (20, 50, "正文。"), (5, 390, "file:///tmp/page.html 1/1"), width=300)
    assert text_of(one) == "正文。"


def test_a_pdf_without_text_says_so() -> None:
    with pytest.raises(KgError, match=r"x.pdf: scanned PDF \(2 pages, 2 images\) with no text layer; kg does no OCR"):
        assemble([Page(300, 400, (), 1), Page(300, 400, (), 1)], "x.pdf")


# ---- fixtures made the way real files are made -------------------------------------------------


def test_chromium_printed_page_has_no_browser_lines_and_quotes_carry_pages(vocab) -> None:  # type: ignore[no-untyped-def]
    build = pipeline.build([FORMATS / "gov-page.chromium.pdf"], vocab, check=False)
    doc = build.docs[0]
    assert "file://" not in doc.original and " AM " not in doc.original and "1/2" not in doc.original
    assert "人民政府" in doc.original and "⼈" not in doc.original  # Kangxi radicals from Chromium's text layer undone
    assert doc.meta.number == "唐政字〔2022〕56号" and doc.meta.issued == "2022-06-01"  # the printed metadata table
    assert len(doc.source.pages) == 2
    funding = [f for f in build.facts if isinstance(f, Funding) and f.recipient == "重点实验室"]
    assert {(f.level, f.amount_yuan) for f in funding} >= {("国家级", 10_000_000), ("市级", 100_000)}
    assert {f.evidence.page for f in build.facts} == {1, 2}
    for fact in build.facts:
        assert doc.original[fact.evidence.start : fact.evidence.end] == fact.evidence.quote
        assert doc.source.page_at(fact.evidence.start) == fact.evidence.page


def test_libreoffice_two_column_export_reads_in_order_with_its_table(vocab) -> None:  # type: ignore[no-untyped-def]
    doc = ingest.read(FORMATS / "two-column.pdf")
    word = ingest.read(FORMATS / "two-column.docx")
    assert "唐山市人民政府文件" not in doc.original  # the running header
    assert "平台\t级别\t奖补(万元)\n重点实验室\t国家级\t1000\n" in doc.original  # a ruled table, row by row
    assert "平台\t级别\t奖补(万元)\n重点实验室\t国家级\t1000\n" in word.original
    paragraphs = [line for line in word.original.splitlines() if len(line) > 40]
    assert all(p in doc.original for p in paragraphs), "every long paragraph comes back whole, in one line"
    assert [doc.original.index(p) for p in paragraphs] == sorted(doc.original.index(p) for p in paragraphs)


@pytest.mark.parametrize(
    ("name", "make", "problem"),
    [
        ("encrypted.pdf", lambda: (FORMATS / "encrypted.pdf").read_bytes(), "encrypted PDF (it needs a password to open); save an unprotected copy and build again"),
        ("scanned.pdf", lambda: (FORMATS / "scanned.pdf").read_bytes(), "scanned PDF (1 pages, 1 images) with no text layer; kg does no OCR: give it a PDF with text (e.g. after ocrmypdf) or the DOCX/HTML"),
        ("truncated.pdf", lambda: (FORMATS / "two-column.pdf").read_bytes()[:5000], "damaged or truncated PDF"),
        ("header-only.pdf", lambda: b"%PDF-1.7\n", "damaged or truncated PDF"),
    ],
)
def test_bad_pdfs_give_one_line(tmp_path: Path, name: str, make, problem: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(make())
    with pytest.raises(KgError) as caught:
        ingest.read(path)
    assert str(caught.value).startswith(f"{path}: {problem}")
    assert "\n" not in str(caught.value)
