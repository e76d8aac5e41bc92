"""Benchmark issue 13: `kg build` at N documents against plain `jieba.lcut` over the same text, in the same run.

For each size: make the corpus (benchmarks/make_corpus.py, seeded, from a folder of real texts),
then time a fresh `kg build` as a whole command (wall; CPU and peak RSS summed over the process
and every process under it, sampled), an incremental build after adding one document, and on the
built store `kg query` start-up and each bundled query's latency. Reports medians over --runs.

Run:  python benchmarks/bench_scale.py SOURCE_DIR --docs 500 2000 [--work /tmp/kg-scale] [--runs 1] [--gzip]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_corpus  # noqa: E402

QUERIES = Path(__file__).resolve().parents[1] / "kg" / "queries"


def measured(args: list[str], interval: float = 0.2) -> dict[str, float]:
    """Run a command; its wall time, CPU seconds and peak RSS (MiB) summed over its process tree."""
    started = time.perf_counter()
    process = psutil.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    cpu: dict[int, float] = {}
    peak = 0
    while process.poll() is None:
        rss = 0
        try:
            tree = [process, *process.children(recursive=True)]
        except psutil.Error:
            tree = []
        for p in tree:
            try:
                times = p.cpu_times()
                cpu[p.pid] = times.user + times.system
                rss += p.memory_info().rss
            except psutil.Error:
                pass
        peak = max(peak, rss)
        time.sleep(interval)
    output = process.stdout.read().decode("utf-8", "replace") if process.stdout else ""
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{output}")
    return {"wall": time.perf_counter() - started, "cpu": sum(cpu.values()), "rss": peak / 2**20}


def size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else path.stat().st_size


def make(source: Path, out: Path, docs: int, seed: int) -> None:
    if out.is_dir() and len(list(out.glob("*.txt"))) == docs:
        return
    shutil.rmtree(out, ignore_errors=True)
    subprocess.run([sys.executable, str(Path(make_corpus.__file__)), str(source), str(out), "--docs", str(docs), "--seed", str(seed)], check=True)


def jieba_seconds(corpus: Path) -> float:
    import jieba

    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt")))
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = tempfile.mkdtemp(prefix="kg-bench-")
    tokenizer.initialize()
    started = time.perf_counter()
    tokenizer.lcut(text)
    return time.perf_counter() - started


def query_latencies(store_dir: Path, runs: int) -> dict[str, float]:
    from kg.rdf import sparql, store

    started = time.perf_counter()
    opened = store.open_read_only(store_dir)
    out = {"open store": time.perf_counter() - started}
    for path in sorted(QUERIES.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            sparql.execute(opened, text)
            times.append(time.perf_counter() - started)
        out[path.stem] = statistics.median(times)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("--docs", type=int, nargs="+", default=[500])
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "kg-scale")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--warm", action="store_true", help="time a build over the shards already in the cache (no --fresh)")
    parser.add_argument("--gzip", action="store_true", help="kg build --gzip: policy.ttl.gz instead of policy.ttl")
    args = parser.parse_args()
    kg = [sys.executable, "-m", "kg"]
    rows = []
    for n in args.docs:
        corpus, out = args.work / f"corpus-{n}", args.work / f"out-{n}"
        make(args.source, corpus, n, args.seed)
        jobs = (["--jobs", str(args.jobs)] if args.jobs else []) + (["--gzip"] if args.gzip else [])
        builds, baselines = [], []
        for _ in range(args.runs):
            baselines.append(jieba_seconds(corpus))
            builds.append(measured([*kg, "build", str(corpus), "--out", str(out), *([] if args.warm else ["--fresh"]), *jobs]))
        build = {key: statistics.median(b[key] for b in builds) for key in builds[0]}
        baseline = statistics.median(baselines)
        # one more document, made like the others, then the same build again: only it is processed
        extra = corpus / f"{n:05d}_added.txt"
        extra.write_text(make_corpus.document(*_sources(args.source), index=n, seed=args.seed), encoding="utf-8")
        added = measured([*kg, "build", str(corpus), "--out", str(out), *jobs])
        extra.unlink()
        removed = measured([*kg, "build", str(corpus), "--out", str(out), *jobs])
        startup = statistics.median(measured([*kg, "query", "ASK {}", "--graph", str(out / "store")])["wall"] for _ in range(3))
        latencies = query_latencies(out / "store", max(3, args.runs))
        inputs = size(corpus)
        exports = {name: size(out / name) for name in ("store", "policy.ttl", "policy.ttl.gz", "ontology.ttl", "graph.html", "index.html", "assets", "views") if (out / name).exists()}
        cache = size(out.parent / f".{out.name}.cache")
        rows.append((n, build, baseline, inputs, exports, cache, added, removed, startup, latencies))
        report(rows)


def _sources(source: Path) -> tuple[list[tuple[int, list[str]]]]:
    from kg import vocab as vocabulary

    vocab = vocabulary.load()
    found = []
    for path in sorted(p for p in source.iterdir() if p.suffix == ".txt"):
        lines = make_corpus.paragraphs(path.read_text(encoding="utf-8"))
        if (head := make_corpus.head_length(lines, vocab)) is not None:
            found.append((head, lines))
    return (found,)


def report(rows: list) -> None:  # type: ignore[type-arg]
    print("\n| docs | wall s | CPU s | peak RSS MiB | input MB | store MB | exports MB | cache MB | ×jieba.lcut (wall) | s/doc | +1 doc s | −1 doc s | query start s |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n, build, baseline, inputs, exports, cache, added, removed, startup, _ in rows:
        store = exports.get("store", 0)
        rest = sum(exports.values()) - store
        print(f"| {n} | {build['wall']:.1f} | {build['cpu']:.1f} | {build['rss']:.0f} | {inputs / 1e6:.1f} | {store / 1e6:.1f} | {rest / 1e6:.1f} | "
              f"{cache / 1e6:.1f} | {build['wall'] / baseline:.1f} (jieba {baseline:.1f} s) | {build['wall'] / n:.3f} | {added['wall']:.1f} | {removed['wall']:.1f} | {startup:.2f} |")
    n, *_, latencies = rows[-1]
    print(f"\nqueries on the {n}-document store (median seconds): " + ", ".join(f"{k} {v:.3f}" for k, v in latencies.items()))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
