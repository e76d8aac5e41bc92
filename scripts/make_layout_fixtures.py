"""Regenerates tests/data/layout/ and tests/data/web/: policies of our own printed by headless chromium.

layout/ (tests/layouts.py), the layouts real government PDFs use: a centred unruled table with a wrapped header cell
(centred.pdf), tables set tight (tight.pdf, tight-centred.pdf, tight-right.pdf), sentences that wrap before 一、 / (一) on
a narrow page (wrapped.pdf), an official document in two columns under a two-line title (columns.pdf), a table cut by a
page break under — 1 — page numbers (pagebreak.pdf).
web/ (tests/webpages.py), a support measure on one page: under a gazette's running header set small (gazette.pdf), and
with its title at the very top, large (title-top.pdf) or at the body's size (plain-top.pdf). The saved pages and the
DOCX of tests/test_ingest_web13.py are written by the test itself (text, or a zip with fixed times).

Needs chromium and fonts-noto-cjk.  Run:  python scripts/make_layout_fixtures.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import layouts  # noqa: E402
import webpages  # noqa: E402
from formats import chromium_pdf  # noqa: E402

DATA = ROOT / "tests" / "data"


def main() -> None:
    sets = {"layout": {name: layouts.page(name) for name in layouts.LAYOUTS}, "web": {name: webpages.printed(name) for name in webpages.PRINTED}}
    with tempfile.TemporaryDirectory() as tmp:
        for folder, pages in sets.items():
            (DATA / folder).mkdir(parents=True, exist_ok=True)
            for name, markup in pages.items():
                source = Path(tmp) / f"{folder}-{name}.html"
                source.write_text(markup, encoding="utf-8")
                chromium_pdf(source, DATA / folder / f"{name}.pdf", browser_lines=False)
    for folder in sets:
        for path in sorted((DATA / folder).iterdir()):
            print(f"{path.stat().st_size:>9}  {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
