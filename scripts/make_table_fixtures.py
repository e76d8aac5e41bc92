"""Regenerates tests/data/tables/: a support measure (若干措施) whose money and goals are in tables, in each form.

The text: a title, a lead-in, a money table (类别 | 认定级别 | 奖励金额(万元)), a goal table (指标 | 2023年 | 2025年), an
item broken across two lines with no comma at the break, and a closing article.
- measures.html: a saved page, the tables as <table> (trafilatura gives `| a | b |` rows), the broken item a <br>.
- measures.docx: a Word file (python-docx), the tables ruled (Table Grid), the broken item two paragraphs.
- ruled.pdf: measures.docx exported by LibreOffice: ruled tables (pdfplumber's table finder).
- unruled.pdf: a page printed by headless chromium with tables without rules (cells apart only by white space), its
  first column narrow, so long names wrap inside their cells (top-aligned in the money table, as Word sets them; centred in the goal table), its
  title set with wide letter spacing (若 干 措 施 must not become cells) and a heading whose number is set off by
  ideographic spaces (一、  总体要求: no cells either).

And goals.docx, goals.pdf, goals-unruled.pdf: an action plan's goal table with a header in two rows (GOAL_HEAD below).

Needs chromium, soffice (libreoffice-writer-nogui), fonts-noto-cjk. Run:  python scripts/make_table_fixtures.py
"""

from __future__ import annotations

import html
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from formats import chromium_pdf, libreoffice_pdf, saved  # noqa: E402

OUT = ROOT / "tests" / "data" / "tables"
TITLE = "若干措施"
LEAD = ["为加快推进科技创新平台建设，结合本市实际，制定如下措施。", "一、　　总体要求", "一、对新认定的创新平台给予一次性奖励，奖励标准如下表。"]
MONEY = [["类别", "认定级别", "奖励金额（万元）"], ["重点实验室", "国家级", "500"], ["重点实验室", "省级", "100"], ["技术创新中心", "国家级", "300"], ["国家级制造业创新中心", "国家级", "1000"]]
GOALS_LEAD = "二、到2025年，全市科技创新能力显著提升，主要指标如下。"
GOALS = [["指标", "2023年", "2025年"], ["高新技术企业数量（家）", "1000", "1500"], ["省级以上研发机构（家）", "80", "120"], ["规模以上工业企业研发投入强度（%）", "2.1", "2.5"]]
BROKEN = ("三、对新认定的省级企业技术中心", "给予50万元奖励。")
CLOSING = "四、本措施自发布之日起施行，由市科学技术局负责解释。"


def page(rules: bool) -> str:
    """The measure as a web page; rules=False gives tables without borders and a letter-spaced title (for unruled.pdf)."""
    border = ' border="1"' if rules else ""

    def table(rows: list[list[str]], align: str) -> str:
        return f"<table{border} class='{align}' style='border-collapse:collapse'>" + "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows) + "</table>"

    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in LEAD)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{TITLE}</title>
