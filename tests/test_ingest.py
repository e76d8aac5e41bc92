from __future__ import annotations

import codecs
import hashlib
import io
import zipfile
from pathlib import Path

import pytest

from kg import ingest
from kg.errors import KgError
from kg.ingest import html, text

from conftest import SEEDS
from formats import docx_bytes, gov_page

TEXT = "到2025年,高新技术企业达到1800家。"
TRADITIONAL = "到2025年,高新技術企業達到1800家,對新認定的國家級重點實驗室給予獎勵。"


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty file (no text)"),
        (b"  \n\t\n", "empty file (no text)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not text (NUL byte at 8)"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00", "binary file, not text (NUL byte at 7)"),
        ("高新技术企业".encode("utf-8")[:-1], "not valid UTF-8 (byte 0xe4 at 15): the file is cut short"),
        (b"\xff\xfe" + b"\x00\xd8", "not valid UTF-16 (byte 0x00 at 2); save it as UTF-8"),
    ],
)
def test_bad_files_give_one_line_naming_the_file(tmp_path: Path, data: bytes, problem: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(KgError) as caught:
        ingest.read(path)
    assert str(caught.value) == f"{path}: {problem}"
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8 (BOM)"),
        (TEXT.encode("utf-16"), "utf-16-le"),  # with BOM
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),  # without BOM: told by the NUL bytes
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("gb2312"), "gb2312"),
        ((TEXT + "堃").encode("gbk"), "gbk"),  # a GBK character outside GB2312
        ((TEXT + "𠀀").encode("gb18030"), "gb18030"),  # a 4-byte CJK Ext-B character
        (b"\x84\x31\x95\x33" + TEXT.encode("gb18030"), "gb18030 (BOM)"),
    ],
)
def test_every_encoding_decodes_to_the_same_text_and_is_reported(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "ok.txt"
    path.write_bytes(data)
    doc = ingest.read(path)
    assert doc.original.removesuffix("堃").removesuffix("𠀀") == TEXT
    assert (doc.source.format, doc.source.encoding) == ("text", encoding)


@pytest.mark.parametrize("encoding", ["big5", "cp950", "big5hkscs"])
def test_big5_is_read_as_big5_never_as_gb18030_mojibake(tmp_path: Path, encoding: str) -> None:
    data = TRADITIONAL.encode(encoding)
    assert data.decode("gb18030")  # the trap: Big5 bytes decode cleanly as GB18030
    assert text.plausibility(data.decode("gb18030")) < text.PLAUSIBLE
    path = tmp_path / "tw.txt"
    path.write_bytes(data)
    doc = ingest.read(path)
    assert doc.original == TRADITIONAL and doc.source.encoding.startswith(("big5", "cp950"))


def test_a_seed_in_big5_and_in_gb18030_reads_as_the_seed() -> None:
    seed = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")
    assert text.decode(seed.encode("big5"), "x") == (seed, "big5")
    assert text.decode(seed.encode("gb18030"), "x")[0] == seed


def test_text_in_no_chinese_encoding_is_refused_with_the_candidates(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Café crème brûlée".encode("cp1252"))
    with pytest.raises(KgError, match=r"latin.txt: not valid UTF-8 \(byte 0xe9 at 3\) and no Chinese encoding gives plausible text"):
        ingest.read(path)


def test_find_sorts_folders_and_files_and_refuses_missing_paths(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt"):
        (tmp_path / name).write_text(TEXT, encoding="utf-8")
    assert [p.name for p in ingest.find([tmp_path, tmp_path / "a.txt"])] == ["a.txt", "b.txt"]
    with pytest.raises(KgError, match="missing.txt: no such file or folder"):
        ingest.find([tmp_path / "missing.txt"])
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(KgError, match=r"no documents \(.txt/.text/.html.* files\) found"):
        ingest.find([empty])


def test_a_folder_lists_the_files_of_unknown_kind_as_skipped(tmp_path: Path) -> None:
    for name in ("a.txt", "b.html", "c.pdf", "d.docx", "notes.md", "data.xlsx", ".hidden.txt"):
        (tmp_path / name).write_bytes(b"x")
    found = ingest.survey([tmp_path])
    assert [p.name for p in found.files] == ["a.txt", "b.html", "c.pdf", "d.docx"]
    assert [(p.name, why.split(";")[0]) for p, why in found.skipped] == [("data.xlsx", "unknown kind (.xlsx)"), ("notes.md", "unknown kind (.md)")]


def test_document_id_is_the_file_stem_and_the_source_is_recorded(tmp_path: Path) -> None:
    path = tmp_path / "007_policy.txt"
    path.write_text(TEXT, encoding="utf-8")
    doc = ingest.read(path)
    assert (doc.id, doc.name) == ("007_policy", "007_policy.txt")
    assert doc.source.sha256 == hashlib.sha256(TEXT.encode("utf-8")).hexdigest()


def test_the_kind_is_told_by_the_bytes_not_the_name(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(gov_page(TEXT), encoding="utf-8")
    word = tmp_path / "policy"
    word.write_bytes(docx_bytes(TEXT))
    assert ingest.read(page).source.format == "html"
    assert ingest.read(word).source.format == "docx" and ingest.read(word).original == TEXT


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "Word 97-2003 (.doc) file; convert it to DOCX or PDF first (soffice --headless --convert-to docx FILE)"),
        ("old.wps", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "WPS Writer (.wps) file; convert it to DOCX or PDF first (soffice --headless --convert-to docx FILE)"),
        ("renamed.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "Word 97-2003 (.doc) file; convert it to DOCX or PDF first (soffice --headless --convert-to docx FILE)"),
        ("letter.rtf", b"{\\rtf1\\ansi hello}", "RTF file; convert it to DOCX or PDF first (soffice --headless --convert-to docx FILE)"),
        ("error-page.pdf", b"<html><body>404 Not Found</body></html>", "not a PDF (no %PDF- header); it may be an error page saved under the PDF's name"),
        ("text.docx", "高新技术企业".encode(), "not a Word file (not a zip); save it again as .docx"),
        ("empty.docx", b"", "empty file (no text)"),
        ("empty.pdf", b"", "empty file (no text)"),
        ("empty.html", b"", "empty file (no text)"),
    ],
)
def test_forms_we_do_not_read_name_the_conversion(tmp_path: Path, name: str, data: bytes, problem: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(KgError) as caught:
        ingest.read(path)
    assert str(caught.value) == f"{path}: {problem}"


def test_a_zip_named_docx_is_not_a_word_document(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("policy.txt", TEXT)
    path = tmp_path / "archive.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(KgError, match=r"archive.docx: a zip archive, not a Word document \(no word/document.xml\); unpack it$"):
        ingest.read(path)
    path.write_bytes(buffer.getvalue()[:40])
    with pytest.raises(KgError, match=r"archive.docx: damaged Word file, not a readable zip"):
        ingest.read(path)


def test_docx_paragraphs_and_tables_in_document_order(tmp_path: Path) -> None:
    path = tmp_path / "t.docx"
    path.write_bytes(docx_bytes("标题\n正文一。\n正文二。", table=[["平台", "资助"], ["重点实验室", "1000万元"]]))
    assert ingest.read(path).original == "标题\n平台\t资助\n重点实验室\t1000万元\n正文一。\n正文二。"


# ---- HTML -----------------------------------------------------------------------------------


def test_html_main_text_without_chrome_script_style_and_with_the_metadata_table(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    fields = {"索引号": "000014349/2024-00012", "发文机关": "某市人民政府", "发文字号": "某政发〔2024〕3号", "成文日期": "2024年03月01日"}
    path.write_text(gov_page("某市人民政府关于推动科技创新的实施方案\n" + TEXT * 20, fields), encoding="utf-8")
    doc = ingest.read(path)
    assert doc.original.startswith("某市人民政府关于推动科技创新的实施方案\n" + TEXT)
    for debris in ("首页", "分享到", "ICP备", "高新技术企业认定专栏", "重点实验室申报", "JavaScript", "相关文件", "索引号", "document.title"):
        assert debris not in doc.original, debris
    assert dict(doc.source.fields) == {**fields, "网页标题": "某市人民政府关于推动科技创新的实施方案_政策文件_人民政府门户网站"}


@pytest.mark.parametrize(
    ("markup", "problem"),
    [
        (b"<html><head><title>x</title></head></html>", "HTML page with no text in its body; save the page again once it has loaded, or as PDF"),
        (b"<html><body><script>var a = '\xe9\xab\x98\xe6\x96\xb0';</script></body></html>", "HTML page with no text in its body; save the page again once it has loaded, or as PDF"),
    ],
)
def test_html_with_no_body_text_is_one_line(tmp_path: Path, markup: bytes, problem: str) -> None:
    path = tmp_path / "blank.html"
    path.write_bytes(markup)
    with pytest.raises(KgError) as caught:
        ingest.read(path)
    assert str(caught.value) == f"{path}: {problem}"


def test_html_meta_charset_is_honoured_only_when_the_bytes_decode_under_it() -> None:
    page = f"<html><head><meta charset=gb2312><title>t</title></head><body><p>{TEXT}</p></body></html>"
    assert html.decode(page.encode("utf-8"), "x") == (page, "utf-8")  # the declaration lies
    assert html.decode(page.encode("gbk"), "x") == (page, "gb18030")


def test_html_short_page_falls_back_to_the_body_without_navigation(tmp_path: Path) -> None:
    path = tmp_path / "short.html"
    path.write_text(f"<html><body><nav>首页 高新技术企业专栏</nav><p>{TEXT}</p><footer>版权所有</footer></body></html>", encoding="utf-8")
    assert ingest.read(path).original == TEXT


def test_page_title_is_the_fallback_title(vocab) -> None:  # type: ignore[no-untyped-def]
    from kg.segment import metadata

    meta = metadata(TEXT, vocab, {"网页标题": "某市科技创新行动计划(2024-2026年)_政策文件_某市人民政府"})
    assert (meta.title, meta.doc_type, meta.period_start) == ("某市科技创新行动计划(2024-2026年)", "行动计划", 2024)


def test_read_all_keeps_going_past_bad_files_and_refuses_twin_ids(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.html").write_text(gov_page(TEXT), encoding="utf-8")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.7\n")
    files = ingest.find([tmp_path])
    with pytest.raises(KgError, match="a.txt: same document id"):
        ingest.read_all(files)
    docs, failed = ingest.read_all(files, keep_going=True)
    assert [d.name for d in docs] == ["a.html"]
    assert [(p.name, problem.split(" (")[0]) for p, problem in failed] == [("a.txt", "same document id"), ("b.pdf", "damaged or truncated PDF")]
