"""Step 5 (formats): RDF read from Turtle and written as canonical Turtle, N-Triples, JSON-LD and TriG, as bytes.

Turtle, N-Triples, N-Quads and TriG are written by pyoxigraph (rdflib's `longturtle` took 240 s for
a 500-document graph), in one order that a build of any size can stream: the prefix lines, then
the triples no document owns (concepts, their labels and context), then each document's own
triples (itself, its mentions, facts and evidence) with the documents in IRI order; each part
sorted by its N-Triples text. A per-document part is made once, in the worker that processed
the document (kg.shard), and the corpus's export is these parts joined, never re-sorted.
"""

from __future__ import annotations

import contextlib
import gzip
import itertools
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
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
    """A built graph from a Turtle file (`kg build` wrote it), gzipped or not."""
    if not path.is_file():
        raise KgError(path, "no such graph file; build one first (kg build writes policy.ttl)")
    try:
        data = gzip.decompress(path.read_bytes()) if path.suffix == GZIPPED else path.read_bytes()
    except (OSError, EOFError) as error:
        raise KgError(path, f"cannot be read ({getattr(error, 'strerror', None) or error})") from error
    return read_turtle([(str(path), data)])


# ---- the Turtle file kg build writes --------------------------------------------------------------

TURTLE_FILE = "policy.ttl"
GZIPPED = ".gz"  # `kg build --gzip` writes policy.ttl.gz: a gzip member per part, which RFC 1952 allows


def turtle_name(gzipped: bool) -> str:
    """The name of the Turtle file kg build writes: policy.ttl, or policy.ttl.gz with `--gzip`."""
    return TURTLE_FILE + (GZIPPED if gzipped else "")


def built_turtle(folder: Path) -> Path:
    """The Turtle file kg build wrote into folder: policy.ttl, or policy.ttl.gz after `--gzip`."""
    plain, gzipped = folder / turtle_name(False), folder / turtle_name(True)
    return gzipped if gzipped.is_file() and not plain.is_file() else plain


@contextlib.contextmanager
def turtle_source(path: Path) -> Iterator[dict[str, Any]]:
    """pyoxigraph's arguments to read the Turtle file at path: the path itself (its parser then
    never waits on Python), or a stream that gunzips a .gz file as it is read."""
    if path.suffix != GZIPPED:
        yield {"path": str(path), "format": ox.RdfFormat.TURTLE}
        return
    with gzip.open(path) as stream:
        yield {"input": stream, "format": ox.RdfFormat.TURTLE}


def turtle(graph: Graph) -> bytes:
    """Canonical Turtle: byte-identical for the same graph in any process, in the order above."""
    parts = partition(graph)
    return turtle_header() + b"".join(turtle_body(parts[name]) for name in sorted(parts, key=_part_order))


def turtle_header() -> bytes:
    """Our prefix lines, exactly as pyoxigraph writes them before the first triple."""
    return "".join(f"@prefix {prefix}: <{iri}> .\n" for prefix, iri in PREFIX_IRIS.items()).encode("utf-8")


def turtle_body(triples: Iterable[ox.Triple]) -> bytes:
    """Sorted Turtle statements without the prefix lines, to be joined after turtle_header()."""
    ordered = sorted(triples, key=str)
    if not ordered:
        return b""
    data = _serialize(ordered, ox.RdfFormat.TURTLE, PREFIX_IRIS)
    # pyoxigraph writes every prefix first, in an order of its own: cut exactly those bytes, after
    # checking they are our prefix lines (the statements after them are never split or re-joined).
    header = turtle_header()
    if sorted(data[:len(header)].split(b"\n")) != sorted(header.split(b"\n")):
        raise RuntimeError("pyoxigraph's Turtle no longer starts with our prefix lines")
    return data[len(header):]


def ntriples_lines(triples: Iterable[ox.Triple]) -> bytes:
    """Sorted N-Triples (pyoxigraph's canonical form)."""
    return _serialize(sorted(triples, key=str), ox.RdfFormat.N_TRIPLES)


def _serialize(items: list[ox.Triple] | list[ox.Quad], format_: ox.RdfFormat, prefixes: dict[str, str] | None = None) -> bytes:
    """pyoxigraph's serialiser into bytes (it returns bytes when given no output)."""
    data = ox.serialize(items, format=format_, prefixes=prefixes)
    assert data is not None
    return data


def trig_block(graph: str | None, body: bytes) -> bytes:
    """One graph of a TriG file from Turtle statements (the default graph bare)."""
    if graph is None or not body:
        return body
    return f"<{graph}> {{\n".encode("utf-8") + body + b"}\n"


_XSD_STRING = str(XSD.string)


