"""Step 5 (triples): a graph's triples as they are made, each once, with the document owning each subject."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from kg.rdf.formats import to_ox
from kg.rdf.namespaces import KG, PREFIXES


class Triples:
    """The triples of a graph as they are made, each once, with the document that owns each subject.

    A document owns itself and every node it says is kg:inDocument it (mentions, facts, evidence);
    what no document owns (a concept's type and label, the graph's owl:Ontology) is shared. Knowing
    the owner as the triples are made spares a per-document build the graph lookups of
    `kg.rdf.formats.partition`; its SHACL check fills a lean store of its own
    (`kg.rdf.shapes.check_triples`), and an rdflib Graph is made only where one is asked for.
    """

    def __init__(self) -> None:
        self.triples: dict[tuple[Node, Node, Node], None] = {}  # insertion-ordered set
        self.owners: dict[Node, URIRef] = {}

    def add(self, triple: tuple[Node, Node, Node]) -> None:
        self.triples[triple] = None

    def own(self, node: URIRef, doc: URIRef) -> None:
        """node is part of doc (doc owns itself): the triple that says so, and the owner recorded."""
        self.owners[node] = doc
        self.add((node, RDF.type, KG.PolicyDocument) if node == doc else (node, KG.inDocument, doc))

    def graph(self) -> Graph:
        graph = Graph(bind_namespaces="none")
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace)
        for triple in self.triples:
            graph.add(triple)
        return graph

    def parts(self) -> dict[str | None, list[ox.Triple]]:
        """The triples as pyoxigraph's, by owner: a document's IRI, or None for the shared ones
        (what `kg.rdf.formats.partition` finds in a graph without blank nodes)."""
        terms: dict[Node, ox.NamedNode | ox.Literal] = {}  # subjects and predicates recur: convert each once
        parts: dict[str | None, list[ox.Triple]] = {}
        for triple in self.triples:
            owner = self.owners.get(triple[0])
            parts.setdefault(None if owner is None else str(owner), []).append(
                ox.Triple(*(terms[t] if t in terms else terms.setdefault(t, to_ox(t)) for t in triple))  # type: ignore[arg-type]
            )
        return parts

    def split(self) -> tuple[list[ox.Triple], list[ox.Triple], str]:
        """One document's triples as (its own, the shared ones, the document's IRI)."""
        documents = sorted({str(owner) for owner in self.owners.values()})
        if len(documents) != 1:
            raise ValueError(f"expected one document, found {len(documents)}")
        parts = self.parts()
        return parts.get(documents[0], []), parts.get(None, []), documents[0]
