"""Step 5 (answers): query answers as plain records, and as bytes: a table, CSV or JSON for people and
tools, SPARQL results formats and RDF (Turtle, N-Triples, JSON-LD) written by pyoxigraph."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from dataclasses import dataclass
from typing import Any, cast

import pyoxigraph as ox

from kg.rdf.namespaces import PREFIX_IRIS, compact

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

Term = tuple[Any, ...]  # ("uri", iri) | ("bnode", id) | ("literal", lexical, datatype, language) | ("triple", s, p, o)
Rows = tuple[tuple[str, ...], list[tuple[str, ...]]]  # (columns, rows of strings)


@dataclass(frozen=True)
class Result:
    """An answer as plain tuples (quick to pickle): SELECT variables and rows, ASK's boolean, or the
    triples of CONSTRUCT and DESCRIBE, sorted. A term is ("uri", iri), ("bnode", id),
    ("literal", lexical form, datatype, language) or ("triple", s, p, o); an unbound value is None."""

    form: str
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Term | None, ...], ...] = ()
    boolean: bool | None = None
    triples: tuple[tuple[Term, Term, Term], ...] = ()

    def text_rows(self) -> Rows:
        """(columns, rows of strings): a SELECT's rows, ASK as one `ask` cell, triples as subject, predicate, object."""
        if self.form == "ASK":
            return ("ask",), [(str(self.boolean).lower(),)]
        if self.form == "SELECT":
            return self.variables, [tuple(text(term) for term in row) for row in self.rows]
        return ("subject", "predicate", "object"), [tuple(map(text, triple)) for triple in self.triples]


def plain(term: Any) -> Term | None:
    """A pyoxigraph term as a Term (None stays None)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return ("uri", term.value)
    if isinstance(term, ox.BlankNode):
        return ("bnode", term.value)
    if isinstance(term, ox.Triple):
        return ("triple", plain(term.subject), plain(term.predicate), plain(term.object))  # type: ignore[return-value]
    return ("literal", term.value, term.datatype.value, term.language or "")


# ---- answers as bytes ---------------------------------------------------------------------------


def default_format(form: str) -> str:
    return "turtle" if form in ("CONSTRUCT", "DESCRIBE") else "table"


def render(result: Result, format_: str) -> bytes:
    """For `kg query`: rows as table, csv or json; a graph (CONSTRUCT, DESCRIBE) as turtle, nt or jsonld.
    A format of the other kind is a ValueError."""
    graph = result.form in ("CONSTRUCT", "DESCRIBE")
    if graph and format_ in ROW_FORMATS:
        raise ValueError(f"{result.form} answers with a graph: write it as {', '.join(GRAPH_FORMATS)}")
    if not graph and format_ in GRAPH_FORMATS:
        raise ValueError(f"{result.form} answers with rows: write them as {', '.join(ROW_FORMATS)}")
    if graph:
        return serialize(result, GRAPH_FORMATS[format_])
    return (ROW_FORMATS[format_](result.text_rows()) + "\n").encode("utf-8")


def serialize(result: Result, format_: ox.QueryResultsFormat | ox.RdfFormat) -> bytes:
    """The answer in a SPARQL results format (SELECT, ASK) or an RDF format (CONSTRUCT, DESCRIBE),
    written by pyoxigraph; Turtle with our prefixes. The same answer gives the same bytes."""
    if isinstance(format_, ox.RdfFormat):
        triples = [ox.Triple(*map(to_ox, triple)) for triple in result.triples]  # type: ignore[misc]
        if format_ != ox.RdfFormat.TURTLE:
            return bytes(ox.serialize(triples, format=format_))  # type: ignore[arg-type]
        data = bytes(ox.serialize(triples, format=format_, prefixes=PREFIX_IRIS))  # type: ignore[arg-type]
        lines = data.splitlines(keepends=True)
        count = next((i for i, line in enumerate(lines) if not line.startswith(b"@prefix ")), len(lines))
        return b"".join(sorted(lines[:count]) + lines[count:])  # pyoxigraph writes the prefixes in hash order
    if result.boolean is not None:
        document: dict[str, Any] = {"head": {}, "boolean": result.boolean}
    else:
        bindings = [{name: _json(term) for name, term in zip(result.variables, row) if term is not None} for row in result.rows]
        document = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    # pyoxigraph's strict parser reads the rows back and writes the format asked for: every answer
    # is pyoxigraph's own serialisation.
    data = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return cast(bytes, ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON).serialize(format=format_))


def _json(term: Term) -> dict[str, Any]:
    """One term in the SPARQL 1.1 Query Results JSON format."""
    kind = term[0]
    if kind == "triple":
        return {"type": "triple", "value": {"subject": _json(term[1]), "predicate": _json(term[2]), "object": _json(term[3])}}  # type: ignore[arg-type]
    value: dict[str, Any] = {"type": kind, "value": term[1]}
    if kind == "literal":
        if term[3]:
            value["xml:lang"] = term[3]
        elif term[2] != _XSD_STRING:
            value["datatype"] = term[2]
    return value


def to_ox(term: Term) -> Any:
    kind = term[0]
    if kind == "uri":
        return ox.NamedNode(term[1])
    if kind == "bnode":
        return ox.BlankNode(term[1])
    if kind == "triple":
        return ox.Triple(*map(to_ox, term[1:]))  # type: ignore[arg-type]
    return ox.Literal(term[1], language=term[3]) if term[3] else ox.Literal(term[1], datatype=ox.NamedNode(term[2]))


# ---- rows for people and tools ------------------------------------------------------------------


def text(term: Term | None) -> str:
    """A term as a string: the IRI, the blank node's id, the literal's lexical form; unbound is ''."""
    if term is None:
        return ""
    if term[0] == "triple":
        return "<< " + " ".join(text(part) for part in term[1:]) + " >>"
    return str(term[1])


def as_table(rows: Rows) -> str:
    """A plain fixed-width table, IRIs as CURIEs; CJK characters count as two columns so columns line up."""
    columns, data = rows[0], [tuple(compact(cell) or cell for cell in row) for row in rows[1]]
    widths = [max([_width(c)] + [_width(r[i]) for r in data]) for i, c in enumerate(columns)]
    line = lambda cells: "  ".join(_pad(c, w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(columns), rule, *map(line, data), f"({len(data)} row{'s' if len(data) != 1 else ''})"])


def as_csv(rows: Rows) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(rows[0])
    writer.writerows(rows[1])
    return out.getvalue().removesuffix("\n")


def as_json(rows: Rows) -> str:
    columns, data = rows
    return json.dumps([dict(zip(columns, row)) for row in data], ensure_ascii=False, indent=2)


def _width(cell: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in cell)


def _pad(cell: str, width: int) -> str:
    return cell + " " * (width - _width(cell))


ROW_FORMATS = {"table": as_table, "csv": as_csv, "json": as_json}
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}
FORMATS = (*ROW_FORMATS, *GRAPH_FORMATS)