def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> URIRef | BNode | Literal:
    """A pyoxigraph term as an rdflib term (the inverse of to_ox)."""
    if type(term) is ox.NamedNode:
        return URIRef(term.value)
    if type(term) is ox.Literal:
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:  # a plain literal, as rdflib's parsers make it
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    return BNode(term.value)


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as a pyoxigraph term (lexical forms kept as they are)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def partition(graph: Graph) -> dict[str | None, list[ox.Triple]]:
    """The graph's triples by owner: a document's IRI for the document's own triples and those of
    every node with kg:inDocument that document; None for the rest (what documents share)."""
    source = _ours(graph) if any(isinstance(term, BNode) for triple in graph for term in triple) else graph
    documents = set(source.subjects(RDF.type, KG.PolicyDocument))
    home: dict[Node, str | None] = {}
    terms: dict[Node, ox.NamedNode | ox.BlankNode | ox.Literal] = {}  # subjects and predicates recur: convert each once
    parts: dict[str | None, list[ox.Triple]] = {}
    for triple in source:
        subject = triple[0]
        if subject not in home:
            owner = subject if subject in documents else min(source.objects(subject, KG.inDocument), key=str, default=None)
            home[subject] = None if owner is None else str(owner)
        parts.setdefault(home[subject], []).append(ox.Triple(*(terms[t] if t in terms else terms.setdefault(t, to_ox(t)) for t in triple)))  # type: ignore[arg-type]
    return parts


def _part_order(name: str | None) -> str:
    return "" if name is None else name


# ---- the graph in other RDF formats (`kg export`) ------------------------------------------------
#
# rdflib's own N-Triples, JSON-LD and TriG output changes order with the hash seed (RELIABILITY.md
# §5.3), so each format below is put in order here; every one is byte-identical for the same graph
# in any process.


def render(graph: Graph, format_: str) -> bytes:
    """The graph as `turtle`, `nt`, `jsonld` or `trig` (the keys of RDF_FORMATS), with our prefixes."""
    return RDF_FORMATS[format_](_ours(graph) if format_ == "jsonld" else graph)


def ntriples(graph: Graph) -> bytes:
    """N-Triples, one triple per line, in the order of turtle() (shared part, then documents)."""
    parts = partition(graph)
    return b"".join(ntriples_lines(parts[name]) for name in sorted(parts, key=_part_order))


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
    """
    parts = partition(graph)
    return turtle_header() + b"".join(trig_block(name, turtle_body(parts[name])) for name in sorted(parts, key=_part_order))


RDF_FORMATS = {"turtle": turtle, "nt": ntriples, "jsonld": jsonld, "trig": trig}


# ---- the same formats streamed from a policy.ttl that kg build wrote ----------------------------
#
# A 10,000-document policy.ttl is 370 MB: rdflib needs tens of GB to read it. A file kg build
# wrote is already in the order above (parts in order, each sorted), so each part can be re-written
# as it is read, one document in memory at a time; the bytes are those of `render`.

_WRITE_PART = {
    "turtle": lambda owner, triples: turtle_body(triples),
    "nt": lambda owner, triples: ntriples_lines(triples),
    "trig": lambda owner, triples: trig_block(owner, turtle_body(triples)),
}
STREAMED = tuple(_WRITE_PART)
_TYPE, _IN_DOCUMENT = ox.NamedNode(str(RDF.type)), ox.NamedNode(str(KG.inDocument))
_POLICY_DOCUMENT = ox.NamedNode(str(KG.PolicyDocument))


def stream(path: Path, format_: str) -> Iterator[bytes] | None:
    """The Turtle file at path (kg build's policy.ttl) as `format_` (one of STREAMED), chunk by
    chunk, the same bytes as `render(read_graph(path), format_)`; None when the file is not in
    kg build's order (or not Turtle pyoxigraph reads, or holds blank nodes): render it instead.

    The file is read twice: once to check its order, so that nothing is written from a file that
    would turn out to need the other way."""
    try:
        owners = [owner for owner, _ in parts(path)]
    except (SyntaxError, OSError, EOFError, ValueError):
        return None
    if owners != sorted(set(owners), key=_part_order):
        return None
    write = _WRITE_PART[format_]
    header = turtle_header() if format_ != "nt" else b""
    return itertools.chain([header], (write(owner, triples) for owner, triples in parts(path)))


def parts(path: Path) -> Iterator[tuple[str | None, list[ox.Triple]]]:
    """The parts of a Turtle file in kg build's order, as `partition` finds them: runs of subjects
    with one owner. ValueError where a part is not sorted or a blank node appears."""
    with turtle_source(path) as source:
        yield from _parts(ox.parse(**source))


def _parts(triples: Iterable[ox.Triple]) -> Iterator[tuple[str | None, list[ox.Triple]]]:
    owner: str | None = None
    part: list[ox.Triple] = []
    last = ""  # the sort key of the part's last triple
    for subject, statements in itertools.groupby(triples, key=lambda t: t.subject):
        block = list(statements)
        if any(isinstance(term, ox.BlankNode) for triple in block for term in (triple.subject, triple.object)):
            raise ValueError("blank node")
        found = _owner(subject, block)
        if part and found != owner:
            yield owner, part
            part = []
        owner = found
        keys = [str(triple) for triple in block]  # turtle_body's sort key, each triple's once
        if keys != sorted(keys) or part and last > keys[0]:
            raise ValueError("not sorted")
        last = keys[-1]
        part.extend(block)
    if part:
        yield owner, part


def _owner(subject: ox.NamedNode, block: list[ox.Triple]) -> str | None:
    """`partition`'s owner of a subject from its statements: itself if it is a document, else the
    document it is kg:inDocument (the first in IRI order), else None (shared)."""
    if any(t.predicate == _TYPE and t.object == _POLICY_DOCUMENT for t in block):
        return subject.value
    return min((t.object.value for t in block if t.predicate == _IN_DOCUMENT and not isinstance(t.object, ox.Triple)), default=None)


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
