"""SHACL: does a graph conform to ontology/shapes.ttl; violations as readable lines."""

from __future__ import annotations

import json
import weakref
from collections.abc import Iterable
from dataclasses import dataclass

import pyshacl
from pyshacl.graph_abstraction import DataGraph
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH
from rdflib.plugins.stores.memory import SimpleMemory
from rdflib.term import Identifier, Node

from kg import shipped
from kg.rdf.namespaces import compact

_COUNTED = (SH.MinCountConstraintComponent, SH.MaxCountConstraintComponent)


@dataclass(frozen=True, slots=True)
class Violation:
    """One SHACL result: the node that breaks a shape, the property, the shape's message and
    the offending value (None for a missing or surplus value, where the message gives the count)."""

    focus: str
    path: str
    message: str
    value: Identifier | None = None

    def key(self) -> tuple[str, str, str, str]:
        return (self.focus, self.path, self.message, "" if self.value is None else self.value.n3())


def shapes_graph() -> Graph:
    """ontology/shapes.ttl as shipped in the package, read afresh on each call."""
    graph = Graph(bind_namespaces="none")
    graph.parse(data=shipped.ontology().joinpath("shapes.ttl").read_bytes(), format="turtle")
    return graph


def check(graph: Graph, shapes: Graph | None = None) -> list[Violation]:
    """The violations of ontology/shapes.ttl (or of shapes, read once by a caller checking many
    graphs) in graph, sorted; an empty list means it conforms.

    The graph is read, never changed: without inference pyshacl validates it in place.
    """
    shapes = shapes if shapes is not None else shapes_graph()
    validator = pyshacl.Validator(DataGraph.from_rdflib(graph), shacl_graph=shapes, options={"inference": "none", "advanced": False, "allow_warnings": False})
    validator.shacl_graph = _harvested(shapes)
    _, report, _ = validator.run()
    assert isinstance(report, Graph)
    found = {_violation(graph, report, result) for result in report.subjects(RDF.type, SH.ValidationResult) if isinstance(result, Identifier)}
    return sorted(found, key=Violation.key)


_HARVESTED: weakref.WeakKeyDictionary[Graph, pyshacl.ShapesGraph] = weakref.WeakKeyDictionary()


def _harvested(shapes: Graph) -> pyshacl.ShapesGraph:
    """The shapes as pyshacl reads them, read once per shapes graph: a Validator harvests them anew,
    and a worker checks thousands of documents against the same shapes (4 of a document's 17 ms)."""
    if shapes not in _HARVESTED:
        _HARVESTED[shapes] = pyshacl.ShapesGraph(shapes)
    return _HARVESTED[shapes]


def check_triples(triples: Iterable[tuple[Node, Node, Node]], shapes: Graph | None = None) -> list[Violation]:
    """check() of the graph these triples make (one document's, as kg.rdf.graph.Triples holds them),
    given only the triples the shapes can read (`read_predicates`): a quarter of a document's
    triples (labels, surfaces, links between facts) no shape looks at, and filling and searching
    pyshacl's store with them was 1 of its 6 ms."""
    shapes = shapes if shapes is not None else shapes_graph()
    predicates = read_predicates(shapes)
    if predicates is not None:
        triples = [triple for triple in triples if triple[1] in predicates]
    return check(data_graph(triples), shapes)


_READ: weakref.WeakKeyDictionary[Graph, frozenset[Node] | None] = weakref.WeakKeyDictionary()
# Where SHACL Core names the predicates it reads: paths, property pairs, targets by predicate.
_NAMING = (SH.path, SH.equals, SH.disjoint, SH.lessThan, SH.lessThanOrEquals, SH.targetSubjectsOf, SH.targetObjectsOf)


def read_predicates(shapes: Graph) -> frozenset[Node] | None:
    """The predicates whose triples SHACL Core can read when checking against shapes: those the
    shapes name (`_NAMING`), and rdf:type and rdfs:subClassOf for class targets and sh:class. None
    when the shapes may read any triple: closed shapes, SPARQL, a path that is not one IRI."""
    if shapes not in _READ:
        named = {node for term in _NAMING for node in shapes.objects(None, term)}
        open_ended = any(isinstance(node, BNode) for node in named) or any(
            (None, term, None) in shapes for term in (SH.closed, SH.sparql, SH.target))
        _READ[shapes] = None if open_ended else frozenset({*named, RDF.type, RDFS.subClassOf})
    return _READ[shapes]


