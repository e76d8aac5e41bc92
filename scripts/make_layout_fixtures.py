"""Regenerates tests/data/layout/: policies of our own (tests/layouts.py) printed by headless chromium in the layouts
real government PDFs use: a centred unruled table with a wrapped header cell (centred.pdf), tables set tight
(tight.pdf, tight-centred.pdf, tight-right.pdf), sentences that wrap before 一、 / (一) on a narrow page (wrapped.pdf), an official document in two columns
under a two-line title (columns.pdf), a table cut by a page break under — 1 — page numbers (pagebreak.pdf).

Needs chromium and fonts-noto-cjk.  Run:  python scripts/make_layout_fixtures.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from formats import chromium_pdf  # noqa: E402
from layouts import LAYOUTS, page  # noqa: E402

OUT = ROOT / "tests" / "data" / "layout"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name in LAYOUTS:
            source = Path(tmp) / f"{name}.html"
            source.write_text(page(name), encoding="utf-8")
            chromium_pdf(source, OUT / f"{name}.pdf", browser_lines=False)
    for path in sorted(OUT.iterdir()):
        print(f"{path.stat().st_size:>9}  {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
