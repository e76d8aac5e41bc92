"""Precision/recall/F1 of JSONL predictions against gold (shared/gold-dev/SCHEMA.md).

`load` reads a folder of the five JSONL files (the only I/O here), `evaluate` compares
two such loads and returns a `Report`, `format_report` and `report_json` render it.

Matching rules, as SCHEMA.md states them and where it leaves room:

- Only documents that gold annotates are scored; predicted lines for other documents
  are counted in `Report.ignored`, so a full-corpus prediction can meet partial gold.
- A gold line with ``"ambiguous": true`` counts neither way: it may absorb a matching
  prediction (no false positive) and is never a miss.
- Every gold line is matched at most once, greedily, best candidate first.
- Texts are compared after NFKC (full-width ↔ half-width) and removing whitespace.
- "Similar" subjects and recipients: see `similarity`.
- regions.jsonl has no doc field: only pairs for places gold names are scored.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from kg.evaluate.contract import FILES, Line

RELATIONS = ("entities", "targets", "funding", "regions")
DOCUMENT_FIELDS = (
    "title", "number", "issuer", "issued", "jurisdiction", "period_start", "period_end", "doc_type",
)
# Bigram Dice at or above this makes two subjects similar (see `similarity`).
MIN_DICE = 0.5



# ---------------------------------------------------------------- comparing values

def doc_key(doc: object) -> str:
    """The id two files agree on: leading digits if any (``000_ca89…`` → ``000``), else the stem."""
    text = str(doc).strip()
    digits = re.match(r"\d+", text)
    return digits.group() if digits else text


def squash(text: object) -> str:
    """Text as compared: NFKC (so （ equals ( ) and without whitespace; None gives ''."""
    if text is None:
        return ""
    return "".join(unicodedata.normalize("NFKC", str(text)).split())


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):  # JSON true is not 1
        return None
    try:
        return float(value)
    except ValueError:
        return None


def same(a: object, b: object) -> bool:
    """Null equals only null; numbers compare numerically (``1800 == 1800.0 == "1800"``);
    anything else compares as `squash`ed text."""
    if a is None or b is None:
        return a is None and b is None
    x, y = _number(a), _number(b)
    if x is not None and y is not None:
        return math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-12)
    return squash(a) == squash(b)


def _bigrams(text: str) -> Counter[str]:
    # a one-character text has no bigram; let the character stand for itself
    return Counter(text[i : i + 2] for i in range(len(text) - 1)) if len(text) > 1 else Counter(text)


def similarity(a: object, b: object) -> float | None:
    """How alike two subjects (or recipients) are, or None when they are not similar.

    After `squash`, two texts are similar when they are equal, when one contains the
    other and the shorter has at least two characters (科技型中小企业 ~ 科技型中小企业数量),
    or when the Dice coefficient of their character-bigram multisets is at least 0.5.
    The returned score (1.0 for equal texts, else the Dice coefficient, which is above 0
    for any containment) ranks candidates so the most similar one is matched first.
    """
    x, y = squash(a), squash(b)
    if x == y:
        return 1.0
    if not x or not y:
        return None
    bx, by = _bigrams(x), _bigrams(y)
    dice = 2 * sum((bx & by).values()) / (sum(bx.values()) + sum(by.values()))
    contained = min(len(x), len(y)) >= 2 and (x in y or y in x)
    return dice if contained or dice >= MIN_DICE else None


# ---------------------------------------------------------------- matching lines

def _entity_score(gold: Line, pred: Line) -> float | None:
    """Same type, and the predicted name is the gold name or a gold surface form.

    A predicted surface form equal to the gold name also counts (the extractor chose a
    different canonical name for the same mention), ranked below the other two.
    """
    if squash(gold.get("type")) != squash(pred.get("type")):
        return None
    name = squash(pred.get("name"))
    if name == squash(gold.get("name")):
        return 1.0
    if name in {squash(s) for s in _as_list(gold.get("surface"))}:
        return 0.9
    if squash(gold.get("name")) in {squash(s) for s in _as_list(pred.get("surface"))}:
        return 0.8
    return None


def _target_score(gold: Line, pred: Line) -> float | None:
    """Equal value, value_max and year (or gold year_alt), then similar subject."""
    if not (same(gold.get("value"), pred.get("value"))
            and same(gold.get("value_max"), pred.get("value_max"))):
        return None
    years = [gold.get("year"), *_as_list(gold.get("year_alt"))]
    if not any(same(year, pred.get("year")) for year in years):
        return None
    return similarity(gold.get("subject"), pred.get("subject"))


def _funding_score(gold: Line, pred: Line) -> float | None:
    """Equal amount_yuan, ratio and level (null equals null), then similar recipient."""
    if not (same(gold.get("amount_yuan"), pred.get("amount_yuan"))
            and same(gold.get("ratio"), pred.get("ratio"))
            and same(gold.get("level"), pred.get("level"))):
        return None
    return similarity(gold.get("recipient"), pred.get("recipient"))


def _region_score(gold: Line, pred: Line) -> float | None:
    both = same(gold.get("child"), pred.get("child")) and same(gold.get("parent"), pred.get("parent"))
    return 1.0 if both else None


def _as_list(value: object) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _ambiguous(line: Line) -> bool:
    return line.get("ambiguous") is True


def match(gold: list[Line], pred: list[Line], score: Callable[[Line, Line], float | None]
          ) -> tuple[list[tuple[Line, Line]], list[Line], list[Line]]:
    """Greedy one-to-one matching: (pairs, unmatched gold, unmatched predicted), in file order.

    Candidate pairs are taken best score first; on a tie a plain gold line beats an
    ambiguous one (so an ambiguous line never steals a true positive), then file order.
    """
    candidates = sorted(
        (-s, _ambiguous(g), gi, pi)
        for gi, g in enumerate(gold) for pi, p in enumerate(pred)
        if (s := score(g, p)) is not None
    )
    gold_used: dict[int, int] = {}
    pred_used: set[int] = set()
    for _, _, gi, pi in candidates:
        if gi not in gold_used and pi not in pred_used:
            gold_used[gi] = pi
            pred_used.add(pi)
    pairs = [(gold[gi], pred[pi]) for gi, pi in sorted(gold_used.items())]
    unmatched_gold = [g for gi, g in enumerate(gold) if gi not in gold_used]
    unmatched_pred = [p for pi, p in enumerate(pred) if pi not in pred_used]
    return pairs, unmatched_gold, unmatched_pred


# ---------------------------------------------------------------- the report

@dataclass(frozen=True, slots=True)
class Scores:
    """Counts and the measures derived from them.

    An empty denominator gives 1.0 when the other error count is 0 too (nothing to find,
    nothing said), else 0.0: an extractor that says nothing must not show precision 1.
    """

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float(self.fn == 0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float(self.fp == 0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True, slots=True)
class FieldAccuracy:
    correct: int
    total: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0

    def as_dict(self) -> dict[str, float]:
        return {"correct": self.correct, "total": self.total, "accuracy": self.accuracy}


@dataclass(frozen=True, slots=True)
class Report:
    """The outcome of one evaluation; every mapping is sorted by key.

    Attributes:
        relations: entities, targets, funding, regions → micro-averaged Scores.
        by_type: entity type → Scores.
        by_doc: doc key → relation (entities, targets, funding) → Scores.
        fields: document field → accuracy over the gold documents that were predicted.
        misses: relation → gold lines not matched (ambiguous lines excluded); for
            "documents", gold documents with no predicted line.
        false_positives: relation → predicted lines not matched.
        field_errors: ``{"doc", "field", "gold", "pred"}`` for each wrong document field.
        docs: the doc keys scored (those gold annotates).
        ignored: file name → predicted lines left out (other documents, other places).
    """

    relations: Mapping[str, Scores]
    by_type: Mapping[str, Scores]
    by_doc: Mapping[str, Mapping[str, Scores]]
    fields: Mapping[str, FieldAccuracy]
    misses: Mapping[str, tuple[Line, ...]]
    false_positives: Mapping[str, tuple[Line, ...]]
    field_errors: tuple[dict, ...]
    docs: tuple[str, ...]
    ignored: Mapping[str, int]


@dataclass(frozen=True, slots=True)
class _Outcome:
    hits: tuple[Line, ...]  # gold lines matched, ambiguous ones left out
    misses: tuple[Line, ...]
    false_positives: tuple[Line, ...]

    def scores(self, keep: Callable[[Line], bool] = lambda _: True) -> Scores:
        return Scores(*(sum(map(keep, lines)) for lines in (self.hits, self.false_positives, self.misses)))


def _doc_of(line: Line) -> str:
    return doc_key(line["doc"])


def _judge(gold: list[Line], pred: list[Line], score: Callable[[Line, Line], float | None],
           group: Callable[[Line], str] = _doc_of) -> _Outcome:
    """Match within each group (a document), so lines of different documents never meet."""
    hits: list[Line] = []
    misses: list[Line] = []
    fps: list[Line] = []
    for key in sorted({group(line) for line in (*gold, *pred)}):
        pairs, missed, wrong = match([g for g in gold if group(g) == key], [p for p in pred if group(p) == key], score)
        hits += [g for g, _ in pairs if not _ambiguous(g)]
        misses += [g for g in missed if not _ambiguous(g)]
        fps += wrong
    return _Outcome(tuple(hits), tuple(misses), tuple(fps))


def _unique_regions(lines: Iterable[Line]) -> list[Line]:
    """Regions are a set of (child, parent) pairs: keep the first line of each pair."""
    first: dict[tuple[str, str], Line] = {}
    for line in lines:
        first.setdefault((squash(line.get("child")), squash(line.get("parent"))), line)
    return list(first.values())


def _known_places(gold: Mapping[str, list[Line]]) -> set[str]:
    """Places gold talks about: region pairs' ends and Region entity names.

    regions.jsonl has no doc field, so a full-corpus prediction names places of
    documents gold does not cover; only pairs whose child is one of these are scored.
    A wrong parent for a known place is still a false positive.
    """
    places = {squash(r.get(k)) for r in gold.get("regions", []) for k in ("child", "parent")}
    places |= {squash(e.get("name")) for e in gold.get("entities", []) if e.get("type") == "Region"}
    return places - {""}


def _documents(gold: list[Line], pred: list[Line]) -> tuple[dict[str, FieldAccuracy], list[dict], list[Line]]:
    predicted = {doc_key(p["doc"]): p for p in reversed(pred)}  # first line of a doc wins
    correct = Counter[str]()
    errors, missing = [], []
    compared = 0
    for g in sorted(gold, key=lambda line: doc_key(line["doc"])):
        p = predicted.get(doc_key(g["doc"]))
        if p is None:
            missing.append(g)
            continue
        compared += 1
        for name in DOCUMENT_FIELDS:
            if same(g.get(name), p.get(name)):
                correct[name] += 1
            else:
                errors.append({"doc": doc_key(g["doc"]), "field": name, "gold": g.get(name), "pred": p.get(name)})
    fields = {name: FieldAccuracy(correct[name], compared) for name in DOCUMENT_FIELDS}
    return fields, errors, missing


def evaluate(gold: Mapping[str, list[Line]], pred: Mapping[str, list[Line]]) -> Report:
    """Score predicted lines against gold lines, both as returned by `load`.

    Example:
        >>> line = {"doc": "000", "type": "Region", "name": "北京市", "surface": ["北京"]}
        >>> r = evaluate({"entities": [line]}, {"entities": [dict(line, doc="000_ca89")]})
        >>> r.relations["entities"].f1
        1.0
    """
    docs = tuple(sorted({doc_key(line["doc"]) for name in ("entities", "targets", "funding", "documents")
                         for line in gold.get(name, [])}))
    scored = {name: [p for p in pred.get(name, []) if doc_key(p["doc"]) in docs]
              for name in ("entities", "targets", "funding", "documents")}
    places = _known_places(gold)
    scored["regions"] = [r for r in pred.get("regions", []) if squash(r.get("child")) in places]
    ignored = {name: len(pred.get(name, [])) - len(scored[name]) for name in FILES}

    outcomes = {
        "entities": _judge(gold.get("entities", []), scored["entities"], _entity_score),
        "targets": _judge(gold.get("targets", []), scored["targets"], _target_score),
        "funding": _judge(gold.get("funding", []), scored["funding"], _funding_score),
        "regions": _judge(_unique_regions(gold.get("regions", [])), _unique_regions(scored["regions"]),
                          _region_score, group=lambda _: ""),
    }
    types = sorted({squash(line.get("type")) for source in (gold, scored)
                    for line in source.get("entities", [])})
    fields, field_errors, missing_docs = _documents(gold.get("documents", []), scored["documents"])
    return Report(
        relations={name: outcomes[name].scores() for name in RELATIONS},
        by_type={t: outcomes["entities"].scores(_is_type(t)) for t in types},
        by_doc={d: {name: outcomes[name].scores(_in_doc(d))
                    for name in ("entities", "targets", "funding")} for d in docs},
        fields=fields,
        misses={**{name: outcomes[name].misses for name in RELATIONS}, "documents": tuple(missing_docs)},
        false_positives={name: outcomes[name].false_positives for name in RELATIONS},
        field_errors=tuple(field_errors),
        docs=docs,
        ignored=ignored,
    )


def _is_type(entity_type: str) -> Callable[[Line], bool]:
    return lambda line: squash(line.get("type")) == entity_type


def _in_doc(doc: str) -> Callable[[Line], bool]:
    return lambda line: doc_key(line["doc"]) == doc
