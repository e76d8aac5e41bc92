"""Funding over the helpers' own annotated sentences (tests/data/fund17a, fund18a, fund18c, fund18d): precision and recall
with kg.evaluate.score's funding matching (equal amount_yuan, ratio and level in the contract's terms, similar recipient),
each item its own document; a floor per set so that later rules keep what its session reached."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from kg import vocab as vocabulary
from kg.evaluate.contract import SCHEMA_LEVELS
from kg.evaluate.score import same, similarity
from kg.extract import funding
from kg.pipeline import from_text

DATA = Path(__file__).parent / "data" / "fund17a"
FLOORS = {
    "fund17a": 0.84,  # session 17: 0.854 (205 right, 36 false, 34 missed); after fund18c 0.867 (208, 33, 31)
    "fund18a": 0.88,  # session 18: 0.905 (218 right, 17 false, 29 missed); rewards and subsidies by level and grade
    "fund18c": 0.82,  # session 18: 0.837 (64 right, 12 false, 13 missed; main 7fc090a 0.76); precision traps
    "fund18d": 0.88,  # session 18: 0.928 (64 right, 4 false, 6 missed; int18 0.547); sizes and caps apart from the payee
    "fund19a": 0.90,  # session 19: main 531541c 0.864 on batches 1-2 (aligned); fund19a 0.929 over four batches (138 right, 5 false, 16 missed)
}


def _amount(written: str) -> Decimal | None:
    found = re.fullmatch(r"([\d.]+)(万|亿)?", written) if written else None
    return Decimal(found[1]) * {None: 1, "万": 10_000, "亿": 100_000_000}[found[2]] if found else None


def items(data: Path = DATA) -> list[tuple[str, list[dict[str, object]]]]:
    out: list[tuple[str, list[dict[str, object]]]] = []
    for path in sorted(data.glob("batch*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("T "):
                out.append((line[2:].replace("\\n", "\n"), []))
            elif line[:2] in ("G ", "A ") and out:
                recipient, level, amount, _, ratio = line[2:].split("|")
                out[-1][1].append({"recipient": recipient, "level": level or None, "amount_yuan": _amount(amount),
                                   "ratio": Decimal(ratio) if ratio else None, "ambiguous": line[0] == "A"})
    return out


def _score(gold: dict[str, object], pred: dict[str, object]) -> float | None:
    if not all(same(gold[k], pred[k]) for k in ("amount_yuan", "ratio", "level")):
        return None
    return similarity(gold["recipient"], pred["recipient"])


def counts(shipped: vocabulary.Vocab, data: Path = DATA) -> tuple[int, int, int]:
    """Right, false and missed lines over the batches in data, each item its own document."""
    tp = fp = fn = 0
    for text, gold in items(data):
        pred = [{"recipient": f.recipient, "level": f.level if f.level in SCHEMA_LEVELS else None, "amount_yuan": f.amount_yuan, "ratio": f.ratio}
                for f in funding.extract(from_text(text, shipped), shipped)]
        pairs = sorted(((s, g, p) for g, a in enumerate(gold) for p, b in enumerate(pred) if (s := _score(a, b)) is not None), reverse=True)
        gm: set[int] = set()
        pm: set[int] = set()
        for _, g, p in pairs:
            if g not in gm and p not in pm:
                gm.add(g)
                pm.add(p)
        tp += sum(1 for g in gm if not gold[g]["ambiguous"])
        fn += sum(1 for g, a in enumerate(gold) if g not in gm and not a["ambiguous"])
        fp += len(pred) - len(pm)
    return tp, fp, fn


def f1(tp: int, fp: int, fn: int) -> float:
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return 2 * precision * recall / (precision + recall)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_own_sentences_hold(shipped: vocabulary.Vocab, name: str) -> None:
    found = counts(shipped, DATA.parent / name)
    assert f1(*found) >= FLOORS[name], found


@pytest.fixture(scope="module")
def shipped() -> vocabulary.Vocab:
    return vocabulary.load()
