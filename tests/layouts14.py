"""Policies of our own for session 14's ingest defects, as text and as the forms that broke them (tests/data/layout14).

Each is the text a reader types (one line a paragraph, a table's row its cells apart by tabs, every row whole) and the
page or file that sets it: a narrow table inside a two-column page (narrow, unruled; narrow-ruled), a table whose first column's category
cell spans the rows under it (merged: rowspan in HTML, a vertical merge in Word, a ruled PDF, unruled ones with the category at the top of its
rows and in their middle), a
notice with its attachment list and the enclosed document after it (attachment). Used by
scripts/make_layout14_fixtures.py to print the PDFs and by tests/test_ingest_layout14.py. Same text in, same bytes out.
"""

from __future__ import annotations

import html

PAGE = '@page{size:A4;margin:25mm 20mm}body{font-family:"Noto Serif CJK SC";font-size:14px;margin:0}p{line-height:1.8;margin:.3em 0}'
HEAD = ["认定级别", "类别", "奖励金额（万元）"]
MERGED_ROWS = [["国家级", "重点实验室", "500"], ["国家级", "技术创新中心", "300"], ["国家级", "制造业创新中心", "1000"],
               ["省级", "重点实验室", "100"], ["省级", "技术创新中心", "50"]]
MERGED = [
    "某市支持创新平台建设若干措施",
    "为加快推进科技创新平台建设，提升企业自主创新能力，结合本市实际，制定如下措施。",
    "一、对新认定的创新平台给予一次性奖励，奖励标准如下表。",
    "\t".join(HEAD), *("\t".join(row) for row in MERGED_ROWS),
    "二、对年度研发投入超过1000万元的企业，按研发投入增量的10%给予补助，每家企业每年最高200万元。",
    "三、到2026年，全市省级以上创新平台达到150家，高新技术企业达到2000家。",
    "四、本措施自2024年6月1日起施行，有效期三年，由市科学技术局负责解释。",
    "某市科学技术局",
    "2024年5月20日",
]
NARROW = [
    "某市人民政府办公室关于印发某市促进中小企业",
    "创新发展若干措施的通知",
    "某政办发〔2024〕21号",
    "各区人民政府，市政府各部门：",
    "《某市促进中小企业创新发展若干措施》已经市政府同意，现印发给你们，请认真贯彻执行。",
    "一、培育专精特新企业。对新认定的专精特新中小企业，分别给予以下奖励，同一企业按最高标准执行。",
    "认定级别\t奖励（万元）", "国家级\t100", "省级\t50", "市级\t20",
    "二、支持企业研发。对企业建设研发机构的，按研发设备投入的20%给予补助，每家企业最高300万元。",
    "三、支持成果转化。对企业购买科技成果并在本市转化的，按技术合同实际支付额的10%给予补助，最高100万元。",
    "四、发展目标。到2026年，全市专精特新中小企业达到500家，科技型中小企业达到3000家。",
    "五、本措施自2024年7月1日起施行，有效期三年。",
    "某市人民政府办公室",
    "2024年6月15日",
]
ATTACHMENT = [
    "某市科学技术局关于开展2024年度科技企业孵化器认定工作的通知",
    "某科发〔2024〕8号",
    "各区科技主管部门，各有关单位：",
    "为加快发展科技企业孵化器，现就开展2024年度认定工作通知如下。",
    "一、对新认定的国家级科技企业孵化器，给予一次性100万元奖励；对新认定的省级科技企业孵化器，给予一次性50万元奖励。",
    "二、请于2024年4月30日前报送申请材料。",
    "附件：1.某市科技企业孵化器认定和管理办法",
    "2.某市科技企业孵化器认定申请表",
    "某市科学技术局",
    "2024年3月1日",
    "附件1",
    "某市科技企业孵化器认定和管理办法",
    "第一条 为规范科技企业孵化器的认定和管理，制定本办法。",
    "第二条 孵化器在孵企业数量不少于20家。",
    "第三条 本办法自发布之日起施行。",
]
CSS = {
    "merged": "table{border-collapse:collapse}td{border:1px solid #000;padding:2px 16px;text-align:center;vertical-align:middle}",
    "merged-unruled": "table{border-collapse:collapse}td{padding:2px 24px 2px 0;vertical-align:top}",
    "merged-centred": "table{border-collapse:collapse}td{padding:2px 24px 2px 0;vertical-align:middle}",
    "narrow": '@page{@top-center{content:"某市人民政府公报";font-size:10px}}.t{text-align:center;font-size:22px;padding:0 3em}'
              ".r{text-align:right;padding-right:4em}.cols{column-count:2;column-gap:2em}.cols p{text-indent:2em}"
              "table{margin:.3em auto;border-collapse:collapse}td{padding:1px 12px}",
}
# name: (lines, css); the PDFs are printed from these
LAYOUTS14: dict[str, tuple[list[str], str]] = {
    "merged": (MERGED, CSS["merged"]),
    "merged-unruled": (MERGED, CSS["merged-unruled"]),
    "merged-centred": (MERGED, CSS["merged-centred"]),
    "narrow": (NARROW, CSS["narrow"]),
    "narrow-ruled": (NARROW, CSS["narrow"] + "td{border:1px solid #000}"),
}


