"""Session 14's ingest defects, on policies of our own (tests/layouts14.py; PDFs in tests/data/layout14, made by
scripts/make_layout14_fixtures.py): a narrow table inside a two-column page, a category cell merged over the rows under
it (HTML rowspan, Word's vertical merge, a ruled and an unruled PDF), a notice's attachment list and the document enclosed
after it, a Traditional rule whose title is neither in 《》 nor its first line. Each form gives the facts and header of
the same text typed as .txt; and the rules underneath, on made-up input."""

from __future__ import annotations

import html
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from kg import pipeline
from kg.cli import cli
from kg.ingest import read
from kg.ingest.pdf import Page, Word
from kg.ingest.pdfcells import filled_down, merged_down
from kg.ingest.pdfgutter import gutter
from kg.normalize import ATTACHMENT_LIST
from kg.segment import _fallback_title

import layouts14 as L
from test_ingest_parity12 import facts

DATA = Path(__file__).parent / "data" / "layout14"
TAIWAN = [
    "中華民國一百十三年三月一日府經產字第1130012345號令訂定",
    "臺南市中小企業數位轉型補助要點",
    "一、臺南市政府（以下簡稱本府）為協助本市中小企業導入數位工具，提升競爭力，特訂定本要點。",
    "二、補助對象：設籍本市之中小企業。",
    "三、數位工具導入計畫：每案補助新臺幣三十萬元為上限。",
    "四、本府預計於一百十五年底前輔導二百家中小企業完成數位轉型。",
]
# name: (the text typed, the forms that must give its facts)
FORMS = {
    "merged": (L.MERGED, ["merged.pdf", "merged-word.pdf", "merged-unruled.pdf", "merged-centred.pdf", "merged.html", "merged.docx"]),
    "narrow": (L.NARROW, ["narrow.pdf", "narrow-ruled.pdf"]),
    "attachment": (L.ATTACHMENT, ["attachment.html", "attachment.docx"]),
    "taiwan": (TAIWAN, ["taiwan.html", "taiwan.docx"]),
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    out = tmp_path_factory.mktemp("layout14")
    for name, (lines, _) in FORMS.items():
        (out / f"{name}.txt").write_text(L.text(lines), encoding="utf-8")
        (out / f"{name}.html").write_text(L.saved_page(lines, lines[1] if name == "taiwan" else lines[0]), encoding="utf-8")
        (out / f"{name}.docx").write_bytes(L.docx_of(lines))  # one paragraph a line, a table ruled and merged down
    for pdf in DATA.glob("*.pdf"):
        (out / pdf.name).write_bytes(pdf.read_bytes())
    return out


# a 印发 notice wrapped over two lines is titled by the document it encloses (gold-more README; meta19 joins the wrap)
TITLES = {"merged": L.MERGED[0], "narrow": "某市促进中小企业创新发展若干措施", "attachment": L.ATTACHMENT[0], "taiwan": "台南市中小企业数位转型补助要点"}
CASES = [(name, form) for name, (_, forms) in FORMS.items() for form in forms]


@pytest.mark.parametrize(("name", "form"), CASES)
def test_every_form_gives_the_facts_and_header_of_the_typed_text(folder: Path, vocab, name: str, form: str) -> None:  # type: ignore[no-untyped-def]
    typed, got = facts(folder / f"{name}.txt", vocab), facts(folder / form, vocab)
    assert typed["documents", f"title={TITLES[name]}"] == 1
    assert not typed - got and not got - typed, (sorted(typed - got), sorted(got - typed))


def test_the_typed_texts_state_what_the_forms_must_keep(folder: Path, vocab) -> None:  # type: ignore[no-untyped-def]
    merged = Counter(kind for kind, _ in facts(folder / "merged.txt", vocab))
    assert merged["funding"] >= 6 and merged["targets"] == 2
    narrow = facts(folder / "narrow.txt", vocab)
    assert sum(kind == "funding" for kind, _ in narrow.elements()) >= 5 and ("documents", "number=某政办发〔2024〕21号") in narrow


@pytest.mark.parametrize("form", ["merged.pdf", "merged-word.pdf", "merged-unruled.pdf", "merged-centred.pdf", "merged.docx"])
def test_each_row_under_a_merged_category_carries_it(folder: Path, form: str) -> None:
    lines = read(folder / form).original.split("\n")
    for row in L.MERGED_ROWS:
        assert "\t".join(row) in lines


def test_a_rowspan_is_copied_into_the_rows_it_spans_on_a_saved_page(folder: Path) -> None:
    text = read(folder / "merged.html").original
    for row in L.MERGED_ROWS:
        assert "| " + " | ".join(row) + " |" in text


@pytest.mark.parametrize("form", ["narrow.pdf", "narrow-ruled.pdf"])
def test_a_narrow_table_in_one_column_stays_rows_and_the_columns_read_in_turn(folder: Path, form: str) -> None:
    text = read(folder / form).original
    lines = text.split("\n")
    assert ["认定级别\t奖励（万元）", "国家级\t100", "省级\t50", "市级\t20"] == lines[lines.index("认定级别\t奖励（万元）") :][:4]
    order = [text.index("\n" + line[:10]) for line in L.NARROW[3:14] if "\t" not in line]
    assert order == sorted(order)


def test_an_attachment_list_is_no_text_and_the_enclosed_title_no_title(folder: Path, vocab) -> None:  # type: ignore[no-untyped-def]
    for form in ("attachment.txt", "attachment.html"):
        build = pipeline.build([folder / form], vocab, check=False)
        doc = build.docs[0]
        assert doc.meta.title == L.ATTACHMENT[0] and doc.meta.issued == "2024-03-01" and doc.meta.issuer == "某市科学技术局"
        assert "附件:" not in doc.text and "申请表" not in doc.text  # the list's lines, both
        assert "第二条孵化器在孵企业数量不少于20家" in doc.text.replace(" ", "")  # the enclosed text is kept
        assert not [f for f in build.facts if "附件" in f.evidence.quote]


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("附件：1.某市科技企业孵化器认定和管理办法\n2.某市科技企业孵化器认定申请表\n", True),
        ("附件:\n某市数字政府建设考评指标\n", True),  # the colon alone, then the one title
        ("附件2：某市重点实验室建设资金申请表\n", True),
        ("附 件：1. 申报指南\n  2. 推荐汇总表\n", True),
        ("附件：\n1.申报指南.pdf\n推荐汇总表.xlsx\n", True),  # a web page's files, numbered or not
        ("附件1\n", False),  # the marker that opens the enclosed document stays
        ("附件材料真实性由申报单位负责。\n", False),
        ("附件：申报单位应当如实填写，并对材料真实性负责。\n", False),  # a sentence, not a title
    ],
)
def test_attachment_list_lines(text: str, listed: bool) -> None:
    assert (ATTACHMENT_LIST.fullmatch(text) is not None) == listed


