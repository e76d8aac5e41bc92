"""Benchmark: extraction (read → normalise → segment → facts) over a folder, against plain
`jieba.lcut` over the same text in the same run; median of N runs.

Run:  python benchmarks/bench_extract.py /work/shared/corpus-dev/docs [--runs 3]

The two are timed document by document, interleaved (extract a file, then lcut the same text), so a
shared machine's load, which drifts over minutes, weighs on both alike. The word cache of
kg.extract.words is cleared before every run, so each run cuts every sentence.
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


def _clear_caches() -> None:
    try:
        from kg.extract import words
    except ImportError:  # a tree from before kg.extract.words
        from kg.extract import names as words
    for cached in vars(words).values():  # every memoised cut (_words, _tagged …, and older trees' names)
        if hasattr(cached, "cache_clear"):
            cached.cache_clear()
    for name in ("_HITS", "_WORD_TAGS"):
        getattr(words, name, {}).clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    vocab = vocabulary.load()
    files = ingest.find([args.folder])
    texts = [ingest.read(path).original for path in files]
    baseline = jieba.Tokenizer()
    baseline.tmp_dir = tempfile.mkdtemp(prefix="kg-bench-")  # its cache stays out of the shared temp dir
    baseline.initialize()  # loading the dictionary is a one-off cost, not per text
    pipeline.process(ingest.read(files[0]), vocab)  # load jieba, cn2an and the cue words once

    runs: list[tuple[float, float]] = []
    for _ in range(args.runs):
        _clear_caches()
        extract = lcut = 0.0
        for path, text in zip(files, texts):
            started = time.perf_counter()
            pipeline.process(ingest.read(path), vocab)
            middle = time.perf_counter()
            baseline.lcut(text)
            extract, lcut = extract + middle - started, lcut + time.perf_counter() - middle
        runs.append((extract, lcut))
    extract = statistics.median(e for e, _ in runs)
    lcut = statistics.median(l for _, l in runs)
    ratio = statistics.median(e / l for e, l in runs)
    print(f"{len(files)} documents, {sum(map(len, texts))} characters, median of {args.runs} runs")
    print(f"{'extract (read → facts)':28} {extract:8.2f} s  {ratio:6.2f}x jieba.lcut")
    print(f"{'baseline: jieba.lcut':28} {lcut:8.2f} s  {1:6.2f}x")


if __name__ == "__main__":
    main()