def text(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def _table(rows: list[list[str]]) -> str:
    """Rows as a table, a first cell equal to the one above merged into it (rowspan)."""
    out = []
    for k, row in enumerate(rows):
        if k and row[0] == rows[k - 1][0]:
            cells = row[1:]
            first = ""
        else:
            span = next((j for j in range(k + 1, len(rows)) if rows[j][0] != row[0]), len(rows)) - k
            first = f"<td rowspan='{span}'>{html.escape(row[0])}</td>" if span > 1 else f"<td>{html.escape(row[0])}</td>"
            cells = row[1:]
        out.append("<tr>" + first + "".join(f"<td>{html.escape(cell)}</td>" for cell in cells) + "</tr>")
    return "<table>" + "".join(out) + "</table>"


def body(lines: list[str], name: str = "") -> str:
    """The lines as HTML: rows with tabs as one table (a first column's repeated cell merged down), a title (.t) in the
    first lines before a 文号 or the body, the signature block (.r) last; `narrow`'s body in two columns."""
    parts: list[str] = []
    rows: list[list[str]] = []
    titled = True
    for k, line in enumerate([*lines, ""]):
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        if rows:
            parts.append(_table(rows))
            rows = []
        if not line:
            continue
        titled = titled and not ("〔" in line or line.startswith(("为", "一", "各")))
        kind = "t" if titled else "r" if k >= len(lines) - 2 else ""
        parts.append(f"<p class='{kind}'>{html.escape(line)}</p>")
    out = "".join(parts)
    if name.startswith("narrow"):
        head, rest = out.split("<p class=''>各区", 1)
        out = f"{head}<div class='cols'><p class=''>各区{rest}</div>"
    return out


def page(name: str) -> str:
    """The layout as a page for chromium to print."""
    lines, css = LAYOUTS14[name]
    return f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><style>{PAGE}{css}</style></head><body>{body(lines, name)}</body></html>"


def saved_page(lines: list[str], title: str) -> str:
    """The lines as a saved page of a government site (navigation, share buttons, a footer around the article)."""
    from formats import SITE_BOTTOM, SITE_TOP

    return (f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>{html.escape(title)}_政策文件_某市人民政府</title>"
            f"</head><body>{SITE_TOP}<div class='main'><div class='article' id='zoom'>{body(lines)}</div></div>{SITE_BOTTOM}</body></html>")


def docx_of(lines: list[str]) -> bytes:
    """The lines as a Word file, the table ruled, a first column's repeated cell merged down (vMerge)."""
    import docx

    from formats import saved

    document = docx.Document()
    rows: list[list[str]] = []
    for line in [*lines, ""]:
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        if rows:
            grid = document.add_table(rows=len(rows), cols=len(rows[0]))
            grid.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    if not (c == 0 and r and rows[r - 1][0] == cell):
                        grid.cell(r, c).text = cell
            for r in range(1, len(rows)):
                if rows[r][0] == rows[r - 1][0]:
                    grid.cell(r - 1, 0).merge(grid.cell(r, 0))
            rows = []
        if line:
            document.add_paragraph(line)
    return saved(document)
