"""The extraction contract (SCHEMA.md) written once: facts → JSON Lines, and JSON Lines → rows to score.

`write` makes the files `kg extract --jsonl` writes; `load` reads a gold or prediction folder back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict
from decimal import Decimal
from pathlib import Path

from kg.errors import KgError
from kg.model import Document, Entity, Fact, Funding, Support, Target

# what `kg extract --jsonl` writes, and which of them scoring reads
JSONL_FILES = ("documents", "entities", "targets", "funding", "supports", "regions")
FILES = ("entities", "targets", "funding", "documents", "regions")
# The keys a line must have to be scored at all; everything else is read with .get().
REQUIRED = {
    "entities": ("doc", "type", "name"),
    "targets": ("doc", "subject", "value"),
    "funding": ("doc", "recipient"),
    "documents": ("doc",),
    "regions": ("child", "parent"),
}

Line = dict  # one JSON object from a JSONL file


def write(docs: Iterable[Document], facts: Iterable[Fact], regions: Iterable[tuple[str, str | None]]) -> dict[str, bytes]:
    """The extraction contract of SCHEMA.md: one file per kind, one JSON object per line."""
    rows: dict[str, list[dict[str, object]]] = {name: [] for name in JSONL_FILES}
    rows["documents"] = [{"doc": doc.id, **asdict(doc.meta)} for doc in docs]
    rows["regions"] = [{"child": child, "parent": parent} for child, parent in regions]
    seen: set[tuple[str, str, str]] = set()
    for fact in facts:
        if isinstance(fact, Entity):
            if (fact.doc, fact.type, fact.name) in seen:
                continue  # one line per distinct entity per document: its first mention
            seen.add((fact.doc, fact.type, fact.name))
            rows["entities"].append(
                {"doc": fact.doc, "type": fact.type, "name": fact.name, "surface": [fact.surface], "quote": fact.evidence.quote}
            )
        elif isinstance(fact, (Target, Funding, Support)):
            rows[_FILE[type(fact)]].append(_record(fact))
    return {f"{name}.jsonl": "".join(_line(row) for row in rows[name]).encode("utf-8") for name in JSONL_FILES}


_FILE = {Target: "targets", Funding: "funding", Support: "supports"}


# SCHEMA.md's funding levels: a district's or county's own level (区级, 县级) is written null in the contract; the graph keeps it
SCHEMA_LEVELS = ("国家级", "省级", "市级")


def _record(fact: Target | Funding | Support) -> dict[str, object]:
    record = {key: value for key, value in asdict(fact).items() if key != "evidence"}
    if isinstance(fact, Funding) and fact.level not in SCHEMA_LEVELS:
        record["level"] = None  # (fund17a)
    record["quote"] = fact.evidence.quote
    record["start"], record["end"] = fact.evidence.start, fact.evidence.end
    return record


def _line(row: Mapping[str, object]) -> str:
    return json.dumps(row, ensure_ascii=False, default=_number) + "\n"


def _number(value: object) -> object:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def load(folder: Path) -> dict[str, list[dict]]:
    """Read a gold or prediction folder: ``{"entities": [...], ...}`` for all five file
    names, a missing file giving ``[]``. Raises KgError for a missing folder, one with
    none of the files, or a line that is not a JSON object with the keys matching needs."""
    folder = Path(folder)
    if not folder.is_dir():
        raise KgError(folder, "no such folder")
    paths = {name: folder / f"{name}.jsonl" for name in FILES}
    if not any(p.is_file() for p in paths.values()):
        names = ", ".join(f"{n}.jsonl" for n in FILES)
        raise KgError(folder, f"none of {names} found; is this a folder of extraction JSON Lines (SCHEMA.md)?")
    return {name: _read_jsonl(p, REQUIRED[name]) if p.is_file() else [] for name, p in paths.items()}


def _read_jsonl(path: Path, required: tuple[str, ...]) -> list[dict]:
    try:
        # utf-8-sig: a BOM written by an editor should not make line 1 "not valid JSON"
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as e:
        raise KgError(path, f"not UTF-8 (byte {e.start})") from e
    lines = []
    # split on \n only: splitlines() would also break at U+2028, which JSON strings may hold raw
    for n, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            continue
        try:
            line = json.loads(raw)
        except json.JSONDecodeError as e:
            raise KgError(path, f"line {n}: not valid JSON ({e.msg}, column {e.colno})") from e
        if not isinstance(line, dict):
            raise KgError(path, f"line {n}: not a JSON object")
        missing = [k for k in required if k not in line]
        if missing:
            raise KgError(path, f"line {n}: missing key {', '.join(missing)}")
        lines.append(line)
    return lines
