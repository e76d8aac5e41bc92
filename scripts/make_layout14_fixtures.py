"""Regenerates tests/data/layout14/: session 14's PDFs of policies of our own (tests/layouts14.py), printed by headless chromium.

merged.pdf: a ruled money table whose first column's category cell (国家级, 省级) spans the rows under it, centred;
merged-word.pdf: the same as a Word file merged down, exported by LibreOffice; merged-unruled.pdf, merged-centred.pdf: without rules,
the category set at the top of its rows, in their middle; narrow.pdf, narrow-ruled.pdf: a notice in two columns with a narrow table
(unruled, ruled) in the left one. The saved pages, text files and Word files of tests/test_ingest_layout14.py are
written by the test itself.

Needs chromium, soffice and fonts-noto-cjk.  Run:  python scripts/make_layout14_fixtures.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import layouts14  # noqa: E402
from formats import chromium_pdf, libreoffice_pdf  # noqa: E402

DATA = ROOT / "tests" / "data" / "layout14"


def main() -> None:
    DATA.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name in layouts14.LAYOUTS14:
            source = Path(tmp) / f"{name}.html"
            source.write_text(layouts14.page(name), encoding="utf-8")
            chromium_pdf(source, DATA / f"{name}.pdf", browser_lines=False)
        word = Path(tmp) / "merged-word.docx"
        word.write_bytes(layouts14.docx_of(layouts14.MERGED))
        (DATA / "merged-word.pdf").write_bytes(libreoffice_pdf([word], Path(tmp))[0].read_bytes())
    for path in sorted(DATA.iterdir()):
        print(f"{path.stat().st_size:>9}  {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
