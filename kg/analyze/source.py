"""Step 7a (rows): the built graph → rows of SPARQL answers, from an rdflib Graph or a pyoxigraph Store.

Every analysis reads the graph through `select()`, so where the rows come from is one decision,
made in `open_graph()`: today a Turtle file bulk-loaded into an in-memory pyoxigraph
Store (pyoxigraph reads and answers 10–20× faster than rdflib, whose Turtle parse alone took 41 s
of a 326 s analyze at 500 documents); a folder is opened as the build's on-disk Store. An rdflib
Graph (a `kg.build()` in a notebook or a test) is answered by rdflib. Either way a row is a
{variable: Python value} dict: IRIs and plain literals as str, numbers as int or float, booleans
as bool, unbound variables left out.

One more way in, for a Store: `owned()` lists the nodes of one document (its mentions, facts and
evidence, each kg:inDocument it) and `lookup()` the values of one node's property, index seeks.
SPARQL answers a join of every mention with its quote (289,000 rows at 10,000 documents) in 80 s
of CPU; the few thousand quotes the report shows cost about a second by lookups.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any, Union

import pyoxigraph as ox
from rdflib import Graph
from rdflib import Literal as RdfLiteral

from kg.errors import KgError
from kg.rdf.formats import turtle_source
from kg.rdf.namespaces import PREFIXES
from kg.rdf.store import IN_DOCUMENT, dataset

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
        with turtle_source(path) as source:
            store.bulk_load(**source)
    except SyntaxError as error:
        raise KgError(path, f"not valid Turtle ({str(error).splitlines()[0]})") from error
    except (OSError, EOFError) as error:
        raise KgError(path, f"cannot be read ({getattr(error, 'strerror', None) or error})") from error
    return store


def owned(store: ox.Store, doc: str) -> list[ox.NamedNode | ox.BlankNode | ox.Triple]:
    """The nodes of one document: those kg:inDocument it."""
    return [q.subject for q in store.quads_for_pattern(None, IN_DOCUMENT, ox.NamedNode(doc), None)]


def lookup(store: ox.Store, subject: ox.NamedNode | ox.BlankNode | ox.Triple, predicate: str,
           obj: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None = None) -> list[ox.Quad]:
    """The quads of one node's property (obj None: any value), in any graph."""
    return list(store.quads_for_pattern(subject, ox.NamedNode(predicate), obj, None))


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
