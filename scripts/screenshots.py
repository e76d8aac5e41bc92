"""Regenerate the README's screenshots: the seeds' overview, the ego view of 高新技术企业, and the overview with 高新技术企业 selected.

Needs a build (`kg build`) and `kg viz --focus 高新技术企业 --depth 2` in exports/, Playwright
and Debian's chromium. Run:  python scripts/screenshots.py [--exports exports] [--out docs]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from urllib.parse import quote

from playwright.sync_api import sync_playwright

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
# page[#view] → picture; a #node= view opens with that node selected, its panel open.
SHOTS = {"graph.html": "overview.png", "views/focus-高新技术企业-2.html": "ego.png",
         "graph.html#node=高新技术企业": "explorer.png"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exports", type=Path, default=Path("exports"))
    parser.add_argument("--out", type=Path, default=Path("docs"))
    args = parser.parse_args()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=ARGS)
        for page_path, picture in SHOTS.items():
            page = browser.new_page(viewport={"width": 1600, "height": 1000})
            file, _, view = page_path.partition("#")
            page.goto((args.exports / file).resolve().as_uri() + (f"#{quote(view, safe='=')}" if view else ""))
            deadline = time.monotonic() + 60
            while not page.evaluate("() => window.kgStable === true") and time.monotonic() < deadline:
                time.sleep(0.05)
            if view:
                time.sleep(1)  # the focus animation
            page.screenshot(path=str(args.out / picture))
            print(f"wrote {args.out / picture}")
            page.close()
        browser.close()


if __name__ == "__main__":
    main()
