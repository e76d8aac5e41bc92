"""Step 7c (metrics, facts): the funding measures and the targets as rows, each pointing back to its document and quote.

They need no projection, only the documents (for their file names and jurisdictions), so
`kg.analyze.metrics.analyze` fetches them (`fetch`) beside the projection and joins them after.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from kg.analyze.projection import Projection
from kg.analyze.source import Source, select

# A funding measure's and a target's values, as (property path, required): each is its own query and
# the rows are joined here (`fetch`): on the store, the union of 10,000 graphs, one query with
# four OPTIONALs took 6.8 s of CPU, these 2 s.
FUNDING = {
    "recipient": ("kg:recipient", True),
    "quote": ("kg:evidence/oa:exact", True),
    "level": ("kg:level", False),
    "amount": ("kg:amountCNY", False),
    "cap": ("kg:cap", False),
    "ratio": ("kg:ratio", False),
}
TARGETS = {
    "subject": ("kg:subject", True),
    "quote": ("kg:evidence/oa:exact", True),
    "year": ("kg:year", False),
    "value": ("kg:value", False),
    "valueMax": ("kg:valueMax", False),
    "unit": ("kg:unit", False),
}


def fetch(source: Source, link: str, properties: dict[str, tuple[str, bool]]) -> list[dict[str, Any]]:
    """The rows of `SELECT ?doc ?<name>… { ?doc <link> ?fact . ?fact <path> ?<name> … }`, a required
    property as a triple pattern and the others as OPTIONALs: every combination of values, an
    optional property without a value left out; from one query per property."""
    values: dict[str, dict[str, list[Any]]] = {}
    for name, (path, _) in properties.items():
        # a path through kg:evidence would reach every mention's evidence too: start from the facts
        where = f"?doc {link} ?fact . ?fact {path} ?value" if "/" in path else f"?fact {path} ?value"
        values[name] = defaultdict(list)
        for row in select(source, f"SELECT ?fact ?value WHERE {{ {where} }}"):
            values[name][row["fact"]].append(row["value"])
    rows: list[dict[str, Any]] = []
    for row in select(source, f"SELECT ?doc ?fact WHERE {{ ?doc {link} ?fact }}"):
        combinations: list[dict[str, Any]] = [{"doc": row["doc"]}]
        for name, (_, required) in properties.items():
            found = values[name].get(row["fact"], [])
            if required and not found:
                combinations = []
            combinations = [{**c, name: v} for c in combinations for v in found] if found else combinations
        rows += combinations
    return rows


def funding(source: Source, p: Projection, facts: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Funding measures: recipient × level × jurisdiction with amount, cap, ratio and the quote
    (`facts`: the rows of `fetch(source, "kg:funds", FUNDING)`, when already fetched)."""
    rows: list[dict[str, Any]] = []
    for row in fetch(source, "kg:funds", FUNDING) if facts is None else facts:
        doc = p.docs.get(row["doc"])
        if doc is None:
            continue
        rows.append(
            {
                "recipient": row["recipient"],
                "level": row.get("level") or "",
                "jurisdiction": "、".join(doc.jurisdictions),
                "amount_cny": row.get("amount"),
                "cap": row.get("cap"),
                "ratio": row.get("ratio"),
                "document": doc.source,
                "quote": row["quote"],
            }
        )
    key = lambda r: (r["recipient"], r["jurisdiction"], -(r["amount_cny"] or 0), r["level"], r["document"], str(r["ratio"]), r["quote"])  # noqa: E731
    return _unique(sorted(rows, key=key))


def targets(source: Source, p: Projection, facts: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Targets with their year, jurisdiction, value, unit and quote; yearless targets last
    (`facts`: the rows of `fetch(source, "kg:targets", TARGETS)`, when already fetched)."""
    rows: list[dict[str, Any]] = []
    for row in fetch(source, "kg:targets", TARGETS) if facts is None else facts:
        doc = p.docs.get(row["doc"])
        if doc is None:
            continue
        rows.append(
            {
                "year": int(str(row["year"])[:4]) if row.get("year") else None,
                "jurisdiction": "、".join(doc.jurisdictions),
                "subject": row["subject"],
                "value": row.get("value"),
                "value_max": row.get("valueMax"),
                "unit": row.get("unit") or "",
                "document": doc.source,
                "quote": row["quote"],
            }
        )
    key = lambda r: (r["year"] is None, r["year"] or 0, r["jurisdiction"], r["subject"], r["value"] or 0, r["document"], r["quote"])  # noqa: E731
    return _unique(sorted(rows, key=key))


def _unique(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[str] = set()
    out = []
    for row in rows:
        key = repr(sorted(row.items()))
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out
