"""Step 7a (rows): the built graph → rows of SPARQL answers, from an rdflib Graph or a pyoxigraph Store.

Every analysis reads the graph through `select()`, so where the rows come from is one decision,
made in `open_graph()`: today a Turtle file bulk-loaded into an in-memory pyoxigraph
Store (pyoxigraph reads and answers 10–20× faster than rdflib, whose Turtle parse alone took 41 s
of a 326 s analyze at 500 documents); a folder is opened as the build's on-disk Store. An rdflib
Graph (a `kg.build()` in a notebook or a test) is answered by rdflib. Either way a row is a
{variable: Python value} dict: IRIs and plain literals as str, numbers as int or float, booleans
as bool, unbound variables left out.

One more way in, for a store kg build wrote (`document_graphs()`): `in_graph()` looks triples up in
one document's named graph, an index seek. SPARQL over the union of 10,000 graphs answers a join
of every mention with its quote (289,000 rows) in 80 s of CPU; the few thousand quotes the report
shows cost 1 s by lookups in their documents' graphs.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any, Union

import pyoxigraph as ox
from rdflib import Graph
from rdflib import Literal as RdfLiteral

from kg.errors import KgError
from kg.rdf.namespaces import PREFIXES
from kg.rdf.store import dataset

Source = Union[Graph, ox.Store]
Row = dict[str, Any]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {f"{_XSD}{t}" for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
_FLOATS = {f"{_XSD}{t}" for t in ("decimal", "double", "float")}


def open_graph(path: Path) -> ox.Store:
    """The built graph at `path`: a Turtle file (loaded into memory) or a pyoxigraph Store folder."""
    if path.is_dir():
        from kg.rdf.store import open_read_only

        return open_read_only(path)
    if not path.is_file():
        raise KgError(path, "no such graph file; build one first (kg build writes policy.ttl)")
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    except SyntaxError as error:
        raise KgError(path, f"not valid Turtle ({str(error).splitlines()[0]})") from error
    except OSError as error:
        raise KgError(path, f"cannot be read ({error.strerror or error})") from error
    return store


def document_graphs(source: Source) -> bool:
    """Whether each document's triples are in a named graph of their own, named by the document's
    IRI (a store kg build wrote), so that `in_graph()` can find them there."""
    return isinstance(source, ox.Store) and bool(dataset(source))


def in_graph(store: ox.Store, graph: str, subject: ox.NamedNode | ox.BlankNode | ox.Triple | None, predicate: str | None,
             obj: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None = None) -> list[ox.Quad]:
    """The quads of one named graph that match a pattern (None matches anything)."""
    return list(store.quads_for_pattern(subject, None if predicate is None else ox.NamedNode(predicate), obj, ox.NamedNode(graph)))


def value(term: object) -> Any:
    """A term as the rows of `select()` give it: an IRI as str, a literal as a Python value."""
    return term.value if type(term) is ox.NamedNode else _from_oxigraph(term)  # type: ignore[attr-defined]


def select(source: Source, sparql: str) -> list[Row]:
    """The rows of a SELECT query (our prefixes predeclared), from either kind of source."""
    if isinstance(source, Graph):
        return [{str(k): _from_rdflib(v) for k, v in row.asdict().items()} for row in source.query(sparql, initNs=PREFIXES)]  # type: ignore[union-attr]
    result = source.query(sparql, prefixes={k: str(v) for k, v in PREFIXES.items()}, **dataset(source))
    names = [v.value for v in result.variables]  # type: ignore[union-attr]
    iri = ox.NamedNode
    return [
        {name: term.value if type(term) is iri else _from_oxigraph(term) for name, term in zip(names, solution) if term is not None}
        for solution in result  # type: ignore[union-attr]
    ]


def _from_rdflib(term: object) -> Any:
    if isinstance(term, RdfLiteral):
        value = term.toPython()
        if isinstance(value, Decimal):
            return float(value)
        return value if isinstance(value, (bool, int, float)) else str(term)
    return str(term)


def _from_oxigraph(term: object) -> Any:
    if isinstance(term, ox.Literal):
        if term.language:
            return term.value
        datatype = term.datatype.value
        try:
            if datatype in _INTEGERS:
                return int(term.value)
            if datatype in _FLOATS:
                return float(term.value)
        except ValueError:
            return term.value
        if datatype == f"{_XSD}boolean":
            return term.value in ("true", "1")
        return term.value
    return term.value  # type: ignore[attr-defined]
