"""Evaluation, last part: a scored Report → the table `kg evaluate` prints, or JSON."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping

from kg.evaluate.contract import Line
from kg.evaluate.score import RELATIONS, FieldAccuracy, Report, Scores, doc_key


_HEADER = f"{'tp':>5} {'fp':>5} {'fn':>5} {'prec':>6} {'recall':>6} {'f1':>6}"
# The fields that identify a line when it is shown as an error, per relation.
_KEY_FIELDS = {
    "entities": ("type", "name", "surface"),
    "targets": ("subject", "value", "value_max", "unit", "year"),
    "funding": ("recipient", "level", "amount_yuan", "ratio"),
    "regions": ("child", "parent"),
    "documents": ("title",),
}


def _row(label: str, width: int, s: Scores) -> str:
    return f"{label:<{width}} {s.tp:>5} {s.fp:>5} {s.fn:>5} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}"


def _table(title: str, rows: list[tuple[str, Scores]]) -> list[str]:
    width = max([len(title), *(len(label) for label, _ in rows)])
    return [f"{title:<{width}} {_HEADER}", *(_row(label, width, s) for label, s in rows), ""]


def _describe(relation: str, line: Line) -> str:
    keys = "  ".join(f"{k}={json.dumps(line.get(k), ensure_ascii=False)}" for k in _KEY_FIELDS[relation])
    doc = f"[{doc_key(line['doc'])}] " if "doc" in line else ""
    quote = str(line.get("quote") or "")
    quote = quote if len(quote) <= 40 else quote[:39] + "…"  # CJK is double width: 80 columns
    return f"  {doc}{keys}" + (f"  «{quote}»" if quote else "")


def _errors(kind: str, relation: str, lines: tuple[Line, ...], limit: int) -> list[str]:
    if not lines:
        return []
    shown = f", first {limit}" if len(lines) > limit else ""
    return [f"{kind} {relation} ({len(lines)}{shown}):", *(_describe(relation, line) for line in lines[:limit]), ""]


def format_report(report: Report, show_errors: int = 0) -> str:
    """The report as a fixed-width text table, then up to `show_errors` errors per relation."""
    out = _table("relation", list(report.relations.items()))
    out += _table("entity type", list(report.by_type.items()))
    out += _table("file/relation", [(f"{d} {name}", s) for d, per in report.by_doc.items() for name, s in per.items()])
    width = len("document field")
    out.append(f"{'document field':<{width}} {'right':>5} {'of':>5} {'acc':>6}")
    out += [f"{name:<{width}} {a.correct:>5} {a.total:>5} {a.accuracy:>6.3f}" for name, a in report.fields.items()]
    out.append("")
    out.append(f"scored documents: {', '.join(report.docs) or '(none)'}")
    ignored = ", ".join(f"{name} {n}" for name, n in report.ignored.items() if n)
    out.append(f"predicted lines ignored (not in gold's documents or places): {ignored or 'none'}")
    out.append("")
    if show_errors > 0:
        for relation in RELATIONS:
            out += _errors("missed", relation, report.misses[relation], show_errors)
            out += _errors("false positive", relation, report.false_positives[relation], show_errors)
        out += _errors("missed", "documents", report.misses["documents"], show_errors)
        if report.field_errors:
            out.append(f"wrong document fields ({len(report.field_errors)}):")
        for e in report.field_errors[:show_errors]:
            gold, pred = (json.dumps(e[k], ensure_ascii=False) for k in ("gold", "pred"))
            out.append(f"  [{e['doc']}] {e['field']}: gold {gold}, predicted {pred}")
    return "\n".join(out).rstrip() + "\n"


def _plain(value: object) -> object:
    if isinstance(value, (Scores, FieldAccuracy)):
        return value.as_dict()
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def report_json(report: Report) -> str:
    """The whole report as JSON with sorted keys, for machines and for diffs."""
    data = {f.name: _plain(getattr(report, f.name)) for f in dataclasses.fields(report)}
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n"