def data_graph(triples: Iterable[tuple[Node, Node, Node]]) -> Graph:
    """A graph of these triples in the store pyshacl reads fastest (_OneGraph), filled through the
    plain store's own add: Graph.add's checks and our override's call cost 1.5 of the 9 ms that
    filling takes a document (the triples are rdflib terms: kg.rdf.graph made them)."""
    store, add = _OneGraph(), SimpleMemory.add
    for triple in triples:
        add(store, triple, None)  # type: ignore[arg-type]  # _OneGraph has one graph: no context
    return Graph(store=store, bind_namespaces="none")


class _OneGraph(SimpleMemory):
    """rdflib's plain in-memory store as the graph-aware store pyshacl reads through (it wraps a data
    graph in a Dataset): it holds one graph, so every context asked for is that one. Filling it
    costs half what rdflib's context-tracking Memory store does (6.7 against 14.8 ms a document).
    Its size is counted once, not at each of pyshacl's three questions whether the graph is empty
    (rdflib counts by walking every triple: 3 ms a document)."""

    context_aware = True
    graph_aware = True
    _size: int | None = None

    def add(self, triple, context, quoted=False):  # type: ignore[no-untyped-def, override]
        self._size = None
        return super().add(triple, context, quoted)

    def remove(self, triple_pattern, context=None):  # type: ignore[no-untyped-def, override]
        self._size = None
        return super().remove(triple_pattern, context)

    def triples(self, triple_pattern, context=None):  # type: ignore[no-untyped-def, override]
        return super().triples(triple_pattern, None)

    def __len__(self, context=None) -> int:  # type: ignore[no-untyped-def]
        if self._size is None:
            self._size = super().__len__(None)
        return self._size

    def contexts(self, triple=None):  # type: ignore[no-untyped-def, override]
        return iter(())

    def add_graph(self, graph: Graph) -> None:
        pass

    def remove_graph(self, graph: Graph) -> None:
        pass


def format_violations(violations: list[Violation], limit: int = 20) -> str:
    """One line per violation, IRIs shortened to our prefixes; at most limit lines, then how many more.

    Example:
        >>> print(format_violations([Violation("https://w3id.org/policy-kg/id/doc/d/target/t",
        ...     "https://w3id.org/policy-kg/ontology#value", "Target needs exactly one numeric value (found 0)")]))
        id:doc/d/target/t: kg:value: Target needs exactly one numeric value (found 0)
    """
    lines = [_line(v) for v in violations[:limit]]
    if len(violations) > limit:
        lines.append(f"… and {len(violations) - limit} more")
    return "\n".join(lines)


def _violation(data: Graph, report: Graph, result: Identifier) -> Violation:
    focus, path = report.value(result, SH.focusNode), report.value(result, SH.resultPath)
    value = report.value(result, SH.value)
    message = _message(report, result)
    counted = report.value(result, SH.sourceConstraintComponent) in _COUNTED
    if counted and isinstance(focus, (URIRef, BNode)) and isinstance(path, URIRef):
        message += f" (found {len(set(data.objects(focus, path)))})"
        value = None
    return Violation(
        focus=f"_:{focus}" if isinstance(focus, BNode) else str(focus),
        path=str(path) if isinstance(path, URIRef) else "",
        message=message,
        value=value if isinstance(value, Identifier) else None,
    )


def _message(report: Graph, result: Identifier) -> str:
    """The shape's English sh:message; pyshacl's own text only for a shape without one."""
    messages = sorted(report.objects(result, SH.resultMessage), key=lambda m: (getattr(m, "language", None) != "en", str(m)))
    if messages:
        return str(messages[0])
    return f"violates sh:{str(report.value(result, SH.sourceConstraintComponent)).removeprefix(str(SH))}"


def _line(violation: Violation) -> str:
    where = [_short(violation.focus)] + ([_short(violation.path)] if violation.path else [])
    value = f" (value {_term(violation.value)})" if violation.value is not None else ""
    return f"{': '.join(where)}: {violation.message}{value}"


def _term(term: Identifier) -> str:
    """A value as Turtle would write it, with our prefixes: "-5"^^xsd:decimal, ""@zh, id:Region/北京市."""
    if isinstance(term, Literal):
        text = json.dumps(str(term), ensure_ascii=False)
        if term.language:
            return f"{text}@{term.language}"
        return f"{text}^^{_short(str(term.datatype))}" if term.datatype else text
    return _short(str(term))


def _short(iri: str) -> str:
    return compact(iri) or (iri if iri.startswith("_:") else f"<{iri}>")
