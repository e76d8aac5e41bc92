"""Benchmark input: a corpus of N distinct policy documents made from a folder of real texts.

Deterministic for a seed: document i starts from real text number i (mod the folder), keeps its
head (the lines up to the title kg finds; texts where it finds none are not used), swaps a share
of its other lines for lines of other real texts, and changes numbers, years, places and the 文号, so no two documents are the same while
each still reads like a policy (the extractors find targets, funding and names in it).

Run:  python benchmarks/make_corpus.py SOURCE_DIR OUT_DIR --docs 500 [--seed 13]
      (SOURCE_DIR e.g. the team's corpus-dev/docs; generated corpora are never committed)
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

PLACES = ("北京市", "上海市", "天津市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "江苏省", "浙江省",
          "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省",
          "贵州省", "云南省", "陕西省", "甘肃省", "青海省")
_PLACE = re.compile("|".join(PLACES))
_YEAR = re.compile(r"(?<!\d)(20[0-3]\d)(?=年)")
_NUMBER = re.compile(r"(?<![\d〔\[])(\d{1,4})(?=\s*(?:万元|亿元|元|家|个|项|名|人|%|％|倍|平方米))")
_WENHAO = re.compile(r"〔(\d{4})〕(\d{1,4})号")


def paragraphs(text: str) -> list[str]:
    """Non-empty lines: a provision or a paragraph each in the real texts."""
    return [line for line in text.split("\n") if line.strip()]


def head_length(lines: list[str], vocab: object) -> int | None:
    """How many lines up to the one holding the title kg finds in the text (None: it finds none)."""
    from kg import pipeline

    title = pipeline.from_text("\n\n".join(lines), vocab).meta.title  # type: ignore[arg-type]
    if title is None:
        return None
    return next((i + 1 for i, line in enumerate(lines) if title[-6:] in line.replace(" ", "")), None)


def vary(text: str, rng: random.Random, index: int) -> str:
    """Numbers, years, places and the 文号 of one document changed, deterministically for rng."""
    text = _WENHAO.sub(lambda m: f"〔{rng.randint(2015, 2030)}〕{index + 1}号", text)
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + rng.randint(-3, 3)), text)
    text = _NUMBER.sub(lambda m: str(max(1, int(int(m.group(1)) * rng.uniform(0.5, 2.0)))), text)
    place = rng.choice(PLACES)
    return _PLACE.sub(lambda m: place if rng.random() < 0.7 else m.group(0), text)


def document(sources: list[tuple[int, list[str]]], index: int, seed: int, salt: int = 0) -> str:
    """Document number index: a real text with a third of its lines swapped for lines of about the
    same length from other texts (so the corpus keeps the real texts' size)."""
    rng = random.Random(f"{seed}:{index}:{salt}")
    size, base = sources[index % len(sources)]
    head, body = base[:size], list(base[size:])
    for i in range(len(body)):
        if rng.random() < 0.35:
            for _ in range(8):
                donor = sources[rng.randrange(len(sources))][1]
                line = donor[rng.randrange(len(donor))]
                if len(body[i]) / 2 <= len(line) <= len(body[i]) * 2:
                    body[i] = line
                    break
    return vary("\n\n".join(head + body), rng, index) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    from kg import vocab as vocabulary

    vocab = vocabulary.load()
    names, sources = [], []
    for path in sorted(p for p in args.source.iterdir() if p.suffix == ".txt"):
        lines = paragraphs(path.read_text(encoding="utf-8"))
        if (size := head_length(lines, vocab)) is not None:
            names.append(path)
            sources.append((size, lines))
    args.out.mkdir(parents=True, exist_ok=True)
    from kg import pipeline

    total, seen = 0, set()
    for index in range(args.docs):
        salt, text = 0, document(sources, index, args.seed)
        # draw again while the text is not new (a short one with nothing to vary) or kg finds no
        # title in it (a varied place or number can hide it), so every corpus builds
        while text in seen or pipeline.from_text(text, vocab).meta.title is None:
            salt += 1
            text = document(sources, index, args.seed, salt)
        seen.add(text)
        (args.out / f"{index:05d}_{names[index % len(names)].stem[:40]}.txt").write_text(text, encoding="utf-8")
        total += len(text)
    print(f"{args.docs} documents, {total} characters in {args.out}")


if __name__ == "__main__":
    main()
