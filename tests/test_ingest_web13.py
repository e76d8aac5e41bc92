"""A support measure of our own as real sites, Word users and gazettes give it (tests/webpages.py; PDFs in tests/data/web,
made by scripts/make_layout_fixtures.py) gives the facts of the same text typed as .txt, and the right title, 文号, issuer
and date: saved pages in seven site templates (TRS_Editor under a metadata table, a layout table, <br> lines, the title in
an <h1> apart from the body, a sidebar of links, the title only in a metadata list with labels kg does not keep, an
info line 发布时间/来源/浏览次数 and a QR caption inside the article's own container), each in UTF-8 and GBK; a DOCX whose items Word numbers itself, with a
table of amounts, a text box, a header and a footer, and the same with its body in the one cell of a layout table; one-page PDFs with a gazette's running header set small above the
title, and with a title at the top of the page (large, or at the body's size) that must stay. Page chrome gives no fact,
and document text reaches no page of `kg build` unescaped."""

from __future__ import annotations

import html
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import pipeline
from kg.cli import cli
from kg.ingest import read
from kg.ingest.docxnum import chinese
from kg.ingest.html import header_left_out
from kg.ingest.pdf import Page, Word, without_running_lines
from kg.normalize import DEBRIS_LINE

import webpages
from test_ingest_parity12 import facts

WEB = Path(__file__).parent / "data" / "web"
FORMS = [f"{name}.{charset}.html" for name in webpages.PAGES for charset in ("utf-8", "gbk")] + ["measure.docx", "in-cell.docx"]
FORMS += [f"{name}.pdf" for name in webpages.PRINTED]


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    out = tmp_path_factory.mktemp("web")
    (out / "measure.txt").write_text(webpages.text(), encoding="utf-8")
    for name in webpages.PAGES:
        for charset in ("utf-8", "gbk"):
            (out / f"{name}.{charset}.html").write_bytes(webpages.page_bytes(name, charset))
    (out / "measure.docx").write_bytes(webpages.docx_bytes())
    (out / "in-cell.docx").write_bytes(webpages.docx_bytes(in_cell=True))
    for name in webpages.PRINTED:
        (out / f"{name}.pdf").write_bytes((WEB / f"{name}.pdf").read_bytes())
    return out


