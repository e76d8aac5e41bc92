#!/usr/bin/env python3
"""Look for texts that crash the extractor: documents spliced from random sentences and clauses of real ones, some with
their numbers changed, each extracted; every exception is counted by type and place, with one spliced text kept per place.

A new rule reads a shape in a way no test sentence tried; a 10,000-document build meets them all. Run this before
landing extraction changes (deterministic for a seed; no output file unless --keep):

    python scripts/crash_sweep.py /path/to/corpus-dev/docs tests/data/gold-more/docs --documents 4000 --seed 7
    python scripts/crash_sweep.py DOCS --keep /tmp/crashes     # writes each place's first crashing text there

Exits 1 when anything crashed. Leave held-out documents out of the folders you give it (--exclude takes file stems' prefixes).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import traceback
from collections import Counter
from pathlib import Path

NUMBERS = ("1", "2", "3", "10", "100", "1000", "0.5", "1.5", "一", "二", "十", "百", "千", "1:1", "1∶0.5", "50%", "百分之二十",
           "1亿", "3-5", "1至2", "(一)", "第一条", "2025年", "民國一百十四年")
SENTENCE_END = re.compile(r"(?<=[。；;\n])")
CLAUSE_END = re.compile(r"(?<=[，、：,:])")
NUMBER = re.compile(r"\d+(?:\.\d+)?|[一二三四五六七八九十百千]+")


def pieces(folders: list[Path], exclude: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """The sentences and clauses of every .txt under folders (UTF-8), but files whose stem starts with an excluded prefix."""
    texts = [p.read_text(encoding="utf-8", errors="replace") for folder in folders for p in sorted(folder.rglob("*.txt"))
             if not p.stem.startswith(exclude)]
    sentences = [s for text in texts for s in SENTENCE_END.split(text) if 4 < len(s) < 400]
    clauses = [c for s in sentences for c in CLAUSE_END.split(s) if c]
    return sentences, clauses


def spliced(rnd: random.Random, sentences: list[str], clauses: list[str]) -> str:
    """One document: sentences, or sentences made of clauses; numbers changed, lines glued or the text rotated, at random."""
    count = rnd.randint(3, 40)
    if rnd.random() < 0.6:
        parts = ["".join(rnd.choice(clauses) for _ in range(rnd.randint(1, 8))) + "。" for _ in range(count)]
    else:
        parts = [rnd.choice(sentences) for _ in range(count)]
    if rnd.random() < 0.5:
        parts = [NUMBER.sub(lambda m: rnd.choice(NUMBERS) if rnd.random() < 0.3 else m.group(), p) for p in parts]
    if rnd.random() < 0.2:
        parts = [p.replace("\n", "") for p in parts]
    text = "".join(parts)
    if rnd.random() < 0.2:
        cut = rnd.randint(0, len(text))
        text = text[cut:] + text[:cut]
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--exclude", nargs="*", default=[], help="file stem prefixes to leave out (held-out documents)")
    parser.add_argument("--keep", type=Path, help="folder for the first crashing text of each place")
    args = parser.parse_args()

    from kg import vocab as vocabulary
    from kg.extract import extract
    from kg.pipeline import from_text

    vocab = vocabulary.load()
    sentences, clauses = pieces(args.folders, tuple(args.exclude))
    rnd = random.Random(args.seed)
    crashes: Counter[str] = Counter()
    for n in range(args.documents):
        text = spliced(rnd, sentences, clauses)
        try:
            extract(from_text(text, vocab, f"sweep{n}"), vocab)
        except Exception as error:
            frame = traceback.extract_tb(error.__traceback__)[-1]
            place = f"{type(error).__name__} at {Path(frame.filename).name}:{frame.lineno}"
            if not crashes[place] and args.keep:
                args.keep.mkdir(parents=True, exist_ok=True)
                (args.keep / f"{len(crashes):03d}.txt").write_text(f"{place}\n{text}", encoding="utf-8")
            crashes[place] += 1
    print(f"{args.documents} spliced documents from {len(sentences)} sentences (seed {args.seed}): "
          + (", ".join(f"{place} ×{count}" for place, count in crashes.most_common()) or "no crash"))
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
