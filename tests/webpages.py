"""A support measure of our own as real sites and Word users save it (tests/test_ingest_web13.py, scripts/make_layout_fixtures.py).

Site templates: the body in a <div class=TRS_Editor> under a metadata table (索引号/发布机构/成文日期/文号), the body in
a layout <table>, the body as <br> lines in one <div>, the title in an <h1> apart from the body, a sidebar of links,
the title only in a metadata list, chrome inside the article's container; each in UTF-8 and GBK (declared by <meta charset>), with menus,
breadcrumbs, 字体：大 中 小, 【打印】【关闭】, share buttons and related links. A DOCX whose items are Word's own numbered
list (the numbers are not in the text), with a table of amounts, a text box and a header and footer. A one-page gazette
PDF page whose running header is set small above the title. Same text in, same bytes out.
"""

from __future__ import annotations

import html

TITLE = "嘉兴市人民政府办公室关于加快推进科技创新的若干措施"
NUMBER = "嘉政办发〔2024〕12号"
ISSUER = "嘉兴市人民政府办公室"
DATE = "2024年3月15日"
OPENING = "为加快建设创新型城市，推动企业成为创新主体，结合本市实际，制定如下措施。"
# the items, numbered 一、 … in the text (Word's list numbers them itself)
ITEMS = [
    "支持企业加大研发投入。对上年度研发费用超过500万元的企业，按其研发费用增量的10%给予补助，每家企业最高200万元。",
    "支持创新平台建设。对新认定的国家级、省级重点实验室，分别给予500万元、100万元奖励。",
    "支持高新技术企业发展。对首次认定的高新技术企业给予30万元奖励。",
    "发展目标。到2025年，全市高新技术企业数量达到1500家，全社会研发经费投入强度达到3.5%。",
    "本措施自2024年4月1日起施行，有效期三年。",
]
NUMERALS = "一二三四五六七八九十"
MONEY = [["类别", "认定级别", "奖励金额（万元）"], ["技术创新中心", "国家级", "300"], ["技术创新中心", "省级", "80"]]
MONEY_LEAD = "对新认定的技术创新中心，奖励标准如下表。"
# chrome a reader of the page sees around the text: none of it is the policy
CHROME_WORDS = ["首页", "政务公开", "政策文件", "字体", "打印", "关闭", "分享到", "相关链接", "高新技术企业认定专栏", "科学技术局"]


def lines() -> list[str]:
    """The policy as typed: title, 文号, the items numbered, the money table (tabs), the signature block."""
    items = [f"{NUMERALS[i]}、{item}" for i, item in enumerate(ITEMS)]
    table = ["\t".join(row) for row in MONEY]
    return [TITLE, NUMBER, "各县（市、区）人民政府，市政府各部门：", OPENING, *items[:3], MONEY_LEAD, *table, *items[3:], ISSUER, DATE]


def text() -> str:
    return "\n".join(lines()) + "\n"


META = {"索引号": "002541209/2024-00123", "发布机构": ISSUER, "成文日期": "2024-03-15", "文号": NUMBER}

TOP = """<div class="top-nav"><a href="/">网站首页</a><a href="/zwgk">政务公开</a><a href="/hdjl">互动交流</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/zcwj">政策文件</a></div>"""
TOOLS = """<div class="tools">字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>"""
BOTTOM = """<div class="bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a></div>
<div class="print"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>
<div class="xglj"><h4>相关链接</h4><ul><li><a href="/a">高新技术企业认定专栏</a></li><li><a href="/b">嘉兴市科学技术局</a></li></ul></div>
<div class="copyright">主办：嘉兴市人民政府办公室 浙ICP备05000000号</div>"""


def _meta_table() -> str:
    cells = [f"<td>{html.escape(k)}：</td><td>{html.escape(v)}</td>" for k, v in META.items()]
    return "<table class='xxgk'>" + "".join("<tr>" + "".join(cells[i : i + 2]) + "</tr>" for i in range(0, len(cells), 2)) + "</table>"


def _table(rows: list[list[str]]) -> str:
    return "<table border='1'>" + "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows) + "</table>"


def _paragraphs(tag: str = "p") -> str:
    out = []
    for line in lines():
        if "\t" in line:
            continue
        out.append(f"<{tag}>{html.escape(line)}</{tag}>")
        if line == MONEY_LEAD:
            out.append(_table(MONEY))
    return "\n".join(out)


