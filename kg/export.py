"""Step 6d, the only writer: canonical Turtle, the page and the JSONL contract, each written atomically."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import asdict
from decimal import Decimal
from pathlib import Path

from rdflib import Graph

from kg.errors import KgError
from kg.model import Document, Entity, Fact, Funding, Support, Target

JSONL_FILES = ("documents", "entities", "targets", "funding", "supports", "regions")


def write_atomic(path: Path, data: bytes) -> None:
    """Replace path with data; readers see the old file or the new one, never half."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    except OSError as error:
        raise KgError(path, f"cannot be written ({error.strerror or error})") from error
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(tmp, 0o644)  # mkstemp creates 0600 files
        os.replace(tmp, path)
    except BaseException as error:
        os.unlink(tmp)
        if isinstance(error, OSError):
            raise KgError(path, f"cannot be written ({error.strerror or error})") from error
        raise


def write_all(files: Mapping[Path, bytes]) -> None:
    """Everything is rendered before the first write, so a failing render leaves old exports whole."""
    for path, data in sorted(files.items()):
        write_atomic(path, data)


def turtle(graph: Graph) -> bytes:
    """Canonical Turtle: byte-identical for the same graph in any process (no blank nodes)."""
    return graph.serialize(format="longturtle", encoding="utf-8")


def jsonl(docs: Iterable[Document], facts: Iterable[Fact], regions: Iterable[tuple[str, str | None]]) -> dict[str, bytes]:
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


def _record(fact: Target | Funding | Support) -> dict[str, object]:
    record = {key: value for key, value in asdict(fact).items() if key != "evidence"}
    record["quote"] = fact.evidence.quote
    record["start"], record["end"] = fact.evidence.start, fact.evidence.end
    return record


def _line(row: Mapping[str, object]) -> str:
    return json.dumps(row, ensure_ascii=False, default=_number) + "\n"


def _number(value: object) -> object:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")
