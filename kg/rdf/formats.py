"""Step 5 (formats): RDF read from Turtle and written as canonical Turtle, N-Triples, JSON-LD and TriG, as bytes."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from rdflib import BNode, Graph, Literal
from rdflib.compare import to_canonical_graph
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from kg.errors import KgError
from kg.rdf.namespaces import KG, PREFIX_IRIS, PREFIXES, compact


def read_turtle(sources: Iterable[tuple[str, bytes]], graph: Graph | None = None) -> Graph:
    """The one Turtle reader: each (name, data) parsed into one graph; a bad file is a KgError naming it."""
    import pyoxigraph

    graph = graph if graph is not None else Graph(bind_namespaces="none")
    for name, data in sources:
        try:
            # pyoxigraph first: rdflib takes an IRI with a space or a lone surrogate with a logged
            # warning, and the graph then fails to serialise (issue 15); pyoxigraph names the line
            for _ in pyoxigraph.parse(data, pyoxigraph.RdfFormat.TURTLE, base_iri="file:///"):  # base: for checking only
                pass
            graph.parse(data=data, format="turtle")
        except Exception as error:  # rdflib's parsers raise several types; one line is what users need
            raise KgError(name, f"not valid Turtle ({str(error).splitlines()[0] if str(error) else type(error).__name__})") from error
    return graph


def read_graph(path: Path) -> Graph:
    """A built graph from a Turtle file (`kg build` wrote it)."""
    if not path.is_file():
        raise KgError(path, "no such graph file; build one first (kg build writes policy.ttl)")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise KgError(path, f"cannot be read ({error.strerror or error})") from error
    return read_turtle([(str(path), data)])


def turtle(graph: Graph) -> bytes:
    """Canonical Turtle: byte-identical for the same graph in any process (no blank nodes)."""
    return graph.serialize(format="longturtle", encoding="utf-8")


# ---- the graph in other RDF formats (`kg export`) ------------------------------------------------
#
# rdflib's own N-Triples, JSON-LD and TriG output changes order with the hash seed (RELIABILITY.md
# §5.3), so each format below is put in order here; every one is byte-identical for the same graph
# in any process.


def render(graph: Graph, format_: str) -> bytes:
    """The graph as `turtle`, `nt`, `jsonld` or `trig` (the keys of RDF_FORMATS), with our prefixes."""
    return RDF_FORMATS[format_](_ours(graph))


def ntriples(graph: Graph) -> bytes:
    """N-Triples, one triple per line, lines sorted (UTF-8 keeps code-point order, so bytes are sorted too)."""
    # split on "\n" only: the writer escapes it inside literals, while str.splitlines() would also cut
    # at a form feed or U+2028 that a literal holds raw and so corrupt the triple (issue 15)
    lines = graph.serialize(format="nt", encoding="utf-8").decode("utf-8").split("\n")
    return "".join(f"{line}\n" for line in sorted(set(lines)) if line.strip()).encode("utf-8")


def jsonld(graph: Graph) -> bytes:
    """JSON-LD written by us: one node object per subject sorted by @id, keys and values sorted,
    literals as explicit value objects (so 10000000.0 stays an xsd:decimal, not a JSON float).

    The @context is inline (our prefixes), so reading it back never fetches anything.
    """
    nodes: dict[Node, dict[str, list[object]]] = {}
    for subject, predicate, object_ in graph:
        node = nodes.setdefault(subject, {})
        if predicate == RDF.type and not isinstance(object_, Literal):
            node.setdefault("@type", []).append(_compact(object_))
        else:
            node.setdefault(_compact(predicate), []).append(_json_value(object_))
    objects = [
        {"@id": _compact(subject), **{key: sorted(values, key=_json_key) for key, values in node.items()}}
        for subject, node in nodes.items()
    ]
    objects.sort(key=lambda node: str(node["@id"]))
    document = {"@context": PREFIX_IRIS, "@graph": objects}
    return (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def trig(graph: Graph) -> bytes:
    """TriG: one named graph per document (named by the document's IRI) holding the document's own
    triples and those of every node with kg:inDocument that document (mentions, facts, evidence);
    the default graph holds what documents share (concepts, regions, agencies and their labels).

    Each graph is written as sorted Turtle by rdflib and the prefix lines merged once at the top;
    a graph with blank nodes gets sorted N-Triples lines instead, because the Turtle writer would
    inline a blank node whose own triples sit in another graph and so cut the link.
    """
    plain = not any(isinstance(term, BNode) for triple in graph for term in triple)
    documents = set(graph.subjects(RDF.type, KG.PolicyDocument))
    parts: dict[Node | None, list[tuple[Node, Node, Node]]] = {}
    home: dict[Node, Node | None] = {}
    for triple in graph:
        subject = triple[0]
        if subject not in home:
            home[subject] = subject if subject in documents else min(graph.objects(subject, KG.inDocument), key=str, default=None)
        parts.setdefault(home[subject], []).append(triple)
    prefixes: set[str] = set()
    blocks: list[str] = []
    for name in sorted(parts, key=lambda n: "" if n is None else str(n)):  # the default graph first
        head, body = _turtle_parts(_ours(parts[name])) if plain else ([], ntriples(_ours(parts[name])).decode("utf-8"))
        prefixes.update(head)
        blocks.append(body if name is None else f"{name.n3()} {{\n{body}}}\n")
    header = "".join(f"{line}\n" for line in sorted(prefixes))
    return (header + ("\n" if header else "") + "\n".join(blocks)).encode("utf-8")


RDF_FORMATS = {"turtle": turtle, "nt": ntriples, "jsonld": jsonld, "trig": trig}


def _ours(triples: Iterable[tuple[Node, Node, Node]]) -> Graph:
    """A fresh graph with exactly our prefixes bound, whatever the source file declared; blank
    nodes, should a graph from elsewhere have any, get content-derived labels (rdflib.compare)."""
    source = list(triples)
    if any(isinstance(term, BNode) for triple in source for term in triple):
        canonical = Graph(bind_namespaces="none")
        for triple in source:
            canonical.add(triple)
        source = list(to_canonical_graph(canonical))
    out = Graph(bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        out.bind(prefix, namespace)
    for triple in source:
        out.add(triple)
    return out


def _turtle_parts(graph: Graph) -> tuple[list[str], str]:
    """Canonical Turtle split into its PREFIX lines and the rest."""
    lines = turtle(graph).decode("utf-8").split("\n")  # not splitlines(): see ntriples()
    count = next((i for i, line in enumerate(lines) if not line.startswith("PREFIX ")), len(lines))
    body = "\n".join(lines[count:]).strip("\n")
    return lines[:count], f"{body}\n" if body else ""


def _compact(term: Node) -> str:
    """kg:Target for a term under one of our prefixes; the whole IRI otherwise."""
    if isinstance(term, BNode):
        return f"_:{term}"
    return compact(str(term)) or str(term)


def _json_value(term: Node) -> dict[str, str]:
    if not isinstance(term, Literal):
        return {"@id": _compact(term)}
    if term.language:
        return {"@value": str(term), "@language": term.language}
    if term.datatype is not None and term.datatype != XSD.string:
        return {"@value": str(term), "@type": _compact(term.datatype)}
    return {"@value": str(term)}


def _json_key(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