@pytest.fixture(scope="module")
def typed(folder: Path, vocab) -> Counter[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return facts(folder / "measure.txt", vocab)


def test_the_typed_text_has_the_facts_a_support_measure_states(typed) -> None:  # type: ignore[no-untyped-def]
    kinds = Counter(kind for kind, _ in typed)
    assert kinds["funding"] == 6 and kinds["targets"] == 2 and kinds["entities"] >= 5
    assert ("documents", f"title={webpages.TITLE}") in typed and ("documents", f"number={webpages.NUMBER}") in typed
    assert ("documents", f"issuer={webpages.ISSUER}") in typed and ("documents", "issued=2024-03-15") in typed


@pytest.mark.parametrize("form", FORMS)
def test_every_form_gives_the_facts_and_header_of_the_typed_text(folder: Path, typed, vocab, form: str) -> None:  # type: ignore[no-untyped-def]
    got = facts(folder / form, vocab)
    assert not typed - got and not got - typed, (sorted(typed - got), sorted(got - typed))


@pytest.mark.parametrize("name", list(webpages.PAGES))
def test_page_chrome_is_no_text_and_gives_no_fact(folder: Path, vocab, name: str) -> None:  # type: ignore[no-untyped-def]
    build = pipeline.build([folder / f"{name}.gbk.html"], vocab, check=False)
    doc = build.docs[0]
    for word in ("分享到", "字体", "打印", "关闭", "相关链接", "浏览次数", "当前位置", "ICP", "发布时间", "来源", "扫一扫", "上一篇", "科学技术局"):
        assert word not in doc.text, word  # as normalised: what extraction reads
    policy = "".join(webpages.text().split())
    for fact in build.facts:
        assert "".join(fact.evidence.quote.replace("|", " ").split()) in policy.replace("\t", "")  # a row as trafilatura writes it


@pytest.mark.parametrize("line", ["发布时间：2024-03-18　来源：嘉兴市科学技术局　浏览次数：1024", "【字体：大 中 小】", "字体：【大 中 小】",
                                  "扫一扫在手机打开当前页", "点击数：35", "访问量：1024"])
def test_a_pages_info_line_is_no_text(line: str) -> None:
    assert DEBRIS_LINE.fullmatch(line + "\n")


@pytest.mark.parametrize("line", ["发布时间由市科技局另行通知。", "字体设计企业给予奖励。", "扫一扫即可申领创新券，每家企业最高10万元。", "浏览次数较多的政策予以公开。"])
def test_sentences_that_begin_with_the_same_words_stay(line: str) -> None:
    assert not DEBRIS_LINE.fullmatch(line + "\n")


def test_a_title_and_number_set_apart_are_put_back_and_nothing_else_is() -> None:
    whole = "首页\n政务公开\n嘉兴市人民政府办公室关于加快推进科技创新的若干措施\n发布时间：2024-03-18 来源：嘉兴市科学技术局\n嘉政办发〔2024〕12号\n字体：大 中 小\n各县（市、区）人民政府：\n正文。"
    text = "各县（市、区）人民政府：\n正文。"
    title = "嘉兴市人民政府办公室关于加快推进科技创新的若干措施_嘉兴市人民政府"
    assert header_left_out(whole, text, title) == ["嘉兴市人民政府办公室关于加快推进科技创新的若干措施", "嘉政办发〔2024〕12号"]
    # a title cut short in <title> still finds its line; a site's short name finds none; a title already there is not repeated
    assert header_left_out(whole, text, "嘉兴市人民政府办公室关于加快推进科技…")[:1] == ["嘉兴市人民政府办公室关于加快推进科技创新的若干措施"]
    assert header_left_out("首页\n政务公开\n" + text, text, "政务公开") == []
    assert header_left_out(whole, whole.split("\n", 2)[2], title) == []
    assert header_left_out(whole, "一段不在页面上的文字", title) == []


def test_labels_not_kept_end_the_value_before_them(folder: Path) -> None:
    fields = dict(read(folder / "list.gbk.html").source.fields)
    assert fields["发文机关"] == webpages.ISSUER and fields["发文字号"] == webpages.NUMBER and fields["标题"] == webpages.TITLE
    assert fields["成文日期"] == "2024-03-15" and fields["索引号"] == webpages.META["索引号"]


def test_other_sites_names_for_the_issuer_and_number_taiwans_too() -> None:
    from kg.ingest.html import stated_in

    fields = dict(stated_in("发布部门：嘉兴市科学技术局　文件编号：嘉科发〔2024〕3号\n成文日期：2024-03-15"))
    assert fields == {"发文机关": "嘉兴市科学技术局", "发文字号": "嘉科发〔2024〕3号", "成文日期": "2024-03-15"}
    taiwan = dict(stated_in("法規名稱：產業創新補助作業要點\n發文機關：經濟部　發文字號：經授工字第11320401230號\n發布日期：2024-03-20"))
    assert taiwan == {"标题": "產業創新補助作業要點", "发文机关": "經濟部", "发文字号": "經授工字第11320401230號", "发布日期": "2024-03-20"}


@pytest.mark.parametrize("name", ["measure", "in-cell"])
def test_word_numbers_its_items_and_the_box_and_table_are_read_once(folder: Path, name: str) -> None:
    lines = read(folder / f"{name}.docx").original.split("\n")
    assert [line[:2] for line in lines if line and line[0] in webpages.NUMERALS] == ["一、", "二、", "三、", "四、", "五、"]
    assert lines.count(webpages.NUMBER) == 1 and lines[1] == webpages.NUMBER
    assert "类别\t认定级别\t奖励金额（万元）" in lines
    assert not {"嘉兴市人民政府办公室文件", "— 1 —"} & set(lines)  # the running header and the footer
    assert webpages.OPENING in lines and webpages.DATE in lines  # each paragraph of a layout cell a line


def test_word_list_levels_formats_restarts_styles_and_content_controls(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    from formats import saved

    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.append(parse_xml(webpages.ABSTRACT))
    numbering.append(parse_xml(f'<w:num {webpages.NS} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for text, level, num in [("总体要求", 0, "90"), ("基本原则", 1, "90"), ("发展目标", 1, "90"), ("主要任务", 0, "90"), ("加强研发", 1, "90"),
                             ("不编号的段落", 0, "0"), ("正文", None, None)]:
        paragraph = document.add_paragraph(text)
        if level is not None:
            paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {webpages.NS}><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'))
    document.add_paragraph("要点", style="List Bullet")  # a bullet is no number
    document.add_paragraph("第一项", style="List Number")  # numbered by its style, not the paragraph
    document.add_paragraph("第二项", style="List Number")
    control = f'<w:sdt {webpages.NS}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>控件里的日期</w:t></w:r></w:p></w:sdtContent></w:sdt>'
    document.element.body.insert(0, parse_xml(control))  # a template's content control
    (tmp_path / "list.docx").write_bytes(saved(document))
    assert read(tmp_path / "list.docx").original.split("\n") == [
        "控件里的日期", "一、总体要求", "（一）基本原则", "（二）发展目标", "二、主要任务", "（一）加强研发", "不编号的段落", "正文", "要点",
        "1.第一项", "2.第二项"]


@pytest.mark.parametrize(("n", "written"), [(1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (35, "三十五")])
def test_chinese_counting(n: int, written: str) -> None:
    assert chinese(n) == written


@pytest.mark.parametrize("name", list(webpages.PRINTED))
def test_a_gazettes_small_header_on_a_one_page_pdf_is_no_title_and_a_title_on_top_stays(folder: Path, vocab, name: str) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline.build([folder / f"{name}.pdf"], vocab, check=False).docs[0]
    assert doc.meta.title == webpages.TITLE and doc.meta.issuer == webpages.ISSUER
    assert doc.original.startswith(webpages.TITLE + "\n") and "公报" not in doc.original


def _row(text: str, top: float, size: float) -> list[Word]:
    return [Word(100 + i * size, 100 + (i + 1) * size, top, top + size, ch) for i, ch in enumerate(text)]


def test_small_rows_at_the_top_of_the_first_page_only_go() -> None:
    body = [w for k in range(20) for w in _row("对新认定的重点实验室给予奖励。", 200 + 20 * k, 14)]
    header, title, footnote = _row("某市人民政府公报", 30, 10), _row("关于支持科技创新的若干措施", 40, 22), _row("注：单位为万元", 810, 10)
    kept = without_running_lines([Page(595, 842, tuple(header + title + body + footnote))])[0].words
    assert not set(map(id, header)) & set(map(id, kept))  # the gazette's header goes
    assert set(map(id, title + footnote)) <= set(map(id, kept))  # the title stays, and a small note at the foot
    alone = _row("某市人民政府公报", 30, 10)
    assert without_running_lines([Page(595, 842, tuple(alone))])[0].words == tuple(alone)  # a page of nothing else


def test_document_text_reaches_no_built_page_unescaped(tmp_path: Path) -> None:
    payload = "<img src=x onerror=alert(1)>"
    source = webpages.trs_page().replace(html.escape(webpages.OPENING), html.escape(payload + webpages.OPENING))
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "hostile.html").write_text(source, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "docs"), "--out", str(tmp_path / "out"), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    pages = list((tmp_path / "out").rglob("*.html"))
    assert pages and not [page for page in pages if payload in page.read_text(encoding="utf-8")]
    texts = list((tmp_path / "out").rglob("hostile*.txt"))
    assert texts and payload in texts[0].read_text(encoding="utf-8")  # the text as read keeps it, as text