def _br_lines() -> str:
    """The body as one <div> of lines broken by <br>, the table after its lead (an editor's paste)."""
    out, run = [], []
    for line in lines():
        if "\t" in line:
            continue
        run.append("&nbsp;&nbsp;&nbsp;&nbsp;" + html.escape(line))
        if line == MONEY_LEAD:
            out.append("<br>\n".join(run) + "<br>" + _table(MONEY))
            run = []
    out.append("<br>\n".join(run))
    return "\n".join(out)


def _page(body: str, charset: str) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{html.escape(TITLE)}_嘉兴市人民政府</title><script>var s="高新技术企业认定";</script></head><body>
{TOP}
{body}
{BOTTOM}
</body></html>
"""


def trs_page(charset: str = "utf-8") -> str:
    """The body in <div class=TRS_Editor> under the metadata table (the TRS WCM template many provinces use)."""
    return _page(f"{_meta_table()}\n{TOOLS}\n<div class=\"TRS_Editor\">\n{_paragraphs()}\n</div>", charset)


def table_page(charset: str = "utf-8") -> str:
    """An older template: the whole article in a layout <table> (title row, tools row, body cell of <p>)."""
    return _page(
        f"""<table width="100%" cellpadding="0" cellspacing="0"><tr><td>{_meta_table()}</td></tr>
