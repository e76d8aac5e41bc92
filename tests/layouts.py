"""Policies of our own in the layouts real government PDFs use, as text and as the page chromium prints (tests/data/layout).

Each layout is a text (one line a paragraph, a table's row its cells apart by tabs) and the CSS that sets it: used by
scripts/make_layout_fixtures.py to print the PDFs and by tests/test_ingest_layout13.py, which builds the same text as a
.txt and asks the PDF for the same facts. Same text in, same bytes out.
"""

from __future__ import annotations

import html

PAGE = '@page{size:A4;margin:25mm 20mm}body{font-family:"Noto Serif CJK SC";font-size:14px;margin:0}p{line-height:1.8;margin:.3em 0}'
MONEY = ["类别\t认定级别\t奖励金额（万元）", "重点实验室\t国家级\t500", "重点实验室\t省级\t100", "技术创新中心\t国家级\t300"]
GOALS = ["指标\t2023年\t2025年", "高新技术企业数量（家）\t1000\t1500", "省级以上研发机构（家）\t80\t120"]
LEAD = "为加快推进科技创新平台建设，结合本市实际，制定如下措施。"
TIGHT = [LEAD, "一、对新认定的创新平台给予一次性奖励，奖励标准如下表。", *MONEY, "二、到2025年，全市科技创新能力显著提升，主要指标如下。",
         *GOALS, "三、本措施自发布之日起施行。"]

# name: (text, css). centred: an unruled table centred on the page, cells centred, the money header's cell narrow
# enough to wrap (奖励金额 | (万元)). tight, tight-centred, tight-right: tables whose columns are half a character
# apart, cells set left, centred, right. wrapped: a page 20
# characters wide where lines that wrap inside a sentence begin 一、 or (一) (第 | 一、二类), and, as negatives, a full
# line without a stop before a real item and items after a sentence's end. columns: an official document in two
# columns under a title in two lines and a running header. pagebreak: a money table that a page break cuts in two,
# — 1 — page numbers, a signature block set right.
LAYOUTS: dict[str, tuple[list[str], str]] = {
    "centred": (
        [LEAD, "一、对新认定的创新平台给予一次性奖励，奖励标准如下表。", *MONEY, "二、本措施自发布之日起施行。"],
        "table{margin:0 auto;border-collapse:collapse}td{text-align:center;vertical-align:middle;padding:2px 28px}"
        "tr:first-child td:last-child{width:4em}",
    ),
    "tight": (
        TIGHT,
        "table{border-collapse:collapse}td{padding:1px 8px 1px 0;vertical-align:top}",
    ),
    "tight-centred": (
        TIGHT,
        "table{border-collapse:collapse}td{padding:1px 4px;text-align:center}",
    ),
    "tight-right": (
        TIGHT,
        "table{border-collapse:collapse}td{padding:1px 4px;text-align:right}",
    ),
    "wrapped": (
        ["为加快推进中小企业创新发展，结合本市实际，制定如下措施。",
         "一、对新认定的省级专精特新中小企业中的第一、二类企业，分别给予50万元、30万元奖励。",
         "二、对承担市级科技计划项目的企业，按照本措施第一、二项规定的标准给予配套支持。",
         "三、企业研发费用加计扣除备案后，对符合第（一）项条件的企业给予最高20万元补助。",
         "四、重点支持以下三个方向具体内容如下所列", "（一）人工智能产业，对新认定的市级人工智能创新中心给予100万元奖励。",
         "（二）生物医药产业。", "1.到2025年，全市生物医药企业达到300家。", "五、本措施自发布之日起施行。"],
        "@page{size:320px 900px;margin:20px}",
    ),
    "columns": (
        ["某市人民政府办公室关于印发某市促进科技成果转化", "若干措施的通知", "某政办发〔2024〕12号", "各区人民政府，市政府各部门：",
         "《某市促进科技成果转化若干措施》已经市政府同意，现印发给你们，请认真贯彻执行。",
         "一、支持高校院所成果转化。对高校、科研院所在本市转化科技成果的，按技术合同实际成交额的10%给予奖励，单个项目最高100万元。",
         "二、支持企业承接成果。对企业购买高校院所科技成果并在本市实施转化的，按技术合同实际支付额的20%给予补助，每家企业每年最高200万元。",
         "三、建设概念验证中心。对新认定的市级概念验证中心，给予一次性50万元奖励。",
         "四、发展目标。到2026年，全市技术合同成交额达到300亿元，新增科技型中小企业2000家。",
         "五、本措施自2024年5月1日起施行，有效期三年。", "某市人民政府办公室", "2024年4月10日"],
        '@page{@top-center{content:"某市人民政府公报";font-size:10px}}.t{text-align:center;font-size:22px;padding:0 3em}'
        ".r{text-align:right;padding-right:4em}.cols{column-count:2;column-gap:2em}.cols p{text-indent:2em}",
    ),
    "pagebreak": (
        ["某市促进科技成果转化若干措施", "一、建设概念验证中心。对新认定的市级概念验证中心，给予一次性50万元奖励。",
         "二、奖励标准如下表。", "类别\t认定级别\t奖励金额（万元）", "技术转移机构\t国家级\t100", "技术转移机构\t省级\t50",
         "概念验证中心\t市级\t50", "中试基地\t省级\t200", "中试基地\t市级\t100", "三、本措施自2024年5月1日起施行，有效期三年。",
         "某市科学技术局", "2024年4月10日"],
        '@page{@bottom-center{content:"— " counter(page) " —"}}.t{text-align:center;font-size:22px}.r{text-align:right;padding-right:4em}'
        "p{text-indent:2em}table{margin:0 auto}td{padding:8px 24px;text-align:center}.spacer{height:680px}",
    ),
}


def text(name: str) -> str:
    return "\n".join(LAYOUTS[name][0]) + "\n"


def page(name: str) -> str:
    """The layout's text as a page for chromium to print: rows with tabs as a table, the title and the signature block
    set as the layout's CSS says (.t, .r), the body of `columns` in two columns, a spacer before `pagebreak`'s table."""
    lines, css = LAYOUTS[name]
    parts: list[str] = []
    rows: list[str] = []
    for k, line in enumerate([*lines, ""]):
        if "\t" in line:
            rows.append("<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in line.split("\t")) + "</tr>")
            continue
        if rows:
            parts.append("<table>" + "".join(rows) + "</table>")
            rows = []
        if not line:
            continue
        kind = "t" if k < 2 and name in ("columns", "pagebreak") and not line.startswith(("一", "某政")) else "r" if k >= len(lines) - 2 and name in ("columns", "pagebreak") else ""
        parts.append(f"<p class='{kind}'>{html.escape(line)}</p>")
        if name == "pagebreak" and line.startswith("一、"):
            parts.append("<div class='spacer'></div>")
    body = "".join(parts)
    if name == "columns":
        head, rest = body.split("<p class=''>各区", 1)
        body = f"{head}<div class='cols'><p class=''>各区{rest}</div>"
    return f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><style>{PAGE}{css}</style></head><body>{body}</body></html>"