<style>body{{font-family:"Noto Serif CJK SC";font-size:14px;margin:40px}} h1{{text-align:center;letter-spacing:1.2em;font-size:22px}}
td{{padding:2px 28px 2px 0}} .top td{{vertical-align:top}} .middle td{{vertical-align:middle}} td:first-child{{width:8em}} p{{line-height:1.8;margin:.4em 0}}</style></head><body><div class="article">
<h1>{TITLE}</h1>
{paragraphs}
{table(MONEY, 'top')}
<p>{html.escape(GOALS_LEAD)}</p>
{table(GOALS, 'middle')}
<p>{html.escape(BROKEN[0])}<br>{html.escape(BROKEN[1])}</p>
<p>{html.escape(CLOSING)}</p>
</div></body></html>
"""


def word_file() -> bytes:
    
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Noto Serif CJK SC"
    style.font.size = Pt(11)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    document.add_paragraph(TITLE)
    for line in LEAD:
        document.add_paragraph(line)

    def table(rows: list[list[str]]) -> None:
        grid = document.add_table(rows=len(rows), cols=len(rows[0]))
        grid.style = "Table Grid"
        for row, values in zip(grid.rows, rows):
            for cell, value in zip(row.cells, values):
                cell.text = value

    table(MONEY)
    document.add_paragraph(GOALS_LEAD)
    table(GOALS)
    for line in (*BROKEN, CLOSING):
        document.add_paragraph(line)
    return saved(document)


# A district's action plan whose goals are a table with a header in two rows: 指标 and 单位 merged down over both,
# 预期目标 across the year columns (goals.docx, Word; goals.pdf, its LibreOffice export; goals-unruled.pdf, a page
# printed by chromium, cells apart only by white space).
GOAL_PLAN = ("某区推进科技创新三年行动计划(2025—2027年)", "到2027年,全区科技创新能力显著增强,主要指标如下。")
GOAL_HEAD = ("指标", "单位", "预期目标", ("2025年", "2027年"))
GOAL_ROWS = [["高新技术企业数量", "家", "800", "1000"], ["全社会研发经费投入强度", "%", "2.8", "3"], ["技术合同成交额", "亿元", "150", "200"]]
GOAL_CLOSING = "二、本计划由区科学技术局负责解释。"


def goal_word_file() -> bytes:
    import io

    import docx

    document = docx.Document()
    for line in GOAL_PLAN:
        document.add_paragraph(line)
    grid = document.add_table(rows=2 + len(GOAL_ROWS), cols=4)
    grid.style = "Table Grid"
    name, unit, expected, years = GOAL_HEAD
    grid.cell(0, 0).merge(grid.cell(1, 0)).text = name
    grid.cell(0, 1).merge(grid.cell(1, 1)).text = unit
    grid.cell(0, 2).merge(grid.cell(0, 3)).text = expected
    grid.cell(1, 2).text, grid.cell(1, 3).text = years
    for r, values in enumerate(GOAL_ROWS, start=2):
        for c, value in enumerate(values):
            grid.cell(r, c).text = value
    document.add_paragraph(GOAL_CLOSING)
    out = io.BytesIO()
    document.save(out)
    return _stable_zip(out.getvalue())


def goal_page() -> str:
    name, unit, expected, (first, last) = GOAL_HEAD
    rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in GOAL_ROWS)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{GOAL_PLAN[0]}</title>
<style>body{{font-family:"Noto Serif CJK SC";font-size:14px;margin:40px}} td{{padding:2px 28px 2px 0;vertical-align:middle}}</style></head><body>
<h1>{html.escape(GOAL_PLAN[0])}</h1><p>{html.escape(GOAL_PLAN[1])}</p>
<table><tr><td rowspan="2">{name}</td><td rowspan="2">{unit}</td><td colspan="2">{expected}</td></tr><tr><td>{first}</td><td>{last}</td></tr>
{rows}</table><p>{html.escape(GOAL_CLOSING)}</p></body></html>
"""


def goal_fixtures() -> None:
    (OUT / "goals.docx").write_bytes(goal_word_file())
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shutil.copy(OUT / "goals.docx", work / "goals.docx")
        libreoffice_pdf([work / "goals.docx"], work)
        shutil.copy(work / "goals.pdf", OUT / "goals.pdf")
        (work / "goals.html").write_text(goal_page(), encoding="utf-8")
        chromium_pdf(work / "goals.html", OUT / "goals-unruled.pdf")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "measures.html").write_text(page(rules=True), encoding="utf-8")
    (OUT / "measures.docx").write_bytes(word_file())
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "unruled.html").write_text(page(rules=False), encoding="utf-8")
        chromium_pdf(work / "unruled.html", OUT / "unruled.pdf")
        shutil.copy(OUT / "measures.docx", work / "ruled.docx")
        libreoffice_pdf([work / "ruled.docx"], work)
        shutil.copy(work / "ruled.pdf", OUT / "ruled.pdf")
    goal_fixtures()
    for path in sorted(OUT.iterdir()):
        print(f"{path.stat().st_size:>9}  {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
