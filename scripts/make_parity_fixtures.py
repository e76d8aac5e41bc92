"""Regenerates tests/data/parity/: two policies of our own, each as plain text and in the forms real copies take.

- measures.*: a city's notice with its support measures (若干措施: goals, money per platform), three pages.
- taiwan.*: a Taiwan 辦法 of short articles (第 1 條 on its own line, one-line paragraphs, one exactly a line long).
Each as:
- NAME.txt: the plain text (what the facts of every other form must equal).
- NAME.pdf: an official-document print (公文) by headless chromium: a red masthead (…人民政府文件) set large enough to
  wrap, the 文号, a red rule, 仿宋-style body with indented paragraphs, a running header from page 2 (…公报 2024年第5期),
  page numbers — 3 —, and the closing block (抄送: …; …办公厅 2024年3月15日印发).
- NAME.lo.pdf: NAME.docx exported by LibreOffice.
- NAME.docx: the same as a Word file (python-docx): masthead, 文号, body, closing block, header and — PAGE — footer.
- NAME.html: a saved page of a government site: navigation, breadcrumbs, the 索引号/发文机关/成文日期 table, a
  发布时间/来源/浏览次数 line, share buttons, previous/next links, related links, footer.

Needs chromium, soffice (libreoffice-writer-nogui), fonts-noto-cjk.  Run:  python scripts/make_parity_fixtures.py
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

OUT = ROOT / "tests" / "data" / "parity"
MEASURES = {
    "issuer": "绍兴市人民政府",
    "number": "绍政发〔2024〕8号",
    "date": "2024年3月15日",
    "running": "绍兴市人民政府公报　2024年第5期",
    "closing": ("抄送：市委各部门，市人大常委会办公室，市政协办公室，市法院，市检察院。", "绍兴市人民政府办公室　　　　　　2024年3月15日印发"),
    "lines": [
        "绍兴市人民政府关于印发绍兴市支持科技创新平台高质量发展若干措施的通知",
        "绍政发〔2024〕8号",
        "各区、县（市）人民政府，市政府各部门、各直属单位：",
        "现将《绍兴市支持科技创新平台高质量发展若干措施》印发给你们，请结合实际认真贯彻执行。",
        "绍兴市人民政府",
        "2024年3月15日",
        "绍兴市支持科技创新平台高质量发展若干措施",
        "为深入实施创新驱动发展战略，加快建设高能级科技创新平台，推动创新链产业链资金链人才链深度融合，结合我市实际，制定如下措施。",
        "一、主要目标",
        "到2026年，全市新增省级以上重点实验室20家，高新技术企业总数达到3000家，科技型中小企业达到8000家，全社会研究与试验发展经费投入强度达到3.5%，技术合同成交额突破200亿元。",
        "二、支持措施",
        "（一）支持重点实验室建设。对新认定的全国重点实验室，给予最高1000万元奖励；对新认定的省级重点实验室，给予最高200万元奖励；对绩效评价优秀的省级重点实验室，每家给予50万元奖励，所需资金由市财政和所在区、县（市）财政按规定比例分担。",
        "（二）支持企业研发机构建设。鼓励规模以上工业企业建设研究开发机构，对新认定的省级企业技术中心、省级企业研究院，分别给予50万元、100万元一次性奖励；对新认定的国家企业技术中心，给予300万元一次性奖励，同一企业按最高等级只奖励一次。",
        "（三）支持高新技术企业培育。对首次认定的高新技术企业，给予20万元奖励；对重新认定的高新技术企业，给予10万元奖励。对入库培育的科技型中小企业，按其上年度研发费用的10%给予补助，最高不超过100万元。",
        "（四）支持新型研发机构发展。对市政府与高校、科研院所共建的新型研发机构，经绩效评价合格的，按其年度科研投入的30%给予补助，每年最高不超过2000万元，连续支持五年。",
        "（五）支持科技成果转化。对高校、科研院所向本市企业转让科技成果并实施转化的，按技术合同实际成交额的5%给予奖励，单个项目最高50万元。",
        "三、保障措施",
        "市科学技术局会同市财政局负责本措施的组织实施和政策解释，各区、县（市）应当安排配套资金，加强政策宣传和绩效评价，确保各项措施落地见效。",
        "本措施自2024年4月1日起施行，有效期至2026年12月31日。",
    ],
}
TAIWAN = {
    "issuer": "經濟部",
    "number": "",
    "date": "",
    "running": "行政院公報　第030卷　第045期",
    "closing": ("副本：經濟部中小及新創企業署、經濟部法制處",),
    "lines": [
        "經濟部補助中小企業研發創新辦法",
        "中華民國一百十三年三月一日經濟部經企字第11352600100號令訂定",
        "第 1 條",
        "本辦法依據中小企業發展條例第十條第二項規定訂定之。",
        "第 2 條",
        "本辦法之主管機關為經濟部，執行機關為經濟部中小及新創企業署。",
        "第 3 條",
        "本辦法補助對象為依法辦理公司登記或商業登記之中小企業。",
        "第 4 條",
        "補助項目如下：",
        "一、創新研發計畫。",
        "二、產學合作研究計畫。",
        "三、數位轉型及淨零排放計畫，並應符合主管機關公告之規定。",
        "第 5 條",
        "創新研發計畫每案補助金額以新臺幣五百萬元為上限，且不得超過計畫總經費百分之五十。",
        "產學合作研究計畫每案補助金額以新臺幣二百萬元為上限。",
        "第 6 條",
        "主管機關應於一百十五年前輔導中小企業完成研發創新計畫一千件。",
        "第 7 條",
        "本辦法自發布日施行。",
    ],
}
PRINT_STYLE = """@page {{ size: A4; margin: 37mm 26mm 35mm 28mm;
  @top-center {{ content: "{running}"; font-size: 9pt; color: #666; }}
  @bottom-center {{ content: "— " counter(page) " —"; font-size: 14pt; }} }}
@page :first {{ @top-center {{ content: none; }} }}
body {{ font-family: FangSong, "Noto Serif CJK SC", serif; font-size: 16pt; line-height: 28pt; }}
.red {{ color: #d00; text-align: center; font-size: 40pt; line-height: 48pt; font-weight: bold; margin: 10pt 0 24pt; }}
.no {{ text-align: center; }} hr {{ border: 0; border-top: 2px solid #d00; margin: 6pt 0 24pt; }}
p {{ text-indent: 2em; margin: 0; text-align: justify; }} h2 {{ font-size: 16pt; text-indent: 2em; margin: 0; }}
.cc {{ border-top: 1px solid #000; margin-top: 30pt; font-size: 14pt; text-indent: 0; }}"""


def _below_masthead(doc: dict) -> list[str]:
    """The lines of the text, the 文号 once: a printed 公文 sets it under the masthead."""
    return [line for line in doc["lines"] if line != doc["number"]]


def printed(doc: dict) -> str:
    """The policy as a 公文 to print: masthead, 文号, red rule, body, closing block."""
    lines = doc["lines"]
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in _below_masthead(doc))
    number = f"<div class='no'>{html.escape(doc['number'])}</div>" if doc["number"] else ""
    return f"""<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>{html.escape(lines[0])}</title>
<style>{PRINT_STYLE.format(running=doc['running'])}</style></head><body>
<div class="red">{html.escape(doc['issuer'])}文件</div>{number}<hr>
{body}
{"".join(f'<p class="cc">{html.escape(line)}</p>' for line in doc["closing"])}
</body></html>"""


def saved_page(doc: dict) -> str:
    """The policy as a saved page of a government site, with the chrome such a site puts around it."""
    lines, issuer = doc["lines"], doc["issuer"]
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines)
    table = "".join(
        f"<tr><td>{html.escape(k)}：</td><td>{html.escape(v)}</td></tr>"
        for k, v in (("索引号", "001008003/2024-00056"), ("发文机关", issuer), ("发文字号", doc["number"]), ("成文日期", doc["date"]), ("发布日期", "2024年03月20日"))
        if v
    )
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(lines[0])}_政策文件_{html.escape(issuer)}门户网站</title>
<script>var hot = ["高新技术企业认定", "重点实验室申报"];</script></head><body>
<div class="top">您好，欢迎访问{html.escape(issuer)}门户网站！ <a href="/">首页</a> | <a>无障碍浏览</a> | <a>长者模式</a></div>
<div class="nav"><ul><li><a>首页</a></li><li><a>政务公开</a></li><li><a>政策文件</a></li><li><a>政策解读</a></li><li><a>办事服务</a></li></ul></div>
<div class="crumb">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>政策文件</a> &gt; 正文</div>
<div class="main"><table class="xxgk">{table}</table>
<div class="article"><div class="info">发布时间：2024-03-20 10:00　来源：{html.escape(issuer)}　浏览次数：1532　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="content" id="zoom">
{body}
</div>
<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a>　扫一扫在手机打开当前页</div>
<div class="pn">上一篇：<a>关于公布2023年度科技计划项目的通知</a><br>下一篇：<a>关于公布第二批专精特新中小企业名单的通知</a></div></div></div>
<div class="related"><h3>相关解读</h3><ul><li><a>一图读懂：支持科技创新平台若干措施</a></li><li><a>政策问答：高新技术企业奖励如何申领</a></li></ul></div>
<div class="footer"><p>主办单位：{html.escape(issuer)}办公室　承办单位：大数据发展管理局</p><p>网站标识码：3306000001　浙ICP备05000000号</p></div>
</body></html>"""


def word(doc: dict) -> bytes:
    """The policy as a Word file: masthead, 文号, body, closing block; a running header and a — PAGE — footer."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name, style.font.size = "FangSong", Pt(16)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "FangSong")
    section = document.sections[0]
    section.header.paragraphs[0].text = doc["running"]
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("— ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    footer._p.append(field)
    footer.add_run(" —")
    masthead = document.add_paragraph()
    masthead.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = masthead.add_run(doc["issuer"] + "文件")
    run.font.size, run.font.color.rgb, run.bold = Pt(36), RGBColor(0xDD, 0, 0), True
    if doc["number"]:
        document.add_paragraph(doc["number"]).alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in [*_below_masthead(doc), *doc["closing"]]:
        document.add_paragraph(line)
    return saved(document)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name, doc in (("measures", MEASURES), ("taiwan", TAIWAN)):
            (OUT / f"{name}.txt").write_text("\n".join(doc["lines"]) + "\n", encoding="utf-8")
            (OUT / f"{name}.html").write_text(saved_page(doc), encoding="utf-8")
            (OUT / f"{name}.docx").write_bytes(word(doc))
            (work / f"{name}.print.html").write_text(printed(doc), encoding="utf-8")
            chromium_pdf(work / f"{name}.print.html", OUT / f"{name}.pdf", browser_lines=False)
            shutil.copy(OUT / f"{name}.docx", work / f"{name}.lo.docx")
        for pdf in libreoffice_pdf([work / "measures.lo.docx", work / "taiwan.lo.docx"], work):
            shutil.copy(pdf, OUT / pdf.name)


if __name__ == "__main__":
    main()
