"""Benchmark: kg.pages.layout.positions() at N nodes, this branch vs a baseline revision, same run.

The views are overviews of the made-up corpus of tests/synthetic.py (Zipf-like sharing, fixed
seed) in two shapes: few documents with many entities each (40 documents, as the 2,000-node page
test) and a real overview's shape (half the nodes are documents: 5,000 documents gave 10k nodes).
The baseline is `git show REV:kg/pages/layout.py`, loaded as a module; both run in this process,
alternately, and the medians are printed with whether the positions are the same.

Run:  python benchmarks/bench_layout.py [--sizes 500 2000 10000] [--runs 3] [--baseline-rev main]
          [--baseline-max 10000] [--baseline-max-documents 1000]
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
from synthetic import corpus  # noqa: E402

from kg.pages import layout, views  # noqa: E402


def baseline(rev: str, folder: Path) -> ModuleType:
    source = subprocess.run(["git", "-C", str(REPO), "show", f"{rev}:kg/pages/layout.py"], check=True, capture_output=True, text=True).stdout
    path = folder / "old_layout.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("old_layout", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def timed(module: ModuleType, view: views.View) -> tuple[float, dict]:
    started = time.perf_counter()
    at = module.positions(view.nodes, view.edges, hub_kind="Document")
    return time.perf_counter() - started, at


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline-rev", default="main")
    parser.add_argument("--baseline-max", type=int, default=10000, help="skip the baseline above this many nodes")
    parser.add_argument("--baseline-max-documents", type=int, default=1000, help="… or this many documents (its spring layout is quadratic in them)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        old = baseline(args.baseline_rev, Path(folder))
        print("| nodes | documents | edges | baseline s (median) | new s (median) | same positions |")
        print("| ---: | ---: | ---: | ---: | ---: | --- |")
        for nodes in args.sizes:
            for documents in (40, nodes // 2):
                view = views.overview(*corpus(nodes, documents=documents))
                new_times, old_times, same = [], [], "–"
                for _ in range(args.runs):
                    seconds, at = timed(layout, view)
                    new_times.append(seconds)
                    if nodes <= args.baseline_max and documents <= args.baseline_max_documents:
                        seconds, old_at = timed(old, view)
                        old_times.append(seconds)
                        same = "yes" if old_at == at else f"no ({sum(old_at[k] != at[k] for k in at)} differ)"
                old_cell = f"{statistics.median(old_times):.2f}" if old_times else "–"
                print(f"| {nodes} | {documents} | {len(view.edges)} | {old_cell} | {statistics.median(new_times):.2f} | {same} |", flush=True)


if __name__ == "__main__":
    main()