def test_a_traditional_rules_title_is_the_line_ending_in_its_kind(folder: Path, vocab) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline.build([folder / "taiwan.txt"], vocab, check=False).docs[0]
    assert doc.meta.title == "台南市中小企业数位转型补助要点" and doc.meta.issued == "2024-03-01"
    lines = ["发布日期:2024-03-01", "台南市政府经济发展局", "为协助本市青年创业,减轻资金负担,特订定本计画", "台南市青年创业贷款利息补贴计画", "一、补贴对象。"]
    assert _fallback_title(lines) == "台南市青年创业贷款利息补贴计画"  # not the body's sentence, nor the body that issued it
    assert _fallback_title(["台南市政府经济发展局", "一、为协助本市青年创业,特订定本计画"]) == "台南市政府经济发展局"  # none: as before
    assert _fallback_title(["法规名称:台南市中小企业数位转型补助要点", "修正日期:民国113年03月01日"]) == "台南市中小企业数位转型补助要点"  # a law database's label


def test_a_ruled_tables_cell_merged_down_is_read_into_each_row_and_one_merged_across_is_not() -> None:
    box = lambda top, bottom: (0.0, top, 10.0, bottom)  # noqa: E731
    rows = [SimpleNamespace(bbox=(0, 0, 30, 10), cells=[box(0, 10), box(0, 10), box(0, 10)]),
            SimpleNamespace(bbox=(0, 10, 30, 20), cells=[box(10, 30), box(10, 20), box(10, 20)]),  # 国家级 spans two rows
            SimpleNamespace(bbox=(0, 20, 30, 30), cells=[None, box(20, 30), box(20, 30)]),
            SimpleNamespace(bbox=(0, 30, 30, 40), cells=[box(30, 40), None, box(30, 40)])]  # 合计 across two columns
    texts = [["级别", "类别", "金额"], ["国家级", "重点实验室", "500"], [None, "技术创新中心", "300"], ["合计", None, "800"]]
    assert merged_down(rows, texts) == [["级别", "类别", "金额"], ["国家级", "重点实验室", "500"], ["国家级", "技术创新中心", "300"], ["合计", "", "800"]]


def _line(text: str) -> SimpleNamespace:
    return SimpleNamespace(text=text, spans=tuple((k * 50.0, k * 50.0 + 40) for k in range(text.count("\t") + 1)))


