"""Benchmark: build the seeds in-process (median of N runs) against plain `jieba.lcut` on the same text.

Run:  python benchmarks/bench_build.py [--runs 7] [PATHS...]
Whole-command timing:  /usr/bin/time -v kg build   (or hyperfine 'kg build')
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import jieba

from kg import ingest, pipeline
from kg import vocab as vocabulary


def median_seconds(work, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[Path("seeds")])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    vocab = vocabulary.load()
    files = ingest.find(args.paths)
    text = "\n".join(ingest.read(path).original for path in files)
    baseline = jieba.Tokenizer()
    baseline.tmp_dir = tempfile.mkdtemp(prefix="kg-bench-")  # its cache stays out of the shared temp dir
    baseline.initialize()  # loading the dictionary is a one-off cost, not per text

    def build() -> None:  # what `kg build` does, less the writing: the same library call
        pipeline.build(files, vocab).outputs()

    timings = {
        "load vocabularies": median_seconds(vocabulary.load, args.runs),
        "extract (read → facts)": median_seconds(lambda: [pipeline.process(ingest.read(path), vocab) for path in files], args.runs),
        "build (+ graph, SHACL, every output)": median_seconds(build, args.runs),
        "baseline: jieba.lcut": median_seconds(lambda: baseline.lcut(text), args.runs),
    }
    reference = timings["baseline: jieba.lcut"]
    print(f"{len(files)} documents, {len(text)} characters, median of {args.runs} runs")
    for name, seconds in timings.items():
        print(f"{name:32} {seconds * 1000:9.1f} ms  {seconds / reference:6.2f}x jieba.lcut")


if __name__ == "__main__":
    main()
