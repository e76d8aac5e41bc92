"""Regenerates tests/data/formats/: policy files made the way real ones are made.

- gov-page.html: an excerpt of seeds/002 as a saved page of a government site (navigation,
  breadcrumbs, a 索引号/发文机关/发文字号/成文日期 table, share buttons, related links, footer,
  Chinese text in <script> and <noscript>), from tests/formats.py.
- gov-page.chromium.pdf: that page printed by headless chromium (--print-to-pdf), with the
  browser's date/title header and URL/page-number footer on every page.
- two-column.docx: the same excerpt as a Word file with a running header, a page-number footer
  (PAGE field), a table and two text columns (python-docx, tests/formats.py).
- two-column.pdf: that file exported by LibreOffice (soffice --headless --convert-to pdf).
- encrypted.pdf: a one-paragraph policy exported by LibreOffice with an open password.
- scanned.pdf: the first page of two-column.pdf rendered to a grey image (pdftoppm -r 30) and
  printed by chromium without header and footer: a page with an image and no text layer, as a
  scanner makes them.

Needs chromium, soffice (libreoffice-writer-nogui) and pdftoppm (poppler-utils), fonts-noto-cjk.
Run:  python scripts/make_format_fixtures.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from formats import chromium_pdf, docx_bytes, gov_page, libreoffice_pdf  # noqa: E402

OUT = ROOT / "tests" / "data" / "formats"
SEED = next((ROOT / "seeds").glob("002_*.txt"))
# The excerpt: the header and preamble, the 2025 targets, the 重点实验室 and 技术创新中心 funding.
PARTS = (slice(0, 10), slice(25, 30), slice(41, 46))
FIELDS = {
    "索引号": "130200-2022-00056",
    "发文机关": "唐山市人民政府",
    "发文字号": "唐政字〔2022〕56号",
    "成文日期": "2022年06月01日",
    "发布日期": "2022年06月09日",
}
TABLE = [["平台", "级别", "奖补(万元)"], ["重点实验室", "国家级", "1000"], ["重点实验室", "省级", "100"]]
SECRET = "到2025年,高新技术企业达到1800家。对新认定的高新技术企业,给予20万元奖励。"


def excerpt() -> str:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for part in PARTS for line in lines[part]) + "\n"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    text = excerpt()
    (OUT / "gov-page.html").write_text(gov_page(text, FIELDS, "唐山市人民政府关于加快科技创新平台建设的实施方案"), encoding="utf-8")
    chromium_pdf(OUT / "gov-page.html", OUT / "gov-page.chromium.pdf")
    (OUT / "two-column.docx").write_bytes(docx_bytes(text, header="唐山市人民政府文件", two_columns=True, table=TABLE))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shutil.copy(OUT / "two-column.docx", work / "two-column.docx")
        libreoffice_pdf([work / "two-column.docx"], work)
        shutil.copy(work / "two-column.pdf", OUT / "two-column.pdf")
        (work / "encrypted.docx").write_bytes(docx_bytes(SECRET))
        options = '{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}'
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{work / '.lo-profile'}", "--headless", "--convert-to",
             f"pdf:writer_pdf_Export:{options}", "--outdir", str(work), str(work / "encrypted.docx")],
            check=True, capture_output=True, timeout=300,
        )
        shutil.copy(work / "encrypted.pdf", OUT / "encrypted.pdf")
        subprocess.run(["pdftoppm", "-r", "30", "-gray", "-png", "-f", "1", "-l", "1", str(OUT / "two-column.pdf"), str(work / "scan")], check=True)
        image = next(work.glob("scan*.png"))
        (work / "scan.html").write_text(f'<html><body style="margin:0"><img src="{image.name}" style="width:100%"></body></html>', encoding="utf-8")
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--print-to-pdf={OUT / 'scanned.pdf'}", (work / "scan.html").as_uri()],
            check=True, capture_output=True, timeout=120,
        )
    for path in sorted(OUT.iterdir()):
        print(f"{path.stat().st_size:>9}  {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
