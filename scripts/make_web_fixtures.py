"""Regenerates tests/data/web/: a support measure of our own (tests/webpages.py) printed by headless chromium on one page,
with a gazette's running header in small type above the title (gazette.pdf), and, as negatives, with its title set
large (title-top.pdf) or at the body's size (plain-top.pdf) at the very top of the page. The saved pages and the DOCX
of tests/test_ingest_web13.py are written by the test itself (text, or a zip with fixed times).

Needs chromium and fonts-noto-cjk.  Run:  python scripts/make_web_fixtures.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from formats import chromium_pdf  # noqa: E402
from webpages import PRINTED, printed  # noqa: E402

OUT = ROOT / "tests" / "data" / "web"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name in PRINTED:
            source = Path(tmp) / f"{name}.html"
            source.write_text(printed(name), encoding="utf-8")
            chromium_pdf(source, OUT / f"{name}.pdf", browser_lines=False)
    for path in sorted(OUT.iterdir()):
        print(f"{path.stat().st_size:>9}  {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