def test_an_unruled_category_is_filled_from_the_top_of_its_rows_or_from_its_middle() -> None:
    import dataclasses

    @dataclasses.dataclass(frozen=True)
    class Row:
        text: str
        spans: tuple[tuple[float, float], ...]

    def rows(*texts: str) -> list[Row]:
        return [Row(**vars(_line(t))) for t in texts]

    top = rows("级别\t类别\t金额", "国家级\t重点实验室\t500", "\t技术创新中心\t300", "\t\t备注")  # a row of its last cell only: no
    assert [r.text for r in filled_down(top)] == ["级别\t类别\t金额", "国家级\t重点实验室\t500", "国家级\t技术创新中心\t300", "\t\t备注"]
    # centred: each category on the middle of its rows; a row takes the nearest, the one above on a tie
    centred = rows("级别\t类别\t金额", "\t重点实验室\t500", "国家级\t技术创新中心\t300", "\t制造业创新中心\t1000", "\t重点实验室\t100",
                   "省级\t技术创新中心\t50", "\t工程技术研究中心\t20")
    assert [r.text.split("\t")[0] for r in filled_down(centred)] == ["级别", "国家级", "国家级", "国家级", "省级", "省级", "省级"]
    # a header in two rows (类别 merged over both, centred between them): its second row is no category's; the data's is
    two = rows("类别\t奖励金额(万元)\t", "\t国家级\t省级", "重点实验室\t500\t100", "\t300\t50")
    assert [r.text for r in filled_down(two)] == ["类别\t奖励金额(万元)\t", "\t国家级\t省级", "重点实验室\t500\t100", "重点实验室\t300\t50"]


def test_columns_whose_rows_a_table_shifted_still_have_their_gutter() -> None:
    size = 10.0
    words = [Word(20, 140, top, top + size, "左" * 12) for top in range(50, 170, 16)]  # left column, its own pitch
    words += [Word(40, 70, top, top + size, "国家级") for top in (180, 196)] + [Word(90, 110, top, top + size, "100") for top in (180, 196)]
    words += [Word(160, 280, top, top + size, "右" * 12) for top in range(42, 250, 12)]  # right column, another pitch
    words += [Word(60, 240, 10, 30, "标" * 18)]  # a title across both, alone on its row
    assert gutter(words, 300) == pytest.approx(150, abs=10)


def test_rowspan_on_a_short_page_and_across_columns(tmp_path: Path) -> None:
    from kg.ingest.html import spread_rowspans
    import lxml.html

    table = lxml.html.fragment_fromstring(
        "<table><tr><td rowspan='3'>国家级</td><td colspan='2'>重点实验室</td></tr><tr><td>技术创新中心</td><td>300</td></tr>"
        "<tr><td>中心</td></tr><tr><td>省级</td><td>x</td><td>50</td></tr></table>")
    spread_rowspans(table)
    rows = [[cell.text for cell in row] for row in table.iter("tr")]
    assert rows == [["国家级", "重点实验室"], ["国家级", "技术创新中心", "300"], ["国家级", "中心"], ["省级", "x", "50"]]
    page = "<html><body><table><tr><td rowspan='2'>国家级</td><td>重点实验室</td><td>500</td></tr><tr><td>技术创新中心</td><td>300</td></tr></table></body></html>"
    (tmp_path / "short.html").write_text(page, encoding="utf-8")
    assert "国家级" in read(tmp_path / "short.html").original.split("技术创新中心")[0].rsplit("重点实验室", 1)[1]


def test_kg_build_of_the_fixtures_reads_each_header_and_escapes_the_text(folder: Path, tmp_path: Path) -> None:
    payload = "<img src=x onerror=alert(1)>"
    docs = tmp_path / "docs"
    docs.mkdir()
    for form in ("merged.pdf", "narrow.pdf", "attachment.html", "taiwan.txt"):
        (docs / form).write_bytes((folder / form).read_bytes())
    hostile = L.saved_page(L.MERGED, L.MERGED[0]).replace(html.escape("国家级"), html.escape(payload + "国家级"), 1)  # in a rowspan cell
    (docs / "hostile.html").write_text(hostile, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(docs), "--out", str(tmp_path / "out"), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    pages = list((tmp_path / "out").rglob("*.html"))
    assert pages and not [page for page in pages if payload in page.read_text(encoding="utf-8")]
    graph = (tmp_path / "out" / "policy.ttl").read_text(encoding="utf-8")
    for title in TITLES.values():
        assert f'dcterms:title "{title}"@zh' in graph
    for value in ("某政办发〔2024〕21号", "某科发〔2024〕8号", '"2024-05-20"', '"2024-06-15"', '"2024-03-01"', '"某市科学技术局"'):
        assert value in graph
