"""Benchmark: `kg build` of this checkout against another (e.g. main), run in alternation, as paired ratios.

Each round runs the other checkout's `python -m kg build PATHS --out A` and this one's, fresh and
then with the cache warm, back to back, so both see the same load; reports the median of each and
the median of the per-round ratios (fresh to fresh, warm to warm). Then compares the outputs: every file but policy.ttl byte for byte,
policy.ttl as a graph (rdflib isomorphism), since this branch writes Turtle through pyoxigraph.

Run:  python benchmarks/bench_paired.py /work/main [PATHS...] [--runs 5]
"""

from __future__ import annotations

import argparse
import filecmp
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]


def timed(cwd: Path, args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kg", *args], cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - started


def same_files(a: Path, b: Path) -> list[str]:
    """Files that differ or exist on one side only (hidden work folders and the store excluded)."""
    out = []
    for path in sorted(p for p in a.rglob("*") if p.is_file()):
        rel = path.relative_to(a)
        if rel.name == "policy.ttl" or rel.parts[0] == "store" or rel.parts[0].startswith("."):
            continue
        if not (b / rel).is_file() or not filecmp.cmp(path, b / rel, shallow=False):
            out.append(str(rel))
    out += [str(p.relative_to(b)) for p in b.rglob("*") if p.is_file() and not (a / p.relative_to(b)).exists()
            and not p.relative_to(b).parts[0].startswith(".") and p.relative_to(b).parts[0] != "store"]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", type=Path)
    parser.add_argument("paths", nargs="*", type=Path, default=[HERE / "seeds"])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-paired-"))
    paths = [str(p.resolve()) for p in args.paths]
    times: dict[str, list[float]] = {"other fresh": [], "fresh": [], "other warm": [], "warm": []}
    for _ in range(args.runs):  # fresh against fresh, warm (the cache of the run before) against warm
        times["other fresh"].append(timed(args.other, ["build", *paths, "--out", str(work / "other"), "--fresh"]))
        times["fresh"].append(timed(HERE, ["build", *paths, "--out", str(work / "this"), "--fresh"]))
        times["other warm"].append(timed(args.other, ["build", *paths, "--out", str(work / "other")]))
        times["warm"].append(timed(HERE, ["build", *paths, "--out", str(work / "this")]))
    for name, values in times.items():
        other = times[name if name.startswith("other") else f"other {name}"]
        ratio = statistics.median(v / o for v, o in zip(values, other))
        print(f"{name:11} median {statistics.median(values):6.2f} s   paired ratio to other {ratio:5.2f}")
    from rdflib import Graph
    from rdflib.compare import isomorphic

    graphs = [Graph().parse(work / side / "policy.ttl", format="turtle") for side in ("other", "this")]
    print(f"files differing (policy.ttl aside): {same_files(work / 'other', work / 'this') or 'none'}")
    print(f"policy.ttl: {len(graphs[0])} and {len(graphs[1])} triples, isomorphic: {isomorphic(*graphs)}")


if __name__ == "__main__":
    main()