<tr><td class="tools">字体：【大 中 小】</td></tr>
<tr><td id="zoom">{_paragraphs()}</td></tr></table>""",
        charset,
    )


def br_page(charset: str = "utf-8") -> str:
    """The body as <br> lines in one <div>, no metadata table."""
    return _page(f"{TOOLS}\n<div id=\"zoom\" class=\"content\">\n{_br_lines()}\n</div>", charset)


def _spans() -> str:
    """The body without title and 文号, each line a <p> of a <span> (an editor's copy from Word), the table after its lead."""
    out = []
    for line in lines()[2:]:
        if "\t" not in line:
            out.append(f"<p style='text-indent:2em'><span style='font-family:仿宋'>{html.escape(line)}</span></p>")
        if line == MONEY_LEAD:
            out.append(_table(MONEY))
    return "\n".join(out)


def heading_page(charset: str = "utf-8") -> str:
    """The title in an <h1> above the article, a 发布时间/来源/浏览次数 line, the body in TRS_Editor without title and 文号."""
    return _page(
        f"""{_meta_table()}<div class="article"><h1 class="title">{html.escape(TITLE)}</h1>
<div class="info">发布时间：2024-03-18 09:30 来源：嘉兴市科学技术局 浏览次数：1024 {TOOLS}</div>
<div class="TRS_Editor">{_spans()}</div></div>""",
        charset,
    )


def sidebar_page(charset: str = "utf-8") -> str:
    """A layout table: a column of links to bodies beside the article, whose title (in <b>) and 文号 are rows of their own."""
    links = "".join(f"<li><a href='/{i}'>{name}</a></li>" for i, name in enumerate(["市科学技术局", "市发展和改革委员会", "高新技术企业认定"]))
    return _page(
        f"""<table width="1000"><tr><td width="200" class="left"><ul>{links}</ul></td>
<td width="800"><table><tr><td align="center"><b>{html.escape(TITLE)}</b></td></tr><tr><td>{html.escape(NUMBER)}</td></tr>
<tr><td>{_spans()}</td></tr></table></td></tr></table>""",
        charset,
    )


# the metadata as a list of label–value items, labels spaced (文　　号) and labels kg does not keep (生效日期, 有效性,
# 公开方式) between them; the title in the list only (名称), not above the body
LIST_META = [("索 引 号", META["索引号"]), ("主题分类", "科技、教育\\科技"), ("发布机构", ISSUER), ("生效日期", "2024-04-01"),
             ("成文日期", "2024-03-15"), ("发布日期", "2024-03-18"), ("文　　号", NUMBER), ("有效性", "有效"), ("公开方式", "主动公开"),
             ("名　　称", TITLE)]


def list_page(charset: str = "utf-8") -> str:
    """The metadata as a <ul> of items (LIST_META), the body in TRS_Editor without title and 文号."""
    items = "".join(f"<li><b>{html.escape(k)}：</b>{html.escape(v)}</li>" for k, v in LIST_META)
    return _page(f'<div class="xxgk"><ul>{items}</ul></div>\n<div class="TRS_Editor">{_spans()}</div>', charset)


def inner_page(charset: str = "utf-8") -> str:
    """Chrome inside the article's own container: the title in <h2>, an info line (发布时间/来源/浏览次数/字体) and the
    文号 as paragraphs, then the body, an attachment link, the QR code's caption, print/close and 上一篇/下一篇 links."""
    return _page(
        f"""<div class="zw"><h2>{html.escape(TITLE)}</h2><p class="info">发布时间：2024-03-18　来源：嘉兴市科学技术局　浏览次数：1024　【字体：大 中 小】</p>
<p>{html.escape(NUMBER)}</p>{_spans()}
<p>附件：<a href="/f.doc">1.嘉兴市科技创新券管理办法.doc</a></p>
<p class="ewm">扫一扫在手机打开当前页</p><p><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></p>
<p>上一篇：<a href="/p">嘉兴市人民政府关于印发嘉兴市数字经济发展规划的通知</a></p><p>下一篇：<a href="/n">浙江省科学技术厅关于开展高新技术企业认定工作的通知</a></p></div>""",
        charset,
    )


PAGES = {"trs": trs_page, "table": table_page, "br": br_page, "heading": heading_page, "sidebar": sidebar_page, "list": list_page, "inner": inner_page}


def page_bytes(name: str, charset: str) -> bytes:
    return PAGES[name](charset).encode("gb18030" if charset.lower() in ("gbk", "gb2312") else charset)


def docx_bytes(in_cell: bool = False) -> bytes:
    """The policy as a Word file: the items a list Word numbers 一、 itself (chineseCounting, "%1、"), the money as a
    table, the 文号 in a text box anchored in the title, a running header and a — PAGE — footer. in_cell: all after
    the 文号 set in the one cell of a layout table, the money table nested in it."""
    import docx
    from docx.oxml import parse_xml
    from formats import saved

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "嘉兴市人民政府办公室文件"
    section.footer.paragraphs[0].text = "— 1 —"
    numbering = document.part.numbering_part.element
    numbering.append(parse_xml(ABSTRACT))
    numbering.append(parse_xml(f'<w:num {NS} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    items = iter(ITEMS)
    where = document
    for line in lines():
        if "\t" in line or line == NUMBER:
            continue
        if line[0] in NUMERALS and line[1] == "、":
            paragraph = where.add_paragraph(next(items))
            paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {NS}><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>'))
        else:
            paragraph = where.add_paragraph(line)
        if line == TITLE:
            paragraph._p.append(parse_xml(BOX.format(text=html.escape(NUMBER))))
            if in_cell:
                where = document.add_table(rows=1, cols=1).cell(0, 0)
        if line == MONEY_LEAD:
            grid = where.add_table(rows=len(MONEY), cols=len(MONEY[0])) if in_cell else document.add_table(rows=len(MONEY), cols=len(MONEY[0]))
            for row, values in zip(grid.rows, MONEY):
                for cell, value in zip(row.cells, values):
                    cell.text = value
    return saved(document)


NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
ABSTRACT = f"""<w:abstractNum {NS} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
<w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
<w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>"""
# a text box as Word writes it: DrawingML, and the same box again as VML for older readers
BOX = """<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>
<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>
<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"""


# One-page PDFs (tests/data/web, scripts/make_layout_fixtures.py). gazette: a gazette's running header in small type at the
# top of the one page, above the title; title-top: no header, the title set large in the top band (a narrow margin);
# plain-top: the title at the body's size, first on the page. Only the first is running matter.
PRINTED = {
    "gazette": '@page{size:A4;margin:25mm 20mm;@top-center{content:"嘉兴市人民政府公报";font-size:10px}}.t{font-size:22px}',
    "title-top": "@page{size:A4;margin:6mm 20mm}.t{font-size:22px}",
    "plain-top": "@page{size:A4;margin:6mm 20mm}.t{font-size:14px}",
}


def printed(name: str) -> str:
    """The policy as a page for chromium to print one page of: title centred (.t), the table, the signature set right."""
    parts = []
    rows = [line for line in lines() if "\t" in line]
    for line in lines():
        if "\t" in line:
            continue
        kind = "t" if line == TITLE else "r" if line in (ISSUER, DATE) else ""
        parts.append(f"<p class='{kind}'>{html.escape(line)}</p>")
        if line == MONEY_LEAD:
            parts.append("<table>" + "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row.split("\t")) + "</tr>" for row in rows) + "</table>")
    css = ('body{font-family:"Noto Serif CJK SC";font-size:14px;margin:0}p{line-height:1.6;margin:.2em 0}.t{text-align:center}'
           ".r{text-align:right;padding-right:4em}td{padding:2px 24px;text-align:center}table{margin:0 auto}")
    return f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><style>{css}{PRINTED[name]}</style></head><body>{''.join(parts)}</body></html>"
