"""Step 6c: SPARQL over the built graph → rows, and rows → a table, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from pathlib import Path

import rdflib.plugins.sparql
from rdflib import Graph
from rdflib.query import Result

from kg.errors import KgError
from kg.rdf.namespaces import PREFIXES, compact

# A query must never make the tool read a file or fetch a URL it names in FROM.
rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False

Rows = tuple[tuple[str, ...], list[tuple[str, ...]]]


def load_graph(path: Path) -> Graph:
    if not path.is_file():
        raise KgError(path, "no such graph; run `kg build` first or pass --graph")
    graph = Graph(bind_namespaces="none")
    try:
        graph.parse(path, format="turtle")
    except Exception as error:  # rdflib's parsers raise several types; one line is what users need
        raise KgError(path, f"not valid Turtle ({str(error).splitlines()[0]})") from error
    return graph


def run(graph: Graph, sparql: str, source: str = "query") -> Rows:
    """Run a SELECT or ASK query with our prefixes predeclared; returns (columns, rows)."""
    try:
        result = graph.query(sparql, initNs=PREFIXES)
    except Exception as error:  # pyparsing and rdflib evaluation errors alike
        raise KgError(source, f"SPARQL error: {' '.join(str(error).split())[:200]}") from error
    return _rows(result)


def _rows(result: Result) -> Rows:
    if result.type == "ASK":
        return ("ask",), [(str(result.askAnswer).lower(),)]
    if result.type != "SELECT":
        raise KgError("query", "only SELECT and ASK queries print as rows; use `kg export` for graphs")
    columns = tuple(str(v) for v in result.vars or ())
    return columns, [tuple(_text(row[i]) for i in range(len(columns))) for row in result]  # type: ignore[index]


def _text(term: object) -> str:
    return "" if term is None else str(term)


def _short(cell: str) -> str:
    """id:doc/002_… instead of the whole IRI, for people reading a table."""
    return compact(cell) or cell


def as_table(rows: Rows) -> str:
    """A plain fixed-width table; CJK characters count as two columns so columns line up."""
    columns, data = rows[0], [tuple(map(_short, row)) for row in rows[1]]
    widths = [max([_width(c)] + [_width(r[i]) for r in data]) for i, c in enumerate(columns)]
    line = lambda cells: "  ".join(_pad(c, w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(columns), rule, *map(line, data), f"({len(data)} row{'s' if len(data) != 1 else ''})"])


def as_csv(rows: Rows) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(rows[0])
    writer.writerows(rows[1])
    return out.getvalue()


def as_json(rows: Rows) -> str:
    columns, data = rows
    return json.dumps([dict(zip(columns, row)) for row in data], ensure_ascii=False, indent=2)


FORMATS = {"table": as_table, "csv": as_csv, "json": as_json}


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
