"""Benchmark: time until a page's picture is final in headless Chromium, our layout vs physics.

For the seeds' overview and a made-up 2,000-node corpus (tests/synthetic.py), opens each page N
times in Debian's Chromium (Playwright, no GPU) and reports the median milliseconds from
navigation start to `window.kgStable`, for the page as `kg build` writes it (positions from
kg/layout.py, physics off) and, as the baseline in the same run, the same page laid out by
vis-network's forceAtlas2 physics the way pyvis pages are (400 stabilisation iterations).

Run:  python benchmarks/bench_page.py [--runs 5] [--nodes 2000]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from kg import pipeline
from kg.pages import views
from kg.pages import html as viz
from kg import vocab as vocabulary
from kg.pages.safe_html import script_json

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from synthetic import corpus  # noqa: E402

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
DATA_BLOCK = re.compile(r'<script type="application/json" id="kg-data">(.*?)</script>', re.DOTALL)
PHYSICS = {
    "layout": {"randomSeed": 20240501, "improvedLayout": False},
    "physics": {"solver": "forceAtlas2Based", "stabilization": {"enabled": True, "iterations": 400, "updateInterval": 25}},
}


def physics_page(page: str) -> str:
    """The baseline: the same page with positions removed, so the browser's physics lays it out.

    Only the JSON data block changes; the page's CSP hashes its scripts, not the data.
    """
    block = DATA_BLOCK.search(page)
    data = json.loads(block.group(1))
    for node in data["nodes"]:
        del node["x"], node["y"]
    data["options"].update(PHYSICS)
    return page[: block.start(1)] + script_json(data) + page[block.end(1):]


def settle_ms(browser, path: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(path.as_uri())
        deadline = time.monotonic() + 300
        while not page.evaluate("() => window.kgStable === true") and time.monotonic() < deadline:
            time.sleep(0.02)
        times.append(page.evaluate("() => window.kgStableAt"))
        page.close()
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--nodes", type=int, default=2000)
    args = parser.parse_args()

    result = pipeline.build([Path("seeds")], vocabulary.load(), check=False)
    synthetic_docs, synthetic_facts = corpus(args.nodes)
    cases = {"seeds overview": views.overview(result.docs, result.facts),
             f"{args.nodes}-node corpus": views.overview(synthetic_docs, synthetic_facts)}
    folder = Path(tempfile.mkdtemp(prefix="kg-bench-page-"))
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=ARGS)
        print(f"{'page':24} {'nodes':>6} {'size':>8} {'kg layout':>10} {'physics':>10} {'ratio':>6}")
        for name, view in cases.items():
            started = time.perf_counter()
            ours = viz.page(view)
            build_ms = (time.perf_counter() - started) * 1000
            (folder / "ours.html").write_text(ours, encoding="utf-8")
            (folder / "physics.html").write_text(physics_page(ours), encoding="utf-8")
            fast = settle_ms(browser, folder / "ours.html", args.runs)
            slow = settle_ms(browser, folder / "physics.html", max(1, args.runs // 2))
            print(f"{name:24} {len(view.nodes):>6} {len(ours.encode()) / 1e6:>6.2f}MB {fast:>8.0f}ms {slow:>8.0f}ms {slow / fast:>5.1f}x"
                  f"   (page written in {build_ms:.0f} ms)")
        browser.close()


if __name__ == "__main__":
    main()
