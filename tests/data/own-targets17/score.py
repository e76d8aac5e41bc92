"""Score own target texts (S/T/A format, tests/data/own-targets17/README.md): per file P/R/F1, errors listed with -v.
usage: python score.py [-v] batch*.txt (with the project's venv); tests/test_own_targets.py holds the floor."""
from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import opencc

from kg import vocab as vmod
from kg.evaluate.score import same, similarity
from kg.extract import targets
from kg.pipeline import from_text

_T2S = opencc.OpenCC("t2s")


def parse(path: Path) -> list[tuple[str, list[dict], list[str]]]:
    """(text, gold goals, ambiguous values) per `S` line of a batch file."""
    items: list[tuple[str, list[dict], list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("S "):
            items.append((line[2:].replace("\\n", "\n").replace("\\t", "\t"), [], []))
        elif line.startswith("T "):
            s, val, vmax, unit, year, py = line[2:].split("|")
            items[-1][1].append(dict(subject=_T2S.convert(s), value=val, value_max=vmax or None, unit=_T2S.convert(unit),
                                     year=None if year == "None" else int(year), per_year=py == "1"))
        elif line.startswith("A "):
            items[-1][2].append(line[2:])
    return items


def _ok(gold: dict, pred) -> float | None:
    if not (same(gold["value"], pred.value) and same(gold["value_max"], pred.value_max)):
        return None
    if _T2S.convert(pred.unit or "") != gold["unit"]:
        return None
    if pred.year not in {gold["year"]} | ({None} if gold["per_year"] else set()):
        return None
    return similarity(gold["subject"], _T2S.convert(pred.subject))


def judge(text: str, gold: list[dict], ambiguous: list[str], vocab) -> tuple[list[dict], list]:
    """The gold goals missed and the predicted targets that are false, for one text."""
    pred = [replace(p, value=float(p.value), value_max=None if p.value_max is None else float(p.value_max))
            for p in targets.extract(from_text(text, vocab), vocab)]
    used: set[int] = set()
    missed = []
    for g in gold:
        cands = sorted(((s, i) for i, p in enumerate(pred) if i not in used and (s := _ok(g, p)) is not None), reverse=True)
        if cands:
            used.add(cands[0][1])
        else:
            missed.append(g)
    false = [p for i, p in enumerate(pred) if i not in used
             and not any(a == "翻一番" and "翻" in p.subject or same(a, p.value) for a in ambiguous)]
    return missed, false


def counts(path: Path, vocab, verbose: bool = False) -> tuple[int, int, int]:
    """(true positives, false positives, misses) over one batch file."""
    tp = fp = fn = 0
    for text, gold, ambiguous in parse(path):
        missed, false = judge(text, gold, ambiguous, vocab)
        tp, fp, fn = tp + len(gold) - len(missed), fp + len(false), fn + len(missed)
        if verbose and (missed or false):
            print("==", text.replace("\n", "\\n"))
            for g in missed:
                print("   MISS", g["subject"], g["value"], g["value_max"], g["unit"], g["year"], "per_year" if g["per_year"] else "")
            for p in false:
                print("   FALSE", p.subject, p.value, p.value_max, p.unit, p.year, "per_year" if p.per_year else "")
    return tp, fp, fn


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def main(argv: list[str]) -> None:
    vocab = vmod.load()
    total = [0, 0, 0]
    for name in [a for a in argv if not a.startswith("-")]:
        tp, fp, fn = counts(Path(name), vocab, "-v" in argv)
        print(f"{Path(name).name}: tp {tp} fp {fp} fn {fn}  P %.3f R %.3f F1 %.3f" % f1(tp, fp, fn))
        total = [total[0] + tp, total[1] + fp, total[2] + fn]
    print(f"ALL: tp {total[0]} fp {total[1]} fn {total[2]}  P %.3f R %.3f F1 %.3f" % f1(*total))


if __name__ == "__main__":
    main(sys.argv[1:])
