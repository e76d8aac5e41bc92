"""A policy text in the forms users have it: a government-style web page and a Word file.

Used by tests/test_ingest_formats.py to write every seed in every form, and by
scripts/make_format_fixtures.py, which prints these to PDF (chromium, LibreOffice) for
tests/data/formats/. Same text in, same bytes out.
"""

from __future__ import annotations

import html
import io
import subprocess
import zipfile
from pathlib import Path

SITE_TOP = """<div class="top"><a href="/">网站首页</a> | <a href="/en">English</a> | <a href="/wza">无障碍</a> | 登录 注册</div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/zcwj">政策文件</a></li>
<li><a href="/hd">互动交流</a></li><li><a href="/bs">办事服务</a></li><li><a href="/gxqy">高新技术企业认定专栏</a></li></ul></div>
<div class="crumb">您当前所在位置:<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 政策文件</div>"""

SITE_BOTTOM = """<div class="share">分享到:<a class="wx">微信</a><a class="wb">微博</a><a class="qq">QQ空间</a>
<a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="related"><h3>相关文件</h3><ul><li><a href="/a">关于支持重点实验室建设的若干措施</a></li>
<li><a href="/b">关于推动专精特新企业高质量发展的通知</a></li></ul></div>
<div class="footer"><p>主办:人民政府办公室 承办:大数据中心</p><p>网站标识码:1100000088 京ICP备05060933号 京公网安备11010502039655号</p>
<p>地址:某市某区某路1号 邮编:100000 电话:010-12345678</p></div>"""

STYLE = """body{font-family:"Noto Sans CJK SC","Noto Serif CJK SC",sans-serif;font-size:14px;margin:0}
.top,.nav,.crumb,.share,.footer{color:#555;font-size:12px}.nav li{display:inline;margin-right:1em}
.xxgk{border:1px solid #ccc;margin:1em 0;font-size:12px}.article h1{text-align:center;font-size:20px}
.article p{text-indent:2em;line-height:1.8;margin:.3em 0}"""


def gov_page(text: str, fields: dict[str, str] | None = None, page_title: str = "") -> str:
    """The text as a saved page of a government site: navigation, breadcrumbs, a metadata table
    (索引号, 发文机关 …) when fields are given, the text one <p> per line, share buttons, related
    links, a footer, and a <script> and <style> holding Chinese text that must never be read."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    table = ""
    if fields:
        cells = [f"<td class='k'>{html.escape(k)}:</td><td>{html.escape(v)}</td>" for k, v in fields.items()]
        rows = ["<tr>" + "".join(cells[i : i + 2]) + "</tr>" for i in range(0, len(cells), 2)]
        table = f"<table class='xxgk'>{''.join(rows)}</table>"
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{html.escape(page_title or (lines[0] if lines else ""))}_政策文件_人民政府门户网站</title>
<style>{STYLE}</style>
<script>var hot = ["高新技术企业认定", "重点实验室申报"]; document.title += "";</script>
</head><body>
{SITE_TOP}
<div class="main">{table}
<div class="article" id="zoom">
{body}
</div></div>
<noscript>请开启JavaScript以浏览专精特新企业栏目</noscript>
{SITE_BOTTOM}
</body></html>
"""


def docx_bytes(text: str, header: str = "", two_columns: bool = False, table: list[list[str]] | None = None) -> bytes:
    """The text as a Word file, one paragraph per line; optionally a running header, a centred
    page-number footer (a PAGE field), two text columns and a table after the first paragraph."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Noto Serif CJK SC"
    style.font.size = Pt(11)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    section = document.sections[0]
    if header:
        section.header.paragraphs[0].text = header
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = footer.add_run("— ")
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), "PAGE")
        footer._p.append(field)
        footer.add_run(" —")
        del run
    if two_columns:
        columns = OxmlElement("w:cols")
        columns.set(qn("w:num"), "2")
        columns.set(qn("w:space"), "425")
        section._sectPr.append(columns)
    for i, line in enumerate(line.strip() for line in text.splitlines()):
        if line:
            document.add_paragraph(line)
        if i == 0 and table:
            grid = document.add_table(rows=len(table), cols=len(table[0]))
            grid.style = "Table Grid"
            for column in grid.columns:
                column.width = Cm(2.2)  # within one column of the page
            for row, values in zip(grid.rows, table):
                for cell, value in zip(row.cells, values):
                    cell.text = value
                    cell.width = Cm(2.2)
    return saved(document)


def saved(document) -> bytes:  # type: ignore[no-untyped-def]
    """A python-docx Document's bytes, the same for the same content (fixed zip timestamps)."""
    out = io.BytesIO()
    document.save(out)
    return _stable_zip(out.getvalue())


def _stable_zip(data: bytes) -> bytes:
    """The same zip with fixed timestamps, so the same text gives the same bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in sorted(source.infolist(), key=lambda i: i.filename != "[Content_Types].xml"):
            content = source.read(info.filename)
            stable = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            stable.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(stable, content)
    return out.getvalue()


def libreoffice_pdf(sources: list[Path], folder: Path) -> list[Path]:
    """DOCX files → PDF with LibreOffice (one run for all), as a colleague's export would be."""
    profile = folder / ".lo-profile"  # its own profile: a second soffice would otherwise hand over and exit
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", str(folder), *map(str, sources)],
        check=True, capture_output=True, timeout=300,
    )
    return [folder / f"{source.stem}.pdf" for source in sources]


def chromium_pdf(page: Path, target: Path, chromium: str = "chromium", browser_lines: bool = True) -> Path:
    """A saved page printed to PDF by headless chromium, with its date/title header and URL/page footer
    (browser_lines), or with only the page's own @page boxes (a running header, — 3 —)."""
    subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         *([] if browser_lines else ["--no-pdf-header-footer"]), f"--print-to-pdf={target}", page.resolve().as_uri()],
        check=True, capture_output=True, timeout=120,
    )
    return target


def site_chrome() -> str:
    """The visible text of the site around the policy (navigation, share, related links, footer), no spaces."""
    import re

    return re.sub(r"\s+", "", html.unescape(re.sub(r"<[^>]+>", "", SITE_TOP + SITE_BOTTOM)))
